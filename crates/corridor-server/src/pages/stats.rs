//! The public statistics pages: `/stats` (the main protected tables and
//! time-series charts), `/stats/{figure}` (one figure, any crossing, with
//! downloads) and `/stats/{figure}/chart.svg`.
//!
//! Every table comes from the statistics service
//! ([`crate::publication::Publication::tables`], which calls
//! [`crate::evidence::public_tables`]): calendar periods only, protected,
//! cached until the records change, within each client's allowance — so
//! nothing unprotected can reach a page. Each table is shown beside its
//! source, reference, definition, method, unit, uncertainty and the
//! disclosure control applied — in the same card, not in a footnote — and
//! every withheld or unreliable cell says so where its number would be.
//! Charts are the statistics engine's server-rendered SVG, inline; no page
//! needs JavaScript.

use super::{Layout, RENDERER, error_page, request_lang};
use crate::AppState;
use crate::api::stats::{StatsQuery, last_month_end, min_count, public_request, reference_of};
use crate::auth::MaybeUser;
use crate::error::ApiError;
use crate::evidence::{
    ADMIN_FIGURES, DIMENSIONS, PUBLIC_MIN_COUNT, admin_figure, dimension_slug, figure_slug,
};
use crate::i18n::I18n;
use crate::publication::Client;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use corridor_stats::{
    CalendarPeriod, Confidentiality, Dimension, Figure, Granularity, ProtectedTable,
    PublicReference, PublicRequest, Reference, UncertaintyBasis,
};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Translations with arguments (the shared renderer offers plain messages).
static I18N: LazyLock<I18n> = LazyLock::new(I18n::new);

fn tr(lang: &str, key: &str) -> String {
    I18N.message(lang, key, &[])
}

/// One number as a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    /// The number, or a dash when there is none.
    pub text: String,
    /// `ok`, `withheld`, `unreliable` or `na`.
    pub status: &'static str,
    /// What the reader must know beside the number: why it is withheld,
    /// its 90% margin of error, that it is unreliable.
    pub note: String,
}

/// A one- or two-way table laid out as rows and columns.
#[derive(Debug, Clone, Serialize)]
pub struct Pivot {
    /// Header of the row labels.
    pub corner: String,
    /// Column labels.
    pub columns: Vec<String>,
    /// Rows.
    pub rows: Vec<PivotRow>,
}

/// One row of a [`Pivot`].
#[derive(Debug, Clone, Serialize)]
pub struct PivotRow {
    /// Row label.
    pub label: String,
    /// Whether this is the total row.
    pub total: bool,
    /// Cells, one per column.
    pub cells: Vec<CellView>,
}

/// One row of a table shown in long form (three or more dimensions).
#[derive(Debug, Clone, Serialize)]
pub struct LongRow {
    /// Labels of the codes, one per dimension.
    pub labels: Vec<String>,
    /// The number.
    pub cell: CellView,
}

/// A figure with everything shown beside it.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// Figure name in URLs.
    pub slug: &'static str,
    /// Fluent key prefix of the figure's title, definition and method.
    pub key: String,
    /// Dataset and extraction.
    pub source: String,
    /// Reference date or period, in words.
    pub reference: String,
    /// Fluent key of the unit.
    pub unit_key: String,
    /// Fluent key of the uncertainty statement.
    pub uncertainty_key: &'static str,
    /// Threshold applied.
    pub min_count: u64,
    /// Cells withheld for small counts.
    pub primary: usize,
    /// Cells withheld to protect them.
    pub secondary: usize,
    /// Whether cells add up to totals.
    pub additive: bool,
    /// Laid out as rows and columns (at most two dimensions).
    pub pivot: Option<Pivot>,
    /// Column headers of the long form.
    pub long_columns: Vec<String>,
    /// Rows of the long form (three or more dimensions).
    pub long_rows: Vec<LongRow>,
    /// Inline SVG chart, when the table is crossed by period.
    pub chart: Option<String>,
    /// Query string of this table (for downloads and the figure page).
    pub query: String,
}

/// Labels of codes, in the page's language.
struct Labels {
    lang: &'static str,
    programmes: HashMap<String, String>,
}

impl Labels {
    fn msg(&self, key: &str) -> Option<String> {
        let m = tr(self.lang, key);
        (m != key).then_some(m)
    }

    fn dimension(&self, d: Dimension) -> String {
        self.msg(&format!("stats-dim-{}", dimension_slug(d)))
            .unwrap_or_else(|| d.label().to_string())
    }

    fn country(code: &str) -> String {
        corridor_reference::country(code).map_or_else(|| code.to_string(), |c| c.name.to_string())
    }

    fn code(&self, d: Dimension, code: &str) -> String {
        match code {
            "_T" => return self.msg("stats-total").unwrap_or_else(|| code.into()),
            "_U" => return self.msg("stats-unknown").unwrap_or_else(|| code.into()),
            "_O" => return self.msg("stats-code-O").unwrap_or_else(|| code.into()),
            _ => {}
        }
        match d {
            Dimension::Corridor => match code.split_once('-') {
                Some((o, dst)) => format!("{} → {}", Self::country(o), Self::country(dst)),
                None => code.to_string(),
            },
            Dimension::Origin | Dimension::Destination => Self::country(code),
            Dimension::Programme => self
                .programmes
                .get(code)
                .cloned()
                .unwrap_or_else(|| code.to_string()),
            Dimension::Occupation(_) => corridor_reference::isco_group(code)
                .map_or_else(|| code.to_string(), |g| format!("{code} {}", g.label)),
            Dimension::AgeGroup => age_label(code),
            Dimension::Period(_) | Dimension::Currency => code.to_string(),
            _ => self
                .msg(&format!("stats-code-{code}"))
                .unwrap_or_else(|| code.to_string()),
        }
    }
}

/// `Y25T29` → `25–29`, `Y_GE85` → `85+`, `Y_LT5` → `0–4`.
fn age_label(code: &str) -> String {
    if let Some(n) = code.strip_prefix("Y_GE") {
        return format!("{n}+");
    }
    if let Some(n) = code.strip_prefix("Y_LT") {
        return n.parse::<u32>().map_or_else(
            |_| code.to_string(),
            |n| format!("0–{}", n.saturating_sub(1)),
        );
    }
    match code.strip_prefix('Y').and_then(|r| r.split_once('T')) {
        Some((a, b)) => format!("{a}–{b}"),
        None => code.to_string(),
    }
}

fn cell_view(t: &ProtectedTable, i: usize, percent: bool, lang: &'static str) -> CellView {
    let table = t.table();
    let o = &table.cells[i].observation;
    let min = t.policy().min_unweighted_count;
    let fluent = |key: &str| tr(lang, key);
    if o.flags.suppressed {
        let note = match t.confidentiality()[i] {
            Confidentiality::Primary => I18N.message(
                lang,
                "stats-withheld-primary",
                &[("min", FluentValue::from(min.to_string()))],
            ),
            _ => fluent("stats-withheld-secondary"),
        };
        return CellView {
            text: "—".into(),
            status: "withheld",
            note,
        };
    }
    let Some(v) = o.value else {
        return CellView {
            text: "—".into(),
            status: "na",
            note: fluent("stats-not-defined"),
        };
    };
    let number = |x: f64| {
        if percent {
            format!(
                "{}%",
                corridor_stats::output::format_number((x * 1000.0).round() / 10.0)
            )
        } else {
            corridor_stats::output::format_number(x)
        }
    };
    let mut note = String::new();
    if let Some(m) = o.uncertainty.moe90 {
        note = format!("± {}", number(m));
    }
    let status = if o.flags.unreliable {
        note = format!("{note} {}", fluent("stats-unreliable"))
            .trim()
            .to_string();
        "unreliable"
    } else {
        "ok"
    };
    CellView {
        text: number(v),
        status,
        note,
    }
}

/// Lays a protected table out for a page in `lang`.
fn card(t: &ProtectedTable, request: &PublicRequest, labels: &Labels, chart_number: usize) -> Card {
    let table = t.table();
    let m = &table.metadata;
    let slug = figure_slug(m.figure);
    let percent = m.unit.code == "PT";
    let lang = labels.lang;
    let dims = &table.dimensions;
    let (mut pivot, mut long_columns, mut long_rows) = (None, vec![], vec![]);
    match dims.len() {
        0..=2 => {
            let rows_dim = dims.first();
            let cols_dim = dims.get(1);
            let n_rows = rows_dim.map_or(1, |d| d.codes.len());
            let n_cols = cols_dim.map_or(1, |d| d.codes.len());
            let columns = match cols_dim {
                Some(d) => d
                    .codes
                    .iter()
                    .map(|c| labels.code(d.dimension, c))
                    .collect(),
                None => vec![tr(lang, &format!("stats-unit-{}", m.unit.code))],
            };
            let rows = (0..n_rows)
                .map(|r| PivotRow {
                    label: rows_dim.map_or_else(
                        || tr(lang, "stats-total"),
                        |d| labels.code(d.dimension, &d.codes[r]),
                    ),
                    total: rows_dim.is_none_or(|d| d.codes[r] == "_T"),
                    cells: (0..n_cols)
                        .map(|c| cell_view(t, r * n_cols + c, percent, lang))
                        .collect(),
                })
                .collect();
            pivot = Some(Pivot {
                corner: rows_dim.map_or_else(String::new, |d| labels.dimension(d.dimension)),
                columns,
                rows,
            });
        }
        _ => {
            long_columns = dims.iter().map(|d| labels.dimension(d.dimension)).collect();
            long_rows = table
                .cells
                .iter()
                .enumerate()
                .map(|(i, cell)| LongRow {
                    labels: (0..dims.len())
                        .map(|d| labels.code(dims[d].dimension, table.code(cell, d)))
                        .collect(),
                    cell: cell_view(t, i, percent, lang),
                })
                .collect();
        }
    }
    let (primary, secondary) = t.suppressed_counts();
    Card {
        slug,
        key: format!("stats-fig-{slug}"),
        source: format!("{} ({})", m.source.dataset, m.source.version),
        reference: reference_text(&reference_of(request), lang),
        unit_key: format!("stats-unit-{}", m.unit.code),
        uncertainty_key: match m.uncertainty {
            UncertaintyBasis::CompleteCount => "stats-uncertainty-complete",
            UncertaintyBasis::ReplicateWeights { .. } => "stats-uncertainty-replicates",
            UncertaintyBasis::NotAvailable => "stats-uncertainty-none",
        },
        min_count: t.policy().min_unweighted_count,
        primary,
        secondary,
        additive: m.additive,
        pivot,
        long_columns,
        long_rows,
        chart: chart_svg(t, request, labels, chart_number),
        query: query_of(request, t.policy().min_unweighted_count),
    }
}

fn reference_text(r: &Reference, lang: &'static str) -> String {
    match r {
        Reference::Date { date } => I18N.message(
            lang,
            "stats-reference-date",
            &[("date", FluentValue::from(date.to_string()))],
        ),
        Reference::Period { start, end } => I18N.message(
            lang,
            "stats-reference-period",
            &[
                ("from", FluentValue::from(start.to_string())),
                ("to", FluentValue::from(end.to_string())),
            ],
        ),
    }
}

/// The query string that asks the API or the figure page for `request`.
fn query_of(request: &PublicRequest, min_count: u64) -> String {
    let mut parts = vec![];
    match request.reference {
        PublicReference::MonthEnd { date } => parts.push(format!("date={date}")),
        PublicReference::Period { period } => parts.push(format!("period={period}")),
    }
    if !request.cross.is_empty() {
        let names: Vec<&str> = request.cross.iter().map(|d| dimension_slug(*d)).collect();
        parts.push(format!("cross={}", names.join(",")));
    }
    if min_count != PUBLIC_MIN_COUNT {
        parts.push(format!("min_count={min_count}"));
    }
    parts.join("&")
}

/// The chart of a table crossed by period: periods along x, one line per
/// code of the first other dimension (or the total), in the page's
/// language.
fn chart_svg(
    t: &ProtectedTable,
    request: &PublicRequest,
    labels: &Labels,
    n: usize,
) -> Option<String> {
    let dims = &t.table().dimensions;
    let period = dims
        .iter()
        .position(|d| matches!(d.dimension, Dimension::Period(_)))?;
    let series = (0..dims.len()).find(|&i| i != period && dims[i].has_total);
    let mut chart = corridor_stats::chart_from_table(t, period, series);
    let lang = labels.lang;
    let slug = figure_slug(t.table().metadata.figure);
    let m = &t.table().metadata;
    chart.title = tr(lang, &format!("stats-fig-{slug}-title"));
    chart.unit = tr(lang, &format!("stats-unit-{}", m.unit.code));
    let uncertainty = tr(
        lang,
        match m.uncertainty {
            UncertaintyBasis::CompleteCount => "stats-uncertainty-complete",
            UncertaintyBasis::ReplicateWeights { .. } => "stats-uncertainty-replicates",
            UncertaintyBasis::NotAvailable => "stats-uncertainty-none",
        },
    );
    chart.source_note = format!(
        "{}: {} ({}), {}. {}",
        tr(lang, "stats-source"),
        m.source.dataset,
        m.source.version,
        reference_text(&reference_of(request), lang),
        uncertainty
    );
    if let Some(s) = series {
        for line in &mut chart.series {
            line.name = labels.code(dims[s].dimension, &line.name);
        }
    } else if let Some(line) = chart.series.first_mut() {
        line.name = tr(lang, "stats-total");
    }
    // Several charts on one page: give each its own title and description ids.
    Some(
        corridor_stats::time_series_svg(&chart)
            .replace("chart-title", &format!("chart-{n}-title"))
            .replace("chart-desc", &format!("chart-{n}-desc")),
    )
}

async fn labels(state: &AppState, lang: &'static str) -> Result<Labels, ApiError> {
    let programmes = state
        .store
        .programmes(None, None, corridor_store::Page::all())
        .await?
        .items
        .into_iter()
        .map(|p| (p.id.0.to_string(), p.spec.name))
        .collect();
    Ok(Labels { lang, programmes })
}

/// The error page of a statistics page: a saturated service or a
/// client over its allowance in the page's language, with `Retry-After`.
fn stats_error_page(layout: &Layout, e: &ApiError) -> Response {
    let (key, retry_after) = match e {
        ApiError::ServiceUnavailable { retry_after, .. } => ("stats-busy", *retry_after),
        ApiError::TooManyRequests { retry_after } => ("stats-too-many", *retry_after),
        other => return error_page(layout, other),
    };
    let message = tr(layout.lang, key);
    let shown = ApiError::Conflict(message);
    let mut res = error_page(layout, &shown);
    *res.status_mut() = e.status();
    if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

fn render<S: Serialize>(layout: &Layout, template: &str, ctx: S) -> Response {
    #[derive(Serialize)]
    struct With<'a, S> {
        #[serde(flatten)]
        layout: &'a Layout,
        #[serde(flatten)]
        ctx: S,
    }
    match RENDERER.render(template, With { layout, ctx }) {
        Ok(html) => Html(html).into_response(),
        Err(e) => error_page(layout, &e),
    }
}

/// The tables of the statistics overview, on `today`: the current year
/// (by quarter for the series) and the last month end.
pub fn overview_requests(today: NaiveDate) -> Vec<PublicRequest> {
    let year = PublicReference::Period {
        period: CalendarPeriod::Year { year: today.year() },
    };
    let quarter = Dimension::Period(Granularity::Quarter);
    let on = PublicReference::MonthEnd {
        date: last_month_end(today),
    };
    let r = |figure, reference, cross: Vec<Dimension>| PublicRequest {
        figure,
        reference,
        cross,
    };
    vec![
        r(
            Figure::StockAbroad,
            on,
            vec![Dimension::Corridor, Dimension::Sex],
        ),
        r(
            Figure::StockAbroad,
            year,
            vec![quarter, Dimension::Corridor],
        ),
        r(
            Figure::Departures,
            year,
            vec![Dimension::Corridor, Dimension::Sex],
        ),
        r(Figure::Departures, year, vec![quarter, Dimension::Corridor]),
        r(Figure::Gap, on, vec![Dimension::Corridor]),
        r(
            Figure::EarlyEndings,
            year,
            vec![Dimension::Corridor, Dimension::EndReason],
        ),
        r(Figure::FeeViolations, year, vec![Dimension::Corridor]),
        r(Figure::ReturnRate, year, vec![Dimension::Corridor]),
    ]
}

#[derive(Serialize)]
struct FigureLink {
    slug: &'static str,
    key: String,
}

fn figure_links() -> Vec<FigureLink> {
    ADMIN_FIGURES
        .into_iter()
        .map(|f| FigureLink {
            slug: figure_slug(f),
            key: format!("stats-fig-{}", figure_slug(f)),
        })
        .collect()
}

/// `GET /stats`: the main protected tables and charts.
pub async fn overview(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
    client: Client,
) -> Response {
    let layout = Layout::new(request_lang(&headers, uri.query()), user.as_ref());
    let today = crate::api::today();
    let requests = overview_requests(today);
    let result = async {
        let tables = state
            .publication
            .tables(
                &state.store,
                client,
                requests.clone(),
                PUBLIC_MIN_COUNT,
                today,
            )
            .await?;
        let labels = labels(&state, layout.lang).await?;
        Ok::<_, ApiError>(
            tables
                .iter()
                .zip(&requests)
                .enumerate()
                .map(|(i, (t, r))| card(t, r, &labels, i))
                .collect::<Vec<_>>(),
        )
    }
    .await;
    match result {
        Ok(cards) => {
            #[derive(Serialize)]
            struct Ctx {
                cards: Vec<Card>,
                figures: Vec<FigureLink>,
                min_count: u64,
            }
            render(
                &layout,
                "stats.html",
                Ctx {
                    cards,
                    figures: figure_links(),
                    min_count: PUBLIC_MIN_COUNT,
                },
            )
        }
        Err(e) => stats_error_page(&layout, &e),
    }
}

/// Reads a figure page's query: repeated `cross` check boxes or one
/// comma-separated `cross`, and the API's other parameters.
fn page_query(pairs: &[(String, String)]) -> Result<StatsQuery, ApiError> {
    let mut q = StatsQuery::default();
    let mut cross: Vec<String> = vec![];
    let date = |field: &str, v: &str| {
        v.parse::<NaiveDate>().map_err(|_| {
            ApiError::bad_field(
                field,
                "invalid_value",
                format!("'{v}' is not a date (YYYY-MM-DD)"),
            )
        })
    };
    for (k, v) in pairs {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_str() {
            "cross" => cross.push(v.to_string()),
            "period" => q.period = Some(v.to_string()),
            "date" => q.date = Some(date("date", v)?),
            "from" => q.from = Some(date("from", v)?),
            "to" => q.to = Some(date("to", v)?),
            "min_count" => {
                q.min_count = Some(v.parse().map_err(|_| {
                    ApiError::bad_field("min_count", "invalid_value", "not a whole number")
                })?)
            }
            _ => {}
        }
    }
    if !cross.is_empty() {
        q.cross = Some(cross.join(","));
    }
    Ok(q)
}

#[derive(Serialize)]
struct DimChoice {
    name: &'static str,
    label: String,
    checked: bool,
}

/// `GET /stats/{figure}`: one figure, crossed as asked, with downloads.
pub async fn figure(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
    client: Client,
) -> Response {
    let layout = Layout::new(request_lang(&headers, uri.query()), user.as_ref());
    let Some(figure) = admin_figure(&slug) else {
        return error_page(&layout, &ApiError::NotFound(format!("statistics {slug}")));
    };
    let (mut q, query_error) = match page_query(&pairs) {
        Ok(q) => (q, None),
        Err(e) => (StatsQuery::default(), Some(e)),
    };
    if q.cross.is_none() && pairs.iter().all(|(k, _)| k != "cross") {
        q.cross = Some("corridor".into());
    }
    let today = crate::api::today();
    let labels = match labels(&state, layout.lang).await {
        Ok(l) => l,
        Err(e) => return error_page(&layout, &e),
    };
    let request = match query_error {
        Some(e) => Err(e),
        None => min_count(&q).and_then(|n| public_request(figure, &q, today).map(|r| (r, n))),
    };
    let outcome = match request {
        Ok((request, n)) => state
            .publication
            .tables(&state.store, client, vec![request.clone()], n, today)
            .await
            .map(|t| (request, t)),
        Err(e) => Err(e),
    };
    let chosen: Vec<Dimension> =
        crate::evidence::parse_cross(q.cross.as_deref().unwrap_or("")).unwrap_or_default();
    let choices: Vec<DimChoice> = DIMENSIONS
        .iter()
        .filter(|(_, d)| corridor_stats::dimension_applies(figure, *d))
        .map(|(name, d)| DimChoice {
            name,
            label: labels.dimension(*d),
            checked: chosen.contains(d),
        })
        .collect();
    #[derive(Serialize)]
    struct Ctx {
        slug: &'static str,
        key: String,
        point_in_time: bool,
        card: Option<Card>,
        error: Option<String>,
        choices: Vec<DimChoice>,
        period: String,
        date: String,
        from: String,
        to: String,
        figures: Vec<FigureLink>,
    }
    let (card_view, error, status) = match outcome {
        Ok((request, tables)) => match tables.first() {
            Some(t) => (Some(card(t, &request, &labels, 0)), None, StatusCode::OK),
            None => (None, None, StatusCode::OK),
        },
        Err(e @ ApiError::BadRequest { .. }) => (None, Some(e.problem().detail), e.status()),
        Err(ApiError::Unprocessable(v)) => (
            None,
            Some(
                v.iter()
                    .map(|x| x.message.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(e) => return stats_error_page(&layout, &e),
    };
    let mut res = render(
        &layout,
        "stats_figure.html",
        Ctx {
            slug: figure_slug(figure),
            key: format!("stats-fig-{}", figure_slug(figure)),
            point_in_time: figure.is_point_in_time(),
            card: card_view,
            error,
            choices,
            period: q.period.clone().unwrap_or_default(),
            date: q.date.map(|d| d.to_string()).unwrap_or_default(),
            from: q.from.map(|d| d.to_string()).unwrap_or_default(),
            to: q.to.map(|d| d.to_string()).unwrap_or_default(),
            figures: figure_links(),
        },
    );
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    }
    res
}

/// `GET /stats/{figure}/chart.svg`: the chart of a table crossed by period,
/// as `image/svg+xml` (the same query as the figure page; the last year by
/// quarter when no period is named).
pub async fn chart(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    uri: Uri,
    client: Client,
) -> Response {
    let lang = request_lang(&headers, uri.query());
    let result = async {
        let figure =
            admin_figure(&slug).ok_or_else(|| ApiError::NotFound(format!("statistics {slug}")))?;
        let mut q = page_query(&pairs)?;
        let mut cross = crate::evidence::parse_cross(q.cross.as_deref().unwrap_or(""))
            .map_err(|m| ApiError::bad_field("cross", "invalid_value", m))?;
        if !cross.iter().any(|d| matches!(d, Dimension::Period(_))) {
            cross.insert(0, Dimension::Period(Granularity::Quarter));
        }
        q.cross = Some(
            cross
                .iter()
                .map(|d| dimension_slug(*d))
                .collect::<Vec<_>>()
                .join(","),
        );
        let today = crate::api::today();
        let n = min_count(&q)?;
        let request = public_request(figure, &q, today)?;
        let tables = state
            .publication
            .tables(&state.store, client, vec![request.clone()], n, today)
            .await?;
        let labels = labels(&state, lang).await?;
        let t = tables
            .first()
            .ok_or_else(|| ApiError::Internal("no table".into()))?;
        chart_svg(t, &request, &labels, 0).ok_or_else(|| ApiError::Internal("no period".into()))
    }
    .await;
    match result {
        Ok(svg) => {
            let mut res = svg.into_response();
            res.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("image/svg+xml; charset=utf-8"),
            );
            res.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            );
            // Opened on its own, the drawing may not run or load anything.
            res.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
            );
            res.headers_mut().insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            res
        }
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_codes_read_as_ranges() {
        assert_eq!(age_label("Y25T29"), "25–29");
        assert_eq!(age_label("Y_GE85"), "85+");
        assert_eq!(age_label("Y_LT5"), "0–4");
    }
}
