//! The [`Transport`] of the browser, workers, Deno, Bun and Node: the host's `fetch` (or the one the
//! caller passed), an `AbortController` on a `setTimeout` timer for timeouts, `setTimeout` for delays. Reaches everything
//! through `globalThis`, never `window`, so it works in workers and edge runtimes.

use crate::client::transport::{HttpRequest, HttpResponse, RetryEvent, Transport, TransportError};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
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

/// The cancellation of one request: an `AbortController` that a `setTimeout` timer (the timeout) or the
/// caller's signal aborts, and a promise that rejects when it does. Every await of the request races
/// that promise, so a `fetch` (or a body) that ignores its signal still ends on time. Built on
/// `setTimeout` rather than `AbortSignal.timeout`, whose timer does not keep Node's event loop alive:
/// with nothing else pending the process would exit with the call unsettled.
struct Cancellation {
    signal: JsValue,
    stopped: Promise,
    timer: JsValue,
    caller: Option<(JsValue, Function)>,
}

impl Cancellation {
    fn start(timeout_ms: u64, caller: Option<&JsValue>) -> Result<Cancellation, TransportError> {
        let global = js_sys::global();
        let class: Function = get(&global, "AbortController").dyn_into().map_err(|_| {
            TransportError::Network(
                "this runtime has no AbortController, which timeouts need".into(),
            )
        })?;
        let controller = Reflect::construct(&class, &Array::new())
            .map_err(|_| TransportError::Network("AbortController could not be created".into()))?;
        let signal = get(&controller, "signal");
        let abort = get(&controller, "abort")
            .dyn_into::<Function>()
            .map(|f| f.bind0(&controller))
            .map_err(|_| TransportError::Network("AbortController has no abort()".into()))?;
        let stopped = Promise::new(&mut |_resolve, reject| {
            let _ = call_method(
                &signal,
                "addEventListener",
                &Array::of2(&JsValue::from_str("abort"), &reject),
            );
        });
        let timer = call_method(
            &global,
            "setTimeout",
            &Array::of2(&abort, &JsValue::from_f64(timeout_ms as f64)),
        )
        .unwrap_or(JsValue::UNDEFINED);
        let caller = caller.map(|caller| {
            let _ = call_method(
                caller,
                "addEventListener",
                &Array::of2(&JsValue::from_str("abort"), &abort),
            );
            (caller.clone(), abort.clone())
        });
        Ok(Cancellation {
            signal,
            stopped,
            timer,
            caller,
        })
    }

    /// Waits for `promise`, or for the cancellation, whichever comes first.
    async fn race(&self, promise: &JsValue) -> Result<JsValue, JsValue> {
        let both = Array::of2(&Promise::resolve(promise), &self.stopped);
        JsFuture::from(Promise::race(&both)).await
    }

    /// Why the request ended without a response: the caller's abort wins over the timer.
    fn failure(&self, error: &JsValue) -> TransportError {
        if self
            .caller
            .as_ref()
            .is_some_and(|(caller, _)| is_aborted(caller))
        {
            TransportError::Aborted
        } else if is_aborted(&self.signal) {
            TransportError::Timeout
        } else {
            TransportError::Network(error_message(error))
        }
    }
}

impl Drop for Cancellation {
    /// Clears the timer (so a finished request holds no event loop open) and the caller's listener.
    fn drop(&mut self) {
        let _ = call_method(&js_sys::global(), "clearTimeout", &Array::of1(&self.timer));
        if let Some((caller, abort)) = &self.caller {
            let _ = call_method(
                caller,
                "removeEventListener",
                &Array::of2(&JsValue::from_str("abort"), abort),
            );
        }
    }
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
        // Never follow a redirect: the API sends none, and following one would carry the body and
        // the caller's headers to another origin. The 3xx comes back and the client refuses it.
        set(&init, "redirect", &JsValue::from_str("manual"));
        init
    }
}

/// The body as text, read chunk by chunk so that reading stops past `limit` bytes (a `Content-Length`
/// over it stops it before the first chunk). Bytes that are not UTF-8 become U+FFFD, and the client
/// then reports a body that is not JSON.
async fn read_body(
    response: &JsValue,
    cancel: &Cancellation,
    limit: u64,
) -> Result<String, TransportError> {
    let length = call_method(
        &get(response, "headers"),
        "get",
        &Array::of1(&JsValue::from_str("content-length")),
    )
    .ok()
    .and_then(|v| v.as_string())
    .and_then(|v| v.trim().parse::<u64>().ok());
    if length.is_some_and(|l| l > limit) {
        return Err(TransportError::TooLarge);
    }
    let stream = get(response, "body");
    if stream.is_null() || stream.is_undefined() {
        return Ok(String::new());
    }
    let reader =
        call_method(&stream, "getReader", &Array::new()).map_err(|e| cancel.failure(&e))?;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let read = call_method(&reader, "read", &Array::new()).map_err(|e| cancel.failure(&e))?;
        let chunk = cancel.race(&read).await.map_err(|e| cancel.failure(&e))?;
        if get(&chunk, "done").as_bool().unwrap_or(true) {
            break;
        }
        let value = Uint8Array::new(&get(&chunk, "value"));
        if bytes.len() as u64 + u64::from(value.length()) > limit {
            let _ = call_method(&reader, "cancel", &Array::new());
            return Err(TransportError::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

impl Transport for FetchTransport {
    type Signal = JsValue;

    async fn send(
        &self,
        request: HttpRequest,
        caller: Option<&JsValue>,
    ) -> Result<HttpResponse, TransportError> {
        let fetch = match &self.fetch {
            Some(f) => f.clone(),
            None => get(&js_sys::global(), "fetch").dyn_into().map_err(|_| {
                TransportError::Network("this runtime has no fetch: pass options.fetch".into())
            })?,
        };
        let cancel = Cancellation::start(request.timeout_ms, caller)?;
        let init = Self::init(&request, &cancel.signal);
        let started = fetch
            .call2(&JsValue::UNDEFINED, &JsValue::from_str(&request.url), &init)
            .map_err(|e| cancel.failure(&e))?;
        let response = cancel
            .race(&started)
            .await
            .map_err(|e| cancel.failure(&e))?;
        let status = match get(&response, "type").as_string().as_deref() {
            // A browser hides a manual redirect's status; the client refuses any 3xx alike.
            Some("opaqueredirect") => 300,
            _ => get(&response, "status").as_f64().unwrap_or(0.0) as u16,
        };
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
        let body = read_body(&response, &cancel, request.max_body_bytes).await?;
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }

    async fn sleep(&self, ms: u64, caller: Option<&JsValue>) -> Result<(), TransportError> {
        // The same controller as a request's, with no fetch: the timer ending it is the good outcome.
        let cancel = Cancellation::start(ms, caller)?;
        let _ = JsFuture::from(cancel.stopped.clone()).await;
        match cancel.failure(&JsValue::UNDEFINED) {
            TransportError::Aborted => Err(TransportError::Aborted),
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
