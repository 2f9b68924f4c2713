//! Store errors, in terms the HTTP layer can map: not found, conflict,
//! invalid (rules), or an internal database fault.

use corridor_domain::Violations;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The record does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// The write conflicts with the current state (a duplicate, or a
    /// placement that changed meanwhile).
    #[error("conflict: {0}")]
    Conflict(String),
    /// A domain rule refused the write.
    #[error("invalid: {0}")]
    Invalid(Violations),
    /// The store is misconfigured (a bad URL).
    #[error("configuration: {0}")]
    Config(String),
    /// A stored document could not be read back.
    #[error("corrupt record: {0}")]
    Corrupt(String),
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// True for a unique-constraint violation reported by either backend.
    pub fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::Database(db)) => {
                db.is_unique_violation()
                    || db.message().contains("UNIQUE constraint failed")
                    || db.code().as_deref() == Some("23505")
            }
            _ => false,
        }
    }

    /// Turns a unique violation into a [`StoreError::Conflict`] with `what`.
    pub fn unique_as_conflict(self, what: &str) -> StoreError {
        if self.is_unique_violation() {
            StoreError::Conflict(what.to_string())
        } else {
            self
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}
