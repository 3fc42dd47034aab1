//! The [`Transport`] of the browser, workers, Deno, Bun and Node: `js/transport.js`, which moves the
//! bytes with the host's `fetch` (or the one the caller passed), a timer and `AbortSignal`. What is sent,
//! the limits, the headers read and what an answer means are decided here and in the client.

use crate::client::json_text;
use crate::client::transport::{HttpRequest, HttpResponse, RetryEvent, Transport, TransportError};
use js_sys::{Function, Promise, Reflect};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Headers the client reads from responses.
const READ_HEADERS: &str = "x-request-id,request-id,retry-after";

#[wasm_bindgen]
extern "C" {
    /// What `transport(fetch)` of `js/transport.js` returns.
    pub type JsTransport;

    /// Resolves with `{status, headers, body}` or `{failure, message?}`; never rejects.
    #[allow(clippy::too_many_arguments)] // one call across the boundary, not a Rust API
    #[wasm_bindgen(method)]
    fn send(
        this: &JsTransport,
        method: &str,
        url: &str,
        headers: &str,
        body: Option<String>,
        timeout_ms: f64,
        max_bytes: f64,
        read: &str,
        caller: &JsValue,
    ) -> Promise;

    /// Resolves with `true` when the caller's signal ended the pause.
    #[wasm_bindgen(method)]
    fn sleep(this: &JsTransport, ms: f64, caller: &JsValue) -> Promise;
}

/// `fetch`-backed transport.
pub struct FetchTransport {
    /// `js/transport.js`'s transport, over the caller's `fetch` or the global one.
    pub transport: JsTransport,
    /// The caller's `onRetry(event)` hook.
    pub on_retry: Option<Function>,
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn is_aborted(signal: &JsValue) -> bool {
    get(signal, "aborted").as_bool().unwrap_or(false)
}

/// A string field of `js/transport.js`'s answer.
fn text(answer: &JsValue, key: &str) -> String {
    get(answer, key).as_string().unwrap_or_default()
}

impl Transport for FetchTransport {
    type Signal = JsValue;

    async fn send(
        &self,
        request: HttpRequest,
        caller: Option<&JsValue>,
    ) -> Result<HttpResponse, TransportError> {
        // Inserted one by one: collect() would build the map by sorting, which links a sort routine.
        let mut headers = Map::new();
        for (name, value) in request.headers {
            headers.insert(name, Value::String(value));
        }
        let sent = self.transport.send(
            request.method.as_str(),
            &request.url,
            &json_text(&Value::Object(headers)),
            request.body,
            request.timeout_ms as f64,
            request.max_body_bytes as f64,
            READ_HEADERS,
            caller.unwrap_or(&JsValue::UNDEFINED),
        );
        let answer = JsFuture::from(sent).await.unwrap_or(JsValue::UNDEFINED);
        match text(&answer, "failure").as_str() {
            "" => {}
            "timeout" => return Err(TransportError::Timeout),
            "aborted" => return Err(TransportError::Aborted),
            "tooLarge" => return Err(TransportError::TooLarge),
            _ => return Err(TransportError::Network(text(&answer, "message"))),
        }
        let headers = match serde_json::from_str(&text(&answer, "headers")) {
            Ok(Value::Array(pairs)) => pairs
                .iter()
                .filter_map(|pair| Some((pair[0].as_str()?.into(), pair[1].as_str()?.into())))
                .collect(),
            _ => Vec::new(),
        };
        Ok(HttpResponse {
            status: get(&answer, "status").as_f64().unwrap_or(0.0) as u16,
            headers,
            body: text(&answer, "body"),
        })
    }

    async fn sleep(&self, ms: u64, caller: Option<&JsValue>) -> Result<(), TransportError> {
        let paused = self
            .transport
            .sleep(ms as f64, caller.unwrap_or(&JsValue::UNDEFINED));
        match JsFuture::from(paused).await {
            Ok(aborted) if aborted.as_bool() == Some(true) => Err(TransportError::Aborted),
            _ => Ok(()),
        }
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn is_aborted(&self, signal: Option<&JsValue>) -> bool {
        signal.is_some_and(is_aborted)
    }

    fn sends_user_agent(&self) -> bool {
        // Browsers (and their workers) all say "Mozilla/…"; Node, Deno, Bun and workerd name
        // themselves (or have no navigator at all).
        let agent = get(&get(&js_sys::global(), "navigator"), "userAgent");
        !agent.as_string().is_some_and(|a| a.starts_with("Mozilla/"))
    }

    fn on_retry(&self, event: &RetryEvent) {
        let Some(hook) = &self.on_retry else { return };
        let Ok(json) = serde_json::to_string(event) else {
            return;
        };
        if let Ok(value) = js_sys::JSON::parse(&json) {
            // A throwing hook must not break the request it observes.
            let _ = hook.call1(&JsValue::UNDEFINED, &value);
        }
    }
}
