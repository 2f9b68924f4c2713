-- Match rounds an official runs, reviews and confirms (SQLite). Keep in
-- step with ../postgres/0003_match_rounds.sql.
CREATE TABLE match_rounds (
    id              INTEGER PRIMARY KEY,
    programme_id    INTEGER NOT NULL REFERENCES programmes(id),
    mechanism       TEXT NOT NULL,
    status          TEXT NOT NULL,
    result_json     TEXT NOT NULL,
    created_by      INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    decided_by      INTEGER,
    decided_at      TEXT
);
CREATE INDEX match_rounds_programme ON match_rounds(programme_id);
