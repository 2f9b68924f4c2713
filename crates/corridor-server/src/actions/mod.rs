//! One place for each action. An action gathers the facts from the store,
//! asks the domain who may act ([`corridor_domain::access`]) and whether
//! the act is valid, writes through the store (each write with its audit
//! entry in one transaction), audits every read of personal data, and keeps
//! the matching index current. The JSON API ([`crate::api`]) and the pages
//! ([`crate::pages`]) are thin adapters over these functions: they parse
//! their input, call the action, and render its result, so no rule or
//! access decision is written twice.
//!
//! ```text
//!  api handler ─┐                         ┌─► Principal::may_* (domain)
//!               ├─► actions::<area>::<act> ├─► rules (domain) → Violations
//!  page handler ┘                         ├─► Store (write + audit, one transaction)
//!                                         └─► matching index refresh
//! ```

pub mod account;
pub mod audit_log;
pub mod job_orders;
pub mod matching;
pub mod organisations;
pub mod orientation;
pub mod placements;
pub mod programmes;
pub mod proposals;
pub mod two_factor;
pub mod users;
pub mod workers;

use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::access::{Denied, OrganisationStanding, Role};
use corridor_domain::codes::CountryCode;
use corridor_store::{AuditEntry, Page};
use schemars::JsonSchema;
use serde::Deserialize;

/// Paging parameters every list takes.
#[derive(Debug, Clone, Copy, Default, Deserialize, JsonSchema)]
pub struct Paging {
    /// Items per page (1–500, default 50).
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

impl Paging {
    /// As a store page.
    pub fn page(self) -> Page {
        Page::new(self.limit, self.offset)
    }
}

/// Today, in UTC.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Checks an access decision; a refusal is written to the audit log before
/// it is returned.
pub async fn allow(
    state: &AppState,
    user: &CurrentUser,
    decision: Result<(), Denied>,
    action: &str,
    entity: &str,
    entity_id: impl ToString,
    personal_data: bool,
) -> Result<(), ApiError> {
    if let Err(denied) = decision {
        state
            .store
            .audit(
                AuditEntry::new(&user.actor(), action, entity, entity_id, personal_data)
                    .denied()
                    .detail(denied.0.clone()),
            )
            .await?;
        return Err(denied.into());
    }
    Ok(())
}

/// A record looked up for an access decision. A record that does not
/// exist is `None` — refused by [`allow_alike`] exactly like one the caller
/// may not see — except for administrators, who may see every record and
/// are told it does not exist (404).
pub fn existing<T>(
    user: &CurrentUser,
    found: Result<T, corridor_store::StoreError>,
) -> Result<Option<T>, ApiError> {
    match found {
        Ok(x) => Ok(Some(x)),
        Err(corridor_store::StoreError::NotFound(what)) if user.principal().role == Role::Admin => {
            Err(ApiError::NotFound(what))
        }
        Err(corridor_store::StoreError::NotFound(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Checks an access decision about a record that may not exist, so that
/// the answer does not tell which ids exist: an unknown record and one the
/// caller may not see get the same status (403) and the same words
/// (`hidden`); the audit log keeps the real reason.
#[allow(clippy::too_many_arguments)]
pub async fn allow_alike(
    state: &AppState,
    user: &CurrentUser,
    decision: Result<(), Denied>,
    action: &str,
    entity: &str,
    entity_id: impl ToString,
    personal_data: bool,
    hidden: String,
) -> Result<(), ApiError> {
    allow(
        state,
        user,
        decision,
        action,
        entity,
        entity_id,
        personal_data,
    )
    .await
    .map_err(|e| match e {
        ApiError::Forbidden(_) => ApiError::Forbidden(hidden),
        other => other,
    })
}

/// Where the organisation `user` acts for stands today: an employer's
/// registration, an agency's licence on the day. Empty for roles that act
/// for no organisation (and for an organisation that is not on record).
pub async fn standing(
    state: &AppState,
    user: &CurrentUser,
) -> Result<OrganisationStanding, ApiError> {
    use corridor_store::StoreError;
    let p = user.principal();
    let mut standing = OrganisationStanding::default();
    match (p.role, p.employer_id, p.agency_id) {
        (Role::Employer, Some(e), _) => match state.store.employer(e).await {
            Ok(e) => standing.employer = Some(e.spec.status),
            Err(StoreError::NotFound(_)) => {}
            Err(e) => return Err(e.into()),
        },
        (Role::Recruiter, _, Some(a)) => match state.store.agency(a).await {
            Ok(a) => standing.licence = Some(a.spec.licence.status_on(today())),
            Err(StoreError::NotFound(_)) => {}
            Err(e) => return Err(e.into()),
        },
        _ => {}
    }
    Ok(standing)
}

/// Refuses an employer's or agency's user whose organisation is not in
/// good standing (suspended employer; licence suspended, revoked or
/// expired) with 403 and the rule's code, written to the audit log first
/// (`Principal::may_act_for_organisation`). Other roles pass.
pub async fn in_good_standing(
    state: &AppState,
    user: &CurrentUser,
    action: &str,
    entity: &str,
    entity_id: impl ToString,
) -> Result<(), ApiError> {
    let p = user.principal();
    if !matches!(p.role, Role::Employer | Role::Recruiter) {
        return Ok(());
    }
    let standing = standing(state, user).await?;
    if let Err(v) = p.may_act_for_organisation(&standing) {
        state
            .store
            .audit(
                AuditEntry::new(&user.actor(), action, entity, entity_id, false)
                    .denied()
                    .detail(
                        v.iter()
                            .map(|x| x.rule.as_str())
                            .collect::<Vec<_>>()
                            .join(","),
                    ),
            )
            .await?;
        return Err(ApiError::ForbiddenByRule(v));
    }
    Ok(())
}

/// Records a read of personal data.
pub async fn audit_read(
    state: &AppState,
    user: &CurrentUser,
    entity: &str,
    entity_id: impl ToString,
) -> Result<(), ApiError> {
    state
        .store
        .audit(AuditEntry::new(
            &user.actor(),
            "read",
            entity,
            entity_id,
            true,
        ))
        .await?;
    Ok(())
}

/// Records a list read of personal data record by record: one entry per
/// record read, each with the countries it concerns, in one transaction,
/// so "who read my record" has an answer for list reads too.
pub async fn audit_list_read<I>(
    state: &AppState,
    user: &CurrentUser,
    entity: &str,
    detail: &str,
    records: I,
) -> Result<(), ApiError>
where
    I: IntoIterator<Item = (String, Vec<CountryCode>)>,
{
    let actor = user.actor();
    let entries: Vec<AuditEntry> = records
        .into_iter()
        .map(|(id, countries)| {
            AuditEntry::new(&actor, "read", entity, id, true)
                .detail(detail)
                .concerning(countries)
        })
        .collect();
    state.store.audit_all(&entries).await?;
    Ok(())
}

/// A stored country code, as the audit log needs it (codes in the store
/// are valid; an unreadable one is left out rather than failing a read).
pub(crate) fn country(code: &str) -> Option<CountryCode> {
    CountryCode::parse(code).ok()
}
