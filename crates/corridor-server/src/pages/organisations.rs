//! Employers and recruiting agencies: the lists (by country, 50 a page),
//! registering an employer and suspending or reinstating it with a reason
//! (destination officials of its country, administrators), the public
//! page of each agency with its licence and the licence's history, and
//! licensing, renewing, suspending, reinstating and revoking (after a
//! confirmation) by officials of the issuing country. A recruiter's own
//! agency, with the job orders it handles, is at `/agency`. Every handler
//! parses its form and calls [`crate::actions::organisations`].

use super::admin::{Pagination, add_new, form_errors};
use super::options::{self, Choice};
use super::page::{FormData, FormErrors, Page};
use super::redirect;
use crate::AppState;
use crate::actions::organisations as act;
use crate::actions::today;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use corridor_domain::access::Role;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::licensing::{
    EmployerAction, EmployerChange, EmployerEvent, LicenceAction, LicenceChange, LicenceEvent,
    apply_licence_change,
};
use corridor_domain::organisation::{
    Agency, AgencySpec, Employer, EmployerSpec, EmployerStatus, Licence, LicenceStatus,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The organisations' templates.
pub const TEMPLATES: [(&str, &str); 7] = [
    (
        "organisations/employers.html",
        include_str!("../../templates/organisations/employers.html"),
    ),
    (
        "organisations/employer.html",
        include_str!("../../templates/organisations/employer.html"),
    ),
    (
        "organisations/new_employer.html",
        include_str!("../../templates/organisations/new_employer.html"),
    ),
    (
        "organisations/agencies.html",
        include_str!("../../templates/organisations/agencies.html"),
    ),
    (
        "organisations/agency.html",
        include_str!("../../templates/organisations/agency.html"),
    ),
    (
        "organisations/new_agency.html",
        include_str!("../../templates/organisations/new_agency.html"),
    ),
    (
        "organisations/revoke.html",
        include_str!("../../templates/organisations/revoke.html"),
    ),
];

/// The organisations' routes.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/employers", get(employers).post(register_employer))
        .route("/employers/new", get(new_employer))
        .route("/employers/{id}", get(employer))
        .route(
            "/employers/{id}/{action}",
            axum::routing::post(change_employer),
        )
        .route("/agencies", get(agencies).post(license_agency))
        .route("/agencies/new", get(new_agency))
        .route("/agencies/{id}", get(agency))
        .route("/agencies/{id}/revoke", get(revoke_form).post(revoke))
        .route(
            "/agencies/{id}/{action}",
            axum::routing::post(change_licence),
        )
        .route("/agency", get(own_agency))
}

fn country_name(c: &CountryCode) -> String {
    c.name()
}

/// A 422 page: the form again with its errors.
fn unprocessable(mut res: Response) -> Response {
    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    res
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    country: String,
    #[serde(default)]
    page: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    page: Option<String>,
}

/// A `?done=` notice, when it is one these pages give.
fn done_notice(done: Option<String>, known: &[&str]) -> String {
    done.filter(|d| known.contains(&d.as_str()))
        .unwrap_or_default()
}

// -------------------------------------------------------------- employers

#[derive(Serialize)]
struct EmployerRow {
    id: i64,
    name: String,
    country: String,
    registration_number: String,
    sector: String,
    status: &'static str,
}

impl From<&Employer> for EmployerRow {
    fn from(e: &Employer) -> Self {
        EmployerRow {
            id: e.id.0,
            name: e.spec.name.clone(),
            country: country_name(&e.spec.country),
            registration_number: e.spec.registration_number.clone(),
            sector: e.spec.sector.clone(),
            status: e.spec.status.as_str(),
        }
    }
}

#[derive(Serialize)]
struct EmployersView {
    employers: Vec<EmployerRow>,
    country: String,
    countries: &'static [Choice],
    may_register: bool,
    pagination: Pagination,
}

/// May `user` register employers somewhere (to offer the link)?
fn registers_employers(user: &CurrentUser) -> bool {
    let p = user.principal();
    p.role == Role::Admin || (p.role == Role::DestinationOfficial && p.country.is_some())
}

/// `GET /employers?country=&page=` (signed-in users).
pub async fn employers(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    let country = CountryCode::parse(&q.country).ok();
    let (n, slice) = Pagination::requested(q.page.as_deref());
    match act::employers(&state, country.as_ref(), slice).await {
        Ok(found) => {
            let code = country.map(|c| c.to_string()).unwrap_or_default();
            page.render(
                "organisations/employers.html",
                EmployersView {
                    employers: found.items.iter().map(EmployerRow::from).collect(),
                    pagination: Pagination::new(
                        "/employers",
                        &[("country", &code)],
                        n,
                        found.total,
                    ),
                    country: code,
                    countries: options::countries(),
                    may_register: registers_employers(user),
                },
            )
        }
        Err(e) => page.error(&e),
    }
}

#[derive(Serialize)]
struct HistoryRow {
    action: &'static str,
    status: &'static str,
    valid_until: String,
    reason: String,
    on: String,
}

fn employer_history_rows(events: &[EmployerEvent]) -> Vec<HistoryRow> {
    events
        .iter()
        .rev()
        .map(|e| HistoryRow {
            action: e.action.as_str(),
            status: e.status.as_str(),
            valid_until: String::new(),
            reason: e.reason.clone(),
            on: e.at.format("%Y-%m-%d").to_string(),
        })
        .collect()
}

#[derive(Serialize)]
struct EmployerView {
    employer: EmployerRow,
    history: Vec<HistoryRow>,
    may_manage: bool,
    done: String,
    values: BTreeMap<String, String>,
    errors: FormErrors,
}

async fn employer_view(
    page: &Page,
    state: &AppState,
    id: EmployerId,
    done: String,
    values: BTreeMap<String, String>,
    errors: FormErrors,
) -> Result<EmployerView, ApiError> {
    let e = act::employer(state, id).await?;
    let history = act::employer_history(state, id).await?;
    let may_manage = page
        .user
        .as_ref()
        .is_some_and(|u| u.principal().may_manage_employer(&e.spec.country).is_ok());
    Ok(EmployerView {
        employer: EmployerRow::from(&e),
        history: employer_history_rows(&history),
        may_manage,
        done,
        values,
        errors,
    })
}

/// `GET /employers/{id}`: the employer, its history, and suspending or
/// reinstating it for those who may.
pub async fn employer(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<DoneQuery>,
) -> Response {
    if let Err(r) = page.signed_in() {
        return r;
    }
    let done = done_notice(q.done, &["registered", "suspend", "reinstate"]);
    match employer_view(
        &page,
        &state,
        EmployerId(id),
        done,
        BTreeMap::new(),
        FormErrors::default(),
    )
    .await
    {
        Ok(v) => page.render("organisations/employer.html", v),
        Err(e) => page.error(&e),
    }
}

/// `POST /employers/{id}/suspend` or `/reinstate`, with a reason.
pub async fn change_employer(
    State(state): State<AppState>,
    page: Page,
    ApiPath((id, action)): ApiPath<(i64, String)>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let action = match EmployerAction::parse(&action) {
        Some(a @ (EmployerAction::Suspend | EmployerAction::Reinstate)) => a,
        _ => return page.error(&ApiError::NotFound(action)),
    };
    let change = EmployerChange {
        action,
        reason: form.get("reason").to_string(),
    };
    match act::change_employer(&state, &user, EmployerId(id), &change).await {
        Ok(_) => redirect(&format!("/employers/{id}?done={}", action.as_str())),
        Err(ApiError::Unprocessable(v)) => {
            let prefix = action.as_str();
            let errors = form_errors(&page, &v, "org-error", |_| format!("{prefix}-reason"));
            match employer_view(
                &page,
                &state,
                EmployerId(id),
                String::new(),
                form.values(),
                errors,
            )
            .await
            {
                Ok(view) => unprocessable(page.render("organisations/employer.html", view)),
                Err(e) => page.error(&e),
            }
        }
        Err(e) => page.error(&e),
    }
}

#[derive(Serialize)]
struct NewEmployerView {
    values: BTreeMap<String, String>,
    errors: FormErrors,
    countries: &'static [Choice],
}

/// `GET /employers/new`.
pub async fn new_employer(page: Page) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    if !registers_employers(user) {
        return page.error(&ApiError::Forbidden(page.t("org-employer-register-only")));
    }
    let mut values = BTreeMap::new();
    if let Some(c) = &user.principal().country {
        values.insert("country".to_string(), c.to_string());
    }
    page.render(
        "organisations/new_employer.html",
        NewEmployerView {
            values,
            errors: FormErrors::default(),
            countries: options::countries(),
        },
    )
}

fn employer_field(path: &str) -> String {
    match path {
        "registration_number" => "registration-number".into(),
        other => super::page::field_id(other),
    }
}

/// `POST /employers`: registers an employer, active.
pub async fn register_employer(
    State(state): State<AppState>,
    page: Page,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let mut errors = FormErrors::default();
    let country = options::country(
        &mut errors,
        "country",
        form.get("country"),
        &page.t("form-choose-country"),
    );
    let spec = EmployerSpec {
        name: form.get("name").to_string(),
        country: country
            .clone()
            .unwrap_or_else(|| CountryCode::parse("CAN").expect("CAN exists")),
        registration_number: form.get("registration_number").to_string(),
        sector: form.get("sector").to_string(),
        status: EmployerStatus::Active,
    };
    let outcome = match country {
        Some(_) => act::register_employer(&state, &user, &spec).await,
        None => Err(ApiError::Unprocessable(
            spec.validate().err().unwrap_or_default(),
        )),
    };
    match outcome {
        Ok(e) => redirect(&format!("/employers/{}?done=registered", e.id)),
        Err(ApiError::Unprocessable(v)) => {
            add_new(
                &mut errors,
                form_errors(&page, &v, "org-error", employer_field),
            );
            unprocessable(page.render(
                "organisations/new_employer.html",
                NewEmployerView {
                    values: form.values(),
                    errors,
                    countries: options::countries(),
                },
            ))
        }
        Err(e) => page.error(&e),
    }
}

// --------------------------------------------------------------- agencies

#[derive(Serialize)]
struct AgencyRow {
    id: i64,
    name: String,
    country: String,
    licence_number: String,
    issuing_country: String,
    /// The licence's status today (an active licence past its validity is
    /// expired).
    status: &'static str,
    valid_from: String,
    valid_until: String,
}

impl From<&Agency> for AgencyRow {
    fn from(a: &Agency) -> Self {
        let l = &a.spec.licence;
        AgencyRow {
            id: a.id.0,
            name: a.spec.name.clone(),
            country: country_name(&a.spec.country),
            licence_number: l.number.clone(),
            issuing_country: country_name(&l.issuing_country),
            status: l.status_on(today()).as_str(),
            valid_from: l.valid_from.to_string(),
            valid_until: l.valid_until.to_string(),
        }
    }
}

#[derive(Serialize)]
struct AgenciesView {
    agencies: Vec<AgencyRow>,
    country: String,
    countries: &'static [Choice],
    may_license: bool,
    pagination: Pagination,
}

/// May `user` license agencies somewhere (to offer the link)?
fn licenses_agencies(user: Option<&CurrentUser>) -> bool {
    user.is_some_and(|u| {
        let p = u.principal();
        p.role == Role::Admin || (p.role.is_official() && p.country.is_some())
    })
}

/// `GET /agencies?country=&page=` (public): every agency with its
/// licence's status today.
pub async fn agencies(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let country = CountryCode::parse(&q.country).ok();
    let (n, slice) = Pagination::requested(q.page.as_deref());
    match act::agencies(&state, country.as_ref(), slice).await {
        Ok(found) => {
            let code = country.map(|c| c.to_string()).unwrap_or_default();
            page.render(
                "organisations/agencies.html",
                AgenciesView {
                    agencies: found.items.iter().map(AgencyRow::from).collect(),
                    pagination: Pagination::new("/agencies", &[("country", &code)], n, found.total),
                    country: code,
                    countries: options::countries(),
                    may_license: licenses_agencies(page.user.as_ref()),
                },
            )
        }
        Err(e) => page.error(&e),
    }
}

fn licence_history_rows(events: &[LicenceEvent]) -> Vec<HistoryRow> {
    events
        .iter()
        .rev()
        .map(|e| HistoryRow {
            action: e.action.as_str(),
            status: e.status.as_str(),
            valid_until: e.valid_until.to_string(),
            reason: e.reason.clone(),
            on: e.at.format("%Y-%m-%d").to_string(),
        })
        .collect()
}

/// The actions a licence in this state can be given from its page.
fn offered_actions(l: &Licence) -> Vec<&'static str> {
    let probe = |action| {
        apply_licence_change(
            l,
            &LicenceChange {
                action,
                reason: "-".into(),
                valid_until: Some(l.valid_until.max(today()) + chrono::Duration::days(365)),
            },
            today(),
        )
        .is_ok()
    };
    [
        LicenceAction::Renew,
        LicenceAction::Suspend,
        LicenceAction::Reinstate,
        LicenceAction::Revoke,
    ]
    .into_iter()
    .filter(|a| probe(*a))
    .map(LicenceAction::as_str)
    .collect()
}

#[derive(Serialize)]
struct JobOrderRow {
    id: i64,
    title: String,
    status: &'static str,
    positions: u32,
    start: String,
}

#[derive(Serialize)]
struct AgencyView {
    agency: AgencyRow,
    history: Vec<HistoryRow>,
    /// Actions offered to an official of the issuing country.
    actions: Vec<&'static str>,
    done: String,
    values: BTreeMap<String, String>,
    errors: FormErrors,
    /// The recruiter's own agency page: with its job orders.
    own: bool,
    job_orders: Vec<JobOrderRow>,
    pagination: Option<Pagination>,
}

async fn agency_view(
    page: &Page,
    state: &AppState,
    id: AgencyId,
    done: String,
    values: BTreeMap<String, String>,
    errors: FormErrors,
) -> Result<AgencyView, ApiError> {
    let a = act::agency(state, id).await?;
    let history = act::licence_history(state, id).await?;
    let may = page.user.as_ref().is_some_and(|u| {
        u.principal()
            .may_license_agency(&a.spec.licence.issuing_country)
            .is_ok()
    });
    Ok(AgencyView {
        agency: AgencyRow::from(&a),
        history: licence_history_rows(&history),
        actions: if may {
            offered_actions(&a.spec.licence)
        } else {
            vec![]
        },
        done,
        values,
        errors,
        own: false,
        job_orders: vec![],
        pagination: None,
    })
}

const LICENCE_DONE: [&str; 5] = ["licensed", "renew", "suspend", "reinstate", "revoke"];

/// `GET /agencies/{id}` (public): the agency, its licence today and the
/// licence's history with reasons; the licence's actions for officials of
/// the issuing country.
pub async fn agency(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<DoneQuery>,
) -> Response {
    let done = done_notice(q.done, &LICENCE_DONE);
    match agency_view(
        &page,
        &state,
        AgencyId(id),
        done,
        BTreeMap::new(),
        FormErrors::default(),
    )
    .await
    {
        Ok(v) => page.render("organisations/agency.html", v),
        Err(e) => page.error(&e),
    }
}

/// The form field of a licence action's rule.
fn licence_field(action: LicenceAction) -> impl Fn(&str) -> String {
    move |path| match path {
        "valid_until" => format!("{}-valid-until", action.as_str()),
        _ => format!("{}-reason", action.as_str()),
    }
}

fn licence_change(
    action: LicenceAction,
    form: &FormData,
    errors: &mut FormErrors,
    page: &Page,
) -> LicenceChange {
    let valid_until = match (action, form.get("valid_until")) {
        (LicenceAction::Renew, "") => None,
        (LicenceAction::Renew, text) => options::date(
            errors,
            "renew-valid-until",
            text,
            &page.t("form-date-invalid"),
        ),
        _ => None,
    };
    LicenceChange {
        action,
        reason: form.get("reason").to_string(),
        valid_until,
    }
}

/// `POST /agencies/{id}/renew`, `/suspend` or `/reinstate`.
pub async fn change_licence(
    State(state): State<AppState>,
    page: Page,
    ApiPath((id, action)): ApiPath<(i64, String)>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let action = match LicenceAction::parse(&action) {
        Some(a @ (LicenceAction::Renew | LicenceAction::Suspend | LicenceAction::Reinstate)) => a,
        _ => return page.error(&ApiError::NotFound(action)),
    };
    let mut errors = FormErrors::default();
    let change = licence_change(action, &form, &mut errors, &page);
    let outcome = if errors.is_empty() {
        act::change_licence(&state, &user, AgencyId(id), &change).await
    } else {
        // The date could not be read: check the rest too, so every error
        // shows at once.
        match act::agency(&state, AgencyId(id)).await {
            Ok(a) => Err(ApiError::Unprocessable(
                apply_licence_change(&a.spec.licence, &change, today())
                    .err()
                    .unwrap_or_default(),
            )),
            Err(e) => Err(e),
        }
    };
    match outcome {
        Ok(_) => redirect(&format!("/agencies/{id}?done={}", action.as_str())),
        Err(ApiError::Unprocessable(v)) => {
            add_new(
                &mut errors,
                form_errors(&page, &v, "org-error", licence_field(action)),
            );
            match agency_view(
                &page,
                &state,
                AgencyId(id),
                String::new(),
                form.values(),
                errors,
            )
            .await
            {
                Ok(view) => unprocessable(page.render("organisations/agency.html", view)),
                Err(e) => page.error(&e),
            }
        }
        Err(e) => page.error(&e),
    }
}

#[derive(Serialize)]
struct RevokeView {
    agency: AgencyRow,
    values: BTreeMap<String, String>,
    errors: FormErrors,
}

/// The agency, if `user` may change its licence (a refusal is shown as a
/// page, before any form).
async fn licensed_by(
    page: &Page,
    state: &AppState,
    id: AgencyId,
) -> Result<(CurrentUser, Agency), Response> {
    let user = page.signed_in()?.clone();
    let a = act::agency(state, id).await.map_err(|e| page.error(&e))?;
    user.principal()
        .may_license_agency(&a.spec.licence.issuing_country)
        .map_err(|d| page.error(&d.into()))?;
    Ok((user, a))
}

/// `GET /agencies/{id}/revoke`: what revoking means, the reason and a
/// confirmation.
pub async fn revoke_form(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
) -> Response {
    let a = match licensed_by(&page, &state, AgencyId(id)).await {
        Ok((_, a)) => a,
        Err(r) => return r,
    };
    page.render(
        "organisations/revoke.html",
        RevokeView {
            agency: AgencyRow::from(&a),
            values: BTreeMap::new(),
            errors: FormErrors::default(),
        },
    )
}

/// `POST /agencies/{id}/revoke`: only with the confirmation ticked and a
/// reason; every error shown at once.
pub async fn revoke(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    if let Err(r) = page.check_csrf(&form) {
        return r;
    }
    let (user, a) = match licensed_by(&page, &state, AgencyId(id)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let change = LicenceChange {
        action: LicenceAction::Revoke,
        reason: form.get("reason").to_string(),
        valid_until: None,
    };
    let outcome = if form.get("confirm") == "yes" {
        act::change_licence(&state, &user, a.id, &change).await
    } else {
        // Not confirmed: nothing is written, but the reason is checked too
        // so every error shows at once.
        let mut v = apply_licence_change(&a.spec.licence, &change, today())
            .err()
            .unwrap_or_default();
        v.push(
            "confirm",
            "confirmation_required",
            "tick the box to confirm the revocation",
        );
        Err(ApiError::Unprocessable(v))
    };
    match outcome {
        Ok(_) => redirect(&format!("/agencies/{id}?done=revoke")),
        Err(ApiError::Unprocessable(v)) => {
            let errors = form_errors(&page, &v, "org-error", |path| match path {
                "confirm" => "confirm".into(),
                _ => "revoke-reason".into(),
            });
            unprocessable(page.render(
                "organisations/revoke.html",
                RevokeView {
                    agency: AgencyRow::from(&a),
                    values: form.values(),
                    errors,
                },
            ))
        }
        Err(e) => page.error(&e),
    }
}

#[derive(Serialize)]
struct NewAgencyView {
    values: BTreeMap<String, String>,
    errors: FormErrors,
    countries: &'static [Choice],
}

/// `GET /agencies/new`.
pub async fn new_agency(page: Page) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    if !licenses_agencies(Some(user)) {
        return page.error(&ApiError::Forbidden(page.t("org-agency-license-only")));
    }
    let mut values = BTreeMap::new();
    if let Some(c) = &user.principal().country {
        values.insert("country".to_string(), c.to_string());
        values.insert("issuing_country".to_string(), c.to_string());
    }
    values.insert("valid_from".to_string(), today().to_string());
    page.render(
        "organisations/new_agency.html",
        NewAgencyView {
            values,
            errors: FormErrors::default(),
            countries: options::countries(),
        },
    )
}

fn agency_field(path: &str) -> String {
    match path {
        "licence.number" => "licence-number".into(),
        "licence.valid_until" => "valid-until".into(),
        "licence.valid_from" => "valid-from".into(),
        "licence.issuing_country" => "issuing-country".into(),
        other => super::page::field_id(other),
    }
}

/// `POST /agencies`: licenses an agency (its licence issued active).
pub async fn license_agency(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let mut errors = FormErrors::default();
    let choose = page.t("form-choose-country");
    let date = page.t("form-date-invalid");
    let country = options::country(&mut errors, "country", form.get("country"), &choose);
    let issuing = options::country(
        &mut errors,
        "issuing-country",
        form.get("issuing_country"),
        &choose,
    );
    let from = options::date(&mut errors, "valid-from", form.get("valid_from"), &date);
    let until = options::date(&mut errors, "valid-until", form.get("valid_until"), &date);
    let stand_in = CountryCode::parse("MEX").expect("MEX exists");
    let spec = AgencySpec {
        name: form.get("name").to_string(),
        country: country.clone().unwrap_or_else(|| stand_in.clone()),
        licence: Licence {
            number: form.get("licence_number").to_string(),
            issuing_country: issuing.clone().unwrap_or(stand_in),
            status: LicenceStatus::Active,
            valid_from: from.unwrap_or_else(today),
            valid_until: until.unwrap_or_else(|| from.unwrap_or_else(today)),
        },
    };
    let outcome = if errors.is_empty() {
        act::license_agency(&state, &user, &spec).await
    } else {
        Err(ApiError::Unprocessable(
            spec.validate().err().unwrap_or_default(),
        ))
    };
    let rerender = |errors: FormErrors| {
        unprocessable(page.render(
            "organisations/new_agency.html",
            NewAgencyView {
                values: form.values(),
                errors,
                countries: options::countries(),
            },
        ))
    };
    match outcome {
        Ok(a) => redirect(&format!("/agencies/{}?done=licensed", a.id)),
        Err(ApiError::Unprocessable(v)) => {
            add_new(
                &mut errors,
                form_errors(&page, &v, "org-error", agency_field),
            );
            rerender(errors)
        }
        Err(ApiError::Conflict(_)) => {
            errors.push("licence-number", page.t("org-licence-number-taken"));
            rerender(errors)
        }
        Err(e) => page.error(&e),
    }
}

// -------------------------------------------------------- the recruiter's

/// `GET /agency?page=`: the recruiter's own agency, its licence and
/// history, and the job orders it handles.
pub async fn own_agency(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<DoneQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    let (n, paging) = Pagination::paging(q.page.as_deref());
    let result = async {
        let own = act::own_agency(&state, user, paging).await?;
        let mut view = agency_view(
            &page,
            &state,
            own.agency.id,
            String::new(),
            BTreeMap::new(),
            FormErrors::default(),
        )
        .await?;
        view.own = true;
        view.job_orders = own
            .job_orders
            .items
            .iter()
            .map(|j| JobOrderRow {
                id: j.id.0,
                title: j.spec.display_title(),
                status: j.status.as_str(),
                positions: j.spec.positions,
                start: j.spec.start_date.to_string(),
            })
            .collect();
        view.pagination = Some(Pagination::new("/agency", &[], n, own.job_orders.total));
        Ok::<_, ApiError>(view)
    }
    .await;
    match result {
        Ok(v) => page.render("organisations/agency.html", v),
        Err(e) => page.error(&e),
    }
}
