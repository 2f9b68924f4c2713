//! Reading the embedded gzip-compressed TSV tables written by `data/prepare.py`.
//!
//! One record per line, fields separated by tabs; inside a field `\\`, `\t`
//! and `\n` are backslash escapes; list fields are joined with `|`.

use std::io::Read;

/// Decompresses an embedded gzip file as written by `prepare.py` (one
/// member, no optional header fields). The bytes are part of the binary, so
/// a failure here is a build defect, not a run-time condition.
///
/// The deflate stream is inflated directly, without the CRC-32 check of a
/// full gzip decoder: the data cannot be corrupted in transit, and the check
/// costs a third of the decoding time in debug builds. The tests verify the
/// CRC of every embedded file once (`crc_of_embedded_files_is_valid`).
pub(crate) fn gunzip(bytes: &[u8], name: &str) -> String {
    const HEADER: usize = 10;
    const TRAILER: usize = 8;
    assert!(
        bytes.len() > HEADER + TRAILER && bytes[..4] == [0x1f, 0x8b, 8, 0],
        "embedded {name} is not a plain gzip file"
    );
    let size = u32::from_le_bytes(bytes[bytes.len() - 4..].try_into().expect("4 bytes"));
    let mut out = String::with_capacity(size as usize);
    flate2::read::DeflateDecoder::new(&bytes[HEADER..bytes.len() - TRAILER])
        .read_to_string(&mut out)
        .unwrap_or_else(|e| panic!("embedded {name} is not valid deflate UTF-8: {e}"));
    assert_eq!(out.len(), size as usize, "embedded {name}: wrong length");
    out
}

/// Splits a table into records of exactly `width` unescaped fields.
pub(crate) fn records<'a>(
    text: &'a str,
    width: usize,
    name: &'a str,
) -> impl Iterator<Item = Vec<String>> + 'a {
    text.lines().filter(|l| !l.is_empty()).map(move |line| {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        assert_eq!(
            fields.len(),
            width,
            "embedded {name}: expected {width} fields in line {line:?}"
        );
        fields
    })
}

/// Splits a `|`-joined list field; an empty field is an empty list.
pub(crate) fn list(field: &str) -> Vec<String> {
    if field.is_empty() {
        Vec::new()
    } else {
        field.split('|').map(str::to_owned).collect()
    }
}

fn unescape(field: &str) -> String {
    if !field.contains('\\') {
        return field.to_owned();
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_embedded_files_is_valid() {
        for (name, bytes) in [
            (
                "isco_groups",
                &include_bytes!("../data/isco_groups.tsv.gz")[..],
            ),
            (
                "occupations",
                &include_bytes!("../data/occupations.tsv.gz")[..],
            ),
            ("skills", &include_bytes!("../data/skills.tsv.gz")[..]),
        ] {
            let mut full = String::new();
            flate2::read::GzDecoder::new(bytes)
                .read_to_string(&mut full)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(gunzip(bytes, name), full, "{name}");
        }
    }

    #[test]
    fn unescapes_backslash_sequences() {
        assert_eq!(unescape(r"a\tb\nc\\d"), "a\tb\nc\\d");
        assert_eq!(unescape("plain"), "plain");
    }

    #[test]
    fn splits_records_and_lists() {
        let rows: Vec<_> = records("x\ty|z\n\nq\t\n", 2, "test").collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(list(&rows[0][1]), vec!["y", "z"]);
        assert!(list(&rows[1][1]).is_empty());
    }

    #[test]
    #[should_panic(expected = "expected 3 fields")]
    fn rejects_short_records() {
        let _ = records("a\tb", 3, "test").count();
    }
}
