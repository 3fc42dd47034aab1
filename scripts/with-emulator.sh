#!/usr/bin/env bash
# Runs a command against a fresh nylas-emulator, then stops the emulator.
#
#   scripts/with-emulator.sh [emulator flags…] -- CMD [ARGS…]
#
# Builds the emulator (release, incremental) unless NYLAS_EMULATOR_SKIP_BUILD=1, starts it on a free
# loopback port (--port 0), waits for its "listening on" line, exports NYLAS_EMULATOR_URL and
# NYLAS_EMULATOR_API_KEY for CMD, runs CMD, stops the emulator (SIGTERM) and exits with CMD's code.
# Example: scripts/with-emulator.sh --test-hooks --domain acme.nylas.email --auto-connector -- node --test
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

flags=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do flags+=("$1"); shift; done
if [ $# -lt 2 ]; then
  echo "usage: $0 [emulator flags…] -- CMD [ARGS…]" >&2
  exit 2
fi
shift

# The key CMD must send: the --api-key flag if given, else the emulator's default.
api_key=nyk_emulator
for ((i = 0; i < ${#flags[@]}; i++)); do
  case "${flags[$i]}" in
    --api-key) api_key="${flags[$((i + 1))]:-}" ;;
    --api-key=*) api_key="${flags[$i]#--api-key=}" ;;
  esac
done

BIN=${NYLAS_EMULATOR_BIN:-$ROOT/target/release/nylas-emulator}
if [ "${NYLAS_EMULATOR_SKIP_BUILD:-0}" != 1 ] && [ -z "${NYLAS_EMULATOR_BIN:-}" ]; then
  (cd "$ROOT" && cargo build --release --quiet -p nylas-emulator)
fi

out=$(mktemp)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -f "$out"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$BIN" --port 0 ${flags[@]+"${flags[@]}"} >"$out" &
pid=$!

url=
for _ in $(seq 1 600); do  # up to 30 s: RSA key generation for --service-account-out takes a moment
  url=$(sed -n 's/^listening on //p' "$out" | head -n 1)
  [ -n "$url" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "with-emulator: the emulator exited before it was ready" >&2
    exit 1
  fi
  sleep 0.05
done
if [ -z "$url" ]; then
  echo "with-emulator: the emulator did not print its listening line within 30 s" >&2
  exit 1
fi

export NYLAS_EMULATOR_URL=$url
export NYLAS_EMULATOR_API_KEY=$api_key
set +e
"$@"
rc=$?
set -e
exit "$rc"
