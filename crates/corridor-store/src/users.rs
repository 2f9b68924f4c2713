//! User accounts, browser sessions and API tokens. Only hashes of session
//! and API tokens are stored, so a copy of the database cannot be used to
//! sign in; passwords are stored as argon2id PHC strings made by the server.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::query::{Filter, paged};
use crate::rows::{self, instant_text, now_text};
use crate::workers::insert_worker_in;
use crate::{Page, Paged, Result, Store};
use chrono::{DateTime, Utc};
use corridor_domain::access::{Principal, Role};
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, UserId, WorkerId};
use corridor_domain::worker::{ConsentPurpose, WorkerProfile, WorkerProfileSpec};
use serde::Serialize;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

/// A user account (without its password hash).
#[derive(Debug, Clone, Serialize)]
pub struct User {
    /// Identifier.
    pub id: UserId,
    /// Sign-in e-mail.
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// What the user may do.
    pub principal: Principal,
    /// A disabled account cannot sign in.
    pub disabled: bool,
    /// When created.
    pub created_at: DateTime<Utc>,
    /// The interface language the user chose, if any.
    pub lang: Option<String>,
    /// Whether the account signs in in two steps (password, then a code).
    pub two_factor: bool,
}

/// What is needed to create an account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Sign-in e-mail (stored lower-case).
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// argon2id PHC string.
    pub password_hash: String,
    /// Role.
    pub role: Role,
    /// For a worker.
    pub worker_id: Option<WorkerId>,
    /// For an employer.
    pub employer_id: Option<EmployerId>,
    /// For a recruiter.
    pub agency_id: Option<AgencyId>,
    /// For an official.
    pub country: Option<CountryCode>,
}

/// A browser session as stored.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    /// The signed-in user.
    pub user: User,
    /// The session's anti-CSRF token.
    pub csrf_token: String,
    /// When it lapses.
    pub expires_at: DateTime<Utc>,
    /// How far signing in got: `full`, `code` (the code is still to come)
    /// or `enrol` (two-step sign-in must be set up first).
    pub stage: String,
}

const USER_COLS: &str = "id, email, display_name, role, worker_id, employer_id, agency_id, country, disabled, created_at, lang, totp_enabled_at";

fn user_from_row(r: &AnyRow) -> Result<User> {
    let role_text = rows::text(r, "role")?;
    let role = Role::parse(&role_text)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown role {role_text}")))?;
    let id = UserId(rows::int(r, "id")?);
    let country = rows::opt_text(r, "country")?
        .map(|c| CountryCode::parse(&c))
        .transpose()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(User {
        id,
        email: rows::text(r, "email")?,
        display_name: rows::text(r, "display_name")?,
        principal: Principal {
            user_id: id,
            role,
            worker_id: rows::opt_int(r, "worker_id")?.map(WorkerId),
            employer_id: rows::opt_int(r, "employer_id")?.map(EmployerId),
            agency_id: rows::opt_int(r, "agency_id")?.map(AgencyId),
            country,
        },
        disabled: rows::int(r, "disabled")? != 0,
        created_at: rows::instant(r, "created_at")?,
        lang: rows::opt_text(r, "lang")?,
        two_factor: rows::opt_text(r, "totp_enabled_at")?.is_some(),
    })
}

async fn insert_user_in(conn: &mut AnyConnection, actor: &Actor, u: &NewUser) -> Result<User> {
    let row = sqlx::query(&format!(
        "INSERT INTO users (email, display_name, password_hash, role, worker_id, employer_id, agency_id, country, disabled, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9) RETURNING {USER_COLS}"
    ))
    .bind(u.email.trim().to_lowercase())
    .bind(&u.display_name)
    .bind(&u.password_hash)
    .bind(u.role.as_str())
    .bind(u.worker_id.map(|w| w.0))
    .bind(u.employer_id.map(|e| e.0))
    .bind(u.agency_id.map(|a| a.0))
    .bind(u.country.as_ref().map(|c| c.to_string()))
    .bind(now_text())
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| StoreError::from(e).unique_as_conflict("an account with this e-mail exists"))?;
    let user = user_from_row(&row)?;
    audit::write(
        conn,
        &AuditEntry::new(actor, "create", "user", user.id, true)
            .detail(format!("role={}", u.role.as_str())),
    )
    .await?;
    Ok(user)
}

impl Store {
    /// Creates an account; a taken e-mail is a conflict.
    pub async fn create_user(&self, actor: &Actor, u: &NewUser) -> Result<User> {
        let mut tx = self.pool.begin().await?;
        let user = insert_user_in(&mut tx, actor, u).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// Registers a worker and their account together: both or neither.
    pub async fn create_worker_account(
        &self,
        actor: &Actor,
        profile: &WorkerProfileSpec,
        consents: &[ConsentPurpose],
        account: &NewUser,
    ) -> Result<(User, WorkerProfile)> {
        let mut tx = self.pool.begin().await?;
        let worker = insert_worker_in(&mut tx, actor, profile, consents).await?;
        let account = NewUser {
            worker_id: Some(worker.id),
            ..account.clone()
        };
        let user = insert_user_in(&mut tx, actor, &account).await?;
        tx.commit().await?;
        Ok((user, worker))
    }

    /// The account and its password hash, by e-mail.
    pub async fn user_credentials(&self, email: &str) -> Result<Option<(User, String)>> {
        let row = sqlx::query(&format!(
            "SELECT {USER_COLS}, password_hash FROM users WHERE email = $1"
        ))
        .bind(email.trim().to_lowercase())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((user_from_row(&r)?, rows::text(&r, "password_hash")?)))
            .transpose()
    }

    /// The account by id.
    pub async fn user(&self, id: UserId) -> Result<User> {
        let row = sqlx::query(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("user {id}")))?;
        user_from_row(&row)
    }

    /// Lists accounts (administrators only).
    pub async fn users(&self, role: Option<Role>, page: Page) -> Result<Paged<User>> {
        let mut f = Filter::new();
        if let Some(r) = role {
            f.text("role", "=", r.as_str());
        }
        paged(
            &self.pool,
            USER_COLS,
            "users",
            &f,
            "id",
            page,
            user_from_row,
        )
        .await
    }

    /// Replaces a password hash and ends every session of the user.
    pub async fn set_password(&self, actor: &Actor, id: UserId, password_hash: &str) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {id}")));
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "set_password", "user", id, false),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts a browser session under a fresh token hash, ending any
    /// session the browser held before (no fixation). `stage` is `full`
    /// for a finished sign-in, or `code` / `enrol` for one half-way
    /// through (audited as `sign_in_first_step`).
    pub async fn create_session(
        &self,
        user: UserId,
        token_hash: &str,
        csrf_token: &str,
        expires_at: DateTime<Utc>,
        previous_token_hash: Option<&str>,
        stage: &str,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        if let Some(prev) = previous_token_hash {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(prev)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, stage) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(csrf_token)
        .bind(now_text())
        .bind(instant_text(expires_at))
        .bind(stage)
        .execute(&mut *tx)
        .await?;
        let actor = Actor {
            user_id: Some(user),
            ..Actor::system()
        };
        let action = if stage == "full" {
            "sign_in"
        } else {
            "sign_in_first_step"
        };
        audit::write(
            &mut tx,
            &AuditEntry::new(&actor, action, "user", user, false),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The live session with this token hash, if any.
    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>> {
        let cols: Vec<String> = USER_COLS.split(", ").map(|c| format!("u.{c}")).collect();
        let row = sqlx::query(&format!(
            "SELECT {}, s.csrf_token, s.expires_at, s.stage FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
            cols.join(", ")
        ))
        .bind(token_hash)
        .bind(now_text())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(SessionRecord {
                user: user_from_row(&r)?,
                csrf_token: rows::text(&r, "csrf_token")?,
                expires_at: rows::instant(&r, "expires_at")?,
                stage: rows::text(&r, "stage")?,
            })
        })
        .transpose()
    }

    /// Ends a session.
    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores an API token's hash for a user.
    pub async fn create_api_token(
        &self,
        user: UserId,
        token_hash: &str,
        name: &str,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(name)
        .bind(now_text())
        .bind(expires_at.map(instant_text))
        .execute(&mut *tx)
        .await?;
        let actor = Actor {
            user_id: Some(user),
            ..Actor::system()
        };
        audit::write(
            &mut tx,
            &AuditEntry::new(&actor, "create_token", "user", user, false),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The user an API token hash belongs to, if the token is live.
    pub async fn user_for_api_token(&self, token_hash: &str) -> Result<Option<User>> {
        let cols: Vec<String> = USER_COLS.split(", ").map(|c| format!("u.{c}")).collect();
        let row = sqlx::query(&format!(
            "SELECT {} FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.disabled = 0",
            cols.join(", ")
        ))
        .bind(token_hash)
        .bind(now_text())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| user_from_row(&r)).transpose()
    }

    /// Saves the interface language a user chose.
    pub async fn set_user_lang(&self, id: UserId, lang: &str) -> Result<()> {
        sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
            .bind(lang)
            .bind(id.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Creates the worker record of a worker's account that has none yet,
    /// with the consents given, and links the two: both or neither.
    pub async fn create_worker_for_user(
        &self,
        actor: &Actor,
        user: UserId,
        profile: &WorkerProfileSpec,
        consents: &[ConsentPurpose],
    ) -> Result<WorkerProfile> {
        let mut tx = self.pool.begin().await?;
        let worker = insert_worker_in(&mut tx, actor, profile, consents).await?;
        let done = sqlx::query(
            "UPDATE users SET worker_id = $1 WHERE id = $2 AND role = 'worker' AND worker_id IS NULL",
        )
        .bind(worker.id.0)
        .bind(user.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "this account already has a worker profile".into(),
            ));
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "link_worker", "user", user, false)
                .detail(format!("worker={}", worker.id)),
        )
        .await?;
        tx.commit().await?;
        Ok(worker)
    }

    /// Ends every browser session and revokes every API token of a user
    /// ("sign out everywhere"). Returns how many were ended.
    pub async fn end_all_sessions(&self, actor: &Actor, id: UserId) -> Result<u64> {
        let mut tx = self.pool.begin().await?;
        let sessions = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let tokens = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "end_all_sessions", "user", id, false)
                .detail(format!("sessions={sessions} tokens={tokens}")),
        )
        .await?;
        tx.commit().await?;
        Ok(sessions + tokens)
    }

    /// Disables or re-enables an account. Disabling ends its sessions and
    /// tokens in the same transaction.
    pub async fn set_user_disabled(
        &self,
        actor: &Actor,
        id: UserId,
        disabled: bool,
    ) -> Result<User> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
            .bind(disabled as i64)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {id}")));
        }
        if disabled {
            for table in ["sessions", "api_tokens"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
                    .bind(id.0)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(
                actor,
                if disabled { "disable" } else { "enable" },
                "user",
                id,
                false,
            ),
        )
        .await?;
        tx.commit().await?;
        self.user(id).await
    }
}
