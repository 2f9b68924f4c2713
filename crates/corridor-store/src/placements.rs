//! Placements and their immutable events. A status change and its event are
//! written in one transaction, guarded by the status the caller checked the
//! rules against, so two officials acting at once cannot both move the same
//! placement. A selection is also checked, in the same transaction and
//! under a lock on the programme's row, against the places left in its job
//! order and quotas ([`Store::select_within_limits`]).

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::NaiveDate;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{
    AgencyId, EmployerId, JobOrderId, PlacementId, ProgrammeId, UserId, WorkerId,
};
use corridor_domain::placement::{Placement, PlacementEvent, PlacementStatus, TransitionRequest};
use corridor_domain::programme::{Quota, check_selection_room};
use serde::Serialize;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

/// A placement with what lists and access rules need about its job order.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PlacementView {
    /// The placement.
    #[serde(flatten)]
    pub placement: Placement,
    /// Programme of the job order.
    pub programme_id: ProgrammeId,
    /// Employer of the job order.
    pub employer_id: EmployerId,
    /// Agency handling the job order.
    pub agency_id: Option<AgencyId>,
    /// Programme's country of origin.
    pub origin: String,
    /// Programme's country of destination.
    pub destination: String,
    /// ISCO-08 unit group of the job.
    pub isco: String,
}

/// Which placements to list.
#[derive(Debug, Clone, Default)]
pub struct PlacementFilter {
    /// Of this worker.
    pub worker_id: Option<WorkerId>,
    /// For this job order.
    pub job_order_id: Option<JobOrderId>,
    /// For job orders of this employer.
    pub employer_id: Option<EmployerId>,
    /// For job orders of this agency.
    pub agency_id: Option<AgencyId>,
    /// Under programmes touching this country.
    pub country: Option<CountryCode>,
    /// Under this programme.
    pub programme_id: Option<ProgrammeId>,
    /// In this status.
    pub status: Option<PlacementStatus>,
}

const VIEW_COLS: &str = "pl.id, pl.job_order_id, pl.worker_id, pl.status, pl.contract_json, pl.end_reason, pl.created_at, pl.updated_at, \
     j.programme_id, j.employer_id, j.agency_id, j.isco, p.origin, p.destination";
const VIEW_FROM: &str = "placements pl JOIN job_orders j ON j.id = pl.job_order_id JOIN programmes p ON p.id = j.programme_id";

fn view_from_row(r: &AnyRow) -> Result<PlacementView> {
    let contract = rows::opt_text(r, "contract_json")?
        .map(|s| serde_json::from_str(&s))
        .transpose()?;
    let end_reason = rows::opt_text(r, "end_reason")?
        .map(|s| rows::parse_enum(&s))
        .transpose()?;
    Ok(PlacementView {
        placement: Placement {
            id: PlacementId(rows::int(r, "id")?),
            job_order_id: JobOrderId(rows::int(r, "job_order_id")?),
            worker_id: WorkerId(rows::int(r, "worker_id")?),
            status: rows::enum_text(r, "status")?,
            contract,
            end_reason,
            created_at: rows::instant(r, "created_at")?,
            updated_at: rows::instant(r, "updated_at")?,
        },
        programme_id: ProgrammeId(rows::int(r, "programme_id")?),
        employer_id: EmployerId(rows::int(r, "employer_id")?),
        agency_id: rows::opt_int(r, "agency_id")?.map(AgencyId),
        origin: rows::text(r, "origin")?,
        destination: rows::text(r, "destination")?,
        isco: rows::text(r, "isco")?,
    })
}

fn event_from_row(r: &AnyRow) -> Result<PlacementEvent> {
    Ok(PlacementEvent {
        seq: rows::int(r, "seq")?,
        placement_id: PlacementId(rows::int(r, "placement_id")?),
        from: rows::opt_text(r, "from_status")?
            .map(|s| rows::parse_enum(&s))
            .transpose()?,
        to: rows::enum_text(r, "to_status")?,
        occurred_on: rows::date(r, "occurred_on")?,
        recorded_at: rows::instant(r, "recorded_at")?,
        actor: UserId(rows::int(r, "actor_user_id")?),
        note: rows::text(r, "note")?,
        end_reason: rows::opt_text(r, "end_reason")?
            .map(|s| rows::parse_enum(&s))
            .transpose()?,
    })
}

async fn insert_event(
    conn: &mut AnyConnection,
    placement: PlacementId,
    from: Option<PlacementStatus>,
    req: &TransitionRequest,
    occurred_on: NaiveDate,
    actor: &Actor,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO placement_events (placement_id, seq, from_status, to_status, occurred_on, recorded_at, actor_user_id, note, end_reason) \
         VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM placement_events WHERE placement_id = $1), $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(placement.0)
    .bind(from.map(|f| f.as_str().to_string()))
    .bind(req.to.as_str())
    .bind(date_text(occurred_on))
    .bind(now_text())
    .bind(actor.user_id_or_system())
    .bind(&req.note)
    .bind(req.end_reason.map(|r| enum_name(&r)))
    .execute(&mut *conn)
    .await?;
    crate::evidence::project_event(conn, placement, req.to, occurred_on, req.end_reason).await?;
    Ok(())
}

/// What a selection must leave room for: the job order's positions and
/// the programme quotas that cover it (already chosen by period, occupation
/// group and sex).
#[derive(Debug, Clone)]
pub struct SelectionLimits {
    /// The programme, whose row serialises selections.
    pub programme: ProgrammeId,
    /// The job order.
    pub job_order: JobOrderId,
    /// Its positions.
    pub positions: u32,
    /// The quotas covering this selection.
    pub quotas: Vec<Quota>,
}

impl Store {
    /// Opens a placement with its `applied` event. A worker applies to a job
    /// order once: a second application is a conflict.
    pub async fn create_placement(
        &self,
        actor: &Actor,
        job_order: JobOrderId,
        worker: WorkerId,
        occurred_on: NaiveDate,
        note: &str,
    ) -> Result<PlacementView> {
        let mut tx = self.pool.begin().await?;
        let id = create_placement_in(&mut tx, actor, job_order, worker, occurred_on, note).await?;
        tx.commit().await?;
        self.data_changed();
        self.placement(id).await
    }

    /// Moves a placement from `from` as requested, writing the event and the
    /// audit entry in the same transaction. The rules were checked by the
    /// caller against `from`; if the placement is no longer in `from`, the
    /// change is refused as a conflict and nothing is written.
    pub async fn transition_placement(
        &self,
        actor: &Actor,
        id: PlacementId,
        from: PlacementStatus,
        req: &TransitionRequest,
        occurred_on: NaiveDate,
    ) -> Result<PlacementView> {
        self.transition_within(actor, id, from, req, occurred_on, None)
            .await
    }

    /// Selects a worker (a transition to `selected`) only if `limits` leave
    /// room, checked in the transition's own transaction after locking the
    /// programme's row, so two selections cannot both take the last place
    /// of a job order or a quota. A full limit is refused with
    /// [`StoreError::Invalid`] listing each, and nothing is written.
    pub async fn select_within_limits(
        &self,
        actor: &Actor,
        id: PlacementId,
        from: PlacementStatus,
        req: &TransitionRequest,
        occurred_on: NaiveDate,
        limits: &SelectionLimits,
    ) -> Result<PlacementView> {
        self.transition_within(actor, id, from, req, occurred_on, Some(limits))
            .await
    }

    async fn transition_within(
        &self,
        actor: &Actor,
        id: PlacementId,
        from: PlacementStatus,
        req: &TransitionRequest,
        occurred_on: NaiveDate,
        limits: Option<&SelectionLimits>,
    ) -> Result<PlacementView> {
        let mut tx = self.pool.begin().await?;
        if let Some(l) = limits {
            lock_programme(&mut tx, l.programme).await?;
            check_room(&mut tx, l).await?;
        }
        transition_in(&mut tx, actor, id, from, req, occurred_on).await?;
        tx.commit().await?;
        self.data_changed();
        self.placement(id).await
    }

    /// A placement by id.
    pub async fn placement(&self, id: PlacementId) -> Result<PlacementView> {
        let row = sqlx::query(&format!(
            "SELECT {VIEW_COLS} FROM {VIEW_FROM} WHERE pl.id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("placement {id}")))?;
        view_from_row(&row)
    }

    /// A placement's events, in order.
    pub async fn placement_events(&self, id: PlacementId) -> Result<Vec<PlacementEvent>> {
        sqlx::query(
            "SELECT placement_id, seq, from_status, to_status, occurred_on, recorded_at, actor_user_id, note, end_reason \
             FROM placement_events WHERE placement_id = $1 ORDER BY seq",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(event_from_row)
        .collect()
    }

    /// Placements matching `filter`, oldest first.
    pub async fn placements(
        &self,
        filter: &PlacementFilter,
        page: Page,
    ) -> Result<Paged<PlacementView>> {
        let mut f = Filter::new();
        if let Some(w) = filter.worker_id {
            f.int("pl.worker_id", "=", w.0);
        }
        if let Some(j) = filter.job_order_id {
            f.int("pl.job_order_id", "=", j.0);
        }
        if let Some(e) = filter.employer_id {
            f.int("j.employer_id", "=", e.0);
        }
        if let Some(a) = filter.agency_id {
            f.int("j.agency_id", "=", a.0);
        }
        if let Some(p) = filter.programme_id {
            f.int("j.programme_id", "=", p.0);
        }
        if let Some(c) = &filter.country {
            f.text_any(&["p.origin", "p.destination"], "=", c.as_str());
        }
        if let Some(s) = filter.status {
            f.text("pl.status", "=", s.as_str());
        }
        paged(
            &self.pool,
            VIEW_COLS,
            VIEW_FROM,
            &f,
            "pl.id",
            page,
            view_from_row,
        )
        .await
    }

    /// Workers who completed a placement with `employer` (completed, or
    /// completed and returned): the returning workers a job order may name.
    pub async fn returning_workers(&self, employer: EmployerId) -> Result<Vec<WorkerId>> {
        sqlx::query(
            "SELECT DISTINCT pl.worker_id FROM placements pl JOIN job_orders j ON j.id = pl.job_order_id \
             WHERE j.employer_id = $1 AND pl.status IN ('completed', 'returned') ORDER BY pl.worker_id",
        )
        .bind(employer.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok(WorkerId(rows::int(r, "worker_id")?)))
        .collect()
    }

    /// Positions of a job order taken (placements past selection).
    pub async fn positions_taken(&self, job_order: JobOrderId) -> Result<i64> {
        positions_taken(&self.pool, job_order).await
    }

    /// Positions of `programme` that count against `quota`: placements
    /// past selection whose selection was recorded in the quota's period, in its
    /// occupation group and of workers of its sex when it names them.
    pub async fn quota_positions_taken(
        &self,
        programme: ProgrammeId,
        quota: &Quota,
    ) -> Result<i64> {
        quota_positions_taken(&self.pool, programme, quota).await
    }
}

/// Locks a programme's row for the rest of the transaction: PostgreSQL
/// holds its row lock, SQLite its database write lock, until the commit,
/// so selections under one programme are serialised.
pub(crate) async fn lock_programme(conn: &mut AnyConnection, programme: ProgrammeId) -> Result<()> {
    sqlx::query("UPDATE programmes SET id = id WHERE id = $1")
        .bind(programme.0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Checks, inside the caller's transaction (after [`lock_programme`]),
/// that `limits` leave room for one more selection; a full job order or
/// quota is [`StoreError::Invalid`] listing each.
pub(crate) async fn check_room(conn: &mut AnyConnection, l: &SelectionLimits) -> Result<()> {
    let taken = positions_taken(&mut *conn, l.job_order).await?;
    let mut quotas = Vec::with_capacity(l.quotas.len());
    for q in &l.quotas {
        quotas.push((q, quota_positions_taken(&mut *conn, l.programme, q).await?));
    }
    check_selection_room(l.job_order, l.positions, taken, &quotas).map_err(StoreError::Invalid)
}

/// Moves a placement from `from` inside the caller's transaction, writing
/// its event, its milestones and the audit entry; a placement no longer in
/// `from` is a conflict.
pub(crate) async fn transition_in(
    conn: &mut AnyConnection,
    actor: &Actor,
    id: PlacementId,
    from: PlacementStatus,
    req: &TransitionRequest,
    occurred_on: NaiveDate,
) -> Result<()> {
    let contract = req
        .contract
        .as_ref()
        .map(serde_json::to_string)
        .transpose()?;
    let done = sqlx::query(
        "UPDATE placements SET status = $1, contract_json = COALESCE($2, contract_json), end_reason = $3, updated_at = $4 \
         WHERE id = $5 AND status = $6",
    )
    .bind(req.to.as_str())
    .bind(contract)
    .bind(req.end_reason.map(|r| enum_name(&r)))
    .bind(now_text())
    .bind(id.0)
    .bind(from.as_str())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!(
            "placement {id} is no longer {}; reload and try again",
            from.as_str()
        )));
    }
    insert_event(conn, id, Some(from), req, occurred_on, actor).await?;
    audit::write(
        conn,
        &AuditEntry::new(actor, "transition", "placement", id, true).detail(format!(
            "{}->{}",
            from.as_str(),
            req.to.as_str()
        )),
    )
    .await?;
    Ok(())
}

/// Positions of a job order taken, inside the caller's transaction.
pub(crate) async fn positions_taken_in(
    conn: &mut AnyConnection,
    job_order: JobOrderId,
) -> Result<i64> {
    positions_taken(&mut *conn, job_order).await
}

/// Opens a placement with its `applied` event and audit entry inside the
/// caller's transaction.
pub(crate) async fn create_placement_in(
    conn: &mut AnyConnection,
    actor: &Actor,
    job_order: JobOrderId,
    worker: WorkerId,
    occurred_on: NaiveDate,
    note: &str,
) -> Result<PlacementId> {
    let now = now_text();
    let row = sqlx::query(
        "INSERT INTO placements (job_order_id, worker_id, status, created_at, updated_at) VALUES ($1, $2, 'applied', $3, $3) RETURNING id",
    )
    .bind(job_order.0)
    .bind(worker.0)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| {
        StoreError::from(e).unique_as_conflict("the worker has already applied to this job order")
    })?;
    let id = PlacementId(rows::int(&row, "id")?);
    let req = TransitionRequest {
        to: PlacementStatus::Applied,
        occurred_on: Some(occurred_on),
        note: note.to_string(),
        end_reason: None,
        contract: None,
    };
    insert_event(conn, id, None, &req, occurred_on, actor).await?;
    audit::write(
        conn,
        &AuditEntry::new(actor, "create", "placement", id, true)
            .detail(format!("job_order={job_order} status=applied")),
    )
    .await?;
    Ok(id)
}

async fn positions_taken<'e, E>(ex: E, job_order: JobOrderId) -> Result<i64>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "SELECT COUNT(*) FROM placements WHERE job_order_id = $1 AND status NOT IN ('applied', 'shortlisted', 'withdrawn', 'rejected')",
    )
    .bind(job_order.0)
    .fetch_one(ex)
    .await?;
    rows::count(&row)
}

async fn quota_positions_taken<'e, E>(ex: E, programme: ProgrammeId, quota: &Quota) -> Result<i64>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let mut f = Filter::new();
    f.int("j.programme_id", "=", programme.0);
    f.raw("pl.status NOT IN ('applied', 'shortlisted', 'withdrawn', 'rejected')");
    // A selection counts in the period of the day it was recorded, not of
    // the day the caller said it happened: a date chosen by the client must
    // not choose the quota.
    f.text(
        "substr(sel.recorded_at, 1, 10)",
        ">=",
        date_text(quota.period_start),
    );
    f.text(
        "substr(sel.recorded_at, 1, 10)",
        "<=",
        date_text(quota.period_end),
    );
    if let Some(g) = &quota.isco {
        f.text("j.isco", "LIKE", format!("{g}%"));
    }
    if let Some(sex) = quota.sex {
        f.text("w.sex", "=", sex.as_str());
    }
    let sql = format!(
        "SELECT COUNT(*) FROM placements pl JOIN job_orders j ON j.id = pl.job_order_id \
         JOIN workers w ON w.id = pl.worker_id \
         JOIN placement_events sel ON sel.placement_id = pl.id AND sel.to_status = 'selected' \
         WHERE {}",
        f.sql()
    );
    let row = f.bind(sqlx::query(&sql)).fetch_one(ex).await?;
    rows::count(&row)
}
