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
pub mod publication;
pub mod throttle;
pub mod two_factor;

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
    /// Failed sign-ins per account and address.
    pub throttle: Arc<throttle::SignInThrottle>,
    /// The statistics service's cache, allowances and computing pool.
    pub publication: Arc<publication::Publication>,
}

impl AppState {
    /// State over `store` with `config`.
    pub fn new(store: Store, config: ServerConfig) -> Self {
        AppState {
            store,
            config: Arc::new(config),
            matching: Arc::new(matching::Matching::new()),
            throttle: Arc::new(throttle::SignInThrottle::default()),
            publication: Arc::new(publication::Publication::default()),
        }
    }
}

/// The whole application: API, pages, limits and error handling.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(api::router())
        .merge(pages::router())
        .fallback(error::fallback)
        .layer(axum::middleware::from_fn(security_headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            error::panic_response,
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// The content security policy of every page: no script at all, styles
/// and images from Corridor only, forms posted back to Corridor, never
/// framed by another site.
pub const PAGE_POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Headers on every response, set unless a handler chose its own: a strict
/// content security policy, no MIME sniffing, no referrer leaving
/// Corridor, no framing; and `Cache-Control: no-store` on every answer to
/// a request that carried credentials (a session cookie or an API token),
/// since such answers may hold personal data.
async fn security_headers(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    let credentialed = req.headers().contains_key(header::AUTHORIZATION)
        || req
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .any(|c| c.to_str().is_ok_and(|c| c.contains("corridor_session")));
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let mut set = |name: header::HeaderName, value: &'static str| {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    };
    set(header::CONTENT_SECURITY_POLICY, PAGE_POLICY);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "same-origin");
    set(header::X_FRAME_OPTIONS, "DENY");
    if credentialed {
        set(header::CACHE_CONTROL, "no-store");
    }
    res
}

/// Serves the application on `listener` until the process is stopped.
pub async fn serve(listener: TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
