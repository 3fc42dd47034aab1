#!/usr/bin/env bash
# Formatting, clippy (native and wasm32, warnings are errors) and rustdoc (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== lint: cargo fmt --check"
cargo fmt --all -- --check
# The fuzz crate is outside the workspace (scripts/fuzz.sh builds it with nightly): rustfmt alone.
rustfmt --check --edition 2021 fuzz/src/lib.rs fuzz/fuzz_targets/*.rs
echo "== lint: clippy native"
cargo clippy --quiet --workspace --all-targets -- -D warnings
echo "== lint: clippy wasm32"
cargo clippy --quiet -p nylas-agent-accounts --all-targets --target wasm32-unknown-unknown -- -D warnings
echo "== lint: clippy wasm32, the emulator's runtime-free core (no native host: no axum, tokio, reqwest, files)"
cargo clippy --quiet -p nylas-emulator --lib --no-default-features --target wasm32-unknown-unknown -- -D warnings
echo "== lint: clippy wasm32, the emulator's wasm host (nylas-agent-accounts/emulator)"
cargo clippy --quiet -p nylas-emulator-wasm --target wasm32-unknown-unknown -- -D warnings
echo "== lint: rustdoc"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --workspace --no-deps
echo "== lint: clippy without the client feature (the checks-only wasm), native and wasm32"
cargo clippy --quiet -p nylas-agent-accounts --lib --no-default-features -- -D warnings
cargo clippy --quiet -p nylas-agent-accounts --lib --no-default-features --target wasm32-unknown-unknown -- -D warnings
