-- Integrity (PostgreSQL). Keep in step with ../sqlite/0007_integrity.sql.
--
-- Append-only at the database level, whatever the statement:
--
-- * TRUNCATE bypasses row triggers, so every append-only table also
--   refuses it with a statement trigger.
-- * Consents are a history: a worker gives or withdraws by appending a
--   record; none is ever changed or removed.
-- * A match round is stored once, proposed; the only change it admits is
--   the one decision (confirmed or discarded), recorded once with who
--   decided and when. Its result is never rewritten.
-- * A placement's milestones are a projection of its events: each date is
--   set once (from nothing to the first event of its kind) and never
--   changed or removed afterwards.

CREATE TRIGGER consents_immutable BEFORE UPDATE OR DELETE ON consents
    FOR EACH ROW EXECUTE FUNCTION corridor_refuse_change();

CREATE FUNCTION corridor_match_round_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND OLD.status = 'proposed'
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
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a match round is decided once and never rewritten';
END;
$$;
CREATE TRIGGER match_rounds_decided_once BEFORE UPDATE OR DELETE ON match_rounds
    FOR EACH ROW EXECUTE FUNCTION corridor_match_round_decided_once();

CREATE FUNCTION corridor_milestones_set_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND NEW.placement_id = OLD.placement_id
        AND NEW.job_order_id = OLD.job_order_id
        AND NEW.worker_id = OLD.worker_id
        AND (OLD.applied_on IS NULL OR NEW.applied_on IS NOT DISTINCT FROM OLD.applied_on)
        AND (OLD.departed_on IS NULL OR NEW.departed_on IS NOT DISTINCT FROM OLD.departed_on)
        AND (OLD.completed_on IS NULL OR NEW.completed_on IS NOT DISTINCT FROM OLD.completed_on)
        AND (OLD.returned_on IS NULL OR NEW.returned_on IS NOT DISTINCT FROM OLD.returned_on)
        AND (OLD.ended_early_on IS NULL OR NEW.ended_early_on IS NOT DISTINCT FROM OLD.ended_early_on)
        AND (OLD.end_reason IS NULL OR NEW.end_reason IS NOT DISTINCT FROM OLD.end_reason)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a placement''s milestones are set once and never rewritten';
END;
$$;
CREATE TRIGGER placement_milestones_set_once BEFORE UPDATE OR DELETE ON placement_milestones
    FOR EACH ROW EXECUTE FUNCTION corridor_milestones_set_once();

-- TRUNCATE fires no row trigger: refuse it on every append-only table.
CREATE TRIGGER placement_events_no_truncate BEFORE TRUNCATE ON placement_events
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER payments_no_truncate BEFORE TRUNCATE ON payments
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER audit_countries_no_truncate BEFORE TRUNCATE ON audit_countries
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER licence_events_no_truncate BEFORE TRUNCATE ON licence_events
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER employer_events_no_truncate BEFORE TRUNCATE ON employer_events
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER consents_no_truncate BEFORE TRUNCATE ON consents
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER match_rounds_no_truncate BEFORE TRUNCATE ON match_rounds
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER placement_milestones_no_truncate BEFORE TRUNCATE ON placement_milestones
    FOR EACH STATEMENT EXECUTE FUNCTION corridor_refuse_change();
