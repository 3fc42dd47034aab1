#!/usr/bin/env bash
# The official Nylas Python SDK (nylas==6.18.0) against the emulator, as the Node SDK's suite does:
# emulator/tests-py/official_sdk.py drives every Agent Accounts resource the SDK has and fails on any
# answer it can't handle (except the SDK's own documented bugs, listed in the script).
# The emulator runs on a free 127.0.0.1 port and is stopped after (scripts/with-emulator.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PY=$(bash scripts/python-sdk-venv.sh)

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# No --auto-connector: the script creates the nylas connector itself, as a client must. Rate limits off:
# the SDK has no retry, and a run's pace must not decide whether it passes.
NYLAS_SERVICE_ACCOUNT_FILE=$dir/service-account.json scripts/with-emulator.sh \
  --test-hooks --domain acme.nylas.email --service-account-out "$dir/service-account.json" \
  --rate-limit 0 --grant-rate-limit 0 -- "$PY" emulator/tests-py/official_sdk.py
