//! Least privilege, refusal by refusal: a worker reading another worker, an
//! employer reading a candidate of another employer, a researcher reading
//! any personal record, an official of another country editing a programme
//! — each refused, and each refusal in the audit log.

mod common;

use chrono::{Duration, Utc};
use common::TestApp;
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{EmployerId, ProgrammeId};
use reqwest::StatusCode;
use serde_json::json;

struct Scene {
    origin: String,
    dest: String,
    programme_id: i64,
    employer_a: String,
    employer_b: String,
    worker_1: (String, i64),
    worker_2: (String, i64),
    placement_1: i64,
    researcher: String,
    foreign_official: String,
}

async fn scene(app: &TestApp) -> Scene {
    let c = DemoCorridor::GhanaItaly;
    let origin = app
        .user(
            "mela@gh.example",
            Role::OriginOfficial,
            Some("GHA"),
            None,
            None,
            None,
        )
        .await;
    let dest = app
        .user(
            "lavoro@it.example",
            Role::DestinationOfficial,
            Some("ITA"),
            None,
            None,
            None,
        )
        .await;
    let (_, p) = app
        .post(
            "/api/v1/programmes",
            &origin,
            serde_json::to_value(c.programme()).unwrap(),
        )
        .await;
    let programme_id = p["id"].as_i64().unwrap();
    let mut employers = vec![];
    for name in ["Conserve A", "Conserve B"] {
        let (_, e) = app
            .post(
                "/api/v1/employers",
                &dest,
                serde_json::to_value(examples::employer(c, name, 1)).unwrap(),
            )
            .await;
        employers.push(e["id"].as_i64().unwrap());
    }
    let employer_a = app
        .user(
            "a@employer.example",
            Role::Employer,
            None,
            None,
            Some(EmployerId(employers[0])),
            None,
        )
        .await;
    let employer_b = app
        .user(
            "b@employer.example",
            Role::Employer,
            None,
            None,
            Some(EmployerId(employers[1])),
            None,
        )
        .await;
    let spec = examples::job_order(
        c,
        ProgrammeId(programme_id),
        EmployerId(employers[0]),
        None,
        examples::FRUIT_CANNER,
        3,
        Utc::now().date_naive() + Duration::days(100),
    );
    let (_, jo) = app
        .post(
            "/api/v1/job-orders",
            &dest,
            serde_json::to_value(&spec).unwrap(),
        )
        .await;
    let mut workers = vec![];
    for (i, name) in ["Ama", "Kofi"].iter().enumerate() {
        let profile = examples::worker(
            c,
            name,
            "Mensah",
            if i == 0 { Sex::Female } else { Sex::Male },
            chrono::NaiveDate::from_ymd_opt(1993, 4, 4).unwrap(),
        );
        let reg = app
            .register(
                &format!("{name}@example.gh"),
                &profile,
                &["sharing_with_employers"],
            )
            .await;
        workers.push((
            reg["token"].as_str().unwrap().to_string(),
            reg["worker"]["id"].as_i64().unwrap(),
        ));
    }
    let (_, pl) = app
        .post(
            "/api/v1/placements",
            &workers[0].0,
            json!({"job_order_id": jo["id"]}),
        )
        .await;
    let researcher = app
        .user("r@uni.example", Role::Researcher, None, None, None, None)
        .await;
    let foreign_official = app
        .user(
            "stps@mx.example",
            Role::OriginOfficial,
            Some("MEX"),
            None,
            None,
            None,
        )
        .await;
    Scene {
        origin,
        dest,
        programme_id,
        employer_a,
        employer_b,
        worker_2: workers.pop().unwrap(),
        worker_1: workers.pop().unwrap(),
        placement_1: pl["id"].as_i64().unwrap(),
        researcher,
        foreign_official,
    }
}

async fn denied_entries(app: &TestApp, origin: &str) -> Vec<serde_json::Value> {
    let (_, log) = app.get("/api/v1/audit-log?limit=500", origin).await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["outcome"] == "denied")
        .cloned()
        .collect()
}

async fn a_worker_cannot_read_another_worker(app: TestApp) {
    let s = scene(&app).await;
    let (w1, id1) = &s.worker_1;
    let (w2, id2) = &s.worker_2;
    let (st, _) = app.get(&format!("/api/v1/workers/{id1}"), w1).await;
    assert_eq!(st, StatusCode::OK, "a worker reads their own record");
    let (st, problem) = app.get(&format!("/api/v1/workers/{id1}"), w2).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("own record"));
    let (st, _) = app
        .get(&format!("/api/v1/placements/{}", s.placement_1), w2)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, _) = app
        .get(&format!("/api/v1/workers/{id2}/consents"), w1)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let denied = denied_entries(&app, &s.origin).await;
    assert!(
        denied.iter().any(|e| e["entity"] == "worker"
            && e["entity_id"].as_str() == Some(id1.to_string().as_str())),
        "{denied:?}"
    );
}

async fn an_employer_cannot_read_another_employers_candidate(app: TestApp) {
    let s = scene(&app).await;
    let (_, id1) = &s.worker_1;
    let (st, _) = app
        .get(&format!("/api/v1/workers/{id1}"), &s.employer_a)
        .await;
    assert_eq!(
        st,
        StatusCode::OK,
        "employer A reads the candidate for its own job order"
    );
    let (st, problem) = app
        .get(&format!("/api/v1/workers/{id1}"), &s.employer_b)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    let (st, _) = app
        .get(
            &format!("/api/v1/placements/{}", s.placement_1),
            &s.employer_b,
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (_, id2) = &s.worker_2;
    let (st, _) = app
        .get(&format!("/api/v1/workers/{id2}"), &s.employer_a)
        .await;
    assert_eq!(
        st,
        StatusCode::FORBIDDEN,
        "a worker who did not apply is not visible"
    );
    let (_, mine) = app.get("/api/v1/placements", &s.employer_b).await;
    assert_eq!(mine["total"], 0);
    let denied = denied_entries(&app, &s.origin).await;
    assert!(
        denied
            .iter()
            .any(|e| e["entity"] == "placement" && e["actor_role"] == "employer")
    );
}

async fn a_researcher_reads_no_personal_record(app: TestApp) {
    let s = scene(&app).await;
    let (_, id1) = &s.worker_1;
    for path in [
        format!("/api/v1/workers/{id1}"),
        format!("/api/v1/workers/{id1}/work-record"),
        format!("/api/v1/placements/{}", s.placement_1),
        format!("/api/v1/placements/{}/events", s.placement_1),
        format!("/api/v1/placements/{}/payments", s.placement_1),
        "/api/v1/placements".to_string(),
        "/api/v1/workers".to_string(),
        "/api/v1/fee-violations".to_string(),
        "/api/v1/audit-log".to_string(),
    ] {
        let (st, problem) = app.get(&path, &s.researcher).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "{path}: {problem}");
    }
    // Public, non-personal records stay readable.
    let (st, _) = app
        .get(
            &format!("/api/v1/programmes/{}", s.programme_id),
            &s.researcher,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    // Each refusal is in the log; the Ghanaian official sees the five
    // about Ghana's worker and placement, not the four list attempts,
    // which concern no country.
    let denied = denied_entries(&app, &s.origin).await;
    let by_researcher = |log: &[serde_json::Value]| {
        log.iter()
            .filter(|e| e["actor_role"] == "researcher")
            .count()
    };
    assert_eq!(by_researcher(&denied), 5);
    let everything = app
        .store()
        .audit_log(
            &corridor_store::AuditFilter {
                action: None,
                ..Default::default()
            },
            &corridor_domain::access::AuditScope::Everything,
            corridor_store::Page::new(Some(500), None),
        )
        .await
        .unwrap();
    let all: Vec<serde_json::Value> = everything
        .items
        .iter()
        .filter(|e| e.outcome == "denied")
        .map(|e| serde_json::to_value(e).unwrap())
        .collect();
    assert_eq!(by_researcher(&all), 9);
}

async fn an_official_of_another_country_cannot_edit_a_programme(app: TestApp) {
    let s = scene(&app).await;
    let path = format!("/api/v1/programmes/{}", s.programme_id);
    let mut spec = serde_json::to_value(DemoCorridor::GhanaItaly.programme()).unwrap();
    spec["max_stay_months"] = json!(6);
    let (st, problem) = app.put(&path, &s.foreign_official, spec.clone()).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("own country"));
    let (_, unchanged) = app.get(&path, &s.origin).await;
    assert_eq!(unchanged["max_stay_months"], 9);
    // Nor may an official move a programme to other countries.
    let mut moved = spec.clone();
    moved["destination"] = json!("ESP");
    let (st, problem) = app.put(&path, &s.origin, moved).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(common::rules(&problem), vec!["countries_fixed"]);
    // The programme's own officials may.
    let (st, changed) = app.put(&path, &s.dest, spec).await;
    assert_eq!(st, StatusCode::OK, "{changed}");
    assert_eq!(changed["max_stay_months"], 6);
    let denied = denied_entries(&app, &s.origin).await;
    assert!(
        denied
            .iter()
            .any(|e| e["entity"] == "programme" && e["action"] == "update")
    );
}

async fn anonymous_and_unlinked_callers_get_nothing_personal(app: TestApp) {
    let s = scene(&app).await;
    let (_, id1) = &s.worker_1;
    let (st, problem) = app
        .json(
            reqwest::Method::GET,
            &format!("/api/v1/workers/{id1}"),
            None,
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "{problem}");
    let (st, _) = app
        .json(
            reqwest::Method::GET,
            "/api/v1/placements",
            Some("not-a-token"),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    // Open job orders are public; pending ones are not.
    let (st, jobs) = app
        .json(reqwest::Method::GET, "/api/v1/job-orders", None, None)
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(jobs["total"], 1);
    let (st, _) = app
        .json(
            reqwest::Method::GET,
            "/api/v1/job-orders?status=closed",
            None,
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    let (st, _) = app
        .get("/api/v1/job-orders?status=pending_approval", &s.researcher)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, closed) = app
        .get("/api/v1/job-orders?status=closed", &s.employer_a)
        .await;
    assert_eq!((st, closed["total"].as_i64()), (StatusCode::OK, Some(0)));
    // A foreign official cannot list this country's workers.
    let (st, _) = app
        .get("/api/v1/workers?country=GHA", &s.foreign_official)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, list) = app.get("/api/v1/workers", &s.origin).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(list["total"], 2);
    let _ = &s.dest;
}

on_both_backends!(
    a_worker_cannot_read_another_worker,
    an_employer_cannot_read_another_employers_candidate,
    a_researcher_reads_no_personal_record,
    an_official_of_another_country_cannot_edit_a_programme,
    anonymous_and_unlinked_callers_get_nothing_personal,
);
