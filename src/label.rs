//! The human name of a place in the payload, so that a message stands on its
//! own in a summary ("The email address is not valid"). Each locale names
//! every label; a place with no label of its own (a custom profile field, an
//! unknown key) is named by its key, quoted.

use crate::path::{Path, Segment};

macro_rules! labels {
    ($( $variant:ident => $name:ident, )*) => {
        /// A place in the payload that has a name of its own in every locale.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Label { $( #[doc = stringify!($name)] $variant, )* }

        impl Label {
            /// Every label, in table order.
            pub const ALL: &'static [Label] = &[$(Label::$variant,)*];
        }

        /// One locale's names of the labelled places: a field per label, so
        /// a locale that misses one does not compile.
        #[derive(Debug)]
        pub struct Labels { $( #[doc = stringify!($name)] pub $name: &'static str, )* }

        impl Labels {
            /// The name of a label in this locale.
            pub fn get(&self, label: Label) -> &'static str {
                match label { $(Label::$variant => self.$name,)* }
            }
        }
    };
}

labels! {
    Body => body,
    Id => id,
    Username => username,
    Email => email,
    Password => password,
    IsPasswordHashed => is_password_hashed,
    Referrer => referrer,
    AffiliateManagerId => affiliate_manager_id,
    AffiliateManagers => affiliate_managers,
    AffiliateManagerItem => affiliate_manager_item,
    Status => status,
    Profile => profile,
    FirstName => first_name,
    LastName => last_name,
    BirthDate => birth_date,
    Address => address,
    Zip => zip,
    Country => country,
    Ssn => ssn,
    PassportNo => passport_no,
    Phone => phone,
    Skype => skype,
    PartnerCode => partner_code,
    PaymentMethods => payment_methods,
    PaymentMethod => payment_method,
    Account => account,
    AccountId => account_id,
    Iban => iban,
    Bic => bic,
    IntermediaryBic => intermediary_bic,
    PaypalEmail => paypal_email,
}

/// Top-level keys and their labels.
const TOP: &[(&str, Label)] = &[
    ("id", Label::Id),
    ("username", Label::Username),
    ("email", Label::Email),
    ("password", Label::Password),
    ("isPasswordHashed", Label::IsPasswordHashed),
    ("referrer", Label::Referrer),
    ("affiliate_manager_id", Label::AffiliateManagerId),
    ("affiliateManagers", Label::AffiliateManagers),
    ("status", Label::Status),
    ("profile", Label::Profile),
    ("paymentMethods", Label::PaymentMethods),
];

/// Known `profile` keys and their labels.
const PROFILE: &[(&str, Label)] = &[
    ("firstName", Label::FirstName),
    ("lastName", Label::LastName),
    ("birthDate", Label::BirthDate),
    ("address", Label::Address),
    ("zip", Label::Zip),
    ("country", Label::Country),
    ("SSN", Label::Ssn),
    ("passportNo", Label::PassportNo),
    ("phone", Label::Phone),
    ("skype", Label::Skype),
    ("partnerCode", Label::PartnerCode),
];

/// Account fields with a known format and their labels.
const ACCOUNT: &[(&str, Label)] = &[
    ("id", Label::AccountId),
    ("IBAN", Label::Iban),
    ("SWIFT/BIC", Label::Bic),
    ("Intermediary bank SWIFT", Label::IntermediaryBic),
    ("Paypal email", Label::PaypalEmail),
];

fn find(table: &[(&str, Label)], key: &str) -> Option<Label> {
    table.iter().find(|(k, _)| *k == key).map(|&(_, l)| l)
}

/// What a place is called: a label of its own, or its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Name<'a> {
    /// A place every locale names.
    Label(Label),
    /// A place named by its key (a custom field, an unknown key, an account field).
    Key(&'a str),
}

/// The name of the place a path points at.
pub fn name_of(path: &Path) -> Name<'_> {
    use Segment::{Index, Key};
    match path.segments() {
        [] => Name::Label(Label::Body),
        [Key(k)] => find(TOP, k).map_or(Name::Key(k), Name::Label),
        [Key(a), Index(_)] if a == "affiliateManagers" => Name::Label(Label::AffiliateManagerItem),
        [Key(p), Key(k)] if p == "profile" => find(PROFILE, k).map_or(Name::Key(k), Name::Label),
        [Key(p), Key(_)] if p == "paymentMethods" => Name::Label(Label::PaymentMethod),
        [Key(p), Key(_), Index(_)] if p == "paymentMethods" => Name::Label(Label::Account),
        [Key(p), Key(_), Index(_), Key(k)] if p == "paymentMethods" => {
            find(ACCOUNT, k).map_or(Name::Key(k), Name::Label)
        }
        [.., Key(k)] => Name::Key(k),
        [.., Index(_)] => Name::Label(Label::Body),
    }
}
