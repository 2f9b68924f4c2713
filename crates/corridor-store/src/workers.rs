//! Worker profiles and consents. Profiles are personal data: every write is
//! audited here, and every read is audited by the caller, who knows who is
//! reading and why.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::{DateTime, Utc};
use corridor_domain::access::{PlacementLink, WorkerRecordFacts};
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, WorkerId};
use corridor_domain::worker::{Consent, ConsentPurpose, WorkerProfile, WorkerProfileSpec};
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

/// Which workers to list.
#[derive(Debug, Clone, Default)]
pub struct WorkerFilter {
    /// Citizens or residents of this country.
    pub country: Option<CountryCode>,
    /// Available on or before this day.
    pub available_by: Option<chrono::NaiveDate>,
}

fn worker_from_row(r: &AnyRow) -> Result<WorkerProfile> {
    Ok(WorkerProfile {
        id: WorkerId(rows::int(r, "id")?),
        spec: rows::json(r, "profile_json")?,
    })
}

fn citizenship_text(spec: &WorkerProfileSpec) -> String {
    let codes: Vec<&str> = spec.citizenships.iter().map(|c| c.as_str()).collect();
    format!(" {} ", codes.join(" "))
}

pub(crate) async fn insert_worker_in(
    conn: &mut AnyConnection,
    actor: &Actor,
    spec: &WorkerProfileSpec,
    consents: &[ConsentPurpose],
) -> Result<WorkerProfile> {
    let now = now_text();
    let row = sqlx::query(
        "INSERT INTO workers (sex, date_of_birth, citizenships, residence, available_from, profile_json, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(spec.sex.as_str())
    .bind(date_text(spec.date_of_birth))
    .bind(citizenship_text(spec))
    .bind(spec.country_of_residence.as_str())
    .bind(date_text(spec.availability.from))
    .bind(serde_json::to_string(spec)?)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    let id = WorkerId(rows::int(&row, "id")?);
    for purpose in consents {
        sqlx::query("INSERT INTO consents (worker_id, purpose, given, at) VALUES ($1, $2, 1, $3)")
            .bind(id.0)
            .bind(purpose.as_str())
            .bind(&now)
            .execute(&mut *conn)
            .await?;
    }
    audit::write(conn, &AuditEntry::new(actor, "create", "worker", id, true)).await?;
    Ok(WorkerProfile {
        id,
        spec: spec.clone(),
    })
}

impl Store {
    /// Registers a worker with the consents they gave.
    pub async fn insert_worker(
        &self,
        actor: &Actor,
        spec: &WorkerProfileSpec,
        consents: &[ConsentPurpose],
    ) -> Result<WorkerProfile> {
        let mut tx = self.pool.begin().await?;
        let w = insert_worker_in(&mut tx, actor, spec, consents).await?;
        tx.commit().await?;
        self.data_changed();
        Ok(w)
    }

    /// Replaces a worker's profile.
    pub async fn update_worker(
        &self,
        actor: &Actor,
        id: WorkerId,
        spec: &WorkerProfileSpec,
    ) -> Result<WorkerProfile> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE workers SET sex = $1, date_of_birth = $2, citizenships = $3, residence = $4, available_from = $5, profile_json = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(spec.sex.as_str())
        .bind(date_text(spec.date_of_birth))
        .bind(citizenship_text(spec))
        .bind(spec.country_of_residence.as_str())
        .bind(date_text(spec.availability.from))
        .bind(serde_json::to_string(spec)?)
        .bind(now_text())
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("worker {id}")));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "update", "worker", id, true),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(WorkerProfile {
            id,
            spec: spec.clone(),
        })
    }

    /// A worker's profile. The caller audits the read.
    pub async fn worker(&self, id: WorkerId) -> Result<WorkerProfile> {
        let row = sqlx::query("SELECT id, profile_json FROM workers WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("worker {id}")))?;
        worker_from_row(&row)
    }

    /// Workers matching `filter`. The caller audits the read.
    pub async fn workers(&self, filter: &WorkerFilter, page: Page) -> Result<Paged<WorkerProfile>> {
        let mut f = Filter::new();
        if let Some(c) = &filter.country {
            f.either_text(
                ("residence", "=", c.to_string()),
                ("citizenships", "LIKE", format!("% {} %", c.as_str())),
            );
        }
        if let Some(d) = filter.available_by {
            f.text("available_from", "<=", date_text(d));
        }
        paged(
            &self.pool,
            "id, profile_json",
            "workers",
            &f,
            "id",
            page,
            worker_from_row,
        )
        .await
    }

    /// Every worker id with their profile, in id order, a batch at a time
    /// (for matching indexes and statistics).
    pub async fn workers_after(&self, after: WorkerId, limit: i64) -> Result<Vec<WorkerProfile>> {
        sqlx::query("SELECT id, profile_json FROM workers WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after.0)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(worker_from_row)
            .collect()
    }

    /// Records a consent given or withdrawn.
    pub async fn record_consent(
        &self,
        actor: &Actor,
        worker: WorkerId,
        purpose: ConsentPurpose,
        given: bool,
    ) -> Result<Consent> {
        let mut tx = self.pool.begin().await?;
        // Lock the worker's row first: a match round being confirmed holds
        // it while it reads this worker's consents, so a consent given or
        // withdrawn meanwhile lands before or after, never in between.
        sqlx::query("UPDATE workers SET id = id WHERE id = $1")
            .bind(worker.0)
            .execute(&mut *tx)
            .await?;
        let at = Utc::now();
        sqlx::query("INSERT INTO consents (worker_id, purpose, given, at) VALUES ($1, $2, $3, $4)")
            .bind(worker.0)
            .bind(purpose.as_str())
            .bind(given as i64)
            .bind(rows::instant_text(at))
            .execute(&mut *tx)
            .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "consent", "worker", worker, true)
                .detail(format!("{}={given}", purpose.as_str())),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(Consent { purpose, given, at })
    }

    /// Every consent record of a worker, oldest first.
    pub async fn consents(&self, worker: WorkerId) -> Result<Vec<Consent>> {
        sqlx::query("SELECT purpose, given, at FROM consents WHERE worker_id = $1 ORDER BY id")
            .bind(worker.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(Consent {
                    purpose: rows::enum_text(r, "purpose")?,
                    given: rows::int(r, "given")? != 0,
                    at: rows::instant(r, "at")?,
                })
            })
            .collect()
    }

    /// The consent currently in force for `purpose` (the latest record).
    pub async fn has_consent(&self, worker: WorkerId, purpose: ConsentPurpose) -> Result<bool> {
        let row = sqlx::query(
            "SELECT given FROM consents WHERE worker_id = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1",
        )
        .bind(worker.0)
        .bind(enum_name(&purpose))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row
            .map(|r| rows::int(&r, "given"))
            .transpose()?
            .unwrap_or(0)
            != 0)
    }

    /// Of `workers`, those whose latest word on `purpose` is "given".
    pub async fn workers_consenting(
        &self,
        workers: &[WorkerId],
        purpose: ConsentPurpose,
    ) -> Result<std::collections::HashSet<WorkerId>> {
        let mut latest = std::collections::HashMap::new();
        for chunk in workers.chunks(500) {
            let mut f = crate::query::Filter::new();
            f.text("purpose", "=", purpose.as_str());
            let ids: Vec<String> = chunk.iter().map(|w| w.0.to_string()).collect();
            f.raw(&format!("worker_id IN ({})", ids.join(", ")));
            let sql = format!(
                "SELECT worker_id, given FROM consents WHERE {} ORDER BY id",
                f.sql()
            );
            for r in f.bind(sqlx::query(&sql)).fetch_all(&self.pool).await? {
                latest.insert(
                    WorkerId(rows::int(&r, "worker_id")?),
                    rows::int(&r, "given")? != 0,
                );
            }
        }
        Ok(latest
            .into_iter()
            .filter_map(|(w, given)| given.then_some(w))
            .collect())
    }

    /// The facts that decide who may read a worker's record.
    pub async fn worker_record_facts(&self, id: WorkerId) -> Result<WorkerRecordFacts> {
        let w = self.worker(id).await?;
        let mut countries = w.spec.citizenships.clone();
        countries.push(w.spec.country_of_residence.clone());
        let rows = sqlx::query(
            "SELECT j.employer_id, j.agency_id, p.origin, p.destination, pl.status FROM placements pl \
             JOIN job_orders j ON j.id = pl.job_order_id JOIN programmes p ON p.id = j.programme_id \
             WHERE pl.worker_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        let country = |r: &AnyRow, col: &str| {
            CountryCode::parse(&rows::text(r, col)?).map_err(|e| StoreError::Corrupt(e.to_string()))
        };
        let placements = rows
            .iter()
            .map(|r| {
                Ok(PlacementLink {
                    employer: EmployerId(rows::int(r, "employer_id")?),
                    agency: rows::opt_int(r, "agency_id")?.map(AgencyId),
                    origin: country(r, "origin")?,
                    destination: country(r, "destination")?,
                    status: rows::enum_text(r, "status")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(WorkerRecordFacts {
            worker_id: Some(id),
            countries,
            placements,
            shares_with_employers: self
                .has_consent(id, ConsentPurpose::SharingWithEmployers)
                .await?,
        })
    }

    /// When the worker registered.
    pub async fn worker_registered_at(&self, id: WorkerId) -> Result<DateTime<Utc>> {
        let row = sqlx::query("SELECT created_at FROM workers WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("worker {id}")))?;
        rows::instant(&row, "created_at")
    }
}
