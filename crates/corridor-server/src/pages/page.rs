//! What every page handler starts from: the [`Page`] extractor (the
//! signed-in user, if any, and the page's language), rendering with the
//! layout, the post-redirect-get helpers, form data with repeated fields,
//! and form errors in the GOV.UK pattern (a summary at the top linking to
//! each field, the message again at the field, the values kept).

use super::{LANG_COOKIE, Layout, RENDERER, error_page, redirect};
use crate::AppState;
use crate::auth::{self, CurrentUser, MaybeUser};
use crate::error::ApiError;
use crate::i18n::I18n;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use corridor_domain::{Violation, Violations};
use serde::Serialize;
use std::collections::BTreeMap;

/// The request as a page sees it.
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's language.
    pub lang: &'static str,
    /// The signed-in user, if any.
    pub user: Option<CurrentUser>,
    /// Path and query, to come back to after signing in.
    pub here: String,
}

impl FromRequestParts<AppState> for Page {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let user = match MaybeUser::from_request_parts(parts, state).await {
            Ok(MaybeUser(u)) => u,
            Err(e) => return Err(error_page(&Layout::new("en", None), &e)),
        };
        let query_lang = parts.uri.query().and_then(|q| {
            q.split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == "lang")
                .map(|(_, v)| v.to_string())
        });
        let lang = if let Some(l) = query_lang {
            I18n::negotiate(&l)
        } else if let Some(l) = user.as_ref().and_then(|u| u.user.lang.clone()) {
            I18n::negotiate(&l)
        } else if let Some(l) = auth::cookie(&parts.headers, LANG_COOKIE) {
            I18n::negotiate(&l)
        } else {
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map_or("en", I18n::from_accept_language)
        };
        Ok(Page {
            lang,
            user,
            here: parts
                .uri
                .path_and_query()
                .map_or("/".into(), |p| p.as_str().to_string()),
        })
    }
}

impl Page {
    /// The layout for this page.
    pub fn layout(&self) -> Layout {
        Layout::new(self.lang, self.user.as_ref())
    }

    /// A translated message.
    pub fn t(&self, key: &str) -> String {
        RENDERER.message(self.lang, key)
    }

    /// The signed-in user, or a redirect to the sign-in page that comes
    /// back here. (The error is the response to send at once; boxing it
    /// would only add an allocation.)
    #[allow(clippy::result_large_err)]
    pub fn signed_in(&self) -> Result<&CurrentUser, Response> {
        self.user
            .as_ref()
            .ok_or_else(|| redirect(&format!("/sign-in?next={}", urlencode(&self.here))))
    }

    /// Renders `template` with the layout and `ctx`. Pages for a signed-in
    /// user are never stored by caches.
    pub fn render<S: Serialize>(&self, template: &str, ctx: S) -> Response {
        #[derive(Serialize)]
        struct With<'a, S> {
            #[serde(flatten)]
            layout: &'a Layout,
            #[serde(flatten)]
            ctx: S,
        }
        let layout = self.layout();
        let mut res = match RENDERER.render(
            template,
            With {
                layout: &layout,
                ctx,
            },
        ) {
            Ok(html) => Html(html).into_response(),
            Err(e) => error_page(&layout, &e),
        };
        if self.user.is_some() {
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        res
    }

    /// An error as a page (a missing sign-in redirects to the sign-in page).
    pub fn error(&self, err: &ApiError) -> Response {
        if matches!(err, ApiError::Unauthorized(_)) {
            return match self.signed_in() {
                Err(r) => r,
                Ok(_) => error_page(&self.layout(), err),
            };
        }
        error_page(&self.layout(), err)
    }

    /// Checks a form's CSRF token against the session.
    #[allow(clippy::result_large_err)]
    pub fn check_csrf(&self, form: &FormData) -> Result<&CurrentUser, Response> {
        let user = self.signed_in()?;
        user.check_csrf(form.get("csrf"))
            .map_err(|e| self.error(&e))?;
        Ok(user)
    }
}

/// Forms for someone not yet signed in (signing in, signing up) carry a
/// token that must equal a cookie set with the form (double submit), so
/// another site cannot post them in the visitor's name. Returns the token
/// and sets its cookie on `res`.
pub fn anonymous_form_token(state: &AppState, res: &mut Response, token: &str) {
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(
        state,
        state.config.login_csrf_cookie(),
        token,
        3600,
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// Checks an anonymous form's token against its cookie.
pub fn anonymous_form_ok(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    form: &FormData,
) -> bool {
    let expected = auth::cookie(headers, state.config.login_csrf_cookie()).unwrap_or_default();
    !expected.is_empty() && auth::secrets_equal(&expected, form.get("csrf"))
}

/// Percent-encodes a path for a query string.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A submitted form as its fields in order; a name may repeat (rows of
/// costs, languages…), so nothing is lost as it would be in a map.
#[derive(Debug, Clone, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Response> {
        match axum::Form::<Vec<(String, String)>>::from_request(req, state).await {
            Ok(axum::Form(pairs)) => Ok(FormData(pairs)),
            Err(e) => Err(e.into_response()),
        }
    }
}

impl FormData {
    /// The first value of `name`, trimmed, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    /// Every value of `name`, trimmed, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }

    /// True when `name` was sent (a ticked checkbox, a pressed button).
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    /// The fields as a map of first values, to keep what was typed.
    pub fn values(&self) -> BTreeMap<String, String> {
        let mut m = BTreeMap::new();
        for (k, v) in &self.0 {
            m.entry(k.clone()).or_insert_with(|| v.clone());
        }
        m
    }
}

/// One error: the field's HTML id and the message in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct FieldError {
    /// The id of the field it belongs to (the summary links to `#id`).
    pub field: String,
    /// What is wrong, in the page's language.
    pub message: String,
}

/// Every error of a submitted form: the summary list and each field's
/// message.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FormErrors {
    /// In the order found, for the summary at the top of the page.
    pub summary: Vec<FieldError>,
    /// By field id, for the message at the field.
    pub fields: BTreeMap<String, String>,
}

impl FormErrors {
    /// True when there is nothing wrong.
    pub fn is_empty(&self) -> bool {
        self.summary.is_empty()
    }

    /// Adds an error at `field`.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let (field, message) = (field.into(), message.into());
        self.fields
            .entry(field.clone())
            .and_modify(|m| {
                m.push(' ');
                m.push_str(&message)
            })
            .or_insert_with(|| message.clone());
        self.summary.push(FieldError { field, message });
    }

    /// The domain's violations as form errors: each rule's message in the
    /// page's language, at the field `field_id` maps its path to (e.g.
    /// `recruitment_costs[1].paid_by` → `cost-paid-by-1`).
    pub fn from_violations(
        lang: &str,
        violations: &Violations,
        field_id: impl Fn(&str) -> String,
    ) -> Self {
        let mut errors = FormErrors::default();
        for v in violations.iter() {
            errors.push(field_id(&v.field), violation_text(lang, v));
        }
        errors
    }
}

/// A violated rule in the page's language: the message `rule-<code>` when
/// one is shipped, else the domain's own English words.
pub fn violation_text(lang: &str, v: &Violation) -> String {
    let key = format!("rule-{}", v.rule.replace('_', "-"));
    let text = RENDERER.message(lang, &key);
    if text == key { v.message.clone() } else { text }
}

/// The HTML id of a field path: `profile.contact.phone` → `contact-phone`,
/// `recruitment_costs[1].paid_by` → `recruitment-costs-1-paid-by`.
pub fn field_id(path: &str) -> String {
    let path = path.strip_prefix("profile.").unwrap_or(path);
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            _ => {
                if !out.ends_with('-') && !out.is_empty() {
                    out.push('-')
                }
            }
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_become_ids() {
        assert_eq!(field_id("profile.contact.phone"), "contact-phone");
        assert_eq!(
            field_id("recruitment_costs[1].paid_by"),
            "recruitment-costs-1-paid-by"
        );
        assert_eq!(field_id("wage"), "wage");
    }

    #[test]
    fn form_data_keeps_repeated_fields() {
        let f = FormData(vec![
            ("language".into(), "es".into()),
            ("language".into(), " en ".into()),
            ("csrf".into(), "x".into()),
        ]);
        assert_eq!(f.all("language"), ["es", "en"]);
        assert_eq!(f.get("language"), "es");
        assert!(f.has("csrf"));
        assert!(!f.has("nothing"));
    }

    #[test]
    fn errors_collect_at_their_fields() {
        let mut e = FormErrors::default();
        e.push("wage", "too low");
        e.push("wage", "wrong currency");
        assert_eq!(e.summary.len(), 2);
        assert_eq!(e.fields["wage"], "too low wrong currency");
    }

    #[test]
    fn next_paths_are_encoded() {
        assert_eq!(urlencode("/jobs/3?lang=es"), "/jobs/3%3Flang%3Des");
    }
}
