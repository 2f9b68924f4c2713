"""Corridor's own check for schemathesis: a request the OpenAPI schema
calls valid may be refused only for a rule the schema cannot state.

The schema states every rule about one value (types, lengths, ranges,
patterns, code lists). What it cannot state: rules that weigh a request
against stored records or the embedded reference lists (a job order
against its programme, a code in ISO 3166 or ESCO, a transition
against the placement's status), against today (an event date not in the
future), against the caller's role, or between two fields or parameters.
Those are answered 400 or 422 with the rule's code in `violations`. So a
positive (schema-valid) case refused with 400 or 422 passes only when every
violated rule is one of these; a rule about one value means the schema
lied, and fails the run.
"""

import json

import schemathesis

# Rules about one value: if a schema-valid request breaks one of these,
# the schema did not tell the truth.
ONE_VALUE_RULES = {
    "malformed_json",
    "wrong_type",
    "unknown_value",
    "invalid_value",
    "too_short",
    "too_long",
    "out_of_range",
    "negative",
    "not_positive",
    "invalid",
    "required",
}

# `required` also names fields needed only in some cases (a reason for
# some actions, the worker when an official applies for them); these are
# the fields where it depends on something else.
CONDITIONAL_REQUIRED = {
    # a period given by its two ends: one without the other
    "from",
    "to",
    "reason",
    "valid_until",
    "consent_statement",
    "given_name",
    "worker_id",
    "end_reason",
    "contract",
    "country",
    "employer_id",
    "agency_id",
}


@schemathesis.check
def refused_only_for_rules_the_schema_cannot_state(ctx, response, case):
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return None
    if response.status_code not in (400, 422):
        return None
    try:
        problem = json.loads(response.content)
    except ValueError:
        raise AssertionError(f"{response.status_code} without a problem document")
    violations = problem.get("violations") or []
    if not violations:
        raise AssertionError(
            f"schema-valid request refused ({response.status_code}) without naming a rule: {problem.get('detail')}"
        )
    bad = [
        v
        for v in violations
        if v.get("rule") in ONE_VALUE_RULES
        and not (v.get("rule") == "required" and v.get("field", "").split(".")[-1] in CONDITIONAL_REQUIRED)
    ]
    if bad:
        listed = "; ".join(f"{v.get('field')}: {v.get('rule')} ({v.get('message')})" for v in bad)
        raise AssertionError(f"schema-valid request refused for a rule the schema should state: {listed}")
    return None
