//! The access matrix: every route of the server (each API operation under
//! `/api/v1` and each page), for every role and for anonymous callers,
//! with the answer expected — all in one table, [`MATRIX`].
//!
//! No route can be added without a decision: the test first compares the
//! table with the routes the server has — the API's operations
//! (`corridor_server::api::operations`, from which the router is built)
//! and the pages' paths (`corridor_server::pages::paths`, through which
//! every page module registers), each page path's methods found by asking
//! the server (a method it does not have answers 405) — and fails naming
//! every route without a row, and every row without a route.
//!
//! Then every row is called as each role on the demo database (each role
//! on its own copy, since some calls change records), the records in the
//! path being the demo accounts' own (the demo worker's profile and
//! placement, the demo employer's job order…) so each role meets records
//! it may and may not read. Credentials are made straight in the database
//! (an API token for `/api/v1`, a browser session for pages), so the
//! matrix does not depend on how accounts sign in. Writes send an empty
//! body (`{}` to the API, a form with only the session's CSRF token to
//! pages): the answer shows whether the role got past the door.
//!
//! On SQLite always; on PostgreSQL too when `DATABASE_URL` is set.

#[path = "browser/server.rs"]
#[allow(dead_code)]
mod server;

use corridor_domain::access::Role;
use corridor_server::{AppState, ServerConfig};
use corridor_store::Store;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Who calls: anonymous, then each role in `Role::ALL` order.
const CALLERS: [&str; 8] = [
    "anonymous",
    "worker",
    "employer",
    "recruiter",
    "origin",
    "destination",
    "researcher",
    "admin",
];

/// The demo account of each role, in `CALLERS` order after anonymous.
const ACCOUNTS: [(Role, &str); 7] = [
    (Role::Worker, "worker@demo.corridor"),
    (Role::Employer, "employer@demo.corridor"),
    (Role::Recruiter, "recruiter@demo.corridor"),
    (Role::OriginOfficial, "origin.mex@demo.corridor"),
    (Role::DestinationOfficial, "destination.can@demo.corridor"),
    (Role::Researcher, "researcher@demo.corridor"),
    (Role::Admin, "admin@demo.corridor"),
];

/// Method, path, and the status each caller gets, in `CALLERS` order.
type Row = (&'static str, &'static str, [u16; 8]);

include!("access_matrix/table.rs");

/// The records a path's parameters stand for, from the demo.
struct Fixtures {
    programme: i64,
    employer: i64,
    agency: i64,
    job_order: i64,
    worker: i64,
    placement: i64,
    worker_user: i64,
}

/// No record has this id.
const MISSING: i64 = 999_999;

impl Fixtures {
    async fn load(store: &Store) -> Fixtures {
        let user = |email: &'static str| async move {
            store
                .user_credentials(email)
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("the demo has {email}"))
                .0
        };
        let worker = user("worker@demo.corridor").await;
        let employer = user("employer@demo.corridor").await;
        let recruiter = user("recruiter@demo.corridor").await;
        let worker_id = worker
            .principal
            .worker_id
            .expect("the demo worker's profile");
        let employer_id = employer.principal.employer_id.expect("the demo employer");
        let placements = store
            .placements(
                &corridor_store::PlacementFilter {
                    worker_id: Some(worker_id),
                    ..Default::default()
                },
                corridor_store::Page::new(Some(1), None),
            )
            .await
            .unwrap();
        let placement = placements
            .items
            .first()
            .expect("the demo worker has a placement");
        Fixtures {
            programme: placement.programme_id.0,
            employer: employer_id.0,
            agency: recruiter.principal.agency_id.expect("the demo agency").0,
            job_order: placement.placement.job_order_id.0,
            worker: worker_id.0,
            placement: placement.placement.id.0,
            worker_user: worker.id.0,
        }
    }

    /// `path` with each `{param}` replaced by the record it stands for:
    /// the one after which resource it comes.
    fn concrete(&self, path: &str) -> String {
        let segments: Vec<&str> = path.split('/').collect();
        let mut out = vec![];
        for (i, seg) in segments.iter().enumerate() {
            if !seg.starts_with('{') {
                out.push(seg.to_string());
                continue;
            }
            let before = if i > 0 { segments[i - 1] } else { "" };
            let value = match (*seg, before) {
                ("{figure}", _) => "departures".to_string(),
                ("{answer}", _) => "accept".to_string(),
                ("{step}", _) => "about".to_string(),
                ("{action}", _) => "suspend".to_string(),
                (_, "programmes") => self.programme.to_string(),
                (_, "employers") => self.employer.to_string(),
                (_, "agencies") => self.agency.to_string(),
                (_, "job-orders" | "jobs") => self.job_order.to_string(),
                (_, "workers") => self.worker.to_string(),
                (_, "placements") => self.placement.to_string(),
                (_, "users") => self.worker_user.to_string(),
                _ => MISSING.to_string(),
            };
            out.push(value);
        }
        out.join("/")
    }
}

/// A caller's credentials on one server.
enum Credentials {
    Anonymous,
    Signed {
        token: String,
        session: String,
        csrf: String,
    },
}

async fn credentials(state: &AppState, email: &str) -> Credentials {
    let (user, _) = state
        .store
        .user_credentials(email)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no account {email}"));
    let (token, _expires) =
        corridor_server::auth::issue_api_token(state, &user, "access matrix", None)
            .await
            .unwrap();
    let (session, csrf) = corridor_server::auth::start_session(
        state,
        &user,
        None,
        corridor_server::auth::Stage::Full,
    )
    .await
    .unwrap();
    Credentials::Signed {
        token,
        session: format!("{}={session}", state.config.session_cookie()),
        csrf,
    }
}

/// Serves `store` on a free port; returns the base URL.
async fn serve(state: AppState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(corridor_server::serve(listener, state));
    format!("http://{addr}")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn call(
    http: &reqwest::Client,
    base: &str,
    method: &str,
    path: &str,
    who: &Credentials,
) -> u16 {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let api = path.starts_with("/api/");
    let mut req = http.request(method.clone(), format!("{base}{path}"));
    let write = method != reqwest::Method::GET;
    match who {
        Credentials::Anonymous => {}
        Credentials::Signed {
            token,
            session,
            csrf,
        } => {
            if api {
                req = req.bearer_auth(token);
            } else {
                req = req.header("cookie", session.as_str());
                if write {
                    req = req.form(&[("csrf", csrf.as_str())]);
                }
            }
        }
    }
    if api && write {
        req = req.header("content-type", "application/json").body("{}");
    } else if !api && write && matches!(who, Credentials::Anonymous) {
        req = req.form(&[("csrf", "")]);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    assert_ne!(
        status,
        500,
        "{method} {path}: {}",
        res.text().await.unwrap_or_default()
    );
    status
}

/// Every route the server has: (method, path).
async fn server_routes(base: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for route in corridor_server::api::operations() {
        for op in route.docs {
            out.insert((op.method.as_str().to_string(), op.path.to_string()));
        }
    }
    // A page path's methods: those the server does not answer 405.
    let http = client();
    for path in corridor_server::pages::paths() {
        let concrete: String = path
            .split('/')
            .map(|s| if s.starts_with('{') { "1" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
            let res = http
                .request(
                    reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                    format!("{base}{concrete}"),
                )
                .send()
                .await
                .unwrap();
            if res.status() != reqwest::StatusCode::METHOD_NOT_ALLOWED {
                out.insert((method.to_string(), path.to_string()));
            }
        }
    }
    out
}

/// A copy of the demo for one caller, on the backend of `template`.
trait Backend {
    async fn copy(&self, name: &str) -> Store;
}

struct Sqlite {
    demo: std::path::PathBuf,
    dir: tempfile::TempDir,
}

impl Backend for Sqlite {
    async fn copy(&self, name: &str) -> Store {
        let db = self.dir.path().join(format!("{name}.sqlite"));
        std::fs::copy(&self.demo, &db).unwrap();
        let wal = format!("{}-wal", self.demo.display());
        if std::path::Path::new(&wal).exists() {
            std::fs::copy(&wal, format!("{}-wal", db.display())).unwrap();
        }
        Store::open(&format!("sqlite://{}", db.display()))
            .await
            .unwrap()
    }
}

async fn check_matrix(backend: &impl Backend) {
    // The routes of the table against the routes of the server.
    let probe = backend.copy("probe").await;
    let base = serve(AppState::new(probe, ServerConfig::local())).await;
    let have = server_routes(&base).await;
    let table: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    let mut problems = String::new();
    for (m, p) in have.difference(&table) {
        writeln!(problems, "no row in the access matrix for {m} {p}: add one to crates/corridor-cli/tests/access_matrix/table.rs with the answer each role must get").unwrap();
    }
    for (m, p) in table.difference(&have) {
        writeln!(
            problems,
            "the access matrix has a row for {m} {p}, which the server does not have"
        )
        .unwrap();
    }
    assert!(problems.is_empty(), "{problems}");
    assert_eq!(table.len(), MATRIX.len(), "a route has two rows");

    // Every row, as every caller.
    let record = std::env::var("CORRIDOR_RECORD_MATRIX").is_ok();
    let mut wrong = String::new();
    let mut seen: Vec<[u16; 8]> = vec![[0; 8]; MATRIX.len()];
    for (col, caller) in CALLERS.iter().enumerate() {
        let store = backend.copy(caller).await;
        let fixtures = Fixtures::load(&store).await;
        let state = AppState::new(store, ServerConfig::local());
        let base = serve(state.clone()).await;
        let http = client();
        for (row, (method, path, expected)) in MATRIX.iter().enumerate() {
            // Fresh credentials for each call: some calls end them (signing
            // out, everywhere) and the next row must not inherit that.
            let who = match col {
                0 => Credentials::Anonymous,
                n => credentials(&state, ACCOUNTS[n - 1].1).await,
            };
            let concrete = fixtures.concrete(path);
            let got = call(&http, &base, method, &concrete, &who).await;
            seen[row][col] = got;
            if got != expected[col] {
                writeln!(
                    wrong,
                    "{method} {path} as {caller} ({concrete}): expected {}, got {got}",
                    expected[col]
                )
                .unwrap();
            }
        }
    }
    if record {
        let mut table = String::new();
        for ((method, path, _), got) in MATRIX.iter().zip(&seen) {
            writeln!(table, "    ({method:?}, {path:?}, {got:?}),").unwrap();
        }
        println!("{table}");
    }
    assert!(
        wrong.is_empty(),
        "answers that differ from the access matrix:\n{wrong}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_every_role_as_the_matrix_says_on_sqlite() {
    let demo = tokio::task::spawn_blocking(server::demo_database)
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("building the demo: {e:#}"));
    let backend = Sqlite {
        demo,
        dir: tempfile::tempdir().unwrap(),
    };
    check_matrix(&backend).await;
}
