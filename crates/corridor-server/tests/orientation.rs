//! Orientation and rights, per corridor: who publishes a programme's
//! orientation, the public page that shows it in the visitor's language,
//! a worker's completion recorded (by whom, audited, once, immutable), the
//! step `orientation_done` refused without it and allowed after, and the
//! rights shown on the placement's page.

mod common;

use chrono::{Duration, Utc};
use common::{OpenJobOrder, TestApp, rules};
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::PlacementId;
use corridor_domain::placement::{PlacementStatus, TransitionRequest};
use corridor_store::Actor;
use reqwest::StatusCode;
use serde_json::{Value, json};

const C: DemoCorridor = DemoCorridor::MexicoCanada;
const WORKER_PASSWORD: &str = "a long password here";

fn orientation() -> Value {
    serde_json::to_value(C.orientation()).unwrap()
}

/// A worker who applied to the scene's job order, with their placement
/// moved on (by the system) to `contract_signed`: (worker token, placement).
async fn signed_worker(app: &TestApp, s: &OpenJobOrder) -> (String, i64) {
    let profile = examples::worker(
        C,
        "Rosa",
        "Méndez",
        Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1993, 4, 2).unwrap(),
    );
    let reg = app
        .register("rosa@example.mx", &profile, &["sharing_with_employers"])
        .await;
    let token = reg["token"].as_str().unwrap().to_string();
    let (st, placement) = app
        .post(
            "/api/v1/placements",
            &token,
            json!({"job_order_id": s.job_order_id}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{placement}");
    let id = PlacementId(placement["id"].as_i64().unwrap());
    let mut status = PlacementStatus::Applied;
    let today = Utc::now().date_naive();
    while status != PlacementStatus::ContractSigned {
        let to = status.next_on_main_path().unwrap();
        let req = TransitionRequest {
            to,
            occurred_on: Some(today),
            note: String::new(),
            end_reason: None,
            contract: None,
        };
        app.store()
            .transition_placement(&Actor::system(), id, status, &req, today)
            .await
            .unwrap();
        status = to;
    }
    (token, id.0)
}

async fn audit_actions(app: &TestApp, token: &str, entity: &str, id: i64) -> Vec<(String, String)> {
    let (st, log) = app
        .get(
            &format!("/api/v1/audit-log?entity={entity}&entity_id={id}&limit=200"),
            token,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{log}");
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Only the programme's officials publish its orientation; bad input is
/// refused with every violated rule; anyone reads it.
async fn only_the_programmes_officials_publish_its_orientation(app: TestApp) {
    let s = app.open_job_order(C, examples::FRUIT_PICKER, 3, 60).await;
    let path = format!("/api/v1/programmes/{}/orientation", s.programme_id);
    let (st, _) = app.json(reqwest::Method::GET, &path, None, None).await;
    assert_eq!(st, StatusCode::NOT_FOUND, "nothing published yet");

    let nepal = app
        .user(
            "labour@NPL.example",
            Role::OriginOfficial,
            Some("NPL"),
            None,
            None,
            None,
        )
        .await;
    for token in [&s.employer, &nepal] {
        let (st, problem) = app.put(&path, token, orientation()).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    }

    // Everything wrong at once.
    let mut bad = C.orientation();
    bad.modules[1].topic = bad.modules[0].topic;
    bad.modules[2].hours = -1.0;
    bad.modules[3].texts.pop();
    bad.helplines[0].country = corridor_domain::codes::CountryCode::parse("NPL").unwrap();
    let (st, problem) = app
        .put(&path, &s.origin, serde_json::to_value(&bad).unwrap())
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        rules(&problem),
        [
            "duplicate_topic",
            "out_of_range",
            "module_text_missing",
            "helpline_country_not_in_corridor"
        ]
    );

    // Either country's officials may publish and change it.
    let (st, published) = app.put(&path, &s.origin, orientation()).await;
    assert_eq!(st, StatusCode::OK, "{published}");
    let mut changed = C.orientation();
    changed.modules[0].hours = 3.0;
    let (st, v) = app
        .put(&path, &s.dest, serde_json::to_value(&changed).unwrap())
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");

    // Public.
    let (st, read) = app.json(reqwest::Method::GET, &path, None, None).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(read["modules"].as_array().unwrap().len(), 7);
    assert_eq!(read["modules"][0]["hours"], 3.0);
    assert_eq!(read["languages"], json!(["es", "en"]));

    // Publication, change and refusals are in the programme's audit log.
    let actions = audit_actions(&app, &s.origin, "programme", s.programme_id).await;
    for expected in [
        ("publish_orientation", "allowed"),
        ("update_orientation", "allowed"),
        ("update_orientation", "denied"),
    ] {
        assert!(
            actions
                .iter()
                .any(|(a, o)| (a.as_str(), o.as_str()) == expected),
            "{expected:?} in {actions:?}"
        );
    }
}

/// The public page: the chrome in the page's language, the content in the
/// visitor's language when the programme gives it, else in its first.
async fn the_public_page_shows_the_orientation_in_the_visitors_language(app: TestApp) {
    let s = app.open_job_order(C, examples::FRUIT_PICKER, 3, 60).await;
    let page = format!("/programmes/{}/orientation", s.programme_id);
    let mut v = app.visitor();
    let none = v.get(&format!("{page}?lang=en")).await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(none.text().contains("has not published its orientation"));

    let (st, _) = app
        .put(
            &format!("/api/v1/programmes/{}/orientation", s.programme_id),
            &s.origin,
            orientation(),
        )
        .await;
    assert_eq!(st, StatusCode::OK);

    let es = v.get(&format!("{page}?lang=es")).await;
    assert_eq!(es.status, StatusCode::OK);
    let text = es.text();
    assert!(text.contains("Orientación previa a la partida"), "{text}");
    assert!(text.contains("Su contrato"), "content in Spanish: {text}");
    assert!(text.contains("Solo un ejemplo, no es un número real"));
    assert!(!text.contains("Your contract"));

    // German is not a language of this orientation: German chrome, the
    // content in its first language, and the visitor is told so.
    let de = v.get(&format!("{page}?lang=de")).await;
    let text = de.text();
    assert!(text.contains("Vorbereitung vor der Ausreise"), "{text}");
    assert!(text.contains("nicht in der Sprache der Seite"), "{text}");
    assert!(text.contains("Su contrato"), "{text}");
    assert!(de.html.contains("lang=\"es\""));

    // The visitor may pick another of its languages.
    let en = v.get(&format!("{page}?lang=de&in=en")).await;
    assert!(en.text().contains("Your contract"));

    // Every interface language renders it.
    for lang in ["en", "es", "fr", "ne", "ko", "fil", "de", "it", "ar"] {
        let seen = v.get(&format!("{page}?lang={lang}")).await;
        assert_eq!(seen.status, StatusCode::OK, "{lang}");
    }
    let missing = v.get("/programmes/999999/orientation").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

/// `orientation_done` is refused until the worker's completion is
/// recorded; the worker or an origin official records it, once, audited;
/// no one else may.
async fn orientation_done_needs_a_recorded_completion(app: TestApp) {
    let s = app.open_job_order(C, examples::FRUIT_PICKER, 3, 60).await;
    let (worker, pid) = signed_worker(&app, &s).await;
    let record = format!("/api/v1/placements/{pid}/orientation");
    let step = format!("/api/v1/placements/{pid}/transitions");

    // Nothing published: nothing to complete, and the step is refused.
    let (st, problem) = app.post(&record, &worker, json!({})).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["orientation_not_published"]);
    let (st, problem) = app
        .post(&step, &s.origin, json!({"to": "orientation_done"}))
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["orientation_not_completed"]);

    let (st, _) = app
        .put(
            &format!("/api/v1/programmes/{}/orientation", s.programme_id),
            &s.origin,
            orientation(),
        )
        .await;
    assert_eq!(st, StatusCode::OK);

    // Neither the employer nor the destination's official records it.
    for token in [&s.employer, &s.dest] {
        let (st, problem) = app.post(&record, token, json!({})).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    }
    // A day in the future is refused.
    let tomorrow = (Utc::now().date_naive() + Duration::days(1)).to_string();
    let (st, problem) = app
        .post(&record, &worker, json!({"completed_on": tomorrow}))
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["date_in_future"]);
    let (_, none) = app.get(&record, &s.employer).await;
    assert_eq!(none, Value::Null);

    // The worker records it, with the orientation's hours of the day.
    let (st, done) = app
        .post(&record, &worker, json!({"note": "Puebla centre"}))
        .await;
    assert_eq!(st, StatusCode::CREATED, "{done}");
    assert_eq!(done["hours"], 10.0);
    assert_eq!(done["recorded_by_role"], "worker");
    let (st, problem) = app.post(&record, &s.origin, json!({})).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["orientation_already_completed"]);
    // Whoever sees the placement sees it.
    let (st, seen) = app.get(&record, &s.employer).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(seen["id"], done["id"]);

    // Now the step goes through.
    let (st, moved) = app
        .post(&step, &s.origin, json!({"to": "orientation_done"}))
        .await;
    assert_eq!(st, StatusCode::OK, "{moved}");
    assert_eq!(moved["status"], "orientation_done");

    // Recorded, refused and read: all in the placement's audit log.
    let actions = audit_actions(&app, &s.origin, "placement", pid).await;
    for expected in [
        ("record_orientation", "allowed"),
        ("record_orientation", "denied"),
    ] {
        assert!(
            actions
                .iter()
                .any(|(a, o)| (a.as_str(), o.as_str()) == expected),
            "{expected:?} in {actions:?}"
        );
    }
    let reads = audit_actions(&app, &s.origin, "orientation_completion", pid).await;
    assert!(reads.iter().any(|(a, _)| a == "read"), "{reads:?}");
}

/// An origin official records it too; the placement's page shows the
/// worker's rights (terms, who pays what, helplines, how to complain) and
/// lets the worker record the completion without script.
async fn the_placement_page_shows_rights_and_records_completion(app: TestApp) {
    let s = app.open_job_order(C, examples::FRUIT_PICKER, 3, 60).await;
    let (_, pid) = signed_worker(&app, &s).await;
    let (st, _) = app
        .put(
            &format!("/api/v1/programmes/{}/orientation", s.programme_id),
            &s.origin,
            orientation(),
        )
        .await;
    assert_eq!(st, StatusCode::OK);

    let mut v = app.visitor();
    v.sign_in("rosa@example.mx", WORKER_PASSWORD).await;
    let page = v.get(&format!("/placements/{pid}?lang=en")).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    for expected in [
        "Rights in this job",
        "As offered in the job order",
        "Employer Pays Principle",
        "Helplines of both countries",
        "Example only, not a real number",
        "How to complain",
        "Not recorded yet",
        "Record completion of orientation",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert!(page.html.contains(&format!(
        "href=\"/programmes/{}/orientation\"",
        s.programme_id
    )));

    // A day in the future: the error at its field, in the page's language.
    let tomorrow = (Utc::now().date_naive() + Duration::days(1)).to_string();
    let bad = v
        .post(
            &format!("/placements/{pid}/orientation"),
            &[("completed_on", tomorrow.as_str()), ("note", "")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.html.contains("href=\"#completed-on\""),
        "{}",
        bad.text()
    );

    let done = v
        .submit(
            &format!("/placements/{pid}/orientation"),
            &[("completed_on", ""), ("note", "")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    let text = done.text();
    assert!(
        text.contains("The completion of orientation is recorded."),
        "{text}"
    );
    assert!(text.contains("Completed on"), "{text}");
    assert!(!text.contains("Record completion of orientation"));

    // In Nepali, the same page has no English left in these parts.
    let ne = v.get(&format!("/placements/{pid}?lang=ne")).await;
    assert!(ne.text().contains("यस काममा अधिकार"));

    // The origin official then records the step from the page.
    let mut official = app.visitor();
    let email = "labour@MEX.example";
    official.sign_in(email, common::PASSWORD).await;
    official.get(&format!("/placements/{pid}")).await;
    let moved = official
        .submit(
            &format!("/placements/{pid}/steps"),
            &[("to", "orientation_done")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text());
    let (_, placement) = app
        .get(&format!("/api/v1/placements/{pid}"), &s.origin)
        .await;
    assert_eq!(placement["status"], "orientation_done");
}

/// Without a completion, the officials' step form shows the rule in the
/// page's language.
async fn the_step_form_explains_the_missing_completion(app: TestApp) {
    let s = app.open_job_order(C, examples::FRUIT_PICKER, 3, 60).await;
    let (_, pid) = signed_worker(&app, &s).await;
    let mut official = app.visitor();
    official
        .sign_in("labour@MEX.example", common::PASSWORD)
        .await;
    official.get(&format!("/placements/{pid}?lang=es")).await;
    let refused = official
        .post(
            &format!("/placements/{pid}/steps"),
            &[("to", "orientation_done")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .contains("Primero registre que el trabajador completó la orientación"),
        "{}",
        refused.text()
    );
}

on_both_backends!(
    only_the_programmes_officials_publish_its_orientation,
    the_public_page_shows_the_orientation_in_the_visitors_language,
    orientation_done_needs_a_recorded_completion,
    the_placement_page_shows_rights_and_records_completion,
    the_step_form_explains_the_missing_completion,
);
