//! The emulator's wasm host: the runtime-free core (`nylas_emulator::exchange`) behind one JavaScript
//! class, with the host's services made of what every JavaScript runtime has (`Date.now`,
//! `crypto.getRandomValues`, `setTimeout`, the event loop) plus a `send` function the JS entry passes
//! in for webhook traffic. `js/emulator.js` turns it into `createEmulator()` with a standard `fetch`.
#![cfg(target_arch = "wasm32")]

mod options;
mod services;

use std::rc::Rc;
use wasm_bindgen::prelude::*;

use nylas_emulator::exchange::{self, Ending, Request, Table};
use nylas_emulator::signing::TrustedKeys;
use nylas_emulator::state::AppState;

/// One emulator: its state and route table.
#[wasm_bindgen]
pub struct Emulator {
    state: AppState,
    table: Rc<Table>,
}

#[wasm_bindgen]
impl Emulator {
    /// Builds an emulator from the options of `createEmulator` (JSON text); `send(method, url,
    /// headersJson, body, timeoutMs)` performs a webhook call and resolves to `{status, body}`.
    #[wasm_bindgen(constructor)]
    pub fn new(options_json: &str, send: js_sys::Function) -> Result<Emulator, JsError> {
        services::install_platform();
        let (args, accounts) = options::args(options_json).map_err(|e| JsError::new(&e))?;
        let trust = move |_: &_, _: &mut _| {
            let mut trusted = TrustedKeys::default();
            for account in &accounts {
                trusted.trust(account)?;
            }
            Ok(trusted)
        };
        let state = AppState::with_services(args, services::services(send), trust)
            .map_err(|e| JsError::new(&e))?;
        let table = Rc::new(Table::new(&state));
        Ok(Self { state, table })
    }

    /// The API key the emulator accepts.
    #[wasm_bindgen(getter, js_name = apiKey)]
    pub fn api_key(&self) -> String {
        self.state.args.api_key.clone()
    }

    /// The largest request body the core reads (`listen()` stops reading past it; the core refuses it).
    #[wasm_bindgen(getter, js_name = maxBodyBytes)]
    pub fn max_body_bytes(&self) -> usize {
        exchange::MAX_BODY_BYTES
    }

    /// Answers one request; resolves to `{status, headers: [[name, value]…], body: Uint8Array, ending}`
    /// with `ending` one of `complete`, `reset`, `cut`.
    pub fn handle(
        &self,
        method: String,
        path: String,
        query: String,
        headers_json: &str,
        body: Vec<u8>,
    ) -> js_sys::Promise {
        let headers: Vec<(String, String)> = serde_json::from_str(headers_json).unwrap_or_default();
        let req = Request {
            method,
            path,
            query,
            headers,
            body,
        };
        let (state, table) = (self.state.clone(), self.table.clone());
        wasm_bindgen_futures::future_to_promise(async move {
            let resp = exchange::handle(&state, &table, req).await;
            Ok(to_js(resp))
        })
    }
}

fn to_js(resp: exchange::Response) -> JsValue {
    let out = js_sys::Object::new();
    let headers = js_sys::Array::new();
    for (name, value) in resp.headers {
        headers.push(&js_sys::Array::of2(&name.into(), &value.into()));
    }
    let ending = match resp.ending {
        Ending::Complete => "complete",
        Ending::Reset => "reset",
        Ending::Cut => "cut",
    };
    let body = js_sys::Uint8Array::from(resp.body.as_slice());
    for (key, value) in [
        ("status", JsValue::from(resp.status)),
        ("headers", headers.into()),
        ("body", body.into()),
        ("ending", ending.into()),
    ] {
        let _ = js_sys::Reflect::set(&out, &key.into(), &value);
    }
    out.into()
}
