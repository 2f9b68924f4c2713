//! A crash test: the real `corridor serve` is killed with SIGKILL while
//! several clients write through the API, then started again on the same
//! database. Every write that was acknowledged (a 2xx answer reached the
//! client) must be there, served by the restarted server, and the
//! database must pass the store's consistency checks. On SQLite (a file in
//! WAL mode) always, and on PostgreSQL (a database of its own) when
//! `DATABASE_URL` is set.
//!
//! The writers are workers (no second factor): each gives and withdraws a
//! consent and updates its profile, one request after another, so the
//! order of its acknowledged writes is known.

use corridor_domain::access::Role;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::worker::ConsentPurpose;
use corridor_store::testing::TestDb;
use corridor_store::{Actor, NewUser, Store};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Clients writing at once.
const CLIENTS: usize = 6;
/// How long they write before the server is killed.
const WRITING: Duration = Duration::from_millis(2500);

/// `corridor serve` on `url`, on a port the system chose.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(url: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_corridor"))
            .args(["serve", "--bind", "127.0.0.1:0", "--database-url", url])
            .env("CORRIDOR_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start corridor serve");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(at) = line.find("http://") {
                    let addr: String = line[at..]
                        .chars()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    let _ = tx.send(addr.trim_end_matches('/').to_string());
                }
            }
        });
        let base = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("corridor serve printed its address");
        Server { child, base }
    }

    /// SIGKILL: no shutdown, no flush, no checkpoint.
    fn kill(mut self) {
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn wait_healthy(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = http.get(format!("{base}/api/v1/health")).send().await
            && r.status().is_success()
        {
            return;
        }
        assert!(Instant::now() < deadline, "{base} did not become healthy");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// A worker account with an API token, made through the store.
struct Writer {
    worker: i64,
    token: String,
    profile: Value,
}

async fn seed(store: &Store) -> Vec<Writer> {
    let hash = corridor_server::auth::hash_password("a long password here").unwrap();
    let mut writers = Vec::new();
    for k in 0..CLIENTS {
        let spec = examples::worker(
            DemoCorridor::MexicoCanada,
            "Crash",
            &format!("Tester {k}"),
            if k % 2 == 0 { Sex::Female } else { Sex::Male },
            chrono::NaiveDate::from_ymd_opt(1990, 1, 1 + k as u32).unwrap(),
        );
        let w = store
            .insert_worker(&Actor::system(), &spec, &[ConsentPurpose::Matching])
            .await
            .unwrap();
        let user = store
            .create_user(
                &Actor::system(),
                &NewUser {
                    email: format!("crash{k}@example.org"),
                    display_name: format!("Crash tester {k}"),
                    password_hash: hash.clone(),
                    role: Role::Worker,
                    worker_id: Some(w.id),
                    employer_id: None,
                    agency_id: None,
                    country: None,
                },
            )
            .await
            .unwrap();
        let token = corridor_server::auth::new_token();
        store
            .create_api_token(
                user.id,
                &corridor_server::auth::token_hash(&token),
                "crash test",
                None,
            )
            .await
            .unwrap();
        writers.push(Writer {
            worker: w.id.0,
            token,
            profile: serde_json::to_value(&spec).unwrap(),
        });
    }
    writers
}

/// What one client was told was written.
#[derive(Default, Debug)]
struct Acknowledged {
    /// `sharing_with_employers` given (true) or withdrawn, in order.
    consents: Vec<bool>,
    /// The last acknowledged months of experience in the profile.
    experience: Option<i64>,
    /// Requests that got no answer (the server died under them).
    unanswered: usize,
}

/// Writes until `stop` or the server is gone; returns what was acknowledged.
async fn write(
    http: reqwest::Client,
    base: String,
    w: Arc<Writer>,
    stop: Arc<AtomicBool>,
) -> Acknowledged {
    let mut ack = Acknowledged::default();
    let mut i: i64 = 0;
    while !stop.load(Ordering::Relaxed) {
        i += 1;
        let sent = if i % 2 == 0 {
            let given = i % 4 == 0;
            let r = http
                .post(format!("{base}/api/v1/workers/{}/consents", w.worker))
                .bearer_auth(&w.token)
                .json(&json!({"purpose": "sharing_with_employers", "given": given}))
                .send()
                .await;
            r.map(|r| (r.status(), Some(given), None))
        } else {
            let mut profile = w.profile.clone();
            profile["occupations"][0]["experience_months"] = json!(i);
            let r = http
                .put(format!("{base}/api/v1/workers/{}", w.worker))
                .bearer_auth(&w.token)
                .json(&profile)
                .send()
                .await;
            r.map(|r| (r.status(), None, Some(i)))
        };
        match sent {
            Ok((status, consent, months)) => {
                assert!(
                    status.is_success(),
                    "a write was refused before the crash: {status}"
                );
                ack.consents.extend(consent);
                if months.is_some() {
                    ack.experience = months;
                }
            }
            Err(_) => {
                // Refused connection or a connection cut by the kill: not
                // acknowledged. The server is gone; stop.
                ack.unanswered += 1;
                break;
            }
        }
    }
    ack
}

async fn crash_and_restart(db: TestDb) {
    let writers: Vec<Arc<Writer>> = seed(&db.store).await.into_iter().map(Arc::new).collect();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let server = Server::start(&db.url);
    wait_healthy(&http, &server.base).await;

    let stop = Arc::new(AtomicBool::new(false));
    let tasks: Vec<_> = writers
        .iter()
        .map(|w| {
            tokio::spawn(write(
                http.clone(),
                server.base.clone(),
                Arc::clone(w),
                Arc::clone(&stop),
            ))
        })
        .collect();
    tokio::time::sleep(WRITING).await;
    // Killed in the middle of the clients' writes.
    server.kill();
    stop.store(true, Ordering::Relaxed);
    let mut acks = Vec::new();
    for t in tasks {
        acks.push(t.await.unwrap());
    }
    let acknowledged: usize = acks
        .iter()
        .map(|a| a.consents.len() + usize::from(a.experience.is_some()))
        .sum();
    eprintln!("{acknowledged} writes acknowledged before the kill: {acks:?}");
    assert!(
        acknowledged >= CLIENTS * 4,
        "too few writes before the crash to test anything: {acks:?}"
    );
    assert!(
        acks.iter().any(|a| a.unanswered > 0),
        "the kill left no request unanswered: {acks:?}"
    );

    // Started again on the same database: every acknowledged write is served.
    let server = Server::start(&db.url);
    wait_healthy(&http, &server.base).await;
    for (w, ack) in writers.iter().zip(&acks) {
        let consents: Value = http
            .get(format!(
                "{}/api/v1/workers/{}/consents",
                server.base, w.worker
            ))
            .bearer_auth(&w.token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let sharing: Vec<bool> = consents
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["purpose"] == "sharing_with_employers")
            .map(|c| c["given"].as_bool().unwrap())
            .collect();
        // Every acknowledged consent, in order; at most one more (written,
        // but its answer lost in the crash).
        assert!(
            sharing.len() >= ack.consents.len() && sharing.len() <= ack.consents.len() + 1,
            "worker {}: acknowledged {:?}, after restart {:?}",
            w.worker,
            ack.consents,
            sharing
        );
        assert_eq!(&sharing[..ack.consents.len()], &ack.consents[..]);
        if let Some(months) = ack.experience {
            let profile: Value = http
                .get(format!("{}/api/v1/workers/{}", server.base, w.worker))
                .bearer_auth(&w.token)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let stored = profile["occupations"][0]["experience_months"]
                .as_i64()
                .unwrap();
            // The acknowledged update, or the one in flight after it.
            assert!(
                stored == months || stored == months + 2,
                "worker {}: acknowledged {months} months, after restart {stored}",
                w.worker
            );
        }
    }
    drop(server);
    let store = Store::connect(&db.url).await.unwrap();
    let problems = store.check_consistency().await.unwrap();
    store.close().await;
    assert!(problems.is_empty(), "after the crash: {problems:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_sqlite() {
    crash_and_restart(TestDb::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_postgres() {
    if let Some(db) = TestDb::postgres().await {
        crash_and_restart(db).await;
    }
}
