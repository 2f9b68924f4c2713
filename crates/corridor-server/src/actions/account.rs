//! Accounts: a worker's registration, and what every account holder does
//! with their own account — change the password, sign out everywhere,
//! choose the interface language, download everything Corridor holds about
//! them, close the account. Password hashing runs off the async threads.

use super::{allow, audit_read, today};
use crate::AppState;
use crate::auth::{self, CurrentUser};
use crate::error::ApiError;
use corridor_domain::Violations;
use corridor_domain::access::{Denied, Role};
use corridor_domain::ledger::Payment;
use corridor_domain::placement::{PlacementEvent, PlacementStatus, TransitionRequest};
use corridor_domain::proposal::Proposal;
use corridor_domain::worker::{Consent, ConsentPurpose, WorkerProfile, WorkerProfileSpec};
use corridor_store::{Actor, NewUser, Page, PlacementFilter, PlacementView, ProposalFilter, User};
use serde::Serialize;

/// Checks an e-mail address's shape.
pub fn check_email(email: &str, v: &mut Violations) {
    let ok = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'));
    if !ok {
        v.push("email", "invalid", "the e-mail address is not valid");
    }
}

/// Every rule a registration breaks: the e-mail's shape, the password
/// policy, the profile's rules (under `profile.`).
pub fn check_registration(email: &str, password: &str, profile: &WorkerProfileSpec) -> Violations {
    let mut v = Violations::new();
    check_email(email, &mut v);
    if let Err(ApiError::Unprocessable(p)) = auth::check_password_policy(password) {
        v.extend(p);
    }
    if let Err(p) = profile.validate(today()) {
        v.extend_prefixed("profile", p);
    }
    v
}

/// What a registration did. Callers answer the same way in both cases,
/// so that registering reveals nothing about which e-mails have accounts.
#[derive(Debug)]
pub enum Registration {
    /// A new account and profile.
    Created(Box<(User, WorkerProfile)>),
    /// The e-mail already had an account: nothing was created or changed.
    EmailInUse,
}

/// A worker registers with a profile and the consents they give. E-mail,
/// password and profile are checked together; nothing is written unless
/// all pass.
///
/// No account enumeration: whether the e-mail is new or already has an
/// account, the same rules are checked, the password is hashed (so both
/// take about the same time), and the caller answers the same. For an
/// e-mail in use nothing is created or changed; the attempt is audited
/// against that account (without the password or profile).
pub async fn register_worker(
    state: &AppState,
    email: &str,
    password: &str,
    profile: &WorkerProfileSpec,
    consents: &[ConsentPurpose],
) -> Result<Registration, ApiError> {
    let v = check_registration(email, password, profile);
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    let password_hash = auth::hash_password_off_thread(password).await?;
    let in_use = |id: String| {
        corridor_store::AuditEntry::new(&Actor::system(), "register", "user", id, false).denied()
    };
    if let Some((existing, _)) = state.store.user_credentials(email).await? {
        state.store.audit(in_use(existing.id.to_string())).await?;
        return Ok(Registration::EmailInUse);
    }
    let account = NewUser {
        email: email.to_string(),
        display_name: format!("{} {}", profile.given_name, profile.family_name)
            .trim()
            .to_string(),
        password_hash,
        role: Role::Worker,
        worker_id: None,
        employer_id: None,
        agency_id: None,
        country: None,
    };
    let (user, worker) = match state
        .store
        .create_worker_account(&Actor::system(), profile, consents, &account)
        .await
    {
        Ok(created) => created,
        // Registered a moment ago by someone else: the same answer.
        Err(corridor_store::StoreError::Conflict(_)) => return Ok(Registration::EmailInUse),
        Err(e) => return Err(e.into()),
    };
    state
        .matching
        .refresh_worker(&state.store, worker.id)
        .await?;
    Ok(Registration::Created(Box::new((user, worker))))
}

/// Changes the signed-in user's password after checking the current one.
/// Every session and API token of the account ends (the caller starts a
/// new session for the browser that asked).
pub async fn change_password(
    state: &AppState,
    user: &CurrentUser,
    current: &str,
    new: &str,
) -> Result<(), ApiError> {
    let mut v = Violations::new();
    let phc = state
        .store
        .user_credentials(&user.user.email)
        .await?
        .map(|(_, phc)| phc)
        .unwrap_or_default();
    if !auth::verify_password_off_thread(current, &phc).await {
        v.push(
            "current_password",
            "wrong_password",
            "the current password is not right",
        );
    }
    if let Err(ApiError::Unprocessable(p)) = auth::check_password_policy(new) {
        for x in p.iter() {
            v.push("new_password", &x.rule, x.message.clone());
        }
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    let hash = auth::hash_password_off_thread(new).await?;
    state
        .store
        .set_password(&user.actor(), user.user.id, &hash)
        .await?;
    state
        .store
        .end_all_sessions(&user.actor(), user.user.id)
        .await?;
    Ok(())
}

/// Ends every session and API token of the signed-in user.
pub async fn sign_out_everywhere(state: &AppState, user: &CurrentUser) -> Result<u64, ApiError> {
    Ok(state
        .store
        .end_all_sessions(&user.actor(), user.user.id)
        .await?)
}

/// Saves the interface language the user chose.
pub async fn set_language(
    state: &AppState,
    user: &CurrentUser,
    lang: &str,
) -> Result<(), ApiError> {
    let lang = crate::i18n::I18n::negotiate(lang);
    state.store.set_user_lang(user.user.id, lang).await?;
    Ok(())
}

/// A placement with its timeline and ledger, as the worker's data holds
/// it.
#[derive(Debug, Serialize)]
pub struct PlacementRecord {
    /// The placement.
    pub placement: PlacementView,
    /// Its events.
    pub events: Vec<PlacementEvent>,
    /// Its fee ledger.
    pub payments: Vec<Payment>,
}

/// Everything Corridor holds about a worker, for them to download.
#[derive(Debug, Serialize)]
pub struct WorkerData {
    /// When this copy was made.
    pub exported_at: chrono::DateTime<chrono::Utc>,
    /// The account (never the password).
    pub account: AccountData,
    /// The profile.
    pub profile: Option<WorkerProfile>,
    /// Every consent given or withdrawn.
    pub consents: Vec<Consent>,
    /// Every application and placement.
    pub placements: Vec<PlacementRecord>,
    /// Every proposal made to them.
    pub proposals: Vec<Proposal>,
}

/// An account as its holder downloads it.
#[derive(Debug, Serialize)]
pub struct AccountData {
    /// Sign-in e-mail.
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Chosen language.
    pub lang: Option<String>,
    /// When created.
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Everything Corridor holds about the signed-in worker (audited).
pub async fn worker_data(state: &AppState, user: &CurrentUser) -> Result<WorkerData, ApiError> {
    let account = AccountData {
        email: user.user.email.clone(),
        display_name: user.user.display_name.clone(),
        role: user.principal().role,
        lang: user.user.lang.clone(),
        created_at: user.user.created_at,
    };
    let Some(w) = user.principal().worker_id else {
        return Ok(WorkerData {
            exported_at: chrono::Utc::now(),
            account,
            profile: None,
            consents: vec![],
            placements: vec![],
            proposals: vec![],
        });
    };
    audit_read(state, user, "worker_data", w).await?;
    let mut placements = vec![];
    let list = state
        .store
        .placements(
            &PlacementFilter {
                worker_id: Some(w),
                ..Default::default()
            },
            Page::all(),
        )
        .await?;
    for p in list.items {
        let events = state.store.placement_events(p.placement.id).await?;
        let payments = state.store.payments(p.placement.id).await?;
        placements.push(PlacementRecord {
            placement: p,
            events,
            payments,
        });
    }
    Ok(WorkerData {
        exported_at: chrono::Utc::now(),
        account,
        profile: Some(state.store.worker(w).await?),
        consents: state.store.consents(w).await?,
        placements,
        proposals: state
            .store
            .proposals(
                &ProposalFilter {
                    worker_id: Some(w),
                    ..Default::default()
                },
                Page::all(),
            )
            .await?
            .items,
    })
}

/// What closing an account did.
#[derive(Debug, Serialize)]
pub struct Closed {
    /// Applications withdrawn (those not yet past selection's next steps).
    pub withdrawn: Vec<i64>,
    /// Consents withdrawn.
    pub consents_withdrawn: Vec<ConsentPurpose>,
}

/// A worker closes their account: every consent is withdrawn (so no
/// employer reads the profile and no round or statistic counts them),
/// every application that can still be withdrawn is, and the account is
/// disabled with all its sessions and tokens. Placements already under way
/// stay on record, as administrative records of what happened.
pub async fn close_worker_account(
    state: &AppState,
    user: &CurrentUser,
) -> Result<Closed, ApiError> {
    let p = user.principal();
    let decision = if p.role == Role::Worker {
        Ok(())
    } else {
        Err(Denied(
            "accounts of organisations and officials are closed by an administrator".into(),
        ))
    };
    allow(state, user, decision, "close", "user", user.user.id, false).await?;
    let actor = user.actor();
    let mut closed = Closed {
        withdrawn: vec![],
        consents_withdrawn: vec![],
    };
    if let Some(w) = p.worker_id {
        for purpose in [
            ConsentPurpose::Matching,
            ConsentPurpose::SharingWithEmployers,
            ConsentPurpose::Statistics,
            ConsentPurpose::Contact,
        ] {
            if state.store.has_consent(w, purpose).await? {
                state
                    .store
                    .record_consent(&actor, w, purpose, false)
                    .await?;
                closed.consents_withdrawn.push(purpose);
            }
        }
        let list = state
            .store
            .placements(
                &PlacementFilter {
                    worker_id: Some(w),
                    ..Default::default()
                },
                Page::all(),
            )
            .await?;
        for v in list.items {
            if v.placement.status.can_move_to(PlacementStatus::Withdrawn) {
                let req = TransitionRequest {
                    to: PlacementStatus::Withdrawn,
                    occurred_on: Some(today()),
                    note: "the worker closed their account".into(),
                    end_reason: None,
                    contract: None,
                };
                state
                    .store
                    .transition_placement(&actor, v.placement.id, v.placement.status, &req, today())
                    .await?;
                closed.withdrawn.push(v.placement.id.0);
            }
        }
        state.matching.refresh_worker(&state.store, w).await?;
    }
    state
        .store
        .set_user_disabled(&actor, user.user.id, true)
        .await?;
    Ok(closed)
}
