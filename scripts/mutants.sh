#!/usr/bin/env bash
# Mutation testing of the local checks and the client's decisions (`make mutants`; not part of
# `make test`, it takes tens of minutes). Installs cargo-mutants into .tools/ if missing, runs it on the
# files listed in .cargo/mutants.toml (the core checks: src/email/, password, domain_match, preflight,
# punycode, problem, batch; the client's decisions: retry, response, endpoints, options, case,
# signing/canonical), one mutant at a time, and fails unless at least $MUTANTS_MIN_PERCENT % of the
# mutants that ran to a result are caught and every missed or timed-out one is listed, with why, in
# mutants-accepted.txt.
#
#   scripts/mutants.sh                  # the whole set (33 min measured, see TESTING.md)
#   scripts/mutants.sh -F 'in adapt'     # extra arguments go to cargo mutants: here, only the mutants
#                                        # whose name matches (--file adds to the config's files instead)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/.tools
CARGO_MUTANTS_VERSION=27.1.0
MIN_PERCENT=${MUTANTS_MIN_PERCENT:-95}
OUT=$ROOT/target/mutants
ACCEPTED=$ROOT/mutants-accepted.txt
export PATH="$TOOLS/bin:$PATH"

if [ "$(cargo-mutants mutants --version 2>/dev/null | awk '{print $2}')" != "$CARGO_MUTANTS_VERSION" ]; then
  echo "[mutants] installing cargo-mutants $CARGO_MUTANTS_VERSION into .tools (a few minutes, once)"
  cargo install --quiet --locked --root "$TOOLS" cargo-mutants --version "$CARGO_MUTANTS_VERSION" ||
    cargo install --quiet --root "$TOOLS" cargo-mutants --version "$CARGO_MUTANTS_VERSION"
fi

partial=$#
start=$(date +%s)
mkdir -p "$OUT"
# --jobs 1: the machine has 2 cores and each build uses both. Exit codes 2 (missed) and 3 (timeout)
# are judged below against the accepted list; anything else is a failure of the run itself.
set +e
cargo mutants --jobs 1 --output "$OUT" --no-shuffle "$@"
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ] && [ "$rc" -ne 3 ]; then
  echo "[mutants] cargo mutants failed (exit $rc)" >&2
  exit "$rc"
fi

dir=$OUT/mutants.out
count() { if [ -f "$dir/$1.txt" ]; then grep -c . "$dir/$1.txt" || true; else echo 0; fi; }
caught=$(count caught) missed=$(count missed) timeout=$(count timeout) unviable=$(count unviable)
ran=$((caught + missed + timeout))
# Strict: a timeout (a mutant that hung) is not counted as caught; tests should fail fast instead.
percent=$(( ran == 0 ? 1000 : caught * 1000 / ran ))
printf '[mutants] caught %s, missed %s, timeout %s, unviable %s: %s.%s %% caught, in %s s\n' \
  "$caught" "$missed" "$timeout" "$unviable" "$((percent / 10))" "$((percent % 10))" "$(( $(date +%s) - start ))"

# Every miss and timeout must be accepted by name, with the reason beside it. Names are compared
# without line and column, so an edit elsewhere in the file does not invalidate the list.
unlisted=0
for kind in missed timeout; do
  [ -f "$dir/$kind.txt" ] || continue
  while IFS= read -r mutant; do
    name=$(printf '%s' "$mutant" | sed -E 's/:[0-9]+:[0-9]+:/:/')
    if ! grep -v '^#' "$ACCEPTED" | grep -qF -- "$name"; then
      echo "[mutants] $kind, and not in mutants-accepted.txt: $name" >&2
      unlisted=1
    fi
  done < "$dir/$kind.txt"
done
# The ratio is judged on the whole set only: a run narrowed by arguments (--file, -F) picks its mutants.
if [ "$partial" -eq 0 ] && [ "$percent" -lt $((MIN_PERCENT * 10)) ]; then
  echo "[mutants] below $MIN_PERCENT %" >&2
  exit 1
fi
exit "$unlisted"
