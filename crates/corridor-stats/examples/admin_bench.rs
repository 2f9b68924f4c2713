//! Benchmark driver: a corridor × occupation (ISCO-08 sub-major group) ×
//! sex × quarter table over 1,000,000 generated placements held in memory
//! (stock abroad at each quarter's end, and departures per quarter).
//!
//! `cargo run --release -p corridor-stats --example admin_bench -- [PLACEMENTS]`

use std::time::Instant;

use chrono::{Duration, NaiveDate};
use corridor_stats::{
    AdminRecords, Dimension, Figure, Granularity, IscoLevel, PlacementRecord, PlacementStatus,
    Reference, Sex, StatusEvent, TableRequest, admin_table,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const CORRIDORS: [(&str, &str); 8] = [
    ("MEX", "CAN"),
    ("NPL", "KOR"),
    ("PHL", "DEU"),
    ("GHA", "ITA"),
    ("PHL", "KOR"),
    ("MEX", "DEU"),
    ("NPL", "ITA"),
    ("GHA", "CAN"),
];

fn generate(n: usize) -> Vec<PlacementRecord> {
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let start = NaiveDate::from_ymd_opt(2022, 1, 1).expect("date");
    (0..n)
        .map(|i| {
            let (o, d) = CORRIDORS[rng.gen_range(0..CORRIDORS.len())];
            let applied = start + Duration::days(rng.gen_range(0..1000));
            let departed = applied + Duration::days(rng.gen_range(20..120));
            let months: u16 = [6, 8, 12, 24, 36][rng.gen_range(0..5)];
            let mut events = vec![
                StatusEvent {
                    status: PlacementStatus::Applied,
                    date: applied,
                },
                StatusEvent {
                    status: PlacementStatus::Selected,
                    date: applied + Duration::days(10),
                },
                StatusEvent {
                    status: PlacementStatus::Departed,
                    date: departed,
                },
                StatusEvent {
                    status: PlacementStatus::Employed,
                    date: departed + Duration::days(3),
                },
            ];
            let end = departed + Duration::days(i64::from(months) * 30);
            if rng.gen_bool(0.1) {
                events.push(StatusEvent {
                    status: PlacementStatus::EndedEarly {
                        reason: corridor_stats::EndReason::WorkerChoice,
                    },
                    date: departed + Duration::days(rng.gen_range(10..150)),
                });
            } else {
                events.push(StatusEvent {
                    status: PlacementStatus::Completed,
                    date: end,
                });
                events.push(StatusEvent {
                    status: PlacementStatus::Returned,
                    date: end + Duration::days(5),
                });
            }
            PlacementRecord {
                placement_id: format!("P{i}"),
                worker_id: format!("W{}", rng.gen_range(0..n as u64 * 3 / 4)),
                worker_sex: if rng.gen_bool(0.4) {
                    Sex::Female
                } else {
                    Sex::Male
                },
                worker_birth_date: Some(start - Duration::days(rng.gen_range(18 * 365..55 * 365))),
                origin: o.into(),
                destination: d.into(),
                programme_id: format!("PRG-{o}-{d}").into(),
                programme_name: format!("{o}–{d} programme").into(),
                isco08: format!("{}", rng.gen_range(1000..9999)).into(),
                job_order_id: format!("JO{}", i / 20).into(),
                job_order_opened: applied - Duration::days(30),
                contract_months: Some(months),
                events,
            }
        })
        .collect()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("number of placements"))
        .unwrap_or(1_000_000);
    let t0 = Instant::now();
    let placements = generate(n);
    let generated = t0.elapsed().as_secs_f64();
    let records = AdminRecords {
        dataset: "generated placements",
        version: "bench",
        placements: &placements,
        job_orders: &[],
        available_workers: &[],
        fee_payments: &[],
    };
    let cross = vec![
        Dimension::Corridor,
        Dimension::Occupation(IscoLevel::SubMajorGroup),
        Dimension::Sex,
        Dimension::Period(Granularity::Quarter),
    ];
    let reference = Reference::Period {
        start: NaiveDate::from_ymd_opt(2023, 1, 1).expect("date"),
        end: NaiveDate::from_ymd_opt(2024, 12, 31).expect("date"),
    };
    for figure in [Figure::StockAbroad, Figure::Departures] {
        let t = Instant::now();
        let table = admin_table(
            &records,
            &TableRequest {
                figure,
                reference,
                cross: cross.clone(),
            },
        )
        .expect("table");
        let computed = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let protected = corridor_stats::protect(table, corridor_stats::DisclosurePolicy::default());
        let protected_in = t.elapsed().as_secs_f64();
        let (p, s) = protected.suppressed_counts();
        println!(
            "{:?}: {} placements (generated in {generated:.2} s), {} cells, computed in {computed:.3} s, protected in {protected_in:.3} s ({p} primary, {s} secondary suppressions)",
            figure,
            n,
            protected.table().cells.len()
        );
    }
}
