//! Job orders. Open job orders are public, with every condition; employers,
//! their agencies and the programme's officials manage them. A job order
//! posted by an employer or agency waits for a destination official's
//! approval; one posted by a destination official opens at once.

use super::{Paging, allow, audit_read, today};
use crate::AppState;
use crate::auth::{CurrentUser, MaybeUser};
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::Violations;
use corridor_domain::access::{Principal, Role};
use corridor_domain::codes::{CountryCode, IscoCode};
use corridor_domain::ids::{EmployerId, JobOrderId, ProgrammeId};
use corridor_domain::job_order::{
    JobOrder, JobOrderContext, JobOrderSpec, JobOrderStatus, validate_job_order,
};
use corridor_domain::organisation::{Agency, Employer};
use corridor_domain::programme::Programme;
use corridor_store::{JobOrderFilter, Paged, PlacementFilter, PlacementView, StoreError};
use schemars::JsonSchema;
use serde::Deserialize;

/// Which job orders to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct JobOrderQuery {
    /// Under this programme.
    pub programme_id: Option<ProgrammeId>,
    /// In this state (default: open; other states only for those who
    /// manage the job orders).
    pub status: Option<JobOrderStatus>,
    /// Of this employer.
    pub employer_id: Option<EmployerId>,
    /// In this ISCO-08 group.
    pub isco: Option<IscoCode>,
    /// Under programmes from this country of origin.
    pub origin: Option<CountryCode>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// The programme, employer and agency a job order names; every missing one
/// is reported at once.
pub async fn load_context(
    state: &AppState,
    spec: &JobOrderSpec,
) -> Result<(Programme, Employer, Option<Agency>), ApiError> {
    let mut v = Violations::new();
    let programme = missing_as(
        &mut v,
        "programme_id",
        state.store.programme(spec.programme_id).await,
    )?;
    let employer = missing_as(
        &mut v,
        "employer_id",
        state.store.employer(spec.employer_id).await,
    )?;
    let agency = match spec.agency_id {
        Some(a) => missing_as(&mut v, "agency_id", state.store.agency(a).await)?,
        None => None,
    };
    match (programme, employer) {
        (Some(p), Some(e)) if v.is_empty() => Ok((p, e, agency)),
        _ => Err(ApiError::Unprocessable(v)),
    }
}

fn missing_as<T>(
    v: &mut Violations,
    field: &str,
    r: Result<T, StoreError>,
) -> Result<Option<T>, ApiError> {
    match r {
        Ok(x) => Ok(Some(x)),
        Err(StoreError::NotFound(what)) => {
            v.push(field, "unknown", what.to_string());
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Narrows a list of job orders in a state other than open to those
/// `principal` manages; refuses callers who manage none.
fn scope(principal: Option<&Principal>, filter: &mut JobOrderFilter) -> Result<(), ApiError> {
    match principal {
        None => Err(ApiError::Unauthorized(
            "only open job orders are public; sign in to see others".into(),
        )),
        Some(p) => match p.role {
            Role::Admin => Ok(()),
            Role::Employer => {
                filter.employer_id = Some(p.employer_id.unwrap_or(EmployerId(-1)));
                Ok(())
            }
            Role::Recruiter => {
                filter.agency_id = Some(p.agency_id.unwrap_or(corridor_domain::ids::AgencyId(-1)));
                Ok(())
            }
            r if r.is_official() => {
                filter.country = p.country.clone();
                Ok(())
            }
            _ => Err(ApiError::Forbidden(
                "only those who manage job orders see them before they open or after they close"
                    .into(),
            )),
        },
    }
}

/// `GET /api/v1/job-orders`.
pub async fn list(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    ApiQuery(q): ApiQuery<JobOrderQuery>,
) -> Result<Json<Paged<JobOrder>>, ApiError> {
    let mut filter = JobOrderFilter {
        programme_id: q.programme_id,
        status: Some(q.status.unwrap_or(JobOrderStatus::Open)),
        employer_id: q.employer_id,
        isco: q.isco.map(|i| i.to_string()),
        origins: q.origin.map(|o| vec![o]),
        ..Default::default()
    };
    if filter.status != Some(JobOrderStatus::Open) {
        scope(user.as_ref().map(|u| u.principal()), &mut filter)?;
    }
    let page = Paging {
        limit: q.limit,
        offset: q.offset,
    }
    .page();
    Ok(Json(state.store.job_orders(&filter, page).await?))
}

/// `POST /api/v1/job-orders`: checked against its programme, employer and
/// agency; every violated rule is listed at once.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(spec): ApiJson<JobOrderSpec>,
) -> Result<(StatusCode, Json<JobOrder>), ApiError> {
    let (programme, employer, agency) = load_context(&state, &spec).await?;
    allow(
        &state,
        &user,
        user.principal()
            .may_post_job_order(&programme, spec.employer_id, spec.agency_id),
        "create",
        "job_order",
        "new",
        false,
    )
    .await?;
    validate_job_order(
        &spec,
        JobOrderContext {
            programme: &programme,
            employer: &employer,
            agency: agency.as_ref(),
            today: today(),
        },
    )?;
    let status = match user.principal().role {
        Role::DestinationOfficial | Role::Admin => JobOrderStatus::Open,
        _ => JobOrderStatus::PendingApproval,
    };
    let jo = state
        .store
        .insert_job_order(&user.actor(), &spec, status, today())
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok((StatusCode::CREATED, Json(jo)))
}

async fn managed(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    action: &str,
) -> Result<(JobOrder, Programme), ApiError> {
    let jo = state.store.job_order(id).await?;
    let programme = state.store.programme(jo.spec.programme_id).await?;
    allow(
        state,
        user,
        user.principal()
            .may_manage_job_order(&programme, jo.spec.employer_id, jo.spec.agency_id),
        action,
        "job_order",
        id,
        false,
    )
    .await?;
    Ok((jo, programme))
}

/// `GET /api/v1/job-orders/{id}`: open ones for everyone, others for those
/// who manage them.
pub async fn get_one(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<JobOrder>, ApiError> {
    let jo = state.store.job_order(JobOrderId(id)).await?;
    if jo.status == JobOrderStatus::Open {
        return Ok(Json(jo));
    }
    match user {
        Some(u) => Ok(Json(managed(&state, &u, jo.id, "read").await?.0)),
        None => Err(ApiError::NotFound(format!("job order {id}"))),
    }
}

/// `POST /api/v1/job-orders/{id}/approve`: a destination official opens a
/// job order (re-checking it against the programme today).
pub async fn approve(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<JobOrder>, ApiError> {
    let jo = state.store.job_order(JobOrderId(id)).await?;
    let (programme, employer, agency) = load_context(&state, &jo.spec).await?;
    allow(
        &state,
        &user,
        user.principal().may_approve_job_order(&programme),
        "approve",
        "job_order",
        id,
        false,
    )
    .await?;
    if jo.status != JobOrderStatus::PendingApproval {
        return Err(ApiError::Conflict(format!(
            "job order {id} is {}, not waiting for approval",
            jo.status.as_str()
        )));
    }
    validate_job_order(
        &jo.spec,
        JobOrderContext {
            programme: &programme,
            employer: &employer,
            agency: agency.as_ref(),
            today: today().min(jo.posted_on),
        },
    )?;
    let changed = state
        .store
        .set_job_order_status(&user.actor(), jo.id, JobOrderStatus::Open)
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(Json(changed))
}

/// `POST /api/v1/job-orders/{id}/close`: no more applications.
pub async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<JobOrder>, ApiError> {
    let (jo, _) = managed(&state, &user, JobOrderId(id), "close").await?;
    if jo.status == JobOrderStatus::Closed {
        return Err(ApiError::Conflict(format!(
            "job order {id} is already closed"
        )));
    }
    let changed = state
        .store
        .set_job_order_status(&user.actor(), jo.id, JobOrderStatus::Closed)
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(Json(changed))
}

/// `GET /api/v1/job-orders/{id}/candidates`: the placements of a job order,
/// for those who manage it (a read of personal data, audited).
pub async fn candidates(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Paged<PlacementView>>, ApiError> {
    let (jo, _) = managed(&state, &user, JobOrderId(id), "read_candidates").await?;
    audit_read(&state, &user, "job_order_candidates", jo.id).await?;
    Ok(Json(
        state
            .store
            .placements(
                &PlacementFilter {
                    job_order_id: Some(jo.id),
                    ..Default::default()
                },
                paging.page(),
            )
            .await?,
    ))
}
