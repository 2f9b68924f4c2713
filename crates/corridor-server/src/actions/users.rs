//! User accounts as administrators manage them: the list by role, a new
//! account of any role bound to the employer, agency or country it acts
//! for, disabling and re-enabling (disabling ends every session and API
//! token at once), and a new temporary password (every session and token
//! ends). Only administrators ([`Principal::may_administer_users`]); a
//! refusal is audited, and so is every account read, record by record.
//!
//! [`Principal::may_administer_users`]: corridor_domain::access::Principal::may_administer_users

use super::account::check_email;
use super::{allow, audit_list_read, audit_read};
use crate::AppState;
use crate::auth::{self, CurrentUser};
use crate::error::ApiError;
use chrono::{DateTime, Utc};
use corridor_domain::Violations;
use corridor_domain::access::{Principal, Role};
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, UserId, WorkerId};
use corridor_store::{NewUser, Page, Paged, StoreError, User};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An administrator creating an account.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct NewUserRequest {
    /// Sign-in e-mail.
    #[schemars(length(max = 254), pattern(r"^[^@]+@[^.][\s\S]*\.[\s\S]*$"))]
    pub email: String,
    /// A temporary password (at least 10 characters) the administrator
    /// gives the holder.
    #[schemars(length(min = 10))]
    pub password: String,
    /// Name shown in pages.
    #[schemars(pattern(r"\S"))]
    pub display_name: String,
    /// Role. (Optional in the type so that every missing field is listed at
    /// once; required by the rules.)
    #[schemars(with = "Role")]
    pub role: Option<Role>,
    /// For a worker account: the worker's profile.
    #[serde(default)]
    pub worker_id: Option<WorkerId>,
    /// For an employer account: the employer.
    #[serde(default)]
    pub employer_id: Option<EmployerId>,
    /// For a recruiter account: the agency.
    #[serde(default)]
    pub agency_id: Option<AgencyId>,
    /// For an official: their country.
    #[serde(default)]
    pub country: Option<CountryCode>,
}

/// An account as administrators see it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AccountView {
    /// Identifier.
    pub id: UserId,
    /// Sign-in e-mail.
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// What the account may do.
    pub principal: Principal,
    /// A disabled account cannot sign in and has no session or token.
    pub disabled: bool,
    /// When created.
    pub created_at: DateTime<Utc>,
}

impl From<&User> for AccountView {
    fn from(u: &User) -> Self {
        AccountView {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            principal: u.principal.clone(),
            disabled: u.disabled,
            created_at: u.created_at,
        }
    }
}

/// A new temporary password.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
pub struct PasswordRequest {
    /// At least 10 characters; the holder should change it after signing
    /// in.
    #[schemars(length(min = 10))]
    pub password: String,
}

/// The field a role's binding is given in, when the role needs one.
pub fn binding_field(role: Role) -> Option<&'static str> {
    match role {
        Role::Worker => Some("worker_id"),
        Role::Employer => Some("employer_id"),
        Role::Recruiter => Some("agency_id"),
        Role::OriginOfficial | Role::DestinationOfficial => Some("country"),
        Role::Researcher | Role::Admin => None,
    }
}

/// Every rule a new account breaks that can be seen without the store:
/// the e-mail's shape, a name, a role, the password policy, and the
/// employer, agency or country the role acts for.
pub fn check_new_user(req: &NewUserRequest) -> Violations {
    let mut v = Violations::new();
    check_email(&req.email, &mut v);
    if req.display_name.trim().is_empty() {
        v.push("display_name", "required", "the account needs a name");
    }
    if let Err(ApiError::Unprocessable(p)) = auth::check_password_policy(&req.password) {
        v.extend(p);
    }
    match req.role {
        None => v.push("role", "required", "choose the account's role"),
        Some(role) => {
            let missing = match role {
                Role::Worker => req.worker_id.is_none(),
                Role::Employer => req.employer_id.is_none(),
                Role::Recruiter => req.agency_id.is_none(),
                Role::OriginOfficial | Role::DestinationOfficial => req.country.is_none(),
                Role::Researcher | Role::Admin => false,
            };
            if let Some(field) = binding_field(role).filter(|_| missing) {
                v.push(
                    field,
                    "required",
                    format!("a {} account needs {field}", role.as_str()),
                );
            }
        }
    }
    v
}

async fn administer(
    state: &AppState,
    user: &CurrentUser,
    action: &str,
    id: impl ToString,
) -> Result<(), ApiError> {
    allow(
        state,
        user,
        user.principal().may_administer_users(),
        action,
        "user",
        id,
        true,
    )
    .await
}

/// Accounts, optionally of one role, oldest first (each read audited).
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    role: Option<Role>,
    page: Page,
) -> Result<Paged<User>, ApiError> {
    administer(state, user, "list", "users").await?;
    let list = state.store.users(role, page).await?;
    audit_list_read(
        state,
        user,
        "user",
        "list",
        list.items.iter().map(|u| {
            (
                u.id.to_string(),
                u.principal.country.iter().cloned().collect(),
            )
        }),
    )
    .await?;
    Ok(list)
}

/// One account (audited).
pub async fn read(state: &AppState, user: &CurrentUser, id: UserId) -> Result<User, ApiError> {
    administer(state, user, "read", id).await?;
    let found = state.store.user(id).await?;
    audit_read(state, user, "user", id).await?;
    Ok(found)
}

fn missing_as<T>(
    v: &mut Violations,
    field: &str,
    found: Result<T, StoreError>,
) -> Result<(), ApiError> {
    match found {
        Ok(_) => Ok(()),
        Err(StoreError::NotFound(what)) => {
            v.push(field, "unknown", format!("{what} does not exist"));
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

/// Creates an account of any role with a temporary password. Every rule
/// broken is listed at once; the account acts only for the employer,
/// agency, worker or country its role needs (anything else sent is
/// dropped). A taken e-mail is a conflict.
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    req: &NewUserRequest,
) -> Result<User, ApiError> {
    administer(state, user, "create", "new").await?;
    let mut v = check_new_user(req);
    let role = req.role.unwrap_or(Role::Researcher);
    let keep = |r: Role| role == r;
    let worker_id = req.worker_id.filter(|_| keep(Role::Worker));
    let employer_id = req.employer_id.filter(|_| keep(Role::Employer));
    let agency_id = req.agency_id.filter(|_| keep(Role::Recruiter));
    let country = req.country.clone().filter(|_| role.is_official());
    if let Some(w) = worker_id {
        missing_as(&mut v, "worker_id", state.store.worker(w).await)?;
    }
    if let Some(e) = employer_id {
        missing_as(&mut v, "employer_id", state.store.employer(e).await)?;
    }
    if let Some(a) = agency_id {
        missing_as(&mut v, "agency_id", state.store.agency(a).await)?;
    }
    if !v.is_empty() {
        return Err(ApiError::Unprocessable(v));
    }
    let created = state
        .store
        .create_user(
            &user.actor(),
            &NewUser {
                email: req.email.trim().to_string(),
                display_name: req.display_name.trim().to_string(),
                password_hash: auth::hash_password_off_thread(&req.password).await?,
                role,
                worker_id,
                employer_id,
                agency_id,
                country,
            },
        )
        .await?;
    Ok(created)
}

fn not_own_account(user: &CurrentUser, id: UserId, what: &str) -> Result<(), ApiError> {
    if user.user.id == id {
        return Err(ApiError::Unprocessable(Violations::one(
            "id",
            "own_account",
            format!("an administrator cannot {what} their own account here"),
        )));
    }
    Ok(())
}

/// Disables an account (ending every session and API token with it) or
/// enables it again. An administrator cannot disable themself.
pub async fn set_disabled(
    state: &AppState,
    user: &CurrentUser,
    id: UserId,
    disabled: bool,
) -> Result<User, ApiError> {
    let action = if disabled { "disable" } else { "enable" };
    administer(state, user, action, id).await?;
    if disabled {
        not_own_account(user, id, "disable")?;
    }
    Ok(state
        .store
        .set_user_disabled(&user.actor(), id, disabled)
        .await?)
}

/// Gives an account a new temporary password, checked by the password
/// policy; every session and API token of the account ends. An
/// administrator changes their own password on their account page, which
/// asks for the current one.
pub async fn reset_password(
    state: &AppState,
    user: &CurrentUser,
    id: UserId,
    password: &str,
) -> Result<User, ApiError> {
    administer(state, user, "set_password", id).await?;
    not_own_account(user, id, "reset the password of")?;
    let target = state.store.user(id).await?;
    auth::check_password_policy(password)?;
    let hash = auth::hash_password_off_thread(password).await?;
    let actor = user.actor();
    state.store.set_password(&actor, target.id, &hash).await?;
    state.store.end_all_sessions(&actor, target.id).await?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_missing_field_is_listed_at_once() {
        let v = check_new_user(&NewUserRequest::default());
        let fields: Vec<&str> = v.iter().map(|x| x.field.as_str()).collect();
        assert_eq!(fields, ["email", "display_name", "password", "role"]);
        for (role, field) in [
            (Role::Employer, "employer_id"),
            (Role::Recruiter, "agency_id"),
            (Role::OriginOfficial, "country"),
            (Role::DestinationOfficial, "country"),
            (Role::Worker, "worker_id"),
        ] {
            let v = check_new_user(&NewUserRequest {
                email: "a@b.org".into(),
                password: "long enough password".into(),
                display_name: "A".into(),
                role: Some(role),
                ..Default::default()
            });
            assert_eq!(v.len(), 1, "{role:?}");
            assert_eq!(v.0[0].field, field);
        }
        let fine = NewUserRequest {
            email: "a@b.org".into(),
            password: "long enough password".into(),
            display_name: "A".into(),
            role: Some(Role::Researcher),
            ..Default::default()
        };
        assert!(check_new_user(&fine).is_empty());
    }
}
