//! Label search over ESCO occupations and skills.
//!
//! Each collection gets an in-memory inverted index, built once on the first
//! search: a sorted vocabulary of normalised tokens (lower-cased, accents
//! folded, apostrophes dropped, English plural endings stripped) with, for
//! each token, the documents it occurs in and in which fields. Because the
//! vocabulary is sorted, the tokens that start with a query word are one
//! contiguous range, which gives prefix matching ("weld" finds "welder") for
//! free.
//!
//! A word is a run of letters, digits and combining marks, so Devanagari
//! vowel signs and viramas, Arabic diacritics and Hangul syllables stay
//! inside their word ("वेल्डर", "لحّام", "용접공"); words are separated by
//! whitespace and punctuation (see [`is_word_char`]).
//!
//! Occupations are also found by their labels in other languages
//! (`data/occupation_labels.tsv`, see [`crate::occupation_label`]), which
//! count as alternative labels.
//!
//! Ranking, best first:
//! 1. the query is the preferred label;
//! 2. the query is an alternative label (or a translated label);
//! 3. every query word starts a word of the preferred label;
//! 4. ... of the alternative labels (for skills: of the whole label text);
//! 5. ... of the description (or, for occupations, the ISCO group title).
//!
//! Within a tier a hit scores higher when its words match whole rather than
//! as prefixes, when more of its alternative labels contain the query (the
//! central concept for "nurse" has many nurse synonyms), when the query
//! names its ISCO-08 unit group, and when its label is short. Remaining ties
//! go to the shorter label, then alphabetical order, so results are
//! deterministic.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use serde::Serialize;

use crate::esco::{Occupation, Skill};

/// A search result: the item and its relevance score (higher is better).
///
/// The integer part of the score is the match tier (5 = exact preferred
/// label ... 1 = description only); the fraction orders hits within a tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit<T> {
    /// The matching item.
    pub item: T,
    /// Relevance, higher is better.
    pub score: f32,
}

const LABEL: u8 = 1;
const ALT: u8 = 2;
const DESC: u8 = 4;
const GROUP: u8 = 8;

const STOPWORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Folds a lower-case character to its unaccented ASCII letter where there
/// is an obvious one, and the Arabic letters that are often written
/// interchangeably to one form (alef with hamza or madda to bare alef, alef
/// maksura to ya, ta marbuta to ha), as Arabic search engines do.
fn fold(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        _ => c,
    }
}

/// Strips English plural endings: "welders" → "welder", "activities" →
/// "activity", "boxes" → "box"; leaves "glass", "bus", "analysis".
fn stem(token: &mut String) {
    let n = token.len();
    if n <= 3 || !token.ends_with('s') {
        return;
    }
    if token.ends_with("ies") && n > 4 {
        token.truncate(n - 3);
        token.push('y');
    } else if token.ends_with("sses")
        || token.ends_with("xes")
        || token.ends_with("ches")
        || token.ends_with("shes")
        || token.ends_with("zes")
    {
        token.truncate(n - 2);
    } else if !(token.ends_with("ss") || token.ends_with("us") || token.ends_with("is")) {
        token.truncate(n - 1);
    }
}

/// Invisible characters that may sit inside a word and are dropped by
/// [`normalise`]: the soft hyphen, the zero-width non-joiner and joiner
/// (Devanagari conjuncts and eyelash ra, Persian), the word joiner, the
/// byte-order mark and variation selectors.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Punctuation and symbols that separate words outside ASCII: Latin-1
/// punctuation (« » ¿ ¡ ·), general punctuation (U+2000–U+206F: spaces,
/// dashes, quotes, bullets, bidi marks), the punctuation of other scripts
/// (Arabic ، ؛ ؟ ٪, Devanagari । ॥, CJK 、。「」, fullwidth forms, ...),
/// symbol blocks (currency, arrows, maths, boxes, dingbats) and emoji.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\u{00A1}'..='\u{00BF}' // Latin-1 punctuation and symbols
            | '\u{00D7}' // ×
            | '\u{00F7}' // ÷
            | '\u{037E}' // Greek question mark
            | '\u{0387}' // Greek ano teleia
            | '\u{055A}'..='\u{055F}' // Armenian
            | '\u{0589}'..='\u{058A}'
            | '\u{05BE}' // Hebrew maqaf, paseq, sof pasuq, geresh ...
            | '\u{05C0}'
            | '\u{05C3}'
            | '\u{05C6}'
            | '\u{05F3}'..='\u{05F4}'
            | '\u{0600}'..='\u{060F}' // Arabic signs, comma ، date separator
            | '\u{061B}'..='\u{061F}' // Arabic semicolon ؛ ... question mark ؟
            | '\u{066A}'..='\u{066D}' // Arabic percent, decimal and thousands separators, star
            | '\u{06D4}' // Arabic full stop
            | '\u{06DD}'..='\u{06DE}'
            | '\u{06E9}'
            | '\u{0964}'..='\u{0965}' // Devanagari danda । and double danda ॥
            | '\u{0970}' // Devanagari abbreviation sign
            | '\u{0DF4}' // Sinhala
            | '\u{0E4F}' // Thai
            | '\u{0E5A}'..='\u{0E5B}'
            | '\u{104A}'..='\u{104F}' // Myanmar
            | '\u{10FB}' // Georgian
            | '\u{1360}'..='\u{1368}' // Ethiopic
            | '\u{17D4}'..='\u{17DA}' // Khmer
            | '\u{1800}'..='\u{180A}' // Mongolian
            | '\u{2000}'..='\u{206F}' // General Punctuation
            | '\u{20A0}'..='\u{2BFF}' // currency, letterlike, arrows, maths, technical, boxes, shapes, dingbats
            | '\u{2E00}'..='\u{2E7F}' // Supplemental Punctuation
            | '\u{3000}'..='\u{303F}' // CJK symbols and punctuation
            | '\u{30FB}' // katakana middle dot
            | '\u{FD3E}'..='\u{FD3F}' // ornate parentheses
            | '\u{FE10}'..='\u{FE1F}' // vertical forms
            | '\u{FE30}'..='\u{FE6F}' // CJK compatibility forms, small form variants
            | '\u{FF01}'..='\u{FF0F}' // fullwidth punctuation
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}'
            | '\u{FF5B}'..='\u{FF65}'
            | '\u{FFF9}'..='\u{FFFD}' // annotation characters, replacement character
            | '\u{1F000}'..='\u{1FAFF}' // tiles, cards, emoji and pictographs
    )
}

/// Whether a non-ASCII character belongs to a word: letters, digits and
/// combining marks (Devanagari vowel signs and virama, Arabic harakat, Latin
/// combining accents) do, and so does anything else that is not whitespace,
/// a control character or a separator ([`is_separator`]). The right single
/// quotation mark is an apostrophe, kept inside the word like `'`.
fn is_word_char(c: char) -> bool {
    if c == '’' || c.is_alphanumeric() || is_ignorable(c) {
        return true;
    }
    !(c.is_whitespace() || c.is_control() || is_separator(c))
}

/// Calls `f` with each raw word of `text`: a maximal run of ASCII letters,
/// digits and apostrophes (apostrophes are dropped by [`normalise`]) and
/// non-ASCII word characters ([`is_word_char`]).
fn raw_words<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (word_char, width) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'\'', 1)
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            (is_word_char(c), c.len_utf8())
        };
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(&text[s..i]);
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

/// The search token of a raw word: lower-cased, accents folded (also when
/// typed as combining accents), "ß", "æ" and "œ" spelt out, apostrophes and
/// invisible characters dropped, Arabic harakat and tatweel dropped and
/// letter variants folded, and, for an ASCII token, the English plural
/// ending stripped. Empty for a word of apostrophes only.
fn normalise(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        if c.is_ascii() {
            if c != '\'' {
                out.push(c.to_ascii_lowercase());
            }
        } else if c == '’'
            || is_ignorable(c)
            // Arabic harakat, superscript alef and tatweel: optional in writing.
            || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
        {
        } else {
            for l in c.to_lowercase() {
                match l {
                    // Combining accents: "e\u{301}" folds like "é".
                    '\u{0300}'..='\u{036F}' => {}
                    'ß' => out.push_str("ss"),
                    'æ' => out.push_str("ae"),
                    'œ' => out.push_str("oe"),
                    _ => out.push(fold(l)),
                }
            }
        }
    }
    if out.is_ascii() {
        stem(out);
    }
}

/// Calls `f` with each normalised token of `text`.
pub(crate) fn tokens(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    raw_words(text, |w| {
        normalise(w, &mut buf);
        if !buf.is_empty() {
            f(&buf);
        }
    });
}

/// What the index needs to know about a searchable item.
pub(crate) trait Searchable: Sync + 'static {
    fn label(&self) -> &str;
    fn alt_labels(&self) -> &[String];
    /// Labels in other languages, matched like alternative labels.
    fn translated_labels(&self) -> &'static [&'static str] {
        &[]
    }
    /// More label text matched at the alternative-label tier.
    fn extra_labels(&self) -> &str;
    fn description(&self) -> &str;
    /// The title of the item's group, if any (ISCO-08 unit group).
    fn group_label(&self) -> Option<&'static str>;
}

impl Searchable for Occupation {
    fn label(&self) -> &str {
        &self.label
    }
    fn alt_labels(&self) -> &[String] {
        &self.alt_labels
    }
    fn translated_labels(&self) -> &'static [&'static str] {
        crate::labels::all_labels(self.uuid())
    }
    fn extra_labels(&self) -> &str {
        ""
    }
    fn description(&self) -> &str {
        &self.description
    }
    fn group_label(&self) -> Option<&'static str> {
        crate::isco_group(&self.isco).map(|g| g.label.as_str())
    }
}

impl Searchable for Skill {
    fn label(&self) -> &str {
        &self.label
    }
    fn alt_labels(&self) -> &[String] {
        &self.alt_labels
    }
    fn extra_labels(&self) -> &str {
        &self.label_text
    }
    fn description(&self) -> &str {
        &self.description
    }
    fn group_label(&self) -> Option<&'static str> {
        None
    }
}

struct Doc {
    label: Box<[u32]>,
    alts: Box<[Box<[u32]>]>,
    /// Words of the preferred label that are not stopwords.
    content_len: usize,
    /// Words of the group title (unstemmed matching uses a shared-stem rule).
    group: Box<[u32]>,
}

/// An inverted index over one collection.
pub(crate) struct Index {
    vocab: Vec<Box<str>>,
    postings: Vec<Vec<(u32, u8)>>,
    docs: Vec<Doc>,
}

/// FxHash (as in rustc): much faster than SipHash for the short token keys
/// of the vocabulary, which only ever holds our own data.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.write(&[b]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

struct Builder<'a> {
    ids: FxMap<Box<str>, u32>,
    /// Raw word as written → token id (or `u32::MAX` for a stopword or an
    /// empty token), so each distinct spelling is normalised only once.
    raw: FxMap<&'a str, u32>,
    postings: Vec<Vec<(u32, u8)>>,
    /// Per token id: is it a stopword.
    stop: Vec<bool>,
    scratch: String,
}

const SKIP: u32 = u32::MAX;

impl<'a> Builder<'a> {
    fn id(&mut self, word: &'a str) -> u32 {
        if let Some(&id) = self.raw.get(word) {
            return id;
        }
        normalise(word, &mut self.scratch);
        let id = if self.scratch.is_empty() {
            SKIP
        } else if let Some(&id) = self.ids.get(self.scratch.as_str()) {
            id
        } else {
            let id = u32::try_from(self.ids.len()).expect("vocabulary fits u32");
            self.ids.insert(self.scratch.as_str().into(), id);
            self.postings.push(Vec::new());
            self.stop.push(STOPWORDS.contains(&self.scratch.as_str()));
            id
        };
        self.raw.insert(word, id);
        id
    }

    /// Collects the words of `text` in `field` into `doc_tokens`; with `out`,
    /// also records the token sequence (labels, compared whole). Without it,
    /// stopwords are skipped: they are never required by a query.
    fn add(
        &mut self,
        text: &'a str,
        field: u8,
        doc_tokens: &mut Vec<(u32, u8)>,
        mut out: Option<&mut Vec<u32>>,
    ) {
        raw_words(text, |w| {
            let id = self.id(w);
            if id == SKIP || (out.is_none() && self.stop[id as usize]) {
                return;
            }
            doc_tokens.push((id, field));
            if let Some(out) = out.as_deref_mut() {
                out.push(id);
            }
        });
    }

    /// Adds one document's collected tokens to the postings, once per token.
    fn post(&mut self, doc: u32, doc_tokens: &mut Vec<(u32, u8)>) {
        doc_tokens.sort_unstable();
        let mut i = 0;
        while i < doc_tokens.len() {
            let (id, mut mask) = doc_tokens[i];
            i += 1;
            while i < doc_tokens.len() && doc_tokens[i].0 == id {
                mask |= doc_tokens[i].1;
                i += 1;
            }
            self.postings[id as usize].push((doc, mask));
        }
        doc_tokens.clear();
    }
}

impl Index {
    pub(crate) fn build<T: Searchable>(items: &[T]) -> Index {
        let mut b = Builder {
            ids: FxMap::default(),
            raw: FxMap::default(),
            postings: Vec::new(),
            stop: Vec::new(),
            scratch: String::new(),
        };
        let mut raw_docs = Vec::with_capacity(items.len());
        let mut doc_tokens = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let doc = u32::try_from(i).expect("collection fits u32");
            let mut label = Vec::new();
            b.add(item.label(), LABEL, &mut doc_tokens, Some(&mut label));
            let mut alts = Vec::with_capacity(item.alt_labels().len());
            for alt in item.alt_labels() {
                let mut ids = Vec::new();
                b.add(alt, ALT, &mut doc_tokens, Some(&mut ids));
                alts.push(ids.into_boxed_slice());
            }
            // Translated labels rank as alternative labels. One that reads
            // like a label the item already has (the Filipino "welder" of the
            // welder) or that another language shares is left out, so that it
            // does not count twice as support.
            for translated in item.translated_labels() {
                let mut ids = Vec::new();
                b.add(translated, ALT, &mut doc_tokens, Some(&mut ids));
                if !ids.is_empty() && ids != label && !alts.iter().any(|a| **a == *ids) {
                    alts.push(ids.into_boxed_slice());
                }
            }
            b.add(item.extra_labels(), ALT, &mut doc_tokens, None);
            b.add(item.description(), DESC, &mut doc_tokens, None);
            let mut group = Vec::new();
            if let Some(g) = item.group_label() {
                b.add(g, GROUP, &mut doc_tokens, Some(&mut group));
            }
            b.post(doc, &mut doc_tokens);
            raw_docs.push((label, alts, group));
        }
        // Renumber tokens in sorted order so that a prefix is an id range.
        let mut vocab: Vec<(Box<str>, u32)> = b.ids.into_iter().collect();
        vocab.sort_unstable();
        let mut new_id = vec![0u32; vocab.len()];
        for (sorted, (_, old)) in vocab.iter().enumerate() {
            new_id[*old as usize] = sorted as u32;
        }
        let mut postings = vec![Vec::new(); vocab.len()];
        for (old, list) in b.postings.into_iter().enumerate() {
            postings[new_id[old] as usize] = list;
        }
        let remap =
            |ids: Vec<u32>| -> Box<[u32]> { ids.into_iter().map(|i| new_id[i as usize]).collect() };
        let vocab: Vec<Box<str>> = vocab.into_iter().map(|(t, _)| t).collect();
        let docs = raw_docs
            .into_iter()
            .map(|(label, alts, group)| {
                let label = remap(label);
                let content_len = label
                    .iter()
                    .filter(|&&t| !STOPWORDS.contains(&&*vocab[t as usize]))
                    .count();
                Doc {
                    label,
                    alts: alts.into_iter().map(|a| remap(a.into_vec())).collect(),
                    content_len,
                    group: remap(group),
                }
            })
            .collect();
        Index {
            vocab,
            postings,
            docs,
        }
    }

    /// The token-id range of vocabulary entries matching a query word:
    /// the word itself, and every word it starts when it has 2+ characters.
    fn range(&self, word: &str) -> (u32, u32, Option<u32>) {
        let lo = self.vocab.partition_point(|t| &**t < word);
        let exact = (self.vocab.get(lo).map(|t| &**t) == Some(word)).then_some(lo as u32);
        let hi = if word.chars().count() >= 2 {
            lo + self.vocab[lo..].partition_point(|t| t.starts_with(word))
        } else {
            lo + usize::from(exact.is_some())
        };
        (lo as u32, hi as u32, exact)
    }

    /// Ranked hits for `query`, at most `limit`.
    pub(crate) fn search<'a, T>(&self, items: &'a [T], query: &str, limit: usize) -> Vec<Hit<&'a T>>
    where
        T: Searchable,
    {
        if limit == 0 {
            return Vec::new();
        }
        let mut words: Vec<String> = Vec::new();
        tokens(query, |t| words.push(t.to_owned()));
        if words.is_empty() {
            return Vec::new();
        }
        let ranges: Vec<(u32, u32, Option<u32>)> = words.iter().map(|w| self.range(w)).collect();
        let content: Vec<usize> = (0..words.len())
            .filter(|&i| !STOPWORDS.contains(&words[i].as_str()))
            .collect();
        let required: Vec<usize> = if content.is_empty() {
            (0..words.len()).collect()
        } else {
            content
        };
        let exact_seq: Option<Vec<u32>> = ranges.iter().map(|r| r.2).collect();

        // Per required word: for each document, the fields where it matches
        // (any = exact or prefix; exact = whole word).
        let n = self.docs.len();
        let mut any = vec![0u8; n * required.len()];
        let mut exact = vec![0u8; n * required.len()];
        for (slot, &w) in required.iter().enumerate() {
            let (lo, hi, ex) = ranges[w];
            if lo == hi {
                return Vec::new(); // a word matches nothing: no document has them all
            }
            for id in lo..hi {
                let whole = Some(id) == ex;
                for &(doc, mask) in &self.postings[id as usize] {
                    let k = doc as usize * required.len() + slot;
                    any[k] |= mask;
                    if whole {
                        exact[k] |= mask;
                    }
                }
            }
        }

        let in_range = |id: u32, w: usize| ranges[w].0 <= id && id < ranges[w].1;
        let mut hits: Vec<(f32, &T)> = Vec::new();
        for d in 0..n {
            let row = &any[d * required.len()..(d + 1) * required.len()];
            if row.contains(&0) {
                continue;
            }
            let xrow = &exact[d * required.len()..(d + 1) * required.len()];
            let doc = &self.docs[d];
            let all = |fields: u8| row.iter().all(|&m| m & fields != 0);
            let exact_frac = |fields: u8| {
                xrow.iter().filter(|&&m| m & fields != 0).count() as f32 / required.len() as f32
            };
            let (tier, e) = match &exact_seq {
                Some(seq) if **seq == *doc.label => (5.0, 1.0),
                Some(seq) if doc.alts.iter().any(|a| **a == **seq) => (4.0, 1.0),
                _ if all(LABEL) => (3.0, exact_frac(LABEL)),
                _ if all(LABEL | ALT) => (2.0, exact_frac(LABEL | ALT)),
                _ => (1.0, exact_frac(LABEL | ALT | DESC)),
            };
            let support = doc
                .alts
                .iter()
                .filter(|alt| {
                    required
                        .iter()
                        .all(|&w| alt.iter().any(|&t| in_range(t, w)))
                })
                .count() as f32;
            let group = !doc.group.is_empty()
                && required.iter().all(|&w| {
                    doc.group
                        .iter()
                        .any(|&t| shares_stem(&words[w], &self.vocab[t as usize]))
                });
            let coverage = (required.len() as f32 / doc.content_len.max(1) as f32).min(1.0);
            let score = tier
                + 0.30 * e
                + 0.25 * support / (support + 2.0)
                + 0.25 * f32::from(u8::from(group))
                + 0.15 * coverage;
            hits.push((score, &items[d]));
        }
        hits.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| a.1.label().len().cmp(&b.1.label().len()))
                .then_with(|| a.1.label().cmp(b.1.label()))
        });
        hits.truncate(limit);
        hits.into_iter()
            .map(|(score, item)| Hit { item, score })
            .collect()
    }
}

/// Two words share a stem: at least four leading letters in common, and at
/// most two letters of the shorter word left over ("nurse" / "nursing",
/// "welder" / "welding", not "care" / "carpenter").
fn shares_stem(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 4 && common + 2 >= shorter
}

/// Ranked ESCO occupations for a free-text query (empty for an empty or
/// unmatched query). See the module documentation for the ranking.
pub fn search_occupations(query: &str, limit: usize) -> Vec<Hit<&'static Occupation>> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    let items = crate::occupations();
    INDEX
        .get_or_init(|| Index::build(items))
        .search(items, query, limit)
}

/// Ranked ESCO skills for a free-text query (empty for an empty or unmatched
/// query). Matches the preferred label, the alternative labels, the whole
/// label text and the description.
pub fn search_skills(query: &str, limit: usize) -> Vec<Hit<&'static Skill>> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    let items = crate::skills();
    INDEX
        .get_or_init(|| Index::build(items))
        .search(items, query, limit)
}

/// Builds both search indexes now rather than on the first search.
pub(crate) fn warm() {
    let _ = search_occupations("", 1);
    let _ = search_skills("", 1);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        tokens(s, |t| v.push(t.to_owned()));
        v
    }

    #[test]
    fn normalises_case_plurals_accents_and_apostrophes() {
        assert_eq!(toks("Welders, NURSES"), vec!["welder", "nurse"]);
        assert_eq!(
            toks("activities boxes glass bus"),
            vec!["activity", "box", "glass", "bus"]
        );
        assert_eq!(toks("Séance children's"), vec!["seance", "children"]);
        assert_eq!(toks("anti-virus 3D"), vec!["anti", "virus", "3d"]);
        assert!(toks("  !!! ").is_empty());
    }

    #[test]
    fn devanagari_words_stay_whole() {
        // Vowel signs (ि ा े) and the virama (्) are combining marks.
        assert_eq!(toks("वेल्डर"), vec!["वेल्डर"]);
        assert_eq!(toks("वेल्डिङ गर्ने कामदार"), vec!["वेल्डिङ", "गर्ने", "कामदार"]);
        // Danda and double danda separate words.
        assert_eq!(toks("नर्स।डकर्मी॥ सिकर्मी"), vec!["नर्स", "डकर्मी", "सिकर्मी"]);
        // A zero-width joiner (eyelash ra) stays in the word and is dropped.
        assert_eq!(toks("पुर्\u{200D}याउने"), vec!["पुर्याउने"]);
    }

    #[test]
    fn hangul_words_stay_whole() {
        assert_eq!(toks("용접공"), vec!["용접공"]);
        assert_eq!(
            toks("과일·채소 수확원, 간호사. 「요양보호사」"),
            vec!["과일", "채소", "수확원", "간호사", "요양보호사"]
        );
    }

    #[test]
    fn arabic_words_stay_whole_and_fold() {
        assert_eq!(toks("عامل لحام"), vec!["عامل", "لحام"]);
        // Harakat (shadda, fatha) and tatweel are dropped, not word breaks.
        assert_eq!(toks("لَحّام"), vec!["لحام"]);
        assert_eq!(toks("لحـــام"), vec!["لحام"]);
        // Arabic comma, semicolon and question mark separate words.
        assert_eq!(toks("نجار،حداد؛ سباك؟"), vec!["نجار", "حداد", "سباك"]);
        // Letter variants fold: hamza on alef, ta marbuta, alef maksura.
        assert_eq!(toks("أخصائي"), toks("اخصائي"));
        assert_eq!(toks("ممرضة"), toks("ممرضه"));
        assert_eq!(toks("مستشفى"), toks("مستشفي"));
    }

    #[test]
    fn other_scripts_and_spellings() {
        // Accents typed as combining marks fold like precomposed ones.
        assert_eq!(toks("enfermeri\u{301}a"), vec!["enfermeria"]);
        assert_eq!(toks("Schweißer Manœuvre"), vec!["schweisser", "manoeuvre"]);
        // Spanish punctuation and quotes separate words; plurals of ASCII
        // tokens are stemmed, other tokens never are.
        assert_eq!(
            toks("¿soldadores? «enfermeras»"),
            vec!["soldadore", "enfermera"]
        );
        assert_eq!(
            toks("children’s — 2–3 €5 😀"),
            vec!["children", "2", "3", "5"]
        );
        assert_eq!(toks("ship\u{AD}pers"), vec!["shipper"]);
        assert!(toks("\u{200D}\u{FE0F} 。、").is_empty());
    }

    #[test]
    fn shared_stems() {
        assert!(shares_stem("nurse", "nursing"));
        assert!(shares_stem("welder", "welder"));
        assert!(shares_stem("welder", "welding"));
        assert!(!shares_stem("care", "carpenter"));
        assert!(!shares_stem("art", "artisan"));
    }
}
