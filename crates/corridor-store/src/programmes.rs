//! Programmes: stored as their agreed terms (a JSON document) with the
//! columns lists filter on.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use corridor_domain::access::ProgrammeScope;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::ProgrammeId;
use corridor_domain::programme::{Programme, ProgrammeSpec};
use sqlx::any::AnyRow;

fn programme_from_row(r: &AnyRow) -> Result<Programme> {
    Ok(Programme {
        id: ProgrammeId(rows::int(r, "id")?),
        spec: rows::json(r, "spec_json")?,
    })
}

impl Store {
    /// Stores a new programme (already validated by the caller).
    pub async fn insert_programme(&self, actor: &Actor, spec: &ProgrammeSpec) -> Result<Programme> {
        let mut tx = self.pool.begin().await?;
        let now = now_text();
        let row = sqlx::query(
            "INSERT INTO programmes (name, origin, destination, kind, spec_json, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, spec_json",
        )
        .bind(&spec.name)
        .bind(spec.origin.as_str())
        .bind(spec.destination.as_str())
        .bind(enum_name(&spec.kind))
        .bind(serde_json::to_string(spec)?)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        let p = programme_from_row(&row)?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "create", "programme", p.id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(p)
    }

    /// Replaces a programme's terms.
    pub async fn update_programme(
        &self,
        actor: &Actor,
        id: ProgrammeId,
        spec: &ProgrammeSpec,
    ) -> Result<Programme> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE programmes SET name = $1, origin = $2, destination = $3, kind = $4, spec_json = $5, updated_at = $6 WHERE id = $7",
        )
        .bind(&spec.name)
        .bind(spec.origin.as_str())
        .bind(spec.destination.as_str())
        .bind(enum_name(&spec.kind))
        .bind(serde_json::to_string(spec)?)
        .bind(now_text())
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("programme {id}")));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "update", "programme", id, false),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        Ok(Programme {
            id,
            spec: spec.clone(),
        })
    }

    /// A programme by id.
    pub async fn programme(&self, id: ProgrammeId) -> Result<Programme> {
        let row = sqlx::query("SELECT id, spec_json FROM programmes WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("programme {id}")))?;
        programme_from_row(&row)
    }

    /// The programmes in an official's scope (their country's side of
    /// each), by id.
    pub async fn programmes_in(
        &self,
        scope: &ProgrammeScope,
        page: Page,
    ) -> Result<Paged<Programme>> {
        let mut f = Filter::new();
        match scope {
            ProgrammeScope::Everything => {}
            ProgrammeScope::Origin(c) => {
                f.text("origin", "=", c.as_str());
            }
            ProgrammeScope::Destination(c) => {
                f.text("destination", "=", c.as_str());
            }
        }
        paged(
            &self.pool,
            "id, spec_json",
            "programmes",
            &f,
            "id",
            page,
            programme_from_row,
        )
        .await
    }

    /// The programmes with these ids, in one query (ids that do not exist
    /// are left out).
    pub async fn programmes_by_id(&self, ids: &[ProgrammeId]) -> Result<Vec<Programme>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let list: Vec<String> = ids.iter().map(|i| i.0.to_string()).collect();
        sqlx::query(&format!(
            "SELECT id, spec_json FROM programmes WHERE id IN ({})",
            list.join(", ")
        ))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(programme_from_row)
        .collect()
    }

    /// Programmes, optionally those touching `country` (as origin or
    /// destination) or with a given origin.
    pub async fn programmes(
        &self,
        country: Option<&CountryCode>,
        origin: Option<&CountryCode>,
        page: Page,
    ) -> Result<Paged<Programme>> {
        let mut f = Filter::new();
        if let Some(c) = country {
            f.text_any(&["origin", "destination"], "=", c.as_str());
        }
        if let Some(o) = origin {
            f.text("origin", "=", o.as_str());
        }
        paged(
            &self.pool,
            "id, spec_json",
            "programmes",
            &f,
            "id",
            page,
            programme_from_row,
        )
        .await
    }
}
