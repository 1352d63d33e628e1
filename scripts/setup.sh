#!/usr/bin/env bash
# Installs whatever Alliance Lab's build and tests need and is missing, then returns quickly
# when everything is already there. Usage: scripts/setup.sh [serve|test]
#   serve: the wasm32 target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen)
#   test:  all of the above plus Debian's chromium and chromium-driver and the npm test tools
set -euo pipefail
cd "$(dirname "$0")/.."

purpose="${1:-serve}"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\033[31merror: %s\033[0m\n' "$1" >&2
  printf 'how to fix: %s\n' "$2" >&2
  exit 1
}

command -v cargo >/dev/null || fail "cargo is not on PATH" \
  "install Rust with rustup (https://rustup.rs) and open a new shell, or run: source \$HOME/.cargo/env"
command -v rustup >/dev/null || fail "rustup is not on PATH" "install Rust with rustup, which also manages the wasm32 target"

# The wasm32 target compiles the model and the web app for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "rustup could not add the wasm32 target" \
    "check the network connection to the Rust distribution server and run: rustup target add wasm32-unknown-unknown"
fi

# Trunk builds and serves the web app. 0.22 needs a newer rustc than 1.95, so stay on 0.21.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk $TRUNK_VERSION (takes about 9 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION" || fail "cargo could not install trunk" \
    "make sure crates.io is reachable and gcc is installed (apt-get install -y build-essential), then rerun"
fi

# wasm-bindgen-cli must match the wasm-bindgen library version in Cargo.lock exactly.
# `--locked` is left out on purpose: the lock file it ships pins a crate that is no longer
# in the registry.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || fail "Cargo.lock names no wasm-bindgen version" "run cargo generate-lockfile"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "=$bindgen_version" || fail "cargo could not install wasm-bindgen-cli" \
    "make sure crates.io is reachable, then rerun"
fi
grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml || fail \
  "Trunk.toml pins a wasm-bindgen version other than Cargo.lock's $bindgen_version" \
  "set [tools] wasm_bindgen = \"$bindgen_version\" in Trunk.toml"

# Trunk builds with --offline so that it never downloads tools; cargo then needs every crate
# already in its cache, for the browser target too. `cargo fetch` returns at once when they are.
cargo fetch --quiet || fail "cargo could not download the crates in Cargo.lock" \
  "make sure crates.io is reachable, then rerun"

# npm brings wasm-opt (binaryen 132; Debian's binaryen is too old for current rustc output)
# and the end-to-end test tools. `npm ci` runs only when package-lock.json changed.
command -v npm >/dev/null || fail "npm is not installed" "apt-get install -y nodejs npm"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund || fail "npm could not install the packages" \
    "make sure the npm registry is reachable, then rerun"
fi

if [ "$purpose" = test ]; then
  # Browser tests drive Debian's Chromium; test tools never download a browser of their own.
  # The debrief test reads the PDF Chromium prints with poppler's pdftotext.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null; then
    say "installing Debian's chromium, chromium-driver and poppler-utils"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q \
      && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver poppler-utils \
      || fail "apt-get could not install chromium, chromium-driver and poppler-utils" \
        "run as root (or with sudo): apt-get update && apt-get install -y chromium chromium-driver poppler-utils"
  fi
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt
fi
