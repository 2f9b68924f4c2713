//! Shortlists, recommendations and match rounds.
//!
//! Shortlists name candidates by worker id with an explained score; a
//! profile stays private until the worker applies or is put forward by a
//! confirmed round. A worker sees only their own recommendations. Rounds
//! are run, reviewed and confirmed by officials of the programme;
//! confirming puts each proposed worker forward (an application, then the
//! `shortlisted` or `selected` step), every step checked and audited.

use super::{allow, audit_read, today};
use crate::AppState;
use crate::actions::placements::selection_limits;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::matching::{CandidateView, RoundResult, run_round};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::Violations;
use corridor_domain::access::{Denied, Role};
use corridor_domain::ids::{JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::placement::{PlacementStatus, TransitionRequest, check_transition};
use corridor_domain::worker::ConsentPurpose;
use corridor_matching as engine;
use corridor_store::{MatchRoundRecord, Page, Paged, PlacementFilter, StoreError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How many results.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct TopK {
    /// Number of results (1–200, default 10).
    pub k: Option<usize>,
}

impl TopK {
    fn k(&self) -> usize {
        self.k.unwrap_or(10).clamp(1, 200)
    }
}

/// `GET /api/v1/job-orders/{id}/shortlist?k=`.
pub async fn shortlist(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<TopK>,
) -> Result<Json<Vec<CandidateView>>, ApiError> {
    let list = crate::actions::matching::shortlist(&state, &user, JobOrderId(id), q.k()).await?;
    Ok(Json(
        list.into_iter()
            .map(|e| {
                let mut view = CandidateView::from(e.candidate);
                if !e.details_visible {
                    view.explanation.clear();
                    view.details_withheld = true;
                }
                view
            })
            .collect(),
    ))
}

/// `GET /api/v1/workers/{id}/recommendations?k=`: the worker, an origin
/// official of their country, or an administrator.
pub async fn recommendations(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<TopK>,
) -> Result<Json<Vec<CandidateView>>, ApiError> {
    let worker = state.store.worker(WorkerId(id)).await?;
    let p = user.principal();
    let decision = match p.role {
        Role::Admin => Ok(()),
        Role::Worker if p.worker_id == Some(worker.id) => Ok(()),
        Role::OriginOfficial
            if p.country.as_ref().is_some_and(|c| {
                worker.spec.citizenships.contains(c) || &worker.spec.country_of_residence == c
            }) =>
        {
            Ok(())
        }
        _ => Err(Denied(
            "a worker sees only their own recommendations".into(),
        )),
    };
    allow(
        &state,
        &user,
        decision,
        "recommendations",
        "worker",
        id,
        true,
    )
    .await?;
    let list = state
        .matching
        .read(&state.store, |index| {
            match index.recommendations(engine::WorkerId(id as u32), q.k()) {
                Ok(list) => Ok(list),
                // Not in the index: no consent to matching, or already placed.
                Err(engine::IndexError::UnknownWorker(_)) => Ok(vec![]),
                Err(e) => Err(ApiError::Internal(e.to_string())),
            }
        })
        .await??;
    audit_read(&state, &user, "recommendations", id).await?;
    Ok(Json(list.into_iter().map(CandidateView::from).collect()))
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

/// Starting a round.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct NewRound {
    /// The programme.
    pub programme_id: ProgrammeId,
    /// The mechanism.
    pub mechanism: MechanismChoice,
}

/// Which rounds to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct RoundQuery {
    /// Of this programme.
    pub programme_id: Option<ProgrammeId>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// Confirming a round.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct ConfirmRound {
    /// The step the proposed workers reach: `shortlisted` (default) or
    /// `selected`.
    #[serde(default)]
    pub step: Option<PlacementStatus>,
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

/// `POST /api/v1/match-rounds`: runs a round and stores it for review.
pub async fn create_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<NewRound>,
) -> Result<(StatusCode, Json<MatchRoundRecord>), ApiError> {
    let programme = state.store.programme(req.programme_id).await?;
    allow(
        &state,
        &user,
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
            run_round(index, programme.id, mechanism)
        })
        .await??;
    let name = match req.mechanism {
        MechanismChoice::Stable => "stable",
        MechanismChoice::Optimal => "optimal",
    };
    let value = serde_json::to_value(&result).map_err(|e| ApiError::Internal(e.to_string()))?;
    let round = state
        .store
        .insert_match_round(&user.actor(), programme.id, name, &value)
        .await?;
    Ok((StatusCode::CREATED, Json(round)))
}

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

/// `GET /api/v1/match-rounds`: the caller's programmes' rounds.
pub async fn list_rounds(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<RoundQuery>,
) -> Result<Json<Paged<MatchRoundRecord>>, ApiError> {
    let p = user.principal();
    let decision = if p.role == Role::Admin || p.role.is_official() {
        Ok(())
    } else {
        Err(Denied("match rounds are for officials".into()))
    };
    allow(&state, &user, decision, "list", "match_round", "*", false).await?;
    let mut list = state
        .store
        .match_rounds(q.programme_id, Page::new(q.limit, q.offset))
        .await?;
    if p.role != Role::Admin {
        let mut visible = vec![];
        for r in list.items {
            let programme = state.store.programme(r.programme_id).await?;
            if p.is_official_of(&programme) {
                visible.push(r);
            }
        }
        list.items = visible;
    }
    Ok(Json(list))
}

/// `GET /api/v1/match-rounds/{id}`.
pub async fn get_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<MatchRoundRecord>, ApiError> {
    Ok(Json(visible_round(&state, &user, id, "read").await?))
}

/// `POST /api/v1/match-rounds/{id}/discard`.
pub async fn discard_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<MatchRoundRecord>, ApiError> {
    visible_round(&state, &user, id, "discard").await?;
    Ok(Json(
        state
            .store
            .decide_match_round(&user.actor(), id, "discarded")
            .await?,
    ))
}

/// `POST /api/v1/match-rounds/{id}/confirm`: puts every proposed worker
/// forward. A pair whose worker has not consented to sharing their profile
/// with employers, or whose job order closed meanwhile, is skipped and
/// reported.
pub async fn confirm_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<ConfirmRound>,
) -> Result<Json<ConfirmOutcome>, ApiError> {
    let step = req.step.unwrap_or(PlacementStatus::Shortlisted);
    if !matches!(
        step,
        PlacementStatus::Shortlisted | PlacementStatus::Selected
    ) {
        return Err(ApiError::Unprocessable(Violations::one(
            "step",
            "invalid_value",
            "a round puts workers forward as shortlisted or selected",
        )));
    }
    let round = visible_round(&state, &user, id, "confirm").await?;
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
        if jo.status != corridor_domain::job_order::JobOrderStatus::Open {
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
                let limits = selection_limits(&state, &programme, &jo, worker, today()).await?;
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
    Ok(Json(ConfirmOutcome {
        round,
        placed,
        skipped,
    }))
}

/// The matching routes, with their documentation.
pub(super) fn routes() -> Vec<super::Route> {
    use super::{DocExt, doc, route};
    use crate::openapi::{Access::SignedIn, schema};
    use axum::http::Method as M;
    use axum::routing::{get, post};
    vec![
        route(
            "/api/v1/job-orders/{id}/shortlist",
            get(shortlist),
            vec![
                doc(M::GET, "/api/v1/job-orders/{id}/shortlist", "matching", SignedIn,
                    "Top-k eligible workers for a job order, each score explained (its managers)")
                .query(schema::<TopK>)
                .returns(200, schema::<Vec<CandidateView>>),
            ],
        ),
        route(
            "/api/v1/workers/{id}/recommendations",
            get(recommendations),
            vec![
                doc(M::GET, "/api/v1/workers/{id}/recommendations", "matching", SignedIn,
                    "Top-k job orders for a worker, each score explained (the worker only)")
                .query(schema::<TopK>)
                .returns(200, schema::<Vec<CandidateView>>),
            ],
        ),
        route(
            "/api/v1/match-rounds",
            get(list_rounds).post(create_round),
            vec![
                doc(M::GET, "/api/v1/match-rounds", "matching", SignedIn, "Match rounds of the official's programmes")
                    .query(schema::<RoundQuery>)
                    .returns(200, schema::<Paged<MatchRoundRecord>>),
                doc(M::POST, "/api/v1/match-rounds", "matching", SignedIn,
                    "Run a stable or optimal round over a programme's open job orders and available workers")
                    .body(schema::<NewRound>)
                    .returns(201, schema::<MatchRoundRecord>),
            ],
        ),
        route(
            "/api/v1/match-rounds/{id}",
            get(get_round),
            vec![
                doc(M::GET, "/api/v1/match-rounds/{id}", "matching", SignedIn, "A round and its result, for review")
                    .returns(200, schema::<MatchRoundRecord>),
            ],
        ),
        route(
            "/api/v1/match-rounds/{id}/confirm",
            post(confirm_round),
            vec![
                doc(M::POST, "/api/v1/match-rounds/{id}/confirm", "matching", SignedIn,
                    "Confirm a round: put every proposed worker forward as shortlisted or selected")
                    .body(schema::<ConfirmRound>)
                    .returns(200, schema::<ConfirmOutcome>),
            ],
        ),
        route(
            "/api/v1/match-rounds/{id}/discard",
            post(discard_round),
            vec![
                doc(M::POST, "/api/v1/match-rounds/{id}/discard", "matching", SignedIn, "Discard a proposed round")
                    .returns(200, schema::<MatchRoundRecord>),
            ],
        ),
    ]
}
