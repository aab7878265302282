//! `attach_form(form, options)`: live validation wired into an existing
//! `<form>` whose controls are named in `build_payload`'s notation.
//!
//! `input`, `change` and `reset` events, and controls added, removed or
//! renamed, schedule a check after a quiet `debounce`; a check builds the
//! body from the form's data, marks the controls its issues name (see
//! `marks`), and dispatches `tm-validate` with the `Built` object. Submit
//! runs a check at once and is held back while errors remain.
//!
//! The listeners hold the attachment alive (the page may drop the handle);
//! `detach` takes them, and every mark, back.

mod control;
mod found;
mod marks;
mod names;
mod settings;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::{
    CustomEvent, CustomEventInit, Element, Event, HtmlFormElement, MutationObserver,
    MutationObserverInit, MutationRecord, Node,
};

use control::Control;
use marks::Marks;
use settings::Settings;

use crate::build::Built;
use crate::locale::Locale;

/// Set on an attached form, so a second attach is refused.
const ATTACHED_ATTR: &str = "data-tm-attached";
/// Events after which the form's data may have changed.
const EDIT_EVENTS: [&str; 3] = ["input", "change", "reset"];
/// Attribute changes that change the form's data.
const DATA_ATTRIBUTES: [&str; 2] = ["name", "disabled"];
/// Elements that hold data.
const CONTROLS: &str = "input, select, textarea";
/// The event dispatched after each check.
const EVENT: &str = "tm-validate";

/// Numbers attachments, for unique message ids.
static ATTACHMENTS: AtomicU32 = AtomicU32::new(0);

/// The listeners of one attachment.
struct Wiring {
    on_edit: Closure<dyn Fn(Event)>,
    on_submit: Closure<dyn Fn(Event)>,
    on_timer: Closure<dyn Fn()>,
    // Kept alive for the observer, which calls it.
    _on_mutation: Closure<dyn Fn(Array)>,
    observer: MutationObserver,
}

/// One attachment.
struct State {
    form: HtmlFormElement,
    settings: Settings,
    marks: Marks,
    /// `None` once detached.
    wiring: Option<Wiring>,
    /// The pending debounced check.
    timer: Option<i32>,
}

type Shared = Rc<RefCell<State>>;

fn error(text: &str) -> JsError {
    JsError::new(&format!("tm-user-validator: {text}"))
}

/// The form named by `form`: an `HTMLFormElement`, or a CSS selector of one.
fn form_element(form: &JsValue) -> Result<HtmlFormElement, JsError> {
    let found = match form.as_string() {
        Some(selector) => web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .map(JsValue::from),
        None => Some(form.clone()),
    };
    found
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
        .ok_or_else(|| error("`form` must be an HTMLFormElement or a CSS selector of one"))
}

/// Whether a mutation can change the form's data.
fn changes_data(record: &MutationRecord) -> bool {
    if record.type_() == "attributes" {
        return true;
    }
    let holds_control = |node: Option<Node>| {
        node.and_then(|n| n.dyn_into::<Element>().ok())
            .is_some_and(|e| {
                e.matches(CONTROLS).unwrap_or(false)
                    || e.query_selector(CONTROLS).ok().flatten().is_some()
            })
    };
    let (added, removed) = (record.added_nodes(), record.removed_nodes());
    (0..added.length()).any(|i| holds_control(added.item(i)))
        || (0..removed.length()).any(|i| holds_control(removed.item(i)))
}

impl Wiring {
    /// Listens to `form` on behalf of `shared`.
    fn new(shared: &Shared, form: &HtmlFormElement) -> Result<Wiring, JsValue> {
        let s = shared.clone();
        let on_edit = Closure::<dyn Fn(Event)>::new(move |_: Event| schedule(&s));
        let s = shared.clone();
        let on_submit = Closure::<dyn Fn(Event)>::new(move |event: Event| submit(&s, &event));
        let s = shared.clone();
        let on_timer = Closure::<dyn Fn()>::new(move || {
            let _ = run(&s);
        });
        let s = shared.clone();
        let on_mutation = Closure::<dyn Fn(Array)>::new(move |records: Array| {
            if records.iter().any(|r| {
                r.dyn_into::<MutationRecord>()
                    .is_ok_and(|r| changes_data(&r))
            }) {
                schedule(&s);
            }
        });
        for event in EDIT_EVENTS {
            form.add_event_listener_with_callback(event, on_edit.as_ref().unchecked_ref())?;
        }
        form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())?;
        let observer = MutationObserver::new(on_mutation.as_ref().unchecked_ref())?;
        let init = MutationObserverInit::new();
        init.set_child_list(true);
        init.set_subtree(true);
        init.set_attribute_filter(
            &DATA_ATTRIBUTES
                .iter()
                .map(|a| JsValue::from_str(a))
                .collect::<Array>(),
        );
        observer.observe_with_options(form, &init)?;
        Ok(Wiring {
            on_edit,
            on_submit,
            on_timer,
            _on_mutation: on_mutation,
            observer,
        })
    }

    /// Stops listening; dropping `self` frees the closures (a running one
    /// is freed when it returns).
    fn remove(self, form: &HtmlFormElement) {
        for event in EDIT_EVENTS {
            let _ = form
                .remove_event_listener_with_callback(event, self.on_edit.as_ref().unchecked_ref());
        }
        let _ = form
            .remove_event_listener_with_callback("submit", self.on_submit.as_ref().unchecked_ref());
        self.observer.disconnect();
    }
}

/// Cancels the pending debounced check.
fn cancel_timer(state: &mut State) {
    if let (Some(handle), Some(window)) = (state.timer.take(), web_sys::window()) {
        window.clear_timeout_with_handle(handle);
    }
}

/// (Re)starts the debounce before a check.
fn schedule(shared: &Shared) {
    let Ok(mut state) = shared.try_borrow_mut() else {
        return;
    };
    cancel_timer(&mut state);
    let handle = match (&state.wiring, web_sys::window()) {
        (Some(w), Some(window)) => window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                w.on_timer.as_ref().unchecked_ref(),
                state.settings.debounce_ms,
            )
            .ok(),
        _ => None,
    };
    state.timer = handle;
}

/// The body built from the form's data, with its report, and the locale
/// to render it in.
fn build(form: &HtmlFormElement, options: &JsValue) -> Result<(Built, Locale), JsError> {
    let data = web_sys::FormData::new_with_form(form)
        .map_err(|_| error("the form's data could not be read"))?;
    super::build::built(&data.into(), options)
}

/// Checks now: builds, marks the form, dispatches `tm-validate`. Returns the
/// `Built` object and whether it is free of errors.
fn run(shared: &Shared) -> Result<(JsValue, bool), JsError> {
    let (built, form, valid) = {
        let mut state = shared
            .try_borrow_mut()
            .map_err(|_| error("a check is already running"))?;
        if state.wiring.is_none() {
            return Err(error("this form has been detached"));
        }
        cancel_timer(&mut state);
        let form = state.form.clone();
        let (built, locale) = build(&form, &state.settings.validate)?;
        let shown = found::shown(&built.report, locale, &Control::all_of(&form));
        state.marks.show(&form, &shown.found, &shown.general);
        // Crosses to JS once, for the event and the caller.
        (super::to_js(&built.to_json(locale)), form, shown.valid)
    };
    // Dispatched with no borrow held: a listener may check, set options or
    // detach.
    let init = CustomEventInit::new();
    init.set_detail(&built);
    init.set_bubbles(true);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(EVENT, &init) {
        let _ = form.dispatch_event(&event);
    }
    Ok((built, valid))
}

/// On submit: checks at once; holds the submit back while errors remain and
/// moves focus to the first control with one.
fn submit(shared: &Shared, event: &Event) {
    let Ok((_, valid)) = run(shared) else {
        return;
    };
    let Ok(state) = shared.try_borrow() else {
        return;
    };
    if valid || !state.settings.block_submit {
        return;
    }
    event.prevent_default();
    if let Some(control) = state.marks.first_invalid() {
        let _ = control.focus();
    }
}

/// The handle `attach_form` returns.
#[wasm_bindgen]
pub struct Attached {
    shared: Shared,
}

#[wasm_bindgen]
impl Attached {
    /// Builds and validates the form now, updates its marks, dispatches
    /// `tm-validate`, and returns the `Built` object. Throws once detached.
    pub fn check(&self) -> Result<JsValue, JsError> {
        run(&self.shared).map(|(built, _)| built)
    }

    /// Merges `options` into those in force (same keys as `attach_form`;
    /// `null` for a key restores its default) and checks at once. Throws an
    /// `Error` naming a malformed option, keeping the old ones.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&self, options: JsValue) -> Result<JsValue, JsError> {
        {
            let mut state = self
                .shared
                .try_borrow_mut()
                .map_err(|_| error("a check is already running"))?;
            let settings = Settings::read(&options, Some(&state.settings))?;
            state.marks.set_validity(settings.block_submit);
            state.settings = settings;
        }
        self.check()
    }

    /// The control an issue stands beside (`issue`: an `Issue` object, or a
    /// `field` name), for a summary that moves focus to it; `undefined` when
    /// the issue belongs to the form as a whole.
    #[wasm_bindgen(js_name = controlFor)]
    pub fn control_for(&self, issue: JsValue) -> Option<Element> {
        let state = self.shared.try_borrow().ok()?;
        found::control_for(&issue, &Control::all_of(&state.form)).map(|c| c.element().clone())
    }

    /// Removes every listener and every mark: attributes get their earlier
    /// values back, inserted elements go, custom validity is cleared. Calling
    /// it again does nothing.
    pub fn detach(&self) {
        let Ok(mut state) = self.shared.try_borrow_mut() else {
            return;
        };
        cancel_timer(&mut state);
        let form = state.form.clone();
        if let Some(wiring) = state.wiring.take() {
            wiring.remove(&form);
            state.marks.clear();
            let _ = form.remove_attribute(ATTACHED_ATTR);
        }
    }
}

/// Wires live validation into `form` (an `HTMLFormElement` or a CSS selector
/// of one) and returns the handle `{ check, setOptions, detach }`.
///
/// `options`: those of `validate_user_payload` (`mode`, `userId`, `current`,
/// `knownAffiliateManagers`, `locale`) plus `debounce` (milliseconds of quiet
/// before a check, default 250) and `blockSubmit` (hold submit back while
/// errors remain, default true). Throws an `Error` naming a malformed option,
/// or when the form is already attached. Attaching does not check: call
/// `check()` to show the form's state at once.
#[wasm_bindgen]
pub fn attach_form(form: JsValue, options: JsValue) -> Result<Attached, JsError> {
    let form = form_element(&form)?;
    if form.has_attribute(ATTACHED_ATTR) {
        return Err(error(
            "`form` is already attached; detach() its handle first",
        ));
    }
    let settings = Settings::read(&options, None)?;
    let n = ATTACHMENTS.fetch_add(1, Ordering::Relaxed);
    let shared = Rc::new(RefCell::new(State {
        form: form.clone(),
        marks: Marks::new(format!("tm-msg-{n}"), settings.block_submit),
        settings,
        wiring: None,
        timer: None,
    }));
    let wiring = Wiring::new(&shared, &form).map_err(|_| error("could not listen to `form`"))?;
    shared
        .try_borrow_mut()
        .map_err(|_| error("could not listen to `form`"))?
        .wiring = Some(wiring);
    let _ = form.set_attribute(ATTACHED_ATTR, "");
    Ok(Attached { shared })
}
