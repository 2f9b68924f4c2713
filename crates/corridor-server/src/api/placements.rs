//! Applications and placements over HTTP: thin adapters over
//! [`crate::actions::placements`].

use crate::AppState;
use crate::actions::{Paging, placements};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::ids::PlacementId;
use corridor_domain::ledger::{Payment, PaymentSpec};
use corridor_domain::placement::{PlacementEvent, TransitionRequest};
use corridor_store::{FeeViolationRecord, Paged, PlacementView};

pub use placements::{ApplyRequest, PlacementQuery};

/// `POST /api/v1/placements`: a worker applies (or an origin official
/// applies on the worker's behalf, with the worker's request stated).
pub async fn apply(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<ApplyRequest>,
) -> Result<(StatusCode, Json<PlacementView>), ApiError> {
    let view = placements::apply(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// `GET /api/v1/placements`: scoped to what the caller may see.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<PlacementQuery>,
) -> Result<Json<Paged<PlacementView>>, ApiError> {
    Ok(Json(placements::list(&state, &user, &q).await?))
}

/// `GET /api/v1/placements/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PlacementView>, ApiError> {
    Ok(Json(
        placements::read(&state, &user, PlacementId(id)).await?,
    ))
}

/// `GET /api/v1/placements/{id}/events`: the timeline.
pub async fn events(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<PlacementEvent>>, ApiError> {
    Ok(Json(
        placements::events(&state, &user, PlacementId(id)).await?.1,
    ))
}

/// `POST /api/v1/placements/{id}/transitions`: moves a placement on.
pub async fn transition(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<TransitionRequest>,
) -> Result<Json<PlacementView>, ApiError> {
    Ok(Json(
        placements::transition(&state, &user, PlacementId(id), &req).await?,
    ))
}

/// `GET /api/v1/placements/{id}/payments`: the fee ledger.
pub async fn payments(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<Payment>>, ApiError> {
    Ok(Json(
        placements::payments(&state, &user, PlacementId(id)).await?,
    ))
}

/// `POST /api/v1/placements/{id}/payments`: records a payment.
pub async fn record_payment(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<PaymentSpec>,
) -> Result<(StatusCode, Json<Payment>), ApiError> {
    let payment = placements::record_payment(&state, &user, PlacementId(id), &spec).await?;
    Ok((StatusCode::CREATED, Json(payment)))
}

/// `GET /api/v1/fee-violations`: officials see every breach of the
/// Employer Pays Principle in their country's programmes.
pub async fn fee_violations(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Paged<FeeViolationRecord>>, ApiError> {
    Ok(Json(
        placements::fee_violations(&state, &user, paging).await?,
    ))
}
