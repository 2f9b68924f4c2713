//! Match rounds over a programme's open job orders and the workers it
//! covers, with the mechanism an official chooses, and their summary.
//!
//! Who is in a round:
//! * job orders of the programme with open positions whose occupation the
//!   programme allows;
//! * workers the programme covers (citizenship or residence), not excluded.
//!
//! Which pairs can be matched: eligible pairs (see [`crate::score`]) with a
//! score above 0. A worker who stated preferred job orders accepts only
//! those, in their order; otherwise they accept every eligible job order of
//! the round ranked by score, or their best
//! [`RoundOptions::candidates_per_worker`] from the index.
//!
//! * [`Mechanism::Stable`]: worker-proposing deferred acceptance
//!   ([`crate::stable`]); job orders rank by the employer's own ranking
//!   (listed workers first, in order) and then by score; every tie is broken
//!   by the lower id. It honours positions; it does not enforce quotas or the
//!   women's share — the outcome reports any quota it exceeds and the share
//!   reached, rather than hiding them.
//! * [`Mechanism::Optimal`]: the maximum total score under positions, quotas
//!   and the women's share ([`crate::optimal`]).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::time::{Duration, Instant};

use crate::codes::{CountryCode, IscoCode, Sex};
use crate::index::{IndexError, MatchIndex};
use crate::model::{JobOrder, JobOrderId, ProgrammeId, Quota, Worker, WorkerId};
use crate::optimal::{
    self, AssignmentProblem, Edge, Method, OptimalOptions, ProblemJob, ProblemWorker,
};
use crate::score::{self, MAX_SCORE};
use crate::stable::StableMarket;

/// The mechanism of a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mechanism {
    /// Worker-proposing deferred acceptance: stable, worker-optimal.
    Stable,
    /// Maximum total score under quotas and the women's share.
    Optimal,
}

impl fmt::Display for Mechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mechanism::Stable => "stable (deferred acceptance)",
            Mechanism::Optimal => "optimal (maximum total score)",
        })
    }
}

/// Options of a round.
#[derive(Clone, Copy, Debug)]
pub struct RoundOptions {
    /// For workers without stated preferences: consider only their best `n`
    /// job orders of the round (from the index). `None` considers every
    /// eligible job order, which is exact but costs workers × job orders.
    pub candidates_per_worker: Option<usize>,
    /// Limits of the optimal round's branch and bound.
    pub optimal: OptimalOptions,
}

impl Default for RoundOptions {
    fn default() -> Self {
        Self {
            candidates_per_worker: Some(50),
            optimal: OptimalOptions::default(),
        }
    }
}

/// Errors of a round.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoundError {
    /// A look-up failed.
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// One placement of a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The worker.
    pub worker: WorkerId,
    /// The job order.
    pub job_order: JobOrderId,
    /// The pair's score.
    pub score: u32,
}

/// Why positions of a job order stay open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnfilledReason {
    /// No worker in the round is eligible.
    NoEligibleWorker,
    /// A quota for the job order's occupation group is used up.
    QuotaReached {
        /// The quota's group.
        isco: IscoCode,
    },
    /// Every eligible worker was placed in another job order.
    CandidatesPlacedElsewhere,
    /// Eligible workers remain, but their origin's quota is used up.
    OriginQuotaReached,
    /// Eligible workers remain, but placing them would break the minimum
    /// share of women.
    WomenShare,
    /// Eligible workers remain, but another quota (per sex, or mixing origin
    /// and occupation) or the overall quota is used up.
    OtherQuota,
}

impl fmt::Display for UnfilledReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnfilledReason::NoEligibleWorker => f.write_str("no eligible worker"),
            UnfilledReason::QuotaReached { isco } => {
                write!(f, "quota for ISCO group {isco} reached")
            }
            UnfilledReason::CandidatesPlacedElsewhere => {
                f.write_str("every eligible worker placed elsewhere")
            }
            UnfilledReason::OriginQuotaReached => {
                f.write_str("eligible workers' origin quota reached")
            }
            UnfilledReason::WomenShare => {
                f.write_str("filling it would break the minimum share of women")
            }
            UnfilledReason::OtherQuota => f.write_str("another quota reached"),
        }
    }
}

/// Why a worker was not placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnmatchedReason {
    /// No job order of the round they are eligible for (or that they chose).
    NoEligibleJobOrder,
    /// The job orders they chose were filled by workers the employers
    /// ranked higher.
    ChoicesFilledByHigherRanked,
    /// Their eligible job orders were filled by combinations with a higher
    /// total score.
    PositionsWentToHigherTotalScore,
    /// The quota for their origin country is used up.
    OriginQuotaReached {
        /// Their origin.
        origin: CountryCode,
    },
    /// Placing them would break the minimum share of women.
    WomenShare,
    /// Another quota is used up.
    OtherQuota,
}

impl fmt::Display for UnmatchedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnmatchedReason::NoEligibleJobOrder => {
                f.write_str("no job order they are eligible for")
            }
            UnmatchedReason::ChoicesFilledByHigherRanked => {
                f.write_str("job orders they ranked were filled by candidates ranked higher")
            }
            UnmatchedReason::PositionsWentToHigherTotalScore => {
                f.write_str("positions went to pairs with a higher total score")
            }
            UnmatchedReason::OriginQuotaReached { origin } => {
                write!(f, "quota for origin {origin} reached")
            }
            UnmatchedReason::WomenShare => f.write_str("the minimum share of women"),
            UnmatchedReason::OtherQuota => f.write_str("another quota reached"),
        }
    }
}

/// Open positions of a job order after the round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnfilledPositions {
    /// The job order.
    pub job_order: JobOrderId,
    /// How many positions stay open.
    pub positions: u32,
    /// Why.
    pub reason: UnfilledReason,
}

/// A worker of the round left without a placement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnmatchedWorker {
    /// The worker.
    pub worker: WorkerId,
    /// Why.
    pub reason: UnmatchedReason,
}

/// A quota and how much of it the round uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotaUse {
    /// The quota.
    pub quota: Quota,
    /// Placements of the round in its scope.
    pub used: u32,
}

impl QuotaUse {
    /// Whether the round placed more than the quota allows.
    pub fn exceeded(&self) -> bool {
        self.used > self.quota.remaining
    }
}

/// What happened to the programme's minimum share of women.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareStatus {
    /// Met without leaving anything on the table.
    Met,
    /// Met, at the cost of positions left open that men could have filled.
    MetByLeavingPositionsOpen {
        /// Placements fewer than without the rule.
        positions: u32,
    },
    /// Cannot be met with any placement: no eligible woman could be placed,
    /// so the round places nobody.
    Unreachable,
    /// Not met (the stable mechanism does not enforce the share).
    NotMet,
}

/// The minimum share of women and what the round reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WomenShareReport {
    /// Required, per mille.
    pub required_permille: u16,
    /// Reached, per mille of placements (0 when nobody is placed).
    pub achieved_permille: u16,
    /// What the best assignment without the rule would reach (optimal
    /// rounds).
    pub without_rule_permille: Option<u16>,
    /// Total score given up for the rule (optimal rounds).
    pub score_given_up: u64,
    /// Status.
    pub status: ShareStatus,
}

/// Whether an optimal round's answer is proven optimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Optimality {
    /// Proven optimal.
    pub proven: bool,
    /// Proven upper bound on the total score.
    pub upper_bound: u64,
    /// How it was solved.
    pub method: Method,
}

/// The result of a round, for an official to review and confirm.
#[derive(Clone, Debug)]
pub struct RoundOutcome {
    /// The programme.
    pub programme: ProgrammeId,
    /// The mechanism.
    pub mechanism: Mechanism,
    /// Placements, by worker id.
    pub placements: Vec<Placement>,
    /// Job orders with open positions, by id.
    pub unfilled: Vec<UnfilledPositions>,
    /// Workers left without a placement, by id.
    pub unmatched: Vec<UnmatchedWorker>,
    /// Sum of the placements' scores.
    pub total_score: u64,
    /// For optimal rounds.
    pub optimality: Option<Optimality>,
    /// When the programme sets a minimum share of women.
    pub women_share: Option<WomenShareReport>,
    /// Every quota of the programme and its use.
    pub quota_use: Vec<QuotaUse>,
    /// The printable summary.
    pub summary: RoundSummary,
    /// Where the time went.
    pub timings: RoundTimings,
}

/// Time spent by a round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoundTimings {
    /// Finding eligible pairs, scoring them and ranking.
    pub market: Duration,
    /// Running the mechanism.
    pub solve: Duration,
}

/// Counts of a round, by reason, sex and origin. Prints as a plain table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundSummary {
    /// The programme.
    pub programme: ProgrammeId,
    /// The mechanism.
    pub mechanism: Mechanism,
    /// Job orders in the round.
    pub job_orders: u32,
    /// Positions open before the round.
    pub positions: u32,
    /// Positions filled.
    pub filled: u32,
    /// Open positions left, by reason.
    pub unfilled_by_reason: Vec<(UnfilledReason, u32)>,
    /// Workers in the round.
    pub workers: u32,
    /// Workers left without a placement, by reason.
    pub unmatched_by_reason: Vec<(UnmatchedReason, u32)>,
    /// (sex, placed, workers in the round).
    pub by_sex: Vec<(Sex, u32, u32)>,
    /// (origin, placed, workers in the round).
    pub by_origin: Vec<(CountryCode, u32, u32)>,
    /// Sum of scores.
    pub total_score: u64,
    /// Notes an official must read: quotas exceeded, the women's share,
    /// optimality not proven.
    pub notes: Vec<String>,
}

impl fmt::Display for RoundSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Match round, programme {}, {}",
            self.programme.0, self.mechanism
        )?;
        writeln!(
            f,
            "  positions filled: {} of {} in {} job orders (total score {})",
            self.filled, self.positions, self.job_orders, self.total_score
        )?;
        for (reason, n) in &self.unfilled_by_reason {
            writeln!(f, "  unfilled {n:>7}  {reason}")?;
        }
        writeln!(
            f,
            "  workers placed: {} of {}",
            self.by_sex.iter().map(|s| s.1).sum::<u32>(),
            self.workers
        )?;
        for (reason, n) in &self.unmatched_by_reason {
            writeln!(f, "  unmatched {n:>6}  {reason}")?;
        }
        writeln!(f, "  by sex:      placed / in round")?;
        for (sex, placed, total) in &self.by_sex {
            writeln!(f, "    {:<11}{placed:>7} / {total}", sex.label())?;
        }
        writeln!(f, "  by origin:   placed / in round")?;
        for (origin, placed, total) in &self.by_origin {
            writeln!(f, "    {:<11}{placed:>7} / {total}", origin.as_str())?;
        }
        for note in &self.notes {
            writeln!(f, "  note: {note}")?;
        }
        Ok(())
    }
}

/// The workers, job orders and scored pairs of a round.
struct RoundMarket<'a> {
    jobs: Vec<&'a JobOrder>,
    workers: Vec<&'a Worker>,
    origins: Vec<CountryCode>,
    /// Worker `w`'s list is `entries[list_start[w]..list_start[w + 1]]`:
    /// (job position in `jobs`, score), in the worker's order of preference.
    list_start: Vec<u32>,
    entries: Vec<(u32, u32)>,
}

impl RoundMarket<'_> {
    fn list(&self, w: usize) -> &[(u32, u32)] {
        &self.entries[self.list_start[w] as usize..self.list_start[w + 1] as usize]
    }
}

fn build_market<'a>(
    index: &'a MatchIndex,
    programme_id: ProgrammeId,
    options: &RoundOptions,
) -> Result<RoundMarket<'a>, RoundError> {
    let programme = index
        .programme(programme_id)
        .ok_or(IndexError::UnknownProgramme(programme_id))?;
    let jobs: Vec<&JobOrder> = index
        .job_orders_of(programme_id)
        .into_iter()
        .filter(|j| j.positions > 0 && programme.allows(j.isco))
        .collect();
    // One 64-byte record per job order of the round, skills inline:
    // scoring millions of pairs is bound by memory latency, and this keeps a
    // job order's facts in one cache line (see `CompactJob`).
    let round_jobs: Vec<CompactJob> = jobs.iter().map(|j| CompactJob::new(j)).collect();
    // Position of each job order of the round, by job-order id.
    let mut job_at: Vec<u32> = vec![u32::MAX; jobs.last().map_or(0, |j| j.id.index() + 1)];
    for (i, j) in jobs.iter().enumerate() {
        job_at[j.id.index()] = i as u32;
    }
    let workers: Vec<&Worker> = index
        .workers_covered_by(programme)
        .into_iter()
        .filter(|w| !w.excluded_from.contains(&programme_id))
        .collect();
    let origins: Vec<CountryCode> = workers
        .iter()
        .map(|w| {
            w.origin_in(programme)
                .expect("covered worker has an origin")
        })
        .collect();
    // Lists are built on every core, in chunks of workers.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = workers.len().div_ceil(threads).max(1);
    let parts: Vec<Result<ListChunk, RoundError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = workers
            .chunks(chunk)
            .map(|slice| {
                let (jobs, job_at, round_jobs) = (&jobs, &job_at, &round_jobs);
                scope.spawn(move || -> Result<ListChunk, RoundError> {
                    let mut ends = Vec::with_capacity(slice.len());
                    let mut entries = Vec::new();
                    let mut scratch = Vec::new();
                    let mut skills = score::MarkedSkills::new();
                    for w in slice {
                        worker_list(
                            index,
                            programme,
                            jobs,
                            round_jobs,
                            job_at,
                            w,
                            options,
                            &mut scratch,
                            &mut skills,
                            &mut entries,
                        )?;
                        ends.push(entries.len() as u32);
                    }
                    Ok((ends, entries))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("list builder panicked"))
            .collect()
    });
    let mut list_start = Vec::with_capacity(workers.len() + 1);
    list_start.push(0u32);
    let mut entries = Vec::new();
    for part in parts {
        let (ends, part_entries) = part?;
        let offset = entries.len() as u32;
        list_start.extend(ends.into_iter().map(|e| e + offset));
        entries.extend(part_entries);
    }
    Ok(RoundMarket {
        jobs,
        workers,
        origins,
        list_start,
        entries,
    })
}

/// Skills a [`CompactJob`] holds inline.
const INLINE_SKILLS: usize = 8;
/// The job order has more skills or languages than fit inline: score it
/// from the full record.
const FULL_RECORD: u8 = 1;
/// The job order names workers (read from the full record when scoring).
const NAMES_WORKERS: u8 = 2;

/// A job order's facts for scoring in one cache line (see `build_market`).
#[derive(Clone, Copy, Debug)]
#[repr(C, align(64))]
struct CompactJob {
    occupation: crate::model::OccupationId,
    employer: crate::model::EmployerId,
    start: crate::codes::Day,
    end: crate::codes::Day,
    isco: IscoCode,
    min_experience_months: u16,
    /// The required language, if any (`languages` says how many).
    language: crate::model::LanguageLevel,
    languages: u8,
    required: u8,
    skills_len: u8,
    flags: u8,
    /// Required skills, then optional ones.
    skills: [crate::model::SkillId; INLINE_SKILLS],
}

const _: () = assert!(std::mem::size_of::<CompactJob>() == 64);

impl CompactJob {
    fn new(j: &JobOrder) -> Self {
        let count = j.required_skills.len() + j.optional_skills.len();
        let full = count > INLINE_SKILLS || j.languages.len() > 1;
        let mut skills = [crate::model::SkillId(0); INLINE_SKILLS];
        if !full {
            for (slot, &s) in skills
                .iter_mut()
                .zip(j.required_skills.iter().chain(&j.optional_skills))
            {
                *slot = s;
            }
        }
        CompactJob {
            occupation: j.occupation,
            employer: j.employer,
            start: j.start,
            end: j.end(),
            isco: j.isco,
            min_experience_months: j.min_experience_months,
            language: j
                .languages
                .first()
                .copied()
                .unwrap_or(crate::model::LanguageLevel {
                    language: crate::model::LanguageId(0),
                    level: crate::codes::Cefr::A1,
                }),
            languages: j.languages.len().min(1) as u8,
            required: if full {
                0
            } else {
                j.required_skills.len() as u8
            },
            skills_len: if full { 0 } else { count as u8 },
            flags: if full { FULL_RECORD } else { 0 }
                | if j.named_workers.is_empty() {
                    0
                } else {
                    NAMES_WORKERS
                },
            skills,
        }
    }
}

/// A compact record and, for the rare job order that names workers, its
/// list of them.
struct CompactRef<'a> {
    job: &'a CompactJob,
    named: &'a [WorkerId],
}

impl score::JobFacts for CompactRef<'_> {
    fn occupation(&self) -> crate::model::OccupationId {
        self.job.occupation
    }
    fn isco(&self) -> IscoCode {
        self.job.isco
    }
    fn employer(&self) -> crate::model::EmployerId {
        self.job.employer
    }
    fn start(&self) -> crate::codes::Day {
        self.job.start
    }
    fn required_skills(&self) -> &[crate::model::SkillId] {
        &self.job.skills[..usize::from(self.job.required)]
    }
    fn optional_skills(&self) -> &[crate::model::SkillId] {
        &self.job.skills[usize::from(self.job.required)..usize::from(self.job.skills_len)]
    }
    fn languages(&self) -> &[crate::model::LanguageLevel] {
        &std::slice::from_ref(&self.job.language)[..usize::from(self.job.languages)]
    }
    fn min_experience_months(&self) -> u16 {
        self.job.min_experience_months
    }
    fn names(&self, worker: WorkerId) -> bool {
        !self.named.is_empty() && self.named.binary_search(&worker).is_ok()
    }
}

/// Eligibility and score of a pair of the round (worker covered and not
/// excluded), from the compact record when it holds everything.
fn round_pair(
    programme: &crate::model::Programme,
    jobs: &[&JobOrder],
    round_jobs: &[CompactJob],
    j: usize,
    w: &Worker,
    skills: &score::MarkedSkills,
) -> Option<u32> {
    let c = &round_jobs[j];
    if c.flags & FULL_RECORD != 0 {
        score::eligible_total_marked(programme, jobs[j], c.end, w, skills)
    } else {
        let named: &[WorkerId] = if c.flags & NAMES_WORKERS != 0 {
            &jobs[j].named_workers
        } else {
            &[]
        };
        score::eligible_total_marked(programme, &CompactRef { job: c, named }, c.end, w, skills)
    }
}

/// Lists of a chunk of workers: each list's end, and the entries.
type ListChunk = (Vec<u32>, Vec<(u32, u32)>);

/// Appends a worker's list: (job position, score), best first.
#[allow(clippy::too_many_arguments)]
fn worker_list(
    index: &MatchIndex,
    programme: &crate::model::Programme,
    jobs: &[&JobOrder],
    round_jobs: &[CompactJob],
    job_at: &[u32],
    w: &Worker,
    options: &RoundOptions,
    scratch: &mut Vec<u32>,
    skills: &mut score::MarkedSkills,
    out: &mut Vec<(u32, u32)>,
) -> Result<(), RoundError> {
    let first = out.len();
    let position = |id: JobOrderId| job_at.get(id.index()).copied().filter(|&p| p != u32::MAX);
    if !w.preferred_job_orders.is_empty() {
        // First the positions, each once, and one load of each record: the
        // loads are independent, so the processor keeps them all in flight
        // instead of waiting for one cache miss after another while scoring.
        scratch.clear();
        let mut touch = 0i32;
        for &id in &w.preferred_job_orders {
            let Some(j) = position(id) else { continue };
            if scratch.contains(&j) {
                continue;
            }
            scratch.push(j);
            touch ^= round_jobs[j as usize].start.0;
        }
        std::hint::black_box(touch);
        skills.mark(&w.skills);
        for &j in scratch.iter() {
            // The programme covers w and has not excluded them (see
            // `build_market`): only the pair's own rules are left.
            if let Some(s) = round_pair(programme, jobs, round_jobs, j as usize, w, skills)
                && s > 0
            {
                out.push((j, s));
            }
        }
        return Ok(());
    }
    match options.candidates_per_worker {
        Some(n) => {
            for (s, j) in index.recommendation_ids(w.id, n, Some(programme.id))? {
                if let Some(at) = position(JobOrderId(j))
                    && s > 0
                {
                    out.push((at, s));
                }
            }
        }
        None => {
            skills.mark(&w.skills);
            for at in 0..jobs.len() {
                if let Some(s) = round_pair(programme, jobs, round_jobs, at, w, skills)
                    && s > 0
                {
                    out.push((at as u32, s));
                }
            }
            out[first..].sort_by(|a, b| {
                b.1.cmp(&a.1)
                    .then(jobs[a.0 as usize].id.cmp(&jobs[b.0 as usize].id))
            });
        }
    }
    Ok(())
}

/// The abstract deferred-acceptance market a stable round would solve
/// (workers and job orders numbered in id order), for inspection and
/// benchmarks.
pub fn stable_problem(
    index: &MatchIndex,
    programme: ProgrammeId,
    options: &RoundOptions,
) -> Result<StableMarket, RoundError> {
    Ok(stable_market(&build_market(index, programme, options)?))
}

/// The assignment problem an optimal round would solve (workers and job
/// orders numbered in id order), for inspection and benchmarks.
pub fn optimal_problem(
    index: &MatchIndex,
    programme_id: ProgrammeId,
    options: &RoundOptions,
) -> Result<AssignmentProblem, RoundError> {
    let programme = index
        .programme(programme_id)
        .ok_or(IndexError::UnknownProgramme(programme_id))?;
    let market = build_market(index, programme_id, options)?;
    Ok(assignment_problem(
        &market,
        programme.quotas.clone(),
        programme.min_women_share_permille,
    ))
}

/// Runs a match round over a programme. See the module docs.
pub fn run_round(
    index: &MatchIndex,
    programme_id: ProgrammeId,
    mechanism: Mechanism,
    options: &RoundOptions,
) -> Result<RoundOutcome, RoundError> {
    let programme = index
        .programme(programme_id)
        .ok_or(IndexError::UnknownProgramme(programme_id))?;
    let started = Instant::now();
    let market = build_market(index, programme_id, options)?;
    let market_built = started.elapsed();
    // assigned[w] = (job position, score)
    let mut assigned: Vec<Option<(u32, u32)>> = vec![None; market.workers.len()];
    let mut optimality = None;
    let mut unconstrained = None;
    match mechanism {
        Mechanism::Stable => {
            let stable = stable_market(&market);
            for (w, a) in stable.solve().into_iter().enumerate() {
                if let Some(j) = a {
                    let s = market.list(w).iter().find(|e| e.0 == j).map_or(0, |e| e.1);
                    assigned[w] = Some((j, s));
                }
            }
        }
        Mechanism::Optimal => {
            let problem = assignment_problem(
                &market,
                programme.quotas.clone(),
                programme.min_women_share_permille,
            );
            let answer = optimal::solve(&problem, &options.optimal);
            for &e in &answer.edges {
                let edge = problem.edges[e as usize];
                assigned[edge.worker as usize] = Some((edge.job, edge.score));
            }
            optimality = Some(Optimality {
                proven: answer.proven_optimal,
                upper_bound: answer.upper_bound,
                method: answer.method,
            });
            unconstrained = answer.unconstrained;
        }
    }
    let solved = started.elapsed() - market_built;
    let mut outcome = describe(
        programme_id,
        programme.quotas.clone(),
        programme.min_women_share_permille,
        mechanism,
        &market,
        &assigned,
        optimality,
        unconstrained,
    );
    outcome.timings = RoundTimings {
        market: market_built,
        solve: solved,
    };
    Ok(outcome)
}

fn stable_market(market: &RoundMarket<'_>) -> StableMarket {
    // Only job orders whose employer ranks candidates get a map (hashing
    // every list entry against an empty map costs as much as a full one).
    let rankings: Vec<Option<HashMap<WorkerId, u32>>> = market
        .jobs
        .iter()
        .map(|j| {
            (!j.employer_ranking.is_empty()).then(|| {
                j.employer_ranking
                    .iter()
                    .enumerate()
                    .map(|(i, &w)| (w, i as u32))
                    .rev()
                    .collect()
            })
        })
        .collect();
    let list_job: Vec<u32> = market.entries.iter().map(|e| e.0).collect();
    let mut list_key = vec![0u64; market.entries.len()];
    // Keys on every core, in chunks of workers.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = market.workers.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let mut rest: &mut [u64] = &mut list_key;
        let mut done = 0usize;
        for w0 in (0..market.workers.len()).step_by(chunk) {
            let w1 = (w0 + chunk).min(market.workers.len());
            let end = market.list_start[w1] as usize;
            let (mine, tail) = std::mem::take(&mut rest).split_at_mut(end - done);
            rest = tail;
            done = end;
            let rankings = &rankings;
            scope.spawn(move || {
                let base = market.list_start[w0] as usize;
                for w in w0..w1 {
                    let id = market.workers[w].id;
                    let from = market.list_start[w] as usize - base;
                    for (k, &(j, s)) in mine[from..].iter_mut().zip(market.list(w)) {
                        let rank = rankings[j as usize]
                            .as_ref()
                            .and_then(|r| r.get(&id).copied());
                        *k = job_key(rank, s, id);
                    }
                }
            });
        }
    });
    StableMarket::from_lists(
        market.jobs.iter().map(|j| j.positions).collect(),
        market.list_start.clone(),
        list_job,
        list_key,
    )
}

/// A job order's key for a worker (lower is better): the employer's ranking
/// first, then score, then worker id.
fn job_key(employer_rank: Option<u32>, score: u32, worker: WorkerId) -> u64 {
    match employer_rank {
        Some(rank) => (u64::from(rank) << 32) | u64::from(worker.0),
        None => {
            (1 << 63) | (u64::from(MAX_SCORE - score.min(MAX_SCORE)) << 32) | u64::from(worker.0)
        }
    }
}

fn assignment_problem(
    market: &RoundMarket<'_>,
    quotas: Vec<Quota>,
    share: Option<u16>,
) -> AssignmentProblem {
    AssignmentProblem {
        workers: market
            .workers
            .iter()
            .zip(&market.origins)
            .map(|(w, &origin)| ProblemWorker { origin, sex: w.sex })
            .collect(),
        jobs: market
            .jobs
            .iter()
            .map(|j| ProblemJob {
                positions: j.positions,
                isco: j.isco,
            })
            .collect(),
        edges: (0..market.workers.len())
            .flat_map(|w| {
                market.list(w).iter().map(move |&(j, s)| Edge {
                    worker: w as u32,
                    job: j,
                    score: s,
                })
            })
            .collect(),
        quotas,
        min_women_share_permille: share,
    }
}

fn permille(part: u32, whole: u32) -> u16 {
    if whole == 0 {
        0
    } else {
        (u64::from(part) * 1000 / u64::from(whole)) as u16
    }
}

#[allow(clippy::too_many_arguments)]
fn describe(
    programme: ProgrammeId,
    quotas: Vec<Quota>,
    share: Option<u16>,
    mechanism: Mechanism,
    market: &RoundMarket<'_>,
    assigned: &[Option<(u32, u32)>],
    optimality: Option<Optimality>,
    unconstrained: Option<optimal::Unconstrained>,
) -> RoundOutcome {
    let placed_isco_sex_origin: Vec<(IscoCode, Sex, CountryCode)> = assigned
        .iter()
        .enumerate()
        .filter_map(|(w, a)| {
            a.map(|(j, _)| {
                (
                    market.jobs[j as usize].isco,
                    market.workers[w].sex,
                    market.origins[w],
                )
            })
        })
        .collect();
    let quota_use: Vec<QuotaUse> = quotas
        .iter()
        .map(|&quota| QuotaUse {
            quota,
            used: placed_isco_sex_origin
                .iter()
                .filter(|&&(i, s, o)| quota.covers(i, s, o))
                .count() as u32,
        })
        .collect();
    let full = |isco: Option<IscoCode>, sex: Option<Sex>, origin: Option<CountryCode>| {
        quota_use.iter().any(|u| {
            u.used >= u.quota.remaining
                && u.quota.isco == isco
                && u.quota.sex == sex
                && u.quota.origin == origin
        })
    };
    let women = placed_isco_sex_origin
        .iter()
        .filter(|p| p.1 == Sex::Female)
        .count() as u32;
    let placed_count = placed_isco_sex_origin.len() as u32;
    let share_binding =
        share.is_some_and(|s| s > 0) && unconstrained.is_some_and(|u| u.placements > placed_count);
    let other_quota_full = quota_use.iter().any(|u| {
        u.used >= u.quota.remaining
            && !matches!(
                (u.quota.isco, u.quota.sex, u.quota.origin),
                (Some(_), None, None) | (None, None, Some(_))
            )
    });

    let mut filled = vec![0u32; market.jobs.len()];
    let mut placements = Vec::new();
    let mut total_score = 0u64;
    for (w, a) in assigned.iter().enumerate() {
        if let Some((j, s)) = *a {
            filled[j as usize] += 1;
            total_score += u64::from(s);
            placements.push(Placement {
                worker: market.workers[w].id,
                job_order: market.jobs[j as usize].id,
                score: s,
            });
        }
    }
    // For each job order: whether an eligible worker lists it, how many of
    // those are left unplaced, and how many of these have an origin whose
    // quota is not used up.
    let jobs = market.jobs.len();
    let mut listed = vec![false; jobs];
    let mut free = vec![0u32; jobs];
    let mut free_open = vec![0u32; jobs];
    for (w, a) in assigned.iter().enumerate() {
        let unplaced = a.is_none();
        let open = unplaced && !full(None, None, Some(market.origins[w]));
        for &(j, _) in market.list(w) {
            let j = j as usize;
            listed[j] = true;
            free[j] += u32::from(unplaced);
            free_open[j] += u32::from(open);
        }
    }
    let mut unfilled = Vec::new();
    for (j, job) in market.jobs.iter().enumerate() {
        if filled[j] >= job.positions {
            continue;
        }
        let group_full = (1..=4u8)
            .rev()
            .map(|d| job.isco.truncate(d))
            .find(|&g| full(Some(g), None, None));
        // The stable mechanism does not enforce quotas, so they are never
        // its reason.
        let group_full = group_full.filter(|_| mechanism == Mechanism::Optimal);
        let reason = if !listed[j] {
            UnfilledReason::NoEligibleWorker
        } else if let Some(isco) = group_full {
            UnfilledReason::QuotaReached { isco }
        } else if free[j] == 0 {
            UnfilledReason::CandidatesPlacedElsewhere
        } else if free_open[j] == 0 {
            UnfilledReason::OriginQuotaReached
        } else if share_binding {
            UnfilledReason::WomenShare
        } else if other_quota_full
            || quotas
                .iter()
                .any(|q| q.isco.is_none() && q.sex.is_none() && q.origin.is_none())
        {
            UnfilledReason::OtherQuota
        } else {
            UnfilledReason::CandidatesPlacedElsewhere
        };
        unfilled.push(UnfilledPositions {
            job_order: job.id,
            positions: job.positions - filled[j],
            reason,
        });
    }
    let mut unmatched = Vec::new();
    for (w, worker) in market.workers.iter().enumerate() {
        if assigned[w].is_some() {
            continue;
        }
        let origin = market.origins[w];
        let reason = if market.list(w).is_empty() {
            UnmatchedReason::NoEligibleJobOrder
        } else if mechanism == Mechanism::Stable {
            UnmatchedReason::ChoicesFilledByHigherRanked
        } else if full(None, None, Some(origin)) {
            UnmatchedReason::OriginQuotaReached { origin }
        } else if share_binding && worker.sex != Sex::Female {
            UnmatchedReason::WomenShare
        } else if other_quota_full {
            UnmatchedReason::OtherQuota
        } else {
            UnmatchedReason::PositionsWentToHigherTotalScore
        };
        unmatched.push(UnmatchedWorker {
            worker: worker.id,
            reason,
        });
    }

    let women_share = share.filter(|&s| s > 0).map(|required| {
        let achieved = permille(women, placed_count);
        let status = match mechanism {
            Mechanism::Stable => {
                if u64::from(women) * 1000 >= u64::from(required) * u64::from(placed_count) {
                    ShareStatus::Met
                } else {
                    ShareStatus::NotMet
                }
            }
            Mechanism::Optimal => match unconstrained {
                Some(u) if u.placements > 0 && placed_count == 0 => ShareStatus::Unreachable,
                Some(u) if u.placements > placed_count => ShareStatus::MetByLeavingPositionsOpen {
                    positions: u.placements - placed_count,
                },
                _ => ShareStatus::Met,
            },
        };
        WomenShareReport {
            required_permille: required,
            achieved_permille: achieved,
            without_rule_permille: unconstrained.map(|u| permille(u.women, u.placements)),
            score_given_up: unconstrained.map_or(0, |u| u.total_score.saturating_sub(total_score)),
            status,
        }
    });

    let mut notes = Vec::new();
    for u in &quota_use {
        if u.exceeded() {
            notes.push(format!(
                "quota exceeded: {} placed in scope {}, {} allowed (the stable mechanism does not enforce quotas)",
                u.used,
                quota_scope(&u.quota),
                u.quota.remaining
            ));
        }
    }
    if let Some(r) = &women_share {
        let pct = |p: u16| format!("{}.{}%", p / 10, p % 10);
        let text = match r.status {
            ShareStatus::Met => format!(
                "minimum share of women {} met: {}",
                pct(r.required_permille),
                pct(r.achieved_permille)
            ),
            ShareStatus::MetByLeavingPositionsOpen { positions } => format!(
                "minimum share of women {} met ({}) by leaving {positions} positions open that men could fill (score given up: {})",
                pct(r.required_permille),
                pct(r.achieved_permille),
                r.score_given_up
            ),
            ShareStatus::Unreachable => format!(
                "minimum share of women {} cannot be met with any placement: no eligible woman can be placed, so nobody is placed",
                pct(r.required_permille)
            ),
            ShareStatus::NotMet => format!(
                "minimum share of women {} NOT met: {} (the stable mechanism does not enforce it; use the optimal mechanism)",
                pct(r.required_permille),
                pct(r.achieved_permille)
            ),
        };
        notes.push(text);
    }
    if let Some(o) = &optimality
        && !o.proven
    {
        notes.push(format!(
            "not proven optimal: total score {total_score}, best bound {} (search limit reached)",
            o.upper_bound
        ));
    }

    let mut by_sex: BTreeMap<Sex, (u32, u32)> = BTreeMap::new();
    let mut by_origin: BTreeMap<CountryCode, (u32, u32)> = BTreeMap::new();
    for (w, worker) in market.workers.iter().enumerate() {
        let placed = u32::from(assigned[w].is_some());
        let e = by_sex.entry(worker.sex).or_default();
        e.0 += placed;
        e.1 += 1;
        let e = by_origin.entry(market.origins[w]).or_default();
        e.0 += placed;
        e.1 += 1;
    }
    let mut unfilled_by_reason: BTreeMap<UnfilledReason, u32> = BTreeMap::new();
    for u in &unfilled {
        *unfilled_by_reason.entry(u.reason).or_default() += u.positions;
    }
    let mut unmatched_by_reason: BTreeMap<UnmatchedReason, u32> = BTreeMap::new();
    for u in &unmatched {
        *unmatched_by_reason.entry(u.reason).or_default() += 1;
    }
    placements.sort_by_key(|p| p.worker);
    let summary = RoundSummary {
        programme,
        mechanism,
        job_orders: market.jobs.len() as u32,
        positions: market.jobs.iter().map(|j| j.positions).sum(),
        filled: placements.len() as u32,
        unfilled_by_reason: unfilled_by_reason.into_iter().collect(),
        workers: market.workers.len() as u32,
        unmatched_by_reason: unmatched_by_reason.into_iter().collect(),
        by_sex: by_sex.into_iter().map(|(s, (p, t))| (s, p, t)).collect(),
        by_origin: by_origin.into_iter().map(|(c, (p, t))| (c, p, t)).collect(),
        total_score,
        notes,
    };
    RoundOutcome {
        programme,
        mechanism,
        placements,
        unfilled,
        unmatched,
        total_score,
        optimality,
        women_share,
        quota_use,
        summary,
        timings: RoundTimings::default(),
    }
}

fn quota_scope(q: &Quota) -> String {
    let mut parts = Vec::new();
    if let Some(g) = q.isco {
        parts.push(format!("ISCO {g}"));
    }
    if let Some(s) = q.sex {
        parts.push(s.label().to_string());
    }
    if let Some(o) = q.origin {
        parts.push(format!("from {o}"));
    }
    if parts.is_empty() {
        "all placements".to_string()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generator::{self, MarketSpec};

    /// The round's lists (compact job records, marked skills) hold exactly
    /// the eligible pairs with a positive score, with the index's score.
    #[test]
    fn round_lists_equal_the_rules_and_scores_pair_by_pair() {
        for seed in [3, 4] {
            let mut spec = MarketSpec::small(seed);
            spec.preferences_per_worker = if seed == 3 { 0 } else { 8 };
            let index = generator::generate(&spec).into_index();
            let options = RoundOptions {
                candidates_per_worker: None,
                ..RoundOptions::default()
            };
            for programme in index.programmes() {
                let market = build_market(&index, programme.id, &options).expect("market");
                assert!(!market.entries.is_empty());
                for (w, worker) in market.workers.iter().enumerate() {
                    let listed: HashMap<u32, u32> = market.list(w).iter().copied().collect();
                    let wanted: Vec<u32> = if worker.preferred_job_orders.is_empty() {
                        (0..market.jobs.len() as u32).collect()
                    } else {
                        market
                            .jobs
                            .iter()
                            .enumerate()
                            .filter(|(_, j)| worker.preferred_job_orders.contains(&j.id))
                            .map(|(i, _)| i as u32)
                            .collect()
                    };
                    for j in wanted {
                        let job = market.jobs[j as usize];
                        let expected = score::check_eligibility(programme, job, worker)
                            .is_ok()
                            .then(|| score::score_total(programme, job, worker))
                            .filter(|&s| s > 0);
                        assert_eq!(
                            listed.get(&j).copied(),
                            expected,
                            "{:?} {:?}",
                            worker.id,
                            job.id
                        );
                    }
                }
            }
        }
    }
}
