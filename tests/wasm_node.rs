//! The shared case files, run through the JS-facing function under Node.
//!
//! `cargo test --target wasm32-unknown-unknown --test wasm_node`
//! (runner: wasm-bindgen-test-runner, set in .cargo/config.toml).
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod common;
#[macro_use]
#[path = "common/wasm.rs"]
mod wasm_cases;

each_case_file!(wasm_case_tests);
