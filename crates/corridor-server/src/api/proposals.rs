//! Proposals over HTTP: thin adapters over [`crate::actions::proposals`].

use crate::AppState;
use crate::actions::proposals;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::ids::ProposalId;
use corridor_domain::proposal::Proposal;
use corridor_store::{Paged, PlacementView};

pub use proposals::{ProposalQuery, ProposalRequest};

/// `POST /api/v1/proposals`: put a worker forward for a job order.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<ProposalRequest>,
) -> Result<(StatusCode, Json<Proposal>), ApiError> {
    let p = proposals::propose(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// `GET /api/v1/proposals`.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<ProposalQuery>,
) -> Result<Json<Paged<Proposal>>, ApiError> {
    Ok(Json(proposals::list(&state, &user, &q).await?))
}

/// `POST /api/v1/proposals/{id}/accept`: the worker accepts; the
/// application opens.
pub async fn accept(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<(StatusCode, Json<PlacementView>), ApiError> {
    let view = proposals::accept(&state, &user, ProposalId(id)).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// `POST /api/v1/proposals/{id}/decline`: the worker declines.
pub async fn decline(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Proposal>, ApiError> {
    Ok(Json(
        proposals::decline(&state, &user, ProposalId(id)).await?,
    ))
}
