//! Server-rendered pages: sign-in, open jobs with every condition spelled
//! out, applying, a worker's applications and their timelines, and a
//! dashboard per role. Templates are minijinja (auto-escaped HTML), strings
//! are Fluent messages ([`crate::i18n`]); no page needs JavaScript.

mod admin;
pub(crate) mod handlers;
mod job_orders;
mod official;
mod options;
mod organisations;
mod orientation;
pub mod page;
mod placements;
mod programmes;
mod rounds;
mod stats;
mod two_factor;
mod view;
mod worker;

use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::i18n::{I18n, LANGUAGES, format};
use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, ErrorKind, State};
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
    /// Loads the templates and registers the `t` translation function and
    /// the `date`, `number` and `money` filters, which all write in the
    /// page's `lang`:
    ///
    /// - `{{ d|date }}`: a date (`2025-03-04`, as dates serialize) in full,
    ///   `March 4, 2025` or `4 de marzo de 2025`;
    /// - `{{ n|number }}`, `{{ n|number(1) }}`: a number, optionally with
    ///   exactly that many decimals;
    /// - `{{ wage|money }}`: money as the domain serializes it
    ///   (`{"amount": "16.65", "currency": "CAD"}`), or
    ///   `{{ cents|money("CAD") }}`: an amount in minor units.
    ///
    /// An absent value (`none` or undefined) gives an empty string; a value
    /// of the wrong kind is a template error.
    pub fn new() -> Self {
        let i18n = Arc::new(I18n::new());
        let mut env = Environment::new();
        for (name, src) in TEMPLATES
            .into_iter()
            .chain(worker::TEMPLATES)
            .chain(job_orders::TEMPLATES)
            .chain(placements::TEMPLATES)
            .chain(admin::TEMPLATES)
            .chain(organisations::TEMPLATES)
            .chain(official::TEMPLATES)
            .chain(programmes::TEMPLATES)
            .chain(rounds::TEMPLATES)
            .chain(orientation::TEMPLATES)
            .chain(two_factor::TEMPLATES)
        {
            env.add_template(name, src)
                .unwrap_or_else(|e| panic!("template {name}: {e}"));
        }
        let tr = Arc::clone(&i18n);
        env.add_function(
            "t",
            move |state: &State, key: &str, kwargs: Kwargs| -> Result<String, minijinja::Error> {
                let lang = page_lang(state);
                let mut args: Vec<(String, FluentValue)> = vec![];
                for name in kwargs.args() {
                    let v: Value = kwargs.get(name)?;
                    let fv = match (v.as_i64(), v.kind()) {
                        (Some(n), _) => FluentValue::from(n),
                        (None, ValueKind::Number) => {
                            FluentValue::from(f64::try_from(v.clone()).unwrap_or(f64::NAN))
                        }
                        _ => FluentValue::from(v.to_string()),
                    };
                    args.push((name.to_string(), fv));
                }
                let borrowed: Vec<(&str, FluentValue)> =
                    args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                Ok(tr.message(lang, key, &borrowed))
            },
        );
        env.add_filter("date", date_filter);
        env.add_filter("number", number_filter);
        env.add_filter("money", money_filter);
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

/// The page language of a template: its `lang` variable, or English.
fn page_lang(state: &State) -> &'static str {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(I18n::negotiate))
        .unwrap_or("en")
}

fn absent(v: &Value) -> bool {
    v.is_undefined() || v.is_none()
}

fn wrong_kind(filter: &str, v: &Value) -> minijinja::Error {
    minijinja::Error::new(
        ErrorKind::InvalidOperation,
        format!("{filter} cannot format {v:?}"),
    )
}

/// `{{ d|date }}`: a `YYYY-MM-DD` date in the page's language.
fn date_filter(state: &State, v: Value) -> Result<String, minijinja::Error> {
    if absent(&v) {
        return Ok(String::new());
    }
    let date = v
        .as_str()
        .and_then(|s| s.get(..10))
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .ok_or_else(|| wrong_kind("date", &v))?;
    Ok(format::format_date(page_lang(state), date))
}

/// `{{ n|number }}` or `{{ n|number(digits) }}`: a number in the page's
/// language.
fn number_filter(state: &State, v: Value, digits: Option<u8>) -> Result<String, minijinja::Error> {
    if absent(&v) {
        return Ok(String::new());
    }
    let lang = page_lang(state);
    let number = match (v.as_i64(), v.kind()) {
        (Some(i), _) => format::Number::from(i),
        (None, ValueKind::Number) => format::Number::from(f64::try_from(v.clone())?),
        _ => return Err(wrong_kind("number", &v)),
    };
    Ok(match digits {
        Some(d) => format::format_number_with(
            lang,
            number,
            format::NumberOptions {
                min_fraction_digits: d,
                max_fraction_digits: d,
                grouping: true,
            },
        ),
        None => format::format_number(lang, number),
    })
}

/// `{{ money|money }}` (a serialized `Money`) or `{{ minor|money("CAD") }}`
/// (minor units): money in the page's language.
fn money_filter(
    state: &State,
    v: Value,
    currency: Option<&str>,
) -> Result<String, minijinja::Error> {
    if absent(&v) {
        return Ok(String::new());
    }
    let lang = page_lang(state);
    if let (Some(minor), Some(code)) = (v.as_i64(), currency) {
        return Ok(format::format_money(lang, minor, code));
    }
    let field = |name: &str| {
        v.get_attr(name)
            .ok()
            .and_then(|f| f.as_str().map(str::to_string))
    };
    let (Some(amount), Some(code)) = (field("amount"), field("currency")) else {
        return Err(wrong_kind("money", &v));
    };
    let money = corridor_domain::codes::CurrencyCode::parse(&code)
        .and_then(|c| corridor_domain::money::Money::parse(&amount, c))
        .map_err(|_| wrong_kind("money", &v))?;
    Ok(format::format_money(
        lang,
        money.minor(),
        money.currency().as_str(),
    ))
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
    /// Its writing direction, `ltr` or `rtl`, for `<html dir>`.
    pub dir: &'static str,
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
            dir: I18n::direction(lang),
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
        ApiError::ForbiddenByRule(v) => v
            .iter()
            .map(|x| page::violation_text(layout.lang, x))
            .collect::<Vec<_>>()
            .join(" "),
        ApiError::Unauthorized(_) => return redirect("/sign-in"),
        ApiError::TwoFactor { problem, .. } => return redirect(problem.page()),
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

/// Page routes being registered, with their paths kept: every page
/// module registers through this, so [`paths`] lists every page the server
/// has (the access matrix test checks it has a decision for each).
pub struct Routes {
    router: Router<AppState>,
    paths: Vec<&'static str>,
}

impl Routes {
    /// No routes yet.
    pub fn new() -> Self {
        Routes {
            router: Router::new(),
            paths: vec![],
        }
    }

    /// Adds the handlers of `path`.
    pub fn route(
        mut self,
        path: &'static str,
        handlers: axum::routing::MethodRouter<AppState>,
    ) -> Self {
        self.router = self.router.route(path, handlers);
        self.paths.push(path);
        self
    }

    /// Adds every route of `other`.
    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.paths.extend(other.paths);
        self
    }
}

impl Default for Routes {
    fn default() -> Self {
        Self::new()
    }
}

/// Every page path, with `{param}` placeholders.
pub fn paths() -> Vec<&'static str> {
    routes().paths
}

/// Every page route.
pub fn router() -> Router<AppState> {
    routes().router.layer(middleware::from_fn(remember_lang))
}

fn routes() -> Routes {
    Routes::new()
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
        .route("/dashboard", get(handlers::dashboard))
        .route("/stats", get(stats::overview))
        .route("/stats/{figure}", get(stats::figure))
        .route("/stats/{figure}/chart.svg", get(stats::chart))
        .merge(worker::routes())
        .merge(job_orders::routes())
        .merge(placements::routes())
        .merge(admin::routes())
        .merge(organisations::routes())
        .merge(official::routes())
        .merge(programmes::routes())
        .merge(rounds::routes())
        .merge(orientation::routes())
        .merge(two_factor::routes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(lang: &str, source: &str, ctx: serde_json::Value) -> String {
        let mut ctx = ctx;
        ctx["lang"] = json!(lang);
        RENDERER
            .env
            .render_str(source, ctx)
            .unwrap_or_else(|e| panic!("{source}: {e:#}"))
    }

    #[test]
    fn filters_format_in_the_pages_language() {
        let ctx = json!({
            "d": "2025-03-04",
            "n": 1234567,
            "x": 1234.5,
            "wage": {"amount": "1234.50", "currency": "USD"},
            "cents": 123450,
        });
        let page = "{{ d|date }} | {{ n|number }} | {{ x|number(2) }} | {{ wage|money }} \
                    | {{ cents|money('USD') }} | {{ missing|date }}{{ none|money }}";
        assert_eq!(
            render("en", page, ctx.clone()),
            "March 4, 2025 | 1,234,567 | 1,234.50 | USD\u{a0}1,234.50 | USD\u{a0}1,234.50 | "
        );
        assert_eq!(
            render("de", page, ctx.clone()),
            "4. März 2025 | 1.234.567 | 1.234,50 | 1.234,50\u{a0}USD | 1.234,50\u{a0}USD | "
        );
        assert_eq!(
            render("ne", page, ctx.clone()),
            "२०२५ मार्च ४ | १२,३४,५६७ | १,२३४.५० | USD\u{a0}१,२३४.५० | USD\u{a0}१,२३४.५० | "
        );
        assert_eq!(
            render("ar", "{{ d|date }} {{ n|number }}", ctx.clone()),
            "4 مارس 2025 1,234,567"
        );
        // A value of the wrong kind is a template error, not a silent blank.
        for bad in ["{{ 'soon'|date }}", "{{ 'many'|number }}", "{{ 5|money }}"] {
            assert!(
                RENDERER.env.render_str(bad, json!({"lang": "en"})).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn template_numbers_reach_messages_as_numbers() {
        let out = render("de", "{{ t('jobs-count', count=n) }}", json!({"n": 2500}));
        assert_eq!(out, "2.500 Stellenangebote");
    }

    #[test]
    fn layout_sets_language_direction_and_offers_every_language() {
        #[derive(Serialize)]
        struct Ctx {
            #[serde(flatten)]
            layout: Layout,
            message: String,
        }
        for (lang, _) in LANGUAGES {
            let layout = Layout::new(I18n::negotiate(lang), None);
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert_eq!(layout.dir, dir);
            let html = RENDERER
                .render(
                    "error.html",
                    Ctx {
                        layout,
                        message: String::new(),
                    },
                )
                .expect("error page");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
                "{lang}"
            );
            for (code, name) in LANGUAGES {
                let link = format!("<a href=\"?lang={code}\" hreflang=\"{code}\" lang=\"{code}\"");
                assert!(html.contains(&link), "{lang}: no link to {code}");
                assert!(html.contains(name), "{lang}: {name}");
            }
            assert!(
                html.contains(&format!(
                    "hreflang=\"{lang}\" lang=\"{lang}\" aria-current=\"true\""
                )),
                "{lang}"
            );
        }
    }
}
