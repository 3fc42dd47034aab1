//! Hostile clients on a real socket (127.0.0.1 only, a handful of connections, seconds at most): half
//! a request line, half a body, or more connections than the limit must not hold the emulator.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use clap::Parser;
use nylas_emulator::app::{router, AppState};
use nylas_emulator::config::Args;
use nylas_emulator::serve::{serve, ConnectionLimits};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

/// How long a test waits for what should happen well before it.
const PATIENCE: Duration = Duration::from_secs(5);

/// A served emulator with `flags`; dropping it stops the server.
struct Server {
    addr: SocketAddr,
    _stop: oneshot::Sender<()>,
}

async fn start(flags: &[&str]) -> Server {
    let mut argv = vec!["nylas-emulator", "--test-hooks", "--port", "0"];
    argv.extend_from_slice(flags);
    let args = Args::parse_from(argv);
    let limits = ConnectionLimits::from_args(&args);
    let app = router(AppState::from_args(args).unwrap());
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = tcp.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let stopped = async move {
        let _ = stopped.await;
    };
    tokio::spawn(serve(tcp, app, limits, stopped, Duration::ZERO));
    Server { addr, _stop: stop }
}

/// Everything the server sends until it closes the connection; `None` if it keeps it open past `PATIENCE`.
async fn read_until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut got = Vec::new();
    let read = tokio::time::timeout(PATIENCE, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    });
    read.await.ok()?;
    Some(String::from_utf8_lossy(&got).into_owned())
}

#[tokio::test]
async fn a_connection_that_never_finishes_its_headers_is_closed() {
    let server = start(&["--header-timeout-ms", "300"]).await;
    let mut partial = TcpStream::connect(server.addr).await.unwrap();
    partial
        .write_all(b"GET /__emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .await
        .unwrap();
    assert!(
        read_until_closed(&mut partial).await.is_some(),
        "closed after the header timeout"
    );
    // One that sends nothing at all is closed too.
    let mut silent = TcpStream::connect(server.addr).await.unwrap();
    assert!(read_until_closed(&mut silent).await.is_some());
}

#[tokio::test]
async fn a_body_that_stops_half_way_gets_408_and_the_connection_closes() {
    let server = start(&["--body-timeout-ms", "300"]).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let head = "POST /__emulator/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"kind\":";
    stream.write_all(head.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut stream)
        .await
        .expect("answered and closed after the body timeout");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("did not arrive within 300 ms"), "{answer}");
}

#[tokio::test]
async fn past_the_connection_limit_new_connections_wait_for_a_free_slot() {
    // Held connections must not time out during the test: only the limit is under test here.
    let server = start(&["--max-connections", "2", "--header-timeout-ms", "0"]).await;
    let held_a = TcpStream::connect(server.addr).await.unwrap();
    let held_b = TcpStream::connect(server.addr).await.unwrap();
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let url = format!("http://{}/__emulator/health", server.addr);
    let waiting = http
        .get(&url)
        .timeout(Duration::from_millis(700))
        .send()
        .await;
    assert!(
        waiting.is_err(),
        "the third connection is not served while two are held"
    );
    drop(held_a);
    let served = http.get(&url).timeout(PATIENCE).send().await.unwrap();
    assert_eq!(
        served.status(),
        200,
        "a freed slot serves the next connection"
    );
    drop(held_b);
}

#[tokio::test]
async fn ordinary_keep_alive_calls_are_unaffected() {
    let server = start(&["--max-connections", "2", "--header-timeout-ms", "2000"]).await;
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let url = format!("http://{}/__emulator/faults", server.addr);
    for _ in 0..20 {
        let resp = http
            .post(&url)
            .body(r#"{"kind":"503","path":"/v3/nothing","count":1}"#)
            .timeout(PATIENCE)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
    }
}
