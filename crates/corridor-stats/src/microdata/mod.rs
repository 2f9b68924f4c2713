//! Figures from census or survey microdata (the UN core migration topics).
//!
//! [`tabulate_microdata`] streams a person file, CSV or Parquet, of any
//! number of rows: memory holds one row group (Parquet) or one record (CSV)
//! per thread plus one accumulator per table cell, never the rows. Both of
//! the machine's cores are used: Parquet row groups are shared out between
//! threads, and a CSV file is split into byte ranges at line ends (which
//! assumes no quoted field spans lines, true of PUMS and IPUMS files; set
//! [`ReadOptions::threads`] to 1 otherwise).
//!
//! Each cell accumulates the weighted total x = Σ w, the replicate totals
//! x_r = Σ w_r and the unweighted count. Margins are rolled up from the
//! cells, replicates included, so every margin gets its own standard error:
//! SE = √(factor · Σ_r (x_r − x)²) with the mapping's factor (ACS SDR:
//! 4/80), MOE90 = 1.645 · SE, CV = SE / x, flagged unreliable above 30%.
//! A file without replicate weights gives figures with no standard error,
//! and the table says so ([`crate::UncertaintyBasis::NotAvailable`]).

mod csv_reader;
pub mod mapping;
mod parquet_fast;
mod parquet_reader;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::dims::{Dimension, UNKNOWN, age_group_code};
use crate::error::StatsError;
use crate::table::{
    Cube, Definition, Figure, Measure, MigrantBasis, Source, StatTable, TableMetadata,
    TableRequest, UnDurationClass, UncertaintyBasis, Unit,
};
use mapping::Mapping;

/// Format of a person file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// Apache Parquet (integer or floating-point columns).
    Parquet,
}

impl FileFormat {
    /// Guess the format from the file extension (`.parquet`, `.pq` → Parquet).
    pub fn from_path(path: &Path) -> FileFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some("parquet") | Some("pq") => FileFormat::Parquet,
            _ => FileFormat::Csv,
        }
    }
}

/// Reading options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Worker threads (default: the machine's available parallelism).
    pub threads: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// Value of a missing or blank code.
pub(crate) const MISSING: i64 = i64::MIN;
/// Cell id of a row the figure does not count.
pub(crate) const EXCLUDED: u32 = u32::MAX;

/// A census question the tabulation reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Birthplace,
    Citizenship,
    YearOfArrival,
    Residence1,
    Residence5,
    Sex,
    Age,
    Geography,
}

/// What to read and how to turn a row's codes into a cell key.
pub(crate) struct Plan {
    /// Column names of the key columns, in `roles` order.
    pub(crate) key_columns: Vec<String>,
    roles: Vec<Role>,
    /// Weight column, then replicate weight columns.
    pub(crate) weight_columns: Vec<String>,
    figure: Figure,
    dims: Vec<Dimension>,
    mapping: Mapping,
}

impl Plan {
    fn new(mapping: &Mapping, request: &TableRequest) -> Result<Plan, StatsError> {
        let mut roles: Vec<Role> = Vec::new();
        let mut need = |r: Role| {
            if !roles.contains(&r) {
                roles.push(r);
            }
        };
        match request.figure {
            Figure::ForeignBornStock => need(Role::Birthplace),
            Figure::ForeignCitizenStock => need(Role::Citizenship),
            Figure::RecentArrivals { .. } => need(Role::YearOfArrival),
            Figure::ResidedAbroad { years_ago: 1 } => need(Role::Residence1),
            Figure::ResidedAbroad { years_ago: 5 } => need(Role::Residence5),
            other => return Err(StatsError::FigureNotAvailable(other)),
        }
        for &d in &request.cross {
            match d {
                Dimension::CountryOfBirth => need(Role::Birthplace),
                Dimension::Sex => need(Role::Sex),
                Dimension::AgeGroup => need(Role::Age),
                Dimension::Geography => need(Role::Geography),
                _ => {
                    return Err(StatsError::DimensionNotApplicable {
                        figure: request.figure,
                        dimension: d,
                    });
                }
            }
        }
        if request.cross.len() > 4 {
            return Err(StatsError::TooManyDimensions(request.cross.len()));
        }
        let c = &mapping.columns;
        let key_columns = roles
            .iter()
            .map(|r| {
                let (col, what) = match r {
                    Role::Birthplace => (&c.birthplace, "birthplace"),
                    Role::Citizenship => (&c.citizenship, "citizenship"),
                    Role::YearOfArrival => (&c.year_of_arrival, "year_of_arrival"),
                    Role::Residence1 => (&c.residence_1y_ago, "residence_1y_ago"),
                    Role::Residence5 => (&c.residence_5y_ago, "residence_5y_ago"),
                    Role::Sex => (&c.sex, "sex"),
                    Role::Age => (&c.age, "age"),
                    Role::Geography => (&c.geography, "geography"),
                };
                col.clone().ok_or_else(|| {
                    StatsError::Column(format!("the mapping names no {what} column"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut weight_columns = vec![c.weight.clone()];
        weight_columns.extend(c.replicate_weights.iter().cloned());
        Ok(Plan {
            key_columns,
            roles,
            weight_columns,
            figure: request.figure,
            dims: request.cross.clone(),
            mapping: mapping.clone(),
        })
    }

    fn value(&self, vals: &[i64], role: Role) -> i64 {
        let i = self
            .roles
            .iter()
            .position(|r| *r == role)
            .expect("planned role");
        vals[i]
    }

    /// Cell key of a row with key-column values `vals` (in
    /// `key_columns` order), or `None` when the figure does not count it.
    #[inline]
    pub(crate) fn key(&self, vals: &[i64]) -> Option<u128> {
        let codes = &self.mapping.codes;
        let counted = match self.figure {
            Figure::ForeignBornStock => {
                let b = vals[0];
                b != MISSING
                    && !codes.native_birthplace.contains(b)
                    && !codes.unknown_birthplace.contains(b)
            }
            Figure::ForeignCitizenStock => {
                vals[0] != MISSING && codes.foreign_citizen.contains(vals[0])
            }
            Figure::RecentArrivals { within_years } => {
                let y = vals[0];
                y != MISSING
                    && !codes.unknown_year_of_arrival.contains(y)
                    && y >= i64::from(self.mapping.reference_year) - i64::from(within_years)
            }
            Figure::ResidedAbroad { .. } => {
                vals[0] != MISSING && codes.residence_abroad.contains(vals[0])
            }
            _ => false,
        };
        if !counted {
            return None;
        }
        let mut key: u128 = 0;
        for &d in &self.dims {
            let part: u32 = match d {
                Dimension::CountryOfBirth => {
                    let b = self.value(vals, Role::Birthplace);
                    if b == MISSING || codes.unknown_birthplace.contains(b) {
                        u32::MAX
                    } else {
                        b as u32
                    }
                }
                Dimension::Sex => {
                    let s = self.value(vals, Role::Sex);
                    if s != MISSING && codes.male.contains(s) {
                        0
                    } else if s != MISSING && codes.female.contains(s) {
                        1
                    } else {
                        2
                    }
                }
                Dimension::AgeGroup => {
                    let a = self.value(vals, Role::Age);
                    if a == MISSING || a < 0 || codes.unknown_age.contains(a) {
                        u32::MAX
                    } else {
                        (a / 5).min(17) as u32
                    }
                }
                Dimension::Geography => {
                    let g = self.value(vals, Role::Geography);
                    if g == MISSING { u32::MAX } else { g as u32 }
                }
                _ => u32::MAX,
            };
            key = (key << 32) | u128::from(part);
        }
        Some(key)
    }

    fn decode(&self, key: u128) -> Vec<String> {
        let n = self.dims.len();
        (0..n)
            .map(|i| {
                let part = (key >> (32 * (n - 1 - i))) as u32;
                match self.dims[i] {
                    Dimension::CountryOfBirth | Dimension::Geography if part == u32::MAX => {
                        UNKNOWN.to_string()
                    }
                    Dimension::CountryOfBirth => {
                        let raw = part.to_string();
                        self.mapping
                            .codes
                            .birthplace_labels
                            .get(&raw)
                            .cloned()
                            .unwrap_or(raw)
                    }
                    Dimension::Geography => part.to_string(),
                    Dimension::Sex => ["M", "F", UNKNOWN][part.min(2) as usize].to_string(),
                    Dimension::AgeGroup if part == u32::MAX => UNKNOWN.to_string(),
                    Dimension::AgeGroup => age_group_code(part as i32 * 5).to_string(),
                    _ => UNKNOWN.to_string(),
                }
            })
            .collect()
    }
}

/// A fast hasher for the 128-bit cell keys (multiply-xorshift); keys are
/// our own codes, not attacker-chosen, so a keyed hash is not needed.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u128(&mut self, i: u128) {
        let x = (i as u64) ^ ((i >> 64) as u64).rotate_left(29);
        let x = (x ^ (x >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 29);
    }
}

/// Per-thread accumulator: one slot per cell, one array per weight column
/// (so adding a column's values touches one small array).
pub(crate) struct Accumulator {
    index: HashMap<u128, u32, BuildHasherDefault<KeyHasher>>,
    keys: Vec<u128>,
    pub(crate) counts: Vec<u64>,
    /// `sums[j][cell]`: j = 0 the weight, j ≥ 1 the replicates.
    pub(crate) sums: Vec<Vec<f64>>,
}

impl Accumulator {
    pub(crate) fn new(weight_columns: usize) -> Accumulator {
        Accumulator {
            index: HashMap::default(),
            keys: Vec::new(),
            counts: Vec::new(),
            sums: vec![Vec::new(); weight_columns],
        }
    }

    #[inline]
    pub(crate) fn cell(&mut self, key: u128) -> u32 {
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.index.insert(key, id);
        self.keys.push(key);
        self.counts.push(0);
        for s in &mut self.sums {
            s.push(0.0);
        }
        id
    }

    fn merge(&mut self, other: Accumulator) {
        for (k, &key) in other.keys.iter().enumerate() {
            let id = self.cell(key) as usize;
            self.counts[id] += other.counts[k];
            for (mine, theirs) in self.sums.iter_mut().zip(&other.sums) {
                mine[id] += theirs[k];
            }
        }
    }
}

/// Tabulate a person file: a microdata figure ([`Figure::ForeignBornStock`],
/// [`Figure::ForeignCitizenStock`], [`Figure::RecentArrivals`],
/// [`Figure::ResidedAbroad`]) crossed by up to four of
/// [`Dimension::CountryOfBirth`], [`Dimension::Sex`],
/// [`Dimension::AgeGroup`] and [`Dimension::Geography`]. The request's
/// reference is recorded in the metadata; the reference year of the
/// mapping anchors recent arrivals.
pub fn tabulate_microdata(
    path: &Path,
    format: FileFormat,
    mapping: &Mapping,
    request: &TableRequest,
    options: &ReadOptions,
) -> Result<StatTable, StatsError> {
    let plan = Plan::new(mapping, request)?;
    let threads = options.threads.max(1);
    let parts = match format {
        FileFormat::Csv => csv_reader::accumulate(path, &plan, threads)?,
        FileFormat::Parquet => parquet_reader::accumulate(path, &plan, threads)?,
    };
    let mut total = Accumulator::new(plan.weight_columns.len());
    for p in parts {
        total.merge(p);
    }
    finish(&plan, mapping, request, total)
}

fn finish(
    plan: &Plan,
    mapping: &Mapping,
    request: &TableRequest,
    acc: Accumulator,
) -> Result<StatTable, StatsError> {
    let dims = &request.cross;
    let mut cube = Cube::new(dims, vec![true; dims.len()], Measure::Sum)?;
    for (i, d) in dims.iter().enumerate() {
        if *d == Dimension::Sex {
            cube.preset_codes(i, &["F".to_string(), "M".to_string()]);
        }
    }
    let mut reps = vec![0.0; plan.weight_columns.len() - 1];
    let mut ids = vec![0u32; dims.len()];
    for (k, &key) in acc.keys.iter().enumerate() {
        for (i, code) in plan.decode(key).iter().enumerate() {
            ids[i] = cube.intern(i, code);
        }
        for (r, slot) in reps.iter_mut().enumerate() {
            *slot = acc.sums[r + 1][k];
        }
        cube.add(&ids, acc.sums[0][k], 0.0, acc.counts[k], &reps);
    }
    let replicates = mapping.columns.replicate_weights.len();
    let uncertainty = match (replicates, mapping.replicate_variance_factor) {
        (n, Some(factor)) if n > 0 => UncertaintyBasis::ReplicateWeights {
            replicates: n,
            factor,
        },
        _ => UncertaintyBasis::NotAvailable,
    };
    let se_text = match &uncertainty {
        UncertaintyBasis::ReplicateWeights { replicates, factor } => format!(
            "Standard errors from {replicates} replicate weights: \
             SE = sqrt({factor} * sum_r (x_r - x)^2); MOE90 = 1.645 * SE; \
             CV = SE / x, unreliable above 30%."
        ),
        _ => "The file has no replicate weights: no standard error is available, \
              and none is shown."
            .to_string(),
    };
    let (title, basis, text) = match request.figure {
        Figure::ForeignBornStock => (
            "Foreign-born population (stock)".to_string(),
            MigrantBasis::ForeignBorn,
            "Persons born outside the country (country of birth), by usual residence at \
             the survey date. Unknown birthplaces are excluded."
                .to_string(),
        ),
        Figure::ForeignCitizenStock => (
            "Foreign-citizen population (stock)".to_string(),
            MigrantBasis::ForeignCitizen,
            "Persons who are not citizens of the country (country of citizenship).".to_string(),
        ),
        Figure::RecentArrivals { within_years } => (
            format!("Recent arrivals, within {within_years} year(s) (flow proxy)"),
            MigrantBasis::RecentMove,
            format!(
                "Persons whose year of arrival is {} or later (year-of-arrival question).",
                i64::from(mapping.reference_year) - i64::from(within_years)
            ),
        ),
        Figure::ResidedAbroad { years_ago } => (
            format!("Persons living abroad {years_ago} year(s) before (flow proxy)"),
            MigrantBasis::RecentMove,
            format!(
                "Persons whose usual residence {years_ago} year(s) before the survey was \
                 abroad (residence-at-a-past-date question), whatever their birthplace."
            ),
        ),
        other => return Err(StatsError::FigureNotAvailable(other)),
    };
    let metadata = TableMetadata {
        figure: request.figure,
        title,
        source: Source {
            kind: mapping.source_kind,
            dataset: mapping.dataset.clone(),
            version: mapping.version.clone(),
            reference: request.reference.label(),
        },
        definition: Definition {
            basis,
            un_duration: UnDurationClass::SourceResidenceRule,
            text: format!("{text} Residence rule: {}.", mapping.residence_rule),
        },
        method: format!(
            "Weighted sum of person weights ({}). {se_text}",
            mapping.columns.weight
        ),
        unit: Unit {
            code: "PS".into(),
            text: "persons".into(),
        },
        uncertainty,
        additive: true,
    };
    cube.finish(metadata)
}

/// Parse an integer code; blank is [`MISSING`].
#[inline]
pub(crate) fn parse_code(field: &[u8]) -> Option<i64> {
    let f = field.trim_ascii();
    if f.is_empty() {
        return Some(MISSING);
    }
    let (neg, digits) = match f[0] {
        b'-' => (true, &f[1..]),
        b'+' => (false, &f[1..]),
        _ => (false, f),
    };
    if digits.is_empty() || digits.len() > 18 {
        return std::str::from_utf8(f)
            .ok()?
            .parse::<f64>()
            .ok()
            .map(|x| x as i64);
    }
    let mut v: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            // "12.0" style codes.
            return std::str::from_utf8(f)
                .ok()?
                .parse::<f64>()
                .ok()
                .map(|x| x as i64);
        }
        v = v * 10 + i64::from(b - b'0');
    }
    Some(if neg { -v } else { v })
}

/// Parse a weight; blank is an error.
#[inline]
pub(crate) fn parse_weight(field: &[u8]) -> Option<f64> {
    let f = field.trim_ascii();
    if f.is_empty() {
        return None;
    }
    if f.len() <= 15 && f.iter().all(u8::is_ascii_digit) {
        let mut v: i64 = 0;
        for &b in f {
            v = v * 10 + i64::from(b - b'0');
        }
        return Some(v as f64);
    }
    std::str::from_utf8(f).ok()?.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_weights() {
        assert_eq!(parse_code(b" 303 "), Some(303));
        assert_eq!(parse_code(b""), Some(MISSING));
        assert_eq!(parse_code(b"-4"), Some(-4));
        assert_eq!(parse_code(b"12.0"), Some(12));
        assert_eq!(parse_code(b"abc"), None);
        assert_eq!(parse_weight(b"120"), Some(120.0));
        assert_eq!(parse_weight(b"10.25"), Some(10.25));
        assert_eq!(parse_weight(b""), None);
    }
}
