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
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
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

on_both_backends!(
    a_worker_signs_up_builds_a_profile_and_applies,
    accounts_change_password_and_sign_out_everywhere,
);
