//! A direct decoder for the column chunks person files are made of: flat
//! (no repetition) numeric columns, dictionary-encoded or plain, in data
//! pages v1 or v2 — what DuckDB, pyarrow and the `parquet` crate write for
//! census and survey extracts.
//!
//! The `parquet` crate's generic column readers spent most of a tabulation
//! in their run-length/bit-packing decoder (a 10-million-person file with
//! 81 weights is 800 million dictionary indices). Here the hybrid
//! encoding is unpacked with one unaligned 64-bit load per value and the
//! dictionary gathered in the same pass. Anything else — other encodings,
//! repeated columns, inconsistent page counts — makes [`decode`] answer
//! `None` before any output is used, and the caller falls back to the
//! generic reader, so exotic files are still read, only more slowly.

use parquet::basic::{Encoding, Type as PhysicalType};
use parquet::column::page::Page;
use parquet::errors::ParquetError;
use parquet::file::reader::RowGroupReader;

use crate::error::StatsError;

/// Values of one column chunk, one per row.
pub(super) struct Column<'a, T> {
    /// Output, `rows` long after [`decode`].
    pub out: &'a mut Vec<T>,
    /// Value of a null.
    pub missing: T,
}

/// Reusable scratch space of one thread.
#[derive(Default)]
pub(super) struct Scratch {
    dict: Vec<f64>,
    idx: Vec<u32>,
    defs: Vec<u32>,
    vals: Vec<f64>,
}

/// Decodes column `col` of the row group into `column.out` (`rows` values,
/// nulls as `column.missing`), converting each value with `conv`. Returns
/// `Ok(None)` when the chunk is not of a shape this decoder reads; the
/// output is then unspecified and must not be used.
pub(super) fn decode<T: Copy>(
    rg: &dyn RowGroupReader,
    col: usize,
    rows: usize,
    scratch: &mut Scratch,
    column: Column<'_, T>,
    conv: impl Fn(f64) -> T,
) -> Result<Option<()>, StatsError> {
    let descr = rg.metadata().column(col).column_descr();
    if descr.max_rep_level() != 0 || descr.max_def_level() > 1 {
        return Ok(None);
    }
    let nullable = descr.max_def_level() == 1;
    let width = match descr.physical_type() {
        PhysicalType::INT32 | PhysicalType::FLOAT => 4,
        PhysicalType::INT64 | PhysicalType::DOUBLE => 8,
        _ => return Ok(None),
    };
    let physical = descr.physical_type();
    let out = column.out;
    out.clear();
    out.reserve(rows);
    scratch.dict.clear();
    let mut dictionary_seen = false;
    let mut pages = rg.get_column_page_reader(col)?;
    while let Some(page) = pages.get_next_page()? {
        let (buf, num_values, encoding, defs_at, values_at) = match &page {
            Page::DictionaryPage { buf, encoding, .. } => {
                if *encoding != Encoding::PLAIN && *encoding != Encoding::PLAIN_DICTIONARY {
                    return Ok(None);
                }
                if plain(buf, physical, width, usize::MAX, &mut scratch.dict).is_none() {
                    return Ok(None);
                }
                dictionary_seen = true;
                continue;
            }
            Page::DataPage {
                buf,
                num_values,
                encoding,
                def_level_encoding,
                ..
            } => {
                if !nullable {
                    (buf, *num_values as usize, *encoding, None, 0)
                } else {
                    if *def_level_encoding != Encoding::RLE || buf.len() < 4 {
                        return Ok(None);
                    }
                    let len = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
                    (
                        buf,
                        *num_values as usize,
                        *encoding,
                        Some((4, 4 + len)),
                        4 + len,
                    )
                }
            }
            Page::DataPageV2 {
                buf,
                num_values,
                encoding,
                def_levels_byte_len,
                rep_levels_byte_len,
                ..
            } => {
                let start = *rep_levels_byte_len as usize;
                let end = start + *def_levels_byte_len as usize;
                let defs = nullable.then_some((start, end));
                (buf, *num_values as usize, *encoding, defs, end)
            }
        };
        if (encoding == Encoding::RLE_DICTIONARY || encoding == Encoding::PLAIN_DICTIONARY)
            && !dictionary_seen
        {
            // A damaged file: the generic reader would panic on this page
            // (it expects the dictionary first), so it is refused here.
            return Err(StatsError::Parquet(ParquetError::General(format!(
                "column {} has a dictionary-encoded page without a dictionary page",
                descr.name()
            ))));
        }
        if out.len() + num_values > rows {
            return Ok(None);
        }
        // Which slots hold a value.
        let present = match defs_at {
            Some((a, b)) => {
                let Some(levels) = buf.get(a..b) else {
                    return Ok(None);
                };
                scratch.defs.clear();
                if hybrid(levels, 1, num_values, &mut scratch.defs).is_none() {
                    return Ok(None);
                }
                scratch.defs.iter().filter(|&&d| d == 1).count()
            }
            None => num_values,
        };
        let Some(values) = buf.get(values_at..) else {
            return Ok(None);
        };
        scratch.vals.clear();
        if encoding == Encoding::PLAIN {
            if plain(values, physical, width, present, &mut scratch.vals).is_none() {
                return Ok(None);
            }
        } else if encoding == Encoding::RLE_DICTIONARY || encoding == Encoding::PLAIN_DICTIONARY {
            if present > 0 {
                let Some((&bit_width, indices)) = values.split_first() else {
                    return Ok(None);
                };
                if bit_width > 32 {
                    return Ok(None);
                }
                scratch.idx.clear();
                if hybrid(indices, u32::from(bit_width), present, &mut scratch.idx).is_none() {
                    return Ok(None);
                }
                let dict = &scratch.dict;
                if scratch.idx.iter().any(|&i| i as usize >= dict.len()) {
                    return Ok(None);
                }
                scratch
                    .vals
                    .extend(scratch.idx.iter().map(|&i| dict[i as usize]));
            }
        } else {
            return Ok(None);
        }
        if scratch.vals.len() != present {
            return Ok(None);
        }
        spread(
            &scratch.vals,
            defs_at.map(|_| &scratch.defs[..]),
            num_values,
            out,
            &conv,
            column.missing,
        );
    }
    Ok((out.len() == rows).then_some(()))
}

/// Appends `slots` values to `out`: the next of `vals` where the level is
/// 1 (or everywhere without levels), `missing` elsewhere.
fn spread<T: Copy>(
    vals: &[f64],
    defs: Option<&[u32]>,
    slots: usize,
    out: &mut Vec<T>,
    conv: &impl Fn(f64) -> T,
    missing: T,
) {
    match defs {
        None => out.extend(vals.iter().map(|&v| conv(v))),
        Some(defs) => {
            let mut it = vals.iter();
            out.extend(defs.iter().take(slots).map(|&d| {
                if d == 1 {
                    it.next().map_or(missing, |&v| conv(v))
                } else {
                    missing
                }
            }));
        }
    }
}

/// Decodes up to `max` PLAIN values of `physical` type (`width` bytes
/// each) as `f64` (integers up to 2⁵³ are exact).
fn plain(
    buf: &[u8],
    physical: PhysicalType,
    width: usize,
    max: usize,
    out: &mut Vec<f64>,
) -> Option<()> {
    let n = (buf.len() / width).min(max);
    if max != usize::MAX && n < max {
        return None;
    }
    let chunks = buf[..n * width].chunks_exact(width);
    match physical {
        PhysicalType::INT32 => out
            .extend(chunks.map(|c| f64::from(i32::from_le_bytes(c.try_into().unwrap_or([0; 4]))))),
        PhysicalType::FLOAT => out
            .extend(chunks.map(|c| f64::from(f32::from_le_bytes(c.try_into().unwrap_or([0; 4]))))),
        PhysicalType::INT64 => {
            out.extend(chunks.map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])) as f64))
        }
        PhysicalType::DOUBLE => {
            out.extend(chunks.map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8]))))
        }
        _ => return None,
    }
    Some(())
}

/// Reads an unsigned LEB128 varint at `*pos`.
fn varint(buf: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *buf.get(*pos)?;
        *pos += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Little-endian load of up to 8 bytes at `at` (zero past the end).
#[inline]
fn load(buf: &[u8], at: usize) -> u64 {
    match buf.get(at..at + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
        None => {
            let mut b = [0u8; 8];
            if at < buf.len() {
                let tail = &buf[at..];
                b[..tail.len()].copy_from_slice(tail);
            }
            u64::from_le_bytes(b)
        }
    }
}

/// Decodes `n` values of the RLE / bit-packing hybrid encoding with
/// `bit_width` bits each into `out`.
pub(super) fn hybrid(buf: &[u8], bit_width: u32, n: usize, out: &mut Vec<u32>) -> Option<()> {
    let target = out.len() + n;
    let mask: u64 = if bit_width == 0 {
        0
    } else {
        (1u64 << bit_width) - 1
    };
    let bw = bit_width as usize;
    let mut pos = 0;
    let value_bytes = bw.div_ceil(8);
    while out.len() < target {
        // Most headers fit in one byte.
        let header = match buf.get(pos) {
            Some(&b) if b < 0x80 => {
                pos += 1;
                u64::from(b)
            }
            _ => varint(buf, &mut pos)?,
        };
        let count = usize::try_from(header >> 1).ok()?;
        if header & 1 == 1 {
            // Bit-packed: `count` groups of eight values, `bit_width` bytes each.
            let values = count.checked_mul(8)?;
            let bytes = count.checked_mul(bw)?;
            // The run's end, refused if it lies past any possible buffer.
            let end = pos.checked_add(bytes)?;
            if pos > buf.len() {
                return None;
            }
            let take = values.min(target - out.len());
            let start = out.len();
            out.resize(start + take, 0);
            let dst = &mut out[start..];
            // Loads read from the whole page (bytes past the run are masked
            // off), so a short run does not fall to the byte-by-byte load.
            let whole = if end <= buf.len() { take / 8 } else { 0 };
            if bw <= 8 {
                // Eight values in `bw` bytes: one 64-bit load per group.
                for (g, group) in dst[..whole * 8].chunks_exact_mut(8).enumerate() {
                    let word = load(buf, pos + g * bw);
                    for (k, slot) in group.iter_mut().enumerate() {
                        *slot = ((word >> (k * bw)) & mask) as u32;
                    }
                }
            } else if bw <= 16 {
                // Eight values in `bw` bytes: one 128-bit load per group.
                for (g, group) in dst[..whole * 8].chunks_exact_mut(8).enumerate() {
                    let at = pos + g * bw;
                    let word = u128::from(load(buf, at)) | (u128::from(load(buf, at + 8)) << 64);
                    for (k, slot) in group.iter_mut().enumerate() {
                        *slot = ((word >> (k * bw)) as u64 & mask) as u32;
                    }
                }
            }
            let done = if bw <= 16 { whole * 8 } else { 0 };
            // The rest (wide values, or a run cut short by the page's end),
            // one value at a time and never past the run's bytes.
            let data = &buf[pos..end.min(buf.len())];
            let mut bit = done * bw;
            for slot in &mut dst[done..] {
                *slot = ((load(data, bit / 8) >> (bit % 8)) & mask) as u32;
                bit += bw;
            }
            pos = end;
        } else {
            // A run of one value in ceil(bit_width / 8) bytes.
            if count == 0 {
                return None;
            }
            let raw = buf.get(pos..pos + value_bytes)?;
            let value = match *raw {
                [] => 0,
                [a] => u64::from(a),
                [a, b] => u64::from(u16::from_le_bytes([a, b])),
                _ => raw
                    .iter()
                    .rev()
                    .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
            } & mask;
            pos += value_bytes;
            let take = count.min(target - out.len());
            if take == 1 {
                out.push(value as u32);
            } else {
                out.extend(std::iter::repeat_n(value as u32, take));
            }
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::data_type::{DoubleType, Int32Type, Int64Type};
    use parquet::file::properties::{WriterProperties, WriterVersion};
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;
    use std::sync::Arc;

    const ROWS: usize = 1000;

    fn a(i: usize) -> i32 {
        (i * 37 % 301) as i32
    }
    fn b(i: usize) -> Option<i32> {
        (i % 7 != 3).then(|| (i % 5) as i32 - 2)
    }
    fn c(i: usize) -> f64 {
        i as f64 * 0.25
    }
    fn d(i: usize) -> Option<i64> {
        i.is_multiple_of(11).then_some((i as i64) << 33)
    }

    fn write(path: &std::path::Path, props: WriterProperties) {
        let schema = parse_message_type(
            "message m { REQUIRED INT32 a; OPTIONAL INT32 b; REQUIRED DOUBLE c; OPTIONAL INT64 d; }",
        )
        .unwrap();
        let mut w = SerializedFileWriter::new(
            std::fs::File::create(path).unwrap(),
            Arc::new(schema),
            Arc::new(props),
        )
        .unwrap();
        let mut rg = w.next_row_group().unwrap();
        let defs =
            |f: &dyn Fn(usize) -> bool| (0..ROWS).map(|i| i16::from(f(i))).collect::<Vec<_>>();
        let mut col = rg.next_column().unwrap().unwrap();
        let v: Vec<i32> = (0..ROWS).map(a).collect();
        col.typed::<Int32Type>()
            .write_batch(&v, None, None)
            .unwrap();
        col.close().unwrap();
        let mut col = rg.next_column().unwrap().unwrap();
        let v: Vec<i32> = (0..ROWS).filter_map(b).collect();
        col.typed::<Int32Type>()
            .write_batch(&v, Some(&defs(&|i| b(i).is_some())), None)
            .unwrap();
        col.close().unwrap();
        let mut col = rg.next_column().unwrap().unwrap();
        let v: Vec<f64> = (0..ROWS).map(c).collect();
        col.typed::<DoubleType>()
            .write_batch(&v, None, None)
            .unwrap();
        col.close().unwrap();
        let mut col = rg.next_column().unwrap().unwrap();
        let v: Vec<i64> = (0..ROWS).filter_map(d).collect();
        col.typed::<Int64Type>()
            .write_batch(&v, Some(&defs(&|i| d(i).is_some())), None)
            .unwrap();
        col.close().unwrap();
        rg.close().unwrap();
        w.close().unwrap();
    }

    /// Every layout a writer commonly produces is read directly (not left
    /// to the fallback), value for value, nulls included.
    #[test]
    fn decodes_every_common_layout_directly() {
        let dir = tempfile::tempdir().unwrap();
        let layouts = [
            WriterProperties::builder().build(),
            WriterProperties::builder()
                .set_dictionary_enabled(false)
                .build(),
            WriterProperties::builder()
                .set_writer_version(WriterVersion::PARQUET_2_0)
                .build(),
            WriterProperties::builder()
                .set_data_page_row_count_limit(64)
                .set_write_batch_size(64)
                .build(),
            WriterProperties::builder()
                .set_writer_version(WriterVersion::PARQUET_2_0)
                .set_data_page_row_count_limit(100)
                .set_write_batch_size(100)
                .build(),
        ];
        // (Without a dictionary, the v2 writer uses delta encodings, which
        // this decoder leaves to the generic reader: see the worked example
        // in tests/microdata.rs, which reads such a file.)
        for (k, props) in layouts.into_iter().enumerate() {
            let path = dir.path().join(format!("{k}.parquet"));
            write(&path, props);
            let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
            let rg = reader.get_row_group(0).unwrap();
            let mut scratch = Scratch::default();
            let mut out: Vec<f64> = vec![];
            let nan = f64::NAN;
            let expect: [Box<dyn Fn(usize) -> f64>; 4] = [
                Box::new(|i| f64::from(a(i))),
                Box::new(|i| b(i).map_or(nan, f64::from)),
                Box::new(c),
                Box::new(|i| d(i).map_or(nan, |v| v as f64)),
            ];
            for (col, want) in expect.iter().enumerate() {
                let column = Column {
                    out: &mut out,
                    missing: nan,
                };
                let done = decode(rg.as_ref(), col, ROWS, &mut scratch, column, |v| v).unwrap();
                assert!(done.is_some(), "layout {k}, column {col} fell back");
                assert_eq!(out.len(), ROWS);
                for (i, &got) in out.iter().enumerate() {
                    let w = want(i);
                    assert!(
                        got == w || (got.is_nan() && w.is_nan()),
                        "layout {k}, column {col}, row {i}: {got} != {w}"
                    );
                }
            }
        }
    }

    /// Encodes `values` as bit-packed groups, then a run, the way writers do.
    fn encode(values: &[u32], bit_width: u32, run_value: u32, run: u32) -> Vec<u8> {
        let groups = values.len().div_ceil(8);
        let mut out = vec![];
        let mut header = (groups << 1) | 1;
        while header >= 0x80 {
            out.push((header as u8 & 0x7f) | 0x80);
            header >>= 7;
        }
        out.push(header as u8);
        let mut bits = vec![false; groups * 8 * bit_width as usize];
        for (i, v) in values.iter().enumerate() {
            for b in 0..bit_width as usize {
                bits[i * bit_width as usize + b] = (v >> b) & 1 == 1;
            }
        }
        for byte in bits.chunks(8) {
            out.push(
                byte.iter()
                    .enumerate()
                    .fold(0u8, |acc, (i, &b)| acc | (u8::from(b) << i)),
            );
        }
        out.push((run << 1) as u8);
        let width = (bit_width as usize).div_ceil(8);
        out.extend_from_slice(&run_value.to_le_bytes()[..width]);
        out
    }

    #[test]
    fn hybrid_decodes_bit_packed_groups_and_runs() {
        for bw in [1u32, 3, 7, 8, 9, 13, 17] {
            let max = (1u32 << bw) - 1;
            let values: Vec<u32> = (0..13u32)
                .map(|i| i.wrapping_mul(2_654_435_761) & max)
                .collect();
            let buf = encode(&values, bw, max, 5);
            let mut out = vec![];
            hybrid(&buf, bw, 16 + 5, &mut out).unwrap();
            assert_eq!(&out[..13], &values[..], "bit width {bw}");
            assert!(
                out[13..16].iter().all(|&v| v == 0),
                "padding of the last group"
            );
            assert!(out[16..].iter().all(|&v| v == max));
            // Many groups, decoded eight at a time.
            let values: Vec<u32> = (0..1003u32)
                .map(|i| i.wrapping_mul(2_246_822_519).rotate_left(7) & max)
                .collect();
            let buf = encode(&values, bw, 0, 1);
            let mut out = vec![];
            hybrid(&buf, bw, 1003, &mut out).unwrap();
            assert_eq!(out, values, "bit width {bw}, many groups");
        }
        // Asking for fewer values than the stream holds stops early.
        let buf = encode(&[1, 0, 1, 1], 1, 1, 100);
        let mut out = vec![];
        hybrid(&buf, 1, 3, &mut out).unwrap();
        assert_eq!(out, [1, 0, 1]);
        // A truncated stream is refused, not read past.
        let mut out = vec![];
        assert!(hybrid(&buf[..1], 1, 50, &mut out).is_none());
    }

    fn varint_bytes(mut v: u64) -> Vec<u8> {
        let mut out = vec![];
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
        out
    }

    /// Regression (found reading the decoder for the fuzzing of issue 9):
    /// a bit-packed run whose header claims nearly 2⁶¹ groups passed the
    /// multiplication checks, and the run's end (`pos + bytes`) overflowed
    /// — a panic in debug builds, an out-of-range slice in release.
    #[test]
    fn a_run_longer_than_memory_is_refused() {
        for bw in [1u32, 2, 8, 9, 16, 17, 32] {
            let groups = ((usize::MAX / bw as usize) as u64).min((1 << 61) - 1);
            for count in [groups, groups - 1] {
                let header = varint_bytes((count << 1) | 1);
                let overflows = (count as usize)
                    .checked_mul(bw as usize)
                    .and_then(|bytes| bytes.checked_add(header.len()))
                    .is_none();
                let mut buf = header;
                buf.extend_from_slice(&[0xff; 24]);
                let mut out = vec![];
                let answer = hybrid(&buf, bw, 64, &mut out);
                // A run whose end lies past any memory is refused; a
                // shorter one gives the 64 values asked for.
                if overflows {
                    assert!(answer.is_none(), "bit width {bw}, {count} groups");
                } else if let Some(()) = answer {
                    assert_eq!(out.len(), 64);
                }
            }
        }
    }

    proptest::proptest! {
        /// Arbitrary bytes as a hybrid stream: an answer (`Some` with
        /// exactly `n` values, or `None`), never a panic.
        #[test]
        fn hybrid_never_panics(
            buf in proptest::collection::vec(proptest::num::u8::ANY, 0..64),
            bw in 0u32..=32,
            n in 0usize..300,
        ) {
            let mut out = vec![];
            if hybrid(&buf, bw, n, &mut out).is_some() {
                proptest::prop_assert_eq!(out.len(), n);
            }
        }

        /// Headers of every size, with the run's bytes after them.
        #[test]
        fn hybrid_never_panics_on_huge_headers(
            header in proptest::num::u64::ANY,
            tail in proptest::collection::vec(proptest::num::u8::ANY, 0..32),
            bw in 0u32..=32,
        ) {
            let mut buf = varint_bytes(header);
            buf.extend(tail);
            let mut out = vec![];
            let _ = hybrid(&buf, bw, 100, &mut out);
        }
    }
}
