//! Shortlists: the top workers for a job order, each score explained.
//! The explanation describes the worker's profile (occupation, experience,
//! languages), so an employer or agency sees it only for workers who share
//! their profile with employers; for the others it sees the id and the
//! score — enough to propose them, which asks the worker first. The
//! programme's officials see every explanation. Each candidate shown is
//! audited as its own entry.

use super::allow;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::ids::{JobOrderId, WorkerId};
use corridor_domain::worker::ConsentPurpose;
use corridor_matching as engine;
use corridor_store::AuditEntry;

/// A shortlisted worker, with whether the caller may see why they score.
#[derive(Debug, Clone)]
pub struct ShortlistEntry {
    /// The engine's candidate: worker, job order, score and its parts.
    pub candidate: engine::Candidate,
    /// False when the worker does not share their profile with employers
    /// and the caller is the employer's side: the score's parts are hidden.
    pub details_visible: bool,
}

/// The top `k` workers for a job order the caller manages.
pub async fn shortlist(
    state: &AppState,
    user: &CurrentUser,
    id: JobOrderId,
    k: usize,
) -> Result<Vec<ShortlistEntry>, ApiError> {
    let jo = state.store.job_order(id).await?;
    let programme = state.store.programme(jo.spec.programme_id).await?;
    let p = user.principal();
    allow(
        state,
        user,
        p.may_manage_job_order(&programme, jo.spec.employer_id, jo.spec.agency_id),
        "shortlist",
        "job_order",
        id,
        true,
    )
    .await?;
    let list = state
        .matching
        .read(&state.store, |index| {
            match index.shortlist(engine::JobOrderId(id.0 as u32), k) {
                Ok(list) => Ok(list),
                // Not in the index: closed, filled or not yet approved.
                Err(engine::IndexError::UnknownJobOrder(_)) => Ok(vec![]),
                Err(e) => Err(ApiError::Internal(e.to_string())),
            }
        })
        .await??;
    let workers: Vec<WorkerId> = list
        .iter()
        .map(|c| WorkerId(i64::from(c.worker.0)))
        .collect();
    let sharing = state
        .store
        .workers_consenting(&workers, ConsentPurpose::SharingWithEmployers)
        .await?;
    let actor = user.actor();
    let mut entries = Vec::with_capacity(list.len());
    let mut audit = Vec::with_capacity(list.len());
    for (candidate, worker) in list.into_iter().zip(workers) {
        let details_visible = p.may_see_candidate_details(&programme, sharing.contains(&worker));
        audit.push(
            AuditEntry::new(&actor, "read", "worker", worker, true)
                .detail(format!(
                    "shortlist job_order={id} details={}",
                    if details_visible { "shown" } else { "withheld" }
                ))
                .concerning([
                    programme.spec.origin.clone(),
                    programme.spec.destination.clone(),
                ]),
        );
        entries.push(ShortlistEntry {
            candidate,
            details_visible,
        });
    }
    state.store.audit_all(&audit).await?;
    Ok(entries)
}
