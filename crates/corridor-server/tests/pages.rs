//! The pages as people use them, without JavaScript: each role's journey
//! through forms, post-redirect-get, every error at its field with the
//! values kept, and the same rules and access as the API (the pages call
//! the same actions).

mod common;

use common::TestApp;
use corridor_domain::examples::{self, DemoCorridor};
use reqwest::StatusCode;

/// A worker signs up, builds a profile in steps, withdraws and gives a
/// consent, applies, sees the timeline, reports a payment, downloads their
/// data and closes the account.
async fn a_worker_signs_up_builds_a_profile_and_applies(app: TestApp) {
    let c = DemoCorridor::MexicoCanada;
    let setup = app.open_job_order(c, examples::FRUIT_PICKER, 3, 60).await;
    let mut v = app.visitor();
    let form = v.get("/sign-up").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("Create your account"));

    // Everything wrong at once: each error in the summary and at its field,
    // the values kept, "Error:" in the title.
    let bad = v
        .post(
            "/sign-up",
            &[
                ("given_name", "Ana"),
                ("family_name", "Ruiz"),
                ("email", "not-an-email"),
                ("password", "short"),
                ("phone", "55 1234"),
                ("date_of_birth", "1995-02-30"),
                ("sex", "female"),
                ("citizenship", "MEX"),
                ("country_of_birth", "MEX"),
                ("country_of_residence", "MEX"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.title().starts_with("Error:"), "{}", bad.title());
    assert!(bad.html.contains("class=\"error-summary\""));
    for field in ["date-of-birth", "email", "password", "contact-phone"] {
        assert!(
            bad.html.contains(&format!("href=\"#{field}\"")),
            "{field}: {}",
            bad.text()
        );
        assert!(
            bad.html.contains(&format!("id=\"{field}-error\"")),
            "{field}"
        );
    }
    assert_eq!(
        bad.html.matches("href=\"#email\"").count(),
        1,
        "one message a field"
    );
    assert!(bad.html.contains("value=\"Ruiz\""), "values kept");

    let done = v
        .submit(
            "/sign-up",
            &[
                ("given_name", "Ana"),
                ("family_name", "Ruiz"),
                ("email", "ana@example.mx"),
                ("password", "a long password here"),
                ("phone", "+52 55 1234 5678"),
                ("date_of_birth", "1995-02-03"),
                ("sex", "female"),
                ("citizenship", "MEX"),
                ("country_of_birth", "MEX"),
                ("country_of_residence", "MEX"),
                ("consent", "matching"),
                ("consent", "sharing_with_employers"),
            ],
        )
        .await;
    // The same answer whether or not the e-mail was new; signing in goes
    // on with the profile.
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
    assert!(
        done.text()
            .contains("If this e-mail is new, your account is ready"),
        "{}",
        done.text()
    );
    let done = v
        .submit(
            "/sign-in",
            &[
                ("email", "ana@example.mx"),
                ("password", "a long password here"),
                ("next", "/me/profile/work?welcome=1"),
            ],
        )
        .await;
    assert!(done.text().contains("Step 2 of 6"), "{}", done.text());

    // Occupations found by typing, with years of experience.
    let found = v.get("/me/profile/work?q=fruit+picker").await;
    let uri = found
        .html
        .split_once("name=\"add\" value=\"")
        .and_then(|(_, r)| r.split_once('"'))
        .map(|(u, _)| u.replace("&#x2f;", "/"))
        .expect("a search result");
    let added = v.submit("/me/profile/work", &[("add", &uri)]).await;
    assert!(
        added.text().contains("fruit and vegetable picker"),
        "{}",
        added.text()
    );
    let bad = v.post("/me/profile/work", &[("years", "sixty-one")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.html
            .contains("href=\"#occupations-0-experience-months\"")
    );
    let next = v.submit("/me/profile/work", &[("years", "4")]).await;
    assert!(next.text().contains("Step 3 of 6"), "{}", next.text());
    // Languages, with a row added without JavaScript.
    let two = v
        .submit(
            "/me/profile/languages",
            &[("language", "es"), ("level", "native"), ("add_row", "1")],
        )
        .await;
    assert_eq!(two.html.matches("name=\"language\"").count(), 2);
    let saved = v
        .submit(
            "/me/profile/languages",
            &[
                ("language", "es"),
                ("level", "native"),
                ("language", "en"),
                ("level", "B1"),
            ],
        )
        .await;
    assert!(saved.text().contains("Step 5 of 6"), "{}", saved.text());
    let profile = app
        .store()
        .worker(corridor_domain::ids::WorkerId(1))
        .await
        .unwrap();
    assert_eq!(profile.spec.occupations[0].experience_months, 48);
    assert_eq!(profile.spec.languages.len(), 2);

    // Consent withdrawn and given again, with the history kept.
    let page = v.get("/me/consents").await;
    assert!(page.text().contains("Share my profile with employers"));
    let withdrawn = v
        .submit(
            "/me/consents",
            &[("purpose", "sharing_with_employers"), ("given", "false")],
        )
        .await;
    assert!(withdrawn.text().contains("Withdrawn"));
    // Without it, applying is refused with the reason.
    v.get(&format!("/jobs/{}", setup.job_order_id)).await;
    let refused = v
        .post(&format!("/jobs/{}/apply", setup.job_order_id), &[])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    v.submit(
        "/me/consents",
        &[("purpose", "sharing_with_employers"), ("given", "true")],
    )
    .await;
    v.get(&format!("/jobs/{}", setup.job_order_id)).await;
    let applied = v
        .submit(&format!("/jobs/{}/apply", setup.job_order_id), &[])
        .await;
    assert_eq!(applied.status, StatusCode::OK, "{}", applied.text());
    assert!(applied.text().contains("Applied"), "{}", applied.text());

    // A payment the worker was made to pay, reported from the phone.
    let path = v_path(&applied);
    let report = v
        .submit(
            &format!("{path}/payments"),
            &[
                ("currency", "CAD"),
                ("amount", "350"),
                ("payee", "agency"),
                ("category", "recruitment_service"),
                ("paid_on", &chrono::Utc::now().date_naive().to_string()),
            ],
        )
        .await;
    assert!(
        report.text().contains("Breaks the Employer Pays Principle"),
        "{}",
        report.text()
    );

    // Their data, and closing the account.
    let data = v.get("/me/account/data.json").await;
    let json: serde_json::Value = serde_json::from_str(&data.html).unwrap();
    assert_eq!(json["profile"]["given_name"], "Ana");
    assert_eq!(
        json["placements"][0]["payments"][0]["amount"]["amount"],
        "350.00"
    );
    assert!(json.to_string().find("password").is_none());
    v.get("/me/account/close").await;
    let unconfirmed = v.post("/me/account/close", &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let closed = v.post("/me/account/close", &[("confirm", "yes")]).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let after = v.get("/me").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "signed out");
    let w = corridor_domain::ids::WorkerId(1);
    assert!(
        !app.store()
            .has_consent(w, corridor_domain::worker::ConsentPurpose::Matching)
            .await
            .unwrap()
    );
    let mut again = app.visitor();
    again.get("/sign-in").await;
    let refused = again
        .post(
            "/sign-in",
            &[
                ("email", "ana@example.mx"),
                ("password", "a long password here"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
}

/// The placement path of the page a redirect landed on.
fn v_path(seen: &common::Seen) -> String {
    let id = seen
        .html
        .split_once("action=\"/placements/")
        .and_then(|(_, r)| r.split_once('/'))
        .map(|(id, _)| id.to_string())
        .expect("a placement form");
    format!("/placements/{id}")
}

/// Changing the password ends every other session; signing out everywhere
/// ends this one too.
async fn accounts_change_password_and_sign_out_everywhere(app: TestApp) {
    let c = DemoCorridor::GhanaItaly;
    let profile = examples::worker(
        c,
        "Kofi",
        "Mensah",
        corridor_domain::codes::Sex::Male,
        chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
    );
    app.register("kofi@example.gh", &profile, &[]).await;
    let mut phone = app.visitor();
    phone
        .sign_in("kofi@example.gh", "a long password here")
        .await;
    let mut laptop = app.visitor();
    laptop
        .sign_in("kofi@example.gh", "a long password here")
        .await;
    laptop.get("/me/account").await;
    let wrong = laptop
        .post(
            "/me/account/password",
            &[("current_password", "not it"), ("new_password", "short")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.html.contains("href=\"#current-password\""));
    assert!(wrong.html.contains("href=\"#new-password\""));
    let changed = laptop
        .submit(
            "/me/account/password",
            &[
                ("current_password", "a long password here"),
                ("new_password", "another long password"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text());
    assert!(changed.text().contains("Your password is changed"));
    assert_eq!(phone.get("/me").await.status, StatusCode::SEE_OTHER);
    laptop.get("/me/account").await;
    laptop.post("/me/account/sign-out-everywhere", &[]).await;
    assert_eq!(laptop.get("/me").await.status, StatusCode::SEE_OTHER);
    let mut again = app.visitor();
    again
        .sign_in("kofi@example.gh", "another long password")
        .await;
    assert_eq!(again.get("/me").await.status, StatusCode::OK);
}

/// The job order form's fields for a compliant Mexico → Canada job, with
/// `changes` applied.
fn job_order_form(
    programme: i64,
    employer: i64,
    occupation: &str,
    changes: &[(&'static str, &'static str)],
) -> Vec<(&'static str, String)> {
    let start = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    let mut fields: Vec<(&'static str, String)> = vec![
        ("programme_id", programme.to_string()),
        ("employer_id", employer.to_string()),
        ("occupation", occupation.to_string()),
        ("positions", "2".into()),
        ("locality", "Leamington".into()),
        ("region", "Ontario".into()),
        ("start_date", start),
        ("duration_months", "6".into()),
        ("wage_amount", "18.50".into()),
        ("wage_currency", "CAD".into()),
        ("wage_per", "hour".into()),
        ("guaranteed_hours_per_week", "40".into()),
        ("max_hours_per_week", "50".into()),
        ("housing_provided", "yes".into()),
        ("housing_cost", "".into()),
        ("medical", "care_and_insurance".into()),
        ("return_travel_paid_by_employer", "yes".into()),
        ("min_experience_years", "0".into()),
        ("language", "es".into()),
        ("language_level", "A2".into()),
        ("contract_language", "es".into()),
        ("cost_category", "travel_lodging".into()),
        ("cost_amount", "900".into()),
        ("cost_paid_by", "employer".into()),
        ("action", "submit".into()),
    ];
    for (k, v) in changes {
        if let Some(f) = fields.iter_mut().find(|(name, _)| name == k) {
            f.1 = v.to_string();
        }
    }
    fields
}

/// An employer posts a job order that breaks two rules, sees both at their
/// fields with the values kept, fixes them and submits; a destination
/// official approves it; a worker applies; the employer shortlists and
/// selects them; the agency records a payment; the employer closes the job
/// order after confirming.
async fn employers_post_officials_approve_and_employers_select(app: TestApp) {
    use corridor_domain::access::Role;
    use corridor_domain::ids::{AgencyId, EmployerId};
    let c = DemoCorridor::MexicoCanada;
    let setup = app.open_job_order(c, examples::FRUIT_PICKER, 1, 30).await;
    let (_, agency) = app
        .post(
            "/api/v1/agencies",
            &setup.origin,
            serde_json::to_value(examples::agency(
                c,
                "Agencia Justa",
                corridor_domain::organisation::LicenceStatus::Active,
            ))
            .unwrap(),
        )
        .await;
    let agency_id = agency["id"].as_i64().unwrap();
    for (email, role, employer, agency, country) in [
        (
            "boss@farm.example",
            Role::Employer,
            Some(EmployerId(setup.employer_id)),
            None,
            None,
        ),
        (
            "staff@agencia.example",
            Role::Recruiter,
            None,
            Some(AgencyId(agency_id)),
            None,
        ),
        (
            "visas@can.example",
            Role::DestinationOfficial,
            None,
            None,
            Some("CAN"),
        ),
    ] {
        app.user(email, role, country, None, employer, agency).await;
    }
    let occupation = format!(
        "http://data.europa.eu/esco/occupation/{}",
        examples::FRUIT_PICKER
    );

    let mut boss = app.visitor();
    boss.sign_in("boss@farm.example", common::PASSWORD).await;
    let form = boss.get("/job-orders/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    // Adding a cost row without JavaScript keeps what was typed.
    let mut fields = job_order_form(
        setup.programme_id,
        setup.employer_id,
        &occupation,
        &[("action", "add_cost")],
    );
    let more = boss.post("/job-orders/new", &borrowed(&mut fields)).await;
    assert_eq!(more.status, StatusCode::OK);
    assert_eq!(more.html.matches("name=\"cost_category\"").count(), 2);
    assert!(more.html.contains("value=\"Leamington\""));
    // Two rules broken: a wage below the programme's minimum, and a cost
    // charged to the worker.
    let mut fields = job_order_form(
        setup.programme_id,
        setup.employer_id,
        &occupation,
        &[("wage_amount", "12.00"), ("cost_paid_by", "worker")],
    );
    fields.push(("agency_id", agency_id.to_string()));
    let bad = boss.post("/job-orders/new", &borrowed(&mut fields)).await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        bad.text()
    );
    assert!(bad.title().starts_with("Error:"));
    for field in ["wage-amount", "recruitment-costs-0-paid-by"] {
        assert!(
            bad.html.contains(&format!("href=\"#{field}\"")),
            "{field}: {}",
            bad.text()
        );
        assert!(
            bad.html.contains(&format!("id=\"{field}-error\"")),
            "{field}"
        );
    }
    assert!(bad.html.contains("value=\"12.00\""), "values kept");
    let mut fields = job_order_form(setup.programme_id, setup.employer_id, &occupation, &[]);
    fields.push(("agency_id", agency_id.to_string()));
    let posted = boss.submit("/job-orders/new", &borrowed(&mut fields)).await;
    assert_eq!(posted.status, StatusCode::OK, "{}", posted.text());
    assert!(
        posted.text().contains("Waiting for approval"),
        "{}",
        posted.text()
    );
    let job: i64 = posted
        .html
        .split_once("/job-orders/")
        .and_then(|(_, r)| r.split_once('/'))
        .and_then(|(id, _)| id.parse().ok())
        .expect("the job order's id");

    // The destination official sees every rule checked and approves.
    let mut official = app.visitor();
    official
        .sign_in("visas@can.example", common::PASSWORD)
        .await;
    let pending = official.get("/job-orders?status=pending_approval").await;
    assert!(pending.html.contains(&format!("/job-orders/{job}")));
    let review = official.get(&format!("/job-orders/{job}")).await;
    assert!(
        review.text().contains("meets every rule"),
        "{}",
        review.text()
    );
    let approved = official
        .submit(
            &format!("/job-orders/{job}/approve"),
            &[("decision", "approve")],
        )
        .await;
    assert!(
        approved.text().contains("approved and open"),
        "{}",
        approved.text()
    );

    // A worker applies.
    let profile = examples::worker(
        c,
        "Rosa",
        "Martínez",
        corridor_domain::codes::Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1993, 3, 3).unwrap(),
    );
    let reg = app
        .register(
            "rosa@example.mx",
            &profile,
            &["matching", "sharing_with_employers"],
        )
        .await;
    let token = reg["token"].as_str().unwrap();
    let (st, pl) = app
        .post(
            "/api/v1/placements",
            token,
            serde_json::json!({"job_order_id": job}),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{pl}");
    let placement = pl["id"].as_i64().unwrap();

    // The employer shortlists and selects her.
    let page = boss.get(&format!("/job-orders/{job}")).await;
    assert!(page.html.contains(&format!("/placements/{placement}")));
    let path = format!("/placements/{placement}");
    boss.get(&path).await;
    let moved = boss
        .submit(&format!("{path}/steps"), &[("to", "shortlisted")])
        .await;
    assert!(
        moved.text().contains("Recorded: Shortlisted"),
        "{}",
        moved.text()
    );
    let moved = boss
        .submit(&format!("{path}/steps"), &[("to", "selected")])
        .await;
    assert!(
        moved.text().contains("Recorded: Selected"),
        "{}",
        moved.text()
    );
    // A contract in a language she does not read is refused at the form.
    let bad = boss
        .post(
            &format!("{path}/steps"),
            &[
                ("to", "contract_signed"),
                ("contract_language", "fr"),
                ("contract_currency", "CAD"),
                ("contract_wage", "18.50"),
                ("contract_per", "hour"),
                ("contract_guaranteed", "40"),
                ("contract_max", "50"),
                (
                    "contract_start",
                    &(chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string(),
                ),
                ("contract_months", "6"),
                ("contract_housing", "yes"),
                ("contract_medical", "care_and_insurance"),
                ("contract_return", "yes"),
            ],
        )
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        bad.text()
    );
    assert!(bad.html.contains("href=\"#contract\""), "{}", bad.text());

    // The agency records a payment the employer made.
    let mut agency_staff = app.visitor();
    agency_staff
        .sign_in("staff@agencia.example", common::PASSWORD)
        .await;
    agency_staff.get(&path).await;
    let paid = agency_staff
        .submit(
            &format!("{path}/payments"),
            &[
                ("payer", "employer"),
                ("payee", "agency"),
                ("category", "recruitment_service"),
                ("currency", "CAD"),
                ("amount", "400"),
                ("paid_on", &chrono::Utc::now().date_naive().to_string()),
            ],
        )
        .await;
    assert!(paid.text().contains("400.00"), "{}", paid.text());
    assert!(!paid.text().contains("Breaks the Employer Pays Principle"));

    // Closing asks first.
    boss.get(&format!("/job-orders/{job}/close")).await;
    let unconfirmed = boss.post(&format!("/job-orders/{job}/close"), &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let closed = boss
        .submit(&format!("/job-orders/{job}/close"), &[("confirm", "yes")])
        .await;
    assert!(
        closed.text().contains("The job order is closed"),
        "{}",
        closed.text()
    );
    // Another employer sees none of it.
    let other = app
        .post(
            "/api/v1/employers",
            &setup.dest,
            serde_json::to_value(examples::employer(c, "Other Farm", 2)).unwrap(),
        )
        .await
        .1;
    app.user(
        "other@farm.example",
        Role::Employer,
        None,
        None,
        Some(EmployerId(other["id"].as_i64().unwrap())),
        None,
    )
    .await;
    let mut stranger = app.visitor();
    stranger
        .sign_in("other@farm.example", common::PASSWORD)
        .await;
    assert_eq!(
        stranger.get(&format!("/job-orders/{job}")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(stranger.get(&path).await.status, StatusCode::FORBIDDEN);
}

/// Form fields as the visitor posts them.
fn borrowed<'a>(fields: &'a mut [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

on_both_backends!(
    a_worker_signs_up_builds_a_profile_and_applies,
    accounts_change_password_and_sign_out_everywhere,
    employers_post_officials_approve_and_employers_select,
);
