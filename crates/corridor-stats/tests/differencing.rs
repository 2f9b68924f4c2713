//! Published periods cannot be differenced below the threshold.
//!
//! Over a synthetic year with many small cells (a few hundred placements
//! spread over four corridors, two sexes, age groups, end reasons and fee
//! categories), every flow figure is published for every calendar period
//! of the year — the year, its quarters, its months, and the views by
//! quarter and by month — for every crossing of up to two dimensions. An
//! attacker then subtracts: each period minus every combination of its
//! published parts (which covers a period against one part, against all
//! its parts, and two adjacent parts against their parent). No derived
//! number of people may lie between 1 and the threshold − 1.
//!
//! The same attack on tables protected one by one (what `/api/v1/stats`
//! did before calendar periods and year cubes) finds such cells: the check
//! has teeth.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use corridor_stats::{
    AdminRecords, CalendarPeriod, Confidentiality, Dimension, DisclosurePolicy, EndReason,
    FeeCategory, FeePaymentRecord, Figure, Granularity, JobOrderRecord, Payer, PlacementRecord,
    PlacementStatus, ProtectedTable, PublicReference, PublicRequest, Sex, StatusEvent,
    TableRequest, admin_table, dimension_applies, linear_audit, protect, public_table, year_cube,
};

const YEAR: i32 = 2025;
const T: u64 = 10;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A small deterministic generator (no seed file, same data every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const CORRIDORS: [(&str, &str); 4] = [
    ("MEX", "CAN"),
    ("NPL", "KOR"),
    ("PHL", "DEU"),
    ("GHA", "ITA"),
];

struct Data {
    placements: Vec<PlacementRecord>,
    job_orders: Vec<JobOrderRecord>,
    fees: Vec<FeePaymentRecord>,
}

/// Departures bunched in a few busy months per corridor and thin
/// elsewhere, so that months hold many cells of one to nine people and
/// quarters and the year cross the threshold.
fn data() -> Data {
    let mut rng = Lcg(7);
    let mut placements = Vec::new();
    let mut job_orders = Vec::new();
    for (c, (o, dst)) in CORRIDORS.iter().enumerate() {
        for j in 0..6 {
            job_orders.push(JobOrderRecord {
                job_order_id: format!("JO{c}-{j}"),
                programme_id: format!("PRG-{o}-{dst}"),
                origin: o.to_string(),
                destination: dst.to_string(),
                isco08: ["6111", "9211", "5322"][j % 3].into(),
                positions: 20 + rng.next(30) as u32,
                opened: d(YEAR, 1 + (j as u32 * 2) % 12, 1 + rng.next(20) as u32),
                closed: None,
            });
        }
    }
    for i in 0..700 {
        let c = (rng.next(100) as usize * rng.next(100) as usize / 2500).min(3);
        let (o, dst) = CORRIDORS[c];
        // Busy months differ by corridor; a thin tail everywhere.
        let month = if rng.next(3) > 0 {
            [3, 4, 9][c % 3] + rng.next(2) as u32
        } else {
            1 + rng.next(12) as u32
        };
        let departed = d(YEAR, month, 1 + rng.next(28) as u32);
        let mut events = vec![StatusEvent {
            status: PlacementStatus::Departed,
            date: departed,
        }];
        match rng.next(6) {
            0 => events.push(StatusEvent {
                status: PlacementStatus::EndedEarly {
                    reason: [EndReason::EmployerBreach, EndReason::Health][rng.next(2) as usize],
                },
                date: departed + Duration::days(20 + rng.next(90) as i64),
            }),
            1 | 2 => {
                let done = departed + Duration::days(30 + rng.next(120) as i64);
                events.push(StatusEvent {
                    status: PlacementStatus::Completed,
                    date: done,
                });
                events.push(StatusEvent {
                    status: PlacementStatus::Returned,
                    date: done + Duration::days(rng.next(10) as i64),
                });
            }
            _ => {}
        }
        let job = format!("JO{c}-{}", rng.next(6));
        placements.push(PlacementRecord {
            placement_id: format!("P{i}"),
            worker_id: format!("W{}", i % 600),
            worker_sex: if rng.next(3) == 0 {
                Sex::Female
            } else {
                Sex::Male
            },
            worker_birth_date: Some(d(1975 + rng.next(30) as i32, 1 + rng.next(12) as u32, 1)),
            origin: o.into(),
            destination: dst.into(),
            programme_id: format!("PRG-{o}-{dst}").into(),
            programme_name: format!("{o} to {dst}").into(),
            isco08: ["6111", "9211", "5322"][rng.next(3) as usize].into(),
            job_order_id: job.into(),
            job_order_opened: departed - Duration::days(20 + rng.next(200) as i64),
            contract_months: Some([6, 24][rng.next(2) as usize]),
            events,
        });
    }
    // Violating payments: most small and spread out, some large ones made
    // by a single placement (dominance).
    let mut fees = Vec::new();
    for k in 0..400 {
        let p = &placements[rng.next(placements.len() as u64) as usize];
        let large = k % 37 == 0;
        fees.push(FeePaymentRecord {
            payment_id: format!("F{k}"),
            placement_id: Some(p.placement_id.clone()),
            payer: if rng.next(5) == 0 {
                Payer::Agency
            } else {
                Payer::Worker
            },
            category: [
                FeeCategory::RecruitmentService,
                FeeCategory::Medical,
                FeeCategory::Bribe,
            ][rng.next(3) as usize],
            amount_minor: if large {
                5_000_000
            } else {
                10_000 + rng.next(50_000) as i64
            },
            currency: "USD".into(),
            paid_on: d(YEAR, 1 + rng.next(12) as u32, 1 + rng.next(28) as u32),
            violation: true,
        });
    }
    Data {
        placements,
        job_orders,
        fees,
    }
}

fn records(data: &Data) -> AdminRecords<'_> {
    AdminRecords {
        dataset: "synthetic",
        version: "1",
        placements: &data.placements,
        job_orders: &data.job_orders,
        available_workers: &[],
        fee_payments: &data.fees,
    }
}

const FLOWS: [Figure; 10] = [
    Figure::Departures,
    Figure::Returns,
    Figure::EarlyEndings,
    Figure::FillRate,
    Figure::DaysToDepartureMedian,
    Figure::DaysToDepartureP90,
    Figure::FeeViolations,
    Figure::FeeViolationAmountPaidByWorkers,
    Figure::ReturnRate,
    Figure::RehireRate,
];

/// Dimensions crossed: every kind of dimension the flows have (place,
/// person, event, fee). Destination, occupation and duration behave as
/// corridor and age do here, and would only make the run longer.
const CANDIDATES: [Dimension; 6] = [
    Dimension::Corridor,
    Dimension::Sex,
    Dimension::AgeGroup,
    Dimension::EndReason,
    Dimension::FeeCategory,
    Dimension::Payer,
];

/// Every crossing of up to two applicable dimensions.
fn crossings(figure: Figure) -> Vec<Vec<Dimension>> {
    let dims: Vec<Dimension> = CANDIDATES
        .into_iter()
        .filter(|d| dimension_applies(figure, *d))
        .collect();
    let mut out = vec![vec![]];
    for (i, a) in dims.iter().enumerate() {
        out.push(vec![*a]);
        for b in &dims[i + 1..] {
            out.push(vec![*a, *b]);
        }
    }
    out
}

/// Every calendar period of the year.
fn periods() -> Vec<CalendarPeriod> {
    let year = CalendarPeriod::Year { year: YEAR };
    let mut out = vec![year];
    out.extend(year.parts(Granularity::Quarter).unwrap());
    out.extend(year.parts(Granularity::Month).unwrap());
    out
}

/// What an attacker learns: for each cell (codes of the dimensions other
/// than the period) and period, the published number of people, `None`
/// when withheld. The additive figures' values are people-like too
/// (payments, minor units); they are checked alongside.
#[derive(Default)]
struct Knowledge {
    counts: HashMap<(Vec<String>, CalendarPeriod), Option<u64>>,
    values: HashMap<(Vec<String>, CalendarPeriod), Option<i64>>,
}

impl Knowledge {
    /// Records every cell of `table`, a table of `figure` for `period`
    /// (its period dimension, if any, naming the part each cell is for).
    /// A cell seen twice must be the same both times.
    fn learn(&mut self, figure: Figure, table: &ProtectedTable, period: CalendarPeriod) {
        let t = table.table();
        let period_dim = t
            .dimensions
            .iter()
            .position(|d| matches!(d.dimension, Dimension::Period(_)));
        for (cell, status) in t.cells.iter().zip(table.confidentiality()) {
            let mut key = Vec::new();
            let mut p = period;
            for (i, dim) in t.dimensions.iter().enumerate() {
                let code = t.code(cell, i).to_string();
                if Some(i) == period_dim {
                    if code != "_T" {
                        p = CalendarPeriod::parse(&code).unwrap();
                    }
                } else {
                    key.push(format!("{}={code}", dim.dimension.id()));
                }
            }
            key.sort();
            let o = &cell.observation;
            let published = *status == Confidentiality::Free;
            let count = published.then_some(o.unweighted_count);
            let value = (published && figure.is_additive())
                .then(|| o.value.map(|v| v.round() as i64))
                .flatten();
            if let Some(before) = self.counts.insert((key.clone(), p), count) {
                assert_eq!(
                    before, count,
                    "{figure:?} {key:?} {p}: one cell, two answers"
                );
            }
            self.values.insert((key, p), value);
        }
    }

    /// Every derived number of people in 1..T−1: each period minus each
    /// combination of its published parts (at month and quarter level).
    fn leaks(&self) -> Vec<String> {
        let mut out = Vec::new();
        let keys: std::collections::HashSet<&Vec<String>> =
            self.counts.keys().map(|(k, _)| k).collect();
        for key in keys {
            for parent in periods() {
                let Some(Some(whole)) = self.counts.get(&(key.clone(), parent)) else {
                    continue;
                };
                for g in [Granularity::Quarter, Granularity::Month] {
                    let Some(parts) = parent.parts(g) else {
                        continue;
                    };
                    if parts.len() < 2 {
                        continue;
                    }
                    let known: Vec<(CalendarPeriod, u64)> = parts
                        .iter()
                        .filter_map(|p| {
                            self.counts
                                .get(&(key.clone(), *p))
                                .copied()
                                .flatten()
                                .map(|c| (*p, c))
                        })
                        .collect();
                    for subset in 1u32..(1 << known.len()) {
                        let taken: u64 = known
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| subset & (1 << i) != 0)
                            .map(|(_, (_, c))| c)
                            .sum();
                        let left = whole.saturating_sub(taken);
                        if (1..T).contains(&left) {
                            let names: Vec<String> = known
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| subset & (1 << i) != 0)
                                .map(|(_, (p, _))| p.code())
                                .collect();
                            out.push(format!(
                                "{key:?}: {parent} ({whole}) minus {} = {left}",
                                names.join(" + ")
                            ));
                        }
                    }
                }
            }
        }
        out.sort();
        out
    }
}

/// Every table a caller can get for `figure` crossed by `base` over the
/// year, through the public path.
fn publish_year(records: &AdminRecords, figure: Figure, base: &[Dimension]) -> Knowledge {
    let policy = DisclosurePolicy::default();
    let mut k = Knowledge::default();
    let get = |reference: CalendarPeriod, by: Option<Granularity>| {
        let mut cross = base.to_vec();
        if let Some(g) = by {
            cross.push(Dimension::Period(g));
        }
        public_table(
            records,
            &PublicRequest {
                figure,
                reference: PublicReference::Period { period: reference },
                cross,
            },
            policy,
        )
        .unwrap()
    };
    for p in periods() {
        k.learn(figure, &get(p, None), p);
    }
    let year = CalendarPeriod::Year { year: YEAR };
    k.learn(figure, &get(year, Some(Granularity::Quarter)), year);
    k.learn(figure, &get(year, Some(Granularity::Month)), year);
    for q in year.parts(Granularity::Quarter).unwrap() {
        k.learn(figure, &get(q, Some(Granularity::Month)), q);
    }
    k
}

#[test]
fn no_published_period_can_be_differenced_below_the_threshold() {
    let data = data();
    let records = records(&data);
    let mut checked = 0;
    for figure in FLOWS {
        for base in crossings(figure) {
            let k = publish_year(&records, figure, &base);
            let leaks = k.leaks();
            assert!(
                leaks.is_empty(),
                "{figure:?} by {base:?}: {} derivable cells, e.g. {:?}",
                leaks.len(),
                &leaks[..leaks.len().min(5)]
            );
            // No published cell is itself small.
            for ((key, p), count) in &k.counts {
                if let Some(n) = count {
                    assert!(*n == 0 || *n >= T, "{figure:?} {key:?} {p}: {n} published");
                    if figure.is_quantile() {
                        assert!(*n == 0 || *n >= 20, "{figure:?} quantile on {n}");
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked} figure × crossing pairs");
}

#[test]
fn the_year_cube_withholds_nothing_the_equations_determine() {
    let data = data();
    let records = records(&data);
    for figure in [
        Figure::Departures,
        Figure::EarlyEndings,
        Figure::FeeViolations,
    ] {
        for base in [
            vec![Dimension::Corridor],
            vec![Dimension::Sex],
            vec![Dimension::AgeGroup],
        ] {
            let cube =
                year_cube(&records, figure, YEAR, &base, DisclosurePolicy::default()).unwrap();
            let (primary, _) = cube.suppressed_counts();
            assert!(
                primary > 0,
                "{figure:?} by {base:?}: the data has small cells"
            );
            // The audit needs the counts: recompute the unprotected cube.
            let mut cross = base.clone();
            cross.push(Dimension::Period(Granularity::Quarter));
            cross.push(Dimension::Period(Granularity::Month));
            let raw = admin_table(
                &records,
                &TableRequest {
                    figure,
                    reference: CalendarPeriod::Year { year: YEAR }.reference(),
                    cross,
                },
            )
            .unwrap();
            assert_eq!(
                linear_audit(&raw, cube.confidentiality()),
                Vec::<usize>::new(),
                "{figure:?} by {base:?}"
            );
        }
    }
}

#[test]
fn small_data_has_small_cells_and_tables_protected_one_by_one_leak() {
    // Before: each period's table protected on its own. The same attack
    // finds cells of one to nine people.
    let data = data();
    let records = records(&data);
    let policy = DisclosurePolicy::default();
    let mut leaks = 0;
    for base in [vec![], vec![Dimension::Corridor], vec![Dimension::Sex]] {
        let mut k = Knowledge::default();
        for p in periods() {
            let t = admin_table(
                &records,
                &TableRequest {
                    figure: Figure::Departures,
                    reference: p.reference(),
                    cross: base.clone(),
                },
            )
            .unwrap();
            k.learn(Figure::Departures, &protect(t, policy), p);
        }
        leaks += k.leaks().len();
    }
    assert!(
        leaks > 0,
        "protecting tables one by one leaks by differencing"
    );
}

#[test]
fn amounts_follow_the_dominance_rule_and_quantiles_need_twenty() {
    let data = data();
    let records = records(&data);
    let policy = DisclosurePolicy::default();
    let year = CalendarPeriod::Year { year: YEAR };
    let amounts = public_table(
        &records,
        &PublicRequest {
            figure: Figure::FeeViolationAmountPaidByWorkers,
            reference: PublicReference::Period { period: year },
            cross: vec![Dimension::Period(Granularity::Month)],
        },
        policy,
    )
    .unwrap();
    // Recompute each month's amounts per contributor independently.
    let by_placement = |month: u32| {
        let mut m: HashMap<&str, i64> = HashMap::new();
        for f in &data.fees {
            if f.payer == Payer::Worker && chrono::Datelike::month(&f.paid_on) == month {
                *m.entry(f.placement_id.as_deref().unwrap()).or_default() += f.amount_minor;
            }
        }
        m
    };
    let t = amounts.table();
    let mut dominated = 0;
    for month in 1..=12u32 {
        let code = format!("{YEAR}-{month:02}");
        let i = t
            .cells
            .iter()
            .position(|c| t.code(c, 0) == code && t.code(c, 1) == "USD")
            .unwrap();
        let m = by_placement(month);
        let mut v: Vec<i64> = m.values().copied().collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        let total: i64 = v.iter().sum();
        let top: i64 = v.iter().take(2).sum();
        let must_hide = (v.len() as u64) < T || top as f64 > 0.8 * total as f64;
        dominated += usize::from(top as f64 > 0.8 * total as f64);
        if must_hide && total > 0 {
            assert_ne!(
                amounts.confidentiality()[i],
                Confidentiality::Free,
                "{code}: {} payers, largest two {top} of {total}",
                v.len()
            );
        }
    }
    assert!(dominated > 0, "the data has dominated months");
    let json = corridor_stats::to_json(&amounts);
    assert!(json.contains("\"dominance\""), "{json}");
    // Quantiles: a month with 10 to 19 departures shows no median.
    let median = public_table(
        &records,
        &PublicRequest {
            figure: Figure::DaysToDepartureMedian,
            reference: PublicReference::Period { period: year },
            cross: vec![Dimension::Period(Granularity::Month)],
        },
        policy,
    )
    .unwrap();
    let departures = |month: u32| {
        data.placements
            .iter()
            .filter(|p| {
                p.departed_on()
                    .is_some_and(|d| chrono::Datelike::month(&d) == month)
            })
            .count()
    };
    let mt = median.table();
    let mut between = 0;
    for month in 1..=12u32 {
        let n = departures(month);
        let code = format!("{YEAR}-{month:02}");
        let cell = mt.cells.iter().find(|c| mt.code(c, 0) == code).unwrap();
        if (10..20).contains(&n) {
            between += 1;
            assert!(cell.observation.value.is_none(), "{code}: median on {n}");
        }
    }
    assert!(between > 0, "the data has months of 10 to 19 departures");
}
