#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently, caching them in gitignored folders.
# Safe to run again: each step checks first and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WASM_BINDGEN_VERSION=0.2.130
TOOLS=$ROOT/.tools

log() { printf '[setup] %s\n' "$*"; }

# 1. The wasm target for the machine's one Rust toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

# 1b. The pinned nightly that builds the shipped wasm (scripts/wasm-toolchain says why and which): std
# rebuilt for size with the panic machinery left out. About 15 seconds and 0.8 GB, once.
WASM_TOOLCHAIN=$(sed -n 's/^toolchain=//p' scripts/wasm-toolchain)
if ! rustup run "$WASM_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$WASM_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library" ] \
  || [ ! -d "$(rustup run "$WASM_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown" ]; then
  log "installing $WASM_TOOLCHAIN with rust-src and the wasm32 target (builds the shipped wasm)"
  rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, pinned to the crate's exact version (it must match), cached in .tools/.
if [ "$("$TOOLS/bin/wasm-bindgen" --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION into .tools (about 2 minutes, once)"
  # Not --locked: a locked dependency version is missing from the reachable registry (TOOLCHAIN.md).
  cargo install --quiet --root "$TOOLS" wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 3. Chromium and its driver for the browser tests (Debian's packages).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 4. npm devDependencies (binaryen's wasm-opt, validator.js, typescript, ...).
if [ ! -d node_modules ] || [ package.json -nt node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
  log "installing npm devDependencies"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
  touch node_modules/.setup-stamp
fi
log "tools ready"
