//! The officials' pages as officials use them, without JavaScript:
//! programmes created and changed with repeated rows added by submit
//! buttons and every error at its field; match rounds run, reviewed in the
//! page's language, confirmed only after the confirmation step, or
//! discarded; fee violations, the audit log and registering a worker — and
//! every page refused to officials of another country.

mod common;

use common::{PASSWORD, TestApp, Visitor};
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use reqwest::StatusCode;
use serde_json::json;

/// An official's browser, signed in.
async fn signed_in(app: &TestApp, email: &str) -> Visitor {
    let mut v = app.visitor();
    v.sign_in(email, PASSWORD).await;
    v
}

/// The number in a path like `/match-rounds/12?…`.
fn id_in(location: &str, prefix: &str) -> i64 {
    location
        .split(prefix)
        .nth(1)
        .and_then(|rest| rest.split(['?', '/']).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no id after {prefix} in {location}"))
}

/// Three Mexican workers who consented to matching and sharing (two women,
/// one man, with 60, 30 and 12 months of experience): their ids and API
/// tokens.
async fn workers(app: &TestApp) -> (Vec<i64>, Vec<String>) {
    let mut ids = vec![];
    let mut tokens = vec![];
    for (name, sex, months) in [
        ("Ana", Sex::Female, 60),
        ("Luis", Sex::Male, 30),
        ("Rosa", Sex::Female, 12),
    ] {
        let mut profile = examples::worker(
            DemoCorridor::MexicoCanada,
            name,
            "Pérez",
            sex,
            chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
        );
        profile.occupations[0].experience_months = months;
        let reg = app
            .register(
                &format!("{name}@example.mx"),
                &profile,
                &["matching", "sharing_with_employers"],
            )
            .await;
        ids.push(reg["worker"]["id"].as_i64().unwrap());
        tokens.push(reg["token"].as_str().unwrap().to_string());
    }
    (ids, tokens)
}

const MEX_OFFICIAL: &str = "labour@MEX.example";

/// The fields of a sound programme, Mexico → Canada.
fn programme_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Seasonal horticulture (Mexico–Canada)"),
        ("origin", "MEX"),
        ("destination", "CAN"),
        ("kind", "seasonal"),
        ("government_to_government", "yes"),
        ("valid_from", "2027-01-01"),
        ("valid_until", ""),
        ("max_stay_months", "8"),
        ("occupation", "611"),
        ("currency", "CAD"),
        ("min_wage", "17.60"),
        ("wage_per", "hour"),
        ("guaranteed_hours", "40"),
        ("max_hours", "60"),
        ("housing_required", "yes"),
        ("housing_cap", ""),
        ("medical", "care_and_insurance"),
        ("return_paid", "yes"),
        ("priority_rehire", "yes"),
        ("social_security", "Canada–Mexico social security agreement"),
        ("min_women_share", ""),
    ]
}

/// With `changes` replacing fields of the same name (and new ones added).
fn with(changes: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut fields: Vec<(&str, &str)> = programme_fields()
        .into_iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .collect();
    fields.extend_from_slice(changes);
    fields
}

/// An official creates a programme: a quota row added without script,
/// every error of a broken programme at its field with the values kept,
/// then the programme saved, shown and changed.
async fn an_official_creates_and_changes_a_programme(app: TestApp) {
    app.user(
        MEX_OFFICIAL,
        Role::OriginOfficial,
        Some("MEX"),
        None,
        None,
        None,
    )
    .await;
    let mut v = signed_in(&app, MEX_OFFICIAL).await;
    let form = v.get("/programmes/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    assert!(form.text().contains("Create a programme"));
    assert!(
        form.html.contains("value=\"MEX\" selected"),
        "own country first"
    );
    assert_eq!(form.html.matches("name=\"quota_start\"").count(), 0);

    // A quota row added by a submit button: the form again, values kept.
    let one_more = v
        .post("/programmes/new", &with(&[("add_quota", "1")]))
        .await;
    assert_eq!(one_more.status, StatusCode::OK, "{}", one_more.text());
    assert_eq!(one_more.html.matches("name=\"quota_start\"").count(), 1);
    assert!(one_more.html.contains("value=\"Seasonal horticulture"));
    let two = v
        .post(
            "/programmes/new",
            &with(&[
                ("quota_start", "2027-01-01"),
                ("quota_end", "2027-12-31"),
                ("quota_isco", ""),
                ("quota_sex", "female"),
                ("quota_positions", "40"),
                ("add_quota", "1"),
            ]),
        )
        .await;
    assert_eq!(two.html.matches("name=\"quota_start\"").count(), 2);
    assert!(
        two.html.contains("value=\"2027-12-31\""),
        "the first row kept"
    );
    let removed = v
        .post(
            "/programmes/new",
            &with(&[
                ("quota_start", "2027-01-01"),
                ("quota_end", "2027-12-31"),
                ("quota_isco", ""),
                ("quota_sex", "female"),
                ("quota_positions", "40"),
                ("quota_start", ""),
                ("quota_end", ""),
                ("quota_isco", ""),
                ("quota_sex", ""),
                ("quota_positions", ""),
                ("remove_quota", "0"),
            ]),
        )
        .await;
    assert_eq!(removed.html.matches("name=\"quota_start\"").count(), 1);
    assert!(!removed.html.contains("value=\"2027-12-31\""));

    // Everything wrong at once: each rule at its field, "Error:" in the
    // title, the values kept.
    let broken = v
        .post(
            "/programmes/new",
            &with(&[
                ("name", ""),
                ("destination", "MEX"),
                ("occupation", "611"),
                ("occupation", "99x9"),
                ("max_stay_months", "0"),
                ("min_wage", "0"),
                ("guaranteed_hours", "50"),
                ("max_hours", "40"),
                ("valid_until", "2026-06-30"),
                ("min_women_share", "150"),
                ("quota_start", "2027-03-01"),
                ("quota_end", "2027-02-01"),
                ("quota_isco", "921"),
                ("quota_sex", ""),
                ("quota_positions", "ten"),
            ]),
        )
        .await;
    assert_eq!(
        broken.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        broken.text()
    );
    assert!(broken.title().starts_with("Error:"), "{}", broken.title());
    for field in [
        "name",
        "destination",
        "occupations-1",
        "max-stay-months",
        "conditions-min-wage-amount",
        "conditions-max-hours-per-week",
        "valid-until",
        "min-women-share",
        "quotas-0-period-end",
        "quotas-0-isco",
        "quotas-0-positions",
    ] {
        assert!(
            broken.html.contains(&format!("href=\"#{field}\"")),
            "{field} in the summary: {}",
            broken.text()
        );
        assert!(
            broken.html.contains(&format!("id=\"{field}-error\"")),
            "{field} at its field"
        );
    }
    let text = broken.text();
    for message in [
        "The two countries must be different.",
        "Enter an ISCO-08 group code",
        "The end cannot be before the start.",
        "This occupation is outside the programme.",
        "The maximum hours cannot be below the guaranteed hours.",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    assert!(broken.html.contains("value=\"99x9\""), "values kept");
    assert!(broken.html.contains("value=\"ten\""), "values kept");

    // Put right: saved, and shown with its quota.
    let saved = v
        .submit(
            "/programmes/new",
            &with(&[
                ("quota_start", "2027-01-01"),
                ("quota_end", "2027-12-31"),
                ("quota_isco", "611"),
                ("quota_sex", "female"),
                ("quota_positions", "40"),
            ]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text());
    let text = saved.text();
    assert!(text.contains("The programme is saved."), "{text}");
    assert!(text.contains("Seasonal horticulture (Mexico–Canada)"));
    assert!(text.contains("Mexico → Canada"), "{text}");
    assert!(text.contains("Women"), "the quota's sex: {text}");
    assert!(text.contains("17.60 CAD"), "{text}");
    let (_, list) = app
        .json(reqwest::Method::GET, "/api/v1/programmes", None, None)
        .await;
    let id = list["items"][0]["id"].as_i64().unwrap();
    assert_eq!(list["items"][0]["quotas"][0]["positions"], 40);
    assert_eq!(list["items"][0]["quotas"][0]["sex"], "female");

    // Changing it: the countries are fixed, the rest comes back filled in.
    let edit = v.get(&format!("/programmes/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.html.contains("value=\"17.60\""));
    assert!(
        !edit.html.contains("name=\"origin\""),
        "countries are fixed"
    );
    let changed = v
        .submit(
            &format!("/programmes/{id}/edit"),
            &with(&[
                ("name", "Seasonal horticulture 2027"),
                ("min_women_share", "40"),
            ]),
        )
        .await;
    assert!(changed.text().contains("Seasonal horticulture 2027"));
    assert!(changed.text().contains("40%"), "{}", changed.text());
    let listed = v.get("/programmes").await;
    assert!(listed.text().contains("1 programme"), "{}", listed.text());
    assert!(listed.text().contains("Page 1 of 1"));
}

/// An official runs an optimal round, reviews it (each pair with its
/// reasons, in English and in Spanish, the summary by sex), confirms it
/// only after the confirmation step, and the workers are shortlisted;
/// another round is discarded.
async fn an_official_runs_reviews_and_confirms_a_round(app: TestApp) {
    let setup = app
        .open_job_order(DemoCorridor::MexicoCanada, examples::FRUIT_PICKER, 2, 120)
        .await;
    let (ids, _) = workers(&app).await;
    let mut v = signed_in(&app, MEX_OFFICIAL).await;
    let form = v.get("/match-rounds/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    assert!(form.text().contains("Optimal: the highest total score"));
    let programme = setup.programme_id.to_string();
    let missing = v
        .post("/match-rounds/new", &[("mechanism", "optimal")])
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.html.contains("href=\"#programme\""));
    let ran = v
        .post(
            "/match-rounds/new",
            &[("programme", &programme), ("mechanism", "optimal")],
        )
        .await;
    assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.text());
    let location = ran.location.clone().unwrap();
    let round = id_in(&location, "/match-rounds/");
    let review = v.get(&format!("/match-rounds/{round}")).await;
    assert_eq!(review.status, StatusCode::OK);
    let text = review.text();
    for shown in [
        "Waiting for your decision",
        "2 of 2 positions filled",
        "2 proposed pairs",
        "same occupation: fruit and vegetable picker",
        "By sex",
        "Women",
        "Men",
        "By country of origin",
        "Workers left without a job",
        "the positions went to pairs with a higher total score",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    assert!(review.html.contains("<th scope=\"row\">Women</th><td>"));
    for id in &ids[..2] {
        assert!(
            text.contains(&format!("Worker {id}")),
            "the two with most experience are proposed: {text}"
        );
    }
    let spanish = v.get(&format!("/match-rounds/{round}?lang=es")).await;
    let texto = spanish.text();
    for shown in [
        "misma ocupación: fruit and vegetable picker",
        "Mujeres",
        "las plazas fueron para parejas con mayor puntuación total",
    ] {
        assert!(texto.contains(shown), "{shown}: {texto}");
    }
    assert!(!texto.contains("same occupation"), "{texto}");
    v.get("/match-rounds?lang=en").await;

    // Confirming: the step that says what it does first; without the box
    // ticked nothing happens.
    let confirm = v.get(&format!("/match-rounds/{round}/confirm")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.text().contains("cannot be undone"),
        "{}",
        confirm.text()
    );
    let unticked = v
        .post(
            &format!("/match-rounds/{round}/confirm"),
            &[("step", "shortlisted")],
        )
        .await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unticked.title().starts_with("Error:"));
    assert!(unticked.html.contains("href=\"#confirm\""));
    let (_, candidates) = app
        .get(
            &format!("/api/v1/job-orders/{}/candidates", setup.job_order_id),
            &setup.employer,
        )
        .await;
    assert_eq!(candidates["total"], 0, "nobody put forward yet");
    let done = v
        .submit(
            &format!("/match-rounds/{round}/confirm"),
            &[("step", "shortlisted"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
    assert!(
        done.text()
            .contains("The round is confirmed: 2 workers put forward as “Shortlisted”."),
        "{}",
        done.text()
    );
    assert!(done.text().contains("Confirmed"));
    let (_, candidates) = app
        .get(
            &format!("/api/v1/job-orders/{}/candidates", setup.job_order_id),
            &setup.employer,
        )
        .await;
    let statuses: Vec<&str> = candidates["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["shortlisted", "shortlisted"]);
    let again = v.get(&format!("/match-rounds/{round}/confirm")).await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "a round is confirmed once"
    );

    // Reading the pairs was audited, as a read of personal data.
    let (_, log) = app
        .get(
            &format!("/api/v1/audit-log?entity=match_round_pairs&entity_id={round}"),
            &setup.origin,
        )
        .await;
    assert!(log["total"].as_i64().unwrap() >= 2, "{log}");
    assert_eq!(log["items"][0]["personal_data"], true);

    // Another round, stable, discarded: nobody is put forward.
    let ran = v
        .post(
            "/match-rounds/new",
            &[("programme", &programme), ("mechanism", "stable")],
        )
        .await;
    let other = id_in(&ran.location.unwrap(), "/match-rounds/");
    v.get(&format!("/match-rounds/{other}")).await;
    let discarded = v
        .submit(&format!("/match-rounds/{other}/discard"), &[])
        .await;
    assert_eq!(discarded.status, StatusCode::OK, "{}", discarded.text());
    assert!(discarded.text().contains("Discarded"));
    assert!(
        !discarded.html.contains("/discard\""),
        "decided: no buttons"
    );
    let list = v.get("/match-rounds").await;
    let text = list.text();
    assert!(text.contains("2 rounds"), "{text}");
    assert!(text.contains(&format!("Match round {round}")));
    assert!(text.contains(&format!("Match round {other}")));
}

/// Officials of another country are refused every page of a programme, its
/// rounds and its workers; other roles are refused the officials' pages.
async fn officials_of_another_country_are_refused(app: TestApp) {
    let setup = app
        .open_job_order(DemoCorridor::MexicoCanada, examples::FRUIT_PICKER, 2, 120)
        .await;
    let (ids, _) = workers(&app).await;
    let (st, round) = app
        .post(
            "/api/v1/match-rounds",
            &setup.origin,
            json!({"programme_id": setup.programme_id, "mechanism": "optimal"}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{round}");
    let round = round["id"].as_i64().unwrap();
    let p = setup.programme_id;
    app.user(
        "dofe@np.example",
        Role::OriginOfficial,
        Some("NPL"),
        None,
        None,
        None,
    )
    .await;
    let mut v = signed_in(&app, "dofe@np.example").await;
    for path in [
        format!("/programmes/{p}"),
        format!("/programmes/{p}/edit"),
        format!("/match-rounds/{round}"),
        format!("/match-rounds/{round}/confirm"),
        format!("/workers/{}", ids[0]),
    ] {
        let seen = v.get(&path).await;
        assert_eq!(
            seen.status,
            StatusCode::FORBIDDEN,
            "{path}: {}",
            seen.text()
        );
    }
    let programme = p.to_string();
    for (path, fields) in [
        (format!("/programmes/{p}/edit"), programme_fields()),
        (
            format!("/match-rounds/{round}/confirm"),
            vec![("step", "selected"), ("confirm", "yes")],
        ),
        (format!("/match-rounds/{round}/discard"), vec![]),
        (
            "/match-rounds/new".to_string(),
            vec![("programme", programme.as_str()), ("mechanism", "optimal")],
        ),
    ] {
        let seen = v.post(&path, &fields).await;
        assert_eq!(
            seen.status,
            StatusCode::FORBIDDEN,
            "{path}: {}",
            seen.text()
        );
    }
    let rounds = v.get("/match-rounds").await;
    assert!(rounds.text().contains("0 rounds"), "{}", rounds.text());
    let programmes = v.get("/programmes").await;
    assert!(programmes.text().contains("0 programmes"));
    // The round is untouched.
    let (_, still) = app
        .get(&format!("/api/v1/match-rounds/{round}"), &setup.origin)
        .await;
    assert_eq!(still["status"], "proposed");

    // Other roles: the employer of the programme's job order.
    app.user(
        "second@can.example",
        Role::Employer,
        None,
        None,
        Some(corridor_domain::ids::EmployerId(setup.employer_id)),
        None,
    )
    .await;
    let mut e = signed_in(&app, "second@can.example").await;
    for path in [
        "/programmes",
        "/programmes/new",
        "/match-rounds",
        "/match-rounds/new",
        "/fee-violations",
        "/audit-log",
        "/workers/new",
    ] {
        let seen = e.get(path).await;
        assert_eq!(
            seen.status,
            StatusCode::FORBIDDEN,
            "{path}: {}",
            seen.text()
        );
    }
    // A destination official of the programme reads its rounds, but not a
    // worker's record a round names.
    app.user(
        "visas@can.example",
        Role::DestinationOfficial,
        Some("CAN"),
        None,
        None,
        None,
    )
    .await;
    let mut d = signed_in(&app, "visas@can.example").await;
    assert_eq!(
        d.get(&format!("/match-rounds/{round}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        d.get(&format!("/workers/{}", ids[0])).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(d.get("/workers/new").await.status, StatusCode::FORBIDDEN);
}

/// The round list, page and API alike, counts only the rounds of the
/// official's programmes, whatever the page size.
async fn the_round_list_counts_only_the_officials_programmes(app: TestApp) {
    let mex = app
        .open_job_order(DemoCorridor::MexicoCanada, examples::FRUIT_PICKER, 1, 120)
        .await;
    let npl = app
        .open_job_order(DemoCorridor::NepalKorea, examples::WELDER, 1, 120)
        .await;
    for (official, programme, n) in [
        (&mex.origin, mex.programme_id, 2),
        (&npl.origin, npl.programme_id, 3),
    ] {
        for _ in 0..n {
            let (st, r) = app
                .post(
                    "/api/v1/match-rounds",
                    official,
                    json!({"programme_id": programme, "mechanism": "optimal"}),
                )
                .await;
            assert_eq!(st, StatusCode::CREATED, "{r}");
        }
    }
    for (token, total) in [
        (&mex.origin, 2),
        (&mex.dest, 2),
        (&npl.origin, 3),
        (&npl.dest, 3),
    ] {
        let (st, list) = app.get("/api/v1/match-rounds?limit=1", token).await;
        assert_eq!(st, StatusCode::OK, "{list}");
        assert_eq!(list["total"], total, "{list}");
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
    }
    let (_, other) = app
        .get(
            &format!("/api/v1/match-rounds?programme_id={}", npl.programme_id),
            &mex.origin,
        )
        .await;
    assert_eq!(other["total"], 0, "another country's programme named: none");
    let mut v = signed_in(&app, MEX_OFFICIAL).await;
    let page = v.get("/match-rounds").await;
    assert!(page.text().contains("2 rounds"), "{}", page.text());
    app.user("admin@example.org", Role::Admin, None, None, None, None)
        .await;
    let admin = app.token("admin@example.org").await;
    let (_, all) = app.get("/api/v1/match-rounds", &admin).await;
    assert_eq!(all["total"], 5);
}

/// The audit log page shows the official's country's part only, filtered,
/// a page at a time; fee violations likewise.
async fn the_audit_log_and_fee_violations_show_the_officials_country(app: TestApp) {
    let mex = app
        .open_job_order(DemoCorridor::MexicoCanada, examples::FRUIT_PICKER, 1, 120)
        .await;
    let npl = app
        .open_job_order(DemoCorridor::NepalKorea, examples::WELDER, 1, 120)
        .await;
    // A Mexican worker applies and reports a fee they were made to pay.
    let (ids, tokens) = workers(&app).await;
    let worker = tokens[0].clone();
    let (st, pl) = app
        .post(
            "/api/v1/placements",
            &worker,
            json!({"job_order_id": mex.job_order_id}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{pl}");
    let pid = pl["id"].as_i64().unwrap();
    let today = chrono::Utc::now().date_naive().to_string();
    let (st, pay) = app
        .post(
            &format!("/api/v1/placements/{pid}/payments"),
            &worker,
            json!({
            "payer": "worker", "payee": "agency", "category": "recruitment_service",
            "amount": {"amount": "4500", "currency": "MXN"}, "paid_on": today, "note": ""}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{pay}");

    let mut v = signed_in(&app, MEX_OFFICIAL).await;
    let fees = v.get("/fee-violations").await;
    assert_eq!(fees.status, StatusCode::OK, "{}", fees.text());
    let text = fees.text();
    for shown in [
        "1 violation",
        &format!("Application {pid}"),
        "4500.00 MXN",
        "Recruitment service fee",
        "paid by Worker to Recruiting agency",
        "The worker paid a recruitment fee or cost",
        &today,
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    assert!(fees.html.contains(&format!("href=\"/placements/{pid}\"")));
    app.user(
        "dofe@np.example",
        Role::OriginOfficial,
        Some("NPL"),
        None,
        None,
        None,
    )
    .await;
    let mut n = signed_in(&app, "dofe@np.example").await;
    assert!(
        n.get("/fee-violations")
            .await
            .text()
            .contains("0 violations")
    );

    // The audit log: programmes' creation, each official their own.
    let log = v.get("/audit-log?entity=programme&action=create").await;
    assert_eq!(log.status, StatusCode::OK, "{}", log.text());
    let text = log.text();
    assert!(text.contains("1 entry"), "{text}");
    assert!(
        text.contains(&format!("programme {}", mex.programme_id)),
        "{text}"
    );
    assert!(
        !text.contains(&format!("programme {}", npl.programme_id)),
        "{text}"
    );
    assert!(log.html.contains("value=\"programme\""), "the filter kept");
    let theirs = n.get("/audit-log?entity=programme&action=create").await;
    assert!(
        theirs
            .text()
            .contains(&format!("programme {}", npl.programme_id))
    );
    assert!(
        !theirs
            .text()
            .contains(&format!("programme {}", mex.programme_id))
    );
    // Every read of a Mexican worker's record is in Mexico's part, not
    // Nepal's.
    let record = ids[0].to_string();
    v.get(&format!("/workers/{record}")).await;
    let reads = v
        .get(&format!(
            "/audit-log?entity=worker&entity_id={record}&action=read"
        ))
        .await;
    assert!(!reads.text().contains("0 entries"), "{}", reads.text());
    let none = n
        .get(&format!("/audit-log?entity=worker&entity_id={record}"))
        .await;
    assert!(none.text().contains("0 entries"), "{}", none.text());
    // A filter that does not read: the error at its field.
    let bad = v.get("/audit-log?actor=someone").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.html.contains("href=\"#actor\""));
    assert!(bad.html.contains("value=\"someone\""));
}

/// An origin official registers a worker who came in person, with the
/// consents the worker gave, every error at its field first; then reads the
/// worker's record (an audited read).
async fn an_origin_official_registers_a_worker(app: TestApp) {
    app.user(
        MEX_OFFICIAL,
        Role::OriginOfficial,
        Some("MEX"),
        None,
        None,
        None,
    )
    .await;
    let mut v = signed_in(&app, MEX_OFFICIAL).await;
    let form = v.get("/workers/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    assert!(
        form.text().contains("Match me to jobs"),
        "each purpose explained"
    );
    assert!(form.html.contains("value=\"MEX\" selected"));
    let bad = v
        .post(
            "/workers/new",
            &[
                ("given_name", ""),
                ("family_name", ""),
                ("date_of_birth", "2001-02-30"),
                ("sex", "female"),
                ("citizenship", "MEX"),
                ("country_of_birth", "MEX"),
                ("country_of_residence", "MEX"),
                ("phone", "call me"),
                ("consent", "matching"),
            ],
        )
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        bad.text()
    );
    assert!(bad.title().starts_with("Error:"));
    for field in ["given-name", "date-of-birth", "contact-phone"] {
        assert!(
            bad.html.contains(&format!("href=\"#{field}\"")),
            "{field}: {}",
            bad.text()
        );
    }
    assert!(bad.html.contains("value=\"call me\""), "values kept");
    assert!(bad.html.contains("value=\"matching\" checked"));
    let done = v
        .submit(
            "/workers/new",
            &[
                ("given_name", "Lucía"),
                ("family_name", "Hernández"),
                ("date_of_birth", "1996-07-14"),
                ("sex", "female"),
                ("citizenship", "MEX"),
                ("country_of_birth", "MEX"),
                ("country_of_residence", "MEX"),
                ("phone", "+52 222 123 4567"),
                ("consent", "matching"),
                ("consent", "sharing_with_employers"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
    let text = done.text();
    for shown in [
        "The worker is registered.",
        "Lucía Hernández",
        "1996-07-14",
        "+52 222 123 4567",
        "Match me to jobs Given",
        "Count me in statistics Not given",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    // Spanish: the purposes in Spanish.
    let es = v.get("/workers/new?lang=es").await;
    assert!(
        es.text().contains("Inscribir a un trabajador"),
        "{}",
        es.text()
    );
    // A Guatemalan worker is not this official's to register.
    v.get("/workers/new?lang=en").await;
    let foreign = v
        .post(
            "/workers/new",
            &[
                ("given_name", "Pedro"),
                ("family_name", "Xol"),
                ("date_of_birth", "1990-01-01"),
                ("sex", "male"),
                ("citizenship", "GTM"),
                ("country_of_birth", "GTM"),
                ("country_of_residence", "GTM"),
                ("phone", ""),
            ],
        )
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    let (_, list) = app
        .get("/api/v1/workers", &app.token(MEX_OFFICIAL).await)
        .await;
    assert_eq!(list["total"], 1, "{list}");
}

/// The list and the page of a programme's job orders are paginated.
async fn lists_are_paginated(app: TestApp) {
    let setup = app
        .open_job_order(DemoCorridor::MexicoCanada, examples::FRUIT_PICKER, 1, 120)
        .await;
    for _ in 0..51 {
        let (st, r) = app
            .post(
                "/api/v1/match-rounds",
                &setup.origin,
                json!({"programme_id": setup.programme_id, "mechanism": "stable"}),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{r}");
    }
    let mut v = signed_in(&app, MEX_OFFICIAL).await;
    let first = v.get("/match-rounds").await;
    let text = first.text();
    assert!(
        text.contains("51 rounds") && text.contains("Page 1 of 2"),
        "{text}"
    );
    assert_eq!(first.html.matches("href=\"/match-rounds/").count(), 50 + 1);
    // (minijinja writes the slash of an address it fills in as &#x2f;.)
    assert!(first.html.contains("match-rounds?page=2\" rel=\"next\""));
    let second = v.get("/match-rounds?page=2").await;
    assert!(second.text().contains("Page 2 of 2"));
    assert!(second.html.contains("match-rounds?page=1\" rel=\"prev\""));
    let filtered = v
        .get(&format!("/match-rounds?programme={}", setup.programme_id))
        .await;
    assert!(filtered.html.contains(&format!(
        "match-rounds?programme={}&amp;page=2\"",
        setup.programme_id
    )));
}

on_both_backends!(
    an_official_creates_and_changes_a_programme,
    an_official_runs_reviews_and_confirms_a_round,
    officials_of_another_country_are_refused,
    the_round_list_counts_only_the_officials_programmes,
    the_audit_log_and_fee_violations_show_the_officials_country,
    an_origin_official_registers_a_worker,
    lists_are_paginated,
);
