//! Two-step sign-in as stored: an account's TOTP secret, the last time
//! step a code was accepted for (so no code is accepted twice), and its
//! recovery codes as SHA-256 hashes, each used once. Turning two-step
//! sign-in on or off and using a recovery code are audited; secrets and
//! codes never reach the audit log.

use crate::audit::{self, Actor, AuditEntry};
use crate::error::StoreError;
use crate::rows::{self, now_text};
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use corridor_domain::ids::UserId;

/// An account's two-step sign-in.
#[derive(Clone)]
pub struct TwoFactorRecord {
    /// The TOTP secret, base32.
    pub secret: String,
    /// When it was turned on.
    pub enabled_at: DateTime<Utc>,
    /// The last time step a code was accepted for.
    pub last_step: Option<i64>,
    /// Recovery codes not yet used.
    pub recovery_codes_left: i64,
}

impl std::fmt::Debug for TwoFactorRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwoFactorRecord")
            .field("secret", &"(hidden)")
            .field("enabled_at", &self.enabled_at)
            .field("last_step", &self.last_step)
            .field("recovery_codes_left", &self.recovery_codes_left)
            .finish()
    }
}

impl Store {
    /// The account's two-step sign-in, when it is on.
    pub async fn two_factor(&self, user: UserId) -> Result<Option<TwoFactorRecord>> {
        let row = sqlx::query(
            "SELECT totp_secret, totp_enabled_at, totp_last_step, \
             (SELECT COUNT(*) FROM recovery_codes c WHERE c.user_id = u.id AND c.used_at IS NULL) AS left_codes \
             FROM users u WHERE u.id = $1 AND u.totp_enabled_at IS NOT NULL",
        )
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(TwoFactorRecord {
                secret: rows::text(&r, "totp_secret")?,
                enabled_at: rows::instant(&r, "totp_enabled_at")?,
                last_step: rows::opt_int(&r, "totp_last_step")?,
                recovery_codes_left: rows::int(&r, "left_codes")?,
            })
        })
        .transpose()
    }

    /// Turns two-step sign-in on with `secret` (base32), confirmed by a
    /// code of time step `confirmed_step` (remembered, so that code is not
    /// accepted again), and replaces the recovery codes with
    /// `recovery_hashes`. A conflict when it is already on.
    pub async fn enable_two_factor(
        &self,
        actor: &Actor,
        user: UserId,
        secret: &str,
        confirmed_step: i64,
        recovery_hashes: &[String],
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE users SET totp_secret = $1, totp_enabled_at = $2, totp_last_step = $3 \
             WHERE id = $4 AND totp_enabled_at IS NULL",
        )
        .bind(secret)
        .bind(now_text())
        .bind(confirmed_step)
        .bind(user.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "two-step sign-in is already on for this account".into(),
            ));
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let now = now_text();
        for hash in recovery_hashes {
            sqlx::query(
                "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
            )
            .bind(user.0)
            .bind(hash)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "enable_two_factor", "user", user, false)
                .detail(format!("recovery_codes={}", recovery_hashes.len())),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Turns two-step sign-in off and deletes the recovery codes.
    pub async fn disable_two_factor(&self, actor: &Actor, user: UserId) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL \
             WHERE id = $1",
        )
        .bind(user.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {user}")));
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "disable_two_factor", "user", user, false),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that a code of time step `step` was accepted, unless one of
    /// that step or a later one already was: true when this is the first
    /// (one statement, so two requests with the same code cannot both
    /// pass).
    pub async fn accept_totp_step(&self, user: UserId, step: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
             AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Uses the recovery code with this hash, once: true when it was
    /// unused (and is now used). Audited with how many are left.
    pub async fn use_recovery_code(&self, actor: &Actor, user: UserId, hash: &str) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now_text())
        .bind(user.0)
        .bind(hash)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        let left = sqlx::query(
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user.0)
        .fetch_one(&mut *tx)
        .await?;
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "use_recovery_code", "user", user, false)
                .detail(format!("left={}", rows::int(&left, "n")?)),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Replaces an account's recovery codes (the old ones stop working).
    pub async fn replace_recovery_codes(
        &self,
        actor: &Actor,
        user: UserId,
        recovery_hashes: &[String],
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let now = now_text();
        for hash in recovery_hashes {
            sqlx::query(
                "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
            )
            .bind(user.0)
            .bind(hash)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "replace_recovery_codes", "user", user, false)
                .detail(format!("recovery_codes={}", recovery_hashes.len())),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
