-- Pre-departure orientation (SQLite). Keep in step with
-- ../postgres/0010_orientation.sql.
--
-- A programme's orientation (modules by topic with hours and texts in the
-- corridor's languages, and helplines) is one JSON document per programme,
-- public, replaced by its officials. A worker's completion is recorded per
-- placement, once, and is immutable: triggers refuse changes and deletes.
-- Hours are kept as text (the `Any` driver has no portable real type).
CREATE TABLE programme_orientations (
    programme_id    INTEGER PRIMARY KEY REFERENCES programmes(id),
    spec_json       TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE orientation_completions (
    id              INTEGER PRIMARY KEY,
    placement_id    INTEGER NOT NULL UNIQUE REFERENCES placements(id),
    completed_on    TEXT NOT NULL,
    hours           TEXT NOT NULL,
    note            TEXT NOT NULL,
    actor_user_id   INTEGER NOT NULL,
    actor_role      TEXT NOT NULL,
    at              TEXT NOT NULL
);

CREATE TRIGGER orientation_completions_immutable_update BEFORE UPDATE ON orientation_completions
BEGIN SELECT RAISE(ABORT, 'orientation completions are immutable'); END;
CREATE TRIGGER orientation_completions_immutable_delete BEFORE DELETE ON orientation_completions
BEGIN SELECT RAISE(ABORT, 'orientation completions are immutable'); END;
