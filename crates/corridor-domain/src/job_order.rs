//! Job orders: an employer's request for workers under a programme, with
//! every condition a worker needs to decide spelled out, and
//! [`validate_job_order`], which checks it against its programme and lists
//! every broken rule at once.

use crate::codes::{Cefr, LanguageCode, OccupationUri, SkillUri};
use crate::ids::{AgencyId, EmployerId, JobOrderId, ProgrammeId, WorkerId};
use crate::ledger::{CostCategory, Party};
use crate::money::{Money, Wage};
use crate::organisation::{Agency, Employer, EmployerStatus, LicenceStatus};
use crate::programme::{MedicalCover, Programme};
use crate::violation::Violations;
use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the work is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WorkLocation {
    /// Region, province or state.
    pub region: String,
    /// Town or city.
    pub locality: String,
}

/// Housing offered with the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Housing {
    /// The employer provides housing.
    pub provided: bool,
    /// What the worker is charged for it per month; free when absent.
    #[serde(default)]
    #[schemars(extend("properties" = {"amount": {"anyOf": [{"type": "string", "pattern": r"^\s*[0-9]{1,14}(\.[0-9]{0,4})?\s*$"}, {"type": "number", "minimum": 0, "maximum": 1e13}]}}))]
    pub cost_to_worker_per_month: Option<Money>,
    /// What the housing is, in plain words.
    #[serde(default)]
    pub description: String,
}

/// A language the job requires, at a minimum CEFR level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LanguageRequirement {
    /// The language.
    pub language: LanguageCode,
    /// The lowest acceptable level.
    pub min_level: Cefr,
}

/// One cost of recruitment and who bears it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RecruitmentCost {
    /// ILO 2019 category.
    pub category: CostCategory,
    /// Expected amount.
    #[schemars(extend("properties" = {"amount": {"anyOf": [{"type": "string", "pattern": r"^\s*[0-9]{1,14}(\.[0-9]{0,4})?\s*$"}, {"type": "number", "minimum": 0, "maximum": 1e13}]}}))]
    pub amount: Money,
    /// Who pays it. Never the worker.
    pub paid_by: Party,
}

/// The state of a job order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobOrderStatus {
    /// Submitted by an employer or agency, waiting for a destination
    /// official's approval.
    PendingApproval,
    /// Approved and open to applications.
    Open,
    /// Closed to applications.
    Closed,
}

impl JobOrderStatus {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            JobOrderStatus::PendingApproval => "pending_approval",
            JobOrderStatus::Open => "open",
            JobOrderStatus::Closed => "closed",
        }
    }
}

/// What an employer, agency or official submits to post a job order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JobOrderSpec {
    /// The programme it is posted under.
    pub programme_id: ProgrammeId,
    /// The employer.
    pub employer_id: EmployerId,
    /// The licensed agency handling it, if any.
    #[serde(default)]
    pub agency_id: Option<AgencyId>,
    /// The ESCO occupation.
    pub occupation: OccupationUri,
    /// Job title as the employer writes it; the occupation label when empty.
    #[serde(default)]
    pub title: String,
    /// Number of positions.
    #[schemars(range(min = 1, max = 10_000))]
    pub positions: u32,
    /// Where.
    pub location: WorkLocation,
    /// First day of work.
    pub start_date: NaiveDate,
    /// Length of the contract in months.
    #[schemars(range(min = 1))]
    pub duration_months: u16,
    /// Wage offered.
    pub wage: Wage,
    /// Hours guaranteed each week.
    #[schemars(range(min = 0.0))]
    pub guaranteed_hours_per_week: f64,
    /// Most hours a week.
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub max_hours_per_week: f64,
    /// Housing.
    pub housing: Housing,
    /// Medical care or insurance provided.
    pub medical: MedicalCover,
    /// The employer pays the return journey.
    pub return_travel_paid_by_employer: bool,
    /// ESCO skills every candidate must have.
    #[serde(default)]
    pub required_skills: Vec<SkillUri>,
    /// ESCO skills that count in a candidate's favour.
    #[serde(default)]
    pub optional_skills: Vec<SkillUri>,
    /// Languages and minimum levels.
    #[serde(default)]
    pub languages: Vec<LanguageRequirement>,
    /// Minimum experience in the occupation, in months.
    #[serde(default)]
    pub min_experience_months: u16,
    /// Returning workers the employer asks for by name.
    #[serde(default)]
    pub named_workers: Vec<WorkerId>,
    /// Costs of recruitment and who bears each.
    #[serde(default)]
    pub recruitment_costs: Vec<RecruitmentCost>,
    /// Languages the contract is offered in.
    #[schemars(length(min = 1))]
    pub contract_languages: Vec<LanguageCode>,
}

/// A job order as kept by Corridor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JobOrder {
    /// Identifier.
    pub id: JobOrderId,
    /// State.
    pub status: JobOrderStatus,
    /// Day it was posted.
    pub posted_on: NaiveDate,
    /// The terms.
    #[serde(flatten)]
    pub spec: JobOrderSpec,
}

impl JobOrderSpec {
    /// Last day of work: start plus duration.
    pub fn end_date(&self) -> NaiveDate {
        self.start_date
            .checked_add_months(Months::new(self.duration_months as u32))
            .unwrap_or(self.start_date)
    }

    /// The title to show: the employer's, or the occupation's label.
    pub fn display_title(&self) -> String {
        if self.title.trim().is_empty() {
            self.occupation.label()
        } else {
            self.title.clone()
        }
    }

    /// Who bears `category`: as declared, or the employer when undeclared
    /// (the Employer Pays Principle).
    pub fn bearer_of(&self, category: CostCategory) -> Party {
        self.recruitment_costs
            .iter()
            .find(|c| c.category == category)
            .map(|c| c.paid_by)
            .unwrap_or(Party::Employer)
    }
}

/// Everything a job order is checked against.
#[derive(Debug, Clone, Copy)]
pub struct JobOrderContext<'a> {
    /// The programme named in the job order.
    pub programme: &'a Programme,
    /// The employer named in the job order.
    pub employer: &'a Employer,
    /// The agency named in the job order, if any.
    pub agency: Option<&'a Agency>,
    /// The day of the check.
    pub today: NaiveDate,
    /// Workers who completed a placement with the employer: the only ones
    /// a job order may name as returning workers.
    pub returning_workers: &'a [WorkerId],
}

/// Checks a job order against its programme, employer and agency; returns
/// every violated rule at once, in plain words.
pub fn validate_job_order(spec: &JobOrderSpec, ctx: JobOrderContext<'_>) -> Result<(), Violations> {
    let mut v = Violations::new();
    let p = &ctx.programme.spec;
    let min = &p.conditions;
    let isco = spec.occupation.isco();

    if spec.employer_id != ctx.employer.id {
        v.push(
            "employer_id",
            "employer_mismatch",
            "the employer does not match the job order",
        );
    }
    if spec.positions == 0 || spec.positions > 10_000 {
        v.push(
            "positions",
            "out_of_range",
            "a job order has between 1 and 10,000 positions",
        );
    }
    if !ctx.programme.covers_occupation(&isco) {
        let groups: Vec<String> = p.occupations.iter().map(ToString::to_string).collect();
        v.push(
            "occupation",
            "occupation_not_in_programme",
            format!(
                "{} (ISCO {isco}) is outside the programme, which covers ISCO groups {}",
                spec.occupation.label(),
                groups.join(", ")
            ),
        );
    }

    // Wage and hours.
    match spec
        .wage
        .meets(&min.min_wage, spec.guaranteed_hours_per_week)
    {
        None => v.push(
            "wage.currency",
            "wage_currency_mismatch",
            format!(
                "the wage is in {} but the programme's minimum wage is in {}",
                spec.wage.amount.currency(),
                min.min_wage.amount.currency()
            ),
        ),
        Some(false) => v.push(
            "wage.amount",
            "wage_below_minimum",
            format!(
                "the wage of {} is below the programme's minimum wage of {}",
                spec.wage, min.min_wage
            ),
        ),
        Some(true) => {}
    }
    if !(spec.guaranteed_hours_per_week.is_finite() && spec.guaranteed_hours_per_week >= 0.0) {
        v.push(
            "guaranteed_hours_per_week",
            "out_of_range",
            "guaranteed hours must be a number of hours",
        );
    } else if spec.guaranteed_hours_per_week < min.min_guaranteed_hours_per_week {
        v.push(
            "guaranteed_hours_per_week",
            "hours_below_guarantee",
            format!(
                "{} guaranteed hours a week is under the programme's guarantee of {}",
                spec.guaranteed_hours_per_week, min.min_guaranteed_hours_per_week
            ),
        );
    }
    if !(spec.max_hours_per_week.is_finite() && spec.max_hours_per_week > 0.0) {
        v.push(
            "max_hours_per_week",
            "out_of_range",
            "maximum hours must be a number of hours",
        );
    } else if spec.max_hours_per_week > min.max_hours_per_week {
        v.push(
            "max_hours_per_week",
            "hours_above_maximum",
            format!(
                "up to {} hours a week is over the programme's maximum of {}",
                spec.max_hours_per_week, min.max_hours_per_week
            ),
        );
    } else if spec.max_hours_per_week < spec.guaranteed_hours_per_week {
        v.push(
            "max_hours_per_week",
            "below_guaranteed_hours",
            "maximum hours cannot be below the guaranteed hours",
        );
    }

    // Dates and stay.
    if spec.duration_months == 0 {
        v.push(
            "duration_months",
            "out_of_range",
            "the contract must last at least a month",
        );
    } else if spec.duration_months > p.max_stay_months {
        v.push(
            "duration_months",
            "stay_too_long",
            format!(
                "a contract of {} months is over the programme's maximum stay of {} months",
                spec.duration_months, p.max_stay_months
            ),
        );
    }
    if spec.start_date < p.valid_from || p.valid_until.is_some_and(|u| spec.start_date > u) {
        v.push(
            "start_date",
            "start_outside_programme",
            format!(
                "the start date {} is outside the programme's validity",
                spec.start_date
            ),
        );
    }
    if spec.start_date < ctx.today {
        v.push(
            "start_date",
            "start_in_past",
            format!("the start date {} has already passed", spec.start_date),
        );
    }

    // Housing, medical care, return.
    if min.housing.must_be_provided && !spec.housing.provided {
        v.push(
            "housing.provided",
            "housing_not_provided",
            "the programme requires the employer to provide housing",
        );
    }
    if let Some(cost) = &spec.housing.cost_to_worker_per_month {
        if cost.is_negative() {
            v.push(
                "housing.cost_to_worker_per_month",
                "negative",
                "a housing charge cannot be negative",
            );
        } else if !cost.is_zero() {
            match &min.housing.max_cost_to_worker_per_month {
                None => v.push(
                    "housing.cost_to_worker_per_month",
                    "housing_cost_above_cap",
                    format!("the worker would pay {cost} a month for housing, which the programme requires to be free"),
                ),
                Some(cap) if cap.currency() != cost.currency() => v.push(
                    "housing.cost_to_worker_per_month",
                    "housing_currency_mismatch",
                    format!("the housing charge is in {} but the programme's cap is in {}", cost.currency(), cap.currency()),
                ),
                Some(cap) if cost.minor() > cap.minor() => v.push(
                    "housing.cost_to_worker_per_month",
                    "housing_cost_above_cap",
                    format!("the worker would pay {cost} a month for housing, over the programme's cap of {cap}"),
                ),
                Some(_) => {}
            }
        }
    }
    if !spec.medical.satisfies(min.medical) {
        v.push(
            "medical",
            "medical_cover_insufficient",
            format!(
                "the programme requires medical cover '{}' but the job order offers '{}'",
                min.medical.as_str(),
                spec.medical.as_str()
            ),
        );
    }
    if min.return_travel_paid_by_employer && !spec.return_travel_paid_by_employer {
        v.push(
            "return_travel_paid_by_employer",
            "return_travel_not_paid",
            "the programme requires the employer to pay the return journey",
        );
    }

    // Costs: the Employer Pays Principle.
    for (i, cost) in spec.recruitment_costs.iter().enumerate() {
        if cost.paid_by == Party::Worker {
            v.push(
                format!("recruitment_costs[{i}].paid_by"),
                "cost_charged_to_worker",
                format!(
                    "the worker would pay {} for {}: recruitment fees and related costs are borne by the employer",
                    cost.amount,
                    cost.category.describe()
                ),
            );
        }
        if cost.amount.is_negative() {
            v.push(
                format!("recruitment_costs[{i}].amount"),
                "negative",
                "a cost cannot be negative",
            );
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, cost) in spec.recruitment_costs.iter().enumerate() {
        if !seen.insert(cost.category) {
            v.push(
                format!("recruitment_costs[{i}].category"),
                "duplicate",
                format!("{} is listed twice", cost.category.describe()),
            );
        }
    }

    // Named returning workers: only those with a completed placement with
    // this employer. The message is the same whether or not the id exists.
    let mut named = std::collections::BTreeSet::new();
    for (i, w) in spec.named_workers.iter().enumerate() {
        if !named.insert(*w) {
            v.push(
                format!("named_workers[{i}]"),
                "duplicate",
                format!("worker {w} is named twice"),
            );
        } else if !ctx.returning_workers.contains(w) {
            v.push(
                format!("named_workers[{i}]"),
                "not_a_returning_worker",
                format!(
                    "worker {w} has not completed a placement with this employer: a job order names only the employer's returning workers"
                ),
            );
        }
    }

    // Employer and agency.
    if ctx.employer.spec.status != EmployerStatus::Active {
        v.push(
            "employer_id",
            "employer_suspended",
            format!(
                "{} is suspended and may not post job orders",
                ctx.employer.spec.name
            ),
        );
    }
    if ctx.employer.spec.country != p.destination {
        v.push(
            "employer_id",
            "employer_not_in_destination",
            format!(
                "{} is registered in {}, not in the programme's destination {}",
                ctx.employer.spec.name, ctx.employer.spec.country, p.destination
            ),
        );
    }
    match (spec.agency_id, ctx.agency) {
        (Some(_), None) => v.push("agency_id", "unknown", "the agency does not exist"),
        (Some(id), Some(a)) if a.id != id => {
            v.push("agency_id", "unknown", "the agency does not match")
        }
        (Some(_), Some(a)) => {
            let status = a.spec.licence.status_on(ctx.today);
            if status != LicenceStatus::Active {
                v.push(
                    "agency_id",
                    "agency_licence_not_active",
                    format!(
                        "{}'s licence {} is {}: only agencies with an active licence may handle job orders",
                        a.spec.name,
                        a.spec.licence.number,
                        status.as_str()
                    ),
                );
            }
            let issuer = &a.spec.licence.issuing_country;
            if issuer != &p.origin && issuer != &p.destination {
                v.push(
                    "agency_id",
                    "agency_licence_outside_corridor",
                    format!(
                        "{}'s licence was issued by {}, which is neither the country of origin nor of destination",
                        a.spec.name, issuer
                    ),
                );
            }
        }
        (None, _) => {}
    }

    // WHO Global Code of Practice on the International Recruitment of
    // Health Personnel.
    if isco.is_health_or_care() && p.origin.on_who_safeguard_list() && !p.government_to_government {
        v.push(
            "occupation",
            "who_safeguard_active_recruitment",
            format!(
                "{} is on the WHO Health Workforce Support and Safeguards List: health and care personnel ({}) may not be actively recruited from it outside a government-to-government agreement",
                p.origin.name(),
                spec.occupation.label()
            ),
        );
    }

    // What the worker must be able to read and meet.
    if spec.contract_languages.is_empty() {
        v.push(
            "contract_languages",
            "required",
            "name at least one language the contract is offered in",
        );
    }
    for (i, s) in spec.required_skills.iter().enumerate() {
        if spec.optional_skills.contains(s) {
            v.push(
                format!("optional_skills[{i}]"),
                "duplicate",
                format!("{} is both required and optional", s.label()),
            );
        }
    }
    let mut langs = std::collections::BTreeSet::new();
    for (i, l) in spec.languages.iter().enumerate() {
        if !langs.insert(l.language.clone()) {
            v.push(
                format!("languages[{i}].language"),
                "duplicate",
                format!("{} is listed twice", l.language.name()),
            );
        }
    }
    v.into_result(())
}
