//! The marks attach_form sets on a form, and how it takes them back: a
//! message element after each control an issue names, `aria-invalid`,
//! `aria-describedby`, the custom validity, and one form-level message area.
//! Everything set is recorded so `detach` leaves the DOM as it found it.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlFormElement};

use super::control::Control;

/// The attribute every element attach_form inserts carries.
pub(crate) const MESSAGE_ATTR: &str = "data-tm-message";
/// An element the page provides to receive form-level messages.
pub(crate) const FORM_AREA_ATTR: &str = "data-tm-form-messages";

/// One message to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    /// An error (else a warning).
    pub error: bool,
    /// The rendered message.
    pub message: String,
}

/// The messages that stand beside one group of controls (a control, or the
/// radios of one name).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// The controls, in tree order; the message goes after the last.
    pub controls: Vec<Control>,
    /// Errors first, then warnings.
    pub items: Vec<Item>,
}

/// A control's attributes before attach_form touched it.
#[derive(Debug)]
struct Saved {
    control: Control,
    aria_invalid: Option<String>,
}

/// The marks on one group of controls.
#[derive(Debug)]
struct Mark {
    saved: Vec<Saved>,
    message: Element,
    id: String,
}

/// Every mark of one attachment.
#[derive(Debug)]
pub(crate) struct Marks {
    /// Unique per attachment, so two attached forms never share an id.
    prefix: String,
    next: u32,
    marks: Vec<Mark>,
    /// The form-level area, while it shows something.
    area: Option<Element>,
    /// Whether errors set the controls' custom validity (`blockSubmit`).
    set_validity: bool,
}

/// Replaces `element`'s children with one `<span>` per item, text only.
fn fill(document: &Document, element: &Element, items: &[Item]) {
    element.set_text_content(None);
    for item in items {
        if let Ok(span) = document.create_element("span") {
            span.set_class_name(if item.error { "tm-error" } else { "tm-warning" });
            span.set_text_content(Some(&item.message));
            let _ = element.append_child(&span);
        }
    }
    let class = if items.iter().any(|i| i.error) {
        "tm-message tm-message-error"
    } else {
        "tm-message tm-message-warning"
    };
    element.set_class_name(class);
}

/// Sets or removes an attribute, restoring a saved value.
fn restore(element: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => element.set_attribute(name, v),
        None => element.remove_attribute(name),
    };
}

/// `aria-describedby` with `id` added or removed as a token.
fn described_by(current: Option<String>, id: &str, add: bool) -> Option<String> {
    let mut tokens: Vec<&str> = current
        .as_deref()
        .unwrap_or_default()
        .split_ascii_whitespace()
        .filter(|t| *t != id)
        .collect();
    if add {
        tokens.push(id);
    }
    (!tokens.is_empty()).then(|| tokens.join(" "))
}

impl Mark {
    /// Inserts the message element after the group's last control and
    /// points the controls at it.
    fn create(document: &Document, id: String, found: &Found) -> Option<Mark> {
        let last = found.controls.last()?;
        let message = document.create_element("span").ok()?;
        message.set_id(&id);
        let _ = message.set_attribute(MESSAGE_ATTR, "");
        last.element().after_with_node_1(&message).ok()?;
        let saved = found
            .controls
            .iter()
            .map(|control| {
                let e = control.element();
                let aria_invalid = e.get_attribute("aria-invalid");
                restore(
                    e,
                    "aria-describedby",
                    described_by(e.get_attribute("aria-describedby"), &id, true).as_deref(),
                );
                Saved {
                    control: control.clone(),
                    aria_invalid,
                }
            })
            .collect();
        Some(Mark { saved, message, id })
    }

    /// Shows `items`: text, and the invalid state when one is an error.
    fn update(&self, document: &Document, items: &[Item], set_validity: bool) {
        fill(document, &self.message, items);
        let errors: Vec<&str> = items
            .iter()
            .filter(|i| i.error)
            .map(|i| i.message.as_str())
            .collect();
        for s in &self.saved {
            let e = s.control.element();
            if errors.is_empty() {
                restore(e, "aria-invalid", s.aria_invalid.as_deref());
            } else {
                let _ = e.set_attribute("aria-invalid", "true");
            }
            if set_validity {
                s.control.set_custom_validity(&errors.join("\n"));
            }
        }
    }

    /// Takes every mark back.
    fn remove(self) {
        for s in &self.saved {
            let e = s.control.element();
            restore(e, "aria-invalid", s.aria_invalid.as_deref());
            restore(
                e,
                "aria-describedby",
                described_by(e.get_attribute("aria-describedby"), &self.id, false).as_deref(),
            );
            s.control.set_custom_validity("");
        }
        self.message.remove();
    }

    fn invalid(&self) -> bool {
        self.message.class_name().contains("tm-message-error")
    }
}

impl Marks {
    /// No marks yet; `prefix` makes the inserted ids unique.
    pub(crate) fn new(prefix: String, set_validity: bool) -> Marks {
        Marks {
            prefix,
            next: 0,
            marks: Vec::new(),
            area: None,
            set_validity,
        }
    }

    /// Whether errors set custom validity; switching off clears it.
    pub(crate) fn set_validity(&mut self, on: bool) {
        if self.set_validity && !on {
            for s in self.marks.iter().flat_map(|m| &m.saved) {
                s.control.set_custom_validity("");
            }
        }
        self.set_validity = on;
    }

    /// Shows exactly `found` beside controls and `general` in the form-level
    /// area, marks in the order of `found`; marks of groups no longer named
    /// are taken back first, so a new mark saves the page's own attributes.
    pub(crate) fn show(&mut self, form: &HtmlFormElement, found: &[Found], general: &[Item]) {
        let Some(document) = form.owner_document() else {
            return;
        };
        let same = |f: &Found, m: &Mark| f.controls.iter().eq(m.saved.iter().map(|s| &s.control));
        let (mut kept, gone): (Vec<Mark>, Vec<Mark>) = std::mem::take(&mut self.marks)
            .into_iter()
            .partition(|m| m.message.is_connected() && found.iter().any(|f| same(f, m)));
        gone.into_iter().for_each(Mark::remove);
        for f in found {
            let mark = match kept.iter().position(|m| same(f, m)) {
                Some(i) => Some(kept.swap_remove(i)),
                None => {
                    self.next = self.next.wrapping_add(1);
                    Mark::create(&document, format!("{}-{}", self.prefix, self.next), f)
                }
            };
            if let Some(m) = mark {
                m.update(&document, &f.items, self.set_validity);
                self.marks.push(m);
            }
        }
        self.show_general(form, &document, general);
    }

    /// The form-level area: inside the page's `[data-tm-form-messages]`
    /// element if it has one, else first in the form; present only while it
    /// has something to say.
    fn show_general(&mut self, form: &HtmlFormElement, document: &Document, items: &[Item]) {
        if items.is_empty() {
            if let Some(area) = self.area.take() {
                area.remove();
            }
            return;
        }
        if self.area.as_ref().is_some_and(|a| !a.is_connected()) {
            self.area = None;
        }
        if self.area.is_none() {
            let Ok(area) = document.create_element("div") else {
                return;
            };
            let _ = area.set_attribute(MESSAGE_ATTR, "");
            let _ = area.set_attribute("role", "alert");
            let host = form
                .query_selector(&format!("[{FORM_AREA_ATTR}]"))
                .ok()
                .flatten();
            let placed = match host {
                Some(host) => host.append_with_node_1(&area),
                None => form.prepend_with_node_1(&area),
            };
            if placed.is_err() {
                return;
            }
            self.area = Some(area);
        }
        if let Some(area) = &self.area {
            fill(document, area, items);
            let class = format!("tm-form-messages {}", area.class_name());
            area.set_class_name(&class);
        }
    }

    /// The first control that shows an error, to move focus to.
    pub(crate) fn first_invalid(&self) -> Option<HtmlElement> {
        self.marks
            .iter()
            .filter(|m| m.invalid())
            .filter_map(|m| m.saved.first())
            .find_map(|s| s.control.element().clone().dyn_into::<HtmlElement>().ok())
    }

    /// Takes every mark back (detach).
    pub(crate) fn clear(&mut self) {
        for mark in std::mem::take(&mut self.marks) {
            mark.remove();
        }
        if let Some(area) = self.area.take() {
            area.remove();
        }
    }
}
