//! Eligibility (hard rules) and the score (soft, explainable) of a worker for
//! a job order.
//!
//! # Eligibility
//! A worker is eligible for a job order when all of these hold:
//! 1. the programme allows the job order's occupation (ISCO-08 groups);
//! 2. the programme covers one of the worker's citizenships or their country
//!    of residence;
//! 3. the programme has not excluded the worker;
//! 4. the worker is available on the job's first day;
//! 5. the worker speaks every required language at the required CEFR level;
//! 6. the worker has the minimum experience **in the job order's ISCO-08 unit
//!    group** (months summed over their occupations in that unit group — we
//!    count the unit group, not only the same ESCO occupation, because ESCO
//!    occupations within a unit group are close substitutes and workers often
//!    record a neighbouring occupation).
//!
//! # Score
//! Integer points, so that the optimal round is exact. Each part comes with
//! its words ([`ScorePart::describe`]):
//!
//! | part | points |
//! |---|---|
//! | occupation: same ESCO occupation / unit group / minor / sub-major / major group | 400 / 300 / 180 / 90 / 30 |
//! | required skills held | 250 × held / required |
//! | optional skills held | 50 × held / optional |
//! | languages above the minimum | 20 per CEFR step, at most 60 |
//! | experience in the unit group | 100 × min(months, 120) / 120 |
//! | available for the whole contract | 40 × share of the contract covered |
//! | returning worker, programme gives priority | 150, +50 with the same employer |
//! | named by the employer | 200 |
//! | prefers this programme or destination | 30 |

use std::fmt;

use crate::codes::{Cefr, CountryCode, Day, IscoCode};
use crate::model::{
    JobOrder, LanguageId, OccupationId, Programme, ProgrammeId, Vocabulary, Worker,
};

/// Points for the same ESCO occupation.
pub const SAME_OCCUPATION: u32 = 400;
/// Points for the same ISCO-08 unit group.
pub const SAME_UNIT_GROUP: u32 = 300;
/// Points for the same ISCO-08 minor group.
pub const SAME_MINOR_GROUP: u32 = 180;
/// Points for the same ISCO-08 sub-major group.
pub const SAME_SUB_MAJOR_GROUP: u32 = 90;
/// Points for the same ISCO-08 major group.
pub const SAME_MAJOR_GROUP: u32 = 30;
/// Points for holding every required skill.
pub const REQUIRED_SKILLS: u32 = 250;
/// Points for holding every optional skill.
pub const OPTIONAL_SKILLS: u32 = 50;
/// Points per CEFR step above a required minimum.
pub const LANGUAGE_STEP: u32 = 20;
/// Cap on language points.
pub const LANGUAGE_MAX: u32 = 60;
/// Points for ten years or more of experience in the unit group.
pub const EXPERIENCE_MAX: u32 = 100;
/// Months of experience that earn full experience points.
pub const EXPERIENCE_FULL_MONTHS: u32 = 120;
/// Points for being available for the whole contract.
pub const AVAILABILITY: u32 = 40;
/// Points for a returning worker when the programme gives priority.
pub const RETURNING: u32 = 150;
/// Extra points for returning to the same employer.
pub const RETURNING_SAME_EMPLOYER: u32 = 50;
/// Points for being named by the employer.
pub const NAMED: u32 = 200;
/// Points for a stated preference for the programme or destination.
pub const PREFERENCE: u32 = 30;
/// The highest score a pair can reach.
pub const MAX_SCORE: u32 = SAME_OCCUPATION
    + REQUIRED_SKILLS
    + OPTIONAL_SKILLS
    + LANGUAGE_MAX
    + EXPERIENCE_MAX
    + AVAILABILITY
    + RETURNING
    + RETURNING_SAME_EMPLOYER
    + NAMED
    + PREFERENCE;

/// How close a worker's occupation is to a job order's, through the ISCO-08
/// hierarchy. Ordered from closest to farthest.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum OccupationFit {
    /// The same ESCO occupation.
    SameOccupation,
    /// The same four-digit unit group.
    SameUnitGroup,
    /// The same three-digit minor group.
    SameMinorGroup,
    /// The same two-digit sub-major group.
    SameSubMajorGroup,
    /// The same one-digit major group.
    SameMajorGroup,
    /// Unrelated, or the worker lists no occupation.
    Unrelated,
}

impl OccupationFit {
    /// Points for this fit.
    pub fn points(self) -> u32 {
        match self {
            OccupationFit::SameOccupation => SAME_OCCUPATION,
            OccupationFit::SameUnitGroup => SAME_UNIT_GROUP,
            OccupationFit::SameMinorGroup => SAME_MINOR_GROUP,
            OccupationFit::SameSubMajorGroup => SAME_SUB_MAJOR_GROUP,
            OccupationFit::SameMajorGroup => SAME_MAJOR_GROUP,
            OccupationFit::Unrelated => 0,
        }
    }

    /// The fit between two unit groups (never `SameOccupation`).
    pub fn between_groups(job: IscoCode, worker: IscoCode) -> Self {
        // Two unit groups (the common case, on every pair scored): compare
        // the codes' leading digits by division by constants.
        if job.is_unit_group() && worker.is_unit_group() {
            let (a, b) = (job.raw(), worker.raw());
            return if a == b {
                OccupationFit::SameUnitGroup
            } else if a / 10 == b / 10 {
                OccupationFit::SameMinorGroup
            } else if a / 100 == b / 100 {
                OccupationFit::SameSubMajorGroup
            } else if a / 1000 == b / 1000 {
                OccupationFit::SameMajorGroup
            } else {
                OccupationFit::Unrelated
            };
        }
        let shared = (1..=4u8).rev().find(|&d| {
            job.truncate(d) == worker.truncate(d) && job.level() >= d && worker.level() >= d
        });
        match shared {
            Some(4) => OccupationFit::SameUnitGroup,
            Some(3) => OccupationFit::SameMinorGroup,
            Some(2) => OccupationFit::SameSubMajorGroup,
            Some(1) => OccupationFit::SameMajorGroup,
            _ => OccupationFit::Unrelated,
        }
    }

    /// How many leading ISCO digits the fit shares (4 for same occupation
    /// or unit group, 0 for unrelated).
    pub fn shared_digits(self) -> u8 {
        match self {
            OccupationFit::SameOccupation | OccupationFit::SameUnitGroup => 4,
            OccupationFit::SameMinorGroup => 3,
            OccupationFit::SameSubMajorGroup => 2,
            OccupationFit::SameMajorGroup => 1,
            OccupationFit::Unrelated => 0,
        }
    }
}

/// Why a worker is not eligible for a job order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ineligible {
    /// The programme does not allow the job order's occupation.
    OccupationNotInProgramme {
        /// The job order's unit group.
        isco: IscoCode,
    },
    /// None of the worker's citizenships nor their residence is an origin of
    /// the programme.
    OriginNotCovered,
    /// The programme excluded the worker.
    Excluded {
        /// The programme.
        programme: ProgrammeId,
    },
    /// The worker is not available on the job's first day.
    NotAvailableAtStart,
    /// A required language is missing or below the level.
    Language {
        /// The language.
        language: LanguageId,
        /// Required level.
        needs: Cefr,
        /// The worker's level, if they speak it at all.
        has: Option<Cefr>,
    },
    /// Not enough experience in the unit group.
    Experience {
        /// Months required.
        needs: u16,
        /// Months the worker has in the unit group.
        has: u16,
    },
}

impl Ineligible {
    /// The reason in plain words.
    pub fn describe(&self, vocabulary: &Vocabulary) -> String {
        match *self {
            Ineligible::OccupationNotInProgramme { isco } => {
                format!("the programme does not cover occupations in ISCO group {isco}")
            }
            Ineligible::OriginNotCovered => {
                "the programme does not cover the worker's citizenship or residence".to_string()
            }
            Ineligible::Excluded { .. } => "excluded from this programme".to_string(),
            Ineligible::NotAvailableAtStart => "not available on the first day of work".to_string(),
            Ineligible::Language {
                language,
                needs,
                has,
            } => {
                let name = vocabulary.language_label(language);
                match has {
                    Some(level) => format!("{name} {level}, needs {needs}"),
                    None => format!("does not speak {name}, needs {needs}"),
                }
            }
            Ineligible::Experience { needs, has } => {
                format!("{has} months of experience in the occupation group, needs {needs}")
            }
        }
    }
}

/// One part of a score, with the facts it rests on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScorePart {
    /// Occupation fit through the ISCO-08 hierarchy.
    Occupation {
        /// How close.
        fit: OccupationFit,
        /// The job order's occupation.
        job_occupation: OccupationId,
        /// The group both share, at the fit's level (the job's unit group for
        /// `SameOccupation`).
        group: IscoCode,
    },
    /// Required skills held.
    RequiredSkills {
        /// Held.
        held: u16,
        /// Asked.
        of: u16,
    },
    /// Optional skills held.
    OptionalSkills {
        /// Held.
        held: u16,
        /// Listed.
        of: u16,
    },
    /// A language spoken above the required minimum.
    Language {
        /// The language.
        language: LanguageId,
        /// The worker's level.
        has: Cefr,
        /// The minimum.
        needs: Cefr,
    },
    /// Experience in the job order's unit group.
    Experience {
        /// Months.
        months: u16,
    },
    /// Availability over the contract.
    Availability {
        /// Days of the contract the worker is available.
        covered_days: u32,
        /// Days of the contract.
        contract_days: u32,
    },
    /// A returning worker under a programme that gives priority.
    Returning {
        /// Whether they return to the same employer.
        same_employer: bool,
    },
    /// Named by the employer.
    Named,
    /// The worker prefers this programme or destination.
    Preference {
        /// The destination.
        destination: CountryCode,
    },
}

/// A scored part: its points and what it is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ScoredPart {
    /// Points this part adds.
    pub points: u32,
    /// What the points are for.
    pub part: ScorePart,
}

impl ScorePart {
    /// The part in plain words, e.g. "same unit group 7212 welders and
    /// flame cutters" or "Korean B1, needs A2".
    pub fn describe(&self, vocabulary: &Vocabulary) -> String {
        match *self {
            ScorePart::Occupation {
                fit,
                job_occupation,
                group,
            } => {
                let group_words = |kind: &str| match vocabulary.isco_label(group) {
                    Some(label) => format!("same {kind} {group} {}", label.to_lowercase()),
                    None => format!("same {kind} {group}"),
                };
                match fit {
                    OccupationFit::SameOccupation => {
                        format!(
                            "same occupation: {}",
                            vocabulary.occupation_label(job_occupation)
                        )
                    }
                    OccupationFit::SameUnitGroup => group_words("unit group"),
                    OccupationFit::SameMinorGroup => group_words("minor group"),
                    OccupationFit::SameSubMajorGroup => group_words("sub-major group"),
                    OccupationFit::SameMajorGroup => group_words("major group"),
                    OccupationFit::Unrelated => "no related occupation".to_string(),
                }
            }
            ScorePart::RequiredSkills { held, of } => format!("{held} of {of} required skills"),
            ScorePart::OptionalSkills { held, of } => format!("{held} of {of} optional skills"),
            ScorePart::Language {
                language,
                has,
                needs,
            } => {
                format!(
                    "{} {has}, needs {needs}",
                    vocabulary.language_label(language)
                )
            }
            ScorePart::Experience { months } => {
                let count = |n: u16, one: &str, many: &str| {
                    if n == 1 {
                        format!("1 {one}")
                    } else {
                        format!("{n} {many}")
                    }
                };
                let (y, m) = (months / 12, months % 12);
                let span = match (y, m) {
                    (0, m) => count(m, "month", "months"),
                    (y, 0) => count(y, "year", "years"),
                    (y, m) => format!(
                        "{} {}",
                        count(y, "year", "years"),
                        count(m, "month", "months")
                    ),
                };
                format!("{span} of experience in the occupation group")
            }
            ScorePart::Availability {
                covered_days,
                contract_days,
            } => {
                if covered_days >= contract_days {
                    "available for the whole contract".to_string()
                } else {
                    format!("available for {covered_days} of {contract_days} days of the contract")
                }
            }
            ScorePart::Returning { same_employer } => {
                if same_employer {
                    "returning worker: priority, same employer".to_string()
                } else {
                    "returning worker: priority".to_string()
                }
            }
            ScorePart::Named => "named by the employer".to_string(),
            ScorePart::Preference { destination } => {
                format!("prefers this programme or destination ({destination})")
            }
        }
    }
}

/// A worker's score for a job order, with its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// Sum of the parts' points.
    pub total: u32,
    /// The parts, in the order of the table in the module docs.
    pub parts: Vec<ScoredPart>,
}

impl Score {
    /// Each part as "+points words".
    pub fn explain(&self, vocabulary: &Vocabulary) -> Vec<String> {
        self.parts
            .iter()
            .map(|p| format!("+{} {}", p.points, p.part.describe(vocabulary)))
            .collect()
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} points", self.total)
    }
}

/// What scoring reads of a job order: implemented by [`JobOrder`] and by
/// the compact per-round copy the match rounds score millions of pairs
/// against (the same scoring code runs on both).
pub(crate) trait JobFacts {
    fn occupation(&self) -> OccupationId;
    fn isco(&self) -> IscoCode;
    fn employer(&self) -> crate::model::EmployerId;
    fn start(&self) -> Day;
    fn required_skills(&self) -> &[crate::model::SkillId];
    fn optional_skills(&self) -> &[crate::model::SkillId];
    fn languages(&self) -> &[crate::model::LanguageLevel];
    fn min_experience_months(&self) -> u16;
    fn names(&self, worker: crate::model::WorkerId) -> bool;
}

impl JobFacts for JobOrder {
    fn occupation(&self) -> OccupationId {
        self.occupation
    }
    fn isco(&self) -> IscoCode {
        self.isco
    }
    fn employer(&self) -> crate::model::EmployerId {
        self.employer
    }
    fn start(&self) -> Day {
        self.start
    }
    fn required_skills(&self) -> &[crate::model::SkillId] {
        &self.required_skills
    }
    fn optional_skills(&self) -> &[crate::model::SkillId] {
        &self.optional_skills
    }
    fn languages(&self) -> &[crate::model::LanguageLevel] {
        &self.languages
    }
    fn min_experience_months(&self) -> u16 {
        self.min_experience_months
    }
    fn names(&self, worker: crate::model::WorkerId) -> bool {
        !self.named_workers.is_empty() && self.named_workers.binary_search(&worker).is_ok()
    }
}

/// Checks the hard rules. Returns the first rule that fails.
pub fn check_eligibility(
    programme: &Programme,
    job: &JobOrder,
    worker: &Worker,
) -> Result<(), Ineligible> {
    if !programme.allows(job.isco) {
        return Err(Ineligible::OccupationNotInProgramme { isco: job.isco });
    }
    check_worker_rules(programme, job, worker)
}

/// The hard rules that depend on the worker (everything but the programme's
/// occupation list).
pub(crate) fn check_worker_rules(
    programme: &Programme,
    job: &JobOrder,
    worker: &Worker,
) -> Result<(), Ineligible> {
    if worker.origin_in(programme).is_none() {
        return Err(Ineligible::OriginNotCovered);
    }
    if worker.excluded_from.contains(&programme.id) {
        return Err(Ineligible::Excluded {
            programme: programme.id,
        });
    }
    if worker.available_from > job.start || worker.available_until.is_some_and(|u| u < job.start) {
        return Err(Ineligible::NotAvailableAtStart);
    }
    for need in &job.languages {
        let has = worker.level_in(need.language);
        if has.is_none_or(|h| h < need.level) {
            return Err(Ineligible::Language {
                language: need.language,
                needs: need.level,
                has,
            });
        }
    }
    if job.min_experience_months > 0 {
        let has = experience_in_unit_group(worker, job.isco);
        if has < job.min_experience_months {
            return Err(Ineligible::Experience {
                needs: job.min_experience_months,
                has,
            });
        }
    }
    Ok(())
}

/// Months of experience in a unit group, summed over the worker's
/// occupations in it (saturating).
pub fn experience_in_unit_group(worker: &Worker, isco: IscoCode) -> u16 {
    worker
        .occupations
        .iter()
        .filter(|o| o.isco == isco)
        .fold(0u16, |acc, o| acc.saturating_add(o.experience_months))
}

/// The best occupation fit of a worker for a job order, and the group it
/// rests on.
pub fn occupation_fit(job: &JobOrder, worker: &Worker) -> (OccupationFit, IscoCode) {
    fit_of(job, worker)
}

fn fit_of<J: JobFacts + ?Sized>(job: &J, worker: &Worker) -> (OccupationFit, IscoCode) {
    let (occupation, isco) = (job.occupation(), job.isco());
    let mut best = (OccupationFit::Unrelated, isco);
    for o in &worker.occupations {
        let fit = if o.occupation == occupation {
            OccupationFit::SameOccupation
        } else {
            OccupationFit::between_groups(isco, o.isco)
        };
        if fit < best.0 {
            best = (fit, isco.truncate(fit.shared_digits().max(1)));
        }
    }
    best
}

/// How scoring counts the job skills a worker holds.
pub(crate) trait HeldSkills {
    /// How many of `job_skills` (sorted, no repeats) the worker holds.
    fn held(&self, job_skills: &[crate::model::SkillId]) -> u16;
}

/// The worker's sorted skill list: a merge.
struct SortedSkills<'a>(&'a [crate::model::SkillId]);

impl HeldSkills for SortedSkills<'_> {
    fn held(&self, job_skills: &[crate::model::SkillId]) -> u16 {
        count_common(job_skills, self.0)
    }
}

/// A worker's skills marked in a table indexed by skill id (`marks[s] ==
/// stamp` for each skill they hold): one look-up per job skill instead of a
/// merge, whose unpredictable branches cost more when scoring millions of
/// pairs. Fill it with [`MarkedSkills::mark`].
pub(crate) struct MarkedSkills {
    marks: Vec<u32>,
    stamp: u32,
}

impl MarkedSkills {
    pub(crate) fn new() -> Self {
        Self {
            marks: Vec::new(),
            stamp: 0,
        }
    }

    /// Marks these skills (and forgets the previous worker's).
    pub(crate) fn mark(&mut self, skills: &[crate::model::SkillId]) {
        if self.stamp == u32::MAX {
            self.marks.fill(0);
            self.stamp = 0;
        }
        self.stamp += 1;
        for s in skills {
            let i = s.0 as usize;
            if i >= self.marks.len() {
                self.marks.resize(i + 1, 0);
            }
            self.marks[i] = self.stamp;
        }
    }
}

impl HeldSkills for MarkedSkills {
    fn held(&self, job_skills: &[crate::model::SkillId]) -> u16 {
        job_skills
            .iter()
            .map(|s| u16::from(self.marks.get(s.0 as usize) == Some(&self.stamp)))
            .sum()
    }
}

fn count_common(a: &[crate::model::SkillId], b: &[crate::model::SkillId]) -> u16 {
    // Both sorted.
    let (mut i, mut j, mut n) = (0, 0, 0u16);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Computes the score and its parts. Assumes the pair is eligible (call
/// [`check_eligibility`] first); `skills` lists must be sorted, as the index
/// keeps them.
pub fn score(programme: &Programme, job: &JobOrder, worker: &Worker) -> Score {
    let mut parts = Vec::with_capacity(8);
    let total = score_into(
        programme,
        job,
        job.end(),
        worker,
        &SortedSkills(&worker.skills),
        Some(&mut parts),
        false,
    )
    .unwrap_or(0);
    Score { total, parts }
}

/// The total only, without building the parts (the hot path of the index).
pub fn score_total(programme: &Programme, job: &JobOrder, worker: &Worker) -> u32 {
    score_into(
        programme,
        job,
        job.end(),
        worker,
        &SortedSkills(&worker.skills),
        None,
        false,
    )
    .unwrap_or(0)
}

/// The hard rules that depend on the pair (availability, languages,
/// experience) and the total, in one pass, for a worker the programme
/// already covers and has not excluded; `end` is `job.end()`, computed once
/// per round; the worker's skills are marked in `skills` (many pairs of one
/// worker in a row). `None` when ineligible.
pub(crate) fn eligible_total_marked<J: JobFacts + ?Sized>(
    programme: &Programme,
    job: &J,
    end: Day,
    worker: &Worker,
    skills: &MarkedSkills,
) -> Option<u32> {
    score_into(programme, job, end, worker, skills, None, true)
}

fn score_into<J: JobFacts + ?Sized, S: HeldSkills>(
    programme: &Programme,
    job: &J,
    end: Day,
    worker: &Worker,
    skills: &S,
    mut parts: Option<&mut Vec<ScoredPart>>,
    check: bool,
) -> Option<u32> {
    if check
        && (worker.available_from > job.start()
            || worker.available_until.is_some_and(|u| u < job.start()))
    {
        return None;
    }
    let mut total = 0;
    let mut add = |points: u32, part: ScorePart| {
        total += points;
        if let Some(parts) = parts.as_deref_mut() {
            parts.push(ScoredPart { points, part });
        }
    };
    let (fit, group) = fit_of(job, worker);
    if fit != OccupationFit::Unrelated {
        add(
            fit.points(),
            ScorePart::Occupation {
                fit,
                job_occupation: job.occupation(),
                group,
            },
        );
    }
    if !job.required_skills().is_empty() {
        let held = skills.held(job.required_skills());
        let of = job.required_skills().len() as u16;
        add(
            REQUIRED_SKILLS * u32::from(held) / u32::from(of),
            ScorePart::RequiredSkills { held, of },
        );
    }
    if !job.optional_skills().is_empty() {
        let held = skills.held(job.optional_skills());
        if held > 0 {
            let of = job.optional_skills().len() as u16;
            add(
                OPTIONAL_SKILLS * u32::from(held) / u32::from(of),
                ScorePart::OptionalSkills { held, of },
            );
        }
    }
    let mut language_points = 0;
    for need in job.languages() {
        let level = worker.level_in(need.language);
        if check && level.is_none_or(|has| has < need.level) {
            return None;
        }
        if let Some(has) = level
            && has > need.level
        {
            let points = (LANGUAGE_STEP * u32::from(has.rank() - need.level.rank()))
                .min(LANGUAGE_MAX - language_points);
            language_points += points;
            add(
                points,
                ScorePart::Language {
                    language: need.language,
                    has,
                    needs: need.level,
                },
            );
        }
    }
    let months = experience_in_unit_group(worker, job.isco());
    if check && months < job.min_experience_months() {
        return None;
    }
    if months > 0 {
        add(
            EXPERIENCE_MAX * u32::from(months).min(EXPERIENCE_FULL_MONTHS) / EXPERIENCE_FULL_MONTHS,
            ScorePart::Experience { months },
        );
    }
    let contract_days = (end.0 - job.start().0).max(1) as u32;
    let covered_until = worker.available_until.map_or(end, |u| u.min(end));
    let covered_days = (covered_until.0 - job.start().0).clamp(0, contract_days as i32) as u32;
    add(
        AVAILABILITY * covered_days / contract_days,
        ScorePart::Availability {
            covered_days,
            contract_days,
        },
    );
    if programme.priority_rehire {
        let mut returning = false;
        let mut same_employer = false;
        for p in &worker.completed_placements {
            if p.programme == programme.id {
                returning = true;
                same_employer |= p.employer == job.employer();
            }
        }
        if returning {
            add(
                RETURNING
                    + if same_employer {
                        RETURNING_SAME_EMPLOYER
                    } else {
                        0
                    },
                ScorePart::Returning { same_employer },
            );
        }
    }
    if job.names(worker.id) {
        add(NAMED, ScorePart::Named);
    }
    if worker.preferred_programmes.contains(&programme.id)
        || worker
            .preferred_destinations
            .contains(&programme.destination)
    {
        add(
            PREFERENCE,
            ScorePart::Preference {
                destination: programme.destination,
            },
        );
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_between_unit_groups_follows_the_leading_digits() {
        let codes = [
            "0110", "0210", "1111", "1112", "1120", "1211", "2211", "7212", "7213", "7221", "7311",
            "8111", "9999",
        ];
        for a in codes {
            for b in codes {
                let (ja, jb) = (IscoCode::new(a), IscoCode::new(b));
                let shared = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
                let expected = match shared {
                    4 => OccupationFit::SameUnitGroup,
                    3 => OccupationFit::SameMinorGroup,
                    2 => OccupationFit::SameSubMajorGroup,
                    1 => OccupationFit::SameMajorGroup,
                    _ => OccupationFit::Unrelated,
                };
                assert_eq!(OccupationFit::between_groups(ja, jb), expected, "{a} {b}");
            }
        }
        // Coarser groups take the general path.
        assert_eq!(
            OccupationFit::between_groups(IscoCode::new("7212"), IscoCode::new("72")),
            OccupationFit::SameSubMajorGroup
        );
    }
}
