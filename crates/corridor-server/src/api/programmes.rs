//! Programmes: public to read; created and changed by officials of the
//! countries concerned. Thin adapters over [`crate::actions::programmes`].

use super::Paging;
use crate::AppState;
use crate::actions::programmes;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::ProgrammeId;
use corridor_domain::programme::{Programme, ProgrammeSpec};
use corridor_store::Paged;
use schemars::JsonSchema;
use serde::Deserialize;

/// Which programmes to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct ProgrammeQuery {
    /// Touching this country (origin or destination).
    pub country: Option<CountryCode>,
    /// With this country of origin.
    pub origin: Option<CountryCode>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// `GET /api/v1/programmes`.
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<ProgrammeQuery>,
) -> Result<Json<Paged<Programme>>, ApiError> {
    let paging = Paging {
        limit: q.limit,
        offset: q.offset,
    };
    Ok(Json(
        programmes::list(&state, q.country.as_ref(), q.origin.as_ref(), paging).await?,
    ))
}

/// `POST /api/v1/programmes`.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<ProgrammeSpec>,
) -> Result<(StatusCode, Json<Programme>), ApiError> {
    let p = programmes::create(&state, &user, &spec).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// `GET /api/v1/programmes/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Programme>, ApiError> {
    Ok(Json(programmes::read(&state, ProgrammeId(id)).await?))
}

/// `PUT /api/v1/programmes/{id}`: officials of the programme's countries
/// change its terms; its countries stay fixed.
pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<ProgrammeSpec>,
) -> Result<Json<Programme>, ApiError> {
    Ok(Json(
        programmes::update(&state, &user, ProgrammeId(id), &spec).await?,
    ))
}
