//! attach_form's options: its own (`debounce`, `blockSubmit`) and those it
//! passes on to `build_payload` (`mode`, `userId`, `current`,
//! `knownAffiliateManagers`, `locale`). Malformed ones throw an `Error`
//! naming the option, as `validate_user_payload` does.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

/// The debounce delay when none is given, in milliseconds.
pub(crate) const DEFAULT_DEBOUNCE_MS: i32 = 250;
/// The longest debounce accepted: a minute, far past any typing pause.
const MAX_DEBOUNCE_MS: f64 = 60_000.0;

/// The wiring's own option keys, not passed on to `build_payload`.
const OWN_KEYS: [&str; 2] = ["debounce", "blockSubmit"];

/// Options in force for one attachment.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// Milliseconds of quiet after `input`/`change` before a check.
    pub debounce_ms: i32,
    /// Hold submit back while errors remain (and set custom validity).
    pub block_submit: bool,
    /// The options object for `build_payload`.
    pub validate: JsValue,
    /// Every option given so far, merged; `setOptions` merges into it.
    merged: Object,
}

fn error(option: &str, expected: &str) -> JsError {
    JsError::new(&format!(
        "tm-user-validator: option `{option}` must be {expected}"
    ))
}

/// `key` of `object`, with `undefined` and `null` as absent.
fn get(object: &Object, key: &str) -> Option<JsValue> {
    Reflect::get(object, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

impl Settings {
    /// Reads `options` (a plain object, or undefined/null for the defaults)
    /// over `base` (the options in force, for `setOptions`).
    pub(crate) fn read(options: &JsValue, base: Option<&Settings>) -> Result<Settings, JsError> {
        let given = if options.is_undefined() || options.is_null() {
            Object::new()
        } else if options.is_object() && !js_sys::Array::is_array(options) && !options.is_function()
        {
            options.clone().unchecked_into()
        } else {
            return Err(error("options", "an object"));
        };
        let merged = Object::assign(
            &Object::new(),
            &base.map(|b| b.merged.clone()).unwrap_or_default(),
        );
        let merged = Object::assign(&merged, &given);
        let debounce_ms = match get(&merged, "debounce") {
            None => DEFAULT_DEBOUNCE_MS,
            Some(v) => match v.as_f64() {
                // In range, so the conversion is exact after rounding.
                Some(ms) if (0.0..=MAX_DEBOUNCE_MS).contains(&ms) => ms.round() as i32,
                _ => {
                    return Err(error(
                        "debounce",
                        "a number of milliseconds from 0 to 60000",
                    ))
                }
            },
        };
        let block_submit = match get(&merged, "blockSubmit") {
            None => true,
            Some(v) => v
                .as_bool()
                .ok_or_else(|| error("blockSubmit", "true or false"))?,
        };
        let validate = Object::assign(&Object::new(), &merged);
        for key in OWN_KEYS {
            let _ = Reflect::delete_property(&validate, &JsValue::from_str(key));
        }
        let validate: JsValue = validate.into();
        // Throws now, naming the option, rather than at the first keystroke.
        super::super::options(&validate)?;
        Ok(Settings {
            debounce_ms,
            block_submit,
            validate,
            merged,
        })
    }
}
