//! Proposals: workers put forward for job orders, waiting for their answer.
//! Accepting one opens the application and marks the proposal in the same
//! transaction, guarded by its pending status, so a proposal is answered
//! once.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::placements::create_placement_in;
use crate::query::{Filter, paged};
use crate::rows::{self, now_text};
use crate::{Page, Paged, PlacementView, Result, Store};
use chrono::NaiveDate;
use corridor_domain::access::Role;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{
    AgencyId, EmployerId, JobOrderId, PlacementId, ProposalId, UserId, WorkerId,
};
use corridor_domain::proposal::{Proposal, ProposalStatus};
use sqlx::any::AnyRow;

/// Which proposals to list.
#[derive(Debug, Clone, Default)]
pub struct ProposalFilter {
    /// Made to this worker.
    pub worker_id: Option<WorkerId>,
    /// For this job order.
    pub job_order_id: Option<JobOrderId>,
    /// For job orders of this employer.
    pub employer_id: Option<EmployerId>,
    /// For job orders this agency handles.
    pub agency_id: Option<AgencyId>,
    /// Under programmes touching this country.
    pub country: Option<CountryCode>,
    /// In this status.
    pub status: Option<ProposalStatus>,
}

const COLS: &str = "pr.id, pr.job_order_id, pr.worker_id, pr.proposed_by, pr.proposer_role, pr.note, pr.status, \
                    pr.created_at, pr.decided_at, pr.placement_id";
const FROM: &str = "proposals pr JOIN job_orders j ON j.id = pr.job_order_id JOIN programmes p ON p.id = j.programme_id";

fn from_row(r: &AnyRow) -> Result<Proposal> {
    let role = rows::text(r, "proposer_role")?;
    Ok(Proposal {
        id: ProposalId(rows::int(r, "id")?),
        job_order_id: JobOrderId(rows::int(r, "job_order_id")?),
        worker_id: WorkerId(rows::int(r, "worker_id")?),
        proposed_by: UserId(rows::int(r, "proposed_by")?),
        proposer_role: Role::parse(&role)
            .ok_or_else(|| StoreError::Corrupt(format!("proposer role {role}")))?,
        note: rows::text(r, "note")?,
        status: rows::enum_text(r, "status")?,
        created_at: rows::instant(r, "created_at")?,
        decided_at: rows::opt_text(r, "decided_at")?
            .map(|t| rows::parse_instant(&t))
            .transpose()?,
        placement_id: rows::opt_int(r, "placement_id")?.map(PlacementId),
    })
}

impl Store {
    /// Records a proposal. A worker is proposed for a job order once: a
    /// second proposal, or one for a worker who already applied, is a
    /// conflict.
    pub async fn insert_proposal(
        &self,
        actor: &Actor,
        job_order: JobOrderId,
        worker: WorkerId,
        note: &str,
    ) -> Result<Proposal> {
        let (Some(user), Some(role)) = (actor.user_id, actor.role) else {
            return Err(StoreError::Invalid(corridor_domain::Violations::one(
                "proposed_by",
                "required",
                "a proposal is made by a signed-in user",
            )));
        };
        let mut tx = self.pool.begin().await?;
        let applied =
            sqlx::query("SELECT id FROM placements WHERE job_order_id = $1 AND worker_id = $2")
                .bind(job_order.0)
                .bind(worker.0)
                .fetch_optional(&mut *tx)
                .await?;
        if applied.is_some() {
            return Err(StoreError::Conflict(
                "the worker has already applied to this job order".into(),
            ));
        }
        let row = sqlx::query(
            "INSERT INTO proposals (job_order_id, worker_id, proposed_by, proposer_role, note, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'pending', $6) RETURNING id",
        )
        .bind(job_order.0)
        .bind(worker.0)
        .bind(user.0)
        .bind(role.as_str())
        .bind(note)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| {
            StoreError::from(e)
                .unique_as_conflict("the worker has already been proposed for this job order")
        })?;
        let id = ProposalId(rows::int(&row, "id")?);
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "proposal", id, false)
                .detail(format!("job_order={job_order} worker={worker}")),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        self.proposal(id).await
    }

    /// A proposal by id.
    pub async fn proposal(&self, id: ProposalId) -> Result<Proposal> {
        let row = sqlx::query(&format!("SELECT {COLS} FROM {FROM} WHERE pr.id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("proposal {id}")))?;
        from_row(&row)
    }

    /// Proposals matching `filter`, newest first.
    pub async fn proposals(&self, filter: &ProposalFilter, page: Page) -> Result<Paged<Proposal>> {
        let mut f = Filter::new();
        if let Some(w) = filter.worker_id {
            f.int("pr.worker_id", "=", w.0);
        }
        if let Some(j) = filter.job_order_id {
            f.int("pr.job_order_id", "=", j.0);
        }
        if let Some(e) = filter.employer_id {
            f.int("j.employer_id", "=", e.0);
        }
        if let Some(a) = filter.agency_id {
            f.int("j.agency_id", "=", a.0);
        }
        if let Some(c) = &filter.country {
            f.text_any(&["p.origin", "p.destination"], "=", c.as_str());
        }
        if let Some(s) = filter.status {
            f.text("pr.status", "=", s.as_str());
        }
        paged(&self.pool, COLS, FROM, &f, "pr.id DESC", page, from_row).await
    }

    /// The worker accepts: the application opens (its `applied` event and
    /// audit entry) and the proposal is marked accepted, in one
    /// transaction; a proposal no longer pending is a conflict and nothing
    /// is written.
    pub async fn accept_proposal(
        &self,
        actor: &Actor,
        id: ProposalId,
        occurred_on: NaiveDate,
    ) -> Result<PlacementView> {
        let p = self.proposal(id).await?;
        let mut tx = self.pool.begin().await?;
        decide(&mut tx, id, ProposalStatus::Accepted).await?;
        let placement = create_placement_in(
            &mut tx,
            actor,
            p.job_order_id,
            p.worker_id,
            occurred_on,
            &format!("accepted proposal {id}"),
        )
        .await?;
        sqlx::query("UPDATE proposals SET placement_id = $1 WHERE id = $2")
            .bind(placement.0)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "accept", "proposal", id, true)
                .detail(format!("placement={placement}")),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        self.placement(placement).await
    }

    /// The worker declines; a proposal no longer pending is a conflict.
    pub async fn decline_proposal(&self, actor: &Actor, id: ProposalId) -> Result<Proposal> {
        let mut tx = self.pool.begin().await?;
        decide(&mut tx, id, ProposalStatus::Declined).await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "decline", "proposal", id, true),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        self.proposal(id).await
    }
}

async fn decide(conn: &mut sqlx::AnyConnection, id: ProposalId, to: ProposalStatus) -> Result<()> {
    let done = sqlx::query(
        "UPDATE proposals SET status = $1, decided_at = $2 WHERE id = $3 AND status = 'pending'",
    )
    .bind(to.as_str())
    .bind(now_text())
    .bind(id.0)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!(
            "proposal {id} has already been answered"
        )));
    }
    Ok(())
}
