#!/usr/bin/env bash
# Every test: lint, native Rust tests (with the conformance corpus), wasm tests in Node and headless
# Chromium, the built package in Node and a browser page, the TypeScript consumer, README examples, the
# README's quick starts from the packed tarball, the API reference's documentation check,
# and the emulator's own suite. Stops at the first failing step and says which.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

bash scripts/lint.sh

step "native tests"
cargo test --quiet --workspace --exclude nylas-emulator
if [ -f tests/conformance.rs ]; then
  step "conformance corpus (agreement with public suites)"
  cargo test --quiet -p nylas-agent-accounts --test conformance -- --nocapture
fi

cargo build --release --quiet -p nylas-emulator
step "wasm tests in Node and headless Chromium (client against the emulator)"
bash scripts/with-emulator.sh --domain wasm.nylas.email --auto-connector -- bash -c '
  set -e
  echo "-- Node"
  cargo test -p nylas-agent-accounts --target wasm32-unknown-unknown --test node
  echo "-- headless Chromium"
  cargo test -p nylas-agent-accounts --target wasm32-unknown-unknown --test web'

step "package tests (node --test)"
node --test tests/js/
step "the package as a new user meets it: quick starts from the packed tarball, links of its README"
node --test --test-concurrency=1 tests/package/
step "API reference (TypeDoc over the published declarations: every public item documented)"
bash scripts/docs.sh
step "server handler in Node and workerd (node --test tests/server/)"
node --test tests/server/
step "command line (the built bin against the emulator)"
node --test tests/cli/
bash scripts/test-runtimes.sh

step "admin page end to end (www/ in headless Chromium through the handler against the emulator)"
node --test --test-concurrency=1 tests/www/

step "TypeScript consumer (strict)"
node_modules/.bin/tsc -p tests/ts

if [ -x scripts/test-emulator.sh ]; then
  step "emulator"
  bash scripts/test-emulator.sh
fi
echo
echo "make test: all steps passed"
