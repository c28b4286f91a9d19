#!/usr/bin/env bash
# Every check, in the order that fails fastest: format, lints for both targets, native
# tests, browser tests, the release build, then end-to-end tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, native (with the build step's preview rendering)"
cargo clippy --all-targets --features preview -- -D warnings

step "clippy, wasm32"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "clippy, wasm32, the first screen's build (without the site feature)"
cargo clippy --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "native tests: model, golden cases, properties"
cargo test

step "the data snapshot's refresh, on recorded responses"
node --test tests/refresh/*.test.mjs

step "the build's own steps: the script before the first paint, the wasm's short names"
node --test tests/build/*.test.mjs

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown

step "release build: the site, the widget in embed/ and the full calculator's module"
trunk build --release

step "size guard: each module's largest functions, and no float formatting or parsing"
node scripts/wasm-symbols.mjs target/wasm32-unknown-unknown/release/first.wasm
node scripts/wasm-symbols.mjs target/full/wasm32-unknown-unknown/release/mining-vs-ai.wasm

step "the site built for a sub-path, as for GitHub Pages"
make --no-print-directory site PUBLIC_URL=/mining-vs-ai/ SITE_DIR=target/site-subpath \
  SITE_URL=https://example.org/mining-vs-ai/

step "the site built on a refreshed data snapshot, for pinned links"
node tests/e2e/refreshed-data.mjs target/refreshed-data
MVA_DATA_DIR="$PWD/target/refreshed-data" make --no-print-directory site SITE_DIR=target/site-refreshed

step "end-to-end tests: Playwright against the built sites on 127.0.0.1"
# Files by name: `node --test <folder>` runs nothing on Node 21 and newer. A test that hangs
# fails after five minutes instead of holding the run.
node --test --test-timeout=300000 tests/e2e/*.test.mjs
