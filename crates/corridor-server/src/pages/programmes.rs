//! Programmes as their officials administer them: the list of their
//! country's programmes, a programme's page (terms, minimum conditions,
//! occupations covered, quotas, its job orders of every status), and
//! creating and changing a programme with every term of
//! [`ProgrammeSpec`]. Occupation groups and quotas are repeated rows,
//! added and removed with submit buttons (no script): the form comes back
//! with one row more or less and every value kept. Every violated rule
//! shows at its field.

use super::official::{Pager, country_name, page_number, paging, unprocessable};
use super::options::{self, Choice};
use super::page::{FormData, FormErrors, Page, field_id};
use super::redirect;
use crate::AppState;
use crate::actions::{programmes, today};
use crate::error::ApiError;
use crate::extract::ApiPath;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use chrono::NaiveDate;
use corridor_domain::codes::{CountryCode, CurrencyCode, IscoCode, Sex};
use corridor_domain::ids::ProgrammeId;
use corridor_domain::money::{Money, PayPeriod, Wage};
use corridor_domain::programme::{
    HousingRule, MedicalCover, MinimumConditions, Programme, ProgrammeKind, ProgrammeSpec, Quota,
    SocialSecurity,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The programmes' templates.
pub const TEMPLATES: [(&str, &str); 3] = [
    (
        "programmes/list.html",
        include_str!("../../templates/programmes/list.html"),
    ),
    (
        "programmes/show.html",
        include_str!("../../templates/programmes/show.html"),
    ),
    (
        "programmes/form.html",
        include_str!("../../templates/programmes/form.html"),
    ),
];

/// The programmes' routes.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/programmes", get(list))
        .route("/programmes/new", get(new_form).post(create))
        .route("/programmes/{id}", get(show))
        .route("/programmes/{id}/edit", get(edit_form).post(update))
}

const KINDS: [ProgrammeKind; 4] = [
    ProgrammeKind::Seasonal,
    ProgrammeKind::Temporary,
    ProgrammeKind::LongTerm,
    ProgrammeKind::DiasporaTemporaryReturn,
];

const MEDICAL: [MedicalCover; 4] = [
    MedicalCover::None,
    MedicalCover::Insurance,
    MedicalCover::Care,
    MedicalCover::CareAndInsurance,
];

const PERIODS: [PayPeriod; 4] = [
    PayPeriod::Hour,
    PayPeriod::Week,
    PayPeriod::Month,
    PayPeriod::Year,
];

const SEXES: [Sex; 4] = [Sex::Female, Sex::Male, Sex::Other, Sex::NotStated];

/// Every ISO 4217 currency, by code: "CAD · Canadian dollar".
fn currencies() -> &'static [Choice] {
    static ALL: LazyLock<Vec<Choice>> = LazyLock::new(|| {
        let mut v: Vec<Choice> = corridor_reference::currencies()
            .iter()
            .map(|c| (c.code.to_string(), format!("{} · {}", c.code, c.name)))
            .collect();
        v.sort();
        v
    });
    &ALL
}

fn sex_code(s: Sex) -> &'static str {
    s.as_str()
}

// ------------------------------------------------------------------ list

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    page: Option<String>,
    #[serde(default)]
    saved: Option<String>,
}

#[derive(Serialize)]
struct ProgrammeRow {
    id: i64,
    name: String,
    corridor: String,
    kind: &'static str,
    valid_from: String,
    valid_until: String,
}

#[derive(Serialize)]
struct ListView {
    programmes: Vec<ProgrammeRow>,
    pager: Pager,
}

fn corridor_of(p: &Programme) -> String {
    format!(
        "{} → {}",
        country_name(p.spec.origin.as_str()),
        country_name(p.spec.destination.as_str())
    )
}

/// `GET /programmes`: the programmes the official administers (their
/// country's side of each; administrators: all).
pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let n = page_number(q.page.as_deref());
    match programmes::administered(&state, &user, paging(n)).await {
        Ok(list) => page.render(
            "programmes/list.html",
            ListView {
                programmes: list
                    .items
                    .iter()
                    .map(|p| ProgrammeRow {
                        id: p.id.0,
                        name: p.spec.name.clone(),
                        corridor: corridor_of(p),
                        kind: p.spec.kind.as_str(),
                        valid_from: p.spec.valid_from.to_string(),
                        valid_until: p
                            .spec
                            .valid_until
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                    })
                    .collect(),
                pager: Pager::new("/programmes", &[], n, list.total),
            },
        ),
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------------------ show

#[derive(Serialize)]
struct GroupView {
    code: String,
    label: String,
}

#[derive(Serialize)]
struct QuotaView {
    from: String,
    to: String,
    group: Option<GroupView>,
    sex: Option<&'static str>,
    positions: u32,
}

#[derive(Serialize)]
struct JobRow {
    id: i64,
    title: String,
    status: &'static str,
    positions: u32,
    start: String,
}

#[derive(Serialize)]
struct ShowView {
    id: i64,
    name: String,
    corridor: String,
    kind: &'static str,
    g2g: bool,
    valid_from: String,
    valid_until: String,
    max_stay: u16,
    occupations: Vec<GroupView>,
    min_wage: String,
    wage_per: &'static str,
    guaranteed_hours: f64,
    max_hours: f64,
    housing_required: bool,
    housing_cap: Option<String>,
    medical: &'static str,
    return_paid: bool,
    priority_rehire: bool,
    social_security_portable: bool,
    social_security: String,
    pathway: bool,
    women_share: Option<String>,
    quotas: Vec<QuotaView>,
    job_orders: Vec<JobRow>,
    pager: Pager,
    saved: bool,
}

fn group_view(g: &IscoCode) -> GroupView {
    GroupView {
        code: g.to_string(),
        label: g.label(),
    }
}

/// A share (0–1) as a percentage with up to one decimal: "40%", "12.5%".
fn percent(share: f64) -> String {
    let p = (share * 1000.0).round() / 10.0;
    if p.fract() == 0.0 {
        format!("{p:.0}%")
    } else {
        format!("{p:.1}%")
    }
}

/// `GET /programmes/{id}`: a programme as its officials administer it.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<ListQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let n = page_number(q.page.as_deref());
    let (p, jobs) = match programmes::administer(&state, &user, ProgrammeId(id), paging(n)).await {
        Ok(x) => x,
        Err(e) => return page.error(&e),
    };
    let s = &p.spec;
    let c = &s.conditions;
    page.render(
        "programmes/show.html",
        ShowView {
            id,
            name: s.name.clone(),
            corridor: corridor_of(&p),
            kind: s.kind.as_str(),
            g2g: s.government_to_government,
            valid_from: s.valid_from.to_string(),
            valid_until: s.valid_until.map(|d| d.to_string()).unwrap_or_default(),
            max_stay: s.max_stay_months,
            occupations: s.occupations.iter().map(group_view).collect(),
            min_wage: c.min_wage.amount.to_string(),
            wage_per: c.min_wage.per.as_str(),
            guaranteed_hours: c.min_guaranteed_hours_per_week,
            max_hours: c.max_hours_per_week,
            housing_required: c.housing.must_be_provided,
            housing_cap: c
                .housing
                .max_cost_to_worker_per_month
                .as_ref()
                .map(ToString::to_string),
            medical: c.medical.as_str(),
            return_paid: c.return_travel_paid_by_employer,
            priority_rehire: c.priority_rehire,
            social_security_portable: c.social_security.portable,
            social_security: c.social_security.arrangement.clone(),
            pathway: c.pathway_to_permanent_residence,
            women_share: s.min_women_share.map(percent),
            quotas: s
                .quotas
                .iter()
                .map(|q| QuotaView {
                    from: q.period_start.to_string(),
                    to: q.period_end.to_string(),
                    group: q.isco.as_ref().map(group_view),
                    sex: q.sex.map(sex_code),
                    positions: q.positions,
                })
                .collect(),
            job_orders: jobs
                .items
                .iter()
                .map(|j| JobRow {
                    id: j.id.0,
                    title: j.spec.display_title(),
                    status: j.status.as_str(),
                    positions: j.spec.positions,
                    start: j.spec.start_date.to_string(),
                })
                .collect(),
            pager: Pager::new(&format!("/programmes/{id}"), &[], n, jobs.total),
            saved: q.saved.is_some(),
        },
    )
}

// ------------------------------------------------------------------ form

/// One occupation-group row of the form.
#[derive(Serialize, Clone, Default)]
struct OccupationRow {
    code: String,
    label: String,
}

/// One quota row of the form, as typed.
#[derive(Serialize, Clone, Default)]
struct QuotaRow {
    start: String,
    end: String,
    isco: String,
    sex: String,
    positions: String,
}

impl QuotaRow {
    fn is_blank(&self) -> bool {
        [
            &self.start,
            &self.end,
            &self.isco,
            &self.sex,
            &self.positions,
        ]
        .iter()
        .all(|v| v.is_empty())
    }
}

#[derive(Serialize)]
struct FormView {
    /// The programme being changed; none when creating one.
    editing: Option<i64>,
    /// "Mexico → Canada", when the countries are fixed.
    corridor: String,
    values: BTreeMap<String, String>,
    occupations: Vec<OccupationRow>,
    quotas: Vec<QuotaRow>,
    errors: FormErrors,
    countries: &'static [Choice],
    currencies: &'static [Choice],
    kinds: Vec<&'static str>,
    medical: Vec<&'static str>,
    periods: Vec<&'static str>,
    sexes: Vec<&'static str>,
}

impl FormView {
    fn new(
        editing: Option<&Programme>,
        values: BTreeMap<String, String>,
        occupations: Vec<OccupationRow>,
        quotas: Vec<QuotaRow>,
        errors: FormErrors,
    ) -> Self {
        FormView {
            editing: editing.map(|p| p.id.0),
            corridor: editing.map(corridor_of).unwrap_or_default(),
            values,
            occupations,
            quotas,
            errors,
            countries: options::countries(),
            currencies: currencies(),
            kinds: KINDS.iter().map(|k| k.as_str()).collect(),
            medical: MEDICAL.iter().map(|m| m.as_str()).collect(),
            periods: PERIODS.iter().map(|p| p.as_str()).collect(),
            sexes: SEXES.iter().map(|s| s.as_str()).collect(),
        }
    }
}

const YES: &str = "yes";

/// The form filled from a programme's terms.
fn form_of(spec: &ProgrammeSpec) -> (BTreeMap<String, String>, Vec<OccupationRow>, Vec<QuotaRow>) {
    let c = &spec.conditions;
    let mut v = BTreeMap::new();
    let mut put = |k: &str, val: String| {
        v.insert(k.to_string(), val);
    };
    put("name", spec.name.clone());
    put("origin", spec.origin.to_string());
    put("destination", spec.destination.to_string());
    put("kind", spec.kind.as_str().into());
    let flag = |b: bool| if b { YES.to_string() } else { String::new() };
    put(
        "government_to_government",
        flag(spec.government_to_government),
    );
    put("max_stay_months", spec.max_stay_months.to_string());
    put("valid_from", spec.valid_from.to_string());
    put(
        "valid_until",
        spec.valid_until.map(|d| d.to_string()).unwrap_or_default(),
    );
    put(
        "min_women_share",
        spec.min_women_share
            .map(|s| percent(s).trim_end_matches('%').to_string())
            .unwrap_or_default(),
    );
    put("currency", c.min_wage.amount.currency().to_string());
    put("min_wage", c.min_wage.amount.amount_text());
    put("wage_per", c.min_wage.per.as_str().into());
    put(
        "guaranteed_hours",
        c.min_guaranteed_hours_per_week.to_string(),
    );
    put("max_hours", c.max_hours_per_week.to_string());
    put("housing_required", flag(c.housing.must_be_provided));
    put(
        "housing_cap",
        c.housing
            .max_cost_to_worker_per_month
            .as_ref()
            .map(Money::amount_text)
            .unwrap_or_default(),
    );
    put("medical", c.medical.as_str().into());
    put("return_paid", flag(c.return_travel_paid_by_employer));
    put("priority_rehire", flag(c.priority_rehire));
    put("social_security_portable", flag(c.social_security.portable));
    put("social_security", c.social_security.arrangement.clone());
    put("pathway", flag(c.pathway_to_permanent_residence));
    let occupations = spec
        .occupations
        .iter()
        .map(|g| OccupationRow {
            code: g.to_string(),
            label: g.label(),
        })
        .collect();
    let quotas = spec
        .quotas
        .iter()
        .map(|q| QuotaRow {
            start: q.period_start.to_string(),
            end: q.period_end.to_string(),
            isco: q.isco.as_ref().map(ToString::to_string).unwrap_or_default(),
            sex: q.sex.map(|s| s.as_str().to_string()).unwrap_or_default(),
            positions: q.positions.to_string(),
        })
        .collect();
    (v, occupations, quotas)
}

/// A new programme's form: the official's country on their side, the
/// common defaults elsewhere.
fn blank_form(page: &Page) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    if let Some(u) = &page.user {
        let p = u.principal();
        if let Some(c) = &p.country {
            let side = match p.role {
                corridor_domain::access::Role::DestinationOfficial => "destination",
                _ => "origin",
            };
            v.insert(side.to_string(), c.to_string());
        }
    }
    v.insert("kind".into(), "seasonal".into());
    v.insert("wage_per".into(), "hour".into());
    v.insert("medical".into(), "care_and_insurance".into());
    v.insert("valid_from".into(), today().to_string());
    v.insert("housing_required".into(), YES.into());
    v.insert("return_paid".into(), YES.into());
    v
}

/// The rows of the form as submitted (typed values kept), before any row
/// button is applied.
fn rows_of(form: &FormData) -> (Vec<OccupationRow>, Vec<QuotaRow>) {
    let occupations = form
        .all("occupation")
        .into_iter()
        .map(|code| OccupationRow {
            code: code.to_string(),
            label: IscoCode::parse(code).map(|g| g.label()).unwrap_or_default(),
        })
        .collect();
    let col = |name: &str| form.all(name);
    let (starts, ends, iscos, sexes, positions) = (
        col("quota_start"),
        col("quota_end"),
        col("quota_isco"),
        col("quota_sex"),
        col("quota_positions"),
    );
    let at = |v: &Vec<&str>, i: usize| v.get(i).copied().unwrap_or("").to_string();
    let quotas = (0..starts.len())
        .map(|i| QuotaRow {
            start: at(&starts, i),
            end: at(&ends, i),
            isco: at(&iscos, i),
            sex: at(&sexes, i),
            positions: at(&positions, i),
        })
        .collect();
    (occupations, quotas)
}

/// Applies a pressed row button (add or remove an occupation group or a
/// quota); `true` when one was pressed and the form is to be shown again.
fn apply_row_buttons(
    form: &FormData,
    occupations: &mut Vec<OccupationRow>,
    quotas: &mut Vec<QuotaRow>,
) -> bool {
    let index = |name: &str| form.get(name).parse::<usize>().ok();
    if form.has("add_occupation") {
        occupations.push(OccupationRow::default());
    } else if form.has("add_quota") {
        quotas.push(QuotaRow::default());
    } else if let Some(i) = index("remove_occupation") {
        if i < occupations.len() {
            occupations.remove(i);
        }
    } else if let Some(i) = index("remove_quota") {
        if i < quotas.len() {
            quotas.remove(i);
        }
    } else {
        return false;
    }
    true
}

/// Reads the form into terms: each unreadable answer is an error at its
/// field, replaced by a stand-in so the programme's own rules still run
/// over the rest (every error shows at once). `fixed` are the countries of
/// a programme being changed.
fn parse_form(
    page: &Page,
    form: &FormData,
    occupations: &[OccupationRow],
    quotas: &[QuotaRow],
    fixed: Option<&ProgrammeSpec>,
) -> (ProgrammeSpec, FormErrors) {
    let msg = |k: &str| page.t(k);
    let mut e = FormErrors::default();
    let stand_in = |c: &str| CountryCode::parse(c).expect("a stand-in country");
    let (origin, destination) = match fixed {
        Some(spec) => (spec.origin.clone(), spec.destination.clone()),
        None => (
            options::country(
                &mut e,
                "origin",
                form.get("origin"),
                &msg("form-choose-country"),
            )
            .unwrap_or_else(|| stand_in("MEX")),
            options::country(
                &mut e,
                "destination",
                form.get("destination"),
                &msg("form-choose-country"),
            )
            .unwrap_or_else(|| stand_in("CAN")),
        ),
    };
    let kind = KINDS
        .into_iter()
        .find(|k| k.as_str() == form.get("kind"))
        .unwrap_or_else(|| {
            e.push("kind", msg("form-choose"));
            ProgrammeKind::Seasonal
        });
    let mut groups = vec![];
    for (i, row) in occupations.iter().enumerate() {
        if row.code.is_empty() {
            continue;
        }
        match IscoCode::parse(&row.code) {
            Ok(g) if !groups.contains(&g) => groups.push(g),
            Ok(_) => e.push(format!("occupations-{i}"), msg("rule-duplicate")),
            Err(_) => e.push(format!("occupations-{i}"), msg("official-isco-invalid")),
        }
    }
    let currency = CurrencyCode::parse(form.get("currency")).ok();
    if currency.is_none() {
        e.push("currency", msg("official-currency-choose"));
    }
    let currency = currency.unwrap_or_else(|| CurrencyCode::parse("USD").expect("USD exists"));
    let amount =
        |e: &mut FormErrors, id: &str, text: &str| match Money::parse(text, currency.clone()) {
            Ok(m) => Some(m),
            Err(_) => {
                e.push(id, msg("form-amount-invalid"));
                None
            }
        };
    let min_wage = amount(&mut e, "conditions-min-wage-amount", form.get("min_wage"))
        .unwrap_or_else(|| Money::from_minor(1, currency.clone()));
    let per = PERIODS
        .into_iter()
        .find(|p| p.as_str() == form.get("wage_per"))
        .unwrap_or_else(|| {
            e.push("conditions-min-wage-per", msg("form-choose"));
            PayPeriod::Hour
        });
    let hours = |e: &mut FormErrors, id: &str, name: &str| {
        options::number::<f64>(
            e,
            id,
            form.get(name),
            0.0..=168.0,
            &msg("official-hours-invalid"),
        )
    };
    let guaranteed = hours(
        &mut e,
        "conditions-min-guaranteed-hours-per-week",
        "guaranteed_hours",
    )
    .unwrap_or(0.0);
    let max_hours = hours(&mut e, "conditions-max-hours-per-week", "max_hours").unwrap_or(168.0);
    let housing_cap = if form.get("housing_cap").is_empty() {
        None
    } else {
        amount(
            &mut e,
            "conditions-housing-max-cost-to-worker-per-month",
            form.get("housing_cap"),
        )
    };
    let medical = MEDICAL
        .into_iter()
        .find(|m| m.as_str() == form.get("medical"))
        .unwrap_or_else(|| {
            e.push("conditions-medical", msg("form-choose"));
            MedicalCover::None
        });
    let max_stay = options::number::<u16>(
        &mut e,
        "max-stay-months",
        form.get("max_stay_months"),
        0..=u16::MAX,
        &msg("official-months-invalid"),
    )
    .unwrap_or(1);
    let valid_from = options::date(
        &mut e,
        "valid-from",
        form.get("valid_from"),
        &msg("form-date-invalid"),
    )
    .unwrap_or_else(today);
    let valid_until = options::optional_date(
        &mut e,
        "valid-until",
        form.get("valid_until"),
        &msg("form-date-invalid"),
    )
    .flatten();
    let women_share = if form.get("min_women_share").is_empty() {
        None
    } else {
        options::number::<f64>(
            &mut e,
            "min-women-share",
            form.get("min_women_share"),
            0.0..=100.0,
            &msg("official-percent-invalid"),
        )
        .map(|p| p / 100.0)
    };
    let mut parsed_quotas = vec![];
    for (i, q) in quotas.iter().enumerate() {
        if q.is_blank() {
            continue;
        }
        let id = |f: &str| format!("quotas-{i}-{f}");
        let date = |e: &mut FormErrors, f: &str, text: &str| {
            options::date(e, &id(f), text, &msg("form-date-invalid"))
        };
        let start = date(&mut e, "period-start", &q.start);
        let end = date(&mut e, "period-end", &q.end);
        let (start, end): (NaiveDate, NaiveDate) = match (start, end) {
            (Some(s), Some(t)) => (s, t),
            (Some(s), None) => (s, s),
            (None, Some(t)) => (t, t),
            (None, None) => (today(), today()),
        };
        let isco = if q.isco.is_empty() {
            None
        } else {
            match IscoCode::parse(&q.isco) {
                Ok(g) => Some(g),
                Err(_) => {
                    e.push(id("isco"), msg("official-isco-invalid"));
                    None
                }
            }
        };
        let sex = if q.sex.is_empty() {
            None
        } else {
            options::sex(&mut e, &id("sex"), &q.sex, &msg("form-choose"))
        };
        let positions = options::number::<u32>(
            &mut e,
            &id("positions"),
            &q.positions,
            0..=1_000_000,
            &msg("official-positions-invalid"),
        )
        .unwrap_or(0);
        parsed_quotas.push(Quota {
            period_start: start,
            period_end: end,
            isco,
            sex,
            positions,
        });
    }
    let yes = |name: &str| form.get(name) == YES;
    let spec = ProgrammeSpec {
        name: form.get("name").to_string(),
        origin,
        destination,
        kind,
        government_to_government: yes("government_to_government"),
        occupations: groups,
        quotas: parsed_quotas,
        max_stay_months: max_stay,
        conditions: MinimumConditions {
            min_wage: Wage::new(min_wage, per),
            min_guaranteed_hours_per_week: guaranteed,
            max_hours_per_week: max_hours,
            housing: HousingRule {
                must_be_provided: yes("housing_required"),
                max_cost_to_worker_per_month: housing_cap,
            },
            medical,
            return_travel_paid_by_employer: yes("return_paid"),
            priority_rehire: yes("priority_rehire"),
            social_security: SocialSecurity {
                portable: yes("social_security_portable"),
                arrangement: form.get("social_security").to_string(),
            },
            pathway_to_permanent_residence: yes("pathway"),
        },
        valid_from,
        valid_until,
        min_women_share: women_share,
    };
    (spec, e)
}

/// The field a violated rule's path points at (quota rows are numbered as
/// they are shown: blank rows are left out of the terms, so their numbers
/// are mapped back).
fn field_of(path: &str, quota_rows: &[usize]) -> String {
    if let Some(rest) = path.strip_prefix("quotas[")
        && let Some((n, tail)) = rest.split_once(']')
        && let Ok(n) = n.parse::<usize>()
    {
        let shown = quota_rows.get(n).copied().unwrap_or(n);
        return field_id(&format!("quotas[{shown}]{tail}"));
    }
    field_id(path)
}

/// The rows shown for each quota of the terms.
fn shown_quota_rows(quotas: &[QuotaRow]) -> Vec<usize> {
    quotas
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.is_blank())
        .map(|(i, _)| i)
        .collect()
}

/// Adds the domain's violations to `errors`, one message a field (a field
/// that could not be read keeps its own message).
fn add_violations(
    page: &Page,
    errors: &mut FormErrors,
    v: &corridor_domain::Violations,
    quota_rows: &[usize],
) {
    let mut seen: Vec<String> = errors.fields.keys().cloned().collect();
    for e in FormErrors::from_violations(page.lang, v, |p| field_of(p, quota_rows)).summary {
        if !seen.contains(&e.field) {
            seen.push(e.field.clone());
            errors.push(e.field, e.message);
        }
    }
}

/// Whether the signed-in user may open the form at all: a programme
/// with their country on their side (to create) or this programme (to
/// change).
async fn may_open_form(
    state: &AppState,
    page: &Page,
    editing: Option<&Programme>,
) -> Result<(), Response> {
    let user = page.signed_in()?;
    programmes::may_open_form(state, user, editing)
        .await
        .map_err(|e| page.error(&e))
}

/// `GET /programmes/new`.
pub async fn new_form(State(state): State<AppState>, page: Page) -> Response {
    if let Err(r) = may_open_form(&state, &page, None).await {
        return r;
    }
    page.render(
        "programmes/form.html",
        FormView::new(
            None,
            blank_form(&page),
            vec![OccupationRow::default()],
            vec![],
            FormErrors::default(),
        ),
    )
}

/// `POST /programmes/new`: a row button shows the form again with a row
/// more or less; otherwise the programme is created, or the form comes
/// back with every error at its field.
pub async fn create(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    if let Err(r) = may_open_form(&state, &page, None).await {
        return r;
    }
    let (mut occupations, mut quotas) = rows_of(&form);
    if apply_row_buttons(&form, &mut occupations, &mut quotas) {
        return page.render(
            "programmes/form.html",
            FormView::new(
                None,
                form.values(),
                occupations,
                quotas,
                FormErrors::default(),
            ),
        );
    }
    let (spec, mut errors) = parse_form(&page, &form, &occupations, &quotas, None);
    let rows = shown_quota_rows(&quotas);
    if errors.is_empty() {
        match programmes::create(&state, &user, &spec).await {
            Ok(p) => return redirect(&format!("/programmes/{}?saved=1", p.id.0)),
            Err(ApiError::Unprocessable(v)) => add_violations(&page, &mut errors, &v, &rows),
            Err(e) => return page.error(&e),
        }
    } else if let Err(v) = spec.validate() {
        add_violations(&page, &mut errors, &v, &rows);
    }
    unprocessable(page.render(
        "programmes/form.html",
        FormView::new(None, form.values(), occupations, quotas, errors),
    ))
}

/// `GET /programmes/{id}/edit`.
pub async fn edit_form(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
) -> Response {
    let programme = match programmes::read(&state, ProgrammeId(id)).await {
        Ok(p) => p,
        Err(e) => return page.error(&e),
    };
    if let Err(r) = may_open_form(&state, &page, Some(&programme)).await {
        return r;
    }
    let (values, mut occupations, quotas) = form_of(&programme.spec);
    if occupations.is_empty() {
        occupations.push(OccupationRow::default());
    }
    page.render(
        "programmes/form.html",
        FormView::new(
            Some(&programme),
            values,
            occupations,
            quotas,
            FormErrors::default(),
        ),
    )
}

/// `POST /programmes/{id}/edit`: as creating, for the terms of an existing
/// programme (its countries stay).
pub async fn update(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let programme = match programmes::read(&state, ProgrammeId(id)).await {
        Ok(p) => p,
        Err(e) => return page.error(&e),
    };
    if let Err(r) = may_open_form(&state, &page, Some(&programme)).await {
        return r;
    }
    let (mut occupations, mut quotas) = rows_of(&form);
    if apply_row_buttons(&form, &mut occupations, &mut quotas) {
        return page.render(
            "programmes/form.html",
            FormView::new(
                Some(&programme),
                form.values(),
                occupations,
                quotas,
                FormErrors::default(),
            ),
        );
    }
    let (spec, mut errors) = parse_form(&page, &form, &occupations, &quotas, Some(&programme.spec));
    let rows = shown_quota_rows(&quotas);
    if errors.is_empty() {
        match programmes::update(&state, &user, programme.id, &spec).await {
            Ok(_) => return redirect(&format!("/programmes/{id}?saved=1")),
            Err(ApiError::Unprocessable(v)) => add_violations(&page, &mut errors, &v, &rows),
            Err(e) => return page.error(&e),
        }
    } else if let Err(v) = programmes::check_update(&programme, &spec) {
        add_violations(&page, &mut errors, &v, &rows);
    }
    unprocessable(page.render(
        "programmes/form.html",
        FormView::new(Some(&programme), form.values(), occupations, quotas, errors),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_errors_point_at_the_rows_shown() {
        // Rows 0 and 2 filled, row 1 left blank: the terms' second quota is
        // the third row on the page.
        assert_eq!(field_of("quotas[1].isco", &[0, 2]), "quotas-2-isco");
        assert_eq!(
            field_of("quotas[0].period_end", &[0, 2]),
            "quotas-0-period-end"
        );
        assert_eq!(
            field_of("conditions.min_wage.amount", &[]),
            "conditions-min-wage-amount"
        );
    }

    #[test]
    fn shares_read_as_percentages() {
        assert_eq!(percent(0.4), "40%");
        assert_eq!(percent(0.125), "12.5%");
    }

    #[test]
    fn a_programmes_terms_fill_the_form_and_read_back() {
        let spec = corridor_domain::examples::DemoCorridor::NepalKorea.programme();
        let (values, occupations, quotas) = form_of(&spec);
        assert_eq!(values["min_wage"], "10320");
        assert_eq!(values["housing_cap"], "200000");
        assert_eq!(occupations.len(), spec.occupations.len());
        assert_eq!(quotas.len(), spec.quotas.len());
    }
}
