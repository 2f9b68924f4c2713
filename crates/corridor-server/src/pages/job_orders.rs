//! Job orders for those who manage them: employers, their agencies, and the
//! officials of the programme. The list by status; posting one with every
//! term (repeated rows — languages, costs, returning workers — added
//! without JavaScript; the occupation and skills found by typing); a job
//! order's own page with its candidates, its shortlist with the reasons,
//! proposing a worker, approving or sending it back (destination
//! officials), and closing it (after a confirmation).

use super::options::{self, Choice};
use super::page::{FormData, FormErrors, Page, field_id};
use super::redirect;
use super::view::JobView;
use crate::AppState;
use crate::actions::{self, job_orders, proposals, today};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use corridor_domain::access::Role;
use corridor_domain::codes::{CurrencyCode, OccupationUri, SkillUri};
use corridor_domain::ids::{AgencyId, EmployerId, JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::job_order::{
    Housing, JobOrderSpec, JobOrderStatus, LanguageRequirement, RecruitmentCost, WorkLocation,
};
use corridor_domain::ledger::{CostCategory, Party};
use corridor_domain::money::{Money, PayPeriod, Wage};
use corridor_domain::programme::{MedicalCover, Programme};
use corridor_store::{JobOrderFilter, Page as StorePage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 4] = [
    (
        "job_orders/list.html",
        include_str!("../../templates/job_orders/list.html"),
    ),
    (
        "job_orders/form.html",
        include_str!("../../templates/job_orders/form.html"),
    ),
    (
        "job_orders/manage.html",
        include_str!("../../templates/job_orders/manage.html"),
    ),
    (
        "job_orders/confirm.html",
        include_str!("../../templates/job_orders/confirm.html"),
    ),
];

/// The routes of these pages.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/job-orders", get(list))
        .route("/job-orders/new", get(new_form).post(submit))
        .route("/job-orders/{id}", get(manage))
        .route("/job-orders/{id}/approve", post(approve))
        .route("/job-orders/{id}/close", get(close_form).post(close))
        .route("/job-orders/{id}/propose", post(propose))
}

const PER_PAGE: i64 = 50;

// ------------------------------------------------------------------- list

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    page: Option<i64>,
}

#[derive(Serialize)]
struct ListView {
    status: String,
    statuses: [&'static str; 3],
    rows: Vec<Row>,
    page: i64,
    pages: i64,
    total: i64,
    can_post: bool,
}

#[derive(Serialize)]
struct Row {
    id: i64,
    title: String,
    status: &'static str,
    positions: u32,
    start: String,
    corridor: String,
}

/// `GET /job-orders?status=&page=`: the job orders the user manages.
pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let p = user.principal();
    let status = match q.status.as_deref() {
        Some("open") | None => JobOrderStatus::Open,
        Some("pending_approval") => JobOrderStatus::PendingApproval,
        Some("closed") => JobOrderStatus::Closed,
        Some(_) => JobOrderStatus::Open,
    };
    let number = q.page.unwrap_or(1).max(1);
    let query = job_orders::JobOrderQuery {
        status: Some(status),
        limit: Some(PER_PAGE),
        offset: Some((number - 1).saturating_mul(PER_PAGE)),
        ..Default::default()
    };
    // Open job orders are public: narrow them to the caller's own too.
    let result = async {
        let list = if status == JobOrderStatus::Open {
            let mut filter = JobOrderFilter {
                status: Some(status),
                ..Default::default()
            };
            match p.role {
                Role::Employer => filter.employer_id = Some(p.employer_id.unwrap_or(EmployerId(-1))),
                Role::Recruiter => filter.agency_id = Some(p.agency_id.unwrap_or(AgencyId(-1))),
                r if r.is_official() => {
                    filter.country = Some(p.country.clone().ok_or_else(|| {
                        ApiError::Forbidden(
                            "this official's account names no country; an administrator must set it".into(),
                        )
                    })?)
                }
                Role::Admin => {}
                _ => return Err(ApiError::Forbidden(page.t("job-orders-managers-only"))),
            }
            state
                .store
                .job_orders(
                    &filter,
                    StorePage::new(Some(PER_PAGE), Some((number - 1).saturating_mul(PER_PAGE))),
                )
                .await?
        } else {
            job_orders::list(&state, Some(&user), &query).await?
        };
        let mut rows = vec![];
        for jo in &list.items {
            let programme = state.store.programme(jo.spec.programme_id).await?;
            rows.push(Row {
                id: jo.id.0,
                title: jo.spec.display_title(),
                status: jo.status.as_str(),
                positions: jo.spec.positions,
                start: jo.spec.start_date.to_string(),
                corridor: format!(
                    "{} → {}",
                    programme.spec.origin.name(),
                    programme.spec.destination.name()
                ),
            });
        }
        Ok::<_, ApiError>(ListView {
            status: status.as_str().to_string(),
            statuses: ["pending_approval", "open", "closed"],
            rows,
            page: number,
            pages: (list.total + PER_PAGE - 1) / PER_PAGE,
            total: list.total,
            can_post: matches!(
                p.role,
                Role::Employer | Role::Recruiter | Role::DestinationOfficial | Role::Admin
            ),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("job_orders/list.html", v),
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------------------- form

/// What the form shows: the choices, the rows typed so far, the values
/// and errors.
#[derive(Serialize, Default)]
struct FormView {
    values: BTreeMap<String, String>,
    errors: FormErrors,
    programmes: Vec<Choice>,
    employers: Vec<Choice>,
    agencies: Vec<Choice>,
    fixed_employer: Option<String>,
    currencies: Vec<Choice>,
    languages: &'static [Choice],
    cost_categories: Vec<&'static str>,
    occupation: Option<Hit>,
    occupation_hits: Vec<Hit>,
    skills: Vec<Hit>,
    skill_hits: Vec<Hit>,
    language_rows: Vec<(String, String)>,
    contract_languages: Vec<String>,
    cost_rows: Vec<(String, String, String)>,
    named_rows: Vec<String>,
}

#[derive(Serialize, Clone)]
struct Hit {
    uri: String,
    label: String,
    detail: String,
}

/// The choices the form offers to `user`: the programmes they may post
/// under, the employers they may post for, the agencies licensed in those
/// programmes' countries.
async fn choices(state: &AppState, page: &Page, view: &mut FormView) -> Result<(), ApiError> {
    let user = page
        .signed_in()
        .map_err(|_| ApiError::Unauthorized(String::new()))?;
    let p = user.principal();
    let all = StorePage::new(Some(500), None);
    let country = match p.role {
        Role::Admin => None,
        Role::Employer => {
            let id = p.employer_id.ok_or_else(|| {
                ApiError::Forbidden("this account is not linked to an employer".into())
            })?;
            let e = state.store.employer(id).await?;
            view.fixed_employer = Some(e.spec.name.clone());
            view.employers = vec![(e.id.0.to_string(), e.spec.name.clone())];
            Some(e.spec.country)
        }
        _ => p.country.clone(),
    };
    let programmes = state.store.programmes(country.as_ref(), None, all).await?;
    view.programmes = programmes
        .items
        .iter()
        .filter(|x| p.role != Role::Employer || Some(&x.spec.destination) == country.as_ref())
        .map(|x| {
            (
                x.id.0.to_string(),
                format!("{} ({})", x.spec.name, x.corridor()),
            )
        })
        .collect();
    if view.fixed_employer.is_none() {
        let employers = state.store.employers(country.as_ref(), all).await?;
        view.employers = employers
            .items
            .iter()
            .map(|e| (e.id.0.to_string(), e.spec.name.clone()))
            .collect();
    }
    let agencies = state.store.agencies(None, all).await?;
    view.agencies = agencies
        .items
        .iter()
        .filter(|a| {
            programmes.items.iter().any(|x| {
                x.spec.origin == a.spec.licence.issuing_country
                    || x.spec.destination == a.spec.licence.issuing_country
            })
        })
        .map(|a| {
            (
                a.id.0.to_string(),
                format!("{} · {}", a.spec.name, a.spec.licence.number),
            )
        })
        .collect();
    if let Some(a) = p.agency_id {
        view.agencies.retain(|(id, _)| *id == a.0.to_string());
    }
    // The currencies of the programmes offered: a wage is paid in its
    // programme's currency.
    let mut currencies: Vec<Choice> = vec![];
    for x in &programmes.items {
        let code = x.spec.conditions.min_wage.amount.currency().to_string();
        if !currencies.iter().any(|(c, _)| *c == code) {
            let name =
                corridor_reference::currency(&code).map_or(String::new(), |c| c.name.to_string());
            currencies.push((code.clone(), format!("{code} · {name}")));
        }
    }
    view.currencies = currencies;
    view.languages = options::languages();
    view.cost_categories = CostCategory::ALL.iter().map(|c| c.as_str()).collect();
    Ok(())
}

/// `GET /job-orders/new`.
pub async fn new_form(State(state): State<AppState>, page: Page) -> Response {
    match page.signed_in() {
        Err(r) => return r,
        Ok(u) if !u.principal().posts_job_orders() => {
            return page.error(&ApiError::Forbidden(page.t("job-orders-managers-only")));
        }
        Ok(_) => {}
    }
    let mut view = FormView::default();
    if let Err(e) = choices(&state, &page, &mut view).await {
        return page.error(&e);
    }
    let start = today() + chrono::Duration::days(90);
    for (k, v) in [
        ("positions", "1".to_string()),
        ("start_date", start.to_string()),
        ("duration_months", "6".to_string()),
        ("wage_per", "hour".to_string()),
        ("guaranteed_hours_per_week", "40".to_string()),
        ("max_hours_per_week", "48".to_string()),
        ("housing_provided", "yes".to_string()),
        ("medical", "insurance".to_string()),
        ("return_travel_paid_by_employer", "yes".to_string()),
        ("min_experience_years", "0".to_string()),
    ] {
        view.values.insert(k.into(), v);
    }
    // The first programme's minimum conditions as the starting terms.
    if let Some((id, _)) = view.programmes.first() {
        view.values.insert("programme_id".into(), id.clone());
        if let Ok(p) = state
            .store
            .programme(ProgrammeId(id.parse().unwrap_or(0)))
            .await
        {
            let min = &p.spec.conditions;
            for (k, v) in [
                ("wage_currency", min.min_wage.amount.currency().to_string()),
                ("wage_per", min.min_wage.per.as_str().to_string()),
                (
                    "guaranteed_hours_per_week",
                    min.min_guaranteed_hours_per_week.to_string(),
                ),
                ("max_hours_per_week", min.max_hours_per_week.to_string()),
                ("medical", min.medical.as_str().to_string()),
                (
                    "housing_provided",
                    if min.housing.must_be_provided {
                        "yes"
                    } else {
                        "no"
                    }
                    .to_string(),
                ),
            ] {
                view.values.insert(k.into(), v);
            }
        }
    }
    view.language_rows = vec![(String::new(), String::new())];
    view.contract_languages = vec![String::new()];
    view.cost_rows = vec![(String::new(), String::new(), "employer".into())];
    view.named_rows = vec![];
    page.render("job_orders/form.html", view)
}

/// The rows of a repeated group: the values of `names` taken in step.
fn rows<const N: usize>(form: &FormData, names: [&str; N]) -> Vec<[String; N]> {
    let columns: Vec<Vec<&str>> = names.iter().map(|n| form.all(n)).collect();
    let len = columns.iter().map(Vec::len).max().unwrap_or(0);
    (0..len)
        .map(|i| std::array::from_fn(|c| columns[c].get(i).copied().unwrap_or("").to_string()))
        .collect()
}

/// `POST /job-orders/new`: adds or removes a row, finds an occupation or
/// skill, or submits; on submission every violated rule shows at its
/// field with the values kept.
pub async fn submit(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    if !user.principal().posts_job_orders() {
        return page.error(&ApiError::Forbidden(page.t("job-orders-managers-only")));
    }
    let action = form.get("action");
    let mut view = FormView::default();
    if let Err(e) = choices(&state, &page, &mut view).await {
        return page.error(&e);
    }
    view.values = form.values();
    let msg = |k: &str| page.t(k);
    let mut errors = FormErrors::default();

    // The rows as typed, with the row a button adds or removes.
    let mut language_rows: Vec<(String, String)> = rows(&form, ["language", "language_level"])
        .into_iter()
        .map(|[a, b]| (a, b))
        .collect();
    let mut contract_languages: Vec<String> = form
        .all("contract_language")
        .into_iter()
        .map(str::to_string)
        .collect();
    let mut cost_rows: Vec<(String, String, String)> =
        rows(&form, ["cost_category", "cost_amount", "cost_paid_by"])
            .into_iter()
            .map(|[a, b, c]| (a, b, c))
            .collect();
    let mut named_rows: Vec<String> = form
        .all("named_worker")
        .into_iter()
        .map(str::to_string)
        .collect();
    let mut skills: Vec<String> = form.all("skill").into_iter().map(str::to_string).collect();
    let mut occupation = form.get("occupation").to_string();
    if let Some(i) = action
        .strip_prefix("remove_language_")
        .and_then(|i| i.parse::<usize>().ok())
        && i < language_rows.len()
    {
        language_rows.remove(i);
    }
    if let Some(i) = action
        .strip_prefix("remove_cost_")
        .and_then(|i| i.parse::<usize>().ok())
        && i < cost_rows.len()
    {
        cost_rows.remove(i);
    }
    if let Some(i) = action
        .strip_prefix("remove_named_")
        .and_then(|i| i.parse::<usize>().ok())
        && i < named_rows.len()
    {
        named_rows.remove(i);
    }
    if let Some(s) = action.strip_prefix("remove_skill_") {
        skills.retain(|x| x != s);
    }
    match action {
        "add_language" => language_rows.push((String::new(), String::new())),
        "add_contract_language" => contract_languages.push(String::new()),
        "add_cost" => cost_rows.push((String::new(), String::new(), "employer".into())),
        "add_named" => named_rows.push(String::new()),
        "find_occupation" => {
            view.occupation_hits =
                corridor_reference::search_occupations(form.get("occupation_query"), 10)
                    .into_iter()
                    .map(|h| Hit {
                        uri: h.item.uri.clone(),
                        label: h.item.label.clone(),
                        detail: format!("ISCO-08 {}", h.item.isco),
                    })
                    .collect();
            if view.occupation_hits.is_empty() {
                errors.push("occupation", msg("profile-search-none"));
            }
        }
        "find_skill" => {
            view.skill_hits = corridor_reference::search_skills(form.get("skill_query"), 10)
                .into_iter()
                .map(|h| Hit {
                    uri: h.item.uri.clone(),
                    label: h.item.label.clone(),
                    detail: String::new(),
                })
                .collect();
        }
        _ => {}
    }
    if let Some(uri) = action.strip_prefix("choose_occupation ") {
        occupation = uri.to_string();
    }
    if let Some(uri) = action.strip_prefix("add_skill ")
        && !skills.iter().any(|s| s == uri)
    {
        skills.push(uri.to_string());
    }
    view.values.insert("occupation".into(), occupation.clone());
    view.occupation = OccupationUri::parse(&occupation).ok().map(|o| Hit {
        uri: o.to_string(),
        label: o.label(),
        detail: format!("ISCO-08 {}", o.isco()),
    });
    view.skills = skills
        .iter()
        .filter_map(|s| SkillUri::parse(s).ok())
        .map(|s| Hit {
            uri: s.to_string(),
            label: s.label(),
            detail: String::new(),
        })
        .collect();
    if contract_languages.is_empty() {
        contract_languages.push(String::new());
    }
    view.language_rows = language_rows.clone();
    view.contract_languages = contract_languages.clone();
    view.cost_rows = cost_rows.clone();
    view.named_rows = named_rows.clone();

    if action != "submit" {
        return with_status(page.render("job_orders/form.html", view), StatusCode::OK);
    }

    // Parse every field; each failure at its field.
    let programme_id = form
        .get("programme_id")
        .parse::<i64>()
        .ok()
        .map(ProgrammeId);
    if programme_id.is_none() {
        errors.push("programme-id", msg("form-choose"));
    }
    let employer_id = form.get("employer_id").parse::<i64>().ok().map(EmployerId);
    if employer_id.is_none() {
        errors.push("employer-id", msg("form-choose"));
    }
    let agency_id = match form.get("agency_id") {
        "" => None,
        a => a.parse::<i64>().ok().map(AgencyId),
    };
    let occupation = match OccupationUri::parse(&occupation) {
        Ok(o) => Some(o),
        Err(_) => {
            errors.push("occupation", msg("job-form-choose-occupation"));
            None
        }
    };
    let positions = options::number::<u32>(
        &mut errors,
        "positions",
        form.get("positions"),
        1..=10_000,
        &msg("form-number-invalid"),
    );
    let start = options::date(
        &mut errors,
        "start-date",
        form.get("start_date"),
        &msg("form-date-invalid"),
    );
    let duration = options::number::<u16>(
        &mut errors,
        "duration-months",
        form.get("duration_months"),
        1..=120,
        &msg("form-number-invalid"),
    );
    let currency = CurrencyCode::parse(form.get("wage_currency")).ok();
    if currency.is_none() {
        errors.push("wage-currency", msg("form-choose"));
    }
    let money = |errors: &mut FormErrors, id: &str, text: &str| -> Option<Money> {
        let c = currency.clone()?;
        match Money::parse(text, c) {
            Ok(m) => Some(m),
            Err(_) => {
                errors.push(id, msg("form-amount-invalid"));
                None
            }
        }
    };
    let wage_amount = money(&mut errors, "wage-amount", form.get("wage_amount"));
    let per: Option<PayPeriod> =
        serde_json::from_value(serde_json::Value::String(form.get("wage_per").into())).ok();
    if per.is_none() {
        errors.push("wage-per", msg("form-choose"));
    }
    let guaranteed = options::number::<f64>(
        &mut errors,
        "guaranteed-hours-per-week",
        form.get("guaranteed_hours_per_week"),
        0.0..=100.0,
        &msg("form-number-invalid"),
    );
    let max_hours = options::number::<f64>(
        &mut errors,
        "max-hours-per-week",
        form.get("max_hours_per_week"),
        0.0..=100.0,
        &msg("form-number-invalid"),
    );
    let housing_provided = form.get("housing_provided") == "yes";
    let housing_cost = match form.get("housing_cost") {
        "" | "0" => None,
        t => money(&mut errors, "housing-cost-to-worker-per-month", t),
    };
    let medical: Option<MedicalCover> =
        serde_json::from_value(serde_json::Value::String(form.get("medical").into())).ok();
    if medical.is_none() {
        errors.push("medical", msg("form-choose"));
    }
    let experience = options::number::<f64>(
        &mut errors,
        "min-experience-months",
        form.get("min_experience_years"),
        0.0..=40.0,
        &msg("form-years-invalid"),
    );
    let mut languages = vec![];
    for (i, (code, level)) in language_rows.iter().enumerate() {
        if code.is_empty() {
            continue;
        }
        let l = options::language(
            &mut errors,
            &format!("languages-{i}-language"),
            code,
            &msg("form-choose"),
        );
        let m = options::cefr(
            &mut errors,
            &format!("languages-{i}-min-level"),
            level,
            &msg("form-choose-level"),
        );
        if let (Some(language), Some(min_level)) = (l, m) {
            languages.push(LanguageRequirement {
                language,
                min_level,
            });
        }
    }
    let mut contract = vec![];
    for (i, code) in contract_languages.iter().enumerate() {
        if !code.is_empty()
            && let Some(l) = options::language(
                &mut errors,
                &format!("contract-languages-{i}"),
                code,
                &msg("form-choose"),
            )
        {
            contract.push(l);
        }
    }
    let mut costs = vec![];
    for (i, (category, amount, paid_by)) in cost_rows.iter().enumerate() {
        if category.is_empty() && amount.is_empty() {
            continue;
        }
        let c: Option<CostCategory> =
            serde_json::from_value(serde_json::Value::String(category.clone())).ok();
        if c.is_none() {
            errors.push(
                format!("recruitment-costs-{i}-category"),
                msg("form-choose"),
            );
        }
        let a = money(
            &mut errors,
            &format!("recruitment-costs-{i}-amount"),
            amount,
        );
        let p: Option<Party> =
            serde_json::from_value(serde_json::Value::String(paid_by.clone())).ok();
        if p.is_none() {
            errors.push(format!("recruitment-costs-{i}-paid-by"), msg("form-choose"));
        }
        if let (Some(category), Some(amount), Some(paid_by)) = (c, a, p) {
            costs.push(RecruitmentCost {
                category,
                amount,
                paid_by,
            });
        }
    }
    let mut named = vec![];
    for (i, w) in named_rows.iter().enumerate() {
        if w.is_empty() {
            continue;
        }
        match w.parse::<i64>() {
            Ok(id) => named.push(WorkerId(id)),
            Err(_) => errors.push(format!("named-workers-{i}"), msg("form-number-invalid")),
        }
    }
    let required_skills: Vec<SkillUri> = skills
        .iter()
        .filter_map(|s| SkillUri::parse(s).ok())
        .collect();

    let spec = match (
        programme_id,
        employer_id,
        occupation,
        positions,
        start,
        duration,
        wage_amount,
        per,
        guaranteed,
        max_hours,
        medical,
        experience,
    ) {
        (
            Some(programme_id),
            Some(employer_id),
            Some(occupation),
            Some(positions),
            Some(start_date),
            Some(duration_months),
            Some(amount),
            Some(per),
            Some(guaranteed_hours_per_week),
            Some(max_hours_per_week),
            Some(medical),
            Some(experience),
        ) if errors.is_empty() => JobOrderSpec {
            programme_id,
            employer_id,
            agency_id,
            occupation,
            title: form.get("title").to_string(),
            positions,
            location: WorkLocation {
                region: form.get("region").to_string(),
                locality: form.get("locality").to_string(),
            },
            start_date,
            duration_months,
            wage: Wage::new(amount, per),
            guaranteed_hours_per_week,
            max_hours_per_week,
            housing: Housing {
                provided: housing_provided,
                cost_to_worker_per_month: housing_cost,
                description: form.get("housing_description").to_string(),
            },
            medical,
            return_travel_paid_by_employer: form.get("return_travel_paid_by_employer") == "yes",
            required_skills,
            optional_skills: vec![],
            languages,
            min_experience_months: (experience * 12.0).round() as u16,
            named_workers: named,
            recruitment_costs: costs,
            contract_languages: contract,
        },
        _ => {
            view.errors = errors;
            return with_status(
                page.render("job_orders/form.html", view),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match job_orders::create(&state, &user, &spec).await {
        Ok(jo) => redirect(&format!("/job-orders/{}?posted=1", jo.id)),
        Err(ApiError::Unprocessable(v)) => {
            view.errors = FormErrors::from_violations(page.lang, &v, job_order_field);
            with_status(
                page.render("job_orders/form.html", view),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => page.error(&e),
    }
}

/// The form field a job order rule points at.
fn job_order_field(path: &str) -> String {
    match path {
        "wage" | "wage.amount" => "wage-amount".into(),
        "wage.currency" => "wage-currency".into(),
        "min_experience_months" => "min-experience-months".into(),
        "required_skills" | "optional_skills" => "skill-query".into(),
        "contract_languages" => "contract-languages-0".into(),
        p if p.starts_with("required_skills[") || p.starts_with("optional_skills[") => {
            "skill-query".into()
        }
        p => field_id(p),
    }
}

fn with_status(mut res: Response, status: StatusCode) -> Response {
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    }
    res
}

// ----------------------------------------------------------------- manage

#[derive(Deserialize, Default)]
pub struct ManageQuery {
    #[serde(default)]
    posted: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

#[derive(Serialize)]
struct ManageView {
    job: JobView,
    posted: bool,
    done: String,
    can_approve: bool,
    can_close: bool,
    can_propose: bool,
    problems: Vec<String>,
    candidates: Vec<CandidateRow>,
    shortlist: Vec<ShortRow>,
    named_workers: Vec<i64>,
}

#[derive(Serialize)]
struct CandidateRow {
    placement: i64,
    worker: i64,
    status: &'static str,
}

#[derive(Serialize)]
struct ShortRow {
    worker: i64,
    score: u32,
    why: Vec<String>,
    withheld: bool,
    proposed: bool,
}

/// `GET /job-orders/{id}`: the job order as its managers see it.
pub async fn manage(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<ManageQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let id = JobOrderId(id);
    let result = async {
        let (jo, programme) = job_orders::managed(&state, &user, id, "read").await?;
        let employer = state.store.employer(jo.spec.employer_id).await?;
        let p = user.principal();
        let can_approve = jo.status == JobOrderStatus::PendingApproval
            && p.may_approve_job_order(&programme).is_ok();
        // What approving would find wrong today, shown before the choice.
        let mut problems = vec![];
        if can_approve
            && let Err(ApiError::Unprocessable(v)) =
                check_for_approval(&state, &jo, &programme).await
        {
            problems = v
                .iter()
                .map(|x| super::page::violation_text(page.lang, x))
                .collect();
        }
        let candidates =
            job_orders::candidates(&state, &user, id, actions::Paging::default()).await?;
        let mut shortlist = vec![];
        if jo.status == JobOrderStatus::Open {
            let proposed: Vec<WorkerId> = proposals::list(
                &state,
                &user,
                &proposals::ProposalQuery {
                    job_order_id: Some(id),
                    limit: Some(500),
                    ..Default::default()
                },
            )
            .await?
            .items
            .iter()
            .map(|x| x.worker_id)
            .collect();
            let applied: Vec<WorkerId> = candidates
                .items
                .iter()
                .map(|c| c.placement.worker_id)
                .collect();
            let entries = actions::matching::shortlist(&state, &user, id, 10).await?;
            let texts = state
                .matching
                .read(&state.store, |index| {
                    let vocabulary = index.vocabulary();
                    entries
                        .iter()
                        .map(|e| {
                            e.candidate
                                .score
                                .parts
                                .iter()
                                .map(|part| super::view::score_part(page.lang, part, vocabulary))
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>()
                })
                .await?;
            for (e, why) in entries.iter().zip(texts) {
                let worker = WorkerId(i64::from(e.candidate.worker.0));
                shortlist.push(ShortRow {
                    worker: worker.0,
                    score: e.candidate.score.total,
                    why: if e.details_visible { why } else { vec![] },
                    withheld: !e.details_visible,
                    proposed: proposed.contains(&worker) || applied.contains(&worker),
                });
            }
        }
        Ok::<_, ApiError>(ManageView {
            job: JobView::new(&jo, &programme, &employer),
            posted: q.posted.is_some(),
            done: q.done.clone().unwrap_or_default(),
            can_approve,
            can_close: jo.status != JobOrderStatus::Closed,
            can_propose: jo.status == JobOrderStatus::Open
                && p.may_propose_worker(&programme, jo.spec.employer_id, jo.spec.agency_id)
                    .is_ok(),
            problems,
            candidates: candidates
                .items
                .iter()
                .map(|c| CandidateRow {
                    placement: c.placement.id.0,
                    worker: c.placement.worker_id.0,
                    status: c.placement.status.as_str(),
                })
                .collect(),
            shortlist,
            named_workers: jo.spec.named_workers.iter().map(|w| w.0).collect(),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("job_orders/manage.html", v),
        Err(e) => page.error(&e),
    }
}

/// The rules approval would check, without approving.
async fn check_for_approval(
    state: &AppState,
    jo: &corridor_domain::job_order::JobOrder,
    programme: &Programme,
) -> Result<(), ApiError> {
    let (_, employer, agency) = job_orders::load_context(state, &jo.spec).await?;
    let returning = state.store.returning_workers(employer.id).await?;
    corridor_domain::job_order::validate_job_order(
        &jo.spec,
        corridor_domain::job_order::JobOrderContext {
            programme,
            employer: &employer,
            agency: agency.as_ref(),
            today: today().min(jo.posted_on),
            returning_workers: &returning,
        },
    )?;
    Ok(())
}

/// `POST /job-orders/{id}/approve`: approve (`decision=approve`) or send
/// back (`decision=send_back`, closing it with the reason for the
/// employer to post a corrected one).
pub async fn approve(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let id = JobOrderId(id);
    let result = match form.get("decision") {
        "send_back" => job_orders::send_back(&state, &user, id, form.get("reason"))
            .await
            .map(|_| "sent_back"),
        _ => job_orders::approve(&state, &user, id)
            .await
            .map(|_| "approved"),
    };
    match result {
        Ok(done) => redirect(&format!("/job-orders/{id}?done={done}")),
        Err(e) => page.error(&e),
    }
}

/// `GET /job-orders/{id}/close`: what closing means, and a confirmation.
pub async fn close_form(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match job_orders::managed(&state, &user, JobOrderId(id), "read").await {
        Ok((jo, _)) => {
            #[derive(Serialize)]
            struct V {
                id: i64,
                title: String,
                errors: FormErrors,
            }
            page.render(
                "job_orders/confirm.html",
                V {
                    id,
                    title: jo.spec.display_title(),
                    errors: FormErrors::default(),
                },
            )
        }
        Err(e) => page.error(&e),
    }
}

/// `POST /job-orders/{id}/close`: needs the confirmation ticked.
pub async fn close(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    if form.get("confirm") != "yes" {
        let mut errors = FormErrors::default();
        errors.push("confirm", page.t("job-close-confirm-required"));
        #[derive(Serialize)]
        struct V {
            id: i64,
            title: String,
            errors: FormErrors,
        }
        let title = match state.store.job_order(JobOrderId(id)).await {
            Ok(jo) => jo.spec.display_title(),
            Err(e) => return page.error(&e.into()),
        };
        return with_status(
            page.render("job_orders/confirm.html", V { id, title, errors }),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    match job_orders::close(&state, &user, JobOrderId(id)).await {
        Ok(_) => redirect(&format!("/job-orders/{id}?done=closed")),
        Err(e) => page.error(&e),
    }
}

/// `POST /job-orders/{id}/propose`: puts a shortlisted worker forward; the
/// worker is asked.
pub async fn propose(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let Ok(worker) = form.get("worker_id").parse::<i64>() else {
        return page.error(&ApiError::bad_field(
            "worker_id",
            "required",
            "say which worker",
        ));
    };
    let req = proposals::ProposalRequest {
        job_order_id: JobOrderId(id),
        worker_id: WorkerId(worker),
        note: form.get("note").to_string(),
    };
    match proposals::propose(&state, &user, &req).await {
        Ok(_) => redirect(&format!("/job-orders/{id}?done=proposed#shortlist")),
        Err(e) => page.error(&e),
    }
}
