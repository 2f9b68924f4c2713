//! Integrity (issue "Trust", findings 8, 9 and 11), each as a scenario
//! that failed before its fix:
//!
//! 8. A suspended employer, and an agency whose licence was revoked, kept
//!    acting on their job orders and placements. Now their users are
//!    refused (403 with the rule's code) while workers and officials keep
//!    doing what they need to.
//! 9. Confirming a match round marked it confirmed before its loop,
//!    outside one transaction, without checking consent again or earlier
//!    selections; a long round ran on the async threads. Now each pair is
//!    checked again inside one transaction with the confirmation, and the
//!    round is computed on a blocking thread.
//! 11. A 403 against a 404 told which ids exist for placements, job
//!     orders, proposals' job orders, ledgers and match rounds. Now an
//!     unknown record is refused like one the caller may not see.

mod common;

use chrono::{Duration, Utc};
use common::{TestApp, rules};
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{AgencyId, EmployerId, ProgrammeId};
use corridor_domain::organisation::LicenceStatus;
use reqwest::StatusCode;
use serde_json::{Value, json};

const C: DemoCorridor = DemoCorridor::MexicoCanada;

/// A Mexico → Canada programme: the employer's own open job order, a
/// second one handled by a licensed agency, accounts for each side.
struct Scene {
    origin: String,
    dest: String,
    employer: String,
    recruiter: String,
    programme_id: i64,
    employer_id: i64,
    agency_id: i64,
    /// The employer's own job order.
    own_job: i64,
    /// The job order the agency handles.
    agency_job: i64,
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
    Scene {
        origin: setup.origin,
        dest: setup.dest,
        employer: setup.employer,
        recruiter,
        programme_id: setup.programme_id,
        employer_id: setup.employer_id,
        agency_id,
        own_job: setup.job_order_id,
        agency_job: jo["id"].as_i64().unwrap(),
    }
}

/// A Mexican worker who registers with `consents`; returns (token, id).
async fn worker(app: &TestApp, name: &str, consents: &[&str]) -> (String, i64) {
    let profile = examples::worker(
        C,
        name,
        "Hernández",
        Sex::Female,
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

const BOTH: &[&str] = &["matching", "sharing_with_employers"];

async fn apply(app: &TestApp, token: &str, job: i64) -> i64 {
    let (st, p) = app
        .post("/api/v1/placements", token, json!({"job_order_id": job}))
        .await;
    assert_eq!(st, StatusCode::CREATED, "{p}");
    p["id"].as_i64().unwrap()
}

async fn step(app: &TestApp, token: &str, placement: i64, to: &str) -> (StatusCode, Value) {
    app.post(
        &format!("/api/v1/placements/{placement}/transitions"),
        token,
        json!({"to": to}),
    )
    .await
}

fn fee() -> Value {
    json!({
        "payer": "worker", "payee": "agency", "category": "recruitment_service",
        "amount": {"amount": "3000", "currency": "MXN"},
        "paid_on": Utc::now().date_naive().to_string(), "note": "cash"
    })
}

fn employer_side_payment() -> Value {
    json!({
        "payer": "employer", "payee": "agency", "category": "recruitment_service",
        "amount": {"amount": "500", "currency": "CAD"},
        "paid_on": Utc::now().date_naive().to_string(), "note": "invoice 4"
    })
}

/// Finding 8: once an employer is suspended and an agency's licence is
/// revoked, their users act on nothing of theirs — and read none of the
/// workers' data it gave them — while the worker withdraws and reports a
/// fee, and officials keep acting on the placements.
async fn suspended_and_unlicensed_organisations_act_on_nothing(app: TestApp) {
    let s = scene(&app).await;
    let (ana, ana_id) = worker(&app, "Ana", BOTH).await;
    let (luz, _) = worker(&app, "Luz", BOTH).await;
    let (rosa_token, rosa_id) = worker(&app, "Rosa", BOTH).await;
    let own = apply(&app, &ana, s.own_job).await;
    let handled = apply(&app, &luz, s.agency_job).await;

    // In good standing, both sides act.
    let (st, v) = step(&app, &s.employer, own, "shortlisted").await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let (st, v) = step(&app, &s.recruiter, handled, "shortlisted").await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let (st, v) = app
        .get(&format!("/api/v1/workers/{ana_id}"), &s.employer)
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");

    let shortlisted = |job: i64| {
        let (app, dest) = (&app, s.dest.clone());
        async move {
            let (st, list) = app
                .get(&format!("/api/v1/job-orders/{job}/shortlist?k=10"), &dest)
                .await;
            assert_eq!(st, StatusCode::OK, "{list}");
            list.as_array().unwrap().len()
        }
    };
    assert!(shortlisted(s.own_job).await > 0);
    assert!(shortlisted(s.agency_job).await > 0);

    // The destination official suspends the employer; the origin official
    // revokes the agency's licence.
    let (st, v) = app
        .post(
            &format!("/api/v1/employers/{}/events", s.employer_id),
            &s.dest,
            json!({"action": "suspend", "reason": "wages unpaid for two months"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (st, v) = app
        .post(
            &format!("/api/v1/agencies/{}/licence-events", s.agency_id),
            &s.origin,
            json!({"action": "revoke", "reason": "charged workers fees"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");

    // The employer's users: every act on its job orders and placements.
    let e = &s.employer;
    let refused_to_employer: Vec<(StatusCode, Value)> = vec![
        step(&app, e, own, "selected").await,
        app.post(
            &format!("/api/v1/job-orders/{}/close", s.own_job),
            e,
            json!({}),
        )
        .await,
        app.get(&format!("/api/v1/job-orders/{}/candidates", s.own_job), e)
            .await,
        app.get(&format!("/api/v1/job-orders/{}/shortlist", s.own_job), e)
            .await,
        app.post(
            "/api/v1/proposals",
            e,
            json!({"job_order_id": s.own_job, "worker_id": rosa_id}),
        )
        .await,
        app.post(
            &format!("/api/v1/placements/{own}/payments"),
            e,
            employer_side_payment(),
        )
        .await,
        app.get(&format!("/api/v1/placements/{own}"), e).await,
        app.get("/api/v1/placements", e).await,
        app.get(&format!("/api/v1/workers/{ana_id}"), e).await,
    ];
    for (st, problem) in refused_to_employer {
        assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
        assert_eq!(rules(&problem), ["employer_suspended"], "{problem}");
    }
    // The agency's staff: the same on the job order it handles.
    let r = &s.recruiter;
    let refused_to_agency: Vec<(StatusCode, Value)> = vec![
        step(&app, r, handled, "selected").await,
        app.post(
            &format!("/api/v1/job-orders/{}/close", s.agency_job),
            r,
            json!({}),
        )
        .await,
        app.get(&format!("/api/v1/job-orders/{}/shortlist", s.agency_job), r)
            .await,
        app.post(
            "/api/v1/proposals",
            r,
            json!({"job_order_id": s.agency_job, "worker_id": rosa_id}),
        )
        .await,
        app.get(&format!("/api/v1/placements/{handled}"), r).await,
    ];
    for (st, problem) in refused_to_agency {
        assert_eq!(st, StatusCode::FORBIDDEN, "{problem}");
        assert_eq!(rules(&problem), ["agency_licence_not_active"], "{problem}");
    }
    // Nothing moved.
    let (_, p) = app.get(&format!("/api/v1/placements/{own}"), &s.dest).await;
    assert_eq!(p["status"], "shortlisted");
    let (_, jo) = app
        .get(&format!("/api/v1/job-orders/{}", s.own_job), &s.dest)
        .await;
    assert_eq!(jo["status"], "open");

    // Their job orders leave shortlists and rounds.
    assert_eq!(shortlisted(s.own_job).await, 0);
    assert_eq!(shortlisted(s.agency_job).await, 0);

    // No new application reaches them.
    for (job, rule) in [
        (s.own_job, "employer_suspended"),
        (s.agency_job, "agency_licence_not_active"),
    ] {
        let (st, problem) = app
            .post(
                "/api/v1/placements",
                &rosa_token,
                json!({"job_order_id": job}),
            )
            .await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert!(rules(&problem).contains(&rule.to_string()), "{problem}");
    }

    // The worker reads her record, reports the fee she paid and withdraws.
    let (st, v) = app.get(&format!("/api/v1/placements/{own}"), &ana).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let (st, v) = app
        .post(&format!("/api/v1/placements/{own}/payments"), &ana, fee())
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (st, v) = step(&app, &ana, own, "withdrawn").await;
    assert_eq!(st, StatusCode::OK, "{v}");
    // Officials keep acting on the placements concerned.
    let (st, v) = step(&app, &s.dest, handled, "rejected").await;
    assert_eq!(st, StatusCode::OK, "{v}");

    // Every refusal is in the audit log, with its rule.
    let log = app
        .store()
        .audit_log(
            &corridor_store::AuditFilter::default(),
            &corridor_domain::access::AuditScope::Everything,
            corridor_store::Page::new(Some(500), None),
        )
        .await
        .unwrap();
    let refusals = |rule: &str| {
        log.items
            .iter()
            .filter(|e| e.outcome == "denied" && e.detail == rule)
            .count()
    };
    assert_eq!(refusals("employer_suspended"), 9);
    assert_eq!(refusals("agency_licence_not_active"), 5);

    // Reinstated, the employer acts again.
    let (st, v) = app
        .post(
            &format!("/api/v1/employers/{}/events", s.employer_id),
            &s.dest,
            json!({"action": "reinstate", "reason": "wages paid with interest"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (st, v) = app
        .get(&format!("/api/v1/job-orders/{}/candidates", s.own_job), e)
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert!(shortlisted(s.own_job).await > 0);
}

/// Finding 9: confirming a round checks every pair again, inside the
/// confirmation: a worker who withdrew consent, or was selected for
/// another job order meanwhile, is skipped with the rule, the rest go
/// forward, and the round is confirmed with them, once.
async fn confirming_a_round_checks_every_pair_again(app: TestApp) {
    let s = scene(&app).await;
    let mut workers = vec![];
    for name in ["Ana", "Luis", "Rosa"] {
        workers.push(worker(&app, name, BOTH).await);
    }
    let (st, round) = app
        .post(
            "/api/v1/match-rounds",
            &s.origin,
            json!({"programme_id": s.programme_id, "mechanism": "stable"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{round}");
    let pairs: Vec<(i64, i64)> = round["result"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["worker_id"].as_i64().unwrap(),
                p["job_order_id"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs.len(), 3, "{round}");
    let job_of = |w: i64| pairs.iter().find(|p| p.0 == w).unwrap().1;
    let (ana, ana_id) = &workers[0];
    let (luis, luis_id) = &workers[1];
    let rosa_id = workers[2].1;

    // Meanwhile Ana stops sharing her profile with employers...
    let (st, v) = app
        .post(
            &format!("/api/v1/workers/{ana_id}/consents"),
            ana,
            json!({"purpose": "sharing_with_employers", "given": false}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    // ...and Luis is selected for the other job order.
    let other = if job_of(*luis_id) == s.own_job {
        s.agency_job
    } else {
        s.own_job
    };
    let p = apply(&app, luis, other).await;
    for to in ["shortlisted", "selected"] {
        let (st, v) = step(&app, &s.dest, p, to).await;
        assert_eq!(st, StatusCode::OK, "{v}");
    }

    let id = round["id"].as_i64().unwrap();
    let (st, done) = app
        .post(
            &format!("/api/v1/match-rounds/{id}/confirm"),
            &s.origin,
            json!({"step": "selected"}),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{done}");
    assert_eq!(done["round"]["status"], "confirmed");
    assert_eq!(done["placed"].as_array().unwrap().len(), 1, "{done}");
    let skipped: Vec<(i64, Vec<String>)> = done["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["worker_id"].as_i64().unwrap(),
                p["violations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v["rule"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    assert!(
        skipped.contains(&(*ana_id, vec!["consent_required".to_string()])),
        "{done}"
    );
    assert!(
        skipped.contains(&(*luis_id, vec!["worker_committed_elsewhere".to_string()])),
        "{done}"
    );
    // Rosa is selected; Luis keeps only the selection he had, Ana nothing.
    let placements = |w: i64| {
        let app = &app;
        let dest = s.dest.clone();
        async move {
            let (_, list) = app
                .get(&format!("/api/v1/placements?worker_id={w}"), &dest)
                .await;
            list["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p["job_order_id"].as_i64().unwrap(),
                        p["status"].as_str().unwrap().to_string(),
                    )
                })
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        placements(rosa_id).await,
        [(job_of(rosa_id), "selected".to_string())]
    );
    assert_eq!(
        placements(*luis_id).await,
        [(other, "selected".to_string())]
    );
    assert!(placements(*ana_id).await.is_empty());

    // Confirmed once.
    let (st, again) = app
        .post(
            &format!("/api/v1/match-rounds/{id}/confirm"),
            &s.origin,
            json!({}),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "{again}");
    assert_eq!(placements(rosa_id).await.len(), 1);
}

/// Finding 9: a round is computed on a blocking thread, not on the thread
/// that runs the async tasks (here, the test's only runtime thread).
async fn rounds_are_computed_off_the_async_threads(app: TestApp) {
    let matching = corridor_server::matching::Matching::new();
    let here = std::thread::current().id();
    let there = matching
        .compute(app.store(), |_| std::thread::current().id())
        .await
        .unwrap();
    assert_ne!(here, there);
}

/// Finding 11: for each kind of record, an id that does not exist is
/// answered exactly like one the caller may not see (403, same words);
/// only an administrator is told it does not exist.
async fn unknown_and_forbidden_answer_alike(app: TestApp) {
    let s = scene(&app).await;
    let (ana, _) = worker(&app, "Ana", BOTH).await;
    let placement = apply(&app, &ana, s.own_job).await;
    // A job order waiting for approval is not public.
    let spec = examples::job_order(
        C,
        ProgrammeId(s.programme_id),
        EmployerId(s.employer_id),
        None,
        examples::FRUIT_PICKER,
        2,
        Utc::now().date_naive() + Duration::days(90),
    );
    let (st, pending) = app
        .post(
            "/api/v1/job-orders",
            &s.employer,
            serde_json::to_value(&spec).unwrap(),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{pending}");
    assert_eq!(pending["status"], "pending_approval");
    let pending = pending["id"].as_i64().unwrap();
    let (st, round) = app
        .post(
            "/api/v1/match-rounds",
            &s.origin,
            json!({"programme_id": s.programme_id, "mechanism": "stable"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{round}");
    let round = round["id"].as_i64().unwrap();

    // Outsiders: another employer's staff, another country's official.
    let (st, other) = app
        .post(
            "/api/v1/employers",
            &s.dest,
            serde_json::to_value(examples::employer(C, "Other Farm", 2)).unwrap(),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{other}");
    let outsider = app
        .user(
            "hr@other.example",
            Role::Employer,
            None,
            None,
            Some(EmployerId(other["id"].as_i64().unwrap())),
            None,
        )
        .await;
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
    let admin = app
        .user("root@corridor.example", Role::Admin, None, None, None, None)
        .await;

    const NONE: i64 = 987_654;
    type Probe = (&'static str, reqwest::Method, String, Option<Value>);
    let probes = |real: i64, kind: &'static str| -> Vec<Probe> {
        use reqwest::Method;
        match kind {
            "placement" => vec![
                (
                    kind,
                    Method::GET,
                    format!("/api/v1/placements/{real}"),
                    None,
                ),
                (
                    kind,
                    Method::GET,
                    format!("/api/v1/placements/{real}/events"),
                    None,
                ),
                (
                    "ledger",
                    Method::GET,
                    format!("/api/v1/placements/{real}/payments"),
                    None,
                ),
                (
                    "ledger",
                    Method::POST,
                    format!("/api/v1/placements/{real}/payments"),
                    Some(employer_side_payment()),
                ),
                (
                    kind,
                    Method::POST,
                    format!("/api/v1/placements/{real}/transitions"),
                    Some(json!({"to": "shortlisted"})),
                ),
            ],
            "job_order" => vec![
                (
                    kind,
                    Method::GET,
                    format!("/api/v1/job-orders/{real}"),
                    None,
                ),
                (
                    kind,
                    Method::POST,
                    format!("/api/v1/job-orders/{real}/close"),
                    Some(json!({})),
                ),
                (
                    kind,
                    Method::POST,
                    format!("/api/v1/job-orders/{real}/approve"),
                    Some(json!({})),
                ),
                (
                    kind,
                    Method::GET,
                    format!("/api/v1/job-orders/{real}/candidates"),
                    None,
                ),
                (
                    kind,
                    Method::GET,
                    format!("/api/v1/job-orders/{real}/shortlist"),
                    None,
                ),
                (
                    "proposal",
                    Method::POST,
                    "/api/v1/proposals".to_string(),
                    Some(json!({"job_order_id": real, "worker_id": 1})),
                ),
            ],
            _ => vec![
                (
                    kind,
                    Method::GET,
                    format!("/api/v1/match-rounds/{real}"),
                    None,
                ),
                (
                    kind,
                    Method::POST,
                    format!("/api/v1/match-rounds/{real}/confirm"),
                    Some(json!({})),
                ),
                (
                    kind,
                    Method::POST,
                    format!("/api/v1/match-rounds/{real}/discard"),
                    Some(json!({})),
                ),
            ],
        }
    };
    for (caller, real, kind) in [
        (outsider.as_str(), placement, "placement"),
        (outsider.as_str(), pending, "job_order"),
        (foreign.as_str(), round, "match_round"),
    ] {
        let known = probes(real, kind);
        let unknown = probes(NONE, kind);
        for (k, u) in known.into_iter().zip(unknown) {
            let (what, method, path, body) = k;
            let (st_k, p_k) = app.json(method.clone(), &path, Some(caller), body).await;
            let (st_u, p_u) = app
                .json(method.clone(), &u.2, Some(caller), u.3.clone())
                .await;
            assert_eq!(st_k, StatusCode::FORBIDDEN, "{what} {path}: {p_k}");
            assert_eq!(st_u, StatusCode::FORBIDDEN, "{what} {}: {p_u}", u.2);
            let strip =
                |p: &Value, id: i64| p["detail"].as_str().unwrap().replace(&id.to_string(), "#");
            assert_eq!(
                strip(&p_k, real),
                strip(&p_u, NONE),
                "{what} {method} {path}: the words differ"
            );
            // An administrator sees every record, and is told it is not there.
            let (st_a, p_a) = app.json(method, &u.2, Some(&admin), u.3).await;
            assert_eq!(st_a, StatusCode::NOT_FOUND, "{what} {}: {p_a}", u.2);
        }
    }
}

on_both_backends!(
    suspended_and_unlicensed_organisations_act_on_nothing,
    confirming_a_round_checks_every_pair_again,
    rounds_are_computed_off_the_async_threads,
    unknown_and_forbidden_answer_alike,
);
