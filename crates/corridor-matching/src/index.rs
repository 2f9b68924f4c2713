//! The in-memory match index: programmes, job orders and workers, with
//! inverted lists that serve shortlists and recommendations without a full
//! scan, kept current as profiles and job orders change.
//!
//! # How a shortlist is served
//! Workers sit in *buckets* keyed by (origin country, ISCO-08 unit group):
//! one entry for each of their citizenships and their residence, times each
//! unit group they have experience in. Each bucket splits its members into
//! eight *classes* by returning-worker status and experience band, and keeps
//! for each member a compact 48-byte record: availability, experience in the
//! unit group, a bit set of their skills (the bucket numbers up to 64 skills
//! it sees), their CEFR levels in up to eight languages (four bits each), and
//! flags. A bucket also counts how many members hold each skill and speak
//! each language at each level.
//!
//! For a job order the index visits only the buckets of the programme's
//! origins, computes for each (bucket, class) an upper bound on any member's
//! score — occupation fit of the bucket's unit group, the job's skills present
//! in the bucket, the best language level present, the class's experience and
//! returning status — skips buckets where nobody speaks a required language,
//! and visits (bucket, class) pairs from the highest bound down, stopping as
//! soon as the k-th best score found beats the next bound. Inside a class it
//! reads the compact records only: availability, languages and experience
//! are checked there, and a member's own upper bound decides whether the full
//! profile is read and scored exactly. The answer is exactly the top k by
//! (score, then lower worker id) that a full scan would give (a test checks
//! this, before and after updates).
//!
//! Job orders sit in buckets keyed by (programme, unit group) with compact
//! records of their own, served the same way for a worker's
//! recommendations.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use crate::codes::{CountryCode, IscoCode};
use crate::model::{
    JobOrder, JobOrderId, LanguageId, Programme, ProgrammeId, SkillId, Vocabulary, Worker, WorkerId,
};
use crate::score::{
    self, AVAILABILITY, EXPERIENCE_FULL_MONTHS, EXPERIENCE_MAX, Ineligible, LANGUAGE_MAX,
    LANGUAGE_STEP, OPTIONAL_SKILLS, OccupationFit, PREFERENCE, REQUIRED_SKILLS, RETURNING,
    RETURNING_SAME_EMPLOYER, SAME_OCCUPATION, SAME_UNIT_GROUP, Score,
};

/// Unit-group key of workers who list no occupation.
const NO_OCCUPATION: u16 = u16::MAX;
/// Marks "not in any bucket".
const NOWHERE: u32 = u32::MAX;
/// Classes per worker bucket: returning or not × four experience bands.
const CLASSES: usize = 8;
/// Skills a bucket numbers into bit sets.
const SKILL_BITS: usize = 64;
/// Languages a bucket gives a slot in its records.
const LANGUAGE_SLOTS: usize = 8;

/// Member flags.
const PREFERS_FLAG: u8 = 2;
const MORE_OCCUPATIONS_FLAG: u8 = 4;
const OTHER_LANGUAGES_FLAG: u8 = 8;

/// Job record flags.
const MORE_LANGUAGES_FLAG: u8 = 1;
/// The job order names workers (their extra points are not in the record).
const NAMES_WORKERS_FLAG: u8 = 2;
const NO_LANGUAGE: u16 = u16::MAX;

/// The multiply-rotate hash of the Rust compiler ("Fx"): the index's keys
/// are small integers from trusted code, so a fast non-cryptographic hash
/// is enough.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Errors of index look-ups.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    /// No job order with this id.
    #[error("no job order {0:?} in the index")]
    UnknownJobOrder(JobOrderId),
    /// No worker with this id.
    #[error("no worker {0:?} in the index")]
    UnknownWorker(WorkerId),
    /// No programme with this id.
    #[error("no programme {0:?} in the index")]
    UnknownProgramme(ProgrammeId),
}

/// One entry of a shortlist or of a worker's recommendations: a pair, its
/// score with parts, and the parts in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The worker.
    pub worker: WorkerId,
    /// The job order.
    pub job_order: JobOrderId,
    /// Score with its parts.
    pub score: Score,
    /// Each part as "+points words", e.g. "+300 same unit group 7212 welders
    /// and flame cutters".
    pub explanation: Vec<String>,
}

/// A worker's compact record in one bucket.
#[derive(Clone, Copy, Debug)]
struct Member {
    worker: u32,
    /// Their (first) occupation in the bucket's unit group.
    occupation: u32,
    available_from: i32,
    available_until: i32,
    /// Bits of the bucket's skill numbering.
    skills: u64,
    /// Four bits per language slot: the CEFR rank, 0 if not spoken.
    languages: u32,
    /// Months in the bucket's unit group.
    experience: u16,
    /// The programme of their completed placements ([`NOWHERE`] if none,
    /// [`SEVERAL`] if more than one).
    returned_to: u32,
    /// The employer of their completed placement, if exactly one.
    returned_employer: u32,
    /// Skills with no bit in this bucket.
    unnumbered_skills: u8,
    flags: u8,
}

/// Completed placements under several programmes.
const SEVERAL: u32 = u32::MAX - 1;

#[derive(Debug)]
struct WorkerBucket {
    unit: u16,
    classes: [Vec<Member>; CLASSES],
    skill_bits: FxMap<SkillId, u8>,
    skill_counts: FxMap<SkillId, u32>,
    language_slots: Vec<LanguageId>,
    /// For each language, how many members speak it at each level (index
    /// `rank - 1`).
    language_counts: FxMap<LanguageId, [u32; 7]>,
    members: u32,
}

/// A job order's compact record in its bucket.
#[derive(Clone, Copy, Debug)]
struct JobRecord {
    job: u32,
    occupation: u32,
    employer: u32,
    start: i32,
    end: i32,
    required: u64,
    optional: u64,
    required_count: u8,
    optional_count: u8,
    required_unnumbered: u8,
    optional_unnumbered: u8,
    /// The first required language, or [`NO_LANGUAGE`].
    language: u16,
    level: u8,
    flags: u8,
    min_experience: u16,
}

#[derive(Debug, Default)]
struct JobBucket {
    unit: u16,
    records: Vec<JobRecord>,
    skill_bits: FxMap<SkillId, u8>,
    /// How many job orders require (resp. list as optional) each skill.
    required_counts: FxMap<SkillId, u32>,
    optional_counts: FxMap<SkillId, u32>,
}

/// The index. Build it with [`MatchIndex::new`], then upsert programmes,
/// job orders and workers in any order.
#[derive(Default, Debug)]
pub struct MatchIndex {
    vocabulary: Vocabulary,
    programmes: Vec<Option<Programme>>,
    workers: Vec<Option<Worker>>,
    jobs: Vec<Option<JobOrder>>,
    worker_count: usize,
    job_count: usize,

    worker_buckets: Vec<WorkerBucket>,
    worker_bucket_of: FxMap<(CountryCode, u16), u32>,
    units_by_country: HashMap<CountryCode, BTreeMap<u16, u32>>,
    /// (bucket, class, position) of each worker's records.
    worker_places: Vec<Vec<(u32, u8, u32)>>,

    job_buckets: Vec<JobBucket>,
    job_bucket_of: FxMap<(ProgrammeId, u16), u32>,
    units_by_programme: HashMap<ProgrammeId, BTreeMap<u16, u32>>,
    job_places: Vec<(u32, u32)>,

    programmes_by_origin: HashMap<CountryCode, Vec<ProgrammeId>>,
    named_in: FxMap<WorkerId, Vec<JobOrderId>>,
}

/// Keeps the best `k` by a key (larger is better).
pub(crate) struct TopK {
    k: usize,
    heap: BinaryHeap<Reverse<u64>>,
}

impl TopK {
    pub(crate) fn new(k: usize) -> Self {
        Self {
            k,
            heap: BinaryHeap::with_capacity(k.min(4096) + 1),
        }
    }

    /// Key that orders by score, then by lower id.
    pub(crate) fn key(score: u32, id: u32) -> u64 {
        (u64::from(score) << 32) | u64::from(u32::MAX - id)
    }

    pub(crate) fn push(&mut self, key: u64) {
        if self.heap.len() < self.k {
            self.heap.push(Reverse(key));
        } else if let Some(&Reverse(min)) = self.heap.peek()
            && key > min
        {
            self.heap.pop();
            self.heap.push(Reverse(key));
        }
    }

    /// Whether a candidate whose score is at most `bound` could still enter.
    pub(crate) fn could_enter(&self, bound: u32) -> bool {
        self.k > 0
            && (self.heap.len() < self.k
                || self
                    .heap
                    .peek()
                    .is_none_or(|&Reverse(min)| u64::from(bound) >= min >> 32))
    }

    /// (score, id) best first.
    pub(crate) fn into_sorted(self) -> Vec<(u32, u32)> {
        let mut keys: Vec<u64> = self.heap.into_iter().map(|Reverse(k)| k).collect();
        keys.sort_unstable_by(|a, b| b.cmp(a));
        keys.into_iter()
            .map(|k| ((k >> 32) as u32, u32::MAX - (k as u32)))
            .collect()
    }
}

fn unit_key(isco: IscoCode) -> u16 {
    isco.raw()
}

fn unit_code(key: u16) -> Option<IscoCode> {
    (key != NO_OCCUPATION).then(|| IscoCode::unit_from_raw(key))
}

/// The unit-group bucket in which a worker is considered for a job: the unit
/// group of their best-fitting occupation (lowest code among equals), or
/// [`NO_OCCUPATION`].
fn canonical_unit(job_isco: IscoCode, worker: &Worker) -> u16 {
    let mut best: Option<(OccupationFit, u16)> = None;
    for o in &worker.occupations {
        let cand = (
            OccupationFit::between_groups(job_isco, o.isco),
            unit_key(o.isco),
        );
        if best.is_none_or(|b| cand < b) {
            best = Some(cand);
        }
    }
    best.map_or(NO_OCCUPATION, |b| b.1)
}

fn experience_points(months: u16) -> u32 {
    EXPERIENCE_MAX * u32::from(months).min(EXPERIENCE_FULL_MONTHS) / EXPERIENCE_FULL_MONTHS
}

fn class_of(returning: bool, experience: u16) -> usize {
    usize::from(returning) * 4 + (experience_points(experience) / 25).min(3) as usize
}

/// The most experience points a member of an experience band can have.
const BAND_MAX: [u32; 4] = [24, 49, 74, 100];

/// `weight × held / of` for small counts, precomputed (a division per
/// record was the most expensive instruction of a scan).
const fn points_table(weight: u32) -> [[u16; 16]; 16] {
    let mut table = [[0u16; 16]; 16];
    let mut of = 1;
    while of < 16 {
        let mut held = 0;
        while held < 16 {
            let h = if held < of { held } else { of };
            table[of][held] = (weight * h as u32 / of as u32) as u16;
            held += 1;
        }
        of += 1;
    }
    table
}

const REQUIRED_POINTS: [[u16; 16]; 16] = points_table(REQUIRED_SKILLS);
const OPTIONAL_POINTS: [[u16; 16]; 16] = points_table(OPTIONAL_SKILLS);

fn skill_points(held: u32, of: u32, weight: u32) -> u32 {
    let table = match weight {
        REQUIRED_SKILLS => Some(&REQUIRED_POINTS),
        OPTIONAL_SKILLS => Some(&OPTIONAL_POINTS),
        _ => None,
    };
    match table {
        Some(table) if of < 16 && held < 16 => u32::from(table[of as usize][held as usize]),
        _ => (weight * held.min(of)).checked_div(of).unwrap_or(0),
    }
}

/// A job order's skills in a worker bucket's numbering.
struct SkillMasks {
    required: u64,
    optional: u64,
    required_unnumbered: u32,
    optional_unnumbered: u32,
}

fn masks(bits: &FxMap<SkillId, u8>, required: &[SkillId], optional: &[SkillId]) -> SkillMasks {
    let mut m = SkillMasks {
        required: 0,
        optional: 0,
        required_unnumbered: 0,
        optional_unnumbered: 0,
    };
    for s in required {
        match bits.get(s) {
            Some(&b) => m.required |= 1 << b,
            None => m.required_unnumbered += 1,
        }
    }
    for s in optional {
        match bits.get(s) {
            Some(&b) => m.optional |= 1 << b,
            None => m.optional_unnumbered += 1,
        }
    }
    m
}

impl MatchIndex {
    /// An empty index that explains scores with this vocabulary.
    pub fn new(vocabulary: Vocabulary) -> Self {
        Self {
            vocabulary,
            ..Self::default()
        }
    }

    /// The vocabulary (ids ↔ URIs and labels).
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The vocabulary, to intern new codes before upserting records.
    pub fn vocabulary_mut(&mut self) -> &mut Vocabulary {
        &mut self.vocabulary
    }

    /// Number of workers held.
    pub fn worker_count(&self) -> usize {
        self.worker_count
    }

    /// Number of job orders held.
    pub fn job_order_count(&self) -> usize {
        self.job_count
    }

    /// A programme by id.
    pub fn programme(&self, id: ProgrammeId) -> Option<&Programme> {
        self.programmes.get(id.index())?.as_ref()
    }

    /// A worker by id.
    pub fn worker(&self, id: WorkerId) -> Option<&Worker> {
        self.workers.get(id.index())?.as_ref()
    }

    /// A job order by id.
    pub fn job_order(&self, id: JobOrderId) -> Option<&JobOrder> {
        self.jobs.get(id.index())?.as_ref()
    }

    /// All programmes.
    pub fn programmes(&self) -> impl Iterator<Item = &Programme> {
        self.programmes.iter().flatten()
    }

    /// All workers.
    pub fn workers(&self) -> impl Iterator<Item = &Worker> {
        self.workers.iter().flatten()
    }

    /// All job orders.
    pub fn job_orders(&self) -> impl Iterator<Item = &JobOrder> {
        self.jobs.iter().flatten()
    }

    /// Job orders of a programme, by id.
    pub fn job_orders_of(&self, programme: ProgrammeId) -> Vec<&JobOrder> {
        let mut out = Vec::new();
        if let Some(units) = self.units_by_programme.get(&programme) {
            for &b in units.values() {
                for r in &self.job_buckets[b as usize].records {
                    if let Some(job) = self.jobs[r.job as usize].as_ref() {
                        out.push(job);
                    }
                }
            }
        }
        out.sort_by_key(|j| j.id);
        out
    }

    /// Workers a programme covers (through a citizenship or residence), each
    /// once, by id.
    pub fn workers_covered_by(&self, programme: &Programme) -> Vec<&Worker> {
        // A worker is in a bucket of each of their countries: collect the
        // members' numbers (held in the compact records, so no profile is
        // read), sort them, and read each covered profile once, in id order.
        let mut ids: Vec<u32> = Vec::new();
        for &c in &programme.origins {
            let Some(units) = self.units_by_country.get(&c) else {
                continue;
            };
            for &b in units.values() {
                for class in &self.worker_buckets[b as usize].classes {
                    ids.extend(class.iter().map(|m| m.worker));
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| self.workers[id as usize].as_ref())
            .collect()
    }

    /// Adds or replaces a programme.
    pub fn upsert_programme(&mut self, programme: Programme) {
        let id = programme.id;
        if let Some(old) = self.programme(id) {
            let old_origins = old.origins.clone();
            for c in old_origins {
                if let Some(list) = self.programmes_by_origin.get_mut(&c) {
                    list.retain(|&p| p != id);
                }
            }
        }
        let mut origins = programme.origins.clone();
        origins.sort();
        origins.dedup();
        for c in origins {
            self.programmes_by_origin.entry(c).or_default().push(id);
        }
        grow(&mut self.programmes, id.index());
        self.programmes[id.index()] = Some(programme);
    }

    fn worker_bucket(&mut self, country: CountryCode, unit: u16) -> u32 {
        if let Some(&b) = self.worker_bucket_of.get(&(country, unit)) {
            return b;
        }
        let b = self.worker_buckets.len() as u32;
        self.worker_buckets.push(WorkerBucket {
            unit,
            classes: Default::default(),
            skill_bits: FxMap::default(),
            skill_counts: FxMap::default(),
            language_slots: Vec::new(),
            language_counts: FxMap::default(),
            members: 0,
        });
        self.worker_bucket_of.insert((country, unit), b);
        self.units_by_country
            .entry(country)
            .or_default()
            .insert(unit, b);
        b
    }

    /// Adds or replaces a worker's profile.
    pub fn upsert_worker(&mut self, mut worker: Worker) {
        worker.normalise();
        let id = worker.id;
        self.remove_worker(id);
        grow(&mut self.workers, id.index());
        if self.worker_places.len() <= id.index() {
            self.worker_places.resize_with(id.index() + 1, Vec::new);
        }
        let mut countries: Vec<CountryCode> = worker.citizenships.clone();
        countries.push(worker.residence);
        countries.sort();
        countries.dedup();
        let mut units: Vec<u16> = worker
            .occupations
            .iter()
            .map(|o| unit_key(o.isco))
            .collect();
        if units.is_empty() {
            units.push(NO_OCCUPATION);
        }
        units.sort_unstable();
        units.dedup();
        let returning = !worker.completed_placements.is_empty();
        let mut flags = 0;
        if !worker.preferred_programmes.is_empty() || !worker.preferred_destinations.is_empty() {
            flags |= PREFERS_FLAG;
        }
        let returned_to = match worker.completed_placements.split_first() {
            None => NOWHERE,
            Some((first, rest)) if rest.iter().all(|p| p.programme == first.programme) => {
                first.programme.0
            }
            Some(_) => SEVERAL,
        };
        let returned_employer = match worker.completed_placements.as_slice() {
            [only] => only.employer.0,
            _ => NOWHERE,
        };
        let mut places = Vec::with_capacity(countries.len() * units.len());
        for &c in &countries {
            for &u in &units {
                let b = self.worker_bucket(c, u);
                let bucket = &mut self.worker_buckets[b as usize];
                let in_unit: Vec<_> = worker
                    .occupations
                    .iter()
                    .filter(|o| unit_key(o.isco) == u)
                    .collect();
                let experience = in_unit
                    .iter()
                    .fold(0u16, |acc, o| acc.saturating_add(o.experience_months));
                let mut member = Member {
                    worker: id.0,
                    occupation: in_unit.first().map_or(u32::MAX, |o| o.occupation.0),
                    available_from: worker.available_from.0,
                    available_until: worker.available_until.map_or(i32::MAX, |d| d.0),
                    skills: 0,
                    languages: 0,
                    experience,
                    returned_to,
                    returned_employer,
                    unnumbered_skills: 0,
                    flags: flags
                        | if in_unit.len() > 1 {
                            MORE_OCCUPATIONS_FLAG
                        } else {
                            0
                        },
                };
                for s in &worker.skills {
                    *bucket.skill_counts.entry(*s).or_insert(0) += 1;
                    let next = bucket.skill_bits.len();
                    let bit = match bucket.skill_bits.get(s) {
                        Some(&bit) => Some(bit),
                        None if next < SKILL_BITS => {
                            bucket.skill_bits.insert(*s, next as u8);
                            Some(next as u8)
                        }
                        None => None,
                    };
                    match bit {
                        Some(bit) => member.skills |= 1 << bit,
                        None => {
                            member.unnumbered_skills = member.unnumbered_skills.saturating_add(1)
                        }
                    }
                }
                for l in &worker.languages {
                    bucket.language_counts.entry(l.language).or_insert([0; 7])
                        [usize::from(l.level.rank() - 1)] += 1;
                    let slot = match bucket.language_slots.iter().position(|&x| x == l.language) {
                        Some(slot) => Some(slot),
                        None if bucket.language_slots.len() < LANGUAGE_SLOTS => {
                            bucket.language_slots.push(l.language);
                            Some(bucket.language_slots.len() - 1)
                        }
                        None => None,
                    };
                    match slot {
                        Some(slot) => {
                            let shift = 4 * slot as u32;
                            let current = (member.languages >> shift) & 0xF;
                            let rank = u32::from(l.level.rank()).max(current);
                            member.languages =
                                (member.languages & !(0xF << shift)) | (rank << shift);
                        }
                        None => member.flags |= OTHER_LANGUAGES_FLAG,
                    }
                }
                let class = class_of(returning, experience);
                places.push((b, class as u8, bucket.classes[class].len() as u32));
                bucket.classes[class].push(member);
                bucket.members += 1;
            }
        }
        self.worker_places[id.index()] = places;
        self.workers[id.index()] = Some(worker);
        self.worker_count += 1;
    }

    /// Removes a worker; returns their profile if they were held.
    pub fn remove_worker(&mut self, id: WorkerId) -> Option<Worker> {
        let worker = self.workers.get_mut(id.index())?.take()?;
        let places = std::mem::take(&mut self.worker_places[id.index()]);
        for (b, class, pos) in places {
            let bucket = &mut self.worker_buckets[b as usize];
            let list = &mut bucket.classes[usize::from(class)];
            let last = list.len() - 1;
            list.swap_remove(pos as usize);
            if (pos as usize) < last {
                let moved = list[pos as usize].worker;
                for place in &mut self.worker_places[moved as usize] {
                    if place.0 == b && place.1 == class {
                        place.2 = pos;
                    }
                }
            }
            for s in &worker.skills {
                if let Some(n) = bucket.skill_counts.get_mut(s) {
                    *n -= 1;
                    if *n == 0 {
                        bucket.skill_counts.remove(s);
                    }
                }
            }
            for l in &worker.languages {
                if let Some(counts) = bucket.language_counts.get_mut(&l.language) {
                    counts[usize::from(l.level.rank() - 1)] -= 1;
                }
            }
            bucket.members -= 1;
        }
        self.worker_count -= 1;
        Some(worker)
    }

    /// Adds or replaces a job order.
    pub fn upsert_job_order(&mut self, mut job: JobOrder) {
        job.normalise();
        let id = job.id;
        self.remove_job_order(id);
        grow(&mut self.jobs, id.index());
        if self.job_places.len() <= id.index() {
            self.job_places.resize(id.index() + 1, (NOWHERE, NOWHERE));
        }
        let key = (job.programme, unit_key(job.isco));
        let b = match self.job_bucket_of.get(&key) {
            Some(&b) => b,
            None => {
                let b = self.job_buckets.len() as u32;
                self.job_buckets.push(JobBucket {
                    unit: key.1,
                    ..JobBucket::default()
                });
                self.job_bucket_of.insert(key, b);
                self.units_by_programme
                    .entry(key.0)
                    .or_default()
                    .insert(key.1, b);
                b
            }
        };
        let bucket = &mut self.job_buckets[b as usize];
        let mut number = |s: &SkillId| -> Option<u8> {
            let next = bucket.skill_bits.len();
            match bucket.skill_bits.get(s) {
                Some(&bit) => Some(bit),
                None if next < SKILL_BITS => {
                    bucket.skill_bits.insert(*s, next as u8);
                    Some(next as u8)
                }
                None => None,
            }
        };
        let mut record = JobRecord {
            job: id.0,
            occupation: job.occupation.0,
            employer: job.employer.0,
            start: job.start.0,
            end: job.end().0,
            required: 0,
            optional: 0,
            required_count: job.required_skills.len().min(255) as u8,
            optional_count: job.optional_skills.len().min(255) as u8,
            required_unnumbered: 0,
            optional_unnumbered: 0,
            language: job.languages.first().map_or(NO_LANGUAGE, |l| l.language.0),
            level: job.languages.first().map_or(0, |l| l.level.rank()),
            flags: if job.languages.len() > 1 {
                MORE_LANGUAGES_FLAG
            } else {
                0
            } | if job.named_workers.is_empty() {
                0
            } else {
                NAMES_WORKERS_FLAG
            },
            min_experience: job.min_experience_months,
        };
        for s in &job.required_skills {
            match number(s) {
                Some(bit) => record.required |= 1 << bit,
                None => record.required_unnumbered = record.required_unnumbered.saturating_add(1),
            }
        }
        for s in &job.optional_skills {
            match number(s) {
                Some(bit) => record.optional |= 1 << bit,
                None => record.optional_unnumbered = record.optional_unnumbered.saturating_add(1),
            }
        }
        for s in &job.required_skills {
            *bucket.required_counts.entry(*s).or_insert(0) += 1;
        }
        for s in &job.optional_skills {
            *bucket.optional_counts.entry(*s).or_insert(0) += 1;
        }
        self.job_places[id.index()] = (b, bucket.records.len() as u32);
        bucket.records.push(record);
        for &w in &job.named_workers {
            self.named_in.entry(w).or_default().push(id);
        }
        self.jobs[id.index()] = Some(job);
        self.job_count += 1;
    }

    /// Removes a job order; returns it if it was held.
    pub fn remove_job_order(&mut self, id: JobOrderId) -> Option<JobOrder> {
        let job = self.jobs.get_mut(id.index())?.take()?;
        let (b, pos) = self.job_places[id.index()];
        self.job_places[id.index()] = (NOWHERE, NOWHERE);
        let bucket = &mut self.job_buckets[b as usize];
        for (skills, counts) in [
            (&job.required_skills, &mut bucket.required_counts),
            (&job.optional_skills, &mut bucket.optional_counts),
        ] {
            for s in skills {
                if let Some(n) = counts.get_mut(s) {
                    *n -= 1;
                    if *n == 0 {
                        counts.remove(s);
                    }
                }
            }
        }
        let last = bucket.records.len() - 1;
        bucket.records.swap_remove(pos as usize);
        if (pos as usize) < last {
            let moved = bucket.records[pos as usize].job;
            self.job_places[moved as usize].1 = pos;
        }
        for w in &job.named_workers {
            if let Some(list) = self.named_in.get_mut(w) {
                list.retain(|&j| j != id);
                if list.is_empty() {
                    self.named_in.remove(w);
                }
            }
        }
        self.job_count -= 1;
        Some(job)
    }

    /// Checks one pair and, if eligible, scores it with its parts.
    pub fn assess(
        &self,
        worker: WorkerId,
        job_order: JobOrderId,
    ) -> Result<Result<Score, Ineligible>, IndexError> {
        let (programme, job, worker) = self.pair(worker, job_order)?;
        Ok(score::check_eligibility(programme, job, worker)
            .map(|()| score::score(programme, job, worker)))
    }

    fn pair(
        &self,
        worker: WorkerId,
        job_order: JobOrderId,
    ) -> Result<(&Programme, &JobOrder, &Worker), IndexError> {
        let job = self
            .job_order(job_order)
            .ok_or(IndexError::UnknownJobOrder(job_order))?;
        let programme = self
            .programme(job.programme)
            .ok_or(IndexError::UnknownProgramme(job.programme))?;
        let worker = self
            .worker(worker)
            .ok_or(IndexError::UnknownWorker(worker))?;
        Ok((programme, job, worker))
    }

    fn candidate(&self, worker: WorkerId, job_order: JobOrderId) -> Candidate {
        let (programme, job, w) = self
            .pair(worker, job_order)
            .expect("pair found by the index");
        let score = score::score(programme, job, w);
        let explanation = score.explain(&self.vocabulary);
        Candidate {
            worker,
            job_order,
            score,
            explanation,
        }
    }

    /// The top `k` eligible workers for a job order, best first (ties: lower
    /// worker id first), each with an explained score.
    pub fn shortlist(&self, job_order: JobOrderId, k: usize) -> Result<Vec<Candidate>, IndexError> {
        let ranked = self.shortlist_ids(job_order, k)?;
        Ok(ranked
            .into_iter()
            .map(|(_, w)| self.candidate(WorkerId(w), job_order))
            .collect())
    }

    /// The shortlist as (score, worker id) pairs, without explanations.
    pub fn shortlist_ids(
        &self,
        job_order: JobOrderId,
        k: usize,
    ) -> Result<Vec<(u32, u32)>, IndexError> {
        let job = self
            .job_order(job_order)
            .ok_or(IndexError::UnknownJobOrder(job_order))?;
        let programme = self
            .programme(job.programme)
            .ok_or(IndexError::UnknownProgramme(job.programme))?;
        let mut top = TopK::new(k);
        if k == 0 || !programme.allows(job.isco) {
            return Ok(Vec::new());
        }
        for &w in &job.named_workers {
            if let Some(worker) = self.worker(w)
                && score::check_worker_rules(programme, job, worker).is_ok()
            {
                top.push(TopK::key(score::score_total(programme, job, worker), w.0));
            }
        }
        let job_unit = unit_key(job.isco);
        let returning_bound = if programme.priority_rehire {
            RETURNING + RETURNING_SAME_EMPLOYER
        } else {
            0
        };
        // Each origin once (a worker is scored only in the first origin of
        // the programme that covers them).
        let mut origins: Vec<CountryCode> = Vec::with_capacity(programme.origins.len());
        for &c in &programme.origins {
            if !origins.contains(&c) {
                origins.push(c);
            }
        }
        // Tiers of occupation fit, closest first; each tier's buckets are
        // visited by decreasing bound, and a tier is skipped whole when its
        // best possible score cannot enter.
        let tiers = [
            OccupationFit::SameUnitGroup,
            OccupationFit::SameMinorGroup,
            OccupationFit::SameSubMajorGroup,
            OccupationFit::SameMajorGroup,
            OccupationFit::Unrelated,
        ];
        let mut visits: Vec<(u32, u32, u8, CountryCode)> = Vec::new();
        for fit in tiers {
            let same_unit = fit == OccupationFit::SameUnitGroup;
            if job.min_experience_months > 0 && !same_unit {
                break;
            }
            let tier_bound = if same_unit {
                SAME_OCCUPATION + EXPERIENCE_MAX
            } else {
                fit.points()
            } + REQUIRED_SKILLS
                + OPTIONAL_SKILLS
                + LANGUAGE_MAX
                + AVAILABILITY
                + returning_bound
                + PREFERENCE;
            if !top.could_enter(tier_bound) {
                break;
            }
            visits.clear();
            for &c in &origins {
                let Some(units) = self.units_by_country.get(&c) else {
                    continue;
                };
                let digits = fit.shared_digits();
                let range = if digits == 0 {
                    0..=u16::MAX
                } else {
                    let width = 10u16.pow(u32::from(4 - digits));
                    let low = job_unit / width * width;
                    low..=low + width - 1
                };
                for (&u, &b) in units.range(range) {
                    let bucket_fit = match unit_code(u) {
                        None => OccupationFit::Unrelated,
                        Some(code) => OccupationFit::between_groups(job.isco, code),
                    };
                    if bucket_fit != fit {
                        continue;
                    }
                    let bucket = &self.worker_buckets[b as usize];
                    if bucket.members == 0 {
                        continue;
                    }
                    let Some(language_bound) = language_bound(bucket, job) else {
                        continue;
                    };
                    let base = if same_unit {
                        SAME_OCCUPATION
                    } else {
                        fit.points()
                    } + skills_bound(bucket, job)
                        + language_bound
                        + AVAILABILITY
                        + PREFERENCE;
                    for (class, members) in bucket.classes.iter().enumerate() {
                        if members.is_empty() {
                            continue;
                        }
                        let returning = if class >= 4 { returning_bound } else { 0 };
                        let experience = if same_unit { BAND_MAX[class % 4] } else { 0 };
                        visits.push((base + returning + experience, b, class as u8, c));
                    }
                }
            }
            visits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            for &(bound, b, class, c) in &visits {
                if !top.could_enter(bound) {
                    break;
                }
                self.scan_class(programme, job, fit, b, class, c, returning_bound, &mut top);
            }
        }
        Ok(top.into_sorted())
    }

    /// Scores the members of one class of a worker bucket that could enter
    /// the shortlist.
    #[allow(clippy::too_many_arguments)]
    fn scan_class(
        &self,
        programme: &Programme,
        job: &JobOrder,
        fit: OccupationFit,
        b: u32,
        class: u8,
        c: CountryCode,
        returning_bound: u32,
        top: &mut TopK,
    ) {
        let bucket = &self.worker_buckets[b as usize];
        let job_unit = unit_key(job.isco);
        let start = job.start.0;
        let end = job.end().0;
        let contract_days = (end - start).max(1) as u32;
        let same_unit = fit == OccupationFit::SameUnitGroup;
        let returning_points = |member: &Member| {
            if returning_bound == 0 {
                0
            } else if member.returned_to == SEVERAL {
                returning_bound
            } else if member.returned_to == programme.id.0 {
                RETURNING
                    + if member.returned_employer == job.employer.0 {
                        RETURNING_SAME_EMPLOYER
                    } else {
                        0
                    }
            } else {
                0
            }
        };
        let m = masks(
            &bucket.skill_bits,
            &job.required_skills,
            &job.optional_skills,
        );
        let (required_count, optional_count) = (
            job.required_skills.len() as u32,
            job.optional_skills.len() as u32,
        );
        // Required languages in the bucket's slots (None: no slot, only
        // members with other languages can speak it).
        let mut needs: [(Option<u32>, u32); 4] = [(None, 0); 4];
        let mut need_count = 0;
        let mut more_needs = false;
        for l in &job.languages {
            if need_count == needs.len() {
                more_needs = true;
                break;
            }
            needs[need_count] = (
                bucket
                    .language_slots
                    .iter()
                    .position(|&x| x == l.language)
                    .map(|s| 4 * s as u32),
                u32::from(l.level.rank()),
            );
            need_count += 1;
        }
        let mut pending: Vec<(u32, u32)> = Vec::new();
        for member in &bucket.classes[usize::from(class)] {
            if member.available_from > start || member.available_until < start {
                continue;
            }
            if same_unit && member.experience < job.min_experience_months {
                continue;
            }
            let other_languages = member.flags & OTHER_LANGUAGES_FLAG != 0;
            let mut language_points = if more_needs { LANGUAGE_MAX } else { 0 };
            let mut speaks = true;
            for &(shift, need) in &needs[..need_count] {
                match shift {
                    Some(shift) => {
                        let has = (member.languages >> shift) & 0xF;
                        if has < need {
                            speaks = false;
                            break;
                        }
                        language_points += LANGUAGE_STEP * (has - need);
                    }
                    None if other_languages => language_points += LANGUAGE_MAX,
                    None => {
                        speaks = false;
                        break;
                    }
                }
            }
            if !speaks {
                continue;
            }
            let unnumbered = u32::from(member.unnumbered_skills);
            let required_held =
                (member.skills & m.required).count_ones() + m.required_unnumbered.min(unnumbered);
            let optional_held =
                (member.skills & m.optional).count_ones() + m.optional_unnumbered.min(unnumbered);
            let occupation = if !same_unit {
                fit.points()
            } else if member.occupation == job.occupation.0
                || member.flags & MORE_OCCUPATIONS_FLAG != 0
            {
                SAME_OCCUPATION
            } else {
                SAME_UNIT_GROUP
            };
            let member_bound = occupation
                + skill_points(required_held, required_count, REQUIRED_SKILLS)
                + skill_points(optional_held, optional_count, OPTIONAL_SKILLS)
                + language_points.min(LANGUAGE_MAX)
                + if same_unit {
                    experience_points(member.experience)
                } else {
                    0
                }
                + if member.available_until >= end {
                    AVAILABILITY
                } else {
                    AVAILABILITY * ((member.available_until - start) as u32).min(contract_days)
                        / contract_days
                }
                + returning_points(member)
                + if member.flags & PREFERS_FLAG != 0 {
                    PREFERENCE
                } else {
                    0
                };
            if top.could_enter(member_bound) {
                pending.push((member_bound, member.worker));
            }
        }
        // Read full profiles best bound first, until the bound cannot enter.
        let mut pending = BinaryHeap::from(pending);
        while let Some((member_bound, w)) = pending.pop() {
            if !top.could_enter(member_bound) {
                break;
            }
            let Some(worker) = self.workers[w as usize].as_ref() else {
                continue;
            };
            // Each worker is scored once: in its canonical country and in
            // the bucket of its best-fitting occupation.
            if worker.origin_in(programme) != Some(c)
                || (bucket.unit != job_unit && canonical_unit(job.isco, worker) != bucket.unit)
                || (!job.named_workers.is_empty()
                    && job.named_workers.binary_search(&worker.id).is_ok())
                || score::check_worker_rules(programme, job, worker).is_err()
            {
                continue;
            }
            top.push(TopK::key(score::score_total(programme, job, worker), w));
        }
    }

    /// The top `k` job orders a worker is eligible for, best first (ties:
    /// lower job-order id first), each with an explained score.
    pub fn recommendations(
        &self,
        worker: WorkerId,
        k: usize,
    ) -> Result<Vec<Candidate>, IndexError> {
        let ranked = self.recommendation_ids(worker, k, None)?;
        Ok(ranked
            .into_iter()
            .map(|(_, j)| self.candidate(worker, JobOrderId(j)))
            .collect())
    }

    /// Recommendations as (score, job-order id) pairs, optionally only in
    /// one programme.
    pub fn recommendation_ids(
        &self,
        worker_id: WorkerId,
        k: usize,
        only: Option<ProgrammeId>,
    ) -> Result<Vec<(u32, u32)>, IndexError> {
        let worker = self
            .worker(worker_id)
            .ok_or(IndexError::UnknownWorker(worker_id))?;
        let mut top = TopK::new(k);
        if k == 0 {
            return Ok(Vec::new());
        }
        let mut programmes: Vec<ProgrammeId> = Vec::new();
        for c in worker
            .citizenships
            .iter()
            .chain(std::iter::once(&worker.residence))
        {
            if let Some(list) = self.programmes_by_origin.get(c) {
                programmes.extend(list.iter().copied());
            }
        }
        programmes.sort_unstable();
        programmes.dedup();
        programmes.retain(|p| only.is_none_or(|o| o == *p));
        let named: &[JobOrderId] = self.named_in.get(&worker_id).map_or(&[], |v| v.as_slice());
        for &j in named {
            let job = self.jobs[j.index()].as_ref().expect("named job held");
            if only.is_some_and(|o| o != job.programme) {
                continue;
            }
            if let Some(programme) = self.programme(job.programme)
                && score::check_eligibility(programme, job, worker).is_ok()
            {
                top.push(TopK::key(score::score_total(programme, job, worker), j.0));
            }
        }
        let from = worker.available_from.0;
        let until = worker.available_until.map_or(i32::MAX, |d| d.0);
        let occupations: Vec<u32> = worker.occupations.iter().map(|o| o.occupation.0).collect();
        // (bound, bucket, programme, fit)
        let mut visits: Vec<(u32, u32, ProgrammeId, OccupationFit)> = Vec::new();
        for &p in &programmes {
            let Some(programme) = self.programme(p) else {
                continue;
            };
            if worker.excluded_from.contains(&p) {
                continue;
            }
            let returning = programme.priority_rehire
                && worker.completed_placements.iter().any(|c| c.programme == p);
            let preference = worker.preferred_programmes.contains(&p)
                || worker
                    .preferred_destinations
                    .contains(&programme.destination);
            let Some(units) = self.units_by_programme.get(&p) else {
                continue;
            };
            for (&u, &b) in units {
                if self.job_buckets[b as usize].records.is_empty() {
                    continue;
                }
                let Some(code) = unit_code(u) else { continue };
                if !programme.allows(code) {
                    continue;
                }
                let fit = worker
                    .occupations
                    .iter()
                    .map(|o| OccupationFit::between_groups(code, o.isco))
                    .min()
                    .unwrap_or(OccupationFit::Unrelated);
                let bound = if fit == OccupationFit::SameUnitGroup {
                    SAME_OCCUPATION + EXPERIENCE_MAX
                } else {
                    fit.points()
                } + REQUIRED_SKILLS
                    + OPTIONAL_SKILLS
                    + LANGUAGE_MAX
                    + AVAILABILITY
                    + if returning {
                        RETURNING + RETURNING_SAME_EMPLOYER
                    } else {
                        0
                    }
                    + if preference { PREFERENCE } else { 0 };
                visits.push((bound, b, p, fit));
            }
        }
        visits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (bound, b, p, fit) in visits {
            if !top.could_enter(bound) {
                break;
            }
            let programme = self.programme(p).expect("programme held");
            let returning = programme.priority_rehire
                && worker.completed_placements.iter().any(|c| c.programme == p);
            let preference = worker.preferred_programmes.contains(&p)
                || worker
                    .preferred_destinations
                    .contains(&programme.destination);
            let bucket = &self.job_buckets[b as usize];
            // A tighter bound for the bucket: skill points only if the worker
            // holds a skill some job order of the bucket asks for.
            let holds_required = worker
                .skills
                .iter()
                .any(|s| bucket.required_counts.contains_key(s));
            let holds_optional = worker
                .skills
                .iter()
                .any(|s| bucket.optional_counts.contains_key(s));
            let refined = bound
                - if holds_required { 0 } else { REQUIRED_SKILLS }
                - if holds_optional { 0 } else { OPTIONAL_SKILLS };
            if !top.could_enter(refined) {
                continue;
            }
            let same_unit = fit == OccupationFit::SameUnitGroup;
            let experience =
                unit_code(bucket.unit).map_or(0, |u| score::experience_in_unit_group(worker, u));
            let mut skills = 0u64;
            for s in &worker.skills {
                if let Some(&bit) = bucket.skill_bits.get(s) {
                    skills |= 1 << bit;
                }
            }
            let mut language_level: Option<(u16, u32)> = None;
            let mut pending: Vec<(u32, Reverse<u32>)> = Vec::new();
            for r in &bucket.records {
                if r.start < from
                    || r.start > until
                    || (r.min_experience > 0 && (!same_unit || experience < r.min_experience))
                {
                    continue;
                }
                let mut language_points = 0;
                if r.language != NO_LANGUAGE {
                    let has = match language_level {
                        Some((l, level)) if l == r.language => level,
                        _ => {
                            let level = worker
                                .level_in(LanguageId(r.language))
                                .map_or(0, |c| u32::from(c.rank()));
                            language_level = Some((r.language, level));
                            level
                        }
                    };
                    if has < u32::from(r.level) {
                        continue;
                    }
                    language_points = if r.flags & MORE_LANGUAGES_FLAG != 0 {
                        LANGUAGE_MAX
                    } else {
                        (LANGUAGE_STEP * (has - u32::from(r.level))).min(LANGUAGE_MAX)
                    };
                }
                // Job skills without a bit are held by no one we can see
                // cheaply: assume the worker holds them.
                let required_held =
                    (r.required & skills).count_ones() + u32::from(r.required_unnumbered);
                let optional_held =
                    (r.optional & skills).count_ones() + u32::from(r.optional_unnumbered);
                let occupation = if !same_unit {
                    fit.points()
                } else if occupations.contains(&r.occupation) {
                    SAME_OCCUPATION
                } else {
                    SAME_UNIT_GROUP
                };
                let record_bound = occupation
                    + skill_points(required_held, u32::from(r.required_count), REQUIRED_SKILLS)
                    + skill_points(optional_held, u32::from(r.optional_count), OPTIONAL_SKILLS)
                    + language_points
                    + if same_unit {
                        experience_points(experience)
                    } else {
                        0
                    }
                    + if until >= r.end {
                        AVAILABILITY
                    } else {
                        let days = (r.end - r.start).max(1) as u32;
                        AVAILABILITY * ((until - r.start) as u32).min(days) / days
                    }
                    + if returning {
                        RETURNING
                            + if worker
                                .completed_placements
                                .iter()
                                .any(|c| c.programme == p && c.employer.0 == r.employer)
                            {
                                RETURNING_SAME_EMPLOYER
                            } else {
                                0
                            }
                    } else {
                        0
                    }
                    + if preference { PREFERENCE } else { 0 };
                if !top.could_enter(record_bound) {
                    continue;
                }
                // With every job skill numbered, at most one required
                // language and nobody named, the record holds every rule and
                // every point of the pair: its bound is the score, and the
                // full job order need not be read (the full-scan tests of
                // `tests/index_and_rounds.rs` check the result).
                if r.flags & (MORE_LANGUAGES_FLAG | NAMES_WORKERS_FLAG) == 0
                    && r.required_unnumbered == 0
                    && r.optional_unnumbered == 0
                {
                    top.push(TopK::key(record_bound, r.job));
                } else {
                    pending.push((record_bound, Reverse(r.job)));
                }
            }
            // Read full job orders best bound first, until none can enter.
            let mut pending = BinaryHeap::from(std::mem::take(&mut pending));
            while let Some((record_bound, Reverse(j))) = pending.pop() {
                if !top.could_enter(record_bound) {
                    break;
                }
                let Some(job) = self.jobs[j as usize].as_ref() else {
                    continue;
                };
                if (!job.named_workers.is_empty()
                    && job.named_workers.binary_search(&worker_id).is_ok())
                    || score::check_worker_rules(programme, job, worker).is_err()
                {
                    continue;
                }
                top.push(TopK::key(score::score_total(programme, job, worker), j));
            }
        }
        Ok(top.into_sorted())
    }
}

fn grow<T>(v: &mut Vec<Option<T>>, index: usize) {
    if v.len() <= index {
        v.resize_with(index + 1, || None);
    }
}

/// The most language points any member could earn, or `None` if no member
/// speaks some required language at the level.
fn language_bound(bucket: &WorkerBucket, job: &JobOrder) -> Option<u32> {
    let mut points = 0;
    for need in &job.languages {
        let counts = bucket.language_counts.get(&need.language)?;
        let best = (1..=7u8).rev().find(|&r| counts[usize::from(r - 1)] > 0)?;
        if best < need.level.rank() {
            return None;
        }
        points += LANGUAGE_STEP * u32::from(best - need.level.rank());
    }
    Some(points.min(LANGUAGE_MAX))
}

/// The most skill points any member could earn: as if one member held every
/// job skill that some member of the bucket holds.
fn skills_bound(bucket: &WorkerBucket, job: &JobOrder) -> u32 {
    let present = |skills: &[SkillId]| {
        skills
            .iter()
            .filter(|s| bucket.skill_counts.contains_key(s))
            .count() as u32
    };
    skill_points(
        present(&job.required_skills),
        job.required_skills.len() as u32,
        REQUIRED_SKILLS,
    ) + skill_points(
        present(&job.optional_skills),
        job.optional_skills.len() as u32,
        OPTIONAL_SKILLS,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_k_keeps_best_scores_and_lower_ids_on_ties() {
        let mut top = TopK::new(2);
        for (s, id) in [(5, 9), (7, 3), (5, 1), (1, 0)] {
            top.push(TopK::key(s, id));
        }
        assert_eq!(top.into_sorted(), vec![(7, 3), (5, 1)]);
        let mut top = TopK::new(1);
        top.push(TopK::key(5, 4));
        assert!(top.could_enter(5));
        assert!(!top.could_enter(4));
    }
}
