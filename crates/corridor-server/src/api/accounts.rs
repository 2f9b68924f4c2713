//! Sign-in for machine clients (with the two-step code where the account
//! has one), worker self-registration, and the signed-in account. Administrators manage accounts in [`super::users`].

use crate::AppState;
use crate::auth::{self, CurrentUser};
use crate::error::{ApiError, TwoFactorProblem};
use crate::extract::ApiJson;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::Violations;
use corridor_domain::access::Principal;
use corridor_domain::ids::UserId;
use corridor_domain::worker::{ConsentPurpose, WorkerProfileSpec};
use corridor_store::User;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// E-mail and password (and, for an account that signs in in two steps,
/// a code), for an API token.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct LoginRequest {
    /// Sign-in e-mail.
    pub email: String,
    /// Password.
    pub password: String,
    /// A name for the token (which client holds it).
    #[serde(default)]
    pub name: Option<String>,
    /// The six-digit code of the account's authenticator app (RFC 6238),
    /// for an account that signs in in two steps (every official and
    /// administrator).
    #[serde(default)]
    pub totp_code: Option<String>,
    /// Instead of `totp_code`: one of the account's recovery codes, each
    /// accepted once.
    #[serde(default)]
    pub recovery_code: Option<String>,
    /// How many days the token lasts: from 1 to the operator's maximum
    /// (at most 365), which is also the default.
    #[serde(default)]
    #[schemars(range(min = 1, max = 365))]
    pub expires_in_days: Option<i64>,
}

/// An account as shown to its holder.
#[derive(Debug, Serialize, JsonSchema)]
pub struct UserView {
    /// Identifier.
    pub id: UserId,
    /// Sign-in e-mail.
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// What the account may do.
    pub principal: Principal,
}

impl From<&User> for UserView {
    fn from(u: &User) -> Self {
        UserView {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            principal: u.principal.clone(),
        }
    }
}

/// A new API token.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TokenResponse {
    /// The bearer token; shown once, stored only as a hash.
    pub token: String,
    /// When it stops working.
    pub expires_at: chrono::DateTime<chrono::Utc>,
    /// The account it acts for.
    pub user: UserView,
}

/// The answer to a registration, the same whether or not the e-mail
/// already had an account.
#[derive(Debug, Serialize, JsonSchema)]
pub struct RegistrationReceived {
    /// Always `received`.
    pub status: String,
    /// What happens next, in plain words.
    pub detail: String,
}

/// A worker registering themself.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct RegisterRequest {
    /// Sign-in e-mail.
    #[schemars(length(max = 254), pattern(r"^[^@]+@[^.][\s\S]*\.[\s\S]*$"))]
    pub email: String,
    /// Password (at least 10 characters).
    #[schemars(length(min = 10))]
    pub password: String,
    /// The profile.
    pub profile: WorkerProfileSpec,
    /// Purposes the worker consents to.
    #[serde(default)]
    pub consents: Vec<ConsentPurpose>,
}

/// `GET /api/v1/health`: the server and its database answer.
pub async fn health(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    sqlx_ping(&state).await?;
    Ok(Json(serde_json::json!({
        "status": "ok",
        "database": state.store.backend().name(),
    })))
}

async fn sqlx_ping(state: &AppState) -> Result<(), ApiError> {
    state
        .store
        .programmes(None, None, corridor_store::Page::new(Some(1), None))
        .await?;
    Ok(())
}

/// `POST /api/v1/tokens`: exchanges e-mail and password (and a code, for
/// an account that signs in in two steps) for an API token.
pub async fn create_token(
    State(state): State<AppState>,
    extensions: axum::http::Extensions,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<TokenResponse>), ApiError> {
    let max = state.config.token_days;
    if let Some(days) = req.expires_in_days
        && !(1..=max).contains(&days)
    {
        // Beyond what any installation allows is a bad value; beyond this
        // operator's setting depends on the installation, which the
        // published schema cannot state.
        let rule = if (1..=crate::config::MAX_TOKEN_DAYS).contains(&days) {
            "longer_than_installation_allows"
        } else {
            "out_of_range"
        };
        return Err(ApiError::Unprocessable(Violations::one(
            "expires_in_days",
            rule,
            format!("a token lasts from 1 to {max} days"),
        )));
    }
    let address = auth::client_address(&extensions);
    let (user, stage) = auth::authenticate(&state, &req.email, &req.password, address).await?;
    match stage {
        auth::Stage::Full => {}
        auth::Stage::Code => {
            auth::check_second_step(
                &state,
                &user,
                req.totp_code.as_deref(),
                req.recovery_code.as_deref(),
                address,
            )
            .await?
        }
        auth::Stage::Enrol => {
            return Err(ApiError::TwoFactor {
                problem: TwoFactorProblem::EnrolmentRequired,
                page: false,
            });
        }
    }
    let (token, expires_at) = auth::issue_api_token(
        &state,
        &user,
        req.name.as_deref().unwrap_or("api"),
        req.expires_in_days,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(TokenResponse {
            token,
            expires_at,
            user: UserView::from(&user),
        }),
    ))
}

/// `POST /api/v1/register`: a worker registers with a profile. Profile,
/// e-mail and password are checked together; nothing is written unless
/// all pass. The answer is the same whether or not the e-mail already had
/// an account, so registering reveals neither (see
/// [`crate::actions::account::register_worker`]).
pub async fn register(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<RegistrationReceived>), ApiError> {
    crate::actions::account::register_worker(
        &state,
        &req.email,
        &req.password,
        &req.profile,
        &req.consents,
    )
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(RegistrationReceived {
            status: "received".into(),
            detail: "if this e-mail is new, the account is ready: get a token with POST /api/v1/tokens; \
                     if it already had an account, nothing was changed"
                .into(),
        }),
    ))
}

/// `GET /api/v1/me`: the signed-in account.
pub async fn me(user: CurrentUser) -> Json<UserView> {
    Json(UserView::from(&user.user))
}
