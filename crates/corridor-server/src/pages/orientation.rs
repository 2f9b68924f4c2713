//! Orientation and rights. The public page of a programme's pre-departure
//! orientation (anyone, no sign-in: the page's chrome in the page's
//! language, the content in the visitor's language when the programme
//! gives it, else in its first language), and on each placement's page the
//! worker's rights in that job — the terms, who pays what, the helplines of
//! both countries, how to complain — with the orientation's completion and
//! the form to record it (the worker or an origin official).

use super::handlers::country_names;
use super::options;
use super::page::{FormData, FormErrors, Page, violation_text};
use super::view::cost_views;
use super::{RENDERER, redirect};
use crate::AppState;
use crate::actions::{self, today};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use corridor_domain::codes::LanguageCode;
use corridor_domain::ids::{PlacementId, ProgrammeId};
use corridor_domain::job_order::JobOrder;
use corridor_domain::orientation::{CompletionRequest, Helpline, Orientation};
use corridor_domain::programme::Programme;
use corridor_store::PlacementView;
use serde::Deserialize;
use serde_json::{Value, json};

/// The routes of these pages.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/programmes/{id}/orientation", get(show))
        .route("/placements/{id}/orientation", post(record_completion))
}

/// The templates of these pages (`placements/rights.html` is included by
/// the placement page).
pub const TEMPLATES: [(&str, &str); 2] = [
    (
        "orientation/show.html",
        include_str!("../../templates/orientation/show.html"),
    ),
    (
        "placements/rights.html",
        include_str!("../../templates/placements/rights.html"),
    ),
];

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    /// The language of the content, when the visitor picks another.
    #[serde(default, rename = "in")]
    content: Option<String>,
}

fn helpline_views(helplines: &[Helpline]) -> Vec<Value> {
    helplines
        .iter()
        .map(|h| {
            json!({
                "country": h.country.name(),
                "name": h.name,
                "phone": h.phone,
                "tel": h.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>(),
                "web": h.web,
                "web_is_link": h.web.starts_with("https://") || h.web.starts_with("http://"),
                "example": h.example,
            })
        })
        .collect()
}

/// The orientation as a page shows it, its content in `wanted` when given.
fn orientation_view(o: &Orientation, wanted: &str) -> Value {
    let shown: Option<&LanguageCode> = o.spec.language_for(wanted);
    json!({
        "language": shown.map(|l| l.as_str().to_string()),
        "language_name": shown.map(|l| l.name()),
        "in_page_language": shown.is_some_and(|l| l.as_str() == wanted),
        "languages": o.spec.languages.iter().map(|l| json!({
            "code": l.as_str(),
            "name": l.name(),
            "current": Some(l) == shown,
        })).collect::<Vec<_>>(),
        "hours": o.spec.total_hours(),
        "updated": o.updated_at.date_naive().to_string(),
        "modules": o.spec.modules.iter().map(|m| {
            let text = m.text_in(shown);
            json!({
                "topic": m.topic.as_str(),
                "hours": m.hours,
                "title": text.map(|t| t.title.clone()),
                "summary": text.map(|t| t.summary.clone()),
                "language": text.map(|t| t.language.as_str().to_string()),
            })
        }).collect::<Vec<_>>(),
        "helplines": helpline_views(&o.spec.helplines),
    })
}

/// `GET /programmes/{id}/orientation?in=`: public.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<ShowQuery>,
) -> Response {
    match actions::orientation::read(&state, ProgrammeId(id)).await {
        Ok((programme, orientation)) => {
            let wanted = q.content.as_deref().unwrap_or(page.lang);
            page.render(
                "orientation/show.html",
                json!({
                    "programme": {
                        "id": programme.id.0,
                        "name": programme.spec.name,
                        "corridor": country_names(programme.spec.origin.as_str(), programme.spec.destination.as_str()),
                    },
                    "orientation": orientation.as_ref().map(|o| orientation_view(o, wanted)),
                }),
            )
        }
        Err(e) => page.error(&e),
    }
}

/// What the placement page shows of orientation and rights: merged into
/// the placement page's view by [`super::placements::placement_view`].
pub(crate) async fn placement_rights(
    state: &AppState,
    user: &CurrentUser,
    view: &PlacementView,
    programme: &Programme,
    jo: &JobOrder,
    lang: &str,
) -> Result<Value, ApiError> {
    let id = view.placement.id;
    let completion = actions::orientation::completion(state, user, id).await?;
    let orientation = state.store.orientation(programme.id).await?;
    let p = user.principal();
    let status = view.placement.status;
    let can_record = completion.is_none()
        && orientation.is_some()
        && matches!(
            status,
            corridor_domain::placement::PlacementStatus::Selected
                | corridor_domain::placement::PlacementStatus::ContractSigned
        )
        && p.may_record_orientation(view.placement.worker_id, programme)
            .is_ok();
    let r = &*RENDERER;
    let s = &jo.spec;
    let (wage, guaranteed, max, housing, medical, return_paid, from_contract) =
        match &view.placement.contract {
            Some(c) => (
                &c.wage,
                c.guaranteed_hours_per_week,
                c.max_hours_per_week,
                &c.housing,
                c.medical,
                c.return_travel_paid_by_employer,
                true,
            ),
            None => (
                &s.wage,
                s.guaranteed_hours_per_week,
                s.max_hours_per_week,
                &s.housing,
                s.medical,
                s.return_travel_paid_by_employer,
                false,
            ),
        };
    Ok(json!({
        "orientation": {
            "programme_id": programme.id.0,
            "published": orientation.is_some(),
            "hours": orientation.as_ref().map(|o| o.spec.total_hours()),
            "completion": completion.as_ref().map(|c| json!({
                "on": c.completed_on.to_string(),
                "hours": c.hours,
                "by": r.message(lang, &format!("admin-role-{}", c.recorded_by_role.replace('_', "-"))),
                "note": c.note,
            })),
            "can_record": can_record,
        },
        "rights": {
            "from_contract": from_contract,
            "wage_amount": wage.amount,
            "wage_per": wage.per.as_str(),
            "guaranteed": guaranteed,
            "max": max,
            "housing_provided": housing.provided,
            "housing_cost": housing.cost_to_worker_per_month,
            "medical": medical.as_str(),
            "return_paid": return_paid,
            "costs": cost_views(s),
            "helplines": helpline_views(orientation.as_ref().map_or(&[][..], |o| &o.spec.helplines)),
            "origin": programme.spec.origin.name(),
            "destination": programme.spec.destination.name(),
        },
    }))
}

/// `POST /placements/{id}/orientation`: the worker or an origin official
/// records the worker's completion of orientation (dated `completed_on`,
/// today by default, with a note). Every violated rule at its field.
pub async fn record_completion(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let id = PlacementId(id);
    let mut errors = FormErrors::default();
    let completed_on = match form.get("completed_on") {
        "" => Some(today()),
        t => options::date(&mut errors, "completed-on", t, &page.t("form-date-invalid")),
    };
    let Some(completed_on) = completed_on else {
        return super::placements::again(&state, &page, &user, id, errors, &form).await;
    };
    let req = CompletionRequest {
        completed_on: Some(completed_on),
        note: form.get("note").to_string(),
    };
    match actions::orientation::record_completion(&state, &user, id, &req).await {
        Ok(_) => redirect(&format!("/placements/{id}?oriented=1#orientation")),
        Err(ApiError::Unprocessable(v)) => {
            let mut errors = FormErrors::default();
            for x in v.iter() {
                let field = match x.field.as_str() {
                    "completed_on" => "completed-on",
                    _ => "orientation",
                };
                errors.push(field, violation_text(page.lang, x));
            }
            super::placements::again(&state, &page, &user, id, errors, &form).await
        }
        Err(e) => page.error(&e),
    }
}
