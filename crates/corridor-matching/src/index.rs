//! The in-memory match index: programmes, job orders and workers, with
//! inverted lists that serve shortlists and recommendations without a full
//! scan, kept current as profiles and job orders change.
//!
//! # How a shortlist is served
//! Workers sit in *buckets* keyed by (origin country, ISCO-08 unit group):
//! one bucket for each of their citizenships and their residence, times each
//! unit group they have experience in. Every bucket keeps, besides its
//! members, how many members hold each skill, speak each language at each
//! CEFR level, and are returning workers. For a job order the index visits
//! only the buckets of the programme's origin countries, computes for each an
//! upper bound on any member's score (occupation fit of the bucket's unit
//! group, the job's skills present in the bucket, the best language level
//! present, …), skips buckets where nobody speaks a required language, and
//! scans buckets from the highest bound down, stopping as soon as the k-th
//! best score found beats the next bucket's bound. The answer is exactly the
//! top k by (score, then lower worker id), the same as a full scan would give
//! (a test checks this).
//!
//! Job orders sit in buckets keyed by (programme, unit group), served the
//! same way for a worker's recommendations.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

use crate::codes::{CountryCode, IscoCode};
use crate::model::{
    JobOrder, JobOrderId, LanguageId, Programme, ProgrammeId, SkillId, Vocabulary, Worker, WorkerId,
};
use crate::score::{
    self, AVAILABILITY, EXPERIENCE_MAX, Ineligible, LANGUAGE_MAX, LANGUAGE_STEP, OPTIONAL_SKILLS,
    OccupationFit, PREFERENCE, REQUIRED_SKILLS, RETURNING, RETURNING_SAME_EMPLOYER, SAME_OCCUPATION, Score,
};

/// Unit-group key of workers who list no occupation.
const NO_OCCUPATION: u16 = u16::MAX;
/// Marks "not in any bucket".
const NOWHERE: u32 = u32::MAX;

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

#[derive(Debug)]
struct WorkerBucket {
    unit: u16,
    members: Vec<u32>,
    skill_counts: HashMap<SkillId, u32>,
    /// For each language, how many members speak it at each level (index
    /// `rank - 1`).
    language_counts: HashMap<LanguageId, [u32; 7]>,
    returning: u32,
}

#[derive(Default, Debug)]
struct JobBucket {
    members: Vec<u32>,
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
    worker_bucket_of: HashMap<(CountryCode, u16), u32>,
    units_by_country: HashMap<CountryCode, BTreeMap<u16, u32>>,
    /// (bucket, position) of each worker's entries.
    worker_places: Vec<Vec<(u32, u32)>>,

    job_buckets: Vec<JobBucket>,
    job_bucket_of: HashMap<(ProgrammeId, u16), u32>,
    units_by_programme: HashMap<ProgrammeId, BTreeMap<u16, u32>>,
    job_places: Vec<(u32, u32)>,

    programmes_by_origin: HashMap<CountryCode, Vec<ProgrammeId>>,
    named_in: HashMap<WorkerId, Vec<JobOrderId>>,
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
            heap: BinaryHeap::with_capacity(k + 1),
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
    (key != NO_OCCUPATION).then(|| IscoCode::new(&format!("{key:04}")))
}

/// The unit-group bucket in which a worker is considered for a job: the unit
/// group of their best-fitting occupation (lowest code among equals), or
/// [`NO_OCCUPATION`].
fn canonical_unit(job_isco: IscoCode, job_occ: crate::model::OccupationId, worker: &Worker) -> u16 {
    let mut best: Option<(OccupationFit, u16)> = None;
    for o in &worker.occupations {
        let fit = if o.occupation == job_occ {
            OccupationFit::SameOccupation
        } else {
            OccupationFit::between_groups(job_isco, o.isco)
        };
        // Same occupation and same unit group land in the same bucket.
        let fit = fit.max(OccupationFit::SameUnitGroup);
        let cand = (fit, unit_key(o.isco));
        if best.is_none_or(|b| cand < b) {
            best = Some(cand);
        }
    }
    best.map_or(NO_OCCUPATION, |b| b.1)
}

fn fit_bound(fit: OccupationFit) -> u32 {
    match fit {
        OccupationFit::SameOccupation | OccupationFit::SameUnitGroup => SAME_OCCUPATION + EXPERIENCE_MAX,
        other => other.points(),
    }
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

    /// Job orders of a programme.
    pub fn job_orders_of(&self, programme: ProgrammeId) -> Vec<&JobOrder> {
        let mut out = Vec::new();
        if let Some(units) = self.units_by_programme.get(&programme) {
            for &b in units.values() {
                for &j in &self.job_buckets[b as usize].members {
                    if let Some(job) = self.jobs[j as usize].as_ref() {
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
        let mut out = Vec::new();
        for &c in &programme.origins {
            if let Some(units) = self.units_by_country.get(&c) {
                for &b in units.values() {
                    for &w in &self.worker_buckets[b as usize].members {
                        let Some(worker) = self.workers[w as usize].as_ref() else {
                            continue;
                        };
                        // Once per worker: in its canonical country and its
                        // lowest unit group there.
                        let lowest = worker.occupations.iter().map(|o| unit_key(o.isco)).min();
                        if worker.origin_in(programme) != Some(c)
                            || lowest.unwrap_or(NO_OCCUPATION) != self.worker_buckets[b as usize].unit
                        {
                            continue;
                        }
                        out.push(worker);
                    }
                }
            }
        }
        out.sort_by_key(|w| w.id);
        out.dedup_by_key(|w| w.id);
        out
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
        let mut units: Vec<u16> = worker.occupations.iter().map(|o| unit_key(o.isco)).collect();
        if units.is_empty() {
            units.push(NO_OCCUPATION);
        }
        units.sort_unstable();
        units.dedup();
        let mut places = Vec::with_capacity(countries.len() * units.len());
        for &c in &countries {
            for &u in &units {
                let b = match self.worker_bucket_of.get(&(c, u)) {
                    Some(&b) => b,
                    None => {
                        let b = self.worker_buckets.len() as u32;
                        self.worker_buckets.push(WorkerBucket {
                            unit: u,
                            members: Vec::new(),
                            skill_counts: HashMap::new(),
                            language_counts: HashMap::new(),
                            returning: 0,
                        });
                        self.worker_bucket_of.insert((c, u), b);
                        self.units_by_country.entry(c).or_default().insert(u, b);
                        b
                    }
                };
                let bucket = &mut self.worker_buckets[b as usize];
                places.push((b, bucket.members.len() as u32));
                bucket.members.push(id.0);
                for s in &worker.skills {
                    *bucket.skill_counts.entry(*s).or_insert(0) += 1;
                }
                for l in &worker.languages {
                    bucket.language_counts.entry(l.language).or_insert([0; 7])[usize::from(l.level.rank() - 1)] += 1;
                }
                if !worker.completed_placements.is_empty() {
                    bucket.returning += 1;
                }
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
        for (b, pos) in places {
            let bucket = &mut self.worker_buckets[b as usize];
            let last = bucket.members.len() - 1;
            bucket.members.swap_remove(pos as usize);
            if (pos as usize) < last {
                let moved = bucket.members[pos as usize];
                for place in &mut self.worker_places[moved as usize] {
                    if place.0 == b {
                        place.1 = pos;
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
            if !worker.completed_placements.is_empty() {
                bucket.returning -= 1;
            }
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
                self.job_buckets.push(JobBucket::default());
                self.job_bucket_of.insert(key, b);
                self.units_by_programme.entry(key.0).or_default().insert(key.1, b);
                b
            }
        };
        let bucket = &mut self.job_buckets[b as usize];
        self.job_places[id.index()] = (b, bucket.members.len() as u32);
        bucket.members.push(id.0);
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
        let last = bucket.members.len() - 1;
        bucket.members.swap_remove(pos as usize);
        if (pos as usize) < last {
            let moved = bucket.members[pos as usize];
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
    pub fn assess(&self, worker: WorkerId, job_order: JobOrderId) -> Result<Result<Score, Ineligible>, IndexError> {
        let (programme, job, worker) = self.pair(worker, job_order)?;
        Ok(score::check_eligibility(programme, job, worker).map(|()| score::score(programme, job, worker)))
    }

    fn pair(&self, worker: WorkerId, job_order: JobOrderId) -> Result<(&Programme, &JobOrder, &Worker), IndexError> {
        let job = self.job_order(job_order).ok_or(IndexError::UnknownJobOrder(job_order))?;
        let programme = self
            .programme(job.programme)
            .ok_or(IndexError::UnknownProgramme(job.programme))?;
        let worker = self.worker(worker).ok_or(IndexError::UnknownWorker(worker))?;
        Ok((programme, job, worker))
    }

    fn candidate(&self, worker: WorkerId, job_order: JobOrderId) -> Candidate {
        let (programme, job, w) = self.pair(worker, job_order).expect("pair found by the index");
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
    pub fn shortlist_ids(&self, job_order: JobOrderId, k: usize) -> Result<Vec<(u32, u32)>, IndexError> {
        let job = self.job_order(job_order).ok_or(IndexError::UnknownJobOrder(job_order))?;
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
        let mut visits: Vec<(u32, u32, CountryCode, u16)> = Vec::new();
        let mut origins = programme.origins.clone();
        origins.dedup();
        for &c in &origins {
            let Some(units) = self.units_by_country.get(&c) else {
                continue;
            };
            for (&u, &b) in units {
                let fit = match unit_code(u) {
                    None => OccupationFit::Unrelated,
                    Some(code) => OccupationFit::between_groups(job.isco, code),
                };
                if job.min_experience_months > 0 && fit != OccupationFit::SameUnitGroup {
                    continue;
                }
                let bucket = &self.worker_buckets[b as usize];
                if bucket.members.is_empty() {
                    continue;
                }
                let Some(language_bound) = language_bound(bucket, job) else {
                    continue;
                };
                let skills_bound = skills_bound(bucket, job);
                let bound = fit_bound(fit)
                    + skills_bound
                    + language_bound
                    + AVAILABILITY
                    + if bucket.returning > 0 { returning_bound } else { 0 }
                    + PREFERENCE;
                visits.push((bound, b, c, u));
            }
        }
        // Highest bound first; equal bounds in a fixed order.
        visits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (bound, b, c, u) in visits {
            if !top.could_enter(bound) {
                break;
            }
            for &w in &self.worker_buckets[b as usize].members {
                let Some(worker) = self.workers[w as usize].as_ref() else {
                    continue;
                };
                // Each worker is scored once: in its canonical country and in
                // the bucket of its best-fitting occupation.
                if worker.origin_in(programme) != Some(c)
                    || (u != job_unit && canonical_unit(job.isco, job.occupation, worker) != u)
                    || (!job.named_workers.is_empty() && job.named_workers.binary_search(&worker.id).is_ok())
                    || score::check_worker_rules(programme, job, worker).is_err()
                {
                    continue;
                }
                top.push(TopK::key(score::score_total(programme, job, worker), w));
            }
        }
        Ok(top.into_sorted())
    }

    /// The top `k` job orders a worker is eligible for, best first (ties:
    /// lower job-order id first), each with an explained score.
    pub fn recommendations(&self, worker: WorkerId, k: usize) -> Result<Vec<Candidate>, IndexError> {
        let ranked = self.recommendation_ids(worker, k, None)?;
        Ok(ranked
            .into_iter()
            .map(|(_, j)| self.candidate(worker, JobOrderId(j)))
            .collect())
    }

    /// Recommendations as (score, job-order id) pairs, optionally only in
    /// one programme, and skipping job orders `skip` rejects.
    pub fn recommendation_ids(
        &self,
        worker_id: WorkerId,
        k: usize,
        only: Option<ProgrammeId>,
    ) -> Result<Vec<(u32, u32)>, IndexError> {
        let worker = self.worker(worker_id).ok_or(IndexError::UnknownWorker(worker_id))?;
        let mut top = TopK::new(k);
        if k == 0 {
            return Ok(Vec::new());
        }
        let mut programmes: Vec<ProgrammeId> = Vec::new();
        for c in worker.citizenships.iter().chain(std::iter::once(&worker.residence)) {
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
        let mut visits: Vec<(u32, u32, ProgrammeId)> = Vec::new();
        for &p in &programmes {
            let Some(programme) = self.programme(p) else {
                continue;
            };
            if worker.excluded_from.contains(&p) {
                continue;
            }
            let returning = programme.priority_rehire && worker.completed_placements.iter().any(|c| c.programme == p);
            let preference = worker.preferred_programmes.contains(&p)
                || worker.preferred_destinations.contains(&programme.destination);
            let Some(units) = self.units_by_programme.get(&p) else {
                continue;
            };
            for (&u, &b) in units {
                if self.job_buckets[b as usize].members.is_empty() {
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
                let bound = fit_bound(fit)
                    + REQUIRED_SKILLS
                    + OPTIONAL_SKILLS
                    + LANGUAGE_MAX
                    + AVAILABILITY
                    + if returning { RETURNING + RETURNING_SAME_EMPLOYER } else { 0 }
                    + if preference { PREFERENCE } else { 0 };
                visits.push((bound, b, p));
            }
        }
        visits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (bound, b, p) in visits {
            if !top.could_enter(bound) {
                break;
            }
            let programme = self.programme(p).expect("programme held");
            for &j in &self.job_buckets[b as usize].members {
                let Some(job) = self.jobs[j as usize].as_ref() else {
                    continue;
                };
                if job.named_workers.binary_search(&worker_id).is_ok() {
                    continue;
                }
                if score::check_worker_rules(programme, job, worker).is_ok() {
                    top.push(TopK::key(score::score_total(programme, job, worker), j));
                }
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
    let present = |skills: &[SkillId]| skills.iter().filter(|s| bucket.skill_counts.contains_key(s)).count() as u32;
    let mut points = 0;
    if !job.required_skills.is_empty() {
        points += REQUIRED_SKILLS * present(&job.required_skills) / job.required_skills.len() as u32;
    }
    if !job.optional_skills.is_empty() {
        points += OPTIONAL_SKILLS * present(&job.optional_skills) / job.optional_skills.len() as u32;
    }
    points
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
