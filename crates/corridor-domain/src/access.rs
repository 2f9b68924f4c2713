//! Roles and least privilege: who may see or do what.
//!
//! The rules are pure functions of the acting [`Principal`] and the facts
//! about the record (whose it is, which countries and employers it touches),
//! so every refusal is decided here and tested here, and the server only
//! gathers the facts.
//!
//! - A worker sees only their own record.
//! - An employer sees only its job orders and the candidates put forward for
//!   them; a recruiter the same for job orders its agency handles.
//! - Officials act within their own country's programmes.
//! - Researchers see no personal data, only protected statistics.
//! - Service data is never exposed for enforcement purposes: no role reads
//!   personal data in bulk, and there is no search of workers by name.

use crate::codes::CountryCode;
use crate::ids::{AgencyId, EmployerId, UserId, WorkerId};
use crate::placement::PlacementStatus;
use crate::programme::Programme;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The roles of Corridor's users.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A prospective migrant, returnee or diaspora professional.
    Worker,
    /// An employer in the country of destination.
    Employer,
    /// A licensed recruiting agency.
    Recruiter,
    /// A labour ministry or embassy official of a country of origin.
    OriginOfficial,
    /// An official of a country of destination.
    DestinationOfficial,
    /// A researcher: protected statistics only.
    Researcher,
    /// The operator of the installation.
    Admin,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 7] = [
        Role::Worker,
        Role::Employer,
        Role::Recruiter,
        Role::OriginOfficial,
        Role::DestinationOfficial,
        Role::Researcher,
        Role::Admin,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Worker => "worker",
            Role::Employer => "employer",
            Role::Recruiter => "recruiter",
            Role::OriginOfficial => "origin_official",
            Role::DestinationOfficial => "destination_official",
            Role::Researcher => "researcher",
            Role::Admin => "admin",
        }
    }

    /// Parses the snake_case code.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// True for officials of either side.
    pub fn is_official(self) -> bool {
        matches!(self, Role::OriginOfficial | Role::DestinationOfficial)
    }
}

/// Who is acting: a user, their role, and what the role is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Principal {
    /// The user account.
    pub user_id: UserId,
    /// Their role.
    pub role: Role,
    /// For a worker: their profile.
    pub worker_id: Option<WorkerId>,
    /// For an employer: the employer they act for.
    pub employer_id: Option<EmployerId>,
    /// For a recruiter: their agency.
    pub agency_id: Option<AgencyId>,
    /// For an official: their country.
    pub country: Option<CountryCode>,
}

/// Why an action is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Denied(pub String);

type Decision = Result<(), Denied>;

fn deny(msg: impl Into<String>) -> Decision {
    Err(Denied(msg.into()))
}

/// The facts about a worker's record that decide who may read it.
#[derive(Debug, Clone, Default)]
pub struct WorkerRecordFacts {
    /// The worker.
    pub worker_id: Option<WorkerId>,
    /// Their citizenships and residence.
    pub countries: Vec<CountryCode>,
    /// Employers of job orders the worker applied to or was put forward for.
    pub employers: Vec<EmployerId>,
    /// Agencies handling those job orders.
    pub agencies: Vec<AgencyId>,
    /// Origin and destination countries of the programmes of those
    /// placements.
    pub programme_countries: Vec<CountryCode>,
}

impl Principal {
    /// True when this official belongs to one of the programme's countries.
    pub fn is_official_of(&self, programme: &Programme) -> bool {
        match (self.role, &self.country) {
            (Role::OriginOfficial, Some(c)) => *c == programme.spec.origin,
            (Role::DestinationOfficial, Some(c)) => *c == programme.spec.destination,
            _ => false,
        }
    }

    /// May this principal create a programme between these countries?
    pub fn may_create_programme(
        &self,
        origin: &CountryCode,
        destination: &CountryCode,
    ) -> Decision {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(()),
            (Role::OriginOfficial, Some(c)) if c == origin => Ok(()),
            (Role::DestinationOfficial, Some(c)) if c == destination => Ok(()),
            (r, _) if r.is_official() => deny(format!(
                "officials act within their own country's programmes; this programme runs {origin}→{destination}"
            )),
            _ => deny("only officials of the countries concerned create programmes"),
        }
    }

    /// May this principal change an existing programme?
    pub fn may_edit_programme(&self, programme: &Programme) -> Decision {
        if self.role == Role::Admin || self.is_official_of(programme) {
            Ok(())
        } else if self.role.is_official() {
            deny(format!(
                "officials act within their own country's programmes; programme {} runs {}",
                programme.id,
                programme.corridor()
            ))
        } else {
            deny("only officials of the programme's countries change a programme")
        }
    }

    /// May this principal register or change an employer in `country`?
    /// Destination officials approve employers of their country.
    pub fn may_manage_employer(&self, country: &CountryCode) -> Decision {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(()),
            (Role::DestinationOfficial, Some(c)) if c == country => Ok(()),
            _ => deny("only destination officials of the employer's country register employers"),
        }
    }

    /// May this principal license an agency whose licence is issued by
    /// `issuing_country`? Officials license recruiters of their own country.
    pub fn may_license_agency(&self, issuing_country: &CountryCode) -> Decision {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(()),
            (Role::OriginOfficial | Role::DestinationOfficial, Some(c)) if c == issuing_country => {
                Ok(())
            }
            _ => deny("only officials of the issuing country license recruiting agencies"),
        }
    }

    /// May this principal post a job order for `employer` under `programme`,
    /// optionally through `agency`?
    pub fn may_post_job_order(
        &self,
        programme: &Programme,
        employer: EmployerId,
        agency: Option<AgencyId>,
    ) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            Role::Employer if self.employer_id == Some(employer) => Ok(()),
            Role::Recruiter if agency.is_some() && self.agency_id == agency => Ok(()),
            Role::DestinationOfficial if self.is_official_of(programme) => Ok(()),
            Role::Employer => deny("an employer posts job orders only for itself"),
            Role::Recruiter => deny("a recruiter posts job orders only through its own agency"),
            _ => deny(
                "job orders are posted by employers, their licensed agencies or destination officials",
            ),
        }
    }

    /// May this principal see a job order's management view (candidates,
    /// costs ledger)?
    pub fn may_manage_job_order(
        &self,
        programme: &Programme,
        employer: EmployerId,
        agency: Option<AgencyId>,
    ) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            Role::Employer if self.employer_id == Some(employer) => Ok(()),
            Role::Recruiter if agency.is_some() && self.agency_id == agency => Ok(()),
            r if r.is_official() && self.is_official_of(programme) => Ok(()),
            Role::Employer => deny("an employer sees only its own job orders"),
            Role::Recruiter => deny("a recruiter sees only job orders its agency handles"),
            r if r.is_official() => deny("officials act within their own country's programmes"),
            _ => deny("this job order's candidates are not visible to you"),
        }
    }

    /// May this principal approve a job order under `programme`?
    pub fn may_approve_job_order(&self, programme: &Programme) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            Role::DestinationOfficial if self.is_official_of(programme) => Ok(()),
            _ => deny("job orders are approved by destination officials of the programme"),
        }
    }

    /// May this principal read a worker's personal record?
    pub fn may_read_worker(&self, facts: &WorkerRecordFacts) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            Role::Worker if self.worker_id.is_some() && self.worker_id == facts.worker_id => Ok(()),
            Role::Worker => deny("a worker sees only their own record"),
            Role::Employer
                if self
                    .employer_id
                    .is_some_and(|e| facts.employers.contains(&e)) =>
            {
                Ok(())
            }
            Role::Employer => {
                deny("an employer sees only candidates put forward for its own job orders")
            }
            Role::Recruiter if self.agency_id.is_some_and(|a| facts.agencies.contains(&a)) => {
                Ok(())
            }
            Role::Recruiter => {
                deny("a recruiter sees only candidates for job orders its agency handles")
            }
            Role::OriginOfficial | Role::DestinationOfficial => {
                let Some(c) = &self.country else {
                    return deny("this official has no country");
                };
                let own_national = self.role == Role::OriginOfficial && facts.countries.contains(c);
                if own_national || facts.programme_countries.contains(c) {
                    Ok(())
                } else {
                    deny(
                        "officials see only workers of their own country or of their country's programmes",
                    )
                }
            }
            Role::Researcher => deny("researchers see no personal data, only protected statistics"),
        }
    }

    /// May this principal change a worker's profile?
    pub fn may_edit_worker(&self, worker: WorkerId, country_facts: &[CountryCode]) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            Role::Worker if self.worker_id == Some(worker) => Ok(()),
            Role::OriginOfficial
                if self
                    .country
                    .as_ref()
                    .is_some_and(|c| country_facts.contains(c)) =>
            {
                Ok(())
            }
            _ => deny("only the worker, or an origin official of their country, changes a profile"),
        }
    }

    /// May this principal record `to` on a placement of `worker` for a job
    /// order of `employer` (through `agency`) under `programme`?
    pub fn may_record_transition(
        &self,
        to: PlacementStatus,
        worker: WorkerId,
        programme: &Programme,
        employer: EmployerId,
        agency: Option<AgencyId>,
    ) -> Decision {
        use PlacementStatus::*;
        if self.role == Role::Admin {
            return Ok(());
        }
        let is_worker = self.role == Role::Worker && self.worker_id == Some(worker);
        let is_employer = self.role == Role::Employer && self.employer_id == Some(employer);
        let is_agency =
            self.role == Role::Recruiter && agency.is_some() && self.agency_id == agency;
        let is_origin = self.role == Role::OriginOfficial && self.is_official_of(programme);
        let is_dest = self.role == Role::DestinationOfficial && self.is_official_of(programme);
        let allowed = match to {
            Applied => is_worker || is_agency || is_origin,
            Shortlisted | Selected | Rejected => is_employer || is_agency || is_origin || is_dest,
            ContractSigned => is_employer || is_agency,
            OrientationDone => is_origin || is_agency,
            VisaIssued => is_dest,
            Departed | Returned => is_origin,
            Arrived => is_dest || is_employer,
            Employed | Completed => is_employer || is_dest,
            Withdrawn => is_worker || is_origin,
            EndedEarly => is_worker || is_employer || is_origin || is_dest,
        };
        if allowed {
            Ok(())
        } else {
            deny(format!(
                "a {} may not record '{}' on this placement",
                self.role.as_str().replace('_', " "),
                to.as_str()
            ))
        }
    }

    /// May this principal read a placement's fee ledger and its violations?
    /// Origin officials see every violation of their country's programmes.
    pub fn may_read_ledger(
        &self,
        worker: WorkerId,
        programme: &Programme,
        employer: EmployerId,
        agency: Option<AgencyId>,
    ) -> Decision {
        if self.role == Role::Worker && self.worker_id == Some(worker) {
            return Ok(());
        }
        self.may_manage_job_order(programme, employer, agency)
    }

    /// May this principal read the audit log?
    pub fn may_read_audit_log(&self) -> Decision {
        match self.role {
            Role::Admin | Role::OriginOfficial | Role::DestinationOfficial => Ok(()),
            _ => deny("only officials and administrators read the audit log"),
        }
    }

    /// May this principal run and confirm match rounds for `programme`?
    pub fn may_run_match_round(&self, programme: &Programme) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            r if r.is_official() && self.is_official_of(programme) => Ok(()),
            _ => deny("match rounds are run by officials of the programme"),
        }
    }
}
