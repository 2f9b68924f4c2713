//! Applications and placements: applying, every status change as an
//! immutable event, and the fee ledger.
//!
//! Only the worker applies, or an origin official of the worker's country
//! on the worker's behalf, stating how the worker asked for it. Anyone
//! else who recruits puts a worker forward with a proposal
//! ([`super::proposals`]), which the worker accepts or declines: putting a
//! worker forward never opens their record to the proposer.

use super::{
    Paging, allow, allow_alike, audit_list_read, audit_read, country, existing, in_good_standing,
    today,
};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::Violations;
use corridor_domain::access::{Denied, Role};
use corridor_domain::ids::{JobOrderId, PlacementId, WorkerId};
use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::ledger::{Payment, PaymentSpec, assess_payment};
use corridor_domain::orientation::check_orientation_done;
use corridor_domain::placement::{
    PlacementEvent, PlacementStatus, TransitionRequest, check_contract, check_transition,
};
use corridor_domain::programme::Programme;
use corridor_domain::worker::ConsentPurpose;
use corridor_store::{
    FeeViolationRecord, Paged, PlacementFilter, PlacementView, SelectionLimits, StoreError,
};
use schemars::JsonSchema;
use serde::Deserialize;

/// An application to a job order.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct ApplyRequest {
    /// The job order.
    pub job_order_id: JobOrderId,
    /// The worker; a worker applying for themself may leave it out. Anyone
    /// else applying names the worker and gives `consent_statement`.
    #[serde(default)]
    pub worker_id: Option<WorkerId>,
    /// A note.
    #[serde(default)]
    pub note: String,
    /// An origin official applying on a worker's behalf: how the worker,
    /// in person, asked for this application (e.g. "signed form at the
    /// Puebla job centre, 2 December"). Recorded on the application.
    #[serde(default)]
    pub consent_statement: Option<String>,
}

/// Which placements to list.
#[derive(Debug, Default, Deserialize, JsonSchema)]
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

/// A worker applies, or an origin official applies on their behalf.
pub async fn apply(
    state: &AppState,
    user: &CurrentUser,
    req: &ApplyRequest,
) -> Result<PlacementView, ApiError> {
    let p = user.principal();
    let own = p.role == Role::Worker && p.worker_id.is_some();
    let worker_id = match (own, req.worker_id, p.worker_id) {
        (true, None, Some(w)) => w,
        (true, Some(w), Some(mine)) if w == mine => w,
        (true, Some(w), _) => {
            allow(
                state,
                user,
                Err(Denied("a worker applies only for themself".into())),
                "apply",
                "worker",
                w,
                true,
            )
            .await?;
            unreachable!("a refusal returns early")
        }
        (false, Some(w), _) => w,
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
    let mut note = req.note.clone();
    if !own {
        // On the worker's behalf: only an origin official of the worker's
        // country. A worker who does not exist is refused in the same words,
        // so the answer does not tell which ids exist.
        let decision = match state.store.worker(worker_id).await {
            Ok(w) => p.may_apply_on_behalf(&super::workers::countries_of(&w.spec)),
            Err(StoreError::NotFound(_)) => p.may_apply_on_behalf(&[]),
            Err(e) => return Err(e.into()),
        };
        let decision = decision.map_err(|d| {
            Denied(format!(
                "{}; agencies, employers and officials put a worker forward with a proposal, which the worker accepts",
                d.0
            ))
        });
        allow(state, user, decision, "apply", "worker", worker_id, true).await?;
        let statement = req.consent_statement.as_deref().unwrap_or("").trim();
        if statement.is_empty() {
            return Err(ApiError::Unprocessable(Violations::one(
                "consent_statement",
                "required",
                "say how the worker, in person, asked for this application",
            )));
        }
        note = format!("applied on the worker's behalf; the worker's request: {statement}. {note}")
            .trim()
            .to_string();
    }
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
    check_application(state, &jo, &programme, worker_id).await?;
    let view = state
        .store
        .create_placement(&user.actor(), jo.id, worker_id, today(), &note)
        .await?;
    refresh(state, &view).await?;
    Ok(view)
}

/// The rules of an application, shared by applying and by accepting a
/// proposal: the job order is open, its employer is not suspended and its
/// agency's licence is in force, the programme recruits from the worker's
/// country, and the worker shares their profile with employers.
pub(crate) async fn check_application(
    state: &AppState,
    jo: &JobOrder,
    programme: &Programme,
    worker_id: WorkerId,
) -> Result<(), ApiError> {
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
    // A suspended employer, or an agency without a licence in force,
    // takes no new applications on its job orders.
    let employer = state.store.employer(jo.spec.employer_id).await?;
    if employer.spec.status != corridor_domain::organisation::EmployerStatus::Active {
        v.push(
            "job_order_id",
            "employer_suspended",
            format!(
                "the employer of job order {} is suspended and takes no applications",
                jo.id
            ),
        );
    }
    if let Some(a) = jo.spec.agency_id {
        let licence = state.store.agency(a).await?.spec.licence.status_on(today());
        if licence != corridor_domain::organisation::LicenceStatus::Active {
            v.push(
                "job_order_id",
                "agency_licence_not_active",
                format!(
                    "the licence of the agency handling job order {} is {}: it takes no applications",
                    jo.id,
                    licence.as_str()
                ),
            );
        }
    }
    if !worker.spec.covered_by(programme) {
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
    if v.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Unprocessable(v))
    }
}

async fn refresh(state: &AppState, view: &PlacementView) -> Result<(), ApiError> {
    state
        .matching
        .refresh_worker(&state.store, view.placement.worker_id)
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, view.placement.job_order_id)
        .await?;
    Ok(())
}

fn hidden(id: PlacementId) -> String {
    format!("placement {id} is not visible to you")
}

/// The placement and its programme, found for `user`: an unknown placement
/// is `None` (refused by the caller like one it may not see).
async fn found(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
) -> Result<Option<(PlacementView, Programme)>, ApiError> {
    Ok(match existing(user, state.store.placement(id).await)? {
        Some(view) => {
            let programme = state.store.programme(view.programme_id).await?;
            Some((view, programme))
        }
        None => None,
    })
}

/// The placement and its programme, if `user` may see it (a refusal is
/// audited; the caller audits the read). A placement that does not exist
/// is refused in the same words as one the caller may not see.
pub async fn visible(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    action: &str,
) -> Result<(PlacementView, Programme), ApiError> {
    let found = found(state, user, id).await?;
    let decision = match &found {
        Some((view, programme)) => user.principal().may_read_ledger(
            view.placement.worker_id,
            programme,
            view.employer_id,
            view.agency_id,
        ),
        None => Err(Denied(format!("placement {id} does not exist"))),
    };
    allow_alike(
        state,
        user,
        decision,
        action,
        "placement",
        id,
        true,
        hidden(id),
    )
    .await?;
    let (view, programme) = found.ok_or_else(|| ApiError::NotFound(format!("placement {id}")))?;
    in_good_standing(state, user, action, "placement", id).await?;
    Ok((view, programme))
}

/// Placements the caller may see, each read audited as its own entry.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    q: &PlacementQuery,
) -> Result<Paged<PlacementView>, ApiError> {
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
        Role::OriginOfficial | Role::DestinationOfficial => match &p.country {
            Some(c) => {
                filter.country = Some(c.clone());
                Ok(())
            }
            None => Err(Denied(
                "this official's account names no country; an administrator must set it".into(),
            )),
        },
        Role::Researcher => Err(Denied(
            "researchers see no personal data, only protected statistics".into(),
        )),
    };
    allow(state, user, decision, "list", "placement", "*", true).await?;
    in_good_standing(state, user, "list", "placement", "*").await?;
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
    audit_placements(state, user, "placement", &list.items).await?;
    Ok(list)
}

/// Audits a list of placements read, one entry each.
pub(crate) async fn audit_placements(
    state: &AppState,
    user: &CurrentUser,
    entity: &str,
    items: &[PlacementView],
) -> Result<(), ApiError> {
    audit_list_read(
        state,
        user,
        entity,
        "list",
        items.iter().map(|v| {
            (
                v.placement.id.to_string(),
                country(&v.origin)
                    .into_iter()
                    .chain(country(&v.destination))
                    .collect(),
            )
        }),
    )
    .await
}

/// One placement (audited).
pub async fn read(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
) -> Result<PlacementView, ApiError> {
    let (view, _) = visible(state, user, id, "read").await?;
    audit_read(state, user, "placement", id).await?;
    Ok(view)
}

/// A placement's timeline (audited).
pub async fn events(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
) -> Result<(PlacementView, Vec<PlacementEvent>), ApiError> {
    let (view, _) = visible(state, user, id, "read").await?;
    audit_read(state, user, "placement_events", id).await?;
    let events = state.store.placement_events(view.placement.id).await?;
    Ok((view, events))
}

/// Moves a placement on. An illegal move, a date in the future or before
/// the previous event, `orientation_done` without a recorded completion of
/// the orientation, a contract in a language the worker does not read
/// or below the job order's terms, or a selection beyond the positions or
/// a quota is refused with every reason.
pub async fn transition(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    req: &TransitionRequest,
) -> Result<PlacementView, ApiError> {
    let found = found(state, user, id).await?;
    let decision = match &found {
        Some((view, programme)) => user.principal().may_record_transition(
            req.to,
            view.placement.worker_id,
            programme,
            view.employer_id,
            view.agency_id,
        ),
        None => Err(Denied(format!("placement {id} does not exist"))),
    };
    allow_alike(
        state,
        user,
        decision,
        "transition",
        "placement",
        id,
        true,
        hidden(id),
    )
    .await?;
    let (view, programme) = found.ok_or_else(|| ApiError::NotFound(format!("placement {id}")))?;
    in_good_standing(state, user, "transition", "placement", id).await?;
    let events = state.store.placement_events(id).await?;
    let last_on = events.last().map(|e| e.occurred_on);
    let mut v = match check_transition(view.placement.status, req, last_on, today()) {
        Ok(()) => Violations::new(),
        Err(v) => v,
    };
    if req.to == PlacementStatus::OrientationDone {
        let completed = state.store.orientation_completion(id).await?.is_some();
        if let Err(o) = check_orientation_done(completed) {
            v.extend(o);
        }
    }
    let jo = state.store.job_order(view.placement.job_order_id).await?;
    if req.to == PlacementStatus::ContractSigned
        && let Some(contract) = &req.contract
    {
        let worker = state.store.worker(view.placement.worker_id).await?;
        if let Err(c) = check_contract(contract, &jo.spec, &worker.spec) {
            v.extend(c);
        }
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    let occurred_on = req
        .occurred_on
        .unwrap_or_else(today)
        .max(last_on.unwrap_or(chrono::NaiveDate::MIN));
    let (actor, from) = (user.actor(), view.placement.status);
    let moved = if req.to == PlacementStatus::Selected {
        // Quotas apply on the day the selection is recorded, whatever day
        // the caller dates it.
        let worker = view.placement.worker_id;
        let limits = selection_limits(state, &programme, &jo, worker, today()).await?;
        state
            .store
            .select_within_limits(&actor, id, from, req, occurred_on, &limits)
            .await?
    } else {
        state
            .store
            .transition_placement(&actor, id, from, req, occurred_on)
            .await?
    };
    refresh(state, &moved).await?;
    Ok(moved)
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

/// A placement's fee ledger (audited).
pub async fn payments(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
) -> Result<Vec<Payment>, ApiError> {
    let (view, _) = visible(state, user, id, "read_ledger").await?;
    audit_read(state, user, "ledger", id).await?;
    Ok(state.store.payments(view.placement.id).await?)
}

/// Records a payment. A fee paid by the worker is recorded and raises a
/// violation; it is never refused, so a worker can always report what they
/// paid.
pub async fn record_payment(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    spec: &PaymentSpec,
) -> Result<Payment, ApiError> {
    let (view, _) = visible(state, user, id, "record_payment").await?;
    spec.validate(today())?;
    let violation = assess_payment(spec);
    let payment = state
        .store
        .record_payment(&user.actor(), view.placement.id, spec, violation.as_ref())
        .await?;
    if let Some(v) = &violation {
        tracing::warn!(placement = %view.placement.id, kind = v.kind.as_str(), "fee violation recorded");
    }
    Ok(payment)
}

/// Officials see every breach of the Employer Pays Principle in their
/// country's programmes.
pub async fn fee_violations(
    state: &AppState,
    user: &CurrentUser,
    paging: Paging,
) -> Result<Paged<FeeViolationRecord>, ApiError> {
    let p = user.principal();
    let decision = match p.role {
        Role::Admin => Ok(()),
        r if r.is_official() && p.country.is_some() => Ok(()),
        _ => Err(Denied("fee violations are for officials".into())),
    };
    allow(state, user, decision, "list", "fee_violation", "*", true).await?;
    let scope = if p.role == Role::Admin {
        None
    } else {
        p.country.as_ref()
    };
    let list = state.store.fee_violations(scope, paging.page()).await?;
    audit_list_read(
        state,
        user,
        "ledger",
        "list",
        list.items.iter().map(|r| {
            (
                r.payment.placement_id.to_string(),
                country(&r.origin)
                    .into_iter()
                    .chain(country(&r.destination))
                    .collect(),
            )
        }),
    )
    .await?;
    Ok(list)
}
