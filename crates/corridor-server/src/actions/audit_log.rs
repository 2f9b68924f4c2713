//! The audit log, for officials (their own country's part) and
//! administrators (all of it). Reading the log is itself audited, with
//! the filter used.

use super::allow;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::access::AuditScope;
use corridor_store::{AuditEntry, AuditFilter, AuditRecord, Page, Paged};
use schemars::JsonSchema;
use serde::Deserialize;

/// Which entries to list.
#[derive(Debug, Default, Deserialize, JsonSchema)]
pub struct AuditQuery {
    /// Kind of record (`worker`, `placement`…).
    pub entity: Option<String>,
    /// Record id.
    pub entity_id: Option<String>,
    /// Acting user id.
    pub actor: Option<i64>,
    /// Action (`read`, `transition`…).
    pub action: Option<String>,
    /// Items per page.
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// The entries of the caller's scope, newest first.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    q: &AuditQuery,
) -> Result<Paged<AuditRecord>, ApiError> {
    let scope = user.principal().audit_scope();
    let decision = scope.as_ref().map(|_| ()).map_err(Clone::clone);
    allow(state, user, decision, "read", "audit_log", "*", true).await?;
    let scope = scope.map_err(ApiError::from)?;
    let filter = AuditFilter {
        entity: q.entity.clone(),
        entity_id: q.entity_id.clone(),
        actor_user_id: q.actor,
        action: q.action.clone(),
    };
    let page = Page::new(q.limit, q.offset);
    let list = state.store.audit_log(&filter, &scope, page).await?;
    let within = match &scope {
        AuditScope::Everything => "everything".to_string(),
        AuditScope::Country(c) => c.to_string(),
    };
    state
        .store
        .audit(
            AuditEntry::new(&user.actor(), "read", "audit_log", "*", true).detail(format!(
                "scope={within} entity={} entity_id={} actor={} action={} offset={} entries={}",
                filter.entity.as_deref().unwrap_or("*"),
                filter.entity_id.as_deref().unwrap_or("*"),
                filter.actor_user_id.map_or("*".into(), |a| a.to_string()),
                filter.action.as_deref().unwrap_or("*"),
                page.offset,
                list.items.len()
            )),
        )
        .await?;
    Ok(list)
}
