//! Figures from Corridor's own records (an administrative source).
//!
//! The store fills the plain record types below; [`admin_table`] computes
//! any [`Figure`] of the administrative kind for a reference date or period,
//! crossed by any applicable [`Dimension`]s.
//!
//! Definitions (also written into each table's metadata):
//! - **stock abroad on date t**: placements with a `departed` event on or
//!   before t and no `returned` or `ended early` event on or before t
//!   (a completed contract without a recorded return still counts as
//!   abroad: the worker has not come back yet);
//! - **flows in a period**: `departed`, `returned` and `ended early` events
//!   dated in the period (early endings crossable by reason);
//! - **demand on t**: positions of job orders opened on or before t and not
//!   closed by t; **supply on t**: registered workers available on t and
//!   eligible for at least one programme (eligibility is computed by the
//!   caller); a worker counts once in each cell and margin, so supply is not
//!   additive across programmes or occupations; **gap** = demand − supply;
//! - **fill rate**: departed placements per position, for job orders opened
//!   in the period; **days to departure**: departure date − job-order
//!   opening date, for departures in the period (median and 90th
//!   percentile, type-7 interpolation);
//! - **fee violations**: payments marked as violations, dated in the period;
//!   the amount paid by workers is summed per currency, in minor units;
//! - **return rate**: of placements whose employment ended in the period
//!   (completed or ended early), the share with a recorded return;
//!   **re-hire rate**: of departures in the period, the share by workers
//!   who had completed an earlier placement before departing.
//!
//! Age is the completed age at the reference date (stocks) or at the event
//! date (flows). All figures are complete counts: no sampling error.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dims::{
    Dimension, Granularity, Sex, UNKNOWN, age_group_code, age_on, isco_code, period_buckets,
    period_code,
};
use crate::error::StatsError;
use crate::table::{
    Cube, Definition, Figure, Measure, MigrantBasis, Reference, Source, SourceKind, StatTable,
    TableMetadata, TableRequest, UnDurationClass, UncertaintyBasis, Unit,
};

/// Status a placement can reach, as recorded in dated events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum PlacementStatus {
    /// The worker applied to the job order.
    Applied,
    /// The worker was shortlisted.
    Shortlisted,
    /// The employer selected the worker.
    Selected,
    /// The employment contract was signed.
    ContractSigned,
    /// Pre-departure orientation was completed.
    OrientationDone,
    /// The visa or work permit was issued.
    VisaIssued,
    /// The worker left the country of origin.
    Departed,
    /// The worker arrived in the country of destination.
    Arrived,
    /// The worker started work.
    Employed,
    /// The contract was completed.
    Completed,
    /// The worker returned to the country of origin.
    Returned,
    /// The worker withdrew before departure.
    Withdrawn,
    /// The application was rejected.
    Rejected,
    /// Employment ended before the contract's end.
    EndedEarly {
        /// Why.
        reason: EndReason,
    },
}

/// Why an employment ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// The employer breached the contract.
    EmployerBreach,
    /// The worker chose to leave.
    WorkerChoice,
    /// The worker moved to another employer.
    ChangedEmployer,
    /// Illness or injury.
    Health,
    /// The work ran out before the contract's end.
    WorkEnded,
    /// Any other reason.
    Other,
}

impl EndReason {
    /// Code used in tables.
    pub fn code(self) -> &'static str {
        match self {
            EndReason::EmployerBreach => "EMPLOYER_BREACH",
            EndReason::WorkerChoice => "WORKER_CHOICE",
            EndReason::ChangedEmployer => "CHANGED_EMPLOYER",
            EndReason::Health => "HEALTH",
            EndReason::WorkEnded => "WORK_ENDED",
            EndReason::Other => "OTHER",
        }
    }
}

/// One dated status event of a placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusEvent {
    /// The status reached.
    pub status: PlacementStatus,
    /// The date it was reached.
    pub date: NaiveDate,
}

/// Text shared by many records (a country, a programme, a job order):
/// cloning it for each of a million placements is a reference count, not
/// an allocation. Build one with `.into()` from a `&str` or a `String`.
pub type SharedText = Arc<str>;

/// Serde for [`SharedText`] fields (as plain strings).
mod shared_text {
    use super::SharedText;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &SharedText, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(t)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SharedText, D::Error> {
        String::deserialize(d).map(SharedText::from)
    }
}

/// A placement: one worker on one job order, with its dated history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacementRecord {
    /// Placement id.
    pub placement_id: String,
    /// Worker id (used to find re-hires; never published).
    pub worker_id: String,
    /// Worker's sex.
    pub worker_sex: Sex,
    /// Worker's date of birth (age groups are derived from it).
    pub worker_birth_date: Option<NaiveDate>,
    /// Country of origin, ISO 3166-1 alpha-3 (`MEX`).
    #[serde(with = "shared_text")]
    pub origin: SharedText,
    /// Country of destination, ISO 3166-1 alpha-3 (`CAN`).
    #[serde(with = "shared_text")]
    pub destination: SharedText,
    /// Programme id.
    #[serde(with = "shared_text")]
    pub programme_id: SharedText,
    /// Programme name.
    #[serde(with = "shared_text")]
    pub programme_name: SharedText,
    /// ISCO-08 unit group (4 digits) of the job.
    #[serde(with = "shared_text")]
    pub isco08: SharedText,
    /// Job order id.
    #[serde(with = "shared_text")]
    pub job_order_id: SharedText,
    /// Date the job order opened.
    pub job_order_opened: NaiveDate,
    /// Planned contract length in months (UN duration class), if known.
    pub contract_months: Option<u16>,
    /// Status events, in the order they happened.
    pub events: Vec<StatusEvent>,
}

impl PlacementRecord {
    /// Date of the first `departed` event.
    pub fn departed_on(&self) -> Option<NaiveDate> {
        self.first(|s| s == PlacementStatus::Departed)
    }

    /// Date the stay abroad ended: the first `returned` or `ended early`
    /// event on or after departure.
    pub fn stay_ended_on(&self) -> Option<NaiveDate> {
        let dep = self.departed_on()?;
        self.events
            .iter()
            .filter(|e| {
                e.date >= dep
                    && matches!(
                        e.status,
                        PlacementStatus::Returned | PlacementStatus::EndedEarly { .. }
                    )
            })
            .map(|e| e.date)
            .min()
    }

    /// Whether the worker was abroad under this placement on `date`.
    pub fn is_abroad_on(&self, date: NaiveDate) -> bool {
        match self.departed_on() {
            Some(dep) if dep <= date => self.stay_ended_on().is_none_or(|end| end > date),
            _ => false,
        }
    }

    fn first(&self, pred: impl Fn(PlacementStatus) -> bool) -> Option<NaiveDate> {
        self.events
            .iter()
            .filter(|e| pred(e.status))
            .map(|e| e.date)
            .min()
    }

    /// Date employment ended: `completed` or `ended early`, whichever first.
    pub fn employment_ended_on(&self) -> Option<NaiveDate> {
        self.first(|s| {
            matches!(
                s,
                PlacementStatus::Completed | PlacementStatus::EndedEarly { .. }
            )
        })
    }

    fn corridor(&self) -> String {
        format!("{}-{}", self.origin, self.destination)
    }
}

/// A job order: positions an employer asks to fill under a programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobOrderRecord {
    /// Job order id.
    pub job_order_id: String,
    /// Programme id.
    pub programme_id: String,
    /// Programme's country of origin (alpha-3).
    pub origin: String,
    /// Country of destination (alpha-3).
    pub destination: String,
    /// ISCO-08 unit group (4 digits).
    pub isco08: String,
    /// Number of positions.
    pub positions: u32,
    /// Date opened.
    pub opened: NaiveDate,
    /// Date closed, if closed.
    pub closed: Option<NaiveDate>,
}

/// A programme a worker is eligible for (eligibility decided by the caller).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeEligibility {
    /// Programme id.
    pub programme_id: String,
    /// Programme's country of origin (alpha-3).
    pub origin: String,
    /// Programme's country of destination (alpha-3).
    pub destination: String,
    /// The worker's ISCO-08 unit groups the programme covers (the
    /// occupations through which the worker is eligible); empty means all
    /// of the worker's groups.
    #[serde(default)]
    pub isco08: Vec<String>,
}

/// A registered worker available for placement (the supply side).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AvailableWorkerRecord {
    /// Worker id (never published).
    pub worker_id: String,
    /// Sex.
    pub sex: Sex,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
    /// Country of citizenship (alpha-3).
    pub citizenship: String,
    /// Country of residence (alpha-3).
    pub residence: String,
    /// ISCO-08 unit groups the worker is qualified for.
    pub isco08: Vec<String>,
    /// First day available.
    pub available_from: NaiveDate,
    /// Last day available, if bounded.
    pub available_until: Option<NaiveDate>,
    /// Programmes the worker is eligible for.
    pub eligible_programmes: Vec<ProgrammeEligibility>,
}

impl AvailableWorkerRecord {
    /// Whether available on `date`.
    pub fn is_available_on(&self, date: NaiveDate) -> bool {
        self.available_from <= date && self.available_until.is_none_or(|u| u >= date)
    }
}

/// Who paid a fee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    /// The worker.
    Worker,
    /// The employer.
    Employer,
    /// A recruitment agency.
    Agency,
    /// A government.
    Government,
    /// Anyone else (a broker, an official acting privately).
    ThirdParty,
}

impl Payer {
    /// Code used in tables.
    pub fn code(self) -> &'static str {
        match self {
            Payer::Worker => "WORKER",
            Payer::Employer => "EMPLOYER",
            Payer::Agency => "AGENCY",
            Payer::Government => "GOVERNMENT",
            Payer::ThirdParty => "THIRD_PARTY",
        }
    }
}

/// Category of a payment under the ILO General Principles and Operational
/// Guidelines for Fair Recruitment and Definition of Recruitment Fees and
/// Related Costs (2019).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeCategory {
    /// Fee for the recruitment service itself.
    RecruitmentService,
    /// Medical costs.
    Medical,
    /// Insurance costs.
    Insurance,
    /// Skills and qualification tests.
    SkillsTests,
    /// Training and orientation.
    TrainingAndOrientation,
    /// Equipment.
    Equipment,
    /// Travel and lodging.
    TravelAndLodging,
    /// Visa and administrative costs.
    VisaAndAdministrative,
    /// Illegitimate: bribe.
    Bribe,
    /// Illegitimate: kickback.
    Kickback,
    /// Illegitimate: bond.
    Bond,
    /// Illegitimate: collateral.
    Collateral,
}

impl FeeCategory {
    /// Code used in tables.
    pub fn code(self) -> &'static str {
        match self {
            FeeCategory::RecruitmentService => "RECRUITMENT_SERVICE",
            FeeCategory::Medical => "MEDICAL",
            FeeCategory::Insurance => "INSURANCE",
            FeeCategory::SkillsTests => "SKILLS_TESTS",
            FeeCategory::TrainingAndOrientation => "TRAINING_ORIENTATION",
            FeeCategory::Equipment => "EQUIPMENT",
            FeeCategory::TravelAndLodging => "TRAVEL_LODGING",
            FeeCategory::VisaAndAdministrative => "VISA_ADMINISTRATIVE",
            FeeCategory::Bribe => "BRIBE",
            FeeCategory::Kickback => "KICKBACK",
            FeeCategory::Bond => "BOND",
            FeeCategory::Collateral => "COLLATERAL",
        }
    }

    /// Illegitimate costs are never allowed, whoever pays.
    pub fn is_illegitimate(self) -> bool {
        matches!(
            self,
            FeeCategory::Bribe
                | FeeCategory::Kickback
                | FeeCategory::Bond
                | FeeCategory::Collateral
        )
    }
}

/// One payment on the fee ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeePaymentRecord {
    /// Payment id.
    pub payment_id: String,
    /// Placement the payment belongs to (dimensions come from it).
    pub placement_id: Option<String>,
    /// Who paid.
    pub payer: Payer,
    /// What for.
    pub category: FeeCategory,
    /// Amount in minor units of `currency` (cents).
    pub amount_minor: i64,
    /// ISO 4217 currency code.
    pub currency: String,
    /// Date paid.
    pub paid_on: NaiveDate,
    /// Whether the ledger marked the payment as a violation of fair
    /// recruitment rules (decided by the domain rules, not here).
    pub violation: bool,
}

/// Corridor's records, as the store hands them over.
#[derive(Debug, Clone, Copy)]
pub struct AdminRecords<'a> {
    /// Name of the installation's dataset, e.g. "Corridor demo records".
    pub dataset: &'a str,
    /// Extraction stamp or version.
    pub version: &'a str,
    /// Placements.
    pub placements: &'a [PlacementRecord],
    /// Job orders.
    pub job_orders: &'a [JobOrderRecord],
    /// Available registered workers.
    pub available_workers: &'a [AvailableWorkerRecord],
    /// Fee ledger payments.
    pub fee_payments: &'a [FeePaymentRecord],
}

fn un_duration_code(months: Option<u16>) -> &'static str {
    match months {
        Some(m) if m >= 12 => "LONG_TERM",
        Some(m) if m >= 3 => "SHORT_TERM",
        Some(_) => "UNDER_3M",
        None => UNKNOWN,
    }
}

fn age_code(birth: Option<NaiveDate>, on: NaiveDate) -> &'static str {
    birth.map_or(UNKNOWN, |b| age_group_code(age_on(b, on)))
}

/// Code of placement `p` on dimension `dim`, at date `on`.
fn placement_code<'a>(p: &'a PlacementRecord, dim: Dimension, on: NaiveDate) -> Cow<'a, str> {
    match dim {
        Dimension::Corridor => Cow::Owned(p.corridor()),
        Dimension::Origin => Cow::Borrowed(&*p.origin),
        Dimension::Destination => Cow::Borrowed(&*p.destination),
        Dimension::Programme => Cow::Borrowed(&*p.programme_id),
        Dimension::Occupation(level) => Cow::Owned(isco_code(&p.isco08, level)),
        Dimension::Sex => Cow::Borrowed(p.worker_sex.code()),
        Dimension::AgeGroup => Cow::Borrowed(age_code(p.worker_birth_date, on)),
        Dimension::Period(g) => Cow::Owned(period_code(on, g)),
        Dimension::UnDuration => Cow::Borrowed(un_duration_code(p.contract_months)),
        _ => Cow::Borrowed(UNKNOWN),
    }
}

fn is_placement_dim(d: Dimension) -> bool {
    matches!(
        d,
        Dimension::Corridor
            | Dimension::Origin
            | Dimension::Destination
            | Dimension::Programme
            | Dimension::Occupation(_)
            | Dimension::Sex
            | Dimension::AgeGroup
            | Dimension::Period(_)
            | Dimension::UnDuration
    )
}

fn is_job_order_dim(d: Dimension) -> bool {
    matches!(
        d,
        Dimension::Corridor
            | Dimension::Origin
            | Dimension::Destination
            | Dimension::Programme
            | Dimension::Occupation(_)
            | Dimension::Period(_)
    )
}

/// Whether dimension `d` can cross `figure` (administrative figures by
/// their records' attributes, microdata figures by the census questions).
pub fn dimension_applies(figure: Figure, d: Dimension) -> bool {
    match figure {
        Figure::StockAbroad
        | Figure::Departures
        | Figure::Returns
        | Figure::DaysToDepartureMedian
        | Figure::DaysToDepartureP90
        | Figure::ReturnRate
        | Figure::RehireRate => is_placement_dim(d),
        Figure::EarlyEndings => is_placement_dim(d) || d == Dimension::EndReason,
        Figure::Demand | Figure::Gap | Figure::FillRate => is_job_order_dim(d),
        Figure::Supply => is_job_order_dim(d) || matches!(d, Dimension::Sex | Dimension::AgeGroup),
        Figure::FeeViolations => {
            is_placement_dim(d) || matches!(d, Dimension::FeeCategory | Dimension::Payer)
        }
        Figure::FeeViolationAmountPaidByWorkers => {
            is_placement_dim(d)
                || matches!(
                    d,
                    Dimension::FeeCategory | Dimension::Payer | Dimension::Currency
                )
        }
        Figure::ForeignBornStock
        | Figure::ForeignCitizenStock
        | Figure::RecentArrivals { .. }
        | Figure::ResidedAbroad { .. } => matches!(
            d,
            Dimension::CountryOfBirth | Dimension::Sex | Dimension::AgeGroup | Dimension::Geography
        ),
    }
}

/// Whether the figure is a stock-like (point-in-time) figure, whose period
/// buckets are evaluated at their last day and never totalled.
fn is_point_in_time(figure: Figure) -> bool {
    matches!(
        figure,
        Figure::StockAbroad | Figure::Demand | Figure::Supply | Figure::Gap
    )
}

/// Compute an administrative table.
///
/// Point-in-time figures (stock abroad, demand, supply, gap) take a
/// reference date, or a period crossed by [`Dimension::Period`] (one value
/// per bucket, at the bucket's last day, no total over time); all other
/// figures take a period. The fee amount figure always carries a
/// [`Dimension::Currency`] (added last when not requested).
pub fn admin_table(
    records: &AdminRecords,
    request: &TableRequest,
) -> Result<StatTable, StatsError> {
    let figure = request.figure;
    let mut cross = request.cross.clone();
    if figure == Figure::FeeViolationAmountPaidByWorkers && !cross.contains(&Dimension::Currency) {
        cross.push(Dimension::Currency);
    }
    for &d in &cross {
        if !dimension_applies(figure, d) {
            return Err(StatsError::DimensionNotApplicable {
                figure,
                dimension: d,
            });
        }
    }
    let period_dim = cross.iter().position(|d| matches!(d, Dimension::Period(_)));
    let point = is_point_in_time(figure);
    // The dates at which a point-in-time figure is evaluated, with their codes.
    let (start, end) = match request.reference {
        Reference::Date { date } => {
            if !point {
                return Err(StatsError::WrongReference {
                    figure,
                    needs: "period",
                });
            }
            if period_dim.is_some() {
                return Err(StatsError::WrongReference {
                    figure,
                    needs: "period (to cross by period)",
                });
            }
            (date, date)
        }
        Reference::Period { start, end } => (start, end),
    };
    let granularity = period_dim.map(|i| match cross[i] {
        Dimension::Period(g) => g,
        _ => Granularity::Year,
    });
    let buckets = granularity.map(|g| period_buckets(start, end, g));
    let has_total: Vec<bool> = cross
        .iter()
        .map(|d| match d {
            Dimension::Currency => false,
            Dimension::Period(_) => !point,
            _ => true,
        })
        .collect();
    let eval_dates: Vec<(Option<String>, NaiveDate)> = match &buckets {
        Some(b) if point => b.iter().map(|(c, _, e)| (Some(c.clone()), *e)).collect(),
        _ => vec![(None, end)],
    };
    let measure = match figure {
        Figure::Supply => Measure::Distinct,
        Figure::DaysToDepartureMedian => Measure::Quantile(0.5),
        Figure::DaysToDepartureP90 => Measure::Quantile(0.9),
        Figure::FillRate | Figure::ReturnRate | Figure::RehireRate => Measure::Ratio,
        _ => Measure::Sum,
    };
    let metadata = admin_metadata(records, request, figure);
    if figure == Figure::Gap {
        return gap_table(
            records,
            &cross,
            &has_total,
            &eval_dates,
            (start, end),
            metadata,
        );
    }
    let mut cube = Cube::new(&cross, has_total.clone(), measure)?;
    preset(&mut cube, &cross, (start, end));
    let in_period = |d: NaiveDate| d >= start && d <= end;
    let mut key = vec![0u32; cross.len()];
    match figure {
        Figure::StockAbroad => {
            // Codes that do not change with the date are looked up once per
            // placement; only the period (and age, if crossed) per date.
            let per_date = cross.contains(&Dimension::AgeGroup);
            let period_ids: Vec<Option<u32>> = eval_dates
                .iter()
                .map(|(code, _)| {
                    code.as_deref()
                        .zip(period_dim)
                        .map(|(c, i)| cube.intern(i, c))
                })
                .collect();
            for p in records.placements {
                let Some(dep) = p.departed_on() else { continue };
                let stay_end = p.stay_ended_on();
                let mut filled = false;
                for ((code, t), pid) in eval_dates.iter().zip(&period_ids) {
                    if dep <= *t && stay_end.is_none_or(|e| e > *t) {
                        if per_date || !filled {
                            fill_placement_key(&mut cube, &mut key, &cross, p, *t, code.as_deref());
                            filled = true;
                        }
                        if let (Some(i), Some(id)) = (period_dim, pid) {
                            key[i] = *id;
                        }
                        cube.add(&key, 1.0, 0.0, 1, &[]);
                    }
                }
            }
        }
        Figure::Departures | Figure::Returns | Figure::EarlyEndings => {
            for p in records.placements {
                for e in &p.events {
                    let reason = match (figure, e.status) {
                        (Figure::Departures, PlacementStatus::Departed) => None,
                        (Figure::Returns, PlacementStatus::Returned) => None,
                        (Figure::EarlyEndings, PlacementStatus::EndedEarly { reason }) => {
                            Some(reason)
                        }
                        _ => continue,
                    };
                    if !in_period(e.date) {
                        continue;
                    }
                    fill_placement_key(&mut cube, &mut key, &cross, p, e.date, None);
                    if let (Some(r), Some(i)) = (
                        reason,
                        cross.iter().position(|d| *d == Dimension::EndReason),
                    ) {
                        key[i] = cube.intern(i, r.code());
                    }
                    cube.add(&key, 1.0, 0.0, 1, &[]);
                }
            }
        }
        Figure::DaysToDepartureMedian | Figure::DaysToDepartureP90 => {
            for p in records.placements {
                let Some(dep) = p.departed_on() else { continue };
                if !in_period(dep) {
                    continue;
                }
                fill_placement_key(&mut cube, &mut key, &cross, p, dep, None);
                let days = (dep - p.job_order_opened).num_days() as f64;
                cube.add_sample(&key, days);
            }
        }
        Figure::ReturnRate => {
            for p in records.placements {
                let Some(ended) = p.employment_ended_on() else {
                    continue;
                };
                if !in_period(ended) {
                    continue;
                }
                let returned = p
                    .events
                    .iter()
                    .any(|e| e.status == PlacementStatus::Returned);
                fill_placement_key(&mut cube, &mut key, &cross, p, ended, None);
                cube.add(&key, f64::from(u8::from(returned)), 1.0, 1, &[]);
            }
        }
        Figure::RehireRate => {
            let mut completed: HashMap<&str, Vec<NaiveDate>> = HashMap::new();
            for p in records.placements {
                for e in &p.events {
                    if e.status == PlacementStatus::Completed {
                        completed
                            .entry(p.worker_id.as_str())
                            .or_default()
                            .push(e.date);
                    }
                }
            }
            for p in records.placements {
                let Some(dep) = p.departed_on() else { continue };
                if !in_period(dep) {
                    continue;
                }
                let rehire = completed
                    .get(p.worker_id.as_str())
                    .is_some_and(|ds| ds.iter().any(|&d| d < dep));
                fill_placement_key(&mut cube, &mut key, &cross, p, dep, None);
                cube.add(&key, f64::from(u8::from(rehire)), 1.0, 1, &[]);
            }
        }
        Figure::FillRate => {
            let mut departed: HashMap<&str, u64> = HashMap::new();
            for p in records.placements {
                if p.departed_on().is_some() {
                    *departed.entry(&*p.job_order_id).or_default() += 1;
                }
            }
            for j in records.job_orders {
                if !in_period(j.opened) {
                    continue;
                }
                fill_job_order_key(&mut cube, &mut key, &cross, j, j.opened, None);
                let filled = departed.get(j.job_order_id.as_str()).copied().unwrap_or(0);
                cube.add(&key, filled as f64, f64::from(j.positions), filled, &[]);
            }
        }
        Figure::Demand => {
            for j in records.job_orders {
                for (code, t) in &eval_dates {
                    if j.opened <= *t && j.closed.is_none_or(|c| c > *t) {
                        fill_job_order_key(&mut cube, &mut key, &cross, j, *t, code.as_deref());
                        cube.add(&key, f64::from(j.positions), 0.0, 1, &[]);
                    }
                }
            }
        }
        Figure::Supply => {
            for w in records.available_workers {
                let keys = supply_keys(&mut cube, &cross, w, &eval_dates);
                if !keys.is_empty() {
                    cube.add_distinct(&keys);
                }
            }
        }
        Figure::FeeViolations | Figure::FeeViolationAmountPaidByWorkers => {
            let by_id: HashMap<&str, &PlacementRecord> = records
                .placements
                .iter()
                .map(|p| (p.placement_id.as_str(), p))
                .collect();
            for f in records.fee_payments {
                if !f.violation || !in_period(f.paid_on) {
                    continue;
                }
                let amount = if figure == Figure::FeeViolations {
                    1.0
                } else if f.payer == Payer::Worker {
                    f.amount_minor as f64
                } else {
                    continue;
                };
                let placement = f.placement_id.as_deref().and_then(|id| by_id.get(id));
                for (i, &d) in cross.iter().enumerate() {
                    let code: Cow<str> = match d {
                        Dimension::FeeCategory => Cow::Borrowed(f.category.code()),
                        Dimension::Payer => Cow::Borrowed(f.payer.code()),
                        Dimension::Currency => Cow::Borrowed(&f.currency),
                        Dimension::Period(g) => Cow::Owned(period_code(f.paid_on, g)),
                        _ => match placement {
                            Some(p) => placement_code(p, d, f.paid_on),
                            None => Cow::Borrowed(UNKNOWN),
                        },
                    };
                    key[i] = cube.intern(i, &code);
                }
                // Contributors are placements (one worker each), or the
                // payment itself when it belongs to none.
                let contributor = stable_id(f.placement_id.as_deref().unwrap_or(&f.payment_id));
                cube.add_by(&key, amount, contributor);
            }
        }
        Figure::Gap => unreachable!("handled above"),
        other => return Err(StatsError::FigureNotAvailable(other)),
    }
    cube.finish(metadata)
}

/// Fix the codes of every period dimension (all buckets of the reference,
/// in order) and of sex, so that empty ones still get (zero) cells.
/// A fixed 64-bit identifier of a record id (the same in every run).
fn stable_id(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

fn preset(cube: &mut Cube, cross: &[Dimension], range: (NaiveDate, NaiveDate)) {
    for (i, d) in cross.iter().enumerate() {
        match d {
            Dimension::Period(g) => {
                let codes: Vec<String> = period_buckets(range.0, range.1, *g)
                    .into_iter()
                    .map(|x| x.0)
                    .collect();
                cube.preset_codes(i, &codes);
            }
            Dimension::Sex => cube.preset_codes(i, &["F".to_string(), "M".to_string()]),
            _ => {}
        }
    }
}

fn fill_placement_key(
    cube: &mut Cube,
    key: &mut [u32],
    cross: &[Dimension],
    p: &PlacementRecord,
    on: NaiveDate,
    period: Option<&str>,
) {
    for (i, &d) in cross.iter().enumerate() {
        key[i] = match (d, period) {
            (Dimension::Period(_), Some(code)) => cube.intern(i, code),
            // Set by the caller from the event itself; interning `_U` here
            // would publish an always-empty "unknown reason" column.
            (Dimension::EndReason, _) => continue,
            _ => cube.intern(i, &placement_code(p, d, on)),
        };
    }
}

fn job_order_code<'a>(j: &'a JobOrderRecord, d: Dimension, on: NaiveDate) -> Cow<'a, str> {
    match d {
        Dimension::Corridor => Cow::Owned(format!("{}-{}", j.origin, j.destination)),
        Dimension::Origin => Cow::Borrowed(&j.origin),
        Dimension::Destination => Cow::Borrowed(&j.destination),
        Dimension::Programme => Cow::Borrowed(&j.programme_id),
        Dimension::Occupation(level) => Cow::Owned(isco_code(&j.isco08, level)),
        Dimension::Period(g) => Cow::Owned(period_code(on, g)),
        _ => Cow::Borrowed(UNKNOWN),
    }
}

fn fill_job_order_key(
    cube: &mut Cube,
    key: &mut [u32],
    cross: &[Dimension],
    j: &JobOrderRecord,
    on: NaiveDate,
    period: Option<&str>,
) {
    for (i, &d) in cross.iter().enumerate() {
        key[i] = match (d, period) {
            (Dimension::Period(_), Some(code)) => cube.intern(i, code),
            _ => cube.intern(i, &job_order_code(j, d, on)),
        };
    }
}

/// Every cell a worker belongs to: one per (eligible programme × ISCO
/// group × evaluation date on which the worker is available).
fn supply_keys(
    cube: &mut Cube,
    cross: &[Dimension],
    w: &AvailableWorkerRecord,
    eval_dates: &[(Option<String>, NaiveDate)],
) -> Vec<Vec<u32>> {
    let mut keys = Vec::new();
    let all_iscos: Vec<&str> = if w.isco08.is_empty() {
        vec![UNKNOWN]
    } else {
        w.isco08.iter().map(String::as_str).collect()
    };
    for (code, t) in eval_dates {
        if !w.is_available_on(*t) {
            continue;
        }
        for prog in &w.eligible_programmes {
            let iscos: Vec<&str> = if prog.isco08.is_empty() {
                all_iscos.clone()
            } else {
                prog.isco08.iter().map(String::as_str).collect()
            };
            for isco in &iscos {
                let key: Vec<u32> = cross
                    .iter()
                    .enumerate()
                    .map(|(i, &d)| {
                        let c: Cow<str> = match d {
                            Dimension::Corridor => {
                                Cow::Owned(format!("{}-{}", prog.origin, prog.destination))
                            }
                            Dimension::Origin => Cow::Borrowed(&prog.origin),
                            Dimension::Destination => Cow::Borrowed(&prog.destination),
                            Dimension::Programme => Cow::Borrowed(&prog.programme_id),
                            Dimension::Occupation(level) => Cow::Owned(isco_code(isco, level)),
                            Dimension::Sex => Cow::Borrowed(w.sex.code()),
                            Dimension::AgeGroup => Cow::Borrowed(age_code(w.birth_date, *t)),
                            Dimension::Period(_) => {
                                Cow::Owned(code.clone().unwrap_or_else(|| UNKNOWN.into()))
                            }
                            _ => Cow::Borrowed(UNKNOWN),
                        };
                        cube.intern(i, &c)
                    })
                    .collect();
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
    }
    keys
}

/// Gap = demand − supply, computed on one shared grid of codes.
fn gap_table(
    records: &AdminRecords,
    cross: &[Dimension],
    has_total: &[bool],
    eval_dates: &[(Option<String>, NaiveDate)],
    range: (NaiveDate, NaiveDate),
    metadata: TableMetadata,
) -> Result<StatTable, StatsError> {
    let mut demand = Cube::new(cross, has_total.to_vec(), Measure::Sum)?;
    let mut supply = Cube::new(cross, has_total.to_vec(), Measure::Distinct)?;
    preset(&mut demand, cross, range);
    preset(&mut supply, cross, range);
    let mut key = vec![0u32; cross.len()];
    for j in records.job_orders {
        for (code, t) in eval_dates {
            if j.opened <= *t && j.closed.is_none_or(|c| c > *t) {
                fill_job_order_key(&mut demand, &mut key, cross, j, *t, code.as_deref());
                demand.add(&key, f64::from(j.positions), 0.0, 1, &[]);
            }
        }
    }
    for w in records.available_workers {
        let keys = supply_keys(&mut supply, cross, w, eval_dates);
        if !keys.is_empty() {
            supply.add_distinct(&keys);
        }
    }
    // Give both sides every code either uses, so both grids are identical.
    for i in 0..cross.len() {
        for c in demand.codes_of(i) {
            supply.intern(i, &c);
        }
        for c in supply.codes_of(i) {
            demand.intern(i, &c);
        }
    }
    let d = demand.finish(metadata.clone())?;
    let s = supply.finish(metadata)?;
    let mut gap = d;
    for (g, s) in gap.cells.iter_mut().zip(&s.cells) {
        let dv = g.observation.value.unwrap_or(0.0);
        let sv = s.observation.value.unwrap_or(0.0);
        g.observation.value = Some(dv - sv);
        // Persons behind the figure: the eligible workers.
        g.observation.unweighted_count = s.observation.unweighted_count;
    }
    Ok(gap)
}

fn admin_metadata(records: &AdminRecords, request: &TableRequest, figure: Figure) -> TableMetadata {
    let placement_def = Definition {
        basis: MigrantBasis::CorridorPlacement,
        un_duration: UnDurationClass::LongAndShortTerm,
        text: "Workers placed abroad through Corridor programmes (administrative \
               records). A change of usual residence for 12 months or more is long-term, \
               3 to 12 months short-term (UN 1998 Rev.1), judged from the planned contract \
               length; cross by UN_DURATION to separate them."
            .into(),
    };
    let not_persons = |text: &str| Definition {
        basis: MigrantBasis::NotApplicable,
        un_duration: UnDurationClass::NotApplicable,
        text: text.into(),
    };
    let persons = Unit {
        code: "PS".into(),
        text: "persons".into(),
    };
    let (title, definition, method, unit) = match figure {
        Figure::StockAbroad => (
            "Workers abroad (stock)",
            placement_def,
            "Count of placements with a departure on or before the reference date and no \
             return or early ending by then; by period, at each period's last day.",
            persons,
        ),
        Figure::Departures => (
            "Departures (flow)",
            placement_def,
            "Count of departure events dated in the period.",
            persons,
        ),
        Figure::Returns => (
            "Returns (flow)",
            placement_def,
            "Count of return events dated in the period.",
            persons,
        ),
        Figure::EarlyEndings => (
            "Early endings of employment (flow)",
            placement_def,
            "Count of early-ending events dated in the period, by recorded reason.",
            persons,
        ),
        Figure::Demand => (
            "Demand: positions in open job orders",
            not_persons("Positions in job orders opened and not closed on the reference date."),
            "Sum of positions of job orders open on the reference date (each period's last day).",
            Unit {
                code: "POS".into(),
                text: "positions".into(),
            },
        ),
        Figure::Supply => (
            "Supply: available eligible workers",
            Definition {
                basis: MigrantBasis::CorridorPlacement,
                un_duration: UnDurationClass::NotApplicable,
                text: "Registered workers available on the reference date and eligible for at \
                       least one programme (prospective migrants)."
                    .into(),
            },
            "Distinct workers; a worker eligible for several programmes or occupations counts \
             once in each, and once in every total: cells do not add up to margins.",
            persons,
        ),
        Figure::Gap => (
            "Gap: demand minus supply",
            not_persons("Positions in open job orders minus available eligible workers."),
            "Demand minus supply, cell by cell, on the reference date; positive means more \
             positions than eligible workers.",
            Unit {
                code: "POS".into(),
                text: "positions minus persons".into(),
            },
        ),
        Figure::FillRate => (
            "Fill rate of job orders",
            not_persons("Departed placements per position, job orders opened in the period."),
            "Sum of departed placements over sum of positions, job orders opened in the period; \
             departures counted as recorded at extraction.",
            Unit {
                code: "PT".into(),
                text: "ratio (0 to 1)".into(),
            },
        ),
        Figure::DaysToDepartureMedian | Figure::DaysToDepartureP90 => (
            if figure == Figure::DaysToDepartureMedian {
                "Median days from job order to departure"
            } else {
                "90th percentile of days from job order to departure"
            },
            placement_def,
            "Departure date minus job-order opening date, departures in the period; quantile \
             by linear interpolation (type 7).",
            Unit {
                code: "DAYS".into(),
                text: "days".into(),
            },
        ),
        Figure::FeeViolations => (
            "Fee violations",
            not_persons(
                "Ledger payments marked as violations of fair recruitment (ILO 2019 \
                 definition of recruitment fees and related costs; illegitimate costs are \
                 never allowed).",
            ),
            "Count of violating payments dated in the period.",
            Unit {
                code: "NUM".into(),
                text: "payments".into(),
            },
        ),
        Figure::FeeViolationAmountPaidByWorkers => (
            "Violating fees paid by workers",
            not_persons("Violating ledger payments made by workers (ILO 2019 definition)."),
            "Sum of violating payments by workers dated in the period, per currency; never \
             converted or added across currencies.",
            Unit {
                code: "MINOR_UNITS".into(),
                text: "minor units of the currency".into(),
            },
        ),
        Figure::ReturnRate => (
            "Return rate",
            placement_def,
            "Placements whose employment ended (completed or ended early) in the period and \
             that have a recorded return, over all such placements.",
            Unit {
                code: "PT".into(),
                text: "ratio (0 to 1)".into(),
            },
        ),
        Figure::RehireRate => (
            "Re-hire rate",
            placement_def,
            "Departures in the period by workers who completed an earlier placement before \
             departing, over all departures in the period.",
            Unit {
                code: "PT".into(),
                text: "ratio (0 to 1)".into(),
            },
        ),
        _ => ("", placement_def, "", persons),
    };
    TableMetadata {
        figure,
        title: title.to_string(),
        source: Source {
            kind: SourceKind::Administrative,
            dataset: records.dataset.to_string(),
            version: records.version.to_string(),
            reference: request.reference.label(),
        },
        definition,
        method: method.to_string(),
        unit,
        uncertainty: UncertaintyBasis::CompleteCount,
        additive: figure.is_additive(),
    }
}
