//! The services the emulator asks of the runtime it runs in: the clock, randomness, sleeping, running
//! work in the background, outbound webhook calls and persistence.
//!
//! Everything else (state, routes, validation, faults, signing checks, hooks) is plain Rust that only
//! calls these small traits, so the same code can run under tokio natively and on a JavaScript event
//! loop in wasm, where `SystemTime::now()`, threads and sockets do not exist. The native implementations
//! live in `native_host.rs`; a host installs its clock and randomness once with [`install`].

use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

/// A future a service returns. `Send` natively (tokio moves tasks between threads); on wasm there is one
/// thread and JavaScript promises are not `Send`, so the bound is dropped there.
#[cfg(not(target_arch = "wasm32"))]
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;
/// A future a service returns (wasm: one thread, no `Send` bound).
#[cfg(target_arch = "wasm32")]
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + 'static>>;

/// `Send + Sync` natively, nothing on wasm (see [`BoxFuture`]).
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSync: Send + Sync {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + Sync + ?Sized> MaybeSync for T {}
/// `Send + Sync` natively, nothing on wasm (see [`BoxFuture`]).
#[cfg(target_arch = "wasm32")]
pub trait MaybeSync {}
#[cfg(target_arch = "wasm32")]
impl<T: ?Sized> MaybeSync for T {}

/// Wall-clock and monotonic time.
/// `Send + Sync` everywhere: one clock serves the whole process (a wasm host's reads `Date.now()`,
/// which holds no JavaScript object).
pub trait Clock: Send + Sync + Debug {
    /// Milliseconds since the Unix epoch.
    fn unix_millis(&self) -> u64;
    /// Milliseconds from an arbitrary fixed start, never going back (rate limiting).
    fn monotonic_millis(&self) -> f64;
}

/// Cryptographic randomness (ids, tokens, secrets, salts) and the fault dice.
/// `Send + Sync` everywhere, as [`Clock`].
pub trait Randomness: Send + Sync + Debug {
    /// Fills `bytes` with random bytes.
    fn fill(&self, bytes: &mut [u8]);
}

/// Timers and background work.
pub trait Tasks: MaybeSync + Debug {
    /// Resolves after `ms` milliseconds.
    fn sleep(&self, ms: u64) -> BoxFuture<()>;
    /// Runs `task` to completion even if whoever started it stops waiting.
    fn spawn(&self, task: BoxFuture<()>);
    /// Runs CPU-heavy `work` (bcrypt) where it does not stall request handling; inline where it can't.
    fn blocking(
        &self,
        work: Box<dyn FnOnce() -> Option<String> + Send>,
    ) -> BoxFuture<Option<String>>;
}

/// One outbound HTTP call: a webhook challenge or delivery. The core checks the URL is loopback
/// before it asks ([`crate::webhook_client::check_url`]), so no host can be made to call elsewhere.
#[derive(Debug, Clone)]
pub struct OutboundRequest {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// Absolute `http://` loopback URL.
    pub url: String,
    /// Header names and values.
    pub headers: Vec<(&'static str, String)>,
    /// The body (empty for a GET).
    pub body: String,
    /// Give up after this long.
    pub timeout_ms: u64,
}

/// What came back: the status and the body text.
#[derive(Debug, Clone)]
pub struct OutboundResponse {
    /// HTTP status.
    pub status: u16,
    /// Body text.
    pub body: String,
}

/// Sends webhook traffic.
pub trait Outbound: MaybeSync + Debug {
    /// Sends `request`; `Err` for a network failure or timeout (no answer at all).
    fn send(&self, request: OutboundRequest) -> BoxFuture<Result<OutboundResponse, String>>;
}

/// Where `--state` lives: a file natively, whatever the host likes elsewhere.
pub trait Persistence: MaybeSync + Debug {
    /// The saved state as JSON text, `Ok(None)` when nothing was saved yet.
    fn load(&self) -> Result<Option<String>, String>;
    /// Saves the state's JSON text.
    fn save(&self, text: &str) -> Result<(), String>;
}

/// The per-emulator services, shared by every request.
#[derive(Debug, Clone)]
pub struct Services {
    /// Timers and background work.
    pub tasks: Arc<dyn Tasks>,
    /// Webhook traffic.
    pub outbound: Arc<dyn Outbound>,
    /// `--state`, when the emulator keeps one.
    pub persistence: Option<Arc<dyn Persistence>>,
}

/// The process-wide clock and randomness: ids and timestamps are made in many places that have no
/// state at hand, and one process has one clock.
#[derive(Debug)]
struct Platform {
    clock: Box<dyn Clock>,
    random: Box<dyn Randomness>,
}

static PLATFORM: OnceLock<Platform> = OnceLock::new();

/// Installs the host's clock and randomness; the first call wins (later ones are ignored, so two
/// emulators in one process share them). Natively the standard library's are used if none is installed.
pub fn install(clock: Box<dyn Clock>, random: Box<dyn Randomness>) {
    let _ = PLATFORM.set(Platform { clock, random });
}

fn platform() -> &'static Platform {
    PLATFORM.get_or_init(default_platform)
}

#[cfg(feature = "native")]
fn default_platform() -> Platform {
    Platform {
        clock: Box::new(crate::native_host::SystemClock::default()),
        random: Box::new(crate::native_host::OsRandom),
    }
}

/// Without the native host, a host installs its own before the first request; this fallback only keeps
/// a forgotten `install` from being undefined behaviour: time stands still at 0 and "randomness" is a
/// counter.
#[cfg(not(feature = "native"))]
fn default_platform() -> Platform {
    Platform {
        clock: Box::new(StoppedClock),
        random: Box::new(CounterRandom(std::sync::atomic::AtomicU64::new(1))),
    }
}

#[cfg(not(feature = "native"))]
#[derive(Debug)]
struct StoppedClock;
#[cfg(not(feature = "native"))]
impl Clock for StoppedClock {
    fn unix_millis(&self) -> u64 {
        0
    }
    fn monotonic_millis(&self) -> f64 {
        0.0
    }
}

#[cfg(not(feature = "native"))]
#[derive(Debug)]
struct CounterRandom(std::sync::atomic::AtomicU64);
#[cfg(not(feature = "native"))]
impl Randomness for CounterRandom {
    fn fill(&self, bytes: &mut [u8]) {
        for b in bytes {
            *b = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed) as u8;
        }
    }
}

/// Milliseconds since the Unix epoch, from the installed clock.
pub fn unix_millis() -> u64 {
    platform().clock.unix_millis()
}

/// Monotonic milliseconds, from the installed clock.
pub fn monotonic_millis() -> f64 {
    platform().clock.monotonic_millis()
}

/// Fills `bytes` from the installed randomness.
pub fn fill_random(bytes: &mut [u8]) {
    platform().random.fill(bytes);
}

/// A uniform number in `[0, 1)` from the installed randomness (the fault dice).
pub fn random_unit() -> f64 {
    let mut b = [0u8; 8];
    fill_random(&mut b);
    // 53 random bits: every f64 in [0, 1) at that spacing, equally likely.
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_unit_stays_in_the_unit_interval() {
        for _ in 0..1000 {
            let x = random_unit();
            assert!((0.0..1.0).contains(&x), "{x}");
        }
    }
}
