//! The `build_payload` test vectors, shared by the native run
//! (`tests/native_build.rs`) and the wasm runs (`tests/wasm_build_node.rs`,
//! `tests/wasm_build_browser.rs`): one body of assertions; each run gives
//! the function that builds a case's fields in one input [`Form`]. The
//! report checks it shares with the validator's runner come from
//! `tests/common/mod.rs`, so a test file including this one declares
//! `mod common;` too.
//!
//! A case file is JSON: `{"cases": [case, …]}`, a case being
//!
//! ```json
//! { "name": "…",
//!   "fields": [["name", "value"], …],   // or a plain object {name: value}
//!                                        // a value {"file": "a.png"} is a file (FormData only)
//!   "options": { "mode": "edit", "userId": 5, "today": "2026-12-04", … },
//!   "payload": { … },                    // exactly this body
//!   "request": { "method": "POST", "path": "…" },   // default: create's
//!   "errors":   [["/path", "code"], …],  // exactly these, in order (default [])
//!   "warnings": [["/path", "code"], …],  // exactly these, in order (default [])
//!   "notices":  [["/path", "code"], …],  // checked when given
//!   "errorFields":   ["field of each error"],    // checked when given
//!   "warningFields": ["field of each warning"],  // checked when given
//!   "noticeFields":  ["field of each notice"],   // checked when given
//!   "redacted": { … },                   // redactedJson, parsed; checked when given
//!   "affiliateManagers": { … }           // report.affiliateManagers keys given; when given
//! }
//! ```

#![allow(dead_code)]

use serde_json::{json, Value};

use crate::common::{check_affiliate, check_issue_shapes};

/// Every build case file, by name.
pub const BUILD_FILES: &[(&str, &str)] = &[("build", include_str!("../cases/build.json"))];

/// How the fields reach `build_payload`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The case's `fields` as they are: `[name, value]` pairs or a plain
    /// object (a JS value made by `JSON.parse`).
    Json,
    /// The pairs as `application/x-www-form-urlencoded` text.
    Query,
    /// The pairs appended to a `URLSearchParams` (wasm only).
    SearchParams,
    /// The pairs appended to a `FormData`, files as `File`s (natively: the
    /// typed pairs).
    Entries,
}

/// A case's pairs of names and values, when `fields` is a list.
pub fn pairs(fields: &Value) -> Option<Vec<(String, Value)>> {
    fields
        .as_array()?
        .iter()
        .map(|p| Some((p.get(0)?.as_str()?.to_owned(), p.get(1)?.clone())))
        .collect()
}

/// The file name of a `{"file": name}` value.
pub fn file_name(value: &Value) -> Option<&str> {
    value.get("file")?.as_str()
}

/// Percent-encodes pairs of strings as a form body.
pub fn query(pairs: &[(String, Value)]) -> String {
    fn enc(s: &str) -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                    char::from(b).to_string()
                }
                b' ' => "+".into(),
                b => format!("%{b:02X}"),
            })
            .collect()
    }
    pairs
        .iter()
        .map(|(n, v)| format!("{}={}", enc(n), enc(v.as_str().unwrap_or_default())))
        .collect::<Vec<_>>()
        .join("&")
}

/// The forms a case can be given in.
fn forms_of(fields: &Value) -> Vec<Form> {
    let Some(pairs) = pairs(fields) else {
        return vec![Form::Json];
    };
    let has_file = pairs.iter().any(|(_, v)| file_name(v).is_some());
    let all_text = pairs.iter().all(|(_, v)| v.is_string());
    match (has_file, all_text) {
        (true, _) => vec![Form::Entries],
        (false, true) => vec![Form::Json, Form::Query, Form::SearchParams, Form::Entries],
        (false, false) => vec![Form::Json],
    }
}

/// Runs every case of a file in each of `forms` it can be given in, through
/// `build(form, fields, options)`, which returns the `Built` object in the
/// JS contract's shape (a wasm run may add `"stringified"`:
/// `JSON.stringify(payload, null, 2)` by the JS engine). Panics (the test
/// fails) with every mismatch.
pub fn run_build_file(
    name: &str,
    text: &str,
    forms: &[Form],
    build: &dyn Fn(Form, &Value, &Value) -> Value,
) {
    let cases = crate::common::cases(name, text);
    let mut failures = Vec::new();
    let mut runs = 0;
    for case in &cases {
        let options = case.get("options").cloned().unwrap_or(Value::Null);
        let fields = case.get("fields").unwrap_or(&Value::Null);
        for form in forms_of(fields).into_iter().filter(|f| forms.contains(f)) {
            let label = format!(
                "{name} / {} [{form:?}]",
                case["name"].as_str().unwrap_or("?")
            );
            let built = build(form, fields, &options);
            runs += 1;
            if let Err(msg) = check(case, &built) {
                failures.push(format!("{label}: {msg}\n  built: {built}"));
            }
        }
    }
    assert!(runs >= cases.len(), "{name}: a case ran in no form");
    assert!(
        failures.is_empty(),
        "{} failing run(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn issue_pairs(list: &Value) -> Value {
    Value::Array(
        list.as_array()
            .map(|l| l.iter().map(|i| json!([i["path"], i["code"]])).collect())
            .unwrap_or_default(),
    )
}

fn issue_fields(list: &Value) -> Value {
    Value::Array(
        list.as_array()
            .map(|l| l.iter().map(|i| i["field"].clone()).collect())
            .unwrap_or_default(),
    )
}

fn parsed(built: &Value, key: &str) -> Result<Value, String> {
    let text = built[key]
        .as_str()
        .ok_or_else(|| format!("{key} is not a string"))?;
    serde_json::from_str(text).map_err(|e| format!("{key} is not JSON: {e}"))
}

/// Compares a `Built` object with a case's expectations.
fn check(case: &Value, built: &Value) -> Result<(), String> {
    let keys: Vec<&str> = built
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    for key in ["json", "payload", "redactedJson", "report", "request"] {
        if !keys.contains(&key) {
            return Err(format!("no {key}"));
        }
    }
    let want = case.get("payload").ok_or("case without payload")?;
    if &built["payload"] != want {
        return Err(format!("payload: want {want}, got {}", built["payload"]));
    }
    if parsed(built, "json")? != *want {
        return Err("json does not parse to payload".into());
    }
    let pretty = serde_json::to_string_pretty(want).unwrap_or_default();
    if built["json"] != json!(pretty) {
        return Err(format!(
            "json is not the payload indented by 2: {}",
            built["json"]
        ));
    }
    if let Some(js) = built.get("stringified") {
        if js != &built["json"] {
            return Err(format!(
                "json differs from JSON.stringify(payload, null, 2): {js}"
            ));
        }
    }
    let redacted = parsed(built, "redactedJson")?;
    if let Some(want) = case.get("redacted") {
        if &redacted != want {
            return Err(format!("redacted: want {want}, got {redacted}"));
        }
    }
    let default_request = json!({ "method": "POST", "path": "/api/v1/users/new" });
    let want = case.get("request").unwrap_or(&default_request);
    if &built["request"] != want {
        return Err(format!("request: want {want}, got {}", built["request"]));
    }
    let report = &built["report"];
    for list in ["errors", "warnings", "notices"] {
        let want = match case.get(list) {
            Some(w) => w.clone(),
            None if list == "notices" => continue,
            None => json!([]),
        };
        let got = issue_pairs(&report[list]);
        if want != got {
            return Err(format!("{list}: want {want}, got {got}"));
        }
    }
    if report["valid"] != json!(report["errors"].as_array().is_some_and(|e| e.is_empty())) {
        return Err("valid disagrees with errors".into());
    }
    for (key, list) in [
        ("errorFields", "errors"),
        ("warningFields", "warnings"),
        ("noticeFields", "notices"),
    ] {
        if let Some(want) = case.get(key) {
            let got = issue_fields(&report[list]);
            if want != &got {
                return Err(format!("{key}: want {want}, got {got}"));
            }
        }
    }
    check_affiliate(case, report)?;
    check_issue_shapes(
        ["errors", "warnings", "notices"]
            .iter()
            .flat_map(|l| report[l].as_array().into_iter().flatten()),
    )
}
