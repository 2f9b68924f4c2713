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
use corridor_domain::ids::{EmployerId, JobOrderId, ProgrammeId};
use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::organisation::Employer;
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
    /// Shown after signing up: the same words whether or not the e-mail
    /// was new.
    signed_up: bool,
    next: String,
}

/// Where to go after signing in, when the request names a path on this
/// site (never another site: `//host` and `/\host` are refused).
pub(crate) fn safe_next(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control());
    ok.then_some(next)
}

/// The sign-in form with a fresh double-submit token.
pub(crate) fn sign_in_page(
    state: &AppState,
    layout: &Layout,
    email: String,
    failed: bool,
    signed_up: bool,
    next: &str,
) -> Response {
    let token = auth::new_token();
    let mut res = page(
        layout,
        "sign_in.html",
        SignInCtx {
            login_csrf: token.clone(),
            email,
            failed,
            signed_up,
            next: safe_next(next).unwrap_or_default().to_string(),
        },
    );
    set_cookie(
        &mut res,
        &auth::set_cookie(state, state.config.login_csrf_cookie(), &token, 3600),
    );
    res
}

/// The `next` of a query string.
#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: Option<String>,
}

/// `GET /sign-in`: the form, with a fresh double-submit token.
pub async fn sign_in_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    axum::extract::Query(q): axum::extract::Query<NextQuery>,
) -> Response {
    sign_in_page(
        &state,
        &layout(&headers, &uri, None),
        String::new(),
        false,
        false,
        q.next.as_deref().unwrap_or_default(),
    )
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
    #[serde(default)]
    next: String,
}

/// Where a signed-in user lands: `next` when it is a path here, else their
/// role's start page.
pub(crate) fn landing(user: &corridor_store::User, next: &str) -> String {
    if let Some(n) = safe_next(next) {
        return n.to_string();
    }
    if user.principal.role == Role::Worker {
        "/jobs".into()
    } else {
        "/dashboard".into()
    }
}

/// `POST /sign-in`: checks the double-submit token, then the password;
/// issues a new session (ending any the browser held). An account that
/// signs in in two steps gets a session that can only enter the code
/// (`/sign-in/code`); an official or administrator without two-step
/// sign-in one that can only set it up (`/me/two-factor`).
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    extensions: axum::http::Extensions,
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
    let address = auth::client_address(&extensions);
    let (user, stage) = match auth::authenticate(&state, &form.email, &form.password, address).await
    {
        Ok(u) => u,
        Err(ApiError::Unauthorized(_)) => {
            let mut res = sign_in_page(&state, &l, form.email, true, false, &form.next);
            *res.status_mut() = StatusCode::UNAUTHORIZED;
            return res;
        }
        Err(e) => return error_page(&l, &e),
    };
    let previous = auth::cookie(&headers, state.config.session_cookie());
    let (token, _csrf) = match auth::start_session(&state, &user, previous.as_deref(), stage).await
    {
        Ok(t) => t,
        Err(e) => return error_page(&l, &e),
    };
    let target = match stage {
        auth::Stage::Full => landing(&user, &form.next),
        auth::Stage::Code => match safe_next(&form.next) {
            Some(n) => format!("/sign-in/code?next={}", super::page::urlencode(n)),
            None => "/sign-in/code".into(),
        },
        auth::Stage::Enrol => "/me/two-factor".into(),
    };
    let mut res = redirect(&target);
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
    let mut programme_ids: Vec<ProgrammeId> = jobs.iter().map(|j| j.spec.programme_id).collect();
    programme_ids.sort();
    programme_ids.dedup();
    let mut employer_ids: Vec<EmployerId> = jobs.iter().map(|j| j.spec.employer_id).collect();
    employer_ids.sort();
    employer_ids.dedup();
    let programmes: HashMap<ProgrammeId, Programme> = state
        .store
        .programmes_by_id(&programme_ids)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let employers: HashMap<EmployerId, Employer> = state
        .store
        .employers_by_id(&employer_ids)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    jobs.iter()
        .map(|jo| {
            match (
                programmes.get(&jo.spec.programme_id),
                employers.get(&jo.spec.employer_id),
            ) {
                (Some(p), Some(e)) => Ok(JobView::new(jo, p, e)),
                _ => Err(ApiError::Internal(format!(
                    "job order {} names a missing programme or employer",
                    jo.id
                ))),
            }
        })
        .collect()
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

/// One task on a dashboard: where it leads, and a count when it has one.
#[derive(Serialize)]
struct Task {
    href: String,
    key: &'static str,
    count: Option<i64>,
}

fn task(href: impl Into<String>, key: &'static str, count: Option<i64>) -> Task {
    Task {
        href: href.into(),
        key,
        count,
    }
}

/// `GET /dashboard`: each role's work, as tasks that lead to its pages.
pub async fn dashboard(State(state): State<AppState>, page: super::page::Page) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let p = user.principal().clone();
    if p.role == Role::Worker {
        return redirect("/me");
    }
    let result = async {
        let one = Page::new(Some(1), None);
        let count_orders = |filter: JobOrderFilter| {
            let state = state.clone();
            async move { state.store.job_orders(&filter, one).await.map(|l| l.total) }
        };
        let mut tasks = vec![];
        let mut programmes = vec![];
        match p.role {
            Role::Employer | Role::Recruiter => {
                let scoped = |status| {
                    let mut f = JobOrderFilter {
                        status: Some(status),
                        ..Default::default()
                    };
                    if p.role == Role::Employer {
                        f.employer_id = Some(p.employer_id.unwrap_or(EmployerId(-1)));
                    } else {
                        f.agency_id = Some(p.agency_id.unwrap_or(corridor_domain::ids::AgencyId(-1)));
                    }
                    f
                };
                tasks.push(task("/job-orders/new", "job-orders-post", None));
                for (status, key) in [
                    (JobOrderStatus::Open, "dashboard-open-job-orders"),
                    (JobOrderStatus::PendingApproval, "dashboard-pending-job-orders"),
                    (JobOrderStatus::Closed, "dashboard-closed-job-orders"),
                ] {
                    let n = count_orders(scoped(status)).await?;
                    tasks.push(task(format!("/job-orders?status={}", status.as_str()), key, Some(n)));
                }
                if p.role == Role::Recruiter {
                    tasks.push(task("/agency", "dashboard-agency", None));
                }
            }
            Role::OriginOfficial | Role::DestinationOfficial | Role::Admin => {
                let country = if p.role == Role::Admin { None } else { p.country.clone() };
                let list = state
                    .store
                    .programmes(country.as_ref(), None, Page::new(Some(100), None))
                    .await?;
                programmes = list
                    .items
                    .iter()
                    .map(|x| serde_json::json!({"id": x.id.0, "name": x.spec.name, "corridor": x.corridor()}))
                    .collect();
                let pending = count_orders(JobOrderFilter {
                    status: Some(JobOrderStatus::PendingApproval),
                    country: country.clone(),
                    ..Default::default()
                })
                .await?;
                let violations = state.store.fee_violations(country.as_ref(), one).await?.total;
                if p.role != Role::OriginOfficial {
                    tasks.push(task(
                        "/job-orders?status=pending_approval",
                        "dashboard-pending-approval",
                        Some(pending),
                    ));
                }
                tasks.push(task("/job-orders?status=open", "dashboard-open-job-orders", None));
                tasks.push(task("/placements", "dashboard-placements", None));
                tasks.push(task("/match-rounds", "dashboard-match-rounds", None));
                tasks.push(task("/match-rounds/new", "official-round-new", None));
                tasks.push(task("/programmes", "dashboard-programmes", Some(list.total)));
                tasks.push(task("/programmes/new", "official-programme-new", None));
                if p.role != Role::DestinationOfficial {
                    tasks.push(task("/workers/new", "dashboard-register-worker", None));
                    tasks.push(task("/agencies", "dashboard-agencies", None));
                    tasks.push(task("/agencies/new", "org-agency-license", None));
                }
                if p.role != Role::OriginOfficial {
                    tasks.push(task("/employers", "dashboard-employers", None));
                    tasks.push(task("/employers/new", "org-employer-register", None));
                }
                tasks.push(task("/fee-violations", "dashboard-violations", Some(violations)));
                tasks.push(task("/audit-log", "dashboard-audit-log", None));
                if p.role == Role::Admin {
                    tasks.push(task("/admin/users", "dashboard-users", None));
                    tasks.push(task("/admin/users/new", "admin-new-user", None));
                }
                tasks.push(task("/stats", "dashboard-statistics", None));
            }
            Role::Researcher => {
                tasks.push(task("/stats", "dashboard-statistics", None));
            }
            Role::Worker => {}
        }
        Ok::<_, ApiError>(serde_json::json!({
            "tasks": tasks,
            "programmes": programmes,
            "researcher": p.role == Role::Researcher,
        }))
    }
    .await;
    match result {
        Ok(ctx) => page.render("dashboard.html", ctx),
        Err(e) => page.error(&e),
    }
}
