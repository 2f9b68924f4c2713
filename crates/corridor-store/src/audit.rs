//! The audit log: every write, every read of personal data and every
//! refusal, with who, when, what and whether it was allowed. Append-only
//! (database triggers refuse updates and deletes). It records identifiers,
//! never the personal data itself.
//!
//! Each entry also records the countries it concerns (`audit_countries`):
//! the two countries of the programme behind a placement, job order or
//! round; a worker's citizenships and residence; an organisation's or
//! user's country; and the acting official's own country. The caller may
//! name them; otherwise [`write`] looks them up from the record named, so
//! no entry is left without its countries by a forgetful caller. An
//! official reads only the entries of their own country
//! ([`AuditScope`]).

use crate::query::{Filter, paged};
use crate::rows::{self, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::{DateTime, Utc};
use corridor_domain::access::{AuditScope, Principal, Role};
use corridor_domain::codes::CountryCode;
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
    /// An official's country (their own acts are in its part of the log).
    pub country: Option<CountryCode>,
}

impl Actor {
    /// The system itself.
    pub fn system() -> Self {
        Actor {
            user_id: None,
            role: None,
            country: None,
        }
    }

    /// A user acting in `role`, bound to no country.
    pub fn user(user_id: UserId, role: Role) -> Self {
        Actor {
            user_id: Some(user_id),
            role: Some(role),
            country: None,
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
            country: p.country.clone(),
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
    /// The countries the entry concerns, when the caller knows them; empty
    /// to have them looked up from the record.
    pub countries: Vec<CountryCode>,
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
            countries: vec![],
        }
    }

    /// The same entry, concerning `countries` (no look-up needed).
    pub fn concerning(mut self, countries: impl IntoIterator<Item = CountryCode>) -> Self {
        self.countries.extend(countries);
        self
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
    let row = sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, actor_role, action, entity, entity_id, personal_data, outcome, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
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
    .fetch_one(&mut *conn)
    .await?;
    let id = rows::int(&row, "id")?;
    let mut countries: Vec<String> = e.countries.iter().map(|c| c.to_string()).collect();
    if countries.is_empty() {
        countries = countries_of(conn, &e.entity, &e.entity_id).await?;
    }
    countries.extend(e.actor.country.as_ref().map(|c| c.to_string()));
    countries.sort();
    countries.dedup();
    for c in countries {
        sqlx::query("INSERT INTO audit_countries (audit_id, country) VALUES ($1, $2)")
            .bind(id)
            .bind(c)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Writes several entries in one transaction (a list read: one entry per
/// record read).
pub(crate) async fn write_all(conn: &mut AnyConnection, entries: &[AuditEntry]) -> Result<()> {
    for e in entries {
        write(conn, e).await?;
    }
    Ok(())
}

/// The countries a record concerns, looked up by the kind of record an
/// entry names. Lists and unknown kinds concern no country of their own.
async fn countries_of(
    conn: &mut AnyConnection,
    entity: &str,
    entity_id: &str,
) -> Result<Vec<String>> {
    const PROGRAMME: &str = "SELECT origin, destination FROM programmes WHERE id = $1";
    const JOB_ORDER: &str = "SELECT p.origin, p.destination FROM job_orders j JOIN programmes p ON p.id = j.programme_id WHERE j.id = $1";
    const PLACEMENT: &str = "SELECT p.origin, p.destination FROM placements pl JOIN job_orders j ON j.id = pl.job_order_id \
                             JOIN programmes p ON p.id = j.programme_id WHERE pl.id = $1";
    const WORKER: &str =
        "SELECT citizenships AS origin, residence AS destination FROM workers WHERE id = $1";
    const PROPOSAL: &str = "SELECT p.origin, p.destination FROM proposals pr JOIN job_orders j ON j.id = pr.job_order_id \
                            JOIN programmes p ON p.id = j.programme_id WHERE pr.id = $1 \
                            UNION ALL SELECT w.citizenships, w.residence FROM proposals pr JOIN workers w ON w.id = pr.worker_id WHERE pr.id = $1";
    const ROUND: &str = "SELECT p.origin, p.destination FROM match_rounds r JOIN programmes p ON p.id = r.programme_id WHERE r.id = $1";
    const EMPLOYER: &str =
        "SELECT country AS origin, '' AS destination FROM employers WHERE id = $1";
    const AGENCY: &str = "SELECT country AS origin, '' AS destination FROM agencies WHERE id = $1";
    const USER: &str =
        "SELECT COALESCE(country, '') AS origin, '' AS destination FROM users WHERE id = $1";
    let sql = match entity {
        "programme" => PROGRAMME,
        "job_order" | "job_order_candidates" | "shortlist" => JOB_ORDER,
        "placement" | "placement_events" | "ledger" => PLACEMENT,
        "worker" | "consent" | "recommendations" | "work_record" | "worker_data" => WORKER,
        "proposal" => PROPOSAL,
        "match_round" | "match_round_pairs" => ROUND,
        "employer" => EMPLOYER,
        "agency" => AGENCY,
        "user" => USER,
        _ => return Ok(vec![]),
    };
    let Ok(id) = entity_id.parse::<i64>() else {
        return Ok(vec![]);
    };
    let mut out = vec![];
    for r in sqlx::query(sql).bind(id).fetch_all(&mut *conn).await? {
        for col in ["origin", "destination"] {
            // A worker's citizenships are stored space-separated.
            out.extend(rows::text(&r, col)?.split_whitespace().map(str::to_string));
        }
    }
    Ok(out)
}

impl Store {
    /// Writes one audit entry on its own (reads and refusals; writes log
    /// inside their own transaction).
    pub async fn audit(&self, entry: AuditEntry) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        write(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes entries in one transaction: a list read audited record by
    /// record.
    pub async fn audit_all(&self, entries: &[AuditEntry]) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        write_all(&mut tx, entries).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Lists audit entries within `scope`, newest first.
    pub async fn audit_log(
        &self,
        filter: &AuditFilter,
        scope: &AuditScope,
        page: Page,
    ) -> Result<Paged<AuditRecord>> {
        let mut f = Filter::new();
        if let AuditScope::Country(c) = scope {
            f.text_in_subquery(
                "id",
                "SELECT audit_id FROM audit_countries WHERE country = ",
                c.to_string(),
            );
        }
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
