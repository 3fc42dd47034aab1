#!/usr/bin/env bash
# Installs the runtimes and bundlers the runtime matrix and the peers benchmark run (workerd, wrangler,
# Deno, Bun, edge-runtime, esbuild, Vite, playwright-core: tests/runtimes/tools/package.json) into
# .cache/runtimes/, once: again only when that pinned list changes. Prints the folder of their binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
LIST=tests/runtimes/tools/package.json
TOOLS=.cache/runtimes
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_audit=false npm_config_fund=false
if ! cmp -s "$LIST" "$TOOLS/package.json" || [ ! -f "$TOOLS/node_modules/.installed" ]; then
  printf '[runtimes] installing runtimes into %s (once)\n' "$TOOLS" >&2
  mkdir -p "$TOOLS" && cp "$LIST" "$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund --loglevel=error >&2)
  touch "$TOOLS/node_modules/.installed"
fi
echo "$PWD/$TOOLS/node_modules/.bin"
