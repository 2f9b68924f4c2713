//! Job orders.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::NaiveDate;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, JobOrderId, ProgrammeId};
use corridor_domain::job_order::{JobOrder, JobOrderSpec, JobOrderStatus};
use sqlx::any::AnyRow;

/// Which job orders to list.
#[derive(Debug, Clone, Default)]
pub struct JobOrderFilter {
    /// Under this programme.
    pub programme_id: Option<ProgrammeId>,
    /// In this state.
    pub status: Option<JobOrderStatus>,
    /// Of this employer.
    pub employer_id: Option<EmployerId>,
    /// Handled by this agency.
    pub agency_id: Option<AgencyId>,
    /// In this ISCO-08 group (any level).
    pub isco: Option<String>,
    /// Under programmes whose origin is one of these countries.
    pub origins: Option<Vec<CountryCode>>,
    /// Under programmes touching this country (origin or destination).
    pub country: Option<CountryCode>,
    /// Starting on or after this day.
    pub starts_from: Option<NaiveDate>,
}

const COLS: &str = "j.id, j.status, j.posted_on, j.spec_json";
const FROM: &str = "job_orders j JOIN programmes p ON p.id = j.programme_id";

fn job_order_from_row(r: &AnyRow) -> Result<JobOrder> {
    Ok(JobOrder {
        id: JobOrderId(rows::int(r, "id")?),
        status: rows::enum_text(r, "status")?,
        posted_on: rows::date(r, "posted_on")?,
        spec: rows::json(r, "spec_json")?,
    })
}

impl Store {
    /// Stores a job order (already validated by the caller).
    pub async fn insert_job_order(
        &self,
        actor: &Actor,
        spec: &JobOrderSpec,
        status: JobOrderStatus,
        posted_on: NaiveDate,
    ) -> Result<JobOrder> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO job_orders (programme_id, employer_id, agency_id, occupation, isco, status, positions, start_date, posted_on, spec_json, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(spec.programme_id.0)
        .bind(spec.employer_id.0)
        .bind(spec.agency_id.map(|a| a.0))
        .bind(spec.occupation.as_str())
        .bind(spec.occupation.isco().to_string())
        .bind(status.as_str())
        .bind(spec.positions as i64)
        .bind(date_text(spec.start_date))
        .bind(date_text(posted_on))
        .bind(serde_json::to_string(spec)?)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?;
        let id = JobOrderId(rows::int(&row, "id")?);
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "job_order", id, false)
                .detail(format!("status={}", status.as_str())),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(JobOrder {
            id,
            status,
            posted_on,
            spec: spec.clone(),
        })
    }

    /// A job order by id.
    pub async fn job_order(&self, id: JobOrderId) -> Result<JobOrder> {
        let row = sqlx::query(&format!("SELECT {COLS} FROM {FROM} WHERE j.id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("job order {id}")))?;
        job_order_from_row(&row)
    }

    /// Changes a job order's state.
    pub async fn set_job_order_status(
        &self,
        actor: &Actor,
        id: JobOrderId,
        status: JobOrderStatus,
    ) -> Result<JobOrder> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("UPDATE job_orders SET status = $1 WHERE id = $2")
            .bind(status.as_str())
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("job order {id}")));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "set_status", "job_order", id, false)
                .detail(format!("status={}", status.as_str())),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        self.job_order(id).await
    }

    /// Moves a job order from `from` to `to`, with the reason in the audit
    /// entry. Guarded by `from`: if another change came first (an approval
    /// racing a close), nothing is written and the change is a conflict, so
    /// a closed job order can never be reopened by a stale approval.
    pub async fn move_job_order(
        &self,
        actor: &Actor,
        id: JobOrderId,
        from: JobOrderStatus,
        to: JobOrderStatus,
        reason: &str,
    ) -> Result<JobOrder> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("UPDATE job_orders SET status = $1 WHERE id = $2 AND status = $3")
            .bind(to.as_str())
            .bind(id.0)
            .bind(from.as_str())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(format!(
                "job order {id} is no longer {}; reload and try again",
                from.as_str()
            )));
        }
        let mut detail = format!("status={}", to.as_str());
        if !reason.is_empty() {
            detail.push_str(" reason=");
            detail.push_str(reason);
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "set_status", "job_order", id, false).detail(detail),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        self.job_order(id).await
    }

    /// Job orders matching `filter`, oldest first.
    pub async fn job_orders(&self, filter: &JobOrderFilter, page: Page) -> Result<Paged<JobOrder>> {
        let mut f = Filter::new();
        if let Some(p) = filter.programme_id {
            f.int("j.programme_id", "=", p.0);
        }
        if let Some(s) = filter.status {
            f.text("j.status", "=", enum_name(&s));
        }
        if let Some(e) = filter.employer_id {
            f.int("j.employer_id", "=", e.0);
        }
        if let Some(a) = filter.agency_id {
            f.int("j.agency_id", "=", a.0);
        }
        if let Some(isco) = &filter.isco {
            f.text("j.isco", "LIKE", format!("{isco}%"));
        }
        if let Some(origins) = &filter.origins {
            let codes: Vec<String> = origins.iter().map(ToString::to_string).collect();
            f.text_in("p.origin", &codes);
        }
        if let Some(c) = &filter.country {
            f.text_any(&["p.origin", "p.destination"], "=", c.as_str());
        }
        if let Some(d) = filter.starts_from {
            f.text("j.start_date", ">=", date_text(d));
        }
        paged(&self.pool, COLS, FROM, &f, "j.id", page, job_order_from_row).await
    }
}
