//! Microdata: a hand-built person file, tabulated from CSV and from
//! Parquet, checked against totals and replicate-weight SEs computed
//! independently here, spreadsheet-style, row by row.

use std::fs::File;
use std::io::Write;
use std::sync::Arc;

use corridor_stats::{
    Dimension, Figure, FileFormat, Mapping, ReadOptions, Reference, StatTable, TableRequest,
    UncertaintyBasis, tabulate_microdata,
};
use parquet::data_type::{DoubleType, Int32Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

/// One person: POBP, CIT, YOEP (None = blank), MIG (None = blank), SEX, AGEP, PWGTP.
type Person = (i32, i32, Option<i32>, Option<i32>, i32, i32, i32);

/// Twelve persons. Birthplaces: 6 = California, 36 = New York (native);
/// 303 = Mexico, 233 = Philippines, 72 = Puerto Rico (born outside the 50
/// states and DC, so foreign-born on the country-of-birth basis).
const PEOPLE: [Person; 12] = [
    (6, 1, None, Some(1), 1, 34, 100),
    (36, 1, None, Some(3), 2, 41, 120),
    (303, 5, Some(2021), Some(1), 1, 27, 90),
    (303, 5, Some(2023), Some(2), 2, 26, 110),
    (303, 4, Some(2001), Some(1), 2, 52, 80),
    (233, 4, Some(2010), Some(1), 2, 38, 70),
    (233, 5, Some(2023), Some(2), 1, 29, 60),
    (72, 2, None, Some(3), 1, 45, 50),
    (303, 5, Some(2019), Some(1), 1, 33, 40),
    (6, 1, None, None, 2, 0, 130),
    (233, 5, Some(2022), Some(1), 2, 31, 75),
    (36, 3, None, Some(2), 1, 12, 95),
];

/// Replicate weight r (1..=80) of person i: a fixed, uneven perturbation.
fn rep(i: usize, r: usize, w: i32) -> i32 {
    w + ((i * 7 + r * 3) % 11) as i32 - 5
}

fn write_csv(path: &std::path::Path) {
    let mut f = File::create(path).unwrap();
    let mut header = "SERIALNO,POBP,CIT,YOEP,MIG,SEX,AGEP,PWGTP".to_string();
    for r in 1..=80 {
        header.push_str(&format!(",PWGTP{r}"));
    }
    writeln!(f, "{header}").unwrap();
    for (i, p) in PEOPLE.iter().enumerate() {
        let opt = |x: Option<i32>| x.map(|v| v.to_string()).unwrap_or_default();
        let mut line = format!(
            "2023GQ{i:07},{},{},{},{},{},{},{}",
            p.0,
            p.1,
            opt(p.2),
            opt(p.3),
            p.4,
            p.5,
            p.6
        );
        for r in 1..=80 {
            line.push_str(&format!(",{}", rep(i, r, p.6)));
        }
        writeln!(f, "{line}").unwrap();
    }
}

fn write_parquet(path: &std::path::Path, row_group: usize) {
    write_parquet_with(path, row_group, WriterProperties::builder().build());
}

fn write_parquet_with(path: &std::path::Path, row_group: usize, props: WriterProperties) {
    let mut schema = "message person { REQUIRED INT32 POBP; REQUIRED INT32 CIT; \
                      OPTIONAL INT32 YOEP; OPTIONAL INT32 MIG; REQUIRED INT32 SEX; \
                      REQUIRED INT32 AGEP; REQUIRED DOUBLE PWGTP;"
        .to_string();
    for r in 1..=80 {
        schema.push_str(&format!(" REQUIRED INT32 PWGTP{r};"));
    }
    schema.push('}');
    let schema = Arc::new(parse_message_type(&schema).unwrap());
    let props = Arc::new(props);
    let mut writer = SerializedFileWriter::new(File::create(path).unwrap(), schema, props).unwrap();
    for chunk in PEOPLE
        .iter()
        .enumerate()
        .collect::<Vec<_>>()
        .chunks(row_group)
    {
        let mut rg = writer.next_row_group().unwrap();
        let mut col = 0;
        while let Some(mut c) = rg.next_column().unwrap() {
            match col {
                2 | 3 => {
                    let vals: Vec<Option<i32>> = chunk
                        .iter()
                        .map(|(_, p)| if col == 2 { p.2 } else { p.3 })
                        .collect();
                    let defs: Vec<i16> = vals.iter().map(|v| i16::from(v.is_some())).collect();
                    let present: Vec<i32> = vals.iter().flatten().copied().collect();
                    c.typed::<Int32Type>()
                        .write_batch(&present, Some(&defs), None)
                        .unwrap();
                }
                6 => {
                    let vals: Vec<f64> = chunk.iter().map(|(_, p)| f64::from(p.6)).collect();
                    c.typed::<DoubleType>()
                        .write_batch(&vals, None, None)
                        .unwrap();
                }
                _ => {
                    let vals: Vec<i32> = chunk
                        .iter()
                        .map(|&(i, p)| match col {
                            0 => p.0,
                            1 => p.1,
                            4 => p.4,
                            5 => p.5,
                            r => rep(i, r - 6, p.6),
                        })
                        .collect();
                    c.typed::<Int32Type>()
                        .write_batch(&vals, None, None)
                        .unwrap();
                }
            }
            c.close().unwrap();
            col += 1;
        }
        rg.close().unwrap();
    }
    writer.close().unwrap();
}

/// The spreadsheet: x = Σ w over the persons selected, x_r = Σ w_r,
/// SE = √(4/80 · Σ_r (x_r − x)²).
fn expected(select: impl Fn(&Person) -> bool) -> (f64, f64, u64) {
    let mut x = 0.0;
    let mut xr = [0.0f64; 81];
    let mut n = 0;
    for (i, p) in PEOPLE.iter().enumerate() {
        if select(p) {
            n += 1;
            x += f64::from(p.6);
            for (r, slot) in xr.iter_mut().enumerate().skip(1) {
                *slot += f64::from(rep(i, r, p.6));
            }
        }
    }
    let mut ss = 0.0;
    for v in &xr[1..] {
        ss += (v - x) * (v - x);
    }
    (x, (4.0 / 80.0 * ss).sqrt(), n)
}

fn check(table: &StatTable, codes: &[&str], want: (f64, f64, u64)) {
    let o = &table
        .cell(codes)
        .unwrap_or_else(|| panic!("no cell {codes:?}"))
        .observation;
    let v = o.value.unwrap();
    assert!((v - want.0).abs() < 1e-9, "{codes:?}: {v} != {}", want.0);
    let se = o.uncertainty.standard_error.unwrap();
    assert!(
        (se - want.1).abs() < 1e-9,
        "{codes:?}: SE {se} != {}",
        want.1
    );
    assert!((o.uncertainty.moe90.unwrap() - 1.645 * want.1).abs() < 1e-9);
    assert_eq!(o.unweighted_count, want.2, "{codes:?}");
    if want.0 > 0.0 {
        let cv = want.1 / want.0;
        assert!((o.uncertainty.cv.unwrap() - cv).abs() < 1e-12);
        assert_eq!(o.flags.unreliable, cv > 0.30);
    }
    assert!(o.flags.estimated);
}

fn request(figure: Figure, cross: Vec<Dimension>) -> TableRequest {
    TableRequest {
        figure,
        reference: Reference::Date {
            date: chrono::NaiveDate::from_ymd_opt(2023, 7, 1).unwrap(),
        },
        cross,
    }
}

fn foreign_born(p: &Person) -> bool {
    !(1..=56).contains(&p.0)
}

fn verify(path: &std::path::Path, format: FileFormat, threads: usize) {
    let acs = Mapping::acs_pums(2023);
    let opts = ReadOptions { threads };
    let cross = vec![Dimension::CountryOfBirth, Dimension::Sex];
    let t = tabulate_microdata(
        path,
        format,
        &acs,
        &request(Figure::ForeignBornStock, cross),
        &opts,
    )
    .unwrap();
    // Hand totals: Mexico 90+110+80+40 = 320, Philippines 70+60+75 = 205,
    // Puerto Rico 50; foreign-born total 575.
    assert_eq!(
        t.cell(&["303", "_T"]).unwrap().observation.value,
        Some(320.0)
    );
    assert_eq!(
        t.cell(&["_T", "_T"]).unwrap().observation.value,
        Some(575.0)
    );
    check(&t, &["_T", "_T"], expected(foreign_born));
    check(&t, &["303", "_T"], expected(|p| p.0 == 303));
    check(&t, &["303", "F"], expected(|p| p.0 == 303 && p.4 == 2));
    check(&t, &["233", "M"], expected(|p| p.0 == 233 && p.4 == 1));
    check(&t, &["72", "M"], expected(|p| p.0 == 72 && p.4 == 1));
    check(&t, &["_T", "F"], expected(|p| foreign_born(p) && p.4 == 2));
    assert!(
        t.cell(&["6", "_T"]).is_none(),
        "natives are not in the table"
    );
    assert_eq!(
        t.metadata.uncertainty,
        UncertaintyBasis::ReplicateWeights {
            replicates: 80,
            factor: 0.05
        }
    );
    // Foreign citizens (CIT = 5) by five-year age group.
    let t = tabulate_microdata(
        path,
        format,
        &acs,
        &request(Figure::ForeignCitizenStock, vec![Dimension::AgeGroup]),
        &opts,
    )
    .unwrap();
    check(&t, &["_T"], expected(|p| p.1 == 5));
    check(
        &t,
        &["Y25T29"],
        expected(|p| p.1 == 5 && (25..30).contains(&p.5)),
    );
    check(
        &t,
        &["Y30T34"],
        expected(|p| p.1 == 5 && (30..35).contains(&p.5)),
    );
    assert_eq!(t.cell(&["Y25T29"]).unwrap().observation.value, Some(260.0));
    // Residence abroad one year ago (MIG = 2), whatever the birthplace.
    let t = tabulate_microdata(
        path,
        format,
        &acs,
        &request(Figure::ResidedAbroad { years_ago: 1 }, vec![]),
        &opts,
    )
    .unwrap();
    check(&t, &[], expected(|p| p.3 == Some(2)));
    assert_eq!(t.cells[0].observation.value, Some(265.0));
    // Arrived in 2022 or later (year of entry ≥ 2023 − 1).
    let t = tabulate_microdata(
        path,
        format,
        &acs,
        &request(
            Figure::RecentArrivals { within_years: 1 },
            vec![Dimension::Sex],
        ),
        &opts,
    )
    .unwrap();
    check(&t, &["_T"], expected(|p| p.2.is_some_and(|y| y >= 2022)));
    check(
        &t,
        &["F"],
        expected(|p| p.2.is_some_and(|y| y >= 2022) && p.4 == 2),
    );
}

#[test]
fn worked_example_from_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("persons.csv");
    write_csv(&path);
    verify(&path, FileFormat::Csv, 1);
    verify(&path, FileFormat::Csv, 2);
}

#[test]
fn worked_example_from_parquet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("persons.parquet");
    write_parquet(&path, 5);
    verify(&path, FileFormat::Parquet, 1);
    verify(&path, FileFormat::Parquet, 2);
}

#[test]
fn large_csv_split_between_threads_matches_one_thread() {
    // Over 1 MiB so the reader really splits it at line ends.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut f = std::io::BufWriter::new(File::create(&path).unwrap());
    writeln!(f, "POBP,SEX,AGEP,PWGTP").unwrap();
    for i in 0..60_000u64 {
        let pobp = [6, 303, 233, 36, 210][(i % 5) as usize];
        writeln!(f, "{pobp},{},{},{}", 1 + i % 2, i % 90, 1 + i % 37).unwrap();
    }
    drop(f);
    let mut mapping = Mapping::acs_pums(2023);
    mapping.columns.replicate_weights.clear();
    let req = request(
        Figure::ForeignBornStock,
        vec![Dimension::CountryOfBirth, Dimension::Sex],
    );
    let one = tabulate_microdata(
        &path,
        FileFormat::Csv,
        &mapping,
        &req,
        &ReadOptions { threads: 1 },
    )
    .unwrap();
    let two = tabulate_microdata(
        &path,
        FileFormat::Csv,
        &mapping,
        &req,
        &ReadOptions { threads: 2 },
    )
    .unwrap();
    assert_eq!(one, two);
    assert_eq!(
        one.cell(&["_T", "_T"])
            .unwrap()
            .observation
            .unweighted_count,
        36_000
    );
    // No replicate weights: the table says so and no figure has an SE.
    assert_eq!(one.metadata.uncertainty, UncertaintyBasis::NotAvailable);
    assert!(
        one.cells
            .iter()
            .all(|c| c.observation.uncertainty.standard_error.is_none())
    );
}

#[test]
fn ipums_preset_and_mapping_files() {
    let m = Mapping::ipums_international(2010, 23050);
    assert_eq!(m.columns.weight, "PERWT");
    assert!(m.columns.replicate_weights.is_empty());
    assert!(m.codes.residence_abroad.contains(3) && m.codes.residence_abroad.contains(30));
    // A preset round-trips through its JSON mapping file.
    let back = Mapping::from_json(&m.to_json()).unwrap();
    assert_eq!(back, m);
    // A missing column is a clear error, not a panic.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.csv");
    std::fs::write(&path, "BPLCOUNTRY,SEX,AGE\n23050,1,30\n").unwrap();
    let err = tabulate_microdata(
        &path,
        FileFormat::Csv,
        &m,
        &request(Figure::ForeignBornStock, vec![]),
        &ReadOptions::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("PERWT"), "{err}");
}

/// The same answers whatever layout the file was written in: dictionary
/// or plain values, data pages v1 or v2, pages of a few rows (the direct
/// decoder reads all of these; anything else falls back to the generic
/// reader).
#[test]
fn worked_example_from_parquet_in_every_layout() {
    use parquet::file::properties::WriterVersion;
    let dir = tempfile::tempdir().unwrap();
    let layouts = [
        (
            "plain",
            WriterProperties::builder()
                .set_dictionary_enabled(false)
                .build(),
        ),
        (
            "v2",
            WriterProperties::builder()
                .set_writer_version(WriterVersion::PARQUET_2_0)
                .build(),
        ),
        (
            "small-pages",
            WriterProperties::builder()
                .set_data_page_row_count_limit(2)
                .set_write_batch_size(2)
                .build(),
        ),
        (
            "small-pages-v2-plain",
            WriterProperties::builder()
                .set_writer_version(WriterVersion::PARQUET_2_0)
                .set_dictionary_enabled(false)
                .set_data_page_row_count_limit(3)
                .set_write_batch_size(3)
                .build(),
        ),
    ];
    for (name, props) in layouts {
        let path = dir.path().join(format!("persons-{name}.parquet"));
        write_parquet_with(&path, 7, props);
        verify(&path, FileFormat::Parquet, 2);
    }
}
