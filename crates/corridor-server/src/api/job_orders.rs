//! Job orders over HTTP: thin adapters over [`crate::actions::job_orders`].

use crate::AppState;
use crate::actions::{Paging, job_orders};
use crate::auth::{CurrentUser, MaybeUser};
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::ids::JobOrderId;
use corridor_domain::job_order::{JobOrder, JobOrderSpec};
use corridor_store::{Paged, PlacementView};

pub use job_orders::JobOrderQuery;

/// `GET /api/v1/job-orders`.
pub async fn list(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    ApiQuery(q): ApiQuery<JobOrderQuery>,
) -> Result<Json<Paged<JobOrder>>, ApiError> {
    Ok(Json(job_orders::list(&state, user.as_ref(), &q).await?))
}

/// `POST /api/v1/job-orders`: every violated rule is listed at once.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<JobOrderSpec>,
) -> Result<(StatusCode, Json<JobOrder>), ApiError> {
    let jo = job_orders::create(&state, &user, &spec).await?;
    Ok((StatusCode::CREATED, Json(jo)))
}

/// `GET /api/v1/job-orders/{id}`: open ones for everyone, others for those
/// who manage them.
pub async fn get_one(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<JobOrder>, ApiError> {
    Ok(Json(
        job_orders::read(&state, user.as_ref(), JobOrderId(id)).await?,
    ))
}

/// `POST /api/v1/job-orders/{id}/approve`: a destination official opens a
/// job order.
pub async fn approve(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<JobOrder>, ApiError> {
    Ok(Json(
        job_orders::approve(&state, &user, JobOrderId(id)).await?,
    ))
}

/// `POST /api/v1/job-orders/{id}/close`: no more applications.
pub async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<JobOrder>, ApiError> {
    Ok(Json(
        job_orders::close(&state, &user, JobOrderId(id)).await?,
    ))
}

/// `GET /api/v1/job-orders/{id}/candidates`: the placements of a job order,
/// for those who manage it (each read audited).
pub async fn candidates(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Paged<PlacementView>>, ApiError> {
    Ok(Json(
        job_orders::candidates(&state, &user, JobOrderId(id), paging).await?,
    ))
}
