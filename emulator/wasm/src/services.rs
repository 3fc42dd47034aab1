//! The host's services from what every JavaScript runtime has: `Date.now()`, `crypto.getRandomValues`
//! (through getrandom), `setTimeout`, the event loop, and the `send` function the JS entry provides.

use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use nylas_emulator::host::{
    self, BoxFuture, Clock, Outbound, OutboundRequest, OutboundResponse, Randomness, Services,
    Tasks,
};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &js_sys::Function, ms: f64) -> JsValue;
}

#[derive(Debug)]
struct DateClock;

impl Clock for DateClock {
    fn unix_millis(&self) -> u64 {
        js_sys::Date::now() as u64
    }
    // Date.now() is what every runtime has (workerd freezes performance.now() between I/O); a clock
    // set back only makes the rate limiter refill nothing for a moment.
    fn monotonic_millis(&self) -> f64 {
        js_sys::Date::now()
    }
}

#[derive(Debug)]
struct CryptoRandom;

impl Randomness for CryptoRandom {
    fn fill(&self, bytes: &mut [u8]) {
        // crypto.getRandomValues exists in every runtime this package supports; if it ever failed,
        // the zeros left would make duplicate ids, which the store then refuses.
        let _ = getrandom::fill(bytes);
    }
}

/// Installs the clock and randomness (once per wasm instance).
pub fn install_platform() {
    host::install(Box::new(DateClock), Box::new(CryptoRandom));
}

#[derive(Debug)]
struct EventLoop;

impl Tasks for EventLoop {
    fn sleep(&self, ms: u64) -> BoxFuture<()> {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = set_timeout(&resolve, ms as f64);
        });
        Box::pin(async move {
            let _ = JsFuture::from(promise).await;
        })
    }
    fn spawn(&self, task: BoxFuture<()>) {
        wasm_bindgen_futures::spawn_local(task);
    }
    // One thread: hashing runs inline (at the default cost 4 it takes about a millisecond).
    fn blocking(
        &self,
        work: Box<dyn FnOnce() -> Option<String> + Send>,
    ) -> BoxFuture<Option<String>> {
        let result = work();
        Box::pin(async move { result })
    }
}

#[derive(Debug)]
struct JsSend(js_sys::Function);

impl Outbound for JsSend {
    fn send(&self, request: OutboundRequest) -> BoxFuture<Result<OutboundResponse, String>> {
        let headers = serde_json::to_string(&request.headers).unwrap_or_else(|_| "[]".into());
        let args = js_sys::Array::of5(
            &request.method.into(),
            &request.url.into(),
            &headers.into(),
            &request.body.into(),
            &(request.timeout_ms as f64).into(),
        );
        let called = self.0.apply(&JsValue::NULL, &args);
        Box::pin(async move {
            let answer = JsFuture::from(js_sys::Promise::resolve(&called.map_err(describe)?))
                .await
                .map_err(describe)?;
            let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok();
            let status = field("status").and_then(|v| v.as_f64()).unwrap_or(0.0) as u16;
            let body = field("body")
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            Ok(OutboundResponse { status, body })
        })
    }
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .unwrap_or_else(|| "the webhook call failed".into())
}

/// The services of one emulator; `send` makes its webhook calls.
pub fn services(send: js_sys::Function) -> Services {
    Services {
        tasks: Arc::new(EventLoop),
        outbound: Arc::new(JsSend(send)),
        persistence: None,
    }
}
