//! nylas-emulator: a local emulator of the Nylas v3 Agent Accounts API, for tests and local development.
//!
//! The binary (`src/main.rs`) parses flags, binds 127.0.0.1 and serves [`app::router`]. Tests drive the
//! same router in-process.

pub mod app;
pub mod config;
pub mod fault_response;
pub mod faults;
pub mod host;
pub mod ids;
pub mod listener;
pub mod middleware;
pub mod native_host;
pub mod origins;
pub mod ratelimit;
pub mod reply;
pub mod routes;
pub mod rule_engine;
pub mod serve;
pub mod signing;
pub mod store;
pub mod unknowns;
pub mod validate;
pub mod webhook_client;
