//! Match rounds as officials run them: the rounds of their programmes, a
//! new round (stable or optimal) for a programme they belong to, the review
//! of a round (each proposed pair with its explained score, the positions
//! left open and the workers left out with the reasons, the summary by sex
//! and by origin, the notes to read first), and the decision: confirming
//! (after a page that says what it does, with the step chosen and a box to
//! tick) or discarding.
//!
//! A round is stored with its explanations as facts
//! ([`crate::matching::StoredPart`]), so the review reads in the page's
//! language with the same words as the worker's recommendations
//! ([`super::view::score_part`]).

use super::official::{Pager, country_name, page_number, paging, unprocessable};
use super::page::{FormData, FormErrors, Page};
use super::redirect;
use super::view::score_part;
use crate::AppState;
use crate::actions::{matching, programmes};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::matching::{RoundNote, RoundResult, StoredPart, UnfilledWhy, UnmatchedWhy};
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use corridor_domain::access::Role;
use corridor_domain::ids::{JobOrderId, ProgrammeId};
use corridor_domain::placement::PlacementStatus;
use corridor_domain::programme::Programme;
use corridor_matching as engine;
use corridor_store::MatchRoundRecord;
use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The rounds' templates.
pub const TEMPLATES: [(&str, &str); 4] = [
    (
        "rounds/list.html",
        include_str!("../../templates/rounds/list.html"),
    ),
    (
        "rounds/new.html",
        include_str!("../../templates/rounds/new.html"),
    ),
    (
        "rounds/show.html",
        include_str!("../../templates/rounds/show.html"),
    ),
    (
        "rounds/confirm.html",
        include_str!("../../templates/rounds/confirm.html"),
    ),
];

/// The rounds' routes.
pub fn routes() -> super::Routes {
    super::Routes::new()
        .route("/match-rounds", get(list))
        .route("/match-rounds/new", get(new_form).post(run))
        .route("/match-rounds/{id}", get(show))
        .route(
            "/match-rounds/{id}/confirm",
            get(confirm_form).post(confirm),
        )
        .route("/match-rounds/{id}/discard", post(discard))
}

/// The programmes the official administers, for choosing one (at most a
/// page's worth: an official administers a handful).
async fn programme_choices(
    state: &AppState,
    user: &CurrentUser,
) -> Result<Vec<(String, String)>, ApiError> {
    let list = programmes::administered(state, user, paging(1)).await?;
    Ok(list
        .items
        .iter()
        .map(|p| {
            (
                p.id.0.to_string(),
                format!("{} ({})", p.spec.name, p.corridor()),
            )
        })
        .collect())
}

/// Programmes looked up once each.
#[derive(Default)]
struct Programmes(HashMap<ProgrammeId, Programme>);

impl Programmes {
    async fn get(&mut self, state: &AppState, id: ProgrammeId) -> Result<&Programme, ApiError> {
        if let std::collections::hash_map::Entry::Vacant(e) = self.0.entry(id) {
            e.insert(programmes::read(state, id).await?);
        }
        Ok(&self.0[&id])
    }
}

/// A stored result, or an empty one for a document that does not read
/// (the engine's own words are then all there is).
fn result_of(round: &MatchRoundRecord) -> Result<RoundResult, ApiError> {
    serde_json::from_value(round.result.clone())
        .map_err(|e| ApiError::Internal(format!("stored round {}: {e}", round.id)))
}

// ------------------------------------------------------------------ list

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    programme: String,
    #[serde(default)]
    page: Option<String>,
}

#[derive(Serialize)]
struct RoundRow {
    id: i64,
    programme: String,
    mechanism: String,
    status: String,
    created: String,
    filled: u32,
    positions: u32,
}

#[derive(Serialize)]
struct ListView {
    rounds: Vec<RoundRow>,
    programmes: Vec<(String, String)>,
    programme: String,
    pager: Pager,
}

/// `GET /match-rounds`: the rounds of the official's programmes, newest
/// first, optionally of one programme.
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
    let programme = q.programme.trim().parse::<i64>().ok().map(ProgrammeId);
    let result = async {
        let list = matching::list_rounds(&state, &user, programme, paging(n)).await?;
        let mut names = Programmes::default();
        let mut rounds = vec![];
        for r in &list.items {
            let result = result_of(r)?;
            rounds.push(RoundRow {
                id: r.id,
                programme: names.get(&state, r.programme_id).await?.spec.name.clone(),
                mechanism: r.mechanism.clone(),
                status: r.status.clone(),
                created: r.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                filled: result.filled,
                positions: result.positions,
            });
        }
        Ok::<_, ApiError>(ListView {
            rounds,
            programmes: programme_choices(&state, &user).await?,
            programme: programme.map(|p| p.0.to_string()).unwrap_or_default(),
            pager: Pager::new(
                "/match-rounds",
                &[("programme", q.programme.trim())],
                n,
                list.total,
            ),
        })
    }
    .await;
    match result {
        Ok(v) => page.render("rounds/list.html", v),
        Err(e) => page.error(&e),
    }
}

// -------------------------------------------------------------- new round

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    programme: String,
}

#[derive(Serialize)]
struct NewView {
    programmes: Vec<(String, String)>,
    values: std::collections::BTreeMap<String, String>,
    errors: FormErrors,
}

/// `GET /match-rounds/new`: choose a programme and a mechanism, each
/// mechanism explained.
pub async fn new_form(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<NewQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match programme_choices(&state, &user).await {
        Ok(programmes) => {
            let mut values = std::collections::BTreeMap::new();
            let chosen = if programmes.len() == 1 {
                programmes[0].0.clone()
            } else {
                q.programme.clone()
            };
            values.insert("programme".to_string(), chosen);
            values.insert("mechanism".to_string(), "optimal".to_string());
            page.render(
                "rounds/new.html",
                NewView {
                    programmes,
                    values,
                    errors: FormErrors::default(),
                },
            )
        }
        Err(e) => page.error(&e),
    }
}

/// `POST /match-rounds/new`: runs the round and shows it for review.
pub async fn run(State(state): State<AppState>, page: Page, form: FormData) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let mut errors = FormErrors::default();
    let programme = form.get("programme").parse::<i64>().ok().map(ProgrammeId);
    if programme.is_none() {
        errors.push("programme", page.t("official-round-choose-programme"));
    }
    let mechanism = match form.get("mechanism") {
        "stable" => Some(matching::MechanismChoice::Stable),
        "optimal" => Some(matching::MechanismChoice::Optimal),
        _ => {
            errors.push(
                "mechanism-optimal",
                page.t("official-round-choose-mechanism"),
            );
            None
        }
    };
    if let (Some(programme_id), Some(mechanism)) = (programme, mechanism) {
        let req = matching::NewRound {
            programme_id,
            mechanism,
        };
        match matching::run_round(&state, &user, &req).await {
            Ok(round) => return redirect(&format!("/match-rounds/{}", round.id)),
            Err(ApiError::Conflict(why)) => errors.push("programme", why),
            Err(e) => return page.error(&e),
        }
    }
    match programme_choices(&state, &user).await {
        Ok(programmes) => unprocessable(page.render(
            "rounds/new.html",
            NewView {
                programmes,
                values: form.values(),
                errors,
            },
        )),
        Err(e) => page.error(&e),
    }
}

// ---------------------------------------------------------------- review

#[derive(Serialize)]
struct PairView {
    worker_id: i64,
    job_order_id: i64,
    job_title: String,
    score: u32,
    why: Vec<String>,
}

#[derive(Serialize)]
struct UnfilledView {
    job_order_id: i64,
    job_title: String,
    positions: u32,
    why: String,
}

#[derive(Serialize)]
struct UnmatchedView {
    worker_id: i64,
    why: String,
}

#[derive(Serialize)]
struct CountRow {
    label: String,
    placed: u32,
    total: u32,
}

#[derive(Serialize)]
struct ShowView {
    id: i64,
    programme_id: i64,
    programme: String,
    corridor: String,
    mechanism: String,
    status: String,
    created: String,
    decided: String,
    positions: u32,
    filled: u32,
    total_score: u64,
    notes: Vec<String>,
    pairs: Vec<PairView>,
    unfilled: Vec<UnfilledView>,
    unmatched: Vec<UnmatchedView>,
    by_sex: Vec<CountRow>,
    by_origin: Vec<CountRow>,
    /// Workers link to their record for officials who may read it.
    link_workers: bool,
    placed: Option<usize>,
    skipped: Option<usize>,
    step: String,
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    placed: Option<String>,
    #[serde(default)]
    skipped: Option<String>,
    #[serde(default)]
    step: String,
}

/// A translated message with arguments.
fn tr(lang: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    super::RENDERER.message_with(lang, key, args)
}

fn num<'a>(n: impl Into<i64>) -> FluentValue<'a> {
    FluentValue::from(n.into())
}

/// A share in per mille as a percentage: "45.5%".
fn permille(p: u16) -> String {
    format!("{}.{}%", p / 10, p % 10)
}

/// A pair's score parts in the page's language: the stored facts read
/// back into the engine's parts, in a vocabulary of their own, and put in
/// words as the worker's recommendations are. A round stored before the
/// facts were kept shows the engine's English words.
fn explain(lang: &str, parts: &[StoredPart], english: &[String]) -> Vec<String> {
    if parts.is_empty() {
        return english.to_vec();
    }
    let mut vocabulary = engine::Vocabulary::new();
    let read: Vec<engine::ScoredPart> = parts
        .iter()
        .filter_map(|p| p.to_engine(&mut vocabulary))
        .collect();
    if read.len() != parts.len() {
        return english.to_vec();
    }
    read.iter()
        .map(|p| score_part(lang, p, &vocabulary))
        .collect()
}

fn unfilled_why(lang: &str, why: Option<&UnfilledWhy>, english: &str) -> String {
    let key = match why {
        None => return english.to_string(),
        Some(UnfilledWhy::QuotaReached { isco }) => {
            return tr(
                lang,
                "official-round-unfilled-quota_reached",
                &[("group", isco.clone().into())],
            );
        }
        Some(UnfilledWhy::NoEligibleWorker) => "no_eligible_worker",
        Some(UnfilledWhy::CandidatesPlacedElsewhere) => "candidates_placed_elsewhere",
        Some(UnfilledWhy::OriginQuotaReached) => "origin_quota_reached",
        Some(UnfilledWhy::WomenShare) => "women_share",
        Some(UnfilledWhy::OtherQuota) => "other_quota",
    };
    tr(lang, &format!("official-round-unfilled-{key}"), &[])
}

fn unmatched_why(lang: &str, why: Option<&UnmatchedWhy>, english: &str) -> String {
    let key = match why {
        None => return english.to_string(),
        Some(UnmatchedWhy::OriginQuotaReached { origin }) => {
            return tr(
                lang,
                "official-round-unmatched-origin_quota_reached",
                &[("origin", country_name(origin).into())],
            );
        }
        Some(UnmatchedWhy::NoEligibleJobOrder) => "no_eligible_job_order",
        Some(UnmatchedWhy::ChoicesFilledByHigherRanked) => "choices_filled_by_higher_ranked",
        Some(UnmatchedWhy::PositionsWentToHigherTotalScore) => {
            "positions_went_to_higher_total_score"
        }
        Some(UnmatchedWhy::WomenShare) => "women_share",
        Some(UnmatchedWhy::OtherQuota) => "other_quota",
    };
    tr(lang, &format!("official-round-unmatched-{key}"), &[])
}

fn note(lang: &str, n: &RoundNote) -> String {
    match n {
        RoundNote::QuotaExceeded {
            used,
            allowed,
            isco,
            sex,
            origin,
        } => {
            let mut scope = vec![];
            if let Some(g) = isco {
                scope.push(format!("ISCO-08 {g}"));
            }
            if let Some(s) = sex {
                scope.push(tr(lang, &format!("official-sex-{s}"), &[]));
            }
            if let Some(o) = origin {
                scope.push(country_name(o));
            }
            let scope = if scope.is_empty() {
                tr(lang, "official-round-scope-all", &[])
            } else {
                scope.join(", ")
            };
            tr(
                lang,
                "official-round-note-quota-exceeded",
                &[
                    ("used", num(*used)),
                    ("allowed", num(*allowed)),
                    ("scope", scope.into()),
                ],
            )
        }
        RoundNote::WomenShare {
            status,
            required_permille,
            achieved_permille,
            positions_left_open,
            score_given_up,
        } => tr(
            lang,
            &format!("official-round-note-women-{}", status.replace('_', "-")),
            &[
                ("required", permille(*required_permille).into()),
                ("achieved", permille(*achieved_permille).into()),
                ("positions", num(*positions_left_open)),
                (
                    "score",
                    num(i64::try_from(*score_given_up).unwrap_or(i64::MAX)),
                ),
            ],
        ),
        RoundNote::NotProvenOptimal {
            total_score,
            upper_bound,
        } => tr(
            lang,
            "official-round-note-not-proven",
            &[
                (
                    "total",
                    num(i64::try_from(*total_score).unwrap_or(i64::MAX)),
                ),
                (
                    "bound",
                    num(i64::try_from(*upper_bound).unwrap_or(i64::MAX)),
                ),
            ],
        ),
    }
}

/// "women" (the engine's label) as the page says it.
fn sex_label(lang: &str, engine_label: &str) -> String {
    let code = match engine_label {
        "women" => "female",
        "men" => "male",
        "other" => "other",
        "not stated" => "not_stated",
        other => return other.to_string(),
    };
    tr(lang, &format!("official-sex-{code}"), &[])
}

async fn show_view(
    state: &AppState,
    user: &CurrentUser,
    lang: &str,
    id: i64,
) -> Result<(ShowView, MatchRoundRecord), ApiError> {
    let round = matching::read_round(state, user, id).await?;
    let result = result_of(&round)?;
    let programme = programmes::read(state, round.programme_id).await?;
    let mut titles: HashMap<i64, String> = HashMap::new();
    for j in result
        .pairs
        .iter()
        .map(|p| p.job_order_id)
        .chain(result.unfilled.iter().map(|u| u.job_order_id))
    {
        if let std::collections::hash_map::Entry::Vacant(e) = titles.entry(j) {
            let title = match state.store.job_order(JobOrderId(j)).await {
                Ok(jo) => jo.spec.display_title(),
                Err(_) => String::new(),
            };
            e.insert(title);
        }
    }
    let notes = if result.note_facts.is_empty() {
        result.notes.clone()
    } else {
        result.note_facts.iter().map(|n| note(lang, n)).collect()
    };
    let p = user.principal();
    let view = ShowView {
        id,
        programme_id: programme.id.0,
        programme: programme.spec.name.clone(),
        corridor: format!(
            "{} → {}",
            country_name(programme.spec.origin.as_str()),
            country_name(programme.spec.destination.as_str())
        ),
        mechanism: round.mechanism.clone(),
        status: round.status.clone(),
        created: round.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        decided: round
            .decided_at
            .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default(),
        positions: result.positions,
        filled: result.filled,
        total_score: result.total_score,
        notes,
        pairs: result
            .pairs
            .iter()
            .map(|pair| PairView {
                worker_id: pair.worker_id,
                job_order_id: pair.job_order_id,
                job_title: titles.get(&pair.job_order_id).cloned().unwrap_or_default(),
                score: pair.score,
                why: explain(lang, &pair.parts, &pair.explanation),
            })
            .collect(),
        unfilled: result
            .unfilled
            .iter()
            .map(|u| UnfilledView {
                job_order_id: u.job_order_id,
                job_title: titles.get(&u.job_order_id).cloned().unwrap_or_default(),
                positions: u.positions,
                why: unfilled_why(lang, u.why.as_ref(), &u.reason),
            })
            .collect(),
        unmatched: result
            .unmatched
            .iter()
            .map(|u| UnmatchedView {
                worker_id: u.worker_id,
                why: unmatched_why(lang, u.why.as_ref(), &u.reason),
            })
            .collect(),
        by_sex: result
            .by_sex
            .iter()
            .map(|(s, placed, total)| CountRow {
                label: sex_label(lang, s),
                placed: *placed,
                total: *total,
            })
            .collect(),
        by_origin: result
            .by_origin
            .iter()
            .map(|(c, placed, total)| CountRow {
                label: country_name(c),
                placed: *placed,
                total: *total,
            })
            .collect(),
        // An origin official reads their nationals' records; a destination
        // official only while a placement runs, which a round does not
        // open.
        link_workers: matches!(p.role, Role::Admin | Role::OriginOfficial),
        placed: None,
        skipped: None,
        step: String::new(),
    };
    Ok((view, round))
}

/// `GET /match-rounds/{id}`: the round for review (reading its pairs is
/// audited).
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    Query(q): Query<ShowQuery>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match show_view(&state, &user, page.lang, id).await {
        Ok((mut view, _)) => {
            // What confirming did, from the redirect after it (a number
            // that does not read shows nothing).
            let count = |n: &Option<String>| n.as_deref().and_then(|n| n.parse::<usize>().ok());
            view.placed = count(&q.placed);
            view.skipped = count(&q.skipped).or(view.placed.map(|_| 0));
            view.step = PlacementStatus::parse(&q.step)
                .filter(|s| matching::CONFIRM_STEPS.contains(s))
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            page.render("rounds/show.html", view)
        }
        Err(e) => page.error(&e),
    }
}

// ------------------------------------------------------------ deciding

#[derive(Serialize)]
struct ConfirmView {
    id: i64,
    programme: String,
    pairs: usize,
    step: String,
    errors: FormErrors,
}

async fn confirm_view(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<ConfirmView, ApiError> {
    let round = matching::read_round(state, user, id).await?;
    if round.status != "proposed" {
        return Err(ApiError::Conflict(format!(
            "match round {id} was already {}",
            round.status
        )));
    }
    let result = result_of(&round)?;
    let programme = programmes::read(state, round.programme_id).await?;
    Ok(ConfirmView {
        id,
        programme: programme.spec.name,
        pairs: result.pairs.len(),
        step: "shortlisted".into(),
        errors: FormErrors::default(),
    })
}

/// `GET /match-rounds/{id}/confirm`: what confirming does, the step to put
/// workers forward to, and a box to tick.
pub async fn confirm_form(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
) -> Response {
    let user = match page.signed_in() {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match confirm_view(&state, &user, id).await {
        Ok(v) => page.render("rounds/confirm.html", v),
        Err(e) => page.error(&e),
    }
}

/// `POST /match-rounds/{id}/confirm`: needs the box ticked and a step;
/// then every proposed worker is put forward, and the round's page says
/// how many were and were not.
pub async fn confirm(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    let step =
        PlacementStatus::parse(form.get("step")).filter(|s| matching::CONFIRM_STEPS.contains(s));
    let mut errors = FormErrors::default();
    if step.is_none() {
        errors.push("step-shortlisted", page.t("official-round-choose-step"));
    }
    if form.get("confirm") != "yes" {
        errors.push("confirm", page.t("official-round-confirm-required"));
    }
    if !errors.is_empty() {
        return match confirm_view(&state, &user, id).await {
            Ok(mut v) => {
                v.errors = errors;
                v.step = form.get("step").to_string();
                unprocessable(page.render("rounds/confirm.html", v))
            }
            Err(e) => page.error(&e),
        };
    }
    match matching::confirm_round(&state, &user, id, step).await {
        Ok(outcome) => redirect(&format!(
            "/match-rounds/{id}?placed={}&skipped={}&step={}",
            outcome.placed.len(),
            outcome.skipped.len(),
            step.map_or("shortlisted", |s| s.as_str())
        )),
        Err(e) => page.error(&e),
    }
}

/// `POST /match-rounds/{id}/discard`: the round is set aside; nobody is
/// put forward.
pub async fn discard(
    State(state): State<AppState>,
    page: Page,
    ApiPath(id): ApiPath<i64>,
    form: FormData,
) -> Response {
    let user = match page.check_csrf(&form) {
        Ok(u) => u.clone(),
        Err(r) => return r,
    };
    match matching::discard_round(&state, &user, id).await {
        Ok(_) => redirect(&format!("/match-rounds/{id}")),
        Err(e) => page.error(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::{StoredFit, StoredPartKind};

    #[test]
    fn stored_explanations_read_in_the_pages_language() {
        let parts = vec![
            StoredPart {
                points: 300,
                part: StoredPartKind::Occupation {
                    fit: StoredFit::SameUnitGroup,
                    occupation: "fruit and vegetable picker".into(),
                    group: "6111".into(),
                    group_label: Some("Field crop and vegetable growers".into()),
                },
            },
            StoredPart {
                points: 40,
                part: StoredPartKind::Experience { months: 19 },
            },
        ];
        let english = explain("en", &parts, &[]);
        assert_eq!(
            english[0],
            "+300 same unit group 6111 field crop and vegetable growers"
        );
        let spanish = explain("es", &parts, &[]);
        assert_eq!(
            spanish[0],
            "+300 mismo grupo primario 6111 field crop and vegetable growers"
        );
        assert!(spanish[1].contains("año"), "{spanish:?}");
        // A round kept before the facts: the engine's words.
        assert_eq!(explain("es", &[], &["+1 x".into()]), ["+1 x"]);
    }

    #[test]
    fn reasons_and_notes_read_in_the_pages_language() {
        for lang in ["en", "es"] {
            let texts = [
                unfilled_why(lang, Some(&UnfilledWhy::NoEligibleWorker), ""),
                unfilled_why(
                    lang,
                    Some(&UnfilledWhy::QuotaReached { isco: "611".into() }),
                    "",
                ),
                unmatched_why(
                    lang,
                    Some(&UnmatchedWhy::PositionsWentToHigherTotalScore),
                    "",
                ),
                unmatched_why(
                    lang,
                    Some(&UnmatchedWhy::OriginQuotaReached {
                        origin: "MEX".into(),
                    }),
                    "",
                ),
                note(
                    lang,
                    &RoundNote::WomenShare {
                        status: "met_by_leaving_positions_open".into(),
                        required_permille: 400,
                        achieved_permille: 500,
                        positions_left_open: 2,
                        score_given_up: 30,
                    },
                ),
                note(
                    lang,
                    &RoundNote::QuotaExceeded {
                        used: 3,
                        allowed: 2,
                        isco: None,
                        sex: Some("female".into()),
                        origin: None,
                    },
                ),
                note(
                    lang,
                    &RoundNote::NotProvenOptimal {
                        total_score: 10,
                        upper_bound: 12,
                    },
                ),
                sex_label(lang, "not stated"),
            ];
            for t in texts {
                assert!(!t.contains("official-"), "{lang}: {t}");
            }
        }
        assert!(unfilled_why("es", None, "no eligible worker").contains("eligible"));
    }
}
