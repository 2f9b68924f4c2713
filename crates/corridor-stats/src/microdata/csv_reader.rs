//! Streaming, two-threaded CSV person-file reader.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::{Accumulator, Plan, parse_code, parse_weight};
use crate::error::StatsError;

/// Read the header line; returns column names and the header's length in bytes.
fn header(path: &Path) -> Result<(Vec<String>, u64), StatsError> {
    let mut reader = BufReader::new(File::open(path)?);
    let mut line = Vec::new();
    let n = reader.read_until(b'\n', &mut line)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&line[..]);
    let mut rec = csv::StringRecord::new();
    rdr.read_record(&mut rec)?;
    let names = rec
        .iter()
        .map(|s| s.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    Ok((names, n as u64))
}

fn column_index(names: &[String], wanted: &str) -> Result<usize, StatsError> {
    names
        .iter()
        .position(|n| n.eq_ignore_ascii_case(wanted))
        .ok_or_else(|| StatsError::Column(format!("column {wanted} not in the CSV header")))
}

pub(super) fn accumulate(
    path: &Path,
    plan: &Plan,
    threads: usize,
) -> Result<Vec<Accumulator>, StatsError> {
    let (names, header_len) = header(path)?;
    let key_idx: Vec<usize> = plan
        .key_columns
        .iter()
        .map(|c| column_index(&names, c))
        .collect::<Result<_, _>>()?;
    let weight_idx: Vec<usize> = plan
        .weight_columns
        .iter()
        .map(|c| column_index(&names, c))
        .collect::<Result<_, _>>()?;
    let len = std::fs::metadata(path)?.len();
    let body = len.saturating_sub(header_len);
    let threads = if body < (1 << 20) { 1 } else { threads };
    let bounds: Vec<(u64, u64)> = (0..threads as u64)
        .map(|t| {
            (
                header_len + body * t / threads as u64,
                header_len + body * (t + 1) / threads as u64,
            )
        })
        .collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = bounds
            .iter()
            .map(|&(start, end)| {
                let (key_idx, weight_idx) = (&key_idx, &weight_idx);
                s.spawn(move || read_range(path, plan, key_idx, weight_idx, start, end, header_len))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(StatsError::Column(
                        "the CSV reader stopped on this file".into(),
                    ))
                })
            })
            .collect()
    })
}

/// Read the records that start in `[start, end)`.
fn read_range(
    path: &Path,
    plan: &Plan,
    key_idx: &[usize],
    weight_idx: &[usize],
    start: u64,
    end: u64,
    header_len: u64,
) -> Result<Accumulator, StatsError> {
    let mut file = File::open(path)?;
    let mut offset = start;
    if start > header_len {
        // Land on the first line start at or after `start`.
        file.seek(SeekFrom::Start(start - 1))?;
        let mut skip = BufReader::new(&mut file);
        let mut junk = Vec::new();
        let n = skip.read_until(b'\n', &mut junk)?;
        offset = start - 1 + n as u64;
    }
    file.seek(SeekFrom::Start(offset))?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(BufReader::with_capacity(1 << 16, file.take(u64::MAX)));
    let mut acc = Accumulator::new(weight_idx.len());
    let mut rec = csv::ByteRecord::new();
    let mut vals = vec![0i64; key_idx.len()];
    let bad = |column: &str, at: u64, value: &[u8]| StatsError::BadValue {
        column: column.to_string(),
        location: format!("byte {at}"),
        value: String::from_utf8_lossy(value).into_owned(),
    };
    loop {
        let at = offset + rdr.position().byte();
        if at >= end {
            break;
        }
        if !rdr.read_byte_record(&mut rec)? {
            break;
        }
        if rec.len() == 1 && rec[0].is_empty() {
            continue;
        }
        for (v, (&i, name)) in vals.iter_mut().zip(key_idx.iter().zip(&plan.key_columns)) {
            let field = rec.get(i).unwrap_or(b"");
            *v = parse_code(field).ok_or_else(|| bad(name, at, field))?;
        }
        let Some(key) = plan.key(&vals) else { continue };
        let cell = acc.cell(key) as usize;
        acc.counts[cell] += 1;
        for (j, (&i, name)) in weight_idx.iter().zip(&plan.weight_columns).enumerate() {
            let field = rec.get(i).unwrap_or(b"");
            let w = parse_weight(field).ok_or_else(|| bad(name, at, field))?;
            acc.sums[j][cell] += w;
        }
    }
    Ok(acc)
}
