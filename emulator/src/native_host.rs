//! The native host's services ([`crate::host`]): the system clock, the OS's randomness, tokio timers
//! and tasks, reqwest for webhooks, and a file for `--state`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::host::{
    BoxFuture, Clock, Outbound, OutboundRequest, OutboundResponse, Persistence, Randomness,
    Services, Tasks,
};

/// `SystemTime` for timestamps, `Instant` (from when it was made) for the rate limiter.
#[derive(Debug)]
pub struct SystemClock {
    start: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        Self {
            start: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn unix_millis(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(0)
    }
    fn monotonic_millis(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }
}

/// The operating system's randomness.
#[derive(Debug)]
pub struct OsRandom;

impl Randomness for OsRandom {
    fn fill(&self, bytes: &mut [u8]) {
        use rand::RngCore;
        rand::rngs::OsRng.fill_bytes(bytes);
    }
}

/// tokio's timers, tasks and blocking pool.
#[derive(Debug)]
pub struct TokioTasks;

impl Tasks for TokioTasks {
    fn sleep(&self, ms: u64) -> BoxFuture<()> {
        Box::pin(tokio::time::sleep(Duration::from_millis(ms)))
    }
    fn spawn(&self, task: BoxFuture<()>) {
        tokio::spawn(task);
    }
    fn blocking(
        &self,
        work: Box<dyn FnOnce() -> Option<String> + Send>,
    ) -> BoxFuture<Option<String>> {
        Box::pin(async move { tokio::task::spawn_blocking(work).await.ok().flatten() })
    }
}

/// reqwest, without proxies (a proxy would take loopback traffic off the machine).
#[derive(Debug)]
pub struct ReqwestOutbound(reqwest::Client);

impl ReqwestOutbound {
    /// A client with a 10 s ceiling per call.
    pub fn new() -> Result<Self, String> {
        reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .map(Self)
            .map_err(|e| format!("cannot build the webhook client: {e}"))
    }
}

impl Outbound for ReqwestOutbound {
    fn send(&self, request: OutboundRequest) -> BoxFuture<Result<OutboundResponse, String>> {
        let client = self.0.clone();
        Box::pin(async move {
            let method = if request.method == "GET" {
                reqwest::Method::GET
            } else {
                reqwest::Method::POST
            };
            let mut builder = client
                .request(method, &request.url)
                .timeout(Duration::from_millis(request.timeout_ms));
            for (name, value) in request.headers {
                builder = builder.header(name, value);
            }
            if request.method != "GET" {
                builder = builder.body(request.body);
            }
            let resp = builder.send().await.map_err(|e| e.to_string())?;
            let status = resp.status().as_u16();
            let body = resp.text().await.map_err(|e| e.to_string())?;
            Ok(OutboundResponse { status, body })
        })
    }
}

/// `--state FILE`: written atomically (temp file + rename) so a crash never leaves half a file.
#[derive(Debug)]
pub struct FilePersistence(pub PathBuf);

impl Persistence for FilePersistence {
    fn load(&self) -> Result<Option<String>, String> {
        match std::fs::read_to_string(&self.0) {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("cannot read state file {}: {e}", self.0.display())),
        }
    }
    fn save(&self, text: &str) -> Result<(), String> {
        let tmp = self.0.with_extension("tmp");
        std::fs::write(&tmp, text)
            .and_then(|()| std::fs::rename(&tmp, &self.0))
            .map_err(|e| format!("cannot write state file {}: {e}", self.0.display()))
    }
}

/// The native services for an emulator with this `--state` file.
pub fn services(state_file: Option<PathBuf>) -> Result<Services, String> {
    Ok(Services {
        tasks: Arc::new(TokioTasks),
        outbound: Arc::new(ReqwestOutbound::new()?),
        persistence: state_file.map(|p| Arc::new(FilePersistence(p)) as Arc<dyn Persistence>),
    })
}
