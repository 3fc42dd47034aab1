//! wasm tests run in Node by wasm-bindgen-test-runner (`cargo test --target wasm32-unknown-unknown --test node`).
#![cfg(target_arch = "wasm32")]

mod wasm_shared;

use wasm_bindgen_test::wasm_bindgen_test;

/// Node's URL parser decodes and checks existing A-labels as UTS #46 asks; Chromium's does not (it
/// passes `xn--zz` through), so this holds in Node, Deno and Bun but not in every browser.
#[wasm_bindgen_test]
fn node_url_rejects_a_broken_a_label() {
    assert_eq!(
        wasm_shared::codes("a@xn--zz.example"),
        ["EMAIL_DOMAIN_IDN_INVALID"]
    );
}
