//! The JSON API under `/api/v1`. Every route is also listed in
//! [`crate::openapi`], and a test checks the two agree.

mod accounts;
mod audit;
mod job_orders;
mod matching;
mod organisations;
mod orientation;
pub(crate) mod placements;
mod programmes;
mod proposals;
mod reference;
pub mod stats;
mod users;
mod workers;

use crate::AppState;
use crate::error::ApiError;
use crate::openapi::{Access, OperationDoc, SchemaFn, schema};
use axum::Router;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};

pub use crate::actions::users::NewUserRequest;
pub use accounts::{LoginRequest, RegisterRequest, RegistrationReceived, TokenResponse, UserView};
pub use placements::ApplyRequest;
pub use workers::{ConsentRequest, NewWorkerRequest};

pub use crate::actions::{Paging, allow, audit_read, today};

/// One path of the API: its handlers and their documentation.
pub struct Route {
    /// Path with `{param}` placeholders.
    pub path: &'static str,
    /// The handlers, by method.
    pub handler: MethodRouter<AppState>,
    /// One description per method.
    pub docs: Vec<OperationDoc>,
}

fn doc(
    method: Method,
    path: &'static str,
    tag: &'static str,
    access: Access,
    summary: &'static str,
) -> OperationDoc {
    OperationDoc {
        method,
        path,
        summary,
        tag,
        access,
        query: None,
        body: None,
        status: 200,
        response: None,
        media: &[],
        errors: &[],
        param_schemas: vec![],
        description: None,
        problems: vec![],
    }
}

trait DocExt {
    fn query(self, f: SchemaFn) -> Self;
    fn body(self, f: SchemaFn) -> Self;
    fn returns(self, status: u16, f: SchemaFn) -> Self;
    fn also_as(self, media: &'static [&'static str]) -> Self;
    fn errors(self, statuses: &'static [u16]) -> Self;
    fn with_param_schema(self, name: &'static str, schema: serde_json::Value) -> Self;
    fn describe(self, text: &'static str) -> Self;
    fn answers(self, status: u16, description: &'static str) -> Self;
    fn problems(self, problems: &[(u16, &'static str)]) -> Self;
}

impl DocExt for OperationDoc {
    fn query(mut self, f: SchemaFn) -> Self {
        self.query = Some(f);
        self
    }
    fn body(mut self, f: SchemaFn) -> Self {
        self.body = Some(f);
        self
    }
    fn returns(mut self, status: u16, f: SchemaFn) -> Self {
        self.status = status;
        self.response = Some(f);
        self
    }
    fn also_as(mut self, media: &'static [&'static str]) -> Self {
        self.media = media;
        self
    }
    fn errors(mut self, statuses: &'static [u16]) -> Self {
        self.errors = statuses;
        self
    }
    fn with_param_schema(mut self, name: &'static str, schema: serde_json::Value) -> Self {
        self.param_schemas.push((name, schema));
        self
    }
    fn describe(mut self, text: &'static str) -> Self {
        self.description = Some(text);
        self
    }
    fn answers(mut self, status: u16, description: &'static str) -> Self {
        self.problems.push((status, description));
        self
    }
    fn problems(mut self, problems: &[(u16, &'static str)]) -> Self {
        self.problems.extend_from_slice(problems);
        self
    }
}

fn route(path: &'static str, handler: MethodRouter<AppState>, docs: Vec<OperationDoc>) -> Route {
    Route {
        path,
        handler,
        docs,
    }
}

const TOKENS_DESCRIPTION: &str = "Officials (origin and destination) and administrators must sign in in two \
steps: after the password, `totp_code` (the six digits of their authenticator app, RFC 6238) or one of \
their single-use `recovery_code`s. Other accounts send a code only if they turned two-step sign-in on. \
A code is accepted once, for the current 30-second step or one either side. Failed codes count against \
the same limit as failed passwords. `expires_in_days` asks for a shorter-lived token than the \
operator's maximum (the default).";

const REGISTER_DESCRIPTION: &str = "The answer is the same whether or not the e-mail already has an \
account (so it reveals neither): `202` with `status: received` once the e-mail, password and \
profile pass every rule. For a new e-mail the account and profile are created; for one already \
in use nothing is created or changed. Then get a token with `POST /api/v1/tokens`. Broken rules \
are answered `422` the same way in both cases.";

/// Every operation of the API, with its handler and documentation.
pub fn operations() -> Vec<Route> {
    use Access::{Optional, Public, SignedIn};
    use Method as M;
    use corridor_domain::job_order::{JobOrder, JobOrderSpec};
    use corridor_domain::ledger::{Payment, PaymentSpec};
    use corridor_domain::organisation::{Agency, AgencySpec, Employer, EmployerSpec};
    use corridor_domain::orientation::{
        CompletionRequest, Orientation, OrientationCompletion, OrientationSpec,
    };
    use corridor_domain::placement::{PlacementEvent, TransitionRequest};
    use corridor_domain::programme::{Programme, ProgrammeSpec};
    use corridor_domain::proposal::Proposal;
    use corridor_domain::worker::{Consent, WorkerProfile, WorkerProfileSpec};
    use corridor_store::{AuditRecord, FeeViolationRecord, Paged, PlacementView};
    vec![
        route(
            "/api/v1/openapi.json",
            get(crate::openapi::document),
            vec![doc(
                M::GET,
                "/api/v1/openapi.json",
                "meta",
                Public,
                "This OpenAPI 3.1 document",
            )],
        ),
        route(
            "/api/v1/health",
            get(accounts::health),
            vec![doc(
                M::GET,
                "/api/v1/health",
                "meta",
                Public,
                "The server and its database answer",
            )],
        ),
        route(
            "/api/v1/tokens",
            post(accounts::create_token),
            vec![
                doc(
                    M::POST,
                    "/api/v1/tokens",
                    "accounts",
                    Public,
                    "Exchange e-mail and password (and a two-step code) for an API token",
                )
                .describe(TOKENS_DESCRIPTION)
                .body(schema::<LoginRequest>)
                .returns(201, schema::<TokenResponse>)
                .errors(&[401, 409, 429])

                .answers(
                    401,
                    "The e-mail or password is not right (the same answer whether or not the account exists); \
                     or the account signs in in two steps and `totp_code` or `recovery_code` is missing \
                     (rule `two_factor_required`), wrong (`two_factor_code_wrong`) or already used \
                     (`two_factor_code_used`)",
                )
                .answers(
                    403,
                    "The account's role needs two-step sign-in and it is not set up yet \
                     (rule `two_factor_enrolment_required`): set it up in the browser at /me/two-factor",
                )
                .answers(
                    429,
                    "Too many failed attempts for this account or from this address (passwords and \
                     codes alike); no password or code was checked. `Retry-After` says when to try again",
                ),
            ],
        ),
        route(
            "/api/v1/register",
            post(accounts::register),
            vec![
                doc(
                    M::POST,
                    "/api/v1/register",
                    "accounts",
                    Public,
                    "A worker registers with a profile",
                )
                .describe(REGISTER_DESCRIPTION)
                .body(schema::<RegisterRequest>)
                .returns(202, schema::<RegistrationReceived>)
                .errors(&[409]),
            ],
        ),
        route(
            "/api/v1/me",
            get(accounts::me),
            vec![
                doc(
                    M::GET,
                    "/api/v1/me",
                    "accounts",
                    SignedIn,
                    "The signed-in account",
                )
                .returns(200, schema::<UserView>),
            ],
        ),
        route(
            "/api/v1/reference/occupations",
            get(reference::occupations),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/occupations",
                    "reference",
                    Public,
                    "Search ESCO occupations by label",
                )
                .query(schema::<reference::SearchQuery>)
                .returns(200, schema::<Vec<reference::OccupationHit>>),
            ],
        ),
        route(
            "/api/v1/reference/skills",
            get(reference::skills),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/skills",
                    "reference",
                    Public,
                    "Search ESCO skills by label",
                )
                .query(schema::<reference::SearchQuery>)
                .returns(200, schema::<Vec<reference::SkillHit>>),
            ],
        ),
        route(
            "/api/v1/reference/isco",
            get(reference::isco),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/isco",
                    "reference",
                    Public,
                    "ISCO-08 groups",
                )
                .query(schema::<reference::IscoQuery>)
                .returns(200, schema::<Vec<reference::IscoGroupView>>),
            ],
        ),
        route(
            "/api/v1/reference/countries",
            get(reference::countries),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/countries",
                    "reference",
                    Public,
                    "ISO 3166-1 countries",
                )
                .returns(200, schema::<Vec<reference::CodeName>>),
            ],
        ),
        route(
            "/api/v1/reference/languages",
            get(reference::languages),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/languages",
                    "reference",
                    Public,
                    "ISO 639 languages",
                )
                .returns(200, schema::<Vec<reference::CodeName>>),
            ],
        ),
        route(
            "/api/v1/reference/currencies",
            get(reference::currencies),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/currencies",
                    "reference",
                    Public,
                    "ISO 4217 currencies",
                )
                .returns(200, schema::<Vec<reference::CodeName>>),
            ],
        ),
        route(
            "/api/v1/reference/who-safeguard-list",
            get(reference::who_list),
            vec![
                doc(
                    M::GET,
                    "/api/v1/reference/who-safeguard-list",
                    "reference",
                    Public,
                    "WHO Health Workforce Support and Safeguards List 2023",
                )
                .returns(200, schema::<Vec<reference::CodeName>>),
            ],
        ),
        route(
            "/api/v1/programmes",
            get(programmes::list).post(programmes::create),
            vec![
                doc(
                    M::GET,
                    "/api/v1/programmes",
                    "programmes",
                    Public,
                    "List programmes",
                )
                .query(schema::<programmes::ProgrammeQuery>)
                .returns(200, schema::<Paged<Programme>>),
                doc(
                    M::POST,
                    "/api/v1/programmes",
                    "programmes",
                    SignedIn,
                    "Create a programme (officials of its countries)",
                )
                .body(schema::<ProgrammeSpec>)
                .returns(201, schema::<Programme>),
            ],
        ),
        route(
            "/api/v1/programmes/{id}",
            get(programmes::get_one).put(programmes::update),
            vec![
                doc(
                    M::GET,
                    "/api/v1/programmes/{id}",
                    "programmes",
                    Public,
                    "A programme",
                )
                .returns(200, schema::<Programme>),
                doc(
                    M::PUT,
                    "/api/v1/programmes/{id}",
                    "programmes",
                    SignedIn,
                    "Change a programme's terms (officials of its countries)",
                )
                .body(schema::<ProgrammeSpec>)
                .returns(200, schema::<Programme>),
            ],
        ),
        route(
            "/api/v1/programmes/{id}/orientation",
            get(orientation::get_one).put(orientation::put),
            vec![
                doc(
                    M::GET,
                    "/api/v1/programmes/{id}/orientation",
                    "programmes",
                    Public,
                    "A programme's pre-departure orientation: modules, hours, texts in its languages, helplines",
                )
                .returns(200, schema::<Orientation>),
                doc(
                    M::PUT,
                    "/api/v1/programmes/{id}/orientation",
                    "programmes",
                    SignedIn,
                    "Publish or replace a programme's orientation (officials of its countries)",
                )
                .body(schema::<OrientationSpec>)
                .returns(200, schema::<Orientation>),
            ],
        ),
        route(
            "/api/v1/employers",
            get(organisations::list_employers).post(organisations::create_employer),
            vec![
                doc(
                    M::GET,
                    "/api/v1/employers",
                    "organisations",
                    SignedIn,
                    "List employers",
                )
                .query(schema::<organisations::OrganisationQuery>)
                .returns(200, schema::<Paged<Employer>>),
                doc(
                    M::POST,
                    "/api/v1/employers",
                    "organisations",
                    SignedIn,
                    "Register an employer (destination officials)",
                )
                .body(schema::<EmployerSpec>)
                .returns(201, schema::<Employer>),
            ],
        ),
        route(
            "/api/v1/employers/{id}",
            get(organisations::get_employer).put(organisations::update_employer),
            vec![
                doc(
                    M::GET,
                    "/api/v1/employers/{id}",
                    "organisations",
                    SignedIn,
                    "An employer",
                )
                .returns(200, schema::<Employer>),
                doc(
                    M::PUT,
                    "/api/v1/employers/{id}",
                    "organisations",
                    SignedIn,
                    "Change an employer's details (its status changes through /events)",
                )
                .body(schema::<EmployerSpec>)
                .returns(200, schema::<Employer>),
            ],
        ),
        route(
            "/api/v1/agencies",
            get(organisations::list_agencies).post(organisations::create_agency),
            vec![
                doc(
                    M::GET,
                    "/api/v1/agencies",
                    "organisations",
                    Public,
                    "List recruiting agencies and their licences",
                )
                .query(schema::<organisations::OrganisationQuery>)
                .returns(200, schema::<Paged<Agency>>),
                doc(
                    M::POST,
                    "/api/v1/agencies",
                    "organisations",
                    SignedIn,
                    "License a recruiting agency (officials of the issuing country)",
                )
                .body(schema::<AgencySpec>)
                .returns(201, schema::<Agency>),
            ],
        ),
        route(
            "/api/v1/agencies/{id}",
            get(organisations::get_agency).put(organisations::update_agency),
            vec![
                doc(
                    M::GET,
                    "/api/v1/agencies/{id}",
                    "organisations",
                    Public,
                    "An agency and its licence",
                )
                .returns(200, schema::<Agency>),
                doc(
                    M::PUT,
                    "/api/v1/agencies/{id}",
                    "organisations",
                    SignedIn,
                    "Change an agency's details (its licence's status and validity change through /licence-events)",
                )
                .body(schema::<AgencySpec>)
                .returns(200, schema::<Agency>),
            ],
        ),
        route(
            "/api/v1/job-orders",
            get(job_orders::list).post(job_orders::create),
            vec![
                doc(
                    M::GET,
                    "/api/v1/job-orders",
                    "job orders",
                    Optional,
                    "List job orders (open ones for everyone)",
                )
                .query(schema::<job_orders::JobOrderQuery>)
                .returns(200, schema::<Paged<JobOrder>>),
                doc(
                    M::POST,
                    "/api/v1/job-orders",
                    "job orders",
                    SignedIn,
                    "Post a job order; every violated rule is listed",
                )
                .body(schema::<JobOrderSpec>)
                .returns(201, schema::<JobOrder>),
            ],
        ),
        route(
            "/api/v1/job-orders/{id}",
            get(job_orders::get_one),
            vec![
                doc(
                    M::GET,
                    "/api/v1/job-orders/{id}",
                    "job orders",
                    Optional,
                    "A job order with every condition",
                )
                .returns(200, schema::<JobOrder>),
            ],
        ),
        route(
            "/api/v1/job-orders/{id}/approve",
            post(job_orders::approve),
            vec![
                doc(
                    M::POST,
                    "/api/v1/job-orders/{id}/approve",
                    "job orders",
                    SignedIn,
                    "Approve a job order (destination officials)",
                )
                .returns(200, schema::<JobOrder>),
            ],
        ),
        route(
            "/api/v1/job-orders/{id}/close",
            post(job_orders::close),
            vec![
                doc(
                    M::POST,
                    "/api/v1/job-orders/{id}/close",
                    "job orders",
                    SignedIn,
                    "Close a job order to applications",
                )
                .returns(200, schema::<JobOrder>),
            ],
        ),
        route(
            "/api/v1/job-orders/{id}/candidates",
            get(job_orders::candidates),
            vec![
                doc(
                    M::GET,
                    "/api/v1/job-orders/{id}/candidates",
                    "job orders",
                    SignedIn,
                    "Placements of a job order (its managers)",
                )
                .query(schema::<Paging>)
                .returns(200, schema::<Paged<PlacementView>>),
            ],
        ),
        route(
            "/api/v1/workers",
            get(workers::list).post(workers::create),
            vec![
                doc(
                    M::GET,
                    "/api/v1/workers",
                    "workers",
                    SignedIn,
                    "List workers of the official's country",
                )
                .query(schema::<workers::WorkerQuery>)
                .returns(200, schema::<Paged<WorkerProfile>>),
                doc(
                    M::POST,
                    "/api/v1/workers",
                    "workers",
                    SignedIn,
                    "Register a worker (origin officials)",
                )
                .body(schema::<NewWorkerRequest>)
                .returns(201, schema::<WorkerProfile>),
            ],
        ),
        route(
            "/api/v1/workers/{id}",
            get(workers::get_one).put(workers::update),
            vec![
                doc(
                    M::GET,
                    "/api/v1/workers/{id}",
                    "workers",
                    SignedIn,
                    "A worker's profile (audited)",
                )
                .returns(200, schema::<WorkerProfile>),
                doc(
                    M::PUT,
                    "/api/v1/workers/{id}",
                    "workers",
                    SignedIn,
                    "Change a worker's profile",
                )
                .body(schema::<WorkerProfileSpec>)
                .returns(200, schema::<WorkerProfile>),
            ],
        ),
        route(
            "/api/v1/workers/{id}/consents",
            get(workers::consents).post(workers::record_consent),
            vec![
                doc(
                    M::GET,
                    "/api/v1/workers/{id}/consents",
                    "workers",
                    SignedIn,
                    "The worker's consent records",
                )
                .returns(200, schema::<Vec<Consent>>),
                doc(
                    M::POST,
                    "/api/v1/workers/{id}/consents",
                    "workers",
                    SignedIn,
                    "Give or withdraw a consent",
                )
                .body(schema::<ConsentRequest>)
                .returns(201, schema::<Consent>),
            ],
        ),
        route(
            "/api/v1/workers/{id}/work-record",
            get(workers::work_record),
            vec![
                doc(
                    M::GET,
                    "/api/v1/workers/{id}/work-record",
                    "workers",
                    SignedIn,
                    "Completed placements: the proven work record",
                )
                .returns(200, schema::<Vec<PlacementView>>),
            ],
        ),
        route(
            "/api/v1/placements",
            get(placements::list).post(placements::apply),
            vec![
                doc(
                    M::GET,
                    "/api/v1/placements",
                    "placements",
                    SignedIn,
                    "List placements the caller may see",
                )
                .query(schema::<placements::PlacementQuery>)
                .returns(200, schema::<Paged<PlacementView>>),
                doc(
                    M::POST,
                    "/api/v1/placements",
                    "placements",
                    SignedIn,
                    "Apply to a job order (the worker; or an origin official of the worker's country on their behalf)",
                )
                .body(schema::<ApplyRequest>)
                .returns(201, schema::<PlacementView>),
            ],
        ),
        route(
            "/api/v1/placements/{id}",
            get(placements::get_one),
            vec![
                doc(
                    M::GET,
                    "/api/v1/placements/{id}",
                    "placements",
                    SignedIn,
                    "A placement",
                )
                .returns(200, schema::<PlacementView>),
            ],
        ),
        route(
            "/api/v1/placements/{id}/events",
            get(placements::events),
            vec![
                doc(
                    M::GET,
                    "/api/v1/placements/{id}/events",
                    "placements",
                    SignedIn,
                    "A placement's timeline of immutable events",
                )
                .returns(200, schema::<Vec<PlacementEvent>>),
            ],
        ),
        route(
            "/api/v1/placements/{id}/transitions",
            post(placements::transition),
            vec![
                doc(
                    M::POST,
                    "/api/v1/placements/{id}/transitions",
                    "placements",
                    SignedIn,
                    "Move a placement on; illegal moves are refused",
                )
                .body(schema::<TransitionRequest>)
                .returns(200, schema::<PlacementView>),
            ],
        ),
        route(
            "/api/v1/placements/{id}/orientation",
            get(orientation::completion).post(orientation::record_completion),
            vec![
                doc(
                    M::GET,
                    "/api/v1/placements/{id}/orientation",
                    "placements",
                    SignedIn,
                    "The worker's completion of the programme's orientation for this placement, or null",
                )
                .returns(200, schema::<Option<OrientationCompletion>>),
                doc(
                    M::POST,
                    "/api/v1/placements/{id}/orientation",
                    "placements",
                    SignedIn,
                    "Record that the worker completed the orientation (the worker or an origin official); orientation_done needs it",
                )
                .body(schema::<CompletionRequest>)
                .returns(201, schema::<OrientationCompletion>),
            ],
        ),
        route(
            "/api/v1/placements/{id}/payments",
            get(placements::payments).post(placements::record_payment),
            vec![
                doc(
                    M::GET,
                    "/api/v1/placements/{id}/payments",
                    "fee ledger",
                    SignedIn,
                    "A placement's fee ledger",
                )
                .returns(200, schema::<Vec<Payment>>),
                doc(
                    M::POST,
                    "/api/v1/placements/{id}/payments",
                    "fee ledger",
                    SignedIn,
                    "Record a payment; a fee paid by the worker raises a violation",
                )
                .body(schema::<PaymentSpec>)
                .returns(201, schema::<Payment>),
            ],
        ),
        route(
            "/api/v1/proposals",
            get(proposals::list).post(proposals::create),
            vec![
                doc(
                    M::GET,
                    "/api/v1/proposals",
                    "placements",
                    SignedIn,
                    "Proposals the caller may see (a worker: those made to them)",
                )
                .query(schema::<proposals::ProposalQuery>)
                .returns(200, schema::<Paged<Proposal>>),
                doc(
                    M::POST,
                    "/api/v1/proposals",
                    "placements",
                    SignedIn,
                    "Put a worker forward for a job order; the worker accepts or declines, and their record stays private until they accept",
                )
                .body(schema::<proposals::ProposalRequest>)
                .returns(201, schema::<Proposal>),
            ],
        ),
        route(
            "/api/v1/proposals/{id}/accept",
            post(proposals::accept),
            vec![
                doc(
                    M::POST,
                    "/api/v1/proposals/{id}/accept",
                    "placements",
                    SignedIn,
                    "The worker accepts a proposal: the application opens",
                )
                .returns(201, schema::<PlacementView>),
            ],
        ),
        route(
            "/api/v1/proposals/{id}/decline",
            post(proposals::decline),
            vec![
                doc(
                    M::POST,
                    "/api/v1/proposals/{id}/decline",
                    "placements",
                    SignedIn,
                    "The worker declines a proposal",
                )
                .returns(200, schema::<Proposal>),
            ],
        ),
        route(
            "/api/v1/fee-violations",
            get(placements::fee_violations),
            vec![
                doc(
                    M::GET,
                    "/api/v1/fee-violations",
                    "fee ledger",
                    SignedIn,
                    "Breaches of the Employer Pays Principle in the official's programmes",
                )
                .query(schema::<Paging>)
                .returns(200, schema::<Paged<FeeViolationRecord>>),
            ],
        ),
        route(
            "/api/v1/audit-log",
            get(audit::list),
            vec![
                doc(
                    M::GET,
                    "/api/v1/audit-log",
                    "audit",
                    SignedIn,
                    "The audit log (officials, administrators)",
                )
                .query(schema::<audit::AuditQuery>)
                .returns(200, schema::<Paged<AuditRecord>>),
            ],
        ),
    ]
    .into_iter()
    .chain(stats::routes())
    .chain(matching::routes())
    .chain(users::routes())
    .chain(organisations::routes())
    .collect()
}

/// Every API route.
pub fn router() -> Router<AppState> {
    let mut r = Router::new();
    for route in operations() {
        r = r.route(route.path, route.handler);
    }
    r.method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
}
