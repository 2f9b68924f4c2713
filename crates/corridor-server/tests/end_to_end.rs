//! One corridor walked end to end over HTTP: an official creates a
//! programme; a job order below the minimum wage that charges the worker a
//! fee is refused with both violations; a compliant one is accepted and
//! approved; a worker registers and applies; the placement goes through
//! every stage to "returned"; the audit log holds each step; an illegal
//! transition is refused.

mod common;

use chrono::{Duration, Utc};
use common::{TestApp, rules};
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{AgencyId, EmployerId, ProgrammeId};
use corridor_domain::organisation::LicenceStatus;
use corridor_domain::placement::PlacementStatus;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn corridor_end_to_end(app: TestApp) {
    let c = DemoCorridor::MexicoCanada;
    let origin = app
        .user(
            "stps@mx.example",
            Role::OriginOfficial,
            Some("MEX"),
            None,
            None,
            None,
        )
        .await;
    let dest = app
        .user(
            "esdc@ca.example",
            Role::DestinationOfficial,
            Some("CAN"),
            None,
            None,
            None,
        )
        .await;

    // An official creates the programme.
    let (s, programme) = app
        .post(
            "/api/v1/programmes",
            &origin,
            serde_json::to_value(c.programme()).unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{programme}");
    let programme_id = programme["id"].as_i64().unwrap();
    assert_eq!(programme["origin"], "MEX");

    // The destination official registers an employer; the origin official
    // licenses an agency.
    let (s, employer) = app
        .post(
            "/api/v1/employers",
            &dest,
            serde_json::to_value(examples::employer(c, "Leamington Greenhouses Ltd", 1)).unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{employer}");
    let employer_id = employer["id"].as_i64().unwrap();
    let (s, agency) = app
        .post(
            "/api/v1/agencies",
            &origin,
            serde_json::to_value(examples::agency(c, "Agencia Justa", LicenceStatus::Active))
                .unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{agency}");
    let agency_id = agency["id"].as_i64().unwrap();
    let employer_token = app
        .user(
            "hr@greenhouse.example",
            Role::Employer,
            None,
            None,
            Some(EmployerId(employer_id)),
            None,
        )
        .await;

    // A job order below the minimum wage that charges the worker a fee.
    let start = Utc::now().date_naive() + Duration::days(120);
    let good = examples::job_order(
        c,
        ProgrammeId(programme_id),
        EmployerId(employer_id),
        Some(AgencyId(agency_id)),
        examples::FRUIT_PICKER,
        4,
        start,
    );
    let mut bad = serde_json::to_value(&good).unwrap();
    bad["wage"]["amount"] = json!("14.00");
    bad["recruitment_costs"][0]["paid_by"] = json!("worker");
    let (s, problem) = app.post("/api/v1/job-orders", &employer_token, bad).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let broken = rules(&problem);
    assert!(
        broken.contains(&"wage_below_minimum".to_string()),
        "{problem}"
    );
    assert!(
        broken.contains(&"cost_charged_to_worker".to_string()),
        "{problem}"
    );
    assert_eq!(broken.len(), 2, "{problem}");
    let fields: Vec<&str> = problem["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"wage.amount") && fields.contains(&"recruitment_costs[0].paid_by"),
        "{fields:?}"
    );
    let (_, listed) = app
        .get(
            "/api/v1/job-orders?status=pending_approval",
            &employer_token,
        )
        .await;
    assert_eq!(
        listed["total"], 0,
        "a refused job order leaves nothing behind"
    );

    // The compliant one is accepted, waits for approval, and is approved.
    let (s, jo) = app
        .post(
            "/api/v1/job-orders",
            &employer_token,
            serde_json::to_value(&good).unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{jo}");
    assert_eq!(jo["status"], "pending_approval");
    let jo_id = jo["id"].as_i64().unwrap();
    let (s, approved) = app
        .post(
            &format!("/api/v1/job-orders/{jo_id}/approve"),
            &dest,
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{approved}");
    assert_eq!(approved["status"], "open");

    // A worker registers and applies.
    let profile = examples::worker(
        c,
        "Ana",
        "López",
        Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1995, 3, 2).unwrap(),
    );
    let reg = app
        .register(
            "ana@example.mx",
            &profile,
            &["matching", "sharing_with_employers"],
        )
        .await;
    let worker_token = reg["token"].as_str().unwrap().to_string();
    let worker_id = reg["worker"]["id"].as_i64().unwrap();
    let (s, placement) = app
        .post(
            "/api/v1/placements",
            &worker_token,
            json!({"job_order_id": jo_id}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{placement}");
    assert_eq!(placement["status"], "applied");
    assert_eq!(placement["worker_id"], worker_id);
    let pid = placement["id"].as_i64().unwrap();

    // Through every stage, each recorded by the role that does it.
    let contract = json!({
        "language": "es",
        "wage": good.wage,
        "guaranteed_hours_per_week": good.guaranteed_hours_per_week,
        "max_hours_per_week": good.max_hours_per_week,
        "start_date": good.start_date,
        "duration_months": good.duration_months,
        "housing": good.housing,
        "medical": good.medical,
        "return_travel_paid_by_employer": true,
    });
    let steps: Vec<(&str, &str, Value)> = vec![
        ("shortlisted", "employer", json!({})),
        ("selected", "employer", json!({})),
        ("contract_signed", "employer", json!({"contract": contract})),
        ("orientation_done", "origin", json!({})),
        ("visa_issued", "dest", json!({})),
        ("departed", "origin", json!({})),
        ("arrived", "dest", json!({})),
        ("employed", "employer", json!({})),
        ("completed", "employer", json!({})),
        ("returned", "origin", json!({})),
    ];
    for (to, who, extra) in &steps {
        let token = match *who {
            "employer" => &employer_token,
            "origin" => &origin,
            _ => &dest,
        };
        if *to == "orientation_done" {
            // The step needs the worker's completion of the programme's
            // orientation: published by an official, recorded by the worker.
            let (s, v) = app
                .put(
                    &format!("/api/v1/programmes/{programme_id}/orientation"),
                    &origin,
                    serde_json::to_value(DemoCorridor::MexicoCanada.orientation()).unwrap(),
                )
                .await;
            assert_eq!(s, StatusCode::OK, "{v}");
            let (s, v) = app
                .post(
                    &format!("/api/v1/placements/{pid}/orientation"),
                    &worker_token,
                    json!({"note": "Guadalajara, two days"}),
                )
                .await;
            assert_eq!(s, StatusCode::CREATED, "{v}");
        }
        let mut body = json!({"to": to, "note": format!("step {to}")});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        let (s, v) = app
            .post(
                &format!("/api/v1/placements/{pid}/transitions"),
                token,
                body,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{to}: {v}");
        assert_eq!(v["status"], *to);
    }

    // The timeline, visible to the worker.
    let (s, events) = app
        .get(&format!("/api/v1/placements/{pid}/events"), &worker_token)
        .await;
    assert_eq!(s, StatusCode::OK);
    let tos: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["to"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = PlacementStatus::MAIN_PATH
        .iter()
        .map(|s| s.as_str())
        .collect();
    assert_eq!(tos, expected);
    let (_, record) = app
        .get(
            &format!("/api/v1/workers/{worker_id}/work-record"),
            &worker_token,
        )
        .await;
    assert_eq!(record.as_array().unwrap().len(), 1);

    // An illegal transition is refused, and changes nothing.
    let (s, problem) = app
        .post(
            &format!("/api/v1/placements/{pid}/transitions"),
            &origin,
            json!({"to": "departed"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), vec!["illegal_transition"]);
    let (_, after) = app.get(&format!("/api/v1/placements/{pid}"), &origin).await;
    assert_eq!(after["status"], "returned");

    // The audit log holds each step.
    let (s, log) = app
        .get(
            &format!("/api/v1/audit-log?entity=placement&entity_id={pid}&limit=100"),
            &origin,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{log}");
    let items = log["items"].as_array().unwrap();
    let transitions: Vec<&str> = items
        .iter()
        .filter(|e| e["action"] == "transition" && e["outcome"] == "allowed")
        .map(|e| e["detail"].as_str().unwrap())
        .collect();
    assert_eq!(transitions.len(), 10, "{transitions:?}");
    assert!(transitions.contains(&"completed->returned"));
    assert!(
        items.iter().any(|e| e["action"] == "create"),
        "the application is audited"
    );
    assert!(
        items.iter().any(|e| e["action"] == "read"),
        "reads of the placement are audited"
    );
    let (_, programme_log) = app
        .get(
            &format!("/api/v1/audit-log?entity=programme&entity_id={programme_id}"),
            &origin,
        )
        .await;
    // Its creation and the publication of its orientation.
    assert_eq!(programme_log["total"], 2, "{programme_log}");
    let actions: Vec<&str> = programme_log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"publish_orientation"), "{actions:?}");
}

async fn fee_paid_by_worker_is_recorded_and_visible_to_origin(app: TestApp) {
    let c = DemoCorridor::NepalKorea;
    let origin = app
        .user(
            "dofe@np.example",
            Role::OriginOfficial,
            Some("NPL"),
            None,
            None,
            None,
        )
        .await;
    let other_origin = app
        .user(
            "stps@mx.example",
            Role::OriginOfficial,
            Some("MEX"),
            None,
            None,
            None,
        )
        .await;
    let dest = app
        .user(
            "moel@kr.example",
            Role::DestinationOfficial,
            Some("KOR"),
            None,
            None,
            None,
        )
        .await;
    let (_, p) = app
        .post(
            "/api/v1/programmes",
            &dest,
            serde_json::to_value(c.programme()).unwrap(),
        )
        .await;
    let (_, e) = app
        .post(
            "/api/v1/employers",
            &dest,
            serde_json::to_value(examples::employer(c, "Ansan Metal", 1)).unwrap(),
        )
        .await;
    let spec = examples::job_order(
        c,
        ProgrammeId(p["id"].as_i64().unwrap()),
        EmployerId(e["id"].as_i64().unwrap()),
        None,
        examples::WELDER,
        2,
        Utc::now().date_naive() + Duration::days(90),
    );
    let (s, jo) = app
        .post(
            "/api/v1/job-orders",
            &dest,
            serde_json::to_value(&spec).unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{jo}");
    assert_eq!(
        jo["status"], "open",
        "posted by a destination official: open at once"
    );
    let profile = examples::worker(
        c,
        "Sita",
        "Gurung",
        Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1997, 1, 9).unwrap(),
    );
    let reg = app
        .register("sita@example.np", &profile, &["sharing_with_employers"])
        .await;
    let worker = reg["token"].as_str().unwrap().to_string();
    let (_, pl) = app
        .post(
            "/api/v1/placements",
            &worker,
            json!({"job_order_id": jo["id"]}),
        )
        .await;
    let pid = pl["id"].as_i64().unwrap();
    let (s, pay) = app
        .post(&format!("/api/v1/placements/{pid}/payments"), &worker, json!({
            "payer": "worker", "payee": "agency", "category": "recruitment_service",
            "amount": {"amount": "85000", "currency": "NPR"}, "paid_on": "2026-10-01", "note": "cash, no receipt"}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{pay}");
    assert_eq!(pay["violation"]["kind"], "worker_paid_recruitment_cost");
    let (_, seen) = app.get("/api/v1/fee-violations", &origin).await;
    assert_eq!(seen["total"], 1);
    assert_eq!(seen["items"][0]["payment"]["amount"]["amount"], "85000.00");
    let (_, unseen) = app.get("/api/v1/fee-violations", &other_origin).await;
    assert_eq!(
        unseen["total"], 0,
        "another country's official does not see it"
    );
    let (s, _) = app.get("/api/v1/fee-violations", &worker).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

async fn contracts_must_be_readable_and_meet_the_job_order(app: TestApp) {
    let c = DemoCorridor::PhilippinesGermany;
    let setup = app.open_job_order(c, examples::GENERAL_NURSE, 1, 200).await;
    let (employer, spec) = (setup.employer.clone(), setup.spec.clone());
    let jo = json!({"id": setup.job_order_id});
    let mut profile = examples::worker(
        c,
        "Maria",
        "Santos",
        Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1992, 6, 1).unwrap(),
    );
    // She reads English well but German only at A2.
    profile.languages[1].level = corridor_domain::codes::Cefr::A2;
    let reg = app
        .register("maria@example.ph", &profile, &["sharing_with_employers"])
        .await;
    let worker = reg["token"].as_str().unwrap().to_string();
    let (_, pl) = app
        .post(
            "/api/v1/placements",
            &worker,
            json!({"job_order_id": jo["id"]}),
        )
        .await;
    let pid = pl["id"].as_i64().unwrap();
    for to in ["shortlisted", "selected"] {
        let (s, v) = app
            .post(
                &format!("/api/v1/placements/{pid}/transitions"),
                &employer,
                json!({"to": to}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
    }
    let mut low = spec.wage.clone();
    low.amount =
        corridor_domain::money::Money::parse("2900.00", low.amount.currency().clone()).unwrap();
    let contract = json!({
        "language": "de", "wage": low,
        "guaranteed_hours_per_week": spec.guaranteed_hours_per_week, "max_hours_per_week": spec.max_hours_per_week,
        "start_date": spec.start_date, "duration_months": spec.duration_months,
        "housing": spec.housing, "medical": spec.medical, "return_travel_paid_by_employer": true});
    let (s, problem) = app
        .post(
            &format!("/api/v1/placements/{pid}/transitions"),
            &employer,
            json!({"to": "contract_signed", "contract": contract}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let r = rules(&problem);
    assert!(
        r.contains(&"contract_language_not_read".to_string()),
        "{problem}"
    );
    assert!(
        r.contains(&"contract_wage_below_job_order".to_string()),
        "{problem}"
    );
    // A second worker cannot be selected for the single position.
    let reg2 = app
        .register(
            "joy@example.ph",
            &examples::worker(
                c,
                "Joy",
                "Reyes",
                Sex::Female,
                chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
            ),
            &["sharing_with_employers"],
        )
        .await;
    let w2 = reg2["token"].as_str().unwrap().to_string();
    let (_, pl2) = app
        .post("/api/v1/placements", &w2, json!({"job_order_id": jo["id"]}))
        .await;
    let pid2 = pl2["id"].as_i64().unwrap();
    app.post(
        &format!("/api/v1/placements/{pid2}/transitions"),
        &employer,
        json!({"to": "shortlisted"}),
    )
    .await;
    let (s, problem) = app
        .post(
            &format!("/api/v1/placements/{pid2}/transitions"),
            &employer,
            json!({"to": "selected"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rules(&problem), vec!["positions_filled"]);
}

/// Selecting a worker takes a position of the programme's quotas: once a
/// quota covering the selection (its day, the job's occupation group, the
/// worker's sex) is used up, a further selection is refused and nothing is
/// written.
async fn selection_respects_programme_quotas(app: TestApp) {
    let c = DemoCorridor::MexicoCanada;
    let setup = app.open_job_order(c, examples::FRUIT_PICKER, 4, 60).await;
    // Quotas count selections made in their period: this one holds today.
    let today = Utc::now().date_naive();
    let period = |positions: u32, sex: Option<&str>| {
        json!({
            "period_start": today - Duration::days(30),
            "period_end": today + Duration::days(30),
            "isco": "921",
            "sex": sex,
            "positions": positions,
        })
    };
    let mut programme = serde_json::to_value(c.programme()).unwrap();
    // At most one woman and two people in all in this occupation group;
    // a quota of another period does not apply.
    programme["quotas"] = json!([
        period(1, Some("female")),
        period(2, None),
        {"period_start": today + Duration::days(31), "period_end": today + Duration::days(90),
         "positions": 0},
    ]);
    let path = format!("/api/v1/programmes/{}", setup.programme_id);
    let (s, v) = app.put(&path, &setup.origin, programme).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let born = chrono::NaiveDate::from_ymd_opt(1995, 3, 1).unwrap();
    let mut placements = vec![];
    for (name, sex) in [
        ("ana", Sex::Female),
        ("berta", Sex::Female),
        ("carlos", Sex::Male),
        ("diego", Sex::Male),
    ] {
        let profile = examples::worker(c, name, "López", sex, born);
        let reg = app
            .register(
                &format!("{name}@example.mx"),
                &profile,
                &["sharing_with_employers"],
            )
            .await;
        let token = reg["token"].as_str().unwrap().to_string();
        let (s, pl) = app
            .post(
                "/api/v1/placements",
                &token,
                json!({"job_order_id": setup.job_order_id}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{pl}");
        let id = pl["id"].as_i64().unwrap();
        let (s, v) = app
            .post(
                &format!("/api/v1/placements/{id}/transitions"),
                &setup.employer,
                json!({"to": "shortlisted"}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        placements.push(id);
    }
    let select = |id: i64| {
        let app = &app;
        let employer = setup.employer.clone();
        async move {
            app.post(
                &format!("/api/v1/placements/{id}/transitions"),
                &employer,
                json!({"to": "selected"}),
            )
            .await
        }
    };
    let (s, v) = select(placements[0]).await;
    assert_eq!(s, StatusCode::OK, "Ana takes the women's one position: {v}");
    let (s, problem) = select(placements[1]).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), vec!["quota_reached"]);
    let detail = problem["violations"][0]["message"].as_str().unwrap();
    assert!(
        detail.contains("1 position for ISCO 921, women"),
        "{detail}"
    );
    let (s, v) = select(placements[2]).await;
    assert_eq!(s, StatusCode::OK, "Carlos takes the second position: {v}");
    let (s, problem) = select(placements[3]).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(rules(&problem), vec!["quota_reached"]);
    assert!(
        problem["violations"][0]["message"]
            .as_str()
            .unwrap()
            .contains("2 positions for ISCO 921 from"),
        "{problem}"
    );
    // Nothing was written for the refused selections.
    for id in [placements[1], placements[3]] {
        let (_, events) = app
            .get(&format!("/api/v1/placements/{id}/events"), &setup.origin)
            .await;
        let last = events.as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["to"], "shortlisted", "{events}");
    }
}

on_both_backends!(
    corridor_end_to_end,
    fee_paid_by_worker_is_recorded_and_visible_to_origin,
    contracts_must_be_readable_and_meet_the_job_order,
    selection_respects_programme_quotas,
);
