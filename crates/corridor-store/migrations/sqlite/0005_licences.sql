-- Licence and registration histories (SQLite). Keep in step with
-- ../postgres/0005_licences.sql.
--
-- Every change to a recruiting agency's licence (issue, renew, suspend,
-- reinstate, revoke, expire) and to an employer's registration (register,
-- suspend, reinstate) is kept as an immutable event with the status it
-- left, the reason given and who gave it, written in the same transaction
-- as the change itself.
CREATE TABLE licence_events (
    id              INTEGER PRIMARY KEY,
    agency_id       INTEGER NOT NULL REFERENCES agencies(id),
    action          TEXT NOT NULL,
    status          TEXT NOT NULL,
    valid_until     TEXT NOT NULL,
    reason          TEXT NOT NULL,
    actor_user_id   INTEGER NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX licence_events_agency ON licence_events(agency_id, id);

CREATE TABLE employer_events (
    id              INTEGER PRIMARY KEY,
    employer_id     INTEGER NOT NULL REFERENCES employers(id),
    action          TEXT NOT NULL,
    status          TEXT NOT NULL,
    reason          TEXT NOT NULL,
    actor_user_id   INTEGER NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX employer_events_employer ON employer_events(employer_id, id);

CREATE TRIGGER licence_events_immutable_update BEFORE UPDATE ON licence_events
BEGIN SELECT RAISE(ABORT, 'licence events are immutable'); END;
CREATE TRIGGER licence_events_immutable_delete BEFORE DELETE ON licence_events
BEGIN SELECT RAISE(ABORT, 'licence events are immutable'); END;
CREATE TRIGGER employer_events_immutable_update BEFORE UPDATE ON employer_events
BEGIN SELECT RAISE(ABORT, 'employer events are immutable'); END;
CREATE TRIGGER employer_events_immutable_delete BEFORE DELETE ON employer_events
BEGIN SELECT RAISE(ABORT, 'employer events are immutable'); END;

-- Organisations registered before the history began start it with their
-- state at that time, by the system (actor 0), without a reason.
INSERT INTO licence_events (agency_id, action, status, valid_until, reason, actor_user_id, at)
    SELECT id, 'issue', licence_status, json_extract(spec_json, '$.licence.valid_until'), '', 0, created_at
    FROM agencies ORDER BY id;
INSERT INTO employer_events (employer_id, action, status, reason, actor_user_id, at)
    SELECT id, 'register', status, '', 0, created_at FROM employers ORDER BY id;
