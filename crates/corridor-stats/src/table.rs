//! Requests, result tables, figures and their metadata.
//!
//! A [`StatTable`] is a full cross-classification: every combination of the
//! codes of its dimensions, plus a total (`_T`) position on each dimension
//! that can be totalled, so that the published margins sit next to the
//! cells they summarise. Every cell carries an [`Observation`]: the value,
//! the unweighted count of records behind it, its [`Uncertainty`] and its
//! [`Flags`]. The table carries [`TableMetadata`]: source, definition,
//! method and unit.
//!
//! A `StatTable` is unprotected. Only [`crate::protect`] turns it into a
//! [`crate::ProtectedTable`], the type the public writers accept.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dims::{Dimension, TOTAL};
use crate::error::StatsError;

/// Which figure a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "figure")]
pub enum Figure {
    /// Workers abroad on the reference date (or at the end of each period
    /// bucket): departed and neither returned nor ended early by then.
    StockAbroad,
    /// Departures during the period.
    Departures,
    /// Returns during the period.
    Returns,
    /// Early endings of employment during the period, crossable by reason.
    EarlyEndings,
    /// Positions in job orders open on the reference date.
    Demand,
    /// Available registered workers eligible for a programme on the
    /// reference date (each worker counted once in every cell and margin
    /// they belong to: not additive across programmes or occupations).
    Supply,
    /// Demand minus supply (positive: more positions than eligible workers).
    Gap,
    /// Departed placements per position, for job orders opened in the period.
    FillRate,
    /// Median days from job-order opening to departure, departures in period.
    DaysToDepartureMedian,
    /// 90th percentile of days from job-order opening to departure.
    DaysToDepartureP90,
    /// Fee payments recorded as violations during the period.
    FeeViolations,
    /// Total of violating fees paid by workers, per currency, minor units.
    FeeViolationAmountPaidByWorkers,
    /// Share of placements ended in the period (completed or ended early)
    /// with a recorded return.
    ReturnRate,
    /// Share of departures in the period by workers who had completed an
    /// earlier placement (re-hires).
    RehireRate,
    /// Weighted persons born abroad (microdata).
    ForeignBornStock,
    /// Weighted persons without the citizenship of the country (microdata).
    ForeignCitizenStock,
    /// Weighted foreign-born persons who arrived in the reference year minus
    /// `within_years` or later (year-of-arrival question; flow proxy).
    RecentArrivals {
        /// Window in years (1 or 5 are the UN recommendations).
        within_years: u8,
    },
    /// Weighted persons whose usual residence `years_ago` years before was
    /// abroad (residence-at-a-past-date question; flow proxy; 1 or 5).
    ResidedAbroad {
        /// 1 or 5.
        years_ago: u8,
    },
}

impl Figure {
    /// Short identifier used in file names, SDMX flow ids and API paths.
    pub fn id(self) -> String {
        match self {
            Figure::StockAbroad => "STOCK_ABROAD".into(),
            Figure::Departures => "DEPARTURES".into(),
            Figure::Returns => "RETURNS".into(),
            Figure::EarlyEndings => "EARLY_ENDINGS".into(),
            Figure::Demand => "DEMAND".into(),
            Figure::Supply => "SUPPLY".into(),
            Figure::Gap => "GAP".into(),
            Figure::FillRate => "FILL_RATE".into(),
            Figure::DaysToDepartureMedian => "DAYS_TO_DEPARTURE_MEDIAN".into(),
            Figure::DaysToDepartureP90 => "DAYS_TO_DEPARTURE_P90".into(),
            Figure::FeeViolations => "FEE_VIOLATIONS".into(),
            Figure::FeeViolationAmountPaidByWorkers => "FEE_VIOLATION_AMOUNT_WORKERS".into(),
            Figure::ReturnRate => "RETURN_RATE".into(),
            Figure::RehireRate => "REHIRE_RATE".into(),
            Figure::ForeignBornStock => "FOREIGN_BORN_STOCK".into(),
            Figure::ForeignCitizenStock => "FOREIGN_CITIZEN_STOCK".into(),
            Figure::RecentArrivals { within_years } => format!("ARRIVALS_{within_years}Y"),
            Figure::ResidedAbroad { years_ago } => format!("RESIDED_ABROAD_{years_ago}Y_AGO"),
        }
    }

    /// Whether the figure holds at a point in time (stock abroad, demand,
    /// supply, gap) rather than over a period: it takes a reference date,
    /// and by period it is evaluated at each period's last day.
    pub fn is_point_in_time(self) -> bool {
        matches!(
            self,
            Figure::StockAbroad
                | Figure::Demand
                | Figure::Supply
                | Figure::Gap
                | Figure::ForeignBornStock
                | Figure::ForeignCitizenStock
        )
    }

    /// Whether the figure is a quantile (median, 90th percentile), which
    /// discloses individual values unless enough records stand behind it.
    pub fn is_quantile(self) -> bool {
        matches!(
            self,
            Figure::DaysToDepartureMedian | Figure::DaysToDepartureP90
        )
    }

    /// Whether cells add up to their margins (counts and sums do; rates,
    /// quantiles and distinct-worker counts do not).
    pub fn is_additive(self) -> bool {
        !matches!(
            self,
            Figure::Supply
                | Figure::Gap
                | Figure::FillRate
                | Figure::DaysToDepartureMedian
                | Figure::DaysToDepartureP90
                | Figure::ReturnRate
                | Figure::RehireRate
        )
    }
}

/// Reference date or period of a table (both ends inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Reference {
    /// A single date (stocks, demand, supply).
    Date {
        /// The date.
        date: NaiveDate,
    },
    /// A period (flows), first and last day included.
    Period {
        /// First day.
        start: NaiveDate,
        /// Last day.
        end: NaiveDate,
    },
}

impl Reference {
    /// The reference as printed in metadata: `2024-06-30` or
    /// `2024-01-01/2024-12-31` (ISO 8601 interval).
    pub fn label(&self) -> String {
        match self {
            Reference::Date { date } => date.to_string(),
            Reference::Period { start, end } => format!("{start}/{end}"),
        }
    }

    /// Last day of the reference.
    pub fn end(&self) -> NaiveDate {
        match self {
            Reference::Date { date } => *date,
            Reference::Period { end, .. } => *end,
        }
    }
}

/// What to compute: a figure, its reference date or period, and the
/// dimensions to cross it by (in the order the table should show them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRequest {
    /// The figure.
    pub figure: Figure,
    /// Reference date or period.
    pub reference: Reference,
    /// Dimensions to cross by (at most [`MAX_DIMENSIONS`]).
    pub cross: Vec<Dimension>,
}

/// Most dimensions one table may cross.
pub const MAX_DIMENSIONS: usize = 6;
/// Most cells (margins included) one table may have.
pub const MAX_CELLS: usize = 5_000_000;

/// Kind of source a table comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Corridor's own placement, job-order and ledger records.
    Administrative,
    /// A population census (full count or sample).
    Census,
    /// A sample survey (e.g. the American Community Survey).
    Survey,
}

/// Where the figures come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Kind of source.
    pub kind: SourceKind,
    /// Dataset name, e.g. "Corridor placements" or "ACS 2023 1-year PUMS".
    pub dataset: String,
    /// Dataset version or extraction stamp.
    pub version: String,
    /// Reference date or period of the table.
    pub reference: String,
}

/// Basis on which a person is counted as a migrant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrantBasis {
    /// Born in another country (country of birth).
    ForeignBorn,
    /// Without the citizenship of the country (country of citizenship).
    ForeignCitizen,
    /// Usual residence abroad at a past date, or year of arrival.
    RecentMove,
    /// A worker placed abroad through a Corridor programme.
    CorridorPlacement,
    /// Not about persons (job-order positions, fees).
    NotApplicable,
}

/// UN 1998 (Rev. 1) duration class used by a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnDurationClass {
    /// Long-term: change of usual residence for at least 12 months.
    LongTerm,
    /// Short-term: 3 to 12 months.
    ShortTerm,
    /// Both, distinguishable by the `UN_DURATION` dimension when crossed.
    LongAndShortTerm,
    /// The source's own residence rule, described in the definition text.
    SourceResidenceRule,
    /// Not about persons' stays.
    NotApplicable,
}

/// Definition used for a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    /// Migrant basis (country of birth or of citizenship, ...).
    pub basis: MigrantBasis,
    /// UN duration class.
    pub un_duration: UnDurationClass,
    /// Full text of the definition, shown beside the figure.
    pub text: String,
}

/// Unit of measure (SDMX UNIT_MEASURE style code plus text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// Code, e.g. `PS` persons, `POS` positions, `PT` ratio, `DAYS`, `MINOR_UNITS`.
    pub code: String,
    /// Text, e.g. "persons".
    pub text: String,
}

/// How the uncertainty of a table's figures was obtained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "basis")]
pub enum UncertaintyBasis {
    /// A complete count of administrative records: no sampling error
    /// (errors of coverage and recording remain and are not quantified).
    CompleteCount,
    /// Replicate weights with the given variance factor:
    /// Var = factor · Σ_r (x_r − x)² (ACS SDR: 4/80).
    ReplicateWeights {
        /// Number of replicates.
        replicates: usize,
        /// Variance factor (0.05 for ACS successive difference replication).
        factor: f64,
    },
    /// A weighted estimate from a file without replicate weights: no
    /// standard error can be computed, and none is shown.
    NotAvailable,
}

/// Table-level metadata shown with every figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableMetadata {
    /// The figure.
    pub figure: Figure,
    /// Title, e.g. "Workers abroad by corridor and sex".
    pub title: String,
    /// Source.
    pub source: Source,
    /// Definition used.
    pub definition: Definition,
    /// Method, in words.
    pub method: String,
    /// Unit.
    pub unit: Unit,
    /// How uncertainty was obtained.
    pub uncertainty: UncertaintyBasis,
    /// Whether cells add up to margins.
    pub additive: bool,
}

/// Uncertainty of one figure.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Uncertainty {
    /// Standard error; `None` when not applicable or not available (see
    /// the table's [`UncertaintyBasis`]).
    pub standard_error: Option<f64>,
    /// 90% margin of error, 1.645 · SE.
    pub moe90: Option<f64>,
    /// Coefficient of variation, SE / value (value > 0).
    pub cv: Option<f64>,
}

/// CV above which a figure is flagged unreliable (30%).
pub const UNRELIABLE_CV: f64 = 0.30;
/// z-value of a two-sided 90% interval.
pub const Z90: f64 = 1.645;

impl Uncertainty {
    /// Uncertainty of `value` with standard error `se`.
    pub fn from_standard_error(value: f64, se: f64) -> Self {
        Uncertainty {
            standard_error: Some(se),
            moe90: Some(Z90 * se),
            cv: (value > 0.0).then(|| se / value),
        }
    }
}

/// Flags of one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Flags {
    /// Weighted estimate from a sample (not a complete count).
    pub estimated: bool,
    /// Built partly on imputed (allocated) answers. No source currently
    /// marks imputation, so this is never set yet.
    pub imputed: bool,
    /// CV above 30%.
    pub unreliable: bool,
    /// Withheld by disclosure control.
    pub suppressed: bool,
    /// Noise added by disclosure control (never set: Corridor uses
    /// suppression, not the cell-key method).
    pub perturbed: bool,
}

impl Flags {
    /// Names of the set flags, in a fixed order.
    pub fn names(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.estimated {
            v.push("estimated");
        }
        if self.imputed {
            v.push("imputed");
        }
        if self.unreliable {
            v.push("unreliable");
        }
        if self.suppressed {
            v.push("suppressed");
        }
        if self.perturbed {
            v.push("perturbed");
        }
        v
    }
}

/// One figure with everything needed to read it honestly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// The value; `None` when undefined (a rate with no denominator).
    pub value: Option<f64>,
    /// Number of records (persons, placements, payments) behind it.
    pub unweighted_count: u64,
    /// Its uncertainty.
    pub uncertainty: Uncertainty,
    /// Its flags.
    pub flags: Flags,
    /// How concentrated the value is among its contributors (amounts
    /// only): read by disclosure control's dominance rule, never written
    /// out, and cleared by [`crate::protect`].
    #[serde(skip)]
    pub concentration: Option<Concentration>,
}

/// Who a summed amount comes from: the number of distinct contributors
/// (payers) and the share of the amount the largest two of them make.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Concentration {
    /// Distinct contributors.
    pub contributors: u64,
    /// Share (0 to 1) of the amount made by the largest two contributors.
    pub largest_two_share: f64,
}

/// One dimension of a table and its codes (the total `_T` last, if any).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableDimension {
    /// The dimension.
    pub dimension: Dimension,
    /// Codes in display order; `_T` last when `has_total`.
    pub codes: Vec<String>,
    /// Whether a total position is published (not for currencies or for
    /// time in stock tables, which do not add up).
    pub has_total: bool,
}

impl TableDimension {
    /// Index of the total position.
    pub fn total_index(&self) -> Option<u32> {
        self.has_total.then(|| (self.codes.len() - 1) as u32)
    }
}

/// One cell: its coordinates (an index into each dimension's codes) and
/// its observation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// Index into [`TableDimension::codes`] for each dimension.
    pub coords: Vec<u32>,
    /// The figure.
    pub observation: Observation,
}

/// A computed, **unprotected** table. It may hold small counts that could
/// identify people: pass it through [`crate::protect`] before it leaves
/// trusted hands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatTable {
    /// Table-level metadata.
    pub metadata: TableMetadata,
    /// Dimensions in request order.
    pub dimensions: Vec<TableDimension>,
    /// All cells in row-major order of the dimensions' codes (last
    /// dimension fastest), margins included.
    pub cells: Vec<Cell>,
}

impl StatTable {
    /// Index of the cell at `coords` in [`StatTable::cells`].
    pub fn index_of(&self, coords: &[u32]) -> usize {
        coords
            .iter()
            .zip(&self.dimensions)
            .fold(0usize, |acc, (&c, d)| acc * d.codes.len() + c as usize)
    }

    /// The cell with the given codes (one per dimension, `_T` for totals).
    pub fn cell(&self, codes: &[&str]) -> Option<&Cell> {
        if codes.len() != self.dimensions.len() {
            return None;
        }
        let mut coords = Vec::with_capacity(codes.len());
        for (code, dim) in codes.iter().zip(&self.dimensions) {
            coords.push(dim.codes.iter().position(|c| c == code)? as u32);
        }
        self.cells.get(self.index_of(&coords))
    }

    /// Code of `cell` on dimension `dim`.
    pub fn code(&self, cell: &Cell, dim: usize) -> &str {
        &self.dimensions[dim].codes[cell.coords[dim] as usize]
    }

    /// The grand total (all dimensions at `_T`), when every dimension has one.
    pub fn grand_total(&self) -> Option<&Cell> {
        let codes: Vec<&str> = self.dimensions.iter().map(|_| TOTAL).collect();
        self.cell(&codes)
    }
}

/// How cells of a [`Cube`] turn into values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Measure {
    /// Sum of `num` (counts, amounts, weighted totals); rolled up.
    Sum,
    /// `num / den`; numerator and denominator rolled up.
    Ratio,
    /// Quantile (type 7) of the samples at the given probability; every
    /// margin is filled directly by the caller.
    Quantile(f64),
    /// Count of distinct records; every margin is filled directly.
    Distinct,
}

#[derive(Debug, Clone, Default)]
struct Acc {
    num: f64,
    den: f64,
    count: u64,
    replicates: Vec<f64>,
    samples: Vec<f64>,
    /// Amount per contributor, when the cube tracks contributors.
    by_contributor: HashMap<u64, f64>,
}

/// Builder of a [`StatTable`]: interns codes, accumulates cells, rolls up
/// margins and lays out the full grid.
pub(crate) struct Cube {
    dims: Vec<Dimension>,
    has_total: Vec<bool>,
    codes: Vec<Vec<String>>,
    code_index: Vec<HashMap<String, u32>>,
    order: Vec<Option<Vec<String>>>,
    measure: Measure,
    cells: HashMap<Vec<u32>, Acc>,
    tracks_contributors: bool,
}

/// Internal marker of the total position in a [`Cube`] key.
pub(crate) const TOTAL_POS: u32 = u32::MAX;

impl Cube {
    /// A cube over `dims`; `has_total[i]` says whether dimension `i` has a
    /// total position.
    pub(crate) fn new(
        dims: &[Dimension],
        has_total: Vec<bool>,
        measure: Measure,
    ) -> Result<Cube, StatsError> {
        if dims.len() > MAX_DIMENSIONS {
            return Err(StatsError::TooManyDimensions(dims.len()));
        }
        for (i, d) in dims.iter().enumerate() {
            if dims[..i].contains(d) {
                return Err(StatsError::DuplicateDimension(*d));
            }
        }
        Ok(Cube {
            dims: dims.to_vec(),
            has_total,
            codes: vec![Vec::new(); dims.len()],
            code_index: vec![HashMap::new(); dims.len()],
            order: vec![None; dims.len()],
            measure,
            cells: HashMap::new(),
            tracks_contributors: false,
        })
    }

    /// Fix the display order (and presence) of the codes of dimension `d`,
    /// so that codes with no records still get (zero) cells.
    pub(crate) fn preset_codes(&mut self, d: usize, codes: &[String]) {
        for c in codes {
            self.intern(d, c);
        }
        self.order[d] = Some(codes.to_vec());
    }

    /// Id of `code` on dimension `d`.
    pub(crate) fn intern(&mut self, d: usize, code: &str) -> u32 {
        if let Some(&i) = self.code_index[d].get(code) {
            return i;
        }
        let i = self.codes[d].len() as u32;
        self.codes[d].push(code.to_string());
        self.code_index[d].insert(code.to_string(), i);
        i
    }

    /// Codes interned so far on dimension `d`.
    pub(crate) fn codes_of(&self, d: usize) -> Vec<String> {
        self.codes[d].clone()
    }

    /// Add an interior contribution (Sum and Ratio measures).
    pub(crate) fn add(&mut self, key: &[u32], num: f64, den: f64, count: u64, reps: &[f64]) {
        let acc = match self.cells.get_mut(key) {
            Some(acc) => acc,
            None => self.cells.entry(key.to_vec()).or_default(),
        };
        acc.num += num;
        acc.den += den;
        acc.count += count;
        if acc.replicates.len() < reps.len() {
            acc.replicates.resize(reps.len(), 0.0);
        }
        for (a, r) in acc.replicates.iter_mut().zip(reps) {
            *a += r;
        }
    }

    /// Add an amount paid by `contributor` (Sum measure): every cell then
    /// knows how concentrated its amount is ([`Concentration`]).
    pub(crate) fn add_by(&mut self, key: &[u32], amount: f64, contributor: u64) {
        self.tracks_contributors = true;
        self.add(key, amount, 0.0, 1, &[]);
        if let Some(acc) = self.cells.get_mut(key) {
            *acc.by_contributor.entry(contributor).or_default() += amount;
        }
    }

    fn masks(&self) -> Vec<u32> {
        let n = self.dims.len();
        let totalable: u32 = (0..n)
            .filter(|&i| self.has_total[i])
            .fold(0, |m, i| m | (1 << i));
        (0..(1u32 << n)).filter(|m| m & !totalable == 0).collect()
    }

    fn project(key: &[u32], mask: u32) -> Vec<u32> {
        key.iter()
            .enumerate()
            .map(|(i, &c)| if mask & (1 << i) != 0 { TOTAL_POS } else { c })
            .collect()
    }

    /// Add one record that belongs to every key in `keys` (Distinct
    /// measure): it counts once in every cell and margin it reaches.
    pub(crate) fn add_distinct(&mut self, keys: &[Vec<u32>]) {
        let mut seen: Vec<Vec<u32>> = Vec::new();
        for mask in self.masks() {
            seen.clear();
            for k in keys {
                let p = Self::project(k, mask);
                if !seen.contains(&p) {
                    seen.push(p);
                }
            }
            for p in seen.drain(..) {
                let acc = self.cells.entry(p).or_default();
                acc.num += 1.0;
                acc.count += 1;
            }
        }
    }

    /// Add one sample at `key` and every margin above it (Quantile measure).
    pub(crate) fn add_sample(&mut self, key: &[u32], x: f64) {
        for mask in self.masks() {
            let acc = self.cells.entry(Self::project(key, mask)).or_default();
            acc.samples.push(x);
            acc.count += 1;
        }
    }

    fn roll_up(&mut self) {
        let masks = self.masks();
        let interior: Vec<(Vec<u32>, Acc)> = self.cells.drain().collect();
        for (key, acc) in interior {
            for &mask in &masks {
                let p = Self::project(&key, mask);
                let t = self.cells.entry(p).or_default();
                t.num += acc.num;
                t.den += acc.den;
                t.count += acc.count;
                if t.replicates.len() < acc.replicates.len() {
                    t.replicates.resize(acc.replicates.len(), 0.0);
                }
                for (a, r) in t.replicates.iter_mut().zip(&acc.replicates) {
                    *a += r;
                }
                for (&who, &x) in &acc.by_contributor {
                    *t.by_contributor.entry(who).or_default() += x;
                }
            }
        }
    }

    /// Lay out the full grid and compute every observation.
    pub(crate) fn finish(mut self, metadata: TableMetadata) -> Result<StatTable, StatsError> {
        if matches!(self.measure, Measure::Sum | Measure::Ratio) {
            self.roll_up();
        }
        let n = self.dims.len();
        // Display order of codes per dimension and the map from cube id.
        let mut dimensions = Vec::with_capacity(n);
        let mut remap: Vec<Vec<u32>> = Vec::with_capacity(n);
        for d in 0..n {
            let mut ordered: Vec<String> = match &self.order[d] {
                Some(o) => {
                    let mut v = o.clone();
                    let mut extra: Vec<String> = self.codes[d]
                        .iter()
                        .filter(|c| !o.contains(c))
                        .cloned()
                        .collect();
                    extra.sort();
                    v.extend(extra);
                    v
                }
                None => {
                    let mut v = self.codes[d].clone();
                    v.sort_by_key(|c| code_sort_key(c));
                    v
                }
            };
            let mut map = vec![0u32; self.codes[d].len()];
            for (pos, code) in ordered.iter().enumerate() {
                map[self.code_index[d][code] as usize] = pos as u32;
            }
            if self.has_total[d] {
                ordered.push(TOTAL.to_string());
            }
            remap.push(map);
            dimensions.push(TableDimension {
                dimension: self.dims[d],
                codes: ordered,
                has_total: self.has_total[d],
            });
        }
        let size = dimensions
            .iter()
            .try_fold(1usize, |acc, d| acc.checked_mul(d.codes.len()))
            .unwrap_or(usize::MAX);
        if size > MAX_CELLS {
            return Err(StatsError::TableTooLarge(size));
        }
        let mut grid: Vec<Option<Acc>> = vec![None; size];
        for (key, acc) in self.cells.drain() {
            let mut idx = 0usize;
            for (d, &c) in key.iter().enumerate() {
                let pos = if c == TOTAL_POS {
                    dimensions[d].codes.len() as u32 - 1
                } else {
                    remap[d][c as usize]
                };
                idx = idx * dimensions[d].codes.len() + pos as usize;
            }
            grid[idx] = Some(acc);
        }
        let replicate_factor = match metadata.uncertainty {
            UncertaintyBasis::ReplicateWeights { factor, .. } => Some(factor),
            _ => None,
        };
        let estimated = !matches!(metadata.source.kind, SourceKind::Administrative);
        let mut cells = Vec::with_capacity(size);
        let mut coords = vec![0u32; n];
        for slot in grid {
            let acc = slot.unwrap_or_default();
            let value = match self.measure {
                Measure::Sum | Measure::Distinct => Some(acc.num),
                Measure::Ratio => (acc.den > 0.0).then(|| acc.num / acc.den),
                Measure::Quantile(p) => quantile(acc.samples, p),
            };
            let uncertainty = match (replicate_factor, value) {
                (Some(factor), Some(x)) => {
                    let se = replicate_standard_error(x, &acc.replicates, factor);
                    Uncertainty::from_standard_error(x, se)
                }
                _ => Uncertainty::default(),
            };
            let unreliable = uncertainty.cv.is_some_and(|cv| cv > UNRELIABLE_CV);
            let concentration = self.tracks_contributors.then(|| {
                let mut amounts: Vec<f64> = acc.by_contributor.values().map(|x| x.abs()).collect();
                amounts.sort_by(|a, b| b.total_cmp(a));
                let total: f64 = amounts.iter().sum();
                let top: f64 = amounts.iter().take(2).sum();
                Concentration {
                    contributors: amounts.len() as u64,
                    largest_two_share: if total > 0.0 { top / total } else { 0.0 },
                }
            });
            cells.push(Cell {
                coords: coords.clone(),
                observation: Observation {
                    value,
                    unweighted_count: acc.count,
                    uncertainty,
                    flags: Flags {
                        estimated,
                        unreliable,
                        ..Flags::default()
                    },
                    concentration,
                },
            });
            // Advance the row-major counter.
            for d in (0..n).rev() {
                coords[d] += 1;
                if (coords[d] as usize) < dimensions[d].codes.len() {
                    break;
                }
                coords[d] = 0;
            }
        }
        Ok(StatTable {
            metadata,
            dimensions,
            cells,
        })
    }
}

/// Sort key that puts age bands in age order and everything else in
/// code order, unknowns last.
fn code_sort_key(code: &str) -> (u8, i64, String) {
    if code == crate::dims::UNKNOWN || code == "_O" {
        return (2, 0, code.to_string());
    }
    if let Some(rest) = code.strip_prefix('Y') {
        let lower = if rest.starts_with("_LT") {
            Some(-1)
        } else if let Some(r) = rest.strip_prefix("_GE") {
            r.parse::<i64>().ok()
        } else {
            rest.split('T').next().and_then(|s| s.parse::<i64>().ok())
        };
        if let Some(l) = lower {
            return (0, l, String::new());
        }
    }
    (1, 0, code.to_string())
}

/// ACS successive-difference-replication style standard error:
/// √(factor · Σ_r (x_r − x)²).
pub fn replicate_standard_error(estimate: f64, replicates: &[f64], factor: f64) -> f64 {
    let ss: f64 = replicates.iter().map(|r| (r - estimate).powi(2)).sum();
    (factor * ss).sqrt()
}

/// Quantile by linear interpolation between order statistics
/// (Hyndman–Fan type 7, the spreadsheet `PERCENTILE.INC`); `None` if empty.
pub fn quantile(mut samples: Vec<f64>, p: f64) -> Option<f64> {
    if samples.is_empty() {
        return None;
    }
    samples.sort_by(f64::total_cmp);
    let h = (samples.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(samples.len() - 1);
    Some(samples[lo] + (h - lo as f64) * (samples[hi] - samples[lo]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile_matches_spreadsheet_percentile_inc() {
        // PERCENTILE.INC({10,20,30,40}, 0.5) = 25; 0.9 -> 37
        assert_eq!(quantile(vec![40.0, 10.0, 30.0, 20.0], 0.5), Some(25.0));
        assert!((quantile(vec![10.0, 20.0, 30.0, 40.0], 0.9).unwrap() - 37.0).abs() < 1e-12);
        assert_eq!(quantile(vec![7.0], 0.9), Some(7.0));
        assert_eq!(quantile(vec![], 0.5), None);
    }

    #[test]
    fn replicate_se_is_the_sdr_formula() {
        let x = 100.0;
        let reps = [110.0, 90.0, 100.0, 104.0];
        // 4/80 * (100 + 100 + 0 + 16) = 10.8
        let se = replicate_standard_error(x, &reps, 4.0 / 80.0);
        assert!((se - 10.8f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn age_codes_sort_by_age() {
        let mut v = vec!["Y10T14", "_U", "Y5T9", "Y_GE85", "Y_LT5"];
        v.sort_by_key(|c| code_sort_key(c));
        assert_eq!(v, ["Y_LT5", "Y5T9", "Y10T14", "Y_GE85", "_U"]);
    }
}
