//! The error every rule reports with: a list of violations, each naming the
//! field it concerns, a stable rule code and a sentence in plain words.
//!
//! Rules never stop at the first problem: a job order below the minimum wage
//! that also charges the worker a fee is refused with both violations, so the
//! person fixing it sees everything at once.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Violation {
    /// Where the problem is, as a dotted path into the submitted document
    /// (`wage.amount`, `recruitment_costs[2].paid_by`).
    pub field: String,
    /// A stable, machine-readable rule code (`wage_below_minimum`).
    pub rule: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Violation {
    /// A violation of `rule` at `field`, explained by `message`.
    pub fn new(
        field: impl Into<String>,
        rule: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            field: field.into(),
            rule: rule.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.field, self.message, self.rule)
    }
}

/// Every violation found in one check; never empty when returned as an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Violations(pub Vec<Violation>);

impl Violations {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one violation.
    pub fn push(
        &mut self,
        field: impl Into<String>,
        rule: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.0.push(Violation::new(field, rule, message));
    }

    /// Adds every violation of `other`, with `prefix.` before each field.
    pub fn extend_prefixed(&mut self, prefix: &str, other: Violations) {
        for mut v in other.0 {
            v.field = if v.field.is_empty() {
                prefix.to_string()
            } else if v.field.starts_with('[') {
                format!("{prefix}{}", v.field)
            } else {
                format!("{prefix}.{}", v.field)
            };
            self.0.push(v);
        }
    }

    /// Adds every violation of `other` unchanged.
    pub fn extend(&mut self, other: Violations) {
        self.0.extend(other.0);
    }

    /// True when no rule was broken.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many rules were broken.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The violations found.
    pub fn iter(&self) -> impl Iterator<Item = &Violation> {
        self.0.iter()
    }

    /// True when a violation with this rule code is present.
    pub fn has_rule(&self, rule: &str) -> bool {
        self.0.iter().any(|v| v.rule == rule)
    }

    /// `Ok(value)` when nothing was violated, otherwise `Err(self)`.
    pub fn into_result<T>(self, value: T) -> Result<T, Violations> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// A single-violation list.
    pub fn one(
        field: impl Into<String>,
        rule: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self(vec![Violation::new(field, rule, message)])
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "{}", parts.join("; "))
    }
}

impl std::error::Error for Violations {}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_nested_fields() {
        let mut inner = Violations::new();
        inner.push("amount", "negative", "amount is negative");
        inner.push("[0]", "x", "first");
        let mut outer = Violations::new();
        outer.extend_prefixed("wage", inner);
        let fields: Vec<_> = outer.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["wage.amount", "wage[0]"]);
        assert!(outer.has_rule("negative"));
        assert!(outer.into_result(()).is_err());
    }
}
