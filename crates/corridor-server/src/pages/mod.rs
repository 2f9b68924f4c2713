//! Server-rendered pages: sign-in, open jobs with every condition spelled
//! out, applying, a worker's applications and their timelines, and a
//! dashboard per role. Templates are minijinja (auto-escaped HTML), strings
//! are Fluent messages ([`crate::i18n`]); no page needs JavaScript.

mod handlers;
mod official;
mod options;
pub mod page;
mod programmes;
mod rounds;
mod stats;
mod view;
mod worker;

use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::i18n::{I18n, LANGUAGES};
use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, State};
use serde::Serialize;
use std::sync::{Arc, LazyLock};

/// The cookie remembering the chosen language.
pub const LANG_COOKIE: &str = "corridor_lang";

const TEMPLATES: [(&str, &str); 15] = [
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("style.html", include_str!("../../templates/style.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("sign_in.html", include_str!("../../templates/sign_in.html")),
    ("jobs.html", include_str!("../../templates/jobs.html")),
    ("job.html", include_str!("../../templates/job.html")),
    (
        "placements.html",
        include_str!("../../templates/placements.html"),
    ),
    (
        "placement.html",
        include_str!("../../templates/placement.html"),
    ),
    (
        "dashboard.html",
        include_str!("../../templates/dashboard.html"),
    ),
    ("error.html", include_str!("../../templates/error.html")),
    ("stats.html", include_str!("../../templates/stats.html")),
    (
        "stats_figure.html",
        include_str!("../../templates/stats_figure.html"),
    ),
    (
        "stats_card.html",
        include_str!("../../templates/stats_card.html"),
    ),
    (
        "stats_style.html",
        include_str!("../../templates/stats_style.html"),
    ),
];

/// Templates and translations. Both are compiled into the binary, so one
/// shared instance serves every request.
pub struct Renderer {
    env: Environment<'static>,
    i18n: Arc<I18n>,
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

impl Renderer {
    /// Loads the templates and registers the `t` translation function.
    pub fn new() -> Self {
        let i18n = Arc::new(I18n::new());
        let mut env = Environment::new();
        for (name, src) in TEMPLATES
            .into_iter()
            .chain(worker::TEMPLATES)
            .chain(official::TEMPLATES)
            .chain(programmes::TEMPLATES)
            .chain(rounds::TEMPLATES)
        {
            env.add_template(name, src)
                .unwrap_or_else(|e| panic!("template {name}: {e}"));
        }
        let tr = Arc::clone(&i18n);
        env.add_function(
            "t",
            move |state: &State, key: &str, kwargs: Kwargs| -> Result<String, minijinja::Error> {
                let lang = state
                    .lookup("lang")
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_else(|| "en".into());
                let mut args: Vec<(String, FluentValue)> = vec![];
                for name in kwargs.args() {
                    let v: Value = kwargs.get(name)?;
                    let fv = match v.as_i64() {
                        Some(n) => FluentValue::from(n),
                        None => FluentValue::from(v.to_string()),
                    };
                    args.push((name.to_string(), fv));
                }
                let borrowed: Vec<(&str, FluentValue)> =
                    args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                Ok(tr.message(&lang, key, &borrowed))
            },
        );
        Renderer { env, i18n }
    }

    /// Renders `template` with `ctx`.
    pub fn render<S: Serialize>(&self, template: &str, ctx: S) -> Result<String, ApiError> {
        self.env
            .get_template(template)
            .and_then(|t| t.render(ctx))
            .map_err(|e| ApiError::Internal(format!("rendering {template}: {e:#}")))
    }

    /// A translated message.
    pub fn message(&self, lang: &str, key: &str) -> String {
        self.i18n.message(lang, key, &[])
    }

    /// A translated message with arguments.
    pub fn message_with(&self, lang: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.i18n.message(lang, key, args)
    }
}

/// The one renderer.
pub static RENDERER: LazyLock<Renderer> = LazyLock::new(Renderer::new);

/// The language of a request: `?lang=`, then the language cookie, then
/// `Accept-Language`.
pub fn request_lang(headers: &HeaderMap, query: Option<&str>) -> &'static str {
    if let Some(l) = query.and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "lang")
            .map(|(_, v)| v.to_string())
    }) {
        return I18n::negotiate(&l);
    }
    if let Some(l) = crate::auth::cookie(headers, LANG_COOKIE) {
        return I18n::negotiate(&l);
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or("en", I18n::from_accept_language)
}

/// What every page's layout needs.
#[derive(Debug, Clone, Serialize)]
pub struct Layout {
    /// Page language.
    pub lang: &'static str,
    /// Languages offered.
    pub languages: Vec<(&'static str, &'static str)>,
    /// The signed-in user, for the navigation.
    pub user: Option<LayoutUser>,
    /// The session's CSRF token, for forms.
    pub csrf: String,
}

/// The signed-in user as the layout shows them.
#[derive(Debug, Clone, Serialize)]
pub struct LayoutUser {
    /// Display name.
    pub name: String,
    /// Role code.
    pub role: &'static str,
}

impl Layout {
    /// The layout for `user` in `lang`.
    pub fn new(lang: &'static str, user: Option<&CurrentUser>) -> Self {
        Layout {
            lang,
            languages: LANGUAGES.to_vec(),
            user: user.map(|u| LayoutUser {
                name: u.user.display_name.clone(),
                role: u.principal().role.as_str(),
            }),
            csrf: user.map(|u| u.csrf().to_string()).unwrap_or_default(),
        }
    }
}

/// An error shown as a page.
pub fn error_page(layout: &Layout, err: &ApiError) -> Response {
    let status = err.status();
    let message = match err {
        ApiError::NotFound(_) => RENDERER.message(layout.lang, "error-not-found"),
        ApiError::Forbidden(d) | ApiError::Conflict(d) => d.clone(),
        ApiError::Unauthorized(_) => return redirect("/sign-in"),
        ApiError::Unprocessable(v) => v
            .iter()
            .map(|x| x.message.clone())
            .collect::<Vec<_>>()
            .join(" "),
        ApiError::Internal(e) => {
            tracing::error!(error = %e, "page error");
            err.problem().detail
        }
        other => other.problem().detail,
    };
    #[derive(Serialize)]
    struct Ctx<'a> {
        #[serde(flatten)]
        layout: &'a Layout,
        message: String,
    }
    match RENDERER.render("error.html", Ctx { layout, message }) {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => (status, "error").into_response(),
    }
}

/// The 404 page for unknown paths.
pub fn not_found_page() -> Response {
    error_page(&Layout::new("en", None), &ApiError::NotFound(String::new()))
}

/// A 303 redirect (after a form post).
pub fn redirect(to: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(
            header::LOCATION,
            HeaderValue::from_str(to).unwrap_or(HeaderValue::from_static("/")),
        )],
    )
        .into_response()
}

/// Remembers `?lang=` in a cookie.
async fn remember_lang(req: Request, next: Next) -> Response {
    let chosen = req.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "lang")
            .map(|(_, v)| I18n::negotiate(v))
    });
    let mut res = next.run(req).await;
    if let Some(lang) = chosen
        && let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={lang}; Path=/; SameSite=Lax; Max-Age=31536000"
        ))
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// Every page route.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(handlers::home))
        .route(
            "/sign-in",
            get(handlers::sign_in_form).post(handlers::sign_in),
        )
        .route("/sign-out", post(handlers::sign_out))
        .route("/jobs", get(handlers::jobs))
        .route("/jobs/{id}", get(handlers::job))
        .route("/jobs/{id}/apply", post(handlers::apply))
        .route("/me/placements", get(handlers::my_placements))
        .route("/placements/{id}", get(handlers::placement))
        .route("/placements/{id}/payments", post(handlers::record_payment))
        .route("/dashboard", get(handlers::dashboard))
        .route("/stats", get(stats::overview))
        .route("/stats/{figure}", get(stats::figure))
        .route("/stats/{figure}/chart.svg", get(stats::chart))
        .merge(worker::routes())
        .merge(official::routes())
        .merge(programmes::routes())
        .merge(rounds::routes())
        .layer(middleware::from_fn(remember_lang))
}
