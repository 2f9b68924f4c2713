//! Employers and recruiting agencies, and the history of their licences
//! and registrations.
//!
//! A licence's status and validity, and an employer's status, change only
//! through [`Store::change_licence`] and [`Store::change_employer`]: each
//! locks the record, applies the domain's rule to the state it finds
//! there, and writes the new state, its immutable event (with the reason)
//! and the audit entry in one transaction. Registering an organisation
//! writes its first event the same way; replacing its details keeps the
//! status it has.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use chrono::NaiveDate;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::licensing::{
    EmployerAction, EmployerChange, EmployerEvent, LicenceAction, LicenceChange, LicenceEvent,
    apply_employer_change, apply_licence_change,
};
use corridor_domain::organisation::{
    Agency, AgencySpec, Employer, EmployerSpec, EmployerStatus, Licence,
};
use sqlx::AnyConnection;
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

const LICENCE_EVENT_COLS: &str =
    "agency_id, action, status, valid_until, reason, actor_user_id, at";
const EMPLOYER_EVENT_COLS: &str = "employer_id, action, status, reason, actor_user_id, at";

fn licence_event_from_row(r: &AnyRow) -> Result<LicenceEvent> {
    Ok(LicenceEvent {
        agency_id: AgencyId(rows::int(r, "agency_id")?),
        action: rows::enum_text(r, "action")?,
        status: rows::enum_text(r, "status")?,
        valid_until: rows::date(r, "valid_until")?,
        reason: rows::text(r, "reason")?,
        actor_user_id: rows::int(r, "actor_user_id")?,
        at: rows::instant(r, "at")?,
    })
}

fn employer_event_from_row(r: &AnyRow) -> Result<EmployerEvent> {
    Ok(EmployerEvent {
        employer_id: EmployerId(rows::int(r, "employer_id")?),
        action: rows::enum_text(r, "action")?,
        status: rows::enum_text(r, "status")?,
        reason: rows::text(r, "reason")?,
        actor_user_id: rows::int(r, "actor_user_id")?,
        at: rows::instant(r, "at")?,
    })
}

async fn insert_licence_event(
    conn: &mut AnyConnection,
    actor: &Actor,
    agency: AgencyId,
    action: LicenceAction,
    licence: &Licence,
    reason: &str,
) -> Result<LicenceEvent> {
    let row = sqlx::query(&format!(
        "INSERT INTO licence_events ({LICENCE_EVENT_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         RETURNING {LICENCE_EVENT_COLS}"
    ))
    .bind(agency.0)
    .bind(action.as_str())
    .bind(licence.status.as_str())
    .bind(date_text(licence.valid_until))
    .bind(reason.trim())
    .bind(actor.user_id_or_system())
    .bind(now_text())
    .fetch_one(&mut *conn)
    .await?;
    licence_event_from_row(&row)
}

async fn insert_employer_event(
    conn: &mut AnyConnection,
    actor: &Actor,
    employer: EmployerId,
    action: EmployerAction,
    status: EmployerStatus,
    reason: &str,
) -> Result<EmployerEvent> {
    let row = sqlx::query(&format!(
        "INSERT INTO employer_events ({EMPLOYER_EVENT_COLS}) VALUES ($1, $2, $3, $4, $5, $6) \
         RETURNING {EMPLOYER_EVENT_COLS}"
    ))
    .bind(employer.0)
    .bind(action.as_str())
    .bind(status.as_str())
    .bind(reason.trim())
    .bind(actor.user_id_or_system())
    .bind(now_text())
    .fetch_one(&mut *conn)
    .await?;
    employer_event_from_row(&row)
}

/// Locks an organisation's row for the rest of the transaction (PostgreSQL
/// holds the row lock, SQLite its write lock, until the commit) and returns
/// its stored document.
async fn lock_spec(conn: &mut AnyConnection, table: &str, id: i64, what: &str) -> Result<String> {
    let row = sqlx::query(&format!(
        "UPDATE {table} SET id = id WHERE id = $1 RETURNING spec_json"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| StoreError::NotFound(format!("{what} {id}")))?;
    rows::text(&row, "spec_json")
}

impl Store {
    /// Registers an employer, its history starting with `register`.
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
        insert_employer_event(
            &mut tx,
            actor,
            e.id,
            EmployerAction::Register,
            spec.status,
            "",
        )
        .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "employer", e.id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(e)
    }

    /// Replaces an employer's details; its status is kept (it changes only
    /// through [`Store::change_employer`], which records why).
    pub async fn update_employer(
        &self,
        actor: &Actor,
        id: EmployerId,
        spec: &EmployerSpec,
    ) -> Result<Employer> {
        let mut tx = self.pool.begin().await?;
        let current: EmployerSpec =
            serde_json::from_str(&lock_spec(&mut tx, "employers", id.0, "employer").await?)?;
        let spec = EmployerSpec {
            status: current.status,
            ..spec.clone()
        };
        sqlx::query(
            "UPDATE employers SET name = $1, country = $2, status = $3, spec_json = $4 WHERE id = $5",
        )
        .bind(&spec.name)
        .bind(spec.country.as_str())
        .bind(enum_name(&spec.status))
        .bind(serde_json::to_string(&spec)?)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "update", "employer", id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(Employer { id, spec })
    }

    /// Suspends or reinstates an employer: the domain's rule is applied to
    /// the status found under the row's lock, and the new status, its event
    /// (with the reason) and the audit entry are written together. A rule
    /// broken is [`StoreError::Invalid`] and nothing is written.
    pub async fn change_employer(
        &self,
        actor: &Actor,
        id: EmployerId,
        change: &EmployerChange,
    ) -> Result<(Employer, EmployerEvent)> {
        let mut tx = self.pool.begin().await?;
        let mut spec: EmployerSpec =
            serde_json::from_str(&lock_spec(&mut tx, "employers", id.0, "employer").await?)?;
        spec.status = apply_employer_change(spec.status, change).map_err(StoreError::Invalid)?;
        sqlx::query("UPDATE employers SET status = $1, spec_json = $2 WHERE id = $3")
            .bind(spec.status.as_str())
            .bind(serde_json::to_string(&spec)?)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let event = insert_employer_event(
            &mut tx,
            actor,
            id,
            change.action,
            spec.status,
            &change.reason,
        )
        .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, change.action.as_str(), "employer", id, false)
                .detail(format!("status={}", spec.status.as_str())),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok((Employer { id, spec }, event))
    }

    /// An employer's history, oldest first.
    pub async fn employer_events(&self, id: EmployerId) -> Result<Vec<EmployerEvent>> {
        sqlx::query(&format!(
            "SELECT {EMPLOYER_EVENT_COLS} FROM employer_events WHERE employer_id = $1 ORDER BY id"
        ))
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(employer_event_from_row)
        .collect()
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

    /// The employers with these ids, in one query (ids that do not exist
    /// are left out).
    pub async fn employers_by_id(&self, ids: &[EmployerId]) -> Result<Vec<Employer>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let list: Vec<String> = ids.iter().map(|i| i.0.to_string()).collect();
        sqlx::query(&format!(
            "SELECT id, spec_json FROM employers WHERE id IN ({})",
            list.join(", ")
        ))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(employer_from_row)
        .collect()
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

    /// Registers an agency and its licence, its history starting with
    /// `issue`; a licence number already registered is a conflict.
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
        insert_licence_event(
            &mut tx,
            actor,
            a.id,
            LicenceAction::Issue,
            &spec.licence,
            "",
        )
        .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "agency", a.id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(a)
    }

    /// Replaces an agency's details; its licence's status and validity are
    /// kept (they change only through [`Store::change_licence`], which
    /// records why).
    pub async fn update_agency(
        &self,
        actor: &Actor,
        id: AgencyId,
        spec: &AgencySpec,
    ) -> Result<Agency> {
        let mut tx = self.pool.begin().await?;
        let current: AgencySpec =
            serde_json::from_str(&lock_spec(&mut tx, "agencies", id.0, "agency").await?)?;
        let mut spec = spec.clone();
        spec.licence.status = current.licence.status;
        spec.licence.valid_until = current.licence.valid_until;
        sqlx::query(
            "UPDATE agencies SET name = $1, country = $2, licence_number = $3, licence_status = $4, spec_json = $5 WHERE id = $6",
        )
        .bind(&spec.name)
        .bind(spec.country.as_str())
        .bind(&spec.licence.number)
        .bind(enum_name(&spec.licence.status))
        .bind(serde_json::to_string(&spec)?)
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .map_err(|e| StoreError::from(e).unique_as_conflict("this licence number is already registered"))?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "update", "agency", id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(Agency { id, spec })
    }

    /// Renews, suspends, reinstates, revokes or expires an agency's
    /// licence on `today`: the domain's rule is applied to the licence
    /// found under the row's lock, and the new licence, its event (with the
    /// reason) and the audit entry are written together. A rule broken is
    /// [`StoreError::Invalid`] and nothing is written.
    pub async fn change_licence(
        &self,
        actor: &Actor,
        id: AgencyId,
        change: &LicenceChange,
        today: NaiveDate,
    ) -> Result<(Agency, LicenceEvent)> {
        let mut tx = self.pool.begin().await?;
        let mut spec: AgencySpec =
            serde_json::from_str(&lock_spec(&mut tx, "agencies", id.0, "agency").await?)?;
        spec.licence =
            apply_licence_change(&spec.licence, change, today).map_err(StoreError::Invalid)?;
        sqlx::query("UPDATE agencies SET licence_status = $1, spec_json = $2 WHERE id = $3")
            .bind(spec.licence.status.as_str())
            .bind(serde_json::to_string(&spec)?)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let event = insert_licence_event(
            &mut tx,
            actor,
            id,
            change.action,
            &spec.licence,
            &change.reason,
        )
        .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, change.action.as_str(), "agency", id, false).detail(format!(
                "licence_status={} valid_until={}",
                spec.licence.status.as_str(),
                spec.licence.valid_until
            )),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok((Agency { id, spec }, event))
    }

    /// A licence's history, oldest first.
    pub async fn licence_events(&self, id: AgencyId) -> Result<Vec<LicenceEvent>> {
        sqlx::query(&format!(
            "SELECT {LICENCE_EVENT_COLS} FROM licence_events WHERE agency_id = $1 ORDER BY id"
        ))
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(licence_event_from_row)
        .collect()
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
