//! Worker profiles: personal data. Every read is checked against the access
//! rules and written to the audit log; there is no search by name, and no
//! role can list workers beyond its own country.

use super::{Paging, allow, audit_read, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::access::{Denied, Role};
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::WorkerId;
use corridor_domain::placement::PlacementStatus;
use corridor_domain::worker::{Consent, ConsentPurpose, WorkerProfile, WorkerProfileSpec};
use corridor_store::{Actor, Page, Paged, PlacementFilter, PlacementView, WorkerFilter};
use schemars::JsonSchema;
use serde::Deserialize;

/// An official registering a worker who has no account (at a job centre).
#[derive(Debug, Deserialize, JsonSchema)]
pub struct NewWorkerRequest {
    /// The profile.
    pub profile: WorkerProfileSpec,
    /// Purposes the worker consented to, on paper or in person.
    #[serde(default)]
    pub consents: Vec<ConsentPurpose>,
}

/// A consent given or withdrawn.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct ConsentRequest {
    /// The purpose.
    pub purpose: ConsentPurpose,
    /// Given (true) or withdrawn (false).
    pub given: bool,
}

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

/// Checks that `user` may read worker `id`'s record; audits either way.
pub async fn may_read(state: &AppState, user: &CurrentUser, id: WorkerId) -> Result<(), ApiError> {
    let facts = state.store.worker_record_facts(id).await?;
    allow(
        state,
        user,
        user.principal().may_read_worker(&facts),
        "read",
        "worker",
        id,
        true,
    )
    .await?;
    audit_read(state, user, "worker", id).await
}

/// `POST /api/v1/workers`: an origin official registers a worker of their
/// country.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<NewWorkerRequest>,
) -> Result<(StatusCode, Json<WorkerProfile>), ApiError> {
    let p = user.principal();
    let mut countries = req.profile.citizenships.clone();
    countries.push(req.profile.country_of_residence.clone());
    let decision = match (p.role, &p.country) {
        (Role::Admin, _) => Ok(()),
        (Role::OriginOfficial, Some(c)) if countries.contains(c) => Ok(()),
        _ => Err(Denied(
            "workers register themselves, or are registered by an origin official of their country"
                .into(),
        )),
    };
    allow(&state, &user, decision, "create", "worker", "new", true).await?;
    req.profile.validate(today()).map_err(|v| {
        let mut out = corridor_domain::Violations::new();
        out.extend_prefixed("profile", v);
        ApiError::Unprocessable(out)
    })?;
    let w = state
        .store
        .insert_worker(&user.actor(), &req.profile, &req.consents)
        .await?;
    state.matching.refresh_worker(&state.store, w.id).await?;
    Ok((StatusCode::CREATED, Json(w)))
}

/// `GET /api/v1/workers`: officials list workers of their own country.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<WorkerQuery>,
) -> Result<Json<Paged<WorkerProfile>>, ApiError> {
    let p = user.principal();
    let country = match (p.role, &p.country) {
        (Role::Admin, _) => q.country.clone(),
        (Role::OriginOfficial, Some(c)) if q.country.as_ref().is_none_or(|q| q == c) => {
            Some(c.clone())
        }
        _ => None,
    };
    let decision = if p.role == Role::Admin || country.is_some() {
        Ok(())
    } else {
        Err(Denied(
            "only origin officials list workers, and only of their own country".into(),
        ))
    };
    allow(&state, &user, decision, "list", "worker", "*", true).await?;
    let page = Paging {
        limit: q.limit,
        offset: q.offset,
    }
    .page();
    let list = state
        .store
        .workers(
            &WorkerFilter {
                country: country.clone(),
                available_by: None,
            },
            page,
        )
        .await?;
    audit_read(
        &state,
        &user,
        "worker_list",
        country.map_or("*".to_string(), |c| c.to_string()),
    )
    .await?;
    Ok(Json(list))
}

/// `GET /api/v1/workers/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<WorkerProfile>, ApiError> {
    let id = WorkerId(id);
    may_read(&state, &user, id).await?;
    Ok(Json(state.store.worker(id).await?))
}

/// `PUT /api/v1/workers/{id}`: the worker, or an origin official of their
/// country.
pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<WorkerProfileSpec>,
) -> Result<Json<WorkerProfile>, ApiError> {
    let id = WorkerId(id);
    let current = state.store.worker(id).await?;
    let mut countries = current.spec.citizenships.clone();
    countries.push(current.spec.country_of_residence.clone());
    allow(
        &state,
        &user,
        user.principal().may_edit_worker(id, &countries),
        "update",
        "worker",
        id,
        true,
    )
    .await?;
    spec.validate(today())?;
    let updated = state.store.update_worker(&user.actor(), id, &spec).await?;
    state.matching.refresh_worker(&state.store, id).await?;
    Ok(Json(updated))
}

fn self_only(user: &CurrentUser, id: WorkerId) -> Result<(), Denied> {
    let p = user.principal();
    if p.role == Role::Admin || (p.role == Role::Worker && p.worker_id == Some(id)) {
        Ok(())
    } else {
        Err(Denied(
            "consents are the worker's own to read and give".into(),
        ))
    }
}

/// `GET /api/v1/workers/{id}/consents`.
pub async fn consents(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<Consent>>, ApiError> {
    let id = WorkerId(id);
    allow(
        &state,
        &user,
        self_only(&user, id),
        "read",
        "consent",
        id,
        true,
    )
    .await?;
    audit_read(&state, &user, "consent", id).await?;
    Ok(Json(state.store.consents(id).await?))
}

/// `POST /api/v1/workers/{id}/consents`: gives or withdraws a consent.
pub async fn record_consent(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<ConsentRequest>,
) -> Result<(StatusCode, Json<Consent>), ApiError> {
    let id = WorkerId(id);
    allow(
        &state,
        &user,
        self_only(&user, id),
        "consent",
        "worker",
        id,
        true,
    )
    .await?;
    state.store.worker(id).await?;
    let c = state
        .store
        .record_consent(&Actor::from(user.principal()), id, req.purpose, req.given)
        .await?;
    state.matching.refresh_worker(&state.store, id).await?;
    Ok((StatusCode::CREATED, Json(c)))
}

/// `GET /api/v1/workers/{id}/work-record`: completed placements, the proven
/// work record that gives returning workers priority.
pub async fn work_record(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<PlacementView>>, ApiError> {
    let id = WorkerId(id);
    may_read(&state, &user, id).await?;
    Ok(Json(completed_placements(&state, id).await?))
}

/// A worker's completed placements (completed, or completed and returned).
pub async fn completed_placements(
    state: &AppState,
    id: WorkerId,
) -> Result<Vec<PlacementView>, ApiError> {
    let all = state
        .store
        .placements(
            &PlacementFilter {
                worker_id: Some(id),
                ..Default::default()
            },
            Page::all(),
        )
        .await?;
    // Returned is reached only from completed (an early end is final), so
    // both mean the contract was completed.
    let done = all
        .items
        .into_iter()
        .filter(|p| {
            matches!(
                p.placement.status,
                PlacementStatus::Completed | PlacementStatus::Returned
            )
        })
        .collect();
    Ok(done)
}
