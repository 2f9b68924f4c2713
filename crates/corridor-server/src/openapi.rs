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
    /// A longer description (CommonMark), when one line is not enough.
    pub description: Option<&'static str>,
    /// Answers beyond the ones every operation of its kind documents:
    /// (status, description), each a problem document.
    pub problems: Vec<(u16, &'static str)>,
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
                params.extend(query_parameters(q));
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
                    json!({"description": "Success", "content": {"application/json": {"schema": s}}})
                }
                None => json!({"description": "Success"}),
            };
            responses.insert(op.status.to_string(), ok);
            let problem_response = |d: &str| json!({"description": d, "content": {"application/problem+json": {"schema": problem.clone()}}});
            responses.insert("400".into(), problem_response("Malformed request"));
            if op.access == Access::SignedIn {
                responses.insert("401".into(), problem_response("Not signed in"));
                responses.insert("403".into(), problem_response("Not allowed for this role"));
            }
            if op.path.contains('{') {
                responses.insert("404".into(), problem_response("No such record"));
            }
            if op.body.is_some() {
                responses.insert("413".into(), problem_response("Body too large"));
                responses.insert(
                    "422".into(),
                    problem_response("Rules violated; every violation listed"),
                );
            }
            for (status, description) in &op.problems {
                let mut r = problem_response(description);
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
    json!({
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
    })
}

/// `GET /api/v1/openapi.json`.
pub async fn document() -> Json<Value> {
    Json(build())
}
