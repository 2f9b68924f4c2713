//! Codes from the standard classifications, each a type that can only hold a
//! valid value: ISO 3166-1 countries, ISO 639 languages, ISO 4217 currencies,
//! ISCO-08 groups, ESCO occupations and skills, CEFR levels, ISCED levels.
//!
//! Parse, don't validate: once a `CountryCode` exists it names a real
//! country, so no rule further down needs to check it again.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CodeError(pub String);

macro_rules! string_code {
    ($(#[$doc:meta])* $name:ident, $schema:expr, $exact:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let f: fn() -> serde_json::Value = $schema;
                schemars::Schema::try_from(f()).expect("a code's schema is an object")
            }
        }

        impl $name {
            /// The canonical code.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(c: $name) -> String {
                c.0
            }
        }

        /// From JSON: exactly one of the spellings the API's schema lists
        /// (no other case, no spaces around). [`Self::parse`], for forms
        /// and files, is lenient.
        impl TryFrom<String> for $name {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, CodeError> {
                let code = Self::parse(&s)?;
                let exact: fn(&str) -> bool = $exact;
                if exact(&s) {
                    Ok(code)
                } else {
                    Err(CodeError(format!(
                        "'{s}' is not written as the schema lists it (write it as '{code}')"
                    )))
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = CodeError;
            fn from_str(s: &str) -> Result<Self, CodeError> {
                Self::parse(s)
            }
        }
    };
}

string_code!(
    /// An ISO 3166-1 country, held as its alpha-3 code (`MEX`); alpha-2
    /// (`MX`) is accepted on input.
    CountryCode,
    country_schema,
    |s| corridor_reference::country(s).is_some_and(|c| s == c.alpha3 || s == c.alpha2 || s == format!("{:03}", c.numeric))
);

impl CountryCode {
    /// Parses an alpha-2, alpha-3 or numeric ISO 3166-1 code.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        corridor_reference::country(s.trim())
            .map(|c| Self(c.alpha3.to_string()))
            .ok_or_else(|| CodeError(format!("'{s}' is not an ISO 3166-1 country code")))
    }

    /// The country's English name.
    pub fn name(&self) -> String {
        corridor_reference::country(&self.0)
            .map(|c| c.name.to_string())
            .unwrap_or_else(|| self.0.clone())
    }

    /// True when the country is on the WHO Health Workforce Support and
    /// Safeguards List (2023).
    pub fn on_who_safeguard_list(&self) -> bool {
        corridor_reference::on_who_safeguard_list(&self.0)
    }
}

string_code!(
    /// An ISO 639 language, held as its 639-1 code where one exists (`es`),
    /// else its 639-3 code (`fil`).
    LanguageCode,
    language_schema,
    |s| corridor_reference::language(s).is_some_and(|l| s == l.alpha3 || Some(s) == l.alpha2)
);

impl LanguageCode {
    /// Parses an ISO 639-1 or 639-3 code.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        corridor_reference::language(s.trim())
            .map(|l| Self(l.code.to_string()))
            .ok_or_else(|| CodeError(format!("'{s}' is not an ISO 639 language code")))
    }

    /// The language's English name.
    pub fn name(&self) -> String {
        corridor_reference::language(&self.0)
            .map(|l| l.name.to_string())
            .unwrap_or_else(|| self.0.clone())
    }
}

string_code!(
    /// An ISO 4217 currency (`CAD`).
    CurrencyCode,
    currency_schema,
    |s| corridor_reference::currency(s).is_some_and(|c| s == c.code)
);

impl CurrencyCode {
    /// Parses an ISO 4217 alphabetic code.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        corridor_reference::currency(s.trim())
            .map(|c| Self(c.code.to_string()))
            .ok_or_else(|| CodeError(format!("'{s}' is not an ISO 4217 currency code")))
    }

    /// Digits after the decimal point in this currency (2 for CAD, 0 for KRW).
    pub fn exponent(&self) -> u8 {
        corridor_reference::currency(&self.0)
            .map(|c| c.exponent)
            .unwrap_or(2)
    }
}

string_code!(
    /// An ISCO-08 group at any level: major (1 digit), sub-major (2), minor
    /// (3) or unit group (4).
    IscoCode,
    isco_schema,
    |s| corridor_reference::isco_group(s).is_some_and(|g| s == g.code)
);

impl IscoCode {
    /// Parses a code that names an existing ISCO-08 group.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let s = s.trim();
        corridor_reference::isco_group(s)
            .map(|g| Self(g.code.to_string()))
            .ok_or_else(|| CodeError(format!("'{s}' is not an ISCO-08 group code")))
    }

    /// The group's title.
    pub fn label(&self) -> String {
        corridor_reference::isco_group(&self.0)
            .map(|g| g.label.to_string())
            .unwrap_or_default()
    }

    /// 1 for a major group up to 4 for a unit group.
    pub fn level(&self) -> usize {
        self.0.len()
    }

    /// True when `other` is this group or lies inside it (`72` contains `7212`).
    pub fn contains(&self, other: &IscoCode) -> bool {
        other.0.starts_with(&self.0)
    }

    /// The group `digits` long that contains this one (`7212` → `72`).
    pub fn truncate(&self, digits: usize) -> IscoCode {
        IscoCode(self.0[..digits.min(self.0.len())].to_string())
    }

    /// True for health and care personnel covered by the WHO Code of
    /// Practice: health professionals (22), health associate professionals
    /// (32) and personal care workers in health services (532).
    pub fn is_health_or_care(&self) -> bool {
        ["22", "32", "532"].iter().any(|p| self.0.starts_with(p))
    }
}

string_code!(
    /// An ESCO occupation, held as its concept URI; the bare UUID is accepted
    /// on input.
    OccupationUri,
    occupation_schema,
    |s| s.trim() == s
);

impl OccupationUri {
    /// Parses an ESCO occupation URI or UUID.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        corridor_reference::occupation(s.trim())
            .map(|o| Self(o.uri.to_string()))
            .ok_or_else(|| CodeError(format!("'{s}' is not an ESCO occupation")))
    }

    /// The ISCO-08 unit group of this occupation.
    pub fn isco(&self) -> IscoCode {
        let o = corridor_reference::occupation(&self.0).expect("parsed occupation exists");
        IscoCode(o.isco.to_string())
    }

    /// The occupation's preferred English label.
    pub fn label(&self) -> String {
        corridor_reference::occupation(&self.0)
            .map(|o| o.label.to_string())
            .unwrap_or_default()
    }
}

string_code!(
    /// An ESCO skill or knowledge concept, held as its URI; the bare UUID is
    /// accepted on input.
    SkillUri,
    skill_schema,
    |s| s.trim() == s
);

impl SkillUri {
    /// Parses an ESCO skill URI or UUID.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        corridor_reference::skill(s.trim())
            .map(|k| Self(k.uri.to_string()))
            .ok_or_else(|| CodeError(format!("'{s}' is not an ESCO skill")))
    }

    /// The skill's English label.
    pub fn label(&self) -> String {
        corridor_reference::skill(&self.0)
            .map(|k| k.label.to_string())
            .unwrap_or_default()
    }
}

/// A code's form; the code must also be in the reference list Corridor
/// embeds, served under `/api/v1/reference/` (too many to repeat in every
/// schema that takes one). A well-formed code missing from the list is
/// answered with the rule `unknown_code`.
fn code_schema(description: &str, pattern: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "string",
        "description": description,
        "pattern": pattern,
    })
}

fn country_schema() -> serde_json::Value {
    code_schema(
        "ISO 3166-1 country: alpha-3 (as answered), alpha-2 or numeric; one of /api/v1/reference/countries",
        "^([A-Z]{2,3}|[0-9]{3})$",
    )
}

fn language_schema() -> serde_json::Value {
    code_schema(
        "ISO 639 language: 639-1 where one exists (as answered), else 639-3; one of /api/v1/reference/languages",
        "^[a-z]{2,3}$",
    )
}

fn currency_schema() -> serde_json::Value {
    code_schema(
        "ISO 4217 currency with a minor unit; one of /api/v1/reference/currencies",
        "^[A-Z]{3}$",
    )
}

fn isco_schema() -> serde_json::Value {
    code_schema(
        "ISCO-08 group, major (1 digit) to unit group (4 digits); one of /api/v1/reference/isco",
        "^[0-9]{1,4}$",
    )
}

/// An ESCO concept URI with `prefix`, or its bare UUID. (The concept must
/// also be in the ESCO release Corridor embeds; there are too many to list.)
fn concept_schema(prefix: &str, what: &str) -> serde_json::Value {
    let uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    serde_json::json!({
        "type": "string",
        "description": format!("ESCO {what}: its concept URI ({prefix}<uuid>, as answered) or bare UUID, of ESCO v1.2"),
        "pattern": format!("^(?:{})?{uuid}$", prefix.replace('.', "\\.")),
    })
}

fn occupation_schema() -> serde_json::Value {
    concept_schema(corridor_reference::OCCUPATION_URI_PREFIX, "occupation")
}

fn skill_schema() -> serde_json::Value {
    concept_schema(corridor_reference::SKILL_URI_PREFIX, "skill")
}

/// A language level on the Common European Framework of Reference, with
/// `native` above C2.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub enum Cefr {
    /// Breakthrough.
    A1,
    /// Waystage.
    A2,
    /// Threshold: can read a clear, standard text on familiar matters.
    B1,
    /// Vantage.
    B2,
    /// Effective operational proficiency.
    C1,
    /// Mastery.
    C2,
    /// First language.
    #[serde(rename = "native")]
    Native,
}

impl Cefr {
    /// The lowest level at which a worker can read a contract: B1.
    pub const READS_CONTRACT: Cefr = Cefr::B1;

    /// The level as written (`B1`, `native`).
    pub fn as_str(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
            Cefr::Native => "native",
        }
    }

    /// Every level, lowest first.
    pub const ALL: [Cefr; 7] = [
        Cefr::A1,
        Cefr::A2,
        Cefr::B1,
        Cefr::B2,
        Cefr::C1,
        Cefr::C2,
        Cefr::Native,
    ];
}

impl fmt::Display for Cefr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Cefr {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, CodeError> {
        Cefr::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| CodeError(format!("'{s}' is not a CEFR level (A1 to C2, or native)")))
    }
}

/// Sex as recorded for disaggregation; every figure Corridor publishes can be
/// split by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Another sex or gender identity.
    Other,
    /// Not stated by the person.
    NotStated,
}

impl Sex {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Female => "female",
            Sex::Male => "male",
            Sex::Other => "other",
            Sex::NotStated => "not_stated",
        }
    }

    /// Every value.
    pub const ALL: [Sex; 4] = [Sex::Female, Sex::Male, Sex::Other, Sex::NotStated];
}

impl std::str::FromStr for Sex {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, CodeError> {
        Sex::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| CodeError(format!("'{s}' is not a sex code")))
    }
}

/// Highest completed education, ISCED 2011 level 0 (early childhood) to 8
/// (doctoral).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(try_from = "u8", into = "u8")]
#[schemars(with = "IscedLevelNumber")]
pub struct IscedLevel(u8);

/// An ISCED 2011 level as a number, 0 to 8.
#[derive(JsonSchema)]
#[schemars(transparent)]
#[allow(dead_code)]
struct IscedLevelNumber(#[schemars(range(min = 0, max = 8))] u8);

impl IscedLevel {
    /// Parses a level from 0 to 8.
    pub fn new(level: u8) -> Result<Self, CodeError> {
        if level <= 8 {
            Ok(Self(level))
        } else {
            Err(CodeError(format!(
                "ISCED level {level} does not exist (0 to 8)"
            )))
        }
    }

    /// The level number.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The level's name in ISCED 2011.
    pub fn name(self) -> &'static str {
        [
            "early childhood education",
            "primary education",
            "lower secondary education",
            "upper secondary education",
            "post-secondary non-tertiary education",
            "short-cycle tertiary education",
            "bachelor's or equivalent",
            "master's or equivalent",
            "doctoral or equivalent",
        ][self.0 as usize]
    }
}

impl TryFrom<u8> for IscedLevel {
    type Error = CodeError;
    fn try_from(v: u8) -> Result<Self, CodeError> {
        Self::new(v)
    }
}

impl From<IscedLevel> for u8 {
    fn from(v: IscedLevel) -> u8 {
        v.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_canonical_alpha3() {
        assert_eq!(CountryCode::parse("mx").unwrap().as_str(), "MEX");
        assert_eq!(CountryCode::parse("MEX").unwrap().as_str(), "MEX");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("").is_err());
    }

    #[test]
    fn who_list_membership() {
        assert!(CountryCode::parse("GHA").unwrap().on_who_safeguard_list());
        assert!(!CountryCode::parse("PHL").unwrap().on_who_safeguard_list());
    }

    #[test]
    fn isco_hierarchy() {
        let welders = IscoCode::parse("7212").unwrap();
        let craft = IscoCode::parse("72").unwrap();
        assert!(craft.contains(&welders));
        assert!(!welders.contains(&craft));
        assert_eq!(welders.truncate(2), craft);
        assert!(IscoCode::parse("9999").is_err());
        assert!(IscoCode::parse("2221").unwrap().is_health_or_care());
        assert!(IscoCode::parse("3221").unwrap().is_health_or_care());
        assert!(IscoCode::parse("5321").unwrap().is_health_or_care());
        assert!(!IscoCode::parse("5311").unwrap().is_health_or_care());
        assert!(!IscoCode::parse("6111").unwrap().is_health_or_care());
    }

    #[test]
    fn cefr_orders_levels() {
        assert!(Cefr::A2 < Cefr::B1);
        assert!(Cefr::Native > Cefr::C2);
        assert_eq!("b2".parse::<Cefr>().unwrap(), Cefr::B2);
        let json = serde_json::to_string(&Cefr::Native).unwrap();
        assert_eq!(json, "\"native\"");
    }

    #[test]
    fn codes_deserialize_only_valid() {
        let ok: Result<CurrencyCode, _> = serde_json::from_str("\"CAD\"");
        assert_eq!(ok.unwrap().as_str(), "CAD");
        // JSON takes a code only as the API's schema spells it; forms and
        // files go through the lenient `parse`.
        let other_case = serde_json::from_str::<CurrencyCode>("\"cad\"").unwrap_err();
        assert!(
            other_case.to_string().contains("write it as 'CAD'"),
            "{other_case}"
        );
        assert!(serde_json::from_str::<CountryCode>("\" MEX\"").is_err());
        assert!(serde_json::from_str::<LanguageCode>("\"ger\"").is_err());
        assert_eq!(CurrencyCode::parse("cad").unwrap().as_str(), "CAD");
        for (json, code) in [("\"MX\"", "MEX"), ("\"484\"", "MEX"), ("\"MEX\"", "MEX")] {
            assert_eq!(
                serde_json::from_str::<CountryCode>(json).unwrap().as_str(),
                code
            );
        }
        let bad: Result<CurrencyCode, _> = serde_json::from_str("\"CAX\"");
        assert!(bad.is_err());
        assert!(serde_json::from_str::<IscedLevel>("9").is_err());
    }
}
