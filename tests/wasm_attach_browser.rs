//! `attach_form` in headless Chromium: the marks it sets beside controls,
//! the form-level area, the `tm-validate` event, submit held back, option
//! errors, and a DOM left exactly as it was by `detach`.
//!
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown --test wasm_attach_browser`
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use tm_user_validator::wasm::{attach_form, Attached};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, Event, EventInit, HtmlFormElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A create form: username, an email with a hint of the page's own, a
/// password, and `emial` (an unknown field: a warning).
const FORM: &str = r#"
  <label>Username <input name="username" value="johndoe_9232"></label>
  <label>Email <input name="email" type="email" aria-describedby="email-hint" aria-invalid="false"></label>
  <span id="email-hint">We never share it.</span>
  <label>Password <input name="password" type="password" value="securepassword123"></label>
  <label>Typo <input name="emial" value="x"></label>
  <button>Create</button>
"#;

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh form with `markup`, in the page.
fn form(markup: &str) -> HtmlFormElement {
    let doc = document();
    let form: HtmlFormElement = doc.create_element("form").expect("form").unchecked_into();
    // Fixed test markup, no user data.
    form.set_inner_html(markup);
    doc.body()
        .expect("body")
        .append_child(&form)
        .expect("append");
    form
}

fn input(form: &HtmlFormElement, name: &str) -> HtmlInputElement {
    form.query_selector(&format!("[name={name}]"))
        .ok()
        .flatten()
        .expect("the control")
        .unchecked_into()
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("options JSON")
}

/// Details seen by a listener, and the listener (kept alive by the test).
type Recorded = (Rc<RefCell<Vec<JsValue>>>, Closure<dyn Fn(Event)>);

/// The `detail` of every `tm-validate` event the form dispatches.
fn record_events(form: &HtmlFormElement) -> Recorded {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    let listener = Closure::<dyn Fn(Event)>::new(move |e: Event| {
        s.borrow_mut().push(get(&e, &["detail"]));
    });
    form.add_event_listener_with_callback("tm-validate", listener.as_ref().unchecked_ref())
        .expect("listen");
    (seen, listener)
}

/// The element an id names.
fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .expect("an element with that id")
}

fn attach(form: &HtmlFormElement, opts: &str) -> Attached {
    attach_form(form.clone().into(), options(opts))
        .map_err(JsValue::from)
        .expect("attach")
}

#[wasm_bindgen_test]
fn a_bad_email_is_marked_beside_its_control_and_detach_restores_the_form() {
    let form = form(FORM);
    let before = form.outer_html();
    let (events, _listener) = record_events(&form);
    let handle = attach(&form, "{}");
    let email = input(&form, "email");
    email.set_value("john.doe@");

    let built = handle.check().map_err(JsValue::from).expect("check");

    let errors = get(&built, &["report", "errors"]);
    let first = js_sys::Array::from(&errors).get(0);
    assert_eq!(js_sys::Array::from(&errors).length(), 1);
    assert_eq!(
        get(&first, &["field"]).as_string().as_deref(),
        Some("email")
    );
    assert_eq!(
        get(&first, &["code"]).as_string().as_deref(),
        Some("invalid_email")
    );
    let message = get(&first, &["message"]).as_string().expect("a message");

    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = email
        .get_attribute("aria-describedby")
        .expect("describedby");
    let ids: Vec<&str> = described.split(' ').collect();
    assert_eq!(
        ids.first(),
        Some(&"email-hint"),
        "the page's own hint stays"
    );
    assert_eq!(ids.len(), 2);
    let note = by_id(ids[1]);
    assert_eq!(note.text_content().as_deref(), Some(message.as_str()));
    assert!(note.class_name().contains("tm-message-error"));
    assert_eq!(
        email.next_element_sibling().map(|e| e.id()),
        Some(ids[1].to_owned()),
        "the message follows its control"
    );
    assert_eq!(
        email.validation_message().ok().as_deref(),
        Some(message.as_str())
    );

    // The warning: shown, in its own style, not invalid, no custom validity.
    let typo = input(&form, "emial");
    let warning = by_id(
        typo.get_attribute("aria-describedby")
            .expect("the warning's describedby")
            .as_str(),
    );
    assert!(warning.class_name().contains("tm-message-warning"));
    assert_eq!(typo.get_attribute("aria-invalid"), None);
    assert_eq!(typo.validation_message().ok().as_deref(), Some(""));

    // One event, whose detail is the very object check() returned.
    assert_eq!(events.borrow().len(), 1);
    assert!(Object::is(&events.borrow()[0], &built));

    // Fixed: the marks go at the next check.
    email.set_value("john.doe@example.com");
    let built = handle.check().map_err(JsValue::from).expect("check");
    assert_eq!(get(&built, &["report", "valid"]).as_bool(), Some(true));
    assert_eq!(
        email.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(
        email.get_attribute("aria-describedby").as_deref(),
        Some("email-hint")
    );
    assert_eq!(email.validation_message().ok().as_deref(), Some(""));

    email.set_value("");
    handle.check().map_err(JsValue::from).expect("check");
    handle.detach();
    assert_eq!(form.outer_html(), before);
    assert_eq!(email.validation_message().ok().as_deref(), Some(""));
    assert!(handle.check().is_err(), "a detached handle does not check");
    form.remove();
}

#[wasm_bindgen_test]
fn an_issue_without_a_control_goes_to_the_form_and_holds_submit_back() {
    // No password control: "password is required" has nowhere else to go.
    let form =
        form(r#"<input name="username" value="jo"><input name="email" value="jo@example.com">"#);
    let before = form.outer_html();
    let handle = attach(&form, r#"{"debounce": 0}"#);
    let built = handle.check().map_err(JsValue::from).expect("check");
    let first = js_sys::Array::from(&get(&built, &["report", "errors"])).get(0);
    assert_eq!(
        get(&first, &["field"]).as_string().as_deref(),
        Some("password")
    );
    let area = form
        .query_selector(".tm-form-messages")
        .ok()
        .flatten()
        .expect("the form-level area");
    assert_eq!(area.text_content(), get(&first, &["message"]).as_string());
    assert_eq!(area.get_attribute("role").as_deref(), Some("alert"));

    let init = EventInit::new();
    init.set_cancelable(true);
    let submit = Event::new_with_event_init_dict("submit", &init).expect("event");
    form.dispatch_event(&submit).expect("dispatch");
    assert!(
        submit.default_prevented(),
        "submit held back while errors remain"
    );

    handle.detach();
    handle.detach();
    assert_eq!(form.outer_html(), before);
    let submit = Event::new_with_event_init_dict("submit", &init).expect("event");
    form.dispatch_event(&submit).expect("dispatch");
    assert!(!submit.default_prevented(), "no listener left");
    form.remove();
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_naming_the_option() {
    let form = form(FORM);
    for (opts, option) in [
        (r#"{"debounce": -1}"#, "`debounce`"),
        (r#"{"debounce": "fast"}"#, "`debounce`"),
        (r#"{"blockSubmit": "yes"}"#, "`blockSubmit`"),
        (r#"{"mode": "delete"}"#, "`mode`"),
        (r#"{"mode": "edit", "userId": 0}"#, "`userId`"),
        ("[]", "`options`"),
    ] {
        let error = attach_form(form.clone().into(), options(opts))
            .err()
            .map(|e| js_sys::Error::from(JsValue::from(e)).message())
            .and_then(|m| m.as_string())
            .expect("an error");
        assert!(error.contains(option), "{opts}: {error}");
    }
    assert!(!form.has_attribute("data-tm-attached"), "nothing attached");

    let handle = attach(&form, r#"{"locale": "en"}"#);
    assert!(
        attach_form(form.clone().into(), JsValue::UNDEFINED).is_err(),
        "attached twice"
    );
    let error = handle
        .set_options(options(r#"{"mode": "edit", "userId": -5}"#))
        .err()
        .map(|e| js_sys::Error::from(JsValue::from(e)).message())
        .and_then(|m| m.as_string())
        .expect("an error");
    assert!(error.contains("`userId`"), "{error}");
    // The old options stay: still create mode.
    let built = handle.check().map_err(JsValue::from).expect("check");
    assert_eq!(
        get(&built, &["report", "mode"]).as_string().as_deref(),
        Some("create")
    );
    let built = handle
        .set_options(options(r#"{"mode": "edit", "userId": 5}"#))
        .map_err(JsValue::from)
        .expect("set options");
    assert_eq!(
        get(&built, &["report", "mode"]).as_string().as_deref(),
        Some("edit")
    );
    handle.detach();
    form.remove();
}

#[wasm_bindgen_test]
fn list_items_and_renumbered_accounts_are_marked_on_their_own_control() {
    let form = form(
        r#"<input name="username" value="jo"><input name="email" value="jo@example.com">
        <input name="password" value="pw-123456">
        <input name="affiliateManagers[]" value="15"><input name="affiliateManagers[]" value="">
        <input name="affiliateManagers[]" value="16">
        <input name="paymentMethods[Wire transfer][5][IBAN]" value="DE00370400440532013000">"#,
    );
    let handle = attach(&form, r#"{"knownAffiliateManagers": [15]}"#);
    let built = handle.check().map_err(JsValue::from).expect("check");
    let errors = js_sys::Array::from(&get(&built, &["report", "errors"]));
    let codes: Vec<String> = errors
        .iter()
        .filter_map(|e| get(&e, &["code"]).as_string())
        .collect();
    assert_eq!(codes.len(), 2, "{codes:?}");
    let managers = form
        .query_selector_all("[name='affiliateManagers[]']")
        .expect("list");
    let invalid: Vec<Option<String>> = (0..managers.length())
        .map(|i| {
            managers
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|e| e.get_attribute("aria-invalid"))
        })
        .collect();
    assert_eq!(
        invalid,
        [None, None, Some("true".to_owned())],
        "only 16 is unknown"
    );
    let iban = input(&form, "'paymentMethods[Wire transfer][5][IBAN]'");
    assert_eq!(iban.get_attribute("aria-invalid").as_deref(), Some("true"));
    let iban_issue = errors
        .iter()
        .find(|e| {
            get(e, &["path"])
                .as_string()
                .is_some_and(|p| p.ends_with("/IBAN"))
        })
        .expect("the IBAN error");
    assert_eq!(
        get(&iban_issue, &["path"]).as_string().as_deref(),
        Some("/paymentMethods/Wire transfer/0/IBAN"),
        "renumbered in the body"
    );
    assert_eq!(
        handle
            .control_for(iban_issue)
            .map(|e| e.get_attribute("name")),
        Some(Some("paymentMethods[Wire transfer][5][IBAN]".to_owned()))
    );
    handle.detach();
    form.remove();
}
