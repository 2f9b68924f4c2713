//! Worker profiles: personal data. Every read is checked against the access
//! rules and written to the audit log, record by record; there is no search
//! by name, and no role lists workers beyond its own country.

use super::{Paging, allow, audit_list_read, audit_read, in_good_standing, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::access::{Denied, Role};
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::WorkerId;
use corridor_domain::placement::PlacementStatus;
use corridor_domain::worker::{Consent, ConsentPurpose, WorkerProfile, WorkerProfileSpec};
use corridor_store::{Page, Paged, PlacementFilter, PlacementView, WorkerFilter};
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

/// The countries a worker's record concerns: citizenships and residence.
pub fn countries_of(spec: &WorkerProfileSpec) -> Vec<CountryCode> {
    let mut countries = spec.citizenships.clone();
    countries.push(spec.country_of_residence.clone());
    countries
}

/// Checks that `user` may read worker `id`'s record; audits either way. A
/// worker id that does not exist is refused like one the caller may not
/// read, so the answer does not tell which ids exist.
pub async fn may_read(state: &AppState, user: &CurrentUser, id: WorkerId) -> Result<(), ApiError> {
    let decision = match state.store.worker_record_facts(id).await {
        Ok(facts) => user.principal().may_read_worker(&facts),
        Err(corridor_store::StoreError::NotFound(_)) if user.principal().role != Role::Admin => {
            Err(Denied("this worker's record is not visible to you".into()))
        }
        Err(e) => return Err(e.into()),
    };
    allow(state, user, decision, "read", "worker", id, true).await?;
    in_good_standing(state, user, "read", "worker", id).await?;
    audit_read(state, user, "worker", id).await
}

/// A worker's profile, if `user` may read it (audited).
pub async fn read(
    state: &AppState,
    user: &CurrentUser,
    id: WorkerId,
) -> Result<WorkerProfile, ApiError> {
    may_read(state, user, id).await?;
    Ok(state.store.worker(id).await?)
}

/// An origin official registers a worker of their country, with the
/// consents the worker gave in person.
pub async fn register_on_behalf(
    state: &AppState,
    user: &CurrentUser,
    req: &NewWorkerRequest,
) -> Result<WorkerProfile, ApiError> {
    let decision = user
        .principal()
        .may_register_worker(&countries_of(&req.profile));
    allow(state, user, decision, "create", "worker", "new", true).await?;
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
    Ok(w)
}

/// Whether `user` registers workers at all (asked before showing the
/// registration form, with their own country: the worker's is not known
/// yet; registering checks it again). A refusal is audited.
pub async fn may_register(state: &AppState, user: &CurrentUser) -> Result<(), ApiError> {
    let own: Vec<CountryCode> = user.principal().country.iter().cloned().collect();
    let decision = user.principal().may_register_worker(&own);
    allow(state, user, decision, "create", "worker", "new", true).await
}

/// Officials list workers of their own country; every profile read is
/// audited as its own entry.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    country: Option<CountryCode>,
    paging: Paging,
) -> Result<Paged<WorkerProfile>, ApiError> {
    let p = user.principal();
    let country = match (p.role, &p.country) {
        (Role::Admin, _) => country,
        (Role::OriginOfficial, Some(c)) if country.as_ref().is_none_or(|q| q == c) => {
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
    allow(state, user, decision, "list", "worker", "*", true).await?;
    let list = state
        .store
        .workers(
            &WorkerFilter {
                country,
                available_by: None,
            },
            paging.page(),
        )
        .await?;
    audit_list_read(
        state,
        user,
        "worker",
        "list",
        list.items
            .iter()
            .map(|w| (w.id.to_string(), countries_of(&w.spec))),
    )
    .await?;
    Ok(list)
}

/// The worker, or an origin official of their country, changes a profile.
pub async fn update(
    state: &AppState,
    user: &CurrentUser,
    id: WorkerId,
    spec: &WorkerProfileSpec,
) -> Result<WorkerProfile, ApiError> {
    let decision = match state.store.worker(id).await {
        Ok(current) => user
            .principal()
            .may_edit_worker(id, &countries_of(&current.spec)),
        Err(corridor_store::StoreError::NotFound(_)) if user.principal().role != Role::Admin => {
            Err(Denied(
                "only the worker, or an origin official of their country, changes a profile".into(),
            ))
        }
        Err(e) => return Err(e.into()),
    };
    allow(state, user, decision, "update", "worker", id, true).await?;
    spec.validate(today())?;
    let updated = state.store.update_worker(&user.actor(), id, spec).await?;
    state.matching.refresh_worker(&state.store, id).await?;
    Ok(updated)
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

/// The worker's consent records, oldest first.
pub async fn consents(
    state: &AppState,
    user: &CurrentUser,
    id: WorkerId,
) -> Result<Vec<Consent>, ApiError> {
    allow(
        state,
        user,
        self_only(user, id),
        "read",
        "consent",
        id,
        true,
    )
    .await?;
    audit_read(state, user, "consent", id).await?;
    Ok(state.store.consents(id).await?)
}

/// The worker gives or withdraws a consent. Withdrawing
/// `sharing_with_employers` ends every employer's and agency's access to
/// the profile at once (access is decided from the latest consent on each
/// read); withdrawing `matching` takes the worker out of shortlists and
/// rounds.
pub async fn record_consent(
    state: &AppState,
    user: &CurrentUser,
    id: WorkerId,
    req: &ConsentRequest,
) -> Result<Consent, ApiError> {
    allow(
        state,
        user,
        self_only(user, id),
        "consent",
        "worker",
        id,
        true,
    )
    .await?;
    state.store.worker(id).await?;
    let c = state
        .store
        .record_consent(&user.actor(), id, req.purpose, req.given)
        .await?;
    state.matching.refresh_worker(&state.store, id).await?;
    Ok(c)
}

/// Completed placements: the proven work record that gives returning
/// workers priority (audited as a read of the worker).
pub async fn work_record(
    state: &AppState,
    user: &CurrentUser,
    id: WorkerId,
) -> Result<Vec<PlacementView>, ApiError> {
    may_read(state, user, id).await?;
    completed_placements(state, id).await
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
    Ok(all
        .items
        .into_iter()
        .filter(|p| {
            matches!(
                p.placement.status,
                PlacementStatus::Completed | PlacementStatus::Returned
            )
        })
        .collect())
}

/// A worker's record as an official reads it: the profile, the latest word
/// on each consent purpose, and the placements whose ledger the reader
/// may see.
#[derive(Debug, Clone)]
pub struct WorkerRecord {
    /// The profile.
    pub profile: WorkerProfile,
    /// Each purpose the worker has answered, with their latest answer.
    pub consents: Vec<(ConsentPurpose, bool)>,
    /// Their placements the reader may see, oldest first.
    pub placements: Vec<PlacementView>,
}

/// A worker's record, if `user` may read it: one audited read of the
/// worker (profile and consents) and one audited read per placement shown.
pub async fn record(
    state: &AppState,
    user: &CurrentUser,
    id: WorkerId,
) -> Result<WorkerRecord, ApiError> {
    let profile = read(state, user, id).await?;
    let mut consents: Vec<(ConsentPurpose, bool)> = vec![];
    for c in state.store.consents(id).await? {
        match consents.iter_mut().find(|(p, _)| *p == c.purpose) {
            Some(latest) => latest.1 = c.given,
            None => consents.push((c.purpose, c.given)),
        }
    }
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
    let p = user.principal();
    let mut placements = vec![];
    for v in all.items {
        let programme = state.store.programme(v.programme_id).await?;
        if p.may_read_ledger(
            v.placement.worker_id,
            &programme,
            v.employer_id,
            v.agency_id,
        )
        .is_ok()
        {
            placements.push(v);
        }
    }
    super::placements::audit_placements(state, user, "placement", &placements).await?;
    Ok(WorkerRecord {
        profile,
        consents,
        placements,
    })
}
