//! The audit log over HTTP: a thin adapter over
//! [`crate::actions::audit_log`].

use crate::AppState;
use crate::actions::audit_log;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::ApiQuery;
use axum::Json;
use axum::extract::State;
use corridor_store::{AuditRecord, Paged};

pub use audit_log::AuditQuery;

/// `GET /api/v1/audit-log`: newest first, within the caller's scope.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<Paged<AuditRecord>>, ApiError> {
    Ok(Json(audit_log::list(&state, &user, &q).await?))
}
