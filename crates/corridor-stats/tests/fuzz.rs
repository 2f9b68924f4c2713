//! Fuzzing of the microdata readers and mapping files: every file a
//! statistician hands to `corridor stats microdata` comes from outside, so
//! a damaged or hostile person file or mapping must end in a
//! [`StatsError`](corridor_stats::StatsError), never a panic.
//!
//! Valid CSV and Parquet files (Parquet in each layout the fast decoder
//! reads: dictionary or plain, data pages v1 or v2, small pages) are
//! mutated byte by byte (flips, overwrites, insertions, deletions,
//! truncation) and structurally (CSV: fields replaced by hostile values,
//! columns dropped, rows of the wrong length; mapping: values of the wrong
//! type, extreme codes, inverted ranges), then tabulated on one and two
//! threads with a random figure and crossing.
//!
//! Case counts are sized for CI (the whole file runs in a few seconds);
//! `PROPTEST_CASES` raises them for the long run (`scripts/fuzz-long`).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use corridor_stats::{
    Dimension, Figure, FileFormat, Mapping, ReadOptions, Reference, TableRequest,
    tabulate_microdata,
};
use parquet::data_type::{DoubleType, Int32Type};
use parquet::file::properties::{WriterProperties, WriterVersion};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

/// Cases per property: `PROPTEST_CASES` when set (the long run), else
/// `default` (sized for CI).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn config(default: u32) -> Config {
    Config {
        cases: cases(default),
        failure_persistence: None,
        ..Config::default()
    }
}

const REPLICATES: usize = 4;

/// One person: POBP, CIT, YOEP, MIG, SEX, AGEP, PWGTP.
type Person = (i32, i32, Option<i32>, Option<i32>, i32, i32, i32);

const PEOPLE: [Person; 8] = [
    (6, 1, None, Some(1), 1, 34, 100),
    (303, 5, Some(2021), Some(1), 1, 27, 90),
    (303, 5, Some(2023), Some(2), 2, 26, 110),
    (233, 4, Some(2010), Some(1), 2, 38, 70),
    (72, 2, None, Some(3), 1, 45, 50),
    (6, 1, None, None, 2, 0, 130),
    (233, 5, Some(2022), Some(1), 2, 31, 75),
    (36, 3, None, Some(2), 1, 12, 95),
];

/// The ACS preset with four replicate weights (the files stay small).
fn mapping() -> Mapping {
    let mut m = Mapping::acs_pums(2023);
    m.columns.replicate_weights = (1..=REPLICATES).map(|r| format!("PWGTP{r}")).collect();
    m
}

fn csv_text() -> String {
    let mut s = "SERIALNO,POBP,CIT,YOEP,MIG,SEX,AGEP,PWGTP".to_string();
    for r in 1..=REPLICATES {
        s.push_str(&format!(",PWGTP{r}"));
    }
    s.push('\n');
    for (i, p) in PEOPLE.iter().enumerate() {
        let opt = |x: Option<i32>| x.map(|v| v.to_string()).unwrap_or_default();
        s.push_str(&format!(
            "2023GQ{i:07},{},{},{},{},{},{},{}",
            p.0,
            p.1,
            opt(p.2),
            opt(p.3),
            p.4,
            p.5,
            p.6
        ));
        for r in 1..=REPLICATES {
            s.push_str(&format!(",{}", p.6 + r as i32));
        }
        s.push('\n');
    }
    s
}

/// A valid Parquet person file in one of the layouts, as bytes.
fn parquet_bytes(layout: u8, row_group: usize) -> Vec<u8> {
    let props = match layout % 4 {
        0 => WriterProperties::builder().build(),
        1 => WriterProperties::builder()
            .set_dictionary_enabled(false)
            .build(),
        2 => WriterProperties::builder()
            .set_writer_version(WriterVersion::PARQUET_2_0)
            .build(),
        _ => WriterProperties::builder()
            .set_data_page_row_count_limit(2)
            .set_write_batch_size(2)
            .build(),
    };
    let mut schema = "message person { REQUIRED INT32 POBP; REQUIRED INT32 CIT; \
                      OPTIONAL INT32 YOEP; OPTIONAL INT32 MIG; REQUIRED INT32 SEX; \
                      REQUIRED INT32 AGEP; REQUIRED DOUBLE PWGTP;"
        .to_string();
    for r in 1..=REPLICATES {
        schema.push_str(&format!(" REQUIRED INT32 PWGTP{r};"));
    }
    schema.push('}');
    let schema = Arc::new(parse_message_type(&schema).unwrap());
    let mut out = Vec::new();
    let mut writer = SerializedFileWriter::new(&mut out, schema, Arc::new(props)).unwrap();
    for chunk in PEOPLE.chunks(row_group.max(1)) {
        let mut rg = writer.next_row_group().unwrap();
        let mut col = 0;
        while let Some(mut c) = rg.next_column().unwrap() {
            match col {
                2 | 3 => {
                    let vals: Vec<Option<i32>> = chunk
                        .iter()
                        .map(|p| if col == 2 { p.2 } else { p.3 })
                        .collect();
                    let defs: Vec<i16> = vals.iter().map(|v| i16::from(v.is_some())).collect();
                    let present: Vec<i32> = vals.iter().flatten().copied().collect();
                    c.typed::<Int32Type>()
                        .write_batch(&present, Some(&defs), None)
                        .unwrap();
                }
                6 => {
                    let vals: Vec<f64> = chunk.iter().map(|p| f64::from(p.6)).collect();
                    c.typed::<DoubleType>()
                        .write_batch(&vals, None, None)
                        .unwrap();
                }
                _ => {
                    let vals: Vec<i32> = chunk
                        .iter()
                        .map(|p| match col {
                            0 => p.0,
                            1 => p.1,
                            4 => p.4,
                            5 => p.5,
                            r => p.6 + (r - 6),
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
    out
}

/// One byte-wise mutation: (kind, position seed, byte).
type ByteEdit = (u8, usize, u8);

fn apply_bytes(data: &mut Vec<u8>, edits: &[ByteEdit]) {
    for &(kind, at, byte) in edits {
        let len = data.len();
        match kind % 6 {
            0 | 1 if len > 0 => data[at % len] = byte,
            2 if len > 0 => data[at % len] ^= 1 << (byte % 8),
            3 => data.insert(at % (len + 1), byte),
            4 if len > 0 => {
                data.remove(at % len);
            }
            5 => data.truncate(at % (len + 1)),
            _ => {}
        }
    }
}

fn byte_edits(max: usize) -> impl Strategy<Value = Vec<ByteEdit>> {
    prop::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..max)
}

/// Values a hostile or broken extract puts in a field.
fn hostile_field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-".to_string()),
        Just("+".to_string()),
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("-inf".to_string()),
        Just("1e400".to_string()),
        Just("-1e400".to_string()),
        Just("9223372036854775807".to_string()),
        Just("-9223372036854775808".to_string()),
        Just("99999999999999999999999".to_string()),
        Just("4294967295".to_string()),
        Just("-1".to_string()),
        Just("12.5".to_string()),
        Just("\"quoted, with comma\"".to_string()),
        Just("\"unterminated".to_string()),
        Just("\u{feff}303".to_string()),
        Just(" 303 ".to_string()),
        "[0-9]{1,25}",
        "-?[0-9]{1,10}\\.[0-9]{0,5}",
        any::<String>(),
    ]
}

/// A structural edit of the CSV grid: (kind, row, column, value).
type CsvEdit = (u8, usize, usize, String);

fn apply_csv(text: &str, edits: &[CsvEdit]) -> String {
    let mut rows: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    for (kind, row, col, value) in edits {
        let nrows = rows.len();
        if nrows == 0 {
            break;
        }
        let r = row % nrows;
        let ncols = rows[r].len().max(1);
        let c = col % ncols;
        match kind % 7 {
            // A data field replaced.
            0..=2 if r > 0 && !rows[r].is_empty() => rows[r][c] = value.clone(),
            // A header name replaced (a column renamed or duplicated).
            3 if !rows[0].is_empty() => {
                let c = col % rows[0].len();
                rows[0][c] = value.clone();
            }
            // A column dropped from one row only (a short row).
            4 if !rows[r].is_empty() => {
                rows[r].remove(c);
            }
            // An extra field.
            5 => rows[r].push(value.clone()),
            // A row duplicated or removed.
            6 => {
                if r.is_multiple_of(2) {
                    let copy = rows[r].clone();
                    rows.insert(r, copy);
                } else {
                    rows.remove(r);
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    for row in rows {
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn figures() -> impl Strategy<Value = Figure> {
    prop_oneof![
        Just(Figure::ForeignBornStock),
        Just(Figure::ForeignCitizenStock),
        (0u8..40).prop_map(|within_years| Figure::RecentArrivals { within_years }),
        Just(Figure::ResidedAbroad { years_ago: 1 }),
        Just(Figure::ResidedAbroad { years_ago: 5 }),
        // Not a microdata figure: an error, not a panic.
        Just(Figure::StockAbroad),
    ]
}

fn crossings() -> impl Strategy<Value = Vec<Dimension>> {
    prop::sample::subsequence(
        vec![
            Dimension::CountryOfBirth,
            Dimension::Sex,
            Dimension::AgeGroup,
            Dimension::Geography,
            Dimension::Corridor,
        ],
        0..=5,
    )
    .prop_shuffle()
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

/// Tabulates `bytes` as a person file: any answer but a panic passes.
fn tabulate(
    dir: &Path,
    bytes: &[u8],
    format: FileFormat,
    mapping: &Mapping,
    figure: Figure,
    cross: &[Dimension],
    threads: usize,
) -> Result<(), TestCaseError> {
    let path: PathBuf = dir.join(match format {
        FileFormat::Csv => "case.csv",
        FileFormat::Parquet => "case.parquet",
    });
    File::create(&path).unwrap().write_all(bytes).unwrap();
    let _ = tabulate_microdata(
        &path,
        format,
        mapping,
        &request(figure, cross.to_vec()),
        &ReadOptions { threads },
    );
    Ok(())
}

#[test]
fn the_valid_files_are_read() {
    // The fuzzers start from files the readers accept: check they do.
    let dir = tempfile::tempdir().unwrap();
    let m = mapping();
    let req = request(Figure::ForeignBornStock, vec![Dimension::Sex]);
    let csv = dir.path().join("p.csv");
    std::fs::write(&csv, csv_text()).unwrap();
    let t =
        tabulate_microdata(&csv, FileFormat::Csv, &m, &req, &ReadOptions { threads: 2 }).unwrap();
    // Foreign-born (POBP outside 1–56): 90 + 110 + 70 + 50 + 75.
    assert_eq!(t.cell(&["_T"]).unwrap().observation.value, Some(395.0));
    for layout in 0..4 {
        let pq = dir.path().join(format!("p{layout}.parquet"));
        std::fs::write(&pq, parquet_bytes(layout, 3)).unwrap();
        let t = tabulate_microdata(&pq, FileFormat::Parquet, &m, &req, &ReadOptions::default())
            .unwrap();
        assert_eq!(t.cell(&["_T"]).unwrap().observation.value, Some(395.0));
    }
}

#[test]
fn csv_files_mutated_byte_by_byte() {
    let dir = tempfile::tempdir().unwrap();
    let base = csv_text().into_bytes();
    let m = mapping();
    TestRunner::new(config(300))
        .run(
            &(byte_edits(24), figures(), crossings(), 1usize..=2),
            |(edits, figure, cross, threads)| {
                let mut bytes = base.clone();
                apply_bytes(&mut bytes, &edits);
                tabulate(
                    dir.path(),
                    &bytes,
                    FileFormat::Csv,
                    &m,
                    figure,
                    &cross,
                    threads,
                )
            },
        )
        .unwrap();
}

#[test]
fn csv_files_mutated_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let base = csv_text();
    let m = mapping();
    let edit = (any::<u8>(), any::<usize>(), any::<usize>(), hostile_field());
    TestRunner::new(config(300))
        .run(
            &(
                prop::collection::vec(edit, 1..12),
                figures(),
                crossings(),
                1usize..=2,
            ),
            |(edits, figure, cross, threads)| {
                let text = apply_csv(&base, &edits);
                tabulate(
                    dir.path(),
                    text.as_bytes(),
                    FileFormat::Csv,
                    &m,
                    figure,
                    &cross,
                    threads,
                )
            },
        )
        .unwrap();
}

#[test]
fn arbitrary_bytes_as_person_files() {
    let dir = tempfile::tempdir().unwrap();
    let m = mapping();
    TestRunner::new(config(200))
        .run(
            &(
                prop::collection::vec(any::<u8>(), 0..2048),
                any::<bool>(),
                figures(),
                crossings(),
            ),
            |(bytes, parquet, figure, cross)| {
                let format = if parquet {
                    FileFormat::Parquet
                } else {
                    FileFormat::Csv
                };
                tabulate(dir.path(), &bytes, format, &m, figure, &cross, 2)
            },
        )
        .unwrap();
}

#[test]
fn parquet_files_mutated_byte_by_byte() {
    let dir = tempfile::tempdir().unwrap();
    let bases: Vec<Vec<u8>> = (0..4)
        .flat_map(|layout| [parquet_bytes(layout, 3), parquet_bytes(layout, 8)])
        .collect();
    let m = mapping();
    TestRunner::new(config(600))
        .run(
            &(
                0..bases.len(),
                byte_edits(8),
                figures(),
                crossings(),
                1usize..=2,
            ),
            |(base, edits, figure, cross, threads)| {
                let mut bytes = bases[base].clone();
                apply_bytes(&mut bytes, &edits);
                tabulate(
                    dir.path(),
                    &bytes,
                    FileFormat::Parquet,
                    &m,
                    figure,
                    &cross,
                    threads,
                )
            },
        )
        .unwrap();
}

/// The Parquet body (column chunks) is mutated and the footer kept, so the
/// file opens and the damage reaches the page decoders; or the footer's
/// length field is rewritten.
#[test]
fn parquet_files_mutated_inside_their_pages() {
    let dir = tempfile::tempdir().unwrap();
    let bases: Vec<Vec<u8>> = (0..4).map(|layout| parquet_bytes(layout, 4)).collect();
    let m = mapping();
    TestRunner::new(config(600))
        .run(
            &(
                0..bases.len(),
                prop::collection::vec((any::<usize>(), any::<u8>()), 1..6),
                any::<Option<u32>>(),
                figures(),
                crossings(),
            ),
            |(base, edits, footer_len, figure, cross)| {
                let mut bytes = bases[base].clone();
                let len = bytes.len();
                let footer = u32::from_le_bytes(bytes[len - 8..len - 4].try_into().unwrap());
                let body_end = len - 8 - footer as usize;
                for (at, byte) in edits {
                    // Between the leading magic and the footer.
                    let i = 4 + at % (body_end - 4);
                    bytes[i] = byte;
                }
                if let Some(f) = footer_len {
                    bytes[len - 8..len - 4].copy_from_slice(&f.to_le_bytes());
                }
                tabulate(
                    dir.path(),
                    &bytes,
                    FileFormat::Parquet,
                    &m,
                    figure,
                    &cross,
                    2,
                )
            },
        )
        .unwrap();
}

/// JSON values of every kind, including the extremes of numbers.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(i64::MAX)),
        Just(Value::from(i64::MIN)),
        Just(Value::from(u64::MAX)),
        any::<f64>().prop_map(Value::from),
        Just(serde_json::json!(1e308)),
        Just(serde_json::json!(-0.0)),
        ".{0,20}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A structural edit of a JSON document, applied along a path of seeds.
#[derive(Debug, Clone)]
enum JsonEdit {
    /// Replace the value at the path.
    Replace(Vec<usize>, Value),
    /// Remove the member or element at the path.
    Remove(Vec<usize>),
    /// Add a member with an unknown name at the path's object.
    Insert(Vec<usize>, String, Value),
}

fn json_edits() -> impl Strategy<Value = Vec<JsonEdit>> {
    let path = prop::collection::vec(any::<usize>(), 0..5);
    let edit = prop_oneof![
        4 => (path.clone(), json_value()).prop_map(|(p, v)| JsonEdit::Replace(p, v)),
        2 => path.clone().prop_map(JsonEdit::Remove),
        1 => (path, "[a-z_]{1,12}", json_value()).prop_map(|(p, k, v)| JsonEdit::Insert(p, k, v)),
    ];
    prop::collection::vec(edit, 1..5)
}

/// The value a path of seeds leads to: each seed picks a child, and the
/// walk stops at a leaf or the path's end.
fn walk<'a>(mut v: &'a mut Value, path: &[usize]) -> (&'a mut Value, Option<usize>) {
    for (depth, &seed) in path.iter().enumerate() {
        let last = depth + 1 == path.len();
        let n = match v {
            Value::Array(a) => a.len(),
            Value::Object(o) => o.len(),
            _ => 0,
        };
        if n == 0 {
            break;
        }
        if last {
            return (v, Some(seed % n));
        }
        v = match v {
            Value::Array(a) => &mut a[seed % n],
            Value::Object(o) => o.values_mut().nth(seed % n).unwrap(),
            _ => unreachable!(),
        };
    }
    (v, None)
}

fn apply_json(doc: &mut Value, edits: &[JsonEdit]) {
    for edit in edits {
        match edit {
            JsonEdit::Replace(path, new) => {
                let (parent, child) = walk(doc, path);
                match (parent, child) {
                    (Value::Array(a), Some(i)) => a[i] = new.clone(),
                    (Value::Object(o), Some(i)) => {
                        *o.values_mut().nth(i).unwrap() = new.clone();
                    }
                    (v, _) => *v = new.clone(),
                }
            }
            JsonEdit::Remove(path) => match walk(doc, path) {
                (Value::Array(a), Some(i)) => {
                    a.remove(i);
                }
                (Value::Object(o), Some(i)) => {
                    let key = o.keys().nth(i).unwrap().clone();
                    o.remove(&key);
                }
                _ => {}
            },
            JsonEdit::Insert(path, key, new) => {
                if let (Value::Object(o), _) = walk(doc, path) {
                    o.insert(key.clone(), new.clone());
                }
            }
        }
    }
}

#[test]
fn mapping_files_of_arbitrary_text() {
    TestRunner::new(config(500))
        .run(&any::<String>(), |text| {
            let _ = Mapping::from_json(&text);
            Ok(())
        })
        .unwrap();
}

/// Valid mapping files (both presets) mutated structurally, then used to
/// tabulate the valid person files.
#[test]
fn mapping_files_mutated_structurally() {
    let dir = tempfile::tempdir().unwrap();
    let csv = csv_text().into_bytes();
    let pq = parquet_bytes(0, 3);
    let presets: Vec<Value> = [mapping(), Mapping::ipums_international(2020, 484)]
        .iter()
        .map(|m| serde_json::from_str(&m.to_json()).unwrap())
        .collect();
    TestRunner::new(config(400))
        .run(
            &(
                0..presets.len(),
                json_edits(),
                figures(),
                crossings(),
                any::<bool>(),
            ),
            |(preset, edits, figure, cross, parquet)| {
                let mut doc = presets[preset].clone();
                apply_json(&mut doc, &edits);
                let Ok(m) = Mapping::from_json(&doc.to_string()) else {
                    return Ok(());
                };
                // A mapping that parses is also written back out.
                let _ = m.to_json();
                if parquet {
                    tabulate(dir.path(), &pq, FileFormat::Parquet, &m, figure, &cross, 2)
                } else {
                    tabulate(dir.path(), &csv, FileFormat::Csv, &m, figure, &cross, 2)
                }
            },
        )
        .unwrap();
}

/// Regression (found by `parquet_files_mutated_byte_by_byte`): one byte
/// changed in the dictionary page's header of a column made the `parquet`
/// crate's generic reader panic ("Decoder for dict should have been set"),
/// which ended the whole process. The file is now refused with an error.
#[test]
fn a_damaged_dictionary_page_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = parquet_bytes(0, 8);
    apply_bytes(&mut bytes, &[(42, 13915815640518064275, 212)]);
    let path = dir.path().join("damaged.parquet");
    std::fs::write(&path, &bytes).unwrap();
    for threads in [1, 2] {
        let result = tabulate_microdata(
            &path,
            FileFormat::Parquet,
            &mapping(),
            &request(Figure::ForeignBornStock, vec![Dimension::AgeGroup]),
            &ReadOptions { threads },
        );
        let err = result.expect_err("a damaged file is refused");
        assert!(err.to_string().contains("Parquet"), "{err}");
    }
}
