//! Properties of `build_payload` over arbitrary form fields: it never
//! panics, `json` is the payload serialized (two-space indent), the
//! redacted text and the JS-shaped object are JSON, and the body grows at
//! most linearly with the input (a huge index allocates nothing).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use tm_user_validator::build::{build_payload, fields_from_query, FieldValue};
use tm_user_validator::{Locale, Mode, Options};

/// Pieces names are made of: the API's keys, bracket and dot syntax,
/// hostile keys, indexes small and huge, and arbitrary text.
fn name_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("profile".to_owned()),
        Just("paymentMethods".to_owned()),
        Just("affiliateManagers".to_owned()),
        Just("affiliate_manager_id".to_owned()),
        Just("isPasswordHashed".to_owned()),
        Just("[Wire transfer]".to_owned()),
        Just("[IBAN]".to_owned()),
        Just("[]".to_owned()),
        Just("[0]".to_owned()),
        Just("[999999999999999]".to_owned()),
        Just("[99999999999999999999]".to_owned()),
        Just("[__proto__]".to_owned()),
        Just(".constructor".to_owned()),
        Just(".0".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(".".to_owned()),
        "\\PC{0,6}",
    ]
}

fn name() -> impl Strategy<Value = String> {
    prop::collection::vec(name_piece(), 1..8).prop_map(|p| p.concat())
}

fn value() -> impl Strategy<Value = FieldValue> {
    prop_oneof![
        4 => "\\PC{0,12}".prop_map(FieldValue::Text),
        2 => prop_oneof![
            Just(""), Just("  "), Just("15, 16,x"), Just("unchanged"), Just("on"), Just("0"),
            Just("de89 3704 0044 0532 0130 00"), Just("-3"), Just("99999999999999999999"),
        ].prop_map(FieldValue::text),
        1 => any::<i64>().prop_map(|n| FieldValue::Number(n.into())),
        // Binary fractions: serde_json's default float parsing (used to
        // re-read `json` here) is exact for them.
        1 => (-1_000_000i32..1_000_000).prop_filter_map("finite", |n| {
            serde_json::Number::from_f64(f64::from(n) / 8.0).map(FieldValue::Number)
        }),
        1 => any::<bool>().prop_map(FieldValue::Bool),
        1 => Just(FieldValue::Null),
        1 => "\\PC{0,6}".prop_map(|name| FieldValue::File { name }),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (any::<bool>(), prop::option::of(1u64..100)).prop_map(|(edit, user_id)| Options {
        mode: if edit { Mode::Edit } else { Mode::Create },
        user_id,
        ..Options::default()
    })
}

fn input_size(fields: &[(String, FieldValue)]) -> usize {
    fields
        .iter()
        .map(|(n, v)| {
            n.len()
                + match v {
                    FieldValue::Text(s) => s.len(),
                    FieldValue::File { name } => name.len(),
                    _ => 24,
                }
                + 1
        })
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_fields_build_a_serializable_body(
        fields in prop::collection::vec((name(), value()), 0..24),
        options in options(),
    ) {
        let built = build_payload(&fields, &options);
        prop_assert!(built.payload.is_object());
        prop_assert_eq!(&serde_json::to_string_pretty(&built.payload).unwrap(), &built.json);
        let reparsed: Value = serde_json::from_str(&built.json).unwrap();
        prop_assert_eq!(&reparsed, &built.payload);
        let redacted: Value = serde_json::from_str(&built.redacted_json).unwrap();
        prop_assert!(redacted.is_object());
        let js: Value = serde_json::from_str(&built.to_json(Locale::En)).unwrap();
        prop_assert_eq!(&js["payload"], &built.payload);
        // The hand-written JSON and the serde form agree exactly.
        prop_assert_eq!(&js, &serde_json::to_value(built.rendered(Locale::En)).unwrap());
        prop_assert!(built.json.len() <= 40 * (input_size(&fields) + 1), "{}", built.json.len());
        for issue in built.report.issues() {
            prop_assert!(!issue.message(Locale::En).is_empty());
        }
    }

    #[test]
    fn any_query_text_builds(text in "\\PC{0,200}") {
        let built = tm_user_validator::build::build_fields(&fields_from_query(&text), &Options::default());
        prop_assert_eq!(serde_json::to_string_pretty(&built.payload).unwrap(), built.json);
    }
}
