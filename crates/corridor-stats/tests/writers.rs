//! Writers: snapshots of CSV, JSON and SDMX-CSV of one protected table.

use chrono::NaiveDate;
use corridor_stats::{
    AdminRecords, Dimension, DisclosurePolicy, Figure, PlacementRecord, PlacementStatus, Reference,
    Sex, StatusEvent, TableRequest, admin_table, chart_from_table, protect, time_series_svg,
    to_csv, to_json, to_sdmx_csv,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn placements() -> Vec<PlacementRecord> {
    // 14 MEX→CAN departures (11 women, 3 men) and 12 NPL→KOR (all men) in 2024.
    let mut out = Vec::new();
    let mut add = |i: usize, origin: &str, dest: &str, sex: Sex, month: u32| {
        out.push(PlacementRecord {
            placement_id: format!("P{i}"),
            worker_id: format!("W{i}"),
            worker_sex: sex,
            worker_birth_date: Some(d(1990, 1, 1)),
            origin: origin.into(),
            destination: dest.into(),
            programme_id: format!("{origin}-{dest}").into(),
            programme_name: "programme <one>".into(),
            isco08: "9211".into(),
            job_order_id: "JO".into(),
            job_order_opened: d(2024, 1, 1),
            contract_months: Some(8),
            events: vec![StatusEvent {
                status: PlacementStatus::Departed,
                date: d(2024, month, 15),
            }],
        });
    };
    for i in 0..11 {
        add(i, "MEX", "CAN", Sex::Female, 1 + (i % 2) as u32 * 3);
    }
    for i in 11..14 {
        add(i, "MEX", "CAN", Sex::Male, 4);
    }
    for i in 14..26 {
        add(i, "NPL", "KOR", Sex::Male, 1 + (i % 2) as u32 * 3);
    }
    out
}

fn protected(cross: Vec<Dimension>) -> corridor_stats::ProtectedTable {
    let ps = placements();
    let records = AdminRecords {
        dataset: "Corridor demo records",
        version: "2025-01-01",
        placements: &ps,
        job_orders: &[],
        available_workers: &[],
        fee_payments: &[],
    };
    let table = admin_table(
        &records,
        &TableRequest {
            figure: Figure::Departures,
            reference: Reference::Period {
                start: d(2024, 1, 1),
                end: d(2024, 12, 31),
            },
            cross,
        },
    )
    .unwrap();
    protect(table, DisclosurePolicy::default())
}

#[test]
fn csv_json_and_sdmx_snapshots() {
    let t = protected(vec![Dimension::Corridor, Dimension::Sex]);
    // MEX-CAN × M is 3: withheld, with partners so it cannot be recovered.
    let cell = t.table().cell(&["MEX-CAN", "M"]).unwrap();
    assert!(cell.observation.flags.suppressed && cell.observation.value.is_none());
    let csv = to_csv(&t);
    let sdmx = to_sdmx_csv(&t);
    assert!(sdmx.starts_with(
        "STRUCTURE,STRUCTURE_ID,ACTION,CORRIDOR,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS"
    ));
    assert!(
        sdmx.contains("dataflow,CORRIDOR:DF_DEPARTURES(1.0),I,MEX-CAN,M,2024-01-01/P366D,,Q,A,")
    );
    insta::assert_snapshot!("departures_csv", csv);
    insta::assert_snapshot!("departures_sdmx_csv", sdmx);
    insta::assert_snapshot!("departures_json", to_json(&t));
}

#[test]
fn chart_from_a_protected_series() {
    let t = protected(vec![
        Dimension::Period(corridor_stats::Granularity::Quarter),
        Dimension::Corridor,
    ]);
    let chart = chart_from_table(&t, 0, Some(1));
    assert_eq!(chart.series.len(), 2);
    assert_eq!(chart.series[0].points.len(), 4);
    assert!(chart.source_note.contains("Corridor demo records"));
    let svg = time_series_svg(&chart);
    assert!(svg.contains("MEX-CAN") && svg.contains("withheld"));
    insta::assert_snapshot!("departures_chart_svg", svg);
}
