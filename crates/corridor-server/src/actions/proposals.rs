//! Putting a worker forward: a proposal the worker accepts or declines.
//!
//! An agency, an employer or an official of the programme may propose a
//! worker for a job order they manage — typically one from its shortlist.
//! The proposal names the worker's id and nothing else, and gives the
//! proposer no access to the worker's record: only the worker's acceptance
//! opens an application (checked as any application is), and only then,
//! while it is under way and the worker shares their profile with
//! employers, does the employer's side read it. Whether a worker may be
//! proposed is answered in the same words whatever the reason (no such id,
//! no consent to matching, not from the programme's countries), so a
//! proposal reveals nothing a shortlist does not.

use super::placements::check_application;
use super::{Paging, allow, allow_alike, audit_list_read, existing, in_good_standing, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::Violations;
use corridor_domain::access::{Denied, Role};
use corridor_domain::ids::{JobOrderId, ProposalId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::proposal::{Proposal, ProposalStatus};
use corridor_domain::worker::ConsentPurpose;
use corridor_store::{Paged, PlacementView, ProposalFilter, StoreError};
use schemars::JsonSchema;
use serde::Deserialize;

/// Putting a worker forward.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct ProposalRequest {
    /// The job order.
    pub job_order_id: JobOrderId,
    /// The worker (e.g. from the job order's shortlist).
    pub worker_id: WorkerId,
    /// A note to the worker.
    #[serde(default)]
    pub note: String,
}

/// Which proposals to list.
#[derive(Debug, Default, Deserialize, JsonSchema)]
pub struct ProposalQuery {
    /// For this job order.
    pub job_order_id: Option<JobOrderId>,
    /// In this status.
    pub status: Option<ProposalStatus>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// Proposes `worker` for a job order the caller manages.
pub async fn propose(
    state: &AppState,
    user: &CurrentUser,
    req: &ProposalRequest,
) -> Result<Proposal, ApiError> {
    // An unknown job order is refused like one the caller does not manage.
    let id = req.job_order_id;
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
                .may_propose_worker(programme, jo.spec.employer_id, jo.spec.agency_id)
        }
        None => Err(Denied(format!("job order {id} does not exist"))),
    };
    let hidden = super::job_orders::hidden(id);
    allow_alike(
        state,
        user,
        decision,
        "propose",
        "job_order",
        id,
        false,
        hidden,
    )
    .await?;
    let (jo, programme) = found.ok_or_else(|| ApiError::NotFound(format!("job order {id}")))?;
    in_good_standing(state, user, "propose", "job_order", jo.id).await?;
    let mut v = Violations::new();
    if req.note.len() > 2000 {
        v.push("note", "too_long", "the note is at most 2,000 characters");
    }
    if jo.status != JobOrderStatus::Open {
        v.push(
            "job_order_id",
            "job_order_not_open",
            format!("job order {} is {}, not open", jo.id, jo.status.as_str()),
        );
    }
    let candidate = match state.store.worker(req.worker_id).await {
        Ok(w) => {
            w.spec.covered_by(&programme)
                && state
                    .store
                    .has_consent(w.id, ConsentPurpose::Matching)
                    .await?
        }
        Err(StoreError::NotFound(_)) => false,
        Err(e) => return Err(e.into()),
    };
    if !candidate {
        v.push(
            "worker_id",
            "not_a_candidate",
            format!(
                "worker {} cannot be proposed for this job order: only workers who registered for matching and can join the programme can be",
                req.worker_id
            ),
        );
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    Ok(state
        .store
        .insert_proposal(&user.actor(), jo.id, req.worker_id, req.note.trim())
        .await?)
}

/// Proposals the caller may see: a worker their own; an employer or agency
/// those for its job orders; officials those of their country's
/// programmes.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    q: &ProposalQuery,
) -> Result<Paged<Proposal>, ApiError> {
    let p = user.principal();
    let mut filter = ProposalFilter {
        job_order_id: q.job_order_id,
        status: q.status,
        ..Default::default()
    };
    let linked = |x: bool| {
        if x {
            Ok(())
        } else {
            Err(Denied("this account is not linked to a record".into()))
        }
    };
    let decision = match p.role {
        Role::Admin => Ok(()),
        Role::Worker => {
            filter.worker_id = p.worker_id;
            linked(p.worker_id.is_some())
        }
        Role::Employer => {
            filter.employer_id = p.employer_id;
            linked(p.employer_id.is_some())
        }
        Role::Recruiter => {
            filter.agency_id = p.agency_id;
            linked(p.agency_id.is_some())
        }
        Role::OriginOfficial | Role::DestinationOfficial => {
            filter.country = p.country.clone();
            linked(p.country.is_some())
        }
        Role::Researcher => Err(Denied(
            "researchers see no personal data, only protected statistics".into(),
        )),
    };
    allow(state, user, decision, "list", "proposal", "*", false).await?;
    in_good_standing(state, user, "list", "proposal", "*").await?;
    let page = Paging {
        limit: q.limit,
        offset: q.offset,
    }
    .page();
    let list = state.store.proposals(&filter, page).await?;
    if p.role != Role::Worker {
        audit_list_read(
            state,
            user,
            "proposal",
            "list",
            list.items.iter().map(|x| (x.id.to_string(), vec![])),
        )
        .await?;
    }
    Ok(list)
}

async fn answerable(
    state: &AppState,
    user: &CurrentUser,
    id: ProposalId,
    action: &str,
) -> Result<Proposal, ApiError> {
    // A proposal that does not exist is refused like someone else's.
    let (proposal, decision) = match state.store.proposal(id).await {
        Ok(p) => {
            let d = user.principal().may_answer_proposal(p.worker_id);
            (Some(p), d)
        }
        Err(StoreError::NotFound(_)) => (
            None,
            Err(Denied(
                "only the worker accepts or declines a proposal made to them".into(),
            )),
        ),
        Err(e) => return Err(e.into()),
    };
    allow(state, user, decision, action, "proposal", id, true).await?;
    let proposal = proposal.ok_or_else(|| ApiError::NotFound(format!("proposal {id}")))?;
    if proposal.status != ProposalStatus::Pending {
        return Err(ApiError::Conflict(format!(
            "proposal {id} has already been {}",
            proposal.status.as_str()
        )));
    }
    Ok(proposal)
}

/// The worker accepts: an application opens, checked as any application
/// (job order open, the programme recruits from the worker's country, the
/// worker shares their profile with employers).
pub async fn accept(
    state: &AppState,
    user: &CurrentUser,
    id: ProposalId,
) -> Result<PlacementView, ApiError> {
    let proposal = answerable(state, user, id, "accept").await?;
    let jo = state.store.job_order(proposal.job_order_id).await?;
    let programme = state.store.programme(jo.spec.programme_id).await?;
    check_application(state, &jo, &programme, proposal.worker_id).await?;
    let view = state
        .store
        .accept_proposal(&user.actor(), id, today())
        .await?;
    state
        .matching
        .refresh_worker(&state.store, view.placement.worker_id)
        .await?;
    state
        .matching
        .refresh_job_order(&state.store, view.placement.job_order_id)
        .await?;
    Ok(view)
}

/// The worker declines; they are not asked again for this job order.
pub async fn decline(
    state: &AppState,
    user: &CurrentUser,
    id: ProposalId,
) -> Result<Proposal, ApiError> {
    answerable(state, user, id, "decline").await?;
    Ok(state.store.decline_proposal(&user.actor(), id).await?)
}
