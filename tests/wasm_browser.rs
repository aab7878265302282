//! The shared case files, run through the JS-facing function in headless
//! Chromium.
//!
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown --test wasm_browser`; Chromium's flags come from
//! `webdriver.json` beside Cargo.toml.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[macro_use]
mod common;
#[macro_use]
#[path = "common/wasm.rs"]
mod wasm_cases;

each_case_file!(wasm_case_tests);
