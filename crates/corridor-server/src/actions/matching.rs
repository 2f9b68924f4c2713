//! Shortlists and match rounds.
//!
//! Shortlists: the top workers for a job order, each score explained.
//! The explanation describes the worker's profile (occupation, experience,
//! languages), so an employer or agency sees it only for workers who share
//! their profile with employers; for the others it sees the id and the
//! score — enough to propose them, which asks the worker first. The
//! programme's officials see every explanation. Each candidate shown is
//! audited as its own entry.
//!
//! Match rounds: run, reviewed and confirmed or discarded by officials of
//! the programme. A round's pairs name workers with explained scores, so
//! every read of them (the round, or a list of rounds) is audited as a read
//! of personal data (`match_round_pairs`, the round's id). Confirming puts
//! each proposed worker forward (an application, then the `shortlisted` or
//! `selected` step), every step checked and audited.

use super::placements::selection_limits;
use super::{Paging, allow, audit_list_read, audit_read, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::matching::RoundResult;
use corridor_domain::Violations;
use corridor_domain::ids::{JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::placement::{PlacementStatus, TransitionRequest, check_transition};
use corridor_domain::worker::ConsentPurpose;
use corridor_matching as engine;
use corridor_store::{AuditEntry, MatchRoundRecord, Page, Paged, PlacementFilter, StoreError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A shortlisted worker, with whether the caller may see why they score.
#[derive(Debug, Clone)]
pub struct ShortlistEntry {
    /// The engine's candidate: worker, job order, score and its parts.
    pub candidate: engine::Candidate,
    /// False when the worker does not share their profile with employers
    /// and the caller is the employer's side: the score's parts are hidden.
    pub details_visible: bool,
}

/// The top `k` workers for a job order the caller manages.
pub async fn shortlist(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    k: usize,
) -> Result<Vec<ShortlistEntry>, ApiError> {
    let jo = state.store.job_order(id).await?;
    let programme = state.store.programme(jo.spec.programme_id).await?;
    let p = user.principal();
    allow(
        state,
        user,
        p.may_manage_job_order(&programme, jo.spec.employer_id, jo.spec.agency_id),
        "shortlist",
        "job_order",
        id,
        true,
    )
    .await?;
    let list = state
        .matching
        .read(&state.store, |index| {
            match index.shortlist(engine::JobOrderId(id.0 as u32), k) {
                Ok(list) => Ok(list),
                // Not in the index: closed, filled or not yet approved.
                Err(engine::IndexError::UnknownJobOrder(_)) => Ok(vec![]),
                Err(e) => Err(ApiError::Internal(e.to_string())),
            }
        })
        .await??;
    let workers: Vec<WorkerId> = list
        .iter()
        .map(|c| WorkerId(i64::from(c.worker.0)))
        .collect();
    let sharing = state
        .store
        .workers_consenting(&workers, ConsentPurpose::SharingWithEmployers)
        .await?;
    let actor = user.actor();
    let mut entries = Vec::with_capacity(list.len());
    let mut audit = Vec::with_capacity(list.len());
    for (candidate, worker) in list.into_iter().zip(workers) {
        let details_visible = p.may_see_candidate_details(&programme, sharing.contains(&worker));
        audit.push(
            AuditEntry::new(&actor, "read", "worker", worker, true)
                .detail(format!(
                    "shortlist job_order={id} details={}",
                    if details_visible { "shown" } else { "withheld" }
                ))
                .concerning([
                    programme.spec.origin.clone(),
                    programme.spec.destination.clone(),
                ]),
        );
        entries.push(ShortlistEntry {
            candidate,
            details_visible,
        });
    }
    state.store.audit_all(&audit).await?;
    Ok(entries)
}

/// The mechanism of a round.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MechanismChoice {
    /// Worker-proposing deferred acceptance: stable, worker-optimal.
    Stable,
    /// Maximum total score under quotas and the women's share.
    Optimal,
}

impl MechanismChoice {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            MechanismChoice::Stable => "stable",
            MechanismChoice::Optimal => "optimal",
        }
    }
}

/// Starting a round.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct NewRound {
    /// The programme.
    pub programme_id: ProgrammeId,
    /// The mechanism.
    pub mechanism: MechanismChoice,
}

/// What confirming did.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ConfirmOutcome {
    /// The round, now confirmed.
    pub round: MatchRoundRecord,
    /// Placements moved to the step.
    pub placed: Vec<i64>,
    /// Pairs not put forward, with the reason.
    pub skipped: Vec<SkippedPair>,
}

/// A proposed pair that was not put forward.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SkippedPair {
    /// The worker.
    pub worker_id: i64,
    /// The job order.
    pub job_order_id: i64,
    /// Why.
    pub reason: String,
}

/// Runs a round over the programme's open job orders and available workers
/// and stores it, proposed, for review. The result names workers: the
/// caller's read of it is audited.
pub async fn run_round(
    state: &AppState,
    user: &CurrentUser,
    req: &NewRound,
) -> Result<MatchRoundRecord, ApiError> {
    let programme = state.store.programme(req.programme_id).await?;
    allow(
        state,
        user,
        user.principal().may_run_match_round(&programme),
        "create",
        "match_round",
        "new",
        false,
    )
    .await?;
    let mechanism = match req.mechanism {
        MechanismChoice::Stable => engine::Mechanism::Stable,
        MechanismChoice::Optimal => engine::Mechanism::Optimal,
    };
    let result = state
        .matching
        .read(&state.store, |index| {
            crate::matching::run_round(index, programme.id, mechanism)
        })
        .await??;
    let value = serde_json::to_value(&result).map_err(|e| ApiError::Internal(e.to_string()))?;
    let round = state
        .store
        .insert_match_round(&user.actor(), programme.id, req.mechanism.as_str(), &value)
        .await?;
    audit_read(state, user, "match_round_pairs", round.id).await?;
    Ok(round)
}

/// The round, if `user` may run rounds of its programme (a refusal is
/// audited).
async fn visible_round(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    action: &str,
) -> Result<MatchRoundRecord, ApiError> {
    let round = state.store.match_round(id).await?;
    let programme = state.store.programme(round.programme_id).await?;
    allow(
        state,
        user,
        user.principal().may_run_match_round(&programme),
        action,
        "match_round",
        id,
        false,
    )
    .await?;
    Ok(round)
}

/// The rounds of the caller's programmes (their country's side of each;
/// administrators: all), newest first, optionally of one programme. The
/// scope is part of the store's query, so the total counts only these.
/// Each round's pairs read is audited as its own entry.
pub async fn list_rounds(
    state: &AppState,
    user: &CurrentUser,
    programme: Option<ProgrammeId>,
    paging: Paging,
) -> Result<Paged<MatchRoundRecord>, ApiError> {
    let scope = user.principal().programme_scope();
    let decision = scope.as_ref().map(|_| ()).map_err(Clone::clone);
    allow(state, user, decision, "list", "match_round", "*", false).await?;
    let scope = scope.map_err(ApiError::from)?;
    let list = state
        .store
        .match_rounds(programme, &scope, paging.page())
        .await?;
    // The countries are looked up from each round's programme.
    audit_list_read(
        state,
        user,
        "match_round_pairs",
        "list",
        list.items.iter().map(|r| (r.id.to_string(), vec![])),
    )
    .await?;
    Ok(list)
}

/// One round with its pairs, for review (the read is audited).
pub async fn read_round(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<MatchRoundRecord, ApiError> {
    let round = visible_round(state, user, id, "read").await?;
    audit_read(state, user, "match_round_pairs", id).await?;
    Ok(round)
}

/// Discards a proposed round (once; a round already decided is a
/// conflict).
pub async fn discard_round(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<MatchRoundRecord, ApiError> {
    visible_round(state, user, id, "discard").await?;
    Ok(state
        .store
        .decide_match_round(&user.actor(), id, "discarded")
        .await?)
}

/// The steps a confirmed round may put workers forward to.
pub const CONFIRM_STEPS: [PlacementStatus; 2] =
    [PlacementStatus::Shortlisted, PlacementStatus::Selected];

/// Confirms a proposed round: puts every proposed worker forward as
/// `step` (`shortlisted` when none is given). A pair whose worker has not
/// consented to sharing their profile with employers, or whose job order
/// closed meanwhile, or that a full quota or job order refuses, is skipped
/// and reported.
pub async fn confirm_round(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    step: Option<PlacementStatus>,
) -> Result<ConfirmOutcome, ApiError> {
    let step = step.unwrap_or(PlacementStatus::Shortlisted);
    if !CONFIRM_STEPS.contains(&step) {
        return Err(ApiError::Unprocessable(Violations::one(
            "step",
            "invalid_value",
            "a round puts workers forward as shortlisted or selected",
        )));
    }
    let round = visible_round(state, user, id, "confirm").await?;
    let programme = state.store.programme(round.programme_id).await?;
    let result: RoundResult = serde_json::from_value(round.result.clone())
        .map_err(|e| ApiError::Internal(format!("stored round {id}: {e}")))?;
    // Decide first: the guard makes a round confirmable once.
    let round = state
        .store
        .decide_match_round(&user.actor(), id, "confirmed")
        .await?;
    let actor = user.actor();
    let mut placed = vec![];
    let mut skipped = vec![];
    for pair in &result.pairs {
        let worker = WorkerId(pair.worker_id);
        let job = JobOrderId(pair.job_order_id);
        let skip = |reason: String| SkippedPair {
            worker_id: pair.worker_id,
            job_order_id: pair.job_order_id,
            reason,
        };
        if !state
            .store
            .has_consent(worker, ConsentPurpose::SharingWithEmployers)
            .await?
        {
            skipped.push(skip(
                "the worker has not consented to sharing their profile with employers".into(),
            ));
            continue;
        }
        let jo = state.store.job_order(job).await?;
        if jo.status != JobOrderStatus::Open {
            skipped.push(skip(format!("job order {job} is {}", jo.status.as_str())));
            continue;
        }
        let existing = state
            .store
            .placements(
                &PlacementFilter {
                    worker_id: Some(worker),
                    job_order_id: Some(job),
                    ..Default::default()
                },
                Page::new(Some(1), None),
            )
            .await?;
        let mut view = match existing.items.into_iter().next() {
            Some(v) => v,
            None => {
                state
                    .store
                    .create_placement(
                        &actor,
                        job,
                        worker,
                        today(),
                        &format!("put forward by match round {id}"),
                    )
                    .await?
            }
        };
        let path: Vec<PlacementStatus> = match step {
            PlacementStatus::Selected => {
                vec![PlacementStatus::Shortlisted, PlacementStatus::Selected]
            }
            _ => vec![PlacementStatus::Shortlisted],
        };
        let mut failed = None;
        for to in path {
            if view.placement.status == to || !view.placement.status.can_move_to(to) {
                continue;
            }
            let req = TransitionRequest {
                to,
                occurred_on: Some(today()),
                note: format!("match round {id}"),
                end_reason: None,
                contract: None,
            };
            if let Err(v) = check_transition(view.placement.status, &req, None, today()) {
                failed = Some(v.to_string());
                break;
            }
            let (pid, from) = (view.placement.id, view.placement.status);
            let moved = if to == PlacementStatus::Selected {
                let limits = selection_limits(state, &programme, &jo, worker, today()).await?;
                state
                    .store
                    .select_within_limits(&actor, pid, from, &req, today(), &limits)
                    .await
            } else {
                state
                    .store
                    .transition_placement(&actor, pid, from, &req, today())
                    .await
            };
            match moved {
                Ok(v) => view = v,
                Err(StoreError::Invalid(v)) => {
                    failed = Some(v.to_string());
                    break;
                }
                Err(e) => return Err(e.into()),
            }
        }
        match failed {
            Some(reason) => skipped.push(skip(reason)),
            None if view.placement.status == step => placed.push(view.placement.id.0),
            None => skipped.push(skip(format!(
                "the placement is already {}",
                view.placement.status
            ))),
        }
        state.matching.refresh_worker(&state.store, worker).await?;
        state.matching.refresh_job_order(&state.store, job).await?;
    }
    Ok(ConfirmOutcome {
        round,
        placed,
        skipped,
    })
}
