//! The web entry point, built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    alliance_lab::ui::start();
}

// The web app runs only in a browser; natively this binary exists only because one Cargo
// package builds both targets, so it does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
