//! The audit log: every write, every read of personal data and every
//! refusal, with who, when, what and whether it was allowed. Append-only
//! (database triggers refuse updates and deletes). It records identifiers,
//! never the personal data itself.

use crate::query::{Filter, paged};
use crate::rows::{self, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::{DateTime, Utc};
use corridor_domain::access::{Principal, Role};
use corridor_domain::ids::UserId;
use serde::Serialize;
use sqlx::AnyConnection;

/// Who acts: a signed-in principal, or the system itself (migrations, the
/// demo generator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The user, when a person acts.
    pub user_id: Option<UserId>,
    /// Their role.
    pub role: Option<Role>,
}

impl Actor {
    /// The system itself.
    pub fn system() -> Self {
        Actor {
            user_id: None,
            role: None,
        }
    }

    /// The user's id, or 0 for the system (in event tables that require one).
    pub fn user_id_or_system(&self) -> i64 {
        self.user_id.map_or(0, |u| u.0)
    }
}

impl From<&Principal> for Actor {
    fn from(p: &Principal) -> Self {
        Actor {
            user_id: Some(p.user_id),
            role: Some(p.role),
        }
    }
}

/// Whether the audited action went ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It went ahead.
    Allowed,
    /// It was refused by an access rule.
    Denied,
}

/// One entry to write.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    /// Who.
    pub actor: Actor,
    /// What (`create`, `read`, `transition`, `sign_in`…).
    pub action: String,
    /// On what kind of record (`worker`, `placement`…).
    pub entity: String,
    /// Which record.
    pub entity_id: String,
    /// True when personal data was read or written.
    pub personal_data: bool,
    /// Allowed or denied.
    pub outcome: Outcome,
    /// Context without personal data (a status change, a rule code).
    pub detail: String,
}

impl AuditEntry {
    /// An allowed action on a record.
    pub fn new(
        actor: &Actor,
        action: &str,
        entity: &str,
        entity_id: impl ToString,
        personal_data: bool,
    ) -> Self {
        AuditEntry {
            actor: actor.clone(),
            action: action.into(),
            entity: entity.into(),
            entity_id: entity_id.to_string(),
            personal_data,
            outcome: Outcome::Allowed,
            detail: String::new(),
        }
    }

    /// The same entry with a detail.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }

    /// The same entry, marked as refused.
    pub fn denied(mut self) -> Self {
        self.outcome = Outcome::Denied;
        self
    }
}

/// An entry as stored.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AuditRecord {
    /// Sequence number.
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub actor_user_id: Option<i64>,
    /// Their role.
    pub actor_role: Option<String>,
    /// What.
    pub action: String,
    /// On what kind of record.
    pub entity: String,
    /// Which record.
    pub entity_id: String,
    /// Personal data involved.
    pub personal_data: bool,
    /// Allowed or denied.
    pub outcome: String,
    /// Context.
    pub detail: String,
}

/// Which audit entries to list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only this kind of record.
    pub entity: Option<String>,
    /// Only this record.
    pub entity_id: Option<String>,
    /// Only this user's actions.
    pub actor_user_id: Option<i64>,
    /// Only this action.
    pub action: Option<String>,
}

pub(crate) async fn write(conn: &mut AnyConnection, e: &AuditEntry) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, actor_role, action, entity, entity_id, personal_data, outcome, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(now_text())
    .bind(e.actor.user_id.map(|u| u.0))
    .bind(e.actor.role.map(|r| r.as_str().to_string()))
    .bind(&e.action)
    .bind(&e.entity)
    .bind(&e.entity_id)
    .bind(e.personal_data as i64)
    .bind(match e.outcome {
        Outcome::Allowed => "allowed",
        Outcome::Denied => "denied",
    })
    .bind(&e.detail)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Writes one audit entry on its own (reads and refusals; writes log
    /// inside their own transaction).
    pub async fn audit(&self, entry: AuditEntry) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        write(&mut conn, &entry).await
    }

    /// Lists audit entries, newest first.
    pub async fn audit_log(&self, filter: &AuditFilter, page: Page) -> Result<Paged<AuditRecord>> {
        let mut f = Filter::new();
        if let Some(e) = &filter.entity {
            f.text("entity", "=", e.clone());
        }
        if let Some(e) = &filter.entity_id {
            f.text("entity_id", "=", e.clone());
        }
        if let Some(a) = &filter.action {
            f.text("action", "=", a.clone());
        }
        if let Some(id) = filter.actor_user_id {
            f.int("actor_user_id", "=", id);
        }
        paged(
            &self.pool,
            "id, at, actor_user_id, actor_role, action, entity, entity_id, personal_data, outcome, detail",
            "audit_log",
            &f,
            "id DESC",
            page,
            |r| {
                Ok(AuditRecord {
                    id: rows::int(r, "id")?,
                    at: rows::instant(r, "at")?,
                    actor_user_id: rows::opt_int(r, "actor_user_id")?,
                    actor_role: rows::opt_text(r, "actor_role")?,
                    action: rows::text(r, "action")?,
                    entity: rows::text(r, "entity")?,
                    entity_id: rows::text(r, "entity_id")?,
                    personal_data: rows::int(r, "personal_data")? != 0,
                    outcome: rows::text(r, "outcome")?,
                    detail: rows::text(r, "detail")?,
                })
            },
        )
        .await
    }
}
