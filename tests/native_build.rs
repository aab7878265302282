//! The build_payload case files, run natively: the pairs as typed values,
//! as JSON (pairs or a plain object) and as a form-encoded body.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/build.rs"]
mod build_cases;
mod common;

use build_cases::Form;
use serde_json::Value;
use tm_user_validator::build::{build_fields, build_payload, fields_from_json, fields_from_query};
use tm_user_validator::{options_from_json, FieldValue};

/// A case value as a typed field value.
fn field_value(v: &Value) -> FieldValue {
    match (v, build_cases::file_name(v)) {
        (_, Some(name)) => FieldValue::File { name: name.into() },
        (Value::String(s), _) => FieldValue::Text(s.clone()),
        (Value::Number(n), _) => FieldValue::Number(n.clone()),
        (Value::Bool(b), _) => FieldValue::Bool(*b),
        _ => FieldValue::Null,
    }
}

fn built(form: Form, fields: &Value, options: &Value) -> Value {
    let (opts, locale) = options_from_json(options).expect("case options");
    let b = match form {
        Form::Json => build_fields(&fields_from_json(fields), &opts),
        Form::Query => {
            let pairs = build_cases::pairs(fields).expect("pairs");
            build_fields(&fields_from_query(&build_cases::query(&pairs)), &opts)
        }
        Form::Entries | Form::SearchParams => {
            let pairs: Vec<(String, FieldValue)> = build_cases::pairs(fields)
                .expect("pairs")
                .iter()
                .map(|(n, v)| (n.clone(), field_value(v)))
                .collect();
            build_payload(&pairs, &opts)
        }
    };
    serde_json::from_str(&b.to_json(locale)).expect("Built JSON")
}

#[test]
fn build() {
    for (name, text) in build_cases::BUILD_FILES {
        build_cases::run_build_file(
            name,
            text,
            &[Form::Json, Form::Query, Form::Entries],
            &built,
        );
    }
}
