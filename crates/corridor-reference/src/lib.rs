//! Reference data for Corridor, embedded in the binary and served without
//! any I/O at run time.
//!
//! - **ISCO-08**: all 619 groups of the International Standard
//!   Classification of Occupations ([`isco_groups`], [`isco_group`]).
//! - **ESCO occupations** (2,942), each in an ISCO-08 unit group
//!   ([`occupations`], [`occupation`], [`occupations_in_isco`],
//!   [`search_occupations`]).
//! - **Occupation labels in other languages** for 61 occupations common in
//!   labour migration: Spanish, French, Nepali, Korean, Filipino, German,
//!   Italian and Arabic ([`occupation_label`], [`occupation_labels`]). This
//!   table was written for this project, not taken from ESCO, and awaits
//!   native-speaker review; the search finds occupations by these labels too.
//! - **ESCO skills and knowledge** (13,939) ([`skills`], [`skill`],
//!   [`search_skills`]). ESCO's English skills file runs each skill's labels
//!   and description together; the preferred label is taken from a clean
//!   ESCO file where one lists the skill and otherwise recovered by a
//!   heuristic, exact for about 9 skills in 10 (see [`LabelSource`] and
//!   `data/README.md`).
//! - **ISO 3166-1** countries, **ISO 639** languages and **ISO 4217**
//!   currencies ([`country`], [`language`], [`currency`]).
//! - The **WHO Health Workforce Support and Safeguards List 2023**
//!   ([`who_safeguard_list`], [`on_who_safeguard_list`]).
//!
//! The ESCO, ISCO and WHO tables are gzip-compressed TSV files compiled in
//! with `include_bytes!`; each is decompressed and parsed once, on first
//! use, behind a [`std::sync::OnceLock`]; each search index is built on the
//! first search of its collection. Measured on the 2-core development machine
//! while busy (`cargo run -p corridor-reference --example timing`, CPU time,
//! debug build with this crate at opt-level 2): decoding the ESCO and ISCO
//! tables about 110 ms, building both search indexes about 180 ms; a search
//! then takes well under a millisecond. Call [`preload`] at start-up to pay
//! all of it before the first request. The files are regenerated from ESCO's
//! CSV release by `data/prepare.py`, except the translated occupation labels
//! (`data/occupation_labels.tsv`, plain TSV, `include_str!`), which are
//! edited by hand.
//!
//! Data published from this crate must carry [`ESCO_ATTRIBUTION`] and
//! [`WHO_ATTRIBUTION`].

mod esco;
mod iso;
mod labels;
mod search;
mod tsv;
mod who;

pub use esco::{
    IscoGroup, LabelSource, OCCUPATION_URI_PREFIX, Occupation, SKILL_URI_PREFIX, Skill, isco_group,
    isco_groups, occupation, occupations, occupations_in_isco, skill, skills,
};
pub use iso::{
    Country, Currency, Language, countries, country, currencies, currency, language, languages,
    major_languages,
};
pub use labels::{OCCUPATION_LABEL_LANGUAGES, occupation_label, occupation_labels};
pub use search::{Hit, search_occupations, search_skills};
pub use who::{SafeguardCountry, on_who_safeguard_list, who_safeguard_list};

/// The attribution ESCO's licence requires wherever ESCO-derived data is shown.
pub const ESCO_ATTRIBUTION: &str = "Source: ESCO, the European classification of Skills, \
Competences and Occupations, v1.0, European Commission. © European Union. Reuse is authorised \
under CC BY 4.0, per Commission Decision 2011/833/EU.";

/// The source line for the WHO Health Workforce Support and Safeguards List.
pub const WHO_ATTRIBUTION: &str = "Source: World Health Organization, Health Workforce Support \
and Safeguards List 2023 (WHO Global Code of Practice on the International Recruitment of \
Health Personnel).";

/// Decodes every table and builds both search indexes now, so that no later
/// call pays the one-off loading cost.
pub fn preload() {
    let _ = isco_groups();
    let _ = occupation("");
    let _ = skills();
    let _ = country("");
    let _ = language("");
    let _ = currencies();
    let _ = who_safeguard_list();
    labels::warm();
    search::warm();
}
