#!/usr/bin/env bash
# `make bench`: runs every benchmark on this machine and writes BENCHMARKS.md from their results.
# Not part of `make test`: figures are measured side by side in one run, never asserted as timings.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results

# `scripts/bench.sh --assemble` rewrites BENCHMARKS.md from the last results without measuring again.
if [ "${1:-}" != "--assemble" ]; then
  rm -f bench/results/*.md
  echo "== local checks vs validator.js and email-addresses"
  node bench/checks.mjs
  # BASELINE_PKG=<a built pkg/ of an earlier commit>: each per-entry budget, before and after, in one run.
  if [ -n "${BASELINE_PKG:-}" ]; then
    echo "== the per-entry budgets: $BASELINE_PKG beside pkg/"
    node --expose-gc bench/before-after.mjs "$BASELINE_PKG" pkg
  fi
  echo "== size and cold start vs nylas, agentmail, resend"
  node bench/peers.mjs
  echo "== the admin page (www/): download and time to interactive in Chromium, beside a checks-only page"
  cargo build --release --quiet -p nylas-emulator
  node bench/www.mjs
  echo "== the in-process emulator (wasm) beside the native binary"
  node bench/emulator-wasm.mjs
  for extra in scripts/bench-emulator.sh scripts/bench-client.sh; do
    if [ -x "$extra" ]; then echo "== $extra"; bash "$extra"; fi
  done
fi

{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GiB, Node $(node --version), $(rustc --version | cut -d' ' -f1-2). Budgets are in shared/PRODUCT.md."
  echo
  echo "## Local checks"
  echo
  cat bench/results/checks.md
  if [ -f bench/results/before-after.md ]; then
    echo
    echo "### Lighter, per entry: before and after, one run"
    echo
    cat bench/results/before-after.md
  fi
  echo
  cat bench/notes/checks.md
  for section in peers emulator emulator-wasm client www; do
    if [ -f "bench/results/$section.md" ]; then
      echo
      case $section in
        peers) echo "## Size and cold start against the peers" ;;
        www) echo "## The admin page (www/)" ;;
        emulator-wasm) echo "## Emulator in-process (wasm) beside the native binary" ;;
        *) echo "## ${section^}" ;;
      esac
      echo
      cat "bench/results/$section.md"
    fi
  done
  # Written by hand from a `make fuzz` run (scripts/fuzz.sh): tens of minutes, too long for `make bench`.
  if [ -f bench/notes/fuzz.md ]; then
    echo
    echo "## Fuzzing"
    echo
    cat bench/notes/fuzz.md
  fi
} > BENCHMARKS.md
echo "wrote BENCHMARKS.md"
