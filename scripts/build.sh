#!/usr/bin/env bash
# Builds the npm package into pkg/: the wasm (smallest profile), its wasm-bindgen glue, wasm-opt -Oz,
# the hand-written entry files and types, and package.json. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"
NAME=nylas_agent_accounts
OUT=pkg

STAGE=target/js-stage
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm -p nylas-agent-accounts
rm -rf "$OUT" "$STAGE" && mkdir -p "$OUT" "$STAGE"
wasm-bindgen --target web --out-dir "$STAGE" --out-name "$NAME" --no-typescript \
  "target/wasm32-unknown-unknown/wasm/$NAME.wasm"
# Rust's wasm32 target emits these features by default; wasm-opt must be told it may keep them.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-multivalue \
  -o "$OUT/${NAME}_bg.wasm" "$STAGE/${NAME}_bg.wasm"

# Each entry is bundled with the glue and js/api.js into one file: one module to load instead of four
# (Node's loader costs about a millisecond a module; a browser saves the requests). The glue's default
# init path uses import.meta, which the CommonJS entry lacks; initSync never reads it.
cp js/*.js js/*.mjs "$STAGE/"
bundle() { node_modules/.bin/esbuild "$STAGE/$1" --bundle --minify --keep-names --log-level=warning "${@:3}" --outfile="$OUT/$2"; }
bundle node.mjs node.mjs --platform=node --format=esm
bundle node-require.mjs node.cjs --platform=node --format=cjs --log-override:empty-import-meta=silent
bundle browser.js browser.js --platform=browser --format=esm --target=es2022
bundle browser-manual.js browser-manual.js --platform=browser --format=esm --target=es2022
# Workers and Vercel Edge import the .wasm file itself: their bundlers hand it over precompiled.
bundle worker.js worker.js --platform=neutral --format=esm --target=es2022 '--external:*.wasm'
bundle edge-light.js edge-light.js --platform=neutral --format=esm --target=es2022 '--external:*.wasm?module'
# One declaration file: the checks' types, the API objects, then the client (the files have no imports:
# each refers to the others' types by name).
cat js/index.d.ts js/client-objects.d.ts js/client-objects-more.d.ts js/client.d.ts > "$OUT/index.d.ts"
cp "$OUT/index.d.ts" "$OUT/index.d.cts"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sed "s/__VERSION__/$version/" js/package.template.json > "$OUT/package.json"
cp README.md LICENSE "$OUT/"
# Lets the tests, the demo and the benchmarks import the package by its name, as users do.
ln -sfn ../pkg node_modules/nylas-agent-accounts
printf 'built %s: %s bytes wasm; a browser downloads %s bytes gzip -9 (browser.js + wasm)\n' "$OUT" \
  "$(wc -c < "$OUT/${NAME}_bg.wasm")" "$(cat "$OUT/browser.js" "$OUT/${NAME}_bg.wasm" | gzip -9 | wc -c)"
