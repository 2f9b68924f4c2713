//! Corridor's storage: one [`Store`] over SQLite (the embedded default, a
//! file in WAL mode created on first run) or PostgreSQL (chosen by URL).
//!
//! # One SQL text, two backends
//!
//! Every query is written once, in the SQL both backends accept (`$1`
//! placeholders, `RETURNING`, text dates), and runs through sqlx's `Any`
//! driver; what differs between the backends — migrations, connection set-up,
//! how a test database is made — sits behind the [`Backend`] trait, with one
//! implementation per backend ([`SqliteBackend`], [`PostgresBackend`]). This
//! keeps the two from drifting apart (the conformance suite in
//! `tests/conformance.rs` runs the same scenarios on both, and
//! `tests/schema.rs` checks the two migration sets define the same columns).
//!
//! # Writes are whole
//!
//! Every write and its audit-log entry commit in one transaction; a
//! placement's status change and its immutable event likewise. An error
//! rolls everything back: nothing is half-written.

mod audit;
mod backend;
mod consistency;
mod error;
mod evidence;
mod job_orders;
mod ledger;
mod match_rounds;
mod organisations;
mod orientation;
mod placements;
mod programmes;
mod proposals;
mod query;
mod rows;
pub mod testing;
mod two_factor;
mod users;
mod workers;

pub use audit::{Actor, AuditEntry, AuditFilter, AuditRecord, Outcome};
pub use backend::{Backend, BackendKind, PostgresBackend, SqliteBackend};
pub use consistency::Inconsistency;
pub use error::StoreError;
pub use evidence::{BulkPlacement, FeeViolationFacts, JobOrderFacts, PlacementFacts};
pub use job_orders::JobOrderFilter;
pub use ledger::FeeViolationRecord;
pub use match_rounds::{MatchRoundRecord, PairOutcome, PlacementSummary, RoundPair};
pub use placements::{PlacementFilter, PlacementView, SelectionLimits};
pub use proposals::ProposalFilter;
pub use two_factor::TwoFactorRecord;
pub use users::{NewUser, SessionRecord, User};
pub use workers::WorkerFilter;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use std::time::Duration;

/// Result of a store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A page of a list: which slice was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// How many items at most.
    pub limit: i64,
    /// How many to skip.
    pub offset: i64,
}

impl Page {
    /// The largest page a client may ask for.
    pub const MAX_LIMIT: i64 = 500;

    /// A page of `limit` items after `offset`, clamped to sane bounds.
    pub fn new(limit: Option<i64>, offset: Option<i64>) -> Self {
        Self {
            limit: limit.unwrap_or(50).clamp(1, Self::MAX_LIMIT),
            offset: offset.unwrap_or(0).max(0),
        }
    }

    /// Everything (for internal exports), in pages of the maximum size.
    pub fn all() -> Self {
        Self {
            limit: i64::MAX / 2,
            offset: 0,
        }
    }
}

impl Default for Page {
    fn default() -> Self {
        Self::new(None, None)
    }
}

/// A page of items with the total count.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct Paged<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// How many items match in all.
    pub total: i64,
    /// The page size asked for.
    pub limit: i64,
    /// The offset asked for.
    pub offset: i64,
}

/// The store: a connection pool and the backend it talks to.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: BackendKind,
    /// Bumped after every committed write of records the statistics are
    /// made from; shared by every clone of the store.
    generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Store {
    /// Connects to `url` (`sqlite://path`, `sqlite::memory:`,
    /// `postgres://…`), creating a SQLite file if it does not exist.
    /// Does not migrate: call [`Store::migrate`].
    pub async fn connect(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = BackendKind::from_url(url)?;
        let url = backend.prepare_url(url);
        let is_sqlite = backend == BackendKind::Sqlite;
        let pool = AnyPoolOptions::new()
            .max_connections(if is_sqlite { 4 } else { 8 })
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if is_sqlite {
                        for pragma in SqliteBackend::PRAGMAS {
                            sqlx::query(pragma).execute(&mut *conn).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        Ok(Store {
            pool,
            backend,
            generation: Default::default(),
        })
    }

    /// The data generation: a number that changes after every committed
    /// write of the records statistics are made from (programmes, job
    /// orders, workers and their consents, placements and their events,
    /// payments, organisations). Results computed from the records may be
    /// kept while it stays the same. It counts this process's writes only:
    /// another process writing to the same database is not seen.
    pub fn data_generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Called after a write of such records has committed (never before:
    /// a reader that saw the old generation must not cache the new data
    /// under it, nor the old data under the new one).
    pub(crate) fn data_changed(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Applies the backend's embedded migrations.
    pub async fn migrate(&self) -> Result<()> {
        self.backend.migrator().run(&self.pool).await?;
        Ok(())
    }

    /// Connects and migrates.
    pub async fn open(url: &str) -> Result<Store> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Which backend this store talks to.
    pub fn backend(&self) -> BackendKind {
        self.backend
    }

    /// The connection pool, for the statistics reader and tests.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}
