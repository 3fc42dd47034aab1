#!/usr/bin/env bash
# Builds the npm package into pkg/: the wasm (smallest profile), its wasm-bindgen glue, wasm-opt -Oz,
# the hand-written entry files and types, and package.json. Run scripts/setup.sh first.
#
# Two builds of the crate go in: the full one (checks, client, webhooks) at the package root, and one
# without the `client` feature in pkg/checks/, for `nylas-agent-accounts/checks`: a page that only
# validates downloads a third of the bytes. A third build, with the server handler, goes in pkg/server/.
# All have the same file layout, so the entries are shared.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"
NAME=nylas_agent_accounts
OUT=pkg

# The shipped wasms are built by the pinned nightly in scripts/wasm-toolchain (it says why), with std
# rebuilt for size and no panic machinery, in their own target dir so that the stable builds of the
# tests and lints beside them stay cached.
WASM_TOOLCHAIN=$(sed -n 's/^toolchain=//p' scripts/wasm-toolchain)
WASM_TARGET_DIR=target/shipped
# wasm_build <cargo args...>: one shipped wasm into $WASM_TARGET_DIR/wasm32-unknown-unknown/wasm/.
# Without the multivalue feature, wasm-bindgen returns strings and results through memory: Node 20's
# V8 compiles a TurboFan wrapper per multi-result export signature at import, half of the /checks
# wasm's compile time (BENCHMARKS.md, "Cold start"). Rust's own code returns through memory either way.
wasm_build() {
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Ctarget-feature=-multivalue" cargo "+$WASM_TOOLCHAIN" build --quiet --lib \
    --target wasm32-unknown-unknown --profile wasm --target-dir "$WASM_TARGET_DIR" \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
}

# glue <wasm name> <stage dir> <out dir>: wasm-bindgen's glue into the stage, the optimised wasm into out.
glue() {
  local wasm=$1 stage=$2 out=$3
  rm -rf "$stage" && mkdir -p "$stage" "$out"
  wasm-bindgen --target web --out-dir "$stage" --out-name "$wasm" --no-typescript \
    "$WASM_TARGET_DIR/wasm32-unknown-unknown/wasm/$wasm.wasm"
  # Rust's wasm32 target emits these features by default; wasm-opt must be told it may keep them.
  # --low-memory-unused lets wasm-opt fold a pointer's constant offsets into its loads and stores: Rust
  # puts the stack first (it grows down from 1 MiB to 0, the data and heap lie above), so the low 1 KiB
  # is touched only by a stack about to overflow. With --converge: -1.8 KB gzip of the full client.
  # --one-caller-inline-max-function-size=50: wasm-opt inlines a function with one caller only when it
  # is small (by default whatever its size), so the rare paths kept out of line in src/ (#[inline(never)])
  # stay out: V8 compiles each function on its first call, and the first validateEmail of a process
  # compiles 7 KB instead of 12 KB. Smaller too: -0.4 KB /checks, -2.8 KB the full client.
  node_modules/.bin/wasm-opt -Oz --low-memory-unused --converge --one-caller-inline-max-function-size=50 \
    --strip-debug --strip-producers \
    --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
    --enable-reference-types --enable-multivalue \
    -o "$out/${wasm}_bg.wasm" "$stage/${wasm}_bg.wasm"
  # What --low-memory-unused relies on: every data segment at or above 1 MiB, above the stack.
  local lowest
  lowest=$(node_modules/.bin/wasm-dis "$out/${wasm}_bg.wasm" |
    awk '/^ \(data .*\(i32.const [0-9]+\)/ { match($0, /i32.const [0-9]+/); v = substr($0, RSTART + 10, RLENGTH - 10) + 0; if (min == "" || v < min) min = v } END { print min }')
  if [ "${lowest:-0}" -lt 1048576 ]; then
    echo "build.sh: $wasm has data below 1 MiB (at ${lowest:-?}): the stack is no longer first, drop --low-memory-unused" >&2
    exit 1
  fi
}

# variant <stage dir> <out dir> <api module> [cargo feature flags...]
variant() {
  local stage=$1 out=$2 api=$3
  shift 3
  wasm_build -p nylas-agent-accounts "$@"
  glue "$NAME" "$stage" "$out"

  # Each entry is bundled with the glue and the API module into one file: one module to load instead of
  # several (Node's loader costs about a millisecond a module; a browser saves the requests). The glue's
  # default init path uses import.meta, which the CommonJS entry lacks; initSync never reads it.
  cp js/*.js js/*.mjs "$stage/"
  cp "js/$api" "$stage/api.js"
  # The Node entries are not minified: Node prints the source line of an uncaught error, and a minified
  # bundle is one line of 27 KB that buried the error's message (what a newcomer met with a wrong key).
  bundle() { node_modules/.bin/esbuild "$stage/$1" --bundle --keep-names --log-level=warning "${@:3}" --outfile="$out/$2"; }
  bundle node.mjs node.mjs --platform=node --format=esm
  bundle node-require.mjs node.cjs --platform=node --format=cjs --log-override:empty-import-meta=silent
  bundle browser.js browser.js --platform=browser --format=esm --target=es2022 --minify
  bundle browser-manual.js browser-manual.js --platform=browser --format=esm --target=es2022 --minify
  # Workers and Vercel Edge import the .wasm file itself: their bundlers hand it over precompiled.
  bundle worker.js worker.js --platform=neutral --format=esm --target=es2022 '--external:*.wasm' --minify
  bundle edge-light.js edge-light.js --platform=neutral --format=esm --target=es2022 '--external:*.wasm?module' --minify
}

rm -rf "$OUT"
variant target/js-stage "$OUT" api.js --no-default-features --features client
variant target/js-stage-checks "$OUT/checks" checks.js --no-default-features
# nylas-agent-accounts/server: the client plus the server handler, its own wasm (a page that loads the
# client never downloads the handler).
variant target/js-stage-server "$OUT/server" server.js

# nylas-agent-accounts/emulator: the emulator's runtime-free core (emulator/) with its wasm host
# (emulator/wasm/), its own wasm in pkg/emulator/, loaded only by those who import that entry.
emulator_variant() {
  local stage=target/js-stage-emulator out=$OUT/emulator wasm=nylas_emulator_wasm
  wasm_build -p nylas-emulator-wasm
  glue "$wasm" "$stage" "$out"
  cp js/emulator/*.js js/emulator/*.mjs "$stage/"
  ebundle() { node_modules/.bin/esbuild "$stage/$1" --bundle --keep-names --log-level=warning "${@:3}" --outfile="$out/$2"; }
  ebundle node.mjs node.mjs --platform=node --format=esm
  ebundle node-require.mjs node.cjs --platform=node --format=cjs --log-override:empty-import-meta=silent
  ebundle browser.js browser.js --platform=browser --format=esm --target=es2022 --external:node:http --minify
  ebundle worker.js worker.js --platform=neutral --format=esm --target=es2022 '--external:*.wasm' --external:node:http --minify
}
emulator_variant

# The command line (js/cli/): one file with csv-parse bundled in (the package keeps no runtime dependency);
# it imports the package by its own name, which Node resolves to this package's node entry.
node_modules/.bin/esbuild js/cli/main.mjs --bundle --platform=node --format=esm --target=node20 \
  --external:nylas-agent-accounts --log-level=warning --outfile="$OUT/cli.mjs"
chmod +x "$OUT/cli.mjs"

# The declarations: hand-written entry wrappers and the files generated from Rust (scripts/dts.sh).
bash scripts/dts.sh "$OUT"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sed "s/__VERSION__/$version/" js/package.template.json > "$OUT/package.json"
# The package's README is written for its users (js/README.md); the repository's README is for working on it.
cp js/README.md "$OUT/README.md"
cp CHANGELOG.md LICENSE "$OUT/"
# Lets the tests, the demo and the benchmarks import the package by its name, as users do.
ln -sfn ../pkg node_modules/nylas-agent-accounts
download() { echo $(( $(gzip -9c "$1/browser.js" | wc -c) + $(gzip -9c "$1/${NAME}_bg.wasm" | wc -c) )); }
printf 'built %s: a browser downloads %s bytes gzip -9 for the full client, %s for the checks alone (browser.js + wasm)\n' \
  "$OUT" "$(download "$OUT")" "$(download "$OUT/checks")"
