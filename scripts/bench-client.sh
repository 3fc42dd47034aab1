#!/usr/bin/env bash
# createMany(1000) under faults vs the official SDK, on the emulator (loopback only, bounded).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p nylas-emulator
timeout 900 node bench/client.mjs
