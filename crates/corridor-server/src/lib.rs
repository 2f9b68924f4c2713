//! Corridor's HTTP server: the JSON API under `/api/v1` (with its OpenAPI
//! 3.1 document) and the server-rendered pages, over one [`Store`].
//!
//! Handlers gather facts from the store, ask the domain whether the action
//! is allowed and valid, and write through the store; no rule lives here.
//! Errors leave as RFC 9457 `application/problem+json` ([`error`]).
//!
//! - [`auth`]: passwords (argon2id), sessions (cookie + CSRF), API tokens,
//!   and the [`auth::CurrentUser`] extractor.
//! - [`actions`]: one place for each action, called by the API and the pages.
//! - [`api`]: the JSON API.
//! - [`pages`]: HTML pages (minijinja templates, Fluent strings).
//! - [`openapi`]: the API description.

pub mod actions;
pub mod api;
pub mod auth;
pub mod config;
pub mod error;
pub mod evidence;
pub mod extract;
pub mod i18n;
pub mod matching;
pub mod openapi;
pub mod pages;

pub use config::ServerConfig;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use corridor_store::Store;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The store.
    pub store: Store,
    /// Server settings.
    pub config: Arc<ServerConfig>,
    /// The matching index, loaded on first use and kept current.
    pub matching: Arc<matching::Matching>,
}

impl AppState {
    /// State over `store` with `config`.
    pub fn new(store: Store, config: ServerConfig) -> Self {
        AppState {
            store,
            config: Arc::new(config),
            matching: Arc::new(matching::Matching::new()),
        }
    }
}

/// The whole application: API, pages, limits and error handling.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(api::router())
        .merge(pages::router())
        .fallback(error::fallback)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            error::panic_response,
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves the application on `listener` until the process is stopped.
pub async fn serve(listener: TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
