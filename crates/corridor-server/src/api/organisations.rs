//! Employers (registered by destination officials) and recruiting agencies
//! (licensed by officials of the issuing country). Agencies and their
//! licence status are public, so a worker can check a recruiter before
//! paying anything — as the ILO/ITUC Migrant Recruitment Advisor does.

use super::{Paging, allow};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::organisation::{Agency, AgencySpec, Employer, EmployerSpec};
use corridor_store::Paged;
use schemars::JsonSchema;
use serde::Deserialize;

/// Which organisations to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct OrganisationQuery {
    /// Of this country.
    pub country: Option<CountryCode>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

impl OrganisationQuery {
    fn page(&self) -> corridor_store::Page {
        Paging {
            limit: self.limit,
            offset: self.offset,
        }
        .page()
    }
}

/// `GET /api/v1/employers` (signed-in users).
pub async fn list_employers(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiQuery(q): ApiQuery<OrganisationQuery>,
) -> Result<Json<Paged<Employer>>, ApiError> {
    Ok(Json(
        state.store.employers(q.country.as_ref(), q.page()).await?,
    ))
}

/// `POST /api/v1/employers`.
pub async fn create_employer(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<EmployerSpec>,
) -> Result<(StatusCode, Json<Employer>), ApiError> {
    allow(
        &state,
        &user,
        user.principal().may_manage_employer(&spec.country),
        "create",
        "employer",
        "new",
        false,
    )
    .await?;
    spec.validate()?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.insert_employer(&user.actor(), &spec).await?),
    ))
}

/// `GET /api/v1/employers/{id}` (signed-in users).
pub async fn get_employer(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Employer>, ApiError> {
    Ok(Json(state.store.employer(EmployerId(id)).await?))
}

/// `PUT /api/v1/employers/{id}`: details and status (e.g. suspension).
pub async fn update_employer(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<EmployerSpec>,
) -> Result<Json<Employer>, ApiError> {
    let current = state.store.employer(EmployerId(id)).await?;
    for country in [&current.spec.country, &spec.country] {
        allow(
            &state,
            &user,
            user.principal().may_manage_employer(country),
            "update",
            "employer",
            id,
            false,
        )
        .await?;
    }
    spec.validate()?;
    Ok(Json(
        state
            .store
            .update_employer(&user.actor(), current.id, &spec)
            .await?,
    ))
}

/// `GET /api/v1/agencies` (public).
pub async fn list_agencies(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<OrganisationQuery>,
) -> Result<Json<Paged<Agency>>, ApiError> {
    Ok(Json(
        state.store.agencies(q.country.as_ref(), q.page()).await?,
    ))
}

/// `POST /api/v1/agencies`: licenses a recruiting agency.
pub async fn create_agency(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<AgencySpec>,
) -> Result<(StatusCode, Json<Agency>), ApiError> {
    allow(
        &state,
        &user,
        user.principal()
            .may_license_agency(&spec.licence.issuing_country),
        "create",
        "agency",
        "new",
        false,
    )
    .await?;
    spec.validate()?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.insert_agency(&user.actor(), &spec).await?),
    ))
}

/// `GET /api/v1/agencies/{id}` (public).
pub async fn get_agency(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Agency>, ApiError> {
    Ok(Json(state.store.agency(AgencyId(id)).await?))
}

/// `PUT /api/v1/agencies/{id}`: details and licence status (suspension,
/// revocation).
pub async fn update_agency(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<AgencySpec>,
) -> Result<Json<Agency>, ApiError> {
    let current = state.store.agency(AgencyId(id)).await?;
    for country in [
        &current.spec.licence.issuing_country,
        &spec.licence.issuing_country,
    ] {
        allow(
            &state,
            &user,
            user.principal().may_license_agency(country),
            "update",
            "agency",
            id,
            false,
        )
        .await?;
    }
    spec.validate()?;
    Ok(Json(
        state
            .store
            .update_agency(&user.actor(), current.id, &spec)
            .await?,
    ))
}
