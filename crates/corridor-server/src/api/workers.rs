//! Worker profiles over HTTP: thin adapters over [`crate::actions::workers`].

use crate::AppState;
use crate::actions::{Paging, workers};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::WorkerId;
use corridor_domain::worker::{Consent, WorkerProfile, WorkerProfileSpec};
use corridor_store::{Paged, PlacementView};
use schemars::JsonSchema;
use serde::Deserialize;

pub use workers::{ConsentRequest, NewWorkerRequest};

/// Which workers to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct WorkerQuery {
    /// Citizens or residents of this country (officials: their own only).
    pub country: Option<CountryCode>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// `POST /api/v1/workers`: an origin official registers a worker of their
/// country.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<NewWorkerRequest>,
) -> Result<(StatusCode, Json<WorkerProfile>), ApiError> {
    let w = workers::register_on_behalf(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(w)))
}

/// `GET /api/v1/workers`: officials list workers of their own country.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<WorkerQuery>,
) -> Result<Json<Paged<WorkerProfile>>, ApiError> {
    let paging = Paging {
        limit: q.limit,
        offset: q.offset,
    };
    Ok(Json(workers::list(&state, &user, q.country, paging).await?))
}

/// `GET /api/v1/workers/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<WorkerProfile>, ApiError> {
    Ok(Json(workers::read(&state, &user, WorkerId(id)).await?))
}

/// `PUT /api/v1/workers/{id}`: the worker, or an origin official of their
/// country.
pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<WorkerProfileSpec>,
) -> Result<Json<WorkerProfile>, ApiError> {
    Ok(Json(
        workers::update(&state, &user, WorkerId(id), &spec).await?,
    ))
}

/// `GET /api/v1/workers/{id}/consents`.
pub async fn consents(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<Consent>>, ApiError> {
    Ok(Json(workers::consents(&state, &user, WorkerId(id)).await?))
}

/// `POST /api/v1/workers/{id}/consents`: gives or withdraws a consent.
pub async fn record_consent(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<ConsentRequest>,
) -> Result<(StatusCode, Json<Consent>), ApiError> {
    let c = workers::record_consent(&state, &user, WorkerId(id), &req).await?;
    Ok((StatusCode::CREATED, Json(c)))
}

/// `GET /api/v1/workers/{id}/work-record`: completed placements, the proven
/// work record that gives returning workers priority.
pub async fn work_record(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<PlacementView>>, ApiError> {
    Ok(Json(
        workers::work_record(&state, &user, WorkerId(id)).await?,
    ))
}
