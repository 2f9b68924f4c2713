//! Programmes: their terms are public; officials of either country of a
//! programme create and change it (a programme's countries never change),
//! and administer it from their pages (its job orders of every status).
//! Every change refreshes the matching index, which holds the programme's
//! occupations and quotas.

use super::{Paging, allow};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use corridor_domain::Violations;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::ProgrammeId;
use corridor_domain::job_order::JobOrder;
use corridor_domain::programme::{Programme, ProgrammeSpec};
use corridor_store::{JobOrderFilter, Paged};

/// Every programme, optionally those touching `country` (as origin or
/// destination) or with a given origin: public.
pub async fn list(
    state: &AppState,
    country: Option<&CountryCode>,
    origin: Option<&CountryCode>,
    paging: Paging,
) -> Result<Paged<Programme>, ApiError> {
    Ok(state
        .store
        .programmes(country, origin, paging.page())
        .await?)
}

/// The programmes an official administers: their country's side of each
/// (administrators: all). The scope is part of the query, so the total
/// counts only these.
pub async fn administered(
    state: &AppState,
    user: &CurrentUser,
    paging: Paging,
) -> Result<Paged<Programme>, ApiError> {
    let scope = user.principal().programme_scope();
    let decision = scope.as_ref().map(|_| ()).map_err(Clone::clone);
    allow(state, user, decision, "list", "programme", "*", false).await?;
    let scope = scope.map_err(ApiError::from)?;
    Ok(state.store.programmes_in(&scope, paging.page()).await?)
}

/// One programme: public.
pub async fn read(state: &AppState, id: ProgrammeId) -> Result<Programme, ApiError> {
    Ok(state.store.programme(id).await?)
}

/// A programme as its officials administer it: the programme, and its job
/// orders of every status (drafts and those awaiting approval too), a page
/// at a time.
pub async fn administer(
    state: &AppState,
    user: &CurrentUser,
    id: ProgrammeId,
    paging: Paging,
) -> Result<(Programme, Paged<JobOrder>), ApiError> {
    let programme = state.store.programme(id).await?;
    allow(
        state,
        user,
        user.principal().may_edit_programme(&programme),
        "read",
        "programme",
        id,
        false,
    )
    .await?;
    let job_orders = state
        .store
        .job_orders(
            &JobOrderFilter {
                programme_id: Some(id),
                ..Default::default()
            },
            paging.page(),
        )
        .await?;
    Ok((programme, job_orders))
}

/// Whether `user` may open the form that creates a programme (one with
/// their own country on their side) or changes `programme`. A refusal is
/// audited.
pub async fn may_open_form(
    state: &AppState,
    user: &CurrentUser,
    programme: Option<&Programme>,
) -> Result<(), ApiError> {
    let p = user.principal();
    let decision = match (programme, &p.country) {
        (Some(programme), _) => p.may_edit_programme(programme),
        // The other country is not chosen yet: their own on both sides
        // asks whether their side is theirs.
        (None, Some(c)) => p.may_create_programme(c, c),
        (None, None) => p.programme_scope().map(|_| ()),
    };
    let (action, id) = match programme {
        Some(programme) => ("update", programme.id.to_string()),
        None => ("create", "new".to_string()),
    };
    allow(state, user, decision, action, "programme", id, false).await
}

/// An official of either country (or an administrator) creates a
/// programme; every violated rule is returned at once.
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    spec: &ProgrammeSpec,
) -> Result<Programme, ApiError> {
    allow(
        state,
        user,
        user.principal()
            .may_create_programme(&spec.origin, &spec.destination),
        "create",
        "programme",
        "new",
        false,
    )
    .await?;
    spec.validate()?;
    let p = state.store.insert_programme(&user.actor(), spec).await?;
    state.matching.refresh_programme(&state.store, p.id).await?;
    Ok(p)
}

/// Whether `spec` may replace `current`'s terms: every rule of a programme,
/// and its countries unchanged.
pub fn check_update(current: &Programme, spec: &ProgrammeSpec) -> Result<(), Violations> {
    let mut v = match spec.validate() {
        Ok(()) => Violations::new(),
        Err(v) => v,
    };
    if spec.origin != current.spec.origin || spec.destination != current.spec.destination {
        v.push(
            "destination",
            "countries_fixed",
            format!(
                "a programme's countries cannot change (this one runs {}); create a new programme instead",
                current.corridor()
            ),
        );
    }
    v.into_result(())
}

/// Officials of the programme's countries change its terms; its countries
/// stay fixed.
pub async fn update(
    state: &AppState,
    user: &CurrentUser,
    id: ProgrammeId,
    spec: &ProgrammeSpec,
) -> Result<Programme, ApiError> {
    let current = state.store.programme(id).await?;
    allow(
        state,
        user,
        user.principal().may_edit_programme(&current),
        "update",
        "programme",
        id,
        false,
    )
    .await?;
    check_update(&current, spec)?;
    let updated = state
        .store
        .update_programme(&user.actor(), current.id, spec)
        .await?;
    state
        .matching
        .refresh_programme(&state.store, current.id)
        .await?;
    Ok(updated)
}
