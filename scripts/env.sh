# Sourced by the Makefile recipes: puts cargo-installed tools and npm's wasm-opt on PATH so that
# Trunk finds the pinned versions and never tries to download them.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
