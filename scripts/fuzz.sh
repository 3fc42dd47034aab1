#!/usr/bin/env bash
# `make fuzz`: runs every cargo-fuzz target of fuzz/ for FUZZ_RUNS executions (default 10 million)
# and prints, per target, the executions, exec/s and wall time. Not part of `make test`: it takes tens
# of minutes. Installs what is missing first: a nightly toolchain (cargo-fuzz needs it) and cargo-fuzz,
# cached in the gitignored .tools/. A crash or a broken invariant stops the run; libFuzzer saves the input
# under fuzz/artifacts/<target>/ (reproduce with `cargo +nightly fuzz run <target> <file>`).
#
#   scripts/fuzz.sh [target…]        FUZZ_RUNS=100000 scripts/fuzz.sh validate_email
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/.tools
CARGO_FUZZ_VERSION=0.13.2
RUNS=${FUZZ_RUNS:-10000000}
export PATH="$TOOLS/bin:$PATH"

log() { printf '[fuzz] %s\n' "$*"; }

if ! rustup toolchain list | grep -q '^nightly'; then
  log "installing the nightly toolchain (cargo-fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if [ "$(cargo-fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
  log "installing cargo-fuzz $CARGO_FUZZ_VERSION into .tools (about a minute, once)"
  cargo install --quiet --root "$TOOLS" cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

node scripts/fuzz-seed.mjs

# No sanitizer: the crate has no unsafe code, so AddressSanitizer would find nothing the Rust checks
# don't, at a third of the speed. Debug assertions on: an arithmetic overflow is a crash.
FLAGS=(--sanitizer none --debug-assertions)
log "building the targets (release, debug assertions)"
cargo +nightly fuzz build "${FLAGS[@]}"

# Cheapest first, so that a broken invariant in a fast target shows up within minutes.
ALL=(parse_signature_header parse_webhook validate_app_password interpret_response validate_email validate_email_default_domain
  preflight_create_account match_domain email_batch)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${ALL[@]}"); fi
missing=$(comm -13 <(printf '%s\n' "${ALL[@]}" | sort) <(cargo +nightly fuzz list | sort))
[ -z "$missing" ] || { log "targets missing from ALL in scripts/fuzz.sh: $missing"; exit 1; }
mkdir -p bench/results fuzz/logs
{
  echo "| target | executions | exec/s | wall time | corpus after |"
  echo "|---|---:|---:|---:|---:|"
} > bench/results/fuzz.md
for target in "${targets[@]}"; do
  log "$target: $RUNS runs"
  logfile=fuzz/logs/$target.log
  # No longer inputs than a target can use: every check reads every byte, some twice (to compare), so
  # libFuzzer's default of 4 KB makes each run slower without reaching new code. An address needs 64 +
  # 1 + 253 octets and some slack; a password is over its limit at 41 characters. The multi-field
  # targets leave the long inputs to the single-field ones: 128 bytes still hold several addresses or
  # domains, and a request needs 192 to hold an email, a password and two UUIDs. Response bodies and
  # webhooks keep the default: nesting and size are what they test.
  case $target in
    validate_email | validate_email_default_domain) max_len=(-max_len=512) ;;
    validate_app_password) max_len=(-max_len=256) ;;
    parse_signature_header) max_len=(-max_len=128) ;;
    email_batch | match_domain) max_len=(-max_len=128) ;;
    preflight_create_account) max_len=(-max_len=192) ;;
    *) max_len=() ;;
  esac
  start=$(date +%s.%N)
  if ! cargo +nightly fuzz run "${FLAGS[@]}" "$target" -- -runs="$RUNS" -timeout=10 "${max_len[@]}" \
    -print_final_stats=1 >"$logfile" 2>&1; then
    tail -n 40 "$logfile"
    log "$target FAILED: see $logfile and fuzz/artifacts/$target/"
    exit 1
  fi
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  units=$(awk '/stat::number_of_executed_units/ {print $NF}' "$logfile")
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  rate=$(awk -v u="$units" -v w="$wall" 'BEGIN { printf "%d", u / w }')
  printf '| `%s` | %s | %s | %.0f s | %s |\n' "$target" "$units" "$rate" "$wall" "$corpus" \
    | tee -a bench/results/fuzz.md
done
log "no crash, no broken invariant ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)); table in bench/results/fuzz.md"
