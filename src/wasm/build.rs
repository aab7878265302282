//! `build_payload` for JavaScript: reads the fields into `(name, value)`
//! pairs and calls the core ([`crate::build`]). No rule lives here.
//!
//! - `FormData`, `URLSearchParams`, a `Map` — anything iterable that is not
//!   an array — is read entry by entry, as `[name, value]`. A value that is
//!   not a string is a `File` when it has a numeric `size` and a string `name` (it is not sent,
//!   and the report says so); anything else is read as a plain object's
//!   value would be.
//! - An array (`[[name, value], …]`) or a plain object crosses as JSON
//!   text, through the engine's own `JSON.stringify`.
//! - A string is read as `URLSearchParams` reads one (`"a=1&b=2"`).
//! - `undefined` or `null`: no fields.
//!
//! The result crosses back as one JSON text through `JSON.parse`, so a key
//! such as `__proto__` is an own property of the payload, never a prototype.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::build::{fields_from_json, fields_from_query, Built, FieldValue, Fields, MAX_FIELDS};
use crate::locale::Locale;

/// Builds the request body from a form's fields.
///
/// `fields`: a `FormData`, a `URLSearchParams`, an array of `[name, value]`
/// pairs, or a plain object whose values are strings, arrays of strings,
/// numbers, booleans or null. `options`: those of `validate_user_payload`.
/// Returns `{ payload, json, redactedJson, request, report }`. Never throws
/// for fields; throws an `Error` naming the option when an option is
/// malformed.
#[wasm_bindgen]
pub fn build_payload(fields: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (built, locale) = built(&fields, &options)?;
    Ok(super::to_js(&built.to_json(locale)))
}

/// The native [`Built`] of JS fields and options, and the locale to render
/// it in: for `attach_form`, which reads the report before handing it on.
pub(super) fn built(fields: &JsValue, options: &JsValue) -> Result<(Built, Locale), JsError> {
    let (opts, locale) = super::options(options)?;
    Ok((crate::build::build_fields(&read(fields), &opts), locale))
}

/// The fields a JS value holds.
fn read(value: &JsValue) -> Fields {
    if value.is_undefined() || value.is_null() {
        return Fields::default();
    }
    if let Some(text) = value.as_string() {
        return fields_from_query(&text);
    }
    if Array::is_array(value) {
        return from_json(value);
    }
    match js_sys::try_iter(value) {
        Ok(Some(entries)) => from_entries(entries),
        Ok(None) => from_json(value),
        Err(_) => unreadable(),
    }
}

fn unreadable() -> Fields {
    Fields {
        pairs: Vec::new(),
        unreadable: true,
    }
}

/// A value as JSON, through `JSON.stringify`; `None` when it has no JSON form.
fn json_of(value: &JsValue) -> Option<serde_json::Value> {
    let text = super::to_json_text(value).ok()??;
    crate::json::parse_value(&text).ok()
}

/// Pairs or a plain object, as JSON.
fn from_json(value: &JsValue) -> Fields {
    json_of(value).map_or_else(unreadable, |v| fields_from_json(&v))
}

/// The entries of an iterable (`FormData`, `URLSearchParams`, `Map`).
fn from_entries(entries: js_sys::IntoIter) -> Fields {
    let mut fields = Fields::default();
    for entry in entries {
        if fields.pairs.len() > MAX_FIELDS {
            break;
        }
        let Ok(entry) = entry else {
            fields.unreadable = true;
            break;
        };
        let Some(pair) = entry.dyn_ref::<Array>() else {
            fields.unreadable = true;
            continue;
        };
        let (Some(name), value) = (pair.get(0).as_string(), pair.get(1)) else {
            fields.unreadable = true;
            continue;
        };
        if let Some(text) = value.as_string() {
            fields.pairs.push((name, FieldValue::Text(text)));
        } else if let Some(file) = file_name(&value) {
            fields.pairs.push((name, FieldValue::File { name: file }));
        } else {
            // A Map's number, boolean or array: read as a plain object's value.
            let one = json_of(&value).map(|v| serde_json::json!([[name, v]]));
            let read = one.map_or_else(unreadable, |v| fields_from_json(&v));
            fields.unreadable |= read.unreadable;
            fields.pairs.extend(read.pairs);
        }
    }
    fields
}

/// A `File`'s name: an object with a numeric `size` and a string `name`.
fn file_name(value: &JsValue) -> Option<String> {
    let get = |key: &str| Reflect::get(value, &JsValue::from_str(key)).ok();
    if !value.is_object() || get("size")?.as_f64().is_none() {
        return None;
    }
    get("name")?.as_string()
}
