-- Corridor foundation schema (SQLite). Keep in step with
-- ../postgres/0001_foundation.sql: same tables, same columns, same names;
-- only types and triggers differ. The conformance suite runs the same
-- scenarios on both.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL,
    worker_id       INTEGER,
    employer_id     INTEGER,
    agency_id       INTEGER,
    country         TEXT,
    disabled        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    csrf_token      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    token_hash      TEXT PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    name            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE programmes (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    origin          TEXT NOT NULL,
    destination     TEXT NOT NULL,
    kind            TEXT NOT NULL,
    spec_json       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX programmes_origin ON programmes(origin);
CREATE INDEX programmes_destination ON programmes(destination);

CREATE TABLE employers (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    country         TEXT NOT NULL,
    status          TEXT NOT NULL,
    spec_json       TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE agencies (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    country         TEXT NOT NULL,
    licence_number  TEXT NOT NULL UNIQUE,
    licence_status  TEXT NOT NULL,
    spec_json       TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE job_orders (
    id              INTEGER PRIMARY KEY,
    programme_id    INTEGER NOT NULL REFERENCES programmes(id),
    employer_id     INTEGER NOT NULL REFERENCES employers(id),
    agency_id       INTEGER REFERENCES agencies(id),
    occupation      TEXT NOT NULL,
    isco            TEXT NOT NULL,
    status          TEXT NOT NULL,
    positions       INTEGER NOT NULL,
    start_date      TEXT NOT NULL,
    posted_on       TEXT NOT NULL,
    spec_json       TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX job_orders_programme ON job_orders(programme_id, status);
CREATE INDEX job_orders_employer ON job_orders(employer_id);

CREATE TABLE workers (
    id              INTEGER PRIMARY KEY,
    sex             TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    citizenships    TEXT NOT NULL,
    residence       TEXT NOT NULL,
    available_from  TEXT NOT NULL,
    profile_json    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX workers_residence ON workers(residence);

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES workers(id),
    purpose         TEXT NOT NULL,
    given           INTEGER NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX consents_worker ON consents(worker_id);

CREATE TABLE placements (
    id              INTEGER PRIMARY KEY,
    job_order_id    INTEGER NOT NULL REFERENCES job_orders(id),
    worker_id       INTEGER NOT NULL REFERENCES workers(id),
    status          TEXT NOT NULL,
    contract_json   TEXT,
    end_reason      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (job_order_id, worker_id)
);
CREATE INDEX placements_worker ON placements(worker_id);
CREATE INDEX placements_status ON placements(status);

CREATE TABLE placement_events (
    placement_id    INTEGER NOT NULL REFERENCES placements(id),
    seq             INTEGER NOT NULL,
    from_status     TEXT,
    to_status       TEXT NOT NULL,
    occurred_on     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    actor_user_id   INTEGER NOT NULL,
    note            TEXT NOT NULL,
    end_reason      TEXT,
    PRIMARY KEY (placement_id, seq)
);

CREATE TABLE payments (
    id                  INTEGER PRIMARY KEY,
    placement_id        INTEGER NOT NULL REFERENCES placements(id),
    payer               TEXT NOT NULL,
    payee               TEXT NOT NULL,
    category            TEXT NOT NULL,
    amount_minor        INTEGER NOT NULL,
    currency            TEXT NOT NULL,
    paid_on             TEXT NOT NULL,
    note                TEXT NOT NULL,
    violation_kind      TEXT,
    violation_message   TEXT,
    recorded_by         INTEGER NOT NULL,
    recorded_at         TEXT NOT NULL
);
CREATE INDEX payments_placement ON payments(placement_id);
CREATE INDEX payments_violation ON payments(violation_kind);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor_user_id   INTEGER,
    actor_role      TEXT,
    action          TEXT NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    personal_data   INTEGER NOT NULL,
    outcome         TEXT NOT NULL,
    detail          TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_actor ON audit_log(actor_user_id);

-- Events, payments and the audit log are append-only.
CREATE TRIGGER placement_events_immutable_update BEFORE UPDATE ON placement_events
BEGIN SELECT RAISE(ABORT, 'placement events are immutable'); END;
CREATE TRIGGER placement_events_immutable_delete BEFORE DELETE ON placement_events
BEGIN SELECT RAISE(ABORT, 'placement events are immutable'); END;
CREATE TRIGGER payments_immutable_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'ledger payments are immutable'); END;
CREATE TRIGGER payments_immutable_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'ledger payments are immutable'); END;
CREATE TRIGGER audit_immutable_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_immutable_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
