//! Accounts and sign-in.
//!
//! - Passwords: argon2id with the crate's default (OWASP-recommended)
//!   parameters, stored as PHC strings.
//! - Browser sessions: a random 256-bit token in an `HttpOnly`,
//!   `SameSite=Lax` cookie (`Secure` and `__Host-` prefixed outside local
//!   plain-http use); only its SHA-256 is stored. Signing in always issues a
//!   new token and deletes the one the browser held (no fixation). Every
//!   state-changing request made with a session must carry the session's
//!   anti-CSRF token (form field `csrf` or header `X-CSRF-Token`); the
//!   sign-in form itself is protected by a double-submit cookie.
//! - API tokens: random 256-bit bearer tokens for machine clients, stored
//!   as SHA-256; they need no CSRF token because browsers never send them
//!   on their own. They last the operator's `token_days` (30 by default),
//!   or fewer when the caller asks.
//! - Two-step sign-in ([`crate::two_factor`]): an account with it on gets,
//!   after the right password, a session that can only enter the code
//!   (stage `code`); an official or administrator without it gets one that
//!   can only set it up (stage `enrol`). Every other page redirects there
//!   and every other API call is refused; API tokens are issued only with
//!   the code. Code attempts count against the same throttle as passwords,
//!   and the account's count is cleared only when signing in is finished.

use crate::AppState;
use crate::error::{ApiError, TwoFactorProblem};
use crate::two_factor::{self, CodeCheck, Secret};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use base64::Engine;
use chrono::{Duration, Utc};
use corridor_domain::access::Principal;
use corridor_store::{Actor, AuditEntry, User};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 10;

/// Hashes a password with argon2id and a random salt.
pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::Internal(format!("password hashing failed: {e}")))
}

/// True when `password` matches the stored PHC string.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Hashes a password on a blocking thread: argon2 takes tens of
/// milliseconds of CPU on purpose, which must not stall the async threads
/// that serve every other request.
pub async fn hash_password_off_thread(password: &str) -> Result<String, ApiError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::Internal(format!("password hashing task: {e}")))?
}

/// Checks a password on a blocking thread (see
/// [`hash_password_off_thread`]).
pub async fn verify_password_off_thread(password: &str, phc: &str) -> bool {
    let (password, phc) = (password.to_string(), phc.to_string());
    tokio::task::spawn_blocking(move || verify_password(&password, &phc))
        .await
        .unwrap_or(false)
}

/// Checks a new password against the policy.
pub fn check_password_policy(password: &str) -> Result<(), ApiError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(ApiError::Unprocessable(corridor_domain::Violations::one(
            "password",
            "too_short",
            format!("a password has at least {MIN_PASSWORD_LEN} characters"),
        )));
    }
    Ok(())
}

/// A new random token (256 bits, URL-safe base64).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored for a token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in time independent of where they differ.
pub fn secrets_equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The value of cookie `name` in a request's headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A `Set-Cookie` value.
pub fn set_cookie(state: &AppState, name: &str, value: &str, max_age_secs: i64) -> String {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}")
}

/// The client address of a request, when the server knows it.
pub fn client_address(extensions: &axum::http::Extensions) -> Option<std::net::IpAddr> {
    extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
}

/// How far a browser session got in signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Signed in.
    Full,
    /// The password was right; the two-step code is still to come.
    Code,
    /// The password was right; the account must set up two-step sign-in
    /// before anything else.
    Enrol,
}

impl Stage {
    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Full => "full",
            Stage::Code => "code",
            Stage::Enrol => "enrol",
        }
    }

    fn parse(text: &str) -> Stage {
        match text {
            "full" => Stage::Full,
            "enrol" => Stage::Enrol,
            // Anything unknown is treated as the most limited stage.
            _ => Stage::Code,
        }
    }

    /// The paths a session of this stage may reach.
    fn allows(self, path: &str) -> bool {
        match self {
            Stage::Full => true,
            Stage::Code => matches!(path, "/sign-in/code" | "/sign-out"),
            Stage::Enrol => matches!(path, "/me/two-factor" | "/sign-out"),
        }
    }

    /// What a caller stopped at this stage is told.
    fn problem(self) -> TwoFactorProblem {
        match self {
            Stage::Enrol => TwoFactorProblem::EnrolmentRequired,
            _ => TwoFactorProblem::Required,
        }
    }

    /// The stage an account is at once its password is right.
    pub fn after_password(user: &User) -> Stage {
        if user.two_factor {
            Stage::Code
        } else if user.principal.role.requires_two_factor() {
            Stage::Enrol
        } else {
            Stage::Full
        }
    }
}

/// How long a session half-way through signing in lasts.
pub const PARTIAL_SESSION_MINUTES: i64 = 15;

/// Checks e-mail and password and returns the account with the stage
/// signing in is at ([`Stage::after_password`]). Failures are audited and
/// answered the same way, in about the same time, whether the account
/// exists or not (an unknown e-mail is checked against a dummy hash);
/// after too many failures for the account or from the address, attempts
/// are refused (429) before any password is checked ([`crate::throttle`]).
/// The account's count of failures is cleared only when signing in is
/// finished: with a code still to come, that is when the code is right.
pub async fn authenticate(
    state: &AppState,
    email: &str,
    password: &str,
    address: Option<std::net::IpAddr>,
) -> Result<(User, Stage), ApiError> {
    let now = std::time::Instant::now();
    if let Some(retry_after) = state.throttle.retry_after(email, address, now) {
        return Err(ApiError::TooManyRequests { retry_after });
    }
    let found = state.store.user_credentials(email).await?;
    let ok = match &found {
        Some((user, phc)) => verify_password_off_thread(password, phc).await && !user.disabled,
        None => {
            // Spend the same time as a real check.
            let _ = verify_password_off_thread(password, DUMMY_HASH).await;
            false
        }
    };
    match (ok, found) {
        (true, Some((user, _))) => {
            let stage = Stage::after_password(&user);
            if stage != Stage::Code {
                state.throttle.succeeded(email);
            }
            Ok((user, stage))
        }
        (_, found) => {
            state.throttle.failed(email, address, now);
            let entity_id = found.map_or("unknown".to_string(), |(u, _)| u.id.to_string());
            state
                .store
                .audit(
                    AuditEntry::new(&Actor::system(), "sign_in", "user", entity_id, false).denied(),
                )
                .await?;
            Err(ApiError::Unauthorized(
                "the e-mail or password is not right".into(),
            ))
        }
    }
}

/// The second step of signing in: a code from the account's authenticator
/// app (accepted once, for the current step or one either side) or one of
/// its recovery codes (used once, audited). Attempts count against the
/// sign-in throttle; a wrong or replayed code is audited as a refused
/// `sign_in_code`. An account without two-step sign-in passes.
pub async fn check_second_step(
    state: &AppState,
    user: &User,
    totp_code: Option<&str>,
    recovery_code: Option<&str>,
    address: Option<std::net::IpAddr>,
) -> Result<(), ApiError> {
    let now = std::time::Instant::now();
    let Some(record) = state.store.two_factor(user.id).await? else {
        return Ok(());
    };
    let totp_code = totp_code.map(str::trim).filter(|c| !c.is_empty());
    let recovery_code = recovery_code.map(str::trim).filter(|c| !c.is_empty());
    if totp_code.is_none() && recovery_code.is_none() {
        return Err(ApiError::TwoFactor {
            problem: TwoFactorProblem::Required,
            page: false,
        });
    }
    if let Some(retry_after) = state.throttle.retry_after(&user.email, address, now) {
        return Err(ApiError::TooManyRequests { retry_after });
    }
    let actor = Actor::from(&user.principal);
    let outcome = if let Some(code) = totp_code {
        let secret = Secret::from_base32(&record.secret).ok_or_else(|| {
            ApiError::Internal(format!("user {}: unreadable TOTP secret", user.id))
        })?;
        match two_factor::check_code(&secret, code, two_factor::current_step(), record.last_step) {
            CodeCheck::Valid(step) if state.store.accept_totp_step(user.id, step).await? => None,
            CodeCheck::Valid(_) | CodeCheck::Used => Some(TwoFactorProblem::CodeUsed),
            CodeCheck::Wrong => Some(TwoFactorProblem::CodeWrong),
        }
    } else {
        let hash = two_factor::recovery_hash(recovery_code.unwrap_or_default());
        if state
            .store
            .use_recovery_code(&actor, user.id, &hash)
            .await?
        {
            None
        } else {
            Some(TwoFactorProblem::CodeWrong)
        }
    };
    match outcome {
        None => {
            state.throttle.succeeded(&user.email);
            Ok(())
        }
        Some(problem) => {
            state.throttle.failed(&user.email, address, now);
            state
                .store
                .audit(
                    AuditEntry::new(&actor, "sign_in_code", "user", user.id, false)
                        .denied()
                        .detail(problem.rule()),
                )
                .await?;
            Err(ApiError::TwoFactor {
                problem,
                page: false,
            })
        }
    }
}

/// A valid argon2id hash of a random password, to time failed sign-ins.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2mJZ7W8Vt1mQv0L4bXa5cbGQ6d0j8s0dJ2x7q9p3k1A";

/// Starts a browser session for `user` at `stage`, replacing `previous`
/// (the token the browser held). Returns the new token and its CSRF token.
/// A session half-way through signing in lasts
/// [`PARTIAL_SESSION_MINUTES`].
pub async fn start_session(
    state: &AppState,
    user: &User,
    previous: Option<&str>,
    stage: Stage,
) -> Result<(String, String), ApiError> {
    let token = new_token();
    let csrf = new_token();
    let expires = Utc::now()
        + match stage {
            Stage::Full => Duration::hours(state.config.session_hours),
            _ => Duration::minutes(PARTIAL_SESSION_MINUTES),
        };
    let previous_hash = previous.map(token_hash);
    state
        .store
        .create_session(
            user.id,
            &token_hash(&token),
            &csrf,
            expires,
            previous_hash.as_deref(),
            stage.as_str(),
        )
        .await?;
    Ok((token, csrf))
}

/// Issues an API token for `user` that lasts `days` (the operator's
/// `token_days` when `None`; callers check a requested number first).
pub async fn issue_api_token(
    state: &AppState,
    user: &User,
    name: &str,
    days: Option<i64>,
) -> Result<(String, chrono::DateTime<Utc>), ApiError> {
    let token = new_token();
    let days = days.unwrap_or(state.config.token_days);
    let expires = Utc::now() + Duration::days(days);
    state
        .store
        .create_api_token(user.id, &token_hash(&token), name, Some(expires))
        .await?;
    Ok((token, expires))
}

/// How the current user proved who they are.
#[derive(Debug, Clone)]
pub enum Credential {
    /// A bearer API token.
    Token,
    /// A browser session, with its anti-CSRF token.
    Session {
        /// The session's CSRF token.
        csrf: String,
        /// The raw session token (to end it on sign-out).
        token: String,
    },
}

/// The signed-in user of a request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The account.
    pub user: User,
    /// How they signed in.
    pub credential: Credential,
    /// How far signing in got (always [`Stage::Full`] for API tokens).
    pub stage: Stage,
}

impl CurrentUser {
    /// What they may do.
    pub fn principal(&self) -> &Principal {
        &self.user.principal
    }

    /// The actor to record in the audit log.
    pub fn actor(&self) -> Actor {
        Actor::from(&self.user.principal)
    }

    /// The session's CSRF token, for forms.
    pub fn csrf(&self) -> &str {
        match &self.credential {
            Credential::Session { csrf, .. } => csrf,
            Credential::Token => "",
        }
    }

    /// Checks a submitted CSRF token (always passes for API tokens).
    pub fn check_csrf(&self, submitted: &str) -> Result<(), ApiError> {
        match &self.credential {
            Credential::Token => Ok(()),
            Credential::Session { csrf, .. } if secrets_equal(csrf, submitted) => Ok(()),
            Credential::Session { .. } => Err(ApiError::Forbidden(
                "the form has expired or did not come from Corridor; reload the page and try again"
                    .into(),
            )),
        }
    }
}

async fn resolve(parts: &Parts, state: &AppState) -> Result<Option<CurrentUser>, ApiError> {
    if let Some(auth) = parts.headers.get(header::AUTHORIZATION) {
        let value = auth.to_str().unwrap_or("");
        let Some(token) = value.strip_prefix("Bearer ") else {
            return Err(ApiError::Unauthorized(
                "use 'Authorization: Bearer <token>'".into(),
            ));
        };
        return match state
            .store
            .user_for_api_token(&token_hash(token.trim()))
            .await?
        {
            // A token of an official or administrator whose two-step
            // sign-in is off (made before it was required, or turned off
            // since) does not act.
            Some(user) if Stage::after_password(&user) == Stage::Enrol => {
                Err(ApiError::TwoFactor {
                    problem: TwoFactorProblem::EnrolmentRequired,
                    page: false,
                })
            }
            Some(user) => Ok(Some(CurrentUser {
                user,
                credential: Credential::Token,
                stage: Stage::Full,
            })),
            None => Err(ApiError::Unauthorized(
                "the API token is not valid or has expired".into(),
            )),
        };
    }
    let Some(token) = cookie(&parts.headers, state.config.session_cookie()) else {
        return Ok(None);
    };
    let Some(session) = state.store.session(&token_hash(&token)).await? else {
        return Ok(None);
    };
    let mut stage = Stage::parse(&session.stage);
    if stage == Stage::Full && Stage::after_password(&session.user) == Stage::Enrol {
        // Fail closed: an official whose two-step sign-in is off may only
        // set it up, whatever the session says.
        stage = Stage::Enrol;
    }
    let path = parts.uri.path();
    if !stage.allows(path) {
        return Err(ApiError::TwoFactor {
            problem: stage.problem(),
            page: !path.starts_with("/api/"),
        });
    }
    let current = CurrentUser {
        user: session.user,
        credential: Credential::Session {
            csrf: session.csrf_token,
            token,
        },
        stage,
    };
    // API calls made with a session cookie must carry the CSRF header when
    // they change anything. (Page forms check their `csrf` field instead.)
    let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && parts.uri.path().starts_with("/api/") {
        let submitted = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        current.check_csrf(submitted)?;
    }
    Ok(Some(current))
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        resolve(parts, state)
            .await?
            .ok_or_else(|| ApiError::Unauthorized("sign in or send an API token".into()))
    }
}

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(MaybeUser(resolve(parts, state).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong horse battery", &h));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn dummy_hash_parses() {
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert!(secrets_equal(&a, &a.clone()));
        assert!(!secrets_equal(&a, &b));
    }

    #[test]
    fn reads_cookies() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; corridor_session=xyz; b=2".parse().unwrap(),
        );
        assert_eq!(cookie(&h, "corridor_session").as_deref(), Some("xyz"));
        assert_eq!(cookie(&h, "missing"), None);
    }
}
