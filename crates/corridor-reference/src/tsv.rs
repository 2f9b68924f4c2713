//! Reading the embedded gzip-compressed TSV tables written by `data/prepare.py`.
//!
//! One record per line, fields separated by tabs; inside a field `\\`, `\t`
//! and `\n` are backslash escapes; list fields are joined with `|`.

use std::io::Read;

/// Decompresses an embedded gzip file. The bytes are part of the binary, so
/// a failure here is a build defect, not a run-time condition.
pub(crate) fn gunzip(bytes: &[u8], name: &str) -> String {
    let mut out = String::with_capacity(bytes.len() * 4);
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .unwrap_or_else(|e| panic!("embedded {name} is not valid gzip UTF-8: {e}"));
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
