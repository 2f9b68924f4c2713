//! `corridor backup` and `corridor restore`, run as an operator runs them
//! (the real binary) on a demo database: the restored database serves the
//! same records (every table's row count, and a sample of every kind of
//! record read through the `Store`) and passes the store's consistency
//! checks. On SQLite the backup is also taken while `corridor serve` writes;
//! restore refuses a database with records without `--force`, and a
//! damaged backup leaves the database as it was. On PostgreSQL (when
//! `DATABASE_URL` is set) through `pg_dump` and `pg_restore`.

use corridor_domain::access::{AuditScope, ProgrammeScope};
use corridor_domain::ids::PlacementId;
use corridor_store::testing::TestDb;
use corridor_store::{
    AuditFilter, BackendKind, JobOrderFilter, Page, PlacementFilter, ProposalFilter, Store,
    WorkerFilter,
};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn corridor(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(args)
        .env("CORRIDOR_LOG", "warn")
        .env_remove("CORRIDOR_DATABASE_URL")
        .stdin(Stdio::null())
        .output()
        .expect("run corridor")
}

fn ok(out: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "corridor failed: {text}");
    text
}

fn refused(out: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !out.status.success(),
        "corridor should have refused: {text}"
    );
    text
}

/// A small demo database at `url`: every kind of record.
fn demo(url: &str) {
    ok(&corridor(&[
        "demo",
        "--no-serve",
        "--database-url",
        url,
        "--workers",
        "120",
        "--job-orders-per-corridor",
        "6",
    ]));
}

/// Row counts of every table.
async fn counts(store: &Store) -> Vec<(String, i64)> {
    let sql = match store.backend() {
        BackendKind::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        BackendKind::Postgres => {
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        }
    };
    let tables: Vec<String> = sqlx::query_scalar(sql)
        .fetch_all(store.pool())
        .await
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {t}"))
            .fetch_one(store.pool())
            .await
            .unwrap();
        out.push((t, n));
    }
    out
}

fn v<T: serde::Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap()
}

/// A sample of every kind of record, read through the store.
async fn sample(store: &Store) -> Value {
    let page = Page::new(Some(25), Some(3));
    let placements = store
        .placements(&PlacementFilter::default(), page)
        .await
        .unwrap();
    let mut histories = Vec::new();
    for p in placements.items.iter().take(8) {
        let id: PlacementId = p.placement.id;
        histories.push(json!({
            "events": v(&store.placement_events(id).await.unwrap()),
            "payments": v(&store.payments(id).await.unwrap()),
        }));
    }
    let workers = store.workers(&WorkerFilter::default(), page).await.unwrap();
    let mut consents = Vec::new();
    for w in workers.items.iter().take(8) {
        consents.push(v(&store.consents(w.id).await.unwrap()));
    }
    let employers = store.employers(None, Page::all()).await.unwrap();
    let agencies = store.agencies(None, Page::all()).await.unwrap();
    let mut histories_of_organisations = Vec::new();
    for e in employers.items.iter().take(4) {
        histories_of_organisations.push(v(&store.employer_events(e.id).await.unwrap()));
    }
    for a in agencies.items.iter().take(4) {
        histories_of_organisations.push(v(&store.licence_events(a.id).await.unwrap()));
    }
    json!({
        "programmes": v(&store.programmes(None, None, Page::all()).await.unwrap()),
        "employers": v(&employers),
        "agencies": v(&agencies),
        "organisation_histories": histories_of_organisations,
        "job_orders": v(&store.job_orders(&JobOrderFilter::default(), page).await.unwrap()),
        "workers": v(&workers),
        "consents": consents,
        "placements": v(&placements),
        "placement_histories": histories,
        "users": v(&store.users(None, page).await.unwrap()),
        "proposals": v(&store.proposals(&ProposalFilter::default(), page).await.unwrap()),
        "match_rounds": v(&store.match_rounds(None, &ProgrammeScope::Everything, page).await.unwrap()),
        "audit_log": v(&store.audit_log(&AuditFilter::default(), &AuditScope::Everything, page).await.unwrap()),
    })
}

/// The restored database serves what the original did and is consistent.
async fn assert_same(original: &str, restored: &str) {
    let a = Store::connect(original).await.unwrap();
    let b = Store::connect(restored).await.unwrap();
    let (ca, cb) = (counts(&a).await, counts(&b).await);
    assert_eq!(ca, cb, "row counts differ");
    assert!(
        ca.iter().any(|(t, n)| t == "placement_events" && *n > 100),
        "the demo has records to compare: {ca:?}"
    );
    assert_eq!(sample(&a).await, sample(&b).await, "records differ");
    let problems = b.check_consistency().await.unwrap();
    assert!(problems.is_empty(), "restored database: {problems:?}");
    a.close().await;
    b.close().await;
}

fn sqlite(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_while_serving_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let src = sqlite(&dir.path().join("corridor.sqlite"));
    demo(&src);

    // A backup taken while a worker records consents through the server
    // (a token made through the store: no sign-in, no second factor).
    let store = Store::connect(&src).await.unwrap();
    let (user, _) = store
        .user_credentials("worker@demo.corridor")
        .await
        .unwrap()
        .expect("the demo's worker account");
    let worker = user.principal.worker_id.expect("a worker").0;
    let token = corridor_server::auth::new_token();
    store
        .create_api_token(
            user.id,
            &corridor_server::auth::token_hash(&token),
            "backup test",
            None,
        )
        .await
        .unwrap();
    store.close().await;
    let mut server = Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(["serve", "--bind", "127.0.0.1:0", "--database-url", &src])
        .env("CORRIDOR_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stdout = BufReader::new(server.stdout.take().unwrap());
    while !line.contains("http://") {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "server ended");
    }
    let base: String = line[line.find("http://").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    let http = reqwest::Client::new();
    let stop = Arc::new(AtomicBool::new(false));
    let writing = Arc::clone(&stop);
    let writer = tokio::spawn(async move {
        let mut written = 0;
        while !writing.load(Ordering::Relaxed) {
            let r = http
                .post(format!("{base}/api/v1/workers/{worker}/consents"))
                .bearer_auth(&token)
                .json(&json!({"purpose": "contact", "given": written % 2 == 0}))
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "{}", r.text().await.unwrap());
            written += 1;
        }
        written
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let live = dir.path().join("live.backup");
    ok(&corridor(&[
        "backup",
        live.to_str().unwrap(),
        "--database-url",
        &src,
    ]));
    stop.store(true, Ordering::Relaxed);
    assert!(
        writer.await.unwrap() > 0,
        "consents recorded during the backup"
    );
    server.kill().unwrap();
    server.wait().unwrap();
    let restored_live = sqlite(&dir.path().join("from-live.sqlite"));
    ok(&corridor(&[
        "restore",
        live.to_str().unwrap(),
        "--database-url",
        &restored_live,
    ]));
    let store = Store::connect(&restored_live).await.unwrap();
    assert_eq!(store.check_consistency().await.unwrap(), vec![]);
    store.close().await;

    // A backup of the database at rest restores to the same records.
    let file = dir.path().join("corridor.backup");
    let text = ok(&corridor(&[
        "backup",
        file.to_str().unwrap(),
        "--database-url",
        &src,
    ]));
    assert!(text.contains("consistent"), "{text}");
    let dst = sqlite(&dir.path().join("restored").join("corridor.sqlite"));
    ok(&corridor(&[
        "restore",
        file.to_str().unwrap(),
        "--database-url",
        &dst,
    ]));
    assert_same(&src, &dst).await;
    ok(&corridor(&["check", "--database-url", &dst]));

    // An existing backup file is not overwritten without --force.
    let text = refused(&corridor(&[
        "backup",
        file.to_str().unwrap(),
        "--database-url",
        &src,
    ]));
    assert!(text.contains("--force"), "{text}");

    // A database with records is not overwritten without --force.
    let text = refused(&corridor(&[
        "restore",
        live.to_str().unwrap(),
        "--database-url",
        &dst,
    ]));
    assert!(text.contains("--force"), "{text}");
    assert_same(&src, &dst).await;

    // A damaged backup is refused, and leaves the database as it was.
    let bytes = std::fs::read(&file).unwrap();
    let damaged = dir.path().join("damaged.backup");
    std::fs::write(&damaged, &bytes[..bytes.len() / 2]).unwrap();
    let text = refused(&corridor(&[
        "restore",
        damaged.to_str().unwrap(),
        "--database-url",
        &dst,
        "--force",
    ]));
    assert!(text.contains("unchanged"), "{text}");
    assert_same(&src, &dst).await;
    let not_a_database = dir.path().join("notes.txt");
    std::fs::write(&not_a_database, "not a database").unwrap();
    refused(&corridor(&[
        "restore",
        not_a_database.to_str().unwrap(),
        "--database-url",
        &dst,
        "--force",
    ]));
    assert_same(&src, &dst).await;

    // With --force, the database is replaced.
    ok(&corridor(&[
        "restore",
        file.to_str().unwrap(),
        "--database-url",
        &dst,
        "--force",
    ]));
    assert_same(&src, &dst).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_backup_and_restore_with_pg_dump() {
    let Some(src) = TestDb::postgres().await else {
        return;
    };
    let Some(dst) = TestDb::postgres().await else {
        return;
    };
    demo(&src.url);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("corridor.pgdump");
    ok(&corridor(&[
        "backup",
        file.to_str().unwrap(),
        "--database-url",
        &src.url,
    ]));
    // The destination is migrated but holds no record: restored into.
    ok(&corridor(&[
        "restore",
        file.to_str().unwrap(),
        "--database-url",
        &dst.url,
    ]));
    assert_same(&src.url, &dst.url).await;
    let text = refused(&corridor(&[
        "restore",
        file.to_str().unwrap(),
        "--database-url",
        &dst.url,
    ]));
    assert!(text.contains("--force"), "{text}");
    let junk = dir.path().join("junk.pgdump");
    std::fs::write(&junk, "not an archive").unwrap();
    let text = refused(&corridor(&[
        "restore",
        junk.to_str().unwrap(),
        "--database-url",
        &dst.url,
        "--force",
    ]));
    assert!(text.contains("unchanged"), "{text}");
    ok(&corridor(&[
        "restore",
        file.to_str().unwrap(),
        "--database-url",
        &dst.url,
        "--force",
    ]));
    assert_same(&src.url, &dst.url).await;
}
