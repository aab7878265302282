//! The wasm runs' way into `build_payload`: through the JS-facing
//! `tm_user_validator::wasm::build_payload`, with the fields as a page
//! would pass them — a JS value made by `JSON.parse` (pairs or a plain
//! object), a form-encoded string, a `URLSearchParams` or a `FormData`
//! (files as `File`s) built with the engine's own constructors. Included by
//! `tests/wasm_build_node.rs` and `tests/wasm_build_browser.rs`, so both
//! engines run one body of assertions.

use js_sys::{Array, Function, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

use crate::build_cases::{self, Form};

/// Every form the engines can give fields in.
pub const FORMS: &[Form] = &[Form::Json, Form::Query, Form::SearchParams, Form::Entries];

/// A JSON value as the JS value `JSON.parse` makes of it.
pub fn to_js(value: &Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string())
        .unwrap_or_else(|e| panic!("JSON.parse refused {value}: {e:?}"))
}

/// A JS value back as JSON, through `JSON.stringify`.
pub fn from_js(value: &JsValue) -> Value {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| panic!("JSON.stringify refused {value:?}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// `new globalThis[name](...args)`.
pub fn construct(name: &str, args: &Array) -> JsValue {
    let ctor: Function = Reflect::get(&js_sys::global(), &name.into())
        .ok()
        .and_then(|c| c.dyn_into().ok())
        .unwrap_or_else(|| panic!("no global {name}"));
    Reflect::construct(&ctor, args).unwrap_or_else(|e| panic!("new {name} threw: {e:?}"))
}

/// `target.append(name, value)`.
pub fn append(target: &JsValue, name: &str, value: &JsValue) {
    let f: Function = Reflect::get(target, &"append".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .unwrap_or_else(|| panic!("no append"));
    f.call2(target, &name.into(), value)
        .unwrap_or_else(|e| panic!("append threw: {e:?}"));
}

/// A case's pairs in a `URLSearchParams` or a `FormData`.
fn collection(ctor: &str, pairs: &[(String, Value)]) -> JsValue {
    let target = construct(ctor, &Array::new());
    for (name, value) in pairs {
        let v = match build_cases::file_name(value) {
            Some(file) => construct("File", &Array::of2(&Array::of1(&"".into()), &file.into())),
            None => JsValue::from_str(value.as_str().unwrap_or_default()),
        };
        append(&target, name, &v);
    }
    target
}

/// Builds a case's fields given in one form; the `Built` object as JSON,
/// with `stringified`: the engine's `JSON.stringify(payload, null, 2)`.
pub fn built(form: Form, fields: &Value, options: &Value) -> Value {
    let pairs = || build_cases::pairs(fields).expect("pairs");
    let js_fields = match form {
        Form::Json => to_js(fields),
        Form::Query => JsValue::from_str(&build_cases::query(&pairs())),
        Form::SearchParams => collection("URLSearchParams", &pairs()),
        Form::Entries => collection("FormData", &pairs()),
    };
    let options = match options {
        Value::Null => JsValue::UNDEFINED,
        o => to_js(o),
    };
    let b = tm_user_validator::wasm::build_payload(js_fields, options)
        .unwrap_or_else(|e| panic!("build_payload threw: {:?}", JsValue::from(e)));
    let payload = Reflect::get(&b, &"payload".into()).expect("payload");
    let stringified =
        js_sys::JSON::stringify_with_replacer_and_space(&payload, &JsValue::NULL, &2.into())
            .ok()
            .and_then(|s| s.as_string())
            .expect("JSON.stringify(payload)");
    let mut out = from_js(&b);
    if let Value::Object(o) = &mut out {
        o.insert("stringified".into(), Value::String(stringified));
    }
    out
}

/// The message of a thrown JS error.
pub fn message(error: JsValue) -> String {
    Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_default()
}

/// One `#[wasm_bindgen_test]` per concern, shared by the Node and browser
/// files.
macro_rules! build_wasm_tests {
    () => {
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn build_cases_in_every_form() {
            for (name, text) in build_cases::BUILD_FILES {
                build_cases::run_build_file(name, text, build_wasm::FORMS, &build_wasm::built);
            }
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn hostile_names_alter_no_prototype() {
            use js_sys::{Object, Reflect};
            use wasm_bindgen::JsValue;
            let fd = build_wasm::construct("FormData", &js_sys::Array::new());
            for name in [
                "__proto__[polluted]",
                "constructor[prototype][polluted]",
                "profile[__proto__][polluted]",
                "profile.prototype.polluted",
            ] {
                build_wasm::append(&fd, name, &"yes".into());
            }
            let b = tm_user_validator::wasm::build_payload(fd, JsValue::UNDEFINED)
                .unwrap_or_else(|e| panic!("threw {:?}", JsValue::from(e)));
            let payload: Object = Reflect::get(&b, &"payload".into()).unwrap().into();
            assert!(!Reflect::has(&Object::new(), &"polluted".into()).unwrap());
            assert_eq!(
                Object::get_prototype_of(&payload),
                Object::get_prototype_of(&Object::new())
            );
            assert!(Object::has_own(&payload, &"__proto__".into()));
            let profile: Object = Reflect::get(&payload, &"profile".into()).unwrap().into();
            assert!(Object::has_own(&profile, &"__proto__".into()));
            let warnings = build_wasm::from_js(&Reflect::get(&b, &"report".into()).unwrap())
                ["warnings"]
                .clone();
            let suspicious = warnings
                .as_array()
                .unwrap()
                .iter()
                .filter(|w| w["code"] == "suspicious_key")
                .count();
            assert_eq!(suspicious, 5, "{warnings}");
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn bad_options_throw_naming_the_option() {
            use wasm_bindgen::JsValue;
            let opts = build_wasm::to_js(&serde_json::json!({ "mode": "delete" }));
            let err = tm_user_validator::wasm::build_payload(JsValue::UNDEFINED, opts)
                .expect_err("a bad mode throws");
            assert!(build_wasm::message(err.into()).contains("`mode`"));
            let opts = build_wasm::to_js(&serde_json::json!({ "mode": "edit", "userId": 0 }));
            let err = tm_user_validator::wasm::build_payload(JsValue::UNDEFINED, opts)
                .expect_err("userId 0 throws");
            assert!(build_wasm::message(err.into()).contains("`userId`"));
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn fields_that_are_no_form_never_throw() {
            use wasm_bindgen::JsValue;
            let cyclic = js_sys::Object::new();
            js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
            for fields in [JsValue::from(5), JsValue::TRUE, cyclic.into(), JsValue::symbol(None)] {
                let b = tm_user_validator::wasm::build_payload(fields, JsValue::UNDEFINED)
                    .unwrap_or_else(|e| panic!("threw {:?}", JsValue::from(e)));
                let b = build_wasm::from_js(&b);
                assert_eq!(b["payload"], serde_json::json!({}));
                assert_eq!(b["report"]["errors"][0]["code"], "unreadable_fields", "{b}");
            }
            let b = tm_user_validator::wasm::build_payload(JsValue::NULL, JsValue::UNDEFINED).unwrap();
            assert_eq!(build_wasm::from_js(&b)["payload"], serde_json::json!({}));
        }
    };
}
