-- Two-step sign-in (SQLite). Keep in step with ../postgres/0006_two_factor.sql.
--
-- An account with two-step sign-in keeps its TOTP secret (RFC 6238, base32)
-- and the last time step a code was accepted for, so no code is accepted
-- twice. Recovery codes are stored as SHA-256 hashes and used once.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;

CREATE TABLE recovery_codes (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    code_hash       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    used_at         TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);

-- A session is `full`, or only half-way through signing in: `code` (the
-- password was right, the code is still to come) or `enrol` (an account
-- that must use two-step sign-in and has not set it up: it may only do so).
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';
