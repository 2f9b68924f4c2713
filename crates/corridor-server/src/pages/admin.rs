//! The administrator's pages: accounts listed by role (paginated), a new
//! account of any role with the employer, agency or country it acts for
//! and a temporary password, and each account's page (disable or enable
//! it, set a new temporary password). Every handler parses its form, calls
//! [`crate::actions::users`], and renders the result or the form again
//! with every error at its field and the values kept.
//!
//! Also here: [`Pagination`], the "Page x of y" of every list in these
//! pages and in [`super::organisations`].

use super::options::{self, Choice};
use super::page::{FormData, FormErrors, Page, urlencode, violation_text};
use super::redirect;
use crate::AppState;
use crate::actions::users::{self, NewUserRequest};
use crate::actions::{Paging, organisations};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use corridor_domain::Violations;
use corridor_domain::access::Role;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, UserId};
use corridor_store::{Page as StorePage, User};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

/// The administrator's templates, and the pieces the organisations' pages
/// share with them (pagination, a reason field, a few styles).
pub const TEMPLATES: [(&str, &str); 6] = [
    (
        "admin/users.html",
        include_str!("../../templates/admin/users.html"),
    ),
    (
        "admin/new_user.html",
        include_str!("../../templates/admin/new_user.html"),
    ),
    (
        "admin/user.html",
        include_str!("../../templates/admin/user.html"),
    ),
    (
        "admin/pagination.html",
        include_str!("../../templates/admin/pagination.html"),
    ),
    (
        "admin/style.html",
        include_str!("../../templates/admin/style.html"),
    ),
    (
        "admin/forms.html",
        include_str!("../../templates/admin/forms.html"),
    ),
];

/// The administrator's routes.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/admin", get(|| async { redirect("/admin/users") }))
        .route("/admin/users", get(list).post(create))
        .route("/admin/users/new", get(new_form))
        .route("/admin/users/{id}", get(show))
        .route("/admin/users/{id}/disable", post(disable))
        .route("/admin/users/{id}/enable", post(enable))
        .route("/admin/users/{id}/password", post(set_password))
}

// ------------------------------------------------------------- pagination

/// Items on a page of every list.
pub const PER_PAGE: i64 = 50;

/// Where a list stands: "Page x of y", with links to the pages before and
/// after that keep the list's filters.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// This page, from 1.
    pub page: i64,
    /// How many pages (at least 1).
    pub pages: i64,
    /// How many items in all.
    pub total: i64,
    /// The previous page's address.
    pub previous: Option<String>,
    /// The next page's address.
    pub next: Option<String>,
}

impl Pagination {
    /// The page asked for by `?page=` (the first when missing or not a
    /// number) and the slice of the list it shows.
    pub fn requested(page: Option<&str>) -> (i64, StorePage) {
        let n = page
            .and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, 1_000_000);
        (
            n,
            StorePage::new(Some(PER_PAGE), Some((n - 1).saturating_mul(PER_PAGE))),
        )
    }

    /// The same as paging parameters for an action.
    pub fn paging(page: Option<&str>) -> (i64, Paging) {
        let (n, p) = Self::requested(page);
        (
            n,
            Paging {
                limit: Some(p.limit),
                offset: Some(p.offset),
            },
        )
    }

    /// Page `page` of `total` items at `path`, whose links keep `filters`
    /// (empty ones are left out).
    pub fn new(path: &str, filters: &[(&str, &str)], page: i64, total: i64) -> Self {
        let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
        let href = |n: i64| {
            let mut q: Vec<String> = filters
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}={}", urlencode(v)))
                .collect();
            q.push(format!("page={n}"));
            format!("{path}?{}", q.join("&"))
        };
        Pagination {
            page,
            pages,
            total,
            previous: (page > 1).then(|| href((page - 1).min(pages))),
            next: (page < pages).then(|| href(page + 1)),
        }
    }
}

/// The violations as form errors, each at the field `field_id` gives it.
/// Where a rule has words of its own for a field
/// (`{prefix}-{field}-{rule}`, e.g. `admin-error-role-required`), those
/// are used, so the summary says what to do at each field rather than
/// "This is required" several times over.
pub fn form_errors(
    page: &Page,
    v: &Violations,
    prefix: &str,
    field_id: impl Fn(&str) -> String,
) -> FormErrors {
    let mut errors = FormErrors::default();
    for x in v.iter() {
        let key = format!(
            "{prefix}-{}-{}",
            x.field.replace(['_', '.'], "-"),
            x.rule.replace('_', "-")
        );
        let own = page.t(&key);
        let message = if own == key {
            violation_text(page.lang, x)
        } else {
            own
        };
        errors.push(field_id(&x.field), message);
    }
    errors
}

/// Adds `more` to `errors`, leaving out fields that already have one (a
/// field that could not be read is not reported twice).
pub fn add_new(errors: &mut FormErrors, more: FormErrors) {
    for e in more.summary {
        if !errors.fields.contains_key(&e.field) {
            errors.push(e.field, e.message);
        }
    }
}

// ------------------------------------------------------------------ views

/// The roles an administrator creates accounts for (workers sign up
/// themselves, or an origin official registers them).
const ROLES: [Role; 6] = [
    Role::Employer,
    Role::Recruiter,
    Role::OriginOfficial,
    Role::DestinationOfficial,
    Role::Researcher,
    Role::Admin,
];

fn role_key(r: Role) -> String {
    format!("admin-role-{}", r.as_str().replace('_', "-"))
}

fn role_choices(page: &Page, roles: &[Role]) -> Vec<Choice> {
    roles
        .iter()
        .map(|r| (r.as_str().to_string(), page.t(&role_key(*r))))
        .collect()
}

#[derive(Serialize)]
struct AccountRow {
    id: i64,
    name: String,
    email: String,
    role: String,
    acts_for: String,
    disabled: bool,
    created: String,
}

/// Names of the employers and agencies accounts act for, looked up once
/// each.
#[derive(Default)]
struct Names {
    employers: HashMap<EmployerId, String>,
    agencies: HashMap<AgencyId, String>,
}

impl Names {
    async fn acts_for(&mut self, state: &AppState, u: &User) -> Result<String, ApiError> {
        let p = &u.principal;
        if let Some(e) = p.employer_id {
            if let Entry::Vacant(slot) = self.employers.entry(e) {
                slot.insert(organisations::employer(state, e).await?.spec.name);
            }
            return Ok(self.employers[&e].clone());
        }
        if let Some(a) = p.agency_id {
            if let Entry::Vacant(slot) = self.agencies.entry(a) {
                slot.insert(organisations::agency(state, a).await?.spec.name);
            }
            return Ok(self.agencies[&a].clone());
        }
        Ok(p.country
            .as_ref()
            .map(CountryCode::name)
            .unwrap_or_default())
    }
}

async fn row(
    page: &Page,
    state: &AppState,
    names: &mut Names,
    u: &User,
) -> Result<AccountRow, ApiError> {
    Ok(AccountRow {
        id: u.id.0,
        name: u.display_name.clone(),
        email: u.email.clone(),
        role: page.t(&role_key(u.principal.role)),
        acts_for: names.acts_for(state, u).await?,
        disabled: u.disabled,
        created: u.created_at.format("%Y-%m-%d").to_string(),
    })
}

// ------------------------------------------------------------------- list

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    role: String,
    #[serde(default)]
    page: Option<String>,
}

#[derive(Serialize)]
struct ListView {
    accounts: Vec<AccountRow>,
    role: String,
    roles: Vec<Choice>,
    pagination: Pagination,
}

/// `GET /admin/users?role=&page=`: accounts by role, 50 a page.
pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    let role = Role::parse(&q.role);
    let (n, slice) = Pagination::requested(q.page.as_deref());
    let result = async {
        let found = users::list(&state, user, role, slice).await?;
        let mut names = Names::default();
        let mut accounts = vec![];
        for u in &found.items {
            accounts.push(row(&page, &state, &mut names, u).await?);
        }
        let role = role.map(|r| r.as_str()).unwrap_or_default().to_string();
        Ok::<_, ApiError>(ListView {
            pagination: Pagination::new("/admin/users", &[("role", &role)], n, found.total),
            accounts,
            role,
            roles: role_choices(&page, &Role::ALL),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("admin/users.html", v),
        Err(e) => page.error(&e),
    }
}

// ----------------------------------------------------------------- create

#[derive(Serialize, Default)]
struct NewUserView {
    values: BTreeMap<String, String>,
    errors: FormErrors,
    roles: Vec<Choice>,
    employers: Vec<Choice>,
    agencies: Vec<Choice>,
    countries: &'static [Choice],
}

/// The employers and agencies an account may act for, by name.
async fn organisation_choices(state: &AppState) -> Result<(Vec<Choice>, Vec<Choice>), ApiError> {
    let all = StorePage::new(Some(StorePage::MAX_LIMIT), None);
    let mut employers: Vec<Choice> = organisations::employers(state, None, all)
        .await?
        .items
        .into_iter()
        .map(|e| {
            (
                e.id.to_string(),
                format!("{} ({})", e.spec.name, e.spec.country.name()),
            )
        })
        .collect();
    let mut agencies: Vec<Choice> = organisations::agencies(state, None, all)
        .await?
        .items
        .into_iter()
        .map(|a| {
            (
                a.id.to_string(),
                format!("{} ({})", a.spec.name, a.spec.licence.number),
            )
        })
        .collect();
    employers.sort_by(|a, b| a.1.cmp(&b.1));
    agencies.sort_by(|a, b| a.1.cmp(&b.1));
    Ok((employers, agencies))
}

async fn new_user_view(
    page: &Page,
    state: &AppState,
    values: BTreeMap<String, String>,
    errors: FormErrors,
) -> Result<NewUserView, ApiError> {
    let (employers, agencies) = organisation_choices(state).await?;
    Ok(NewUserView {
        values,
        errors,
        roles: role_choices(page, &ROLES),
        employers,
        agencies,
        countries: options::countries(),
    })
}

/// `GET /admin/users/new`.
pub async fn new_form(State(state): State<AppState>, page: Page) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u,
        Err(r) => return r,
    };
    if let Err(d) = user.principal().may_administer_users() {
        return page.error(&d.into());
    }
    match new_user_view(&page, &state, BTreeMap::new(), FormErrors::default()).await {
        Ok(v) => page.render("admin/new_user.html", v),
        Err(e) => page.error(&e),
    }
}

/// The form field of a rule's field.
fn new_user_field(path: &str) -> String {
    match path {
        "display_name" => "display-name",
        "employer_id" => "employer",
        "agency_id" => "agency",
        "worker_id" => "role",
        other => other,
    }
    .to_string()
}

/// `POST /admin/users`: the account, or the form again with every error.
pub async fn create(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let mut errors = FormErrors::default();
    let country = match form.get("country") {
        "" => None,
        c => options::country(&mut errors, "country", c, &page.t("form-choose-country")),
    };
    let id = |name: &str| form.get(name).parse::<i64>().ok();
    let req = NewUserRequest {
        email: form.get("email").to_string(),
        password: form.get("password").to_string(),
        display_name: form.get("display_name").to_string(),
        role: Role::parse(form.get("role")),
        worker_id: None,
        employer_id: id("employer_id").map(EmployerId),
        agency_id: id("agency_id").map(AgencyId),
        country,
    };
    let outcome = if errors.is_empty() {
        users::create(&state, &user, &req).await
    } else {
        // The country could not be read: report it with everything else.
        Err(ApiError::Unprocessable(users::check_new_user(&req)))
    };
    let mut values = form.values();
    values.remove("password");
    let rerender = |errors: FormErrors| async {
        match new_user_view(&page, &state, values, errors).await {
            Ok(v) => {
                let mut res = page.render("admin/new_user.html", v);
                *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                res
            }
            Err(e) => page.error(&e),
        }
    };
    match outcome {
        Ok(created) => redirect(&format!("/admin/users/{}?done=created", created.id)),
        Err(ApiError::Unprocessable(v)) => {
            add_new(
                &mut errors,
                form_errors(&page, &v, "admin-error", new_user_field),
            );
            rerender(errors).await
        }
        Err(ApiError::Conflict(_)) => {
            errors.push("email", page.t("admin-email-taken"));
            rerender(errors).await
        }
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------------ one account

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

#[derive(Serialize)]
struct AccountView {
    account: AccountRow,
    is_self: bool,
    done: String,
    errors: FormErrors,
}

async fn account_view(
    page: &Page,
    state: &AppState,
    id: UserId,
    done: String,
    errors: FormErrors,
) -> Result<AccountView, ApiError> {
    let user = page
        .user
        .as_ref()
        .ok_or_else(|| ApiError::Unauthorized(String::new()))?;
    let found = users::read(state, user, id).await?;
    Ok(AccountView {
        account: row(page, state, &mut Names::default(), &found).await?,
        is_self: user.user.id == id,
        done,
        errors,
    })
}

/// `GET /admin/users/{id}`: the account, with disable or enable and a new
/// temporary password.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<DoneQuery>,
) -> Response {
    if let Err(r) = page.signed_in() {
        return r;
    }
    let done = q
        .done
        .filter(|d| ["created", "disabled", "enabled", "password"].contains(&d.as_str()))
        .unwrap_or_default();
    match account_view(&page, &state, UserId(id), done, FormErrors::default()).await {
        Ok(v) => page.render("admin/user.html", v),
        Err(e) => page.error(&e),
    }
}

async fn set_disabled(
    state: AppState,
    page: Page,
    id: i64,
    form: FormData,
    disabled: bool,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match users::set_disabled(&state, &user, UserId(id), disabled).await {
        Ok(_) => redirect(&format!(
            "/admin/users/{id}?done={}",
            if disabled { "disabled" } else { "enabled" }
        )),
        Err(e) => page.error(&e),
    }
}

/// `POST /admin/users/{id}/disable`: the account can no longer sign in;
/// its sessions and tokens end.
pub async fn disable(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    set_disabled(state, page, id, form, true).await
}

/// `POST /admin/users/{id}/enable`.
pub async fn enable(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    set_disabled(state, page, id, form, false).await
}

/// `POST /admin/users/{id}/password`: a new temporary password; the
/// account's sessions and tokens end.
pub async fn set_password(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match users::reset_password(&state, &user, UserId(id), form.get("password")).await {
        Ok(_) => redirect(&format!("/admin/users/{id}?done=password")),
        Err(ApiError::Unprocessable(v)) => {
            let errors = form_errors(&page, &v, "admin-error", |_| "password".into());
            match account_view(&page, &state, UserId(id), String::new(), errors).await {
                Ok(view) => {
                    let mut res = page.render("admin/user.html", view);
                    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                    res
                }
                Err(e) => page.error(&e),
            }
        }
        Err(e) => page.error(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_keep_their_filters_and_stay_in_range() {
        let p = Pagination::new("/admin/users", &[("role", "employer"), ("q", "")], 2, 120);
        assert_eq!(p.pages, 3);
        assert_eq!(
            p.previous.as_deref(),
            Some("/admin/users?role=employer&page=1")
        );
        assert_eq!(p.next.as_deref(), Some("/admin/users?role=employer&page=3"));
        let one = Pagination::new("/agencies", &[], 1, 0);
        assert_eq!((one.pages, one.previous, one.next), (1, None, None));
        assert_eq!(Pagination::requested(Some("x")).0, 1);
        assert_eq!(Pagination::requested(Some("3")).1.offset, 100);
        assert_eq!(Pagination::requested(Some("-4")).0, 1);
    }
}
