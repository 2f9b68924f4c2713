//! The Corridor domain: the types of a rights-based labour-migration exchange
//! and every rule they obey, with no I/O.
//!
//! Everything a programme, a job order, a worker profile, a placement or a
//! fee ledger must satisfy is decided here, so the HTTP layer, the store and
//! the command line all enforce the same rules:
//!
//! - [`codes`]: values that can only exist valid (country, language,
//!   currency, ISCO-08 group, ESCO occupation and skill, CEFR level).
//! - [`money`]: amounts in minor units and wages per period.
//! - [`programme`]: bilateral programmes and their minimum conditions.
//! - [`organisation`]: employers and licensed recruiting agencies.
//! - [`licensing`]: what officials do to a licence or an employer's
//!   registration (suspend, reinstate, renew, revoke) and the history kept.
//! - [`job_order`]: job orders and [`job_order::validate_job_order`], which
//!   lists every violated rule at once.
//! - [`worker`]: worker profiles and consent.
//! - [`placement`]: the application-to-return lifecycle as a state machine,
//!   and the contract check.
//! - [`orientation`]: each programme's pre-departure orientation and the
//!   record that a worker completed it.
//! - [`ledger`]: the fee ledger and the Employer Pays Principle.
//! - [`access`]: roles and who may see or do what.
//! - [`examples`]: realistic records of the four demo corridors.
//! - [`violation`]: the list-of-violations error every rule reports with.

pub mod access;
pub mod codes;
pub mod examples;
pub mod ids;
pub mod job_order;
pub mod ledger;
pub mod licensing;
pub mod money;
pub mod organisation;
pub mod orientation;
pub mod placement;
pub mod programme;
pub mod proposal;
pub mod round;
pub mod violation;
pub mod worker;

pub use violation::{Violation, Violations};
