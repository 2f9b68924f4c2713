//! Request extractors whose every failure is a problem document: a JSON body
//! that names the field a wrong type or unknown code is at, and path and
//! query extractors that answer 400 instead of plain text.

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use corridor_domain::Violations;
use serde::de::DeserializeOwned;

/// A JSON request body, parsed with the path of any error.
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

/// Parses `bytes` as JSON into `T`, naming the field of any error.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = match serde_path_to_error::deserialize(&mut de) {
        Ok(v) => v,
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            return Err(json_error(&path, &inner));
        }
    };
    de.end().map_err(|e| json_error(".", &e))?;
    Ok(value)
}

fn json_error(path: &str, e: &serde_json::Error) -> ApiError {
    use serde_json::error::Category;
    let field = if path == "." {
        String::new()
    } else {
        path.to_string()
    };
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => ApiError::BadRequest {
            detail: format!("the body is not valid JSON: {e}"),
            violations: Violations::one(field, "malformed_json", e.to_string()),
        },
        Category::Data => {
            // serde_json appends " at line L column C"; keep the message only.
            let msg = e.to_string();
            let msg = msg
                .rsplit_once(" at line ")
                .map_or(msg.as_str(), |(m, _)| m)
                .to_string();
            let rule = if msg.contains("missing field") {
                "required"
            } else if msg.contains("invalid type") {
                "wrong_type"
            } else if msg.contains("unknown variant") {
                "unknown_value"
            } else {
                "invalid_value"
            };
            ApiError::Unprocessable(Violations::one(
                if field.is_empty() {
                    "body".to_string()
                } else {
                    field
                },
                rule,
                msg,
            ))
        }
    }
}

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let media = content_type.split(';').next().unwrap_or("").trim();
        if !(media == "application/json" || media.ends_with("+json")) {
            return Err(ApiError::UnsupportedMediaType(
                "send the body as application/json".into(),
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rej| {
            if rej.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::BadRequest {
                    detail: rej.body_text(),
                    violations: Violations::new(),
                }
            }
        })?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Path parameters; a malformed one is a 400 problem.
#[derive(Debug, Clone)]
pub struct ApiPath<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiPath<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(v)| ApiPath(v))
            .map_err(|rej| ApiError::bad_field("path", "invalid_value", rej.body_text()))
    }
}

/// Query parameters; a malformed one is a 400 problem.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(v)| ApiQuery(v))
            .map_err(|rej| ApiError::bad_field("query", "invalid_value", rej.body_text()))
    }
}
