//! Officials' pages beside programmes and rounds: the fee violations of
//! their country's programmes, their country's part of the audit log, and
//! registering a worker at a job centre with the consents the worker gave
//! in person, then the worker's record. Also the pieces every official's
//! list shares: `?page=N` with 50 a page and "Page x of y" links that keep
//! the filters.

use super::options::{self, Choice};
use super::page::{FormData, FormErrors, Page, field_id, urlencode};
use super::redirect;
use crate::AppState;
use crate::actions::{self, Paging, audit_log, today, workers};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::WorkerId;
use corridor_domain::worker::ConsentPurpose;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The templates of these pages (and the pager every official's list uses).
pub const TEMPLATES: [(&str, &str); 5] = [
    (
        "official/pager.html",
        include_str!("../../templates/official/pager.html"),
    ),
    (
        "official/fee_violations.html",
        include_str!("../../templates/official/fee_violations.html"),
    ),
    (
        "official/audit_log.html",
        include_str!("../../templates/official/audit_log.html"),
    ),
    (
        "official/worker_new.html",
        include_str!("../../templates/official/worker_new.html"),
    ),
    (
        "official/worker.html",
        include_str!("../../templates/official/worker.html"),
    ),
];

/// The routes of these pages.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/fee-violations", get(fee_violations))
        .route("/audit-log", get(audit_log_page))
        .route("/workers/new", get(new_worker_form).post(register_worker))
        .route("/workers/{id}", get(worker_page))
}

// ------------------------------------------------------------ pagination

/// Items on a page of every official's list.
pub const PER_PAGE: i64 = 50;

/// The page asked for with `?page=N` (1 when absent or unreadable).
pub fn page_number(text: Option<&str>) -> i64 {
    text.and_then(|t| t.trim().parse::<i64>().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1)
}

/// The store's slice for page `page`.
pub fn paging(page: i64) -> Paging {
    Paging {
        limit: Some(PER_PAGE),
        offset: Some((page - 1).saturating_mul(PER_PAGE)),
    }
}

/// "Page x of y" with links to the previous and next pages, keeping the
/// list's filters.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    /// This page, from 1.
    pub page: i64,
    /// Pages in all (at least 1).
    pub pages: i64,
    /// Items in all.
    pub total: i64,
    /// The previous page's address.
    pub previous: Option<String>,
    /// The next page's address.
    pub next: Option<String>,
}

impl Pager {
    /// The pager of page `page` of `total` items at `path`, whose filters
    /// are `filters` (empty ones are left out of the links).
    pub fn new(path: &str, filters: &[(&str, &str)], page: i64, total: i64) -> Self {
        let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
        let link = |n: i64| {
            let mut query: Vec<String> = filters
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}={}", urlencode(v)))
                .collect();
            query.push(format!("page={n}"));
            format!("{path}?{}", query.join("&"))
        };
        Pager {
            page,
            pages,
            total,
            previous: (page > 1).then(|| link((page - 1).min(pages))),
            next: (page < pages).then(|| link(page + 1)),
        }
    }
}

/// A form shown again with its errors: 422.
pub fn unprocessable(mut res: Response) -> Response {
    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    res
}

/// A country's English name from its stored code.
pub fn country_name(code: &str) -> String {
    corridor_reference::country(code).map_or_else(|| code.to_string(), |c| c.name.to_string())
}

// -------------------------------------------------------- fee violations

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    page: Option<String>,
}

#[derive(Serialize)]
struct ViolationRow {
    placement_id: i64,
    paid_on: String,
    amount: String,
    category: &'static str,
    payer: &'static str,
    payee: &'static str,
    kind: &'static str,
    corridor: String,
}

#[derive(Serialize)]
struct ViolationsView {
    rows: Vec<ViolationRow>,
    pager: Pager,
}

/// `GET /fee-violations`: breaches of the Employer Pays Principle in the
/// official's country's programmes (administrators: all), newest first.
pub async fn fee_violations(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let n = page_number(q.page.as_deref());
    match actions::placements::fee_violations(&state, &user, paging(n)).await {
        Ok(list) => {
            let rows = list
                .items
                .iter()
                .map(|r| ViolationRow {
                    placement_id: r.payment.placement_id.0,
                    paid_on: r.payment.spec.paid_on.to_string(),
                    amount: r.payment.spec.amount.to_string(),
                    category: r.payment.spec.category.as_str(),
                    payer: r.payment.spec.payer.as_str(),
                    payee: r.payment.spec.payee.as_str(),
                    kind: r.payment.violation.as_ref().map_or("", |v| v.kind.as_str()),
                    corridor: format!(
                        "{} → {}",
                        country_name(&r.origin),
                        country_name(&r.destination)
                    ),
                })
                .collect();
            page.render(
                "official/fee_violations.html",
                ViolationsView {
                    rows,
                    pager: Pager::new("/fee-violations", &[], n, list.total),
                },
            )
        }
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------------- audit log

#[derive(Deserialize, Default)]
pub struct AuditLogQuery {
    #[serde(default)]
    entity: String,
    #[serde(default)]
    entity_id: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    page: Option<String>,
}

#[derive(Serialize)]
struct AuditRow {
    at: String,
    actor: String,
    role: String,
    action: String,
    entity: String,
    entity_id: String,
    personal_data: bool,
    denied: bool,
    detail: String,
}

#[derive(Serialize)]
struct AuditView {
    rows: Vec<AuditRow>,
    values: BTreeMap<String, String>,
    errors: FormErrors,
    scope: String,
    pager: Pager,
}

/// `GET /audit-log`: the official's country's part of the log
/// (administrators: all of it), filtered by record, action and actor,
/// newest first. Reading the log is itself audited, with the filter.
pub async fn audit_log_page(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<AuditLogQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let mut errors = FormErrors::default();
    let actor = if q.actor.trim().is_empty() {
        None
    } else {
        options::number::<i64>(
            &mut errors,
            "actor",
            q.actor.trim(),
            1..=i64::MAX,
            &page.t("official-audit-actor-invalid"),
        )
    };
    let n = page_number(q.page.as_deref());
    let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let query = audit_log::AuditQuery {
        entity: text(&q.entity),
        entity_id: text(&q.entity_id),
        actor,
        action: text(&q.action),
        limit: paging(n).limit,
        offset: paging(n).offset,
    };
    let list = match audit_log::list(&state, &user, &query).await {
        Ok(l) => l,
        Err(e) => return page.error(&e),
    };
    let scope = match &user.principal().country {
        Some(c) if user.principal().role != corridor_domain::access::Role::Admin => {
            country_name(c.as_str())
        }
        _ => String::new(),
    };
    let mut values = BTreeMap::new();
    values.insert("entity".to_string(), q.entity.clone());
    values.insert("entity_id".to_string(), q.entity_id.clone());
    values.insert("action".to_string(), q.action.clone());
    values.insert("actor".to_string(), q.actor.clone());
    let rows = list
        .items
        .iter()
        .map(|r| AuditRow {
            at: r.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            actor: r.actor_user_id.map_or_else(String::new, |a| a.to_string()),
            role: r.actor_role.clone().unwrap_or_default(),
            action: r.action.clone(),
            entity: r.entity.clone(),
            entity_id: r.entity_id.clone(),
            personal_data: r.personal_data,
            denied: r.outcome == "denied",
            detail: r.detail.clone(),
        })
        .collect();
    let pager = Pager::new(
        "/audit-log",
        &[
            ("entity", q.entity.trim()),
            ("entity_id", q.entity_id.trim()),
            ("action", q.action.trim()),
            ("actor", q.actor.trim()),
        ],
        n,
        list.total,
    );
    let res = page.render(
        "official/audit_log.html",
        AuditView {
            rows,
            values,
            errors: errors.clone(),
            scope,
            pager,
        },
    );
    if errors.is_empty() {
        res
    } else {
        unprocessable(res)
    }
}

// ------------------------------------------- registering a worker on behalf

/// The consent purposes, in the order the pages explain them.
const PURPOSES: [ConsentPurpose; 4] = [
    ConsentPurpose::Matching,
    ConsentPurpose::SharingWithEmployers,
    ConsentPurpose::Statistics,
    ConsentPurpose::Contact,
];

#[derive(Serialize)]
struct PurposeView {
    code: &'static str,
    key: String,
    given: bool,
}

fn purposes_view(given: impl Fn(ConsentPurpose) -> bool) -> Vec<PurposeView> {
    PURPOSES
        .into_iter()
        .map(|p| PurposeView {
            code: p.as_str(),
            key: p.as_str().replace('_', "-"),
            given: given(p),
        })
        .collect()
}

#[derive(Serialize)]
struct NewWorkerView {
    values: BTreeMap<String, String>,
    errors: FormErrors,
    countries: &'static [Choice],
    purposes: Vec<PurposeView>,
}

/// The official's own country, which the registration form starts from.
fn own_country(page: &Page) -> String {
    page.user
        .as_ref()
        .and_then(|u| u.principal().country.clone())
        .map(|c| c.to_string())
        .unwrap_or_default()
}

/// `GET /workers/new`: the profile's first part and the consents the
/// worker gives in person, each purpose explained.
pub async fn new_worker_form(State(state): State<AppState>, page: Page) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    if let Err(e) = workers::may_register(&state, &user).await {
        return page.error(&e);
    }
    let country = own_country(&page);
    let mut values = BTreeMap::new();
    for key in ["citizenship", "country_of_birth", "country_of_residence"] {
        values.insert(key.to_string(), country.clone());
    }
    page.render(
        "official/worker_new.html",
        NewWorkerView {
            values,
            errors: FormErrors::default(),
            countries: options::countries(),
            purposes: purposes_view(|_| false),
        },
    )
}

/// `POST /workers/new`: registers the worker through
/// [`workers::register_on_behalf`]; with errors, the form again with every
/// error at its field and the values kept.
pub async fn register_worker(
    State(state): State<AppState>,
    page: Page,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let msg = |k: &str| page.t(k);
    let mut errors = FormErrors::default();
    // What could not be read is an error at its field; the rest is still
    // checked (with stand-ins), so every error shows at once.
    let (profile, _) = options::first_profile_part(&form, &mut errors, &msg, None);
    let consents: Vec<ConsentPurpose> = form
        .all("consent")
        .into_iter()
        .filter_map(|c| PURPOSES.into_iter().find(|p| p.as_str() == c))
        .collect();
    let rerender = |errors: FormErrors| {
        unprocessable(page.render(
            "official/worker_new.html",
            NewWorkerView {
                values: form.values(),
                errors,
                countries: options::countries(),
                purposes: purposes_view(|p| consents.contains(&p)),
            },
        ))
    };
    let add_once = |errors: &mut FormErrors, v: &corridor_domain::Violations| {
        for e in FormErrors::from_violations(page.lang, v, field_id).summary {
            if !errors.fields.contains_key(&e.field) {
                errors.push(e.field, e.message);
            }
        }
    };
    if !errors.is_empty() {
        if let Err(v) = profile.validate(today()) {
            add_once(&mut errors, &v);
        }
        return rerender(errors);
    }
    let req = workers::NewWorkerRequest {
        profile,
        consents: consents.clone(),
    };
    match workers::register_on_behalf(&state, &user, &req).await {
        Ok(w) => redirect(&format!("/workers/{}?registered=1", w.id.0)),
        Err(ApiError::Unprocessable(v)) => {
            let mut errors = FormErrors::default();
            add_once(&mut errors, &v);
            rerender(errors)
        }
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------ a worker's record

#[derive(Deserialize, Default)]
pub struct WorkerQuery {
    #[serde(default)]
    registered: Option<String>,
}

#[derive(Serialize)]
struct WorkerPlacementRow {
    id: i64,
    title: String,
    status: &'static str,
    corridor: String,
}

#[derive(Serialize)]
struct WorkerView {
    id: i64,
    name: String,
    date_of_birth: String,
    sex: &'static str,
    citizenships: Vec<String>,
    country_of_birth: String,
    country_of_residence: String,
    phone: String,
    occupations: Vec<String>,
    available_from: String,
    consents: Vec<PurposeView>,
    placements: Vec<WorkerPlacementRow>,
    registered: bool,
}

/// `GET /workers/{id}`: a worker's record for those who may read it: the
/// profile in short, the latest word on each consent, and the placements
/// the reader may see. The read is audited by the action.
pub async fn worker_page(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<WorkerQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let result = async {
        let record = workers::record(&state, &user, WorkerId(id)).await?;
        let mut placements = vec![];
        for v in &record.placements {
            let jo = state.store.job_order(v.placement.job_order_id).await?;
            placements.push(WorkerPlacementRow {
                id: v.placement.id.0,
                title: jo.spec.display_title(),
                status: v.placement.status.as_str(),
                corridor: format!(
                    "{} → {}",
                    country_name(&v.origin),
                    country_name(&v.destination)
                ),
            });
        }
        let s = &record.profile.spec;
        let given = |p: ConsentPurpose| record.consents.iter().any(|(q, g)| *q == p && *g);
        Ok::<_, ApiError>(WorkerView {
            id,
            name: format!("{} {}", s.given_name, s.family_name),
            date_of_birth: s.date_of_birth.to_string(),
            sex: s.sex.as_str(),
            citizenships: s.citizenships.iter().map(CountryCode::name).collect(),
            country_of_birth: s.country_of_birth.name(),
            country_of_residence: s.country_of_residence.name(),
            phone: s.contact.phone.clone().unwrap_or_default(),
            occupations: s.occupations.iter().map(|o| o.occupation.label()).collect(),
            available_from: s.availability.from.to_string(),
            consents: purposes_view(given),
            placements,
            registered: q.registered.is_some(),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("official/worker.html", v),
        Err(e) => page.error(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_from_one_and_keep_the_filters() {
        assert_eq!(page_number(None), 1);
        assert_eq!(page_number(Some("0")), 1);
        assert_eq!(page_number(Some("two")), 1);
        assert_eq!(page_number(Some("3")), 3);
        assert_eq!(paging(3).offset, Some(100));
        let p = Pager::new("/audit-log", &[("entity", "worker"), ("actor", "")], 2, 101);
        assert_eq!(p.pages, 3);
        assert_eq!(
            p.previous.as_deref(),
            Some("/audit-log?entity=worker&page=1")
        );
        assert_eq!(p.next.as_deref(), Some("/audit-log?entity=worker&page=3"));
        let one = Pager::new("/fee-violations", &[], 1, 0);
        assert_eq!((one.pages, one.previous, one.next), (1, None, None));
    }
}
