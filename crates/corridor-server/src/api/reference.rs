//! Reference data, open to everyone: ESCO occupations and skills with
//! ISCO-08, countries, languages, currencies and the WHO safeguards list.

use crate::error::ApiError;
use crate::extract::ApiQuery;
use axum::Json;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A label search.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct SearchQuery {
    /// What the person typed ("welder", "nurse").
    #[serde(default)]
    pub q: String,
    /// How many results (1–50, default 10).
    pub limit: Option<usize>,
}

/// An ESCO occupation found by a search.
#[derive(Debug, Serialize, JsonSchema)]
pub struct OccupationHit {
    /// ESCO concept URI.
    pub uri: String,
    /// Preferred label.
    pub label: String,
    /// ISCO-08 unit group.
    pub isco: String,
    /// The unit group's title.
    pub isco_label: String,
    /// Relevance (higher is better).
    pub score: f32,
}

/// An ESCO skill found by a search.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SkillHit {
    /// ESCO concept URI.
    pub uri: String,
    /// Label.
    pub label: String,
    /// Relevance (higher is better).
    pub score: f32,
}

fn limit(q: &SearchQuery) -> usize {
    q.limit.unwrap_or(10).clamp(1, 50)
}

/// `GET /api/v1/reference/occupations?q=`: ESCO occupations by label.
pub async fn occupations(ApiQuery(q): ApiQuery<SearchQuery>) -> Json<Vec<OccupationHit>> {
    let hits = corridor_reference::search_occupations(&q.q, limit(&q))
        .into_iter()
        .map(|h| OccupationHit {
            uri: h.item.uri.to_string(),
            label: h.item.label.to_string(),
            isco: h.item.isco.to_string(),
            isco_label: corridor_reference::isco_group(&h.item.isco)
                .map(|g| g.label.to_string())
                .unwrap_or_default(),
            score: h.score,
        })
        .collect();
    Json(hits)
}

/// `GET /api/v1/reference/skills?q=`: ESCO skills by label.
pub async fn skills(ApiQuery(q): ApiQuery<SearchQuery>) -> Json<Vec<SkillHit>> {
    let hits = corridor_reference::search_skills(&q.q, limit(&q))
        .into_iter()
        .map(|h| SkillHit {
            uri: h.item.uri.to_string(),
            label: h.item.label.to_string(),
            score: h.score,
        })
        .collect();
    Json(hits)
}

/// Which ISCO-08 groups to list.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct IscoQuery {
    /// Only groups whose code starts with this (all when absent).
    #[serde(default)]
    #[schemars(pattern(r"^[0-9]{0,4}$"))]
    pub prefix: String,
}

/// An ISCO-08 group.
#[derive(Debug, Serialize, JsonSchema)]
pub struct IscoGroupView {
    /// Code (1 to 4 digits).
    pub code: String,
    /// Title.
    pub label: String,
}

/// `GET /api/v1/reference/isco?prefix=`: ISCO-08 groups.
pub async fn isco(ApiQuery(q): ApiQuery<IscoQuery>) -> Result<Json<Vec<IscoGroupView>>, ApiError> {
    if !q.prefix.chars().all(|c| c.is_ascii_digit()) || q.prefix.len() > 4 {
        return Err(ApiError::bad_field(
            "prefix",
            "invalid_value",
            "an ISCO-08 prefix is 0 to 4 digits",
        ));
    }
    Ok(Json(
        corridor_reference::isco_groups()
            .iter()
            .filter(|g| g.code.starts_with(&q.prefix))
            .map(|g| IscoGroupView {
                code: g.code.to_string(),
                label: g.label.to_string(),
            })
            .collect(),
    ))
}

/// A code and its English name.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CodeName {
    /// The code Corridor uses.
    pub code: String,
    /// English name.
    pub name: String,
}

/// `GET /api/v1/reference/countries`: ISO 3166-1 (alpha-3 codes).
pub async fn countries() -> Json<Vec<CodeName>> {
    Json(
        corridor_reference::countries()
            .iter()
            .map(|c| CodeName {
                code: c.alpha3.to_string(),
                name: c.name.to_string(),
            })
            .collect(),
    )
}

/// `GET /api/v1/reference/languages`: ISO 639.
pub async fn languages() -> Json<Vec<CodeName>> {
    Json(
        corridor_reference::languages()
            .iter()
            .map(|l| CodeName {
                code: l.code.to_string(),
                name: l.name.to_string(),
            })
            .collect(),
    )
}

/// `GET /api/v1/reference/currencies`: ISO 4217.
pub async fn currencies() -> Json<Vec<CodeName>> {
    Json(
        corridor_reference::currencies()
            .iter()
            .map(|c| CodeName {
                code: c.code.to_string(),
                name: c.name.to_string(),
            })
            .collect(),
    )
}

/// `GET /api/v1/reference/who-safeguard-list`: the WHO Health Workforce
/// Support and Safeguards List 2023.
pub async fn who_list() -> Json<Vec<CodeName>> {
    Json(
        corridor_reference::who_safeguard_list()
            .iter()
            .map(|c| CodeName {
                code: c.alpha3.to_string(),
                name: c.name.to_string(),
            })
            .collect(),
    )
}
