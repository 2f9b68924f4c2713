//! Applications and placements: applying, every status change as an
//! immutable event, and the fee ledger.

use super::{Paging, allow, audit_read, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::Violations;
use corridor_domain::access::{Denied, Role};
use corridor_domain::ids::{JobOrderId, PlacementId, WorkerId};
use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::ledger::{Payment, PaymentSpec, assess_payment};
use corridor_domain::placement::{
    PlacementEvent, PlacementStatus, TransitionRequest, check_contract, check_transition,
};
use corridor_domain::programme::Programme;
use corridor_domain::worker::ConsentPurpose;
use corridor_store::{FeeViolationRecord, Paged, PlacementFilter, PlacementView, SelectionLimits};
use schemars::JsonSchema;
use serde::Deserialize;

/// An application to a job order.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct ApplyRequest {
    /// The job order.
    pub job_order_id: JobOrderId,
    /// The worker; a worker applying for themself may leave it out.
    #[serde(default)]
    pub worker_id: Option<WorkerId>,
    /// A note.
    #[serde(default)]
    pub note: String,
}

/// Which placements to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct PlacementQuery {
    /// Of this worker.
    pub worker_id: Option<WorkerId>,
    /// For this job order.
    pub job_order_id: Option<JobOrderId>,
    /// In this status.
    pub status: Option<PlacementStatus>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// `POST /api/v1/placements`: a worker applies (or a recruiter or origin
/// official puts a worker forward).
pub async fn apply(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<ApplyRequest>,
) -> Result<(StatusCode, Json<PlacementView>), ApiError> {
    let view = apply_as(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Applies as `user`: the rules of [`apply`], shared with the pages.
pub async fn apply_as(
    state: &AppState,
    user: &CurrentUser,
    req: &ApplyRequest,
) -> Result<PlacementView, ApiError> {
    let p = user.principal();
    let worker_id = match (p.role, req.worker_id, p.worker_id) {
        (Role::Worker, None, Some(own)) => own,
        (_, Some(w), _) => w,
        _ => {
            return Err(ApiError::bad_field(
                "worker_id",
                "required",
                "say which worker applies",
            ));
        }
    };
    let jo = state.store.job_order(req.job_order_id).await?;
    let programme = state.store.programme(jo.spec.programme_id).await?;
    allow(
        state,
        user,
        p.may_record_transition(
            PlacementStatus::Applied,
            worker_id,
            &programme,
            jo.spec.employer_id,
            jo.spec.agency_id,
        ),
        "apply",
        "placement",
        format!("job_order={}", jo.id),
        true,
    )
    .await?;
    let worker = state.store.worker(worker_id).await?;
    let mut v = Violations::new();
    if jo.status != JobOrderStatus::Open {
        v.push(
            "job_order_id",
            "job_order_not_open",
            format!(
                "job order {} is {}, not open to applications",
                jo.id,
                jo.status.as_str()
            ),
        );
    }
    if !worker.spec.covered_by(&programme) {
        v.push(
            "worker_id",
            "worker_not_covered",
            format!(
                "the programme recruits from {}; the worker is neither a citizen nor a resident of it",
                programme.spec.origin.name()
            ),
        );
    }
    if !state
        .store
        .has_consent(worker_id, ConsentPurpose::SharingWithEmployers)
        .await?
    {
        v.push(
            "worker_id",
            "consent_required",
            "applying shares the profile with the employer: the worker must consent to sharing_with_employers first",
        );
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    Ok(state
        .store
        .create_placement(&user.actor(), jo.id, worker_id, today(), &req.note)
        .await?)
}

/// The placement and its programme, if `user` may see it (audited).
pub async fn visible(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    action: &str,
) -> Result<(PlacementView, Programme), ApiError> {
    let view = state.store.placement(id).await?;
    let programme = state.store.programme(view.programme_id).await?;
    allow(
        state,
        user,
        user.principal().may_read_ledger(
            view.placement.worker_id,
            &programme,
            view.employer_id,
            view.agency_id,
        ),
        action,
        "placement",
        id,
        true,
    )
    .await?;
    Ok((view, programme))
}

/// `GET /api/v1/placements`: scoped to what the caller may see.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<PlacementQuery>,
) -> Result<Json<Paged<PlacementView>>, ApiError> {
    let p = user.principal();
    let mut filter = PlacementFilter {
        worker_id: q.worker_id,
        job_order_id: q.job_order_id,
        status: q.status,
        ..Default::default()
    };
    let decision = match p.role {
        Role::Admin => Ok(()),
        Role::Worker => {
            filter.worker_id = p.worker_id;
            Ok(())
        }
        Role::Employer => {
            filter.employer_id = p.employer_id;
            Ok(())
        }
        Role::Recruiter => {
            filter.agency_id = p.agency_id;
            Ok(())
        }
        Role::OriginOfficial | Role::DestinationOfficial => {
            filter.country = p.country.clone();
            Ok(())
        }
        Role::Researcher => Err(Denied(
            "researchers see no personal data, only protected statistics".into(),
        )),
    };
    allow(&state, &user, decision, "list", "placement", "*", true).await?;
    if matches!(p.role, Role::Worker | Role::Employer | Role::Recruiter)
        && filter.worker_id.is_none()
        && filter.employer_id.is_none()
        && filter.agency_id.is_none()
    {
        return Err(ApiError::Forbidden(
            "this account is not linked to a record".into(),
        ));
    }
    let page = Paging {
        limit: q.limit,
        offset: q.offset,
    }
    .page();
    let list = state.store.placements(&filter, page).await?;
    audit_read(&state, &user, "placement_list", "*").await?;
    Ok(Json(list))
}

/// `GET /api/v1/placements/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PlacementView>, ApiError> {
    let (view, _) = visible(&state, &user, PlacementId(id), "read").await?;
    audit_read(&state, &user, "placement", id).await?;
    Ok(Json(view))
}

/// `GET /api/v1/placements/{id}/events`: the timeline.
pub async fn events(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<PlacementEvent>>, ApiError> {
    let (view, _) = visible(&state, &user, PlacementId(id), "read").await?;
    audit_read(&state, &user, "placement_events", id).await?;
    Ok(Json(state.store.placement_events(view.placement.id).await?))
}

/// `POST /api/v1/placements/{id}/transitions`: moves a placement on. An
/// illegal move, a contract in a language the worker does not read or
/// below the job order's terms, or a selection beyond the positions is
/// refused with every reason.
pub async fn transition(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<TransitionRequest>,
) -> Result<Json<PlacementView>, ApiError> {
    let id = PlacementId(id);
    let view = state.store.placement(id).await?;
    let programme = state.store.programme(view.programme_id).await?;
    allow(
        &state,
        &user,
        user.principal().may_record_transition(
            req.to,
            view.placement.worker_id,
            &programme,
            view.employer_id,
            view.agency_id,
        ),
        "transition",
        "placement",
        id,
        true,
    )
    .await?;
    let events = state.store.placement_events(id).await?;
    let last_on = events.last().map(|e| e.occurred_on);
    let mut v = match check_transition(view.placement.status, &req, last_on) {
        Ok(()) => Violations::new(),
        Err(v) => v,
    };
    let jo = state.store.job_order(view.placement.job_order_id).await?;
    if req.to == PlacementStatus::ContractSigned
        && let Some(contract) = &req.contract
    {
        let worker = state.store.worker(view.placement.worker_id).await?;
        if let Err(c) = check_contract(contract, &jo.spec, &worker.spec) {
            v.extend(c);
        }
    }
    let occurred_on = req
        .occurred_on
        .unwrap_or_else(today)
        .max(last_on.unwrap_or(chrono::NaiveDate::MIN));
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    let (actor, from) = (user.actor(), view.placement.status);
    let moved = if req.to == PlacementStatus::Selected {
        let worker = view.placement.worker_id;
        let limits = selection_limits(&state, &programme, &jo, worker, occurred_on).await?;
        state
            .store
            .select_within_limits(&actor, id, from, &req, occurred_on, &limits)
            .await?
    } else {
        state
            .store
            .transition_placement(&actor, id, from, &req, occurred_on)
            .await?
    };
    state
        .matching
        .refresh_worker(&state.store, view.placement.worker_id)
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(Json(moved))
}

/// What selecting `worker` for `jo` on day `on` must leave room for: the
/// job order's positions and each programme quota whose period holds `on`
/// and whose scope covers the job's occupation group and the worker's sex.
/// The store checks them in the selection's own transaction.
pub(crate) async fn selection_limits(
    state: &AppState,
    programme: &Programme,
    jo: &JobOrder,
    worker: WorkerId,
    on: chrono::NaiveDate,
) -> Result<SelectionLimits, ApiError> {
    let mut quotas = vec![];
    if !programme.spec.quotas.is_empty() {
        let sex = state.store.worker(worker).await?.spec.sex;
        let isco = jo.spec.occupation.isco();
        quotas = programme
            .spec
            .quotas
            .iter()
            .filter(|q| q.covers(&isco, sex, on))
            .cloned()
            .collect();
    }
    Ok(SelectionLimits {
        programme: programme.id,
        job_order: jo.id,
        positions: jo.spec.positions,
        quotas,
    })
}

/// `GET /api/v1/placements/{id}/payments`: the fee ledger.
pub async fn payments(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<Payment>>, ApiError> {
    let (view, _) = visible(&state, &user, PlacementId(id), "read_ledger").await?;
    audit_read(&state, &user, "ledger", id).await?;
    Ok(Json(state.store.payments(view.placement.id).await?))
}

/// `POST /api/v1/placements/{id}/payments`: records a payment. A fee paid
/// by the worker is recorded and raises a violation; it is never refused,
/// so a worker can always report what they paid.
pub async fn record_payment(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(spec): ApiJson<PaymentSpec>,
) -> Result<(StatusCode, Json<Payment>), ApiError> {
    let (view, _) = visible(&state, &user, PlacementId(id), "record_payment").await?;
    spec.validate()?;
    let violation = assess_payment(&spec);
    let payment = state
        .store
        .record_payment(&user.actor(), view.placement.id, &spec, violation.as_ref())
        .await?;
    if let Some(v) = &violation {
        tracing::warn!(placement = %view.placement.id, kind = v.kind.as_str(), "fee violation recorded");
    }
    Ok((StatusCode::CREATED, Json(payment)))
}

/// `GET /api/v1/fee-violations`: officials see every breach of the
/// Employer Pays Principle in their country's programmes.
pub async fn fee_violations(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Paged<FeeViolationRecord>>, ApiError> {
    let p = user.principal();
    let decision = match p.role {
        Role::Admin => Ok(()),
        r if r.is_official() && p.country.is_some() => Ok(()),
        _ => Err(Denied("fee violations are for officials".into())),
    };
    allow(&state, &user, decision, "list", "fee_violation", "*", true).await?;
    let country = if p.role == Role::Admin {
        None
    } else {
        p.country.as_ref()
    };
    let list = state.store.fee_violations(country, paging.page()).await?;
    audit_read(&state, &user, "fee_violation_list", "*").await?;
    Ok(Json(list))
}
