//! Employers (registered by destination officials of their country) and
//! recruiting agencies (licensed by officials of the issuing country), and
//! the history of each licence and registration.
//!
//! Agencies, their licences and the history of each licence (with the
//! reasons given) are public, so a worker can check a recruiter before
//! paying anything, as the ILO/ITUC Migrant Recruitment Advisor does.
//! Employers are listed to signed-in users. A licence's status and validity,
//! and an employer's status, change only through [`change_licence`] and
//! [`change_employer`], which keep the reason; replacing an organisation's
//! details cannot change them.
//!
//! ```text
//! page / API ─► change_licence ─► Principal::may_license_agency(issuing country)
//!                                 └► Store::change_licence ─► (row locked) licensing::apply_licence_change
//!                                                            ─► agency + licence_events + audit_log, one transaction
//! ```

use super::{Paging, allow, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::Violations;
use corridor_domain::access::Role;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::job_order::JobOrder;
use corridor_domain::licensing::{EmployerChange, EmployerEvent, LicenceChange, LicenceEvent};
use corridor_domain::organisation::{
    Agency, AgencySpec, Employer, EmployerSpec, EmployerStatus, LicenceStatus,
};
use corridor_store::{JobOrderFilter, Page, Paged};

fn changed_by_action(v: &mut Violations, field: &str, what: &str) {
    v.push(
        field,
        "changed_by_action",
        format!(
            "{what} changes only through its own actions, which keep the reason in its history"
        ),
    );
}

// ---------------------------------------------------------------- employers

/// Employers, optionally of one country (signed-in users).
pub async fn employers(
    state: &AppState,
    country: Option<&CountryCode>,
    page: Page,
) -> Result<Paged<Employer>, ApiError> {
    Ok(state.store.employers(country, page).await?)
}

/// One employer (signed-in users).
pub async fn employer(state: &AppState, id: EmployerId) -> Result<Employer, ApiError> {
    Ok(state.store.employer(id).await?)
}

/// An employer's registration history, oldest first (signed-in users).
pub async fn employer_history(
    state: &AppState,
    id: EmployerId,
) -> Result<Vec<EmployerEvent>, ApiError> {
    state.store.employer(id).await?;
    Ok(state.store.employer_events(id).await?)
}

/// A destination official of the employer's country (or an administrator)
/// registers an employer, active.
pub async fn register_employer(
    state: &AppState,
    user: &CurrentUser,
    spec: &EmployerSpec,
) -> Result<Employer, ApiError> {
    allow(
        state,
        user,
        user.principal().may_manage_employer(&spec.country),
        "create",
        "employer",
        "new",
        false,
    )
    .await?;
    let mut v = spec.validate().err().unwrap_or_default();
    if spec.status != EmployerStatus::Active {
        changed_by_action(
            &mut v,
            "status",
            "an employer is registered active; its status",
        );
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    Ok(state.store.insert_employer(&user.actor(), spec).await?)
}

/// Replaces an employer's details (officials of its country, before and
/// after). Its status is changed by [`change_employer`] only.
pub async fn update_employer(
    state: &AppState,
    user: &CurrentUser,
    id: EmployerId,
    spec: &EmployerSpec,
) -> Result<Employer, ApiError> {
    let current = state.store.employer(id).await?;
    for country in [&current.spec.country, &spec.country] {
        allow(
            state,
            user,
            user.principal().may_manage_employer(country),
            "update",
            "employer",
            id,
            false,
        )
        .await?;
    }
    let mut v = spec.validate().err().unwrap_or_default();
    if spec.status != current.spec.status {
        changed_by_action(&mut v, "status", "an employer's status");
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    Ok(state.store.update_employer(&user.actor(), id, spec).await?)
}

/// Suspends or reinstates an employer, with the reason kept in its
/// history (destination officials of its country, administrators).
pub async fn change_employer(
    state: &AppState,
    user: &CurrentUser,
    id: EmployerId,
    change: &EmployerChange,
) -> Result<(Employer, EmployerEvent), ApiError> {
    let current = state.store.employer(id).await?;
    allow(
        state,
        user,
        user.principal().may_manage_employer(&current.spec.country),
        change.action.as_str(),
        "employer",
        id,
        false,
    )
    .await?;
    let changed = state
        .store
        .change_employer(&user.actor(), id, change)
        .await?;
    refresh_job_orders(
        state,
        JobOrderFilter {
            employer_id: Some(id),
            ..Default::default()
        },
    )
    .await?;
    Ok(changed)
}

/// Brings the matching index up to date for the open job orders an
/// organisation's change of standing affects: a suspended employer's or
/// unlicensed agency's job orders leave shortlists, recommendations and
/// rounds, and come back when it is reinstated.
async fn refresh_job_orders(state: &AppState, mut filter: JobOrderFilter) -> Result<(), ApiError> {
    filter.status = Some(corridor_domain::job_order::JobOrderStatus::Open);
    for jo in state.store.job_orders(&filter, Page::all()).await?.items {
        state
            .matching
            .refresh_job_order(&state.store, jo.id)
            .await?;
    }
    Ok(())
}

// ----------------------------------------------------------------- agencies

/// Agencies and their licences, optionally of one country (public).
pub async fn agencies(
    state: &AppState,
    country: Option<&CountryCode>,
    page: Page,
) -> Result<Paged<Agency>, ApiError> {
    Ok(state.store.agencies(country, page).await?)
}

/// One agency and its licence (public).
pub async fn agency(state: &AppState, id: AgencyId) -> Result<Agency, ApiError> {
    Ok(state.store.agency(id).await?)
}

/// A licence's history with the reasons given, oldest first (public).
pub async fn licence_history(
    state: &AppState,
    id: AgencyId,
) -> Result<Vec<LicenceEvent>, ApiError> {
    state.store.agency(id).await?;
    Ok(state.store.licence_events(id).await?)
}

/// An official of the issuing country (or an administrator) licenses a
/// recruiting agency; the licence is issued active.
pub async fn license_agency(
    state: &AppState,
    user: &CurrentUser,
    spec: &AgencySpec,
) -> Result<Agency, ApiError> {
    allow(
        state,
        user,
        user.principal()
            .may_license_agency(&spec.licence.issuing_country),
        "create",
        "agency",
        "new",
        false,
    )
    .await?;
    let mut v = spec.validate().err().unwrap_or_default();
    if spec.licence.status != LicenceStatus::Active {
        changed_by_action(
            &mut v,
            "licence.status",
            "a licence is issued active; its status",
        );
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    Ok(state.store.insert_agency(&user.actor(), spec).await?)
}

/// Replaces an agency's details (officials of the issuing country, before
/// and after). The licence's status and validity are changed by
/// [`change_licence`] only.
pub async fn update_agency(
    state: &AppState,
    user: &CurrentUser,
    id: AgencyId,
    spec: &AgencySpec,
) -> Result<Agency, ApiError> {
    let current = state.store.agency(id).await?;
    for country in [
        &current.spec.licence.issuing_country,
        &spec.licence.issuing_country,
    ] {
        allow(
            state,
            user,
            user.principal().may_license_agency(country),
            "update",
            "agency",
            id,
            false,
        )
        .await?;
    }
    let mut v = spec.validate().err().unwrap_or_default();
    if spec.licence.status != current.spec.licence.status {
        changed_by_action(&mut v, "licence.status", "a licence's status");
    }
    if spec.licence.valid_until != current.spec.licence.valid_until {
        changed_by_action(&mut v, "licence.valid_until", "a licence's validity");
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    Ok(state.store.update_agency(&user.actor(), id, spec).await?)
}

/// Renews, suspends, reinstates, revokes or expires a licence, with the
/// reason kept in its public history (officials of the issuing country,
/// administrators). Every rule broken is listed at once.
pub async fn change_licence(
    state: &AppState,
    user: &CurrentUser,
    id: AgencyId,
    change: &LicenceChange,
) -> Result<(Agency, LicenceEvent), ApiError> {
    let current = state.store.agency(id).await?;
    allow(
        state,
        user,
        user.principal()
            .may_license_agency(&current.spec.licence.issuing_country),
        change.action.as_str(),
        "agency",
        id,
        false,
    )
    .await?;
    let changed = state
        .store
        .change_licence(&user.actor(), id, change, today())
        .await?;
    refresh_job_orders(
        state,
        JobOrderFilter {
            agency_id: Some(id),
            ..Default::default()
        },
    )
    .await?;
    Ok(changed)
}

/// A recruiter's own agency: its licence, the licence's history, and a
/// page of the job orders the agency handles (in every state).
pub struct OwnAgency {
    /// The agency.
    pub agency: Agency,
    /// Its licence's history, oldest first.
    pub history: Vec<LicenceEvent>,
    /// Job orders it handles, in the order they were posted.
    pub job_orders: Paged<JobOrder>,
}

/// The signed-in recruiter's agency.
pub async fn own_agency(
    state: &AppState,
    user: &CurrentUser,
    paging: Paging,
) -> Result<OwnAgency, ApiError> {
    let p = user.principal();
    let id = match (p.role, p.agency_id) {
        (Role::Recruiter, Some(id)) => id,
        (Role::Recruiter, None) => {
            return Err(ApiError::Forbidden(
                "this recruiter's account names no agency; an administrator must set it".into(),
            ));
        }
        _ => {
            return Err(ApiError::Forbidden(
                "this page is for recruiters; their agency is on it".into(),
            ));
        }
    };
    let agency = state.store.agency(id).await?;
    let history = state.store.licence_events(id).await?;
    let job_orders = state
        .store
        .job_orders(
            &JobOrderFilter {
                agency_id: Some(id),
                ..Default::default()
            },
            paging.page(),
        )
        .await?;
    Ok(OwnAgency {
        agency,
        history,
        job_orders,
    })
}
