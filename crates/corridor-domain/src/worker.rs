//! Worker profiles: who a worker is, what they can do, when they are
//! available, and what they consented to. The work record is not typed in:
//! it is derived from completed placements.

use crate::codes::{Cefr, CountryCode, IscedLevel, LanguageCode, OccupationUri, Sex, SkillUri};
use crate::ids::{ProgrammeId, WorkerId};
use crate::programme::Programme;
use crate::violation::Violations;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How to reach the worker.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Contact {
    /// E-mail address.
    #[serde(default)]
    #[schemars(length(max = 254), pattern(r"^[^@]+@[^.][\s\S]*\.[\s\S]*$"))]
    pub email: Option<String>,
    /// Phone number in international form (`+52…`): a `+`, then 7 to 15
    /// digits, which spaces and hyphens may separate.
    #[serde(default)]
    #[schemars(pattern(r"^\+[ -]*([0-9][ -]*){7,15}$"))]
    pub phone: Option<String>,
}

/// An occupation the worker has practised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WorkerOccupation {
    /// The ESCO occupation.
    pub occupation: OccupationUri,
    /// Months of experience in it.
    pub experience_months: u16,
}

/// A language the worker speaks and reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LanguageSkill {
    /// The language.
    pub language: LanguageCode,
    /// The level.
    pub level: Cefr,
}

/// Where the recognition of a foreign qualification stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecognitionStatus {
    /// Recognition was not asked for.
    NotRequested,
    /// Asked for, not yet decided.
    Pending,
    /// Fully recognised in the destination.
    Recognised,
    /// Recognised in part (bridging training needed).
    PartiallyRecognised,
    /// Refused.
    Refused,
}

/// A qualification (diploma, licence, certificate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Qualification {
    /// Its title.
    pub title: String,
    /// The country that awarded it.
    pub awarded_in: CountryCode,
    /// Year awarded.
    pub year: i32,
    /// Recognition in the destination.
    pub recognition: RecognitionStatus,
}

/// When the worker can take up work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Availability {
    /// First day available.
    pub from: NaiveDate,
    /// Last day available; open-ended when absent.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

impl Availability {
    /// True when the worker is available for the whole of `[start, end]`.
    pub fn covers(&self, start: NaiveDate, end: NaiveDate) -> bool {
        self.from <= start && self.until.is_none_or(|u| u >= end)
    }
}

/// What a worker (or an official registering them) submits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WorkerProfileSpec {
    /// Given name(s).
    pub given_name: String,
    /// Family name(s).
    pub family_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// Sex.
    pub sex: Sex,
    /// Citizenships, one or more.
    #[schemars(length(min = 1))]
    pub citizenships: Vec<CountryCode>,
    /// Country of birth.
    pub country_of_birth: CountryCode,
    /// Country of usual residence.
    pub country_of_residence: CountryCode,
    /// Contact.
    #[serde(default)]
    pub contact: Contact,
    /// Occupations practised, with experience.
    #[serde(default)]
    pub occupations: Vec<WorkerOccupation>,
    /// ESCO skills.
    #[serde(default)]
    pub skills: Vec<SkillUri>,
    /// Languages and levels.
    #[serde(default)]
    pub languages: Vec<LanguageSkill>,
    /// Highest education completed (ISCED 2011).
    pub education: IscedLevel,
    /// Qualifications.
    #[serde(default)]
    pub qualifications: Vec<Qualification>,
    /// Availability.
    pub availability: Availability,
    /// Programmes the worker would like, in order.
    #[serde(default)]
    pub preferred_programmes: Vec<ProgrammeId>,
    /// Destinations the worker would like, in order.
    #[serde(default)]
    pub preferred_destinations: Vec<CountryCode>,
}

/// A worker's profile as kept by Corridor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WorkerProfile {
    /// Identifier.
    pub id: WorkerId,
    /// The profile.
    #[serde(flatten)]
    pub spec: WorkerProfileSpec,
}

/// Why personal data is processed; a worker consents to each separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    /// Being matched to job orders.
    Matching,
    /// Sharing the profile with employers and agencies of job orders the
    /// worker applies to or is put forward for.
    SharingWithEmployers,
    /// Being counted, without identification, in published statistics.
    Statistics,
    /// Being contacted by officials about programmes.
    Contact,
}

impl ConsentPurpose {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentPurpose::Matching => "matching",
            ConsentPurpose::SharingWithEmployers => "sharing_with_employers",
            ConsentPurpose::Statistics => "statistics",
            ConsentPurpose::Contact => "contact",
        }
    }
}

/// A consent given or withdrawn, at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Consent {
    /// The purpose.
    pub purpose: ConsentPurpose,
    /// Given (true) or withdrawn (false).
    pub given: bool,
    /// When.
    pub at: DateTime<Utc>,
}

/// Minimum age to register for work abroad.
pub const MIN_WORKING_AGE: i32 = 18;

/// Age in whole years on `on`.
pub fn age_on(date_of_birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - date_of_birth.year();
    if (on.month(), on.day()) < (date_of_birth.month(), date_of_birth.day()) {
        age -= 1;
    }
    age
}

impl WorkerProfileSpec {
    /// Checks the profile: every violated rule at once.
    pub fn validate(&self, today: NaiveDate) -> Result<(), Violations> {
        let mut v = Violations::new();
        if self.given_name.trim().is_empty() && self.family_name.trim().is_empty() {
            v.push("given_name", "required", "a name is required");
        }
        if self.given_name.len() > 200 || self.family_name.len() > 200 {
            v.push(
                "family_name",
                "too_long",
                "names are at most 200 characters",
            );
        }
        let age = age_on(self.date_of_birth, today);
        if age < MIN_WORKING_AGE {
            v.push(
                "date_of_birth",
                "under_age",
                format!("workers must be at least {MIN_WORKING_AGE} years old"),
            );
        } else if age > 100 {
            v.push(
                "date_of_birth",
                "implausible",
                "the date of birth is more than 100 years ago",
            );
        }
        if self.citizenships.is_empty() {
            v.push(
                "citizenships",
                "required",
                "at least one citizenship is required",
            );
        }
        if let Some(email) = &self.contact.email {
            let ok = email.len() <= 254
                && email
                    .split_once('@')
                    .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'));
            if !ok {
                v.push(
                    "contact.email",
                    "invalid",
                    "the e-mail address is not valid",
                );
            }
        }
        if let Some(phone) = &self.contact.phone {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let ok = phone.starts_with('+')
                && (7..=15).contains(&digits)
                && phone[1..]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
            if !ok {
                v.push(
                    "contact.phone",
                    "invalid",
                    "give the phone number in international form, e.g. +52 55 1234 5678",
                );
            }
        }
        let mut occ = std::collections::BTreeSet::new();
        for (i, o) in self.occupations.iter().enumerate() {
            if !occ.insert(o.occupation.clone()) {
                v.push(
                    format!("occupations[{i}].occupation"),
                    "duplicate",
                    "this occupation is listed twice",
                );
            }
            if o.experience_months > 12 * 60 {
                v.push(
                    format!("occupations[{i}].experience_months"),
                    "implausible",
                    "experience is more than 60 years",
                );
            }
        }
        let mut langs = std::collections::BTreeSet::new();
        for (i, l) in self.languages.iter().enumerate() {
            if !langs.insert(l.language.clone()) {
                v.push(
                    format!("languages[{i}].language"),
                    "duplicate",
                    "this language is listed twice",
                );
            }
        }
        if let Some(until) = self.availability.until
            && until < self.availability.from
        {
            v.push(
                "availability.until",
                "before_start",
                "availability cannot end before it starts",
            );
        }
        v.into_result(())
    }

    /// The worker's level in `language`, if they speak it.
    pub fn level_in(&self, language: &LanguageCode) -> Option<Cefr> {
        self.languages
            .iter()
            .find(|l| &l.language == language)
            .map(|l| l.level)
    }

    /// True when the worker reads `language` well enough for a contract.
    pub fn reads(&self, language: &LanguageCode) -> bool {
        self.level_in(language)
            .is_some_and(|l| l >= Cefr::READS_CONTRACT)
    }

    /// True when a programme's country of origin is one of the worker's
    /// citizenships or their country of residence.
    pub fn covered_by(&self, programme: &Programme) -> bool {
        self.citizenships.contains(&programme.spec.origin)
            || self.country_of_residence == programme.spec.origin
    }
}
