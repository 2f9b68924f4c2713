//! The matching engine inside the server: the domain's records adapted to
//! the engine's compact inputs, one in-memory index per server (loaded on
//! first use and kept current as profiles, job orders and programmes
//! change), shortlists, recommendations and match rounds.
//!
//! Who is in the index: workers who consented to `matching` and are not
//! already committed to a placement (selected up to completed); open job
//! orders with positions left whose employer is not suspended and whose
//! agency (if any) holds a licence in force. Quotas count positions already taken in the
//! quota's period.

use crate::error::ApiError;
use chrono::{Datelike, NaiveDate};
use corridor_domain::codes::{Cefr, IscoCode, Sex};
use corridor_domain::ids::{JobOrderId, ProgrammeId, WorkerId};
use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::programme::Programme;
use corridor_domain::worker::{ConsentPurpose, WorkerProfile};
use corridor_matching as engine;
use corridor_store::{JobOrderFilter, Page, Store, StoreError};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::{OnceCell, RwLock};

/// The server's matching index, loaded once and kept current.
///
/// The index sits behind an asynchronous read-write lock: a writer (a
/// refresh after a change) waits without holding an async thread, and a
/// round — seconds of work on a large market — is computed on a blocking
/// thread under an owned read guard ([`Matching::compute`]), so no async
/// thread ever waits on the engine or on a lock.
#[derive(Default)]
pub struct Matching {
    cell: OnceCell<Arc<RwLock<engine::MatchIndex>>>,
}

fn day(d: NaiveDate) -> engine::Day {
    engine::Day::from_ymd(d.year(), d.month(), d.day()).unwrap_or(engine::Day(0))
}

fn sex(s: Sex) -> engine::Sex {
    match s {
        Sex::Female => engine::Sex::Female,
        Sex::Male => engine::Sex::Male,
        Sex::Other => engine::Sex::Other,
        Sex::NotStated => engine::Sex::NotStated,
    }
}

fn cefr(c: Cefr) -> engine::Cefr {
    match c {
        Cefr::A1 => engine::Cefr::A1,
        Cefr::A2 => engine::Cefr::A2,
        Cefr::B1 => engine::Cefr::B1,
        Cefr::B2 => engine::Cefr::B2,
        Cefr::C1 => engine::Cefr::C1,
        Cefr::C2 => engine::Cefr::C2,
        Cefr::Native => engine::Cefr::Native,
    }
}

fn id32(v: i64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// A position taken by a placement past selection: what a quota counts.
struct TakenPosition {
    isco: IscoCode,
    sex: Sex,
    selected_on: NaiveDate,
}

/// What the store says about placements, for the index: who is committed,
/// who completed what, which positions are taken.
#[derive(Default)]
struct PlacementFacts {
    committed: HashSet<i64>,
    completed: HashMap<i64, Vec<engine::CompletedPlacement>>,
    taken: HashMap<i64, u32>,
    /// Taken positions per programme, for quotas.
    taken_by_programme: HashMap<i64, Vec<TakenPosition>>,
}

async fn placement_facts(store: &Store) -> Result<PlacementFacts, StoreError> {
    use corridor_domain::placement::PlacementStatus as S;
    let mut facts = PlacementFacts::default();
    for p in store.placement_summaries().await? {
        let past_selection = !matches!(
            p.status,
            S::Applied | S::Shortlisted | S::Withdrawn | S::Rejected
        );
        if past_selection {
            *facts.taken.entry(p.job_order_id.0).or_default() += 1;
            if let (Some(selected_on), Ok(isco)) = (p.selected_on, IscoCode::parse(&p.isco)) {
                facts
                    .taken_by_programme
                    .entry(p.programme_id.0)
                    .or_default()
                    .push(TakenPosition {
                        isco,
                        sex: p.worker_sex,
                        selected_on,
                    });
            }
        }
        if past_selection && !p.status.is_final() && p.status != S::Completed {
            facts.committed.insert(p.worker_id.0);
        }
        if matches!(p.status, S::Completed | S::Returned) {
            facts
                .completed
                .entry(p.worker_id.0)
                .or_default()
                .push(engine::CompletedPlacement {
                    programme: engine::ProgrammeId(id32(p.programme_id.0)),
                    employer: engine::EmployerId(id32(p.employer_id.0)),
                });
        }
    }
    Ok(facts)
}

fn programme_input(p: &Programme, facts: &PlacementFacts, today: NaiveDate) -> engine::Programme {
    let taken = facts.taken_by_programme.get(&p.id.0);
    let quotas = p
        .spec
        .quotas
        .iter()
        .filter(|q| q.period_start <= today && today <= q.period_end)
        .map(|q| {
            let used = taken.map_or(0, |t| {
                t.iter()
                    .filter(|t| q.covers(&t.isco, t.sex, t.selected_on))
                    .count() as u32
            });
            engine::Quota {
                isco: q.isco.as_ref().map(|g| engine::IscoCode::new(g.as_str())),
                sex: q.sex.map(sex),
                origin: None,
                remaining: q.positions.saturating_sub(used),
            }
        })
        .collect();
    engine::Programme {
        id: engine::ProgrammeId(id32(p.id.0)),
        origins: vec![engine::CountryCode::new(p.spec.origin.as_str())],
        destination: engine::CountryCode::new(p.spec.destination.as_str()),
        allowed_isco: p
            .spec
            .occupations
            .iter()
            .map(|g| engine::IscoCode::new(g.as_str()))
            .collect(),
        quotas,
        min_women_share_permille: p.spec.min_women_share.map(|s| (s * 1000.0).round() as u16),
        priority_rehire: p.spec.conditions.priority_rehire,
    }
}

fn language(
    vocab: &mut engine::Vocabulary,
    code: &corridor_domain::codes::LanguageCode,
) -> engine::LanguageId {
    vocab.language_with_label(code.as_str(), &code.name())
}

fn job_input(vocab: &mut engine::Vocabulary, jo: &JobOrder, remaining: u32) -> engine::JobOrder {
    let s = &jo.spec;
    engine::JobOrder {
        id: engine::JobOrderId(id32(jo.id.0)),
        programme: engine::ProgrammeId(id32(s.programme_id.0)),
        employer: engine::EmployerId(id32(s.employer_id.0)),
        occupation: vocab.occupation_with_label(s.occupation.as_str(), &s.occupation.label()),
        isco: engine::IscoCode::new(s.occupation.isco().as_str()),
        positions: remaining,
        start: day(s.start_date),
        duration_months: s.duration_months,
        required_skills: s
            .required_skills
            .iter()
            .map(|k| vocab.skill(k.as_str()))
            .collect(),
        optional_skills: s
            .optional_skills
            .iter()
            .map(|k| vocab.skill(k.as_str()))
            .collect(),
        languages: s
            .languages
            .iter()
            .map(|l| engine::LanguageLevel {
                language: language(vocab, &l.language),
                level: cefr(l.min_level),
            })
            .collect(),
        min_experience_months: s.min_experience_months,
        named_workers: s
            .named_workers
            .iter()
            .map(|w| engine::WorkerId(id32(w.0)))
            .collect(),
        employer_ranking: vec![],
    }
}

fn worker_input(
    vocab: &mut engine::Vocabulary,
    w: &WorkerProfile,
    completed: Vec<engine::CompletedPlacement>,
) -> engine::Worker {
    let s = &w.spec;
    engine::Worker {
        id: engine::WorkerId(id32(w.id.0)),
        sex: sex(s.sex),
        citizenships: s
            .citizenships
            .iter()
            .map(|c| engine::CountryCode::new(c.as_str()))
            .collect(),
        residence: engine::CountryCode::new(s.country_of_residence.as_str()),
        occupations: s
            .occupations
            .iter()
            .map(|o| engine::WorkerOccupation {
                occupation: vocab
                    .occupation_with_label(o.occupation.as_str(), &o.occupation.label()),
                isco: engine::IscoCode::new(o.occupation.isco().as_str()),
                experience_months: o.experience_months,
            })
            .collect(),
        skills: s.skills.iter().map(|k| vocab.skill(k.as_str())).collect(),
        languages: s
            .languages
            .iter()
            .map(|l| engine::LanguageLevel {
                language: language(vocab, &l.language),
                level: cefr(l.level),
            })
            .collect(),
        available_from: day(s.availability.from),
        available_until: s.availability.until.map(day),
        preferred_job_orders: vec![],
        preferred_programmes: s
            .preferred_programmes
            .iter()
            .map(|p| engine::ProgrammeId(id32(p.0)))
            .collect(),
        preferred_destinations: s
            .preferred_destinations
            .iter()
            .map(|c| engine::CountryCode::new(c.as_str()))
            .collect(),
        completed_placements: completed,
        excluded_from: vec![],
    }
}

fn vocabulary() -> engine::Vocabulary {
    let mut v = engine::Vocabulary::new();
    for g in corridor_reference::isco_groups() {
        if let Some(code) = engine::IscoCode::parse(&g.code) {
            v.set_isco_label(code, &g.label);
        }
    }
    v
}

/// True when the job order's employer is active and its agency (if any)
/// holds a licence in force on `today`: only then is it offered to workers
/// and rounds. Organisations not found count as not in good standing.
async fn in_good_standing(
    store: &Store,
    jo: &JobOrder,
    today: NaiveDate,
) -> Result<bool, StoreError> {
    use corridor_domain::organisation::{EmployerStatus, LicenceStatus};
    let employer = match store.employer(jo.spec.employer_id).await {
        Ok(e) => e.spec.status == EmployerStatus::Active,
        Err(StoreError::NotFound(_)) => false,
        Err(e) => return Err(e),
    };
    let agency = match jo.spec.agency_id {
        None => true,
        Some(a) => match store.agency(a).await {
            Ok(a) => a.spec.licence.status_on(today) == LicenceStatus::Active,
            Err(StoreError::NotFound(_)) => false,
            Err(e) => return Err(e),
        },
    };
    Ok(employer && agency)
}

/// Builds the index from the store: every programme, every open job order
/// with positions left (of an organisation in good standing), every
/// consenting worker not already committed.
pub async fn load_index(store: &Store, today: NaiveDate) -> Result<engine::MatchIndex, StoreError> {
    let facts = placement_facts(store).await?;
    let mut index = engine::MatchIndex::new(vocabulary());
    for p in store.programmes(None, None, Page::all()).await?.items {
        index.upsert_programme(programme_input(&p, &facts, today));
    }
    let open = store
        .job_orders(
            &JobOrderFilter {
                status: Some(JobOrderStatus::Open),
                ..Default::default()
            },
            Page::all(),
        )
        .await?;
    // Where each organisation stands, read once.
    let employers: HashMap<i64, bool> = store
        .employers(None, Page::all())
        .await?
        .items
        .into_iter()
        .map(|e| {
            let active = e.spec.status == corridor_domain::organisation::EmployerStatus::Active;
            (e.id.0, active)
        })
        .collect();
    let agencies: HashMap<i64, bool> = store
        .agencies(None, Page::all())
        .await?
        .items
        .into_iter()
        .map(|a| (a.id.0, a.spec.licence.is_active_on(today)))
        .collect();
    for jo in open.items {
        let remaining = jo
            .spec
            .positions
            .saturating_sub(facts.taken.get(&jo.id.0).copied().unwrap_or(0));
        let good = employers
            .get(&jo.spec.employer_id.0)
            .copied()
            .unwrap_or(false)
            && jo
                .spec
                .agency_id
                .is_none_or(|a| agencies.get(&a.0).copied().unwrap_or(false));
        if remaining > 0 && good {
            let input = job_input(index.vocabulary_mut(), &jo, remaining);
            index.upsert_job_order(input);
        }
    }
    let consenting = store.workers_with_consent(ConsentPurpose::Matching).await?;
    let mut after = WorkerId(0);
    loop {
        let batch = store.workers_after(after, 2000).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for w in batch {
            if !consenting.contains(&w.id) || facts.committed.contains(&w.id.0) {
                continue;
            }
            let completed = facts.completed.get(&w.id.0).cloned().unwrap_or_default();
            let input = worker_input(index.vocabulary_mut(), &w, completed);
            index.upsert_worker(input);
        }
    }
    Ok(index)
}

impl Matching {
    /// An index not yet loaded.
    pub fn new() -> Self {
        Self::default()
    }

    /// The index, loading it from the store on first use.
    pub async fn index(&self, store: &Store) -> Result<&Arc<RwLock<engine::MatchIndex>>, ApiError> {
        self.cell
            .get_or_try_init(|| async {
                load_index(store, chrono::Utc::now().date_naive())
                    .await
                    .map(|i| Arc::new(RwLock::new(i)))
            })
            .await
            .map_err(ApiError::from)
    }

    /// Runs `f` on the index (loading it first if needed) under a read
    /// lock, on the calling task: for short work (a shortlist, labels).
    pub async fn read<T>(
        &self,
        store: &Store,
        f: impl FnOnce(&engine::MatchIndex) -> T,
    ) -> Result<T, ApiError> {
        let lock = self.index(store).await?;
        let index = lock.read().await;
        Ok(f(&index))
    }

    /// Runs `f` on the index under a read lock on a blocking thread
    /// (`tokio::task::spawn_blocking`): for long work such as a match
    /// round, so the async threads keep serving requests meanwhile.
    pub async fn compute<T: Send + 'static>(
        &self,
        store: &Store,
        f: impl FnOnce(&engine::MatchIndex) -> T + Send + 'static,
    ) -> Result<T, ApiError> {
        let lock = Arc::clone(self.index(store).await?);
        let index = lock.read_owned().await;
        tokio::task::spawn_blocking(move || f(&index))
            .await
            .map_err(|e| ApiError::Internal(format!("match round computation: {e}")))
    }

    fn loaded(&self) -> Option<&Arc<RwLock<engine::MatchIndex>>> {
        self.cell.get()
    }

    /// Brings a worker's entry up to date after their profile, consent or
    /// placements changed.
    pub async fn refresh_worker(&self, store: &Store, id: WorkerId) -> Result<(), ApiError> {
        use corridor_domain::placement::PlacementStatus as S;
        let Some(lock) = self.loaded() else {
            return Ok(());
        };
        let consent = store.has_consent(id, ConsentPurpose::Matching).await?;
        let worker = store.worker(id).await?;
        let placements = store
            .placements(
                &corridor_store::PlacementFilter {
                    worker_id: Some(id),
                    ..Default::default()
                },
                Page::all(),
            )
            .await?;
        let committed = placements.items.iter().any(|p| {
            let s = p.placement.status;
            !matches!(s, S::Applied | S::Shortlisted | S::Completed) && !s.is_final()
        });
        let completed: Vec<engine::CompletedPlacement> = placements
            .items
            .iter()
            .filter(|p| matches!(p.placement.status, S::Completed | S::Returned))
            .map(|p| engine::CompletedPlacement {
                programme: engine::ProgrammeId(id32(p.programme_id.0)),
                employer: engine::EmployerId(id32(p.employer_id.0)),
            })
            .collect();
        let mut index = lock.write().await;
        if consent && !committed {
            let input = worker_input(index.vocabulary_mut(), &worker, completed);
            index.upsert_worker(input);
        } else {
            index.remove_worker(engine::WorkerId(id32(id.0)));
        }
        Ok(())
    }

    /// Brings a job order's entry up to date after it was posted, approved,
    /// closed or filled, or its employer's or agency's standing changed.
    pub async fn refresh_job_order(&self, store: &Store, id: JobOrderId) -> Result<(), ApiError> {
        let Some(lock) = self.loaded() else {
            return Ok(());
        };
        let jo = store.job_order(id).await?;
        let taken = store.positions_taken(id).await?;
        let remaining = jo
            .spec
            .positions
            .saturating_sub(u32::try_from(taken).unwrap_or(u32::MAX));
        let offered = jo.status == JobOrderStatus::Open
            && remaining > 0
            && in_good_standing(store, &jo, chrono::Utc::now().date_naive()).await?;
        let mut index = lock.write().await;
        if offered {
            let input = job_input(index.vocabulary_mut(), &jo, remaining);
            index.upsert_job_order(input);
        } else {
            index.remove_job_order(engine::JobOrderId(id32(id.0)));
        }
        Ok(())
    }

    /// Brings a programme's entry up to date after its terms changed.
    pub async fn refresh_programme(&self, store: &Store, id: ProgrammeId) -> Result<(), ApiError> {
        let Some(lock) = self.loaded() else {
            return Ok(());
        };
        let p = store.programme(id).await?;
        let facts = placement_facts(store).await?;
        let input = programme_input(&p, &facts, chrono::Utc::now().date_naive());
        lock.write().await.upsert_programme(input);
        Ok(())
    }
}

/// A scored, explained candidate (a worker for a job order, or a job order
/// for a worker).
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CandidateView {
    /// The worker.
    pub worker_id: WorkerId,
    /// The job order.
    pub job_order_id: JobOrderId,
    /// Total score.
    pub score: u32,
    /// Each part of the score in plain words ("+30 same occupation: welder").
    pub explanation: Vec<String>,
    /// True when the parts are withheld: the worker does not share their
    /// profile with employers, and the caller is the employer's side.
    /// Propose the worker to ask them.
    #[serde(default)]
    pub details_withheld: bool,
}

impl From<engine::Candidate> for CandidateView {
    fn from(c: engine::Candidate) -> Self {
        CandidateView {
            worker_id: WorkerId(i64::from(c.worker.0)),
            job_order_id: JobOrderId(i64::from(c.job_order.0)),
            score: c.score.total,
            explanation: c.explanation,
            details_withheld: false,
        }
    }
}

/// A round's result as stored and shown for review.
#[derive(Debug, Clone, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RoundResult {
    /// The mechanism, in words.
    pub mechanism: String,
    /// Pairs the round proposes, with their explained scores.
    pub pairs: Vec<RoundPair>,
    /// Job orders with positions left open, and why.
    pub unfilled: Vec<RoundUnfilled>,
    /// Workers left without a placement, and why.
    pub unmatched: Vec<RoundUnmatched>,
    /// Positions open before the round.
    pub positions: u32,
    /// Positions filled.
    pub filled: u32,
    /// Sum of scores.
    pub total_score: u64,
    /// (sex, placed, workers in the round).
    pub by_sex: Vec<(String, u32, u32)>,
    /// (origin, placed, workers in the round).
    pub by_origin: Vec<(String, u32, u32)>,
    /// Notes an official must read (quotas, women's share, optimality).
    pub notes: Vec<String>,
    /// The same notes as facts, for pages to put in the reader's language
    /// (absent from rounds stored before they were kept).
    #[serde(default)]
    pub note_facts: Vec<RoundNote>,
    /// The printable summary.
    pub summary: String,
}

/// One proposed pair.
#[derive(Debug, Clone, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RoundPair {
    /// The worker.
    pub worker_id: i64,
    /// The job order.
    pub job_order_id: i64,
    /// The pair's score.
    pub score: u32,
    /// Why, in plain words.
    pub explanation: Vec<String>,
    /// The same parts as facts, for pages to put in the reader's language
    /// (absent from rounds stored before they were kept).
    #[serde(default)]
    pub parts: Vec<StoredPart>,
}

/// Positions a round leaves open.
#[derive(Debug, Clone, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RoundUnfilled {
    /// The job order.
    pub job_order_id: i64,
    /// Positions left.
    pub positions: u32,
    /// Why.
    pub reason: String,
    /// Why, as a code (absent from rounds stored before it was kept).
    #[serde(default)]
    pub why: Option<UnfilledWhy>,
}

/// A worker a round leaves without a placement.
#[derive(Debug, Clone, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RoundUnmatched {
    /// The worker.
    pub worker_id: i64,
    /// Why.
    pub reason: String,
    /// Why, as a code (absent from rounds stored before it was kept).
    #[serde(default)]
    pub why: Option<UnmatchedWhy>,
}

/// Runs a round of `programme` with `mechanism` on `index`.
pub fn run_round(
    index: &engine::MatchIndex,
    programme: ProgrammeId,
    mechanism: engine::Mechanism,
) -> Result<RoundResult, ApiError> {
    let outcome = engine::run_round(
        index,
        engine::ProgrammeId(id32(programme.0)),
        mechanism,
        &engine::RoundOptions::default(),
    )
    .map_err(|e| ApiError::Conflict(format!("the round could not run: {e}")))?;
    let vocab = index.vocabulary();
    let pairs = outcome
        .placements
        .iter()
        .map(|p| {
            let (explanation, parts) = match index.assess(p.worker, p.job_order) {
                Ok(Ok(score)) => (
                    score.explain(vocab),
                    score
                        .parts
                        .iter()
                        .map(|part| StoredPart::new(part, vocab))
                        .collect(),
                ),
                _ => (vec![], vec![]),
            };
            RoundPair {
                worker_id: i64::from(p.worker.0),
                job_order_id: i64::from(p.job_order.0),
                score: p.score,
                explanation,
                parts,
            }
        })
        .collect();
    let s = &outcome.summary;
    Ok(RoundResult {
        mechanism: mechanism.to_string(),
        pairs,
        unfilled: outcome
            .unfilled
            .iter()
            .map(|u| RoundUnfilled {
                job_order_id: i64::from(u.job_order.0),
                positions: u.positions,
                reason: u.reason.to_string(),
                why: Some(UnfilledWhy::from(u.reason)),
            })
            .collect(),
        unmatched: outcome
            .unmatched
            .iter()
            .map(|u| RoundUnmatched {
                worker_id: i64::from(u.worker.0),
                reason: u.reason.to_string(),
                why: Some(UnmatchedWhy::from(u.reason)),
            })
            .collect(),
        positions: s.positions,
        filled: s.filled,
        total_score: outcome.total_score,
        by_sex: s
            .by_sex
            .iter()
            .map(|(x, a, b)| (x.label().to_string(), *a, *b))
            .collect(),
        by_origin: s
            .by_origin
            .iter()
            .map(|(c, a, b)| (c.as_str().to_string(), *a, *b))
            .collect(),
        notes: s.notes.clone(),
        note_facts: RoundNote::of(&outcome),
        summary: s.to_string(),
    })
}

/// One part of a pair's score as stored with a round: the engine's
/// [`engine::ScoredPart`] with the vocabulary's ids replaced by the labels
/// they stand for. Ids are only valid in the index that scored the pair;
/// the labels let a page explain the score in the reader's language long
/// after the index changed ([`StoredPart::to_engine`] rebuilds the part in
/// a vocabulary of its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct StoredPart {
    /// Points the part adds.
    pub points: u32,
    /// What the points are for.
    pub part: StoredPartKind,
}

/// What a part of a score is for (see [`engine::ScorePart`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StoredPartKind {
    /// Occupation fit through the ISCO-08 hierarchy.
    Occupation {
        /// How close.
        fit: StoredFit,
        /// The job order's occupation (ESCO label).
        occupation: String,
        /// The group both share.
        group: String,
        /// Its title, when known.
        group_label: Option<String>,
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
        /// The language's name.
        language: String,
        /// The worker's level.
        has: String,
        /// The minimum.
        needs: String,
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
        /// To the same employer.
        same_employer: bool,
    },
    /// Named by the employer.
    Named,
    /// The worker prefers this programme or destination.
    Preference {
        /// The destination.
        destination: String,
    },
}

/// How close two occupations are (see [`engine::OccupationFit`]).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StoredFit {
    /// The same ESCO occupation.
    SameOccupation,
    /// The same unit group.
    SameUnitGroup,
    /// The same minor group.
    SameMinorGroup,
    /// The same sub-major group.
    SameSubMajorGroup,
    /// The same major group.
    SameMajorGroup,
    /// Unrelated.
    Unrelated,
}

impl StoredPart {
    /// The part as stored: `vocabulary` is the index's that scored it.
    pub fn new(p: &engine::ScoredPart, vocabulary: &engine::Vocabulary) -> Self {
        use engine::{OccupationFit as F, ScorePart as P};
        let part = match p.part {
            P::Occupation {
                fit,
                job_occupation,
                group,
            } => StoredPartKind::Occupation {
                fit: match fit {
                    F::SameOccupation => StoredFit::SameOccupation,
                    F::SameUnitGroup => StoredFit::SameUnitGroup,
                    F::SameMinorGroup => StoredFit::SameMinorGroup,
                    F::SameSubMajorGroup => StoredFit::SameSubMajorGroup,
                    F::SameMajorGroup => StoredFit::SameMajorGroup,
                    F::Unrelated => StoredFit::Unrelated,
                },
                occupation: vocabulary.occupation_label(job_occupation).to_string(),
                group: group.to_string(),
                group_label: vocabulary.isco_label(group).map(str::to_string),
            },
            P::RequiredSkills { held, of } => StoredPartKind::RequiredSkills { held, of },
            P::OptionalSkills { held, of } => StoredPartKind::OptionalSkills { held, of },
            P::Language {
                language,
                has,
                needs,
            } => StoredPartKind::Language {
                language: vocabulary.language_label(language).to_string(),
                has: has.to_string(),
                needs: needs.to_string(),
            },
            P::Experience { months } => StoredPartKind::Experience { months },
            P::Availability {
                covered_days,
                contract_days,
            } => StoredPartKind::Availability {
                covered_days,
                contract_days,
            },
            P::Returning { same_employer } => StoredPartKind::Returning { same_employer },
            P::Named => StoredPartKind::Named,
            P::Preference { destination } => StoredPartKind::Preference {
                destination: destination.to_string(),
            },
        };
        StoredPart {
            points: p.points,
            part,
        }
    }

    /// The engine's part again, its labels interned in `vocabulary`; `None`
    /// when a stored code no longer reads.
    pub fn to_engine(&self, vocabulary: &mut engine::Vocabulary) -> Option<engine::ScoredPart> {
        use engine::{OccupationFit as F, ScorePart as P};
        let part = match &self.part {
            StoredPartKind::Occupation {
                fit,
                occupation,
                group,
                group_label,
            } => {
                let group = engine::IscoCode::parse(group)?;
                if let Some(label) = group_label {
                    vocabulary.set_isco_label(group, label);
                }
                P::Occupation {
                    fit: match fit {
                        StoredFit::SameOccupation => F::SameOccupation,
                        StoredFit::SameUnitGroup => F::SameUnitGroup,
                        StoredFit::SameMinorGroup => F::SameMinorGroup,
                        StoredFit::SameSubMajorGroup => F::SameSubMajorGroup,
                        StoredFit::SameMajorGroup => F::SameMajorGroup,
                        StoredFit::Unrelated => F::Unrelated,
                    },
                    job_occupation: vocabulary.occupation_with_label(occupation, occupation),
                    group,
                }
            }
            StoredPartKind::RequiredSkills { held, of } => P::RequiredSkills {
                held: *held,
                of: *of,
            },
            StoredPartKind::OptionalSkills { held, of } => P::OptionalSkills {
                held: *held,
                of: *of,
            },
            StoredPartKind::Language {
                language,
                has,
                needs,
            } => P::Language {
                language: vocabulary.language_with_label(language, language),
                has: engine::Cefr::parse(has)?,
                needs: engine::Cefr::parse(needs)?,
            },
            StoredPartKind::Experience { months } => P::Experience { months: *months },
            StoredPartKind::Availability {
                covered_days,
                contract_days,
            } => P::Availability {
                covered_days: *covered_days,
                contract_days: *contract_days,
            },
            StoredPartKind::Returning { same_employer } => P::Returning {
                same_employer: *same_employer,
            },
            StoredPartKind::Named => P::Named,
            StoredPartKind::Preference { destination } => P::Preference {
                destination: engine::CountryCode::parse(destination)?,
            },
        };
        Some(engine::ScoredPart {
            points: self.points,
            part,
        })
    }
}

/// Why positions of a job order stay open (see [`engine::UnfilledReason`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum UnfilledWhy {
    /// No worker in the round is eligible.
    NoEligibleWorker,
    /// A quota for the job order's occupation group is used up.
    QuotaReached {
        /// The quota's group.
        isco: String,
    },
    /// Every eligible worker was placed in another job order.
    CandidatesPlacedElsewhere,
    /// Eligible workers remain, but their origin's quota is used up.
    OriginQuotaReached,
    /// Filling it would break the minimum share of women.
    WomenShare,
    /// Another quota is used up.
    OtherQuota,
}

impl From<engine::UnfilledReason> for UnfilledWhy {
    fn from(r: engine::UnfilledReason) -> Self {
        use engine::UnfilledReason as R;
        match r {
            R::NoEligibleWorker => UnfilledWhy::NoEligibleWorker,
            R::QuotaReached { isco } => UnfilledWhy::QuotaReached {
                isco: isco.to_string(),
            },
            R::CandidatesPlacedElsewhere => UnfilledWhy::CandidatesPlacedElsewhere,
            R::OriginQuotaReached => UnfilledWhy::OriginQuotaReached,
            R::WomenShare => UnfilledWhy::WomenShare,
            R::OtherQuota => UnfilledWhy::OtherQuota,
        }
    }
}

/// Why a worker was not placed (see [`engine::UnmatchedReason`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum UnmatchedWhy {
    /// No job order of the round they are eligible for.
    NoEligibleJobOrder,
    /// The job orders they chose went to workers ranked higher.
    ChoicesFilledByHigherRanked,
    /// Their job orders went to pairs with a higher total score.
    PositionsWentToHigherTotalScore,
    /// The quota for their origin is used up.
    OriginQuotaReached {
        /// Their origin.
        origin: String,
    },
    /// Placing them would break the minimum share of women.
    WomenShare,
    /// Another quota is used up.
    OtherQuota,
}

impl From<engine::UnmatchedReason> for UnmatchedWhy {
    fn from(r: engine::UnmatchedReason) -> Self {
        use engine::UnmatchedReason as R;
        match r {
            R::NoEligibleJobOrder => UnmatchedWhy::NoEligibleJobOrder,
            R::ChoicesFilledByHigherRanked => UnmatchedWhy::ChoicesFilledByHigherRanked,
            R::PositionsWentToHigherTotalScore => UnmatchedWhy::PositionsWentToHigherTotalScore,
            R::OriginQuotaReached { origin } => UnmatchedWhy::OriginQuotaReached {
                origin: origin.to_string(),
            },
            R::WomenShare => UnmatchedWhy::WomenShare,
            R::OtherQuota => UnmatchedWhy::OtherQuota,
        }
    }
}

/// A note an official must read before confirming, as facts (the engine's
/// `notes` in words are kept beside them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RoundNote {
    /// The round placed more than a quota allows (the stable mechanism
    /// does not enforce quotas; confirming selects no one beyond them).
    QuotaExceeded {
        /// Placed in the quota's scope.
        used: u32,
        /// Allowed.
        allowed: u32,
        /// The quota's occupation group, if it names one.
        isco: Option<String>,
        /// Its sex (`female`, `male`, `other`, `not_stated`), if it names one.
        sex: Option<String>,
        /// Its origin, if it names one.
        origin: Option<String>,
    },
    /// The programme's minimum share of women and what the round reached.
    WomenShare {
        /// `met`, `met_by_leaving_positions_open`, `unreachable` or `not_met`.
        status: String,
        /// Required, per mille.
        required_permille: u16,
        /// Reached, per mille of placements.
        achieved_permille: u16,
        /// Positions left open for the rule.
        positions_left_open: u32,
        /// Total score given up for the rule.
        score_given_up: u64,
    },
    /// The optimal round hit its search limit before proving optimality.
    NotProvenOptimal {
        /// Total score reached.
        total_score: u64,
        /// Best bound.
        upper_bound: u64,
    },
}

impl RoundNote {
    /// The notes of a round's outcome, in the order the engine writes them.
    fn of(outcome: &engine::RoundOutcome) -> Vec<RoundNote> {
        let mut notes = vec![];
        for u in outcome.quota_use.iter().filter(|u| u.exceeded()) {
            let q = &u.quota;
            notes.push(RoundNote::QuotaExceeded {
                used: u.used,
                allowed: q.remaining,
                isco: q.isco.map(|g| g.to_string()),
                sex: q.sex.map(|s| {
                    match s {
                        engine::Sex::Female => "female",
                        engine::Sex::Male => "male",
                        engine::Sex::Other => "other",
                        engine::Sex::NotStated => "not_stated",
                    }
                    .to_string()
                }),
                origin: q.origin.map(|o| o.to_string()),
            });
        }
        if let Some(r) = &outcome.women_share {
            use engine::ShareStatus as S;
            let (status, positions_left_open) = match r.status {
                S::Met => ("met", 0),
                S::MetByLeavingPositionsOpen { positions } => {
                    ("met_by_leaving_positions_open", positions)
                }
                S::Unreachable => ("unreachable", 0),
                S::NotMet => ("not_met", 0),
            };
            notes.push(RoundNote::WomenShare {
                status: status.into(),
                required_permille: r.required_permille,
                achieved_permille: r.achieved_permille,
                positions_left_open,
                score_given_up: r.score_given_up,
            });
        }
        if let Some(o) = &outcome.optimality
            && !o.proven
        {
            notes.push(RoundNote::NotProvenOptimal {
                total_score: outcome.total_score,
                upper_bound: o.upper_bound,
            });
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corridor_domain::examples::seasonal_agriculture_mex_can;
    use corridor_domain::programme::Quota;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    /// A stored part reads back as the part the engine scored: the same
    /// words, in a vocabulary holding only the labels the part names.
    #[test]
    fn stored_parts_explain_as_the_engine_did() {
        use engine::{OccupationFit, ScorePart, ScoredPart};
        let mut vocabulary = engine::Vocabulary::new();
        let picker = vocabulary.occupation_with_label("esco:picker", "fruit and vegetable picker");
        let korean = vocabulary.language_with_label("kor", "Korean");
        let group = engine::IscoCode::new("6111");
        vocabulary.set_isco_label(group, "Field crop and vegetable growers");
        let parts = [
            ScorePart::Occupation {
                fit: OccupationFit::SameUnitGroup,
                job_occupation: picker,
                group,
            },
            ScorePart::Occupation {
                fit: OccupationFit::SameOccupation,
                job_occupation: picker,
                group,
            },
            ScorePart::RequiredSkills { held: 2, of: 3 },
            ScorePart::OptionalSkills { held: 0, of: 1 },
            ScorePart::Language {
                language: korean,
                has: engine::Cefr::B2,
                needs: engine::Cefr::A2,
            },
            ScorePart::Experience { months: 19 },
            ScorePart::Availability {
                covered_days: 100,
                contract_days: 180,
            },
            ScorePart::Returning {
                same_employer: true,
            },
            ScorePart::Named,
            ScorePart::Preference {
                destination: engine::CountryCode::new("CAN"),
            },
        ];
        for (i, part) in parts.into_iter().enumerate() {
            let scored = ScoredPart {
                points: 10 * i as u32,
                part,
            };
            let stored = StoredPart::new(&scored, &vocabulary);
            let json = serde_json::to_value(&stored).expect("serialises");
            let stored: StoredPart = serde_json::from_value(json).expect("reads back");
            let mut fresh = engine::Vocabulary::new();
            let back = stored.to_engine(&mut fresh).expect("reads as the engine's");
            assert_eq!(back.points, scored.points);
            assert_eq!(
                back.part.describe(&fresh),
                scored.part.describe(&vocabulary)
            );
        }
    }

    /// Each quota of the current period is reduced by the positions already
    /// taken in its scope: selections in its period, its occupation group
    /// and its sex.
    #[test]
    fn quotas_count_positions_taken_in_their_scope() {
        let mut spec = seasonal_agriculture_mex_can();
        let quota = |isco: Option<&str>, sex: Option<Sex>, positions| Quota {
            period_start: d(2026, 1, 1),
            period_end: d(2026, 12, 31),
            isco: isco.map(|g| IscoCode::parse(g).expect("isco")),
            sex,
            positions,
        };
        spec.quotas = vec![
            quota(None, None, 100),
            quota(None, Some(Sex::Female), 40),
            quota(Some("611"), Some(Sex::Male), 30),
            quota(Some("921"), None, 20),
        ];
        let programme = Programme {
            id: ProgrammeId(7),
            spec,
        };
        let taken = |isco: &str, sex, selected_on| TakenPosition {
            isco: IscoCode::parse(isco).expect("isco"),
            sex,
            selected_on,
        };
        let mut facts = PlacementFacts::default();
        facts.taken_by_programme.insert(
            7,
            vec![
                taken("6111", Sex::Female, d(2026, 3, 1)),
                taken("6111", Sex::Female, d(2026, 4, 1)),
                taken("6112", Sex::Male, d(2026, 5, 1)),
                taken("9211", Sex::Male, d(2026, 6, 1)),
                taken("9211", Sex::Female, d(2026, 7, 1)),
                // Before the period: counts in no quota.
                taken("6111", Sex::Female, d(2025, 12, 31)),
            ],
        );
        let input = programme_input(&programme, &facts, d(2026, 8, 1));
        let remaining: Vec<u32> = input.quotas.iter().map(|q| q.remaining).collect();
        assert_eq!(remaining, [100 - 5, 40 - 3, 30 - 1, 20 - 2]);
        // Another day outside the period: no quota applies.
        assert!(
            programme_input(&programme, &facts, d(2027, 1, 1))
                .quotas
                .is_empty()
        );
    }
}
