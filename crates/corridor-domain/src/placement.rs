//! The placement lifecycle: one worker's application to one job order,
//! followed from application to return.
//!
//! ```text
//! applied → shortlisted → selected → contract_signed → orientation_done
//!   → visa_issued → departed → arrived → employed → completed → returned
//! ```
//!
//! with `withdrawn` (by the worker, before departure), `rejected` (before
//! the contract) and `ended_early` (after departure, with a reason) as exits.
//! Migrants "change their status over the course of the migration
//! experience": every change is an immutable [`PlacementEvent`], so the
//! status on any past date can be read back.

use crate::codes::{Cefr, LanguageCode};
use crate::ids::{JobOrderId, PlacementId, UserId, WorkerId};
use crate::job_order::{Housing, JobOrderSpec};
use crate::money::Wage;
use crate::programme::MedicalCover;
use crate::violation::Violations;
use crate::worker::WorkerProfileSpec;
use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a placement stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlacementStatus {
    /// The worker applied (or was put forward by a match round).
    Applied,
    /// On the employer's shortlist.
    Shortlisted,
    /// Chosen by the employer.
    Selected,
    /// The contract is signed, in a language the worker reads.
    ContractSigned,
    /// Pre-departure orientation completed.
    OrientationDone,
    /// Visa or work permit issued.
    VisaIssued,
    /// Left the country of origin.
    Departed,
    /// Arrived in the country of destination.
    Arrived,
    /// Working for the employer.
    Employed,
    /// Contract completed.
    Completed,
    /// Back in the country of origin.
    Returned,
    /// The worker withdrew before departure.
    Withdrawn,
    /// Not selected.
    Rejected,
    /// The placement ended before the contract's end.
    EndedEarly,
}

impl PlacementStatus {
    /// Every status, the main path first.
    pub const ALL: [PlacementStatus; 14] = [
        PlacementStatus::Applied,
        PlacementStatus::Shortlisted,
        PlacementStatus::Selected,
        PlacementStatus::ContractSigned,
        PlacementStatus::OrientationDone,
        PlacementStatus::VisaIssued,
        PlacementStatus::Departed,
        PlacementStatus::Arrived,
        PlacementStatus::Employed,
        PlacementStatus::Completed,
        PlacementStatus::Returned,
        PlacementStatus::Withdrawn,
        PlacementStatus::Rejected,
        PlacementStatus::EndedEarly,
    ];

    /// The main path from application to return, in order.
    pub const MAIN_PATH: [PlacementStatus; 11] = [
        PlacementStatus::Applied,
        PlacementStatus::Shortlisted,
        PlacementStatus::Selected,
        PlacementStatus::ContractSigned,
        PlacementStatus::OrientationDone,
        PlacementStatus::VisaIssued,
        PlacementStatus::Departed,
        PlacementStatus::Arrived,
        PlacementStatus::Employed,
        PlacementStatus::Completed,
        PlacementStatus::Returned,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            PlacementStatus::Applied => "applied",
            PlacementStatus::Shortlisted => "shortlisted",
            PlacementStatus::Selected => "selected",
            PlacementStatus::ContractSigned => "contract_signed",
            PlacementStatus::OrientationDone => "orientation_done",
            PlacementStatus::VisaIssued => "visa_issued",
            PlacementStatus::Departed => "departed",
            PlacementStatus::Arrived => "arrived",
            PlacementStatus::Employed => "employed",
            PlacementStatus::Completed => "completed",
            PlacementStatus::Returned => "returned",
            PlacementStatus::Withdrawn => "withdrawn",
            PlacementStatus::Rejected => "rejected",
            PlacementStatus::EndedEarly => "ended_early",
        }
    }

    /// Parses the snake_case code.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The next status on the main path, if any.
    pub fn next_on_main_path(self) -> Option<Self> {
        let i = Self::MAIN_PATH.iter().position(|s| *s == self)?;
        Self::MAIN_PATH.get(i + 1).copied()
    }

    /// True while the placement is under way, from application to the last
    /// day of work: the employer, its agency and the destination's officials
    /// need the worker's record only then. A rejected or withdrawn
    /// application, and a finished placement, give no one access.
    pub fn is_live(self) -> bool {
        !matches!(
            self,
            PlacementStatus::Completed
                | PlacementStatus::Returned
                | PlacementStatus::Withdrawn
                | PlacementStatus::Rejected
                | PlacementStatus::EndedEarly
        )
    }

    /// True once no further change is possible.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            PlacementStatus::Returned
                | PlacementStatus::Withdrawn
                | PlacementStatus::Rejected
                | PlacementStatus::EndedEarly
        )
    }

    /// True while the worker is abroad under this placement.
    pub fn is_abroad(self) -> bool {
        matches!(
            self,
            PlacementStatus::Departed
                | PlacementStatus::Arrived
                | PlacementStatus::Employed
                | PlacementStatus::Completed
        )
    }

    /// True before the worker has left.
    pub fn is_before_departure(self) -> bool {
        Self::MAIN_PATH
            .iter()
            .position(|s| *s == self)
            .is_some_and(|i| i < 6)
    }

    /// Every status this one may move to.
    pub fn allowed_next(self) -> Vec<PlacementStatus> {
        use PlacementStatus::*;
        let mut next: Vec<_> = self.next_on_main_path().into_iter().collect();
        if matches!(self, Applied | Shortlisted | Selected) {
            next.push(Rejected);
        }
        if self.is_before_departure() {
            next.push(Withdrawn);
        }
        if matches!(self, Departed | Arrived | Employed) {
            next.push(EndedEarly);
        }
        if self == Completed {
            // Returned is already the next step on the main path.
        }
        next
    }

    /// True when a placement may move from this status to `to`.
    pub fn can_move_to(self, to: PlacementStatus) -> bool {
        self.allowed_next().contains(&to)
    }
}

impl fmt::Display for PlacementStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a placement ended before the contract's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// The employer broke the contract (unpaid wages, unsafe work, abuse…).
    EmployerBreach,
    /// The worker chose to leave.
    WorkerChoice,
    /// The worker moved to another employer.
    ChangedEmployer,
    /// Illness or injury.
    HealthOrInjury,
    /// The work ran out.
    WorkEnded,
    /// Another reason, given in the event's note.
    Other,
}

impl EndReason {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::EmployerBreach => "employer_breach",
            EndReason::WorkerChoice => "worker_choice",
            EndReason::ChangedEmployer => "changed_employer",
            EndReason::HealthOrInjury => "health_or_injury",
            EndReason::WorkEnded => "work_ended",
            EndReason::Other => "other",
        }
    }

    /// Every reason.
    pub const ALL: [EndReason; 6] = [
        EndReason::EmployerBreach,
        EndReason::WorkerChoice,
        EndReason::ChangedEmployer,
        EndReason::HealthOrInjury,
        EndReason::WorkEnded,
        EndReason::Other,
    ];
}

/// The terms of the employment contract as signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Contract {
    /// The language the contract is written in.
    pub language: LanguageCode,
    /// Wage.
    pub wage: Wage,
    /// Hours guaranteed each week.
    pub guaranteed_hours_per_week: f64,
    /// Most hours a week.
    pub max_hours_per_week: f64,
    /// First day of work.
    pub start_date: NaiveDate,
    /// Length in months.
    pub duration_months: u16,
    /// Housing.
    pub housing: Housing,
    /// Medical cover.
    pub medical: MedicalCover,
    /// The employer pays the return journey.
    pub return_travel_paid_by_employer: bool,
}

/// Checks that a contract may be signed: its language is one the worker
/// reads (at least B1) and its terms meet the job order. Every problem at
/// once.
pub fn check_contract(
    contract: &Contract,
    job: &JobOrderSpec,
    worker: &WorkerProfileSpec,
) -> Result<(), Violations> {
    let mut v = Violations::new();
    if !worker.reads(&contract.language) {
        let level = worker
            .level_in(&contract.language)
            .map(|l| format!("at level {l}"))
            .unwrap_or_else(|| "at all".to_string());
        v.push(
            "contract.language",
            "contract_language_not_read",
            format!(
                "the contract is in {}, which the worker does not read {level}; a contract must be in a language the worker reads (at least {})",
                contract.language.name(),
                Cefr::READS_CONTRACT
            ),
        );
    }
    match contract
        .wage
        .meets(&job.wage, job.guaranteed_hours_per_week)
    {
        None => v.push(
            "contract.wage.currency",
            "contract_wage_currency_mismatch",
            format!(
                "the contract wage is in {} but the job order's is in {}",
                contract.wage.amount.currency(),
                job.wage.amount.currency()
            ),
        ),
        Some(false) => v.push(
            "contract.wage.amount",
            "contract_wage_below_job_order",
            format!(
                "the contract wage {} is below the job order's {}",
                contract.wage, job.wage
            ),
        ),
        Some(true) => {}
    }
    if contract.guaranteed_hours_per_week < job.guaranteed_hours_per_week {
        v.push(
            "contract.guaranteed_hours_per_week",
            "contract_hours_below_job_order",
            format!(
                "the contract guarantees {} hours a week, less than the job order's {}",
                contract.guaranteed_hours_per_week, job.guaranteed_hours_per_week
            ),
        );
    }
    if contract.max_hours_per_week > job.max_hours_per_week {
        v.push(
            "contract.max_hours_per_week",
            "contract_hours_above_job_order",
            format!(
                "the contract allows {} hours a week, more than the job order's {}",
                contract.max_hours_per_week, job.max_hours_per_week
            ),
        );
    }
    if contract.duration_months != job.duration_months {
        v.push(
            "contract.duration_months",
            "contract_duration_differs",
            format!(
                "the contract lasts {} months but the job order {}",
                contract.duration_months, job.duration_months
            ),
        );
    }
    if job.housing.provided && !contract.housing.provided {
        v.push(
            "contract.housing.provided",
            "contract_housing_missing",
            "the job order provides housing but the contract does not",
        );
    }
    let job_rent = job
        .housing
        .cost_to_worker_per_month
        .as_ref()
        .map_or(0, |m| m.minor());
    let contract_rent = contract
        .housing
        .cost_to_worker_per_month
        .as_ref()
        .map_or(0, |m| m.minor());
    if contract_rent > job_rent {
        v.push(
            "contract.housing.cost_to_worker_per_month",
            "contract_housing_cost_above_job_order",
            "the contract charges more for housing than the job order",
        );
    }
    if !contract.medical.satisfies(job.medical) {
        v.push(
            "contract.medical",
            "contract_medical_below_job_order",
            "the contract's medical cover is less than the job order's",
        );
    }
    if job.return_travel_paid_by_employer && !contract.return_travel_paid_by_employer {
        v.push(
            "contract.return_travel_paid_by_employer",
            "contract_return_travel_missing",
            "the job order pays the return journey but the contract does not",
        );
    }
    v.into_result(())
}

/// A placement as kept by Corridor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Placement {
    /// Identifier.
    pub id: PlacementId,
    /// The job order.
    pub job_order_id: JobOrderId,
    /// The worker.
    pub worker_id: WorkerId,
    /// Current status.
    pub status: PlacementStatus,
    /// The contract, once signed.
    pub contract: Option<Contract>,
    /// Why it ended early, when it did.
    pub end_reason: Option<EndReason>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// One change of status: immutable once written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlacementEvent {
    /// Order of the event within its placement, from 1.
    pub seq: i64,
    /// The placement.
    pub placement_id: PlacementId,
    /// Status before; none for the application itself.
    pub from: Option<PlacementStatus>,
    /// Status after.
    pub to: PlacementStatus,
    /// When it happened (the day of departure, of arrival…).
    pub occurred_on: NaiveDate,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
    /// Who recorded it.
    pub actor: UserId,
    /// Why, in the actor's words.
    pub note: String,
    /// The end reason, for `ended_early`.
    pub end_reason: Option<EndReason>,
}

/// A request to move a placement on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TransitionRequest {
    /// The status to move to.
    pub to: PlacementStatus,
    /// The day it happened; today when absent.
    #[serde(default)]
    pub occurred_on: Option<NaiveDate>,
    /// Why, in plain words.
    #[serde(default)]
    pub note: String,
    /// Required for `ended_early`.
    #[serde(default)]
    pub end_reason: Option<EndReason>,
    /// Required for `contract_signed`: the contract's terms.
    #[serde(default)]
    pub contract: Option<Contract>,
}

/// Checks that a placement may move from `from` as requested; every problem
/// at once. The contract itself is checked by [`check_contract`]. A change
/// is dated between the previous event and `today`: never in the future,
/// where it could pick a quota period that has not begun.
pub fn check_transition(
    from: PlacementStatus,
    req: &TransitionRequest,
    last_event_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), Violations> {
    let mut v = Violations::new();
    if !from.can_move_to(req.to) {
        let allowed: Vec<&str> = from.allowed_next().iter().map(|s| s.as_str()).collect();
        v.push(
            "to",
            "illegal_transition",
            if allowed.is_empty() {
                format!(
                    "a placement that is {} cannot change any more",
                    from.as_str()
                )
            } else {
                format!(
                    "a placement that is {} cannot become {}; it can become {}",
                    from.as_str(),
                    req.to.as_str(),
                    allowed.join(" or ")
                )
            },
        );
    }
    if req.to == PlacementStatus::EndedEarly && req.end_reason.is_none() {
        v.push(
            "end_reason",
            "required",
            "say why the placement ended early",
        );
    }
    if req.to != PlacementStatus::EndedEarly && req.end_reason.is_some() {
        v.push(
            "end_reason",
            "not_applicable",
            "an end reason is only given when a placement ends early",
        );
    }
    if req.to == PlacementStatus::ContractSigned && req.contract.is_none() {
        v.push(
            "contract",
            "required",
            "signing a contract needs the contract's terms",
        );
    }
    if let (Some(day), Some(last)) = (req.occurred_on, last_event_on)
        && day < last
    {
        v.push(
            "occurred_on",
            "before_previous_event",
            format!("the change cannot be dated before the previous one ({last})"),
        );
    }
    if let Some(day) = req.occurred_on
        && day > today
    {
        v.push(
            "occurred_on",
            "date_in_future",
            format!("a change is recorded once it has happened: {day} is after today ({today})"),
        );
    }
    if req.note.len() > 2000 {
        v.push("note", "too_long", "the note is at most 2,000 characters");
    }
    v.into_result(())
}

/// The status of a placement on `date`, read from its events (in order);
/// `None` before the application.
pub fn status_on(events: &[PlacementEvent], date: NaiveDate) -> Option<PlacementStatus> {
    events
        .iter()
        .take_while(|e| e.occurred_on <= date)
        .last()
        .map(|e| e.to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlacementStatus::*;
    use proptest::prelude::*;

    #[test]
    fn main_path_runs_to_returned() {
        let mut s = Applied;
        let mut steps = 0;
        while let Some(n) = s.next_on_main_path() {
            assert!(s.can_move_to(n));
            s = n;
            steps += 1;
        }
        assert_eq!(s, Returned);
        assert_eq!(steps, 10);
        assert!(Returned.is_final());
    }

    #[test]
    fn illegal_moves_are_refused_with_the_allowed_ones() {
        let req = TransitionRequest {
            to: Departed,
            occurred_on: None,
            note: String::new(),
            end_reason: None,
            contract: None,
        };
        let err = check_transition(Applied, &req, None, day(2026, 6, 1)).unwrap_err();
        assert!(err.has_rule("illegal_transition"));
        let msg = &err.0[0].message;
        assert!(msg.contains("shortlisted"), "{msg}");
        assert!(!Departed.can_move_to(Withdrawn));
        assert!(!Returned.can_move_to(Applied));
        assert!(Employed.can_move_to(EndedEarly));
        assert!(!Applied.can_move_to(EndedEarly));
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn changes_are_dated_between_the_last_event_and_today() {
        let today = day(2026, 6, 1);
        let at = |on| TransitionRequest {
            to: Shortlisted,
            occurred_on: Some(on),
            note: String::new(),
            end_reason: None,
            contract: None,
        };
        let last = Some(day(2026, 5, 1));
        assert!(check_transition(Applied, &at(today), last, today).is_ok());
        assert!(check_transition(Applied, &at(day(2026, 5, 1)), last, today).is_ok());
        let future = check_transition(Applied, &at(day(2026, 6, 2)), last, today).unwrap_err();
        assert!(future.has_rule("date_in_future"), "{future}");
        let before = check_transition(Applied, &at(day(2026, 4, 30)), last, today).unwrap_err();
        assert!(before.has_rule("before_previous_event"), "{before}");
    }

    #[test]
    fn only_placements_under_way_are_live() {
        let live: Vec<_> = PlacementStatus::ALL
            .into_iter()
            .filter(|s| s.is_live())
            .collect();
        assert_eq!(
            live,
            [
                Applied,
                Shortlisted,
                Selected,
                ContractSigned,
                OrientationDone,
                VisaIssued,
                Departed,
                Arrived,
                Employed
            ]
        );
    }

    #[test]
    fn ending_early_needs_a_reason() {
        let req = TransitionRequest {
            to: EndedEarly,
            occurred_on: None,
            note: String::new(),
            end_reason: None,
            contract: None,
        };
        assert!(
            check_transition(Employed, &req, None, day(2026, 6, 1))
                .unwrap_err()
                .has_rule("required")
        );
    }

    proptest! {
        /// Any sequence of attempted moves either follows an allowed edge or
        /// is refused; final states never move again.
        #[test]
        fn random_walks_respect_the_graph(moves in proptest::collection::vec(0usize..14, 1..40)) {
            let mut s = Applied;
            for m in moves {
                let to = PlacementStatus::ALL[m];
                let req = TransitionRequest {
                    to,
                    occurred_on: None,
                    note: String::new(),
                    end_reason: (to == EndedEarly).then_some(EndReason::WorkerChoice),
                    contract: None,
                };
                let ok = check_transition(s, &req, None, day(2026, 6, 1));
                if s.is_final() {
                    prop_assert!(ok.is_err());
                }
                if ok.is_ok() || (to == ContractSigned && s.can_move_to(to)) {
                    prop_assert!(s.can_move_to(to));
                    s = to;
                }
            }
        }
    }
}
