//! From a `Built` object to what the form shows: each issue of its report
//! grouped by the controls its `field` names, the rest for the form as a
//! whole.

use js_sys::Reflect;
use wasm_bindgen::JsValue;

use super::control::Control;
use super::marks::{Found, Item};
use super::names::{canonical, last_index, resolve, ControlName};
use crate::locale::Locale;
use crate::report::Report;

/// `value[key]`, or `undefined`.
fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// What the form needs of an issue.
struct Named {
    field: String,
    path: String,
    message: String,
}

impl Named {
    /// Reads `{ field, path, message }` (missing parts are empty), or a
    /// bare field name.
    fn read(issue: &JsValue) -> Named {
        if let Some(field) = issue.as_string() {
            return Named {
                field,
                path: String::new(),
                message: String::new(),
            };
        }
        let text = |k| get(issue, k).as_string().unwrap_or_default();
        Named {
            field: text("field"),
            path: text("path"),
            message: text("message"),
        }
    }
}

/// What the form needs of a native issue, its message in `locale`.
fn named(issue: &crate::Issue, locale: Locale) -> Named {
    Named {
        field: issue.field(),
        path: issue.pointer(),
        message: issue.message(locale),
    }
}

/// The form's controls as the lookup sees them.
fn names(controls: &[(String, Control)]) -> Vec<ControlName> {
    controls
        .iter()
        .map(|(name, control)| ControlName {
            canonical: canonical(name),
            filled: control.filled(),
        })
        .collect()
}

/// The controls an issue stands beside (empty: the form as a whole).
fn group(issue: &Named, names: &[ControlName], controls: &[(String, Control)]) -> Vec<Control> {
    resolve(&issue.field, last_index(&issue.path), names)
        .into_iter()
        .filter_map(|i| controls.get(i).map(|(_, c)| c.clone()))
        .collect()
}

/// The first control an issue (`{ field, path }`, or a field name) stands
/// beside.
pub(crate) fn control_for(issue: &JsValue, controls: &[(String, Control)]) -> Option<Control> {
    group(&Named::read(issue), &names(controls), controls)
        .into_iter()
        .next()
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

/// Sorts a report's errors and warnings over `controls`.
pub(crate) fn shown(report: &Report, locale: Locale, controls: &[(String, Control)]) -> Shown {
    let names = names(controls);
    let mut out = Shown {
        valid: report.valid(),
        ..Shown::default()
    };
    let tagged = report
        .errors
        .iter()
        .map(|e| (true, named(e, locale)))
        .chain(report.warnings.iter().map(|w| (false, named(w, locale))));
    for (error, issue) in tagged {
        let group = group(&issue, &names, controls);
        let item = Item {
            error,
            message: issue.message,
        };
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
