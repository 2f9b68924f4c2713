//! Programmes: public to read; created and changed by officials of the
//! countries concerned.

use super::{Paging, allow};
use crate::AppState;
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
    let page = Paging {
        limit: q.limit,
        offset: q.offset,
    }
    .page();
    Ok(Json(
        state
            .store
            .programmes(q.country.as_ref(), q.origin.as_ref(), page)
            .await?,
    ))
}

/// `POST /api/v1/programmes`.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<ProgrammeSpec>,
) -> Result<(StatusCode, Json<Programme>), ApiError> {
    allow(
        &state,
        &user,
        user.principal()
            .may_create_programme(&spec.origin, &spec.destination),
        "create",
        "programme",
        "new",
        false,
    )
    .await?;
    spec.validate()?;
    let p = state.store.insert_programme(&user.actor(), &spec).await?;
    state.matching.refresh_programme(&state.store, p.id).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// `GET /api/v1/programmes/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Programme>, ApiError> {
    Ok(Json(state.store.programme(ProgrammeId(id)).await?))
}

/// `PUT /api/v1/programmes/{id}`: officials of the programme's countries
/// change its terms; its countries stay fixed.
pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<ProgrammeSpec>,
) -> Result<Json<Programme>, ApiError> {
    let current = state.store.programme(ProgrammeId(id)).await?;
    allow(
        &state,
        &user,
        user.principal().may_edit_programme(&current),
        "update",
        "programme",
        id,
        false,
    )
    .await?;
    let mut v = match spec.validate() {
        Ok(()) => corridor_domain::Violations::new(),
        Err(v) => v,
    };
    if spec.origin != current.spec.origin || spec.destination != current.spec.destination {
        v.push(
            "destination",
            "countries_fixed",
            format!(
                "a programme's countries cannot change (this one runs {}); create a new programme instead",
                current.corridor()
            ),
        );
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    let updated = state
        .store
        .update_programme(&user.actor(), current.id, &spec)
        .await?;
    state
        .matching
        .refresh_programme(&state.store, current.id)
        .await?;
    Ok(Json(updated))
}
