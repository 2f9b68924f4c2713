//! The audit log, for officials and administrators.

use super::allow;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::ApiQuery;
use axum::Json;
use axum::extract::State;
use corridor_store::{AuditFilter, AuditRecord, Page, Paged};
use schemars::JsonSchema;
use serde::Deserialize;

/// Which entries to list.
#[derive(Debug, Deserialize, JsonSchema)]
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

/// `GET /api/v1/audit-log`: newest first.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<Paged<AuditRecord>>, ApiError> {
    allow(
        &state,
        &user,
        user.principal().may_read_audit_log(),
        "read",
        "audit_log",
        "*",
        false,
    )
    .await?;
    let filter = AuditFilter {
        entity: q.entity,
        entity_id: q.entity_id,
        actor_user_id: q.actor,
        action: q.action,
    };
    Ok(Json(
        state
            .store
            .audit_log(&filter, Page::new(q.limit, q.offset))
            .await?,
    ))
}
