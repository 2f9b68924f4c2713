-- Trust (SQLite). Keep in step with ../postgres/0004_trust.sql.
--
-- Proposals: a worker put forward by a recruiter, employer or official is
-- asked first; only their acceptance opens a placement. One proposal per
-- worker and job order, so a declined worker is not asked again.
CREATE TABLE proposals (
    id              INTEGER PRIMARY KEY,
    job_order_id    INTEGER NOT NULL REFERENCES job_orders(id),
    worker_id       INTEGER NOT NULL REFERENCES workers(id),
    proposed_by     INTEGER NOT NULL,
    proposer_role   TEXT NOT NULL,
    note            TEXT NOT NULL,
    status          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    decided_at      TEXT,
    placement_id    INTEGER REFERENCES placements(id),
    UNIQUE (job_order_id, worker_id)
);
CREATE INDEX proposals_worker ON proposals(worker_id, status);
CREATE INDEX proposals_proposer ON proposals(proposed_by);

-- The countries each audit entry concerns (the programme's two countries,
-- a worker's citizenships and residence, an organisation's country, the
-- acting official's country): an official reads the entries of their own
-- country only.
CREATE TABLE audit_countries (
    audit_id        INTEGER NOT NULL REFERENCES audit_log(id),
    country         TEXT NOT NULL,
    PRIMARY KEY (country, audit_id)
);
CREATE TRIGGER audit_countries_immutable_update BEFORE UPDATE ON audit_countries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_countries_immutable_delete BEFORE DELETE ON audit_countries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- The interface language a user chose.
ALTER TABLE users ADD COLUMN lang TEXT;
