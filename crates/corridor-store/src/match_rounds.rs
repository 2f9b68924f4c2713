//! Match rounds: the result of a round as proposed to an official, kept as
//! a JSON document, and the official's decision. A round is decided once:
//! the decision is guarded by its status here and by a trigger in the
//! database, which refuses any other change to a round (migration 0007).
//!
//! Confirming is one transaction ([`Store::confirm_match_round`]): the
//! round is marked confirmed, then each pair's facts are read again under
//! the locks that serialise selections (the programme's row, the worker's
//! row, the job order's row) and checked by
//! [`corridor_domain::round::check_pair`]; a pair breaking a rule is
//! skipped with every rule listed, the others are put forward with their
//! events and audit entries. It all commits together or not at all.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::placements::{
    SelectionLimits, check_room, create_placement_in, lock_programme, positions_taken_in,
    transition_in,
};
use crate::query::{Filter, paged};
use crate::rows::{self, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::{DateTime, NaiveDate, Utc};
use corridor_domain::Violations;
use corridor_domain::access::ProgrammeScope;
use corridor_domain::ids::{JobOrderId, PlacementId, ProgrammeId, UserId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::organisation::{AgencySpec, EmployerStatus};
use corridor_domain::placement::{PlacementStatus, TransitionRequest};
use corridor_domain::round::{PairFacts, check_pair};
use corridor_domain::worker::ConsentPurpose;
use serde::Serialize;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;
use std::collections::HashSet;

/// One proposed pair of a round to put forward on confirmation.
#[derive(Debug, Clone)]
pub struct RoundPair {
    /// The worker.
    pub worker: WorkerId,
    /// The job order.
    pub job_order: JobOrderId,
    /// What selecting this worker must leave room for (used when the
    /// round puts workers forward as selected).
    pub limits: SelectionLimits,
}

/// What confirming did with one pair.
#[derive(Debug, Clone)]
pub enum PairOutcome {
    /// Put forward: the placement now at the round's step.
    Placed(PlacementId),
    /// Skipped, with every rule the pair broke.
    Skipped(Violations),
}

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

async fn latest_consent(
    conn: &mut AnyConnection,
    worker: WorkerId,
    purpose: ConsentPurpose,
) -> Result<bool> {
    let row = sqlx::query(
        "SELECT given FROM consents WHERE worker_id = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(worker.0)
    .bind(purpose.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some(r) => rows::int(&r, "given")? != 0,
        None => false,
    })
}

/// The facts of one pair, read inside the confirmation's transaction; the
/// job order's and the worker's rows are locked first, so a close, a
/// consent or a selection elsewhere either happened before (and is seen)
/// or waits for the commit. `None` when the job order does not exist.
async fn pair_facts(
    conn: &mut AnyConnection,
    pair: &RoundPair,
    today: NaiveDate,
    put_forward_earlier: bool,
) -> Result<Option<(PairFacts, Option<PlacementId>)>> {
    sqlx::query("UPDATE workers SET id = id WHERE id = $1")
        .bind(pair.worker.0)
        .execute(&mut *conn)
        .await?;
    let Some(jo) = sqlx::query(
        "UPDATE job_orders SET id = id WHERE id = $1 RETURNING status, positions, employer_id, agency_id",
    )
    .bind(pair.job_order.0)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let status: JobOrderStatus = rows::enum_text(&jo, "status")?;
    let positions = u32::try_from(rows::int(&jo, "positions")?).unwrap_or(0);
    let employer = rows::int(&jo, "employer_id")?;
    let agency = rows::opt_int(&jo, "agency_id")?;
    let employer_active = match sqlx::query("SELECT status FROM employers WHERE id = $1")
        .bind(employer)
        .fetch_optional(&mut *conn)
        .await?
    {
        Some(r) => rows::enum_text::<EmployerStatus>(&r, "status")? == EmployerStatus::Active,
        None => false,
    };
    let agency_licence = match agency {
        None => None,
        Some(a) => {
            let r = sqlx::query("SELECT spec_json FROM agencies WHERE id = $1")
                .bind(a)
                .fetch_one(&mut *conn)
                .await?;
            let spec: AgencySpec = rows::json(&r, "spec_json")?;
            Some(spec.licence.status_on(today))
        }
    };
    let mut existing = None;
    let mut other_placements = vec![];
    for r in sqlx::query("SELECT id, job_order_id, status FROM placements WHERE worker_id = $1")
        .bind(pair.worker.0)
        .fetch_all(&mut *conn)
        .await?
    {
        let job = JobOrderId(rows::int(&r, "job_order_id")?);
        let s: PlacementStatus = rows::enum_text(&r, "status")?;
        if job == pair.job_order {
            existing = Some((PlacementId(rows::int(&r, "id")?), s));
        } else {
            other_placements.push((job, s));
        }
    }
    let facts = PairFacts {
        worker: pair.worker,
        job_order: pair.job_order,
        consents_to_matching: latest_consent(conn, pair.worker, ConsentPurpose::Matching).await?,
        shares_with_employers: latest_consent(
            conn,
            pair.worker,
            ConsentPurpose::SharingWithEmployers,
        )
        .await?,
        job_order_status: status,
        positions,
        positions_taken: positions_taken_in(conn, pair.job_order).await?,
        employer_active,
        agency_licence,
        other_placements,
        existing: existing.map(|(_, s)| s),
        put_forward_earlier,
    };
    Ok(Some((facts, existing.map(|(id, _)| id))))
}

impl Store {
    /// Confirms a proposed round and puts its pairs forward as `step`
    /// (shortlisted or selected), all in one transaction: the round is
    /// marked confirmed (once: a round already decided is a conflict), the
    /// programme's row is locked, and each pair is checked again against
    /// the facts found now ([`check_pair`]: consents, commitments
    /// elsewhere, the job order open with positions left, its employer and
    /// agency in good standing; for a selection also the quotas). A pair
    /// that breaks a rule is skipped with every rule listed; the others get
    /// their placement (opened if needed), events and audit entries. An
    /// error writes nothing, not even the decision.
    pub async fn confirm_match_round(
        &self,
        actor: &Actor,
        id: i64,
        step: PlacementStatus,
        pairs: &[RoundPair],
        today: NaiveDate,
    ) -> Result<(MatchRoundRecord, Vec<PairOutcome>)> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE match_rounds SET status = 'confirmed', decided_by = $1, decided_at = $2 \
             WHERE id = $3 AND status = 'proposed' RETURNING programme_id",
        )
        .bind(actor.user_id_or_system())
        .bind(now_text())
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| {
            StoreError::Conflict(format!(
                "match round {id} does not exist or was already decided"
            ))
        })?;
        let programme = ProgrammeId(rows::int(&row, "programme_id")?);
        lock_programme(&mut tx, programme).await?;
        let mut outcomes = Vec::with_capacity(pairs.len());
        let mut put_forward: HashSet<WorkerId> = HashSet::new();
        for pair in pairs {
            let earlier = put_forward.contains(&pair.worker);
            let Some((facts, existing)) = pair_facts(&mut tx, pair, today, earlier).await? else {
                outcomes.push(PairOutcome::Skipped(Violations::one(
                    "job_order_id",
                    "unknown",
                    format!("job order {} does not exist", pair.job_order),
                )));
                continue;
            };
            let mut path = match check_pair(&facts, step) {
                Ok(path) => path,
                Err(v) => {
                    outcomes.push(PairOutcome::Skipped(v));
                    continue;
                }
            };
            if path.contains(&PlacementStatus::Selected) {
                match check_room(&mut tx, &pair.limits).await {
                    Ok(()) => {}
                    Err(StoreError::Invalid(v)) => {
                        outcomes.push(PairOutcome::Skipped(v));
                        continue;
                    }
                    Err(e) => return Err(e),
                }
            }
            let pid = match existing {
                Some(pid) => pid,
                None => {
                    create_placement_in(
                        &mut tx,
                        actor,
                        pair.job_order,
                        pair.worker,
                        today,
                        &format!("put forward by match round {id}"),
                    )
                    .await?
                }
            };
            let mut at = facts.existing.unwrap_or(PlacementStatus::Applied);
            for to in path.drain(..) {
                let req = TransitionRequest {
                    to,
                    occurred_on: Some(today),
                    note: format!("match round {id}"),
                    end_reason: None,
                    contract: None,
                };
                transition_in(&mut tx, actor, pid, at, &req, today).await?;
                at = to;
            }
            put_forward.insert(pair.worker);
            outcomes.push(PairOutcome::Placed(pid));
        }
        let placed = outcomes
            .iter()
            .filter(|o| matches!(o, PairOutcome::Placed(_)))
            .count();
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "confirmed", "match_round", id, false).detail(format!(
                "step={} placed={placed} skipped={}",
                step.as_str(),
                outcomes.len() - placed
            )),
        )
        .await?;
        tx.commit().await?;
        Ok((self.match_round(id).await?, outcomes))
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
