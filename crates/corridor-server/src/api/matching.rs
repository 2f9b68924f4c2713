//! Shortlists, recommendations and match rounds over HTTP; shortlists and
//! rounds are thin adapters over [`crate::actions::matching`].
//!
//! Shortlists name candidates by worker id with an explained score; a
//! profile stays private until the worker applies or is put forward by a
//! confirmed round. A worker sees only their own recommendations. Rounds
//! are run, reviewed and confirmed by officials of the programme;
//! confirming puts each proposed worker forward (an application, then the
//! `shortlisted` or `selected` step), every step checked and audited.

use super::{Paging, allow, audit_read};
use crate::AppState;
use crate::actions::matching;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::matching::CandidateView;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::access::{Denied, Role};
use corridor_domain::ids::{JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::placement::PlacementStatus;
use corridor_matching as engine;
use corridor_store::{MatchRoundRecord, Paged};
use schemars::JsonSchema;
use serde::Deserialize;

use matching::{ConfirmOutcome, NewRound};

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
    let list = matching::shortlist(&state, &user, JobOrderId(id), q.k()).await?;
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
    #[schemars(extend("enum" = ["shortlisted", "selected", null]))]
    pub step: Option<PlacementStatus>,
}

/// `POST /api/v1/match-rounds`: runs a round and stores it for review.
pub async fn create_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<NewRound>,
) -> Result<(StatusCode, Json<MatchRoundRecord>), ApiError> {
    let round = matching::run_round(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(round)))
}

/// `GET /api/v1/match-rounds`: the caller's programmes' rounds.
pub async fn list_rounds(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<RoundQuery>,
) -> Result<Json<Paged<MatchRoundRecord>>, ApiError> {
    let paging = Paging {
        limit: q.limit,
        offset: q.offset,
    };
    Ok(Json(
        matching::list_rounds(&state, &user, q.programme_id, paging).await?,
    ))
}

/// `GET /api/v1/match-rounds/{id}`.
pub async fn get_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<MatchRoundRecord>, ApiError> {
    Ok(Json(matching::read_round(&state, &user, id).await?))
}

/// `POST /api/v1/match-rounds/{id}/discard`.
pub async fn discard_round(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<MatchRoundRecord>, ApiError> {
    Ok(Json(matching::discard_round(&state, &user, id).await?))
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
    Ok(Json(
        matching::confirm_round(&state, &user, id, req.step).await?,
    ))
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
