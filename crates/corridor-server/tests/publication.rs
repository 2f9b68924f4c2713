//! The statistics service under load and against differencing, over
//! HTTP: only calendar periods are published (anything else is a 422 that
//! says what is accepted), tables are cached until the records change (a
//! write is seen at once; a hit needs no database), heavy crossings are
//! refused before any work, each client has an allowance of computations
//! (429 with Retry-After), and the API description documents all of it.
//! On SQLite, and on PostgreSQL when `DATABASE_URL` is set.

mod common;

use chrono::NaiveDate;
use common::TestApp;
use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::PlacementId;
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::placement::{PlacementStatus, TransitionRequest};
use corridor_domain::worker::ConsentPurpose;
use corridor_store::Actor;
use reqwest::StatusCode;
use serde_json::Value;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Mexico → Canada: 14 women and 3 men depart on 2026-03-20; two of the
/// women come home on 2026-05-10. On 2026-05-31, 12 women and 3 men are
/// abroad: the men's cell rests on fewer than ten people.
async fn seed(app: &TestApp) -> Vec<PlacementId> {
    let store = app.store();
    let a = Actor::system();
    let c = DemoCorridor::MexicoCanada;
    let programme = store.insert_programme(&a, &c.programme()).await.unwrap();
    let employer = store
        .insert_employer(&a, &examples::employer(c, "Leamington Greenhouses", 1))
        .await
        .unwrap();
    let spec = examples::job_order(
        c,
        programme.id,
        employer.id,
        None,
        c.occupations()[0],
        30,
        d(2026, 4, 1),
    );
    let jo = store
        .insert_job_order(&a, &spec, JobOrderStatus::Open, d(2026, 1, 10))
        .await
        .unwrap();
    let mut ids = vec![];
    for i in 0..17 {
        let sex = if i < 14 { Sex::Female } else { Sex::Male };
        let w = examples::worker(c, "Ana", "Cruz", sex, d(1985 + i, 2, 3));
        let w = store
            .insert_worker(&a, &w, &[ConsentPurpose::Statistics])
            .await
            .unwrap();
        let p = store
            .create_placement(&a, jo.id, w.id, d(2026, 1, 15), "")
            .await
            .unwrap()
            .placement
            .id;
        use PlacementStatus::*;
        let mut path = vec![
            (Applied, Shortlisted, d(2026, 1, 20)),
            (Shortlisted, Selected, d(2026, 2, 1)),
            (Selected, ContractSigned, d(2026, 2, 10)),
            (ContractSigned, OrientationDone, d(2026, 2, 20)),
            (OrientationDone, VisaIssued, d(2026, 3, 1)),
            (VisaIssued, Departed, d(2026, 3, 20)),
        ];
        if i < 2 {
            path.push((Departed, Arrived, d(2026, 3, 21)));
            path.push((Arrived, Employed, d(2026, 3, 23)));
            path.push((Employed, Completed, d(2026, 5, 1)));
            path.push((Completed, Returned, d(2026, 5, 10)));
        }
        for (from, to, on) in path {
            let req = TransitionRequest {
                to,
                occurred_on: Some(on),
                note: String::new(),
                end_reason: None,
                contract: None,
            };
            store
                .transition_placement(&a, p, from, &req, on)
                .await
                .unwrap();
        }
        ids.push(p);
    }
    ids
}

async fn get(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    accept: Option<&str>,
) -> (StatusCode, String, String) {
    let mut req = app.http.get(app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(a) = accept {
        req = req.header("accept", a);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let ct = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, ct, res.text().await.unwrap())
}

fn total(body: &str) -> Option<f64> {
    let t: Value = serde_json::from_str(body).unwrap();
    t["observations"][0]["value"].as_f64()
}

/// The attack of the finding: two departure tables one day apart. Both
/// are now refused, each with every problem and what is accepted; a
/// calendar quarter given as from/to, or as `period`, is the same table.
async fn arbitrary_periods_are_refused(app: TestApp) {
    seed(&app).await;
    for bad in [
        "/api/v1/stats/departures?from=2026-03-20&to=2026-06-30",
        "/api/v1/stats/departures?from=2026-03-21&to=2026-06-30",
        "/api/v1/stats/departures?period=2026-13",
        "/api/v1/stats/departures?from=2026-01-01",
        "/api/v1/stats/stock-abroad?date=2026-03-20",
        "/api/v1/stats/departures?period=2026-Q1&cross=year",
    ] {
        let (status, ct, body) = get(&app, bad, None, None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {body}");
        assert_eq!(ct, "application/problem+json");
        let p: Value = serde_json::from_str(&body).unwrap();
        assert!(!p["violations"].as_array().unwrap().is_empty(), "{body}");
        if !bad.contains("cross=year") {
            assert!(
                body.contains("period=2025-Q1"),
                "says what is accepted: {body}"
            );
        }
    }
    // Two problems at once are both listed.
    let (status, _, body) = get(
        &app,
        "/api/v1/stats/departures?period=2026-Q5&cross=nationality",
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let p: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(p["violations"].as_array().unwrap().len(), 2, "{body}");
    let (_, _, by_range) = get(
        &app,
        "/api/v1/stats/departures?from=2026-01-01&to=2026-03-31&cross=sex",
        None,
        None,
    )
    .await;
    let (status, _, by_period) = get(
        &app,
        "/api/v1/stats/departures?period=2026-Q1&cross=sex",
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_range, by_period);
    assert!(by_period.contains("calendar months, quarters and years"));
    // The API description says what else a table may answer.
    let (_, _, doc) = get(&app, "/api/v1/openapi.json", None, None).await;
    let doc: Value = serde_json::from_str(&doc).unwrap();
    let responses = &doc["paths"]["/api/v1/stats/departures"]["get"]["responses"];
    for status in ["422", "429", "503"] {
        assert!(responses[status].is_object(), "{status} undocumented");
    }
}

/// A table is computed once and kept until the records change: a new
/// departure is seen by the next request, and while nothing changes a
/// cached table is answered without the database.
async fn cached_until_the_records_change(app: TestApp) {
    seed(&app).await;
    let path = "/api/v1/stats/departures?period=2026";
    let (_, _, first) = get(&app, path, None, None).await;
    assert_eq!(total(&first), Some(17.0), "{first}");
    // One more departure, written through the store as any action does.
    depart_one_more(&app).await;
    let (_, _, second) = get(&app, path, None, None).await;
    assert_eq!(
        total(&second),
        Some(18.0),
        "the write invalidated the cache"
    );
    // No write since: the same table comes from the cache, even with the
    // database gone.
    app.store().close().await;
    let (status, _, third) = get(&app, path, None, None).await;
    assert_eq!(status, StatusCode::OK, "{third}");
    assert_eq!(third, second);
    let (status, _, _) = get(&app, "/api/v1/stats/departures?period=2026-Q1", None, None).await;
    assert_ne!(
        status,
        StatusCode::OK,
        "an uncached table needs the database"
    );
}

async fn depart_one_more(app: &TestApp) {
    let store = app.store();
    let a = Actor::system();
    let jo = store
        .job_orders(&Default::default(), corridor_store::Page::all())
        .await
        .unwrap()
        .items[0]
        .id;
    let c = DemoCorridor::MexicoCanada;
    let w = examples::worker(c, "Luz", "Mora", Sex::Female, d(1990, 1, 1));
    let w = store.insert_worker(&a, &w, &[]).await.unwrap();
    let p = store
        .create_placement(&a, jo, w.id, d(2026, 1, 15), "")
        .await
        .unwrap()
        .placement
        .id;
    use PlacementStatus::*;
    for (from, to, on) in [
        (Applied, Shortlisted, d(2026, 1, 20)),
        (Shortlisted, Selected, d(2026, 2, 1)),
        (Selected, ContractSigned, d(2026, 2, 10)),
        (ContractSigned, OrientationDone, d(2026, 2, 20)),
        (OrientationDone, VisaIssued, d(2026, 3, 1)),
        (VisaIssued, Departed, d(2026, 3, 25)),
    ] {
        let req = TransitionRequest {
            to,
            occurred_on: Some(on),
            note: String::new(),
            end_reason: None,
            contract: None,
        };
        store
            .transition_placement(&a, p, from, &req, on)
            .await
            .unwrap();
    }
}

/// A crossing too large to compute is refused before any work, naming the
/// estimate and the limit.
async fn heavy_crossings_are_refused_before_work(app: TestApp) {
    seed(&app).await;
    let (status, _, body) = get(
        &app,
        "/api/v1/stats/departures?period=2026&cross=isco2,age,un_duration",
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let p: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(p["violations"][0]["rule"], "too_much_work", "{body}");
    assert!(body.contains("at most"), "{body}");
}

/// Each client has an allowance of computations: an anonymous address
/// that asks for many new tables gets 429 with Retry-After, tables already
/// computed are still answered, and a signed-in account has its own.
async fn clients_have_an_allowance_of_computations(app: TestApp) {
    seed(&app).await;
    let months: Vec<String> = (2024..=2026)
        .flat_map(|y| (1..=12).map(move |m| format!("{y}-{m:02}")))
        .collect();
    let mut refused = None;
    for (i, m) in months.iter().enumerate() {
        let res = app
            .http
            .get(app.url(&format!("/api/v1/stats/departures?period={m}")))
            .send()
            .await
            .unwrap();
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            let retry: u64 = res.headers()["retry-after"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!(retry >= 1);
            refused = Some(i);
            break;
        }
        assert_eq!(res.status(), StatusCode::OK);
    }
    let at = refused.expect("an allowance runs out");
    // (It grows back by one every two seconds while the loop runs.)
    assert!(at >= corridor_server::publication::BURST as usize, "{at}");
    // Already computed: answered.
    let (status, _, _) = get(&app, "/api/v1/stats/departures?period=2024-01", None, None).await;
    assert_eq!(status, StatusCode::OK);
    // A signed-in account is counted on its own.
    let token = app
        .user(
            "researcher@example.org",
            Role::Researcher,
            None,
            None,
            None,
            None,
        )
        .await;
    let (status, _, body) = get(
        &app,
        "/api/v1/stats/departures?period=2026-Q3",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // The pages share the allowance and say so in the page's language.
    for y in 2010..2020 {
        let (status, _, _) = get(
            &app,
            &format!("/api/v1/stats/returns?period={y}"),
            None,
            None,
        )
        .await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
    }
    let (status, _, page) = get(&app, "/stats/departures?period=2026-Q4&lang=es", None, None).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("Ha pedido muchas tablas nuevas"), "{page}");
}

on_both_backends!(
    arbitrary_periods_are_refused,
    cached_until_the_records_change,
    heavy_crossings_are_refused_before_work,
    clients_have_an_allowance_of_computations,
);
