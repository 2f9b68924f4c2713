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
//! `selected` step), every pair checked again and every step audited, in
//! one transaction with the round's confirmation.
//!
//! A round is computed on a blocking thread (`Matching::read` runs the
//! engine under `tokio::task::spawn_blocking`), never on the async
//! threads that serve requests.

use super::placements::selection_limits;
use super::{Paging, allow, allow_alike, audit_list_read, audit_read, existing, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::matching::RoundResult;
use corridor_domain::access::Denied;
use corridor_domain::ids::{JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::placement::PlacementStatus;
use corridor_domain::worker::ConsentPurpose;
use corridor_domain::{Violation, Violations};
use corridor_matching as engine;
use corridor_store::{
    AuditEntry, MatchRoundRecord, Paged, PairOutcome, RoundPair, SelectionLimits, StoreError,
};
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
    let p = user.principal();
    let (_, programme) = super::job_orders::managed(state, user, id, "shortlist").await?;
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
    /// Why, in plain words (every rule broken).
    pub reason: String,
    /// Every rule the pair broke when the round was confirmed.
    pub violations: Vec<Violation>,
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
    let programme_id = programme.id;
    let result = state
        .matching
        .compute(&state.store, move |index| {
            crate::matching::run_round(index, programme_id, mechanism)
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
/// audited). A round that does not exist is refused in the same words as
/// one of another programme.
async fn visible_round(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    action: &str,
) -> Result<MatchRoundRecord, ApiError> {
    let found = existing(user, state.store.match_round(id).await)?;
    let decision = match &found {
        Some(round) => {
            let programme = state.store.programme(round.programme_id).await?;
            user.principal().may_run_match_round(&programme)
        }
        None => Err(Denied(format!("match round {id} does not exist"))),
    };
    let hidden = format!("match round {id} is not one of your programmes'");
    allow_alike(
        state,
        user,
        decision,
        action,
        "match_round",
        id,
        false,
        hidden,
    )
    .await?;
    found.ok_or_else(|| ApiError::NotFound(format!("match round {id}")))
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

pub use corridor_domain::round::CONFIRM_STEPS;

/// Confirms a proposed round: puts every proposed worker forward as
/// `step` (`shortlisted` when none is given), in one transaction with the
/// round's confirmation (`Store::confirm_match_round`). Each pair is
/// checked again when confirmed (`corridor_domain::round::check_pair`):
/// the worker still consents to matching and to sharing with employers,
/// is not committed to another job order nor put forward twice, the job
/// order is still open with a position left, its employer and agency are
/// in good standing, and a selection leaves room in the quotas. A pair
/// that breaks a rule is skipped and reported with every rule it breaks;
/// every other pair is put forward. A fault writes nothing at all.
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
    if round.status != "proposed" {
        return Err(ApiError::Conflict(format!(
            "match round {id} is already {}",
            round.status
        )));
    }
    let programme = state.store.programme(round.programme_id).await?;
    let result: RoundResult = serde_json::from_value(round.result.clone())
        .map_err(|e| ApiError::Internal(format!("stored round {id}: {e}")))?;
    // What each selection must leave room for (the quotas covering it);
    // the store counts what is taken inside the confirmation itself.
    let mut pairs = Vec::with_capacity(result.pairs.len());
    for pair in &result.pairs {
        let (worker, job) = (WorkerId(pair.worker_id), JobOrderId(pair.job_order_id));
        let limits = match state.store.job_order(job).await {
            Ok(jo) => selection_limits(state, &programme, &jo, worker, today()).await?,
            // Reported as a skipped pair by the store.
            Err(StoreError::NotFound(_)) => SelectionLimits {
                programme: programme.id,
                job_order: job,
                positions: 0,
                quotas: vec![],
            },
            Err(e) => return Err(e.into()),
        };
        pairs.push(RoundPair {
            worker,
            job_order: job,
            limits,
        });
    }
    let (round, outcomes) = state
        .store
        .confirm_match_round(&user.actor(), id, step, &pairs, today())
        .await?;
    let mut placed = vec![];
    let mut skipped = vec![];
    for (pair, outcome) in pairs.iter().zip(outcomes) {
        match outcome {
            PairOutcome::Placed(p) => placed.push(p.0),
            PairOutcome::Skipped(v) => skipped.push(SkippedPair {
                worker_id: pair.worker.0,
                job_order_id: pair.job_order.0,
                reason: v.to_string(),
                violations: v.0,
            }),
        }
    }
    for pair in &pairs {
        state
            .matching
            .refresh_worker(&state.store, pair.worker)
            .await?;
        state
            .matching
            .refresh_job_order(&state.store, pair.job_order)
            .await?;
    }
    Ok(ConfirmOutcome {
        round,
        placed,
        skipped,
    })
}
