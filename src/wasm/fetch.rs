//! The [`Transport`] of the browser, workers, Deno, Bun and Node: the host's `fetch` (or the one the
//! caller passed), `AbortSignal.timeout` for timeouts, `setTimeout` for delays. Reaches everything
//! through `globalThis`, never `window`, so it works in workers and edge runtimes.

use crate::client::transport::{HttpRequest, HttpResponse, RetryEvent, Transport, TransportError};
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Headers the client reads from responses.
const READ_HEADERS: [&str; 3] = ["x-request-id", "request-id", "retry-after"];

/// `fetch`-backed transport.
pub struct FetchTransport {
    /// The caller's `fetch`; the global one (looked up at each call) when `None`.
    pub fetch: Option<Function>,
    /// The caller's `onRetry(event)` hook.
    pub on_retry: Option<Function>,
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

fn call_method(target: &JsValue, name: &str, args: &Array) -> Result<JsValue, JsValue> {
    let method: Function = get(target, name).dyn_into()?;
    method.apply(target, args)
}

fn is_aborted(signal: &JsValue) -> bool {
    get(signal, "aborted").as_bool().unwrap_or(false)
}

/// `AbortSignal.timeout(ms)`, combined with the caller's signal by `AbortSignal.any` where the host has it.
fn signals(timeout_ms: u64, caller: Option<&JsValue>) -> (JsValue, JsValue) {
    let class = get(&js_sys::global(), "AbortSignal");
    let timeout = call_method(
        &class,
        "timeout",
        &Array::of1(&JsValue::from_f64(timeout_ms as f64)),
    )
    .unwrap_or(JsValue::UNDEFINED);
    let combined = match caller {
        Some(caller) if !timeout.is_undefined() => {
            call_method(&class, "any", &Array::of2(caller, &timeout))
                .unwrap_or_else(|_| caller.clone())
        }
        Some(caller) => caller.clone(),
        None => timeout.clone(),
    };
    (timeout, combined)
}

fn error_message(error: &JsValue) -> String {
    let message = get(error, "message")
        .as_string()
        .unwrap_or_else(|| "fetch failed".into());
    match get(&get(error, "cause"), "message").as_string() {
        Some(cause) => format!("{message}: {cause}"),
        None => message,
    }
}

impl FetchTransport {
    fn failure(
        &self,
        error: &JsValue,
        timeout: &JsValue,
        caller: Option<&JsValue>,
    ) -> TransportError {
        if caller.is_some_and(is_aborted) {
            TransportError::Aborted
        } else if is_aborted(timeout) {
            TransportError::Timeout
        } else {
            TransportError::Network(error_message(error))
        }
    }

    fn init(request: &HttpRequest, signal: &JsValue) -> Object {
        let init = Object::new();
        set(&init, "method", &JsValue::from_str(request.method.as_str()));
        let headers = Object::new();
        for (name, value) in &request.headers {
            set(&headers, name, &JsValue::from_str(value));
        }
        set(&init, "headers", &headers);
        if let Some(body) = &request.body {
            set(&init, "body", &JsValue::from_str(body));
        }
        if !signal.is_undefined() {
            set(&init, "signal", signal);
        }
        init
    }
}

impl Transport for FetchTransport {
    type Signal = JsValue;

    async fn send(
        &self,
        request: HttpRequest,
        caller: Option<&JsValue>,
    ) -> Result<HttpResponse, TransportError> {
        let (timeout, signal) = signals(request.timeout_ms, caller);
        let fetch = match &self.fetch {
            Some(f) => f.clone(),
            None => get(&js_sys::global(), "fetch").dyn_into().map_err(|_| {
                TransportError::Network("this runtime has no fetch: pass options.fetch".into())
            })?,
        };
        let init = Self::init(&request, &signal);
        let started = fetch
            .call2(&JsValue::UNDEFINED, &JsValue::from_str(&request.url), &init)
            .map_err(|e| self.failure(&e, &timeout, caller))?;
        let response = JsFuture::from(Promise::resolve(&started))
            .await
            .map_err(|e| self.failure(&e, &timeout, caller))?;
        let status = get(&response, "status").as_f64().unwrap_or(0.0) as u16;
        let header_bag = get(&response, "headers");
        let headers = READ_HEADERS
            .iter()
            .filter_map(|name| {
                call_method(&header_bag, "get", &Array::of1(&JsValue::from_str(name)))
                    .ok()?
                    .as_string()
                    .map(|v| (name.to_string(), v))
            })
            .collect();
        let text = call_method(&response, "text", &Array::new())
            .map_err(|e| self.failure(&e, &timeout, caller))?;
        let body = JsFuture::from(Promise::resolve(&text))
            .await
            .map_err(|e| self.failure(&e, &timeout, caller))?;
        Ok(HttpResponse {
            status,
            headers,
            body: body.as_string().unwrap_or_default(),
        })
    }

    async fn sleep(&self, ms: u64) {
        let promise = Promise::new(&mut |resolve, _reject| {
            let set_timeout = get(&js_sys::global(), "setTimeout");
            if let Ok(set_timeout) = set_timeout.dyn_into::<Function>() {
                let _ =
                    set_timeout.call2(&JsValue::UNDEFINED, &resolve, &JsValue::from_f64(ms as f64));
            }
        });
        let _ = JsFuture::from(promise).await;
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn is_aborted(&self, signal: Option<&JsValue>) -> bool {
        signal.is_some_and(is_aborted)
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
