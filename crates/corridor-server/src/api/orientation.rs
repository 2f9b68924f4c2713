//! Pre-departure orientation: a programme's orientation (public to read,
//! published by its officials) and a placement's completion of it. Thin
//! adapters over [`crate::actions::orientation`].

use crate::AppState;
use crate::actions::orientation;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::ids::{PlacementId, ProgrammeId};
use corridor_domain::orientation::{
    CompletionRequest, Orientation, OrientationCompletion, OrientationSpec,
};

/// `GET /api/v1/programmes/{id}/orientation`: 404 until the programme
/// publishes one.
pub async fn get_one(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Orientation>, ApiError> {
    match orientation::read(&state, ProgrammeId(id)).await? {
        (_, Some(o)) => Ok(Json(o)),
        (p, None) => Err(ApiError::NotFound(format!(
            "programme {} has not published an orientation",
            p.id
        ))),
    }
}

/// `PUT /api/v1/programmes/{id}/orientation`.
pub async fn put(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<OrientationSpec>,
) -> Result<Json<Orientation>, ApiError> {
    Ok(Json(
        orientation::put(&state, &user, ProgrammeId(id), &spec).await?,
    ))
}

/// `GET /api/v1/placements/{id}/orientation`: the completion, or null.
pub async fn completion(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Option<OrientationCompletion>>, ApiError> {
    Ok(Json(
        orientation::completion(&state, &user, PlacementId(id)).await?,
    ))
}

/// `POST /api/v1/placements/{id}/orientation`.
pub async fn record_completion(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<CompletionRequest>,
) -> Result<(StatusCode, Json<OrientationCompletion>), ApiError> {
    let c = orientation::record_completion(&state, &user, PlacementId(id), &req).await?;
    Ok((StatusCode::CREATED, Json(c)))
}
