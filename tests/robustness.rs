//! Nothing panics, whatever the payload; `valid` agrees with `errors`; and
//! no message or parameter carries a secret.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use tm_user_validator::{validate, validate_json, Current, Locale, Mode, Options};

fn options(mode: Mode, current: bool) -> Options {
    Options {
        mode,
        user_id: Some(42),
        current: current.then(|| Current {
            main: Some(15),
            assigned: vec![15, 16],
        }),
        known_affiliate_managers: Some(vec![15, 16, 17]),
        today: None,
    }
}

/// Arbitrary JSON, biased towards the API's own keys so the rules run deep.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("username".to_owned()),
        Just("email".to_owned()),
        Just("password".to_owned()),
        Just("isPasswordHashed".to_owned()),
        Just("affiliate_manager_id".to_owned()),
        Just("affiliateManagers".to_owned()),
        Just("status".to_owned()),
        Just("profile".to_owned()),
        Just("paymentMethods".to_owned()),
        Just("birthDate".to_owned()),
        Just("country".to_owned()),
        Just("IBAN".to_owned()),
        Just("SWIFT/BIC".to_owned()),
        Just("id".to_owned()),
        Just("__proto__".to_owned()),
        ".{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::from),
        Just(json!("")),
        Just(json!(
            "$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234"
        )),
        Just(json!("DE89370400440532013000")),
        Just(json!("2000-02-29")),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_valid_matches_errors(v in json_value(), edit in any::<bool>(), cur in any::<bool>()) {
        let mode = if edit { Mode::Edit } else { Mode::Create };
        let r = validate(&v, &options(mode, cur));
        prop_assert_eq!(r.valid(), r.errors.is_empty());
        let text = r.to_json(Locale::En);
        let back: Value = serde_json::from_str(&text).expect("report is JSON");
        // The hand-written JSON and the serde form agree exactly.
        let via_serde = serde_json::to_value(r.rendered(Locale::Ar)).expect("serde form");
        let hand: Value = serde_json::from_str(&r.to_json(Locale::Ar)).expect("report is JSON");
        prop_assert_eq!(hand, via_serde);
        prop_assert_eq!(back["valid"].as_bool(), Some(r.errors.is_empty()));
        // Text input gives the same report as the value.
        let again = validate_json(&v.to_string(), &options(mode, cur));
        prop_assert_eq!(again.valid(), r.valid());
    }

    #[test]
    fn every_format_check_takes_any_string(s in "\\PC{0,80}") {
        use tm_user_validator::rules::{bic, email, hash, iban, phone, country};
        let _ = bic::check(&s);
        let _ = iban::check(&s);
        let _ = hash::shape(&s);
        let _ = phone::check(&s);
        let _ = email::is_valid(&s);
        let _ = country::is_assigned(&s);
        let _ = tm_user_validator::date::Date::parse(&s);
        let _ = tm_user_validator::Locale::negotiate(&s);
    }

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,200}") {
        let r = validate_json(&s, &Options::default());
        prop_assert_eq!(r.valid(), r.errors.is_empty());
    }

    #[test]
    fn secrets_never_reach_messages_or_params(
        secret in "[A-Za-z0-9$./=+,-]{6,40}",
        flag in prop_oneof![Just(json!("1")), Just(json!("0")), Just(json!(7))],
        country in prop_oneof![Just("US"), Just("DE")],
    ) {
        let body = json!({
            "username": secret, "email": secret, "password": secret, "isPasswordHashed": flag,
            "profile": { "SSN": secret, "passportNo": secret, "country": country },
        });
        let r = validate(&body, &Options::default());
        for locale in Locale::ALL {
            for issue in r.issues().filter(|i| i.pointer() != "/username" && i.pointer() != "/email") {
                let text = serde_json::to_string(&issue.rendered(*locale)).expect("issue JSON");
                prop_assert!(!text.contains(&secret), "{}", text);
            }
        }
    }
}

#[test]
fn hostile_shapes() {
    let deep_array = (0..10_000).fold(json!(1), |acc, _| Value::Array(vec![acc]));
    let big = "x".repeat(5 * 1024 * 1024);
    // Built by hand: `json!` would serialise the 10,000 levels recursively.
    let mut profile = serde_json::Map::new();
    profile.insert("deep".into(), deep_array);
    let mut deep_body = serde_json::Map::new();
    deep_body.insert("profile".into(), Value::Object(profile));
    let payloads = [
        Value::Object(deep_body),
        json!({ "username": big, "email": big, "password": big, "profile": { "birthDate": big, "phone": big } }),
        json!({ "paymentMethods": { big.as_str(): [{ "IBAN": big, "SWIFT/BIC": big }] } }),
        json!({ "id": 1e308, "status": -0.0, "referrer": 9007199254740992u64, "affiliateManagers": [-0.0, 1e308] }),
        json!({ "__proto__": { "polluted": true }, "constructor": { "prototype": {} } }),
    ];
    for p in &payloads {
        for mode in [Mode::Create, Mode::Edit] {
            let r = validate(p, &options(mode, false));
            assert_eq!(r.valid(), r.errors.is_empty());
        }
    }
    // Parsed from text, 10,000 levels is a syntax error, not a stack overflow.
    let text = "[".repeat(10_000) + &"]".repeat(10_000);
    let r = validate_json(&text, &Options::default());
    assert_eq!(r.errors[0].code().as_str(), "nesting_too_deep");
    // Dropping 10,000 levels recurses in serde_json's Drop; a test need not free it.
    std::mem::forget(payloads);
}
