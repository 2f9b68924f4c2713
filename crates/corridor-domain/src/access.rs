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
use crate::organisation::{EmployerStatus, LicenceStatus};
use crate::placement::PlacementStatus;
use crate::programme::Programme;
use crate::violation::Violations;
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

    /// Whether accounts of this role must sign in in two steps (a password,
    /// then a code from an authenticator app): officials and administrators
    /// can read personal records of many people or change who may act.
    /// Everyone else may turn two-step sign-in on.
    pub fn requires_two_factor(self) -> bool {
        matches!(
            self,
            Role::OriginOfficial | Role::DestinationOfficial | Role::Admin
        )
    }

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
    /// Every placement of the worker, with its job order's employer and
    /// agency and its programme's countries.
    pub placements: Vec<PlacementLink>,
    /// The worker's latest word on `sharing_with_employers`.
    pub shares_with_employers: bool,
}

/// A placement as the access rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementLink {
    /// Employer of the job order.
    pub employer: EmployerId,
    /// Agency handling the job order.
    pub agency: Option<AgencyId>,
    /// The programme's country of origin.
    pub origin: CountryCode,
    /// The programme's country of destination.
    pub destination: CountryCode,
    /// Where the placement stands.
    pub status: PlacementStatus,
}

impl WorkerRecordFacts {
    fn live(&self) -> impl Iterator<Item = &PlacementLink> {
        self.placements.iter().filter(|p| p.status.is_live())
    }
}

/// Where the organisation a principal acts for stands today: an
/// employer's registration, a recruiting agency's licence (its effective
/// status on the day, so a licence past its validity counts as expired).
/// Gathered by the server for employers' and recruiters' accounts; other
/// roles act for no organisation and leave both empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OrganisationStanding {
    /// The employer's registration, when the principal acts for one (and
    /// it exists).
    pub employer: Option<EmployerStatus>,
    /// The agency's licence on the day, when the principal acts for one
    /// (and it exists).
    pub licence: Option<LicenceStatus>,
}

/// Which part of the audit log a principal reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditScope {
    /// The whole log (administrators).
    Everything,
    /// Entries about records of one country: its programmes, its nationals
    /// and residents, its organisations, and its own officials' acts.
    Country(CountryCode),
}

/// Which programmes a principal works on as an official: the programmes
/// listed on their pages and whose match rounds they see. The same
/// programmes [`Principal::is_official_of`] names, as a filter a store
/// query can apply (so a list's total counts only what the caller sees).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgrammeScope {
    /// Every programme (administrators).
    Everything,
    /// Programmes recruiting from this country (its origin officials).
    Origin(CountryCode),
    /// Programmes bringing workers to this country (its destination
    /// officials).
    Destination(CountryCode),
}

impl ProgrammeScope {
    /// True when `programme` lies in this scope.
    pub fn covers(&self, programme: &Programme) -> bool {
        match self {
            ProgrammeScope::Everything => true,
            ProgrammeScope::Origin(c) => programme.spec.origin == *c,
            ProgrammeScope::Destination(c) => programme.spec.destination == *c,
        }
    }
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

    /// May this principal publish or change `programme`'s orientation? The
    /// officials who may change the programme itself.
    pub fn may_edit_orientation(&self, programme: &Programme) -> Decision {
        self.may_edit_programme(programme).map_err(|_| {
            Denied("only officials of the programme's countries publish its orientation".into())
        })
    }

    /// May this principal record that `worker` completed the orientation
    /// of `programme`? The worker themself, or an official of the
    /// programme's country of origin, where orientation is taught.
    pub fn may_record_orientation(&self, worker: WorkerId, programme: &Programme) -> Decision {
        let allowed = match self.role {
            Role::Admin => true,
            Role::Worker => self.worker_id == Some(worker),
            Role::OriginOfficial => self.is_official_of(programme),
            _ => false,
        };
        if allowed {
            Ok(())
        } else {
            deny(
                "a worker's completion of orientation is recorded by the worker or an official of the programme's country of origin",
            )
        }
    }

    /// May this principal list, create, disable, re-enable and reset the
    /// password of user accounts? Administrators only: an account decides
    /// what its holder may see, so no other role hands them out.
    pub fn may_administer_users(&self) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            _ => deny("only administrators manage user accounts"),
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

    /// Does this principal's role post job orders at all (so that the form
    /// is worth showing)? Which employer and programme is decided by
    /// [`Principal::may_post_job_order`].
    pub fn posts_job_orders(&self) -> bool {
        matches!(
            self.role,
            Role::Admin | Role::Employer | Role::Recruiter | Role::DestinationOfficial
        )
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

    /// May this principal read a worker's personal record? Access follows
    /// live placements and consent: an employer or agency reads a worker
    /// only while the worker has an application under way for one of its
    /// job orders and has consented to sharing their profile with
    /// employers; a destination official only while such a placement runs
    /// under one of their country's programmes. An origin official reads
    /// their country's nationals and residents (whom they register and
    /// protect). Putting a worker forward gives no access: see
    /// [`Principal::may_propose_worker`].
    pub fn may_read_worker(&self, facts: &WorkerRecordFacts) -> Decision {
        match self.role {
            Role::Admin => Ok(()),
            Role::Worker if self.worker_id.is_some() && self.worker_id == facts.worker_id => Ok(()),
            Role::Worker => deny("a worker sees only their own record"),
            Role::Employer | Role::Recruiter => {
                let ours = |p: &&PlacementLink| match self.role {
                    Role::Employer => self.employer_id == Some(p.employer),
                    _ => self.agency_id.is_some() && self.agency_id == p.agency,
                };
                if facts.live().any(|p| ours(&p)) && facts.shares_with_employers {
                    Ok(())
                } else if self.role == Role::Employer {
                    deny(
                        "an employer sees a worker only while their application to one of its job orders is under way and they share their profile with employers",
                    )
                } else {
                    deny(
                        "a recruiter sees a worker only while their application to a job order its agency handles is under way and they share their profile with employers",
                    )
                }
            }
            Role::OriginOfficial | Role::DestinationOfficial => {
                let Some(c) = &self.country else {
                    return deny(
                        "this official's account names no country; an administrator must set it",
                    );
                };
                let own_national = self.role == Role::OriginOfficial && facts.countries.contains(c);
                let in_programme = facts.live().any(|p| match self.role {
                    Role::OriginOfficial => &p.origin == c,
                    _ => &p.destination == c,
                });
                if own_national || in_programme {
                    Ok(())
                } else {
                    deny(
                        "officials see only workers of their own country or with a placement under way in their country's programmes",
                    )
                }
            }
            Role::Researcher => deny("researchers see no personal data, only protected statistics"),
        }
    }

    /// May this principal put a worker forward for a job order of
    /// `employer` (through `agency`) under `programme`? A proposal names
    /// the worker only; the worker accepts or declines it, and nothing of
    /// their record is shown to the proposer until they accept.
    pub fn may_propose_worker(
        &self,
        programme: &Programme,
        employer: EmployerId,
        agency: Option<AgencyId>,
    ) -> Decision {
        match self.role {
            Role::Worker => deny("a worker applies; proposals are made by those who recruit"),
            Role::Researcher => deny("researchers see no personal data, only protected statistics"),
            _ => self.may_manage_job_order(programme, employer, agency),
        }
    }

    /// May this principal register a worker who has no account (at a job
    /// centre, with the consents the worker gives in person)? Workers
    /// register themselves; otherwise only an origin official of the
    /// worker's country (citizenship or residence), or an administrator.
    pub fn may_register_worker(&self, worker_countries: &[CountryCode]) -> Decision {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(()),
            (Role::OriginOfficial, Some(c)) if worker_countries.contains(c) => Ok(()),
            _ => deny(
                "workers register themselves, or are registered by an origin official of their country",
            ),
        }
    }

    /// May this principal apply on a worker's behalf, recording the
    /// consent the worker gave in person? Only an origin official of the
    /// worker's country (citizenship or residence), or an administrator.
    pub fn may_apply_on_behalf(&self, worker_countries: &[CountryCode]) -> Decision {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(()),
            (Role::OriginOfficial, Some(c)) if worker_countries.contains(c) => Ok(()),
            _ => deny(
                "only an origin official of the worker's country applies on the worker's behalf, with the worker's consent recorded",
            ),
        }
    }

    /// May this principal accept or decline a proposal made to `worker`?
    /// The worker's own decision.
    pub fn may_answer_proposal(&self, worker: WorkerId) -> Decision {
        if self.role == Role::Worker && self.worker_id == Some(worker) {
            Ok(())
        } else {
            deny("only the worker accepts or declines a proposal made to them")
        }
    }

    /// May this principal see why a shortlisted worker scores as they do
    /// (occupation, experience, languages: details of the profile)? The
    /// programme's officials, who run the rounds, always; an employer or
    /// agency only for workers who share their profile with employers.
    pub fn may_see_candidate_details(&self, programme: &Programme, shares: bool) -> bool {
        self.role == Role::Admin || self.is_official_of(programme) || shares
    }

    /// May this principal see which returning workers a job order names?
    /// Those who manage the job order; never the public.
    pub fn may_see_named_workers(
        &self,
        programme: &Programme,
        employer: EmployerId,
        agency: Option<AgencyId>,
    ) -> bool {
        self.may_manage_job_order(programme, employer, agency)
            .is_ok()
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

    /// Which part of the audit log may this principal read? Officials read
    /// the entries of their own country only; an official whose account
    /// names no country reads nothing.
    pub fn audit_scope(&self) -> Result<AuditScope, Denied> {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(AuditScope::Everything),
            (r, Some(c)) if r.is_official() => Ok(AuditScope::Country(c.clone())),
            (r, None) if r.is_official() => Err(Denied(
                "this official's account names no country; an administrator must set it".into(),
            )),
            _ => Err(Denied(
                "only officials and administrators read the audit log".into(),
            )),
        }
    }

    /// Which programmes this principal works on as an official (their
    /// country's side of each); an official whose account names no country
    /// works on none, and other roles are refused.
    pub fn programme_scope(&self) -> Result<ProgrammeScope, Denied> {
        match (self.role, &self.country) {
            (Role::Admin, _) => Ok(ProgrammeScope::Everything),
            (Role::OriginOfficial, Some(c)) => Ok(ProgrammeScope::Origin(c.clone())),
            (Role::DestinationOfficial, Some(c)) => Ok(ProgrammeScope::Destination(c.clone())),
            (r, None) if r.is_official() => Err(Denied(
                "this official's account names no country; an administrator must set it".into(),
            )),
            _ => Err(Denied(
                "programmes and match rounds are administered by officials".into(),
            )),
        }
    }

    /// May this principal act on job orders and placements at all, given
    /// where its organisation stands? A suspended employer's users, and the
    /// staff of an agency whose licence is suspended, revoked or expired,
    /// may not act on their job orders or placements (close, move, sign,
    /// record payments, propose, shortlist) nor read the workers' data
    /// those give access to, until the organisation is back in good
    /// standing. Every other role is unaffected: workers keep withdrawing,
    /// reporting fees and reading their record, and officials keep acting
    /// on the placements concerned. Refusals carry rule codes
    /// (`employer_suspended`, `agency_licence_not_active`).
    pub fn may_act_for_organisation(
        &self,
        standing: &OrganisationStanding,
    ) -> Result<(), Violations> {
        let mut v = Violations::new();
        match self.role {
            Role::Employer if standing.employer != Some(EmployerStatus::Active) => v.push(
                "employer_id",
                "employer_suspended",
                "this employer is suspended: its users may not act on its job orders or placements, nor read its candidates, until a destination official reinstates it",
            ),
            Role::Recruiter if standing.licence != Some(LicenceStatus::Active) => v.push(
                "agency_id",
                "agency_licence_not_active",
                format!(
                    "this agency's licence is {}: its staff may not act on job orders or placements, nor read candidates, until the licence is in force again",
                    standing.licence.map_or("not on record", |l| l.as_str())
                ),
            ),
            _ => {}
        }
        if v.is_empty() { Ok(()) } else { Err(v) }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::DemoCorridor;
    use crate::ids::ProgrammeId;

    fn country(c: &str) -> CountryCode {
        CountryCode::parse(c).unwrap()
    }

    fn principal(role: Role) -> Principal {
        Principal {
            user_id: UserId(1),
            role,
            worker_id: None,
            employer_id: None,
            agency_id: None,
            country: None,
        }
    }

    fn employer() -> Principal {
        Principal {
            employer_id: Some(EmployerId(3)),
            ..principal(Role::Employer)
        }
    }

    fn recruiter() -> Principal {
        Principal {
            agency_id: Some(AgencyId(4)),
            ..principal(Role::Recruiter)
        }
    }

    fn official(role: Role, c: &str) -> Principal {
        Principal {
            country: Some(country(c)),
            ..principal(role)
        }
    }

    /// A Mexican worker with one placement at employer 3 through agency 4
    /// under a Mexico → Canada programme.
    fn facts(status: PlacementStatus, shares: bool) -> WorkerRecordFacts {
        WorkerRecordFacts {
            worker_id: Some(WorkerId(9)),
            countries: vec![country("MEX")],
            placements: vec![PlacementLink {
                employer: EmployerId(3),
                agency: Some(AgencyId(4)),
                origin: country("MEX"),
                destination: country("CAN"),
                status,
            }],
            shares_with_employers: shares,
        }
    }

    #[test]
    fn employers_and_agencies_read_a_worker_only_while_live_and_consented() {
        use PlacementStatus::*;
        for p in [employer(), recruiter()] {
            assert!(p.may_read_worker(&facts(Applied, true)).is_ok());
            assert!(p.may_read_worker(&facts(Employed, true)).is_ok());
            // Consent withdrawn.
            assert!(p.may_read_worker(&facts(Applied, false)).is_err());
            // Rejected, withdrawn or finished.
            for s in [Rejected, Withdrawn, Completed, Returned, EndedEarly] {
                assert!(p.may_read_worker(&facts(s, true)).is_err(), "{s:?}");
            }
            // No placement at all.
            let none = WorkerRecordFacts {
                placements: vec![],
                ..facts(Applied, true)
            };
            assert!(p.may_read_worker(&none).is_err());
        }
        let other = Principal {
            employer_id: Some(EmployerId(30)),
            ..principal(Role::Employer)
        };
        assert!(other.may_read_worker(&facts(Applied, true)).is_err());
    }

    #[test]
    fn officials_read_their_nationals_and_live_placements_of_their_programmes() {
        use PlacementStatus::*;
        let mex = official(Role::OriginOfficial, "MEX");
        let can = official(Role::DestinationOfficial, "CAN");
        let npl = official(Role::OriginOfficial, "NPL");
        assert!(mex.may_read_worker(&facts(Rejected, false)).is_ok());
        assert!(can.may_read_worker(&facts(Arrived, false)).is_ok());
        assert!(can.may_read_worker(&facts(Rejected, true)).is_err());
        assert!(npl.may_read_worker(&facts(Applied, true)).is_err());
        let nowhere = principal(Role::OriginOfficial);
        assert!(nowhere.may_read_worker(&facts(Applied, true)).is_err());
        assert!(nowhere.audit_scope().is_err());
        assert_eq!(
            npl.audit_scope().unwrap(),
            AuditScope::Country(country("NPL"))
        );
        assert_eq!(
            principal(Role::Admin).audit_scope().unwrap(),
            AuditScope::Everything
        );
        assert!(principal(Role::Researcher).audit_scope().is_err());
        assert!(employer().audit_scope().is_err());
    }

    /// A scope names exactly the programmes the official is an official of.
    #[test]
    fn programme_scope_is_the_officials_side_of_each_programme() {
        let programme = Programme {
            id: ProgrammeId(1),
            spec: DemoCorridor::MexicoCanada.programme(),
        };
        for p in [
            official(Role::OriginOfficial, "MEX"),
            official(Role::DestinationOfficial, "CAN"),
            official(Role::OriginOfficial, "CAN"),
            official(Role::DestinationOfficial, "MEX"),
            official(Role::OriginOfficial, "NPL"),
        ] {
            let scope = p.programme_scope().unwrap();
            assert_eq!(
                scope.covers(&programme),
                p.is_official_of(&programme),
                "{p:?}"
            );
        }
        assert_eq!(
            principal(Role::Admin).programme_scope().unwrap(),
            ProgrammeScope::Everything
        );
        assert!(principal(Role::OriginOfficial).programme_scope().is_err());
        assert!(employer().programme_scope().is_err());
        assert!(principal(Role::Researcher).programme_scope().is_err());
    }

    #[test]
    fn only_administrators_manage_accounts_and_officials_license_their_own_country() {
        assert!(principal(Role::Admin).may_administer_users().is_ok());
        for role in Role::ALL.into_iter().filter(|r| *r != Role::Admin) {
            let p = Principal {
                country: Some(country("MEX")),
                ..principal(role)
            };
            assert!(p.may_administer_users().is_err(), "{role:?}");
        }
        let mex = official(Role::OriginOfficial, "MEX");
        assert!(mex.may_license_agency(&country("MEX")).is_ok());
        assert!(mex.may_license_agency(&country("NPL")).is_err());
        assert!(recruiter().may_license_agency(&country("MEX")).is_err());
        let can = official(Role::DestinationOfficial, "CAN");
        assert!(can.may_manage_employer(&country("CAN")).is_ok());
        assert!(can.may_manage_employer(&country("KOR")).is_err());
        assert!(mex.may_manage_employer(&country("MEX")).is_err());
    }

    #[test]
    fn proposals_and_applications_on_behalf() {
        let programme = Programme {
            id: ProgrammeId(1),
            spec: DemoCorridor::MexicoCanada.programme(),
        };
        assert!(
            recruiter()
                .may_propose_worker(&programme, EmployerId(3), Some(AgencyId(4)))
                .is_ok()
        );
        assert!(
            recruiter()
                .may_propose_worker(&programme, EmployerId(3), None)
                .is_err()
        );
        let worker = Principal {
            worker_id: Some(WorkerId(9)),
            ..principal(Role::Worker)
        };
        assert!(worker.may_answer_proposal(WorkerId(9)).is_ok());
        assert!(worker.may_answer_proposal(WorkerId(10)).is_err());
        assert!(recruiter().may_answer_proposal(WorkerId(9)).is_err());
        let mex = official(Role::OriginOfficial, "MEX");
        assert!(mex.may_apply_on_behalf(&[country("MEX")]).is_ok());
        assert!(mex.may_apply_on_behalf(&[country("GTM")]).is_err());
        assert!(recruiter().may_apply_on_behalf(&[country("MEX")]).is_err());
        assert!(mex.may_register_worker(&[country("MEX")]).is_ok());
        assert!(mex.may_register_worker(&[country("GTM")]).is_err());
        assert!(
            official(Role::DestinationOfficial, "MEX")
                .may_register_worker(&[country("MEX")])
                .is_err()
        );
        assert!(principal(Role::Admin).may_register_worker(&[]).is_ok());
        assert!(!recruiter().may_see_candidate_details(&programme, false));
        assert!(recruiter().may_see_candidate_details(&programme, true));
        assert!(mex.may_see_candidate_details(&programme, false));
    }

    /// A suspended employer or an agency without a licence in force acts
    /// on nothing; other roles do not depend on any organisation.
    #[test]
    fn organisations_act_only_in_good_standing() {
        let good = OrganisationStanding {
            employer: Some(EmployerStatus::Active),
            licence: Some(LicenceStatus::Active),
        };
        assert!(employer().may_act_for_organisation(&good).is_ok());
        assert!(recruiter().may_act_for_organisation(&good).is_ok());
        let suspended = OrganisationStanding {
            employer: Some(EmployerStatus::Suspended),
            ..good
        };
        let err = employer().may_act_for_organisation(&suspended).unwrap_err();
        assert_eq!(err.iter().next().unwrap().rule, "employer_suspended");
        assert!(recruiter().may_act_for_organisation(&suspended).is_ok());
        for l in [
            LicenceStatus::Suspended,
            LicenceStatus::Revoked,
            LicenceStatus::Expired,
        ] {
            let s = OrganisationStanding {
                licence: Some(l),
                ..good
            };
            let err = recruiter().may_act_for_organisation(&s).unwrap_err();
            assert_eq!(err.iter().next().unwrap().rule, "agency_licence_not_active");
            assert!(employer().may_act_for_organisation(&s).is_ok());
        }
        // No organisation on record: refused, not waved through.
        let none = OrganisationStanding::default();
        assert!(employer().may_act_for_organisation(&none).is_err());
        assert!(recruiter().may_act_for_organisation(&none).is_err());
        for role in [
            Role::Worker,
            Role::OriginOfficial,
            Role::DestinationOfficial,
            Role::Admin,
            Role::Researcher,
        ] {
            assert!(principal(role).may_act_for_organisation(&none).is_ok());
        }
    }
}
