//! The accept loop: at most `--max-connections` at once, headers within `--header-timeout-ms`, and a
//! graceful stop.
//!
//! `axum::serve` sets no timer on hyper, so hyper's header-read timeout never runs, and it accepts
//! without bound: a client that opens connections and sends half a request line held each one (and its
//! buffers) forever. This loop is `axum::serve` with those two limits. (The body deadline is the
//! `read_body_in_time` middleware: hyper has none.)

use axum::extract::ConnectInfo;
use axum::serve::Listener;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

use crate::listener::{ConnMeta, ResettableListener, ResettableStream};

/// Limits on connections, from the flags.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Connections served at once; `None` = no limit.
    pub max_connections: Option<u32>,
    /// Time to receive a request's complete headers (and idle time between requests); `None` = no limit.
    pub header_timeout: Option<Duration>,
}

impl ConnectionLimits {
    /// From `--max-connections` and `--header-timeout-ms` (0 = no limit).
    pub fn from_args(args: &crate::config::Args) -> Self {
        Self {
            max_connections: (args.max_connections > 0).then_some(args.max_connections),
            header_timeout: (args.header_timeout_ms > 0)
                .then(|| Duration::from_millis(args.header_timeout_ms)),
        }
    }
}

/// Serves `app` on `tcp` until `stop` resolves, then lets calls in flight finish for up to `grace`.
pub async fn serve(
    tcp: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    stop: impl Future<Output = ()>,
    grace: Duration,
) {
    let slots = limits.max_connections.unwrap_or(u32::MAX);
    let free = Arc::new(Semaphore::new(slots as usize));
    let mut listener = ResettableListener(tcp);
    let (stopping, stop_rx) = watch::channel(false);
    tokio::pin!(stop);
    loop {
        // Take a slot before accepting: while none is free, new connections wait in the kernel's
        // queue and cost us nothing.
        let permit = tokio::select! {
            permit = free.clone().acquire_owned() => permit,
            () = &mut stop => break,
        };
        let Ok(permit) = permit else { break };
        let (io, meta) = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let connection = Connection {
            app: app.clone(),
            header_timeout: limits.header_timeout,
            stop: stop_rx.clone(),
            _slot: permit,
        };
        tokio::spawn(connection.run(io, meta));
    }
    let _ = stopping.send(true);
    // Every connection gives its slot back when it ends: having them all means none is left.
    let _ = tokio::time::timeout(grace, free.acquire_many(slots)).await;
}

/// One accepted connection and what it needs.
struct Connection {
    app: Router,
    header_timeout: Option<Duration>,
    stop: watch::Receiver<bool>,
    /// Held until the connection ends.
    _slot: OwnedSemaphorePermit,
}

impl Connection {
    async fn run(mut self, io: ResettableStream, meta: ConnMeta) {
        let app = self.app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            // What `into_make_service_with_connect_info` would add: the reset fault needs it.
            req.extensions_mut().insert(ConnectInfo(meta.clone()));
            app.clone().oneshot(req)
        });
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(self.header_timeout);
        let conn = builder.serve_connection(TokioIo::new(io), service);
        tokio::pin!(conn);
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = self.stop.wait_for(|stopping| *stopping) => conn.as_mut().graceful_shutdown(),
        }
        let _ = conn.await;
    }
}
