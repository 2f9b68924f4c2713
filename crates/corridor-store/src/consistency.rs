//! The store's consistency checks: what must hold of any Corridor
//! database, whatever wrote it — after a restore from a backup, after a
//! crash, or at any time an operator asks (`corridor check`).
//!
//! - the database file itself (SQLite: `PRAGMA integrity_check` and
//!   `PRAGMA foreign_key_check`);
//! - every reference between records holds (checked by query on both
//!   backends, including the references the schema does not declare, such
//!   as an account's worker, employer or agency);
//! - each placement's status is the status its last event moved it to, its
//!   events are numbered 1, 2, 3… and each starts where the one before
//!   ended; its milestones row agrees with its events;
//! - each employer's status and each agency's licence status is the one
//!   their last history event left;
//! - the append-only tables are still guarded (their triggers exist);
//! - the fee ledger: every payment is of a positive amount, and a payment
//!   marked as a violation carries its message.
//!
//! Each check is one query that lists offending rows; a healthy database
//! answers an empty list.

use crate::{BackendKind, Result, Store};
use sqlx::Row;

/// One thing that does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inconsistency {
    /// Which check found it.
    pub check: &'static str,
    /// What was found (record ids, never personal data).
    pub detail: String,
}

impl std::fmt::Display for Inconsistency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.check, self.detail)
    }
}

/// A reference between records: `(check, query listing the ids of rows
/// whose reference leads nowhere)`.
const REFERENCES: &[(&str, &str)] = &[
    (
        "sessions.user_id",
        "SELECT s.user_id FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE u.id IS NULL",
    ),
    (
        "api_tokens.user_id",
        "SELECT t.user_id FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id WHERE u.id IS NULL",
    ),
    (
        "users.worker_id",
        "SELECT u.id FROM users u LEFT JOIN workers w ON w.id = u.worker_id WHERE u.worker_id IS NOT NULL AND w.id IS NULL",
    ),
    (
        "users.employer_id",
        "SELECT u.id FROM users u LEFT JOIN employers e ON e.id = u.employer_id WHERE u.employer_id IS NOT NULL AND e.id IS NULL",
    ),
    (
        "users.agency_id",
        "SELECT u.id FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.agency_id IS NOT NULL AND a.id IS NULL",
    ),
    (
        "job_orders.programme_id",
        "SELECT j.id FROM job_orders j LEFT JOIN programmes p ON p.id = j.programme_id WHERE p.id IS NULL",
    ),
    (
        "job_orders.employer_id",
        "SELECT j.id FROM job_orders j LEFT JOIN employers e ON e.id = j.employer_id WHERE e.id IS NULL",
    ),
    (
        "job_orders.agency_id",
        "SELECT j.id FROM job_orders j LEFT JOIN agencies a ON a.id = j.agency_id WHERE j.agency_id IS NOT NULL AND a.id IS NULL",
    ),
    (
        "consents.worker_id",
        "SELECT c.id FROM consents c LEFT JOIN workers w ON w.id = c.worker_id WHERE w.id IS NULL",
    ),
    (
        "placements.job_order_id",
        "SELECT pl.id FROM placements pl LEFT JOIN job_orders j ON j.id = pl.job_order_id WHERE j.id IS NULL",
    ),
    (
        "placements.worker_id",
        "SELECT pl.id FROM placements pl LEFT JOIN workers w ON w.id = pl.worker_id WHERE w.id IS NULL",
    ),
    (
        "placement_events.placement_id",
        "SELECT e.placement_id FROM placement_events e LEFT JOIN placements pl ON pl.id = e.placement_id WHERE pl.id IS NULL",
    ),
    (
        "payments.placement_id",
        "SELECT pay.id FROM payments pay LEFT JOIN placements pl ON pl.id = pay.placement_id WHERE pl.id IS NULL",
    ),
    (
        "placement_milestones.placement_id",
        "SELECT m.placement_id FROM placement_milestones m LEFT JOIN placements pl ON pl.id = m.placement_id WHERE pl.id IS NULL",
    ),
    (
        "match_rounds.programme_id",
        "SELECT r.id FROM match_rounds r LEFT JOIN programmes p ON p.id = r.programme_id WHERE p.id IS NULL",
    ),
    (
        "proposals.job_order_id",
        "SELECT pr.id FROM proposals pr LEFT JOIN job_orders j ON j.id = pr.job_order_id WHERE j.id IS NULL",
    ),
    (
        "proposals.worker_id",
        "SELECT pr.id FROM proposals pr LEFT JOIN workers w ON w.id = pr.worker_id WHERE w.id IS NULL",
    ),
    (
        "proposals.placement_id",
        "SELECT pr.id FROM proposals pr LEFT JOIN placements pl ON pl.id = pr.placement_id WHERE pr.placement_id IS NOT NULL AND pl.id IS NULL",
    ),
    (
        "audit_countries.audit_id",
        "SELECT c.audit_id FROM audit_countries c LEFT JOIN audit_log a ON a.id = c.audit_id WHERE a.id IS NULL",
    ),
    (
        "licence_events.agency_id",
        "SELECT e.id FROM licence_events e LEFT JOIN agencies a ON a.id = e.agency_id WHERE a.id IS NULL",
    ),
    (
        "employer_events.employer_id",
        "SELECT e.id FROM employer_events e LEFT JOIN employers x ON x.id = e.employer_id WHERE x.id IS NULL",
    ),
];

/// Facts the records must agree on: `(check, query listing offending ids)`.
const AGREEMENTS: &[(&str, &str)] = &[
    (
        "a placement's status is its last event's",
        "SELECT pl.id FROM placements pl LEFT JOIN placement_events e ON e.placement_id = pl.id \
         AND e.seq = (SELECT MAX(seq) FROM placement_events x WHERE x.placement_id = pl.id) \
         WHERE e.to_status IS NULL OR e.to_status <> pl.status",
    ),
    (
        "a placement's events are numbered from 1 without a gap",
        "SELECT placement_id FROM placement_events GROUP BY placement_id \
         HAVING MIN(seq) <> 1 OR MAX(seq) <> COUNT(*)",
    ),
    (
        "a placement's first event starts from nothing",
        "SELECT placement_id FROM placement_events WHERE seq = 1 AND from_status IS NOT NULL",
    ),
    (
        "each placement event starts where the one before ended",
        "SELECT e.placement_id FROM placement_events e JOIN placement_events prev \
         ON prev.placement_id = e.placement_id AND prev.seq = e.seq - 1 \
         WHERE e.from_status IS NULL OR e.from_status <> prev.to_status",
    ),
    (
        "each placement has its milestones row",
        "SELECT pl.id FROM placements pl LEFT JOIN placement_milestones m ON m.placement_id = pl.id \
         WHERE m.placement_id IS NULL OR m.job_order_id <> pl.job_order_id OR m.worker_id <> pl.worker_id",
    ),
    (
        "a placement's departure milestone agrees with its events",
        "SELECT m.placement_id FROM placement_milestones m \
         WHERE (m.departed_on IS NOT NULL) <> EXISTS (SELECT 1 FROM placement_events e \
         WHERE e.placement_id = m.placement_id AND e.to_status = 'departed')",
    ),
    (
        "an employer's status is its last registration event's",
        "SELECT x.id FROM employers x JOIN employer_events e ON e.employer_id = x.id \
         AND e.id = (SELECT MAX(id) FROM employer_events y WHERE y.employer_id = x.id) \
         WHERE e.status <> x.status",
    ),
    (
        "an agency's licence status is its last licence event's",
        "SELECT a.id FROM agencies a JOIN licence_events e ON e.agency_id = a.id \
         AND e.id = (SELECT MAX(id) FROM licence_events y WHERE y.agency_id = a.id) \
         WHERE e.status <> a.licence_status",
    ),
    (
        "an accepted proposal names its placement",
        "SELECT id FROM proposals WHERE status = 'accepted' AND placement_id IS NULL",
    ),
    (
        "every payment is of a positive amount",
        "SELECT id FROM payments WHERE amount_minor <= 0",
    ),
    (
        "a payment marked as a violation carries its message",
        "SELECT id FROM payments WHERE (violation_kind IS NULL) <> (violation_message IS NULL)",
    ),
];

/// The triggers that keep the append-only tables append-only.
const SQLITE_TRIGGERS: &[&str] = &[
    "placement_events_immutable_update",
    "placement_events_immutable_delete",
    "payments_immutable_update",
    "payments_immutable_delete",
    "audit_immutable_update",
    "audit_immutable_delete",
    "audit_countries_immutable_update",
    "audit_countries_immutable_delete",
    "licence_events_immutable_update",
    "licence_events_immutable_delete",
    "employer_events_immutable_update",
    "employer_events_immutable_delete",
];
const POSTGRES_TRIGGERS: &[&str] = &[
    "placement_events_immutable",
    "payments_immutable",
    "audit_immutable",
    "audit_countries_immutable",
    "licence_events_immutable",
    "employer_events_immutable",
];

/// At most this many offending ids are named per check.
const NAMED: usize = 10;

impl Store {
    /// Runs every consistency check and lists what does not hold (empty
    /// when the database is consistent). Reads only.
    pub async fn check_consistency(&self) -> Result<Vec<Inconsistency>> {
        let mut found = Vec::new();
        if self.backend == BackendKind::Sqlite {
            let rows = sqlx::query("PRAGMA integrity_check")
                .fetch_all(&self.pool)
                .await?;
            for r in rows {
                let line: String = r.try_get(0)?;
                if line != "ok" {
                    found.push(Inconsistency {
                        check: "SQLite integrity_check",
                        detail: line,
                    });
                }
            }
            let rows = sqlx::query("PRAGMA foreign_key_check")
                .fetch_all(&self.pool)
                .await?;
            for r in rows.iter().take(NAMED) {
                let table: String = r.try_get(0)?;
                let parent: String = r.try_get(2)?;
                found.push(Inconsistency {
                    check: "SQLite foreign_key_check",
                    detail: format!("a row of {table} refers to a missing row of {parent}"),
                });
            }
        }
        for (check, sql) in REFERENCES {
            if let Some(detail) = offenders(self, sql).await? {
                found.push(Inconsistency {
                    check,
                    detail: format!("refers to a missing record: {detail}"),
                });
            }
        }
        for (check, sql) in AGREEMENTS {
            if let Some(detail) = offenders(self, sql).await? {
                found.push(Inconsistency { check, detail });
            }
        }
        let (sql, expected) = match self.backend {
            BackendKind::Sqlite => (
                "SELECT name FROM sqlite_master WHERE type = 'trigger'",
                SQLITE_TRIGGERS,
            ),
            BackendKind::Postgres => (
                "SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal",
                POSTGRES_TRIGGERS,
            ),
        };
        let present: Vec<String> = sqlx::query(sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get::<String, _>(0))
            .collect::<std::result::Result<_, _>>()?;
        for name in expected {
            if !present.iter().any(|p| p == name) {
                found.push(Inconsistency {
                    check: "the append-only tables are guarded",
                    detail: format!("trigger {name} is missing"),
                });
            }
        }
        Ok(found)
    }
}

/// Runs a query listing offending ids; `None` when it lists none, else
/// how many and the first few.
async fn offenders(store: &Store, sql: &str) -> Result<Option<String>> {
    let rows = sqlx::query(sql).fetch_all(&store.pool).await?;
    if rows.is_empty() {
        return Ok(None);
    }
    let ids: Vec<String> = rows
        .iter()
        .take(NAMED)
        .map(|r| {
            r.try_get::<i64, _>(0)
                .map(|v| v.to_string())
                .unwrap_or_else(|_| "?".into())
        })
        .collect();
    Ok(Some(format!(
        "{} record(s), ids {}{}",
        rows.len(),
        ids.join(", "),
        if rows.len() > NAMED { ", …" } else { "" }
    )))
}

/// Tables whose rows make a database "not empty" for `corridor restore`.
const RECORD_TABLES: [&str; 8] = [
    "users",
    "programmes",
    "employers",
    "agencies",
    "workers",
    "job_orders",
    "placements",
    "audit_log",
];

impl Store {
    /// How many records the database holds (accounts, programmes,
    /// organisations, job orders, workers, placements, audit entries); 0
    /// for a database not yet migrated.
    pub async fn record_count(&self) -> Result<i64> {
        let mut n = 0;
        for table in RECORD_TABLES {
            // A database not yet migrated has no tables: it is empty.
            if let Ok(count) =
                sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
                    .fetch_one(&self.pool)
                    .await
            {
                n += count;
            }
        }
        Ok(n)
    }

    /// Writes one consistent snapshot of a SQLite database to a new file
    /// at `path` (`VACUUM INTO`), while other connections keep reading and
    /// writing. PostgreSQL is backed up with `pg_dump` instead.
    pub async fn vacuum_into(&self, path: &std::path::Path) -> Result<()> {
        if self.backend != BackendKind::Sqlite {
            return Err(crate::StoreError::Config(
                "VACUUM INTO is SQLite's; back up PostgreSQL with pg_dump".into(),
            ));
        }
        sqlx::query("VACUUM INTO $1")
            .bind(path.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
