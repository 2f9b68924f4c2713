//! View models: domain records turned into the strings a page shows.

use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::ledger::CostCategory;
use corridor_domain::organisation::Employer;
use corridor_domain::programme::Programme;
use serde::Serialize;

/// A language requirement as shown.
#[derive(Debug, Serialize)]
pub struct LanguageView {
    /// Language name.
    pub name: String,
    /// Minimum level.
    pub level: String,
}

/// One recruitment cost category as shown.
#[derive(Debug, Serialize)]
pub struct CostView {
    /// Category code.
    pub category: &'static str,
    /// Amount, when declared.
    pub amount: Option<String>,
    /// Who pays, when declared.
    pub paid_by: &'static str,
    /// Declared on the job order (else the employer pays by principle).
    pub declared: bool,
}

/// A job order with every condition spelled out.
#[derive(Debug, Serialize)]
pub struct JobView {
    /// Identifier.
    pub id: i64,
    /// Title (the occupation when the employer gave none).
    pub title: String,
    /// Open to applications.
    pub open: bool,
    /// Programme name.
    pub programme: String,
    /// "Mexico → Canada".
    pub corridor: String,
    /// Government-to-government programme.
    pub g2g: bool,
    /// Employer name.
    pub employer: String,
    /// Occupation label.
    pub occupation: String,
    /// ISCO-08 unit group.
    pub isco: String,
    /// Its title.
    pub isco_label: String,
    /// "Leamington, Ontario".
    pub location: String,
    /// Start date.
    pub start: String,
    /// Months.
    pub duration: u16,
    /// Wage.
    pub wage: String,
    /// Programme minimum wage.
    pub min_wage: String,
    /// Guaranteed hours a week.
    pub guaranteed_hours: f64,
    /// Maximum hours a week.
    pub max_hours: f64,
    /// Housing provided.
    pub housing_provided: bool,
    /// Monthly housing charge, if any.
    pub housing_cost: Option<String>,
    /// Housing description.
    pub housing_description: String,
    /// Medical cover code.
    pub medical: &'static str,
    /// Employer pays the return journey.
    pub return_paid: bool,
    /// Returning workers re-hired first.
    pub priority_rehire: bool,
    /// Social security arrangement.
    pub social_security: String,
    /// Pathway to permanent residence.
    pub pathway: bool,
    /// Languages needed.
    pub languages: Vec<LanguageView>,
    /// Months of experience needed.
    pub experience: u16,
    /// Required skills.
    pub required_skills: Vec<String>,
    /// Optional skills.
    pub optional_skills: Vec<String>,
    /// Contract languages.
    pub contract_languages: Vec<String>,
    /// Positions.
    pub positions: u32,
    /// Every ILO cost category and who bears it.
    pub costs: Vec<CostView>,
    /// Status code.
    pub status: &'static str,
}

impl JobView {
    /// The view of `jo` under `programme` for `employer`.
    pub fn new(jo: &JobOrder, programme: &Programme, employer: &Employer) -> Self {
        let s = &jo.spec;
        let p = &programme.spec;
        let isco = s.occupation.isco();
        let occupation = s.occupation.label();
        JobView {
            id: jo.id.0,
            title: s.display_title(),
            open: jo.status == JobOrderStatus::Open,
            programme: p.name.clone(),
            corridor: format!("{} → {}", p.origin.name(), p.destination.name()),
            g2g: p.government_to_government,
            employer: employer.spec.name.clone(),
            occupation,
            isco_label: isco.label(),
            isco: isco.to_string(),
            location: format!("{}, {}", s.location.locality, s.location.region),
            start: s.start_date.to_string(),
            duration: s.duration_months,
            wage: s.wage.to_string(),
            min_wage: p.conditions.min_wage.to_string(),
            guaranteed_hours: s.guaranteed_hours_per_week,
            max_hours: s.max_hours_per_week,
            housing_provided: s.housing.provided,
            housing_cost: s
                .housing
                .cost_to_worker_per_month
                .as_ref()
                .filter(|m| !m.is_zero())
                .map(ToString::to_string),
            housing_description: s.housing.description.clone(),
            medical: s.medical.as_str(),
            return_paid: s.return_travel_paid_by_employer,
            priority_rehire: p.conditions.priority_rehire,
            social_security: p.conditions.social_security.arrangement.clone(),
            pathway: p.conditions.pathway_to_permanent_residence,
            languages: s
                .languages
                .iter()
                .map(|l| LanguageView {
                    name: l.language.name(),
                    level: l.min_level.to_string(),
                })
                .collect(),
            experience: s.min_experience_months,
            required_skills: s.required_skills.iter().map(|k| k.label()).collect(),
            optional_skills: s.optional_skills.iter().map(|k| k.label()).collect(),
            contract_languages: s.contract_languages.iter().map(|l| l.name()).collect(),
            positions: s.positions,
            costs: CostCategory::ALL
                .into_iter()
                .map(|c| {
                    let declared = s.recruitment_costs.iter().find(|x| x.category == c);
                    CostView {
                        category: c.as_str(),
                        amount: declared.map(|d| d.amount.to_string()),
                        paid_by: s.bearer_of(c).as_str(),
                        declared: declared.is_some(),
                    }
                })
                .collect(),
            status: jo.status.as_str(),
        }
    }
}
