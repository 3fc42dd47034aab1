#!/usr/bin/env bash
# The API reference: HTML from the package's TypeScript declarations (pkg/*.d.ts, the published contract),
# by TypeDoc, into docs/api/ (gitignored). Fails when a public item (function, class, option, result
# field, error code type) has no documentation comment, when a function or class has no @example, or when a
# {@link} is broken. Offline: TypeDoc comes from the pinned list docs/tools/ into .cache/docs-tools/, once.
#
#   bash scripts/docs.sh        (after scripts/build.sh; `make docs` does both)
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=.cache/docs-tools
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_audit=false npm_config_fund=false
[ -f pkg/index.d.ts ] || bash scripts/build.sh
if ! cmp -s docs/tools/package-lock.json "$TOOLS/package-lock.json" || [ ! -x "$TOOLS/node_modules/.bin/typedoc" ]; then
  printf '[docs] installing TypeDoc into %s (once)\n' "$TOOLS" >&2
  rm -rf "$TOOLS" && mkdir -p "$TOOLS" && cp docs/tools/package.json docs/tools/package-lock.json "$TOOLS/"
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
rm -rf docs/api
"$TOOLS/node_modules/.bin/typedoc" --options typedoc.json
node scripts/docs-examples.mjs docs/api/reference.json
echo "[docs] API reference in docs/api/index.html"
