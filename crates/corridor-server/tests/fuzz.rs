//! Fuzzing of every parser of outside input the server has: JSON request
//! bodies (the `ApiJson` extractor over every body type the API takes),
//! query strings (the lists' paging and filters, the statistics queries,
//! the pages' lists) and the pages' forms (`FormData`).
//!
//! Each request goes through the whole application (`corridor_server::app`,
//! called in process, without a socket) on a SQLite database holding one
//! record of each kind and one account per role, with the caller's
//! credentials. The property: no panic and no server error — every answer
//! is below 500, and an API error is a problem document
//! (`application/problem+json`).
//!
//! Bodies are arbitrary bytes, or valid bodies (built from the domain's
//! examples) structurally mutated: members removed, added or replaced by
//! values of any type (extreme numbers, long or odd strings, nested
//! arrays and objects). Case counts are sized for CI; `PROPTEST_CASES`
//! raises them (`scripts/fuzz-long`).

use axum::body::Body;
use axum::http::{Method, Request, header};
use chrono::NaiveDate;
use corridor_domain::access::Role;
use corridor_domain::codes::{CountryCode, CurrencyCode, Sex};
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{AgencyId, EmployerId, UserId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::ledger::{Party, PaymentCategory, PaymentSpec};
use corridor_domain::money::Money;
use corridor_domain::organisation::LicenceStatus;
use corridor_domain::worker::ConsentPurpose;
use corridor_server::{AppState, ServerConfig};
use corridor_store::testing::TestDb;
use corridor_store::{Actor, NewUser, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};
use tower::ServiceExt;

/// Cases per property: `PROPTEST_CASES` when set (the long run), else
/// `default` (sized for CI).
fn config(default: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default),
        failure_persistence: None,
        ..Config::default()
    }
}

/// A signed-in caller: an API token, and a browser session with its CSRF
/// token.
#[derive(Clone)]
struct Caller {
    token: String,
    session: String,
    csrf: String,
}

/// The application on a database with one record of each kind.
struct World {
    rt: tokio::runtime::Runtime,
    app: axum::Router,
    _db: TestDb,
    callers: Vec<(Role, Caller)>,
    ids: Ids,
}

#[derive(Clone, Copy)]
struct Ids {
    programme: i64,
    employer: i64,
    agency: i64,
    job_order: i64,
    worker: i64,
    placement: i64,
    user: i64,
}

async fn caller(store: &Store, email: &str, role: Role, user: NewUser) -> (Role, Caller, i64) {
    let u = store
        .create_user(
            &Actor::system(),
            &NewUser {
                email: email.into(),
                display_name: email.into(),
                role,
                ..user
            },
        )
        .await
        .unwrap();
    // Officials and administrators act only with two-step sign-in on.
    if role.requires_two_factor() {
        store
            .enable_two_factor(
                &Actor::system(),
                u.id,
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                0,
                &[],
            )
            .await
            .unwrap();
    }
    let token = corridor_server::auth::new_token();
    store
        .create_api_token(
            u.id,
            &corridor_server::auth::token_hash(&token),
            "fuzz",
            None,
        )
        .await
        .unwrap();
    let session = corridor_server::auth::new_token();
    let csrf = corridor_server::auth::new_token();
    store
        .create_session(
            u.id,
            &corridor_server::auth::token_hash(&session),
            &csrf,
            chrono::Utc::now() + chrono::Duration::days(1),
            None,
            "full",
        )
        .await
        .unwrap();
    (
        role,
        Caller {
            token,
            session,
            csrf,
        },
        u.id.0,
    )
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn world() -> World {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (db, callers, ids) = rt.block_on(async {
        let db = TestDb::sqlite().await;
        let s = &db.store;
        let a = Actor::system();
        let c = DemoCorridor::MexicoCanada;
        let p = s.insert_programme(&a, &c.programme()).await.unwrap();
        let e = s
            .insert_employer(&a, &examples::employer(c, "Greenhouse Co-op", 1))
            .await
            .unwrap();
        let ag = s
            .insert_agency(
                &a,
                &examples::agency(c, "Fair Hire MX", LicenceStatus::Active),
            )
            .await
            .unwrap();
        let today = chrono::Utc::now().date_naive();
        let spec = examples::job_order(
            c,
            p.id,
            e.id,
            Some(ag.id),
            examples::FRUIT_PICKER,
            3,
            today + chrono::Duration::days(90),
        );
        let jo = s
            .insert_job_order(&a, &spec, JobOrderStatus::Open, today)
            .await
            .unwrap();
        let w = s
            .insert_worker(
                &a,
                &examples::worker(c, "Ana", "López", Sex::Female, day(1994, 5, 17)),
                &[
                    ConsentPurpose::Matching,
                    ConsentPurpose::SharingWithEmployers,
                ],
            )
            .await
            .unwrap();
        let pl = s
            .create_placement(&a, jo.id, w.id, today, "applied")
            .await
            .unwrap();
        let hash = corridor_server::auth::hash_password("a long password here").unwrap();
        let base = NewUser {
            email: String::new(),
            display_name: String::new(),
            password_hash: hash,
            role: Role::Worker,
            worker_id: None,
            employer_id: None,
            agency_id: None,
            country: None,
        };
        let mex = Some(CountryCode::parse("MEX").unwrap());
        let can = Some(CountryCode::parse("CAN").unwrap());
        let mut callers = Vec::new();
        let mut user = 0;
        for (email, role, user_spec) in [
            ("admin@fuzz.example", Role::Admin, base.clone()),
            (
                "origin@fuzz.example",
                Role::OriginOfficial,
                NewUser {
                    country: mex.clone(),
                    ..base.clone()
                },
            ),
            (
                "destination@fuzz.example",
                Role::DestinationOfficial,
                NewUser {
                    country: can,
                    ..base.clone()
                },
            ),
            (
                "employer@fuzz.example",
                Role::Employer,
                NewUser {
                    employer_id: Some(EmployerId(e.id.0)),
                    ..base.clone()
                },
            ),
            (
                "recruiter@fuzz.example",
                Role::Recruiter,
                NewUser {
                    agency_id: Some(AgencyId(ag.id.0)),
                    ..base.clone()
                },
            ),
            (
                "worker@fuzz.example",
                Role::Worker,
                NewUser {
                    worker_id: Some(WorkerId(w.id.0)),
                    ..base.clone()
                },
            ),
            ("researcher@fuzz.example", Role::Researcher, base.clone()),
        ] {
            let (role, c, id) = caller(s, email, role, user_spec).await;
            user = id;
            callers.push((role, c));
        }
        let ids = Ids {
            programme: p.id.0,
            employer: e.id.0,
            agency: ag.id.0,
            job_order: jo.id.0,
            worker: w.id.0,
            placement: pl.placement.id.0,
            user,
        };
        (db, callers, ids)
    });
    let app = corridor_server::app(AppState::new(db.store.clone(), ServerConfig::local()));
    World {
        rt,
        app,
        _db: db,
        callers,
        ids,
    }
}

impl World {
    fn caller(&self, role: Option<Role>) -> Option<&Caller> {
        role.map(|r| {
            &self
                .callers
                .iter()
                .find(|(x, _)| *x == r)
                .expect("a caller of each role")
                .1
        })
    }

    /// Sends one request; checks the answer is no server error and, for
    /// the API, that an error is a problem document.
    fn send(
        &self,
        method: Method,
        uri: &str,
        role: Option<Role>,
        content_type: Option<&str>,
        body: Vec<u8>,
        page: bool,
    ) -> Result<u16, TestCaseError> {
        let mut req = Request::builder().method(method.clone()).uri(uri);
        if let Some(c) = self.caller(role) {
            req = if page {
                req.header(header::COOKIE, format!("corridor_session={}", c.session))
            } else {
                req.header(header::AUTHORIZATION, format!("Bearer {}", c.token))
            };
        }
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        let req = match req.body(Body::from(body)) {
            Ok(r) => r,
            // Not a request a client could send (an invalid URI).
            Err(_) => return Ok(0),
        };
        let (status, ct, text) = self.rt.block_on(async {
            let res = self.app.clone().oneshot(req).await.unwrap();
            let status = res.status();
            let ct = res
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let bytes = axum::body::to_bytes(res.into_body(), 1 << 24)
                .await
                .unwrap_or_default();
            (status, ct, String::from_utf8_lossy(&bytes).into_owned())
        });
        prop_assert!(
            !status.is_server_error(),
            "{method} {uri} as {role:?} → {status}: {text}"
        );
        if !page && uri.starts_with("/api/") && status.is_client_error() {
            prop_assert_eq!(
                ct.as_str(),
                "application/problem+json",
                "{} {} → {}: {}",
                method,
                uri,
                status,
                text
            );
        }
        Ok(status.as_u16())
    }
}

/// Every JSON body the API takes: method, path, caller, a valid example.
fn bodies(ids: Ids) -> Vec<(Method, String, Option<Role>, Value)> {
    let c = DemoCorridor::MexicoCanada;
    let today = chrono::Utc::now().date_naive();
    let profile = serde_json::to_value(examples::worker(
        c,
        "Luis",
        "Pérez",
        Sex::Male,
        day(1990, 2, 3),
    ))
    .unwrap();
    let programme = serde_json::to_value(c.programme()).unwrap();
    let employer = serde_json::to_value(examples::employer(c, "Orchard Ltd", 2)).unwrap();
    let agency =
        serde_json::to_value(examples::agency(c, "Hire Right", LicenceStatus::Active)).unwrap();
    let job_order = serde_json::to_value(examples::job_order(
        c,
        corridor_domain::ids::ProgrammeId(ids.programme),
        EmployerId(ids.employer),
        Some(AgencyId(ids.agency)),
        examples::FRUIT_PICKER,
        2,
        today + chrono::Duration::days(60),
    ))
    .unwrap();
    let payment = serde_json::to_value(PaymentSpec {
        payer: Party::Employer,
        payee: Party::Agency,
        category: PaymentCategory::RecruitmentService,
        amount: Money::parse("350.00", CurrencyCode::parse("CAD").unwrap()).unwrap(),
        paid_on: today,
        note: String::new(),
    })
    .unwrap();
    let (p, e, a, w, pl) = (
        ids.programme,
        ids.employer,
        ids.agency,
        ids.worker,
        ids.placement,
    );
    use Method as M;
    use Role as R;
    vec![
        (
            M::POST,
            "/api/v1/tokens".into(),
            None,
            json!({"email": "worker@fuzz.example", "password": "wrong password here"}),
        ),
        (
            M::POST,
            "/api/v1/register".into(),
            None,
            json!({"email": "new@fuzz.example", "password": "a long password here", "profile": profile, "consents": ["matching"]}),
        ),
        (
            M::POST,
            "/api/v1/programmes".into(),
            Some(R::OriginOfficial),
            programme.clone(),
        ),
        (
            M::PUT,
            format!("/api/v1/programmes/{p}"),
            Some(R::OriginOfficial),
            programme,
        ),
        (
            M::POST,
            "/api/v1/employers".into(),
            Some(R::DestinationOfficial),
            employer.clone(),
        ),
        (
            M::PUT,
            format!("/api/v1/employers/{e}"),
            Some(R::DestinationOfficial),
            employer,
        ),
        (
            M::POST,
            format!("/api/v1/employers/{e}/events"),
            Some(R::DestinationOfficial),
            json!({"action": "reinstate", "reason": "fuzz"}),
        ),
        (
            M::POST,
            "/api/v1/agencies".into(),
            Some(R::OriginOfficial),
            agency.clone(),
        ),
        (
            M::PUT,
            format!("/api/v1/agencies/{a}"),
            Some(R::OriginOfficial),
            agency,
        ),
        (
            M::POST,
            format!("/api/v1/agencies/{a}/licence-events"),
            Some(R::OriginOfficial),
            json!({"action": "renew", "reason": "fuzz", "valid_until": "2030-01-01"}),
        ),
        (
            M::POST,
            "/api/v1/job-orders".into(),
            Some(R::Employer),
            job_order,
        ),
        (
            M::POST,
            "/api/v1/workers".into(),
            Some(R::OriginOfficial),
            json!({"profile": profile, "consents": ["matching"]}),
        ),
        (
            M::PUT,
            format!("/api/v1/workers/{w}"),
            Some(R::Worker),
            profile,
        ),
        (
            M::POST,
            format!("/api/v1/workers/{w}/consents"),
            Some(R::Worker),
            json!({"purpose": "sharing_with_employers", "given": true}),
        ),
        (
            M::POST,
            "/api/v1/placements".into(),
            Some(R::Worker),
            json!({"job_order_id": ids.job_order, "note": ""}),
        ),
        (
            M::POST,
            format!("/api/v1/placements/{pl}/transitions"),
            Some(R::Employer),
            json!({"to": "shortlisted", "note": "fuzz", "occurred_on": today}),
        ),
        (
            M::POST,
            format!("/api/v1/placements/{pl}/payments"),
            Some(R::Recruiter),
            payment,
        ),
        (
            M::POST,
            "/api/v1/proposals".into(),
            Some(R::Recruiter),
            json!({"job_order_id": ids.job_order, "worker_id": w, "note": "fuzz"}),
        ),
        (
            M::POST,
            "/api/v1/match-rounds".into(),
            Some(R::OriginOfficial),
            json!({"programme_id": p, "mechanism": "optimal"}),
        ),
        (
            M::POST,
            "/api/v1/match-rounds/1/confirm".into(),
            Some(R::OriginOfficial),
            json!({"step": "shortlisted"}),
        ),
        (
            M::POST,
            "/api/v1/users".into(),
            Some(R::Admin),
            json!({"email": "made@fuzz.example", "password": "a long password here", "display_name": "Made", "role": "researcher"}),
        ),
        (
            M::POST,
            format!("/api/v1/users/{}/password", ids.user),
            Some(R::Admin),
            json!({"password": "another long password"}),
        ),
    ]
}

/// JSON values of every kind, including the extremes of numbers.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            Just(i64::MAX),
            Just(i64::MIN),
            Just(i64::from(u32::MAX)),
            Just(i64::from(i32::MIN)),
            Just(-1),
            Just(0)
        ]
        .prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        any::<f64>().prop_map(Value::from),
        Just(json!(1e308)),
        Just(json!(-0.0)),
        Just(json!(0.5)),
        ".{0,24}".prop_map(Value::from),
        "[0-9]{1,30}(\\.[0-9]{1,30})?".prop_map(Value::from),
        "-?[0-9]{4,6}-[0-9]{1,2}-[0-9]{1,2}".prop_map(Value::from),
        "[A-Z]{2,4}".prop_map(Value::from),
        Just(Value::from("x".repeat(10_000))),
        Just(Value::from("")),
        Just(Value::from("\u{0}\u{feff}\u{202e}")),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum JsonEdit {
    Replace(Vec<usize>, Value),
    Remove(Vec<usize>),
    Insert(Vec<usize>, String, Value),
    /// Wrap the value at the path in an array (a common type confusion).
    Wrap(Vec<usize>),
}

fn json_edits() -> impl Strategy<Value = Vec<JsonEdit>> {
    let path = prop::collection::vec(any::<usize>(), 0..6);
    let edit = prop_oneof![
        5 => (path.clone(), json_value()).prop_map(|(p, v)| JsonEdit::Replace(p, v)),
        2 => path.clone().prop_map(JsonEdit::Remove),
        1 => (path.clone(), "[a-z_]{1,12}", json_value())
            .prop_map(|(p, k, v)| JsonEdit::Insert(p, k, v)),
        1 => path.prop_map(JsonEdit::Wrap),
    ];
    prop::collection::vec(edit, 1..5)
}

/// The container a path of seeds leads to and the child it picks.
fn walk<'a>(mut v: &'a mut Value, path: &[usize]) -> (&'a mut Value, Option<usize>) {
    for (depth, &seed) in path.iter().enumerate() {
        let n = match v {
            Value::Array(a) => a.len(),
            Value::Object(o) => o.len(),
            _ => 0,
        };
        if n == 0 {
            break;
        }
        if depth + 1 == path.len() {
            return (v, Some(seed % n));
        }
        v = match v {
            Value::Array(a) => &mut a[seed % n],
            Value::Object(o) => o.values_mut().nth(seed % n).unwrap(),
            _ => unreachable!(),
        };
    }
    (v, None)
}

fn child(parent: &mut Value, i: Option<usize>) -> &mut Value {
    match (parent, i) {
        (Value::Array(a), Some(i)) => &mut a[i],
        (Value::Object(o), Some(i)) => o.values_mut().nth(i).unwrap(),
        (v, _) => v,
    }
}

fn apply_json(doc: &mut Value, edits: &[JsonEdit]) {
    for edit in edits {
        match edit {
            JsonEdit::Replace(path, new) => {
                let (parent, i) = walk(doc, path);
                *child(parent, i) = new.clone();
            }
            JsonEdit::Remove(path) => match walk(doc, path) {
                (Value::Array(a), Some(i)) => {
                    a.remove(i);
                }
                (Value::Object(o), Some(i)) => {
                    let key = o.keys().nth(i).unwrap().clone();
                    o.remove(&key);
                }
                _ => {}
            },
            JsonEdit::Insert(path, key, new) => {
                if let (Value::Object(o), _) = walk(doc, path) {
                    o.insert(key.clone(), new.clone());
                }
            }
            JsonEdit::Wrap(path) => {
                let (parent, i) = walk(doc, path);
                let v = child(parent, i);
                *v = Value::Array(vec![v.take()]);
            }
        }
    }
}

/// Valid bodies of every type the API takes, structurally mutated.
#[test]
fn json_bodies_mutated_structurally() {
    let w = world();
    let bodies = bodies(w.ids);
    // Each valid body is accepted or refused for a reason: no server error.
    for (method, path, role, body) in &bodies {
        w.send(
            method.clone(),
            path,
            *role,
            Some("application/json"),
            body.to_string().into_bytes(),
            false,
        )
        .unwrap();
    }
    TestRunner::new(config(400))
        .run(&(0..bodies.len(), json_edits()), |(k, edits)| {
            let (method, path, role, body) = &bodies[k];
            let mut doc = body.clone();
            apply_json(&mut doc, &edits);
            w.send(
                method.clone(),
                path,
                *role,
                Some("application/json"),
                doc.to_string().into_bytes(),
                false,
            )
            .map(|_| ())
        })
        .unwrap();
}

/// Arbitrary bytes, with JSON's content type or another, as every body.
#[test]
fn json_bodies_of_arbitrary_bytes() {
    let w = world();
    let bodies = bodies(w.ids);
    let content_type = prop_oneof![
        3 => Just("application/json"),
        1 => Just("application/merge-patch+json"),
        1 => Just("text/plain"),
        1 => Just("application/json; charset=latin1"),
    ];
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // Almost JSON: a valid body cut or with one byte changed.
        (0..bodies.len(), any::<usize>(), any::<u8>()).prop_map({
            let bodies = bodies.clone();
            move |(k, at, b)| {
                let mut s = bodies[k].3.to_string().into_bytes();
                let at = at % s.len();
                if b % 2 == 0 {
                    s.truncate(at);
                } else {
                    s[at] = b;
                }
                s
            }
        }),
        // Deep nesting.
        (1usize..3000).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n)).into_bytes()),
    ];
    TestRunner::new(config(300))
        .run(&(0..bodies.len(), content_type, bytes), |(k, ct, bytes)| {
            let (method, path, role, _) = &bodies[k];
            w.send(method.clone(), path, *role, Some(ct), bytes, false)
                .map(|_| ())
        })
        .unwrap();
}

/// Regression (found by `query_strings`): the chart of a figure with no
/// record at all (no payment broke the Employer Pays Principle yet) made
/// the chart builder index a table with no cells — a 500 to anyone who
/// opened `/stats/fee-violation-amount-paid-by-workers/chart.svg`. Every
/// figure's chart, page and API table now answers on such a database.
#[test]
fn every_figure_answers_on_a_database_without_payments() {
    let w = world();
    for figure in FIGURES {
        for (uri, page) in [
            (format!("/stats/{figure}/chart.svg"), true),
            (format!("/stats/{figure}"), true),
            (format!("/api/v1/stats/{figure}"), false),
        ] {
            let status = w.send(Method::GET, &uri, None, None, vec![], page).unwrap();
            assert!(status < 500, "{uri}: {status}");
        }
    }
}

/// Every statistical figure's URL name.
const FIGURES: [&str; 14] = [
    "stock-abroad",
    "departures",
    "returns",
    "early-endings",
    "demand",
    "supply",
    "gap",
    "fill-rate",
    "days-to-departure-median",
    "days-to-departure-p90",
    "fee-violations",
    "fee-violation-amount-paid-by-workers",
    "return-rate",
    "rehire-rate",
];

/// Names of query parameters the lists, filters and statistics read, and a
/// few they do not.
const QUERY_KEYS: &[&str] = &[
    "limit",
    "offset",
    "status",
    "country",
    "origin",
    "programme_id",
    "employer_id",
    "agency_id",
    "worker_id",
    "job_order_id",
    "role",
    "entity",
    "entity_id",
    "actor_user_id",
    "action",
    "q",
    "k",
    "lang",
    "date",
    "from",
    "to",
    "cross",
    "format",
    "min_count",
    "level",
    "parent",
    "isco",
    "occupation",
    "page",
    "mechanism",
    "step",
    "figure",
    "reported",
    "error",
    "unknown",
];

fn query_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-1".to_string()),
        Just("0".to_string()),
        Just("9223372036854775807".to_string()),
        Just("-9223372036854775808".to_string()),
        Just("99999999999999999999999".to_string()),
        Just("1e9".to_string()),
        Just("NaN".to_string()),
        Just("2026-02-30".to_string()),
        Just("2026-11-01".to_string()),
        Just("0000-01-01".to_string()),
        Just("+275760-09-13".to_string()),
        Just("MEX".to_string()),
        Just("mex".to_string()),
        Just("open".to_string()),
        Just("corridor,sex,age_group,isco_2,quarter,programme".to_string()),
        Just("sex,sex,sex".to_string()),
        Just(",,,".to_string()),
        Just("csv".to_string()),
        Just("sdmx".to_string()),
        Just("%ZZ".to_string()),
        Just("%00".to_string()),
        Just("%F0%9F%98%80".to_string()),
        Just("%C3%28".to_string()),
        Just("a".repeat(5000)),
        "[a-z_0-9,.-]{0,20}",
        "[0-9]{1,25}",
        any::<String>().prop_map(|s| urlencode(&s)),
    ]
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn query_string() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop_oneof![
                9 => prop::sample::select(QUERY_KEYS).prop_map(str::to_string),
                1 => "[a-z%]{0,8}",
            ],
            query_value(),
        ),
        0..6,
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Every list and statistics endpoint (API and pages), read with hostile
/// query strings by each role and anonymously.
#[test]
fn query_strings() {
    let w = world();
    let figures = FIGURES;
    let (jo, pl, wk) = (w.ids.job_order, w.ids.placement, w.ids.worker);
    let mut api: Vec<String> = [
        "/api/v1/programmes",
        "/api/v1/employers",
        "/api/v1/agencies",
        "/api/v1/job-orders",
        "/api/v1/workers",
        "/api/v1/placements",
        "/api/v1/proposals",
        "/api/v1/match-rounds",
        "/api/v1/users",
        "/api/v1/audit-log",
        "/api/v1/fee-violations",
        "/api/v1/reference/occupations",
        "/api/v1/reference/skills",
        "/api/v1/reference/isco",
        "/api/v1/stats",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    api.push(format!("/api/v1/job-orders/{jo}/candidates"));
    api.push(format!("/api/v1/placements/{pl}/events"));
    api.push(format!("/api/v1/placements/{pl}/payments"));
    api.push(format!("/api/v1/workers/{wk}/work-record"));
    api.extend(figures.iter().map(|f| format!("/api/v1/stats/{f}")));
    let mut pages: Vec<String> = [
        "/jobs",
        "/agencies",
        "/employers",
        "/job-orders",
        "/placements",
        "/programmes",
        "/match-rounds",
        "/match-rounds/new",
        "/audit-log",
        "/fee-violations",
        "/admin/users",
        "/dashboard",
        "/me",
        "/sign-in",
        "/stats",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    pages.push(format!("/job-orders/{jo}"));
    pages.push(format!("/placements/{pl}"));
    pages.extend(figures.iter().map(|f| format!("/stats/{f}")));
    pages.extend(figures.iter().map(|f| format!("/stats/{f}/chart.svg")));
    let roles = prop::sample::select(vec![
        None,
        Some(Role::Admin),
        Some(Role::OriginOfficial),
        Some(Role::DestinationOfficial),
        Some(Role::Employer),
        Some(Role::Recruiter),
        Some(Role::Worker),
        Some(Role::Researcher),
    ]);
    let paths: Vec<(String, bool)> = api
        .into_iter()
        .map(|p| (p, false))
        .chain(pages.into_iter().map(|p| (p, true)))
        .collect();
    TestRunner::new(config(500))
        .run(
            &(prop::sample::select(paths), query_string(), roles),
            |((path, page), query, role)| {
                let uri = format!("{path}?{query}");
                w.send(Method::GET, &uri, role, None, vec![], page)
                    .map(|_| ())
            },
        )
        .unwrap();
}

/// Field names of the pages' forms (and a few no form has).
const FORM_FIELDS: &[&str] = &[
    "csrf",
    "action",
    "email",
    "password",
    "new_password",
    "current_password",
    "display_name",
    "role",
    "country",
    "worker_id",
    "employer_id",
    "agency_id",
    "name",
    "origin",
    "destination",
    "kind",
    "occupation",
    "isco",
    "positions",
    "start_date",
    "duration_months",
    "wage",
    "currency",
    "hours",
    "hours_per_week",
    "housing",
    "to",
    "occurred_on",
    "note",
    "end_reason",
    "payer",
    "payee",
    "category",
    "amount",
    "paid_on",
    "purpose",
    "given",
    "lang",
    "programme_id",
    "mechanism",
    "quota_sex",
    "quota_isco",
    "quota_limit",
    "given_name",
    "family_name",
    "date_of_birth",
    "sex",
    "citizenship",
    "residence",
    "language",
    "level",
    "reason",
    "valid_until",
    "licence_number",
    "confirm",
    "query",
    "unknown",
];

/// Every page form, posted with hostile fields by its role.
#[test]
fn page_forms() {
    let w = world();
    let (jo, pl, u) = (w.ids.job_order, w.ids.placement, w.ids.user);
    let a = w.ids.agency;
    use Role as R;
    let forms: Vec<(String, Option<Role>)> = vec![
        ("/sign-in".into(), None),
        ("/sign-up".into(), None),
        ("/me/consents".into(), Some(R::Worker)),
        ("/me/account/password".into(), Some(R::Worker)),
        ("/me/account/language".into(), Some(R::Worker)),
        (format!("/jobs/{jo}/apply"), Some(R::Worker)),
        (format!("/placements/{pl}/withdraw"), Some(R::Worker)),
        ("/me/proposals/1/accept".into(), Some(R::Worker)),
        ("/job-orders/new".into(), Some(R::Employer)),
        (format!("/job-orders/{jo}/close"), Some(R::Employer)),
        (format!("/job-orders/{jo}/propose"), Some(R::Recruiter)),
        (
            format!("/job-orders/{jo}/approve"),
            Some(R::DestinationOfficial),
        ),
        (format!("/placements/{pl}/steps"), Some(R::Employer)),
        (format!("/placements/{pl}/payments"), Some(R::Recruiter)),
        ("/programmes/new".into(), Some(R::OriginOfficial)),
        ("/match-rounds/new".into(), Some(R::OriginOfficial)),
        ("/workers/new".into(), Some(R::OriginOfficial)),
        ("/employers".into(), Some(R::DestinationOfficial)),
        ("/agencies".into(), Some(R::OriginOfficial)),
        (format!("/agencies/{a}/revoke"), Some(R::OriginOfficial)),
        ("/admin/users".into(), Some(R::Admin)),
        (format!("/admin/users/{u}/password"), Some(R::Admin)),
    ];
    let field = (
        prop_oneof![
            9 => prop::sample::select(FORM_FIELDS).prop_map(str::to_string),
            1 => "[a-z_\\[\\]0-9]{0,12}",
        ],
        query_value(),
    );
    TestRunner::new(config(400))
        .run(
            &(
                0..forms.len(),
                prop::collection::vec(field, 0..12),
                prop::bool::weighted(0.9),
            ),
            |(k, fields, with_csrf)| {
                let (path, role) = &forms[k];
                let mut body: Vec<String> = fields
                    .into_iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                if with_csrf && let Some(c) = w.caller(*role) {
                    body.insert(0, format!("csrf={}", c.csrf));
                }
                w.send(
                    Method::POST,
                    path,
                    *role,
                    Some("application/x-www-form-urlencoded"),
                    body.join("&").into_bytes(),
                    true,
                )
                .map(|_| ())
            },
        )
        .unwrap();
}

/// `parse_json` straight over arbitrary bytes, for every body type (the
/// sign-in, registration and round confirmation bodies are private to the
/// API and fuzzed through it above): a
/// value or an error that is a 400 or 422 problem, never a panic.
#[test]
fn parse_json_over_every_body_type() {
    use corridor_server::extract::parse_json;
    fn one<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<(), TestCaseError> {
        if let Err(e) = parse_json::<T>(bytes) {
            let status = axum::response::IntoResponse::into_response(e).status();
            prop_assert!(
                status == 400 || status == 422,
                "parse_json answered {}",
                status
            );
        }
        Ok(())
    }
    let w = world();
    let samples: Vec<Vec<u8>> = bodies(w.ids)
        .into_iter()
        .map(|b| b.3.to_string().into_bytes())
        .collect();
    let input = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..256),
        (prop::sample::select(samples), any::<usize>(), any::<u8>()).prop_map(|(mut s, at, b)| {
            let at = at % s.len();
            s[at] = b;
            s
        }),
    ];
    TestRunner::new(config(500))
        .run(&input, |bytes| {
            use corridor_domain::job_order::JobOrderSpec;
            use corridor_domain::programme::ProgrammeSpec;
            use corridor_domain::worker::WorkerProfileSpec;
            one::<ProgrammeSpec>(&bytes)?;
            one::<JobOrderSpec>(&bytes)?;
            one::<WorkerProfileSpec>(&bytes)?;
            one::<PaymentSpec>(&bytes)?;
            one::<corridor_domain::placement::TransitionRequest>(&bytes)?;
            one::<corridor_domain::organisation::EmployerSpec>(&bytes)?;
            one::<corridor_domain::organisation::AgencySpec>(&bytes)?;
            one::<corridor_domain::licensing::EmployerChange>(&bytes)?;
            one::<corridor_domain::licensing::LicenceChange>(&bytes)?;
            one::<corridor_server::actions::workers::NewWorkerRequest>(&bytes)?;
            one::<corridor_server::actions::workers::ConsentRequest>(&bytes)?;
            one::<corridor_server::actions::placements::ApplyRequest>(&bytes)?;
            one::<corridor_server::actions::proposals::ProposalRequest>(&bytes)?;
            one::<corridor_server::actions::matching::NewRound>(&bytes)?;
            one::<corridor_server::actions::users::NewUserRequest>(&bytes)?;
            one::<corridor_server::actions::users::PasswordRequest>(&bytes)?;
            Ok(())
        })
        .unwrap();
    let _ = UserId(0);
}
