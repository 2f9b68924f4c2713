//! The fee ledger of a placement, under the ILO General Principles and
//! Operational Guidelines for Fair Recruitment and Definition of Recruitment
//! Fees and Related Costs (2019) and the Employer Pays Principle.
//!
//! Every payment is recorded, whoever made it. A recruitment fee or related
//! cost paid by the worker is never silently accepted: it is kept on the
//! ledger *and* raises a [`FeeViolation`] that origin officials see.
//! Illegitimate costs (bribes, kickbacks, bonds, collateral) are violations
//! whoever pays them.

use crate::ids::{PaymentId, PlacementId, UserId};
use crate::money::Money;
use crate::violation::Violations;
use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The ILO 2019 categories of recruitment fees and related costs.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    /// Fees for the recruitment service itself (advertising, screening,
    /// placement, referral).
    RecruitmentService,
    /// Medical examinations and vaccinations.
    Medical,
    /// Insurance covering life, health and safety, and welfare funds.
    Insurance,
    /// Skills, qualification and language tests.
    SkillsTests,
    /// Training and pre-departure orientation.
    TrainingOrientation,
    /// Equipment, tools and protective gear.
    Equipment,
    /// Travel and lodging, including for return.
    TravelLodging,
    /// Visas, permits, passports, documents and administrative fees.
    VisaAdministrative,
}

impl CostCategory {
    /// Every category, in the ILO order.
    pub const ALL: [CostCategory; 8] = [
        CostCategory::RecruitmentService,
        CostCategory::Medical,
        CostCategory::Insurance,
        CostCategory::SkillsTests,
        CostCategory::TrainingOrientation,
        CostCategory::Equipment,
        CostCategory::TravelLodging,
        CostCategory::VisaAdministrative,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            CostCategory::RecruitmentService => "recruitment_service",
            CostCategory::Medical => "medical",
            CostCategory::Insurance => "insurance",
            CostCategory::SkillsTests => "skills_tests",
            CostCategory::TrainingOrientation => "training_orientation",
            CostCategory::Equipment => "equipment",
            CostCategory::TravelLodging => "travel_lodging",
            CostCategory::VisaAdministrative => "visa_administrative",
        }
    }

    /// The category in plain words.
    pub fn describe(self) -> &'static str {
        match self {
            CostCategory::RecruitmentService => "recruitment service fee",
            CostCategory::Medical => "medical examination",
            CostCategory::Insurance => "insurance",
            CostCategory::SkillsTests => "skills and language tests",
            CostCategory::TrainingOrientation => "training and pre-departure orientation",
            CostCategory::Equipment => "equipment",
            CostCategory::TravelLodging => "travel and lodging",
            CostCategory::VisaAdministrative => "visa and administrative costs",
        }
    }
}

/// Who bears or pays a cost.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The worker. Under the Employer Pays Principle, never for recruitment
    /// costs.
    Worker,
    /// The employer.
    Employer,
    /// The recruiting agency.
    Agency,
    /// A government of origin or destination.
    Government,
    /// Anyone else (a broker, an official acting privately…).
    ThirdParty,
}

impl Party {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            Party::Worker => "worker",
            Party::Employer => "employer",
            Party::Agency => "agency",
            Party::Government => "government",
            Party::ThirdParty => "third_party",
        }
    }
}

/// What a payment was for: a legitimate recruitment cost category, or an
/// illegitimate cost that is never allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaymentCategory {
    /// Fees for the recruitment service itself.
    RecruitmentService,
    /// Medical examinations.
    Medical,
    /// Insurance.
    Insurance,
    /// Skills and language tests.
    SkillsTests,
    /// Training and orientation.
    TrainingOrientation,
    /// Equipment.
    Equipment,
    /// Travel and lodging.
    TravelLodging,
    /// Visas and administrative costs.
    VisaAdministrative,
    /// A bribe: illegitimate.
    Bribe,
    /// A kickback: illegitimate.
    Kickback,
    /// A bond or deposit: illegitimate.
    Bond,
    /// Collateral: illegitimate.
    Collateral,
}

impl PaymentCategory {
    /// Every category: the ILO's recruitment fees and related costs, then
    /// the illegitimate ones.
    pub const ALL: [PaymentCategory; 12] = [
        PaymentCategory::RecruitmentService,
        PaymentCategory::Medical,
        PaymentCategory::Insurance,
        PaymentCategory::SkillsTests,
        PaymentCategory::TrainingOrientation,
        PaymentCategory::Equipment,
        PaymentCategory::TravelLodging,
        PaymentCategory::VisaAdministrative,
        PaymentCategory::Bribe,
        PaymentCategory::Kickback,
        PaymentCategory::Bond,
        PaymentCategory::Collateral,
    ];

    /// The recruitment cost category, or `None` for an illegitimate cost.
    pub fn cost_category(self) -> Option<CostCategory> {
        Some(match self {
            PaymentCategory::RecruitmentService => CostCategory::RecruitmentService,
            PaymentCategory::Medical => CostCategory::Medical,
            PaymentCategory::Insurance => CostCategory::Insurance,
            PaymentCategory::SkillsTests => CostCategory::SkillsTests,
            PaymentCategory::TrainingOrientation => CostCategory::TrainingOrientation,
            PaymentCategory::Equipment => CostCategory::Equipment,
            PaymentCategory::TravelLodging => CostCategory::TravelLodging,
            PaymentCategory::VisaAdministrative => CostCategory::VisaAdministrative,
            _ => return None,
        })
    }

    /// True for bribes, kickbacks, bonds and collateral.
    pub fn is_illegitimate(self) -> bool {
        self.cost_category().is_none()
    }

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentCategory::Bribe => "bribe",
            PaymentCategory::Kickback => "kickback",
            PaymentCategory::Bond => "bond",
            PaymentCategory::Collateral => "collateral",
            other => other
                .cost_category()
                .map(CostCategory::as_str)
                .unwrap_or(""),
        }
    }
}

/// What is submitted to record a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PaymentSpec {
    /// Who paid.
    pub payer: Party,
    /// Who received it.
    pub payee: Party,
    /// What for.
    pub category: PaymentCategory,
    /// How much.
    #[schemars(extend("properties" = {"amount": {"anyOf": [{"type": "string", "pattern": r"^\s*([0-9]*[1-9][0-9]*(\.[0-9]*)?|[0-9]+\.[0-9]*[1-9][0-9]*)\s*$"}, {"type": "number", "exclusiveMinimum": 0}]}}))]
    pub amount: Money,
    /// When it was paid.
    pub paid_on: NaiveDate,
    /// Free-text note (receipt number…).
    #[serde(default)]
    pub note: String,
}

/// Why a payment breaks fair-recruitment rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeViolationKind {
    /// The worker paid a recruitment fee or related cost.
    WorkerPaidRecruitmentCost,
    /// A bribe, kickback, bond or collateral changed hands.
    IllegitimateCost,
}

impl FeeViolationKind {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            FeeViolationKind::WorkerPaidRecruitmentCost => "worker_paid_recruitment_cost",
            FeeViolationKind::IllegitimateCost => "illegitimate_cost",
        }
    }
}

/// A breach of the Employer Pays Principle found on the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FeeViolation {
    /// The kind of breach.
    pub kind: FeeViolationKind,
    /// In plain words.
    pub message: String,
}

/// A payment as recorded on the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Payment {
    /// Identifier.
    pub id: PaymentId,
    /// The placement it belongs to.
    pub placement_id: PlacementId,
    /// What was paid.
    #[serde(flatten)]
    pub spec: PaymentSpec,
    /// The breach it raised, if any.
    pub violation: Option<FeeViolation>,
    /// Who recorded it.
    pub recorded_by: UserId,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

impl PaymentSpec {
    /// Checks the payment itself is well formed (not whether it is fair:
    /// see [`assess_payment`]); a payment is recorded once made, so it is
    /// dated no later than `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<(), Violations> {
        let mut v = Violations::new();
        if self.paid_on > today {
            v.push(
                "paid_on",
                "date_in_future",
                format!(
                    "a payment is recorded once made: {} is after today ({today})",
                    self.paid_on
                ),
            );
        }
        if self.amount.minor() < 0 {
            v.push(
                "amount",
                "not_positive",
                "a payment must be of more than zero",
            );
        } else if self.amount.minor() == 0 {
            // A positive number below the currency's smallest unit rounds
            // to zero: a rule of the amount with its currency.
            v.push(
                "amount",
                "below_smallest_unit",
                "a payment must be of at least the currency's smallest unit (0.01 for most)",
            );
        }
        if self.payer == self.payee {
            v.push(
                "payee",
                "same_party",
                "payer and payee must be different parties",
            );
        }
        v.into_result(())
    }
}

/// Decides whether a payment breaks the Employer Pays Principle. The payment
/// is recorded either way; a violation is raised beside it.
pub fn assess_payment(p: &PaymentSpec) -> Option<FeeViolation> {
    if p.category.is_illegitimate() {
        return Some(FeeViolation {
            kind: FeeViolationKind::IllegitimateCost,
            message: format!(
                "a {} of {} was paid by the {} to the {}: illegitimate costs are never allowed",
                p.category.as_str(),
                p.amount,
                p.payer.as_str(),
                p.payee.as_str()
            ),
        });
    }
    if p.payer == Party::Worker {
        let category = p.category.cost_category().expect("legitimate category");
        return Some(FeeViolation {
            kind: FeeViolationKind::WorkerPaidRecruitmentCost,
            message: format!(
                "the worker paid {} for {}: recruitment fees and related costs are borne by the employer",
                p.amount,
                category.describe()
            ),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::CurrencyCode;

    fn pay(payer: Party, category: PaymentCategory) -> PaymentSpec {
        PaymentSpec {
            payer,
            payee: if payer == Party::Agency {
                Party::Government
            } else {
                Party::Agency
            },
            category,
            amount: Money::parse("350.00", CurrencyCode::parse("USD").unwrap()).unwrap(),
            paid_on: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            note: String::new(),
        }
    }

    #[test]
    fn worker_paid_fees_raise_violations() {
        for c in CostCategory::ALL {
            let cat: PaymentCategory =
                serde_json::from_value(serde_json::json!(c.as_str())).unwrap();
            let v = assess_payment(&pay(Party::Worker, cat)).expect("violation");
            assert_eq!(v.kind, FeeViolationKind::WorkerPaidRecruitmentCost);
            assert!(assess_payment(&pay(Party::Employer, cat)).is_none());
        }
    }

    #[test]
    fn illegitimate_costs_always_violate() {
        for cat in [
            PaymentCategory::Bribe,
            PaymentCategory::Kickback,
            PaymentCategory::Bond,
            PaymentCategory::Collateral,
        ] {
            for payer in [Party::Worker, Party::Employer, Party::Agency] {
                let v = assess_payment(&pay(payer, cat)).expect("violation");
                assert_eq!(v.kind, FeeViolationKind::IllegitimateCost);
            }
        }
    }
}
