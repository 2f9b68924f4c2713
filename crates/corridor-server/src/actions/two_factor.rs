//! Two-step sign-in for the signed-in account: setting it up (a new
//! secret, confirmed by a first code, then recovery codes shown once) and
//! turning it off where the role allows. Codes are checked by
//! [`crate::two_factor`]; attempts count against the sign-in throttle.

use super::allow;
use crate::AppState;
use crate::auth::{self, CurrentUser};
use crate::error::{ApiError, TwoFactorProblem};
use crate::two_factor::{self, CodeCheck, Secret};
use corridor_domain::access::Denied;

/// A secret offered for setting up, with what the page shows of it.
#[derive(Debug)]
pub struct Offer {
    /// The secret.
    pub secret: Secret,
    /// The `otpauth://` URI.
    pub uri: String,
    /// The URI as an inline SVG QR code.
    pub qr_svg: Option<String>,
}

/// A secret to set up for `user`'s authenticator app: a new one, or
/// `again` (the one offered before, when the first code was wrong, so an
/// app that already holds it still fits).
pub fn offer(user: &CurrentUser, again: Option<Secret>) -> Offer {
    let secret = again.unwrap_or_else(Secret::generate);
    let uri = two_factor::otpauth_uri(&secret, &user.user.email);
    let qr_svg = two_factor::qr_svg(&uri);
    Offer {
        secret,
        uri,
        qr_svg,
    }
}

/// Turns two-step sign-in on with `secret` (base32, as offered) once
/// `code` shows the app holds it. Returns the recovery codes, to be shown
/// once; only their hashes are kept. The code's time step is remembered,
/// so it cannot be used to sign in again.
pub async fn enrol(
    state: &AppState,
    user: &CurrentUser,
    secret: &str,
    code: &str,
    address: Option<std::net::IpAddr>,
) -> Result<Vec<String>, ApiError> {
    let now = std::time::Instant::now();
    if let Some(retry_after) = state.throttle.retry_after(&user.user.email, address, now) {
        return Err(ApiError::TooManyRequests { retry_after });
    }
    if code.trim().is_empty() {
        return Err(ApiError::TwoFactor {
            problem: TwoFactorProblem::Required,
            page: false,
        });
    }
    let check = Secret::from_base32(secret).map(|s| {
        (
            two_factor::check_code(&s, code, two_factor::current_step(), None),
            s,
        )
    });
    let Some((CodeCheck::Valid(step), secret)) = check else {
        state.throttle.failed(&user.user.email, address, now);
        return Err(ApiError::TwoFactor {
            problem: TwoFactorProblem::CodeWrong,
            page: false,
        });
    };
    let codes = two_factor::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| two_factor::recovery_hash(c)).collect();
    state
        .store
        .enable_two_factor(
            &user.actor(),
            user.user.id,
            &secret.to_base32(),
            step,
            &hashes,
        )
        .await?;
    Ok(codes)
}

/// Turns two-step sign-in off, for a role where it is optional, after a
/// current code or a recovery code (checked as at sign-in).
pub async fn turn_off(
    state: &AppState,
    user: &CurrentUser,
    totp_code: Option<&str>,
    recovery_code: Option<&str>,
    address: Option<std::net::IpAddr>,
) -> Result<(), ApiError> {
    let decision = if user.principal().role.requires_two_factor() {
        Err(Denied(
            "officials and administrators must keep two-step sign-in on".into(),
        ))
    } else {
        Ok(())
    };
    allow(
        state,
        user,
        decision,
        "disable_two_factor",
        "user",
        user.user.id,
        false,
    )
    .await?;
    auth::check_second_step(state, &user.user, totp_code, recovery_code, address).await?;
    state
        .store
        .disable_two_factor(&user.actor(), user.user.id)
        .await?;
    Ok(())
}
