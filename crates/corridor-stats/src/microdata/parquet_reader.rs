//! Streaming, multi-threaded Parquet person-file reader: row groups are
//! shared out between threads; each thread decodes one column chunk of one
//! row group at a time with the low-level column readers.
//!
//! The file's footer (the metadata of every row group and column chunk) is
//! decoded once and shared by the threads. It is the only part of the
//! reader's memory that grows with the file (about 35 KiB per row group of
//! 84 columns); everything else is sized by one row group and the table.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use parquet::column::reader::ColumnReader;
use parquet::file::metadata::ParquetMetaDataReader;
use parquet::file::properties::ReaderProperties;
use parquet::file::reader::RowGroupReader;
use parquet::file::serialized_reader::SerializedRowGroupReader;

use super::parquet_fast::{self, Column, Scratch};
use super::{Accumulator, EXCLUDED, MISSING, Plan};
use crate::error::StatsError;

/// Records asked of the column reader per call (bounded so the decoder's
/// output buffer is not resized to a whole row group on every page).
const BATCH: usize = 8192;

/// Reusable decode buffers of one thread.
#[derive(Default)]
struct Buffers {
    defs: Vec<i16>,
    i32s: Vec<i32>,
    i64s: Vec<i64>,
    f32s: Vec<f32>,
    f64s: Vec<f64>,
    fast: Scratch,
}

pub(super) fn accumulate(
    path: &Path,
    plan: &Plan,
    threads: usize,
) -> Result<Vec<Accumulator>, StatsError> {
    let file = File::open(path)?;
    let metadata = guarded(|| {
        ParquetMetaDataReader::new()
            .parse_and_finish(&file)
            .map_err(StatsError::from)
    })?;
    let props = Arc::new(ReaderProperties::builder().build());
    let schema = metadata.file_metadata().schema_descr_ptr();
    let find = |name: &str| -> Result<usize, StatsError> {
        schema
            .columns()
            .iter()
            .position(|c| c.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| StatsError::Column(format!("column {name} not in the Parquet schema")))
    };
    let key_cols: Vec<usize> = plan
        .key_columns
        .iter()
        .map(|c| find(c))
        .collect::<Result<_, _>>()?;
    let weight_cols: Vec<usize> = plan
        .weight_columns
        .iter()
        .map(|c| find(c))
        .collect::<Result<_, _>>()?;
    let groups = metadata.num_row_groups();
    let next = AtomicUsize::new(0);
    let threads = threads.min(groups.max(1));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let (next, key_cols, weight_cols) = (&next, &key_cols, &weight_cols);
                let (metadata, props) = (&metadata, &props);
                s.spawn(move || {
                    guarded(|| -> Result<Accumulator, StatsError> {
                        let file = Arc::new(File::open(path)?);
                        let mut acc = Accumulator::new(weight_cols.len());
                        let mut buf = Buffers::default();
                        let mut keys: Vec<Vec<i64>> = vec![Vec::new(); key_cols.len()];
                        let mut cells: Vec<u32> = Vec::new();
                        let mut values: Vec<f64> = Vec::new();
                        let mut row_vals = vec![0i64; key_cols.len()];
                        loop {
                            let g = next.fetch_add(1, Ordering::Relaxed);
                            if g >= groups {
                                break;
                            }
                            let rg = SerializedRowGroupReader::new(
                                Arc::clone(&file),
                                metadata.row_group(g),
                                metadata.page_index_for_row_group(g),
                                Arc::clone(props),
                            )?;
                            let rows = usize::try_from(rg.metadata().num_rows()).unwrap_or(0);
                            for (k, &c) in key_cols.iter().enumerate() {
                                read_codes(&rg, c, rows, &mut buf, &mut keys[k])?;
                            }
                            cells.clear();
                            for i in 0..rows {
                                for (v, col) in row_vals.iter_mut().zip(&keys) {
                                    *v = col[i];
                                }
                                cells.push(match plan.key(&row_vals) {
                                    Some(key) => {
                                        let id = acc.cell(key);
                                        acc.counts[id as usize] += 1;
                                        id
                                    }
                                    None => EXCLUDED,
                                });
                            }
                            if cells.iter().all(|&c| c == EXCLUDED) {
                                continue;
                            }
                            for (j, &c) in weight_cols.iter().enumerate() {
                                read_weights(&rg, c, rows, &mut buf, &mut values)?;
                                let sums = &mut acc.sums[j];
                                for (&cell, &w) in cells.iter().zip(&values) {
                                    if cell != EXCLUDED {
                                        sums[cell as usize] += w;
                                    }
                                }
                            }
                        }
                        Ok(acc)
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(damaged())))
            .collect()
    })
}

fn damaged() -> StatsError {
    StatsError::Parquet(parquet::errors::ParquetError::General(
        "the file is damaged: the Parquet decoder could not read it".into(),
    ))
}

/// Runs a step of the `parquet` crate's decoding, whose checks of a
/// damaged file are sometimes assertions: a panic becomes an error (the
/// file is refused), not the end of the process or the server.
fn guarded<T>(step: impl FnOnce() -> Result<T, StatsError>) -> Result<T, StatsError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(step)).unwrap_or_else(|_| Err(damaged()))
}

/// Read `rows` values of column `col` into `buf`'s typed vector and the
/// definition levels; returns the max definition level.
fn read_raw(
    rg: &dyn RowGroupReader,
    col: usize,
    rows: usize,
    buf: &mut Buffers,
) -> Result<(i16, u8), StatsError> {
    let max_def = rg.metadata().column(col).column_descr().max_def_level();
    buf.defs.clear();
    buf.i32s.clear();
    buf.i64s.clear();
    buf.f32s.clear();
    buf.f64s.clear();
    let defs = (max_def > 0).then_some(&mut buf.defs);
    macro_rules! drain {
        ($r:expr, $out:expr) => {{
            let mut done = 0;
            let mut defs = defs;
            while done < rows {
                let batch = (rows - done).min(BATCH);
                let (n, _, _) = $r.read_records(batch, defs.as_deref_mut(), None, $out)?;
                if n == 0 {
                    break;
                }
                done += n;
            }
        }};
    }
    let kind = match rg.get_column_reader(col)? {
        ColumnReader::Int32ColumnReader(mut r) => {
            drain!(r, &mut buf.i32s);
            0
        }
        ColumnReader::Int64ColumnReader(mut r) => {
            drain!(r, &mut buf.i64s);
            1
        }
        ColumnReader::FloatColumnReader(mut r) => {
            drain!(r, &mut buf.f32s);
            2
        }
        ColumnReader::DoubleColumnReader(mut r) => {
            drain!(r, &mut buf.f64s);
            3
        }
        _ => {
            return Err(StatsError::Column(format!(
                "column {} is not numeric",
                rg.metadata().column(col).column_descr().name()
            )));
        }
    };
    Ok((max_def, kind))
}

/// Spread non-null values over rows using definition levels.
fn spread<T: Copy, U>(
    values: &[T],
    defs: &[i16],
    max_def: i16,
    rows: usize,
    out: &mut Vec<U>,
    conv: impl Fn(T) -> U,
    missing: U,
) where
    U: Copy,
{
    out.clear();
    if max_def == 0 {
        out.extend(values.iter().take(rows).map(|&v| conv(v)));
    } else {
        let mut it = values.iter();
        for &d in defs.iter().take(rows) {
            out.push(if d == max_def {
                it.next().map_or(missing, |&v| conv(v))
            } else {
                missing
            });
        }
    }
    out.resize(rows, missing);
}

fn read_codes(
    rg: &dyn RowGroupReader,
    col: usize,
    rows: usize,
    buf: &mut Buffers,
    out: &mut Vec<i64>,
) -> Result<(), StatsError> {
    let column = Column {
        out: &mut *out,
        missing: MISSING,
    };
    if parquet_fast::decode(rg, col, rows, &mut buf.fast, column, |v| v as i64)?.is_some() {
        return Ok(());
    }
    let (max_def, kind) = read_raw(rg, col, rows, buf)?;
    let defs = std::mem::take(&mut buf.defs);
    match kind {
        0 => spread(&buf.i32s, &defs, max_def, rows, out, i64::from, MISSING),
        1 => spread(&buf.i64s, &defs, max_def, rows, out, |v| v, MISSING),
        2 => spread(&buf.f32s, &defs, max_def, rows, out, |v| v as i64, MISSING),
        _ => spread(&buf.f64s, &defs, max_def, rows, out, |v| v as i64, MISSING),
    }
    buf.defs = defs;
    Ok(())
}

fn read_weights(
    rg: &dyn RowGroupReader,
    col: usize,
    rows: usize,
    buf: &mut Buffers,
    out: &mut Vec<f64>,
) -> Result<(), StatsError> {
    let column = Column {
        out: &mut *out,
        missing: 0.0,
    };
    if parquet_fast::decode(rg, col, rows, &mut buf.fast, column, |v| v)?.is_some() {
        return Ok(());
    }
    let (max_def, kind) = read_raw(rg, col, rows, buf)?;
    let defs = std::mem::take(&mut buf.defs);
    match kind {
        0 => spread(&buf.i32s, &defs, max_def, rows, out, f64::from, 0.0),
        1 => spread(&buf.i64s, &defs, max_def, rows, out, |v| v as f64, 0.0),
        2 => spread(&buf.f32s, &defs, max_def, rows, out, f64::from, 0.0),
        _ => spread(&buf.f64s, &defs, max_def, rows, out, |v| v, 0.0),
    }
    buf.defs = defs;
    Ok(())
}
