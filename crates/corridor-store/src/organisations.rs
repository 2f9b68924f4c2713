//! Employers and recruiting agencies.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::organisation::{Agency, AgencySpec, Employer, EmployerSpec};
use sqlx::any::AnyRow;

fn employer_from_row(r: &AnyRow) -> Result<Employer> {
    Ok(Employer {
        id: EmployerId(rows::int(r, "id")?),
        spec: rows::json(r, "spec_json")?,
    })
}

fn agency_from_row(r: &AnyRow) -> Result<Agency> {
    Ok(Agency {
        id: AgencyId(rows::int(r, "id")?),
        spec: rows::json(r, "spec_json")?,
    })
}

impl Store {
    /// Registers an employer.
    pub async fn insert_employer(&self, actor: &Actor, spec: &EmployerSpec) -> Result<Employer> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO employers (name, country, status, spec_json, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id, spec_json",
        )
        .bind(&spec.name)
        .bind(spec.country.as_str())
        .bind(enum_name(&spec.status))
        .bind(serde_json::to_string(spec)?)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?;
        let e = employer_from_row(&row)?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "employer", e.id, false),
        )
        .await?;
        tx.commit().await?;
        Ok(e)
    }

    /// Replaces an employer's details (status included).
    pub async fn update_employer(
        &self,
        actor: &Actor,
        id: EmployerId,
        spec: &EmployerSpec,
    ) -> Result<Employer> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE employers SET name = $1, country = $2, status = $3, spec_json = $4 WHERE id = $5",
        )
        .bind(&spec.name)
        .bind(spec.country.as_str())
        .bind(enum_name(&spec.status))
        .bind(serde_json::to_string(spec)?)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("employer {id}")));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "update", "employer", id, false)
                .detail(format!("status={}", enum_name(&spec.status))),
        )
        .await?;
        tx.commit().await?;
        Ok(Employer {
            id,
            spec: spec.clone(),
        })
    }

    /// An employer by id.
    pub async fn employer(&self, id: EmployerId) -> Result<Employer> {
        let row = sqlx::query("SELECT id, spec_json FROM employers WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("employer {id}")))?;
        employer_from_row(&row)
    }

    /// Employers, optionally of one country.
    pub async fn employers(
        &self,
        country: Option<&CountryCode>,
        page: Page,
    ) -> Result<Paged<Employer>> {
        let mut f = Filter::new();
        if let Some(c) = country {
            f.text("country", "=", c.as_str());
        }
        paged(
            &self.pool,
            "id, spec_json",
            "employers",
            &f,
            "id",
            page,
            employer_from_row,
        )
        .await
    }

    /// Registers an agency and its licence; a licence number already
    /// registered is a conflict.
    pub async fn insert_agency(&self, actor: &Actor, spec: &AgencySpec) -> Result<Agency> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO agencies (name, country, licence_number, licence_status, spec_json, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, spec_json",
        )
        .bind(&spec.name)
        .bind(spec.country.as_str())
        .bind(&spec.licence.number)
        .bind(enum_name(&spec.licence.status))
        .bind(serde_json::to_string(spec)?)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::from(e).unique_as_conflict("this licence number is already registered"))?;
        let a = agency_from_row(&row)?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "agency", a.id, false),
        )
        .await?;
        tx.commit().await?;
        Ok(a)
    }

    /// Replaces an agency's details (licence status included).
    pub async fn update_agency(
        &self,
        actor: &Actor,
        id: AgencyId,
        spec: &AgencySpec,
    ) -> Result<Agency> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE agencies SET name = $1, country = $2, licence_number = $3, licence_status = $4, spec_json = $5 WHERE id = $6",
        )
        .bind(&spec.name)
        .bind(spec.country.as_str())
        .bind(&spec.licence.number)
        .bind(enum_name(&spec.licence.status))
        .bind(serde_json::to_string(spec)?)
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .map_err(|e| StoreError::from(e).unique_as_conflict("this licence number is already registered"))?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("agency {id}")));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "update", "agency", id, false).detail(format!(
                "licence_status={}",
                enum_name(&spec.licence.status)
            )),
        )
        .await?;
        tx.commit().await?;
        Ok(Agency {
            id,
            spec: spec.clone(),
        })
    }

    /// An agency by id.
    pub async fn agency(&self, id: AgencyId) -> Result<Agency> {
        let row = sqlx::query("SELECT id, spec_json FROM agencies WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("agency {id}")))?;
        agency_from_row(&row)
    }

    /// Agencies, optionally of one country.
    pub async fn agencies(
        &self,
        country: Option<&CountryCode>,
        page: Page,
    ) -> Result<Paged<Agency>> {
        let mut f = Filter::new();
        if let Some(c) = country {
            f.text("country", "=", c.as_str());
        }
        paged(
            &self.pool,
            "id, spec_json",
            "agencies",
            &f,
            "id",
            page,
            agency_from_row,
        )
        .await
    }
}
