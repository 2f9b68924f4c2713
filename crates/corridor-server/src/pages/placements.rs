//! One placement, for everyone who may see it: the timeline, the
//! contract's terms, the fee ledger (who paid what). The worker reports a
//! payment they were made to pay and may withdraw; the employer, its
//! agency and the programme's officials move it through the steps the
//! rules allow their role (the contract with its terms, an early end with
//! its reason) and record payments.

use super::handlers::country_names;
use super::options;
use super::page::{FormData, FormErrors, Page, field_id, violation_text};
use super::{RENDERER, redirect};
use crate::AppState;
use crate::actions::{self, today};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use corridor_domain::access::Role;
use corridor_domain::codes::CurrencyCode;
use corridor_domain::ids::PlacementId;
use corridor_domain::job_order::Housing;
use corridor_domain::ledger::{Party, PaymentCategory, PaymentSpec};
use corridor_domain::money::{Money, PayPeriod, Wage};
use corridor_domain::placement::{Contract, EndReason, PlacementStatus, TransitionRequest};
use corridor_domain::programme::MedicalCover;
use serde::{Deserialize, Serialize};

/// The routes of these pages.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/placements", get(list))
        .route("/placements/{id}", get(placement))
        .route("/placements/{id}/payments", post(record_payment))
        .route("/placements/{id}/steps", post(record_step))
}

const PER_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    page: Option<i64>,
}

/// `GET /placements?status=&page=`: the placements the user may see
/// (officials: their country's programmes), by status, each read audited.
pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let status = q.status.as_deref().and_then(PlacementStatus::parse);
    let number = q.page.unwrap_or(1).max(1);
    let query = actions::placements::PlacementQuery {
        status,
        limit: Some(PER_PAGE),
        offset: Some((number - 1).saturating_mul(PER_PAGE)),
        ..Default::default()
    };
    let result = async {
        let list = actions::placements::list(&state, &user, &query).await?;
        let mut rows = vec![];
        for p in &list.items {
            let jo = state.store.job_order(p.placement.job_order_id).await?;
            rows.push(serde_json::json!({
                "id": p.placement.id.0,
                "worker": p.placement.worker_id.0,
                "title": jo.spec.display_title(),
                "status": p.placement.status.as_str(),
                "corridor": country_names(&p.origin, &p.destination),
            }));
        }
        Ok::<_, ApiError>(serde_json::json!({
            "rows": rows,
            "status": status.map(|s| s.as_str()).unwrap_or(""),
            "statuses": PlacementStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            "page": number,
            "pages": (list.total + PER_PAGE - 1) / PER_PAGE,
            "total": list.total,
        }))
    }
    .await;
    match result {
        Ok(v) => page.render("placements/list.html", v),
        Err(e) => page.error(&e),
    }
}

/// The templates of these pages (the placement page itself is shared:
/// `placement.html`).
pub const TEMPLATES: [(&str, &str); 1] = [(
    "placements/list.html",
    include_str!("../../templates/placements/list.html"),
)];

#[derive(Deserialize, Default)]
pub struct PlacementQuery {
    #[serde(default)]
    reported: Option<String>,
    #[serde(default)]
    moved: Option<String>,
    #[serde(default)]
    oriented: Option<String>,
}

/// `GET /placements/{id}`.
pub async fn placement(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<PlacementQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match placement_view(&state, &user, PlacementId(id), page.lang).await {
        Ok(mut v) => {
            v["reported"] = q.reported.is_some().into();
            v["moved"] = q.moved.unwrap_or_default().into();
            v["oriented"] = q.oriented.is_some().into();
            page.render("placement.html", v)
        }
        Err(e) => page.error(&e),
    }
}

/// A step the signed-in user may record next.
#[derive(Serialize)]
struct StepView {
    to: &'static str,
    contract: bool,
    end_reason: bool,
}

/// What the placement page shows, with empty forms.
pub(crate) async fn placement_view(
    state: &AppState,
    user: &CurrentUser,
    id: PlacementId,
    lang: &str,
) -> Result<serde_json::Value, ApiError> {
    let (view, events) = actions::placements::events(state, user, id).await?;
    let payments = actions::placements::payments(state, user, id).await?;
    let jo = state.store.job_order(view.placement.job_order_id).await?;
    let programme = state.store.programme(view.programme_id).await?;
    let p = user.principal();
    let is_worker = p.worker_id == Some(view.placement.worker_id);
    let steps: Vec<StepView> = view
        .placement
        .status
        .allowed_next()
        .iter()
        .copied()
        .filter(|_| !is_worker)
        .filter(|to| {
            p.may_record_transition(
                *to,
                view.placement.worker_id,
                &programme,
                view.employer_id,
                view.agency_id,
            )
            .is_ok()
        })
        .map(|to| StepView {
            to: to.as_str(),
            contract: to == PlacementStatus::ContractSigned,
            end_reason: to == PlacementStatus::EndedEarly,
        })
        .collect();
    let rights =
        super::orientation::placement_rights(state, user, &view, &programme, &jo, lang).await?;
    let currency = jo.spec.wage.amount.currency().to_string();
    let r = &*RENDERER;
    let party = |x: Party| r.message(lang, &format!("party-{}", x.as_str()));
    let s = &jo.spec;
    let mut extra = serde_json::json!({
        "orientation": rights["orientation"],
        "rights": rights["rights"],
    });
    let mut out = serde_json::json!({
        "placement": {
            "id": view.placement.id.0,
            "job_order_id": jo.id.0,
            "worker_id": view.placement.worker_id.0,
            "job_title": s.display_title(),
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
            "wage_amount": c.wage.amount,
            "wage_per": c.wage.per.as_str(),
            "hours": format!("{} – {}", c.guaranteed_hours_per_week, c.max_hours_per_week),
            "start": c.start_date.to_string(),
            "months": c.duration_months,
            "housing": c.housing.provided,
            "medical": c.medical.as_str(),
            "return_paid": c.return_travel_paid_by_employer,
        })),
        "payments": payments.iter().map(|x| serde_json::json!({
            "on": x.spec.paid_on.to_string(),
            "who": r.message_with(lang, "placement-paid-by", &[
                ("payer", party(x.spec.payer).into()),
                ("payee", party(x.spec.payee).into()),
            ]),
            "category": x.spec.category.as_str(),
            "amount": x.spec.amount.to_string(),
            "money": x.spec.amount,
            "violation": x.violation.is_some(),
            "note": x.spec.note,
        })).collect::<Vec<_>>(),
        "is_worker": is_worker,
        "can_withdraw": is_worker && view.placement.status.can_move_to(PlacementStatus::Withdrawn),
        "can_record_payment": !is_worker && matches!(p.role, Role::Employer | Role::Recruiter | Role::Admin)
            || p.is_official_of(&programme),
        "steps": steps,
        "today": today().to_string(),
        "report": {"currency": currency, "paid_on": today().to_string()},
        "contract_defaults": {
            "languages": s.contract_languages.iter().map(|l| (l.to_string(), l.name())).collect::<Vec<_>>(),
            "wage": s.wage.amount.amount_text(),
            "currency": currency,
            "per": s.wage.per.as_str(),
            "guaranteed": s.guaranteed_hours_per_week,
            "max": s.max_hours_per_week,
            "start": s.start_date.to_string(),
            "months": s.duration_months,
            "housing": if s.housing.provided { "yes" } else { "no" },
            "housing_cost": s.housing.cost_to_worker_per_month.as_ref().map(Money::amount_text).unwrap_or_default(),
            "medical": s.medical.as_str(),
            "return": if s.return_travel_paid_by_employer { "yes" } else { "no" },
        },
    });
    if let (Some(out), Some(extra)) = (out.as_object_mut(), extra.as_object_mut()) {
        out.append(extra);
    }
    Ok(out)
}

/// Renders the placement page again with `errors` and what was typed.
pub(crate) async fn again(
    state: &AppState,
    page: &Page,
    user: &CurrentUser,
    id: PlacementId,
    errors: FormErrors,
    form: &FormData,
) -> Response {
    match placement_view(state, user, id, page.lang).await {
        Ok(mut v) => {
            v["errors"] = serde_json::to_value(&errors).unwrap_or_default();
            v["values"] = serde_json::to_value(form.values()).unwrap_or_default();
            let mut res = page.render("placement.html", v);
            *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            res
        }
        Err(e) => page.error(&e),
    }
}

fn enum_of<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_string())).ok()
}

/// `POST /placements/{id}/payments`: the worker reports a payment they
/// made (the payer is the worker); the employer, agency or an official
/// records any payment. Every error at its field.
pub async fn record_payment(
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
    let payer: Option<Party> = if user.principal().role == Role::Worker {
        Some(Party::Worker)
    } else {
        enum_of(form.get("payer"))
    };
    if payer.is_none() {
        errors.push("payer", page.t("form-choose"));
    }
    let payee: Option<Party> = enum_of(form.get("payee"));
    if payee.is_none() {
        errors.push("payee", page.t("form-choose"));
    }
    let category: Option<PaymentCategory> = enum_of(form.get("category"));
    if category.is_none() {
        errors.push("category", page.t("form-choose"));
    }
    let amount = CurrencyCode::parse(form.get("currency"))
        .ok()
        .and_then(|c| Money::parse(form.get("amount"), c).ok());
    if amount.is_none() {
        errors.push("amount", page.t("form-amount-invalid"));
    }
    let paid_on = options::date(
        &mut errors,
        "paid-on",
        form.get("paid_on"),
        &page.t("form-date-invalid"),
    );
    let (Some(payer), Some(payee), Some(category), Some(amount), Some(paid_on)) =
        (payer, payee, category, amount, paid_on)
    else {
        return again(&state, &page, &user, id, errors, &form).await;
    };
    let spec = PaymentSpec {
        payer,
        payee,
        category,
        amount,
        paid_on,
        note: form.get("note").to_string(),
    };
    match actions::placements::record_payment(&state, &user, id, &spec).await {
        Ok(_) => redirect(&format!("/placements/{id}?reported=1#ledger")),
        Err(ApiError::Unprocessable(v)) => {
            let errors = FormErrors::from_violations(page.lang, &v, field_id);
            again(&state, &page, &user, id, errors, &form).await
        }
        Err(e) => page.error(&e),
    }
}

/// `POST /placements/{id}/steps`: records the next step (`to`), dated
/// (`occurred_on`, today by default) with a note; signing a contract takes
/// its terms, an early end its reason. Every violated rule shows at its
/// field.
pub async fn record_step(
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
    let msg = |k: &str| page.t(k);
    let mut errors = FormErrors::default();
    let Some(to) = PlacementStatus::parse(form.get("to")) else {
        return page.error(&ApiError::bad_field("to", "invalid", "no such step"));
    };
    let occurred_on = match form.get("occurred_on") {
        "" => None,
        t => options::date(&mut errors, "occurred-on", t, &msg("form-date-invalid")),
    };
    let end_reason: Option<EndReason> = if to == PlacementStatus::EndedEarly {
        let r = enum_of(form.get("end_reason"));
        if r.is_none() {
            errors.push("end-reason", msg("form-choose"));
        }
        r
    } else {
        None
    };
    let contract = if to == PlacementStatus::ContractSigned {
        contract_from(&form, &mut errors, &msg)
    } else {
        None
    };
    if !errors.is_empty() {
        return again(&state, &page, &user, id, errors, &form).await;
    }
    let req = TransitionRequest {
        to,
        occurred_on,
        note: form.get("note").to_string(),
        end_reason,
        contract,
    };
    match actions::placements::transition(&state, &user, id, &req).await {
        Ok(_) => redirect(&format!("/placements/{id}?moved={}", to.as_str())),
        Err(ApiError::Unprocessable(v)) => {
            let mut errors = FormErrors::default();
            for x in v.iter() {
                let field = match x.field.as_str() {
                    f if f.starts_with("contract") => "contract".to_string(),
                    "occurred_on" => "occurred-on".to_string(),
                    "end_reason" => "end-reason".to_string(),
                    _ => "steps".to_string(),
                };
                errors.push(field, violation_text(page.lang, x));
            }
            again(&state, &page, &user, id, errors, &form).await
        }
        Err(e) => page.error(&e),
    }
}

/// The contract's terms from the signing form.
fn contract_from(
    form: &FormData,
    errors: &mut FormErrors,
    msg: &dyn Fn(&str) -> String,
) -> Option<Contract> {
    let language = options::language(
        errors,
        "contract-language",
        form.get("contract_language"),
        &msg("form-choose"),
    );
    let currency = CurrencyCode::parse(form.get("contract_currency")).ok();
    let money = |errors: &mut FormErrors, id: &str, text: &str| -> Option<Money> {
        match currency.clone().and_then(|c| Money::parse(text, c).ok()) {
            Some(m) => Some(m),
            None => {
                errors.push(id, msg("form-amount-invalid"));
                None
            }
        }
    };
    let wage = money(errors, "contract-wage", form.get("contract_wage"));
    let per: Option<PayPeriod> = enum_of(form.get("contract_per"));
    let guaranteed = options::number::<f64>(
        errors,
        "contract-guaranteed",
        form.get("contract_guaranteed"),
        0.0..=100.0,
        &msg("form-number-invalid"),
    );
    let max = options::number::<f64>(
        errors,
        "contract-max",
        form.get("contract_max"),
        0.0..=100.0,
        &msg("form-number-invalid"),
    );
    let start = options::date(
        errors,
        "contract-start",
        form.get("contract_start"),
        &msg("form-date-invalid"),
    );
    let months = options::number::<u16>(
        errors,
        "contract-months",
        form.get("contract_months"),
        1..=120,
        &msg("form-number-invalid"),
    );
    let housing_cost = match form.get("contract_housing_cost") {
        "" | "0" => None,
        t => money(errors, "contract-housing-cost", t),
    };
    let medical: Option<MedicalCover> = enum_of(form.get("contract_medical"));
    Some(Contract {
        language: language?,
        wage: Wage::new(wage?, per?),
        guaranteed_hours_per_week: guaranteed?,
        max_hours_per_week: max?,
        start_date: start?,
        duration_months: months?,
        housing: Housing {
            provided: form.get("contract_housing") == "yes",
            cost_to_worker_per_month: housing_cost,
            description: String::new(),
        },
        medical: medical?,
        return_travel_paid_by_employer: form.get("contract_return") == "yes",
    })
}
