//! The OpenAPI 3.1 description of the API, served at
//! `/api/v1/openapi.json`. The router is built from the same table of
//! operations ([`crate::api::operations`]), so every route is documented and
//! every documented route exists. Schemas come from the Rust types
//! themselves (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).

use crate::error::Problem;
use axum::Json;
use axum::http::Method;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

/// Makes a schema for one type, registering its definitions.
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

/// The schema of `T`, as a reference into `components/schemas`.
pub fn schema<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

/// Who may call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone.
    Public,
    /// Anyone, with more results when signed in.
    Optional,
    /// Signed-in users (role rules apply).
    SignedIn,
}

/// The description of one operation.
#[derive(Clone)]
pub struct OperationDoc {
    /// HTTP method.
    pub method: Method,
    /// Path with `{param}` placeholders.
    pub path: &'static str,
    /// One line.
    pub summary: &'static str,
    /// Group.
    pub tag: &'static str,
    /// Who may call it.
    pub access: Access,
    /// Query parameters, as a struct's schema.
    pub query: Option<SchemaFn>,
    /// Request body.
    pub body: Option<SchemaFn>,
    /// Success status.
    pub status: u16,
    /// Success body.
    pub response: Option<SchemaFn>,
    /// Other media types the success body may come in (besides JSON),
    /// each described as a string.
    pub media: &'static [&'static str],
    /// Error statuses this operation answers beyond those its shape
    /// implies (see [`error_statuses`]).
    pub errors: &'static [u16],
    /// Query parameters whose schema this operation states more exactly
    /// than the query type does (by name).
    pub param_schemas: Vec<(&'static str, Value)>,
    /// A longer description (CommonMark), when one line is not enough.
    pub description: Option<&'static str>,
    /// Answers beyond the ones every operation of its kind documents:
    /// (status, description), each a problem document.
    pub problems: Vec<(u16, &'static str)>,
}

/// What each error status means, as documented.
fn error_description(status: u16) -> &'static str {
    match status {
        400 => {
            "Malformed request: a parameter the schema cannot check alone (such as two that exclude each other)"
        }
        401 => "Not signed in, or the credentials are not valid",
        403 => "Not allowed for this caller",
        404 => "No such record (or not one the caller may know exists)",
        409 => {
            "Conflicts with the current state: the record is already in that state, changed meanwhile, or a unique value is taken"
        }
        413 => "Body too large",
        415 => "The body is not application/json",
        422 => {
            "Rules violated (rules that depend on other records or on today); every violation listed"
        }
        429 => "Too many attempts; retry after the seconds in Retry-After",
        _ => "Error",
    }
}

/// Every error status `op` can answer: 400 when it takes parameters;
/// 401 and 403 when it needs a signed-in caller or signing in is optional
/// (a bad token; a view the caller's role does not have); 404 for a record in the path, or named
/// in a signed-in write; 409 and 422 for writes; 413 and 415 for a body;
/// and the operation's own [`OperationDoc::errors`].
pub fn error_statuses(op: &OperationDoc) -> Vec<u16> {
    let write = op.method != Method::GET;
    let mut out = vec![];
    if op.query.is_some() || op.body.is_some() || op.path.contains('{') {
        out.push(400);
    }
    match op.access {
        Access::SignedIn => out.extend([401, 403]),
        // Anyone may call, but a signed-in caller may ask for a view their
        // role does not have (job orders before they open, say).
        Access::Optional => out.extend([401, 403]),
        Access::Public => {}
    }
    if op.path.contains('{') || (write && op.access == Access::SignedIn) {
        out.push(404);
    }
    if write && op.access == Access::SignedIn {
        out.extend([409, 422]);
    }
    if op.body.is_some() {
        out.extend([413, 415, 422]);
    }
    out.extend(op.errors.iter().copied());
    out.sort_unstable();
    out.dedup();
    out
}

fn generator(inline: bool) -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .with(|s| {
            s.definitions_path = "/components/schemas".into();
            s.inline_subschemas = inline;
        })
        .into_generator()
}

fn query_parameters(f: SchemaFn) -> Vec<Value> {
    let mut g = generator(true);
    let s = f(&mut g);
    let v = s.as_value();
    let required: Vec<&str> = v
        .get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out = vec![];
    if let Some(props) = v.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            let mut schema = prop.clone();
            let description = schema
                .as_object_mut()
                .and_then(|o| o.remove("description"))
                .unwrap_or(Value::String(String::new()));
            out.push(json!({
                "name": name,
                "in": "query",
                "required": required.contains(&name.as_str()),
                "description": description,
                "schema": schema,
            }));
        }
    }
    out
}

/// Builds the whole document.
pub fn build() -> Value {
    let mut g = generator(false);
    let problem = g.subschema_for::<Problem>();
    let mut paths: Map<String, Value> = Map::new();
    for route in crate::api::operations() {
        for op in &route.docs {
            let mut operation = Map::new();
            operation.insert("summary".into(), json!(op.summary));
            operation.insert("tags".into(), json!([op.tag]));
            if let Some(d) = op.description {
                operation.insert("description".into(), json!(d));
            }
            operation.insert(
                "operationId".into(),
                json!(format!(
                    "{}_{}",
                    op.method.as_str().to_lowercase(),
                    op.path
                        .trim_start_matches("/api/v1/")
                        .replace(['/', '-'], "_")
                        .replace(['{', '}'], "")
                )),
            );
            let mut params: Vec<Value> = op
                .path
                .split('/')
                .filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}'))
                .map(|name| {
                    json!({"name": name, "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}})
                })
                .collect();
            if let Some(q) = op.query {
                let mut query = query_parameters(q);
                for p in &mut query {
                    if let Some((_, s)) = op.param_schemas.iter().find(|(n, _)| p["name"] == *n) {
                        p["schema"] = s.clone();
                    }
                }
                params.extend(query);
            }
            if !params.is_empty() {
                operation.insert("parameters".into(), Value::Array(params));
            }
            if let Some(b) = op.body {
                let s = b(&mut g);
                operation.insert(
                    "requestBody".into(),
                    json!({"required": true, "content": {"application/json": {"schema": s}}}),
                );
            }
            let mut responses = Map::new();
            let ok = match op.response {
                Some(r) => {
                    let s = r(&mut g);
                    let mut content = Map::new();
                    content.insert("application/json".into(), json!({"schema": s}));
                    for media in op.media {
                        content.insert((*media).into(), json!({"schema": {"type": "string"}}));
                    }
                    json!({"description": "Success", "content": content})
                }
                None => json!({"description": "Success"}),
            };
            responses.insert(op.status.to_string(), ok);
            for status in error_statuses(op) {
                let mut response = json!({
                    "description": error_description(status),
                    "content": {"application/problem+json": {"schema": problem.clone()}},
                });
                if status == 429 {
                    response["headers"] = json!({"Retry-After": {
                        "description": "Seconds to wait before trying again",
                        "schema": {"type": "integer", "minimum": 0},
                    }});
                }
                responses.insert(status.to_string(), response);
            }
            for (status, description) in &op.problems {
                let mut r = json!({
                    "description": description,
                    "content": {"application/problem+json": {"schema": problem.clone()}},
                });
                if *status == 429 || *status == 503 {
                    r["headers"] = json!({"Retry-After": {
                        "description": "Seconds to wait before another attempt is accepted",
                        "schema": {"type": "integer", "minimum": 1}
                    }});
                }
                responses.insert(status.to_string(), r);
            }
            operation.insert("responses".into(), Value::Object(responses));
            match op.access {
                Access::Public => {
                    operation.insert("security".into(), json!([]));
                }
                Access::Optional => {
                    operation.insert(
                        "security".into(),
                        json!([{}, {"bearer": []}, {"session": []}]),
                    );
                }
                Access::SignedIn => {}
            }
            let entry = paths
                .entry(op.path.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            entry
                .as_object_mut()
                .expect("path item is an object")
                .insert(op.method.as_str().to_lowercase(), Value::Object(operation));
        }
    }
    let schemas: Map<String, Value> = g.take_definitions(true).into_iter().collect();
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Corridor API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Rights-based labour-migration exchange: programmes, job orders, workers, placements and the fee ledger. Errors are RFC 9457 problem documents listing every violated rule.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}, {"session": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "API token from POST /api/v1/tokens"},
                "session": {"type": "apiKey", "in": "cookie", "name": "corridor_session", "description": "Browser session; state-changing calls also need the X-CSRF-Token header"}
            }
        }
    });
    bound_integers(&mut doc);
    link_created_records(&mut doc);
    doc
}

/// Links each creation (`POST /api/v1/x` answering 201 with the new
/// record) to every operation on that record (`/api/v1/x/{id}…`), its
/// `id` taken from the answer: how a client (or a stateful test) goes on
/// from a record it made.
fn link_created_records(doc: &mut Value) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return;
    };
    let mut links: Vec<(String, String, Value)> = vec![];
    for (path, item) in paths {
        if item.pointer("/post/responses/201").is_none() || path.contains('{') {
            continue;
        }
        let prefix = format!("{path}/{{id}}");
        for (target, ops) in paths {
            if !(target == &prefix || target.starts_with(&format!("{prefix}/"))) {
                continue;
            }
            for (method, op) in ops.as_object().into_iter().flatten() {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                links.push((
                    path.clone(),
                    format!(
                        "{method}_{}",
                        target
                            .trim_start_matches(path.as_str())
                            .replace(['/', '{', '}', '-'], "_")
                    ),
                    json!({"operationId": id, "parameters": {"id": "$response.body#/id"}}),
                ));
            }
        }
    }
    for (path, name, link) in links {
        if let Some(response) = doc
            .pointer_mut(&format!(
                "/paths/{}/post/responses/201",
                path.replace('~', "~0").replace('/', "~1")
            ))
            .and_then(Value::as_object_mut)
        {
            response
                .entry("links")
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("links is an object")
                .insert(name, link);
        }
    }
}

/// States the range of every 64-bit integer: a larger number is not one
/// the server can read.
fn bound_integers(value: &mut Value) {
    match value {
        Value::Object(o) => {
            let range = match o.get("format").and_then(Value::as_str) {
                Some("int64") => Some((json!(i64::MIN), json!(i64::MAX))),
                Some("uint64" | "uint") => Some((json!(0), json!(u64::MAX))),
                Some("int32") => Some((json!(i32::MIN), json!(i32::MAX))),
                Some("uint32") => Some((json!(0), json!(u32::MAX))),
                Some("int16") => Some((json!(i16::MIN), json!(i16::MAX))),
                Some("uint16") => Some((json!(0), json!(u16::MAX))),
                Some("uint8") => Some((json!(0), json!(u8::MAX))),
                _ => None,
            };
            if let Some((min, max)) = range {
                o.entry("minimum").or_insert(min);
                o.entry("maximum").or_insert(max);
            }
            o.values_mut().for_each(bound_integers);
        }
        Value::Array(items) => items.iter_mut().for_each(bound_integers),
        _ => {}
    }
}

/// `GET /api/v1/openapi.json`.
pub async fn document() -> Json<Value> {
    Json(build())
}
