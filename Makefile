# Alliance Lab: the two commands of the README's quick start, and their building blocks.
# Every target but test-native first installs what is missing (scripts/setup.sh), so a fresh Debian machine
# with Rust needs nothing else; when everything is there, setup takes a few seconds.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: serve test setup setup-test build bench bench-browser test-native test-lint test-wasm test-e2e

## Serve the app with the default scenario on http://127.0.0.1:8080
serve: setup
	$(ENV) trunk serve --release --offline

## Run every test: native (formatting, lints, docs, tests), wasm32 lints, wasm tests in
## Chromium, end-to-end tests, in that order
test: setup-test
	$(ENV) scripts/test.sh native lint wasm e2e

## The fast loop: formatting, native lints, API docs and the native tests (cargo only)
test-native:
	$(ENV) scripts/test.sh native

## Lints for wasm32 (clippy on the web app and the browser tests)
test-lint: setup
	$(ENV) scripts/test.sh lint

## The wasm tests in headless Chromium (wasm-bindgen-test)
test-wasm: setup-test
	$(ENV) scripts/test.sh wasm

## The release build of the app and the CLI's build, then the end-to-end tests in headless Chromium
test-e2e: setup-test
	$(ENV) scripts/test.sh e2e

setup:
	@scripts/setup.sh serve

setup-test:
	@scripts/setup.sh test

## The release build of the web app into dist/
build: setup
	$(ENV) trunk build --release --offline

## Benchmarks: criterion natively, then the ensemble in headless Chromium against the CLI
bench: setup-test
	$(ENV) cargo bench --bench model
	$(MAKE) bench-browser

## The ensemble of 1,000 runs in one Web Worker in headless Chromium, interleaved with the CLI,
## then the app's own 1,000-run ensemble with 1 and N workers, after load and warm
bench-browser: setup-test
	$(ENV) trunk build --release --offline && cargo build --release --bin alliance-lab && node benches/browser.mjs
