//! `/api/v1/stats`: the evidence base as protected tables, open to everyone
//! (anonymous callers, researchers, every role alike).
//!
//! Every table leaves through [`crate::evidence::protected_admin_table`]:
//! threshold rule with secondary suppression, at least
//! [`PUBLIC_MIN_COUNT`] people behind each published cell. There is no
//! parameter that turns protection off or weakens it: `min_count` may only
//! raise the threshold (a lower value is refused with 400). Withheld cells
//! carry no value, no count and no uncertainty.
//!
//! Reference periods are calendar months, quarters and years only
//! (`period=2025-03`, `2025-Q1`, `2025`, or `from`/`to` giving exactly one),
//! and month ends for figures at a point in time; each is cut from one
//! protected year cube, so tables cannot be differenced
//! (`corridor_stats::periods`). Anything else is 422, naming what is
//! accepted. Tables go through the statistics service
//! ([`crate::publication`]): cached until the records change, refused
//! before work when too large (422), limited per client (429) and per
//! server (503), both with `Retry-After`.
//!
//! Formats: JSON (default), CSV and SDMX-CSV 2.0, chosen by `?format=`
//! (`json`, `csv`, `sdmx`) or else by the `Accept` header
//! (`application/json`, `text/csv`, `application/vnd.sdmx.data+csv`).

use super::{DocExt, Route, doc, route};
use crate::AppState;
use crate::error::ApiError;
use crate::evidence::{
    ADMIN_FIGURES, DIMENSIONS, MAX_PUBLIC_CELLS, PUBLIC_MIN_COUNT, default_reference,
    dimension_slug, figure_slug, parse_cross,
};
use crate::extract::ApiQuery;
use crate::openapi::{Access, schema};
use crate::publication::Client;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Datelike;
use chrono::NaiveDate;
use corridor_domain::Violations;
use corridor_stats::{AdminRecords, Figure, ProtectedTable, Reference, TableRequest};
use corridor_stats::{CalendarPeriod, PublicReference, PublicRequest};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Media type of SDMX-CSV 2.0 data.
pub const SDMX_CSV: &str = "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8";

/// Query parameters of a table.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct StatsQuery {
    /// Reference period: a calendar year (`2025`), quarter (`2025-Q1`) or
    /// month (`2025-03`); default the current year. Only calendar periods
    /// are published, so that no two tables can be differenced.
    pub period: Option<String>,
    /// Reference date (YYYY-MM-DD) of a figure at a point in time (stock
    /// abroad, demand, supply, gap): the last day of a month; default the
    /// last month end.
    pub date: Option<NaiveDate>,
    /// First day of the period (YYYY-MM-DD), with `to`: together they must
    /// be exactly one calendar month, quarter or year.
    pub from: Option<NaiveDate>,
    /// Last day of the period (YYYY-MM-DD), with `from`.
    pub to: Option<NaiveDate>,
    /// Dimensions to cross by, comma-separated, in display order:
    /// corridor, origin, destination, programme, isco1, isco2, sex, age,
    /// month, quarter, year, end_reason, currency, fee_category, payer,
    /// un_duration (each figure accepts some of them; see `/api/v1/stats`).
    pub cross: Option<String>,
    /// Output: `json` (default), `csv` or `sdmx` (SDMX-CSV 2.0). Without
    /// it, the `Accept` header decides.
    #[schemars(extend("enum" = ["json", "csv", "sdmx", "sdmx-csv"]))]
    pub format: Option<String>,
    /// Disclosure threshold: the smallest unweighted count a published
    /// cell may rest on. At least 10 (the default); a lower value is
    /// refused.
    #[schemars(range(min = 10))]
    pub min_count: Option<u64>,
}

/// Output format of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON document.
    Json,
    /// CSV, one row per cell.
    Csv,
    /// SDMX-CSV 2.0.
    Sdmx,
}

impl Format {
    /// The format asked for by `?format=`, else by `Accept`.
    pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> Result<Format, ApiError> {
        if let Some(f) = query {
            return match f.to_ascii_lowercase().as_str() {
                "json" => Ok(Format::Json),
                "csv" => Ok(Format::Csv),
                "sdmx" | "sdmx-csv" => Ok(Format::Sdmx),
                other => Err(ApiError::bad_field(
                    "format",
                    "unknown_value",
                    format!("unknown format '{other}'; use json, csv or sdmx"),
                )),
            };
        }
        let accept = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        Ok(if accept.contains("application/vnd.sdmx.data+csv") {
            Format::Sdmx
        } else if accept.contains("text/csv") && !accept.contains("application/json") {
            Format::Csv
        } else {
            Format::Json
        })
    }
}

/// What a published reference period may be, said in every refusal.
pub const ACCEPTED_PERIODS: &str = "published periods are calendar years (period=2025), quarters \
     (period=2025-Q1) and months (period=2025-03), or from and to giving exactly one of them \
     (from=2025-01-01&to=2025-03-31); figures at a point in time also take the last day of a \
     month (date=2025-03-31)";

/// The last day of a month on or before `today`.
pub fn last_month_end(today: NaiveDate) -> NaiveDate {
    if corridor_stats::is_month_end(today) {
        today
    } else {
        today
            .with_day(1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(today)
    }
}

/// The public request a query describes for `figure` on `today`; every
/// problem with it at once (422), naming what is accepted.
pub fn public_request(
    figure: Figure,
    q: &StatsQuery,
    today: NaiveDate,
) -> Result<PublicRequest, ApiError> {
    let mut v = Violations::new();
    let cross = match parse_cross(q.cross.as_deref().unwrap_or("")) {
        Ok(c) => c,
        Err(m) => {
            // A name given twice is a rule between items, which a schema's
            // pattern does not state; an unknown name is a bad value.
            let rule = if m.contains("named twice") {
                "duplicate"
            } else {
                "invalid_value"
            };
            v.push("cross", rule, m);
            vec![]
        }
    };
    for &d in &cross {
        if !corridor_stats::dimension_applies(figure, d) {
            v.push(
                "cross",
                "not_applicable",
                format!(
                    "'{}' does not apply to {}",
                    dimension_slug(d),
                    figure_slug(figure)
                ),
            );
        }
    }
    let by_period = cross
        .iter()
        .any(|d| matches!(d, corridor_stats::Dimension::Period(_)));
    let this_year = CalendarPeriod::Year { year: today.year() };
    let reference = match (&q.period, q.date, q.from, q.to) {
        (Some(p), date, from, to) => {
            if date.is_some() || from.is_some() || to.is_some() {
                v.push(
                    "period",
                    "conflict",
                    "give a period, or a date, or from and to: only one of them",
                );
            }
            match CalendarPeriod::parse(p) {
                Some(period) => Some(PublicReference::Period { period }),
                None => {
                    v.push(
                        "period",
                        "not_a_calendar_period",
                        format!("'{p}' is not a calendar period: {ACCEPTED_PERIODS}"),
                    );
                    None
                }
            }
        }
        (None, Some(date), from, to) => {
            if from.is_some() || to.is_some() {
                v.push(
                    "date",
                    "conflict",
                    "give either a date or a period (from, to), not both",
                );
            }
            if !figure.is_point_in_time() {
                v.push(
                    "date",
                    "needs_period",
                    format!(
                        "{} is a flow over a period: give a period, not a date; {ACCEPTED_PERIODS}",
                        figure_slug(figure)
                    ),
                );
            } else if !corridor_stats::is_month_end(date) {
                v.push(
                    "date",
                    "not_a_month_end",
                    format!("{date} is not the last day of a month; {ACCEPTED_PERIODS}"),
                );
            }
            Some(PublicReference::MonthEnd { date })
        }
        (None, None, Some(from), Some(to)) => match CalendarPeriod::from_range(from, to) {
            Some(period) => Some(PublicReference::Period { period }),
            None => {
                v.push(
                    "from",
                    "not_a_calendar_period",
                    format!(
                        "{from} to {to} is not one calendar month, quarter or year; {ACCEPTED_PERIODS}"
                    ),
                );
                None
            }
        },
        (None, None, Some(_), None) | (None, None, None, Some(_)) => {
            v.push(
                if q.from.is_none() { "from" } else { "to" },
                "required",
                format!("give both from and to; {ACCEPTED_PERIODS}"),
            );
            None
        }
        (None, None, None, None) => Some(if figure.is_point_in_time() && !by_period {
            PublicReference::MonthEnd {
                date: last_month_end(today),
            }
        } else {
            PublicReference::Period { period: this_year }
        }),
    };
    let request = PublicRequest {
        figure,
        reference: reference.unwrap_or(PublicReference::Period { period: this_year }),
        cross,
    };
    // Rules between the reference and the crossing, once each part is
    // right on its own.
    if reference.is_some() && v.is_empty() {
        for p in request.problems() {
            v.push("cross", "not_publishable", p);
        }
    }
    if v.is_empty() {
        Ok(request)
    } else {
        Err(ApiError::Unprocessable(v))
    }
}

/// The reference of a public request, as a table reference (for pages).
pub fn reference_of(r: &PublicRequest) -> Reference {
    match r.reference {
        PublicReference::Period { period } => period.reference(),
        PublicReference::MonthEnd { date } => Reference::Date { date },
    }
}

/// The disclosure threshold a query asks for: never below the public one.
pub fn min_count(q: &StatsQuery) -> Result<u64, ApiError> {
    match q.min_count {
        None => Ok(PUBLIC_MIN_COUNT),
        Some(n) if n >= PUBLIC_MIN_COUNT => Ok(n),
        Some(n) => Err(ApiError::bad_field(
            "min_count",
            "below_disclosure_threshold",
            format!(
                "published cells rest on at least {PUBLIC_MIN_COUNT} people; {n} would weaken disclosure control"
            ),
        )),
    }
}

/// A protected table in `format`, with its content type.
pub fn render(table: &ProtectedTable, format: Format, figure: Figure) -> Response {
    let (body, content_type, ext) = match format {
        Format::Json => (corridor_stats::to_json(table), "application/json", "json"),
        Format::Csv => (
            corridor_stats::to_csv(table),
            "text/csv; charset=utf-8",
            "csv",
        ),
        Format::Sdmx => (corridor_stats::to_sdmx_csv(table), SDMX_CSV, "sdmx.csv"),
    };
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::VARY, HeaderValue::from_static("Accept"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "inline; filename=\"corridor-{}.{ext}\"",
        figure_slug(figure)
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

async fn table(
    figure: Figure,
    state: AppState,
    q: StatsQuery,
    headers: HeaderMap,
    client: Client,
) -> Result<Response, ApiError> {
    let format = Format::negotiate(q.format.as_deref(), &headers)?;
    let threshold = min_count(&q)?;
    let today = super::today();
    let request = public_request(figure, &q, today)?;
    let tables = state
        .publication
        .tables(&state.store, client, vec![request], threshold, today)
        .await?;
    let table = tables
        .first()
        .ok_or_else(|| ApiError::Internal("no table".into()))?;
    Ok(render(table, format, figure))
}

/// One figure in the catalogue.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FigureEntry {
    /// Name in URLs (`stock-abroad`).
    pub name: &'static str,
    /// SDMX dataflow id (`DF_STOCK_ABROAD`).
    pub dataflow: String,
    /// Title.
    pub title: String,
    /// `date` (a point in time) or `period` (a flow).
    pub reference: &'static str,
    /// Definition used.
    pub definition: String,
    /// Method.
    pub method: String,
    /// Unit.
    pub unit: String,
    /// Whether cells add up to their margins.
    pub additive: bool,
    /// Dimensions it can be crossed by (names for `cross`).
    pub dimensions: Vec<&'static str>,
    /// Where to get it.
    pub href: String,
}

/// The catalogue of published tables.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Catalogue {
    /// Source of every figure.
    pub source: &'static str,
    /// Disclosure control applied to every table.
    pub disclosure: String,
    /// Output formats.
    pub formats: Vec<&'static str>,
    /// The figures.
    pub figures: Vec<FigureEntry>,
}

/// The catalogue entry of `figure` (its metadata, computed on no records).
pub fn entry(figure: Figure) -> FigureEntry {
    let empty = AdminRecords {
        dataset: crate::evidence::ADMIN_DATASET,
        version: "",
        placements: &[],
        job_orders: &[],
        available_workers: &[],
        fee_payments: &[],
    };
    let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let request = TableRequest {
        figure,
        reference: default_reference(figure, day),
        cross: vec![],
    };
    let metadata = corridor_stats::admin_table(&empty, &request).map(|t| t.metadata);
    let (title, definition, method, unit) = match metadata {
        Ok(m) => (m.title, m.definition.text, m.method, m.unit.text),
        Err(_) => Default::default(),
    };
    FigureEntry {
        name: figure_slug(figure),
        dataflow: format!("DF_{}", figure.id()),
        title,
        reference: if figure.is_point_in_time() {
            "date"
        } else {
            "period"
        },
        definition,
        method,
        unit,
        additive: figure.is_additive(),
        dimensions: DIMENSIONS
            .iter()
            .filter(|(_, d)| corridor_stats::dimension_applies(figure, *d))
            .map(|(name, _)| *name)
            .collect(),
        href: format!("/api/v1/stats/{}", figure_slug(figure)),
    }
}

async fn catalogue() -> Json<Catalogue> {
    Json(Catalogue {
        source: crate::evidence::ADMIN_DATASET,
        disclosure: format!(
            "threshold rule with secondary suppression: every published cell rests on at least {PUBLIC_MIN_COUNT} people, \
             and enough other cells are withheld that no withheld one can be worked out from the margins; \
             quantiles rest on at least 20 records, fee figures on at least {PUBLIC_MIN_COUNT} contributors \
             of whom the largest two make at most 80%; calendar months, quarters and years only, each cut \
             from one protected table of the whole year, so no combination of periods can be differenced; \
             at most {MAX_PUBLIC_CELLS} cells per table"
        ),
        formats: vec!["json", "csv", "sdmx"],
        figures: ADMIN_FIGURES.into_iter().map(entry).collect(),
    })
}

/// A protected table as JSON (`?format=json`), for the API description.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TableDoc {
    /// Title, source (dataset, version, reference date or period),
    /// definition, method, unit, how uncertainty was obtained.
    pub metadata: serde_json::Value,
    /// Disclosure control applied: method, threshold, cells withheld.
    pub disclosure: serde_json::Value,
    /// Dimensions: id, label, whether a total `_T` is published, codes.
    pub dimensions: Vec<serde_json::Value>,
    /// One per cell, margins included: key (dimension id → code), value
    /// (absent when withheld), unweighted count (absent when withheld),
    /// standard error, MOE90, CV, flags, OBS_STATUS, CONF_STATUS.
    pub observations: Vec<serde_json::Value>,
}

/// What a statistics table may answer besides 200 and 400.
const STATS_PROBLEMS: &[(u16, &str)] = &[
    (
        422,
        "Not a published reference (calendar months, quarters and years only), a dimension \
         that does not apply, or more work than one request may ask for; every problem listed",
    ),
    (
        429,
        "This client (address, or account when signed in) has started too many computations; \
         see Retry-After (answers already computed are never refused)",
    ),
    (
        503,
        "The computing pool is saturated or the computation took too long; see Retry-After",
    ),
];

/// Paths and summaries of the figure routes.
const ROUTES: [(Figure, &str, &str); 14] = [
    (
        Figure::StockAbroad,
        "/api/v1/stats/stock-abroad",
        "Workers abroad on a date (stock), protected",
    ),
    (
        Figure::Departures,
        "/api/v1/stats/departures",
        "Departures in a period (flow), protected",
    ),
    (
        Figure::Returns,
        "/api/v1/stats/returns",
        "Returns in a period (flow), protected",
    ),
    (
        Figure::EarlyEndings,
        "/api/v1/stats/early-endings",
        "Early endings of employment by reason (flow), protected",
    ),
    (
        Figure::Demand,
        "/api/v1/stats/demand",
        "Positions in open job orders on a date, protected",
    ),
    (
        Figure::Supply,
        "/api/v1/stats/supply",
        "Available eligible registered workers on a date, protected",
    ),
    (
        Figure::Gap,
        "/api/v1/stats/gap",
        "Demand minus supply on a date, protected",
    ),
    (
        Figure::FillRate,
        "/api/v1/stats/fill-rate",
        "Fill rate of job orders opened in a period, protected",
    ),
    (
        Figure::DaysToDepartureMedian,
        "/api/v1/stats/days-to-departure-median",
        "Median days from job order to departure, protected",
    ),
    (
        Figure::DaysToDepartureP90,
        "/api/v1/stats/days-to-departure-p90",
        "90th percentile of days from job order to departure, protected",
    ),
    (
        Figure::FeeViolations,
        "/api/v1/stats/fee-violations",
        "Fee violations on the ledger in a period, protected",
    ),
    (
        Figure::FeeViolationAmountPaidByWorkers,
        "/api/v1/stats/fee-violation-amount-paid-by-workers",
        "Violating fees paid by workers, per currency, protected",
    ),
    (
        Figure::ReturnRate,
        "/api/v1/stats/return-rate",
        "Share of ended placements with a recorded return, protected",
    ),
    (
        Figure::RehireRate,
        "/api/v1/stats/rehire-rate",
        "Share of departures by re-hired workers, protected",
    ),
];

/// The `cross` lists `figure` takes: the dimensions that apply to it,
/// comma-separated, at most [`corridor_stats::MAX_DIMENSIONS`] (each named
/// once, which the schema cannot say).
fn cross_schema(figure: Figure) -> serde_json::Value {
    let names: Vec<&str> = crate::evidence::DIMENSIONS
        .iter()
        .filter(|(_, d)| corridor_stats::dimension_applies(figure, *d))
        .map(|(name, _)| *name)
        .collect();
    let one = format!("({})", names.join("|"));
    serde_json::json!({
        "type": "string",
        "description": format!("Dimensions to cross by, comma-separated, each once: {}", names.join(", ")),
        "pattern": format!(
            "^({one}(,{one}){{0,{}}})?$",
            corridor_stats::MAX_DIMENSIONS.saturating_sub(1)
        ),
    })
}

/// Every statistics route, with its documentation.
pub fn routes() -> Vec<Route> {
    let mut out = vec![route(
        "/api/v1/stats",
        get(catalogue),
        vec![
            doc(
                Method::GET,
                "/api/v1/stats",
                "statistics",
                Access::Public,
                "The published statistical tables: definitions, methods, dimensions",
            )
            .returns(200, schema::<Catalogue>),
        ],
    )];
    for (figure, path, summary) in ROUTES {
        debug_assert_eq!(path, format!("/api/v1/stats/{}", figure_slug(figure)));
        out.push(route(
            path,
            get(
                move |State(state): State<AppState>,
                      client: Client,
                      ApiQuery(q): ApiQuery<StatsQuery>,
                      headers: HeaderMap| table(figure, state, q, headers, client),
            ),
            vec![
                doc(Method::GET, path, "statistics", Access::Public, summary)
                    .query(schema::<StatsQuery>)
                    .returns(200, schema::<TableDoc>)
                    .also_as(&["text/csv", "application/vnd.sdmx.data+csv"])
                    .with_param_schema("cross", cross_schema(figure))
                    .problems(STATS_PROBLEMS),
            ],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_has_a_route() {
        for f in ADMIN_FIGURES {
            assert!(
                ROUTES
                    .iter()
                    .any(|(g, p, _)| *g == f && *p == format!("/api/v1/stats/{}", figure_slug(f)))
            );
        }
    }

    #[test]
    fn thresholds_only_go_up() {
        let q = |n| StatsQuery {
            min_count: n,
            ..StatsQuery::default()
        };
        assert_eq!(min_count(&q(None)).unwrap(), PUBLIC_MIN_COUNT);
        assert_eq!(min_count(&q(Some(25))).unwrap(), 25);
        assert!(min_count(&q(Some(0))).is_err());
        assert!(min_count(&q(Some(PUBLIC_MIN_COUNT - 1))).is_err());
    }
}
