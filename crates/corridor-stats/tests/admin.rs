//! Administrative figures: stocks from events, flows, margins, rates.

use chrono::{Duration, NaiveDate};
use corridor_stats::{
    AdminRecords, AvailableWorkerRecord, Dimension, EndReason, FeeCategory, FeePaymentRecord,
    Figure, Granularity, IscoLevel, JobOrderRecord, Payer, PlacementRecord, PlacementStatus,
    ProgrammeEligibility, Reference, Sex, StatTable, StatusEvent, TableRequest, admin_table,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const CORRIDORS: [(&str, &str); 4] = [
    ("MEX", "CAN"),
    ("NPL", "KOR"),
    ("PHL", "DEU"),
    ("GHA", "ITA"),
];

/// A placement whose lifecycle follows `steps` from the start date: each
/// step is (days after the previous event, status). Stops abroad-states
/// after a return or early ending, as the domain's state machine does.
fn placement(
    i: usize,
    worker: usize,
    start: NaiveDate,
    steps: &[(i64, u8)],
    ending: u8,
) -> PlacementRecord {
    let (o, dst) = CORRIDORS[i % CORRIDORS.len()];
    let ladder = [
        PlacementStatus::Applied,
        PlacementStatus::Selected,
        PlacementStatus::ContractSigned,
        PlacementStatus::VisaIssued,
        PlacementStatus::Departed,
        PlacementStatus::Arrived,
        PlacementStatus::Employed,
        PlacementStatus::Completed,
        PlacementStatus::Returned,
    ];
    let mut events = Vec::new();
    let mut date = start;
    for (k, &(gap, _)) in steps.iter().enumerate().take(ladder.len()) {
        date += Duration::days(gap);
        events.push(StatusEvent {
            status: ladder[k],
            date,
        });
    }
    // Optionally end early after departure (replacing what follows).
    let departed = events
        .iter()
        .position(|e| e.status == PlacementStatus::Departed);
    if let (Some(p), 1..=3) = (departed, ending)
        && p + 1 < events.len()
    {
        let at = events[p + 1].date;
        events.truncate(p + 1);
        let reason = [
            EndReason::EmployerBreach,
            EndReason::WorkerChoice,
            EndReason::ChangedEmployer,
        ][usize::from(ending - 1)];
        events.push(StatusEvent {
            status: PlacementStatus::EndedEarly { reason },
            date: at,
        });
    }
    PlacementRecord {
        placement_id: format!("P{i}"),
        worker_id: format!("W{worker}"),
        worker_sex: if i.is_multiple_of(3) {
            Sex::Female
        } else {
            Sex::Male
        },
        worker_birth_date: Some(d(1980 + (i % 20) as i32, 1 + (i % 12) as u32, 1)),
        origin: o.into(),
        destination: dst.into(),
        programme_id: format!("PRG-{o}-{dst}").into(),
        programme_name: format!("{o} to {dst} seasonal").into(),
        isco08: ["6111", "9211", "5322", "7126"][i % 4].into(),
        job_order_id: format!("JO{}", i % 7).into(),
        job_order_opened: start - Duration::days(30),
        contract_months: Some([6, 24][i % 2]),
        events,
    }
}

fn records(placements: &[PlacementRecord]) -> AdminRecords<'_> {
    AdminRecords {
        dataset: "test records",
        version: "t1",
        placements,
        job_orders: &[],
        available_workers: &[],
        fee_payments: &[],
    }
}

fn value(t: &StatTable, codes: &[&str]) -> f64 {
    t.cell(codes).unwrap().observation.value.unwrap()
}

/// Independent definition of "abroad on t": replay the events up to t and
/// look at the latest status.
fn abroad_by_replay(p: &PlacementRecord, t: NaiveDate) -> bool {
    let latest = p.events.iter().rfind(|e| e.date <= t).map(|e| e.status);
    matches!(
        latest,
        Some(
            PlacementStatus::Departed
                | PlacementStatus::Arrived
                | PlacementStatus::Employed
                | PlacementStatus::Completed
        )
    )
}

fn lifecycle() -> impl Strategy<Value = (Vec<(i64, u8)>, u8, u16)> {
    (
        prop::collection::vec((0i64..120, 0u8..1), 1..10),
        0u8..5,
        0u16..700,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn stock_from_events_equals_placements_in_abroad_states(
        lives in prop::collection::vec(lifecycle(), 1..60),
        probe in 0i64..900,
    ) {
        let base = d(2023, 1, 1);
        let ps: Vec<PlacementRecord> = lives
            .iter()
            .enumerate()
            .map(|(i, (steps, ending, offset))| {
                placement(i, i, base + Duration::days(i64::from(*offset)), steps, *ending)
            })
            .collect();
        let t = base + Duration::days(probe);
        let req = TableRequest {
            figure: Figure::StockAbroad,
            reference: Reference::Date { date: t },
            cross: vec![Dimension::Corridor, Dimension::Sex],
        };
        let table = admin_table(&records(&ps), &req).unwrap();
        let expected = ps.iter().filter(|p| abroad_by_replay(p, t)).count() as f64;
        prop_assert_eq!(value(&table, &["_T", "_T"]), expected);
        for (o, dst) in CORRIDORS {
            let corridor = format!("{o}-{dst}");
            let want = ps
                .iter()
                .filter(|p| &*p.origin == o && abroad_by_replay(p, t))
                .count() as f64;
            if let Some(cell) = table.cell(&[&corridor, "_T"]) {
                prop_assert_eq!(cell.observation.value.unwrap(), want);
            } else {
                prop_assert_eq!(want, 0.0);
            }
        }
    }

    #[test]
    fn margins_add_up_and_match_smaller_tables(
        lives in prop::collection::vec(lifecycle(), 1..60),
    ) {
        let base = d(2023, 1, 1);
        let ps: Vec<PlacementRecord> = lives
            .iter()
            .enumerate()
            .map(|(i, (steps, ending, offset))| {
                placement(i, i, base + Duration::days(i64::from(*offset)), steps, *ending)
            })
            .collect();
        let reference = Reference::Period { start: d(2023, 1, 1), end: d(2025, 12, 31) };
        let cross = vec![
            Dimension::Corridor,
            Dimension::Occupation(IscoLevel::MajorGroup),
            Dimension::Sex,
            Dimension::Period(Granularity::Quarter),
        ];
        let full = admin_table(&records(&ps), &TableRequest {
            figure: Figure::Departures, reference, cross: cross.clone(),
        }).unwrap();
        // Every margin equals the sum of the cells it covers, along each dimension.
        let n = full.dimensions.len();
        for cell in &full.cells {
            for dim in 0..n {
                let Some(t) = full.dimensions[dim].total_index() else { continue };
                if cell.coords[dim] != t { continue; }
                let mut sum = 0.0;
                for k in 0..t {
                    let mut c = cell.coords.clone();
                    c[dim] = k;
                    sum += full.cells[full.index_of(&c)].observation.value.unwrap();
                }
                prop_assert_eq!(sum, cell.observation.value.unwrap());
            }
        }
        // A margin equals the table computed without that dimension.
        let small = admin_table(&records(&ps), &TableRequest {
            figure: Figure::Departures, reference, cross: vec![Dimension::Corridor],
        }).unwrap();
        for (k, code) in small.dimensions[0].codes.iter().enumerate() {
            let v = small.cells[k].observation.value.unwrap();
            prop_assert_eq!(value(&full, &[code, "_T", "_T", "_T"]), v);
        }
        // Departures counted directly.
        let direct = ps
            .iter()
            .filter(|p| p.departed_on().is_some_and(|x| x <= d(2025, 12, 31)))
            .count() as f64;
        prop_assert_eq!(value(&full, &["_T", "_T", "_T", "_T"]), direct);
    }
}

fn worked_placements() -> Vec<PlacementRecord> {
    let ev = |s, date| StatusEvent { status: s, date };
    let mk = |id: &str, worker: &str, sex, corridor: (&str, &str), events: Vec<StatusEvent>| {
        PlacementRecord {
            placement_id: id.into(),
            worker_id: worker.into(),
            worker_sex: sex,
            worker_birth_date: Some(d(1990, 5, 1)),
            origin: corridor.0.into(),
            destination: corridor.1.into(),
            programme_id: "SAWP".into(),
            programme_name: "Seasonal Agricultural Worker Program".into(),
            isco08: "9211".into(),
            job_order_id: format!("JO-{id}").into(),
            job_order_opened: d(2024, 1, 1),
            contract_months: Some(8),
            events,
        }
    };
    use PlacementStatus::*;
    vec![
        // Completed a 2023 season, returned; re-hired in 2024.
        mk(
            "A1",
            "W1",
            Sex::Female,
            ("MEX", "CAN"),
            vec![
                ev(Departed, d(2023, 4, 1)),
                ev(Completed, d(2023, 11, 30)),
                ev(Returned, d(2023, 12, 5)),
            ],
        ),
        mk(
            "A2",
            "W1",
            Sex::Female,
            ("MEX", "CAN"),
            vec![
                ev(Departed, d(2024, 4, 10)),
                ev(
                    EndedEarly {
                        reason: EndReason::EmployerBreach,
                    },
                    d(2024, 6, 1),
                ),
            ],
        ),
        mk(
            "B1",
            "W2",
            Sex::Male,
            ("MEX", "CAN"),
            vec![
                ev(Departed, d(2024, 3, 1)),
                ev(Employed, d(2024, 3, 3)),
                ev(Completed, d(2024, 10, 31)),
            ],
        ),
        mk(
            "C1",
            "W3",
            Sex::Male,
            ("NPL", "KOR"),
            vec![
                ev(Departed, d(2024, 2, 1)),
                ev(Completed, d(2024, 8, 1)),
                ev(Returned, d(2024, 8, 3)),
            ],
        ),
    ]
}

#[test]
fn worked_example_flows_rates_and_days() {
    let ps = worked_placements();
    let r = records(&ps);
    let year = Reference::Period {
        start: d(2024, 1, 1),
        end: d(2024, 12, 31),
    };
    let t = |figure, cross: Vec<Dimension>| {
        admin_table(
            &r,
            &TableRequest {
                figure,
                reference: year,
                cross,
            },
        )
        .unwrap()
    };
    let dep = t(Figure::Departures, vec![Dimension::Corridor]);
    assert_eq!(value(&dep, &["MEX-CAN"]), 2.0);
    assert_eq!(value(&dep, &["NPL-KOR"]), 1.0);
    assert_eq!(value(&dep, &["_T"]), 3.0);
    let early = t(Figure::EarlyEndings, vec![Dimension::EndReason]);
    assert_eq!(value(&early, &["EMPLOYER_BREACH"]), 1.0);
    assert_eq!(value(&early, &["_T"]), 1.0);
    // Reasons are the recorded ones only: no empty "unknown" column.
    assert_eq!(early.dimensions[0].codes, ["EMPLOYER_BREACH", "_T"]);
    // Employment ended in 2024: A2 (early, no return), B1 (no return), C1 (returned).
    let ret = t(Figure::ReturnRate, vec![]);
    assert!((ret.cells[0].observation.value.unwrap() - 1.0 / 3.0).abs() < 1e-12);
    // Departures in 2024: A2 is a re-hire (W1 completed A1 in 2023).
    let rehire = t(Figure::RehireRate, vec![Dimension::Sex]);
    assert_eq!(value(&rehire, &["F"]), 1.0);
    assert_eq!(value(&rehire, &["M"]), 0.0);
    assert!((value(&rehire, &["_T"]) - 1.0 / 3.0).abs() < 1e-12);
    // Days from job order (2024-01-01) to departure: 31, 60, 100.
    let median = t(Figure::DaysToDepartureMedian, vec![]);
    assert_eq!(median.cells[0].observation.value, Some(60.0));
    let p90 = t(Figure::DaysToDepartureP90, vec![]);
    assert!((p90.cells[0].observation.value.unwrap() - 92.0).abs() < 1e-9);
    // Stock on 2024-07-01: B1 (abroad, completed later) and C1 (returned 08-03): 2.
    let stock = admin_table(
        &r,
        &TableRequest {
            figure: Figure::StockAbroad,
            reference: Reference::Date {
                date: d(2024, 7, 1),
            },
            cross: vec![Dimension::Corridor],
        },
    )
    .unwrap();
    assert_eq!(value(&stock, &["MEX-CAN"]), 1.0);
    assert_eq!(value(&stock, &["NPL-KOR"]), 1.0);
    // Quarterly stock: end of each quarter, no total over time.
    let q = admin_table(
        &r,
        &TableRequest {
            figure: Figure::StockAbroad,
            reference: year,
            cross: vec![Dimension::Period(Granularity::Quarter)],
        },
    )
    .unwrap();
    assert!(!q.dimensions[0].has_total);
    assert_eq!(value(&q, &["2024-Q1"]), 2.0); // B1, C1
    assert_eq!(value(&q, &["2024-Q2"]), 2.0); // B1, C1 (A2 ended 06-01)
    assert_eq!(value(&q, &["2024-Q3"]), 1.0); // B1
    assert_eq!(value(&q, &["2024-Q4"]), 1.0); // B1: completed, no return recorded
    assert!(q.cell(&["_T"]).is_none());
    // Figures that need a period refuse a date, and wrong dimensions are refused.
    assert!(
        admin_table(
            &r,
            &TableRequest {
                figure: Figure::Departures,
                reference: Reference::Date {
                    date: d(2024, 7, 1)
                },
                cross: vec![],
            }
        )
        .is_err()
    );
    assert!(
        admin_table(
            &r,
            &TableRequest {
                figure: Figure::Demand,
                reference: year,
                cross: vec![Dimension::Sex],
            }
        )
        .is_err()
    );
}

#[test]
fn demand_supply_gap_fill_rate_and_fees() {
    let ps = worked_placements();
    let jos = vec![
        JobOrderRecord {
            job_order_id: "JO-A2".into(),
            programme_id: "SAWP".into(),
            origin: "MEX".into(),
            destination: "CAN".into(),
            isco08: "9211".into(),
            positions: 4,
            opened: d(2024, 1, 1),
            closed: None,
        },
        JobOrderRecord {
            job_order_id: "JO-B1".into(),
            programme_id: "SAWP".into(),
            origin: "MEX".into(),
            destination: "CAN".into(),
            isco08: "6111".into(),
            positions: 6,
            opened: d(2024, 1, 1),
            closed: Some(d(2024, 3, 1)),
        },
    ];
    let elig = |p: &str| ProgrammeEligibility {
        programme_id: p.into(),
        origin: "MEX".into(),
        destination: "CAN".into(),
        isco08: vec![],
    };
    let workers = vec![
        AvailableWorkerRecord {
            worker_id: "S1".into(),
            sex: Sex::Female,
            birth_date: Some(d(1995, 1, 1)),
            citizenship: "MEX".into(),
            residence: "MEX".into(),
            isco08: vec!["9211".into(), "6111".into()],
            available_from: d(2024, 1, 1),
            available_until: None,
            eligible_programmes: vec![elig("SAWP")],
        },
        AvailableWorkerRecord {
            worker_id: "S2".into(),
            sex: Sex::Male,
            birth_date: None,
            citizenship: "MEX".into(),
            residence: "MEX".into(),
            isco08: vec!["9211".into()],
            available_from: d(2024, 1, 1),
            available_until: Some(d(2024, 2, 1)),
            eligible_programmes: vec![elig("SAWP")],
        },
        AvailableWorkerRecord {
            worker_id: "S3".into(),
            sex: Sex::Male,
            birth_date: None,
            citizenship: "MEX".into(),
            residence: "MEX".into(),
            isco08: vec!["9211".into()],
            available_from: d(2024, 1, 1),
            available_until: None,
            eligible_programmes: vec![],
        },
    ];
    let fees = vec![
        FeePaymentRecord {
            payment_id: "F1".into(),
            placement_id: Some("A2".into()),
            payer: Payer::Worker,
            category: FeeCategory::RecruitmentService,
            amount_minor: 50_000,
            currency: "MXN".into(),
            paid_on: d(2024, 3, 1),
            violation: true,
        },
        FeePaymentRecord {
            payment_id: "F2".into(),
            placement_id: Some("C1".into()),
            payer: Payer::Worker,
            category: FeeCategory::Bribe,
            amount_minor: 20_000,
            currency: "NPR".into(),
            paid_on: d(2024, 1, 15),
            violation: true,
        },
        FeePaymentRecord {
            payment_id: "F3".into(),
            placement_id: Some("B1".into()),
            payer: Payer::Employer,
            category: FeeCategory::TravelAndLodging,
            amount_minor: 90_000,
            currency: "CAD".into(),
            paid_on: d(2024, 2, 1),
            violation: false,
        },
    ];
    let r = AdminRecords {
        dataset: "t",
        version: "1",
        placements: &ps,
        job_orders: &jos,
        available_workers: &workers,
        fee_payments: &fees,
    };
    let on = Reference::Date {
        date: d(2024, 1, 15),
    };
    let occ = Dimension::Occupation(IscoLevel::MajorGroup);
    let demand = admin_table(
        &r,
        &TableRequest {
            figure: Figure::Demand,
            reference: on,
            cross: vec![occ],
        },
    )
    .unwrap();
    assert_eq!(value(&demand, &["9"]), 4.0);
    assert_eq!(value(&demand, &["6"]), 6.0);
    assert_eq!(value(&demand, &["_T"]), 10.0);
    let supply = admin_table(
        &r,
        &TableRequest {
            figure: Figure::Supply,
            reference: on,
            cross: vec![occ],
        },
    )
    .unwrap();
    // S1 and S2 qualify for 9; only S1 for 6; distinct workers in total: 2 (S3 is eligible nowhere).
    assert_eq!(value(&supply, &["9"]), 2.0);
    assert_eq!(value(&supply, &["6"]), 1.0);
    assert_eq!(value(&supply, &["_T"]), 2.0);
    assert!(!supply.metadata.additive);
    let gap = admin_table(
        &r,
        &TableRequest {
            figure: Figure::Gap,
            reference: on,
            cross: vec![occ],
        },
    )
    .unwrap();
    assert_eq!(value(&gap, &["9"]), 2.0);
    assert_eq!(value(&gap, &["6"]), 5.0);
    assert_eq!(value(&gap, &["_T"]), 8.0);
    let year = Reference::Period {
        start: d(2024, 1, 1),
        end: d(2024, 12, 31),
    };
    let fill = admin_table(
        &r,
        &TableRequest {
            figure: Figure::FillRate,
            reference: year,
            cross: vec![occ],
        },
    )
    .unwrap();
    assert_eq!(value(&fill, &["9"]), 0.25);
    assert!((value(&fill, &["6"]) - 1.0 / 6.0).abs() < 1e-12);
    assert_eq!(value(&fill, &["_T"]), 0.2);
    let count = admin_table(
        &r,
        &TableRequest {
            figure: Figure::FeeViolations,
            reference: year,
            cross: vec![Dimension::Corridor],
        },
    )
    .unwrap();
    assert_eq!(value(&count, &["MEX-CAN"]), 1.0);
    assert_eq!(value(&count, &["NPL-KOR"]), 1.0);
    assert_eq!(value(&count, &["_T"]), 2.0);
    let paid = admin_table(
        &r,
        &TableRequest {
            figure: Figure::FeeViolationAmountPaidByWorkers,
            reference: year,
            cross: vec![Dimension::FeeCategory],
        },
    )
    .unwrap();
    // Currency is added and never totalled.
    assert_eq!(paid.dimensions[1].dimension, Dimension::Currency);
    assert!(!paid.dimensions[1].has_total);
    assert_eq!(value(&paid, &["_T", "MXN"]), 50_000.0);
    assert_eq!(value(&paid, &["BRIBE", "NPR"]), 20_000.0);
    assert_eq!(value(&paid, &["BRIBE", "MXN"]), 0.0);
}

/// A worker eligible for a programme through one occupation is supply for
/// that programme in that occupation only, not in their other occupations.
#[test]
fn supply_counts_only_occupations_the_programme_covers() {
    let worker = |id: &str, covered: Vec<String>| AvailableWorkerRecord {
        worker_id: id.into(),
        sex: Sex::Female,
        birth_date: None,
        citizenship: "PHL".into(),
        residence: "PHL".into(),
        isco08: vec!["2221".into(), "6111".into()],
        available_from: d(2024, 1, 1),
        available_until: None,
        eligible_programmes: vec![ProgrammeEligibility {
            programme_id: "NURSES".into(),
            origin: "PHL".into(),
            destination: "DEU".into(),
            isco08: covered,
        }],
    };
    let workers = vec![worker("N1", vec!["2221".into()]), worker("N2", vec![])];
    let r = AdminRecords {
        dataset: "t",
        version: "1",
        placements: &[],
        job_orders: &[],
        available_workers: &workers,
        fee_payments: &[],
    };
    let supply = admin_table(
        &r,
        &TableRequest {
            figure: Figure::Supply,
            reference: Reference::Date {
                date: d(2024, 6, 1),
            },
            cross: vec![Dimension::Occupation(IscoLevel::MajorGroup)],
        },
    )
    .unwrap();
    // N1 counts under 2 only; N2 (no restriction given) under 2 and 6.
    assert_eq!(value(&supply, &["2"]), 2.0);
    assert_eq!(value(&supply, &["6"]), 1.0);
    assert_eq!(value(&supply, &["_T"]), 2.0);
}
