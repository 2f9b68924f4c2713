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
//!   on their own.

use crate::AppState;
use crate::error::ApiError;
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

/// Checks e-mail and password. Failures are audited and answered the same
/// way whether the account exists or not; after too many failures for the
/// account or from the address, attempts are refused (429) before any
/// password is checked ([`crate::throttle`]).
pub async fn authenticate(
    state: &AppState,
    email: &str,
    password: &str,
    address: Option<std::net::IpAddr>,
) -> Result<User, ApiError> {
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
            state.throttle.succeeded(email);
            Ok(user)
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

/// A valid argon2id hash of a random password, to time failed sign-ins.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2mJZ7W8Vt1mQv0L4bXa5cbGQ6d0j8s0dJ2x7q9p3k1A";

/// Starts a browser session for `user`, replacing `previous` (the token the
/// browser held). Returns the new token and its CSRF token.
pub async fn start_session(
    state: &AppState,
    user: &User,
    previous: Option<&str>,
) -> Result<(String, String), ApiError> {
    let token = new_token();
    let csrf = new_token();
    let expires = Utc::now() + Duration::hours(state.config.session_hours);
    let previous_hash = previous.map(token_hash);
    state
        .store
        .create_session(
            user.id,
            &token_hash(&token),
            &csrf,
            expires,
            previous_hash.as_deref(),
        )
        .await?;
    Ok((token, csrf))
}

/// Issues an API token for `user`.
pub async fn issue_api_token(
    state: &AppState,
    user: &User,
    name: &str,
) -> Result<String, ApiError> {
    let token = new_token();
    let expires = Utc::now() + Duration::days(state.config.token_days);
    state
        .store
        .create_api_token(user.id, &token_hash(&token), name, Some(expires))
        .await?;
    Ok(token)
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
            Some(user) => Ok(Some(CurrentUser {
                user,
                credential: Credential::Token,
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
    let current = CurrentUser {
        user: session.user,
        credential: Credential::Session {
            csrf: session.csrf_token,
            token,
        },
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
