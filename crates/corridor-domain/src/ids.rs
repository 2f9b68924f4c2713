//! Identifiers of the records Corridor keeps, one type per kind so a worker's
//! id can never be passed where a job order's is expected.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! record_id {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        #[schemars(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl From<i64> for $name {
            fn from(v: i64) -> Self {
                Self(v)
            }
        }
    )*};
}

record_id!(
    /// A bilateral programme.
    ProgrammeId,
    /// An employer in a destination country.
    EmployerId,
    /// A licensed recruiting agency.
    AgencyId,
    /// A job order posted under a programme.
    JobOrderId,
    /// A registered worker.
    WorkerId,
    /// A placement: one worker's application to one job order, followed to return.
    PlacementId,
    /// A user account.
    UserId,
    /// A payment on a placement's fee ledger.
    PaymentId,
    /// A worker put forward for a job order, waiting for their answer.
    ProposalId,
);
