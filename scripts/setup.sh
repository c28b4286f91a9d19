#!/usr/bin/env bash
# Installs what the project needs and skips whatever is already there at the right version.
# Safe to run again and again.
#
#   scripts/setup.sh          what building and serving need: the wasm32 target,
#                             wasm-bindgen-cli, trunk, and the npm packages (wasm-opt, terser,
#                             the HTML and CSS minifiers)
#   scripts/setup.sh --test   the same, plus what testing adds: Chromium and ChromeDriver
#                             (wasm-bindgen-test-runner comes with wasm-bindgen-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

for_tests=false
case "${1:-}" in
  --test) for_tests=true ;;
  "") ;;
  *) echo "usage: scripts/setup.sh [--test]" >&2; exit 2 ;;
esac

step() { printf '==> %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# Node runs the build's post-build hook and the end-to-end tests; package.json's "engines"
# is the one place its minimum is written.
node_minimum=$(sed -n 's/.*"node": ">=\([0-9]*\)".*/\1/p' package.json)
command -v node >/dev/null 2>&1 ||
  fail "Node.js $node_minimum or newer is needed (with npm); none was found on PATH."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge "$node_minimum" ] ||
  fail "Node.js $node_minimum or newer is needed; this is $(node --version). Install a newer Node.js and run again."
step "node $(node --version): present (needs >= $node_minimum)"

# Tool versions have one source each: Cargo.toml's wasm-bindgen pin and package.json's
# binaryen. Trunk.toml must name the same ones, or Trunk tries to download its own.
wasm_bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
grep -q "^wasm_bindgen = \"$wasm_bindgen_version\"" Trunk.toml ||
  fail "Trunk.toml's wasm_bindgen must equal Cargo.toml's wasm-bindgen pin ($wasm_bindgen_version)"
binaryen_major=$(sed -n 's/.*"binaryen": "\([0-9]*\)\..*/\1/p' package.json)
grep -q "^wasm_opt = \"version_$binaryen_major\"" Trunk.toml ||
  fail "Trunk.toml's wasm_opt must be \"version_$binaryen_major\", package.json's binaryen"
trunk_version=0.21.14

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32-unknown-unknown target: present"
else
  step "wasm32-unknown-unknown target: installing"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wasm_bindgen_version" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $wasm_bindgen_version" ]; then
  step "wasm-bindgen-cli $wasm_bindgen_version: present"
else
  step "wasm-bindgen-cli $wasm_bindgen_version: installing"
  # Without --locked: the CLI's lockfile does not resolve against today's registry.
  cargo install wasm-bindgen-cli --version "=$wasm_bindgen_version" --force
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $trunk_version" ]; then
  step "trunk $trunk_version: present"
else
  step "trunk $trunk_version: installing"
  cargo install trunk --version "=$trunk_version" --locked --no-default-features --force
fi

# npm ci only when an installed package differs from the lockfile's version.
if node -e '
  const lock = require("./package-lock.json").packages;
  for (const [path, entry] of Object.entries(lock)) {
    if (!path) continue;
    try {
      if (require("./" + path + "/package.json").version !== entry.version) process.exit(1);
    } catch { process.exit(1); }
  }' 2>/dev/null; then
  step "npm packages: present"
else
  step "npm packages: installing"
  npm ci --no-audit --no-fund
fi

if ! $for_tests; then
  exit 0
fi

major() { "$1" --version 2>/dev/null | grep -o '[0-9][0-9]*\.' | head -n1; }
if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] && [ "$(major "$CHROMIUM")" = "$(major "$CHROMEDRIVER")" ]; then
  step "chromium and chromedriver: present"
else
  step "chromium and chromedriver: installing"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi
