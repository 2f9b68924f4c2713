//! Trust: the ways to read workers' data that probing found, each as a
//! scenario that failed before its fix (issue "Trust", findings 1–4).
//!
//! 1. A recruiter put a worker forward and thereby read the worker's record;
//!    the answers of that request revealed nationality and consents.
//! 2. Every official read every country's audit log, and reading it was not
//!    audited.
//! 3. A selection dated by the client chose which quota applied.
//! 4. Consent did not govern access: withdrawing it, or a rejected
//!    application, left the employer's access; shortlists explained the
//!    profiles of workers who consented only to matching; named workers
//!    were not checked and were published; list reads were audited as one
//!    row without the ids read.

mod common;

use chrono::{Datelike, Duration, Months, Utc};
use common::{TestApp, rules};
use corridor_domain::access::{AuditScope, Role};
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{AgencyId, EmployerId, JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::organisation::LicenceStatus;
use corridor_domain::placement::{PlacementStatus, TransitionRequest};
use corridor_store::{Actor, AuditFilter, Page};
use reqwest::StatusCode;
use serde_json::{Value, json};

const C: DemoCorridor = DemoCorridor::MexicoCanada;

/// A Mexico → Canada programme with an agency handling one open job order,
/// and accounts for each side.
struct Scene {
    origin: String,
    dest: String,
    employer: String,
    recruiter: String,
    foreign_official: String,
    programme_id: i64,
    employer_id: i64,
    job_order_id: i64,
}

async fn scene(app: &TestApp) -> Scene {
    let setup = app.open_job_order(C, examples::FRUIT_PICKER, 5, 60).await;
    let (s, agency) = app
        .post(
            "/api/v1/agencies",
            &setup.origin,
            serde_json::to_value(examples::agency(C, "Agencia Justa", LicenceStatus::Active))
                .unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{agency}");
    let agency_id = agency["id"].as_i64().unwrap();
    let recruiter = app
        .user(
            "staff@agencia.example",
            Role::Recruiter,
            None,
            None,
            None,
            Some(AgencyId(agency_id)),
        )
        .await;
    // A second job order, handled by the agency.
    let spec = examples::job_order(
        C,
        ProgrammeId(setup.programme_id),
        EmployerId(setup.employer_id),
        Some(AgencyId(agency_id)),
        examples::FRUIT_PICKER,
        5,
        Utc::now().date_naive() + Duration::days(60),
    );
    let (s, jo) = app
        .post(
            "/api/v1/job-orders",
            &setup.dest,
            serde_json::to_value(&spec).unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{jo}");
    let foreign_official = app
        .user(
            "dofe@np.example",
            Role::OriginOfficial,
            Some("NPL"),
            None,
            None,
            None,
        )
        .await;
    Scene {
        origin: setup.origin,
        dest: setup.dest,
        employer: setup.employer,
        recruiter,
        foreign_official,
        programme_id: setup.programme_id,
        employer_id: setup.employer_id,
        job_order_id: jo["id"].as_i64().unwrap(),
    }
}

/// A Mexican worker who registers with `consents`; returns (token, id).
async fn worker(app: &TestApp, name: &str, sex: Sex, consents: &[&str]) -> (String, i64) {
    let profile = examples::worker(
        C,
        name,
        "Hernández",
        sex,
        chrono::NaiveDate::from_ymd_opt(1994, 5, 5).unwrap(),
    );
    let reg = app
        .register(&format!("{name}@example.mx"), &profile, consents)
        .await;
    (
        reg["token"].as_str().unwrap().to_string(),
        reg["worker"]["id"].as_i64().unwrap(),
    )
}

async fn admin(app: &TestApp) -> String {
    app.user("root@corridor.example", Role::Admin, None, None, None, None)
        .await
}

/// Finding 1: putting a worker forward creates a proposal the worker
/// answers; until they accept, the proposer reads nothing, and the answers
/// to a proposal reveal neither nationality nor consents.
async fn putting_a_worker_forward_reveals_nothing_until_they_accept(app: TestApp) {
    let s = scene(&app).await;
    let (token, w) = worker(
        &app,
        "lucia",
        Sex::Female,
        &["matching", "sharing_with_employers"],
    )
    .await;
    let profile = format!("/api/v1/workers/{w}");
    let (st, _) = app.get(&profile, &s.recruiter).await;
    assert_eq!(st, StatusCode::FORBIDDEN);

    // The old trick: an application made by the recruiter. Refused, and it
    // opens nothing.
    let (st, problem) = app
        .post(
            "/api/v1/placements",
            &s.recruiter,
            json!({"job_order_id": s.job_order_id, "worker_id": w}),
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("proposal"));
    let (st, _) = app.get(&profile, &s.recruiter).await;
    assert_eq!(st, StatusCode::FORBIDDEN);

    // A proposal, instead: made, but the record stays closed.
    let (st, proposal) = app
        .post(
            "/api/v1/proposals",
            &s.recruiter,
            json!({"job_order_id": s.job_order_id, "worker_id": w, "note": "a good fit"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{proposal}");
    assert_eq!(proposal["status"], "pending");
    let text = proposal.to_string();
    assert!(
        !text.contains("Hernández") && !text.contains("MEX"),
        "{text}"
    );
    let (st, _) = app.get(&profile, &s.recruiter).await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, _) = app
        .post(
            "/api/v1/proposals",
            &s.recruiter,
            json!({"job_order_id": s.job_order_id, "worker_id": w}),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "one proposal per worker and job");

    // Whom may one propose? The answer is the same for a worker of another
    // country, one without consent to matching, and an id that does not
    // exist: nothing about nationality or consents.
    let (_, other) = worker(&app, "pedro", Sex::Male, &["sharing_with_employers"]).await;
    let guatemalan = {
        let mut p = examples::worker(
            C,
            "ana",
            "Pérez",
            Sex::Female,
            chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
        );
        p.citizenships = vec![corridor_domain::codes::CountryCode::parse("GTM").unwrap()];
        p.country_of_birth = p.citizenships[0].clone();
        p.country_of_residence = p.citizenships[0].clone();
        let reg = app
            .register(
                "ana@example.gt",
                &p,
                &["matching", "sharing_with_employers"],
            )
            .await;
        reg["worker"]["id"].as_i64().unwrap()
    };
    let mut answers = vec![];
    for id in [other, guatemalan, 999_999] {
        let (st, problem) = app
            .post(
                "/api/v1/proposals",
                &s.recruiter,
                json!({"job_order_id": s.job_order_id, "worker_id": id}),
            )
            .await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert_eq!(rules(&problem), ["not_a_candidate"]);
        let message = problem["violations"][0]["message"]
            .as_str()
            .unwrap()
            .replace(&id.to_string(), "N");
        for secret in [
            "Guatemala",
            "GTM",
            "consent",
            "citizen",
            "resident",
            "exist",
        ] {
            assert!(!message.contains(secret), "{message}");
        }
        answers.push(message);
    }
    assert!(answers.windows(2).all(|a| a[0] == a[1]), "{answers:?}");

    // The worker sees the proposal and accepts it; the application is
    // theirs, and now the agency reads the record.
    let (st, list) = app.get("/api/v1/proposals", &token).await;
    assert_eq!(st, StatusCode::OK, "{list}");
    assert_eq!(list["total"], 1);
    let id = list["items"][0]["id"].as_i64().unwrap();
    let (st, problem) = app
        .post(
            &format!("/api/v1/proposals/{id}/accept"),
            &s.recruiter,
            json!({}),
        )
        .await;
    assert_eq!(
        st,
        StatusCode::FORBIDDEN,
        "only the worker answers: {problem}"
    );
    let (st, placement) = app
        .post(&format!("/api/v1/proposals/{id}/accept"), &token, json!({}))
        .await;
    assert_eq!(st, StatusCode::CREATED, "{placement}");
    assert_eq!(placement["status"], "applied");
    assert_eq!(placement["worker_id"], w);
    let (st, again) = app
        .post(
            &format!("/api/v1/proposals/{id}/decline"),
            &token,
            json!({}),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "{again}");
    let (st, read) = app.get(&profile, &s.recruiter).await;
    assert_eq!(st, StatusCode::OK, "{read}");
}

/// Finding 1, officials: an origin official applies on a worker's behalf
/// only for their own country's workers and only stating the worker's
/// request; an official of another country cannot use an application to
/// reach a worker.
async fn officials_apply_on_behalf_only_for_their_own_workers(app: TestApp) {
    let s = scene(&app).await;
    let (_, w) = worker(&app, "rosa", Sex::Female, &["sharing_with_employers"]).await;
    let (st, problem) = app
        .post(
            "/api/v1/placements",
            &s.foreign_official,
            json!({"job_order_id": s.job_order_id, "worker_id": w, "consent_statement": "asked"}),
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
    let (st, _) = app
        .get(&format!("/api/v1/workers/{w}"), &s.foreign_official)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    // An unknown id is refused in the same words.
    let (st, unknown) = app
        .post(
            "/api/v1/placements",
            &s.foreign_official,
            json!({"job_order_id": s.job_order_id, "worker_id": 999_999, "consent_statement": "asked"}),
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    assert_eq!(unknown["detail"], problem["detail"]);

    let apply = |statement: Option<&str>| json!({"job_order_id": s.job_order_id, "worker_id": w, "consent_statement": statement});
    let (st, problem) = app.post("/api/v1/placements", &s.origin, apply(None)).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["required"]);
    let (st, placement) = app
        .post(
            "/api/v1/placements",
            &s.origin,
            apply(Some("signed request at the Puebla job centre")),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{placement}");
    let id = placement["id"].as_i64().unwrap();
    let (_, events) = app
        .get(&format!("/api/v1/placements/{id}/events"), &s.origin)
        .await;
    assert!(
        events[0]["note"]
            .as_str()
            .unwrap()
            .contains("Puebla job centre")
    );
}

/// Finding 2: an official reads only their country's part of the audit log,
/// and reading it is audited.
async fn officials_read_only_their_countrys_audit_log(app: TestApp) {
    let s = scene(&app).await;
    let (token, w) = worker(&app, "elena", Sex::Female, &["sharing_with_employers"]).await;
    let (_, pl) = app
        .post(
            "/api/v1/placements",
            &token,
            json!({"job_order_id": s.job_order_id}),
        )
        .await;
    let placement = pl["id"].as_i64().unwrap();
    let (_, _) = app
        .post(
            &format!("/api/v1/workers/{w}/consents"),
            &token,
            json!({"purpose": "statistics", "given": true}),
        )
        .await;
    let (st, npl) = app
        .get("/api/v1/audit-log?limit=500", &s.foreign_official)
        .await;
    assert_eq!(st, StatusCode::OK, "{npl}");
    let (w_id, placement_id) = (w.to_string(), placement.to_string());
    let about_mexico = |log: &Value| {
        log["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| {
                (e["entity"] == "worker" && e["entity_id"] == w_id.as_str())
                    || (e["entity"] == "placement" && e["entity_id"] == placement_id.as_str())
                    || e["entity"] == "programme"
            })
            .count()
    };
    assert_eq!(about_mexico(&npl), 0, "{npl}");
    // Mexico's official sees the worker's registration and consent, the
    // application and the programme; Canada's the application and the
    // programme, not the Mexican worker's own acts.
    for (official, at_least) in [(&s.origin, 4), (&s.dest, 2)] {
        let (st, log) = app.get("/api/v1/audit-log?limit=500", official).await;
        assert_eq!(st, StatusCode::OK);
        assert!(about_mexico(&log) >= at_least, "{log}");
    }
    let (_, can) = app.get("/api/v1/audit-log?limit=500", &s.dest).await;
    assert!(
        !can["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "consent"),
        "{can}"
    );
    // The Nepali official's read is itself in the log, with its scope.
    let reads = app
        .store()
        .audit_log(
            &AuditFilter {
                entity: Some("audit_log".into()),
                ..Default::default()
            },
            &AuditScope::Everything,
            Page::default(),
        )
        .await
        .unwrap();
    assert!(
        reads
            .items
            .iter()
            .any(|e| e.actor_role.as_deref() == Some("origin_official")
                && e.detail.contains("scope=NPL")),
        "{:?}",
        reads.items
    );
    // An official whose account names no country reads nothing.
    let nowhere = app
        .user(
            "nowhere@gov.example",
            Role::DestinationOfficial,
            None,
            None,
            None,
            None,
        )
        .await;
    let (st, _) = app.get("/api/v1/audit-log", &nowhere).await;
    assert_eq!(st, StatusCode::FORBIDDEN);
}

/// Finding 3: a change cannot be dated in the future, and a selection
/// counts against the quota of the day it is recorded, whatever day it is
/// dated.
async fn selections_cannot_choose_their_quota_by_date(app: TestApp) {
    let s = scene(&app).await;
    let today = Utc::now().date_naive();
    let month_start = today.with_day(1).unwrap();
    let last_month = month_start - Months::new(1);
    // One selection allowed this month; last month's quota had room for five.
    let mut programme = serde_json::to_value(C.programme()).unwrap();
    programme["quotas"] = json!([
        {"period_start": month_start, "period_end": month_start + Months::new(1) - Duration::days(1), "positions": 1},
        {"period_start": last_month, "period_end": month_start - Duration::days(1), "positions": 5},
    ]);
    let (st, v) = app
        .put(
            &format!("/api/v1/programmes/{}", s.programme_id),
            &s.origin,
            programme,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    // Two workers who applied last month (as records kept since then show).
    let mut placements = vec![];
    for name in ["ines", "jorge"] {
        let (_, w) = worker(&app, name, Sex::Female, &["sharing_with_employers"]).await;
        let view = app
            .store()
            .create_placement(
                &Actor::system(),
                JobOrderId(s.job_order_id),
                WorkerId(w),
                last_month,
                "",
            )
            .await
            .unwrap();
        placements.push(view.placement.id.0);
    }
    let step = |id: i64, to: &str, on: chrono::NaiveDate| {
        let path = format!("/api/v1/placements/{id}/transitions");
        (path, json!({"to": to, "occurred_on": on}))
    };
    // A date in the future is refused, whatever the step.
    let (path, body) = step(placements[0], "shortlisted", today + Duration::days(40));
    let (st, problem) = app.post(&path, &s.employer, body).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["date_in_future"]);
    for &id in &placements {
        let (path, body) = step(id, "shortlisted", last_month + Duration::days(2));
        let (st, v) = app.post(&path, &s.employer, body).await;
        assert_eq!(st, StatusCode::OK, "{v}");
    }
    // The first selection takes this month's only place.
    let (path, body) = step(placements[0], "selected", today);
    let (st, v) = app.post(&path, &s.employer, body).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    // Dating the second in last month does not reach last month's quota.
    let (path, body) = step(placements[1], "selected", last_month + Duration::days(3));
    let (st, problem) = app.post(&path, &s.employer, body).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["quota_reached"]);
    // Nor does dating it next month.
    let (path, body) = step(placements[1], "selected", month_start + Months::new(1));
    let (st, problem) = app.post(&path, &s.employer, body).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(rules(&problem).contains(&"date_in_future".to_string()));
    // A payment cannot be dated in the future either.
    let (st, problem) = app
        .post(
            &format!("/api/v1/placements/{}/payments", placements[0]),
            &s.employer,
            json!({"payer": "employer", "payee": "agency", "category": "recruitment_service",
                   "amount": {"amount": "100.00", "currency": "CAD"}, "paid_on": today + Duration::days(2)}),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), ["date_in_future"]);
}

/// Finding 4: access follows live placements and consent.
async fn consent_and_live_placements_govern_access(app: TestApp) {
    let s = scene(&app).await;
    let (token, w) = worker(
        &app,
        "marta",
        Sex::Female,
        &["matching", "sharing_with_employers"],
    )
    .await;
    let (_, pl) = app
        .post(
            "/api/v1/placements",
            &token,
            json!({"job_order_id": s.job_order_id}),
        )
        .await;
    let placement = pl["id"].as_i64().unwrap();
    let profile = format!("/api/v1/workers/{w}");
    for reader in [&s.employer, &s.recruiter, &s.dest] {
        let (st, _) = app.get(&profile, reader).await;
        assert_eq!(st, StatusCode::OK);
    }
    // Withdrawing consent to sharing ends the employer's and agency's access
    // at once (the destination official's, which is by law, stays).
    let consent = |given: bool| json!({"purpose": "sharing_with_employers", "given": given});
    let path = format!("/api/v1/workers/{w}/consents");
    let (st, _) = app.post(&path, &token, consent(false)).await;
    assert_eq!(st, StatusCode::CREATED);
    for reader in [&s.employer, &s.recruiter] {
        let (st, _) = app.get(&profile, reader).await;
        assert_eq!(st, StatusCode::FORBIDDEN);
    }
    let (st, _) = app.get(&profile, &s.dest).await;
    assert_eq!(st, StatusCode::OK);
    let (st, _) = app.post(&path, &token, consent(true)).await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, _) = app.get(&profile, &s.employer).await;
    assert_eq!(st, StatusCode::OK);
    // A rejected application gives no one on the employer's side, nor the
    // destination, access any more.
    let (st, v) = app
        .post(
            &format!("/api/v1/placements/{placement}/transitions"),
            &s.employer,
            json!({"to": "rejected"}),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    for reader in [&s.employer, &s.recruiter, &s.dest] {
        let (st, _) = app.get(&profile, reader).await;
        assert_eq!(st, StatusCode::FORBIDDEN);
    }
    let (st, _) = app.get(&profile, &s.origin).await;
    assert_eq!(st, StatusCode::OK, "the worker's own country's official");
}

/// Finding 4: a shortlist explains the scores of workers who share their
/// profile with employers only; the programme's officials see every
/// explanation; each candidate shown is audited.
async fn shortlists_withhold_details_without_consent_to_share(app: TestApp) {
    let s = scene(&app).await;
    let (_, private) = worker(&app, "nora", Sex::Female, &["matching"]).await;
    let (_, open) = worker(
        &app,
        "olga",
        Sex::Female,
        &["matching", "sharing_with_employers"],
    )
    .await;
    let path = format!("/api/v1/job-orders/{}/shortlist?k=50", s.job_order_id);
    let find = |list: &Value, id: i64| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["worker_id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("worker {id} not shortlisted: {list}"))
    };
    for side in [&s.employer, &s.recruiter] {
        let (st, list) = app.get(&path, side).await;
        assert_eq!(st, StatusCode::OK, "{list}");
        let hidden = find(&list, private);
        assert_eq!(hidden["details_withheld"], true);
        assert_eq!(hidden["explanation"], json!([]));
        let shown = find(&list, open);
        assert_eq!(shown["details_withheld"], false);
        assert!(!shown["explanation"].as_array().unwrap().is_empty());
    }
    let (_, list) = app.get(&path, &s.dest).await;
    assert!(
        !find(&list, private)["explanation"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let log = app
        .store()
        .audit_log(
            &AuditFilter {
                entity: Some("worker".into()),
                entity_id: Some(private.to_string()),
                action: Some("read".into()),
                ..Default::default()
            },
            &AuditScope::Everything,
            Page::default(),
        )
        .await
        .unwrap();
    assert!(
        log.items
            .iter()
            .any(|e| e.detail.contains("shortlist") && e.detail.contains("withheld")),
        "{:?}",
        log.items
    );
}

/// Finding 4: a job order names only the employer's returning workers, and
/// the names are not published.
async fn named_workers_are_checked_and_not_published(app: TestApp) {
    let s = scene(&app).await;
    let (_, stranger) = worker(&app, "paula", Sex::Female, &["sharing_with_employers"]).await;
    let (_, returning) = worker(&app, "quique", Sex::Male, &["sharing_with_employers"]).await;
    // The returning worker completed a contract with this employer.
    let store = app.store();
    let actor = Actor::system();
    let past = Utc::now().date_naive() - Duration::days(400);
    let view = store
        .create_placement(
            &actor,
            JobOrderId(s.job_order_id),
            WorkerId(returning),
            past,
            "",
        )
        .await
        .unwrap();
    let mut status = PlacementStatus::Applied;
    while status != PlacementStatus::Completed {
        let to = status.next_on_main_path().unwrap();
        let req = TransitionRequest {
            to,
            occurred_on: Some(past),
            note: String::new(),
            end_reason: None,
            contract: None,
        };
        store
            .transition_placement(&actor, view.placement.id, status, &req, past)
            .await
            .unwrap();
        status = to;
    }
    let spec = |named: Vec<i64>| {
        let mut spec = examples::job_order(
            C,
            ProgrammeId(s.programme_id),
            EmployerId(s.employer_id),
            None,
            examples::FRUIT_PICKER,
            3,
            Utc::now().date_naive() + Duration::days(90),
        );
        spec.named_workers = named.into_iter().map(WorkerId).collect();
        serde_json::to_value(spec).unwrap()
    };
    let (st, problem) = app
        .post(
            "/api/v1/job-orders",
            &s.dest,
            spec(vec![returning, stranger, 999_999]),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        rules(&problem),
        ["not_a_returning_worker", "not_a_returning_worker"]
    );
    let (st, jo) = app
        .post("/api/v1/job-orders", &s.dest, spec(vec![returning]))
        .await;
    assert_eq!(st, StatusCode::CREATED, "{jo}");
    let id = jo["id"].as_i64().unwrap();
    assert_eq!(jo["named_workers"], json!([returning]));
    // Anonymous and unrelated callers do not see whom it names.
    let (st, list) = app
        .json(
            reqwest::Method::GET,
            "/api/v1/job-orders?limit=500",
            None,
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    let listed = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(listed["named_workers"], json!([]));
    let (_, one) = app
        .json(
            reqwest::Method::GET,
            &format!("/api/v1/job-orders/{id}"),
            None,
            None,
        )
        .await;
    assert_eq!(one["named_workers"], json!([]));
    let (_, mine) = app
        .get(&format!("/api/v1/job-orders/{id}"), &s.employer)
        .await;
    assert_eq!(mine["named_workers"], json!([returning]));
    let (_, theirs) = app
        .get(&format!("/api/v1/job-orders/{id}"), &s.foreign_official)
        .await;
    assert_eq!(theirs["named_workers"], json!([]));
}

/// Finding 4: a list of profiles is audited record by record, with the ids
/// read.
async fn list_reads_are_audited_record_by_record(app: TestApp) {
    let s = scene(&app).await;
    let mut ids = vec![];
    for name in ["rita", "sara", "tina"] {
        ids.push(worker(&app, name, Sex::Female, &[]).await.1);
    }
    let (st, list) = app.get("/api/v1/workers?limit=500", &s.origin).await;
    assert_eq!(st, StatusCode::OK, "{list}");
    let read: Vec<i64> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_i64().unwrap())
        .collect();
    assert!(ids.iter().all(|i| read.contains(i)));
    let admin = admin(&app).await;
    for id in &read {
        let (_, log) = app
            .get(
                &format!("/api/v1/audit-log?entity=worker&entity_id={id}&action=read"),
                &admin,
            )
            .await;
        assert_eq!(log["total"], 1, "worker {id}: {log}");
        assert_eq!(log["items"][0]["actor_role"], "origin_official");
    }
}

/// Finding 10: every response carries a strict content security policy
/// (no script, no framing), no MIME sniffing and a referrer policy;
/// answers to requests with credentials are never cached.
async fn responses_carry_security_headers(app: TestApp) {
    let s = scene(&app).await;
    let header = |res: &reqwest::Response, name: &str| {
        res.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    for path in [
        "/",
        "/jobs",
        "/sign-in",
        "/api/v1/job-orders",
        "/no-such-page",
    ] {
        let res = app.http.get(app.url(path)).send().await.unwrap();
        let csp = header(&res, "content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("script-src"), "no script is allowed: {csp}");
        assert_eq!(header(&res, "x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header(&res, "referrer-policy"), "same-origin", "{path}");
    }
    let res = app
        .http
        .get(app.url("/api/v1/placements"))
        .bearer_auth(&s.employer)
        .send()
        .await
        .unwrap();
    assert_eq!(header(&res, "cache-control"), "no-store");
    let mut v = app.visitor();
    let profile = examples::worker(
        C,
        "zoe",
        "Ruiz",
        Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
    );
    app.register("zoe@example.mx", &profile, &[]).await;
    v.sign_in("zoe@example.mx", "a long password here").await;
    let res = v.http.get(app.url("/me/account")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "cache-control"), "no-store");
}

/// Finding 5: a run of wrong passwords is throttled per account (and per
/// address): after the allowance, attempts are refused with 429 and
/// Retry-After — even with the right password — while other accounts
/// still sign in.
async fn wrong_passwords_are_throttled(app: TestApp) {
    let _ = scene(&app).await;
    app.user("root@corridor.example", Role::Admin, None, None, None, None)
        .await;
    let try_sign_in = |email: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.call(
                reqwest::Method::POST,
                "/api/v1/tokens",
                None,
                Some(json!({"email": email, "password": password})),
            )
            .await
        }
    };
    let mut statuses = vec![];
    for _ in 0..12 {
        statuses.push(
            try_sign_in("root@corridor.example", "wrong guess")
                .await
                .status(),
        );
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::UNAUTHORIZED)
            .count(),
        corridor_server::throttle::PER_ACCOUNT as usize
    );
    let held = try_sign_in("root@corridor.example", common::PASSWORD).await;
    assert_eq!(held.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = held
        .headers()
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 15 * 60, "{retry}");
    // Another account still signs in from the same address.
    let code = app.fresh_code("labour@MEX.example").await;
    let other = app
        .call(
            reqwest::Method::POST,
            "/api/v1/tokens",
            None,
            Some(json!({"email": "labour@MEX.example", "password": common::PASSWORD, "totp_code": code})),
        )
        .await;
    assert_eq!(other.status(), StatusCode::CREATED);
}

on_both_backends!(
    putting_a_worker_forward_reveals_nothing_until_they_accept,
    officials_apply_on_behalf_only_for_their_own_workers,
    officials_read_only_their_countrys_audit_log,
    selections_cannot_choose_their_quota_by_date,
    consent_and_live_placements_govern_access,
    shortlists_withhold_details_without_consent_to_share,
    named_workers_are_checked_and_not_published,
    list_reads_are_audited_record_by_record,
    responses_carry_security_headers,
    wrong_passwords_are_throttled,
);
