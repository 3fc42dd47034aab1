#!/usr/bin/env bash
# Builds the npm package into pkg/: the wasm (smallest profile), its wasm-bindgen glue, wasm-opt -Oz,
# the hand-written entry files and types, and package.json. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"
NAME=nylas_agent_accounts
OUT=pkg

cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm -p nylas-agent-accounts
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name "$NAME" --no-typescript \
  "target/wasm32-unknown-unknown/wasm/$NAME.wasm"
# Rust's wasm32 target emits these features by default; wasm-opt must be told it may keep them.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-multivalue \
  -o "$OUT/${NAME}_bg.wasm" "$OUT/${NAME}_bg.wasm"

cp js/api.js js/errors.js js/node.mjs js/browser.js js/index.d.ts "$OUT/"
cp js/index.d.ts "$OUT/index.d.cts"
# The CommonJS entry: bundled from beside the generated glue, which it imports. The glue's default
# init path uses import.meta, which CommonJS lacks; initSync never reads it.
cp js/node-require.mjs "$OUT/node-require.mjs"
node_modules/.bin/esbuild "$OUT/node-require.mjs" --bundle --platform=node --format=cjs --log-level=warning \
  --log-override:empty-import-meta=silent --outfile="$OUT/node.cjs"
rm "$OUT/node-require.mjs"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sed "s/__VERSION__/$version/" js/package.template.json > "$OUT/package.json"
cp README.md "$OUT/README.md" 2>/dev/null || true
# Lets the tests, the demo and the benchmarks import the package by its name, as users do.
ln -sfn ../pkg node_modules/nylas-agent-accounts
printf 'built %s: %s bytes wasm, %s bytes gzip -9 (wasm + glue + api)\n' "$OUT" \
  "$(wc -c < "$OUT/${NAME}_bg.wasm")" \
  "$(cat "$OUT/${NAME}_bg.wasm" "$OUT/$NAME.js" "$OUT/api.js" "$OUT/errors.js" "$OUT/browser.js" | gzip -9 | wc -c)"
