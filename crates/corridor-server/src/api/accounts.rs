//! Sign-in for machine clients, worker self-registration, and the
//! signed-in account. Administrators manage accounts in [`super::users`].

use crate::AppState;
use crate::auth::{self, CurrentUser};
use crate::error::ApiError;
use crate::extract::ApiJson;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use corridor_domain::access::Principal;
use corridor_domain::ids::UserId;
use corridor_domain::worker::{ConsentPurpose, WorkerProfile, WorkerProfileSpec};
use corridor_store::User;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// E-mail and password, for an API token.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct LoginRequest {
    /// Sign-in e-mail.
    pub email: String,
    /// Password.
    pub password: String,
    /// A name for the token (which client holds it).
    #[serde(default)]
    pub name: Option<String>,
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
    /// The account it acts for.
    pub user: UserView,
    /// The worker profile, for a worker who just registered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker: Option<WorkerProfile>,
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

/// `POST /api/v1/tokens`: exchanges e-mail and password for an API token.
pub async fn create_token(
    State(state): State<AppState>,
    extensions: axum::http::Extensions,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<TokenResponse>), ApiError> {
    let address = auth::client_address(&extensions);
    let user = auth::authenticate(&state, &req.email, &req.password, address).await?;
    let token = auth::issue_api_token(&state, &user, req.name.as_deref().unwrap_or("api")).await?;
    Ok((
        StatusCode::CREATED,
        Json(TokenResponse {
            token,
            user: UserView::from(&user),
            worker: None,
        }),
    ))
}

/// `POST /api/v1/register`: a worker registers with a profile and gets an
/// API token. Profile, e-mail and password are checked together; nothing
/// is written unless all pass.
pub async fn register(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<TokenResponse>), ApiError> {
    let (user, worker) = crate::actions::account::register_worker(
        &state,
        &req.email,
        &req.password,
        &req.profile,
        &req.consents,
    )
    .await?;
    let token = auth::issue_api_token(&state, &user, "registration").await?;
    Ok((
        StatusCode::CREATED,
        Json(TokenResponse {
            token,
            user: UserView::from(&user),
            worker: Some(worker),
        }),
    ))
}

/// `GET /api/v1/me`: the signed-in account.
pub async fn me(user: CurrentUser) -> Json<UserView> {
    Json(UserView::from(&user.user))
}
