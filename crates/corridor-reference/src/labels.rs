//! Occupation labels in the languages of the main migration corridors, from
//! `data/occupation_labels.tsv`.
//!
//! ESCO publishes its labels in the EU languages, but only the English ones
//! are available offline here, and ESCO has no Nepali, Korean, Filipino or
//! Arabic. The table was therefore written for this project: labels that
//! workers use in Spanish, French, Nepali, Korean, Filipino, German, Italian
//! and Arabic (masculine and feminine forms) for 61 occupations common in
//! labour migration. It is not an ESCO translation, it covers only those
//! occupations, and it needs review by native speakers (see
//! `data/README.md`). [`occupation_label`] says `None` for everything else.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::esco::{OCCUPATION_URI_PREFIX, uuid_key};

static LABELS_TSV: &str = include_str!("../data/occupation_labels.tsv");

/// The languages of the translated occupation labels ([`occupation_label`]):
/// ISO 639-1 codes, and `fil` (ISO 639-2/3) for Filipino.
pub const OCCUPATION_LABEL_LANGUAGES: [&str; 8] = ["es", "fr", "ne", "ko", "fil", "de", "it", "ar"];

/// The labels of one occupation.
#[derive(Default)]
struct Entry {
    /// Per language of [`OCCUPATION_LABEL_LANGUAGES`], preferred first (empty
    /// where the table has no row).
    by_language: [Box<[&'static str]>; OCCUPATION_LABEL_LANGUAGES.len()],
    /// The labels of every language, in table order.
    all: Vec<&'static str>,
}

/// Occupation UUID → its labels.
type Table = HashMap<&'static str, Entry>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| load(LABELS_TSV))
}

/// Parses the table: `uuid \t language \t label|label|...`, no header. The
/// text is part of the binary, so a malformed line is a build defect and
/// panics (the tests load it).
fn load(text: &'static str) -> Table {
    let mut table = Table::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<&'static str> = line.split('\t').collect();
        let [uuid, lang, labels] = fields[..] else {
            panic!("occupation_labels.tsv: expected 3 fields in line {line:?}");
        };
        assert!(
            uuid.len() == 36 && uuid.bytes().all(|b| b == b'-' || b.is_ascii_hexdigit()),
            "occupation_labels.tsv: bad UUID {uuid:?}"
        );
        let lang_index = OCCUPATION_LABEL_LANGUAGES
            .iter()
            .position(|l| *l == lang)
            .unwrap_or_else(|| panic!("occupation_labels.tsv: unknown language {lang:?}"));
        let labels: Box<[&'static str]> = labels.split('|').collect();
        assert!(
            labels
                .iter()
                .all(|l| !l.is_empty() && l.trim() == *l && !l.contains('\\')),
            "occupation_labels.tsv: empty or padded label in line {line:?}"
        );
        let entry = table.entry(uuid).or_default();
        assert!(
            entry.by_language[lang_index].is_empty(),
            "occupation_labels.tsv: {uuid} {lang} listed twice"
        );
        entry.all.extend(labels.iter());
        entry.by_language[lang_index] = labels;
    }
    table
}

/// The index in [`OCCUPATION_LABEL_LANGUAGES`] of a language code or tag:
/// any case, region and script subtags ignored (`es-MX`, `ko_KR`), ISO 639-2
/// and 639-3 codes accepted (`spa`, `ger`), `tl` (Tagalog) taken as Filipino
/// and `npi` as Nepali, as the interface does.
fn language_index(lang: &str) -> Option<usize> {
    let primary = lang.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let code = match primary.as_str() {
        "tl" | "tgl" => "fil",
        "npi" => "ne",
        "arb" => "ar",
        other => match OCCUPATION_LABEL_LANGUAGES.iter().find(|l| **l == other) {
            Some(l) => *l,
            None => crate::language(other)?.code,
        },
    };
    OCCUPATION_LABEL_LANGUAGES.iter().position(|l| *l == code)
}

/// All translated labels of an occupation in a language, preferred first;
/// empty when the table does not cover the occupation in that language
/// (see [`occupation_label`]).
pub fn occupation_labels(uri_or_uuid: &str, lang: &str) -> &'static [&'static str] {
    let Some(index) = language_index(lang) else {
        return &[];
    };
    table()
        .get(uuid_key(uri_or_uuid, OCCUPATION_URI_PREFIX))
        .map_or(&[], |entry| &entry.by_language[index])
}

/// The preferred label of an occupation (concept URI or UUID) in a language
/// (`es`, `fr`, `ne`, `ko`, `fil`, `de`, `it`, `ar`, or a tag such as
/// `es-MX`), e.g. "soldador" for the welder in `es`.
///
/// `None` when the language is not one of [`OCCUPATION_LABEL_LANGUAGES`] or
/// the occupation is not one of the 61 the table covers: show the English
/// ESCO label then. The labels were written for this project, not taken from
/// ESCO, and await native-speaker review.
pub fn occupation_label(uri_or_uuid: &str, lang: &str) -> Option<&'static str> {
    occupation_labels(uri_or_uuid, lang).first().copied()
}

/// Every translated label of the occupation with this UUID, all languages
/// (searched like alternative labels).
pub(crate) fn all_labels(uuid: &str) -> &'static [&'static str] {
    table().get(uuid).map_or(&[], |entry| &entry.all)
}

/// Decodes the table now.
pub(crate) fn warm() {
    let _ = table();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_resolve() {
        for (tag, code) in [
            ("es", "es"),
            ("ES", "es"),
            ("es-MX", "es"),
            ("ko_KR", "ko"),
            ("fil", "fil"),
            ("tl", "fil"),
            ("tl-PH", "fil"),
            ("npi", "ne"),
            ("ger", "de"),
            ("deu", "de"),
            ("spa", "es"),
            (" ar ", "ar"),
        ] {
            assert_eq!(
                language_index(tag).map(|i| OCCUPATION_LABEL_LANGUAGES[i]),
                Some(code),
                "{tag}"
            );
        }
        for tag in ["", "en", "eng", "zz", "-", "hi"] {
            assert_eq!(language_index(tag), None, "{tag}");
        }
    }

    #[test]
    #[should_panic(expected = "unknown language")]
    fn rejects_unknown_languages() {
        let _ = load("7aedaa07-3884-4c5b-88f9-80997b2aa54b\ten\twelder\n");
    }

    #[test]
    #[should_panic(expected = "listed twice")]
    fn rejects_duplicate_rows() {
        let row = "7aedaa07-3884-4c5b-88f9-80997b2aa54b\tes\tsoldador\n";
        let _ = load(Box::leak(format!("{row}{row}").into_boxed_str()));
    }
}
