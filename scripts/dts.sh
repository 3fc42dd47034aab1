#!/usr/bin/env bash
# The declaration step of scripts/build.sh, alone (for `tsc -p tests/ts` after a declaration change):
# the entry wrappers written by hand with the files generated from Rust by src/typescript.rs. The files
# have no imports: each refers to the others' types by name. The checks entry re-exports its part.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-pkg}
cat js/index.d.ts js/generated.d.ts js/objects.generated.d.ts js/client.d.ts \
  js/resources.generated.d.ts > "$OUT/index.d.ts"
cp "$OUT/index.d.ts" "$OUT/index.d.cts"
cp js/checks.d.ts "$OUT/checks/index.d.ts"
sed "s#'../index.js'#'../index.cjs'#" js/checks.d.ts > "$OUT/checks/index.d.cts"
cat js/server.d.ts js/server.generated.d.ts > "$OUT/server/index.d.ts"
sed "s#'../index.js'#'../index.cjs'#" "$OUT/server/index.d.ts" > "$OUT/server/index.d.cts"
cat js/emulator.d.ts js/emulator.generated.d.ts > "$OUT/emulator/index.d.ts"
cp "$OUT/emulator/index.d.ts" "$OUT/emulator/index.d.cts"
