//! Reads for the evidence base: what the statistics need of placements,
//! job orders, registered workers and the fee ledger, read in a few
//! streaming queries rather than one query per record.
//!
//! Placements are read from `placement_milestones`, a projection of the
//! immutable events with one row per placement (the first date of each
//! status that matters to statistics). [`project_event`] keeps it current:
//! the store calls it for every event, in the event's own transaction, so
//! the projection can never disagree with the events. Migration
//! `0002_placement_milestones.sql` builds it from the events for databases
//! that existed before it.
//!
//! Nothing here is published as it is: these are personal records, read
//! only to be aggregated and passed through disclosure control by the
//! statistics engine (`corridor-stats`). The types carry ids and dates, no
//! names or contacts.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Result, Store};
use chrono::NaiveDate;
use corridor_domain::codes::Sex;
use corridor_domain::ids::{JobOrderId, PaymentId, PlacementId, ProgrammeId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::ledger::{Party, PaymentCategory};
use corridor_domain::placement::{EndReason, PlacementStatus};
use corridor_domain::worker::{ConsentPurpose, WorkerProfileSpec};
use futures_util::TryStreamExt;
use sqlx::AnyConnection;
use sqlx::AnyPool;
use sqlx::Row;

/// One placement as the evidence base reads it: who, on which job order,
/// and the first date of each status statistics use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementFacts {
    /// The placement.
    pub placement_id: PlacementId,
    /// Its job order.
    pub job_order_id: JobOrderId,
    /// Its worker (never published; used to find re-hires).
    pub worker_id: WorkerId,
    /// The worker's sex.
    pub worker_sex: Sex,
    /// The worker's date of birth.
    pub worker_birth_date: Option<NaiveDate>,
    /// First `departed` event.
    pub departed_on: Option<NaiveDate>,
    /// First `completed` event.
    pub completed_on: Option<NaiveDate>,
    /// First `returned` event.
    pub returned_on: Option<NaiveDate>,
    /// First `ended_early` event.
    pub ended_early_on: Option<NaiveDate>,
    /// Why it ended early.
    pub end_reason: Option<EndReason>,
}

/// A job order as the evidence base reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobOrderFacts {
    /// The job order.
    pub id: JobOrderId,
    /// Its programme.
    pub programme_id: ProgrammeId,
    /// Programme's country of origin.
    pub origin: String,
    /// Programme's country of destination.
    pub destination: String,
    /// ISCO-08 unit group of the job.
    pub isco: String,
    /// Positions.
    pub positions: u32,
    /// Day it was posted.
    pub posted_on: NaiveDate,
    /// First day of work.
    pub start_date: NaiveDate,
    /// Planned length of the contract, in months.
    pub duration_months: u16,
    /// Its state now.
    pub status: JobOrderStatus,
}

/// A payment that raised a fee violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeViolationFacts {
    /// The payment.
    pub payment_id: PaymentId,
    /// Its placement.
    pub placement_id: PlacementId,
    /// Who paid.
    pub payer: Party,
    /// What for.
    pub category: PaymentCategory,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// ISO 4217 currency.
    pub currency: String,
    /// Day paid.
    pub paid_on: NaiveDate,
    /// The placement's job order.
    pub job_order_id: JobOrderId,
    /// The placement's worker's sex.
    pub worker_sex: Sex,
    /// The placement's worker's date of birth.
    pub worker_birth_date: Option<NaiveDate>,
}

/// Keeps `placement_milestones` in step with the events: called by the
/// store for every placement event, inside the event's transaction.
pub(crate) async fn project_event(
    conn: &mut AnyConnection,
    placement: PlacementId,
    to: PlacementStatus,
    occurred_on: NaiveDate,
    end_reason: Option<EndReason>,
) -> Result<()> {
    let day = date_text(occurred_on);
    let column = match to {
        PlacementStatus::Applied => {
            sqlx::query(
                "INSERT INTO placement_milestones (placement_id, job_order_id, worker_id, applied_on) \
                 SELECT id, job_order_id, worker_id, $2 FROM placements WHERE id = $1",
            )
            .bind(placement.0)
            .bind(day)
            .execute(&mut *conn)
            .await?;
            return Ok(());
        }
        PlacementStatus::Departed => "departed_on",
        PlacementStatus::Completed => "completed_on",
        PlacementStatus::Returned => "returned_on",
        PlacementStatus::EndedEarly => {
            sqlx::query(
                "UPDATE placement_milestones SET ended_early_on = $2, end_reason = $3 \
                 WHERE placement_id = $1 AND ended_early_on IS NULL",
            )
            .bind(placement.0)
            .bind(day)
            .bind(end_reason.map(|r| enum_name(&r)))
            .execute(&mut *conn)
            .await?;
            return Ok(());
        }
        _ => return Ok(()),
    };
    sqlx::query(&format!(
        "UPDATE placement_milestones SET {column} = $2 WHERE placement_id = $1 AND {column} IS NULL"
    ))
    .bind(placement.0)
    .bind(day)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Parses a stored `YYYY-MM-DD` date without going through a format
/// string (a million rows are read at a time).
fn day(s: &str) -> Result<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
        && let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d)
    {
        return Ok(date);
    }
    rows::parse_date(s)
}

fn sex(s: &str) -> Result<Sex> {
    Ok(match s {
        "female" => Sex::Female,
        "male" => Sex::Male,
        "other" => Sex::Other,
        "not_stated" => Sex::NotStated,
        other => return Err(StoreError::Corrupt(format!("sex {other}"))),
    })
}

fn end_reason(s: &str) -> Result<EndReason> {
    EndReason::ALL
        .into_iter()
        .find(|r| r.as_str() == s)
        .ok_or_else(|| StoreError::Corrupt(format!("end reason {s}")))
}

/// Placement ids read per query.
const ID_RANGE: i64 = 131_072;

/// The departed placements with ids in `($1, $2]`, packed into one text
/// value: `id,job order,worker,departed,completed,returned,ended early,reason`
/// per placement (`format`'s `%s` writes a null as nothing), `;` between
/// placements. Packing a range into one value rather than returning a row
/// per placement is what makes a million placements readable in seconds:
/// the per-row cost of the `Any` driver (a channel hand-off and a boxed
/// value per column) dominated the read. `string_agg` and `format` mean
/// the same on both backends (SQLite 3.44 or later, which sqlx bundles).
const PACKED_MILESTONES: &str = "SELECT string_agg(format('%s,%s,%s,%s,%s,%s,%s,%s', placement_id, job_order_id, worker_id, \
     departed_on, completed_on, returned_on, ended_early_on, end_reason), ';') \
     FROM placement_milestones WHERE placement_id > $1 AND placement_id <= $2 AND departed_on IS NOT NULL";

/// Sex and date of birth of every worker, packed the same way
/// (`id,sex,date of birth`). Read apart from the placements: joining them
/// in SQL looked each worker up in the wide `workers` table (profiles are
/// JSON documents) and cost more than the rest of the read, where one
/// scan of it takes a fraction of a second.
const PACKED_WORKERS: &str =
    "SELECT string_agg(format('%s,%s,%s', id, sex, date_of_birth), ';') FROM workers";

/// The placements a worker consented to be counted in, when consent is
/// asked for: the statistics consent in force is the latest record.
const STATISTICS_CONSENT: &str = "(SELECT c.given FROM consents c WHERE c.worker_id = w.id AND c.purpose = $1 \
     ORDER BY c.id DESC LIMIT 1) = 1";

fn id(s: &str) -> Result<i64> {
    s.parse()
        .map_err(|e| StoreError::Corrupt(format!("id {s}: {e}")))
}

fn opt_date(s: &str) -> Result<Option<NaiveDate>> {
    if s.is_empty() {
        Ok(None)
    } else {
        day(s).map(Some)
    }
}

/// Sex and date of birth of every worker, sorted by id.
async fn worker_sex_and_birth(pool: AnyPool) -> Result<Vec<(i64, Sex, NaiveDate)>> {
    let row = sqlx::query(PACKED_WORKERS).fetch_one(&pool).await?;
    let mut out = Vec::new();
    if let Some(text) = row.try_get::<Option<String>, _>(0)? {
        for rec in text.split(';') {
            let mut f = rec.split(',');
            let (Some(w), Some(s), Some(b)) = (f.next(), f.next(), f.next()) else {
                return Err(StoreError::Corrupt(format!("worker facts {rec}")));
            };
            out.push((id(w)?, sex(s)?, day(b)?));
        }
    }
    out.sort_unstable_by_key(|w| w.0);
    Ok(out)
}

/// The packed departed placements with ids in `(from, to]`.
async fn packed_milestones(pool: AnyPool, from: i64, to: i64) -> Result<Option<String>> {
    let row = sqlx::query(PACKED_MILESTONES)
        .bind(from)
        .bind(to)
        .fetch_one(&pool)
        .await?;
    Ok(row.try_get::<Option<String>, _>(0)?)
}

fn joined(
    handle: std::result::Result<Result<Option<String>>, tokio::task::JoinError>,
) -> Result<Option<String>> {
    handle.map_err(|e| StoreError::Corrupt(format!("read task: {e}")))?
}

impl Store {
    /// How many placements ever departed (every placement figure — stocks,
    /// flows, rates, days to departure — is built from these alone).
    pub async fn count_departed_placements(&self) -> Result<i64> {
        let row =
            sqlx::query("SELECT COUNT(*) FROM placement_milestones WHERE departed_on IS NOT NULL")
                .fetch_one(&self.pool)
                .await?;
        rows::count(&row)
    }

    /// `(lowest, highest)` of the two values `sql` selects, `(0, 0)` when
    /// the table is empty.
    async fn id_span(&self, sql: &str) -> Result<(i64, i64)> {
        let row = sqlx::query(sql).fetch_one(&self.pool).await?;
        Ok((
            row.try_get::<Option<i64>, _>(0)?.unwrap_or(0),
            row.try_get::<Option<i64>, _>(1)?.unwrap_or(0),
        ))
    }

    /// Streams every placement that departed, with its worker's sex and
    /// date of birth, to `each`: the workers in one pass, then the
    /// placements a range of ids per query (see [`PACKED_MILESTONES`]).
    /// `progress` hears how many ids of how many are done. Placements that
    /// never departed are not read: no figure needs them.
    pub async fn for_each_departed_placement(
        &self,
        mut progress: impl FnMut(u64, u64),
        mut each: impl FnMut(PlacementFacts) -> Result<()>,
    ) -> Result<u64> {
        let (lo, hi) = self
            .id_span("SELECT MIN(placement_id), MAX(placement_id) FROM placement_milestones")
            .await?;
        let span = u64::try_from(hi - lo + 1).unwrap_or(0);
        // The database prepares the next range (and, first, the workers)
        // on its own connection while this task decodes the last one.
        let fetch = |from: i64| {
            tokio::spawn(packed_milestones(
                self.pool.clone(),
                from,
                from.saturating_add(ID_RANGE),
            ))
        };
        let workers = tokio::spawn(worker_sex_and_birth(self.pool.clone()));
        let mut next = (lo <= hi).then(|| fetch(lo - 1));
        let workers = workers
            .await
            .map_err(|e| StoreError::Corrupt(format!("read task: {e}")))??;
        let mut n = 0u64;
        let mut from = lo - 1;
        while let Some(pending) = next.take() {
            let text = joined(pending.await)?;
            from = from.saturating_add(ID_RANGE);
            if from < hi {
                next = Some(fetch(from));
            }
            let Some(text) = text else {
                progress(u64::try_from(from.min(hi) - lo + 1).unwrap_or(0), span);
                continue;
            };
            for rec in text.split(';') {
                let f: Vec<&str> = rec.split(',').collect();
                let [p, j, w, departed, completed, returned, ended, reason] = f[..] else {
                    return Err(StoreError::Corrupt(format!("placement facts {rec}")));
                };
                let worker_id = id(w)?;
                let (_, worker_sex, birth) = workers
                    .binary_search_by_key(&worker_id, |w| w.0)
                    .map(|i| workers[i])
                    .map_err(|_| {
                        StoreError::Corrupt(format!("placement {p}: no worker {worker_id}"))
                    })?;
                each(PlacementFacts {
                    placement_id: PlacementId(id(p)?),
                    job_order_id: JobOrderId(id(j)?),
                    worker_id: WorkerId(worker_id),
                    worker_sex,
                    worker_birth_date: Some(birth),
                    departed_on: opt_date(departed)?,
                    completed_on: opt_date(completed)?,
                    returned_on: opt_date(returned)?,
                    ended_early_on: opt_date(ended)?,
                    end_reason: if reason.is_empty() {
                        None
                    } else {
                        Some(end_reason(reason)?)
                    },
                })?;
                n += 1;
            }
            progress(u64::try_from(from.min(hi) - lo + 1).unwrap_or(0), span);
        }
        Ok(n)
    }

    /// Every job order that was approved (open or closed; those still
    /// waiting for approval are not demand), with its programme's
    /// countries and planned contract length.
    pub async fn evidence_job_orders(&self) -> Result<Vec<JobOrderFacts>> {
        #[derive(serde::Deserialize)]
        struct Duration {
            duration_months: u16,
        }
        let sql = "SELECT j.id, j.programme_id, p.origin, p.destination, j.isco, j.positions, j.posted_on, \
                   j.start_date, j.status, j.spec_json FROM job_orders j JOIN programmes p ON p.id = j.programme_id \
                   WHERE j.status <> $1 ORDER BY j.id";
        let mut stream = sqlx::query(sql)
            .bind(JobOrderStatus::PendingApproval.as_str())
            .fetch(&self.pool);
        let mut out = Vec::new();
        while let Some(r) = stream.try_next().await? {
            let spec: String = r.try_get(9)?;
            let d: Duration = serde_json::from_str(&spec)?;
            let status: String = r.try_get(8)?;
            out.push(JobOrderFacts {
                id: JobOrderId(r.try_get(0)?),
                programme_id: ProgrammeId(r.try_get(1)?),
                origin: r.try_get(2)?,
                destination: r.try_get(3)?,
                isco: r.try_get(4)?,
                positions: u32::try_from(r.try_get::<i64, _>(5)?)
                    .map_err(|e| StoreError::Corrupt(format!("positions: {e}")))?,
                posted_on: day(&r.try_get::<String, _>(6)?)?,
                start_date: day(&r.try_get::<String, _>(7)?)?,
                duration_months: d.duration_months,
                status: rows::parse_enum(&status)?,
            });
        }
        Ok(out)
    }

    /// Streams the profile of every registered worker whose consent to be
    /// counted in statistics is in force (their latest statistics consent
    /// record says given).
    pub async fn for_each_statistics_worker(
        &self,
        mut each: impl FnMut(WorkerId, WorkerProfileSpec) -> Result<()>,
    ) -> Result<u64> {
        let sql = format!("SELECT w.id, w.profile_json FROM workers w WHERE {STATISTICS_CONSENT}");
        let mut stream = sqlx::query(&sql)
            .bind(ConsentPurpose::Statistics.as_str())
            .fetch(&self.pool);
        let mut n = 0u64;
        while let Some(r) = stream.try_next().await? {
            let json: String = r.try_get(1)?;
            each(WorkerId(r.try_get(0)?), serde_json::from_str(&json)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every payment that raised a fee violation, with what the tables
    /// cross it by (its placement's job order and worker), whether or not
    /// the placement went on to departure.
    pub async fn fee_violation_facts(&self) -> Result<Vec<FeeViolationFacts>> {
        let sql = "SELECT pay.id, pay.placement_id, pay.payer, pay.category, pay.amount_minor, pay.currency, \
                   pay.paid_on, pl.job_order_id, w.sex, w.date_of_birth FROM payments pay \
                   JOIN placements pl ON pl.id = pay.placement_id JOIN workers w ON w.id = pl.worker_id \
                   WHERE pay.violation_kind IS NOT NULL ORDER BY pay.id";
        let mut stream = sqlx::query(sql).fetch(&self.pool);
        let mut out = Vec::new();
        while let Some(r) = stream.try_next().await? {
            let payer: String = r.try_get(2)?;
            let category: String = r.try_get(3)?;
            out.push(FeeViolationFacts {
                payment_id: PaymentId(r.try_get(0)?),
                placement_id: PlacementId(r.try_get(1)?),
                payer: rows::parse_enum(&payer)?,
                category: rows::parse_enum(&category)?,
                amount_minor: r.try_get(4)?,
                currency: r.try_get(5)?,
                paid_on: day(&r.try_get::<String, _>(6)?)?,
                job_order_id: JobOrderId(r.try_get(7)?),
                worker_sex: sex(&r.try_get::<String, _>(8)?)?,
                worker_birth_date: r
                    .try_get::<Option<String>, _>(9)?
                    .as_deref()
                    .map(day)
                    .transpose()?,
            });
        }
        Ok(out)
    }
}

/// A synthetic placement for [`Store::bulk_load`]: its job order, worker
/// and dated status path (the first step must be `applied`).
#[derive(Debug, Clone)]
pub struct BulkPlacement {
    /// Job order.
    pub job_order_id: JobOrderId,
    /// Index into the workers given to the same [`Store::bulk_load`] call.
    pub worker: usize,
    /// Status path: (status, day, reason for an early end).
    pub events: Vec<(PlacementStatus, NaiveDate, Option<EndReason>)>,
}

/// Rows per multi-row `INSERT` in [`Store::bulk_load`].
const BULK_ROWS: usize = 400;

impl Store {
    /// Writes many synthetic workers (each with the given consents) and
    /// placements with their events and milestones in one transaction,
    /// with multi-row inserts. For benchmark databases only: the rules are
    /// not checked, and the load is audited as one entry, not one per
    /// record. Returns the ids of the workers, in order.
    pub async fn bulk_load(
        &self,
        actor: &Actor,
        workers: &[WorkerProfileSpec],
        consents: &[ConsentPurpose],
        placements: &[BulkPlacement],
        mut progress: impl FnMut(u64),
    ) -> Result<Vec<WorkerId>> {
        let mut tx = self.pool.begin().await?;
        let now = now_text();
        let mut ids = Vec::with_capacity(workers.len());
        for w in workers {
            let citizenships: Vec<&str> = w.citizenships.iter().map(|c| c.as_str()).collect();
            let row = sqlx::query(
                "INSERT INTO workers (sex, date_of_birth, citizenships, residence, available_from, profile_json, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(w.sex.as_str())
            .bind(date_text(w.date_of_birth))
            .bind(format!(" {} ", citizenships.join(" ")))
            .bind(w.country_of_residence.as_str())
            .bind(date_text(w.availability.from))
            .bind(serde_json::to_string(w)?)
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?;
            let id: i64 = row.try_get(0)?;
            for c in consents {
                sqlx::query(
                    "INSERT INTO consents (worker_id, purpose, given, at) VALUES ($1, $2, 1, $3)",
                )
                .bind(id)
                .bind(c.as_str())
                .bind(&now)
                .execute(&mut *tx)
                .await?;
            }
            ids.push(WorkerId(id));
            progress(1);
        }
        for chunk in placements.chunks(BULK_ROWS) {
            // Placements, then their ids by (job order, worker), which is unique.
            let mut sql = String::from(
                "INSERT INTO placements (job_order_id, worker_id, status, end_reason, created_at, updated_at) VALUES ",
            );
            let now_param = chunk.len() * 4 + 1;
            for i in 0..chunk.len() {
                let b = i * 4;
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "(${}, ${}, ${}, ${}, ${now_param}, ${now_param})",
                    b + 1,
                    b + 2,
                    b + 3,
                    b + 4
                ));
            }
            sql.push_str(" RETURNING id, job_order_id, worker_id");
            let mut q = sqlx::query(&sql);
            for p in chunk {
                let (status, _, reason) = p.events.last().copied().ok_or_else(|| {
                    StoreError::Corrupt("a bulk placement needs at least one event".into())
                })?;
                q = q
                    .bind(p.job_order_id.0)
                    .bind(ids[p.worker].0)
                    .bind(status.as_str())
                    .bind(reason.map(|r| enum_name(&r)));
            }
            let returned = q.bind(&now).fetch_all(&mut *tx).await?;
            let mut by_key = std::collections::HashMap::with_capacity(returned.len());
            for r in &returned {
                by_key.insert(
                    (r.try_get::<i64, _>(1)?, r.try_get::<i64, _>(2)?),
                    r.try_get::<i64, _>(0)?,
                );
            }
            let mut events = Vec::new();
            let mut milestones = Vec::new();
            for p in chunk {
                let id = by_key[&(p.job_order_id.0, ids[p.worker].0)];
                let first =
                    |s: PlacementStatus| p.events.iter().find(|e| e.0 == s).map(|e| date_text(e.1));
                let ended = p.events.iter().find(|e| e.0 == PlacementStatus::EndedEarly);
                milestones.push((
                    id,
                    p.job_order_id.0,
                    ids[p.worker].0,
                    [
                        first(PlacementStatus::Applied),
                        first(PlacementStatus::Departed),
                        first(PlacementStatus::Completed),
                        first(PlacementStatus::Returned),
                        ended.map(|e| date_text(e.1)),
                        ended.and_then(|e| e.2).map(|r| enum_name(&r)),
                    ],
                ));
                let mut from: Option<PlacementStatus> = None;
                for (seq, (to, on, reason)) in p.events.iter().enumerate() {
                    events.push((id, seq as i64 + 1, from, *to, *on, *reason));
                    from = Some(*to);
                }
            }
            for part in milestones.chunks(BULK_ROWS) {
                let mut sql = String::from(
                    "INSERT INTO placement_milestones (placement_id, job_order_id, worker_id, applied_on, departed_on, \
                     completed_on, returned_on, ended_early_on, end_reason) VALUES ",
                );
                for i in 0..part.len() {
                    let b = i * 9;
                    if i > 0 {
                        sql.push(',');
                    }
                    let ps: Vec<String> = (1..=9).map(|k| format!("${}", b + k)).collect();
                    sql.push_str(&format!("({})", ps.join(", ")));
                }
                let mut q = sqlx::query(&sql);
                for (id, jo, w, dates) in part {
                    q = q.bind(*id).bind(*jo).bind(*w);
                    for d in dates {
                        q = q.bind(d.clone());
                    }
                }
                q.execute(&mut *tx).await?;
            }
            for part in events.chunks(BULK_ROWS) {
                let mut sql = String::from(
                    "INSERT INTO placement_events (placement_id, seq, from_status, to_status, occurred_on, recorded_at, \
                     actor_user_id, note, end_reason) VALUES ",
                );
                let n = part.len() * 6;
                for i in 0..part.len() {
                    let b = i * 6;
                    if i > 0 {
                        sql.push(',');
                    }
                    sql.push_str(&format!(
                        "(${}, ${}, ${}, ${}, ${}, ${}, ${}, '', ${})",
                        b + 1,
                        b + 2,
                        b + 3,
                        b + 4,
                        b + 5,
                        n + 1,
                        n + 2,
                        b + 6
                    ));
                }
                let mut q = sqlx::query(&sql);
                for (id, seq, from, to, on, reason) in part {
                    q = q
                        .bind(*id)
                        .bind(*seq)
                        .bind(from.map(|f| f.as_str().to_string()))
                        .bind(to.as_str())
                        .bind(date_text(*on))
                        .bind(reason.map(|r| enum_name(&r)));
                }
                q.bind(&now)
                    .bind(actor.user_id_or_system())
                    .execute(&mut *tx)
                    .await?;
            }
            progress(chunk.len() as u64);
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "bulk_load", "placement", "synthetic", true).detail(format!(
                "workers={} placements={}",
                workers.len(),
                placements.len()
            )),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::day;
    use crate::testing::TestDb;
    use crate::{Actor, Store};
    use chrono::NaiveDate;
    use corridor_domain::codes::Sex;
    use corridor_domain::examples::{self, DemoCorridor};
    use corridor_domain::job_order::JobOrderStatus;
    use corridor_domain::placement::{EndReason, PlacementStatus, TransitionRequest};
    use corridor_domain::worker::ConsentPurpose;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Every event moves the projection on, in its own transaction; the
    /// projection agrees with the events, and consent decides who is read
    /// as a registered worker.
    async fn milestones_follow_events(store: &Store) {
        let a = Actor::system();
        let c = DemoCorridor::MexicoCanada;
        let programme = store.insert_programme(&a, &c.programme()).await.unwrap();
        let employer = store
            .insert_employer(&a, &examples::employer(c, "Farm", 1))
            .await
            .unwrap();
        let spec = examples::job_order(
            c,
            programme.id,
            employer.id,
            None,
            c.occupations()[0],
            4,
            d(2026, 5, 1),
        );
        let jo = store
            .insert_job_order(&a, &spec, JobOrderStatus::Open, d(2026, 2, 1))
            .await
            .unwrap();
        let pending = store
            .insert_job_order(&a, &spec, JobOrderStatus::PendingApproval, d(2026, 2, 2))
            .await
            .unwrap();
        let mut workers = vec![];
        for (i, consents) in [
            vec![ConsentPurpose::Statistics],
            vec![ConsentPurpose::Matching],
        ]
        .into_iter()
        .enumerate()
        {
            let w = examples::worker(c, "Ana", "Cruz", Sex::Female, d(1990 + i as i32, 3, 4));
            workers.push(store.insert_worker(&a, &w, &consents).await.unwrap().id);
        }
        let moves = |p, from, to, on, reason| {
            let req = TransitionRequest {
                to,
                occurred_on: Some(on),
                note: String::new(),
                end_reason: reason,
                contract: None,
            };
            async move {
                store
                    .transition_placement(&Actor::system(), p, from, &req, on)
                    .await
                    .unwrap();
            }
        };
        use PlacementStatus::*;
        let p1 = store
            .create_placement(&a, jo.id, workers[0], d(2026, 2, 3), "")
            .await
            .unwrap()
            .placement
            .id;
        let p2 = store
            .create_placement(&a, jo.id, workers[1], d(2026, 2, 4), "")
            .await
            .unwrap()
            .placement
            .id;
        let path = [
            (Applied, Shortlisted, d(2026, 2, 10)),
            (Shortlisted, Selected, d(2026, 2, 20)),
            (Selected, ContractSigned, d(2026, 3, 1)),
            (ContractSigned, OrientationDone, d(2026, 3, 10)),
            (OrientationDone, VisaIssued, d(2026, 3, 20)),
            (VisaIssued, Departed, d(2026, 4, 25)),
        ];
        for (from, to, on) in path {
            moves(p1, from, to, on, None).await;
            moves(p2, from, to, on, None).await;
        }
        moves(
            p1,
            Departed,
            EndedEarly,
            d(2026, 6, 1),
            Some(EndReason::HealthOrInjury),
        )
        .await;
        moves(p2, Departed, Arrived, d(2026, 4, 26), None).await;
        moves(p2, Arrived, Employed, d(2026, 4, 28), None).await;
        moves(p2, Employed, Completed, d(2026, 10, 31), None).await;
        moves(p2, Completed, Returned, d(2026, 11, 5), None).await;

        assert_eq!(store.count_departed_placements().await.unwrap(), 2);
        let mut read = vec![];
        store
            .for_each_departed_placement(
                |_, _| {},
                |f| {
                    read.push(f);
                    Ok(())
                },
            )
            .await
            .unwrap();
        read.sort_by_key(|f| f.placement_id.0);
        assert_eq!(read.len(), 2);
        for f in &read {
            // The projection agrees with the immutable events.
            let events = store.placement_events(f.placement_id).await.unwrap();
            let first = |s| events.iter().find(|e| e.to == s).map(|e| e.occurred_on);
            assert_eq!(f.departed_on, first(Departed));
            assert_eq!(f.completed_on, first(Completed));
            assert_eq!(f.returned_on, first(Returned));
            assert_eq!(f.ended_early_on, first(EndedEarly));
            assert_eq!(f.job_order_id, jo.id);
            assert_eq!(f.worker_sex, Sex::Female);
        }
        assert_eq!(read[0].end_reason, Some(EndReason::HealthOrInjury));
        assert_eq!(read[0].ended_early_on, Some(d(2026, 6, 1)));
        assert_eq!(read[1].returned_on, Some(d(2026, 11, 5)));
        assert_eq!(read[1].worker_birth_date, Some(d(1991, 3, 4)));

        // Job orders waiting for approval are not demand.
        let jos = store.evidence_job_orders().await.unwrap();
        assert_eq!(jos.len(), 1);
        assert_eq!(jos[0].id, jo.id);
        assert_ne!(jos[0].id, pending.id);
        assert_eq!(jos[0].positions, 4);
        assert_eq!(jos[0].duration_months, spec.duration_months);
        assert_eq!(jos[0].origin, "MEX");

        // Only the worker whose statistics consent is in force is read;
        // withdrawing it takes them out.
        let mut ids = vec![];
        store
            .for_each_statistics_worker(|id, _| {
                ids.push(id);
                Ok(())
            })
            .await
            .unwrap();
        assert_eq!(ids, vec![workers[0]]);
        store
            .record_consent(&a, workers[0], ConsentPurpose::Statistics, false)
            .await
            .unwrap();
        let n = store
            .for_each_statistics_worker(|_, _| Ok(()))
            .await
            .unwrap();
        assert_eq!(n, 0);
    }

    #[tokio::test]
    async fn milestones_follow_events_sqlite() {
        milestones_follow_events(&TestDb::sqlite().await.store).await;
    }

    #[tokio::test]
    async fn milestones_follow_events_postgres() {
        if let Some(db) = TestDb::postgres().await {
            milestones_follow_events(&db.store).await;
        }
    }

    #[test]
    fn reads_stored_dates() {
        assert_eq!(
            day("2026-02-28").unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        assert!(day("2026-02-30").is_err());
        // Anything else goes through the general parser.
        assert_eq!(
            day("2026-2-3").unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 3).unwrap()
        );
        assert!(day("").is_err());
    }
}
