#!/usr/bin/env bash
# Makes (once) the virtualenv with the official Nylas Python SDK under the gitignored .cache/, and
# prints its python. The SDK is pinned: a second, independent client of the emulator and of our
# client's requests, not a dependency of the package. Reinstalls only when it is missing or another version.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=6.18.0
VENV=$ROOT/.cache/python-sdk
PY=$VENV/bin/python

have() {
  [ -x "$PY" ] && [ "$("$PY" -c 'import importlib.metadata as m; print(m.version("nylas"))' 2>/dev/null)" = "$VERSION" ]
}
if ! have; then
  echo "[python-sdk] installing nylas==$VERSION into $VENV" >&2
  python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --disable-pip-version-check "nylas==$VERSION" >&2
  have || { echo "[python-sdk] nylas==$VERSION did not install" >&2; exit 1; }
fi
echo "$PY"
