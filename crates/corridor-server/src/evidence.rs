//! The evidence base wired to the store: Corridor's own records turned into
//! the statistics engine's plain records ([`corridor_stats::AdminRecords`]),
//! the names figures and dimensions go by in URLs and on the command line,
//! and the one function that makes a public table,
//! [`protected_admin_table`], which never returns anything unprotected.
//!
//! ## What is counted, and consent
//!
//! Placements, job orders and the fee ledger are the administrative record
//! of acts by programmes, employers and officials: every one is counted,
//! whatever the worker's consent, as administrative stocks and flows are
//! under official-statistics law — they are only ever published aggregated
//! and through disclosure control, never as records. The registry of
//! prospective migrants is different: a worker registers voluntarily, for
//! matching, and gives or withdraws consent to be counted in statistics
//! (`ConsentPurpose::Statistics`). So the supply figures (and the supply
//! side of the gap) count only workers whose statistics consent is in
//! force.
//!
//! ## Reads
//!
//! Each figure reads only what it needs ([`Needs`]): placement figures
//! stream the departed placements from the store's milestone projection in
//! one query (job orders and programmes are read once into maps), demand
//! reads job orders, supply the consenting workers, fee figures the
//! violating payments with their placements' facts. Nothing is cached
//! here; the statistics service (`crate::publication`) keeps finished
//! tables until the records change.

use chrono::NaiveDate;
use corridor_domain::codes::Sex as DomainSex;
use corridor_domain::ids::JobOrderId;
use corridor_domain::ledger::{Party, PaymentCategory};
use corridor_domain::placement::EndReason as DomainEndReason;
use corridor_stats::{
    AdminRecords, AvailableWorkerRecord, DisclosurePolicy, EndReason, FeeCategory,
    FeePaymentRecord, Figure, JobOrderRecord, Payer, PlacementRecord, PlacementStatus,
    ProgrammeEligibility, ProtectedTable, PublicRequest, Reference, Sex, SharedText, StatTable,
    StatsError, StatusEvent, TableRequest,
};
use corridor_stats::{Dimension, Granularity, IscoLevel};
use corridor_store::{JobOrderFacts, Page, PlacementFacts, Store, StoreError};
use std::collections::HashMap;

/// The smallest unweighted count a published cell may rest on. Public
/// callers may ask for a stricter threshold, never a weaker one.
pub const PUBLIC_MIN_COUNT: u64 = 10;

/// Most cells (margins included) a public table may have.
pub const MAX_PUBLIC_CELLS: usize = 200_000;

/// Name of the administrative dataset shown as every table's source.
pub const ADMIN_DATASET: &str =
    "Corridor administrative records (placements, job orders, registered workers, fee ledger)";

/// Every figure computed from Corridor's own records, in the order pages
/// and catalogues list them.
pub const ADMIN_FIGURES: [Figure; 14] = [
    Figure::StockAbroad,
    Figure::Departures,
    Figure::Returns,
    Figure::EarlyEndings,
    Figure::Demand,
    Figure::Supply,
    Figure::Gap,
    Figure::FillRate,
    Figure::DaysToDepartureMedian,
    Figure::DaysToDepartureP90,
    Figure::FeeViolations,
    Figure::FeeViolationAmountPaidByWorkers,
    Figure::ReturnRate,
    Figure::RehireRate,
];

/// The URL and command-line name of an administrative figure.
pub fn figure_slug(figure: Figure) -> &'static str {
    match figure {
        Figure::StockAbroad => "stock-abroad",
        Figure::Departures => "departures",
        Figure::Returns => "returns",
        Figure::EarlyEndings => "early-endings",
        Figure::Demand => "demand",
        Figure::Supply => "supply",
        Figure::Gap => "gap",
        Figure::FillRate => "fill-rate",
        Figure::DaysToDepartureMedian => "days-to-departure-median",
        Figure::DaysToDepartureP90 => "days-to-departure-p90",
        Figure::FeeViolations => "fee-violations",
        Figure::FeeViolationAmountPaidByWorkers => "fee-violation-amount-paid-by-workers",
        Figure::ReturnRate => "return-rate",
        Figure::RehireRate => "rehire-rate",
        Figure::ForeignBornStock => "foreign-born",
        Figure::ForeignCitizenStock => "foreign-citizen",
        Figure::RecentArrivals { within_years: 1 } => "arrivals-1y",
        Figure::RecentArrivals { .. } => "arrivals-5y",
        Figure::ResidedAbroad { years_ago: 1 } => "resided-abroad-1y",
        Figure::ResidedAbroad { .. } => "resided-abroad-5y",
    }
}

/// The administrative figure named `slug`.
pub fn admin_figure(slug: &str) -> Option<Figure> {
    ADMIN_FIGURES.into_iter().find(|f| figure_slug(*f) == slug)
}

/// Every dimension name accepted in `cross` lists, with its dimension.
pub const DIMENSIONS: [(&str, Dimension); 18] = [
    ("corridor", Dimension::Corridor),
    ("origin", Dimension::Origin),
    ("destination", Dimension::Destination),
    ("programme", Dimension::Programme),
    ("isco1", Dimension::Occupation(IscoLevel::MajorGroup)),
    ("isco2", Dimension::Occupation(IscoLevel::SubMajorGroup)),
    ("sex", Dimension::Sex),
    ("age", Dimension::AgeGroup),
    ("month", Dimension::Period(Granularity::Month)),
    ("quarter", Dimension::Period(Granularity::Quarter)),
    ("year", Dimension::Period(Granularity::Year)),
    ("end_reason", Dimension::EndReason),
    ("currency", Dimension::Currency),
    ("fee_category", Dimension::FeeCategory),
    ("payer", Dimension::Payer),
    ("un_duration", Dimension::UnDuration),
    ("country_of_birth", Dimension::CountryOfBirth),
    ("geography", Dimension::Geography),
];

/// The name of a dimension in `cross` lists.
pub fn dimension_slug(d: Dimension) -> &'static str {
    DIMENSIONS
        .iter()
        .find(|(_, x)| *x == d)
        .map_or("", |(name, _)| name)
}

/// Parses a comma-separated `cross` list (`corridor,sex,quarter`).
pub fn parse_cross(list: &str) -> Result<Vec<Dimension>, String> {
    let mut out = Vec::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let d = DIMENSIONS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, d)| *d)
            .ok_or_else(|| {
                let names: Vec<&str> = DIMENSIONS.iter().map(|(n, _)| *n).collect();
                format!("unknown dimension '{name}'; use {}", names.join(", "))
            })?;
        if out.contains(&d) {
            return Err(format!("dimension '{name}' is named twice"));
        }
        out.push(d);
    }
    Ok(out)
}

/// The default reference of a figure on `today`: the day itself for
/// figures at a point in time, else the twelve months up to `today`.
pub fn default_reference(figure: Figure, today: NaiveDate) -> Reference {
    if figure.is_point_in_time() {
        Reference::Date { date: today }
    } else {
        Reference::Period {
            start: today
                .checked_sub_months(chrono::Months::new(12))
                .and_then(|d| d.succ_opt())
                .unwrap_or(today),
            end: today,
        }
    }
}

/// What a figure reads from the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Needs {
    /// Departed placements.
    pub placements: bool,
    /// Approved job orders.
    pub job_orders: bool,
    /// Registered workers who consented to statistics.
    pub workers: bool,
    /// Violating payments.
    pub fees: bool,
}

impl Needs {
    /// What either reads.
    pub fn union(self, other: Needs) -> Needs {
        Needs {
            placements: self.placements || other.placements,
            job_orders: self.job_orders || other.job_orders,
            workers: self.workers || other.workers,
            fees: self.fees || other.fees,
        }
    }
}

/// What `figure` reads.
pub fn needs(figure: Figure) -> Needs {
    let none = Needs::default();
    match figure {
        Figure::Demand => Needs {
            job_orders: true,
            ..none
        },
        Figure::Supply => Needs {
            workers: true,
            ..none
        },
        Figure::Gap => Needs {
            job_orders: true,
            workers: true,
            ..none
        },
        Figure::FillRate => Needs {
            placements: true,
            job_orders: true,
            ..none
        },
        Figure::FeeViolations | Figure::FeeViolationAmountPaidByWorkers => {
            Needs { fees: true, ..none }
        }
        _ => Needs {
            placements: true,
            ..none
        },
    }
}

/// Corridor's records as the statistics engine reads them.
#[derive(Debug, Clone, Default)]
pub struct AdminExtract {
    /// Extraction stamp (the day read).
    pub version: String,
    /// Placements (departed ones, or those with violating payments).
    pub placements: Vec<PlacementRecord>,
    /// Approved job orders.
    pub job_orders: Vec<JobOrderRecord>,
    /// Registered workers who consented to statistics.
    pub workers: Vec<AvailableWorkerRecord>,
    /// Violating payments.
    pub fees: Vec<FeePaymentRecord>,
}

impl AdminExtract {
    /// The records, borrowed for [`corridor_stats::admin_table`].
    pub fn records(&self) -> AdminRecords<'_> {
        AdminRecords {
            dataset: ADMIN_DATASET,
            version: &self.version,
            placements: &self.placements,
            job_orders: &self.job_orders,
            available_workers: &self.workers,
            fee_payments: &self.fees,
        }
    }
}

/// Progress of the read of placements, for progress bars: `done` of `of`
/// placement ids read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadProgress {
    /// Ids read so far.
    pub done: u64,
    /// Ids in all.
    pub of: u64,
}

fn sex(s: DomainSex) -> Sex {
    match s {
        DomainSex::Female => Sex::Female,
        DomainSex::Male => Sex::Male,
        DomainSex::Other => Sex::Other,
        DomainSex::NotStated => Sex::NotStated,
    }
}

fn end_reason(r: DomainEndReason) -> EndReason {
    match r {
        DomainEndReason::EmployerBreach => EndReason::EmployerBreach,
        DomainEndReason::WorkerChoice => EndReason::WorkerChoice,
        DomainEndReason::ChangedEmployer => EndReason::ChangedEmployer,
        DomainEndReason::HealthOrInjury => EndReason::Health,
        DomainEndReason::WorkEnded => EndReason::WorkEnded,
        DomainEndReason::Other => EndReason::Other,
    }
}

fn payer(p: Party) -> Payer {
    match p {
        Party::Worker => Payer::Worker,
        Party::Employer => Payer::Employer,
        Party::Agency => Payer::Agency,
        Party::Government => Payer::Government,
        Party::ThirdParty => Payer::ThirdParty,
    }
}

fn fee_category(c: PaymentCategory) -> FeeCategory {
    match c {
        PaymentCategory::RecruitmentService => FeeCategory::RecruitmentService,
        PaymentCategory::Medical => FeeCategory::Medical,
        PaymentCategory::Insurance => FeeCategory::Insurance,
        PaymentCategory::SkillsTests => FeeCategory::SkillsTests,
        PaymentCategory::TrainingOrientation => FeeCategory::TrainingAndOrientation,
        PaymentCategory::Equipment => FeeCategory::Equipment,
        PaymentCategory::TravelLodging => FeeCategory::TravelAndLodging,
        PaymentCategory::VisaAdministrative => FeeCategory::VisaAndAdministrative,
        PaymentCategory::Bribe => FeeCategory::Bribe,
        PaymentCategory::Kickback => FeeCategory::Kickback,
        PaymentCategory::Bond => FeeCategory::Bond,
        PaymentCategory::Collateral => FeeCategory::Collateral,
    }
}

/// A job order with the strings every placement record of it shares.
struct JobOrderInfo {
    id: SharedText,
    origin: SharedText,
    destination: SharedText,
    programme_id: SharedText,
    programme_name: SharedText,
    isco: SharedText,
    posted_on: NaiveDate,
    duration_months: u16,
}

impl JobOrderInfo {
    fn new(j: &JobOrderFacts, programme_name: &str) -> Self {
        JobOrderInfo {
            id: j.id.0.to_string().into(),
            origin: j.origin.as_str().into(),
            destination: j.destination.as_str().into(),
            programme_id: j.programme_id.0.to_string().into(),
            programme_name: programme_name.into(),
            isco: j.isco.as_str().into(),
            posted_on: j.posted_on,
            duration_months: j.duration_months,
        }
    }

    fn placement(
        &self,
        placement_id: i64,
        worker_id: i64,
        worker_sex: DomainSex,
        birth: Option<NaiveDate>,
        events: Vec<StatusEvent>,
    ) -> PlacementRecord {
        PlacementRecord {
            placement_id: placement_id.to_string(),
            worker_id: worker_id.to_string(),
            worker_sex: sex(worker_sex),
            worker_birth_date: birth,
            origin: self.origin.clone(),
            destination: self.destination.clone(),
            programme_id: self.programme_id.clone(),
            programme_name: self.programme_name.clone(),
            isco08: self.isco.clone(),
            job_order_id: self.id.clone(),
            job_order_opened: self.posted_on,
            contract_months: Some(self.duration_months),
            events,
        }
    }
}

fn events_of(f: &PlacementFacts) -> Vec<StatusEvent> {
    let mut events = Vec::with_capacity(5);
    let mut push = |status, date: Option<NaiveDate>| {
        if let Some(date) = date {
            events.push(StatusEvent { status, date });
        }
    };
    push(PlacementStatus::Departed, f.departed_on);
    push(PlacementStatus::Completed, f.completed_on);
    push(
        PlacementStatus::EndedEarly {
            reason: end_reason(f.end_reason.unwrap_or(DomainEndReason::Other)),
        },
        f.ended_early_on,
    );
    push(PlacementStatus::Returned, f.returned_on);
    events.sort_by_key(|e| e.date);
    events
}

/// Reads from the store what `need` names (see the module docs for who is
/// counted), reporting progress on placements to `progress`.
pub async fn load(
    store: &Store,
    need: Needs,
    today: NaiveDate,
    mut progress: impl FnMut(ReadProgress),
) -> Result<AdminExtract, StoreError> {
    let started = std::time::Instant::now();
    let mut out = AdminExtract {
        version: format!("extracted {today}"),
        ..AdminExtract::default()
    };
    let programmes = store.programmes(None, None, Page::all()).await?.items;
    let names: HashMap<i64, String> = programmes
        .iter()
        .map(|p| (p.id.0, p.spec.name.clone()))
        .collect();
    let job_orders = store.evidence_job_orders().await?;
    let jobs: HashMap<JobOrderId, JobOrderInfo> = job_orders
        .iter()
        .map(|j| {
            (
                j.id,
                JobOrderInfo::new(j, names.get(&j.programme_id.0).map_or("", String::as_str)),
            )
        })
        .collect();
    if need.job_orders {
        out.job_orders = job_orders
            .iter()
            .map(|j| JobOrderRecord {
                job_order_id: j.id.0.to_string(),
                programme_id: j.programme_id.0.to_string(),
                origin: j.origin.clone(),
                destination: j.destination.clone(),
                isco08: j.isco.clone(),
                positions: j.positions,
                opened: j.posted_on,
                // The day a job order closed is not recorded: recruitment
                // for it ends at the latest on its first day of work.
                closed: (j.status == corridor_domain::job_order::JobOrderStatus::Closed)
                    .then_some(j.start_date),
            })
            .collect();
    }
    tracing::debug!(
        job_orders = job_orders.len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "evidence: programmes and job orders read"
    );
    if need.placements {
        store
            .for_each_departed_placement(
                |done, of| progress(ReadProgress { done, of }),
                |f| {
                    // A placement's job order was approved before anyone applied.
                    let Some(job) = jobs.get(&f.job_order_id) else {
                        return Err(StoreError::Corrupt(format!(
                            "placement {} has no approved job order",
                            f.placement_id
                        )));
                    };
                    let events = events_of(&f);
                    out.placements.push(job.placement(
                        f.placement_id.0,
                        f.worker_id.0,
                        f.worker_sex,
                        f.worker_birth_date,
                        events,
                    ));
                    Ok(())
                },
            )
            .await?;
        tracing::debug!(
            placements = out.placements.len(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "evidence: placements read"
        );
    }
    if need.fees {
        let mut seen = std::collections::HashSet::new();
        for f in store.fee_violation_facts().await? {
            if seen.insert(f.placement_id)
                && let Some(job) = jobs.get(&f.job_order_id)
            {
                // Dimensions only: the worker id and events are not needed.
                out.placements.push(job.placement(
                    f.placement_id.0,
                    0,
                    f.worker_sex,
                    f.worker_birth_date,
                    vec![],
                ));
            }
            out.fees.push(FeePaymentRecord {
                payment_id: f.payment_id.0.to_string(),
                placement_id: Some(f.placement_id.0.to_string()),
                payer: payer(f.payer),
                category: fee_category(f.category),
                amount_minor: f.amount_minor,
                currency: f.currency,
                paid_on: f.paid_on,
                violation: true,
            });
        }
    }
    if need.workers {
        store
            .for_each_statistics_worker(|id, spec| {
                let mut iscos: Vec<corridor_domain::codes::IscoCode> = spec
                    .occupations
                    .iter()
                    .map(|o| o.occupation.isco())
                    .collect();
                iscos.sort();
                iscos.dedup();
                let eligible = programmes
                    .iter()
                    .filter(|p| spec.covered_by(p))
                    .filter_map(|p| {
                        let covered: Vec<String> = iscos
                            .iter()
                            .filter(|i| p.covers_occupation(i))
                            .map(ToString::to_string)
                            .collect();
                        (!covered.is_empty()).then(|| ProgrammeEligibility {
                            programme_id: p.id.0.to_string(),
                            origin: p.spec.origin.to_string(),
                            destination: p.spec.destination.to_string(),
                            isco08: covered,
                        })
                    })
                    .collect();
                out.workers.push(AvailableWorkerRecord {
                    worker_id: id.0.to_string(),
                    sex: sex(spec.sex),
                    birth_date: Some(spec.date_of_birth),
                    citizenship: spec
                        .citizenships
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    residence: spec.country_of_residence.to_string(),
                    isco08: iscos.iter().map(ToString::to_string).collect(),
                    available_from: spec.availability.from,
                    available_until: spec.availability.until,
                    eligible_programmes: eligible,
                });
                Ok(())
            })
            .await?;
    }
    Ok(out)
}

/// Why a table could not be made.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    /// The request does not make sense (a dimension that does not apply, a
    /// date where a period is needed…): the caller's to fix.
    #[error("{0}")]
    Request(String),
    /// Reading the records failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<StatsError> for EvidenceError {
    fn from(e: StatsError) -> Self {
        match e {
            StatsError::Io(io) => EvidenceError::Store(StoreError::Corrupt(io.to_string())),
            other => EvidenceError::Request(other.to_string()),
        }
    }
}

/// Checks a request before anything is read: the figure is administrative,
/// every dimension applies, the reference fits the figure.
pub fn check_request(request: &TableRequest) -> Result<(), EvidenceError> {
    if !ADMIN_FIGURES.contains(&request.figure) {
        return Err(EvidenceError::Request(format!(
            "{} is not computed from Corridor's records",
            figure_slug(request.figure)
        )));
    }
    if request.cross.len() > corridor_stats::MAX_DIMENSIONS {
        return Err(EvidenceError::Request(format!(
            "at most {} dimensions",
            corridor_stats::MAX_DIMENSIONS
        )));
    }
    for &d in &request.cross {
        if !corridor_stats::dimension_applies(request.figure, d) {
            return Err(EvidenceError::Request(format!(
                "'{}' does not apply to {}",
                dimension_slug(d),
                figure_slug(request.figure)
            )));
        }
    }
    if let Reference::Period { start, end } = request.reference
        && end < start
    {
        return Err(EvidenceError::Request(
            "the period ends before it starts".into(),
        ));
    }
    if let Reference::Period { start, end } = request.reference
        && (end - start).num_days() > 366 * 30
    {
        return Err(EvidenceError::Request(
            "the period is longer than thirty years".into(),
        ));
    }
    Ok(())
}

fn task_failed(e: tokio::task::JoinError) -> EvidenceError {
    EvidenceError::Store(StoreError::Corrupt(format!("statistics task: {e}")))
}

/// Computes administrative tables **without** disclosure control, for
/// trusted internal use (the command line's `--unprotected`, and the step
/// before [`protected_admin_tables`]). Reads the records once for all of
/// them. Nothing public may hand these out.
pub async fn unprotected_admin_tables(
    store: &Store,
    requests: &[TableRequest],
    today: NaiveDate,
    progress: impl FnMut(ReadProgress),
) -> Result<Vec<StatTable>, EvidenceError> {
    let mut need = Needs::default();
    for r in requests {
        check_request(r)?;
        need = need.union(needs(r.figure));
    }
    let extract = load(store, need, today, progress).await?;
    let requests = requests.to_vec();
    // The computation is CPU-bound: keep it off the async workers.
    let tables = tokio::task::spawn_blocking(move || {
        let started = std::time::Instant::now();
        let tables = requests
            .iter()
            .map(|r| corridor_stats::admin_table(&extract.records(), r))
            .collect::<Result<Vec<_>, _>>();
        tracing::debug!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "evidence: tables computed"
        );
        // Freeing a million records takes a while too: not on the way back.
        std::thread::spawn(move || drop(extract));
        tables
    })
    .await
    .map_err(task_failed)??;
    Ok(tables)
}

/// Computes administrative tables and protects each with a threshold of
/// `min_count` (at least [`PUBLIC_MIN_COUNT`]: a weaker one is raised to
/// it). The only way tables leave through the API and the pages.
pub async fn protected_admin_tables(
    store: &Store,
    requests: &[TableRequest],
    min_count: u64,
    today: NaiveDate,
) -> Result<Vec<ProtectedTable>, EvidenceError> {
    let tables = unprotected_admin_tables(store, requests, today, |_| {}).await?;
    if let Some(big) = tables.iter().find(|t| t.cells.len() > MAX_PUBLIC_CELLS) {
        return Err(EvidenceError::Request(format!(
            "the table would have {} cells; at most {MAX_PUBLIC_CELLS} are published at once: \
             cross by fewer dimensions or a shorter period",
            big.cells.len()
        )));
    }
    let policy = DisclosurePolicy::with_threshold(min_count.max(PUBLIC_MIN_COUNT));
    tokio::task::spawn_blocking(move || {
        tables
            .into_iter()
            .map(|t| corridor_stats::protect(t, policy))
            .collect()
    })
    .await
    .map_err(task_failed)
}

/// Computes public tables: calendar periods only, each cut from its
/// figure's protected year cube ([`corridor_stats::public_table`]; see
/// `corridor_stats::periods` for why no combination of them can be
/// differenced below the threshold), at a threshold of `min_count` (at
/// least [`PUBLIC_MIN_COUNT`]). What the API and the pages publish.
pub async fn public_tables(
    store: &Store,
    requests: &[PublicRequest],
    min_count: u64,
    today: NaiveDate,
) -> Result<Vec<ProtectedTable>, EvidenceError> {
    let mut need = Needs::default();
    for r in requests {
        if !ADMIN_FIGURES.contains(&r.figure) {
            return Err(EvidenceError::Request(format!(
                "{} is not computed from Corridor's records",
                figure_slug(r.figure)
            )));
        }
        if let Some(p) = r.problems().into_iter().next() {
            return Err(EvidenceError::Request(p));
        }
        need = need.union(needs(r.figure));
    }
    let extract = load(store, need, today, |_| {}).await?;
    let requests = requests.to_vec();
    let policy = DisclosurePolicy::with_threshold(min_count.max(PUBLIC_MIN_COUNT));
    tokio::task::spawn_blocking(move || {
        let started = std::time::Instant::now();
        let tables = requests
            .iter()
            .map(|r| corridor_stats::public_table(&extract.records(), r, policy))
            .collect::<Result<Vec<_>, _>>();
        tracing::debug!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "evidence: public tables computed"
        );
        std::thread::spawn(move || drop(extract));
        tables
    })
    .await
    .map_err(task_failed)?
    .map_err(EvidenceError::from)
}

/// One protected table; see [`protected_admin_tables`].
pub async fn protected_admin_table(
    store: &Store,
    request: &TableRequest,
    min_count: u64,
    today: NaiveDate,
) -> Result<ProtectedTable, EvidenceError> {
    let mut v =
        protected_admin_tables(store, std::slice::from_ref(request), min_count, today).await?;
    v.pop()
        .ok_or_else(|| EvidenceError::Request("no table".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_names_round_trip() {
        for f in ADMIN_FIGURES {
            assert_eq!(admin_figure(figure_slug(f)), Some(f));
        }
        assert_eq!(admin_figure("nope"), None);
        for (name, d) in DIMENSIONS {
            assert_eq!(dimension_slug(d), name);
        }
    }

    #[test]
    fn cross_lists_parse() {
        assert_eq!(
            parse_cross("corridor, SEX,quarter").unwrap(),
            vec![
                Dimension::Corridor,
                Dimension::Sex,
                Dimension::Period(Granularity::Quarter)
            ]
        );
        assert!(parse_cross("sex,sex").is_err());
        assert!(parse_cross("nationality").is_err());
        assert!(parse_cross("").unwrap().is_empty());
    }

    #[test]
    fn requests_are_checked_before_reading() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let ok = TableRequest {
            figure: Figure::EarlyEndings,
            reference: default_reference(Figure::EarlyEndings, d),
            cross: vec![Dimension::EndReason],
        };
        assert!(check_request(&ok).is_ok());
        let bad = TableRequest {
            figure: Figure::StockAbroad,
            reference: default_reference(Figure::StockAbroad, d),
            cross: vec![Dimension::EndReason],
        };
        assert!(check_request(&bad).is_err());
        let micro = TableRequest {
            figure: Figure::ForeignBornStock,
            reference: default_reference(Figure::ForeignBornStock, d),
            cross: vec![],
        };
        assert!(check_request(&micro).is_err());
    }
}
