//! The form controls attach_form marks: `<input>`, `<select>` and
//! `<textarea>`, which share constraint validation but no web-sys trait.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// A named control that takes part in the form's data.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Control {
    /// `<input>` (not a button).
    Input(HtmlInputElement),
    /// `<select>`.
    Select(HtmlSelectElement),
    /// `<textarea>`.
    TextArea(HtmlTextAreaElement),
}

/// Input types that submit no value of their own.
const BUTTON_TYPES: [&str; 4] = ["submit", "button", "reset", "image"];

impl Control {
    /// The element as a control, when it is one that carries data.
    fn from_element(element: Element) -> Option<Control> {
        let element = match element.dyn_into::<HtmlInputElement>() {
            Ok(input) if BUTTON_TYPES.contains(&input.type_().as_str()) => return None,
            Ok(input) => return Some(Control::Input(input)),
            Err(e) => e,
        };
        let element = match element.dyn_into::<HtmlSelectElement>() {
            Ok(select) => return Some(Control::Select(select)),
            Err(e) => e,
        };
        element
            .dyn_into::<HtmlTextAreaElement>()
            .ok()
            .map(Control::TextArea)
    }

    /// The form's named data controls, in tree order (including those joined
    /// to it by a `form` attribute).
    pub(crate) fn all_of(form: &HtmlFormElement) -> Vec<(String, Control)> {
        let elements = form.elements();
        (0..elements.length())
            .filter_map(|i| elements.item(i))
            .filter_map(|e| {
                let name = e.get_attribute("name").filter(|n| !n.is_empty())?;
                Some((name, Control::from_element(e)?))
            })
            .collect()
    }

    /// The control as an element.
    pub(crate) fn element(&self) -> &Element {
        match self {
            Control::Input(e) => e,
            Control::Select(e) => e,
            Control::TextArea(e) => e,
        }
    }

    /// Whether the control contributes a non-empty value.
    pub(crate) fn filled(&self) -> bool {
        match self {
            Control::Input(e) if matches!(e.type_().as_str(), "checkbox" | "radio") => e.checked(),
            Control::Input(e) => !e.value().trim().is_empty(),
            Control::Select(e) => !e.value().trim().is_empty(),
            Control::TextArea(e) => !e.value().trim().is_empty(),
        }
    }

    /// Sets (or, with `""`, clears) the control's custom validity message.
    pub(crate) fn set_custom_validity(&self, message: &str) {
        match self {
            Control::Input(e) => e.set_custom_validity(message),
            Control::Select(e) => e.set_custom_validity(message),
            Control::TextArea(e) => e.set_custom_validity(message),
        }
    }
}
