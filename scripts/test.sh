#!/usr/bin/env bash
# Runs the tests of Alliance Lab in stages, in order of speed, and stops at the first failure
# with the name of the step that failed. Called by the Makefile after scripts/setup.sh:
#   scripts/test.sh native   formatting, native lints, API docs, native tests (the fast loop)
#   scripts/test.sh lint     lints for wasm32
#   scripts/test.sh wasm     the wasm tests in headless Chromium
#   scripts/test.sh e2e      the release build of the app, the CLI, then the end-to-end tests
# Several stages run in the order given; without arguments, all four (`make test`).
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
step_name=""
started=$SECONDS
step_started=$SECONDS
trap 'status=$?; [ $status -eq 0 ] || printf "\n\033[31mFAILED: %s (exit %s)\033[0m\n" "$step_name" "$status" >&2' EXIT

# Each step says how long the one before it took, so that a slow test command shows where
# its time goes (docs/PERFORMANCE.md, "The test command").
step() {
  step_done
  step_name="$1"
  step_started=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$step_name"
}

step_done() {
  [ -z "$step_name" ] || printf '\033[2m    (%s: %d s)\033[0m\n' "$step_name" $((SECONDS - step_started))
}

native() {
  step "formatting (cargo fmt --check)"
  cargo fmt --all --check

  step "lints, native (cargo clippy --all-targets)"
  cargo clippy --all-targets --quiet -- -D warnings

  step "API docs with warnings denied (cargo doc)"
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet

  step "native tests (cargo test)"
  cargo test --quiet
}

lint() {
  step "lints, wasm32 (cargo clippy --target wasm32-unknown-unknown --all-targets)"
  cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
}

wasm() {
  step "wasm tests in headless Chromium (wasm-bindgen-test)"
  cargo test --target wasm32-unknown-unknown --test browser
}

e2e() {
  step "release build of the web app (trunk build --release --offline)"
  trunk build --release --offline

  # The native tests build the CLI (with the test profile, which optimises); when they ran
  # first this step finds everything built.
  step "the CLI as the native tests build it (the end-to-end tests compare the browser with it)"
  cargo test --no-run --quiet

  step "end-to-end tests in headless Chromium (playwright-core)"
  node --test --test-concurrency=1 tests/e2e/*.test.mjs
}

stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(native lint wasm e2e)
for stage in "${stages[@]}"; do
  case "$stage" in
    native | lint | wasm | e2e) "$stage" ;;
    *)
      step_name="unknown stage '$stage' (use native, lint, wasm or e2e)"
      exit 2
      ;;
  esac
done

step_done
step_name=""
printf '\n\033[32mPassed (%s) in %d s.\033[0m\n' "${stages[*]}" $((SECONDS - started))
