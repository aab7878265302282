//! The validator's test vectors, shared by the native and the wasm (Node
//! and Chromium) runs: one body of assertions, each run giving the function
//! that turns `(body, options)` into the JS contract's report.
//!
//! A case file is JSON: `{"cases": [case, …]}`, a case being
//!
//! ```json
//! { "name": "…",
//!   "options": { "mode": "edit", "userId": 5, "today": "2026-12-04", … },
//!   "body": { … }            // or "json": "text to parse"
//!   "errors":   [["/path", "code"], …],        // exactly these, in order
//!   "warnings": [["/path", "code"], …],        // exactly these, in order
//!   "notices":  [["/path", "code"], …],        // checked when given
//!   "fields":   ["form field of each error"],  // checked when given
//!   "params":   [{…params of each error}],     // checked when given
//!   "messages": ["message of each error"],     // exact, in options.locale; checked when given
//!   "warning_fields", "warning_params", "warning_messages": the same for warnings
//!   "affiliateManagers": { "main": 15, "assigned": [15, 16], … } // checked when given (keys given only)
//! }
//! ```

#![allow(dead_code)]

use serde_json::{json, Value};

/// Every case file, by name.
pub const FILES: &[(&str, &str)] = &[
    ("top_level", include_str!("../cases/top_level.json")),
    ("status", include_str!("../cases/status.json")),
    ("password", include_str!("../cases/password.json")),
    ("profile", include_str!("../cases/profile.json")),
    ("payment", include_str!("../cases/payment.json")),
    ("iban_registry", include_str!("../cases/iban_registry.json")),
    ("affiliate", include_str!("../cases/affiliate.json")),
    ("document", include_str!("../cases/document.json")),
    ("locales", include_str!("../cases/locales.json")),
];

/// Calls the macro `$m` with the name of every case file of [`FILES`], so
/// each harness (native, wasm under Node, wasm in Chromium) has one test per
/// file from this one list. Keep it equal to `FILES`; the wasm harnesses
/// check that.
#[allow(unused_macros)] // used by the wasm harnesses, not by every test binary
macro_rules! each_case_file {
    ($m:ident) => {
        $m!(
            top_level,
            status,
            password,
            profile,
            payment,
            iban_registry,
            affiliate,
            document,
            locales
        );
    };
}

/// The input of one case: the body (a value, or JSON text) and the options.
pub enum Input<'a> {
    /// A JSON value (a JS object under wasm).
    Value(&'a Value),
    /// JSON text.
    Text(&'a str),
}

/// The cases of a case file; panics (the test fails) when the file is not
/// JSON or has none.
pub fn cases(name: &str, text: &str) -> Vec<Value> {
    let file: Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: bad case file: {e}"));
    let cases = match file {
        Value::Object(mut o) => o.remove("cases"),
        _ => None,
    };
    match cases {
        Some(Value::Array(cases)) if !cases.is_empty() => cases,
        _ => panic!("{name}: no cases"),
    }
}

/// Runs every case of a file through `validate`, which returns the report
/// in the JS contract's shape. Panics (the test fails) with every mismatch.
pub fn run_file(name: &str, text: &str, validate: &dyn Fn(Input, &Value) -> Value) {
    let cases = cases(name, text);
    let mut failures = Vec::new();
    for case in &cases {
        let label = format!("{name} / {}", case["name"].as_str().unwrap_or("?"));
        let options = case.get("options").cloned().unwrap_or(Value::Null);
        let input = match (case.get("body"), case.get("json")) {
            (Some(b), None) => Input::Value(b),
            (None, Some(Value::String(t))) => Input::Text(t),
            _ => panic!("{label}: a case needs exactly one of body or json"),
        };
        let report = validate(input, &options);
        if let Err(msg) = check(case, &report) {
            failures.push(format!("{label}: {msg}\n  report: {report}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn pairs(list: &Value) -> Vec<Value> {
    list.as_array()
        .map(|l| l.iter().map(|i| json!([i["path"], i["code"]])).collect())
        .unwrap_or_default()
}

/// Compares a report with a case's expectations.
fn check(case: &Value, report: &Value) -> Result<(), String> {
    for list in ["errors", "warnings", "notices"] {
        if let Some(want) = case.get(list) {
            let got = pairs(&report[list]);
            if want.as_array() != Some(&got) {
                return Err(format!("{list}: want {want}, got {}", Value::Array(got)));
            }
        }
    }
    let errors = report["errors"].as_array().cloned().unwrap_or_default();
    if report["valid"] != json!(errors.is_empty()) {
        return Err("valid disagrees with errors".into());
    }
    let warnings = report["warnings"].as_array().cloned().unwrap_or_default();
    for (key, list, attr) in [
        ("fields", &errors, "field"),
        ("params", &errors, "params"),
        ("messages", &errors, "message"),
        ("warning_fields", &warnings, "field"),
        ("warning_params", &warnings, "params"),
        ("warning_messages", &warnings, "message"),
    ] {
        if let Some(want) = case.get(key) {
            let got: Vec<Value> = list.iter().map(|e| e[attr].clone()).collect();
            if want.as_array() != Some(&got) {
                return Err(format!("{key}: want {want}, got {}", Value::Array(got)));
            }
        }
    }
    check_affiliate(case, report)?;
    check_issue_shapes(
        errors
            .iter()
            .chain(report["warnings"].as_array().into_iter().flatten()),
    )
}

/// Compares the keys a case gives under `affiliateManagers` with the
/// report's (shared with the build_payload runner).
pub fn check_affiliate(case: &Value, report: &Value) -> Result<(), String> {
    if let Some(Value::Object(want)) = case.get("affiliateManagers") {
        for (k, v) in want {
            if &report["affiliateManagers"][k] != v {
                return Err(format!(
                    "affiliateManagers.{k}: want {v}, got {}",
                    report["affiliateManagers"][k]
                ));
            }
        }
    }
    Ok(())
}

/// Every issue has a string `path`, `field`, `code` and `message` and a
/// `params` object (shared with the build_payload runner).
pub fn check_issue_shapes<'a>(issues: impl Iterator<Item = &'a Value>) -> Result<(), String> {
    for issue in issues {
        for key in ["path", "field", "code", "message"] {
            if !issue[key].is_string() {
                return Err(format!("issue without a string {key}: {issue}"));
            }
        }
        if !issue["params"].is_object() {
            return Err(format!("issue without params object: {issue}"));
        }
    }
    Ok(())
}
