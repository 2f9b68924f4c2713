-- Integrity (SQLite). Keep in step with ../postgres/0007_integrity.sql.
--
-- Append-only at the database level (SQLite has no TRUNCATE; a DELETE
-- without WHERE fires the row triggers below):
--
-- * Consents are a history: a worker gives or withdraws by appending a
--   record; none is ever changed or removed.
-- * A match round is stored once, proposed; the only change it admits is
--   the one decision (confirmed or discarded), recorded once with who
--   decided and when. Its result is never rewritten.
-- * A placement's milestones are a projection of its events: each date is
--   set once (from nothing to the first event of its kind) and never
--   changed or removed afterwards.

CREATE TRIGGER consents_immutable_update BEFORE UPDATE ON consents
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
CREATE TRIGGER consents_immutable_delete BEFORE DELETE ON consents
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;

CREATE TRIGGER match_rounds_decided_once BEFORE UPDATE ON match_rounds
WHEN NOT (
    OLD.status = 'proposed'
    AND NEW.status IN ('confirmed', 'discarded')
    AND NEW.id = OLD.id
    AND NEW.programme_id = OLD.programme_id
    AND NEW.mechanism = OLD.mechanism
    AND NEW.result_json = OLD.result_json
    AND NEW.created_by = OLD.created_by
    AND NEW.created_at = OLD.created_at
    AND OLD.decided_by IS NULL
    AND OLD.decided_at IS NULL
    AND NEW.decided_by IS NOT NULL
    AND NEW.decided_at IS NOT NULL
)
BEGIN SELECT RAISE(ABORT, 'a match round is decided once and never rewritten'); END;
CREATE TRIGGER match_rounds_immutable_delete BEFORE DELETE ON match_rounds
BEGIN SELECT RAISE(ABORT, 'a match round is decided once and never rewritten'); END;

CREATE TRIGGER placement_milestones_set_once BEFORE UPDATE ON placement_milestones
WHEN NOT (
    NEW.placement_id = OLD.placement_id
    AND NEW.job_order_id = OLD.job_order_id
    AND NEW.worker_id = OLD.worker_id
    AND (OLD.applied_on IS NULL OR NEW.applied_on IS OLD.applied_on)
    AND (OLD.departed_on IS NULL OR NEW.departed_on IS OLD.departed_on)
    AND (OLD.completed_on IS NULL OR NEW.completed_on IS OLD.completed_on)
    AND (OLD.returned_on IS NULL OR NEW.returned_on IS OLD.returned_on)
    AND (OLD.ended_early_on IS NULL OR NEW.ended_early_on IS OLD.ended_early_on)
    AND (OLD.end_reason IS NULL OR NEW.end_reason IS OLD.end_reason)
)
BEGIN SELECT RAISE(ABORT, 'a placement''s milestones are set once and never rewritten'); END;
CREATE TRIGGER placement_milestones_immutable_delete BEFORE DELETE ON placement_milestones
BEGIN SELECT RAISE(ABORT, 'a placement''s milestones are set once and never rewritten'); END;
