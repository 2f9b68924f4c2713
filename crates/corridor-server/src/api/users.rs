//! User accounts, for administrators: list by role, create, read, disable
//! and re-enable, set a temporary password. Thin adapters over
//! [`crate::actions::users`].

use super::{DocExt, Route, doc, route};
use crate::AppState;
use crate::actions::users::{self, AccountView, NewUserRequest, PasswordRequest};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::openapi::{Access, schema};
use axum::Json;
use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::routing::{get, post};
use corridor_domain::access::Role;
use corridor_domain::ids::UserId;
use corridor_store::Paged;
use schemars::JsonSchema;
use serde::Deserialize;

/// Which accounts to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct UserQuery {
    /// Of this role.
    pub role: Option<Role>,
    /// Items per page (1–500, default 50).
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// `GET /api/v1/users`.
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(q): ApiQuery<UserQuery>,
) -> Result<Json<Paged<AccountView>>, ApiError> {
    let page = corridor_store::Page::new(q.limit, q.offset);
    let list = users::list(&state, &user, q.role, page).await?;
    Ok(Json(Paged {
        items: list.items.iter().map(AccountView::from).collect(),
        total: list.total,
        limit: list.limit,
        offset: list.offset,
    }))
}

/// `POST /api/v1/users`.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(req): ApiJson<NewUserRequest>,
) -> Result<(StatusCode, Json<AccountView>), ApiError> {
    let created = users::create(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(AccountView::from(&created))))
}

/// `GET /api/v1/users/{id}`.
pub async fn get_one(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<AccountView>, ApiError> {
    let found = users::read(&state, &user, UserId(id)).await?;
    Ok(Json(AccountView::from(&found)))
}

/// `POST /api/v1/users/{id}/disable`.
pub async fn disable(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<AccountView>, ApiError> {
    let done = users::set_disabled(&state, &user, UserId(id), true).await?;
    Ok(Json(AccountView::from(&done)))
}

/// `POST /api/v1/users/{id}/enable`.
pub async fn enable(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<AccountView>, ApiError> {
    let done = users::set_disabled(&state, &user, UserId(id), false).await?;
    Ok(Json(AccountView::from(&done)))
}

/// `POST /api/v1/users/{id}/password`.
pub async fn set_password(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<PasswordRequest>,
) -> Result<Json<AccountView>, ApiError> {
    let done = users::reset_password(&state, &user, UserId(id), &req.password).await?;
    Ok(Json(AccountView::from(&done)))
}

/// The accounts' routes.
pub fn routes() -> Vec<Route> {
    use Access::SignedIn;
    use Method as M;
    vec![
        route(
            "/api/v1/users",
            get(list).post(create),
            vec![
                doc(
                    M::GET,
                    "/api/v1/users",
                    "accounts",
                    SignedIn,
                    "List accounts, by role (administrators)",
                )
                .query(schema::<UserQuery>)
                .returns(200, schema::<Paged<AccountView>>),
                doc(
                    M::POST,
                    "/api/v1/users",
                    "accounts",
                    SignedIn,
                    "Create an account with a temporary password (administrators); every missing field is listed",
                )
                .body(schema::<NewUserRequest>)
                .returns(201, schema::<AccountView>),
            ],
        ),
        route(
            "/api/v1/users/{id}",
            get(get_one),
            vec![
                doc(
                    M::GET,
                    "/api/v1/users/{id}",
                    "accounts",
                    SignedIn,
                    "An account (administrators)",
                )
                .returns(200, schema::<AccountView>),
            ],
        ),
        route(
            "/api/v1/users/{id}/disable",
            post(disable),
            vec![
                doc(
                    M::POST,
                    "/api/v1/users/{id}/disable",
                    "accounts",
                    SignedIn,
                    "Disable an account: it cannot sign in, and its sessions and tokens end (administrators)",
                )
                .returns(200, schema::<AccountView>),
            ],
        ),
        route(
            "/api/v1/users/{id}/enable",
            post(enable),
            vec![
                doc(
                    M::POST,
                    "/api/v1/users/{id}/enable",
                    "accounts",
                    SignedIn,
                    "Enable a disabled account again (administrators)",
                )
                .returns(200, schema::<AccountView>),
            ],
        ),
        route(
            "/api/v1/users/{id}/password",
            post(set_password),
            vec![
                doc(
                    M::POST,
                    "/api/v1/users/{id}/password",
                    "accounts",
                    SignedIn,
                    "Set a temporary password; the account's sessions and tokens end (administrators)",
                )
                .body(schema::<PasswordRequest>)
                .returns(200, schema::<AccountView>),
            ],
        ),
    ]
}
