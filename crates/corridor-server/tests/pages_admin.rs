//! The administrator's and the organisations' pages as people use them,
//! without JavaScript: accounts created for every role (every missing field
//! listed at once), disabled (no more sign-in, no more token) and given a
//! new password; agencies licensed, suspended, reinstated, renewed and
//! revoked (only after confirming) with each reason in the public history;
//! employers suspended and reinstated; a recruiter's own agency. The same
//! actions and access rules as the API, which is checked alongside.

mod common;

use common::{PASSWORD, TestApp, Visitor, rules};
use corridor_domain::access::Role;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{AgencyId, EmployerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::organisation::{EmployerStatus, LicenceStatus};
use corridor_store::{Actor, Page};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// A form field and its value.
type Field<'a> = (&'a str, &'a str);

/// The id in the path a page was redirected to (`/admin/users/7?done=…`).
fn id_in(location: &str, prefix: &str) -> i64 {
    location
        .split_once(prefix)
        .and_then(|(_, r)| r.split(['?', '/']).next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no id after {prefix} in {location}"))
}

async fn signed_in(app: &TestApp, email: &str) -> Visitor {
    let mut v = app.visitor();
    v.sign_in(email, PASSWORD).await;
    v
}

/// Signing in through the form: the status of the answer.
async fn sign_in_status(app: &TestApp, email: &str, password: &str) -> StatusCode {
    let mut v = app.visitor();
    v.get("/sign-in").await;
    v.post("/sign-in", &[("email", email), ("password", password)])
        .await
        .status
}

/// An administrator creates an account of each kind (an incomplete form
/// lists every missing field at once), lists them by role, disables one
/// (who can no longer sign in and whose token stops working), enables it
/// again and gives it a new password. Other roles are refused, and the
/// API does the same.
async fn an_administrator_manages_accounts(app: TestApp) {
    let c = DemoCorridor::MexicoCanada;
    let a = Actor::system();
    let employer = app
        .store()
        .insert_employer(&a, &examples::employer(c, "Leamington Growers", 1))
        .await
        .unwrap();
    let agency = app
        .store()
        .insert_agency(
            &a,
            &examples::agency(c, "Fair Hire MX", LicenceStatus::Active),
        )
        .await
        .unwrap();
    let admin_token = app
        .user("root@corridor.example", Role::Admin, None, None, None, None)
        .await;
    let mut v = signed_in(&app, "root@corridor.example").await;

    // Nothing filled in: every missing field at once, in the summary and
    // at its field, "Error:" in the title.
    let form = v.get("/admin/users/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("Create an account"), "{}", form.text());
    let empty = v.post("/admin/users", &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.title().starts_with("Error:"), "{}", empty.title());
    for field in ["email", "display-name", "password", "role"] {
        assert!(
            empty.html.contains(&format!("href=\"#{field}\"")),
            "{field}: {}",
            empty.text()
        );
        assert!(empty.html.contains(&format!("id=\"{field}-error\"")));
    }
    assert!(empty.text().contains("Choose the account"));
    // A role without what it acts for: the field it needs, values kept.
    for (role, field, message) in [
        ("employer", "employer", "Choose the employer"),
        ("recruiter", "agency", "Choose the agency"),
        ("origin_official", "country", "Choose the official"),
        ("destination_official", "country", "Choose the official"),
    ] {
        let half = v
            .post(
                "/admin/users",
                &[
                    ("email", "someone@example.org"),
                    ("display_name", "Someone Else"),
                    ("password", PASSWORD),
                    ("role", role),
                ],
            )
            .await;
        assert_eq!(half.status, StatusCode::UNPROCESSABLE_ENTITY, "{role}");
        assert!(half.html.contains(&format!("href=\"#{field}\"")), "{role}");
        assert!(half.text().contains(message), "{role}: {}", half.text());
        assert_eq!(half.html.matches("href=\"#").count(), 1, "{role}");
        assert!(half.html.contains("value=\"Someone Else\""), "values kept");
        assert!(
            !half.html.contains(PASSWORD),
            "the password is not sent back"
        );
    }

    // One account of each kind.
    let employer_id = employer.id.to_string();
    let agency_id = agency.id.to_string();
    let kinds: [(&str, &str, &[Field]); 6] = [
        (
            "employer",
            "hr@growers.ca",
            &[("employer_id", &employer_id)],
        ),
        (
            "recruiter",
            "desk@fairhire.mx",
            &[("agency_id", &agency_id)],
        ),
        ("origin_official", "stps@gob.mx", &[("country", "MEX")]),
        (
            "destination_official",
            "esdc@canada.ca",
            &[("country", "CAN")],
        ),
        ("researcher", "stats@uni.example", &[]),
        // Whatever else is sent, an administrator acts for no one.
        ("admin", "ops@corridor.example", &[("country", "MEX")]),
    ];
    let mut ids = std::collections::HashMap::new();
    for (role, email, binding) in kinds {
        let mut fields = vec![
            ("email", email),
            ("display_name", "New Holder"),
            ("password", PASSWORD),
            ("role", role),
        ];
        fields.extend_from_slice(binding);
        let created = v.post("/admin/users", &fields).await;
        assert_eq!(
            created.status,
            StatusCode::SEE_OTHER,
            "{role}: {}",
            created.text()
        );
        let to = created.location.clone().unwrap();
        let id = id_in(&to, "/admin/users/");
        let shown = v.get(&to).await;
        assert!(
            shown.text().contains("The account is created"),
            "{}",
            shown.text()
        );
        let user = app
            .store()
            .user(corridor_domain::ids::UserId(id))
            .await
            .unwrap();
        assert_eq!(user.principal.role.as_str(), role);
        ids.insert(role, id);
    }
    let stored = |role: &str| corridor_domain::ids::UserId(ids[role]);
    let p = app
        .store()
        .user(stored("employer"))
        .await
        .unwrap()
        .principal;
    assert_eq!(p.employer_id, Some(employer.id));
    let p = app
        .store()
        .user(stored("recruiter"))
        .await
        .unwrap()
        .principal;
    assert_eq!(p.agency_id, Some(agency.id));
    let p = app
        .store()
        .user(stored("origin_official"))
        .await
        .unwrap()
        .principal;
    assert_eq!(p.country.unwrap().as_str(), "MEX");
    let p = app.store().user(stored("admin")).await.unwrap().principal;
    assert_eq!(p.country, None);
    // The same e-mail again: at the e-mail field.
    let taken = v
        .post(
            "/admin/users",
            &[
                ("email", "HR@growers.ca"),
                ("display_name", "Copy"),
                ("password", PASSWORD),
                ("role", "researcher"),
            ],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.text().contains("exists already"));

    // The list by role.
    let recruiters = v.get("/admin/users?role=recruiter").await;
    assert!(recruiters.text().contains("desk@fairhire.mx"));
    assert!(recruiters.text().contains("Fair Hire MX"));
    assert!(!recruiters.text().contains("hr@growers.ca"));
    assert!(
        recruiters.text().contains("1 account"),
        "{}",
        recruiters.text()
    );

    // The employer's holder signs in and has a token; then the account is
    // disabled: the session ends, the token stops working, signing in is
    // refused.
    let mut holder = signed_in(&app, "hr@growers.ca").await;
    assert_eq!(holder.get("/me/account").await.status, StatusCode::OK);
    let token = app.token("hr@growers.ca").await;
    let (status, _) = app.get("/api/v1/me", &token).await;
    assert_eq!(status, StatusCode::OK);
    let page = format!("/admin/users/{}", ids["employer"]);
    v.get(&page).await;
    let disabled = v.submit(&format!("{page}/disable"), &[]).await;
    assert!(
        disabled.text().contains("The account is disabled"),
        "{}",
        disabled.text()
    );
    assert!(disabled.text().contains("Enable this account"));
    assert_eq!(
        holder.get("/me/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    let (status, _) = app.get("/api/v1/me", &token).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the token stopped working"
    );
    assert_eq!(
        sign_in_status(&app, "hr@growers.ca", PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    let listed = v.get("/admin/users?role=employer").await;
    assert!(listed.text().contains("Disabled"));
    // Enabled again: the password works again.
    v.get(&page).await;
    let enabled = v.submit(&format!("{page}/enable"), &[]).await;
    assert!(enabled.text().contains("can sign in again"));
    assert_eq!(
        sign_in_status(&app, "hr@growers.ca", PASSWORD).await,
        StatusCode::SEE_OTHER
    );

    // A new temporary password: checked by the policy; then the old one
    // and the old token stop working.
    let mut holder = signed_in(&app, "hr@growers.ca").await;
    let token = app.token("hr@growers.ca").await;
    v.get(&page).await;
    let short = v
        .post(&format!("{page}/password"), &[("password", "short")])
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.title().starts_with("Error:"));
    assert!(short.html.contains("href=\"#password\""));
    assert!(short.text().contains("at least 10 characters"));
    let reset = v
        .submit(
            &format!("{page}/password"),
            &[("password", "a brand new temporary one")],
        )
        .await;
    assert!(
        reset.text().contains("The password is changed"),
        "{}",
        reset.text()
    );
    assert_eq!(
        holder.get("/me/account").await.status,
        StatusCode::SEE_OTHER
    );
    let (status, _) = app.get("/api/v1/me", &token).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        sign_in_status(&app, "hr@growers.ca", PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in_status(&app, "hr@growers.ca", "a brand new temporary one").await,
        StatusCode::SEE_OTHER
    );

    // An administrator does not disable themself, nor reset their own
    // password here.
    let own = app
        .store()
        .user_credentials("root@corridor.example")
        .await
        .unwrap()
        .unwrap()
        .0;
    let own_page = v.get(&format!("/admin/users/{}", own.id)).await;
    assert!(own_page.text().contains("This is your own account"));
    assert!(!own_page.html.contains("/disable\""));
    let (status, problem) = app
        .post(
            &format!("/api/v1/users/{}/disable", own.id),
            &admin_token,
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rules(&problem), ["own_account"]);

    // Other roles are refused, on the pages and in the API. (The new
    // official sets up two-step sign-in first.)
    app.enrol("stps@gob.mx").await;
    let official = app.token("stps@gob.mx").await;
    let mut o = signed_in(&app, "stps@gob.mx").await;
    for path in ["/admin/users", "/admin/users/new", &page] {
        assert_eq!(o.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let (status, _) = app.get("/api/v1/users", &official).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .post(
            &format!("/api/v1/users/{}/disable", ids["researcher"]),
            &official,
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The API peers.
    let (status, list) = app.get("/api/v1/users?role=recruiter", &admin_token).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["email"], "desk@fairhire.mx");
    let researcher = ids["researcher"];
    let (status, off) = app
        .post(
            &format!("/api/v1/users/{researcher}/disable"),
            &admin_token,
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{off}");
    assert_eq!(off["disabled"], true);
    let (_, on) = app
        .post(
            &format!("/api/v1/users/{researcher}/enable"),
            &admin_token,
            json!({}),
        )
        .await;
    assert_eq!(on["disabled"], false);
    let (status, problem) = app
        .post(
            &format!("/api/v1/users/{researcher}/password"),
            &admin_token,
            json!({"password": "tiny"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rules(&problem), ["too_short"]);
    let (status, _) = app
        .post(
            &format!("/api/v1/users/{researcher}/password"),
            &admin_token,
            json!({"password": "another temporary password"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, problem) = app
        .post(
            "/api/v1/users",
            &admin_token,
            json!({"email": "x", "password": "y", "display_name": "", "role": "employer"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut found = rules(&problem);
    found.sort();
    assert_eq!(found, ["invalid", "required", "required", "too_short"]);
    let (status, problem) = app
        .post(
            "/api/v1/users",
            &admin_token,
            json!({"email": "a@b.org", "password": PASSWORD, "display_name": "A",
                   "role": "employer", "employer_id": 999}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rules(&problem), ["unknown"]);
    // Every read of the list and of an account is in the audit log.
    let reads = app
        .store()
        .audit_log(
            &corridor_store::AuditFilter {
                entity: Some("user".into()),
                action: Some("read".into()),
                ..Default::default()
            },
            &corridor_domain::access::AuditScope::Everything,
            Page::default(),
        )
        .await
        .unwrap();
    assert!(reads.total >= 3, "{}", reads.total);
}

/// Fifty accounts a page, "Page x of y", links that keep the filter.
async fn the_account_list_is_paginated(app: TestApp) {
    app.user("root@corridor.example", Role::Admin, None, None, None, None)
        .await;
    for i in 0..55 {
        app.store()
            .create_user(
                &Actor::system(),
                &corridor_store::NewUser {
                    email: format!("researcher{i:02}@uni.example"),
                    display_name: format!("Researcher {i:02}"),
                    password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
                    role: Role::Researcher,
                    worker_id: None,
                    employer_id: None,
                    agency_id: None,
                    country: None,
                },
            )
            .await
            .unwrap();
    }
    let mut v = signed_in(&app, "root@corridor.example").await;
    let first = v.get("/admin/users?role=researcher").await;
    assert!(first.text().contains("Page 1 of 2"), "{}", first.text());
    assert!(first.text().contains("55 accounts"));
    assert_eq!(first.html.matches("href=\"/admin/users/").count(), 50 + 1);
    assert!(
        first.html.contains("role=researcher&amp;page=2"),
        "the next page keeps the filter"
    );
    let second = v.get("/admin/users?role=researcher&page=2").await;
    assert!(second.text().contains("Page 2 of 2"));
    assert!(second.text().contains("Researcher 54"));
    assert!(!second.text().contains("Researcher 00"));
    assert!(second.html.contains("rel=\"prev\""));
    assert!(!second.html.contains("rel=\"next\""));
    let everyone = v.get("/admin/users").await;
    assert!(everyone.text().contains("56 accounts"));
}

/// An origin official licenses an agency (an incomplete form lists every
/// error), suspends it, reinstates it, renews it and revokes it — only
/// after confirming — each with its reason in the public history; an
/// official of another country is refused.
async fn an_official_licenses_suspends_and_revokes_an_agency(app: TestApp) {
    app.user(
        "licensing@stps.gob.mx",
        Role::OriginOfficial,
        Some("MEX"),
        None,
        None,
        None,
    )
    .await;
    let mut v = signed_in(&app, "licensing@stps.gob.mx").await;
    let form = v.get("/agencies/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.html.contains("value=\"MEX\" selected"),
        "own country chosen"
    );
    let bad = v
        .post(
            "/agencies",
            &[
                ("name", ""),
                ("country", "MEX"),
                ("licence_number", ""),
                ("issuing_country", "MEX"),
                ("valid_from", "2026-01-01"),
                ("valid_until", "2025-12-31"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.title().starts_with("Error:"));
    for field in ["name", "licence-number", "valid-until"] {
        assert!(bad.html.contains(&format!("href=\"#{field}\"")), "{field}");
    }
    let undated = v
        .post(
            "/agencies",
            &[
                ("name", "Cosecha Justa"),
                ("country", "MEX"),
                ("licence_number", "MEX-LIC-2026-001"),
                ("issuing_country", "MEX"),
                ("valid_from", "2026-01-01"),
                ("valid_until", "soon"),
            ],
        )
        .await;
    assert_eq!(undated.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(undated.html.contains("href=\"#valid-until\""));
    assert!(undated.html.contains("value=\"Cosecha Justa\""));
    let until = (chrono::Utc::now().date_naive() + chrono::Duration::days(700)).to_string();
    let licensed = v
        .post(
            "/agencies",
            &[
                ("name", "Cosecha Justa"),
                ("country", "MEX"),
                ("licence_number", "MEX-LIC-2026-001"),
                ("issuing_country", "MEX"),
                ("valid_from", "2026-01-01"),
                ("valid_until", &until),
            ],
        )
        .await;
    assert_eq!(
        licensed.status,
        StatusCode::SEE_OTHER,
        "{}",
        licensed.text()
    );
    let id = id_in(licensed.location.as_deref().unwrap(), "/agencies/");
    let path = format!("/agencies/{id}");
    let page = v.get(licensed.location.as_deref().unwrap()).await;
    assert!(page.text().contains("The agency is licensed"));
    assert!(page.text().contains("Licensed"));

    // Suspending needs a reason.
    let no_reason = v.post(&format!("{path}/suspend"), &[("reason", " ")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.html.contains("href=\"#suspend-reason\""));
    assert!(no_reason.text().contains("Say why"));
    let suspended = v
        .submit(
            &format!("{path}/suspend"),
            &[("reason", "Charged workers a placement fee")],
        )
        .await;
    assert!(suspended.text().contains("The licence is suspended"));
    assert!(suspended.text().contains("may not recruit now"));
    // A suspended licence is not suspended again, and is not renewed.
    assert!(
        !suspended
            .html
            .contains(&format!("action=\"{path}/suspend\""))
    );
    assert!(!suspended.html.contains(&format!("action=\"{path}/renew\"")));
    let reinstated = v
        .submit(
            &format!("{path}/reinstate"),
            &[("reason", "Fee refunded to every worker")],
        )
        .await;
    assert!(reinstated.text().contains("The licence is reinstated"));
    let later = (chrono::Utc::now().date_naive() + chrono::Duration::days(1500)).to_string();
    let too_early = v
        .post(&format!("{path}/renew"), &[("valid_until", "2020-01-01")])
        .await;
    assert_eq!(too_early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_early.html.contains("href=\"#renew-valid-until\""));
    let renewed = v
        .submit(
            &format!("{path}/renew"),
            &[("valid_until", &later), ("reason", "Audit passed")],
        )
        .await;
    assert!(renewed.text().contains("The licence is renewed"));
    assert!(renewed.text().contains(&later));

    // Revoking: a page that says what it means, then only with the box
    // ticked (every error at once); nothing changes before.
    let confirm = v.get(&format!("{path}/revoke")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.text().contains("withdrawn for good"),
        "{}",
        confirm.text()
    );
    let unconfirmed = v.post(&format!("{path}/revoke"), &[("reason", "")]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.html.contains("href=\"#confirm\""));
    assert!(unconfirmed.html.contains("href=\"#revoke-reason\""));
    let unconfirmed = v
        .post(&format!("{path}/revoke"), &[("reason", "Forged contracts")])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unconfirmed.html.contains("Forged contracts"),
        "the reason is kept"
    );
    let still = app.store().agency(AgencyId(id)).await.unwrap();
    assert_eq!(still.spec.licence.status, LicenceStatus::Active);
    let revoked = v
        .submit(
            &format!("{path}/revoke"),
            &[("reason", "Forged contracts"), ("confirm", "yes")],
        )
        .await;
    assert!(revoked.text().contains("The licence is revoked"));
    assert!(!revoked.html.contains(&format!("href=\"{path}/revoke\"")));

    // The public history: every step, newest first, with its reason.
    let mut public = app.visitor();
    let seen = public.get(&path).await;
    assert_eq!(seen.status, StatusCode::OK);
    let text = seen.text();
    let order: Vec<usize> = [
        "Revoked",
        "Forged contracts",
        "Renewed",
        "Audit passed",
        "Reinstated",
        "Fee refunded to every worker",
        "Suspended",
        "Charged workers a placement fee",
        "Licensed",
    ]
    .iter()
    .map(|s| text.find(s).unwrap_or_else(|| panic!("{s} in {text}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}: {text}");
    assert!(!seen.html.contains("<form"), "no actions for the public");
    let list = public.get("/agencies?country=MEX").await;
    assert!(list.text().contains("Cosecha Justa"));
    assert!(list.text().contains("Revoked"));
    let spanish = public.get(&format!("{path}?lang=es")).await;
    assert!(spanish.text().contains("Historial de la licencia"));
    assert!(spanish.text().contains("Revocada"));
    let (status, events) = app
        .json(
            Method::GET,
            &format!("/api/v1/agencies/{id}/licence-events"),
            None,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let actions: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["issue", "suspend", "reinstate", "renew", "revoke"]
    );

    // An official of another country may not touch a Mexican licence.
    let other = app
        .user(
            "licensing@dofe.gov.np",
            Role::OriginOfficial,
            Some("NPL"),
            None,
            None,
            None,
        )
        .await;
    let spec = examples::agency(DemoCorridor::MexicoCanada, "Otra", LicenceStatus::Active);
    let second = app
        .store()
        .insert_agency(&Actor::system(), &spec)
        .await
        .unwrap();
    let mut npl = signed_in(&app, "licensing@dofe.gov.np").await;
    let seen = npl.get(&format!("/agencies/{}", second.id)).await;
    assert!(
        !seen.html.contains("<form class=\"card\""),
        "no actions offered"
    );
    let refused = npl
        .post(
            &format!("/agencies/{}/suspend", second.id),
            &[("reason", "Not mine to judge")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(
        npl.get(&format!("/agencies/{}/revoke", second.id))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let refused = npl
        .post(
            "/agencies",
            &[
                ("name", "Cross-border"),
                ("country", "MEX"),
                ("licence_number", "X-1"),
                ("issuing_country", "MEX"),
                ("valid_from", "2026-01-01"),
                ("valid_until", &until),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .post(
            &format!("/api/v1/agencies/{}/licence-events", second.id),
            &other,
            json!({"action": "revoke", "reason": "not mine"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.store().licence_events(second.id).await.unwrap().len(),
        1,
        "nothing was written"
    );
    // The licence's status changes only through its actions, also in the
    // API.
    let mex = app.token("licensing@stps.gob.mx").await;
    let mut changed = spec.clone();
    changed.licence.status = LicenceStatus::Revoked;
    let (status, problem) = app
        .put(
            &format!("/api/v1/agencies/{}", second.id),
            &mex,
            serde_json::to_value(&changed).unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rules(&problem), ["changed_by_action"]);
    let (status, event) = app
        .post(
            &format!("/api/v1/agencies/{}/licence-events", second.id),
            &mex,
            json!({"action": "suspend", "reason": "Inspection found unpaid wages"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{event}");
    assert_eq!(event["status"], "suspended");
}

/// A destination official registers an employer, suspends it and
/// reinstates it with reasons; an official of another country is refused.
async fn employers_are_suspended_and_reinstated_with_a_reason(app: TestApp) {
    app.user(
        "employers@esdc.gc.ca",
        Role::DestinationOfficial,
        Some("CAN"),
        None,
        None,
        None,
    )
    .await;
    let mut v = signed_in(&app, "employers@esdc.gc.ca").await;
    v.get("/employers/new").await;
    let bad = v
        .post(
            "/employers",
            &[("name", ""), ("country", ""), ("registration_number", "")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["name", "country", "registration-number"] {
        assert!(bad.html.contains(&format!("href=\"#{field}\"")), "{field}");
    }
    let registered = v
        .post(
            "/employers",
            &[
                ("name", "Niagara Orchards"),
                ("country", "CAN"),
                ("registration_number", "CAN-123456"),
                ("sector", "agriculture"),
            ],
        )
        .await;
    assert_eq!(
        registered.status,
        StatusCode::SEE_OTHER,
        "{}",
        registered.text()
    );
    let id = id_in(registered.location.as_deref().unwrap(), "/employers/");
    let path = format!("/employers/{id}");
    v.get(&path).await;
    let no_reason = v.post(&format!("{path}/suspend"), &[]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.html.contains("href=\"#suspend-reason\""));
    let suspended = v
        .submit(
            &format!("{path}/suspend"),
            &[("reason", "Wages unpaid for two months")],
        )
        .await;
    assert!(suspended.text().contains("The employer is suspended"));
    assert!(suspended.text().contains("Wages unpaid for two months"));
    let reinstated = v
        .submit(
            &format!("{path}/reinstate"),
            &[("reason", "Wages paid with interest")],
        )
        .await;
    assert!(reinstated.text().contains("The employer is reinstated"));
    let e = app.store().employer(EmployerId(id)).await.unwrap();
    assert_eq!(e.spec.status, EmployerStatus::Active);
    let history = app.store().employer_events(EmployerId(id)).await.unwrap();
    assert_eq!(history.len(), 3);
    let listed = v.get("/employers?country=CAN").await;
    assert!(listed.text().contains("Niagara Orchards"));

    // Korea's officials do not suspend Canadian employers.
    let kor = app
        .user(
            "employers@moel.go.kr",
            Role::DestinationOfficial,
            Some("KOR"),
            None,
            None,
            None,
        )
        .await;
    let mut other = signed_in(&app, "employers@moel.go.kr").await;
    let seen = other.get(&path).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(!seen.html.contains(&format!("action=\"{path}/suspend\"")));
    let refused = other
        .post(&format!("{path}/suspend"), &[("reason", "Not ours")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .post(
            &format!("/api/v1/employers/{id}/events"),
            &kor,
            json!({"action": "suspend", "reason": "not ours"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The employer list is for signed-in users only.
    let mut anonymous = app.visitor();
    assert_eq!(
        anonymous.get("/employers").await.status,
        StatusCode::SEE_OTHER
    );
}

/// A recruiter sees their own agency: the licence, its history, and the
/// job orders the agency handles, each linked.
async fn a_recruiter_sees_their_agency(app: TestApp) {
    let c = DemoCorridor::MexicoCanada;
    let a = Actor::system();
    let s = app.store();
    let programme = s.insert_programme(&a, &c.programme()).await.unwrap();
    let employer = s
        .insert_employer(&a, &examples::employer(c, "Leamington Growers", 1))
        .await
        .unwrap();
    let agency = s
        .insert_agency(
            &a,
            &examples::agency(c, "Fair Hire MX", LicenceStatus::Active),
        )
        .await
        .unwrap();
    let start = chrono::Utc::now().date_naive() + chrono::Duration::days(90);
    let spec = examples::job_order(
        c,
        programme.id,
        employer.id,
        Some(agency.id),
        examples::FRUIT_PICKER,
        4,
        start,
    );
    let jo = s
        .insert_job_order(
            &a,
            &spec,
            JobOrderStatus::Open,
            chrono::Utc::now().date_naive(),
        )
        .await
        .unwrap();
    // Another agency's job order is not listed.
    let other = examples::job_order(
        c,
        programme.id,
        employer.id,
        None,
        examples::FRUIT_PICKER,
        2,
        start,
    );
    let not_ours = s
        .insert_job_order(
            &a,
            &other,
            JobOrderStatus::Open,
            chrono::Utc::now().date_naive(),
        )
        .await
        .unwrap();
    app.user(
        "desk@fairhire.mx",
        Role::Recruiter,
        None,
        None,
        None,
        Some(agency.id),
    )
    .await;
    let mut v = signed_in(&app, "desk@fairhire.mx").await;
    let own = v.get("/agency").await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text());
    let text = own.text();
    assert!(own.title().starts_with("My agency"), "{}", own.title());
    for shown in [
        "Fair Hire MX",
        agency.spec.licence.number.as_str(),
        "Mexico",
        "Active",
        "From 2024-01-01 to 2028-12-31",
        "Licensed",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    assert!(
        own.html
            .contains(&format!("href=\"/job-orders/{}\"", jo.id))
    );
    assert!(
        !own.html
            .contains(&format!("href=\"/job-orders/{}\"", not_ours.id))
    );
    assert!(text.contains("4 positions"), "{text}");
    // Other roles have no agency of their own.
    app.user(
        "stats@uni.example",
        Role::Researcher,
        None,
        None,
        None,
        None,
    )
    .await;
    let mut r = signed_in(&app, "stats@uni.example").await;
    assert_eq!(r.get("/agency").await.status, StatusCode::FORBIDDEN);
    let mut anonymous = app.visitor();
    assert_eq!(anonymous.get("/agency").await.status, StatusCode::SEE_OTHER);
}

on_both_backends!(
    an_administrator_manages_accounts,
    the_account_list_is_paginated,
    an_official_licenses_suspends_and_revokes_an_agency,
    employers_are_suspended_and_reinstated_with_a_reason,
    a_recruiter_sees_their_agency,
);
