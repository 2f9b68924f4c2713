//! ISCO-08 groups, ESCO occupations and ESCO skills, decoded once from the
//! embedded tables.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::tsv;

/// Prefix of every ESCO occupation URI; the tables store only the UUID after it.
pub const OCCUPATION_URI_PREFIX: &str = "http://data.europa.eu/esco/occupation/";
/// Prefix of every ESCO skill URI; the tables store only the UUID after it.
pub const SKILL_URI_PREFIX: &str = "http://data.europa.eu/esco/skill/";

static ISCO_GZ: &[u8] = include_bytes!("../data/isco_groups.tsv.gz");
static OCCUPATIONS_GZ: &[u8] = include_bytes!("../data/occupations.tsv.gz");
static SKILLS_GZ: &[u8] = include_bytes!("../data/skills.tsv.gz");

/// A group of the ISCO-08 classification at any of its four levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IscoGroup {
    /// The code: 1 digit (major group) to 4 digits (unit group), e.g. `7212`.
    pub code: String,
    /// The English title, e.g. "Welders and flamecutters".
    pub label: String,
    /// The ILO description of the group (paragraphs separated by `\n`).
    pub description: String,
}

impl IscoGroup {
    /// The level: 1 major, 2 sub-major, 3 minor, 4 unit group (the code's length).
    pub fn level(&self) -> u8 {
        // Codes are 1 to 4 ASCII digits, checked when the table is loaded.
        self.code.len() as u8
    }

    /// The code of the group one level up, or `None` for a major group.
    pub fn parent_code(&self) -> Option<&str> {
        (self.code.len() > 1).then(|| &self.code[..self.code.len() - 1])
    }
}

/// An ESCO occupation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occupation {
    /// The concept URI, `http://data.europa.eu/esco/occupation/<uuid>`.
    pub uri: String,
    /// The ISCO-08 unit group (4 digits) the occupation belongs to.
    pub isco: String,
    /// The preferred English label, e.g. "welder".
    pub label: String,
    /// Alternative English labels (synonyms, specialisations, other spellings).
    pub alt_labels: Vec<String>,
    /// The ESCO description.
    pub description: String,
}

impl Occupation {
    /// The trailing UUID of the URI.
    pub fn uuid(&self) -> &str {
        &self.uri[OCCUPATION_URI_PREFIX.len()..]
    }
}

/// Where a skill's preferred label comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelSource {
    /// A clean ESCO file (a skills collection or the skill groups) gives it.
    Clean,
    /// Recovered from ESCO's run-on label text by the heuristic described in
    /// `data/README.md` (exact for about 9 skills in 10).
    Heuristic,
}

/// An ESCO skill or knowledge concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skill {
    /// The concept URI, `http://data.europa.eu/esco/skill/<uuid>`.
    pub uri: String,
    /// The preferred English label (best effort, see [`LabelSource`]).
    pub label: String,
    /// Alternative labels; only listed where a clean source gives them, so
    /// often empty. Their words are always in [`Skill::label_text`].
    pub alt_labels: Vec<String>,
    /// The description.
    pub description: String,
    /// All labels of the skill run together as ESCO publishes them: the
    /// preferred label followed by the alternative labels. Search matches it.
    pub label_text: String,
    /// Whether `label` is clean or recovered by the heuristic.
    pub label_source: LabelSource,
}

impl Skill {
    /// The trailing UUID of the URI.
    pub fn uuid(&self) -> &str {
        &self.uri[SKILL_URI_PREFIX.len()..]
    }
}

fn load_isco() -> Vec<IscoGroup> {
    let text = tsv::gunzip(ISCO_GZ, "isco_groups.tsv.gz");
    let groups: Vec<IscoGroup> = tsv::records(&text, 3, "isco_groups.tsv.gz")
        .map(|f| {
            let [code, label, description] = <[String; 3]>::try_from(f).expect("3 fields");
            assert!(
                (1..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()),
                "bad ISCO code {code:?}"
            );
            IscoGroup {
                code,
                label,
                description,
            }
        })
        .collect();
    assert!(groups.windows(2).all(|w| w[0].code < w[1].code));
    groups
}

fn load_occupations() -> Vec<Occupation> {
    let text = tsv::gunzip(OCCUPATIONS_GZ, "occupations.tsv.gz");
    tsv::records(&text, 5, "occupations.tsv.gz")
        .map(|f| {
            let [uuid, isco, label, alts, description] =
                <[String; 5]>::try_from(f).expect("5 fields");
            Occupation {
                uri: format!("{OCCUPATION_URI_PREFIX}{uuid}"),
                isco,
                label,
                alt_labels: tsv::list(&alts),
                description,
            }
        })
        .collect()
}

fn load_skills() -> Vec<Skill> {
    let text = tsv::gunzip(SKILLS_GZ, "skills.tsv.gz");
    tsv::records(&text, 6, "skills.tsv.gz")
        .map(|f| {
            let [uuid, label, alts, label_text, description, source] =
                <[String; 6]>::try_from(f).expect("6 fields");
            Skill {
                uri: format!("{SKILL_URI_PREFIX}{uuid}"),
                label,
                alt_labels: tsv::list(&alts),
                description,
                label_text,
                label_source: match source.as_str() {
                    "c" => LabelSource::Clean,
                    "h" => LabelSource::Heuristic,
                    other => panic!("skills.tsv.gz: unknown label source {other:?}"),
                },
            }
        })
        .collect()
}

/// All 619 ISCO-08 groups, sorted by code (so each group is followed by the
/// groups inside it).
pub fn isco_groups() -> &'static [IscoGroup] {
    static GROUPS: OnceLock<Vec<IscoGroup>> = OnceLock::new();
    GROUPS.get_or_init(load_isco)
}

/// The ISCO-08 group with this code (1 to 4 digits), if it exists.
pub fn isco_group(code: &str) -> Option<&'static IscoGroup> {
    let groups = isco_groups();
    let code = code.trim();
    groups
        .binary_search_by(|g| g.code.as_str().cmp(code))
        .ok()
        .map(|i| &groups[i])
}

/// All 2,942 ESCO occupations, sorted by ISCO-08 unit group, then label.
pub fn occupations() -> &'static [Occupation] {
    static OCCUPATIONS: OnceLock<Vec<Occupation>> = OnceLock::new();
    OCCUPATIONS.get_or_init(load_occupations)
}

/// The UUID of a concept URI with this prefix, or the trimmed input.
pub(crate) fn uuid_key<'a>(uri_or_uuid: &'a str, prefix: &str) -> &'a str {
    let s = uri_or_uuid.trim();
    s.strip_prefix(prefix).unwrap_or(s)
}

/// The occupation with this concept URI or bare UUID.
pub fn occupation(uri_or_uuid: &str) -> Option<&'static Occupation> {
    static BY_UUID: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let all = occupations();
    let map = BY_UUID.get_or_init(|| all.iter().enumerate().map(|(i, o)| (o.uuid(), i)).collect());
    map.get(uuid_key(uri_or_uuid, OCCUPATION_URI_PREFIX))
        .map(|&i| &all[i])
}

/// The occupations whose ISCO-08 unit group starts with `prefix` (`"7212"`,
/// `"72"`, or `""` for all), in ISCO code then label order.
pub fn occupations_in_isco(prefix: &str) -> std::slice::Iter<'static, Occupation> {
    let all = occupations();
    let prefix = prefix.trim();
    // Sorted by code, so the matches are one contiguous run.
    let start = all.partition_point(|o| o.isco.as_str() < prefix);
    let len = all[start..]
        .iter()
        .take_while(|o| o.isco.starts_with(prefix))
        .count();
    all[start..start + len].iter()
}

/// All 13,939 ESCO skills and knowledge concepts, sorted by UUID.
pub fn skills() -> &'static [Skill] {
    static SKILLS: OnceLock<Vec<Skill>> = OnceLock::new();
    SKILLS.get_or_init(load_skills)
}

/// The skill with this concept URI or bare UUID.
pub fn skill(uri_or_uuid: &str) -> Option<&'static Skill> {
    let all = skills();
    let key = uuid_key(uri_or_uuid, SKILL_URI_PREFIX);
    all.binary_search_by(|s| s.uuid().cmp(key))
        .ok()
        .map(|i| &all[i])
}
