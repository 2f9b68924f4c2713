//! Corridor's matching engine: eligibility, explainable scores, shortlists
//! served from an in-memory index, and match rounds (stable and optimal).
//!
//! The crate does no I/O and depends on no other Corridor crate: it has its
//! own compact input types ([`model`]) that the caller fills from the
//! domain. A typical use:
//!
//! ```
//! use corridor_matching::{generator, MatchIndex, Mechanism, RoundOptions, run_round};
//!
//! let market = generator::generate(&generator::MarketSpec::small(7));
//! let index = market.into_index();
//! let job = index.job_orders().next().unwrap().id;
//! for candidate in index.shortlist(job, 3).unwrap() {
//!     println!("{:?}: {}", candidate.worker, candidate.explanation.join("; "));
//! }
//! let programme = index.programmes().next().unwrap().id;
//! let outcome = run_round(&index, programme, Mechanism::Optimal, &RoundOptions::default()).unwrap();
//! println!("{}", outcome.summary);
//! ```
//!
//! Modules, in the order data flows through them:
//! * [`codes`] and [`model`]: the input types;
//! * [`score`]: eligibility rules and the explainable score;
//! * [`index`]: the index, shortlists and recommendations;
//! * [`round`]: match rounds and their summary, built on [`stable`]
//!   (deferred acceptance) and [`optimal`] (max-score assignment under
//!   quotas, on the min-cost-flow solver in [`flow`]);
//! * [`generator`]: deterministic synthetic markets for tests and
//!   benchmarks.
//!
//! `README.md` lists the decisions (what counts as experience, what the
//! stable mechanism does not enforce, which constraints are exact flows and
//! which need branch and bound); `BENCHMARKS.md` the measured speed.

pub mod codes;
pub mod flow;
pub mod generator;
pub mod index;
pub mod model;
pub mod optimal;
pub mod round;
pub mod score;
pub mod stable;

pub use codes::{Cefr, CountryCode, Day, IscoCode, Sex};
pub use index::{Candidate, IndexError, MatchIndex};
pub use model::{
    CompletedPlacement, EmployerId, JobOrder, JobOrderId, LanguageId, LanguageLevel, OccupationId,
    Programme, ProgrammeId, Quota, SkillId, Vocabulary, Worker, WorkerId, WorkerOccupation,
};
pub use round::{
    Mechanism, Placement, QuotaUse, RoundError, RoundOptions, RoundOutcome, RoundSummary,
    ShareStatus, UnfilledPositions, UnfilledReason, UnmatchedReason, UnmatchedWorker,
    WomenShareReport, run_round,
};
pub use score::{Ineligible, OccupationFit, Score, ScorePart, ScoredPart};
