//! Page handlers. They use the same store calls, access rules and audit as
//! the API; only the output differs.

use super::view::{self, JobView};
use super::{Layout, RENDERER, error_page, redirect, request_lang};
use crate::AppState;
use crate::actions::placements::{ApplyRequest, apply as apply_as};
use crate::api::{audit_read, today};
use crate::auth::{self, CurrentUser, MaybeUser};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use corridor_domain::access::Role;
use corridor_domain::ids::{EmployerId, JobOrderId, PlacementId, ProgrammeId};
use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::organisation::Employer;
use corridor_domain::placement::PlacementStatus;
use corridor_domain::programme::Programme;
use corridor_store::{JobOrderFilter, Page, PlacementFilter};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

fn layout(headers: &HeaderMap, uri: &Uri, user: Option<&CurrentUser>) -> Layout {
    Layout::new(request_lang(headers, uri.query()), user)
}

fn page<S: Serialize>(layout: &Layout, template: &str, ctx: S) -> Response {
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

/// `GET /`.
pub async fn home(headers: HeaderMap, uri: Uri, MaybeUser(user): MaybeUser) -> Response {
    page(&layout(&headers, &uri, user.as_ref()), "home.html", ())
}

#[derive(Serialize)]
struct SignInCtx {
    login_csrf: String,
    email: String,
    failed: bool,
}

/// `GET /sign-in`: the form, with a fresh double-submit token.
pub async fn sign_in_form(State(state): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    let token = auth::new_token();
    let mut res = page(
        &layout(&headers, &uri, None),
        "sign_in.html",
        SignInCtx {
            login_csrf: token.clone(),
            email: String::new(),
            failed: false,
        },
    );
    set_cookie(
        &mut res,
        &auth::set_cookie(&state, state.config.login_csrf_cookie(), &token, 3600),
    );
    res
}

fn set_cookie(res: &mut Response, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// The sign-in form.
#[derive(Deserialize)]
pub struct SignInForm {
    email: String,
    password: String,
    csrf: String,
}

/// `POST /sign-in`: checks the double-submit token, then the password;
/// issues a new session (ending any the browser held).
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<SignInForm>,
) -> Response {
    let l = layout(&headers, &uri, None);
    let expected = auth::cookie(&headers, state.config.login_csrf_cookie()).unwrap_or_default();
    if expected.is_empty() || !auth::secrets_equal(&expected, &form.csrf) {
        return error_page(
            &l,
            &ApiError::Forbidden(
                "the sign-in form has expired; reload the page and try again".into(),
            ),
        );
    }
    let user = match auth::authenticate(&state, &form.email, &form.password).await {
        Ok(u) => u,
        Err(ApiError::Unauthorized(_)) => {
            let token = auth::new_token();
            let mut res = page(
                &l,
                "sign_in.html",
                SignInCtx {
                    login_csrf: token.clone(),
                    email: form.email,
                    failed: true,
                },
            );
            *res.status_mut() = StatusCode::UNAUTHORIZED;
            set_cookie(
                &mut res,
                &auth::set_cookie(&state, state.config.login_csrf_cookie(), &token, 3600),
            );
            return res;
        }
        Err(e) => return error_page(&l, &e),
    };
    let previous = auth::cookie(&headers, state.config.session_cookie());
    let (token, _csrf) = match auth::start_session(&state, &user, previous.as_deref()).await {
        Ok(t) => t,
        Err(e) => return error_page(&l, &e),
    };
    let target = if user.principal.role == Role::Worker {
        "/jobs"
    } else {
        "/dashboard"
    };
    let mut res = redirect(target);
    set_cookie(
        &mut res,
        &auth::set_cookie(
            &state,
            state.config.session_cookie(),
            &token,
            state.config.session_hours * 3600,
        ),
    );
    set_cookie(
        &mut res,
        &auth::set_cookie(&state, state.config.login_csrf_cookie(), "", 0),
    );
    res
}

/// A form carrying only the CSRF token.
#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

/// `POST /sign-out`.
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
    Form(form): Form<CsrfForm>,
) -> Response {
    let Some(user) = user else {
        return redirect("/");
    };
    if let Err(e) = user.check_csrf(&form.csrf) {
        return error_page(&layout(&headers, &uri, Some(&user)), &e);
    }
    if let auth::Credential::Session { token, .. } = &user.credential
        && let Err(e) = state.store.delete_session(&auth::token_hash(token)).await
    {
        return error_page(&layout(&headers, &uri, Some(&user)), &e.into());
    }
    let mut res = redirect("/");
    set_cookie(
        &mut res,
        &auth::set_cookie(&state, state.config.session_cookie(), "", 0),
    );
    res
}

/// "Mexico → Canada" from two stored ISO codes.
pub(crate) fn country_names(origin: &str, destination: &str) -> String {
    let name = |c: &str| {
        corridor_reference::country(c).map_or_else(|| c.to_string(), |x| x.name.to_string())
    };
    format!("{} → {}", name(origin), name(destination))
}

/// Programme and employer lookups for a list of job orders, fetched once
/// each.
async fn job_views(state: &AppState, jobs: &[JobOrder]) -> Result<Vec<JobView>, ApiError> {
    let mut programmes: HashMap<ProgrammeId, Programme> = HashMap::new();
    let mut employers: HashMap<EmployerId, Employer> = HashMap::new();
    let mut out = Vec::with_capacity(jobs.len());
    for jo in jobs {
        if !programmes.contains_key(&jo.spec.programme_id) {
            let p = state.store.programme(jo.spec.programme_id).await?;
            programmes.insert(p.id, p);
        }
        if !employers.contains_key(&jo.spec.employer_id) {
            let e = state.store.employer(jo.spec.employer_id).await?;
            employers.insert(e.id, e);
        }
        out.push(JobView::new(
            jo,
            &programmes[&jo.spec.programme_id],
            &employers[&jo.spec.employer_id],
        ));
    }
    Ok(out)
}

/// `GET /jobs`: open job orders; a worker sees those of programmes that
/// recruit from their country of citizenship or residence.
pub async fn jobs(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
) -> Response {
    let l = layout(&headers, &uri, user.as_ref());
    let result = async {
        let mut filter = JobOrderFilter {
            status: Some(JobOrderStatus::Open),
            ..Default::default()
        };
        let mut for_worker = false;
        let mut recommended = vec![];
        if let Some(u) = &user
            && let (Role::Worker, Some(w)) = (u.principal().role, u.principal().worker_id)
        {
            recommended = recommendations(&state, u, w, l.lang).await?;
            let worker = state.store.worker(w).await?;
            let mut origins = worker.spec.citizenships.clone();
            origins.push(worker.spec.country_of_residence.clone());
            filter.origins = Some(origins);
            filter.starts_from = Some(today());
            for_worker = true;
        }
        let list = state
            .store
            .job_orders(&filter, Page::new(Some(100), None))
            .await?;
        let jobs = job_views(&state, &list.items).await?;
        Ok::<_, ApiError>(serde_json::json!({
            "jobs": jobs, "total": list.total, "for_worker": for_worker,
            "recommended": recommended,
        }))
    }
    .await;
    match result {
        Ok(ctx) => page(&l, "jobs.html", ctx),
        Err(e) => error_page(&l, &e),
    }
}

/// The worker's top job orders from the matching index, each with its
/// explanation in the page's language (none when they did not consent to
/// matching).
async fn recommendations(
    state: &AppState,
    user: &CurrentUser,
    worker: corridor_domain::ids::WorkerId,
    lang: &str,
) -> Result<Vec<serde_json::Value>, ApiError> {
    let found = state
        .matching
        .read(&state.store, |index| {
            let vocabulary = index.vocabulary();
            index
                .recommendations(corridor_matching::WorkerId(worker.0 as u32), 5)
                .unwrap_or_default()
                .into_iter()
                .map(|c| {
                    let why: Vec<String> = c
                        .score
                        .parts
                        .iter()
                        .map(|p| view::score_part(lang, p, vocabulary))
                        .collect();
                    (c, why)
                })
                .collect::<Vec<_>>()
        })
        .await?;
    audit_read(state, user, "recommendations", worker).await?;
    let mut out = vec![];
    for (c, why) in found {
        let jo = state
            .store
            .job_order(JobOrderId(i64::from(c.job_order.0)))
            .await?;
        let title = jo.spec.display_title();
        out.push(serde_json::json!({
            "id": jo.id.0,
            "title": title,
            "score": c.score.total,
            "why": why,
        }));
    }
    Ok(out)
}

/// `GET /jobs/{id}`: one job order, every condition spelled out.
pub async fn job(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
    ApiPath(id): ApiPath<i64>,
) -> Response {
    let l = layout(&headers, &uri, user.as_ref());
    let result = async {
        let jo = state.store.job_order(JobOrderId(id)).await?;
        let programme = state.store.programme(jo.spec.programme_id).await?;
        if jo.status != JobOrderStatus::Open {
            let allowed = user.as_ref().is_some_and(|u| {
                u.principal()
                    .may_manage_job_order(&programme, jo.spec.employer_id, jo.spec.agency_id)
                    .is_ok()
            });
            if !allowed {
                return Err(ApiError::NotFound(format!("job order {id}")));
            }
        }
        let employer = state.store.employer(jo.spec.employer_id).await?;
        let mut applied = false;
        if let Some(w) = user.as_ref().and_then(|u| u.principal().worker_id) {
            applied = state
                .store
                .placements(
                    &PlacementFilter {
                        worker_id: Some(w),
                        job_order_id: Some(jo.id),
                        ..Default::default()
                    },
                    Page::new(Some(1), None),
                )
                .await?
                .total
                > 0;
        }
        Ok::<_, ApiError>(serde_json::json!({
            "job": JobView::new(&jo, &programme, &employer),
            "applied": applied,
        }))
    }
    .await;
    match result {
        Ok(ctx) => page(&l, "job.html", ctx),
        Err(e) => error_page(&l, &e),
    }
}

/// `POST /jobs/{id}/apply`: a signed-in worker applies.
pub async fn apply(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
    ApiPath(id): ApiPath<i64>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let Some(user) = user else {
        return redirect("/sign-in");
    };
    let l = layout(&headers, &uri, Some(&user));
    if let Err(e) = user.check_csrf(&form.csrf) {
        return error_page(&l, &e);
    }
    let req = ApplyRequest {
        job_order_id: JobOrderId(id),
        worker_id: None,
        note: String::new(),
        consent_statement: None,
    };
    match apply_as(&state, &user, &req).await {
        Ok(view) => redirect(&format!("/placements/{}", view.placement.id)),
        Err(e) => error_page(&l, &e),
    }
}

/// `GET /me/placements`: a worker's applications.
pub async fn my_placements(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
) -> Response {
    let Some(user) = user else {
        return redirect("/sign-in");
    };
    let l = layout(&headers, &uri, Some(&user));
    let result = async {
        let Some(w) = user.principal().worker_id else {
            return Err(ApiError::Forbidden("this page is for workers".into()));
        };
        let list = state
            .store
            .placements(
                &PlacementFilter {
                    worker_id: Some(w),
                    ..Default::default()
                },
                Page::new(Some(200), None),
            )
            .await?;
        audit_read(&state, &user, "placement_list", w).await?;
        let mut items = vec![];
        for p in &list.items {
            let jo = state.store.job_order(p.placement.job_order_id).await?;
            items.push(serde_json::json!({
                "id": p.placement.id.0,
                "status": p.placement.status.as_str(),
                "job_title": jo.spec.display_title(),
                "corridor": country_names(&p.origin, &p.destination),
            }));
        }
        Ok::<_, ApiError>(serde_json::json!({ "placements": items }))
    }
    .await;
    match result {
        Ok(ctx) => page(&l, "placements.html", ctx),
        Err(e) => error_page(&l, &e),
    }
}

/// `GET /placements/{id}`: one placement: its timeline, the contract's
/// terms, its fee ledger (who paid what), and for the worker, withdrawing
/// and reporting a payment they were made to pay.
pub async fn placement(
    State(state): State<AppState>,
    page: super::page::Page,
    ApiPath(id): ApiPath<i64>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match placement_view(&state, &user, PlacementId(id), page.lang).await {
        Ok(v) => page.render("placement.html", v),
        Err(e) => page.error(&e),
    }
}

/// What the placement page shows, with an empty report form.
pub(crate) async fn placement_view(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    lang: &str,
) -> Result<serde_json::Value, ApiError> {
    let (view, events) = crate::actions::placements::events(state, user, id).await?;
    let payments = crate::actions::placements::payments(state, user, id).await?;
    let jo = state.store.job_order(view.placement.job_order_id).await?;
    let is_worker = user.principal().worker_id == Some(view.placement.worker_id);
    let currency = jo.spec.wage.amount.currency().to_string();
    let r = &*super::RENDERER;
    let party =
        |p: corridor_domain::ledger::Party| r.message(lang, &format!("party-{}", p.as_str()));
    Ok(serde_json::json!({
        "placement": {
            "id": view.placement.id.0,
            "job_order_id": jo.id.0,
            "job_title": jo.spec.display_title(),
            "status": view.placement.status.as_str(),
            "corridor": country_names(&view.origin, &view.destination),
        },
        "events": events.iter().map(|e| serde_json::json!({
            "to": e.to.as_str(),
            "on": e.occurred_on.to_string(),
            "note": e.note,
        })).collect::<Vec<_>>(),
        "contract": view.placement.contract.as_ref().map(|c| serde_json::json!({
            "language": c.language.name(),
            "wage": c.wage.to_string(),
            "hours": format!("{} – {}", c.guaranteed_hours_per_week, c.max_hours_per_week),
            "start": c.start_date.to_string(),
            "months": c.duration_months,
            "housing": c.housing.provided,
            "medical": c.medical.as_str(),
            "return_paid": c.return_travel_paid_by_employer,
        })),
        "payments": payments.iter().map(|p| serde_json::json!({
            "on": p.spec.paid_on.to_string(),
            "who": r.message_with(lang, "placement-paid-by", &[
                ("payer", party(p.spec.payer).into()),
                ("payee", party(p.spec.payee).into()),
            ]),
            "category": p.spec.category.as_str(),
            "amount": p.spec.amount.to_string(),
            "violation": p.violation.is_some(),
            "note": p.spec.note,
        })).collect::<Vec<_>>(),
        "is_worker": is_worker,
        "can_withdraw": is_worker && view.placement.status.can_move_to(PlacementStatus::Withdrawn),
        "report": {"currency": currency, "paid_on": crate::actions::today().to_string()},
        "categories": corridor_domain::ledger::PaymentCategory::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        "payees": ["agency", "employer", "government", "third_party"],
    }))
}

/// `POST /placements/{id}/payments`: the worker reports a payment (or a
/// recruiter or employer records one); every error at its field.
pub async fn record_payment(
    State(state): State<AppState>,
    page: super::page::Page,
    ApiPath(id): ApiPath<i64>,
    form: super::page::FormData,
) -> Response {
    use super::page::FormErrors;
    use corridor_domain::ledger::{Party, PaymentCategory, PaymentSpec};
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let mut errors = FormErrors::default();
    let is_worker = user.principal().role == Role::Worker;
    let enum_of = |v: &str| serde_json::Value::String(v.to_string());
    let payer: Option<Party> = if is_worker {
        Some(Party::Worker)
    } else {
        serde_json::from_value(enum_of(form.get("payer"))).ok()
    };
    if payer.is_none() {
        errors.push("payer", page.t("form-choose"));
    }
    let payee: Option<Party> = serde_json::from_value(enum_of(form.get("payee"))).ok();
    if payee.is_none() {
        errors.push("payee", page.t("form-choose"));
    }
    let category: Option<PaymentCategory> =
        serde_json::from_value(enum_of(form.get("category"))).ok();
    if category.is_none() {
        errors.push("category", page.t("form-choose"));
    }
    let amount = corridor_domain::codes::CurrencyCode::parse(form.get("currency"))
        .ok()
        .and_then(|c| corridor_domain::money::Money::parse(form.get("amount"), c).ok());
    if amount.is_none() {
        errors.push("amount", page.t("form-amount-invalid"));
    }
    let paid_on = super::options::date(
        &mut errors,
        "paid-on",
        form.get("paid_on"),
        &page.t("form-date-invalid"),
    );
    let result = match (payer, payee, category, amount, paid_on) {
        (Some(payer), Some(payee), Some(category), Some(amount), Some(paid_on))
            if errors.is_empty() =>
        {
            let spec = PaymentSpec {
                payer,
                payee,
                category,
                amount,
                paid_on,
                note: form.get("note").to_string(),
            };
            match crate::actions::placements::record_payment(&state, &user, PlacementId(id), &spec)
                .await
            {
                Ok(_) => Ok(()),
                Err(ApiError::Unprocessable(v)) => Err(FormErrors::from_violations(
                    page.lang,
                    &v,
                    super::page::field_id,
                )),
                Err(e) => return page.error(&e),
            }
        }
        _ => Err(errors),
    };
    match result {
        Ok(()) => redirect(&format!("/placements/{id}?reported=1#ledger")),
        Err(errors) => match placement_view(&state, &user, PlacementId(id), page.lang).await {
            Ok(mut v) => {
                v["errors"] = serde_json::to_value(&errors).unwrap_or_default();
                v["values"] = serde_json::to_value(form.values()).unwrap_or_default();
                let mut res = page.render("placement.html", v);
                *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                res
            }
            Err(e) => page.error(&e),
        },
    }
}

/// `GET /dashboard`: what each role works on.
pub async fn dashboard(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    MaybeUser(user): MaybeUser,
) -> Response {
    let Some(user) = user else {
        return redirect("/sign-in");
    };
    let l = layout(&headers, &uri, Some(&user));
    let p = user.principal().clone();
    let result = async {
        let mut programmes = vec![];
        let mut job_orders = vec![];
        let mut violations: Option<i64> = None;
        match p.role {
            Role::OriginOfficial | Role::DestinationOfficial | Role::Admin => {
                let country = if p.role == Role::Admin {
                    None
                } else {
                    p.country.as_ref()
                };
                let list = state
                    .store
                    .programmes(country, None, Page::new(Some(100), None))
                    .await?;
                programmes = list
                    .items
                    .iter()
                    .map(|x| serde_json::json!({"name": x.spec.name, "corridor": x.corridor()}))
                    .collect();
                violations = Some(
                    state
                        .store
                        .fee_violations(country, Page::new(Some(1), None))
                        .await?
                        .total,
                );
            }
            Role::Employer | Role::Recruiter => {
                // An account not linked to its organisation sees nothing.
                let filter = if p.role == Role::Employer {
                    JobOrderFilter {
                        employer_id: Some(p.employer_id.unwrap_or(EmployerId(-1))),
                        ..Default::default()
                    }
                } else {
                    JobOrderFilter {
                        agency_id: Some(p.agency_id.unwrap_or(corridor_domain::ids::AgencyId(-1))),
                        ..Default::default()
                    }
                };
                let list = state
                    .store
                    .job_orders(&filter, Page::new(Some(100), None))
                    .await?;
                job_orders = list
                    .items
                    .iter()
                    .map(|j| {
                        serde_json::json!({
                            "id": j.id.0,
                            "title": j.spec.display_title(),
                            "status": j.status.as_str(),
                            "positions": j.spec.positions,
                        })
                    })
                    .collect();
            }
            Role::Worker => return Ok(None),
            Role::Researcher => {}
        }
        Ok::<_, ApiError>(Some(serde_json::json!({
            "programmes": programmes,
            "job_orders": job_orders,
            "violations": violations,
            "researcher": p.role == Role::Researcher,
        })))
    }
    .await;
    match result {
        Ok(Some(ctx)) => page(&l, "dashboard.html", ctx),
        Ok(None) => redirect("/me/placements"),
        Err(e) => error_page(&l, &e),
    }
}
