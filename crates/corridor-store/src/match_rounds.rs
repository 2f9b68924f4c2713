//! Match rounds: the result of a round as proposed to an official, kept as
//! a JSON document, and the official's decision. Confirming a round is
//! guarded by its status, so a round is confirmed once.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::{DateTime, Utc};
use corridor_domain::access::ProgrammeScope;
use corridor_domain::ids::{ProgrammeId, UserId};
use serde::Serialize;
use sqlx::any::AnyRow;

/// A stored match round.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct MatchRoundRecord {
    /// Identifier.
    pub id: i64,
    /// The programme.
    pub programme_id: ProgrammeId,
    /// `stable` or `optimal`.
    pub mechanism: String,
    /// `proposed`, `confirmed` or `discarded`.
    pub status: String,
    /// The round's result as computed (pairs, scores, explanations, unfilled
    /// positions and unmatched workers with reasons, summary).
    pub result: serde_json::Value,
    /// Who ran it.
    pub created_by: UserId,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Who confirmed or discarded it.
    pub decided_by: Option<UserId>,
    /// When.
    pub decided_at: Option<DateTime<Utc>>,
}

const COLS: &str = "id, programme_id, mechanism, status, result_json, created_by, created_at, decided_by, decided_at";

fn from_row(r: &AnyRow) -> Result<MatchRoundRecord> {
    Ok(MatchRoundRecord {
        id: rows::int(r, "id")?,
        programme_id: ProgrammeId(rows::int(r, "programme_id")?),
        mechanism: rows::text(r, "mechanism")?,
        status: rows::text(r, "status")?,
        result: rows::json(r, "result_json")?,
        created_by: UserId(rows::int(r, "created_by")?),
        created_at: rows::instant(r, "created_at")?,
        decided_by: rows::opt_int(r, "decided_by")?.map(UserId),
        decided_at: rows::opt_text(r, "decided_at")?
            .map(|s| rows::parse_instant(&s))
            .transpose()?,
    })
}

impl Store {
    /// Stores a proposed round.
    pub async fn insert_match_round(
        &self,
        actor: &Actor,
        programme: ProgrammeId,
        mechanism: &str,
        result: &serde_json::Value,
    ) -> Result<MatchRoundRecord> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(&format!(
            "INSERT INTO match_rounds (programme_id, mechanism, status, result_json, created_by, created_at) \
             VALUES ($1, $2, 'proposed', $3, $4, $5) RETURNING {COLS}"
        ))
        .bind(programme.0)
        .bind(mechanism)
        .bind(serde_json::to_string(result)?)
        .bind(actor.user_id_or_system())
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?;
        let round = from_row(&row)?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "match_round", round.id, false)
                .detail(format!("programme={programme} mechanism={mechanism}")),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(round)
    }

    /// A round by id.
    pub async fn match_round(&self, id: i64) -> Result<MatchRoundRecord> {
        let row = sqlx::query(&format!("SELECT {COLS} FROM match_rounds WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("match round {id}")))?;
        from_row(&row)
    }

    /// Rounds of the programmes in `scope`, newest first, optionally of
    /// one programme. The scope is part of the query, so the total counts
    /// only the rounds the caller may see.
    pub async fn match_rounds(
        &self,
        programme: Option<ProgrammeId>,
        scope: &ProgrammeScope,
        page: Page,
    ) -> Result<Paged<MatchRoundRecord>> {
        let mut f = Filter::new();
        if let Some(p) = programme {
            f.int("programme_id", "=", p.0);
        }
        match scope {
            ProgrammeScope::Everything => {}
            ProgrammeScope::Origin(c) => {
                f.text_in_subquery(
                    "programme_id",
                    "SELECT id FROM programmes WHERE origin = ",
                    c.as_str(),
                );
            }
            ProgrammeScope::Destination(c) => {
                f.text_in_subquery(
                    "programme_id",
                    "SELECT id FROM programmes WHERE destination = ",
                    c.as_str(),
                );
            }
        }
        paged(
            &self.pool,
            COLS,
            "match_rounds",
            &f,
            "id DESC",
            page,
            from_row,
        )
        .await
    }

    /// Records an official's decision (`confirmed` or `discarded`) on a
    /// proposed round; a round already decided is a conflict.
    pub async fn decide_match_round(
        &self,
        actor: &Actor,
        id: i64,
        status: &str,
    ) -> Result<MatchRoundRecord> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE match_rounds SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND status = 'proposed'",
        )
        .bind(status)
        .bind(actor.user_id_or_system())
        .bind(now_text())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(format!(
                "match round {id} does not exist or was already decided"
            )));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, status, "match_round", id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        self.match_round(id).await
    }
}

/// The few facts about a placement that matching needs.
#[derive(Debug, Clone)]
pub struct PlacementSummary {
    /// The worker.
    pub worker_id: corridor_domain::ids::WorkerId,
    /// The job order.
    pub job_order_id: corridor_domain::ids::JobOrderId,
    /// Its programme.
    pub programme_id: ProgrammeId,
    /// Its employer.
    pub employer_id: corridor_domain::ids::EmployerId,
    /// ISCO-08 unit group of the job.
    pub isco: String,
    /// Current status.
    pub status: corridor_domain::placement::PlacementStatus,
    /// The worker's sex (for quotas per sex).
    pub worker_sex: corridor_domain::codes::Sex,
    /// The day the worker's selection was recorded, once they were (quota
    /// periods count selections by the day they were recorded).
    pub selected_on: Option<chrono::NaiveDate>,
}

impl Store {
    /// Every placement, in a few columns (for the matching index).
    pub async fn placement_summaries(&self) -> Result<Vec<PlacementSummary>> {
        use corridor_domain::ids::{EmployerId, JobOrderId, WorkerId};
        sqlx::query(
            "SELECT pl.worker_id, pl.job_order_id, j.programme_id, j.employer_id, j.isco, pl.status, \
             w.sex AS worker_sex, \
             (SELECT MIN(substr(e.recorded_at, 1, 10)) FROM placement_events e \
              WHERE e.placement_id = pl.id AND e.to_status = 'selected') AS selected_on \
             FROM placements pl JOIN job_orders j ON j.id = pl.job_order_id \
             JOIN workers w ON w.id = pl.worker_id ORDER BY pl.id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(PlacementSummary {
                worker_id: WorkerId(rows::int(r, "worker_id")?),
                job_order_id: JobOrderId(rows::int(r, "job_order_id")?),
                programme_id: ProgrammeId(rows::int(r, "programme_id")?),
                employer_id: EmployerId(rows::int(r, "employer_id")?),
                isco: rows::text(r, "isco")?,
                status: rows::enum_text(r, "status")?,
                worker_sex: rows::enum_text(r, "worker_sex")?,
                selected_on: rows::opt_text(r, "selected_on")?
                    .map(|d| rows::parse_date(&d))
                    .transpose()?,
            })
        })
        .collect()
    }

    /// Workers whose latest consent record for `purpose` gives it.
    pub async fn workers_with_consent(
        &self,
        purpose: corridor_domain::worker::ConsentPurpose,
    ) -> Result<std::collections::HashSet<corridor_domain::ids::WorkerId>> {
        let rows =
            sqlx::query("SELECT worker_id, given FROM consents WHERE purpose = $1 ORDER BY id")
                .bind(purpose.as_str())
                .fetch_all(&self.pool)
                .await?;
        let mut latest = std::collections::HashMap::new();
        for r in rows {
            latest.insert(rows::int(&r, "worker_id")?, rows::int(&r, "given")? != 0);
        }
        Ok(latest
            .into_iter()
            .filter(|(_, given)| *given)
            .map(|(w, _)| corridor_domain::ids::WorkerId(w))
            .collect())
    }
}
