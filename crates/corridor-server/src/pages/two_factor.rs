//! Two-step sign-in in the browser: the code step after the password
//! (`/sign-in/code`, a recovery code accepted instead), and setting it up
//! or turning it off (`/me/two-factor`). A session half-way through
//! signing in reaches only these pages ([`crate::auth::Stage`]).

use super::handlers::landing;
use super::page::{FormData, FormErrors, Page, violation_text};
use super::redirect;
use crate::AppState;
use crate::actions::two_factor as actions;
use crate::auth::{self, Stage};
use crate::error::{ApiError, TwoFactorProblem};
use crate::two_factor::Secret;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::get;
use corridor_domain::Violation;
use serde::{Deserialize, Serialize};

/// The templates.
pub const TEMPLATES: [(&str, &str); 3] = [
    (
        "sign_in_code.html",
        include_str!("../../templates/sign_in_code.html"),
    ),
    (
        "account/two_factor.html",
        include_str!("../../templates/account/two_factor.html"),
    ),
    (
        "account/recovery_codes.html",
        include_str!("../../templates/account/recovery_codes.html"),
    ),
];

/// The routes.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/sign-in/code", get(code_form).post(code))
        .route("/me/two-factor", get(settings).post(change))
}

#[derive(Deserialize, Default)]
pub struct Params {
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

#[derive(Serialize, Default)]
struct CodeView {
    errors: FormErrors,
    next: String,
    recovery_open: bool,
}

/// A two-step problem as the page says it, at `field`.
fn problem_errors(page: &Page, problem: TwoFactorProblem, field: &str) -> FormErrors {
    let mut errors = FormErrors::default();
    let v = Violation {
        field: field.into(),
        rule: problem.rule().into(),
        message: problem.message().into(),
    };
    errors.push(field, violation_text(page.lang, &v));
    errors
}

fn set_session_cookie(state: &AppState, res: &mut Response, token: &str) {
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(
        state,
        state.config.session_cookie(),
        token,
        state.config.session_hours * 3600,
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// `GET /sign-in/code`: the code step, for a session whose password was
/// right.
pub async fn code_form(page: Page, Query(q): Query<Params>) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(_) => return redirect("/sign-in"),
    };
    if user.stage != Stage::Code {
        return redirect(&landing(&user.user, q.next.as_deref().unwrap_or_default()));
    }
    page.render(
        "sign_in_code.html",
        CodeView {
            next: q.next.unwrap_or_default(),
            ..Default::default()
        },
    )
}

/// `POST /sign-in/code`: a right code (or recovery code) finishes signing
/// in with a new session; a wrong one shows the form again (401), and
/// counts against the sign-in throttle.
pub async fn code(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    extensions: axum::http::Extensions,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let next = form.get("next").to_string();
    if user.stage != Stage::Code {
        return redirect(&landing(&user.user, &next));
    }
    let (code, recovery) = (form.get("code"), form.get("recovery_code"));
    let address = auth::client_address(&extensions);
    match auth::check_second_step(&state, &user.user, Some(code), Some(recovery), address).await {
        Ok(()) => {
            let previous = auth::cookie(&headers, state.config.session_cookie());
            match auth::start_session(&state, &user.user, previous.as_deref(), Stage::Full).await {
                Ok((token, _)) => {
                    let mut res = redirect(&landing(&user.user, &next));
                    set_session_cookie(&state, &mut res, &token);
                    res
                }
                Err(e) => page.error(&e),
            }
        }
        Err(ApiError::TwoFactor { problem, .. }) => {
            let by_recovery = code.is_empty() && !recovery.is_empty();
            let field = if by_recovery { "recovery-code" } else { "code" };
            let mut res = page.render(
                "sign_in_code.html",
                CodeView {
                    errors: problem_errors(&page, problem, field),
                    next,
                    recovery_open: by_recovery,
                },
            );
            *res.status_mut() = StatusCode::UNAUTHORIZED;
            res
        }
        Err(e) => page.error(&e),
    }
}

#[derive(Serialize, Default)]
struct SettingsView {
    enabled: bool,
    required: bool,
    recovery_left: i64,
    may_turn_off: bool,
    secret: String,
    secret_grouped: String,
    uri: String,
    qr: String,
    errors: FormErrors,
    done: String,
}

/// What the settings page shows: the state of two-step sign-in, or a new
/// secret to set up.
async fn settings_view(
    state: &AppState,
    page: &Page,
    errors: FormErrors,
    done: String,
    again: Option<Secret>,
) -> Result<SettingsView, ApiError> {
    let user = page
        .user
        .as_ref()
        .ok_or_else(|| ApiError::Unauthorized(String::new()))?;
    let role = user.principal().role;
    let mut view = SettingsView {
        required: role.requires_two_factor(),
        may_turn_off: !role.requires_two_factor(),
        errors,
        done,
        ..Default::default()
    };
    if let Some(record) = state.store.two_factor(user.user.id).await? {
        view.enabled = true;
        view.recovery_left = record.recovery_codes_left;
        return Ok(view);
    }
    let offer = actions::offer(user, again);
    let label = escape_attr(&page.t("two-factor-qr-label"));
    view.qr = offer
        .qr_svg
        .map(|svg| {
            svg.replacen(
                "<svg",
                &format!("<svg role=\"img\" aria-label=\"{label}\""),
                1,
            )
        })
        .unwrap_or_default();
    view.secret = offer.secret.to_base32();
    view.secret_grouped = offer.secret.grouped();
    view.uri = offer.uri;
    Ok(view)
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `GET /me/two-factor`: set up two-step sign-in, or see it is on (and
/// turn it off where the role allows).
pub async fn settings(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<Params>,
) -> Response {
    if let Err(r) = page.signed_in() {
        return r;
    }
    let done = q.done.filter(|d| d == "off").unwrap_or_default();
    match settings_view(&state, &page, FormErrors::default(), done, None).await {
        Ok(view) => page.render("account/two_factor.html", view),
        Err(e) => page.error(&e),
    }
}

/// `POST /me/two-factor`: `action=enrol` (with the offered secret and a
/// first code) or `action=off` (with a code or a recovery code).
pub async fn change(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    extensions: axum::http::Extensions,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let address = auth::client_address(&extensions);
    let again = |errors: FormErrors, status: StatusCode| {
        let state = state.clone();
        let page = page.clone();
        async move {
            match settings_view(&state, &page, errors, String::new(), None).await {
                Ok(view) => {
                    let mut res = page.render("account/two_factor.html", view);
                    *res.status_mut() = status;
                    res
                }
                Err(e) => page.error(&e),
            }
        }
    };
    if form.get("action") == "off" {
        let (code, recovery) = (form.get("code"), form.get("recovery_code"));
        return match actions::turn_off(&state, &user, Some(code), Some(recovery), address).await {
            Ok(()) => redirect("/me/two-factor?done=off"),
            Err(ApiError::TwoFactor { problem, .. }) => {
                again(
                    problem_errors(&page, problem, "code"),
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await
            }
            Err(e) => page.error(&e),
        };
    }
    match actions::enrol(&state, &user, form.get("secret"), form.get("code"), address).await {
        Ok(codes) => {
            // Signing in is finished now: a new full session replaces the
            // one that could only set this up.
            let previous = auth::cookie(&headers, state.config.session_cookie());
            let (token, csrf) =
                match auth::start_session(&state, &user.user, previous.as_deref(), Stage::Full)
                    .await
                {
                    Ok(t) => t,
                    Err(e) => return page.error(&e),
                };
            #[derive(Serialize)]
            struct CodesView {
                codes: Vec<String>,
                next: String,
            }
            let mut shown = page.clone();
            if let Some(u) = shown.user.as_mut() {
                u.stage = Stage::Full;
                u.credential = auth::Credential::Session {
                    csrf,
                    token: token.clone(),
                };
            }
            let mut res = shown.render(
                "account/recovery_codes.html",
                CodesView {
                    codes,
                    next: landing(&user.user, ""),
                },
            );
            set_session_cookie(&state, &mut res, &token);
            res
        }
        Err(ApiError::TwoFactor { problem, .. }) => {
            // The same secret again, so an app already set up still fits.
            let errors = problem_errors(&page, problem, "code");
            let again = Secret::from_base32(form.get("secret"));
            match settings_view(&state, &page, errors, String::new(), again).await {
                Ok(view) => {
                    let mut res = page.render("account/two_factor.html", view);
                    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                    res
                }
                Err(e) => page.error(&e),
            }
        }
        Err(e) => page.error(&e),
    }
}
