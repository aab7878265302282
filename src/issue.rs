//! What the validator finds: an [`Issue`](crate::Issue) is data — a place ([`Path`]), a
//! kind with typed parameters ([`IssueKind`]) — and its message is rendered
//! from that data in the caller's locale, never stored in its place.

use serde::Serialize;

use crate::params::{Param, Params};
use crate::path::Path;

/// How bad an issue is. An error is something the server rejects or a value
/// certainly wrong by a published standard; a warning is suspicious but may be
/// intended; a notice only says what the request will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The request would be rejected, or holds a certainly wrong value.
    Error,
    /// Suspicious, but may be intended.
    Warning,
    /// Information about what the request does (a new payment account).
    Notice,
}

/// The JSON type of a value, as named in issue parameters (`actual`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonType {
    /// `null`
    Null,
    /// `true` or `false`
    Boolean,
    /// A number with no fractional part.
    Integer,
    /// Any other number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// The snake_case name used in `params.actual`.
    pub fn as_str(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "boolean",
            JsonType::Integer => "integer",
            JsonType::Number => "number",
            JsonType::String => "string",
            JsonType::Array => "array",
            JsonType::Object => "object",
        }
    }
}

/// Every kind of issue with its typed parameters. Serialized as
/// `{"code": "...", "params": {...}}`; `params` is always an object, built
/// by [`IssueKind::params`].
///
/// No variant carries the value of `password`, `SSN` or `passportNo`.
#[derive(Debug, Clone, PartialEq)]
pub enum IssueKind {
    // --- the document -----------------------------------------------------
    /// The JSON text does not parse.
    InvalidJson {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
    },
    /// Nested deeper than 128 levels (no request body of this API is deeper than 5).
    NestingTooDeep {
        /// The deepest nesting read.
        max: usize,
    },
    /// A JS value that has no JSON form (a BigInt, a cycle, a throwing getter).
    UnserializablePayload {},

    // --- types ------------------------------------------------------------
    /// An object was expected (the body, `profile`, `paymentMethods`, an account).
    ExpectedObject {
        /// The type found.
        actual: JsonType,
    },
    /// An array was expected (`affiliateManagers`, a payment method's accounts).
    ExpectedArray {
        /// The type found.
        actual: JsonType,
    },
    /// A string was expected.
    ExpectedString {
        /// The type found.
        actual: JsonType,
    },
    /// A JSON integer was expected (a numeric string such as `"42"` is not one).
    ExpectedInteger {
        /// The type found.
        actual: JsonType,
    },
    /// A custom profile field holds an object or array; only a string,
    /// number or boolean is allowed.
    ExpectedScalar {
        /// The type found.
        actual: JsonType,
    },

    // --- presence ---------------------------------------------------------
    /// A field required in this mode is missing.
    Required {},
    /// A field that edit mode forbids (`id`).
    ForbiddenOnEdit {},
    /// A string that must not be empty is empty (after trimming).
    Empty {},
    /// A top-level key the API does not know.
    UnknownField {
        /// The key as sent.
        name: String,
        /// The closest known key, when one is close.
        suggestion: Option<String>,
    },

    // --- numbers ----------------------------------------------------------
    /// An integer below its minimum.
    IntegerTooSmall {
        /// The smallest allowed value.
        min: i64,
    },
    /// An integer above 2^53 − 1, or a number too large to be exact.
    IntegerTooLarge {
        /// The largest allowed value.
        max: u64,
    },

    // --- email --------------------------------------------------------------
    /// Not an email address as WHATWG HTML defines `<input type=email>`.
    InvalidEmail {},

    // --- password -----------------------------------------------------------
    /// `isPasswordHashed` is not `"0"`, `"1"`, `0` or `1`.
    InvalidHashedFlag {},
    /// `isPasswordHashed` is 1 but the password is not a hash of any known kind.
    NotAHash {},
    /// `isPasswordHashed` is 1 and the password is a hash the API does not support.
    UnsupportedHash {
        /// The algorithm it looks like (`argon2d`, `sha512-crypt`, `md5`, …).
        algorithm: &'static str,
    },
    /// `isPasswordHashed` is 1 and the password starts like a supported hash
    /// but is not well formed.
    MalformedHash {
        /// `bcrypt`, `argon2i` or `argon2id`.
        algorithm: &'static str,
    },
    /// `isPasswordHashed` is 0 (or absent) but the password looks hashed: it
    /// would be hashed again and nobody could log in.
    PasswordLooksHashed {
        /// The algorithm it looks like.
        algorithm: &'static str,
    },
    /// On edit, `isPasswordHashed` without `password` changes nothing.
    HashedFlagWithoutPassword {},

    // --- status -------------------------------------------------------------
    /// Not one of the seven statuses.
    InvalidStatus {
        /// The allowed values.
        allowed: Vec<i64>,
    },
    /// Creating a user as banned or pending deletion.
    UnusualCreateStatus {
        /// The status sent.
        status: i64,
    },

    // --- referrer -----------------------------------------------------------
    /// The referrer is the edited user.
    ReferrerIsSelf {
        /// The user's own id.
        user_id: u64,
    },

    // --- affiliate managers -------------------------------------------------
    /// An ID listed twice in `affiliateManagers`.
    DuplicateAffiliateManager {
        /// The repeated ID.
        id: u64,
    },
    /// An ID outside `options.knownAffiliateManagers`.
    UnknownAffiliateManager {
        /// The unknown ID.
        id: u64,
    },
    /// The current main manager is kept but is not in the new assigned list.
    MainManagerNotAssigned {
        /// The main manager kept.
        id: u64,
    },
    /// `affiliate_manager_id` is `""` with two or more assigned managers:
    /// nobody is promoted and the main manager is unset.
    PromoteAmbiguous {
        /// How many managers are assigned.
        count: usize,
    },

    // --- profile ------------------------------------------------------------
    /// Not shaped `YYYY-MM-DD`.
    InvalidDateFormat {},
    /// Shaped `YYYY-MM-DD` but no such day (30 February, month 13).
    NonexistentDate {},
    /// A birth date after today.
    DateInFuture {
        /// Today, `YYYY-MM-DD`.
        today: String,
    },
    /// A birth date before 1900.
    DateBefore1900 {},
    /// Not an assigned ISO 3166-1 alpha-2 code in upper case.
    InvalidCountry {
        /// The upper-case form, when that is an assigned code.
        suggestion: Option<String>,
    },
    /// A phone number with characters other than digits, `+`, spaces, `-`,
    /// `.`, `(` and `)`, or a `+` not at the start.
    InvalidPhoneCharacters {},
    /// A phone number with fewer than 7 or more than 15 digits.
    InvalidPhoneLength {
        /// Digits found.
        digits: usize,
        /// Fewest digits allowed.
        min: usize,
        /// Most digits allowed.
        max: usize,
    },
    /// A US SSN not shaped `AAA-GG-SSSS`.
    SsnFormat {},

    // --- payment methods ----------------------------------------------------
    /// A payment method whose name is empty.
    EmptyPaymentMethodName {},
    /// Two accounts of one method with the same `id`.
    DuplicateAccountId {
        /// The repeated id.
        id: u64,
    },
    /// An account `id` in a create request.
    AccountIdOnCreate {},
    /// On edit, an account without `id` creates a new account.
    NewAccount {},
    /// Not an IBAN at all: it does not start with two letters and two digits,
    /// or holds characters other than letters, digits and spaces.
    InvalidIban {},
    /// The first two letters are no country of the IBAN registry nor any
    /// assigned ISO 3166-1 code.
    InvalidIbanCountry {
        /// The first two letters.
        country: String,
        /// For a territory whose IBANs use another country's prefix (`AX`
        /// uses `FI`), that prefix.
        uses: Option<&'static str>,
    },
    /// The country does not use IBAN (`US`): an account number, not an IBAN.
    IbanNotUsed {
        /// The first two letters.
        country: String,
    },
    /// The length differs from the registry's length for the country.
    InvalidIbanLength {
        /// The country.
        country: String,
        /// The registry's length.
        expected: usize,
        /// The length found (spaces removed).
        actual: usize,
    },
    /// The BBAN does not follow the registry's structure for the country.
    InvalidIbanFormat {
        /// The country.
        country: String,
        /// The registry's structure, e.g. `8!n10!n`.
        structure: &'static str,
    },
    /// The ISO 7064 mod-97 checksum fails.
    InvalidIbanChecksum {},
    /// A BIC that is not 8 or 11 characters long.
    InvalidBicLength {
        /// The length found.
        actual: usize,
    },
    /// A BIC whose bank code is not 4 letters, or whose location or branch
    /// code is not letters and digits.
    InvalidBicFormat {},
    /// A BIC whose country code (characters 5–6) is no assigned country.
    InvalidBicCountry {
        /// The two characters found.
        country: String,
    },

    // --- building the body from form fields (build_payload) ----------------
    /// The form fields could not be read at all (not a `FormData`,
    /// `URLSearchParams`, list of `[name, value]` pairs or plain object).
    UnreadableFields {},
    /// More form fields than `build_payload` reads; the rest were not read.
    TooManyFields {
        /// How many fields are read.
        max: usize,
    },
    /// A field name longer than `build_payload` reads; the field was not read.
    FieldNameTooLong {
        /// The longest name read, in characters.
        max: usize,
    },
    /// A field name nested deeper than `build_payload` reads; the field was
    /// not read.
    FieldNameTooDeep {
        /// The most segments a name may have.
        max: usize,
    },
    /// A part of a field name is `__proto__`, `constructor` or `prototype`.
    /// It is sent as an ordinary key and changes no object's prototype.
    SuspiciousKey {
        /// The name part.
        key: String,
    },
    /// Several controls send different values for one place; the last
    /// filled one is sent.
    RepeatedField {
        /// How many values were sent for the place.
        count: usize,
    },
    /// A file in the form: the API takes no files, so it is not sent.
    FileIgnored {},
    /// Edit mode without `options.userId`: the request has no address.
    UserIdRequired {},
}

impl IssueKind {
    /// The parameters of this issue, by name, as `Issue.params` holds them
    /// and message templates read them. Absent optional values are left out.
    pub fn params(&self) -> Params<'_> {
        use IssueKind as K;
        use Param::{Ints, Text, UInt};
        let n = |v: usize| UInt(u64::try_from(v).unwrap_or(u64::MAX));
        let actual = |t: &JsonType| ("actual", Text(t.as_str()));
        let mut p: Vec<(&'static str, Param<'_>)> = match self {
            K::InvalidJson { line, column } => vec![("line", n(*line)), ("column", n(*column))],
            K::NestingTooDeep { max } => vec![("max", n(*max))],
            K::ExpectedObject { actual: t }
            | K::ExpectedArray { actual: t }
            | K::ExpectedString { actual: t }
            | K::ExpectedInteger { actual: t }
            | K::ExpectedScalar { actual: t } => vec![actual(t)],
            K::UnknownField { name, suggestion } => {
                let mut v = vec![("name", Text(name.as_str()))];
                v.extend(suggestion.as_deref().map(|s| ("suggestion", Text(s))));
                v
            }
            K::IntegerTooSmall { min } => vec![("min", Param::Int(*min))],
            K::IntegerTooLarge { max } => vec![("max", UInt(*max))],
            K::UnsupportedHash { algorithm }
            | K::MalformedHash { algorithm }
            | K::PasswordLooksHashed { algorithm } => vec![("algorithm", Text(algorithm))],
            K::InvalidStatus { allowed } => vec![("allowed", Ints(allowed))],
            K::UnusualCreateStatus { status } => vec![("status", Param::Int(*status))],
            K::ReferrerIsSelf { user_id } => vec![("user_id", UInt(*user_id))],
            K::DuplicateAffiliateManager { id }
            | K::UnknownAffiliateManager { id }
            | K::MainManagerNotAssigned { id }
            | K::DuplicateAccountId { id } => vec![("id", UInt(*id))],
            K::PromoteAmbiguous { count } => vec![("count", n(*count))],
            K::DateInFuture { today } => vec![("today", Text(today))],
            K::InvalidCountry { suggestion } => suggestion
                .as_deref()
                .map(|s| ("suggestion", Text(s)))
                .into_iter()
                .collect(),
            K::InvalidPhoneLength { digits, min, max } => {
                vec![("digits", n(*digits)), ("min", n(*min)), ("max", n(*max))]
            }
            K::InvalidIbanCountry { country, uses } => {
                let mut v = vec![("country", Text(country.as_str()))];
                v.extend(uses.map(|u| ("uses", Text(u))));
                v
            }
            K::IbanNotUsed { country } | K::InvalidBicCountry { country } => {
                vec![("country", Text(country))]
            }
            K::InvalidIbanLength {
                country,
                expected,
                actual,
            } => vec![
                ("country", Text(country)),
                ("expected", n(*expected)),
                ("actual", n(*actual)),
            ],
            K::InvalidIbanFormat { country, structure } => {
                vec![("country", Text(country)), ("structure", Text(structure))]
            }
            K::InvalidBicLength { actual } => vec![("actual", n(*actual))],
            K::TooManyFields { max }
            | K::FieldNameTooLong { max }
            | K::FieldNameTooDeep { max } => {
                vec![("max", n(*max))]
            }
            K::SuspiciousKey { key } => vec![("key", Text(key))],
            K::RepeatedField { count } => vec![("count", n(*count))],
            K::UnserializablePayload {}
            | K::Required {}
            | K::ForbiddenOnEdit {}
            | K::Empty {}
            | K::InvalidEmail {}
            | K::InvalidHashedFlag {}
            | K::NotAHash {}
            | K::HashedFlagWithoutPassword {}
            | K::InvalidDateFormat {}
            | K::NonexistentDate {}
            | K::DateBefore1900 {}
            | K::InvalidPhoneCharacters {}
            | K::SsnFormat {}
            | K::EmptyPaymentMethodName {}
            | K::AccountIdOnCreate {}
            | K::NewAccount {}
            | K::InvalidIban {}
            | K::InvalidIbanChecksum {}
            | K::InvalidBicFormat {}
            | K::UnreadableFields {}
            | K::FileIgnored {}
            | K::UserIdRequired {} => Vec::new(),
        };
        p.shrink_to_fit();
        Params(p)
    }
}

impl Serialize for IssueKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("code", self.code().as_str())?;
        m.serialize_entry("params", &self.params())?;
        m.end()
    }
}

/// One sample of every kind of issue at a plausible place, for tests that
/// render every message of every locale (here, in the wasm tests and in the
/// i18n tests). Not part of the stable API.
#[doc(hidden)]
pub fn samples() -> Vec<(IssueKind, Path)> {
    use IssueKind as K;
    let r = Path::root();
    let acct = r.key("paymentMethods").key("Wire transfer").index(0);
    vec![
        (
            K::InvalidJson {
                line: 3,
                column: 14,
            },
            r.clone(),
        ),
        (K::NestingTooDeep { max: 128 }, r.clone()),
        (K::UnserializablePayload {}, r.clone()),
        (
            K::ExpectedObject {
                actual: JsonType::Array,
            },
            r.key("profile"),
        ),
        (
            K::ExpectedArray {
                actual: JsonType::String,
            },
            r.key("affiliateManagers"),
        ),
        (
            K::ExpectedString {
                actual: JsonType::Integer,
            },
            r.key("profile").key("zip"),
        ),
        (
            K::ExpectedInteger {
                actual: JsonType::String,
            },
            r.key("referrer"),
        ),
        (
            K::ExpectedScalar {
                actual: JsonType::Object,
            },
            r.key("profile").key("favouriteColour"),
        ),
        (K::Required {}, r.key("username")),
        (K::ForbiddenOnEdit {}, r.key("id")),
        (K::Empty {}, r.key("password")),
        (
            K::UnknownField {
                name: "affiliateManager".into(),
                suggestion: Some("affiliateManagers".into()),
            },
            r.key("affiliateManager"),
        ),
        (
            K::UnknownField {
                name: "colour".into(),
                suggestion: None,
            },
            r.key("colour"),
        ),
        (
            K::IntegerTooSmall { min: 1 },
            r.key("affiliateManagers").index(1),
        ),
        (
            K::IntegerTooLarge {
                max: crate::rules::integer::MAX_SAFE,
            },
            r.key("id"),
        ),
        (K::InvalidEmail {}, r.key("email")),
        (K::InvalidEmail {}, acct.key("Paypal email")),
        (K::InvalidHashedFlag {}, r.key("isPasswordHashed")),
        (K::NotAHash {}, r.key("password")),
        (
            K::UnsupportedHash {
                algorithm: "argon2d",
            },
            r.key("password"),
        ),
        (
            K::MalformedHash {
                algorithm: "bcrypt",
            },
            r.key("password"),
        ),
        (
            K::PasswordLooksHashed {
                algorithm: "argon2id",
            },
            r.key("password"),
        ),
        (K::HashedFlagWithoutPassword {}, r.key("isPasswordHashed")),
        (
            K::InvalidStatus {
                allowed: crate::rules::status::allowed(),
            },
            r.key("status"),
        ),
        (K::UnusualCreateStatus { status: -4 }, r.key("status")),
        (K::ReferrerIsSelf { user_id: 123 }, r.key("referrer")),
        (
            K::DuplicateAffiliateManager { id: 16 },
            r.key("affiliateManagers").index(2),
        ),
        (
            K::UnknownAffiliateManager { id: 99 },
            r.key("affiliate_manager_id"),
        ),
        (
            K::MainManagerNotAssigned { id: 15 },
            r.key("affiliateManagers"),
        ),
        (
            K::PromoteAmbiguous { count: 2 },
            r.key("affiliate_manager_id"),
        ),
        (K::InvalidDateFormat {}, r.key("profile").key("birthDate")),
        (K::NonexistentDate {}, r.key("profile").key("birthDate")),
        (
            K::DateInFuture {
                today: "2026-12-04".into(),
            },
            r.key("profile").key("birthDate"),
        ),
        (K::DateBefore1900 {}, r.key("profile").key("birthDate")),
        (
            K::InvalidCountry {
                suggestion: Some("US".into()),
            },
            r.key("profile").key("country"),
        ),
        (
            K::InvalidCountry { suggestion: None },
            r.key("profile").key("country"),
        ),
        (K::InvalidPhoneCharacters {}, r.key("profile").key("phone")),
        (
            K::InvalidPhoneLength {
                digits: 5,
                min: 7,
                max: 15,
            },
            r.key("profile").key("phone"),
        ),
        (K::SsnFormat {}, r.key("profile").key("SSN")),
        (
            K::EmptyPaymentMethodName {},
            r.key("paymentMethods").key(" "),
        ),
        (K::DuplicateAccountId { id: 17 }, acct.key("id")),
        (K::AccountIdOnCreate {}, acct.key("id")),
        (K::NewAccount {}, acct.clone()),
        (K::InvalidIban {}, acct.key("IBAN")),
        (
            K::InvalidIbanCountry {
                country: "AX".into(),
                uses: Some("FI"),
            },
            acct.key("IBAN"),
        ),
        (
            K::InvalidIbanCountry {
                country: "ZZ".into(),
                uses: None,
            },
            acct.key("IBAN"),
        ),
        (
            K::IbanNotUsed {
                country: "US".into(),
            },
            acct.key("IBAN"),
        ),
        (
            K::InvalidIbanLength {
                country: "DE".into(),
                expected: 22,
                actual: 21,
            },
            acct.key("IBAN"),
        ),
        (
            K::InvalidIbanFormat {
                country: "GB".into(),
                structure: "4!a6!n8!n",
            },
            acct.key("IBAN"),
        ),
        (K::InvalidIbanChecksum {}, acct.key("IBAN")),
        (K::InvalidBicLength { actual: 9 }, acct.key("SWIFT/BIC")),
        (K::InvalidBicFormat {}, acct.key("Intermediary bank SWIFT")),
        (
            K::InvalidBicCountry {
                country: "EF".into(),
            },
            acct.key("SWIFT/BIC"),
        ),
        (K::UnreadableFields {}, r.clone()),
        (K::TooManyFields { max: 10_000 }, r.clone()),
        (K::FieldNameTooLong { max: 1024 }, r.clone()),
        (K::FieldNameTooDeep { max: 8 }, r.clone()),
        (
            K::SuspiciousKey {
                key: "__proto__".into(),
            },
            r.key("profile").key("__proto__"),
        ),
        (K::RepeatedField { count: 2 }, r.key("username")),
        (K::FileIgnored {}, r.key("profile").key("avatar")),
        (K::UserIdRequired {}, r.clone()),
    ]
}
