//! Employers in the country of destination and licensed recruiting agencies.
//!
//! "A licensing system for international labour brokers and recruitment
//! agencies could serve to ensure that recruitment fees are not charged to
//! the prospective employee": an agency may only act while its licence is
//! active and within its validity dates.

use crate::codes::CountryCode;
use crate::ids::{AgencyId, EmployerId};
use crate::violation::Violations;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Whether an employer may post job orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmployerStatus {
    /// May post job orders.
    Active,
    /// Barred for now, for instance after a breach.
    Suspended,
}

impl EmployerStatus {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            EmployerStatus::Active => "active",
            EmployerStatus::Suspended => "suspended",
        }
    }
}

/// What an official submits to register an employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EmployerSpec {
    /// Registered name.
    #[schemars(pattern(r"\S"))]
    pub name: String,
    /// Country the employer operates in.
    pub country: CountryCode,
    /// Business registration number in that country.
    #[schemars(pattern(r"\S"))]
    pub registration_number: String,
    /// Sector in plain words (agriculture, manufacturing, health…).
    #[serde(default)]
    pub sector: String,
    /// Whether the employer may post job orders.
    pub status: EmployerStatus,
}

/// An employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Employer {
    /// Identifier.
    pub id: EmployerId,
    /// Details.
    #[serde(flatten)]
    pub spec: EmployerSpec,
}

/// The state of a recruiting licence as issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LicenceStatus {
    /// In force.
    Active,
    /// Temporarily withdrawn.
    Suspended,
    /// Withdrawn for good.
    Revoked,
    /// Past its validity.
    Expired,
}

impl LicenceStatus {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            LicenceStatus::Active => "active",
            LicenceStatus::Suspended => "suspended",
            LicenceStatus::Revoked => "revoked",
            LicenceStatus::Expired => "expired",
        }
    }
}

/// A recruiting licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Licence {
    /// Licence number as issued.
    #[schemars(pattern(r"\S"))]
    pub number: String,
    /// Country that issued it.
    pub issuing_country: CountryCode,
    /// State as issued.
    pub status: LicenceStatus,
    /// First day of validity.
    pub valid_from: NaiveDate,
    /// Last day of validity.
    pub valid_until: NaiveDate,
}

impl Licence {
    /// The licence's effective state on `date`: an active licence outside its
    /// validity dates is expired.
    pub fn status_on(&self, date: NaiveDate) -> LicenceStatus {
        match self.status {
            LicenceStatus::Active if date < self.valid_from || date > self.valid_until => {
                LicenceStatus::Expired
            }
            s => s,
        }
    }

    /// True when the licence allows recruiting on `date`.
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.status_on(date) == LicenceStatus::Active
    }
}

/// What an official submits to register a recruiting agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AgencySpec {
    /// Registered name.
    #[schemars(pattern(r"\S"))]
    pub name: String,
    /// Country the agency is established in.
    pub country: CountryCode,
    /// Its licence.
    pub licence: Licence,
}

/// A recruiting agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Agency {
    /// Identifier.
    pub id: AgencyId,
    /// Details.
    #[serde(flatten)]
    pub spec: AgencySpec,
}

impl EmployerSpec {
    /// Checks the employer's details: every violated rule at once.
    pub fn validate(&self) -> Result<(), Violations> {
        let mut v = Violations::new();
        if self.name.trim().is_empty() {
            v.push("name", "required", "the employer needs a name");
        }
        if self.registration_number.trim().is_empty() {
            v.push(
                "registration_number",
                "required",
                "the employer's business registration number is required",
            );
        }
        v.into_result(())
    }
}

impl AgencySpec {
    /// Checks the agency's details: every violated rule at once.
    pub fn validate(&self) -> Result<(), Violations> {
        let mut v = Violations::new();
        if self.name.trim().is_empty() {
            v.push("name", "required", "the agency needs a name");
        }
        if self.licence.number.trim().is_empty() {
            v.push(
                "licence.number",
                "required",
                "the licence number is required",
            );
        }
        if self.licence.valid_until < self.licence.valid_from {
            v.push(
                "licence.valid_until",
                "before_start",
                "a licence cannot expire before it starts",
            );
        }
        v.into_result(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn licence(status: LicenceStatus) -> Licence {
        Licence {
            number: "POEA-123".into(),
            issuing_country: CountryCode::parse("PHL").unwrap(),
            status,
            valid_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            valid_until: NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(),
        }
    }

    #[test]
    fn licence_expires_outside_validity() {
        let l = licence(LicenceStatus::Active);
        assert!(l.is_active_on(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()));
        assert_eq!(
            l.status_on(NaiveDate::from_ymd_opt(2028, 1, 1).unwrap()),
            LicenceStatus::Expired
        );
        assert!(
            !licence(LicenceStatus::Suspended)
                .is_active_on(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap())
        );
    }
}
