//! Public reference periods, and tables that cannot be differenced.
//!
//! ## The attack
//!
//! Each table protected on its own is safe on its own. Two tables that
//! overlap are not: departures from 1 March to 31 May minus departures
//! from 2 March to 31 May is the departures of 1 March, a cell of one to
//! nine people that neither table shows. The same goes for a year minus
//! three of its quarters, a quarter minus two of its months, or a quarter
//! table against a month table whose withheld cells were chosen
//! differently.
//!
//! ## The method, and why
//!
//! 1. **Only calendar periods are published** ([`CalendarPeriod`]): a
//!    month (`2025-03`), a quarter (`2025-Q1`) or a year (`2025`), and for
//!    figures at a point in time (stock abroad, demand, supply, gap) the
//!    last day of a month. Periods of any length starting on any day are
//!    refused before anything is computed: they are what makes one-day
//!    differences.
//! 2. **One protection per year, from which every period is cut.** A flow
//!    figure (departures, returns, early endings, fee violations and
//!    amounts, rates, days to departure) crossed by dimensions `C` is
//!    computed once for the whole calendar year as the *year cube*
//!    `C × quarter × month` (quarter and month each with a total: the
//!    months of a quarter add up to the quarter, the quarters and the
//!    months to the year). Disclosure control ([`crate::protect`]) runs on
//!    that cube, against the equations of the whole hierarchy at once.
//!    Every published table — the year, a quarter, a month, a year by
//!    quarter or by month, a quarter by month — is a **view**: its cells
//!    are copied from the protected cube, with the status they have
//!    there. So whatever tables of that figure and crossing a caller
//!    combines, they are parts of one protected table, and no combination
//!    can recover what that table withholds.
//! 3. **Sums of withheld cells are protected too.** The threshold rule
//!    withholds every cell of one to nine people, and secondary suppression
//!    makes sure no withheld cell is determined by the margins
//!    ([`crate::linear_audit`]). That alone would let a quarter minus its
//!    published month give "the two withheld months together: seven
//!    people". So protection also checks every line (the cells along one
//!    dimension with their total) whose total is published: the cells
//!    withheld in it must add up to nothing or to at least the threshold;
//!    else one more is withheld.
//! 4. **Figures at a point in time** are not sums over time (the stock at
//!    the end of March is not the sum of anything), so each month end's
//!    table is protected on its own and every table that shows that day —
//!    `date=2025-03-31`, the Q1 column of a stock by quarter, the March
//!    column of a stock by month — shows the same protected cells.
//!
//! Perturbation (the cell-key method) was the alternative: it survives any
//! combination of tables, but every published count would be off by a
//! little, margins would stop adding up, and what a ministry reads would
//! disagree with its own operational records. Corridor's figures are small
//! counts of named programmes, read next to those records; exact figures
//! with a provable pattern serve them better.
//!
//! What this does **not** cover, stated in each table's metadata: the
//! difference between the stock at two month ends is a net flow (arrivals
//! minus returns) and is published implicitly, as in any stock series; and
//! a table recomputed after new records arrive differs from the one before
//! by those records (every published statistic of live records does).
//! Tables of different crossings (corridor by sex against corridor alone)
//! are each protected with their own cube.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::admin::{AdminRecords, admin_table};
use crate::dims::{Dimension, Granularity, TOTAL, period_buckets, period_code};
use crate::disclosure::{DisclosurePolicy, ProtectedTable, protect};
use crate::error::StatsError;
use crate::table::{Reference, TableDimension, TableRequest};

/// A published reference period: a calendar month, quarter or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum CalendarPeriod {
    /// A calendar month (`2025-03`).
    Month {
        /// Year.
        year: i32,
        /// Month, 1 to 12.
        month: u32,
    },
    /// A calendar quarter (`2025-Q1`).
    Quarter {
        /// Year.
        year: i32,
        /// Quarter, 1 to 4.
        quarter: u32,
    },
    /// A calendar year (`2025`).
    Year {
        /// Year.
        year: i32,
    },
}

/// Years a period may lie in.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

impl CalendarPeriod {
    /// Parses `2025-03`, `2025-Q1` or `2025`.
    pub fn parse(text: &str) -> Option<CalendarPeriod> {
        let text = text.trim();
        let number = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = |s: &str| -> Option<i32> {
            (s.len() == 4)
                .then(|| number(s))
                .flatten()
                .map(|y| y as i32)
                .filter(|y| YEARS.contains(y))
        };
        match text.split_once('-') {
            None => year(text).map(|year| CalendarPeriod::Year { year }),
            Some((y, rest)) => {
                let year = year(y)?;
                if let Some(q) = rest.strip_prefix('Q').or_else(|| rest.strip_prefix('q')) {
                    let quarter = number(q).filter(|q| (1..=4).contains(q))?;
                    Some(CalendarPeriod::Quarter { year, quarter })
                } else {
                    let month = (rest.len() == 2)
                        .then(|| number(rest))
                        .flatten()
                        .filter(|m| (1..=12).contains(m))?;
                    Some(CalendarPeriod::Month { year, month })
                }
            }
        }
    }

    /// The calendar period that is exactly `start..=end`, if there is one.
    pub fn from_range(start: NaiveDate, end: NaiveDate) -> Option<CalendarPeriod> {
        [Granularity::Month, Granularity::Quarter, Granularity::Year]
            .into_iter()
            .map(|g| CalendarPeriod::containing(start, g))
            .find(|p| p.start() == start && p.end() == end)
    }

    /// The period of granularity `g` that contains `date`.
    pub fn containing(date: NaiveDate, g: Granularity) -> CalendarPeriod {
        let year = date.year();
        match g {
            Granularity::Month => CalendarPeriod::Month {
                year,
                month: date.month(),
            },
            Granularity::Quarter => CalendarPeriod::Quarter {
                year,
                quarter: (date.month() - 1) / 3 + 1,
            },
            Granularity::Year => CalendarPeriod::Year { year },
        }
    }

    /// Its granularity.
    pub fn granularity(self) -> Granularity {
        match self {
            CalendarPeriod::Month { .. } => Granularity::Month,
            CalendarPeriod::Quarter { .. } => Granularity::Quarter,
            CalendarPeriod::Year { .. } => Granularity::Year,
        }
    }

    /// Its year.
    pub fn year(self) -> i32 {
        match self {
            CalendarPeriod::Month { year, .. }
            | CalendarPeriod::Quarter { year, .. }
            | CalendarPeriod::Year { year } => year,
        }
    }

    /// First day.
    pub fn start(self) -> NaiveDate {
        let (y, m) = match self {
            CalendarPeriod::Month { year, month } => (year, month),
            CalendarPeriod::Quarter { year, quarter } => (year, (quarter - 1) * 3 + 1),
            CalendarPeriod::Year { year } => (year, 1),
        };
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default()
    }

    /// Last day.
    pub fn end(self) -> NaiveDate {
        crate::dims::period_bounds(self.start(), self.granularity()).1
    }

    /// Its code (`2025-03`, `2025-Q1`, `2025`), as in `TIME_PERIOD`.
    pub fn code(self) -> String {
        period_code(self.start(), self.granularity())
    }

    /// The period as a table reference.
    pub fn reference(self) -> Reference {
        Reference::Period {
            start: self.start(),
            end: self.end(),
        }
    }

    /// The year it lies in.
    pub fn whole_year(self) -> CalendarPeriod {
        CalendarPeriod::Year { year: self.year() }
    }

    /// The periods of granularity `g` it is made of (itself when `g` is
    /// its own), in order; `None` when `g` is coarser than it.
    pub fn parts(self, g: Granularity) -> Option<Vec<CalendarPeriod>> {
        if rank(g) > rank(self.granularity()) {
            return None;
        }
        Some(
            period_buckets(self.start(), self.end(), g)
                .into_iter()
                .map(|(_, s, _)| CalendarPeriod::containing(s, g))
                .collect(),
        )
    }
}

impl std::fmt::Display for CalendarPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

fn rank(g: Granularity) -> u8 {
    match g {
        Granularity::Month => 0,
        Granularity::Quarter => 1,
        Granularity::Year => 2,
    }
}

/// Whether `date` is the last day of a calendar month (the only dates a
/// figure at a point in time is published for).
pub fn is_month_end(date: NaiveDate) -> bool {
    date.succ_opt().is_some_and(|next| next.day() == 1)
}

/// What a public table is about: a calendar period, or for figures at a
/// point in time the last day of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum PublicReference {
    /// A calendar period. Figures at a point in time are read at its last
    /// day (at each part's last day when crossed by period).
    Period {
        /// The period.
        period: CalendarPeriod,
    },
    /// The last day of a month (figures at a point in time).
    MonthEnd {
        /// The day.
        date: NaiveDate,
    },
}

/// A request for a public table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PublicRequest {
    /// The figure.
    pub figure: crate::Figure,
    /// Its reference.
    pub reference: PublicReference,
    /// Dimensions to cross by, in display order (at most one period
    /// dimension, no coarser than the period).
    pub cross: Vec<Dimension>,
}

impl PublicRequest {
    /// Every reason the request cannot be published as asked (empty when
    /// it can), in words a caller can act on.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let periods: Vec<Granularity> = self
            .cross
            .iter()
            .filter_map(|d| match d {
                Dimension::Period(g) => Some(*g),
                _ => None,
            })
            .collect();
        if periods.len() > 1 {
            out.push("cross by at most one of month, quarter and year".to_string());
        }
        match self.reference {
            PublicReference::MonthEnd { date } => {
                if !self.figure.is_point_in_time() {
                    out.push(
                        "a flow is published for a calendar month, quarter or year, not a date"
                            .into(),
                    );
                }
                if !is_month_end(date) {
                    out.push(format!(
                        "{date} is not the last day of a month; figures at a point in time are \
                         published for month ends"
                    ));
                }
                if !periods.is_empty() {
                    out.push("to cross by period, give a period, not a date".into());
                }
            }
            PublicReference::Period { period } => {
                if let Some(g) = periods.first()
                    && rank(*g) > rank(period.granularity())
                {
                    out.push(format!(
                        "{period} cannot be crossed by a longer period; use a finer one"
                    ));
                }
            }
        }
        let others = self
            .cross
            .iter()
            .filter(|d| !matches!(d, Dimension::Period(_)))
            .count();
        if others > MAX_PUBLIC_DIMENSIONS {
            out.push(format!(
                "at most {MAX_PUBLIC_DIMENSIONS} dimensions besides the period"
            ));
        }
        out
    }
}

/// Most dimensions (besides the period) a public table may cross: the
/// year cube adds quarter and month, and the engine's limit is
/// [`crate::MAX_DIMENSIONS`] (the fee amount keeps one for the currency).
pub const MAX_PUBLIC_DIMENSIONS: usize = 3;

/// Computes and protects a public table (see the module docs): a view of
/// the figure's protected year cube for flows, the protected table of each
/// month end for figures at a point in time.
pub fn public_table(
    records: &AdminRecords,
    request: &PublicRequest,
    policy: DisclosurePolicy,
) -> Result<ProtectedTable, StatsError> {
    if let Some(p) = request.problems().into_iter().next() {
        return Err(StatsError::InvalidRequest(p));
    }
    if request.figure.is_point_in_time() {
        point_in_time(records, request, policy)
    } else {
        flow(records, request, policy)
    }
    .map(ProtectedTable::published)
}

/// The period dimension of the request, with its position.
fn period_dimension(cross: &[Dimension]) -> Option<(usize, Granularity)> {
    cross.iter().enumerate().find_map(|(i, d)| match d {
        Dimension::Period(g) => Some((i, *g)),
        _ => None,
    })
}

fn point_in_time(
    records: &AdminRecords,
    request: &PublicRequest,
    policy: DisclosurePolicy,
) -> Result<ProtectedTable, StatsError> {
    let base: Vec<Dimension> = request
        .cross
        .iter()
        .copied()
        .filter(|d| !matches!(d, Dimension::Period(_)))
        .collect();
    let one_day = |date: NaiveDate| {
        admin_table(
            records,
            &TableRequest {
                figure: request.figure,
                reference: Reference::Date { date },
                cross: base.clone(),
            },
        )
        .map(|t| protect(t, policy))
    };
    let (period, g) = match (request.reference, period_dimension(&request.cross)) {
        (PublicReference::MonthEnd { date }, _) => return one_day(date),
        (PublicReference::Period { period }, None) => return one_day(period.end()),
        (PublicReference::Period { period }, Some((_, g))) => (period, g),
    };
    let parts = period.parts(g).unwrap_or_default();
    let slices = parts
        .iter()
        .map(|p| one_day(p.end()))
        .collect::<Result<Vec<_>, _>>()?;
    // Every code any slice uses; a slice without a code has nobody there.
    let mut dimensions: Vec<TableDimension> = Vec::new();
    for d in &request.cross {
        if let Dimension::Period(_) = d {
            dimensions.push(TableDimension {
                dimension: *d,
                codes: parts.iter().map(|p| p.code()).collect(),
                has_total: false,
            });
            continue;
        }
        let mut codes: Vec<String> = Vec::new();
        let mut has_total = false;
        for s in &slices {
            if let Some(td) = s.table().dimensions.iter().find(|x| x.dimension == *d) {
                has_total |= td.has_total;
                for c in &td.codes {
                    if c != TOTAL && !codes.contains(c) {
                        codes.push(c.clone());
                    }
                }
            }
        }
        codes.sort();
        if has_total {
            codes.push(TOTAL.to_string());
        }
        dimensions.push(TableDimension {
            dimension: *d,
            codes,
            has_total,
        });
    }
    let mut metadata = slices
        .first()
        .map(|s| s.table().metadata.clone())
        .ok_or_else(|| StatsError::InvalidRequest("no period".into()))?;
    metadata.source.reference = period.reference().label();
    let cells = grid(&dimensions, |codes| {
        let (slice, rest): (usize, Vec<&str>) = {
            let mut slice = 0;
            let mut rest = Vec::new();
            for (d, c) in dimensions.iter().zip(codes) {
                if let Dimension::Period(_) = d.dimension {
                    slice = parts.iter().position(|p| p.code() == *c).unwrap_or(0);
                } else {
                    rest.push(*c);
                }
            }
            (slice, rest)
        };
        cell_of(&slices[slice], &rest)
    });
    Ok(ProtectedTable::assemble(
        metadata, dimensions, cells, policy,
    ))
}

/// The cell of `table` with `codes` (one per dimension, in its order).
fn cell_of(
    table: &ProtectedTable,
    codes: &[&str],
) -> Option<(crate::Observation, crate::Confidentiality)> {
    let t = table.table();
    if codes.len() != t.dimensions.len() {
        return None;
    }
    let mut coords = Vec::with_capacity(codes.len());
    for (code, dim) in codes.iter().zip(&t.dimensions) {
        coords.push(dim.codes.iter().position(|c| c == code)? as u32);
    }
    let i = t.index_of(&coords);
    Some((t.cells[i].observation.clone(), table.confidentiality()[i]))
}

/// Every cell of a grid over `dimensions`, row-major, filled by `f` from
/// its codes.
fn grid<T>(dimensions: &[TableDimension], mut f: impl FnMut(&[&str]) -> T) -> Vec<T> {
    let sizes: Vec<usize> = dimensions.iter().map(|d| d.codes.len()).collect();
    let total: usize = sizes.iter().product();
    let mut out = Vec::with_capacity(total);
    let mut coords = vec![0usize; sizes.len()];
    for _ in 0..total {
        let codes: Vec<&str> = coords
            .iter()
            .zip(dimensions)
            .map(|(&c, d)| d.codes[c].as_str())
            .collect();
        out.push(f(&codes));
        for d in (0..sizes.len()).rev() {
            coords[d] += 1;
            if coords[d] < sizes[d] {
                break;
            }
            coords[d] = 0;
        }
    }
    out
}

/// The protected year cube of a flow figure crossed by `base` (the
/// request's dimensions without the period): `base × quarter × month` over
/// the calendar year. Public so tests and audits can check it whole.
pub fn year_cube(
    records: &AdminRecords,
    figure: crate::Figure,
    year: i32,
    base: &[Dimension],
    policy: DisclosurePolicy,
) -> Result<ProtectedTable, StatsError> {
    let mut cross = base.to_vec();
    cross.push(Dimension::Period(Granularity::Quarter));
    cross.push(Dimension::Period(Granularity::Month));
    let table = admin_table(
        records,
        &TableRequest {
            figure,
            reference: CalendarPeriod::Year { year }.reference(),
            cross,
        },
    )?;
    Ok(protect(table, policy))
}

fn flow(
    records: &AdminRecords,
    request: &PublicRequest,
    policy: DisclosurePolicy,
) -> Result<ProtectedTable, StatsError> {
    let PublicReference::Period { period } = request.reference else {
        return Err(StatsError::InvalidRequest(
            "a flow is published for a calendar period".into(),
        ));
    };
    let base: Vec<Dimension> = request
        .cross
        .iter()
        .copied()
        .filter(|d| !matches!(d, Dimension::Period(_)))
        .collect();
    let cube = year_cube(records, request.figure, period.year(), &base, policy)?;
    let ct = cube.table();
    // The view's dimensions: the request's, then any the cube added (the
    // currency of amounts).
    let mut dims: Vec<Dimension> = request.cross.clone();
    for d in ct.dimensions.iter().map(|d| d.dimension) {
        if !matches!(d, Dimension::Period(_)) && !dims.contains(&d) {
            dims.push(d);
        }
    }
    let dimensions: Vec<TableDimension> = dims
        .iter()
        .map(|d| match d {
            Dimension::Period(g) => TableDimension {
                dimension: *d,
                codes: period
                    .parts(*g)
                    .unwrap_or_default()
                    .iter()
                    .map(|p| p.code())
                    .chain(std::iter::once(TOTAL.to_string()))
                    .collect(),
                has_total: true,
            },
            other => ct
                .dimensions
                .iter()
                .find(|x| x.dimension == *other)
                .cloned()
                .unwrap_or(TableDimension {
                    dimension: *other,
                    codes: vec![],
                    has_total: false,
                }),
        })
        .collect();
    // Where a period (the whole request's, or one of its parts) sits in
    // the cube: (quarter code, month code).
    let place = |p: CalendarPeriod| -> (String, String) {
        match p {
            CalendarPeriod::Year { .. } => (TOTAL.into(), TOTAL.into()),
            CalendarPeriod::Quarter { .. } => (p.code(), TOTAL.into()),
            CalendarPeriod::Month { .. } => (
                CalendarPeriod::containing(p.start(), Granularity::Quarter).code(),
                p.code(),
            ),
        }
    };
    let mut metadata = ct.metadata.clone();
    metadata.source.reference = period.reference().label();
    let cells = grid(&dimensions, |codes| {
        let mut shown = period;
        for (d, c) in dimensions.iter().zip(codes) {
            if let Dimension::Period(g) = d.dimension
                && *c != TOTAL
                && let Some(p) = period
                    .parts(g)
                    .and_then(|ps| ps.into_iter().find(|p| p.code() == *c))
            {
                shown = p;
            }
        }
        let (q, m) = place(shown);
        let cube_codes: Vec<&str> = ct
            .dimensions
            .iter()
            .map(|cd| match cd.dimension {
                Dimension::Period(Granularity::Quarter) => q.as_str(),
                Dimension::Period(_) => m.as_str(),
                other => dims
                    .iter()
                    .position(|x| *x == other)
                    .map_or(TOTAL, |i| codes[i]),
            })
            .collect();
        cell_of(&cube, &cube_codes)
    });
    Ok(ProtectedTable::assemble(
        metadata, dimensions, cells, policy,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_and_print() {
        for text in ["2025-03", "2025-Q1", "2025", "2024-12", "2024-Q4"] {
            assert_eq!(CalendarPeriod::parse(text).unwrap().code(), text);
        }
        for bad in [
            "2025-13",
            "2025-Q5",
            "25",
            "2025-3",
            "2025-Q",
            "x",
            "2025-03-01",
        ] {
            assert!(CalendarPeriod::parse(bad).is_none(), "{bad}");
        }
        let q = CalendarPeriod::parse("2025-Q2").unwrap();
        assert_eq!(q.start().to_string(), "2025-04-01");
        assert_eq!(q.end().to_string(), "2025-06-30");
        assert_eq!(CalendarPeriod::from_range(q.start(), q.end()), Some(q));
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            CalendarPeriod::from_range(d("2025-04-02"), d("2025-06-30")),
            None
        );
        assert_eq!(
            CalendarPeriod::from_range(d("2025-01-01"), d("2025-12-31")),
            Some(CalendarPeriod::Year { year: 2025 })
        );
        assert_eq!(q.parts(Granularity::Month).unwrap().len(), 3);
        assert!(q.parts(Granularity::Year).is_none());
        assert!(is_month_end(d("2024-02-29")) && !is_month_end(d("2024-02-28")));
    }
}
