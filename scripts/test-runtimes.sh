#!/usr/bin/env bash
# The package in every runtime it promises, installed from the packed tarball as a user installs it.
#
#   bash scripts/test-runtimes.sh            (after scripts/build.sh; builds pkg/ itself if missing)
#
# Packs pkg/, checks `npm publish --dry-run` and its file list, checks that the README's "Runtimes"
# snippets are the fixtures' code, then copies each fixture of tests/runtimes/ into a fresh folder of
# .cache/runtime-fixtures/, installs the tarball there, and in each runtime runs validateEmail,
# generateAppPassword and one client call (accounts.create) against a local emulator. The runtimes and
# bundlers come from npm (tests/runtimes/tools/package.json) into .cache/runtimes/, once; Chromium is
# Debian's. Last, the strict TypeScript consumers of tests/ts type-check against the packed types.
# Prints a table runtime × result and exits non-zero if any row failed. Every process it starts is
# stopped on exit; nothing leaves 127.0.0.1 (update checks and telemetry are switched off).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/.cache/runtimes
WORK=$ROOT/.cache/runtime-fixtures
FIXTURES=$ROOT/tests/runtimes
STEP_TIMEOUT=${RUNTIME_STEP_TIMEOUT:-120}

# Everything below runs against one emulator; with-emulator.sh starts it and stops it when we exit.
if [ "${RUNTIMES_UNDER_EMULATOR:-}" != 1 ]; then
  [ -f pkg/package.json ] || bash scripts/build.sh
  export RUNTIMES_UNDER_EMULATOR=1
  exec bash scripts/with-emulator.sh --domain acme.nylas.email --auto-connector -- bash "$0" "$@"
fi
export NYLAS_API_KEY=$NYLAS_EMULATOR_API_KEY NYLAS_API_URI=$NYLAS_EMULATOR_URL
# No update checks, telemetry or Request.cf download: the matrix talks to 127.0.0.1 only.
export WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true CLOUDFLARE_CF_FETCH_ENABLED=false
export DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1 DENO_DIR=$ROOT/.cache/deno DO_NOT_TRACK=1
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_audit=false npm_config_fund=false

log() { printf '[runtimes] %s\n' "$*"; }
printf '\n== runtime matrix: the packed package in each runtime (%s)\n' "$NYLAS_API_URI"

# Background servers (workerd, wrangler) run in their own process group, listed in a file so that the
# groups a step's subshell started are stopped too; all are stopped after each step and on exit.
GROUPS_FILE=$ROOT/.cache/runtime-groups
stop_all() {
  [ -s "$GROUPS_FILE" ] || return 0
  local g
  while read -r g; do kill -TERM -- "-$g" 2>/dev/null || true; done < "$GROUPS_FILE"
  while read -r g; do
    for _ in $(seq 50); do kill -0 -- "-$g" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$g" 2>/dev/null || true
  done < "$GROUPS_FILE"
  : > "$GROUPS_FILE"
}
mkdir -p "$ROOT/.cache" && : > "$GROUPS_FILE"
trap stop_all EXIT
trap 'exit 130' INT TERM

# 1. Runtimes and bundlers from npm, cached: reinstalled only when the pinned list changes.
BIN=$(bash scripts/install-runtimes.sh)
export PATH="$BIN:$PATH"  # fixtures' `npm run build` find esbuild and vite here, as if devDependencies

# 2. The tarball, and what `npm publish` would upload.
rm -rf "$WORK" && mkdir -p "$WORK"
tarball=$WORK/$(cd pkg && npm pack --silent --pack-destination "$WORK" | tail -n 1)
log "packed $(basename "$tarball") ($(wc -c < "$tarball") bytes)"
publish_json=$(cd pkg && npm publish --dry-run --json 2>/dev/null)
entries="browser-manual.js browser.js edge-light.js index.d.cts index.d.ts node.cjs node.mjs nylas_agent_accounts_bg.wasm"
expected=$(printf '%s\n' LICENSE README.md cli.mjs $entries package.json worker.js $(printf 'checks/%s\n' $entries worker.js) \
  $(printf 'server/%s\n' $entries worker.js) \
  $(printf 'emulator/%s\n' browser.js index.d.cts index.d.ts node.cjs node.mjs nylas_emulator_wasm_bg.wasm worker.js) | LC_ALL=C sort | xargs)
listed=$(node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); const p = r["nylas-agent-accounts"] ?? r;
  console.log(p.files.map((f) => f.path).sort().join(" "))' <<<"$publish_json")
results=()
record() { results+=("$1|$2|$3|$4"); }  # runtime, PASS/FAIL, seconds, note
# Every entry the exports name must be in sideEffects, or esbuild (inside wrangler) drops its initSync().
unlisted=$(node -e 'const p = require("./pkg/package.json"); const targets = new Set();
  const walk = (v) => typeof v === "string" ? targets.add(v) : Object.values(v).forEach(walk);
  walk(p.exports);
  console.log([...targets].filter((t) => /\.(c|m)?js$/.test(t) && !p.sideEffects.includes(t)).join(" "))')
if [ "$listed" != "$expected" ]; then
  record "npm publish --dry-run" FAIL - "files: $listed"
elif [ -n "$unlisted" ]; then
  record "npm publish --dry-run" FAIL - "entries missing from sideEffects: $unlisted"
else
  record "npm publish --dry-run" PASS - "$(wc -w <<<"$expected") files; every entry in sideEffects"
fi

# 3. The README's snippets are the fixtures' files, byte for byte.
if note=$(node "$FIXTURES/harness/readme.mjs" check 2>&1); then
  record "README snippets = fixtures" PASS - "$note"
else
  record "README snippets = fixtures" FAIL - "$note"
fi

# 4. One fresh project per fixture, with the tarball installed the way a user installs it.
fresh() {
  rm -rf "${WORK:?}/$1" && cp -r "$FIXTURES/$1" "$WORK/$1"
  (cd "$WORK/$1" && npm install --no-audit --no-fund --loglevel=error "$tarball" >/dev/null)
}
for f in node workers vercel-edge browser esbuild vite; do fresh "$f"; done
# TypeScript consumers (tests/ts) against the packed types, in an ESM project as users have them.
mkdir -p "$WORK/ts" && cp "$ROOT"/tests/ts/*.ts "$ROOT"/tests/ts/*.cts "$ROOT"/tests/ts/tsconfig*.json "$WORK/ts/"
echo '{ "name": "smoke-ts", "private": true, "type": "module" }' > "$WORK/ts/package.json"
(cd "$WORK/ts" && npm install --no-audit --no-fund --loglevel=error "$tarball" >/dev/null)
log "installed the tarball into 7 fresh fixture projects"

free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

# Waits for a local server started in the background and prints its answer to GET /.
get_when_up() {
  local url=$1 group=$2
  for _ in $(seq 600); do
    if out=$(curl -sS -m 30 --noproxy '*' "$url" 2>/dev/null) && [ -n "$out" ]; then printf '%s\n' "$out"; return 0; fi
    kill -0 -- "-$group" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

background() {  # background LOGFILE CMD...: starts CMD in its own process group, prints the group id
  local logfile=$1; shift
  setsid "$@" >"$logfile" 2>&1 </dev/null &
  echo $! >> "$GROUPS_FILE"
  echo $!
}

run_workerd() {  # run_workerd [CONFIG]
  local port g; port=$(free_port)
  cd "$WORK/workers"
  g=$(background "$WORK/workerd.log" timeout "$STEP_TIMEOUT" workerd serve "${1:-config.capnp}" --socket-addr "http=127.0.0.1:$port")
  get_when_up "http://127.0.0.1:$port/" "$g" || { tail -n 20 "$WORK/workerd.log" >&2; return 1; }
}

run_wrangler() {
  local port inspector g; port=$(free_port); inspector=$(free_port)
  cd "$WORK/workers"
  printf 'NYLAS_API_KEY=%s\nNYLAS_API_URI=%s\n' "$NYLAS_API_KEY" "$NYLAS_API_URI" > .dev.vars
  g=$(background "$WORK/wrangler.log" timeout "$STEP_TIMEOUT" wrangler dev --ip 127.0.0.1 --port "$port" --inspector-port "$inspector" --log-level warn)
  get_when_up "http://127.0.0.1:$port/" "$g" || { tail -n 20 "$WORK/wrangler.log" >&2; return 1; }
}

run_vite_dev() {
  local port g; port=$(free_port)
  cd "$WORK/vite"
  g=$(background "$WORK/vite-dev.log" timeout "$STEP_TIMEOUT" vite --host 127.0.0.1 --port "$port" --strictPort)
  get_when_up "http://127.0.0.1:$port/" "$g" >/dev/null || { tail -n 20 "$WORK/vite-dev.log" >&2; return 1; }
  node "$FIXTURES/harness/chromium.mjs" "$TOOLS" "http://127.0.0.1:$port" ""
}

build_app() {  # the fixture's `npm run build`, quiet unless it fails
  npm run --silent build > build.log 2>&1 || { tail -n 20 build.log; return 1; }
}

chromium_page() {  # chromium_page FIXTURE [SUBFOLDER] PAGE
  node "$FIXTURES/harness/chromium.mjs" "$TOOLS" "$WORK/$1/${3:+$2}" "${3:-$2}"
}

# name | command (run in a subshell, bounded by the step timeout; prints the result JSON last)
steps=(
  "Node 20 ESM|cd $WORK/node && node index.mjs"
  "Node 20 CommonJS|cd $WORK/node && node index.cjs"
  "Deno|cd $WORK/node && deno run --allow-read --allow-env --allow-net=127.0.0.1 index.mjs"
  "Bun|cd $WORK/node && bun index.mjs"
  "workerd|run_workerd"
  "wrangler dev|run_wrangler"
  "Vercel Edge (edge-runtime)|cd $WORK/vercel-edge && node $FIXTURES/harness/edge-runtime.mjs $TOOLS api/agent.js"
  "Chromium page|chromium_page browser index.html"
  "Chromium dedicated worker|chromium_page browser worker.html"
  "Chromium service worker (manual-init)|chromium_page browser service-worker.html"
  "esbuild bundle in Chromium|cd $WORK/esbuild && build_app && chromium_page esbuild index.html"
  "Vite dev server in Chromium|run_vite_dev"
  "Vite build in Chromium|cd $WORK/vite && build_app && chromium_page vite dist index.html"
  # The checks-only entry, nylas-agent-accounts/checks (no client call: it has none).
  "checks: Node 20 ESM|cd $WORK/node && node checks.mjs"
  "checks: Node 20 CommonJS|cd $WORK/node && node checks.cjs"
  "checks: Deno|cd $WORK/node && deno run --allow-read checks.mjs"
  "checks: workerd|run_workerd checks.capnp"
  "checks: Chromium page|chromium_page browser checks.html"
  # The in-process emulator, nylas-agent-accounts/emulator: a test's client against it, no binary, no port.
  "emulator: Node 20 ESM|cd $WORK/node && node emulator.mjs"
  "emulator: Node 20 CommonJS|cd $WORK/node && node emulator.cjs"
  "emulator: Deno|cd $WORK/node && deno run --allow-read emulator.mjs"
  "emulator: Bun|cd $WORK/node && bun emulator.mjs"
  "emulator: workerd|run_workerd emulator.capnp"
  "emulator: Chromium page|chromium_page browser emulator.html"
)

check_result() {  # check_result STEP: the last line of output must be the expected JSON
  node -e 'const last = require("fs").readFileSync(0, "utf8").trim().split("\n").pop();
    const r = JSON.parse(last);
    const want = { address: "Ada@xn--bcher-kva.example", passwordValid: true };
    if (process.argv[1].startsWith("emulator:")) { delete want.address; delete want.passwordValid; want.account = "agent@acme.nylas.email"; want.emulated = true; }
    else if (process.argv[1].startsWith("checks:")) want.matched = true; else want.account = "agent@acme.nylas.email";
    for (const [k, v] of Object.entries(want)) if (r[k] !== v) throw new Error(`${k}: ${JSON.stringify(r[k])}`);' "$1"
}

export ROOT TOOLS WORK FIXTURES STEP_TIMEOUT GROUPS_FILE
export -f run_workerd run_wrangler run_vite_dev build_app chromium_page free_port get_when_up background
for step in "${steps[@]}"; do
  name=${step%%|*} cmd=${step#*|}
  start=$(date +%s.%N)
  set +e
  out=$(timeout "$STEP_TIMEOUT" bash -c "set -eo pipefail; $cmd" 2>&1)
  rc=$?
  set -e
  stop_all
  seconds=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
  if [ $rc -eq 0 ] && why=$(check_result "$name" <<<"$out" 2>&1); then
    record "$name" PASS "$seconds" ""
  else
    [ $rc -eq 124 ] && why="timed out after ${STEP_TIMEOUT}s"
    note=$(printf '%s' "${why:-exit $rc}" | tail -n 1 | cut -c1-90)
    record "$name" FAIL "$seconds" "$note"
    printf '\n-- %s failed (exit %s); output:\n%s\n' "$name" "$rc" "$(printf '%s\n' "$out" | tail -n 30)" >&2
  fi
  log "$name: ${results[-1]#*|}"
done

# 5. Strict TypeScript consumers (strict, exactOptionalPropertyTypes; @ts-expect-error marks the calls
# that must not compile) under each module resolution users pick.
for config in "bundler|tsconfig.json tsconfig.bundler-entries.json" "node16 ESM|tsconfig.node16-esm.json" "node16 CommonJS|tsconfig.node16-cjs.json"; do
  name="TypeScript ${config%%|*}"
  start=$(date +%s.%N)
  out= rc=0
  for c in ${config#*|}; do
    out+=$(cd "$WORK/ts" && timeout "$STEP_TIMEOUT" "$ROOT/node_modules/.bin/tsc" -p "$c" 2>&1) || rc=$?
  done
  seconds=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
  if [ $rc -eq 0 ]; then record "$name" PASS "$seconds" ""; else
    [ $rc -eq 124 ] && out="timed out after ${STEP_TIMEOUT}s"
    record "$name" FAIL "$seconds" "$(printf '%s' "$out" | head -n 1 | cut -c1-90)"
    printf '\n-- %s failed:\n%s\n' "$name" "$out" >&2
  fi
  log "$name: ${results[-1]#*|}"
done

# 6. The table.
failed=0
printf '\n| runtime | result | seconds | note |\n|---|---|---|---|\n'
for r in "${results[@]}"; do
  IFS='|' read -r name result seconds note <<<"$r"
  printf '| %s | %s | %s | %s |\n' "$name" "$result" "$seconds" "$note"
  [ "$result" = PASS ] || failed=$((failed + 1))
done
echo
if [ $failed -gt 0 ]; then
  echo "runtime matrix: $failed failed"
  exit 1
fi
echo "runtime matrix: all passed"
