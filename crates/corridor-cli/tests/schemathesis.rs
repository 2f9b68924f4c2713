//! The API keeps to its OpenAPI document: schemathesis runs every phase
//! (examples, coverage, fuzzing, stateful) against a demo server with an
//! API token of each role, and must find nothing — no server error, no
//! answer outside the documented statuses, content types and schemas, no
//! schema-valid request refused for a rule the schema could have stated
//! (`tests/schemathesis/hooks.py`), no schema-violating request accepted.
//!
//! The tokens are issued straight into the database (as the token endpoint
//! does once an account has proved who it is), so the run does not depend on
//! how accounts sign in.
//!
//! schemathesis is a Python program (`pip install schemathesis`, the
//! version in `tests/schemathesis/VERSION`, which `.ci/run` installs). Without it this test says why and passes, unless
//! `CORRIDOR_REQUIRE_SCHEMATHESIS=1` (CI) makes that a failure. The run is
//! bounded for CI; `scripts/schemathesis-long` runs a long one.

#[path = "browser/server.rs"]
#[allow(dead_code)]
mod server;

use corridor_domain::access::Role;
use std::path::PathBuf;
use std::process::Command;

/// The demo's account of each role.
const ACCOUNTS: [(Role, &str); 7] = [
    (Role::Worker, "worker@demo.corridor"),
    (Role::Employer, "employer@demo.corridor"),
    (Role::Recruiter, "recruiter@demo.corridor"),
    (Role::OriginOfficial, "origin.mex@demo.corridor"),
    (Role::DestinationOfficial, "destination.can@demo.corridor"),
    (Role::Researcher, "researcher@demo.corridor"),
    (Role::Admin, "admin@demo.corridor"),
];

/// Test cases per operation and phase, and seconds per role, for CI: about
/// 25 s a role on two cores keeps the whole run near three minutes.
/// `CORRIDOR_SCHEMATHESIS_EXAMPLES` and `CORRIDOR_SCHEMATHESIS_SECONDS`
/// change them (`scripts/schemathesis-long`).
const MAX_EXAMPLES: &str = "5";
const MAX_SECONDS_PER_ROLE: &str = "25";

fn budget(var: &str, default: &str) -> String {
    std::env::var(var)
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| default.to_string())
}

fn config_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/schemathesis")
}

/// The schemathesis program: `CORRIDOR_SCHEMATHESIS`, the virtual
/// environment `.ci/run` makes (`target/st-venv`), or one on the `PATH`.
fn schemathesis() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CORRIDOR_SCHEMATHESIS") {
        return Some(PathBuf::from(p));
    }
    let venv =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/st-venv/bin/schemathesis");
    if venv.is_file() {
        return Some(venv);
    }
    Command::new("schemathesis")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| PathBuf::from("schemathesis"))
}

fn required() -> bool {
    std::env::var("CORRIDOR_REQUIRE_SCHEMATHESIS")
        .is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// An API token for the account with `email`, written into the database
/// the server reads.
async fn token_for(database_url: &str, email: &str) -> String {
    let store = corridor_store::Store::open(database_url)
        .await
        .expect("opening the demo's copy");
    let (user, _) = store
        .user_credentials(email)
        .await
        .expect("reading the account")
        .unwrap_or_else(|| panic!("the demo has no account {email}"));
    let token = corridor_server::auth::new_token();
    store
        .create_api_token(
            user.id,
            &corridor_server::auth::token_hash(&token),
            "schemathesis",
            Some(chrono::Utc::now() + chrono::Duration::hours(2)),
        )
        .await
        .expect("issuing a token");
    token
}

#[test]
fn the_api_keeps_to_its_openapi_document_for_every_role() {
    let Some(st) = schemathesis() else {
        let why = "schemathesis is not installed: python3 -m venv target/st-venv && \
                   target/st-venv/bin/pip install schemathesis (the version .ci/run pins)";
        if required() {
            panic!("schemathesis is required here (CORRIDOR_REQUIRE_SCHEMATHESIS=1): {why}");
        }
        eprintln!("skipping the schemathesis run: {why}");
        return;
    };
    let server = server::Server::start().unwrap_or_else(|e| panic!("starting the demo: {e:#}"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let reports = tempfile::tempdir().unwrap();
    let mut failed = vec![];
    for (role, email) in ACCOUNTS {
        let token = runtime.block_on(token_for(&server.database_url(), email));
        let out = Command::new(&st)
            .env("SCHEMATHESIS_HOOKS", config_dir().join("hooks.py"))
            .arg("--config-file")
            .arg(config_dir().join("schemathesis.toml"))
            .arg("run")
            .arg(format!("{}/api/v1/openapi.json", server.base()))
            .args(["--header", &format!("Authorization: Bearer {token}")])
            .args([
                "--max-examples",
                &budget("CORRIDOR_SCHEMATHESIS_EXAMPLES", MAX_EXAMPLES),
            ])
            .args([
                "--max-time",
                &budget("CORRIDOR_SCHEMATHESIS_SECONDS", MAX_SECONDS_PER_ROLE),
            ])
            .args(["--seed", "2026", "--workers", "1", "--no-color"])
            // A debug build computes a large statistics crossing slowly.
            .args(["--request-timeout", "60"])
            .arg("--report-dir")
            .arg(reports.path().join(role.as_str()))
            .output()
            .unwrap_or_else(|e| panic!("running {}: {e}", st.display()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let summary: String = stdout
            .lines()
            .skip_while(|l| !l.contains("SUMMARY"))
            .collect::<Vec<_>>()
            .join("\n");
        println!("== {} ({email})\n{summary}", role.as_str());
        if !out.status.success() {
            eprintln!("{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
            failed.push(role.as_str());
        }
    }
    assert!(
        failed.is_empty(),
        "schemathesis found the API breaking its contract with the token of: {failed:?} (details above)"
    );
}
