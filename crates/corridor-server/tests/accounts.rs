//! Accounts (issue "Trust", finding 5): two-step sign-in for officials and
//! administrators, in the API and the pages; codes used once; recovery
//! codes; token lifetimes; and registration and sign-in that do not say
//! which e-mails have accounts. Each scenario runs on SQLite, and on
//! PostgreSQL when `DATABASE_URL` is set.

mod common;

use chrono::{Duration, Utc};
use common::{PASSWORD, TOTP_SECRET, TestApp, rules, totp_code};
use corridor_domain::access::{AuditScope, Role};
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_server::two_factor::{self, Secret};
use corridor_store::{Actor, AuditFilter, NewUser, Page};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// An account made directly in the store, with no two-step sign-in.
async fn account(app: &TestApp, email: &str, role: Role, country: Option<&str>) {
    app.store()
        .create_user(
            &Actor::system(),
            &NewUser {
                email: email.into(),
                display_name: email.into(),
                password_hash: corridor_server::auth::hash_password(PASSWORD).unwrap(),
                role,
                worker_id: None,
                employer_id: None,
                agency_id: None,
                country: country.map(|c| corridor_domain::codes::CountryCode::parse(c).unwrap()),
            },
        )
        .await
        .unwrap();
}

async fn ask_token(app: &TestApp, body: Value) -> (StatusCode, Value) {
    app.json(Method::POST, "/api/v1/tokens", None, Some(body))
        .await
}

/// The audit entries of one action.
async fn audited(app: &TestApp, action: &str) -> Vec<corridor_store::AuditRecord> {
    app.store()
        .audit_log(
            &AuditFilter {
                action: Some(action.into()),
                ..Default::default()
            },
            &AuditScope::Everything,
            Page::all(),
        )
        .await
        .unwrap()
        .items
}

/// An administrator with two-step sign-in gets an API token only with a
/// right code, and each code only once; a recovery code works once; an
/// official who has not set it up gets no token at all, and a token made
/// before it was required does not act.
async fn the_api_asks_officials_for_a_code_used_once(app: TestApp) {
    app.user("root@corridor.example", Role::Admin, None, None, None, None)
        .await;
    let password_only = json!({"email": "root@corridor.example", "password": PASSWORD});
    let (status, problem) = ask_token(&app, password_only.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{problem}");
    assert_eq!(rules(&problem), ["two_factor_required"]);

    let mut wrong = password_only.clone();
    let right = app.fresh_code("root@corridor.example").await;
    wrong["totp_code"] = json!(if right == "000000" {
        "111111"
    } else {
        "000000"
    });
    let (status, problem) = ask_token(&app, wrong).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{problem}");
    assert_eq!(rules(&problem), ["two_factor_code_wrong"]);

    let mut with_code = password_only.clone();
    with_code["totp_code"] = json!(right);
    let (status, body) = ask_token(&app, with_code.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // The same code again (a replay) is refused, though it is still the
    // current one.
    let (status, problem) = ask_token(&app, with_code).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{problem}");
    assert_eq!(rules(&problem), ["two_factor_code_used"]);

    // Recovery codes: each works once.
    let codes = two_factor::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| two_factor::recovery_hash(c)).collect();
    let (root, _) = app
        .store()
        .user_credentials("root@corridor.example")
        .await
        .unwrap()
        .unwrap();
    app.store()
        .replace_recovery_codes(&Actor::system(), root.id, &hashes)
        .await
        .unwrap();
    let mut with_recovery = password_only.clone();
    with_recovery["recovery_code"] = json!(codes[3].to_uppercase());
    let (status, body) = ask_token(&app, with_recovery.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, problem) = ask_token(&app, with_recovery).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{problem}");
    assert_eq!(rules(&problem), ["two_factor_code_wrong"]);
    let used = audited(&app, "use_recovery_code").await;
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].detail, "left=9");

    // An official who has not set it up: no token, whatever the code.
    account(&app, "new@stps.example", Role::OriginOfficial, Some("MEX")).await;
    let (status, problem) = ask_token(
        &app,
        json!({"email": "new@stps.example", "password": PASSWORD, "totp_code": totp_code()}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    assert_eq!(rules(&problem), ["two_factor_enrolment_required"]);
    // A token made before two-step sign-in was required does not act.
    let (new, _) = app
        .store()
        .user_credentials("new@stps.example")
        .await
        .unwrap()
        .unwrap();
    let old = "an-old-token-of-an-official-without-two-step";
    app.store()
        .create_api_token(
            new.id,
            &corridor_server::auth::token_hash(old),
            "old",
            Some(Utc::now() + Duration::days(30)),
        )
        .await
        .unwrap();
    let (status, problem) = app.get("/api/v1/me", old).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    assert_eq!(rules(&problem), ["two_factor_enrolment_required"]);

    // Wrong codes count against the sign-in throttle: after the
    // allowance, even the right code is not checked.
    for _ in 0..corridor_server::throttle::PER_ACCOUNT {
        let (status, _) = ask_token(
            &app,
            json!({"email": "root@corridor.example", "password": PASSWORD, "totp_code": "12345x"}),
        )
        .await;
        assert!(
            [StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(&status),
            "{status}"
        );
    }
    let code = app.fresh_code("root@corridor.example").await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/tokens",
            None,
            Some(
                json!({"email": "root@corridor.example", "password": PASSWORD, "totp_code": code}),
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().get("retry-after").is_some());

    // No secret or code reaches the audit log.
    let log = app
        .store()
        .audit_log(
            &AuditFilter::default(),
            &AuditScope::Everything,
            Page::all(),
        )
        .await
        .unwrap();
    for entry in &log.items {
        assert!(!entry.detail.contains(TOTP_SECRET), "{entry:?}");
        assert!(!entry.detail.contains(&codes[3]), "{entry:?}");
    }
    assert!(
        log.items
            .iter()
            .any(|e| e.action == "sign_in_code" && e.outcome == "denied")
    );
}

/// An official without two-step sign-in who signs in may only set it up:
/// every other page sends them there and every API call is refused. They
/// scan (or type) the key, confirm with a first code, see ten recovery
/// codes once, and then use the site. Signing in later asks for the code,
/// and a recovery code works instead, once.
async fn an_official_sets_up_two_step_sign_in_before_anything_else(app: TestApp) {
    account(&app, "new@stps.example", Role::OriginOfficial, Some("MEX")).await;
    let mut v = app.visitor();
    v.get("/sign-in").await;
    let signed = v
        .post(
            "/sign-in",
            &[("email", "new@stps.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    assert_eq!(signed.location.as_deref(), Some("/me/two-factor"));
    for path in ["/dashboard", "/programmes", "/me/account", "/"] {
        let seen = v.get(path).await;
        assert_eq!(seen.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(seen.location.as_deref(), Some("/me/two-factor"), "{path}");
    }
    let api = v
        .http
        .get(format!("{}/api/v1/me", v.base))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::FORBIDDEN);
    let problem: Value = api.json().await.unwrap();
    assert_eq!(rules(&problem), ["two_factor_enrolment_required"]);

    let page = v.get("/me/two-factor").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text()
            .contains("Officials and administrators must use two-step sign-in"),
        "{}",
        page.text()
    );
    assert!(page.html.contains("<svg role=\"img\""), "a QR code");
    let html = page.html.replace("&#x2f;", "/").replace("&amp;", "&");
    assert!(
        html.contains("otpauth://totp/Corridor%3Anew%40stps.example?secret="),
        "a link for the app on this phone"
    );
    let secret = page
        .html
        .split_once("name=\"secret\" value=\"")
        .and_then(|(_, r)| r.split_once('"'))
        .map(|(s, _)| s.to_string())
        .expect("the offered key");
    let secret = Secret::from_base32(&secret).expect("base32");

    // A wrong first code: the same key offered again, the error at its field.
    let wrong = v
        .post(
            "/me/two-factor",
            &[
                ("action", "enrol"),
                ("secret", &secret.to_base32()),
                ("code", "000000x"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.html.contains(&secret.to_base32()));
    assert!(wrong.html.contains("href=\"#code\""));

    let code = two_factor::current_code(&secret);
    let done = v
        .post(
            "/me/two-factor",
            &[
                ("action", "enrol"),
                ("secret", &secret.to_base32()),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
    let codes: Vec<String> = done
        .html
        .split("<li><code>")
        .skip(1)
        .filter_map(|r| r.split_once("</code>").map(|(c, _)| c.to_string()))
        .collect();
    assert_eq!(codes.len(), two_factor::RECOVERY_CODES, "{}", done.text());
    assert_eq!(audited(&app, "enable_two_factor").await.len(), 1);
    // Signed in now.
    assert_eq!(v.get("/dashboard").await.status, StatusCode::OK);
    // The recovery codes are not shown again.
    let again = v.get("/me/two-factor").await;
    assert!(again.text().contains("Two-step sign-in is on"));
    assert!(!again.html.contains(&codes[0]));

    // Signing in again: the code step guards every page until it is done.
    let mut w = app.visitor();
    w.get("/sign-in").await;
    let signed = w
        .post(
            "/sign-in",
            &[("email", "new@stps.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(signed.location.as_deref(), Some("/sign-in/code"));
    let held = w.get("/dashboard").await;
    assert_eq!(held.location.as_deref(), Some("/sign-in/code"));
    let form = w.get("/sign-in/code").await;
    assert!(form.text().contains("Enter your code"));
    // The code used to set it up is not accepted again.
    let replay = w.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    assert!(replay.text().contains("used already"), "{}", replay.text());
    // A recovery code instead of the app's code works once.
    let ok = w
        .post(
            "/sign-in/code",
            &[("code", ""), ("recovery_code", &codes[0])],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text());
    assert_eq!(ok.location.as_deref(), Some("/dashboard"));
    assert_eq!(w.get("/dashboard").await.status, StatusCode::OK);

    let mut x = app.visitor();
    x.get("/sign-in").await;
    x.post(
        "/sign-in",
        &[("email", "new@stps.example"), ("password", PASSWORD)],
    )
    .await;
    x.get("/sign-in/code").await;
    let reused = x
        .post(
            "/sign-in/code",
            &[("code", ""), ("recovery_code", &codes[0])],
        )
        .await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);
    assert!(reused.text().contains("The code is not right"));

    // Officials cannot turn it off.
    let off = v
        .post("/me/two-factor", &[("action", "off"), ("code", "123456")])
        .await;
    assert_eq!(off.status, StatusCode::FORBIDDEN);
}

/// A worker may turn two-step sign-in on, and off again with a current
/// code; turning it on and off is audited.
async fn a_worker_turns_two_step_sign_in_on_and_off(app: TestApp) {
    let profile = examples::worker(
        DemoCorridor::MexicoCanada,
        "Zoe",
        "Ramírez",
        Sex::Female,
        chrono::NaiveDate::from_ymd_opt(1996, 1, 2).unwrap(),
    );
    app.register("zoe@example.mx", &profile, &[]).await;
    let mut v = app.visitor();
    v.sign_in("zoe@example.mx", "a long password here").await;
    let account = v.get("/me/account").await;
    assert!(account.html.contains("href=\"/me/two-factor\""));
    let page = v.get("/me/two-factor").await;
    assert!(!page.text().contains("must use two-step sign-in"));
    let secret = page
        .html
        .split_once("name=\"secret\" value=\"")
        .and_then(|(_, r)| r.split_once('"'))
        .map(|(s, _)| Secret::from_base32(s).unwrap())
        .unwrap();
    let step = two_factor::current_step();
    let on = v
        .post(
            "/me/two-factor",
            &[
                ("action", "enrol"),
                ("secret", &secret.to_base32()),
                ("code", &two_factor::code_at(&secret, step)),
            ],
        )
        .await;
    assert_eq!(on.status, StatusCode::OK);

    // The API now asks the worker for a code too.
    let (status, problem) = ask_token(
        &app,
        json!({"email": "zoe@example.mx", "password": "a long password here"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(rules(&problem), ["two_factor_required"]);

    // Turning it off needs a current code: a wrong one is refused.
    v.get("/me/two-factor").await;
    let wrong = v
        .post("/me/two-factor", &[("action", "off"), ("code", "99999")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let off = v
        .post(
            "/me/two-factor",
            &[
                ("action", "off"),
                ("code", &two_factor::code_at(&secret, step + 1)),
            ],
        )
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER, "{}", off.text());
    assert_eq!(off.location.as_deref(), Some("/me/two-factor?done=off"));
    let (status, _) = ask_token(
        &app,
        json!({"email": "zoe@example.mx", "password": "a long password here"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(audited(&app, "enable_two_factor").await.len(), 1);
    assert_eq!(audited(&app, "disable_two_factor").await.len(), 1);
}

/// API tokens last the operator's maximum (30 days by default) unless the
/// caller asks for fewer; outside 1..=maximum is a 422.
async fn token_lifetimes_are_bounded(app: TestApp) {
    app.user("ana@uni.example", Role::Researcher, None, None, None, None)
        .await;
    let ask = |days: Option<i64>| {
        let mut body = json!({"email": "ana@uni.example", "password": PASSWORD});
        if let Some(d) = days {
            body["expires_in_days"] = json!(d);
        }
        ask_token(&app, body)
    };
    let lasts = |body: &Value| {
        let at: chrono::DateTime<Utc> = body["expires_at"].as_str().unwrap().parse().unwrap();
        at - Utc::now()
    };
    let (status, body) = ask(None).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let d = lasts(&body);
    assert!(d > Duration::days(29) && d <= Duration::days(30), "{d}");
    let (status, body) = ask(Some(7)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let d = lasts(&body);
    assert!(d > Duration::days(6) && d <= Duration::days(7), "{d}");
    // Outside what any installation allows, and beyond this one's 30 days.
    for (days, rule) in [
        (0, "out_of_range"),
        (-1, "out_of_range"),
        (366, "out_of_range"),
        (31, "longer_than_installation_allows"),
        (365, "longer_than_installation_allows"),
    ] {
        let (status, problem) = ask(Some(days)).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{days}: {problem}"
        );
        assert_eq!(rules(&problem), [rule]);
        assert_eq!(problem["violations"][0]["field"], "expires_in_days");
    }
}

/// Registering with an e-mail that already has an account answers exactly
/// as registering a new one, changes nothing, and creates nothing; signing
/// in with an unknown e-mail answers exactly as a wrong password.
async fn registration_and_sign_in_do_not_reveal_accounts(app: TestApp) {
    let profile = |given: &str| {
        examples::worker(
            DemoCorridor::MexicoCanada,
            given,
            "Ramírez",
            Sex::Female,
            chrono::NaiveDate::from_ymd_opt(1996, 1, 2).unwrap(),
        )
    };
    let register = |email: &str, password: &str, given: &str| {
        app.json(
            Method::POST,
            "/api/v1/register",
            None,
            Some(json!({
                "email": email,
                "password": password,
                "profile": profile(given),
                "consents": ["matching"],
            })),
        )
    };
    let (new_status, new_body) = register("lia@example.mx", "the first long password", "Lía").await;
    let (taken_status, taken_body) =
        register("LIA@example.mx", "a different long password", "Mallory").await;
    assert_eq!(new_status, StatusCode::ACCEPTED, "{new_body}");
    assert_eq!(taken_status, new_status);
    assert_eq!(taken_body, new_body);
    // Nothing changed for the account holder; nothing was created.
    let (status, _) = ask_token(
        &app,
        json!({"email": "lia@example.mx", "password": "the first long password"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = ask_token(
        &app,
        json!({"email": "lia@example.mx", "password": "a different long password"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let workers = app
        .store()
        .workers(&Default::default(), Page::all())
        .await
        .unwrap();
    assert_eq!(workers.total, 1, "no second profile");
    assert_eq!(
        audited(&app, "register")
            .await
            .iter()
            .filter(|e| e.outcome == "denied")
            .count(),
        1
    );
    // Broken rules are answered alike too.
    let (s1, p1) = register("new@example.mx", "short", "Lía").await;
    let (s2, p2) = register("lia@example.mx", "short", "Lía").await;
    assert_eq!((s1, rules(&p1)), (s2, rules(&p2)));

    // The sign-up page: the same page for a new and a taken e-mail.
    let sign_up = |email: &'static str| {
        let mut v = app.visitor();
        async move {
            v.get("/sign-up").await;
            v.post(
                "/sign-up",
                &[
                    ("given_name", "Ana"),
                    ("family_name", "Ruiz"),
                    ("email", email),
                    ("password", "yet another long password"),
                    ("date_of_birth", "1995-02-03"),
                    ("sex", "female"),
                    ("citizenship", "MEX"),
                    ("country_of_birth", "MEX"),
                    ("country_of_residence", "MEX"),
                ],
            )
            .await
        }
    };
    let fresh = sign_up("ana@example.mx").await;
    let taken = sign_up("lia@example.mx").await;
    assert_eq!(fresh.status, StatusCode::OK, "{}", fresh.text());
    assert_eq!(taken.status, fresh.status);
    assert_eq!(taken.text().replace("lia@", "ana@"), fresh.text());
    assert!(fresh.text().contains("If this e-mail is new"));
    assert!(!taken.text().contains("cannot be used"));

    // Sign-in: an unknown e-mail and a wrong password get the same answer.
    let (s1, p1) = ask_token(
        &app,
        json!({"email": "nobody@example.mx", "password": "some long password"}),
    )
    .await;
    let (s2, p2) = ask_token(
        &app,
        json!({"email": "lia@example.mx", "password": "some long password"}),
    )
    .await;
    assert_eq!(s1, StatusCode::UNAUTHORIZED);
    assert_eq!((s1, p1), (s2, p2));
}

on_both_backends!(
    the_api_asks_officials_for_a_code_used_once,
    an_official_sets_up_two_step_sign_in_before_anything_else,
    a_worker_turns_two_step_sign_in_on_and_off,
    token_lifetimes_are_bounded,
    registration_and_sign_in_do_not_reveal_accounts,
);
