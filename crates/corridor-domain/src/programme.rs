//! Bilateral labour-mobility programmes: the agreement between a country of
//! origin and a country of destination that "clearly spells out conditions of
//! entry, stay, work and return". Every job order posted under a programme is
//! checked against its minimum conditions.

use crate::codes::{CountryCode, IscoCode, Sex};
use crate::ids::ProgrammeId;
use crate::money::{Money, Wage};
use crate::violation::Violations;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The kind of scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeKind {
    /// Seasonal work, returning each year (e.g. agriculture).
    Seasonal,
    /// Temporary work of a fixed term.
    Temporary,
    /// Long-term work, twelve months or more.
    LongTerm,
    /// Temporary return of diaspora professionals to the country of origin.
    DiasporaTemporaryReturn,
}

impl ProgrammeKind {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            ProgrammeKind::Seasonal => "seasonal",
            ProgrammeKind::Temporary => "temporary",
            ProgrammeKind::LongTerm => "long_term",
            ProgrammeKind::DiasporaTemporaryReturn => "diaspora_temporary_return",
        }
    }
}

/// Medical care the employer provides; ordered from none to both.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MedicalCover {
    /// Nothing is provided.
    None,
    /// Health insurance paid by the employer.
    Insurance,
    /// Medical care provided by the employer.
    Care,
    /// Both insurance and care.
    CareAndInsurance,
}

impl MedicalCover {
    /// True when this cover gives at least what `required` asks.
    pub fn satisfies(self, required: MedicalCover) -> bool {
        match required {
            MedicalCover::None => true,
            MedicalCover::Insurance => {
                matches!(
                    self,
                    MedicalCover::Insurance | MedicalCover::CareAndInsurance
                )
            }
            MedicalCover::Care => {
                matches!(self, MedicalCover::Care | MedicalCover::CareAndInsurance)
            }
            MedicalCover::CareAndInsurance => self == MedicalCover::CareAndInsurance,
        }
    }

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            MedicalCover::None => "none",
            MedicalCover::Insurance => "insurance",
            MedicalCover::Care => "care",
            MedicalCover::CareAndInsurance => "care_and_insurance",
        }
    }
}

/// What a programme requires of housing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HousingRule {
    /// The employer must provide housing.
    pub must_be_provided: bool,
    /// The most a worker may be charged for housing per month; `None` means
    /// housing must be free of charge when provided.
    #[schemars(extend("properties" = {"amount": {"anyOf": [{"type": "string", "pattern": r"^\s*[0-9]{1,14}(\.[0-9]{0,4})?\s*$"}, {"type": "number", "minimum": 0, "maximum": 1e13}]}}))]
    pub max_cost_to_worker_per_month: Option<Money>,
}

/// Social-security and pension portability under the programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SocialSecurity {
    /// Contributions can be carried home or recovered on return.
    pub portable: bool,
    /// How, in plain words (a totalisation agreement, a refund on return…).
    pub arrangement: String,
}

/// The minimum conditions every job order under the programme must meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MinimumConditions {
    /// The lowest wage a job order may offer.
    #[schemars(extend("properties" = {"amount": {"anyOf": [{"type": "string", "pattern": r"^\s*([0-9]*[1-9][0-9]*(\.[0-9]*)?|[0-9]+\.[0-9]*[1-9][0-9]*)\s*$"}, {"type": "number", "exclusiveMinimum": 0}]}}))]
    pub min_wage: Wage,
    /// Hours of work guaranteed each week, at the least.
    #[schemars(range(min = 0.0))]
    pub min_guaranteed_hours_per_week: f64,
    /// Hours of work a week, at the most.
    #[schemars(range(max = 168.0), extend("exclusiveMinimum" = 0))]
    pub max_hours_per_week: f64,
    /// Housing.
    pub housing: HousingRule,
    /// Medical care or insurance the employer must provide.
    pub medical: MedicalCover,
    /// The employer pays the return journey.
    pub return_travel_paid_by_employer: bool,
    /// Workers who completed a previous placement are re-hired first.
    pub priority_rehire: bool,
    /// Social security and pension portability.
    pub social_security: SocialSecurity,
    /// The programme leads to permanent residence.
    pub pathway_to_permanent_residence: bool,
}

/// Places available in a period, optionally for one occupation group and one
/// sex. A place is taken when a worker is selected within the period (and
/// stays taken unless the placement is withdrawn or rejected).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Quota {
    /// First day of the period.
    pub period_start: NaiveDate,
    /// Last day of the period.
    pub period_end: NaiveDate,
    /// The occupation group the quota is for; all groups when absent.
    #[serde(default)]
    pub isco: Option<IscoCode>,
    /// The sex the quota is for; everyone when absent.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Number of positions.
    pub positions: u32,
}

impl Quota {
    /// Whether selecting a worker of `sex` on day `on` for a job in
    /// occupation `isco` takes a position of this quota: a quota counts the
    /// selections made in its period, in its occupation group and of its
    /// sex when it names them.
    pub fn covers(&self, isco: &IscoCode, sex: Sex, on: NaiveDate) -> bool {
        self.period_start <= on
            && on <= self.period_end
            && self
                .isco
                .as_ref()
                .is_none_or(|g| isco.as_str().starts_with(g.as_str()))
            && self.sex.is_none_or(|s| s == sex)
    }

    /// The quota in words: "12 positions for ISCO 921, women from
    /// 2026-01-01 to 2026-12-31".
    pub fn describe(&self) -> String {
        let mut scope = vec![];
        if let Some(g) = &self.isco {
            scope.push(format!("ISCO {g}"));
        }
        match self.sex {
            Some(Sex::Female) => scope.push("women".into()),
            Some(Sex::Male) => scope.push("men".into()),
            Some(s) => scope.push(format!("sex {}", s.as_str())),
            None => {}
        }
        let scope = if scope.is_empty() {
            String::new()
        } else {
            format!(" for {}", scope.join(", "))
        };
        let noun = if self.positions == 1 {
            "position"
        } else {
            "positions"
        };
        format!(
            "{} {noun}{scope} from {} to {}",
            self.positions, self.period_start, self.period_end
        )
    }
}

/// Whether one more worker may be selected for a job order: a position of
/// the job order must be free (`positions_taken` of `positions`) and each
/// quota covering the selection must have room (`quotas`: each quota with
/// the selections it already counts). Every full limit is listed.
pub fn check_selection_room(
    job_order: impl std::fmt::Display,
    positions: u32,
    positions_taken: i64,
    quotas: &[(&Quota, i64)],
) -> Result<(), Violations> {
    let mut v = Violations::new();
    if positions_taken >= i64::from(positions) {
        v.push(
            "to",
            "positions_filled",
            format!("all {positions} positions of job order {job_order} are taken"),
        );
    }
    for (quota, taken) in quotas {
        if *taken >= i64::from(quota.positions) {
            v.push(
                "to",
                "quota_reached",
                format!(
                    "the programme's quota of {} is used up ({taken} taken)",
                    quota.describe()
                ),
            );
        }
    }
    v.into_result(())
}

/// What an official submits to create or change a programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProgrammeSpec {
    /// Name of the programme, e.g. "Seasonal Agricultural Worker Program".
    #[schemars(pattern(r"\S"))]
    pub name: String,
    /// Country of origin of the workers.
    pub origin: CountryCode,
    /// Country of destination.
    pub destination: CountryCode,
    /// Kind of scheme.
    pub kind: ProgrammeKind,
    /// Concluded between the two governments.
    pub government_to_government: bool,
    /// Occupation groups the programme covers (ISCO-08 codes of any level).
    #[schemars(length(min = 1))]
    pub occupations: Vec<IscoCode>,
    /// Quotas per period.
    #[serde(default)]
    pub quotas: Vec<Quota>,
    /// The longest stay a placement may last, in months.
    #[schemars(range(min = 1, max = 120))]
    pub max_stay_months: u16,
    /// The minimum conditions of every job order.
    pub conditions: MinimumConditions,
    /// First day job orders may start.
    pub valid_from: NaiveDate,
    /// Last day job orders may start; open-ended when absent.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// The minimum share of women among selected workers in a match round
    /// (0 to 1); none when absent.
    #[serde(default)]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub min_women_share: Option<f64>,
}

/// A programme as kept by Corridor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Programme {
    /// Identifier.
    pub id: ProgrammeId,
    /// The agreed terms.
    #[serde(flatten)]
    pub spec: ProgrammeSpec,
}

impl Programme {
    /// True when the programme covers this occupation group.
    pub fn covers_occupation(&self, isco: &IscoCode) -> bool {
        self.spec.occupations.iter().any(|g| g.contains(isco))
    }

    /// "MEX→CAN", the corridor this programme runs in.
    pub fn corridor(&self) -> String {
        format!("{}→{}", self.spec.origin, self.spec.destination)
    }
}

impl ProgrammeSpec {
    /// Checks the programme's own coherence: every violated rule at once.
    pub fn validate(&self) -> Result<(), Violations> {
        let mut v = Violations::new();
        if self.name.trim().is_empty() {
            v.push("name", "required", "the programme needs a name");
        }
        if self.origin == self.destination {
            v.push(
                "destination",
                "same_country",
                "the countries of origin and destination must differ",
            );
        }
        if self.occupations.is_empty() {
            v.push(
                "occupations",
                "required",
                "name at least one occupation group (ISCO-08) the programme covers",
            );
        }
        if self.max_stay_months == 0 || self.max_stay_months > 120 {
            v.push(
                "max_stay_months",
                "out_of_range",
                "the maximum stay must be between 1 and 120 months",
            );
        }
        let c = &self.conditions;
        if c.min_wage.amount.minor() <= 0 {
            v.push(
                "conditions.min_wage.amount",
                "not_positive",
                "the minimum wage must be above zero",
            );
        }
        if !(c.min_guaranteed_hours_per_week.is_finite() && c.min_guaranteed_hours_per_week >= 0.0)
        {
            v.push(
                "conditions.min_guaranteed_hours_per_week",
                "out_of_range",
                "guaranteed hours must be zero or more",
            );
        }
        if !(c.max_hours_per_week.is_finite()
            && c.max_hours_per_week > 0.0
            && c.max_hours_per_week <= 168.0)
        {
            v.push(
                "conditions.max_hours_per_week",
                "out_of_range",
                "maximum hours must be between 0 and 168 a week",
            );
        } else if c.max_hours_per_week < c.min_guaranteed_hours_per_week {
            v.push(
                "conditions.max_hours_per_week",
                "below_guaranteed_hours",
                "maximum hours cannot be below the guaranteed hours",
            );
        }
        if let Some(cap) = &c.housing.max_cost_to_worker_per_month
            && cap.is_negative()
        {
            v.push(
                "conditions.housing.max_cost_to_worker_per_month",
                "negative",
                "the housing cost cap cannot be negative",
            );
        }
        if let Some(until) = self.valid_until
            && until < self.valid_from
        {
            v.push(
                "valid_until",
                "before_start",
                "the programme cannot end before it starts",
            );
        }
        if let Some(share) = self.min_women_share
            && !(0.0..=1.0).contains(&share)
        {
            v.push(
                "min_women_share",
                "out_of_range",
                "the minimum share of women is a fraction between 0 and 1",
            );
        }
        for (i, q) in self.quotas.iter().enumerate() {
            if q.period_end < q.period_start {
                v.push(
                    format!("quotas[{i}].period_end"),
                    "before_start",
                    "a quota period cannot end before it starts",
                );
            }
            if let Some(isco) = &q.isco
                && !self
                    .occupations
                    .iter()
                    .any(|g| g.contains(isco) || isco.contains(g))
            {
                v.push(
                    format!("quotas[{i}].isco"),
                    "occupation_not_in_programme",
                    format!("the quota is for ISCO {isco}, which the programme does not cover"),
                );
            }
        }
        v.into_result(())
    }
}
