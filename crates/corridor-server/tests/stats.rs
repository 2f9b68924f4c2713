//! The evidence base over HTTP: the public statistics API and pages serve
//! protected tables only (a small cell is withheld, its value absent, and
//! enough others that it cannot be recovered), no parameter weakens the
//! protection, a researcher token downloads SDMX-CSV, and a stock equals a
//! direct count of the records. On SQLite, and on PostgreSQL when
//! `DATABASE_URL` is set.

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
use corridor_store::{Actor, Page, PlacementFilter};
use reqwest::StatusCode;
use serde_json::Value;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The reference date of the scenario's stock.
const ON: &str = "2026-05-31";

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

fn observation<'a>(table: &'a Value, key: &[(&str, &str)]) -> &'a Value {
    table["observations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| key.iter().all(|(k, v)| o["key"][k] == *v))
        .unwrap_or_else(|| panic!("no observation {key:?}"))
}

fn withheld(o: &Value) -> bool {
    o["flags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "suppressed")
}

/// Anonymous callers get protected tables: the men's cell (3 people) is
/// withheld with no value and no count, and enough else is withheld that
/// it cannot be worked out from what is published; every published cell
/// rests on at least ten people. The same holds in CSV and SDMX-CSV.
async fn anonymous_tables_are_protected(app: TestApp) {
    seed(&app).await;
    let (status, ct, body) = get(
        &app,
        &format!("/api/v1/stats/stock-abroad?date={ON}&cross=sex"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(ct.starts_with("application/json"), "{ct}");
    let t: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(t["disclosure"]["min_unweighted_count"], 10);
    assert_eq!(t["metadata"]["source"]["reference"], ON);
    let men = observation(&t, &[("SEX", "M")]);
    assert!(withheld(men));
    assert!(men["value"].is_null() && men["unweighted_count"].is_null());
    assert_eq!(men["conf_status"], "A");
    let women = observation(&t, &[("SEX", "F")]);
    let total = observation(&t, &[("SEX", "_T")]);
    // Men = total − women: at least one of those must be withheld too.
    assert!(
        withheld(women) || withheld(total),
        "the men's cell could be recovered by subtraction: {body}"
    );
    for o in t["observations"].as_array().unwrap() {
        if !withheld(o) {
            let n = o["unweighted_count"].as_u64().unwrap();
            assert!(n == 0 || n >= 10, "a published cell rests on {n} people");
        }
    }

    let (status, ct, csv) = get(
        &app,
        &format!("/api/v1/stats/stock-abroad?date={ON}&cross=sex&format=csv"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(ct.starts_with("text/csv"), "{ct}");
    let men_row = csv.lines().find(|l| l.starts_with("M,")).unwrap();
    let fields: Vec<&str> = men_row.split(',').collect();
    assert_eq!(fields[1], "", "value withheld: {men_row}");
    assert_eq!(fields[2], "", "count withheld: {men_row}");
    assert!(men_row.contains("suppressed"));

    let (status, ct, sdmx) = get(
        &app,
        &format!("/api/v1/stats/stock-abroad?date={ON}&cross=sex"),
        None,
        Some("application/vnd.sdmx.data+csv; version=2.0.0"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(ct.starts_with("application/vnd.sdmx.data+csv"), "{ct}");
    let header: Vec<&str> = sdmx.lines().next().unwrap().split(',').collect();
    let value_at = header.iter().position(|h| *h == "OBS_VALUE").unwrap();
    let conf_at = header.iter().position(|h| *h == "CONF_STATUS").unwrap();
    let sex_at = header.iter().position(|h| *h == "SEX").unwrap();
    let men: Vec<&str> = sdmx
        .lines()
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|f| f[sex_at] == "M")
        .unwrap();
    assert_eq!(men[value_at], "");
    assert_eq!(men[conf_at], "A");
}

/// There is no way to ask for less protection: thresholds below ten are
/// refused (400, naming the parameter), a higher one withholds more, and
/// parameters that do not exist change nothing.
async fn thresholds_cannot_be_lowered(app: TestApp) {
    seed(&app).await;
    for n in ["0", "1", "9"] {
        let (status, ct, body) = get(
            &app,
            &format!("/api/v1/stats/stock-abroad?date={ON}&cross=sex&min_count={n}"),
            None,
            None,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "min_count={n}: {body}");
        assert_eq!(ct, "application/problem+json");
        let p: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(common::rules(&p), vec!["below_disclosure_threshold"]);
        assert_eq!(p["violations"][0]["field"], "min_count");
    }
    // Stricter is allowed: at 15, the women's 12 are withheld too.
    let (status, _, body) = get(
        &app,
        &format!("/api/v1/stats/stock-abroad?date={ON}&cross=sex&min_count=15"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let t: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(t["disclosure"]["min_unweighted_count"], 15);
    assert!(withheld(observation(&t, &[("SEX", "F")])));
    // Unknown parameters are not switches.
    for extra in ["unprotected=true", "protect=false", "policy=none"] {
        let (status, _, body) = get(
            &app,
            &format!("/api/v1/stats/stock-abroad?date={ON}&cross=sex&{extra}"),
            None,
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let t: Value = serde_json::from_str(&body).unwrap();
        assert!(withheld(observation(&t, &[("SEX", "M")])), "{extra}");
    }
    // The page refuses the same way.
    let (status, _, _) = get(
        &app,
        &format!("/stats/stock-abroad?date={ON}&cross=sex&min_count=1"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Every statistics operation the API documents answers anonymous callers
/// with a protected table (or the catalogue): nothing unprotected is
/// reachable.
async fn every_stats_route_is_protected(app: TestApp) {
    seed(&app).await;
    let (status, _, body) = get(&app, "/api/v1/stats", None, None).await;
    assert_eq!(status, StatusCode::OK);
    let catalogue: Value = serde_json::from_str(&body).unwrap();
    let figures = catalogue["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 14);
    let (_, _, doc) = get(&app, "/api/v1/openapi.json", None, None).await;
    let doc: Value = serde_json::from_str(&doc).unwrap();
    let documented: Vec<&String> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|p| p.starts_with("/api/v1/stats/"))
        .collect();
    assert_eq!(documented.len(), figures.len());
    for f in figures {
        let href = f["href"].as_str().unwrap();
        assert!(documented.iter().any(|p| *p == href), "{href} undocumented");
        // Default reference, crossed by corridor: the scenario's one
        // corridor has cells under ten for every figure.
        let (status, _, body) = get(&app, &format!("{href}?cross=corridor"), None, None).await;
        assert_eq!(status, StatusCode::OK, "{href}: {body}");
        let t: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            t["disclosure"]["method"], "threshold rule with secondary suppression",
            "{href}"
        );
        assert!(t["disclosure"]["min_unweighted_count"].as_u64().unwrap() >= 10);
        for o in t["observations"].as_array().unwrap() {
            if withheld(o) {
                assert!(o["value"].is_null(), "{href}: withheld value leaked");
            } else {
                let n = o["unweighted_count"].as_u64().unwrap();
                assert!(n == 0 || n >= 10, "{href}: published cell on {n}");
            }
        }
    }
    // Bad requests are problems, not tables.
    for (bad, expected) in [
        (
            "/api/v1/stats/stock-abroad?cross=nationality",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/stats/stock-abroad?cross=end_reason",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/stats/departures?date=2026-05-31",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/stats/departures?from=2026-06-01&to=2026-01-01",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/stats/stock-abroad?format=xlsx",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let (status, ct, body) = get(&app, bad, None, None).await;
        assert_eq!(status, expected, "{bad}: {body}");
        assert_eq!(ct, "application/problem+json");
    }
}

/// A researcher's token downloads SDMX-CSV (by `format=` and by `Accept`),
/// the same protected table anonymous callers get.
async fn researcher_downloads_sdmx(app: TestApp) {
    seed(&app).await;
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
    let path = "/api/v1/stats/departures?period=2026&cross=corridor,sex,quarter";
    let (status, ct, by_param) =
        get(&app, &format!("{path}&format=sdmx"), Some(&token), None).await;
    assert_eq!(status, StatusCode::OK, "{by_param}");
    assert!(ct.starts_with("application/vnd.sdmx.data+csv"), "{ct}");
    assert!(by_param.starts_with(
        "STRUCTURE,STRUCTURE_ID,ACTION,CORRIDOR,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MEASURE"
    ));
    let rows: Vec<Vec<&str>> = by_param
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    assert!(
        rows.iter()
            .all(|r| r[1] == "CORRIDOR:DF_DEPARTURES(1.0)" && r[2] == "I")
    );
    let men_q1 = rows
        .iter()
        .find(|r| r[3] == "MEX-CAN" && r[4] == "M" && r[5] == "2026-Q1")
        .unwrap();
    assert_eq!(men_q1[6], "", "three men: withheld");
    assert_eq!(men_q1[8], "A");
    let all = rows
        .iter()
        .find(|r| r[3] == "_T" && r[4] == "_T" && r[5] == "_T")
        .unwrap();
    assert_eq!(all[6], "17");
    let (_, _, by_accept) = get(
        &app,
        path,
        Some(&token),
        Some("application/vnd.sdmx.data+csv; version=2.0.0"),
    )
    .await;
    let (_, _, anonymous) = get(&app, &format!("{path}&format=sdmx"), None, None).await;
    assert_eq!(by_param, by_accept);
    assert_eq!(
        by_param, anonymous,
        "researchers see the same protected table"
    );
}

/// The stock abroad on a date equals a direct count of the records: the
/// placements whose status is an abroad status (nothing in the scenario
/// happens after the date), and flows add up with it.
async fn stock_equals_direct_count(app: TestApp) {
    let ids = seed(&app).await;
    let all = app
        .store()
        .placements(&PlacementFilter::default(), Page::all())
        .await
        .unwrap();
    assert_eq!(all.items.len(), ids.len());
    let abroad = all
        .items
        .iter()
        .filter(|p| p.placement.status.is_abroad())
        .count();
    let (_, _, body) = get(
        &app,
        &format!("/api/v1/stats/stock-abroad?date={ON}"),
        None,
        None,
    )
    .await;
    let t: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        t["observations"][0]["value"].as_f64().unwrap() as usize,
        abroad
    );
    assert_eq!(abroad, 15);
    // Seventeen departures, two of them back: the two returns rest on
    // fewer than ten people and are withheld, value and all.
    let one = |path: String| {
        let app = &app;
        async move {
            let (_, _, body) = get(app, &path, None, None).await;
            let t: Value = serde_json::from_str(&body).unwrap();
            t["observations"][0].clone()
        }
    };
    let departures = one("/api/v1/stats/departures?period=2026-Q1".to_string()).await;
    assert_eq!(departures["value"].as_f64(), Some(17.0));
    let returns = one("/api/v1/stats/returns?period=2026-Q2".to_string()).await;
    assert!(withheld(&returns) && returns["value"].is_null());
    // The same stock by quarter: at the end of 2026-Q1 all seventeen were
    // abroad; by the reference date two had come home.
    let (_, _, body) = get(
        &app,
        "/api/v1/stats/stock-abroad?period=2026&cross=quarter",
        None,
        None,
    )
    .await;
    let t: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        observation(&t, &[("TIME_PERIOD", "2026-Q1")])["value"].as_f64(),
        Some(17.0)
    );
    assert_eq!(
        observation(&t, &[("TIME_PERIOD", "2026-Q2")])["value"].as_f64(),
        Some(abroad as f64)
    );
}

/// The statistics page shows protected tables with their source,
/// definition, method and uncertainty beside them, in two languages, and
/// charts as SVG; home and the researcher's dashboard link to it.
async fn pages_show_protected_tables_with_their_metadata(app: TestApp) {
    seed(&app).await;
    let (status, ct, html) = get(&app, "/stats", None, None).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(ct.starts_with("text/html"));
    for label in [
        "Source",
        "Definition",
        "Method",
        "Uncertainty",
        "Disclosure control",
        "<svg",
    ] {
        assert!(html.contains(label), "{label} missing");
    }
    assert!(!html.contains("<script"), "no JavaScript");
    let (_, _, es) = get(&app, "/stats?lang=es", None, None).await;
    for label in ["Fuente", "Definición", "Método", "Incertidumbre"] {
        assert!(es.contains(label), "{label} missing");
    }
    // One figure, crossed by sex: the men's cell is marked withheld where
    // its number would be, and the page links the protected downloads.
    let (status, _, page) = get(
        &app,
        &format!("/stats/stock-abroad?date={ON}&cross=sex"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let men_row = page
        .split("<tr")
        .find(|r| r.contains(">Men<"))
        .expect("a row for men");
    assert!(men_row.contains("withheld"), "{men_row}");
    assert!(!men_row.contains(">3<"), "{men_row}");
    assert!(
        page.contains("/api/v1/stats/stock-abroad?date=2026-05-31&amp;cross=sex&amp;format=sdmx")
    );
    let (status, _, _) = get(&app, "/stats/no-such-figure", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A mistyped date is said to be one, not silently replaced.
    let (status, _, page) = get(&app, "/stats/stock-abroad?date=2026-13-01", None, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("is not a date"), "{page}");
    // The chart on its own, as SVG.
    let res = app
        .http
        .get(app.url("/stats/departures/chart.svg?period=2026&cross=quarter,corridor"))
        .send()
        .await
        .unwrap();
    let status = res.status();
    let header = |name: &str| {
        res.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let (ct, csp) = (header("content-type"), header("content-security-policy"));
    let svg = res.text().await.unwrap();
    assert_eq!(status, StatusCode::OK);
    assert!(ct.starts_with("image/svg+xml"), "{ct}");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(svg.starts_with("<svg") && svg.contains("2026-Q1"));
    // Links from home and from the researcher's dashboard.
    let (_, _, home) = get(&app, "/", None, None).await;
    assert!(home.contains("href=\"/stats\""));
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
    let (status, _, dashboard) = get(&app, "/dashboard", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK, "{dashboard}");
    assert!(dashboard.contains("href=\"/stats\""));
}

on_both_backends!(
    anonymous_tables_are_protected,
    thresholds_cannot_be_lowered,
    every_stats_route_is_protected,
    researcher_downloads_sdmx,
    stock_equals_direct_count,
    pages_show_protected_tables_with_their_metadata,
);
