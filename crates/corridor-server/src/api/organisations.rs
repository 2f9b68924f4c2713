//! Employers (registered by destination officials) and recruiting agencies
//! (licensed by officials of the issuing country), and the history of each
//! licence and registration. Agencies, their licence status and the
//! licence's history are public, so a worker can check a recruiter before
//! paying anything — as the ILO/ITUC Migrant Recruitment Advisor does.
//! Thin adapters over [`crate::actions::organisations`].

use super::{DocExt, Paging, Route, doc, route};
use crate::AppState;
use crate::actions::organisations as act;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::openapi::{Access, schema};
use axum::Json;
use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::routing::get;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::licensing::{EmployerChange, EmployerEvent, LicenceChange, LicenceEvent};
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
        act::employers(&state, q.country.as_ref(), q.page()).await?,
    ))
}

/// `POST /api/v1/employers`.
pub async fn create_employer(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<EmployerSpec>,
) -> Result<(StatusCode, Json<Employer>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(act::register_employer(&state, &user, &spec).await?),
    ))
}

/// `GET /api/v1/employers/{id}` (signed-in users).
pub async fn get_employer(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Employer>, ApiError> {
    Ok(Json(act::employer(&state, EmployerId(id)).await?))
}

/// `PUT /api/v1/employers/{id}`: details; the status changes through
/// `/events`.
pub async fn update_employer(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<EmployerSpec>,
) -> Result<Json<Employer>, ApiError> {
    Ok(Json(
        act::update_employer(&state, &user, EmployerId(id), &spec).await?,
    ))
}

/// `GET /api/v1/employers/{id}/events` (signed-in users).
pub async fn employer_events(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<EmployerEvent>>, ApiError> {
    Ok(Json(act::employer_history(&state, EmployerId(id)).await?))
}

/// `POST /api/v1/employers/{id}/events`: suspend or reinstate, with a
/// reason.
pub async fn change_employer(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(change): ApiJson<EmployerChange>,
) -> Result<(StatusCode, Json<EmployerEvent>), ApiError> {
    let (_, event) = act::change_employer(&state, &user, EmployerId(id), &change).await?;
    Ok((StatusCode::CREATED, Json(event)))
}

/// `GET /api/v1/agencies` (public).
pub async fn list_agencies(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<OrganisationQuery>,
) -> Result<Json<Paged<Agency>>, ApiError> {
    Ok(Json(
        act::agencies(&state, q.country.as_ref(), q.page()).await?,
    ))
}

/// `POST /api/v1/agencies`: licenses a recruiting agency.
pub async fn create_agency(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<AgencySpec>,
) -> Result<(StatusCode, Json<Agency>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(act::license_agency(&state, &user, &spec).await?),
    ))
}

/// `GET /api/v1/agencies/{id}` (public).
pub async fn get_agency(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Agency>, ApiError> {
    Ok(Json(act::agency(&state, AgencyId(id)).await?))
}

/// `PUT /api/v1/agencies/{id}`: details; the licence's status and
/// validity change through `/licence-events`.
pub async fn update_agency(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<AgencySpec>,
) -> Result<Json<Agency>, ApiError> {
    Ok(Json(
        act::update_agency(&state, &user, AgencyId(id), &spec).await?,
    ))
}

/// `GET /api/v1/agencies/{id}/licence-events` (public).
pub async fn licence_events(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<LicenceEvent>>, ApiError> {
    Ok(Json(act::licence_history(&state, AgencyId(id)).await?))
}

/// `POST /api/v1/agencies/{id}/licence-events`: renew, suspend,
/// reinstate, revoke or expire, with a reason.
pub async fn change_licence(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(change): ApiJson<LicenceChange>,
) -> Result<(StatusCode, Json<LicenceEvent>), ApiError> {
    let (_, event) = act::change_licence(&state, &user, AgencyId(id), &change).await?;
    Ok((StatusCode::CREATED, Json(event)))
}

/// The routes of the histories (the organisations' own routes are in the
/// table in [`super::operations`]).
pub fn routes() -> Vec<Route> {
    use Access::{Public, SignedIn};
    use Method as M;
    vec![
        route(
            "/api/v1/employers/{id}/events",
            get(employer_events).post(change_employer),
            vec![
                doc(
                    M::GET,
                    "/api/v1/employers/{id}/events",
                    "organisations",
                    SignedIn,
                    "An employer's registration history, with the reason for each change",
                )
                .returns(200, schema::<Vec<EmployerEvent>>),
                doc(
                    M::POST,
                    "/api/v1/employers/{id}/events",
                    "organisations",
                    SignedIn,
                    "Suspend or reinstate an employer, with a reason (destination officials of its country)",
                )
                .body(schema::<EmployerChange>)
                .returns(201, schema::<EmployerEvent>),
            ],
        ),
        route(
            "/api/v1/agencies/{id}/licence-events",
            get(licence_events).post(change_licence),
            vec![
                doc(
                    M::GET,
                    "/api/v1/agencies/{id}/licence-events",
                    "organisations",
                    Public,
                    "A licence's history, with the reason for each change",
                )
                .returns(200, schema::<Vec<LicenceEvent>>),
                doc(
                    M::POST,
                    "/api/v1/agencies/{id}/licence-events",
                    "organisations",
                    SignedIn,
                    "Renew, suspend, reinstate, revoke or expire a licence, with a reason (officials of the issuing country)",
                )
                .body(schema::<LicenceChange>)
                .returns(201, schema::<LicenceEvent>),
            ],
        ),
    ]
}
