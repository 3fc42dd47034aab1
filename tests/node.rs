//! wasm tests run in Node by wasm-bindgen-test-runner (`cargo test --target wasm32-unknown-unknown --test node`).
#![cfg(target_arch = "wasm32")]

mod wasm_shared;
