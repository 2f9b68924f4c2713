//! Pre-departure orientation: each programme's published orientation (one
//! JSON document, replaced whole) and the immutable record of each
//! placement's completion. Both writes carry their audit entry in the same
//! transaction.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Result, Store};
use chrono::NaiveDate;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{PlacementId, ProgrammeId, UserId};
use corridor_domain::orientation::{Orientation, OrientationCompletion, OrientationSpec};
use sqlx::any::AnyRow;

fn completion_from_row(r: &AnyRow) -> Result<OrientationCompletion> {
    let hours = rows::text(r, "hours")?;
    Ok(OrientationCompletion {
        id: rows::int(r, "id")?,
        placement_id: PlacementId(rows::int(r, "placement_id")?),
        completed_on: rows::date(r, "completed_on")?,
        hours: hours
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("orientation hours '{hours}'")))?,
        note: rows::text(r, "note")?,
        recorded_by: UserId(rows::int(r, "actor_user_id")?),
        recorded_by_role: rows::text(r, "actor_role")?,
        recorded_at: rows::instant(r, "at")?,
    })
}

const COMPLETION_COLUMNS: &str =
    "id, placement_id, completed_on, hours, note, actor_user_id, actor_role, at";

impl Store {
    /// A programme's orientation, if it has published one.
    pub async fn orientation(&self, programme: ProgrammeId) -> Result<Option<Orientation>> {
        let row = sqlx::query(
            "SELECT programme_id, spec_json, updated_at FROM programme_orientations WHERE programme_id = $1",
        )
        .bind(programme.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(Orientation {
                programme_id: ProgrammeId(rows::int(&r, "programme_id")?),
                spec: rows::json(&r, "spec_json")?,
                updated_at: rows::instant(&r, "updated_at")?,
            })
        })
        .transpose()
    }

    /// Publishes or replaces a programme's orientation (already validated
    /// by the caller), audited as a change to the programme.
    pub async fn put_orientation(
        &self,
        actor: &Actor,
        programme: ProgrammeId,
        countries: [CountryCode; 2],
        spec: &OrientationSpec,
    ) -> Result<Orientation> {
        let mut tx = self.pool.begin().await?;
        let now = now_text();
        let json = serde_json::to_string(spec)?;
        let done = sqlx::query(
            "UPDATE programme_orientations SET spec_json = $1, updated_at = $2 WHERE programme_id = $3",
        )
        .bind(&json)
        .bind(&now)
        .bind(programme.0)
        .execute(&mut *tx)
        .await?;
        let action = if done.rows_affected() == 0 {
            sqlx::query(
                "INSERT INTO programme_orientations (programme_id, spec_json, updated_at) VALUES ($1, $2, $3)",
            )
            .bind(programme.0)
            .bind(&json)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            "publish_orientation"
        } else {
            "update_orientation"
        };
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, action, "programme", programme, false).concerning(countries),
        )
        .await?;
        tx.commit().await?;
        Ok(Orientation {
            programme_id: programme,
            spec: spec.clone(),
            updated_at: rows::parse_instant(&now)?,
        })
    }

    /// Records that the worker of `placement` completed the orientation
    /// (checked by the caller), with the audit entry. A second record for
    /// the same placement is refused as a conflict.
    #[allow(clippy::too_many_arguments)]
    pub async fn record_orientation_completion(
        &self,
        actor: &Actor,
        placement: PlacementId,
        countries: [CountryCode; 2],
        completed_on: NaiveDate,
        hours: f64,
        note: &str,
    ) -> Result<OrientationCompletion> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(&format!(
            "INSERT INTO orientation_completions (placement_id, completed_on, hours, note, actor_user_id, actor_role, at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {COMPLETION_COLUMNS}"
        ))
        .bind(placement.0)
        .bind(date_text(completed_on))
        .bind(hours.to_string())
        .bind(note)
        .bind(actor.user_id_or_system())
        .bind(actor.role.as_ref().map(enum_name).unwrap_or_else(|| "system".into()))
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| {
            StoreError::from(e).unique_as_conflict(&format!(
                "the orientation of placement {placement} is recorded already"
            ))
        })?;
        let completion = completion_from_row(&row)?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "record_orientation", "placement", placement, true)
                .concerning(countries),
        )
        .await?;
        tx.commit().await?;
        Ok(completion)
    }

    /// The completion recorded for a placement, if any.
    pub async fn orientation_completion(
        &self,
        placement: PlacementId,
    ) -> Result<Option<OrientationCompletion>> {
        sqlx::query(&format!(
            "SELECT {COMPLETION_COLUMNS} FROM orientation_completions WHERE placement_id = $1"
        ))
        .bind(placement.0)
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(completion_from_row)
        .transpose()
    }
}
