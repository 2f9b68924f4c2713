//! A deterministic generator of realistic synthetic markets, at any size, for
//! tests and benchmarks. The same [`MarketSpec`] (with its seed) always gives
//! the same market.
//!
//! What makes it realistic:
//! * four corridors modelled on real programmes — seasonal agriculture
//!   Mexico→Canada, an Employment-Permit-System-like programme
//!   Nepal/Philippines/… →Korea, nurses and carers Philippines→Germany, and
//!   agriculture, construction and care Ghana→Italy — each with its allowed
//!   ISCO-08 groups, destination language, contract lengths, quotas and
//!   (Ghana→Italy) a minimum share of women;
//! * a skewed occupation mix: the real ESCO occupations of each programme's
//!   ISCO groups (from [`catalogue`]) drawn with Zipf-like weights;
//! * language levels of the destination language that fall off from A1 to
//!   C1, native languages of the origin, English as a second language;
//! * experience, availability windows, second occupations, returning workers
//!   (completed placements, some named by their former employer), a few
//!   exclusions, sex ratios by occupation, and ranked preferences.
//!
//! ESCO has no occupation→skill table in this repository, so each unit
//! group gets a synthetic pool of skills (interned as
//! `synthetic:skill/<unit group>/<n>`) plus a pool of transversal skills
//! shared by all.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use rand::Rng;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::codes::{Cefr, CountryCode, Day, IscoCode, Sex};
use crate::index::MatchIndex;
use crate::model::{
    CompletedPlacement, EmployerId, JobOrder, JobOrderId, LanguageId, LanguageLevel, OccupationId,
    Programme, ProgrammeId, Quota, SkillId, Vocabulary, Worker, WorkerId, WorkerOccupation,
};

/// An ESCO occupation of the catalogue.
#[derive(Clone, Debug)]
pub struct CatalogueOccupation {
    /// ESCO concept URI.
    pub uri: String,
    /// ISCO-08 unit group.
    pub isco: IscoCode,
    /// Preferred label.
    pub label: String,
}

/// The ESCO occupations and ISCO-08 group labels the generator draws from.
///
/// An adapter over a compressed extract of ESCO v1.0 kept in `data/`
/// (© European Union, CC BY 4.0); it can be swapped for `corridor-reference`
/// once that crate serves the same lists.
#[derive(Debug)]
pub struct Catalogue {
    /// All ESCO occupations.
    pub occupations: Vec<CatalogueOccupation>,
    /// ISCO-08 groups of every level with their labels.
    pub isco_groups: Vec<(IscoCode, String)>,
}

fn gunzip(bytes: &[u8]) -> String {
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .expect("the vendored extract is valid gzip UTF-8");
    out
}

/// The vendored ESCO catalogue (parsed once).
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let occupations = gunzip(include_bytes!("../data/occupations.tsv.gz"))
            .lines()
            .filter_map(|line| {
                let mut f = line.split('\t');
                let (uri, isco, label) = (f.next()?, f.next()?, f.next()?);
                Some(CatalogueOccupation {
                    uri: uri.to_string(),
                    isco: IscoCode::parse(isco)?,
                    label: label.to_string(),
                })
            })
            .collect();
        let isco_groups = gunzip(include_bytes!("../data/isco_groups.tsv.gz"))
            .lines()
            .filter_map(|line| {
                let (code, label) = line.split_once('\t')?;
                Some((IscoCode::parse(code)?, label.to_string()))
            })
            .collect();
        Catalogue {
            occupations,
            isco_groups,
        }
    })
}

/// One of the preset corridors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corridor {
    /// Seasonal agricultural workers, Mexico → Canada.
    SeasonalAgricultureMexCan,
    /// Employment-permit programme, Nepal, Philippines, Viet Nam, Indonesia
    /// → Korea, with quotas per origin.
    EmploymentPermitKor,
    /// Nurses and carers, Philippines → Germany.
    CareWorkersPhlDeu,
    /// Agriculture, construction and care, Ghana and Senegal → Italy, with a
    /// 40% minimum share of women.
    GhanaItaly,
}

impl Corridor {
    /// All presets.
    pub const ALL: [Corridor; 4] = [
        Corridor::SeasonalAgricultureMexCan,
        Corridor::EmploymentPermitKor,
        Corridor::CareWorkersPhlDeu,
        Corridor::GhanaItaly,
    ];
}

struct CorridorShape {
    origins: &'static [&'static str],
    destination: &'static str,
    groups: &'static [&'static str],
    language: (&'static str, &'static str),
    /// Share of job orders requiring the destination language, and level.
    language_required: (f64, Cefr),
    months: (u16, u16),
    women: f64,
    priority_rehire: bool,
    women_share: Option<u16>,
}

fn shape(c: Corridor) -> CorridorShape {
    match c {
        Corridor::SeasonalAgricultureMexCan => CorridorShape {
            origins: &["MEX"],
            destination: "CAN",
            groups: &["611", "612", "613", "921"],
            language: ("eng", "English"),
            language_required: (0.3, Cefr::A1),
            months: (4, 8),
            women: 0.25,
            priority_rehire: true,
            women_share: None,
        },
        Corridor::EmploymentPermitKor => CorridorShape {
            origins: &["NPL", "PHL", "VNM", "IDN"],
            destination: "KOR",
            groups: &["72", "81", "82", "93", "611", "71"],
            language: ("kor", "Korean"),
            language_required: (0.6, Cefr::A2),
            months: (12, 36),
            women: 0.2,
            priority_rehire: true,
            women_share: None,
        },
        Corridor::CareWorkersPhlDeu => CorridorShape {
            origins: &["PHL"],
            destination: "DEU",
            groups: &["2221", "3221", "5321", "5322"],
            language: ("deu", "German"),
            language_required: (0.9, Cefr::B1),
            months: (24, 36),
            women: 0.75,
            priority_rehire: false,
            women_share: None,
        },
        Corridor::GhanaItaly => CorridorShape {
            origins: &["GHA", "SEN"],
            destination: "ITA",
            groups: &["61", "71", "93", "5322", "9112"],
            language: ("ita", "Italian"),
            language_required: (0.4, Cefr::A2),
            months: (6, 24),
            women: 0.35,
            priority_rehire: true,
            women_share: Some(400),
        },
    }
}

fn native_language(origin: &str) -> (&'static str, &'static str) {
    match origin {
        "MEX" => ("spa", "Spanish"),
        "NPL" => ("nep", "Nepali"),
        "PHL" => ("fil", "Filipino"),
        "VNM" => ("vie", "Vietnamese"),
        "IDN" => ("ind", "Indonesian"),
        "GHA" => ("twi", "Twi"),
        "SEN" => ("wol", "Wolof"),
        _ => ("eng", "English"),
    }
}

/// What to generate.
#[derive(Clone, Debug)]
pub struct MarketSpec {
    /// Seed; the same spec gives the same market.
    pub seed: u64,
    /// Number of workers.
    pub workers: usize,
    /// Number of job orders.
    pub job_orders: usize,
    /// The corridors (one programme each); workers and job orders are split
    /// among them by weight (first ones larger).
    pub corridors: Vec<Corridor>,
    /// Ranked job orders each worker states (0: none, they rank by score).
    pub preferences_per_worker: usize,
    /// Positions per job order, drawn from `1..=max_positions`.
    pub max_positions: u32,
    /// Give programmes quotas per origin and per occupation group (as
    /// shares of their positions) and the presets' women's share.
    pub quotas: bool,
}

impl MarketSpec {
    /// A small market over all four corridors (a few hundred workers).
    pub fn small(seed: u64) -> Self {
        Self {
            seed,
            workers: 300,
            job_orders: 60,
            corridors: Corridor::ALL.to_vec(),
            preferences_per_worker: 0,
            max_positions: 4,
            quotas: true,
        }
    }

    /// One large employment-permit-like programme, the benchmarks' market.
    pub fn national(workers: usize, job_orders: usize, seed: u64) -> Self {
        Self {
            seed,
            workers,
            job_orders,
            corridors: vec![Corridor::EmploymentPermitKor],
            preferences_per_worker: 0,
            max_positions: 8,
            quotas: false,
        }
    }
}

/// A generated market: the records to put in an index.
#[derive(Debug)]
pub struct Market {
    /// Interned codes and labels.
    pub vocabulary: Vocabulary,
    /// Programmes, one per corridor.
    pub programmes: Vec<Programme>,
    /// Job orders.
    pub job_orders: Vec<JobOrder>,
    /// Workers.
    pub workers: Vec<Worker>,
}

impl Market {
    /// Builds an index holding the whole market.
    pub fn into_index(self) -> MatchIndex {
        let mut index = MatchIndex::new(self.vocabulary);
        for p in self.programmes {
            index.upsert_programme(p);
        }
        for j in self.job_orders {
            index.upsert_job_order(j);
        }
        for w in self.workers {
            index.upsert_worker(w);
        }
        index
    }
}

struct ProgrammeDraw {
    shape: CorridorShape,
    occupations: Vec<(OccupationId, IscoCode)>,
    /// Cumulative Zipf weights over `occupations`.
    cumulative: Vec<f64>,
    language: LanguageId,
    jobs: Vec<u32>,
    jobs_by_unit: HashMap<IscoCode, Vec<u32>>,
}

fn zipf_pick(rng: &mut ChaCha8Rng, cumulative: &[f64]) -> usize {
    let total = *cumulative.last().expect("non-empty");
    let x = rng.gen_range(0.0..total);
    cumulative
        .partition_point(|&c| c <= x)
        .min(cumulative.len() - 1)
}

fn split(n: usize, parts: usize, i: usize) -> usize {
    // Weights 2^-i, normalised, so the first corridor is largest.
    let weights: Vec<f64> = (0..parts).map(|k| 0.5f64.powi(k as i32)).collect();
    let total: f64 = weights.iter().sum();
    let mut counts: Vec<usize> = weights
        .iter()
        .map(|w| (n as f64 * w / total) as usize)
        .collect();
    let assigned: usize = counts.iter().sum();
    counts[0] += n - assigned;
    counts[i]
}

fn unit_skills(
    vocab: &mut Vocabulary,
    cache: &mut HashMap<IscoCode, Vec<SkillId>>,
    unit: IscoCode,
) -> Vec<SkillId> {
    cache
        .entry(unit)
        .or_insert_with(|| {
            (0..24)
                .map(|n| vocab.skill(&format!("synthetic:skill/{unit}/{n}")))
                .collect()
        })
        .clone()
}

fn sample(
    rng: &mut ChaCha8Rng,
    pool: &[SkillId],
    count: std::ops::RangeInclusive<usize>,
) -> Vec<SkillId> {
    let n = rng.gen_range(count);
    pool.choose_multiple(rng, n).copied().collect()
}

fn level_draw(rng: &mut ChaCha8Rng) -> Option<Cefr> {
    // None 45%, then falling off: A1 18, A2 15, B1 11, B2 7, C1 3, C2 1.
    let x = rng.gen_range(0..100);
    match x {
        0..45 => None,
        45..63 => Some(Cefr::A1),
        63..78 => Some(Cefr::A2),
        78..89 => Some(Cefr::B1),
        89..96 => Some(Cefr::B2),
        96..99 => Some(Cefr::C1),
        _ => Some(Cefr::C2),
    }
}

/// Generates a market.
pub fn generate(spec: &MarketSpec) -> Market {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let cat = catalogue();
    let mut vocab = Vocabulary::new();
    for (code, label) in &cat.isco_groups {
        vocab.set_isco_label(*code, label);
    }
    let english = vocab.language_with_label("eng", "English");
    let transversal: Vec<SkillId> = (0..40)
        .map(|n| vocab.skill(&format!("synthetic:skill/transversal/{n}")))
        .collect();
    let mut skill_pools: HashMap<IscoCode, Vec<SkillId>> = HashMap::new();
    let base = Day::from_ymd(2026, 3, 1).expect("valid date");

    let mut draws: Vec<ProgrammeDraw> = Vec::new();
    let mut programmes = Vec::new();
    for (p, &corridor) in spec.corridors.iter().enumerate() {
        let shape = shape(corridor);
        let groups: Vec<IscoCode> = shape.groups.iter().map(|g| IscoCode::new(g)).collect();
        let mut occupations: Vec<(OccupationId, IscoCode)> = cat
            .occupations
            .iter()
            .filter(|o| groups.iter().any(|g| g.contains(o.isco)))
            .map(|o| (vocab.occupation_with_label(&o.uri, &o.label), o.isco))
            .collect();
        occupations.shuffle(&mut rng);
        let cumulative: Vec<f64> = occupations
            .iter()
            .enumerate()
            .scan(0.0, |acc, (i, _)| {
                *acc += 1.0 / (i as f64 + 1.0).powf(1.1);
                Some(*acc)
            })
            .collect();
        let language = vocab.language_with_label(shape.language.0, shape.language.1);
        programmes.push(Programme {
            id: ProgrammeId(p as u32),
            origins: shape.origins.iter().map(|o| CountryCode::new(o)).collect(),
            destination: CountryCode::new(shape.destination),
            allowed_isco: groups.clone(),
            quotas: Vec::new(),
            min_women_share_permille: if spec.quotas { shape.women_share } else { None },
            priority_rehire: shape.priority_rehire,
        });
        draws.push(ProgrammeDraw {
            shape,
            occupations,
            cumulative,
            language,
            jobs: Vec::new(),
            jobs_by_unit: HashMap::new(),
        });
    }

    // Job orders.
    let mut job_orders = Vec::with_capacity(spec.job_orders);
    for (p, draw) in draws.iter_mut().enumerate() {
        let count = split(spec.job_orders, spec.corridors.len(), p);
        for _ in 0..count {
            let id = job_orders.len() as u32;
            let (occupation, isco) = draw.occupations[zipf_pick(&mut rng, &draw.cumulative)];
            let pool = unit_skills(&mut vocab, &mut skill_pools, isco);
            let required = sample(&mut rng, &pool, 2..=5);
            let mut optional = sample(&mut rng, &pool, 0..=3);
            optional.extend(sample(&mut rng, &transversal, 0..=2));
            let mut languages = Vec::new();
            if rng.gen_bool(draw.shape.language_required.0) {
                let mut level = draw.shape.language_required.1;
                if rng.gen_bool(0.2) {
                    level = Cefr::from_rank(level.rank() + 1).unwrap_or(level);
                }
                languages.push(LanguageLevel {
                    language: draw.language,
                    level,
                });
            }
            let (lo, hi) = draw.shape.months;
            let min_experience = if rng.gen_bool(0.35) {
                rng.gen_range(6..=36)
            } else {
                0
            };
            job_orders.push(JobOrder {
                id: JobOrderId(id),
                programme: ProgrammeId(p as u32),
                employer: EmployerId(id / 3),
                occupation,
                isco,
                positions: rng.gen_range(1..=spec.max_positions.max(1)),
                start: Day(base.0 + rng.gen_range(0..180)),
                duration_months: rng.gen_range(lo..=hi),
                required_skills: required,
                optional_skills: optional,
                languages,
                min_experience_months: min_experience,
                named_workers: Vec::new(),
                employer_ranking: Vec::new(),
            });
            draw.jobs.push(id);
            draw.jobs_by_unit.entry(isco).or_default().push(id);
        }
    }

    // Workers.
    let mut workers = Vec::with_capacity(spec.workers);
    let mut worker_ranges = Vec::with_capacity(draws.len());
    for (p, draw) in draws.iter().enumerate() {
        let count = split(spec.workers, spec.corridors.len(), p);
        worker_ranges.push(workers.len()..workers.len() + count);
        let origins = &draw.shape.origins;
        for _ in 0..count {
            let id = WorkerId(workers.len() as u32);
            let origin = origins[zipf_pick(
                &mut rng,
                &(1..=origins.len())
                    .scan(0.0, |a, i| {
                        *a += 1.0 / i as f64;
                        Some(*a)
                    })
                    .collect::<Vec<_>>(),
            )];
            let origin_code = CountryCode::new(origin);
            let (occupation, isco) = draw.occupations[zipf_pick(&mut rng, &draw.cumulative)];
            let mut occupations = vec![WorkerOccupation {
                occupation,
                isco,
                experience_months: (rng.gen_range(0.0f64..1.0).powi(2) * 180.0) as u16,
            }];
            if rng.gen_bool(0.3) {
                let (occupation, isco) = draw.occupations[zipf_pick(&mut rng, &draw.cumulative)];
                if occupation != occupations[0].occupation {
                    occupations.push(WorkerOccupation {
                        occupation,
                        isco,
                        experience_months: rng.gen_range(0..60),
                    });
                }
            }
            let female = occupations[0].isco.truncate(2) == IscoCode::new("53")
                || occupations[0].isco.truncate(2) == IscoCode::new("22");
            let women = if female { 0.85 } else { draw.shape.women };
            let sex = match rng.gen_range(0.0..1.0) {
                x if x < women => Sex::Female,
                x if x < 0.985 => Sex::Male,
                x if x < 0.99 => Sex::Other,
                _ => Sex::NotStated,
            };
            let mut skills: Vec<SkillId> = Vec::new();
            for o in &occupations {
                let pool = unit_skills(&mut vocab, &mut skill_pools, o.isco);
                skills.extend(sample(&mut rng, &pool, 3..=10));
            }
            skills.extend(sample(&mut rng, &transversal, 1..=3));
            let native = native_language(origin);
            let mut languages = vec![LanguageLevel {
                language: vocab.language_with_label(native.0, native.1),
                level: Cefr::Native,
            }];
            if let Some(level) = level_draw(&mut rng) {
                languages.push(LanguageLevel {
                    language: draw.language,
                    level: Cefr::from_rank(level.rank() + 1)
                        .filter(|_| draw.language != english)
                        .unwrap_or(level),
                });
            }
            if draw.language != english
                && native.0 != "eng"
                && let Some(level) = level_draw(&mut rng)
            {
                languages.push(LanguageLevel {
                    language: english,
                    level,
                });
            }
            let mut citizenships = vec![origin_code];
            if rng.gen_bool(0.02) {
                citizenships.push(CountryCode::new("USA"));
            }
            let residence = if rng.gen_bool(0.03) {
                CountryCode::new("QAT")
            } else {
                origin_code
            };
            let available_from = Day(base.0 - rng.gen_range(0..120));
            let available_until = rng
                .gen_bool(0.3)
                .then(|| Day(available_from.0 + rng.gen_range(120..900)));
            let mut completed = Vec::new();
            if rng.gen_bool(0.15) && !draw.jobs.is_empty() {
                let job = draw.jobs[rng.gen_range(0..draw.jobs.len())];
                completed.push(CompletedPlacement {
                    programme: ProgrammeId(p as u32),
                    employer: EmployerId(job / 3),
                });
                if rng.gen_bool(0.2) {
                    job_orders[job as usize].named_workers.push(id);
                }
            }
            let excluded = if rng.gen_bool(0.01) {
                vec![ProgrammeId(p as u32)]
            } else {
                Vec::new()
            };
            let mut preferred_job_orders = Vec::new();
            if spec.preferences_per_worker > 0 && !draw.jobs.is_empty() {
                let want = spec.preferences_per_worker;
                let mut pool: Vec<u32> = Vec::new();
                for o in &occupations {
                    if let Some(list) = draw.jobs_by_unit.get(&o.isco) {
                        pool.extend(list.choose_multiple(&mut rng, want.min(list.len())));
                    }
                }
                pool.sort_unstable();
                pool.dedup();
                while pool.len() < want && pool.len() < draw.jobs.len() {
                    let j = draw.jobs[rng.gen_range(0..draw.jobs.len())];
                    if !pool.contains(&j) {
                        pool.push(j);
                    }
                }
                pool.shuffle(&mut rng);
                pool.truncate(want);
                preferred_job_orders = pool.into_iter().map(JobOrderId).collect();
            }
            workers.push(Worker {
                id,
                sex,
                citizenships,
                residence,
                occupations,
                skills,
                languages,
                available_from,
                available_until,
                preferred_job_orders,
                preferred_programmes: if rng.gen_bool(0.2) {
                    vec![ProgrammeId(p as u32)]
                } else {
                    Vec::new()
                },
                preferred_destinations: Vec::new(),
                completed_placements: completed,
                excluded_from: excluded,
            });
        }
    }

    // Employers' own rankings for a few job orders.
    for job in job_orders.iter_mut() {
        let range = worker_ranges[job.programme.index()].clone();
        if rng.gen_bool(0.05) && !range.is_empty() {
            job.employer_ranking = (0..3)
                .map(|_| WorkerId(rng.gen_range(range.clone()) as u32))
                .collect();
        }
    }

    if spec.quotas {
        for (p, programme) in programmes.iter_mut().enumerate() {
            let positions: u32 = job_orders
                .iter()
                .filter(|j| j.programme.index() == p)
                .map(|j| j.positions)
                .sum();
            if programme.origins.len() > 1 {
                for (i, &origin) in programme.origins.iter().enumerate() {
                    programme.quotas.push(Quota {
                        isco: None,
                        sex: None,
                        origin: Some(origin),
                        remaining: (positions * if i == 0 { 35 } else { 25 } / 100).max(1),
                    });
                }
            }
            if let Some(&group) = programme.allowed_isco.first() {
                programme.quotas.push(Quota {
                    isco: Some(group),
                    sex: None,
                    origin: None,
                    remaining: (positions / 3).max(1),
                });
            }
        }
    }

    Market {
        vocabulary: vocab,
        programmes,
        job_orders,
        workers,
    }
}
