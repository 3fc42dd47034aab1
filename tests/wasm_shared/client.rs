//! The client through the real boundary (`WasmClient` → `fetch`) against the emulator that
//! `scripts/test.sh` starts; its address is baked in at compile time (wasm has no environment).

#![allow(clippy::panic)] // tests: a missing emulator is a failed test

use nylas_agent_accounts::wasm::client::WasmClient;
use nylas_agent_accounts::wasm::fetch::JsTransport;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen(module = "/js/transport.js")]
extern "C" {
    /// The package's transport over `fetch` (the global one when `undefined`), as `js/client.js` makes it.
    fn transport(fetch: JsValue) -> JsTransport;
}

const EMULATOR: Option<&str> = option_env!("NYLAS_EMULATOR_URL");
const DOMAIN: &str = "wasm.nylas.email";

async fn call(client: &WasmClient, op: &str, args: &str) -> Result<Value, Value> {
    match JsFuture::from(client.call(op.into(), args.into(), JsValue::UNDEFINED)).await {
        Ok(json) => Ok(serde_json::from_str(&json.as_string().unwrap()).unwrap()),
        Err(report) => Err(serde_json::from_str(&report.as_string().unwrap()).unwrap()),
    }
}

#[wasm_bindgen_test]
async fn client_provisions_an_account_through_fetch() {
    let Some(url) = EMULATOR else {
        panic!("NYLAS_EMULATOR_URL was not set at compile time: run the wasm tests under scripts/with-emulator.sh (as scripts/test.sh does)");
    };
    let client = WasmClient::new(
        &format!(r#"{{"apiKey":"nyk_emulator","apiUri":"{url}"}}"#),
        transport(JsValue::UNDEFINED),
        None,
    )
    .unwrap();
    let email = format!("wasm-{}@{DOMAIN}", js_sys::Date::now() as u64);
    let created = call(
        &client,
        "accounts.create",
        &format!(r#"{{"body":{{"email":"{email}","name":"Wasm"}}}}"#),
    )
    .await
    .unwrap();
    assert_eq!(created["outcome"], "created");
    let created = &created["account"];
    assert_eq!(created["email"], email.as_str());
    assert_eq!(created["grantStatus"], "valid", "camelCase keys");
    let fetched = call(&client, "accounts.get", &format!(r#"{{"id":"{email}"}}"#))
        .await
        .unwrap();
    assert_eq!(fetched["id"], created["id"]);
    let page = call(&client, "accounts.list", "{}").await.unwrap();
    assert!(page["data"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["email"] == email.as_str()));
    assert_eq!(
        call(
            &client,
            "accounts.delete",
            &format!(r#"{{"id":"{email}"}}"#)
        )
        .await
        .unwrap(),
        Value::Null
    );
    let missing = call(&client, "accounts.get", &format!(r#"{{"id":"{email}"}}"#))
        .await
        .unwrap_err();
    assert_eq!(
        (
            missing["name"].as_str(),
            missing["code"].as_str(),
            missing["status"].as_u64()
        ),
        (Some("ApiError"), Some("NOT_FOUND"), Some(404))
    );
}

#[wasm_bindgen_test]
async fn unreachable_hosts_are_network_errors_and_bad_options_are_refused() {
    let client = WasmClient::new(
        r#"{"apiKey":"k","apiUri":"http://127.0.0.1:9","maxRetries":0}"#,
        transport(JsValue::UNDEFINED),
        None,
    )
    .unwrap();
    let error = call(&client, "accounts.list", "{}").await.unwrap_err();
    assert_eq!(error["code"], "NETWORK_ERROR");
    let refused = WasmClient::new(
        r#"{"apiKey":"k","apiUri":"http://example.com"}"#,
        transport(JsValue::UNDEFINED),
        None,
    )
    .err()
    .unwrap();
    let refused: Value = serde_json::from_str(&refused.as_string().unwrap()).unwrap();
    assert_eq!(refused["code"], "INVALID_ARGUMENT");
}

#[wasm_bindgen_test]
async fn a_fetch_that_never_answers_ends_in_a_timeout_or_an_abort() {
    // The host's timers end the call: a fetch that ignores its signal still settles.
    let never = js_sys::Function::new_no_args("return new Promise(() => {})");
    let client = WasmClient::new(
        r#"{"apiKey":"k","apiUri":"http://127.0.0.1:9","maxRetries":0,"timeoutMs":100}"#,
        transport(never.clone().into()),
        None,
    )
    .unwrap();
    let timed_out = call(&client, "accounts.get", r#"{"id":"a@b.co"}"#)
        .await
        .unwrap_err();
    assert_eq!(
        (timed_out["name"].as_str(), timed_out["code"].as_str()),
        (Some("TimeoutError"), Some("TIMEOUT"))
    );
    let slow = WasmClient::new(
        r#"{"apiKey":"k","apiUri":"http://127.0.0.1:9","maxRetries":0,"timeoutMs":60000}"#,
        transport(never.into()),
        None,
    )
    .unwrap();
    let abort_soon = js_sys::Function::new_no_args("return AbortSignal.timeout(50)");
    let signal = abort_soon.call0(&JsValue::UNDEFINED).unwrap();
    let promise = slow.call("accounts.get".into(), r#"{"id":"a@b.co"}"#.into(), signal);
    let aborted = JsFuture::from(promise).await.unwrap_err();
    let aborted: Value = serde_json::from_str(&aborted.as_string().unwrap()).unwrap();
    assert_eq!(aborted["code"], "ABORTED");
}
