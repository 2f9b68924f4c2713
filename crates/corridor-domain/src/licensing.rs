//! What officials do to a recruiting agency's licence and an employer's
//! registration, and the history each change leaves.
//!
//! A licence is issued active, then renewed (a new end of validity),
//! suspended, reinstated, revoked for good, or recorded as expired once its
//! validity has passed. An employer is registered, then suspended and
//! reinstated. Every change is an immutable event with the status it left
//! and the reason given, so a worker checking a recruiter sees why its
//! licence was suspended, and an official sees who did what and when.
//!
//! ```text
//! issue ─► active ──suspend──► suspended ──reinstate──► active
//!          active ──renew (a later last day)──► active
//!          active, past its last day ──expire──► expired ──renew──► active
//!          active | suspended | expired ──revoke──► revoked (final)
//! ```
//!
//! The rules are pure: [`apply_licence_change`] and
//! [`apply_employer_change`] take the current state and the change asked
//! for, and return the new state or every violated rule at once.

use crate::ids::{AgencyId, EmployerId};
use crate::organisation::{EmployerStatus, Licence, LicenceStatus};
use crate::violation::Violations;
use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The longest reason kept (a paragraph, not a file).
pub const MAX_REASON_CHARS: usize = 2000;

/// What was done to a licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LicenceAction {
    /// Licensed: the agency was registered with an active licence.
    Issue,
    /// Given a new end of validity.
    Renew,
    /// Withdrawn for now.
    Suspend,
    /// Put back in force after a suspension.
    Reinstate,
    /// Withdrawn for good.
    Revoke,
    /// Recorded as past its validity.
    Expire,
}

impl LicenceAction {
    /// Every action, in the order of a licence's life.
    pub const ALL: [LicenceAction; 6] = [
        LicenceAction::Issue,
        LicenceAction::Renew,
        LicenceAction::Suspend,
        LicenceAction::Reinstate,
        LicenceAction::Revoke,
        LicenceAction::Expire,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            LicenceAction::Issue => "issue",
            LicenceAction::Renew => "renew",
            LicenceAction::Suspend => "suspend",
            LicenceAction::Reinstate => "reinstate",
            LicenceAction::Revoke => "revoke",
            LicenceAction::Expire => "expire",
        }
    }

    /// Parses the snake_case code.
    pub fn parse(s: &str) -> Option<LicenceAction> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// True when the official must say why.
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            LicenceAction::Suspend | LicenceAction::Reinstate | LicenceAction::Revoke
        )
    }
}

/// A change an official asks for on an existing licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LicenceChange {
    /// What to do (`renew`, `suspend`, `reinstate`, `revoke`, `expire`;
    /// a licence is issued when its agency is registered).
    pub action: LicenceAction,
    /// Why, in plain words; required to suspend, reinstate or revoke, and
    /// shown publicly on the agency's page.
    #[serde(default)]
    pub reason: String,
    /// For a renewal: the new last day of validity.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
}

/// One change of a licence, as kept in its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LicenceEvent {
    /// The agency.
    pub agency_id: AgencyId,
    /// What was done.
    pub action: LicenceAction,
    /// The licence's status after it.
    pub status: LicenceStatus,
    /// The last day of validity after it.
    pub valid_until: NaiveDate,
    /// Why.
    pub reason: String,
    /// Who did it (0: the system, e.g. records older than the history).
    pub actor_user_id: i64,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

fn check_reason(v: &mut Violations, reason: &str, required: bool, what: &str) {
    if required && reason.trim().is_empty() {
        v.push("reason", "required", format!("say why the {what}"));
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        v.push(
            "reason",
            "too_long",
            format!("a reason has at most {MAX_REASON_CHARS} characters"),
        );
    }
}

/// Applies `change` to `licence` on `today`: the licence after it, or every
/// violated rule. A licence is suspended only while in force, reinstated
/// only from a suspension, renewed only while active or expired (to a
/// later end of validity, not in the past), revoked unless already revoked,
/// and recorded as expired only once active past its validity.
pub fn apply_licence_change(
    licence: &Licence,
    change: &LicenceChange,
    today: NaiveDate,
) -> Result<Licence, Violations> {
    use LicenceAction as A;
    use LicenceStatus as S;
    let mut v = Violations::new();
    check_reason(
        &mut v,
        &change.reason,
        change.action.needs_reason(),
        match change.action {
            A::Suspend => "licence is suspended",
            A::Reinstate => "licence is reinstated",
            _ => "licence is revoked",
        },
    );
    let effective = licence.status_on(today);
    let allowed = match change.action {
        A::Issue => false,
        A::Renew => matches!(effective, S::Active | S::Expired) && licence.status != S::Revoked,
        A::Suspend => effective == S::Active,
        A::Reinstate => licence.status == S::Suspended,
        A::Revoke => licence.status != S::Revoked,
        A::Expire => licence.status == S::Active && today > licence.valid_until,
    };
    if !allowed {
        v.push(
            "action",
            "illegal_licence_action",
            match change.action {
                A::Issue => "a licence is issued when its agency is licensed".to_string(),
                a => format!(
                    "a licence that is {} cannot be given the action '{}'",
                    effective.as_str(),
                    a.as_str()
                ),
            },
        );
    }
    let mut after = licence.clone();
    match change.action {
        A::Renew => match change.valid_until {
            None => v.push(
                "valid_until",
                "required",
                "a renewal needs the new last day of validity",
            ),
            Some(until) if until <= licence.valid_until || until < today => v.push(
                "valid_until",
                "renewal_not_later",
                format!(
                    "a renewal must end after the current last day of validity ({}) and not in the past",
                    licence.valid_until
                ),
            ),
            Some(until) => {
                after.valid_until = until;
                after.status = S::Active;
            }
        },
        A::Suspend => after.status = S::Suspended,
        A::Reinstate => after.status = S::Active,
        A::Revoke => after.status = S::Revoked,
        A::Expire => after.status = S::Expired,
        A::Issue => {}
    }
    v.into_result(after)
}

/// What was done to an employer's registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmployerAction {
    /// Registered by a destination official.
    Register,
    /// Barred from posting job orders for now.
    Suspend,
    /// Allowed to post job orders again.
    Reinstate,
}

impl EmployerAction {
    /// Every action.
    pub const ALL: [EmployerAction; 3] = [
        EmployerAction::Register,
        EmployerAction::Suspend,
        EmployerAction::Reinstate,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            EmployerAction::Register => "register",
            EmployerAction::Suspend => "suspend",
            EmployerAction::Reinstate => "reinstate",
        }
    }

    /// Parses the snake_case code.
    pub fn parse(s: &str) -> Option<EmployerAction> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// A change an official asks for on an employer's registration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EmployerChange {
    /// `suspend` or `reinstate` (an employer is registered once).
    pub action: EmployerAction,
    /// Why, in plain words (required).
    #[serde(default)]
    pub reason: String,
}

/// One change of an employer's registration, as kept in its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EmployerEvent {
    /// The employer.
    pub employer_id: EmployerId,
    /// What was done.
    pub action: EmployerAction,
    /// The employer's status after it.
    pub status: EmployerStatus,
    /// Why.
    pub reason: String,
    /// Who did it (0: the system).
    pub actor_user_id: i64,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

/// Applies `change` to an employer in `status`: the status after it, or
/// every violated rule. Only an active employer is suspended and only a
/// suspended one reinstated; both need a reason.
pub fn apply_employer_change(
    status: EmployerStatus,
    change: &EmployerChange,
) -> Result<EmployerStatus, Violations> {
    let mut v = Violations::new();
    check_reason(
        &mut v,
        &change.reason,
        change.action != EmployerAction::Register,
        match change.action {
            EmployerAction::Reinstate => "employer is reinstated",
            _ => "employer is suspended",
        },
    );
    let after = match (change.action, status) {
        (EmployerAction::Suspend, EmployerStatus::Active) => Some(EmployerStatus::Suspended),
        (EmployerAction::Reinstate, EmployerStatus::Suspended) => Some(EmployerStatus::Active),
        _ => None,
    };
    match after {
        Some(s) => v.into_result(s),
        None => {
            v.push(
                "action",
                "illegal_employer_action",
                match change.action {
                    EmployerAction::Register => "an employer is registered once".to_string(),
                    a => format!(
                        "an employer that is {} cannot be given the action '{}'",
                        status.as_str(),
                        a.as_str()
                    ),
                },
            );
            Err(v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::CountryCode;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn licence(status: LicenceStatus) -> Licence {
        Licence {
            number: "MEX-LIC-1".into(),
            issuing_country: CountryCode::parse("MEX").unwrap(),
            status,
            valid_from: day(2025, 1, 1),
            valid_until: day(2027, 12, 31),
        }
    }

    fn change(action: LicenceAction, reason: &str) -> LicenceChange {
        LicenceChange {
            action,
            reason: reason.into(),
            valid_until: None,
        }
    }

    const TODAY: fn() -> NaiveDate = || day(2026, 6, 1);

    #[test]
    fn a_licence_goes_through_its_life() {
        use LicenceAction as A;
        use LicenceStatus as S;
        let l = licence(S::Active);
        let s = apply_licence_change(&l, &change(A::Suspend, "fees charged"), TODAY()).unwrap();
        assert_eq!(s.status, S::Suspended);
        let r = apply_licence_change(&s, &change(A::Reinstate, "refunded"), TODAY()).unwrap();
        assert_eq!(r.status, S::Active);
        let renewed = apply_licence_change(
            &r,
            &LicenceChange {
                valid_until: Some(day(2029, 12, 31)),
                ..change(A::Renew, "")
            },
            TODAY(),
        )
        .unwrap();
        assert_eq!(renewed.valid_until, day(2029, 12, 31));
        let gone = apply_licence_change(&renewed, &change(A::Revoke, "fraud"), TODAY()).unwrap();
        assert_eq!(gone.status, S::Revoked);
        // Revoked is final.
        for a in [A::Suspend, A::Reinstate, A::Revoke, A::Renew, A::Expire] {
            let e = apply_licence_change(&gone, &change(a, "x"), TODAY()).unwrap_err();
            assert!(e.has_rule("illegal_licence_action"), "{a:?}: {e}");
        }
    }

    #[test]
    fn wrong_states_missing_reasons_and_dates_are_all_reported() {
        use LicenceAction as A;
        use LicenceStatus as S;
        let e = apply_licence_change(&licence(S::Active), &change(A::Reinstate, ""), TODAY())
            .unwrap_err();
        assert!(e.has_rule("illegal_licence_action") && e.has_rule("required"));
        assert_eq!(e.len(), 2);
        let e =
            apply_licence_change(&licence(S::Active), &change(A::Renew, ""), TODAY()).unwrap_err();
        assert!(e.iter().any(|x| x.field == "valid_until"));
        let earlier = LicenceChange {
            valid_until: Some(day(2027, 1, 1)),
            ..change(A::Renew, "")
        };
        let e = apply_licence_change(&licence(S::Active), &earlier, TODAY()).unwrap_err();
        assert!(e.has_rule("renewal_not_later"));
        let e = apply_licence_change(&licence(S::Suspended), &earlier, TODAY()).unwrap_err();
        assert!(e.has_rule("illegal_licence_action"));
        let long = "x".repeat(MAX_REASON_CHARS + 1);
        let e = apply_licence_change(&licence(S::Active), &change(A::Suspend, &long), TODAY())
            .unwrap_err();
        assert!(e.has_rule("too_long"));
        assert!(apply_licence_change(&licence(S::Active), &change(A::Issue, ""), TODAY()).is_err());
    }

    #[test]
    fn an_expired_licence_is_renewed_or_revoked_but_not_suspended() {
        use LicenceAction as A;
        use LicenceStatus as S;
        let later = day(2028, 3, 1);
        let l = licence(S::Active);
        let expired = apply_licence_change(&l, &change(A::Expire, ""), later).unwrap();
        assert_eq!(expired.status, S::Expired);
        assert!(apply_licence_change(&l, &change(A::Expire, ""), TODAY()).is_err());
        assert!(apply_licence_change(&l, &change(A::Suspend, "x"), later).is_err());
        let renew = LicenceChange {
            valid_until: Some(day(2030, 12, 31)),
            ..change(A::Renew, "")
        };
        let back = apply_licence_change(&expired, &renew, later).unwrap();
        assert_eq!(back.status, S::Active);
        assert!(back.is_active_on(later));
        // Renewing to a day already past is refused.
        let past = LicenceChange {
            valid_until: Some(day(2028, 1, 1)),
            ..change(A::Renew, "")
        };
        assert!(
            apply_licence_change(&expired, &past, later)
                .unwrap_err()
                .has_rule("renewal_not_later")
        );
    }

    #[test]
    fn employers_are_suspended_and_reinstated_with_a_reason() {
        let suspend = |r: &str| EmployerChange {
            action: EmployerAction::Suspend,
            reason: r.into(),
        };
        assert_eq!(
            apply_employer_change(EmployerStatus::Active, &suspend("wages unpaid")),
            Ok(EmployerStatus::Suspended)
        );
        let e = apply_employer_change(EmployerStatus::Suspended, &suspend("")).unwrap_err();
        assert!(e.has_rule("illegal_employer_action") && e.has_rule("required"));
        let reinstate = EmployerChange {
            action: EmployerAction::Reinstate,
            reason: "wages paid".into(),
        };
        assert_eq!(
            apply_employer_change(EmployerStatus::Suspended, &reinstate),
            Ok(EmployerStatus::Active)
        );
        assert!(apply_employer_change(EmployerStatus::Active, &reinstate).is_err());
        for a in LicenceAction::ALL {
            assert_eq!(LicenceAction::parse(a.as_str()), Some(a));
        }
        for a in EmployerAction::ALL {
            assert_eq!(EmployerAction::parse(a.as_str()), Some(a));
        }
    }
}
