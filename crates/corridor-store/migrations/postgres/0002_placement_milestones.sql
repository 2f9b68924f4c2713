-- Evidence base (PostgreSQL). Keep in step with
-- ../sqlite/0002_placement_milestones.sql.
--
-- One row per placement with the dates the statistics need, so a table over
-- a million placements reads one row per placement instead of every event.
-- It is a projection of placement_events: written in the same transaction
-- as each event (corridor-store/src/evidence.rs, `project_event`), never
-- edited otherwise, and rebuilt from the events below for databases that
-- existed before it. Each date is the first event of that status.

CREATE TABLE placement_milestones (
    placement_id    BIGINT PRIMARY KEY REFERENCES placements(id),
    job_order_id    BIGINT NOT NULL REFERENCES job_orders(id),
    worker_id       BIGINT NOT NULL REFERENCES workers(id),
    applied_on      TEXT,
    departed_on     TEXT,
    completed_on    TEXT,
    returned_on     TEXT,
    ended_early_on  TEXT,
    end_reason      TEXT
);

INSERT INTO placement_milestones
    (placement_id, job_order_id, worker_id, applied_on, departed_on, completed_on, returned_on, ended_early_on, end_reason)
SELECT pl.id, pl.job_order_id, pl.worker_id,
    (SELECT MIN(e.occurred_on) FROM placement_events e WHERE e.placement_id = pl.id AND e.to_status = 'applied'),
    (SELECT MIN(e.occurred_on) FROM placement_events e WHERE e.placement_id = pl.id AND e.to_status = 'departed'),
    (SELECT MIN(e.occurred_on) FROM placement_events e WHERE e.placement_id = pl.id AND e.to_status = 'completed'),
    (SELECT MIN(e.occurred_on) FROM placement_events e WHERE e.placement_id = pl.id AND e.to_status = 'returned'),
    (SELECT MIN(e.occurred_on) FROM placement_events e WHERE e.placement_id = pl.id AND e.to_status = 'ended_early'),
    (SELECT e.end_reason FROM placement_events e WHERE e.placement_id = pl.id AND e.to_status = 'ended_early' ORDER BY e.seq LIMIT 1)
FROM placements pl;
