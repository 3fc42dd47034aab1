//! `nylas-emulator`: binds 127.0.0.1, prints `listening on http://127.0.0.1:PORT`, serves until
//! SIGINT/SIGTERM, then saves `--state FILE`.

use clap::Parser;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use nylas_emulator::app::{router, AppState};
use nylas_emulator::config::Args;
use nylas_emulator::serve::{serve, ConnectionLimits};

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return fail(&format!("cannot start the async runtime: {e}")),
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("nylas-emulator: {message}");
    ExitCode::FAILURE
}

async fn run(args: Args) -> Result<(), String> {
    let port = args.port;
    let state = AppState::from_args(args)?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let tcp = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot bind {addr}: {e}"))?;
    let bound = tcp.local_addr().map_err(|e| e.to_string())?;
    let limits = ConnectionLimits::from_args(&state.args);
    let app = router(state.clone());
    // Ready: the one line scripts wait for. Flushed at once because stdout is a pipe for them.
    let mut out = std::io::stdout().lock();
    writeln!(out, "listening on http://127.0.0.1:{}", bound.port()).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    drop(out);
    // Graceful shutdown waits for calls in flight; a delay fault can hold one for minutes, so give up
    // on them after a short grace period.
    serve(tcp, app, limits, shutdown_signal(), Duration::from_secs(2)).await;
    state.save()
}

/// Resolves on SIGINT or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
