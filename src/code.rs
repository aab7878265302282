//! The stable machine codes of issues and their severities: one table.

use crate::issue::{IssueKind, Severity};

macro_rules! codes {
    ($( $variant:ident => $name:ident, $sev:ident; )*) => {
        /// The stable snake_case code of an issue, without its parameters.
        /// The README lists them; messages are looked up by it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $( #[doc = stringify!($name)] $variant, )* }

        /// One locale's message templates: a field per code, so a locale
        /// that misses a code does not compile. Templates name parameters
        /// in braces: `{label}` (the field's name in that locale), `{min}`,
        /// `{suggestion}`, … as in the issue's `params`.
        #[derive(Debug)]
        pub struct Messages { $( #[doc = stringify!($name)] pub $name: &'static str, )* }

        impl Messages {
            /// The template for a code.
            pub fn get(&self, code: Code) -> &'static str {
                match code { $(Code::$variant => self.$name,)* }
            }
        }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The snake_case code, as in `Issue.code`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => stringify!($name),)* }
            }

            /// The severity every issue of this code has.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }
        }

        impl IssueKind {
            /// The code of this kind of issue.
            pub fn code(&self) -> Code {
                match self { $(IssueKind::$variant { .. } => Code::$variant,)* }
            }
        }
    };
}

codes! {
    InvalidJson => invalid_json, Error;
    NestingTooDeep => nesting_too_deep, Error;
    UnserializablePayload => unserializable_payload, Error;
    ExpectedObject => expected_object, Error;
    ExpectedArray => expected_array, Error;
    ExpectedString => expected_string, Error;
    ExpectedInteger => expected_integer, Error;
    ExpectedScalar => expected_scalar, Error;
    Required => required, Error;
    ForbiddenOnEdit => forbidden_on_edit, Error;
    Empty => empty, Error;
    UnknownField => unknown_field, Warning;
    IntegerTooSmall => integer_too_small, Error;
    IntegerTooLarge => integer_too_large, Error;
    InvalidEmail => invalid_email, Error;
    InvalidHashedFlag => invalid_hashed_flag, Error;
    NotAHash => not_a_hash, Error;
    UnsupportedHash => unsupported_hash, Error;
    MalformedHash => malformed_hash, Error;
    PasswordLooksHashed => password_looks_hashed, Warning;
    HashedFlagWithoutPassword => hashed_flag_without_password, Warning;
    InvalidStatus => invalid_status, Error;
    UnusualCreateStatus => unusual_create_status, Warning;
    ReferrerIsSelf => referrer_is_self, Error;
    DuplicateAffiliateManager => duplicate_affiliate_manager, Warning;
    UnknownAffiliateManager => unknown_affiliate_manager, Error;
    MainManagerNotAssigned => main_manager_not_assigned, Warning;
    PromoteAmbiguous => promote_ambiguous, Warning;
    InvalidDateFormat => invalid_date_format, Error;
    NonexistentDate => nonexistent_date, Error;
    DateInFuture => date_in_future, Error;
    DateBefore1900 => date_before_1900, Warning;
    InvalidCountry => invalid_country, Error;
    InvalidPhoneCharacters => invalid_phone_characters, Error;
    InvalidPhoneLength => invalid_phone_length, Error;
    SsnFormat => ssn_format, Warning;
    EmptyPaymentMethodName => empty_payment_method_name, Error;
    DuplicateAccountId => duplicate_account_id, Error;
    AccountIdOnCreate => account_id_on_create, Warning;
    NewAccount => new_account, Notice;
    InvalidIban => invalid_iban, Error;
    InvalidIbanCountry => invalid_iban_country, Error;
    IbanNotUsed => iban_not_used, Warning;
    InvalidIbanLength => invalid_iban_length, Error;
    InvalidIbanFormat => invalid_iban_format, Error;
    InvalidIbanChecksum => invalid_iban_checksum, Error;
    InvalidBicLength => invalid_bic_length, Error;
    InvalidBicFormat => invalid_bic_format, Error;
    InvalidBicCountry => invalid_bic_country, Error;
    UnreadableFields => unreadable_fields, Error;
    TooManyFields => too_many_fields, Error;
    FieldNameTooLong => field_name_too_long, Error;
    FieldNameTooDeep => field_name_too_deep, Error;
    SuspiciousKey => suspicious_key, Warning;
    RepeatedField => repeated_field, Warning;
    FileIgnored => file_ignored, Warning;
    UserIdRequired => user_id_required, Error;
}
