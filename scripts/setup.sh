#!/usr/bin/env bash
# Installs what building and testing need, and skips whatever is already there at the
# right version: the wasm32 target, wasm-bindgen-cli, trunk, Chromium with ChromeDriver, and
# the npm packages (wasm-opt, Playwright). Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The CLI must equal the wasm-bindgen crate exactly; Cargo.toml's pin is the one source.
wasm_bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
trunk_version=0.21.14

if ! grep -q "^wasm_bindgen = \"$wasm_bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml's wasm_bindgen must equal Cargo.toml's wasm-bindgen pin ($wasm_bindgen_version)" >&2
  exit 1
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

step() { printf '==> %s\n' "$*"; }

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

major() { "$1" --version 2>/dev/null | grep -o '[0-9][0-9]*\.' | head -n1; }
if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] && [ "$(major "$CHROMIUM")" = "$(major "$CHROMEDRIVER")" ]; then
  step "chromium and chromedriver: present"
else
  step "chromium and chromedriver: installing"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
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
