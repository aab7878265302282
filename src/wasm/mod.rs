//! The JavaScript face: converts values in and out and calls the core. No
//! rule lives here.
//!
//! Values cross as JSON text: an object payload goes through the engine's
//! own `JSON.stringify` (which also settles `toJSON`, `undefined` and
//! `NaN` as a `fetch` body would), and the report comes back through
//! `JSON.parse`, which makes `__proto__` an own key, never a prototype.

mod attach;
mod build;

use wasm_bindgen::prelude::*;

pub use attach::{attach_form, Attached};
pub use build::build_payload;

use crate::date::Date;
use crate::issue::IssueKind;
use crate::locale::Locale;
use crate::options::Options;
use crate::options_json::options_from_json;
use crate::report::Report;

/// A JS value as JSON text; `Ok(None)` for what has no JSON form and no
/// error either (`undefined`, a function, a symbol); `Err` when
/// `JSON.stringify` throws (a BigInt, a cycle, a throwing getter).
fn to_json_text(value: &JsValue) -> Result<Option<String>, JsValue> {
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    Ok(js_sys::JSON::stringify(value)?.as_string())
}

/// The options, or a JS `Error` naming the malformed one.
fn options(value: &JsValue) -> Result<(Options, Locale), JsError> {
    let text = if value.is_undefined() || value.is_null() {
        None
    } else {
        to_json_text(value)
            .map_err(|_| JsError::new("tm-user-validator: options must be a plain object"))?
    };
    let json = match text {
        Some(t) => serde_json::from_str(&t)
            .map_err(|_| JsError::new("tm-user-validator: options must be a plain object"))?,
        None => serde_json::Value::Null,
    };
    let (mut opts, locale) = options_from_json(&json).map_err(|e| JsError::new(&e.to_string()))?;
    if opts.today.is_none() {
        opts.today = local_today();
    }
    Ok((opts, locale))
}

/// Today in the browser's (or Node's) local time zone.
fn local_today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Some(Date {
        year: u16::try_from(now.get_full_year()).ok()?,
        month: u8::try_from(now.get_month() + 1).ok()?,
        day: u8::try_from(now.get_date()).ok()?,
    })
}

/// The report of a payload given as a JS value or JSON text.
pub(crate) fn report_for(payload: &JsValue, opts: &Options) -> Report {
    if let Some(text) = payload.as_string() {
        return crate::validate_json(&text, opts);
    }
    match to_json_text(payload) {
        Ok(Some(text)) => crate::validate_json(&text, opts),
        Ok(None) => crate::validate(&serde_json::Value::Null, opts),
        Err(_) => Report::rejected(opts, IssueKind::UnserializablePayload {}),
    }
}

fn to_js(json: &str) -> JsValue {
    // Our own serializer's output always parses.
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// Validates a create or edit user request body.
///
/// `payload` is the body as a JS value or as JSON text; `options` as in the
/// package documentation. Returns the report; never throws for a payload.
/// Throws an `Error` naming the option when an option is malformed.
#[wasm_bindgen]
pub fn validate_user_payload(payload: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (opts, locale) = self::options(&options)?;
    Ok(to_js(&report_for(&payload, &opts).to_json(locale)))
}

/// The supported locales' tags, English first.
#[wasm_bindgen]
pub fn supported_locales() -> Vec<JsValue> {
    Locale::ALL
        .iter()
        .map(|l| JsValue::from_str(l.tag()))
        .collect()
}
