//! From a `Built` object to what the form shows: each issue of its report
//! grouped by the controls its `field` names, the rest for the form as a
//! whole.

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

use super::control::Control;
use super::marks::{Found, Item};
use super::names::{canonical, resolve, ControlName};

/// `value[key]`, or `undefined`.
fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `(field, message)` of each issue in `report[list]`.
fn issues(report: &JsValue, list: &str) -> Vec<(String, String)> {
    let items = get(report, list);
    if !Array::is_array(&items) {
        return Vec::new();
    }
    Array::from(&items)
        .iter()
        .map(|i| {
            let text = |k| get(&i, k).as_string().unwrap_or_default();
            (text("field"), text("message"))
        })
        .collect()
}

/// What one check shows.
#[derive(Debug, Default)]
pub(crate) struct Shown {
    /// Messages beside controls, in report order (errors first).
    pub found: Vec<Found>,
    /// Messages for the form as a whole.
    pub general: Vec<Item>,
    /// No errors.
    pub valid: bool,
}

/// Sorts the report of `built` over `controls`.
pub(crate) fn shown(built: &JsValue, controls: &[(String, Control)]) -> Shown {
    let names: Vec<ControlName> = controls
        .iter()
        .map(|(name, control)| ControlName {
            canonical: canonical(name),
            filled: control.filled(),
        })
        .collect();
    let report = get(built, "report");
    let errors = issues(&report, "errors");
    let mut out = Shown {
        valid: errors.is_empty(),
        ..Shown::default()
    };
    let tagged = errors
        .into_iter()
        .map(|e| (true, e))
        .chain(issues(&report, "warnings").into_iter().map(|w| (false, w)));
    for (error, (field, message)) in tagged {
        let item = Item { error, message };
        let group: Vec<Control> = resolve(&field, &names)
            .into_iter()
            .filter_map(|i| controls.get(i).map(|(_, c)| c.clone()))
            .collect();
        if group.is_empty() {
            out.general.push(item);
        } else if let Some(f) = out.found.iter_mut().find(|f| f.controls == group) {
            f.items.push(item);
        } else {
            out.found.push(Found {
                controls: group,
                items: vec![item],
            });
        }
    }
    out
}
