//! The wasm runs' way into the validator: through the JS-facing
//! `tm_user_validator::wasm::validate_user_payload`, with the body as a JS
//! object (or, for a `json` case, a JS string) and the options as a JS object,
//! exactly as a page would call it. Included by `tests/wasm_node.rs` and
//! `tests/wasm_browser.rs`, so both engines run one body of assertions.

use serde_json::Value;
use wasm_bindgen::JsValue;

use crate::common::Input;

/// A JSON value as the JS value `JSON.parse` makes of it.
fn to_js(value: &Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string())
        .unwrap_or_else(|e| panic!("JSON.parse refused {value}: {e:?}"))
}

/// A JS value back as JSON, through `JSON.stringify`.
fn from_js(value: &JsValue) -> Value {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| panic!("JSON.stringify refused the report: {value:?}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("report is not JSON ({e}): {text}"))
}

/// The report for one case input, as JSON in the JS contract's shape.
pub fn report(input: Input, options: &Value) -> Value {
    let payload = match input {
        Input::Value(v) => to_js(v),
        Input::Text(t) => JsValue::from_str(t),
    };
    let options = match options {
        Value::Null => JsValue::UNDEFINED,
        o => to_js(o),
    };
    match tm_user_validator::wasm::validate_user_payload(payload, options) {
        Ok(report) => from_js(&report),
        Err(e) => panic!("validate_user_payload threw: {:?}", JsValue::from(e)),
    }
}

/// One `#[wasm_bindgen_test]` per case file, so each file passes or fails
/// on its own; `every_case_file_has_a_test` keeps the list equal to
/// `common::FILES`.
macro_rules! wasm_case_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[wasm_bindgen_test::wasm_bindgen_test]
            fn $name() {
                let name = stringify!($name);
                let (file, text) = common::FILES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .unwrap_or_else(|| panic!("no case file {name}"));
                common::run_file(file, text, &wasm_cases::report);
            }
        )*

        /// Every code's message in every locale, rendered by the wasm
        /// build itself: filled, and not the English text.
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn every_code_renders_in_every_locale() {
            use tm_user_validator::{messages::render, Locale};
            for (kind, path) in tm_user_validator::issue::samples() {
                let english = render(&kind, &path, Locale::En);
                for &locale in Locale::ALL {
                    let m = render(&kind, &path, locale);
                    assert!(!m.trim().is_empty() && !m.contains(['{', '}']), "{locale:?}: {m}");
                    if locale != Locale::En {
                        assert_ne!(m, english, "{locale:?}: English left");
                    }
                }
            }
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn every_case_file_has_a_test() {
            let tested = [$(stringify!($name)),*];
            let files: Vec<&str> = common::FILES.iter().map(|(n, _)| *n).collect();
            assert_eq!(files, tested, "tests/common/wasm.rs: list every case file");
        }
    };
}
