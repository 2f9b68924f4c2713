//! The HTTP contract: bad input never gives a 500 or a half-written record;
//! sessions resist CSRF and fixation; the OpenAPI document lists exactly the
//! routes that exist; pages render every condition, in English and Spanish.

mod common;

use chrono::{Duration, Utc};
use common::{PASSWORD, TestApp};
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{EmployerId, ProgrammeId};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn raw(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, String, Value) {
    let res = app
        .http
        .request(method, app.url(path))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let ct = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let text = res.text().await.unwrap();
    (
        status,
        ct,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn programme_count(app: &TestApp, token: &str) -> i64 {
    app.get("/api/v1/programmes", token).await.1["total"]
        .as_i64()
        .unwrap()
}

async fn bad_input_gets_problem_documents(app: TestApp) {
    let official = app
        .user(
            "o@mx.example",
            Role::OriginOfficial,
            Some("MEX"),
            None,
            None,
            None,
        )
        .await;
    let good = serde_json::to_value(DemoCorridor::MexicoCanada.programme()).unwrap();
    let path = "/api/v1/programmes";

    // Malformed JSON.
    let (s, ct, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        b"{\"name\": ".to_vec(),
    )
    .await;
    assert_eq!(
        (s, ct.as_str()),
        (StatusCode::BAD_REQUEST, "application/problem+json"),
        "{p}"
    );
    assert_eq!(p["violations"][0]["rule"], "malformed_json");

    // Unknown codes: a country, a currency, an ISCO group, each at its field.
    let mut unknown = good.clone();
    unknown["origin"] = json!("XXX");
    let (s, _, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        serde_json::to_vec(&unknown).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    assert_eq!(p["violations"][0]["field"], "origin");
    assert!(
        p["violations"][0]["message"]
            .as_str()
            .unwrap()
            .contains("ISO 3166-1")
    );
    let mut cur = good.clone();
    cur["conditions"]["min_wage"]["currency"] = json!("CAX");
    let (s, _, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        serde_json::to_vec(&cur).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    assert_eq!(p["violations"][0]["field"], "conditions.min_wage");
    let mut isco = good.clone();
    isco["occupations"] = json!(["9999"]);
    let (s, _, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        serde_json::to_vec(&isco).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    assert_eq!(p["violations"][0]["field"], "occupations[0]");

    // Wrong types and missing fields.
    let mut wrong = good.clone();
    wrong["max_stay_months"] = json!("eight");
    let (s, _, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        serde_json::to_vec(&wrong).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    assert_eq!(p["violations"][0]["field"], "max_stay_months");
    assert_eq!(p["violations"][0]["rule"], "wrong_type");
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("kind");
    let (s, _, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        serde_json::to_vec(&missing).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    assert_eq!(p["violations"][0]["rule"], "required");

    // Rules of the programme itself: every one at once.
    let mut incoherent = good.clone();
    incoherent["destination"] = json!("MEX");
    incoherent["max_stay_months"] = json!(0);
    incoherent["name"] = json!("");
    let (s, _, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        serde_json::to_vec(&incoherent).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    assert_eq!(p["violations"].as_array().unwrap().len(), 3, "{p}");

    // Oversized and non-JSON bodies.
    let (s, ct, p) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "application/json",
        vec![b' '; 300 * 1024],
    )
    .await;
    assert_eq!(
        (s, ct.as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "application/problem+json"),
        "{p}"
    );
    let (s, _, _) = raw(
        &app,
        Method::POST,
        path,
        &official,
        "text/plain",
        b"hello".to_vec(),
    )
    .await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // Bad path and query parameters, unknown routes and methods.
    let (s, _) = app.get("/api/v1/programmes/abc", &official).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = app.get("/api/v1/programmes?limit=lots", &official).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = app.get("/api/v1/programmes/999999", &official).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = app.get("/api/v1/nothing-here", &official).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = app
        .json(Method::DELETE, "/api/v1/programmes", Some(&official), None)
        .await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);

    // Nothing was written by any of it.
    assert_eq!(programme_count(&app, &official).await, 0);
    let (s, _) = app.post(path, &official, good).await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(programme_count(&app, &official).await, 1);
}

async fn a_job_order_naming_missing_records_lists_each(app: TestApp) {
    let dest = app
        .user(
            "d@ca.example",
            Role::DestinationOfficial,
            Some("CAN"),
            None,
            None,
            None,
        )
        .await;
    let spec = examples::job_order(
        DemoCorridor::MexicoCanada,
        ProgrammeId(404),
        EmployerId(405),
        Some(corridor_domain::ids::AgencyId(406)),
        examples::FRUIT_PICKER,
        2,
        Utc::now().date_naive() + Duration::days(60),
    );
    let (s, p) = app
        .post(
            "/api/v1/job-orders",
            &dest,
            serde_json::to_value(&spec).unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    let fields: Vec<&str> = p["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["programme_id", "employer_id", "agency_id"]);
}

fn set_cookies(res: &reqwest::Response) -> Vec<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

fn cookie_value(cookies: &[String], name: &str) -> Option<String> {
    cookies
        .iter()
        .filter_map(|c| c.split(';').next())
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The HTML of the page at `path` for the session in `cookie`.
async fn signed_in_page_html(app: &TestApp, path: &str, cookie: &str) -> String {
    app.http
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The text of the page at `path` for the session in `cookie`.
async fn signed_in_page(app: &TestApp, path: &str, cookie: &str) -> String {
    app.http
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn sessions_resist_csrf_and_fixation(app: TestApp) {
    app.user("admin@example.org", Role::Admin, None, None, None, None)
        .await;
    // The sign-in form sets a double-submit token.
    let res = app.http.get(app.url("/sign-in")).send().await.unwrap();
    let cookies = set_cookies(&res);
    let login = cookie_value(&cookies, "corridor_login").expect("login cookie");
    assert!(
        cookies
            .iter()
            .any(|c| c.contains("HttpOnly") && c.contains("SameSite=Lax"))
    );
    let html = res.text().await.unwrap();
    assert!(html.contains(&login), "the form carries the token");

    // A forged sign-in (no matching token) is refused.
    let forged = app
        .http
        .post(app.url("/sign-in"))
        .form(&[
            ("email", "admin@example.org"),
            ("password", PASSWORD),
            ("csrf", "forged"),
        ])
        .header("cookie", format!("corridor_login={login}"))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);

    // A wrong password re-renders the form with 401.
    let wrong = app
        .http
        .post(app.url("/sign-in"))
        .form(&[
            ("email", "admin@example.org"),
            ("password", "nope nope nope"),
            ("csrf", login.as_str()),
        ])
        .header("cookie", format!("corridor_login={login}"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);

    // A real sign-in, from a browser that carries a planted session id,
    // gets a new session; the planted one never becomes valid.
    let planted = "planted-session-id";
    let ok = app
        .http
        .post(app.url("/sign-in"))
        .form(&[
            ("email", "admin@example.org"),
            ("password", PASSWORD),
            ("csrf", login.as_str()),
        ])
        .header(
            "cookie",
            format!("corridor_login={login}; corridor_session={planted}"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let half = cookie_value(&set_cookies(&ok), "corridor_session").expect("session cookie");
    assert_ne!(half, planted);
    // The administrator's second step: the code, which again replaces the
    // session the browser held.
    let form =
        signed_in_page_html(&app, "/sign-in/code", &format!("corridor_session={half}")).await;
    let csrf = form
        .split_once("name=\"csrf\" value=\"")
        .and_then(|(_, r)| r.split_once('"'))
        .map(|(t, _)| t.to_string())
        .expect("the code form's CSRF token");
    let code = app.fresh_code("admin@example.org").await;
    let ok = app
        .http
        .post(app.url("/sign-in/code"))
        .form(&[("code", code.as_str()), ("csrf", csrf.as_str())])
        .header("cookie", format!("corridor_session={half}"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let session = cookie_value(&set_cookies(&ok), "corridor_session").expect("session cookie");
    assert_ne!(session, planted);
    assert_ne!(session, half);
    assert_eq!(session.len(), 43);
    let me = app
        .http
        .get(app.url("/api/v1/me"))
        .header("cookie", format!("corridor_session={planted}"))
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    let me = app
        .http
        .get(app.url("/api/v1/me"))
        .header("cookie", format!("corridor_session={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);

    // A state-changing API call with only the cookie is refused (CSRF)…
    let body = serde_json::to_value(DemoCorridor::MexicoCanada.programme()).unwrap();
    let forged = app
        .http
        .post(app.url("/api/v1/programmes"))
        .header("cookie", format!("corridor_session={session}"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    // …and accepted with the session's token, which the dashboard page holds.
    let page = app
        .http
        .get(app.url("/dashboard"))
        .header("cookie", format!("corridor_session={session}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("csrf in page")
        .to_string();
    let accepted = app
        .http
        .post(app.url("/api/v1/programmes"))
        .header("cookie", format!("corridor_session={session}"))
        .header("x-csrf-token", &csrf)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), StatusCode::CREATED);

    // Signing out ends the session.
    let out = app
        .http
        .post(app.url("/sign-out"))
        .header("cookie", format!("corridor_session={session}"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let me = app
        .http
        .get(app.url("/api/v1/me"))
        .header("cookie", format!("corridor_session={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
}

async fn openapi_documents_exactly_the_routes(app: TestApp) {
    let res = app
        .http
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let doc: Value = res.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 30, "{}", paths.len());
    assert!(doc["components"]["schemas"]["ProgrammeSpec"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    // Every documented operation is routed (never "no resource" or 405).
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            let concrete = path.replace("{id}", "1");
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = app
                .http
                .request(m.clone(), app.url(&concrete))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .unwrap();
            let status = res.status();
            let text = res.text().await.unwrap();
            assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{m} {path}");
            assert_ne!(
                status,
                StatusCode::INTERNAL_SERVER_ERROR,
                "{m} {path}: {text}"
            );
            assert!(
                !text.contains("no resource at"),
                "{m} {path} is documented but not routed"
            );
        }
    }
    // Every schema reference resolves.
    let text = doc.to_string();
    for r in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = r.split('"').next().unwrap();
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "dangling $ref {name}"
        );
    }
}

async fn pages_spell_out_every_condition_in_two_languages(app: TestApp) {
    let c = DemoCorridor::MexicoCanada;
    let dest = app
        .user(
            "d@ca.example",
            Role::DestinationOfficial,
            Some("CAN"),
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
            serde_json::to_value(examples::employer(c, "Niagara <Orchards> & Co", 1)).unwrap(),
        )
        .await;
    let spec = examples::job_order(
        c,
        ProgrammeId(p["id"].as_i64().unwrap()),
        EmployerId(e["id"].as_i64().unwrap()),
        None,
        examples::FRUIT_PICKER,
        6,
        Utc::now().date_naive() + Duration::days(45),
    );
    let (_, jo) = app
        .post(
            "/api/v1/job-orders",
            &dest,
            serde_json::to_value(&spec).unwrap(),
        )
        .await;
    let id = jo["id"].as_i64().unwrap();
    let en = app
        .http
        .get(app.url(&format!("/jobs/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The wage in the page's language: English and Spanish write the amount
    // and the currency their own way.
    use corridor_server::i18n::format::format_money;
    let wage_en = format!("{} per hour", format_money("en", 1848, "CAD"));
    assert!(en.contains(&wage_en), "English page lacks {wage_en:?}");
    for needle in [
        "40 hours a week guaranteed",
        "free of charge",
        "Medical care and health insurance",
        "Paid by the employer",
        "Recruitment service fee",
        "Visa and administrative costs",
        "Employer Pays Principle",
        "fruit and vegetable picker",
    ] {
        assert!(en.contains(needle), "English page lacks {needle:?}");
    }
    assert!(
        en.contains("Niagara &lt;Orchards&gt; &amp; Co"),
        "names are escaped"
    );
    assert!(!en.contains("<Orchards>"));
    let es = app
        .http
        .get(app.url(&format!("/jobs/{id}?lang=es")))
        .send()
        .await
        .unwrap();
    assert!(
        set_cookies(&es)
            .iter()
            .any(|c| c.starts_with("corridor_lang=es"))
    );
    let es = es.text().await.unwrap();
    let wage_es = format!("{} por hora", format_money("es", 1848, "CAD"));
    assert!(es.contains(&wage_es), "Spanish page lacks {wage_es:?}");
    assert_ne!(wage_en, wage_es);
    for needle in [
        "Quién paga los costos de contratación",
        "Vivienda",
        "Lo paga el empleador",
        "Comisión por el servicio de contratación",
    ] {
        assert!(es.contains(needle), "Spanish page lacks {needle:?}");
    }
    let by_header = app
        .http
        .get(app.url("/jobs"))
        .header("accept-language", "es-MX,es;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(by_header.contains("Empleos abiertos"));

    // A worker signs in, sees the job for Mexico, applies with a form, and
    // sees the timeline.
    let profile = examples::worker(
        c,
        "Luis",
        "Pérez",
        Sex::Male,
        chrono::NaiveDate::from_ymd_opt(1990, 2, 2).unwrap(),
    );
    let reg = app
        .register(
            "luis@example.mx",
            &profile,
            &["matching", "sharing_with_employers"],
        )
        .await;
    assert!(reg["token"].is_string());
    let form = app.http.get(app.url("/sign-in")).send().await.unwrap();
    let login = cookie_value(&set_cookies(&form), "corridor_login").unwrap();
    let ok = app
        .http
        .post(app.url("/sign-in"))
        .form(&[
            ("email", "luis@example.mx"),
            ("password", "a long password here"),
            ("csrf", login.as_str()),
        ])
        .header("cookie", format!("corridor_login={login}"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.headers()["location"], "/jobs");
    let session = cookie_value(&set_cookies(&ok), "corridor_session").unwrap();
    let cookie = format!("corridor_session={session}");
    let jobs = signed_in_page(&app, "/jobs", &cookie).await;
    assert!(
        jobs.contains(&format!("/jobs/{id}")),
        "the worker sees the Mexican programme's job"
    );
    assert!(jobs.contains("Recommended for you"), "{jobs}");
    assert!(
        jobs.contains("same occupation: fruit and vegetable picker"),
        "each recommendation says why"
    );
    let trabajos = signed_in_page(&app, "/jobs?lang=es", &cookie).await;
    assert!(trabajos.contains("Recomendados para usted"), "{trabajos}");
    assert!(
        trabajos.contains("misma ocupación: fruit and vegetable picker"),
        "the reasons are in the page's language: {trabajos}"
    );
    let page = signed_in_page(&app, &format!("/jobs/{id}"), &cookie).await;
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let forged = app
        .http
        .post(app.url(&format!("/jobs/{id}/apply")))
        .header("cookie", &cookie)
        .form(&[("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let applied = app
        .http
        .post(app.url(&format!("/jobs/{id}/apply")))
        .header("cookie", &cookie)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(applied.status(), StatusCode::SEE_OTHER);
    let location = applied.headers()["location"].to_str().unwrap().to_string();
    let timeline = signed_in_page(&app, &location, &cookie).await;
    assert!(timeline.contains("Applied"), "{timeline}");
    let mine = signed_in_page(&app, "/me/placements", &cookie).await;
    assert!(mine.contains(&location));
}

on_both_backends!(
    bad_input_gets_problem_documents,
    a_job_order_naming_missing_records_lists_each,
    sessions_resist_csrf_and_fixation,
    openapi_documents_exactly_the_routes,
    pages_spell_out_every_condition_in_two_languages,
);
