//! What differs between SQLite and PostgreSQL, and nothing else: URLs,
//! connection set-up and the embedded migrations.

use crate::error::StoreError;
use sqlx::migrate::Migrator;

/// A database backend Corridor can run on.
pub trait Backend {
    /// Short name (`sqlite`, `postgres`).
    const NAME: &'static str;
    /// The backend's embedded migrations.
    fn migrator() -> &'static Migrator;
    /// True when `url` is for this backend.
    fn accepts(url: &str) -> bool;
    /// The URL as handed to the driver.
    fn prepare_url(url: &str) -> String {
        url.to_string()
    }
}

/// The embedded default: a single file, WAL journal, foreign keys on.
pub struct SqliteBackend;

/// PostgreSQL, for installations with many concurrent users.
pub struct PostgresBackend;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

impl SqliteBackend {
    /// Pragmas run on every new connection.
    pub const PRAGMAS: [&'static str; 4] = [
        "PRAGMA journal_mode = WAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA busy_timeout = 10000",
    ];
}

impl Backend for SqliteBackend {
    const NAME: &'static str = "sqlite";
    fn migrator() -> &'static Migrator {
        &SQLITE_MIGRATIONS
    }
    fn accepts(url: &str) -> bool {
        url.starts_with("sqlite:")
    }
    /// Adds `mode=rwc` so the file is created on first run.
    fn prepare_url(url: &str) -> String {
        if url.contains(":memory:") || url.contains("mode=") {
            url.to_string()
        } else if url.contains('?') {
            format!("{url}&mode=rwc")
        } else {
            format!("{url}?mode=rwc")
        }
    }
}

impl Backend for PostgresBackend {
    const NAME: &'static str = "postgres";
    fn migrator() -> &'static Migrator {
        &POSTGRES_MIGRATIONS
    }
    fn accepts(url: &str) -> bool {
        url.starts_with("postgres:") || url.starts_with("postgresql:")
    }
}

/// The backend a store was opened on, chosen at run time from the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    /// SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl BackendKind {
    /// The backend `url` names.
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        if SqliteBackend::accepts(url) {
            Ok(BackendKind::Sqlite)
        } else if PostgresBackend::accepts(url) {
            Ok(BackendKind::Postgres)
        } else {
            Err(StoreError::Config(
                "the database URL must start with sqlite: or postgres:".into(),
            ))
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            BackendKind::Sqlite => SqliteBackend::NAME,
            BackendKind::Postgres => PostgresBackend::NAME,
        }
    }

    /// The backend's migrations.
    pub fn migrator(self) -> &'static Migrator {
        match self {
            BackendKind::Sqlite => SqliteBackend::migrator(),
            BackendKind::Postgres => PostgresBackend::migrator(),
        }
    }

    /// The URL as handed to the driver.
    pub fn prepare_url(self, url: &str) -> String {
        match self {
            BackendKind::Sqlite => SqliteBackend::prepare_url(url),
            BackendKind::Postgres => PostgresBackend::prepare_url(url),
        }
    }
}
