//! The engine's own input types: programmes, job orders and workers.
//!
//! They are deliberately compact — `u32` ids, interned ESCO URIs, codes of a
//! few bytes — so that a million workers fit comfortably in memory. The
//! domain crate's richer types are adapted to these by the caller:
//!
//! * ids ([`WorkerId`], [`JobOrderId`], [`ProgrammeId`], [`EmployerId`]) are
//!   small dense integers the adapter assigns (the index stores records in
//!   vectors indexed by id, so keep them dense: 0, 1, 2, …);
//! * ESCO occupation and skill URIs and language codes are interned in a
//!   [`Vocabulary`] into [`OccupationId`], [`SkillId`] and [`LanguageId`],
//!   and the vocabulary also holds the labels used in explanations;
//! * dates become [`Day`]s.

use std::collections::HashMap;

use crate::codes::{Cefr, CountryCode, Day, IscoCode, Sex};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $int:ty) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub $int);

        impl $name {
            /// The id as a vector index.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// A worker, numbered densely by the caller.
    WorkerId,
    u32
);
id_type!(
    /// A job order, numbered densely by the caller.
    JobOrderId,
    u32
);
id_type!(
    /// A labour-mobility programme.
    ProgrammeId,
    u32
);
id_type!(
    /// An employer at destination.
    EmployerId,
    u32
);
id_type!(
    /// An ESCO occupation, interned by a [`Vocabulary`].
    OccupationId,
    u32
);
id_type!(
    /// An ESCO skill or knowledge concept, interned by a [`Vocabulary`].
    SkillId,
    u32
);
id_type!(
    /// A language (ISO 639 code or ESCO language URI), interned by a
    /// [`Vocabulary`].
    LanguageId,
    u16
);

/// Interns ESCO URIs and language codes into small ids and keeps the
/// human labels that explanations print (occupation labels, ISCO-08 group
/// labels, language names).
///
/// The engine never reads files: the caller (or the synthetic generator)
/// fills the labels, e.g. from `corridor-reference`.
#[derive(Default, Debug, Clone)]
pub struct Vocabulary {
    occupations: Interner,
    occupation_labels: Vec<Option<Box<str>>>,
    skills: Interner,
    languages: Interner,
    language_labels: Vec<Option<Box<str>>>,
    isco_labels: HashMap<IscoCode, Box<str>>,
}

#[derive(Default, Debug, Clone)]
struct Interner {
    ids: HashMap<Box<str>, u32>,
    keys: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.keys.push(key.into());
        self.ids.insert(key.into(), id);
        id
    }
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Self {
        Self::default()
    }

    /// The id for an ESCO occupation URI, creating it if new.
    pub fn occupation(&mut self, uri: &str) -> OccupationId {
        let id = self.occupations.intern(uri);
        if self.occupation_labels.len() <= id as usize {
            self.occupation_labels.resize(id as usize + 1, None);
        }
        OccupationId(id)
    }

    /// Interns an occupation and records its preferred label.
    pub fn occupation_with_label(&mut self, uri: &str, label: &str) -> OccupationId {
        let id = self.occupation(uri);
        self.occupation_labels[id.index()] = Some(label.into());
        id
    }

    /// The id for an ESCO skill URI, creating it if new.
    pub fn skill(&mut self, uri: &str) -> SkillId {
        SkillId(self.skills.intern(uri))
    }

    /// The id for a language code (e.g. ISO 639-3 `kor`), creating it if new.
    pub fn language(&mut self, code: &str) -> LanguageId {
        let id = self.languages.intern(code);
        if self.language_labels.len() <= id as usize {
            self.language_labels.resize(id as usize + 1, None);
        }
        LanguageId(id as u16)
    }

    /// Interns a language and records its name (e.g. `Korean`).
    pub fn language_with_label(&mut self, code: &str, name: &str) -> LanguageId {
        let id = self.language(code);
        self.language_labels[usize::from(id.0)] = Some(name.into());
        id
    }

    /// Records the label of an ISCO-08 group (any level).
    pub fn set_isco_label(&mut self, code: IscoCode, label: &str) {
        self.isco_labels.insert(code, label.into());
    }

    /// The URI an occupation id was interned from.
    pub fn occupation_uri(&self, id: OccupationId) -> Option<&str> {
        self.occupations.keys.get(id.index()).map(|s| &**s)
    }

    /// The label of an occupation, else its URI.
    pub fn occupation_label(&self, id: OccupationId) -> &str {
        match self.occupation_labels.get(id.index()) {
            Some(Some(label)) => label,
            _ => self.occupation_uri(id).unwrap_or("unknown occupation"),
        }
    }

    /// The URI a skill id was interned from.
    pub fn skill_uri(&self, id: SkillId) -> Option<&str> {
        self.skills.keys.get(id.index()).map(|s| &**s)
    }

    /// The name of a language, else its code.
    pub fn language_label(&self, id: LanguageId) -> &str {
        match self.language_labels.get(usize::from(id.0)) {
            Some(Some(label)) => label,
            _ => self
                .languages
                .keys
                .get(usize::from(id.0))
                .map(|s| &**s)
                .unwrap_or("unknown language"),
        }
    }

    /// The label of an ISCO-08 group, if known.
    pub fn isco_label(&self, code: IscoCode) -> Option<&str> {
        self.isco_labels.get(&code).map(|s| &**s)
    }

    /// How many skills are interned.
    pub fn skill_count(&self) -> usize {
        self.skills.keys.len()
    }
}

/// A language with a CEFR level: what a worker speaks, or the minimum a job
/// order requires.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LanguageLevel {
    /// The language.
    pub language: LanguageId,
    /// The level spoken, or the minimum level required.
    pub level: Cefr,
}

/// A quota of a programme for the current period: at most `remaining` more
/// placements among those in its scope. A scope field left `None` means
/// "any": `Quota { isco: Some(611), sex: None, origin: None, .. }` caps
/// placements in market-oriented gardening and crop growing from all origins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Quota {
    /// Only job orders in this ISCO-08 group (any level).
    pub isco: Option<IscoCode>,
    /// Only workers of this sex.
    pub sex: Option<Sex>,
    /// Only workers from this origin country.
    pub origin: Option<CountryCode>,
    /// Placements still allowed in this period.
    pub remaining: u32,
}

impl Quota {
    /// Whether a placement of a worker (sex, origin) in an occupation falls
    /// in this quota's scope.
    pub fn covers(&self, isco: IscoCode, sex: Sex, origin: CountryCode) -> bool {
        self.isco.is_none_or(|g| g.contains(isco))
            && self.sex.is_none_or(|s| s == sex)
            && self.origin.is_none_or(|o| o == origin)
    }
}

/// A bilateral labour-mobility programme, as far as matching needs it.
#[derive(Clone, Debug)]
pub struct Programme {
    /// Its id.
    pub id: ProgrammeId,
    /// Countries of origin it recruits from (a worker is covered through a
    /// citizenship or their country of residence).
    pub origins: Vec<CountryCode>,
    /// Country of destination.
    pub destination: CountryCode,
    /// ISCO-08 groups (any level) its job orders may be in; empty means all.
    pub allowed_isco: Vec<IscoCode>,
    /// Quotas for the current period.
    pub quotas: Vec<Quota>,
    /// Minimum share of women among the placements of a round, in per mille
    /// (400 = 40%), if the programme sets one.
    pub min_women_share_permille: Option<u16>,
    /// Whether returning workers with a completed placement get priority.
    pub priority_rehire: bool,
}

impl Programme {
    /// Whether the programme allows job orders in this unit group.
    pub fn allows(&self, isco: IscoCode) -> bool {
        self.allowed_isco.is_empty() || self.allowed_isco.iter().any(|g| g.contains(isco))
    }
}

/// A job order posted by an employer under a programme.
#[derive(Clone, Debug)]
pub struct JobOrder {
    /// Its id.
    pub id: JobOrderId,
    /// The programme it is posted under.
    pub programme: ProgrammeId,
    /// The employer.
    pub employer: EmployerId,
    /// The ESCO occupation.
    pub occupation: OccupationId,
    /// The occupation's ISCO-08 unit group (four digits).
    pub isco: IscoCode,
    /// Open positions (its capacity in a round).
    pub positions: u32,
    /// First day of work.
    pub start: Day,
    /// Length of the contract in months.
    pub duration_months: u16,
    /// ESCO skills the employer requires (scored, not a hard rule).
    pub required_skills: Vec<SkillId>,
    /// ESCO skills that are a plus.
    pub optional_skills: Vec<SkillId>,
    /// Languages required, each at a minimum level (hard rule).
    pub languages: Vec<LanguageLevel>,
    /// Minimum experience in months in the same ISCO-08 unit group (hard
    /// rule; see [`crate::score`]).
    pub min_experience_months: u16,
    /// Returning workers the employer asks for by name.
    pub named_workers: Vec<WorkerId>,
    /// The employer's own ranking of candidates, best first (used by the
    /// stable round in place of the score; workers not listed come after,
    /// by score).
    pub employer_ranking: Vec<WorkerId>,
}

impl JobOrder {
    /// The last day of the contract (start plus duration).
    pub fn end(&self) -> Day {
        self.start.add_months(u32::from(self.duration_months))
    }
}

/// One occupation in a worker's profile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct WorkerOccupation {
    /// The ESCO occupation.
    pub occupation: OccupationId,
    /// Its ISCO-08 unit group (four digits).
    pub isco: IscoCode,
    /// Months of experience in it.
    pub experience_months: u16,
}

/// A completed placement: the worker went, worked and came back.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CompletedPlacement {
    /// Under which programme.
    pub programme: ProgrammeId,
    /// With which employer.
    pub employer: EmployerId,
}

/// A worker's profile, as far as matching needs it.
#[derive(Clone, Debug)]
pub struct Worker {
    /// Their id.
    pub id: WorkerId,
    /// Declared sex.
    pub sex: Sex,
    /// Citizenships (one or more).
    pub citizenships: Vec<CountryCode>,
    /// Country of usual residence.
    pub residence: CountryCode,
    /// Occupations with experience.
    pub occupations: Vec<WorkerOccupation>,
    /// ESCO skills declared (kept sorted by the index).
    pub skills: Vec<SkillId>,
    /// Languages spoken, with levels.
    pub languages: Vec<LanguageLevel>,
    /// First day they can start.
    pub available_from: Day,
    /// Last day they can work, if limited.
    pub available_until: Option<Day>,
    /// Job orders they applied to, best first (their ranking in a stable
    /// round; when empty they rank by score).
    pub preferred_job_orders: Vec<JobOrderId>,
    /// Programmes they prefer.
    pub preferred_programmes: Vec<ProgrammeId>,
    /// Destinations they prefer.
    pub preferred_destinations: Vec<CountryCode>,
    /// Completed placements (a returning worker has at least one).
    pub completed_placements: Vec<CompletedPlacement>,
    /// Programmes that excluded them (e.g. after a violation).
    pub excluded_from: Vec<ProgrammeId>,
}

impl Worker {
    /// Whether the worker is a citizen or resident of `country`.
    pub fn belongs_to(&self, country: CountryCode) -> bool {
        self.residence == country || self.citizenships.contains(&country)
    }

    /// The origin through which a programme covers this worker: the first of
    /// the programme's origins (in the programme's order) that is one of
    /// their citizenships or their residence. Quotas per origin count this
    /// country.
    pub fn origin_in(&self, programme: &Programme) -> Option<CountryCode> {
        programme
            .origins
            .iter()
            .copied()
            .find(|&c| self.belongs_to(c))
    }

    /// The level at which the worker speaks a language, if at all.
    pub fn level_in(&self, language: LanguageId) -> Option<Cefr> {
        self.languages
            .iter()
            .filter(|l| l.language == language)
            .map(|l| l.level)
            .max()
    }

    /// Sorts and deduplicates list fields so that lookups are fast.
    pub(crate) fn normalise(&mut self) {
        self.skills.sort_unstable();
        self.skills.dedup();
        self.skills.shrink_to_fit();
        self.citizenships.sort_unstable();
        self.citizenships.dedup();
        self.citizenships.shrink_to_fit();
        self.occupations.shrink_to_fit();
        self.languages.shrink_to_fit();
        self.preferred_job_orders.shrink_to_fit();
    }
}

impl JobOrder {
    pub(crate) fn normalise(&mut self) {
        self.required_skills.sort_unstable();
        self.required_skills.dedup();
        self.optional_skills.sort_unstable();
        self.optional_skills.dedup();
        self.optional_skills
            .retain(|s| self.required_skills.binary_search(s).is_err());
        self.named_workers.sort_unstable();
        self.named_workers.dedup();
    }
}
