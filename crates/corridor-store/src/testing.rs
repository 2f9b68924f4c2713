//! Throw-away databases for tests: a SQLite file in a temporary directory,
//! or a fresh PostgreSQL database on the server `DATABASE_URL` points at,
//! dropped when the test ends (even when it fails).
//!
//! PostgreSQL tests run when `DATABASE_URL` is set. When it is not, they
//! print that they did not run; with `CORRIDOR_REQUIRE_POSTGRES=1` (as CI
//! sets) a missing or unreachable server fails them instead, so a green CI
//! run always means both backends passed.

use crate::Store;
use rand::Rng;

/// The environment variable naming the PostgreSQL server for tests.
pub const DATABASE_URL_VAR: &str = "DATABASE_URL";
/// Set to `1` to make PostgreSQL tests fail rather than skip without a server.
pub const REQUIRE_POSTGRES_VAR: &str = "CORRIDOR_REQUIRE_POSTGRES";

/// A test database, migrated and empty.
pub struct TestDb {
    /// The store on it.
    pub store: Store,
    /// Its URL.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

/// The PostgreSQL server URL for tests, if configured.
pub fn postgres_server_url() -> Option<String> {
    std::env::var(DATABASE_URL_VAR)
        .ok()
        .filter(|u| u.starts_with("postgres"))
}

/// True when PostgreSQL tests must run.
pub fn postgres_required() -> bool {
    std::env::var(REQUIRE_POSTGRES_VAR).is_ok_and(|v| v == "1")
}

fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let base = match base[after_scheme..].find('/') {
        Some(slash) => &base[..after_scheme + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

impl TestDb {
    /// A new SQLite database in a temporary directory.
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("corridor.sqlite").display());
        let store = Store::open(&url).await.expect("open SQLite test database");
        TestDb {
            store,
            url,
            _dir: Some(dir),
            postgres: None,
        }
    }

    /// A new PostgreSQL database, or `None` when no server is configured
    /// (a failure instead when [`postgres_required`]).
    pub async fn postgres() -> Option<TestDb> {
        let Some(server) = postgres_server_url() else {
            assert!(
                !postgres_required(),
                "{REQUIRE_POSTGRES_VAR}=1 but {DATABASE_URL_VAR} is not a postgres:// URL"
            );
            eprintln!("PostgreSQL test not run: set {DATABASE_URL_VAR} to run it");
            return None;
        };
        let name = format!(
            "corridor_test_{}",
            rand::thread_rng().gen_range(0..u64::MAX)
        );
        let admin = Store::connect(&server)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {DATABASE_URL_VAR} is unreachable: {e}"));
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(admin.pool())
            .await
            .expect("create test database");
        admin.close().await;
        let url = with_database(&server, &name);
        let store = Store::open(&url)
            .await
            .expect("open PostgreSQL test database");
        Some(TestDb {
            store,
            url,
            _dir: None,
            postgres: Some((server, name)),
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.postgres.take() else {
            return;
        };
        // Drop runs outside any async context we can borrow: use a thread
        // with its own small runtime. WITH (FORCE) ends the pool's sessions.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                if let Ok(admin) = Store::connect(&server).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(admin.pool())
                        .await;
                    admin.close().await;
                }
            });
        })
        .join();
    }
}

/// Forgets the last two-step code accepted for an account, as if the
/// clock had moved on: a test that signs the same official in several
/// times within one 30-second step needs it, since a code is accepted only
/// once. (Tests of that rule itself do not call it.)
pub async fn forget_accepted_codes(store: &Store, email: &str) {
    sqlx::query("UPDATE users SET totp_last_step = NULL WHERE email = $1")
        .bind(email.trim().to_lowercase())
        .execute(store.pool())
        .await
        .expect("forgetting the last accepted code");
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn replaces_the_database_in_urls() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(
            with_database("postgres://u@h/db?sslmode=disable", "t2"),
            "postgres://u@h/t2?sslmode=disable"
        );
        assert_eq!(with_database("postgres://u@h", "t3"), "postgres://u@h/t3");
    }
}
