//! Job orders. Open job orders are public, with every condition — but not
//! the returning workers an employer names, which only those who manage the
//! job order see. Employers, their agencies and the programme's officials
//! manage them. A job order posted by an employer or agency waits for a
//! destination official's approval; one posted by a destination official
//! opens at once.

use super::{Paging, allow, allow_alike, existing, in_good_standing, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::Violations;
use corridor_domain::access::{Denied, Principal, Role};
use corridor_domain::codes::{CountryCode, IscoCode};
use corridor_domain::ids::{AgencyId, EmployerId, JobOrderId, ProgrammeId};
use corridor_domain::job_order::{
    JobOrder, JobOrderContext, JobOrderSpec, JobOrderStatus, validate_job_order,
};
use corridor_domain::organisation::{Agency, Employer};
use corridor_domain::programme::Programme;
use corridor_store::{JobOrderFilter, Paged, PlacementFilter, PlacementView, StoreError};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::HashMap;

/// Which job orders to list.
#[derive(Debug, Default, Deserialize, JsonSchema)]
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
                filter.agency_id = Some(p.agency_id.unwrap_or(AgencyId(-1)));
                Ok(())
            }
            r if r.is_official() && p.country.is_some() => {
                filter.country = p.country.clone();
                Ok(())
            }
            r if r.is_official() => Err(ApiError::Forbidden(
                "this official's account names no country; an administrator must set it".into(),
            )),
            _ => Err(ApiError::Forbidden(
                "only those who manage job orders see them before they open or after they close"
                    .into(),
            )),
        },
    }
}

/// Hides the returning workers a job order names from anyone who does not
/// manage it.
fn redact(jo: &mut JobOrder, programme: &Programme, principal: Option<&Principal>) {
    let sees = principal.is_some_and(|p| {
        p.may_see_named_workers(programme, jo.spec.employer_id, jo.spec.agency_id)
    });
    if !sees {
        jo.spec.named_workers.clear();
    }
}

/// Job orders: open ones for everyone, others for those who manage them.
pub async fn list(
    state: &AppState,
    user: Option<&CurrentUser>,
    q: &JobOrderQuery,
) -> Result<Paged<JobOrder>, ApiError> {
    let mut filter = JobOrderFilter {
        programme_id: q.programme_id,
        status: Some(q.status.unwrap_or(JobOrderStatus::Open)),
        employer_id: q.employer_id,
        isco: q.isco.as_ref().map(|i| i.to_string()),
        origins: q.origin.clone().map(|o| vec![o]),
        ..Default::default()
    };
    let principal = user.map(|u| u.principal());
    if filter.status != Some(JobOrderStatus::Open) {
        scope(principal, &mut filter)?;
    }
    let page = Paging {
        limit: q.limit,
        offset: q.offset,
    }
    .page();
    let mut list = state.store.job_orders(&filter, page).await?;
    let mut programmes: HashMap<ProgrammeId, Programme> = HashMap::new();
    for jo in &mut list.items {
        if !programmes.contains_key(&jo.spec.programme_id) {
            let p = state.store.programme(jo.spec.programme_id).await?;
            programmes.insert(p.id, p);
        }
        redact(jo, &programmes[&jo.spec.programme_id], principal);
    }
    Ok(list)
}

/// Posts a job order, checked against its programme, employer and agency,
/// and the employer's returning workers; every violated rule is listed at
/// once.
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    spec: &JobOrderSpec,
) -> Result<JobOrder, ApiError> {
    let (programme, employer, agency) = load_context(state, spec).await?;
    allow(
        state,
        user,
        user.principal()
            .may_post_job_order(&programme, spec.employer_id, spec.agency_id),
        "create",
        "job_order",
        "new",
        false,
    )
    .await?;
    let returning = if spec.named_workers.is_empty() {
        vec![]
    } else {
        state.store.returning_workers(employer.id).await?
    };
    validate_job_order(
        spec,
        JobOrderContext {
            programme: &programme,
            employer: &employer,
            agency: agency.as_ref(),
            today: today(),
            returning_workers: &returning,
        },
    )?;
    let status = match user.principal().role {
        Role::DestinationOfficial | Role::Admin => JobOrderStatus::Open,
        _ => JobOrderStatus::PendingApproval,
    };
    let jo = state
        .store
        .insert_job_order(&user.actor(), spec, status, today())
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(jo)
}

/// The words a refusal to see or manage job order `id` is answered with,
/// whether it exists or not.
pub(crate) fn hidden(id: JobOrderId) -> String {
    format!("job order {id} is not one you manage")
}

/// The job order and its programme, if `user` manages it (a refusal is
/// audited). A job order that does not exist is refused in the same words
/// as one the caller does not manage, so the answer does not tell which
/// ids exist. Beyond reading the job order itself, the users of a
/// suspended employer or of an agency without a licence in force are
/// refused.
pub async fn managed(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    action: &str,
) -> Result<(JobOrder, Programme), ApiError> {
    let found = match existing(user, state.store.job_order(id).await)? {
        Some(jo) => {
            let programme = state.store.programme(jo.spec.programme_id).await?;
            Some((jo, programme))
        }
        None => None,
    };
    let decision = match &found {
        Some((jo, programme)) => {
            user.principal()
                .may_manage_job_order(programme, jo.spec.employer_id, jo.spec.agency_id)
        }
        None => Err(Denied(format!("job order {id} does not exist"))),
    };
    allow_alike(
        state,
        user,
        decision,
        action,
        "job_order",
        id,
        false,
        hidden(id),
    )
    .await?;
    let (jo, programme) = found.ok_or_else(|| ApiError::NotFound(format!("job order {id}")))?;
    if action != "read" {
        in_good_standing(state, user, action, "job_order", id).await?;
    }
    Ok((jo, programme))
}

/// One job order: open ones for everyone (without named workers unless the
/// caller manages it), others for those who manage them.
pub async fn read(
    state: &AppState,
    user: Option<&CurrentUser>,
    id: JobOrderId,
) -> Result<JobOrder, ApiError> {
    let found = match state.store.job_order(id).await {
        Ok(jo) => Some(jo),
        Err(StoreError::NotFound(_)) => None,
        Err(e) => return Err(e.into()),
    };
    if let Some(mut jo) = found.filter(|jo| jo.status == JobOrderStatus::Open) {
        let programme = state.store.programme(jo.spec.programme_id).await?;
        redact(&mut jo, &programme, user.map(|u| u.principal()));
        return Ok(jo);
    }
    // Not open, or not there: the same answer either way.
    match user {
        Some(u) => Ok(managed(state, u, id, "read").await?.0),
        None => Err(ApiError::NotFound(format!("job order {id}"))),
    }
}

/// The job order, if `user` approves job orders of its programme; an
/// unknown one is refused in the same words.
async fn approvable(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    action: &str,
) -> Result<JobOrder, ApiError> {
    let found = existing(user, state.store.job_order(id).await)?;
    let decision = match &found {
        Some(jo) => {
            let programme = state.store.programme(jo.spec.programme_id).await?;
            user.principal().may_approve_job_order(&programme)
        }
        None => Err(Denied(format!("job order {id} does not exist"))),
    };
    allow_alike(
        state,
        user,
        decision,
        action,
        "job_order",
        id,
        false,
        hidden(id),
    )
    .await?;
    found.ok_or_else(|| ApiError::NotFound(format!("job order {id}")))
}

/// A destination official opens a job order, re-checking it against the
/// programme and the employer's returning workers today.
pub async fn approve(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
) -> Result<JobOrder, ApiError> {
    let jo = approvable(state, user, id, "approve").await?;
    let (programme, employer, agency) = load_context(state, &jo.spec).await?;
    if jo.status != JobOrderStatus::PendingApproval {
        return Err(ApiError::Conflict(format!(
            "job order {id} is {}, not waiting for approval",
            jo.status.as_str()
        )));
    }
    let returning = if jo.spec.named_workers.is_empty() {
        vec![]
    } else {
        state.store.returning_workers(employer.id).await?
    };
    validate_job_order(
        &jo.spec,
        JobOrderContext {
            programme: &programme,
            employer: &employer,
            agency: agency.as_ref(),
            today: today().min(jo.posted_on),
            returning_workers: &returning,
        },
    )?;
    let changed = state
        .store
        .move_job_order(
            &user.actor(),
            jo.id,
            JobOrderStatus::PendingApproval,
            JobOrderStatus::Open,
            "",
        )
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(changed)
}

/// No more applications.
pub async fn close(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
) -> Result<JobOrder, ApiError> {
    let (jo, _) = managed(state, user, id, "close").await?;
    if jo.status == JobOrderStatus::Closed {
        return Err(ApiError::Conflict(format!(
            "job order {id} is already closed"
        )));
    }
    let changed = state
        .store
        .move_job_order(&user.actor(), jo.id, jo.status, JobOrderStatus::Closed, "")
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(changed)
}

/// A destination official sends a job order waiting for approval back to
/// its employer: it is closed, with the reason recorded, and the employer
/// posts a corrected one.
pub async fn send_back(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    reason: &str,
) -> Result<JobOrder, ApiError> {
    let jo = approvable(state, user, id, "send_back").await?;
    if jo.status != JobOrderStatus::PendingApproval {
        return Err(ApiError::Conflict(format!(
            "job order {id} is {}, not waiting for approval",
            jo.status.as_str()
        )));
    }
    let reason = reason.trim();
    if reason.is_empty() || reason.len() > 2000 {
        return Err(ApiError::Unprocessable(Violations::one(
            "reason",
            "required",
            "say why the job order is sent back (at most 2,000 characters)",
        )));
    }
    let changed = state
        .store
        .move_job_order(
            &user.actor(),
            jo.id,
            JobOrderStatus::PendingApproval,
            JobOrderStatus::Closed,
            &format!("sent back: {reason}"),
        )
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, jo.id)
        .await?;
    Ok(changed)
}

/// The placements of a job order, for those who manage it; each placement
/// read is audited as its own entry.
pub async fn candidates(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    paging: Paging,
) -> Result<Paged<PlacementView>, ApiError> {
    let (jo, _) = managed(state, user, id, "read_candidates").await?;
    let list = state
        .store
        .placements(
            &PlacementFilter {
                job_order_id: Some(jo.id),
                ..Default::default()
            },
            paging.page(),
        )
        .await?;
    super::placements::audit_placements(state, user, "placement", &list.items).await?;
    Ok(list)
}
