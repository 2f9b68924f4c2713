//! One error type for the API, mapped to HTTP in one place: RFC 9457
//! `application/problem+json`, with every violated rule listed under
//! `violations` (each with its `field`, `rule` and `message`). Internal
//! faults are logged and answered with a bare 500 that reveals nothing.

use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use corridor_domain::access::Denied;
use corridor_domain::{Violation, Violations};
use corridor_store::StoreError;
use schemars::JsonSchema;
use serde::Serialize;

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// Short summary of the kind of problem.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What went wrong this time, in plain words.
    pub detail: String,
    /// Every violated rule, when the request broke rules (absent when
    /// there is none to list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Violation>,
}

/// Everything an API handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request is malformed (bad JSON, wrong types, unknown codes).
    #[error("bad request: {detail}")]
    BadRequest {
        /// What is wrong.
        detail: String,
        /// Where, when known.
        violations: Violations,
    },
    /// No valid credentials.
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    /// Signed in, but not allowed.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// Signed in, but not allowed by a rule with a code (e.g. a suspended
    /// employer's users act on nothing): 403 with every rule listed.
    #[error("forbidden: {0}")]
    ForbiddenByRule(Violations),
    /// No such record (or not one the caller may know exists).
    #[error("not found: {0}")]
    NotFound(String),
    /// The request conflicts with the current state.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Well-formed, but breaks rules.
    #[error("unprocessable: {0}")]
    Unprocessable(Violations),
    /// The body is too large.
    #[error("payload too large")]
    PayloadTooLarge,
    /// The body is not JSON.
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    /// The method is not allowed here.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// Too many attempts; try again after this many seconds.
    #[error("too many requests: retry after {retry_after} s")]
    TooManyRequests {
        /// Seconds until another attempt is accepted.
        retry_after: u64,
    },
    /// Signing in needs its second step, or the account must set up
    /// two-step sign-in first. `page` is true for a request of a page,
    /// which is sent where the step is taken instead of a problem document.
    #[error("two-step sign-in: {}", .problem.rule())]
    TwoFactor {
        /// What is missing or wrong.
        problem: TwoFactorProblem,
        /// Whether a page (not the API) was asked for.
        page: bool,
    },
    /// The service is saturated; try again after this many seconds.
    #[error("service unavailable: {detail}")]
    ServiceUnavailable {
        /// Seconds after which to try again.
        retry_after: u64,
        /// What is busy.
        detail: String,
    },
    /// A fault on our side; the detail is logged, never sent.
    #[error("internal: {0}")]
    Internal(String),
}

/// What stands between a caller and a finished two-step sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TwoFactorProblem {
    /// The account signs in in two steps and no code was given.
    Required,
    /// The code (or recovery code) is not right.
    CodeWrong,
    /// The code was right but has been used already.
    CodeUsed,
    /// The account's role needs two-step sign-in, which is not set up.
    EnrolmentRequired,
}

impl TwoFactorProblem {
    /// The rule code.
    pub fn rule(self) -> &'static str {
        match self {
            TwoFactorProblem::Required => "two_factor_required",
            TwoFactorProblem::CodeWrong => "two_factor_code_wrong",
            TwoFactorProblem::CodeUsed => "two_factor_code_used",
            TwoFactorProblem::EnrolmentRequired => "two_factor_enrolment_required",
        }
    }

    /// What to do, in plain words.
    pub fn message(self) -> &'static str {
        match self {
            TwoFactorProblem::Required => {
                "this account signs in in two steps: send totp_code (the six digits of the authenticator app) or a recovery_code"
            }
            TwoFactorProblem::CodeWrong => "the code is not right",
            TwoFactorProblem::CodeUsed => "this code has been used already; wait for the next one",
            TwoFactorProblem::EnrolmentRequired => {
                "officials and administrators must use two-step sign-in: sign in in a browser and set it up at /me/two-factor first"
            }
        }
    }

    /// The field the rule concerns.
    pub fn field(self) -> &'static str {
        match self {
            TwoFactorProblem::EnrolmentRequired => "account",
            _ => "totp_code",
        }
    }

    /// The page where the step is taken.
    pub fn page(self) -> &'static str {
        match self {
            TwoFactorProblem::EnrolmentRequired => "/me/two-factor",
            _ => "/sign-in/code",
        }
    }
}

impl ApiError {
    /// A bad request with one violation at `field`.
    pub fn bad_field(field: impl Into<String>, rule: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        ApiError::BadRequest {
            detail: message.clone(),
            violations: Violations::one(field, rule, message),
        }
    }

    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) | ApiError::ForbiddenByRule(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::TwoFactor { problem, .. } => match problem {
                TwoFactorProblem::EnrolmentRequired => StatusCode::FORBIDDEN,
                _ => StatusCode::UNAUTHORIZED,
            },
            ApiError::ServiceUnavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem document sent to the client.
    pub fn problem(&self) -> Problem {
        let (slug, title, detail, violations) = match self {
            ApiError::BadRequest { detail, violations } => (
                "bad-request",
                "The request is malformed",
                detail.clone(),
                violations.0.clone(),
            ),
            ApiError::Unauthorized(d) => ("unauthorized", "Sign-in required", d.clone(), vec![]),
            ApiError::Forbidden(d) => ("forbidden", "Not allowed", d.clone(), vec![]),
            ApiError::ForbiddenByRule(v) => (
                "forbidden",
                "Not allowed",
                v.iter()
                    .map(|x| x.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                v.0.clone(),
            ),
            ApiError::NotFound(d) => ("not-found", "Not found", d.clone(), vec![]),
            ApiError::Conflict(d) => (
                "conflict",
                "Conflict with the current state",
                d.clone(),
                vec![],
            ),
            ApiError::Unprocessable(v) => (
                "rule-violations",
                "The request breaks rules",
                format!(
                    "{} rule{} broken: {}",
                    v.len(),
                    if v.len() == 1 { "" } else { "s" },
                    v.iter()
                        .map(|x| x.message.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                v.0.clone(),
            ),
            ApiError::PayloadTooLarge => (
                "payload-too-large",
                "The request body is too large",
                format!(
                    "request bodies are limited to {} bytes",
                    crate::MAX_BODY_BYTES
                ),
                vec![],
            ),
            ApiError::UnsupportedMediaType(d) => (
                "unsupported-media-type",
                "Unsupported media type",
                d.clone(),
                vec![],
            ),
            ApiError::MethodNotAllowed => (
                "method-not-allowed",
                "Method not allowed",
                "this method is not allowed on this resource".into(),
                vec![],
            ),
            ApiError::TooManyRequests { retry_after } => (
                "too-many-requests",
                "Too many attempts",
                format!("too many attempts; try again in {retry_after} seconds"),
                vec![],
            ),
            ApiError::TwoFactor { problem, .. } => (
                "two-factor",
                "Two-step sign-in",
                problem.message().to_string(),
                vec![Violation {
                    field: problem.field().into(),
                    rule: problem.rule().into(),
                    message: problem.message().into(),
                }],
            ),
            ApiError::ServiceUnavailable {
                retry_after,
                detail,
            } => (
                "service-unavailable",
                "Busy: try again shortly",
                format!("{detail}; try again in {retry_after} seconds"),
                vec![],
            ),
            ApiError::Internal(_) => (
                "internal",
                "Internal error",
                "something went wrong on our side; it has been logged".into(),
                vec![],
            ),
        };
        Problem {
            kind: format!("/problems/{slug}"),
            title: title.into(),
            status: self.status().as_u16(),
            detail,
            violations,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(e) = &self {
            tracing::error!(error = %e, "internal error");
        }
        if let ApiError::TwoFactor {
            problem,
            page: true,
        } = &self
        {
            return crate::pages::redirect(problem.page());
        }
        let status = self.status();
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut res = (status, [(header::CONTENT_TYPE, PROBLEM_JSON)], body).into_response();
        if let ApiError::TooManyRequests { retry_after }
        | ApiError::ServiceUnavailable { retry_after, .. } = self
            && let Ok(v) = axum::http::HeaderValue::from_str(&retry_after.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => ApiError::NotFound(what),
            StoreError::Conflict(what) => ApiError::Conflict(what),
            StoreError::Invalid(v) => ApiError::Unprocessable(v),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<Denied> for ApiError {
    fn from(d: Denied) -> Self {
        ApiError::Forbidden(d.0)
    }
}

impl From<Violations> for ApiError {
    fn from(v: Violations) -> Self {
        ApiError::Unprocessable(v)
    }
}

/// Answers requests no route matched: problem+json under `/api`, an HTML
/// page elsewhere.
pub async fn fallback(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError::NotFound(format!("no resource at {}", uri.path())).into_response()
    } else {
        crate::pages::not_found_page().into_response()
    }
}

/// Turns a panic into a 500 problem document (the panic is logged).
pub fn panic_response(err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let msg = err
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".into());
    ApiError::Internal(msg).into_response()
}
