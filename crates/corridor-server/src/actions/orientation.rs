//! Pre-departure orientation: a programme's orientation is public and is
//! published or changed by the programme's officials; a worker's completion
//! is recorded once per placement, by the worker or an official of the
//! programme's country of origin, and the step `orientation_done` needs it
//! (checked in [`super::placements::transition`]).

use super::{allow, country, today};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::ids::{PlacementId, ProgrammeId};
use corridor_domain::orientation::{
    CompletionRequest, Orientation, OrientationCompletion, OrientationSpec, check_completion,
};
use corridor_domain::programme::Programme;
use corridor_store::{AuditEntry, StoreError};

/// A programme's orientation: public. Not found when the programme has
/// published none.
pub async fn read(
    state: &AppState,
    id: ProgrammeId,
) -> Result<(Programme, Option<Orientation>), ApiError> {
    let programme = state.store.programme(id).await?;
    let orientation = state.store.orientation(id).await?;
    Ok((programme, orientation))
}

/// The programme's officials publish or replace its orientation; every
/// violated rule is listed.
pub async fn put(
    state: &AppState,
    user: &CurrentUser,
    id: ProgrammeId,
    spec: &OrientationSpec,
) -> Result<Orientation, ApiError> {
    let programme = state.store.programme(id).await?;
    allow(
        state,
        user,
        user.principal().may_edit_orientation(&programme),
        "update_orientation",
        "programme",
        id,
        false,
    )
    .await?;
    spec.validate(&programme.spec)?;
    let countries = [
        programme.spec.origin.clone(),
        programme.spec.destination.clone(),
    ];
    Ok(state
        .store
        .put_orientation(&user.actor(), id, countries, spec)
        .await?)
}

/// The completion recorded for a placement, if any: for whoever may see
/// the placement (the read is audited).
pub async fn completion(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
) -> Result<Option<OrientationCompletion>, ApiError> {
    let (view, _) = super::placements::visible(state, user, id, "read").await?;
    state
        .store
        .audit(
            AuditEntry::new(&user.actor(), "read", "orientation_completion", id, true).concerning(
                country(&view.origin)
                    .into_iter()
                    .chain(country(&view.destination)),
            ),
        )
        .await?;
    Ok(state.store.orientation_completion(id).await?)
}

/// The worker, or an official of the programme's country of origin,
/// records that the worker completed the orientation: once, between
/// selection and `orientation_done`, for a programme that has published
/// one. Every violated rule at once.
pub async fn record_completion(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    req: &CompletionRequest,
) -> Result<OrientationCompletion, ApiError> {
    let view = state.store.placement(id).await?;
    let programme = state.store.programme(view.programme_id).await?;
    allow(
        state,
        user,
        user.principal()
            .may_record_orientation(view.placement.worker_id, &programme),
        "record_orientation",
        "placement",
        id,
        true,
    )
    .await?;
    let orientation = state.store.orientation(programme.id).await?;
    let recorded = state.store.orientation_completion(id).await?.is_some();
    let completed_on = req.completed_on.unwrap_or_else(today);
    check_completion(
        view.placement.status,
        orientation.is_some(),
        recorded,
        completed_on,
        today(),
    )?;
    let hours = orientation.map_or(0.0, |o| o.spec.total_hours());
    let countries = [
        programme.spec.origin.clone(),
        programme.spec.destination.clone(),
    ];
    match state
        .store
        .record_orientation_completion(
            &user.actor(),
            id,
            countries,
            completed_on,
            hours,
            req.note.trim(),
        )
        .await
    {
        Ok(c) => Ok(c),
        // Recorded by someone else meanwhile: the same rule as above.
        Err(StoreError::Conflict(_)) => {
            Err(
                check_completion(view.placement.status, true, true, completed_on, today())
                    .expect_err("already recorded")
                    .into(),
            )
        }
        Err(e) => Err(e.into()),
    }
}
