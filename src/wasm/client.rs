//! `AgentAccounts` for JavaScript: a handle on the Rust client whose one method runs an operation by
//! name. `js/client.js` builds the resource objects (`client.accounts.create(...)`) on top of it.

use super::fetch::{FetchTransport, JsTransport};
use super::report;
use super::webcrypto::WebCryptoSigner;
use crate::client::dispatch::dispatch;
use crate::client::options::ClientOptions;
use crate::client::{json_text, Client};
use js_sys::{Function, Promise};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

/// The client handle. Holds the API key and service account in wasm memory only: nothing JavaScript
/// can print or serialise.
#[wasm_bindgen]
pub struct WasmClient {
    inner: Rc<Client<FetchTransport, WebCryptoSigner>>,
}

#[wasm_bindgen]
impl WasmClient {
    /// Validates the options (JSON, the hooks as their `typeof`); `transport` is `js/transport.js`'s,
    /// over the caller's `fetch` or the global one, and `on_retry` the caller's hook.
    #[wasm_bindgen(constructor)]
    pub fn new(
        options: &str,
        transport: JsTransport,
        on_retry: Option<Function>,
    ) -> Result<WasmClient, JsValue> {
        let options = ClientOptions::from_json(options).map_err(|e| report(&e))?;
        let transport = FetchTransport {
            transport,
            on_retry,
        };
        Ok(WasmClient {
            inner: Rc::new(Client::new(options, transport, WebCryptoSigner)),
        })
    }

    /// Runs `op` with JSON `args`; resolves with the JSON result, rejects with an error report.
    pub fn call(&self, op: String, args: String, signal: JsValue) -> Promise {
        let client = Rc::clone(&self.inner);
        future_to_promise(async move {
            let signal = (!signal.is_undefined() && !signal.is_null()).then_some(signal);
            match dispatch(&client, &op, &args, signal.as_ref()).await {
                Ok(value) => Ok(JsValue::from_str(&json_text(&value))),
                Err(error) => Err(report(&error)),
            }
        })
    }
}
