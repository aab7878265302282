//! The build_payload case files and JS-only checks in headless Chromium,
//! plus a real `<form>`: what its controls send (an unchecked checkbox,
//! a select's "none" option, a multi-select with nothing selected beside a
//! hidden empty `affiliateManagers[]`, a disabled control) becomes the body
//! the conventions of `docs/build_payload.md` promise.
//!
//! `CHROMEDRIVER=/usr/bin/chromedriver
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --test wasm_build_browser`
//! (Chromium's flags come from `webdriver.json` beside Cargo.toml).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/build.rs"]
mod build_cases;
mod common;
#[macro_use]
#[path = "common/build_wasm.rs"]
mod build_wasm;

build_wasm_tests!();

use js_sys::{Function, Reflect};
use serde_json::json;
use wasm_bindgen::{JsCast, JsValue};

/// Calls a method of a JS object.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> JsValue {
    let f: Function = Reflect::get(target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .unwrap_or_else(|| panic!("no {method}"));
    f.apply(target, &args.iter().collect())
        .unwrap_or_else(|e| panic!("{method} threw {e:?}"))
}

/// `document.createElement(tag)` with properties set.
fn element(tag: &str, props: &[(&str, JsValue)]) -> JsValue {
    let document = Reflect::get(&js_sys::global(), &"document".into()).expect("document");
    let el = call(&document, "createElement", &[tag.into()]);
    for (k, v) in props {
        Reflect::set(&el, &(*k).into(), v).expect("set property");
    }
    el
}

fn option(value: &str, selected: bool) -> JsValue {
    element(
        "option",
        &[("value", value.into()), ("selected", selected.into())],
    )
}

#[wasm_bindgen_test::wasm_bindgen_test]
fn a_real_form_follows_the_conventions() {
    let form = element("form", &[]);
    let controls = [
        element(
            "input",
            &[("name", "username".into()), ("value", " jane ".into())],
        ),
        // A hashed-password toggle: hidden 0, then an unchecked checkbox.
        element(
            "input",
            &[
                ("type", "hidden".into()),
                ("name", "isPasswordHashed".into()),
                ("value", "0".into()),
            ],
        ),
        element(
            "input",
            &[
                ("type", "checkbox".into()),
                ("name", "isPasswordHashed".into()),
                ("value", "1".into()),
            ],
        ),
        // "Clear the list" marker, and a multi-select with nothing selected.
        element(
            "input",
            &[
                ("type", "hidden".into()),
                ("name", "affiliateManagers[]".into()),
                ("value", "".into()),
            ],
        ),
        element(
            "select",
            &[
                ("name", "affiliateManagers[]".into()),
                ("multiple", true.into()),
            ],
        ),
        // The main manager: "none" chosen.
        element("select", &[("name", "affiliate_manager_id".into())]),
        // A disabled control sends nothing.
        element(
            "input",
            &[
                ("name", "status".into()),
                ("value", "1".into()),
                ("disabled", true.into()),
            ],
        ),
    ];
    for (n, o) in [("15", false), ("16", false)] {
        call(&controls[4], "append", &[option(n, o)]);
    }
    for (n, o) in [("", true), ("15", false), ("unchanged", false)] {
        call(&controls[5], "append", &[option(n, o)]);
    }
    for c in &controls {
        call(&form, "append", std::slice::from_ref(c));
    }
    let form_data = build_wasm::construct("FormData", &js_sys::Array::of1(&form));
    let options = build_wasm::to_js(&json!({
        "mode": "edit", "userId": 42,
        "current": { "affiliate_manager_id": 15, "affiliateManagers": [15, 16] }
    }));
    let b = tm_user_validator::wasm::build_payload(form_data, options.clone())
        .unwrap_or_else(|e| panic!("threw {:?}", JsValue::from(e)));
    let b = build_wasm::from_js(&b);
    assert_eq!(
        b["payload"],
        json!({ "username": "jane", "affiliateManagers": [], "affiliate_manager_id": "" })
    );
    assert_eq!(b["report"]["affiliateManagers"]["main"], json!(null));
    assert_eq!(b["report"]["affiliateManagers"]["assigned"], json!([]));

    // "Leave as it is": the sentinel option, and no "clear" marker.
    Reflect::set(&controls[5], &"value".into(), &"unchanged".into()).unwrap();
    call(&controls[3], "remove", &[]);
    let form_data = build_wasm::construct("FormData", &js_sys::Array::of1(&form));
    let b = tm_user_validator::wasm::build_payload(form_data, options)
        .unwrap_or_else(|e| panic!("threw {:?}", JsValue::from(e)));
    let b = build_wasm::from_js(&b);
    assert_eq!(b["payload"], json!({ "username": "jane" }));
    assert_eq!(b["report"]["affiliateManagers"]["main"], json!(15));
    assert_eq!(
        b["report"]["affiliateManagers"]["assigned"],
        json!([15, 16])
    );
}
