//! Confirming a match round: the rules each proposed pair must still meet
//! when an official confirms it.
//!
//! A round is computed from a snapshot; between the computation and the
//! confirmation a worker may withdraw consent or be selected elsewhere, a
//! job order may close or fill, an employer may be suspended. So the store
//! gathers the facts of each pair again inside the confirmation's own
//! transaction (under the locks that serialise selections) and asks
//! [`check_pair`]. A pair that breaks a rule is skipped with every rule it
//! breaks listed; the others are put forward; the round's confirmation and
//! every placement it writes commit together, or nothing does.

use crate::ids::{JobOrderId, WorkerId};
use crate::job_order::JobOrderStatus;
use crate::organisation::LicenceStatus;
use crate::placement::PlacementStatus;
use crate::violation::Violations;

/// The steps a confirmed round may put workers forward to.
pub const CONFIRM_STEPS: [PlacementStatus; 2] =
    [PlacementStatus::Shortlisted, PlacementStatus::Selected];

/// What is true of one proposed pair at the moment of confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairFacts {
    /// The worker.
    pub worker: WorkerId,
    /// The job order.
    pub job_order: JobOrderId,
    /// The worker's latest word on `matching`.
    pub consents_to_matching: bool,
    /// The worker's latest word on `sharing_with_employers` (putting a
    /// worker forward shares their profile with the employer).
    pub shares_with_employers: bool,
    /// The job order's status.
    pub job_order_status: JobOrderStatus,
    /// Its positions.
    pub positions: u32,
    /// Positions already taken (placements past selection).
    pub positions_taken: i64,
    /// The job order's employer is registered and not suspended.
    pub employer_active: bool,
    /// The licence of the agency handling the job order, on the day
    /// (`None`: no agency).
    pub agency_licence: Option<LicenceStatus>,
    /// The worker's placements on other job orders, with their status.
    pub other_placements: Vec<(JobOrderId, PlacementStatus)>,
    /// The worker's placement on this job order, if any.
    pub existing: Option<PlacementStatus>,
    /// An earlier pair of the same confirmation already put this worker
    /// forward.
    pub put_forward_earlier: bool,
}

/// True when a placement in `status` commits the worker: selected and not
/// yet over (completed, or ended in any way). A committed worker cannot be
/// put forward for another job.
pub fn commits_worker(status: PlacementStatus) -> bool {
    !matches!(
        status,
        PlacementStatus::Applied | PlacementStatus::Shortlisted | PlacementStatus::Completed
    ) && !status.is_final()
}

/// Checks one pair against `step` (shortlisted or selected): every rule it
/// breaks, or the statuses to record, in order, starting from the existing
/// placement's status (or from a new application).
pub fn check_pair(
    f: &PairFacts,
    step: PlacementStatus,
) -> Result<Vec<PlacementStatus>, Violations> {
    let mut v = Violations::new();
    if !f.consents_to_matching {
        v.push(
            "worker_id",
            "consent_required",
            format!("worker {} no longer consents to matching", f.worker),
        );
    }
    if !f.shares_with_employers {
        v.push(
            "worker_id",
            "consent_required",
            format!(
                "worker {} has not consented to sharing their profile with employers",
                f.worker
            ),
        );
    }
    if f.put_forward_earlier {
        v.push(
            "worker_id",
            "duplicate",
            format!(
                "worker {} is already put forward by another pair of this round",
                f.worker
            ),
        );
    }
    if let Some((other, status)) = f
        .other_placements
        .iter()
        .find(|(j, s)| *j != f.job_order && commits_worker(*s))
    {
        v.push(
            "worker_id",
            "worker_committed_elsewhere",
            format!(
                "worker {} is already {} for job order {other}",
                f.worker,
                status.as_str()
            ),
        );
    }
    if f.job_order_status != JobOrderStatus::Open {
        v.push(
            "job_order_id",
            "job_order_not_open",
            format!(
                "job order {} is {}, not open",
                f.job_order,
                f.job_order_status.as_str()
            ),
        );
    }
    if f.positions_taken >= i64::from(f.positions) {
        v.push(
            "job_order_id",
            "positions_filled",
            format!(
                "all {} positions of job order {} are taken",
                f.positions, f.job_order
            ),
        );
    }
    if !f.employer_active {
        v.push(
            "job_order_id",
            "employer_suspended",
            format!("the employer of job order {} is suspended", f.job_order),
        );
    }
    if let Some(l) = f.agency_licence.filter(|l| *l != LicenceStatus::Active) {
        v.push(
            "job_order_id",
            "agency_licence_not_active",
            format!(
                "the licence of the agency handling job order {} is {}",
                f.job_order,
                l.as_str()
            ),
        );
    }
    use PlacementStatus::{Applied, Selected, Shortlisted};
    let from = f.existing.unwrap_or(Applied);
    let path = match (from, step) {
        (Applied, Shortlisted) => vec![Shortlisted],
        (Applied, Selected) => vec![Shortlisted, Selected],
        (Shortlisted, Selected) => vec![Selected],
        _ => {
            v.push(
                "worker_id",
                "illegal_transition",
                format!(
                    "the worker's placement on job order {} is already {}",
                    f.job_order,
                    from.as_str()
                ),
            );
            vec![]
        }
    };
    v.into_result(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlacementStatus::*;

    fn facts() -> PairFacts {
        PairFacts {
            worker: WorkerId(7),
            job_order: JobOrderId(3),
            consents_to_matching: true,
            shares_with_employers: true,
            job_order_status: JobOrderStatus::Open,
            positions: 2,
            positions_taken: 0,
            employer_active: true,
            agency_licence: Some(LicenceStatus::Active),
            other_placements: vec![],
            existing: None,
            put_forward_earlier: false,
        }
    }

    fn rules(r: Result<Vec<PlacementStatus>, Violations>) -> Vec<String> {
        r.unwrap_err().iter().map(|v| v.rule.clone()).collect()
    }

    #[test]
    fn a_clean_pair_goes_forward_by_the_steps_it_needs() {
        assert_eq!(
            check_pair(&facts(), Shortlisted).unwrap(),
            vec![Shortlisted]
        );
        assert_eq!(
            check_pair(&facts(), Selected).unwrap(),
            vec![Shortlisted, Selected]
        );
        let shortlisted = PairFacts {
            existing: Some(Shortlisted),
            ..facts()
        };
        assert_eq!(check_pair(&shortlisted, Selected).unwrap(), vec![Selected]);
        assert_eq!(
            rules(check_pair(&shortlisted, Shortlisted)),
            ["illegal_transition"]
        );
        let applied = PairFacts {
            existing: Some(Applied),
            ..facts()
        };
        assert_eq!(
            check_pair(&applied, Shortlisted).unwrap(),
            vec![Shortlisted]
        );
        for s in [Rejected, Withdrawn, Selected, ContractSigned] {
            let f = PairFacts {
                existing: Some(s),
                ..facts()
            };
            assert!(check_pair(&f, Shortlisted).is_err(), "{s:?}");
            assert!(check_pair(&f, Selected).is_err(), "{s:?}");
        }
    }

    #[test]
    fn every_broken_rule_is_listed() {
        let f = PairFacts {
            consents_to_matching: false,
            shares_with_employers: false,
            job_order_status: JobOrderStatus::Closed,
            positions_taken: 2,
            employer_active: false,
            agency_licence: Some(LicenceStatus::Revoked),
            other_placements: vec![(JobOrderId(9), Selected)],
            put_forward_earlier: true,
            ..facts()
        };
        assert_eq!(
            rules(check_pair(&f, Selected)),
            [
                "consent_required",
                "consent_required",
                "duplicate",
                "worker_committed_elsewhere",
                "job_order_not_open",
                "positions_filled",
                "employer_suspended",
                "agency_licence_not_active",
            ]
        );
    }

    #[test]
    fn only_a_commitment_elsewhere_blocks() {
        for (s, blocks) in [
            (Applied, false),
            (Shortlisted, false),
            (Rejected, false),
            (Withdrawn, false),
            (Completed, false),
            (Returned, false),
            (Selected, true),
            (VisaIssued, true),
            (Employed, true),
        ] {
            let f = PairFacts {
                other_placements: vec![(JobOrderId(9), s)],
                ..facts()
            };
            assert_eq!(check_pair(&f, Shortlisted).is_err(), blocks, "{s:?}");
        }
    }
}
