//! The worker's pages: signing up, the profile in steps, consents with
//! their history, proposals to answer, applications (withdrawing one,
//! reporting a payment), the printable work record, and the account
//! (password, sign out everywhere, language, download, close). Every
//! handler parses its form, calls an action, and renders the result or the
//! form again with every error at its field and the values kept.

use super::options::{self, Choice};
use super::page::{FormData, FormErrors, Page, anonymous_form_ok, anonymous_form_token, field_id};
use super::redirect;
use crate::AppState;
use crate::actions::{self, account, proposals, today, workers};
use crate::auth;
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Datelike;
use corridor_domain::codes::{OccupationUri, SkillUri};
use corridor_domain::ids::{PlacementId, ProposalId};
use corridor_domain::placement::{PlacementStatus, TransitionRequest};
use corridor_domain::proposal::ProposalStatus;
use corridor_domain::worker::{
    ConsentPurpose, LanguageSkill, WorkerOccupation, WorkerProfile, WorkerProfileSpec,
};
use corridor_store::{Page as StorePage, PlacementFilter, ProposalFilter};
use serde::{Deserialize, Serialize};

/// The worker's templates.
pub const TEMPLATES: [(&str, &str); 8] = [
    (
        "worker/sign_up.html",
        include_str!("../../templates/worker/sign_up.html"),
    ),
    (
        "worker/home.html",
        include_str!("../../templates/worker/home.html"),
    ),
    (
        "worker/profile.html",
        include_str!("../../templates/worker/profile.html"),
    ),
    (
        "worker/consents.html",
        include_str!("../../templates/worker/consents.html"),
    ),
    (
        "worker/proposals.html",
        include_str!("../../templates/worker/proposals.html"),
    ),
    (
        "worker/work_record.html",
        include_str!("../../templates/worker/work_record.html"),
    ),
    (
        "worker/account.html",
        include_str!("../../templates/worker/account.html"),
    ),
    (
        "worker/close.html",
        include_str!("../../templates/worker/close.html"),
    ),
];

/// The worker's routes.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/sign-up", get(sign_up_form).post(sign_up))
        .route("/me", get(home))
        .route(
            "/me/profile",
            get(|| async { redirect("/me/profile/about") }),
        )
        .route(
            "/me/profile/{step}",
            get(profile_step).post(save_profile_step),
        )
        .route("/me/consents", get(consents).post(record_consent))
        .route("/me/proposals", get(my_proposals))
        .route("/me/proposals/{id}/{answer}", post(answer_proposal))
        .route("/me/work-record", get(work_record))
        .route("/me/account", get(account_page))
        .route("/me/account/password", post(change_password))
        .route("/me/account/sign-out-everywhere", post(sign_out_everywhere))
        .route("/me/account/language", post(set_language))
        .route("/me/account/data.json", get(download_data))
        .route("/me/account/close", get(close_form).post(close_account))
        .route("/placements/{id}/withdraw", post(withdraw))
}

/// The consent purposes, in the order the pages explain them.
const PURPOSES: [ConsentPurpose; 4] = [
    ConsentPurpose::Matching,
    ConsentPurpose::SharingWithEmployers,
    ConsentPurpose::Statistics,
    ConsentPurpose::Contact,
];

fn purpose_key(p: ConsentPurpose) -> String {
    p.as_str().replace('_', "-")
}

fn purpose_from(code: &str) -> Option<ConsentPurpose> {
    PURPOSES.into_iter().find(|p| p.as_str() == code)
}

/// The signed-in worker and their profile, or the response to send instead
/// (sign-in, or a page telling other roles this is for workers).
async fn worker_of(page: &Page, state: &AppState) -> Result<WorkerProfile, Response> {
    let user = page.signed_in()?;
    let Some(id) = user.principal().worker_id else {
        return Err(page.error(&ApiError::Forbidden(page.t("worker-only"))));
    };
    workers::read(state, user, id)
        .await
        .map_err(|e| page.error(&e))
}

// ---------------------------------------------------------------- sign up

#[derive(Serialize, Default)]
struct SignUpView {
    login_csrf: String,
    values: std::collections::BTreeMap<String, String>,
    errors: FormErrors,
    countries: &'static [Choice],
    purposes: Vec<PurposeView>,
}

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
            key: purpose_key(p),
            given: given(p),
        })
        .collect()
}

/// `GET /sign-up`.
pub async fn sign_up_form(State(state): State<AppState>, page: Page) -> Response {
    if page.user.is_some() {
        return redirect("/me");
    }
    let token = auth::new_token();
    let mut res = page.render(
        "worker/sign_up.html",
        SignUpView {
            login_csrf: token.clone(),
            countries: options::countries(),
            purposes: purposes_view(|p| p != ConsentPurpose::Contact),
            ..Default::default()
        },
    );
    anonymous_form_token(&state, &mut res, &token);
    res
}

/// `POST /sign-up`: the account and the profile's first part together.
/// The answer does not say whether the e-mail already had an account: the
/// same page says "if this e-mail is new, your account is ready" and asks
/// for the password to sign in, after which the worker continues with the
/// profile (someone who already had an account signs in as usual; nothing
/// of theirs was changed).
pub async fn sign_up(
    State(state): State<AppState>,
    page: Page,
    headers: axum::http::HeaderMap,
    form: FormData,
) -> Response {
    if !anonymous_form_ok(&state, &headers, &form) {
        return page.error(&ApiError::Forbidden(page.t("form-expired")));
    }
    let lang = page.lang;
    let msg = |k: &str| page.t(k);
    let mut errors = FormErrors::default();
    let (profile, _) = options::first_profile_part(
        &form,
        &mut errors,
        &msg,
        Some(form.get("email").to_lowercase()),
    );
    let consents: Vec<ConsentPurpose> = form
        .all("consent")
        .into_iter()
        .filter_map(purpose_from)
        .collect();
    let rerender = |errors: FormErrors| {
        let mut res = page.render(
            "worker/sign_up.html",
            SignUpView {
                login_csrf: form.get("csrf").to_string(),
                values: form.values(),
                errors,
                countries: options::countries(),
                purposes: purposes_view(|p| consents.contains(&p)),
            },
        );
        *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        res
    };
    // Unreadable answers are errors at their fields; the rest of the form
    // is still checked (with stand-ins for what could not be read), so
    // every error shows at once.
    let parsed = errors
        .summary
        .iter()
        .map(|e| e.field.clone())
        .collect::<Vec<_>>();
    if !errors.is_empty() {
        let v = account::check_registration(form.get("email"), form.get("password"), &profile);
        let mut seen = parsed;
        for e in FormErrors::from_violations(lang, &v, sign_up_field).summary {
            if !seen.contains(&e.field) {
                seen.push(e.field.clone());
                errors.push(e.field, e.message);
            }
        }
        return rerender(errors);
    }
    match account::register_worker(
        &state,
        form.get("email"),
        form.get("password"),
        &profile,
        &consents,
    )
    .await
    {
        Ok(done) => {
            if let account::Registration::Created(created) = &done
                && let Err(e) = state.store.set_user_lang(created.0.id, lang).await
            {
                return page.error(&e.into());
            }
            // The same page whether or not the e-mail was new: it says
            // both, and asks for the password again to sign in.
            super::handlers::sign_in_page(
                &state,
                &page.layout(),
                form.get("email").to_string(),
                false,
                true,
                "/me/profile/work?welcome=1",
            )
        }
        Err(ApiError::Unprocessable(v)) => {
            // One message per field (the e-mail is checked as the account's
            // and as the profile's contact).
            let mut seen = vec![];
            let mut once = FormErrors::default();
            for e in FormErrors::from_violations(lang, &v, sign_up_field).summary {
                if !seen.contains(&e.field) {
                    seen.push(e.field.clone());
                    once.push(e.field, e.message);
                }
            }
            rerender(once)
        }
        Err(e) => page.error(&e),
    }
}

fn sign_up_field(path: &str) -> String {
    match path {
        "profile.contact.email" => "email".into(),
        "profile.citizenships" => "citizenships".into(),
        p => field_id(p),
    }
}

fn set_session_cookie(state: &AppState, res: &mut Response, token: &str) {
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(
        state,
        state.config.session_cookie(),
        token,
        state.config.session_hours * 3600,
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

// ------------------------------------------------------------------- home

#[derive(Serialize)]
struct HomeView {
    name: String,
    steps: Vec<StepView>,
    pending_proposals: i64,
    applications: Vec<ApplicationView>,
    consents: Vec<PurposeView>,
}

#[derive(Serialize)]
struct StepView {
    step: &'static str,
    done: bool,
}

#[derive(Serialize)]
struct ApplicationView {
    id: i64,
    title: String,
    status: &'static str,
}

/// `GET /me`: the worker's home: profile steps, proposals waiting,
/// applications, consents at a glance.
pub async fn home(State(state): State<AppState>, page: Page) -> Response {
    let profile = match worker_of(&page, &state).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let result = async {
        let pending = state
            .store
            .proposals(
                &ProposalFilter {
                    worker_id: Some(profile.id),
                    status: Some(ProposalStatus::Pending),
                    ..Default::default()
                },
                StorePage::new(Some(1), None),
            )
            .await?
            .total;
        let list = state
            .store
            .placements(
                &PlacementFilter {
                    worker_id: Some(profile.id),
                    ..Default::default()
                },
                StorePage::new(Some(20), None),
            )
            .await?;
        let mut applications = vec![];
        for p in &list.items {
            let jo = state.store.job_order(p.placement.job_order_id).await?;
            applications.push(ApplicationView {
                id: p.placement.id.0,
                title: jo.spec.display_title(),
                status: p.placement.status.as_str(),
            });
        }
        let mut given = vec![];
        for p in PURPOSES {
            if state.store.has_consent(profile.id, p).await? {
                given.push(p);
            }
        }
        Ok::<_, ApiError>(HomeView {
            name: profile.spec.given_name.clone(),
            steps: steps_done(&profile.spec),
            pending_proposals: pending,
            applications,
            consents: purposes_view(|p| given.contains(&p)),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("worker/home.html", v),
        Err(e) => page.error(&e),
    }
}

const STEPS: [&str; 6] = [
    "about",
    "work",
    "skills",
    "languages",
    "education",
    "availability",
];

fn steps_done(spec: &WorkerProfileSpec) -> Vec<StepView> {
    STEPS
        .into_iter()
        .map(|step| StepView {
            step,
            done: match step {
                "work" => !spec.occupations.is_empty(),
                "skills" => !spec.skills.is_empty(),
                "languages" => !spec.languages.is_empty(),
                "education" => !spec.qualifications.is_empty() || spec.education.get() != 3,
                _ => true,
            },
        })
        .collect()
}

// ---------------------------------------------------------------- profile

#[derive(Deserialize, Default)]
pub struct StepQuery {
    /// A search for occupations or skills.
    #[serde(default)]
    q: String,
    /// Shown after a save.
    #[serde(default)]
    saved: Option<String>,
    /// Shown right after signing up.
    #[serde(default)]
    welcome: Option<String>,
}

#[derive(Serialize)]
struct ProfileView {
    step: &'static str,
    number: usize,
    of: usize,
    next: Option<&'static str>,
    saved: bool,
    welcome: bool,
    values: std::collections::BTreeMap<String, String>,
    errors: FormErrors,
    countries: &'static [Choice],
    languages: &'static [Choice],
    cefr: [&'static str; 7],
    occupations: Vec<OccupationRow>,
    skills: Vec<LabelRow>,
    language_rows: Vec<LanguageRow>,
    destinations: Vec<String>,
    q: String,
    hits: Vec<LabelRow>,
}

#[derive(Serialize, Clone)]
struct OccupationRow {
    uri: String,
    label: String,
    isco: String,
    years: String,
}

#[derive(Serialize, Clone)]
struct LabelRow {
    uri: String,
    label: String,
    detail: String,
}

#[derive(Serialize, Clone)]
struct LanguageRow {
    language: String,
    level: String,
}

fn step_of(name: &str) -> Option<&'static str> {
    STEPS.into_iter().find(|s| *s == name)
}

fn profile_view(
    lang: &str,
    step: &'static str,
    spec: &WorkerProfileSpec,
    q: &StepQuery,
) -> ProfileView {
    // An occupation's name in the page's language when one is shipped,
    // with ESCO's English name beside it.
    let named = |uri: &str, english: String| match corridor_reference::occupation_label(uri, lang) {
        Some(local) if local != english => (local.to_string(), english),
        _ => (english, String::new()),
    };
    let number = STEPS.iter().position(|s| *s == step).unwrap_or(0);
    let mut values = std::collections::BTreeMap::new();
    values.insert("given_name".into(), spec.given_name.clone());
    values.insert("family_name".into(), spec.family_name.clone());
    values.insert("date_of_birth".into(), spec.date_of_birth.to_string());
    values.insert("sex".into(), spec.sex.as_str().to_string());
    values.insert(
        "citizenship".into(),
        spec.citizenships
            .first()
            .map(|c| c.to_string())
            .unwrap_or_default(),
    );
    values.insert(
        "second_citizenship".into(),
        spec.citizenships
            .get(1)
            .map(|c| c.to_string())
            .unwrap_or_default(),
    );
    values.insert("country_of_birth".into(), spec.country_of_birth.to_string());
    values.insert(
        "country_of_residence".into(),
        spec.country_of_residence.to_string(),
    );
    values.insert(
        "phone".into(),
        spec.contact.phone.clone().unwrap_or_default(),
    );
    values.insert("education".into(), spec.education.get().to_string());
    values.insert(
        "qualification_title".into(),
        spec.qualifications
            .first()
            .map(|x| x.title.clone())
            .unwrap_or_default(),
    );
    values.insert(
        "availability_from".into(),
        spec.availability.from.to_string(),
    );
    values.insert(
        "availability_until".into(),
        spec.availability
            .until
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let hits = match step {
        "work" if !q.q.trim().is_empty() => corridor_reference::search_occupations(&q.q, 10)
            .into_iter()
            .map(|h| {
                let (label, english) = named(&h.item.uri, h.item.label.clone());
                LabelRow {
                    uri: h.item.uri.clone(),
                    label,
                    detail: format!("{english} · ISCO-08 {}", h.item.isco)
                        .trim_start_matches(" · ")
                        .to_string(),
                }
            })
            .collect(),
        "skills" if !q.q.trim().is_empty() => corridor_reference::search_skills(&q.q, 10)
            .into_iter()
            .map(|h| LabelRow {
                uri: h.item.uri.clone(),
                label: h.item.label.clone(),
                detail: String::new(),
            })
            .collect(),
        _ => vec![],
    };
    let mut language_rows: Vec<LanguageRow> = spec
        .languages
        .iter()
        .map(|l| LanguageRow {
            language: l.language.to_string(),
            level: cefr_code(l.level),
        })
        .collect();
    language_rows.push(LanguageRow {
        language: String::new(),
        level: String::new(),
    });
    ProfileView {
        step,
        number: number + 1,
        of: STEPS.len(),
        next: STEPS.get(number + 1).copied(),
        saved: q.saved.is_some(),
        welcome: q.welcome.is_some(),
        values,
        errors: FormErrors::default(),
        countries: options::countries(),
        languages: options::languages(),
        cefr: options::CEFR,
        occupations: spec
            .occupations
            .iter()
            .map(|o| {
                let (label, english) = named(&o.occupation.to_string(), o.occupation.label());
                OccupationRow {
                    uri: o.occupation.to_string(),
                    label,
                    isco: format!("{english} · ISCO-08 {}", o.occupation.isco())
                        .trim_start_matches(" · ")
                        .to_string(),
                    years: format_years(o.experience_months),
                }
            })
            .collect(),
        skills: spec
            .skills
            .iter()
            .map(|s| LabelRow {
                uri: s.to_string(),
                label: s.label(),
                detail: String::new(),
            })
            .collect(),
        language_rows,
        destinations: spec
            .preferred_destinations
            .iter()
            .map(ToString::to_string)
            .collect(),
        q: q.q.clone(),
        hits,
    }
}

fn cefr_code(level: corridor_domain::codes::Cefr) -> String {
    serde_json::to_value(level)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn format_years(months: u16) -> String {
    let years = f64::from(months) / 12.0;
    if months.is_multiple_of(12) {
        format!("{}", months / 12)
    } else {
        format!("{years:.1}")
    }
}

/// `GET /me/profile/{step}`.
pub async fn profile_step(
    State(state): State<AppState>,
    page: Page,
    ApiPath(step): ApiPath<String>,
    Query(q): Query<StepQuery>,
) -> Response {
    let Some(step) = step_of(&step) else {
        return page.error(&ApiError::NotFound(step));
    };
    let profile = match worker_of(&page, &state).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    page.render(
        "worker/profile.html",
        profile_view(page.lang, step, &profile.spec, &q),
    )
}

/// `POST /me/profile/{step}`: saves the step (or adds or removes a row)
/// and goes on; with errors, the step again with every error and the
/// values typed.
pub async fn save_profile_step(
    State(state): State<AppState>,
    page: Page,
    ApiPath(step): ApiPath<String>,
    form: FormData,
) -> Response {
    let Some(step) = step_of(&step) else {
        return page.error(&ApiError::NotFound(step));
    };
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let profile = match worker_of(&page, &state).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let mut spec = profile.spec.clone();
    let mut errors = FormErrors::default();
    let msg = |k: &str| page.t(k);
    // Adding or removing a row stays on the step.
    let mut stay = false;
    match step {
        "about" => {
            spec.given_name = form.get("given_name").to_string();
            spec.family_name = form.get("family_name").to_string();
            if let Some(d) = options::date(
                &mut errors,
                "date-of-birth",
                form.get("date_of_birth"),
                &msg("form-date-invalid"),
            ) {
                spec.date_of_birth = d;
            }
            if let Some(s) = options::sex(&mut errors, "sex", form.get("sex"), &msg("form-choose"))
            {
                spec.sex = s;
            }
            let mut citizenships = vec![];
            if let Some(c) = options::country(
                &mut errors,
                "citizenships",
                form.get("citizenship"),
                &msg("form-choose-country"),
            ) {
                citizenships.push(c);
            }
            let second = form.get("second_citizenship");
            if !second.is_empty()
                && let Some(c) = options::country(
                    &mut errors,
                    "second-citizenship",
                    second,
                    &msg("form-choose-country"),
                )
                && !citizenships.contains(&c)
            {
                citizenships.push(c);
            }
            spec.citizenships = citizenships;
            if let Some(c) = options::country(
                &mut errors,
                "country-of-birth",
                form.get("country_of_birth"),
                &msg("form-choose-country"),
            ) {
                spec.country_of_birth = c;
            }
            if let Some(c) = options::country(
                &mut errors,
                "country-of-residence",
                form.get("country_of_residence"),
                &msg("form-choose-country"),
            ) {
                spec.country_of_residence = c;
            }
            spec.contact.phone = Some(form.get("phone").to_string()).filter(|p| !p.is_empty());
        }
        "work" => {
            let add = form.get("add");
            let remove = form.get("remove");
            let mut occupations = vec![];
            for (i, o) in spec.occupations.iter().enumerate() {
                if o.occupation.to_string() == remove {
                    stay = true;
                    continue;
                }
                let id = format!("occupations-{i}-experience-months");
                let years = options::number::<f64>(
                    &mut errors,
                    &id,
                    form.all("years").get(i).copied().unwrap_or("0"),
                    0.0..=60.0,
                    &msg("form-years-invalid"),
                )
                .unwrap_or(0.0);
                occupations.push(WorkerOccupation {
                    occupation: o.occupation.clone(),
                    experience_months: (years * 12.0).round() as u16,
                });
            }
            if !add.is_empty() {
                stay = true;
                match OccupationUri::parse(add) {
                    Ok(uri) if !occupations.iter().any(|o| o.occupation == uri) => occupations
                        .push(WorkerOccupation {
                            occupation: uri,
                            experience_months: 0,
                        }),
                    Ok(_) => {}
                    Err(_) => errors.push("q", msg("form-choose")),
                }
            }
            spec.occupations = occupations;
        }
        "skills" => {
            let add = form.get("add");
            let remove = form.get("remove");
            spec.skills.retain(|s| s.to_string() != remove);
            stay = !remove.is_empty();
            if !add.is_empty() {
                stay = true;
                match SkillUri::parse(add) {
                    Ok(uri) if !spec.skills.contains(&uri) => spec.skills.push(uri),
                    Ok(_) => {}
                    Err(_) => errors.push("q", msg("form-choose")),
                }
            }
        }
        "languages" => {
            let langs = form.all("language");
            let levels = form.all("level");
            let remove = form.get("remove");
            let mut rows = vec![];
            for (i, code) in langs.iter().enumerate() {
                if code.is_empty() || remove == i.to_string() {
                    stay |= remove == i.to_string();
                    continue;
                }
                let language = options::language(
                    &mut errors,
                    &format!("languages-{i}-language"),
                    code,
                    &msg("form-choose"),
                );
                let level = options::cefr(
                    &mut errors,
                    &format!("languages-{i}-level"),
                    levels.get(i).copied().unwrap_or(""),
                    &msg("form-choose-level"),
                );
                if let (Some(language), Some(level)) = (language, level) {
                    rows.push(LanguageSkill { language, level });
                }
            }
            stay |= form.has("add_row");
            spec.languages = rows;
        }
        "education" => {
            if let Some(l) = options::isced(
                &mut errors,
                "education",
                form.get("education"),
                &msg("form-choose"),
            ) {
                spec.education = l;
            }
            let title = form.get("qualification_title");
            if title.is_empty() {
                spec.qualifications.clear();
            } else if let Some(c) = options::country(
                &mut errors,
                "qualification-country",
                form.get("qualification_country"),
                &msg("form-choose-country"),
            ) && let Some(year) = options::number::<i32>(
                &mut errors,
                "qualification-year",
                form.get("qualification_year"),
                1950..=today().year_ce().1 as i32,
                &msg("form-year-invalid"),
            ) {
                spec.qualifications = vec![corridor_domain::worker::Qualification {
                    title: title.to_string(),
                    awarded_in: c,
                    year,
                    recognition: corridor_domain::worker::RecognitionStatus::NotRequested,
                }];
            }
        }
        "availability" => {
            if let Some(from) = options::date(
                &mut errors,
                "availability-from",
                form.get("availability_from"),
                &msg("form-date-invalid"),
            ) {
                spec.availability.from = from;
            }
            if let Some(until) = options::optional_date(
                &mut errors,
                "availability-until",
                form.get("availability_until"),
                &msg("form-date-invalid"),
            ) {
                spec.availability.until = until;
            }
            let mut destinations = vec![];
            for d in form
                .all("destination")
                .into_iter()
                .filter(|d| !d.is_empty())
            {
                if let Some(c) =
                    options::country(&mut errors, "destination", d, &msg("form-choose-country"))
                    && !destinations.contains(&c)
                {
                    destinations.push(c);
                }
            }
            spec.preferred_destinations = destinations;
        }
        _ => {}
    }
    let saved = if errors.is_empty() {
        match workers::update(&state, &user, profile.id, &spec).await {
            Ok(_) => Ok(()),
            Err(ApiError::Unprocessable(v)) => {
                Err(FormErrors::from_violations(page.lang, &v, field_id))
            }
            Err(e) => return page.error(&e),
        }
    } else {
        Err(errors)
    };
    match saved {
        Ok(()) if stay => redirect(&format!("/me/profile/{step}")),
        Ok(()) => {
            let number = STEPS.iter().position(|s| *s == step).unwrap_or(0);
            match STEPS.get(number + 1) {
                Some(next) => redirect(&format!("/me/profile/{next}?saved=1")),
                None => redirect("/me/consents?saved=1"),
            }
        }
        Err(errors) => {
            let mut view = profile_view(page.lang, step, &spec, &StepQuery::default());
            // Keep what was typed.
            for (k, v) in form.values() {
                view.values.insert(k, v);
            }
            view.errors = errors;
            let mut res = page.render("worker/profile.html", view);
            *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            res
        }
    }
}

// --------------------------------------------------------------- consents

#[derive(Serialize)]
struct ConsentsView {
    purposes: Vec<PurposeView>,
    history: Vec<ConsentRow>,
    saved: bool,
}

#[derive(Serialize)]
struct ConsentRow {
    key: String,
    given: bool,
    at: String,
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /me/consents`: each purpose explained, given or not, with the
/// history of every change.
pub async fn consents(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<SavedQuery>,
) -> Response {
    let profile = match worker_of(&page, &state).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let user = page.user.as_ref().expect("a worker is signed in");
    match workers::consents(&state, user, profile.id).await {
        Ok(history) => {
            let latest = |p: ConsentPurpose| {
                history
                    .iter()
                    .rev()
                    .find(|c| c.purpose == p)
                    .is_some_and(|c| c.given)
            };
            page.render(
                "worker/consents.html",
                ConsentsView {
                    purposes: purposes_view(latest),
                    history: history
                        .iter()
                        .rev()
                        .map(|c| ConsentRow {
                            key: purpose_key(c.purpose),
                            given: c.given,
                            at: c.at.format("%Y-%m-%d %H:%M UTC").to_string(),
                        })
                        .collect(),
                    saved: q.saved.is_some(),
                },
            )
        }
        Err(e) => page.error(&e),
    }
}

/// `POST /me/consents`: gives or withdraws one purpose.
pub async fn record_consent(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let Some(w) = user.principal().worker_id else {
        return page.error(&ApiError::Forbidden(page.t("worker-only")));
    };
    let Some(purpose) = purpose_from(form.get("purpose")) else {
        return page.error(&ApiError::bad_field(
            "purpose",
            "invalid",
            "no such purpose",
        ));
    };
    let req = workers::ConsentRequest {
        purpose,
        given: form.get("given") == "true",
    };
    match workers::record_consent(&state, &user, w, &req).await {
        Ok(_) => redirect("/me/consents?saved=1"),
        Err(e) => page.error(&e),
    }
}

// -------------------------------------------------------------- proposals

#[derive(Serialize)]
struct ProposalView {
    id: i64,
    job_order_id: i64,
    title: String,
    note: String,
    status: &'static str,
    placement_id: Option<i64>,
    on: String,
}

#[derive(Serialize)]
struct ProposalsView {
    proposals: Vec<ProposalView>,
    shares: bool,
}

/// `GET /me/proposals`: jobs someone put the worker forward for.
pub async fn my_proposals(State(state): State<AppState>, page: Page) -> Response {
    let profile = match worker_of(&page, &state).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let user = page.user.as_ref().expect("a worker is signed in");
    let result = async {
        let list = proposals::list(&state, user, &proposals::ProposalQuery::default()).await?;
        let mut out = vec![];
        for p in list.items {
            let jo = state.store.job_order(p.job_order_id).await?;
            out.push(ProposalView {
                id: p.id.0,
                job_order_id: p.job_order_id.0,
                title: jo.spec.display_title(),
                note: p.note,
                status: p.status.as_str(),
                placement_id: p.placement_id.map(|x| x.0),
                on: p.created_at.format("%Y-%m-%d").to_string(),
            });
        }
        let shares = state
            .store
            .has_consent(profile.id, ConsentPurpose::SharingWithEmployers)
            .await?;
        Ok::<_, ApiError>(ProposalsView {
            proposals: out,
            shares,
        })
    }
    .await;
    match result {
        Ok(v) => page.render("worker/proposals.html", v),
        Err(e) => page.error(&e),
    }
}

/// `POST /me/proposals/{id}/accept` or `/decline`.
pub async fn answer_proposal(
    State(state): State<AppState>,
    page: Page,
    ApiPath((id, answer)): ApiPath<(i64, String)>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let id = ProposalId(id);
    match answer.as_str() {
        "accept" => match proposals::accept(&state, &user, id).await {
            Ok(view) => redirect(&format!("/placements/{}", view.placement.id)),
            Err(e) => page.error(&e),
        },
        "decline" => match proposals::decline(&state, &user, id).await {
            Ok(_) => redirect("/me/proposals"),
            Err(e) => page.error(&e),
        },
        other => page.error(&ApiError::NotFound(other.to_string())),
    }
}

/// `POST /placements/{id}/withdraw`: the worker withdraws an application.
pub async fn withdraw(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let req = TransitionRequest {
        to: PlacementStatus::Withdrawn,
        occurred_on: None,
        note: form.get("note").to_string(),
        end_reason: None,
        contract: None,
    };
    match actions::placements::transition(&state, &user, PlacementId(id), &req).await {
        Ok(_) => redirect(&format!("/placements/{id}")),
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------------ work record

#[derive(Serialize)]
struct WorkRecordView {
    name: String,
    rows: Vec<WorkRow>,
    printed_on: String,
}

#[derive(Serialize)]
struct WorkRow {
    title: String,
    employer: String,
    corridor: String,
    from: String,
    to: String,
    status: &'static str,
}

/// `GET /me/work-record`: completed contracts, printable.
pub async fn work_record(State(state): State<AppState>, page: Page) -> Response {
    let profile = match worker_of(&page, &state).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let user = page.user.as_ref().expect("a worker is signed in");
    let result = async {
        let done = workers::work_record(&state, user, profile.id).await?;
        let mut rows = vec![];
        for p in done {
            let jo = state.store.job_order(p.placement.job_order_id).await?;
            let employer = state.store.employer(jo.spec.employer_id).await?;
            let events = state.store.placement_events(p.placement.id).await?;
            let on = |s: PlacementStatus| {
                events
                    .iter()
                    .find(|e| e.to == s)
                    .map(|e| e.occurred_on.to_string())
                    .unwrap_or_default()
            };
            rows.push(WorkRow {
                title: jo.spec.display_title(),
                employer: employer.spec.name,
                corridor: super::handlers::country_names(&p.origin, &p.destination),
                from: on(PlacementStatus::Employed),
                to: on(PlacementStatus::Completed),
                status: p.placement.status.as_str(),
            });
        }
        Ok::<_, ApiError>(WorkRecordView {
            name: format!("{} {}", profile.spec.given_name, profile.spec.family_name),
            rows,
            printed_on: today().to_string(),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("worker/work_record.html", v),
        Err(e) => page.error(&e),
    }
}

// ---------------------------------------------------------------- account

#[derive(Serialize, Default)]
struct AccountView {
    email: String,
    two_factor: bool,
    errors: FormErrors,
    done: String,
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /me/account`.
pub async fn account_page(page: Page, Query(q): Query<DoneQuery>) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    page.render(
        "worker/account.html",
        AccountView {
            email: user.user.email.clone(),
            two_factor: user.user.two_factor,
            done: q.done.unwrap_or_default(),
            ..Default::default()
        },
    )
}

/// `POST /me/account/password`: checks the current password; every other
/// session and token ends, and this browser gets a new session.
pub async fn change_password(
    State(state): State<AppState>,
    page: Page,
    headers: axum::http::HeaderMap,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match account::change_password(
        &state,
        &user,
        form.get("current_password"),
        form.get("new_password"),
    )
    .await
    {
        Ok(()) => {
            let previous = auth::cookie(&headers, state.config.session_cookie());
            match auth::start_session(&state, &user.user, previous.as_deref(), auth::Stage::Full)
                .await
            {
                Ok((token, _)) => {
                    let mut res = redirect("/me/account?done=password");
                    set_session_cookie(&state, &mut res, &token);
                    res
                }
                Err(e) => page.error(&e),
            }
        }
        Err(ApiError::Unprocessable(v)) => {
            let mut res = page.render(
                "worker/account.html",
                AccountView {
                    email: user.user.email.clone(),
                    two_factor: user.user.two_factor,
                    errors: FormErrors::from_violations(page.lang, &v, field_id),
                    done: String::new(),
                },
            );
            *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            res
        }
        Err(e) => page.error(&e),
    }
}

/// `POST /me/account/sign-out-everywhere`.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    page: Page,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match account::sign_out_everywhere(&state, &user).await {
        Ok(_) => {
            let mut res = redirect("/sign-in");
            if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(
                &state,
                state.config.session_cookie(),
                "",
                0,
            )) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            res
        }
        Err(e) => page.error(&e),
    }
}

/// `POST /me/account/language`.
pub async fn set_language(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let lang = crate::i18n::I18n::negotiate(form.get("lang"));
    match account::set_language(&state, &user, lang).await {
        Ok(()) => redirect(&format!("/me/account?done=language&lang={lang}")),
        Err(e) => page.error(&e),
    }
}

/// `GET /me/account/data.json`: everything Corridor holds about the
/// worker.
pub async fn download_data(State(state): State<AppState>, page: Page) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match account::worker_data(&state, &user).await {
        Ok(data) => {
            let body = serde_json::to_string_pretty(&data).unwrap_or_default();
            (
                [
                    (header::CONTENT_TYPE, "application/json"),
                    (
                        header::CONTENT_DISPOSITION,
                        "attachment; filename=\"corridor-my-data.json\"",
                    ),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                body,
            )
                .into_response()
        }
        Err(e) => page.error(&e),
    }
}

/// `GET /me/account/close`: what closing means, and a confirmation.
pub async fn close_form(page: Page) -> Response {
    if let Err(r) = page.signed_in() {
        return r;
    }
    page.render("worker/close.html", ())
}

/// `POST /me/account/close`: needs the confirmation box ticked.
pub async fn close_account(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    if form.get("confirm") != "yes" {
        let mut errors = FormErrors::default();
        errors.push("confirm", page.t("close-confirm-required"));
        #[derive(Serialize)]
        struct V {
            errors: FormErrors,
        }
        let mut res = page.render("worker/close.html", V { errors });
        *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        return res;
    }
    match account::close_worker_account(&state, &user).await {
        Ok(_) => {
            let mut res = redirect("/?closed=1");
            if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(
                &state,
                state.config.session_cookie(),
                "",
                0,
            )) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            res
        }
        Err(e) => page.error(&e),
    }
}
