//! nylas-emulator: a local emulator of the Nylas v3 Agent Accounts API, for tests and local development.
//!
//! The binary (`src/main.rs`) parses flags, binds 127.0.0.1 and serves `app::router`. Tests drive the
//! same router in-process.
//!
//! The modules outside the `native` feature are the runtime-free core (state, routes, validation,
//! faults, signing checks, hooks): they reach the clock, randomness, timers, webhook traffic and
//! persistence only through [`host`], route through [`handler`], and build for wasm32.

#[cfg(feature = "native")]
pub mod app;
pub mod auth;
pub mod config;
pub mod cors;
pub mod exchange;
pub mod faults;
pub mod handler;
pub mod host;
pub mod ids;
#[cfg(feature = "native")]
pub mod listener;
#[cfg(feature = "native")]
pub mod middleware;
#[cfg(feature = "native")]
pub mod native_host;
pub mod origins;
pub mod ratelimit;
pub mod reply;
pub mod routes;
pub mod rule_engine;
#[cfg(feature = "native")]
pub mod serve;
pub mod signing;
pub mod state;
pub mod store;
#[cfg(test)]
mod typescript;
pub mod unknowns;
pub mod validate;
pub mod webhook_client;
