//! The build_payload case files and JS-only checks, run through the
//! JS-facing `build_payload` under Node: fields as pairs, plain objects,
//! form-encoded strings, `URLSearchParams` and `FormData`.
//!
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --test wasm_build_node`
#![cfg(target_arch = "wasm32")]

#[path = "common/build.rs"]
mod build_cases;
mod common;
#[macro_use]
#[path = "common/build_wasm.rs"]
mod build_wasm;

build_wasm_tests!();
