//! The shared case files, run natively.
#![cfg(not(target_arch = "wasm32"))]

#[macro_use]
mod common;

use common::Input;
use serde_json::Value;
use tm_user_validator::{options_from_json, validate, validate_json};

fn report(input: Input, options: &Value) -> Value {
    let (opts, locale) = options_from_json(options).expect("case options");
    let r = match input {
        Input::Value(v) => validate(v, &opts),
        Input::Text(t) => validate_json(t, &opts),
    };
    serde_json::from_str(&r.to_json(locale)).expect("report JSON")
}

macro_rules! case_tests {
    ($($name:ident),*) => {$(
        #[test]
        fn $name() {
            let (file, text) = common::FILES.iter().find(|(n, _)| *n == stringify!($name)).expect("case file");
            common::run_file(file, text, &report);
        }
    )*};
}

each_case_file!(case_tests);
