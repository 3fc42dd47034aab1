#!/usr/bin/env bash
# The emulator's checks: release build, Rust tests, then the JS tests (official Nylas Node SDK included)
# and the official Python SDK's run, each against an emulator started on a free loopback port. Exits non-zero on any failure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
start=$(date +%s)

echo "[test-emulator] building the emulator (release)"
cargo build --release --quiet -p nylas-emulator

echo "[test-emulator] Rust tests"
cargo test --quiet -p nylas-emulator

echo "[test-emulator] JS tests (node --test) against a running emulator"
# with-emulator.sh stops the emulator on exit (its own EXIT trap) and returns node's exit code.
NYLAS_EMULATOR_SKIP_BUILD=1 scripts/with-emulator.sh --test-hooks --domain acme.nylas.email --auto-connector -- \
  node --test --test-timeout=60000 emulator/tests-js/*.test.mjs

echo "[test-emulator] the official Python SDK against a running emulator"
bash scripts/test-python-sdk.sh

echo "[test-emulator] passed in $(( $(date +%s) - start )) s"
