#!/usr/bin/env bash
# Emulator requests/s and memory with 100k accounts (loopback only, bounded). Prints a Markdown table
# and writes bench/results/emulator.md. Knobs: BENCH_DURATION_MS, BENCH_CONCURRENCY, BENCH_ACCOUNTS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
cargo build --release --quiet -p nylas-emulator
timeout 600 node bench/emulator.mjs
