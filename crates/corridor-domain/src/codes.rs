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
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(try_from = "String", into = "String")]
        #[schemars(with = "String")]
        pub struct $name(String);

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

        impl TryFrom<String> for $name {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, CodeError> {
                Self::parse(&s)
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
    CountryCode
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
    LanguageCode
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
    CurrencyCode
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
    IscoCode
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
    OccupationUri
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
    SkillUri
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
#[schemars(with = "u8")]
pub struct IscedLevel(u8);

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
        let ok: Result<CurrencyCode, _> = serde_json::from_str("\"cad\"");
        assert_eq!(ok.unwrap().as_str(), "CAD");
        let bad: Result<CurrencyCode, _> = serde_json::from_str("\"CAX\"");
        assert!(bad.is_err());
        assert!(serde_json::from_str::<IscedLevel>("9").is_err());
    }
}
