#!/usr/bin/env bash
# Runs every test of Alliance Lab, in order of speed, and stops at the first failure with the
# name of the step that failed. Called by `make test` after scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
step_name=""
started=$SECONDS
trap 'status=$?; [ $status -eq 0 ] || printf "\n\033[31mFAILED: %s (exit %s)\033[0m\n" "$step_name" "$status" >&2' EXIT

step() {
  step_name="$1"
  printf '\n\033[1m==> %s\033[0m\n' "$step_name"
}

step "formatting (cargo fmt --check)"
cargo fmt --all --check

step "lints, native (cargo clippy --all-targets)"
cargo clippy --all-targets --quiet -- -D warnings

step "lints, wasm32 (cargo clippy --target wasm32-unknown-unknown --all-targets)"
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "API docs with warnings denied (cargo doc)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet

step "native tests (cargo test)"
cargo test --quiet

step "wasm tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test browser

step "release build of the web app (trunk build --release --offline)"
trunk build --release --offline

step "release build of the CLI (the end-to-end tests compare the browser with it)"
cargo build --release --quiet --bin alliance-lab

step "end-to-end tests in headless Chromium (playwright-core)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

step_name=""
printf '\n\033[32mAll tests passed in %d s.\033[0m\n' $((SECONDS - started))
