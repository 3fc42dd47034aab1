//! `createHandler` for JavaScript: a handle on the Rust server handler (`crate::client::proxy`). The
//! JavaScript side (`js/server.js`) only moves the request in and the answer out and calls the
//! caller's `authorize` hook between the two gates.

use super::fetch::{FetchTransport, JsTransport};
use super::report;
use super::webcrypto::WebCryptoSigner;
use crate::client::proxy::forward::forward;
use crate::client::proxy::options::HandlerOptions;
use crate::client::proxy::{Handler, Head};
use js_sys::Promise;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

/// The handler. Holds the API key and the service account in wasm memory only.
#[wasm_bindgen]
pub struct WasmHandler {
    inner: Rc<Handler<FetchTransport, WebCryptoSigner>>,
}

fn head_of(json: &str) -> Head {
    serde_json::from_str(json).unwrap_or_default()
}

#[wasm_bindgen]
impl WasmHandler {
    /// Validates the options (JSON; the hooks as their `typeof`); `transport` is `js/transport.js`'s,
    /// over the caller's `fetch` or the global one.
    #[wasm_bindgen(constructor)]
    pub fn new(options: &str, transport: JsTransport) -> Result<WasmHandler, JsValue> {
        let options = HandlerOptions::from_json(options).map_err(|e| report(&e))?;
        let transport = FetchTransport {
            transport,
            on_retry: None,
        };
        Ok(WasmHandler {
            inner: Rc::new(Handler::new(options, transport, WebCryptoSigner)),
        })
    }

    /// Whether JavaScript must call `authorize` (false only in local mode).
    #[wasm_bindgen(getter)]
    pub fn authorize(&self) -> bool {
        self.inner.options.authorize
    }

    /// The largest request body, for JavaScript's streaming read.
    #[wasm_bindgen(getter, js_name = maxBodyBytes)]
    pub fn max_body_bytes(&self) -> f64 {
        self.inner.options.max_body_bytes as f64
    }

    /// The first gate (base path, origin, CORS preflight): an answer as JSON, or `None` to go on.
    pub fn gate(&self, head: &str) -> Option<String> {
        self.inner.gate(&head_of(head)).map(|reply| reply.to_json())
    }

    /// The answer when `authorize` says no (or throws): 401.
    pub fn unauthorized(&self, head: &str) -> String {
        self.inner.unauthorized(&head_of(head)).to_json()
    }

    /// The answer to a body over `maxBodyBytes`: 413.
    #[wasm_bindgen(js_name = tooLarge)]
    pub fn too_large(&self, head: &str) -> String {
        let cors = self
            .inner
            .admit(&head_of(head))
            .ok()
            .and_then(|a| a.cors_origin);
        self.inner.too_large(cors.as_deref()).to_json()
    }

    /// The second gate (route, allowlist, content type, length): an answer as JSON, or `None` when
    /// the request may be read and forwarded.
    pub fn admit(&self, head: &str) -> Option<String> {
        self.inner
            .admit(&head_of(head))
            .err()
            .map(|reply| reply.to_json())
    }

    /// Checks and forwards the request; resolves with the answer as JSON.
    pub fn forward(&self, head: String, body: Option<String>, signal: JsValue) -> Promise {
        let handler = Rc::clone(&self.inner);
        future_to_promise(async move {
            let signal = (!signal.is_undefined() && !signal.is_null()).then_some(signal);
            let reply = match handler.admit(&head_of(&head)) {
                Ok(admitted) => {
                    forward(&handler, &admitted, body.as_deref(), signal.as_ref()).await
                }
                Err(reply) => reply,
            };
            Ok(JsValue::from_str(&reply.to_json()))
        })
    }
}
