//! Proposals: a worker put forward for a job order by someone who recruits
//! (an agency, the employer, an official of the programme). Putting a
//! worker forward must not open the worker's record to the proposer: it
//! creates a proposal, which the worker accepts — becoming an application,
//! with the same checks as applying — or declines. Until then the proposer
//! knows only the worker's id and the proposal's status.

use crate::access::Role;
use crate::ids::{JobOrderId, PlacementId, ProposalId, UserId, WorkerId};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    /// Waiting for the worker's answer.
    Pending,
    /// The worker accepted: an application was made.
    Accepted,
    /// The worker declined.
    Declined,
}

impl ProposalStatus {
    /// Every status.
    pub const ALL: [ProposalStatus; 3] = [
        ProposalStatus::Pending,
        ProposalStatus::Accepted,
        ProposalStatus::Declined,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Pending => "pending",
            ProposalStatus::Accepted => "accepted",
            ProposalStatus::Declined => "declined",
        }
    }
}

/// A worker put forward for a job order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Proposal {
    /// Identifier.
    pub id: ProposalId,
    /// The job order.
    pub job_order_id: JobOrderId,
    /// The worker asked.
    pub worker_id: WorkerId,
    /// Who proposed.
    pub proposed_by: UserId,
    /// In which role.
    pub proposer_role: Role,
    /// A note to the worker.
    pub note: String,
    /// Where it stands.
    pub status: ProposalStatus,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When the worker answered.
    pub decided_at: Option<DateTime<Utc>>,
    /// The application the acceptance made.
    pub placement_id: Option<PlacementId>,
}
