//! Request extractors whose every failure is a problem document: a JSON body
//! that names the field a wrong type or unknown code is at, and path and
//! query extractors that answer 400 instead of plain text.

mod objects_only;

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use corridor_domain::Violations;
use serde::de::DeserializeOwned;

/// A JSON request body, parsed with the path of any error.
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

/// Parses `bytes` as JSON into `T`, naming the field of any error.
///
/// JSON has one kind of number: `219.0` and `219` are the same value, and
/// JSON Schema calls both integers. So a number with no fractional part is
/// read as an integer wherever the type wants one. And, as the schema
/// says, a struct is an object: never an array of its fields.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| json_error(".", &e))?;
    integral_numbers_as_integers(&mut value);
    serde_path_to_error::deserialize(objects_only::ObjectsOnly(value)).map_err(|e| {
        let path = e.path().to_string();
        json_error(&path, e.inner())
    })
}

/// Rewrites every number with no fractional part (`3.0`) as an integer.
fn integral_numbers_as_integers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
            {
                // Only where a float holds every integer exactly (|f| ≤ 2^53):
                // a larger one may be an integer too big for 64 bits that
                // the parser rounded.
                if f.abs() <= 9_007_199_254_740_992.0 {
                    *value = Value::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_numbers_as_integers),
        Value::Object(fields) => fields.values_mut().for_each(integral_numbers_as_integers),
        _ => {}
    }
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
            } else {
                value_rule(&msg)
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

/// The rule a value broke, from the message of the parse that refused it.
///
/// A well-formed code that is not in the reference lists Corridor embeds
/// (ISO 3166, 639, 4217; ISCO-08; ESCO) breaks `unknown_code`: a look-up,
/// like a record's id, which a schema states only by form. An amount with
/// more decimals than its currency has breaks `too_many_decimals`, a rule
/// between two fields.
pub fn value_rule(msg: &str) -> &'static str {
    if msg.contains(" is not an ISO ")
        || msg.contains(" is not an ISCO-08 ")
        || msg.contains(" is not an ESCO ")
    {
        "unknown_code"
    } else if msg.contains(" decimals, the most ") {
        "too_many_decimals"
    } else if msg.contains("invalid type") {
        "wrong_type"
    } else if msg.contains("unknown variant") {
        "unknown_value"
    } else {
        "invalid_value"
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

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        // As in bodies, `7.0` is the integer 7 (JSON Schema's reading).
        let query = parts.uri.query().unwrap_or("");
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query)
            .map_err(|e| ApiError::bad_field("query", "invalid_value", e.to_string()))?;
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(k, v)| {
                let integral = v
                    .split_once('.')
                    .filter(|(whole, frac)| {
                        !frac.is_empty()
                            && frac.bytes().all(|b| b == b'0')
                            && whole
                                .trim_start_matches('-')
                                .bytes()
                                .all(|b| b.is_ascii_digit())
                            && !whole.trim_start_matches('-').is_empty()
                    })
                    .map(|(whole, _)| whole.to_string());
                (k, integral.unwrap_or(v))
            })
            .collect();
        let rewritten = serde_urlencoded::to_string(&pairs)
            .map_err(|e| ApiError::bad_field("query", "invalid_value", e.to_string()))?;
        serde_urlencoded::from_str::<T>(&rewritten)
            .map(ApiQuery)
            .map_err(|e| {
                let text = format!("Failed to deserialize query string: {e}");
                ApiError::bad_field("query", value_rule(&text), text)
            })
    }
}
