//! Matching over HTTP: explained shortlists for a job order's managers,
//! recommendations for the worker alone, and match rounds an official runs,
//! reviews and confirms — the index kept current as records change.

mod common;

use common::TestApp;
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use reqwest::StatusCode;
use serde_json::{Value, json};

struct Scene {
    origin: String,
    employer: String,
    job_order: i64,
    programme: i64,
    workers: Vec<(String, i64)>,
    no_consent: i64,
}

async fn scene(app: &TestApp) -> Scene {
    let c = DemoCorridor::MexicoCanada;
    let setup = app.open_job_order(c, examples::FRUIT_PICKER, 2, 120).await;
    let mut workers = vec![];
    let mut no_consent = 0;
    for (i, (name, months)) in [("Ana", 60), ("Luis", 30), ("Rosa", 12), ("Juan", 48)]
        .iter()
        .enumerate()
    {
        let mut profile = examples::worker(
            c,
            name,
            "Pérez",
            if i % 2 == 0 { Sex::Female } else { Sex::Male },
            chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
        );
        profile.occupations[0].experience_months = *months;
        let consents: &[&str] = if i == 3 {
            &["sharing_with_employers"]
        } else {
            &["matching", "sharing_with_employers"]
        };
        let reg = app
            .register(&format!("{name}@example.mx"), &profile, consents)
            .await;
        let id = reg["worker"]["id"].as_i64().unwrap();
        if i == 3 {
            no_consent = id;
        } else {
            workers.push((reg["token"].as_str().unwrap().to_string(), id));
        }
    }
    Scene {
        origin: setup.origin,
        employer: setup.employer,
        job_order: setup.job_order_id,
        programme: setup.programme_id,
        workers,
        no_consent,
    }
}

fn ids(list: &Value, key: &str) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c[key].as_i64().unwrap())
        .collect()
}

async fn shortlists_and_recommendations_are_explained_and_private(app: TestApp) {
    let s = scene(&app).await;
    let (st, list) = app
        .get(
            &format!("/api/v1/job-orders/{}/shortlist?k=10", s.job_order),
            &s.employer,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{list}");
    let found = ids(&list, "worker_id");
    assert_eq!(found.len(), 3, "consenting workers only: {list}");
    assert!(
        !found.contains(&s.no_consent),
        "no consent to matching, not in the index"
    );
    let scores: Vec<i64> = ids(&list, "score");
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
    let words = list[0]["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("; ");
    assert!(words.contains("fruit and vegetable picker"), "{words}");
    assert!(words.contains("English"), "{words}");

    let (token, own) = &s.workers[0];
    let (st, recs) = app
        .get(&format!("/api/v1/workers/{own}/recommendations"), token)
        .await;
    assert_eq!(st, StatusCode::OK, "{recs}");
    assert_eq!(ids(&recs, "job_order_id"), vec![s.job_order]);
    let (other_token, _) = &s.workers[1];
    let (st, _) = app
        .get(
            &format!("/api/v1/workers/{own}/recommendations"),
            other_token,
        )
        .await;
    assert_eq!(
        st,
        StatusCode::FORBIDDEN,
        "a worker sees only their own recommendations"
    );
    let (st, _) = app
        .get(
            &format!("/api/v1/job-orders/{}/shortlist", s.job_order),
            other_token,
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);

    // Withdrawing consent takes the worker out of every shortlist at once.
    let (st, _) = app
        .post(
            &format!("/api/v1/workers/{own}/consents"),
            token,
            json!({"purpose": "matching", "given": false}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (_, list) = app
        .get(
            &format!("/api/v1/job-orders/{}/shortlist", s.job_order),
            &s.employer,
        )
        .await;
    assert!(!ids(&list, "worker_id").contains(own));
}

async fn rounds_are_run_reviewed_and_confirmed_by_officials(app: TestApp) {
    let s = scene(&app).await;
    let foreign = app
        .user(
            "dofe@np.example",
            Role::OriginOfficial,
            Some("NPL"),
            None,
            None,
            None,
        )
        .await;
    let body = json!({"programme_id": s.programme, "mechanism": "optimal"});
    let (st, _) = app
        .post("/api/v1/match-rounds", &foreign, body.clone())
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, _) = app
        .post("/api/v1/match-rounds", &s.employer, body.clone())
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);

    let (st, round) = app.post("/api/v1/match-rounds", &s.origin, body).await;
    assert_eq!(st, StatusCode::CREATED, "{round}");
    assert_eq!(round["status"], "proposed");
    let result = &round["result"];
    assert_eq!(result["filled"], 2);
    assert_eq!(result["pairs"].as_array().unwrap().len(), 2);
    assert_eq!(result["unmatched"].as_array().unwrap().len(), 1, "{result}");
    assert!(result["summary"].as_str().unwrap().contains("by sex"));
    assert!(result["pairs"][0]["explanation"].as_array().unwrap().len() > 1);
    let (st, stable) = app
        .post(
            "/api/v1/match-rounds",
            &s.origin,
            json!({"programme_id": s.programme, "mechanism": "stable"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    assert_eq!(stable["result"]["filled"], 2);

    // Confirming puts both forward as selected; the job order is then full.
    let id = round["id"].as_i64().unwrap();
    let (st, done) = app
        .post(
            &format!("/api/v1/match-rounds/{id}/confirm"),
            &s.origin,
            json!({"step": "selected"}),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{done}");
    assert_eq!(done["placed"].as_array().unwrap().len(), 2, "{done}");
    assert_eq!(done["round"]["status"], "confirmed");
    let (st, _) = app
        .post(
            &format!("/api/v1/match-rounds/{id}/confirm"),
            &s.origin,
            json!({}),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "a round is confirmed once");
    let (_, candidates) = app
        .get(
            &format!("/api/v1/job-orders/{}/candidates", s.job_order),
            &s.employer,
        )
        .await;
    let statuses: Vec<&str> = candidates["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["selected", "selected"]);
    let (_, list) = app
        .get(
            &format!("/api/v1/job-orders/{}/shortlist", s.job_order),
            &s.employer,
        )
        .await;
    assert_eq!(
        list.as_array().unwrap().len(),
        0,
        "a full job order leaves the index"
    );
    // The stable round, now stale, can be discarded.
    let sid = stable["id"].as_i64().unwrap();
    let (st, discarded) = app
        .post(
            &format!("/api/v1/match-rounds/{sid}/discard"),
            &s.origin,
            json!({}),
        )
        .await;
    assert_eq!(
        (st, discarded["status"].as_str()),
        (StatusCode::OK, Some("discarded"))
    );
    let (_, rounds) = app.get("/api/v1/match-rounds", &s.origin).await;
    assert_eq!(rounds["items"].as_array().unwrap().len(), 2);
    let (_, none) = app.get("/api/v1/match-rounds", &foreign).await;
    assert_eq!(none["items"].as_array().unwrap().len(), 0);
}

/// A programme quota binds both mechanisms at the point of selection: the
/// optimal round fills only what the quota leaves; a stable round may
/// propose more (it does not enforce quotas and says so), and confirming it
/// selects no one beyond the quota — the pair over it is skipped with the
/// reason, and nothing is written for it (a pair goes forward whole or not
/// at all).
async fn confirming_a_round_respects_quotas(app: TestApp) {
    let s = scene(&app).await;
    let today = chrono::Utc::now().date_naive();
    let mut programme = serde_json::to_value(DemoCorridor::MexicoCanada.programme()).unwrap();
    programme["quotas"] = json!([{
        "period_start": today - chrono::Duration::days(10),
        "period_end": today + chrono::Duration::days(10),
        "positions": 1,
    }]);
    let (st, v) = app
        .put(
            &format!("/api/v1/programmes/{}", s.programme),
            &s.origin,
            programme,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let run = |mechanism: &str| {
        let body = json!({"programme_id": s.programme, "mechanism": mechanism});
        let (app, origin) = (&app, s.origin.clone());
        async move { app.post("/api/v1/match-rounds", &origin, body).await }
    };
    let (st, optimal) = run("optimal").await;
    assert_eq!(st, StatusCode::CREATED, "{optimal}");
    assert_eq!(optimal["result"]["filled"], 1, "{optimal}");
    let (st, stable) = run("stable").await;
    assert_eq!(st, StatusCode::CREATED, "{stable}");
    assert_eq!(stable["result"]["filled"], 2, "{stable}");
    assert!(
        stable["result"]["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().contains("quota exceeded")),
        "{stable}"
    );
    let id = stable["id"].as_i64().unwrap();
    let (st, done) = app
        .post(
            &format!("/api/v1/match-rounds/{id}/confirm"),
            &s.origin,
            json!({"step": "selected"}),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{done}");
    assert_eq!(done["placed"].as_array().unwrap().len(), 1, "{done}");
    let skipped = done["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{done}");
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("quota of 1 position"),
        "{done}"
    );
    let (_, candidates) = app
        .get(
            &format!("/api/v1/job-orders/{}/candidates", s.job_order),
            &s.employer,
        )
        .await;
    let mut statuses: Vec<&str> = candidates["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    statuses.sort_unstable();
    assert_eq!(statuses, vec!["selected"]);
    assert_eq!(
        skipped[0]["violations"][0]["rule"], "quota_reached",
        "{done}"
    );
}

on_both_backends!(
    shortlists_and_recommendations_are_explained_and_private,
    rounds_are_run_reviewed_and_confirmed_by_officials,
    confirming_a_round_respects_quotas,
);
