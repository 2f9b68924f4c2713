//! The index answers exactly what a full scan would, before and after
//! updates; scores explain themselves in plain words; rounds on generated
//! markets are stable / within quotas, and infeasible fairness rules are
//! reported.

use corridor_matching::generator::{self, MarketSpec};
use corridor_matching::round::{ShareStatus, UnmatchedReason};
use corridor_matching::*;

fn brute_shortlist(index: &MatchIndex, job: JobOrderId, k: usize) -> Vec<(u32, u32)> {
    let mut all: Vec<(u32, u32)> = index
        .workers()
        .filter_map(|w| match index.assess(w.id, job).unwrap() {
            Ok(score) => Some((score.total, w.id.0)),
            Err(_) => None,
        })
        .collect();
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    all.truncate(k);
    all
}

fn brute_recommendations(index: &MatchIndex, worker: WorkerId, k: usize) -> Vec<(u32, u32)> {
    let mut all: Vec<(u32, u32)> = index
        .job_orders()
        .filter_map(|j| match index.assess(worker, j.id).unwrap() {
            Ok(score) => Some((score.total, j.id.0)),
            Err(_) => None,
        })
        .collect();
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    all.truncate(k);
    all
}

fn check_index_against_full_scan(index: &MatchIndex) {
    for job in index.job_orders() {
        for k in [1, 7, 40] {
            assert_eq!(
                index.shortlist_ids(job.id, k).unwrap(),
                brute_shortlist(index, job.id, k),
                "shortlist of {:?}, k={k}",
                job.id
            );
        }
    }
    for worker in index.workers() {
        for k in [5, 40] {
            assert_eq!(
                index.recommendation_ids(worker.id, k, None).unwrap(),
                brute_recommendations(index, worker.id, k),
                "recommendations of {:?}, k={k}",
                worker.id
            );
        }
    }
}

#[test]
fn shortlists_and_recommendations_equal_a_full_scan() {
    for seed in [1, 2] {
        let index = generator::generate(&MarketSpec::small(seed)).into_index();
        check_index_against_full_scan(&index);
        // Shortlists are non-trivial: most job orders have candidates.
        let with_candidates = index
            .job_orders()
            .filter(|j| !index.shortlist_ids(j.id, 1).unwrap().is_empty())
            .count();
        assert!(
            with_candidates * 2 > index.job_order_count(),
            "{with_candidates}"
        );
    }
}

#[test]
fn index_stays_exact_under_updates() {
    let market = generator::generate(&MarketSpec::small(3));
    let workers = market.workers.clone();
    let jobs = market.job_orders.clone();
    let mut index = market.into_index();
    // Remove every third worker, change every fifth (new occupation mix and
    // languages from another worker), remove and re-add job orders.
    for w in workers.iter().step_by(3) {
        assert!(index.remove_worker(w.id).is_some());
    }
    assert!(index.remove_worker(workers[0].id).is_none());
    for (i, w) in workers.iter().enumerate().skip(1).step_by(5) {
        let donor = &workers[(i * 7 + 11) % workers.len()];
        let mut changed = w.clone();
        changed.occupations = donor.occupations.clone();
        changed.languages = donor.languages.clone();
        changed.skills = donor.skills.clone();
        index.upsert_worker(changed);
    }
    for j in jobs.iter().step_by(4) {
        assert!(index.remove_job_order(j.id).is_some());
    }
    for j in jobs.iter().step_by(8) {
        let mut again = j.clone();
        again.positions += 1;
        index.upsert_job_order(again);
    }
    let expected_workers = workers.len() - workers.len().div_ceil(3)
        + workers
            .iter()
            .enumerate()
            .skip(1)
            .step_by(5)
            .filter(|(i, _)| i % 3 == 0)
            .count();
    assert_eq!(index.worker_count(), expected_workers);
    check_index_against_full_scan(&index);
}

fn welding_market() -> (MatchIndex, JobOrderId, [WorkerId; 4]) {
    let mut vocab = Vocabulary::new();
    let welder =
        vocab.occupation_with_label("http://data.europa.eu/esco/occupation/welder", "welder");
    let flame_cutter = vocab.occupation_with_label(
        "http://data.europa.eu/esco/occupation/flame-cutter",
        "flame cutter",
    );
    let sheet_metal = vocab.occupation_with_label(
        "http://data.europa.eu/esco/occupation/sheet-metal",
        "sheet metal worker",
    );
    vocab.set_isco_label(IscoCode::new("7212"), "Welders and flame cutters");
    vocab.set_isco_label(
        IscoCode::new("721"),
        "Sheet and structural metal workers, moulders and welders, and related workers",
    );
    let korean = vocab.language_with_label("kor", "Korean");
    let skills: Vec<SkillId> = (0..5).map(|i| vocab.skill(&format!("skill/{i}"))).collect();
    let mut index = MatchIndex::new(vocab);
    let programme = ProgrammeId(0);
    index.upsert_programme(Programme {
        id: programme,
        origins: vec![CountryCode::new("NPL")],
        destination: CountryCode::new("KOR"),
        allowed_isco: vec![IscoCode::new("72")],
        quotas: vec![],
        min_women_share_permille: None,
        priority_rehire: true,
    });
    let start = Day::from_ymd(2026, 4, 1).unwrap();
    let job = JobOrder {
        id: JobOrderId(0),
        programme,
        employer: EmployerId(9),
        occupation: welder,
        isco: IscoCode::new("7212"),
        positions: 1,
        start,
        duration_months: 12,
        required_skills: skills[..4].to_vec(),
        optional_skills: vec![skills[4]],
        languages: vec![LanguageLevel {
            language: korean,
            level: Cefr::A2,
        }],
        min_experience_months: 0,
        named_workers: vec![WorkerId(0)],
        employer_ranking: vec![],
    };
    index.upsert_job_order(job);
    let base = |id: u32, occupation, isco: &str, level| Worker {
        id: WorkerId(id),
        sex: Sex::Female,
        citizenships: vec![CountryCode::new("NPL")],
        residence: CountryCode::new("NPL"),
        occupations: vec![WorkerOccupation {
            occupation,
            isco: IscoCode::new(isco),
            experience_months: 30,
        }],
        skills: skills[..3].to_vec(),
        languages: vec![LanguageLevel {
            language: korean,
            level,
        }],
        available_from: Day::from_ymd(2026, 1, 1).unwrap(),
        available_until: None,
        preferred_job_orders: vec![],
        preferred_programmes: vec![],
        preferred_destinations: vec![],
        completed_placements: vec![],
        excluded_from: vec![],
    };
    let mut returning = base(0, welder, "7212", Cefr::B1);
    returning.completed_placements.push(CompletedPlacement {
        programme,
        employer: EmployerId(9),
    });
    index.upsert_worker(returning);
    index.upsert_worker(base(1, flame_cutter, "7212", Cefr::A2));
    index.upsert_worker(base(2, sheet_metal, "7213", Cefr::A2));
    index.upsert_worker(base(3, welder, "7212", Cefr::A1));
    (
        index,
        JobOrderId(0),
        [WorkerId(0), WorkerId(1), WorkerId(2), WorkerId(3)],
    )
}

#[test]
fn scores_explain_themselves_in_plain_words() {
    let (index, job, [returning, cutter, sheet, weak_korean]) = welding_market();
    let shortlist = index.shortlist(job, 10).unwrap();
    let order: Vec<WorkerId> = shortlist.iter().map(|c| c.worker).collect();
    assert_eq!(order, vec![returning, cutter, sheet]);
    let top = &shortlist[0].explanation;
    for expected in [
        "+400 same occupation: welder",
        "+187 3 of 4 required skills",
        "+20 Korean B1, needs A2",
        "+25 2 years 6 months of experience in the occupation group",
        "+40 available for the whole contract",
        "+200 returning worker: priority, same employer",
        "+200 named by the employer",
    ] {
        assert!(
            top.iter().any(|line| line == expected),
            "{expected:?} missing from {top:?}"
        );
    }
    assert_eq!(
        shortlist[0].score.total,
        400 + 187 + 20 + 25 + 40 + 200 + 200
    );
    assert!(
        shortlist[1]
            .explanation
            .contains(&"+300 same unit group 7212 welders and flame cutters".to_string())
    );
    assert!(
        shortlist[2].explanation[0].starts_with("+180 same minor group 721 sheet and structural")
    );
    // Ineligible: Korean A1 below A2, in words.
    let why = index.assess(weak_korean, job).unwrap().unwrap_err();
    assert_eq!(why.describe(index.vocabulary()), "Korean A1, needs A2");
    // The worker's own recommendations carry the same explanation.
    let rec = index.recommendations(returning, 3).unwrap();
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0].explanation, *top);
}

#[test]
fn repeated_origins_and_huge_k_are_harmless() {
    let (mut index, job, _) = welding_market();
    let mut p = index.programme(ProgrammeId(0)).unwrap().clone();
    p.origins = vec![
        CountryCode::new("NPL"),
        CountryCode::new("PHL"),
        CountryCode::new("NPL"),
    ];
    index.upsert_programme(p);
    let all = index.shortlist_ids(job, usize::MAX).unwrap();
    assert_eq!(all, brute_shortlist(&index, job, usize::MAX));
    assert_eq!(all.len(), 3);
    assert!(
        index
            .recommendation_ids(WorkerId(0), usize::MAX, None)
            .unwrap()
            .len()
            == 1
    );
}

#[test]
fn hard_rules_exclude_in_words() {
    let (mut index, job, [returning, ..]) = welding_market();
    let mut w = index.worker(returning).unwrap().clone();
    w.excluded_from.push(ProgrammeId(0));
    index.upsert_worker(w.clone());
    let v = index.vocabulary();
    assert_eq!(
        index
            .assess(returning, job)
            .unwrap()
            .unwrap_err()
            .describe(v),
        "excluded from this programme"
    );
    w.excluded_from.clear();
    w.citizenships = vec![CountryCode::new("PHL")];
    w.residence = CountryCode::new("QAT");
    index.upsert_worker(w.clone());
    assert_eq!(
        index.assess(returning, job).unwrap().unwrap_err(),
        Ineligible::OriginNotCovered
    );
    // Residence alone covers.
    w.residence = CountryCode::new("NPL");
    w.available_from = Day::from_ymd(2026, 5, 1).unwrap();
    index.upsert_worker(w.clone());
    assert_eq!(
        index.assess(returning, job).unwrap().unwrap_err(),
        Ineligible::NotAvailableAtStart
    );
    let mut j = index.job_order(job).unwrap().clone();
    j.min_experience_months = 36;
    index.upsert_job_order(j);
    assert_eq!(
        index
            .assess(WorkerId(1), job)
            .unwrap()
            .unwrap_err()
            .describe(index.vocabulary()),
        "30 months of experience in the occupation group, needs 36"
    );
    assert!(index.shortlist(job, 5).unwrap().is_empty());
}

/// A worker's rank of a job order (lower is better), as the module docs
/// define it, computed independently of the engine.
fn worker_rank(index: &MatchIndex, w: &Worker, job: &JobOrder) -> Option<(usize, u32, u32)> {
    let score = index.assess(w.id, job.id).unwrap().ok()?.total;
    if score == 0 {
        return None;
    }
    if w.preferred_job_orders.is_empty() {
        Some((0, u32::MAX - score, job.id.0))
    } else {
        let pos = w.preferred_job_orders.iter().position(|&j| j == job.id)?;
        Some((pos, 0, 0))
    }
}

fn job_rank(index: &MatchIndex, job: &JobOrder, w: WorkerId) -> (u32, u32, u32) {
    let score = index.assess(w, job.id).unwrap().unwrap().total;
    match job.employer_ranking.iter().position(|&x| x == w) {
        Some(pos) => (0, pos as u32, w.0),
        None => (1, u32::MAX - score, w.0),
    }
}

#[test]
fn stable_round_has_no_blocking_pair() {
    let mut spec = MarketSpec::small(5);
    spec.quotas = false;
    let market = generator::generate(&spec);
    let mut index = market.into_index();
    // Half the workers state preferences (from their recommendations, reversed).
    let ids: Vec<WorkerId> = index.workers().map(|w| w.id).collect();
    for id in ids.iter().step_by(2) {
        let recs = index.recommendation_ids(*id, 4, None).unwrap();
        let mut w = index.worker(*id).unwrap().clone();
        w.preferred_job_orders = recs.iter().rev().map(|&(_, j)| JobOrderId(j)).collect();
        index.upsert_worker(w);
    }
    let options = RoundOptions {
        candidates_per_worker: None,
        ..RoundOptions::default()
    };
    for programme in index.programmes().map(|p| p.id).collect::<Vec<_>>() {
        let outcome = run_round(&index, programme, Mechanism::Stable, &options).unwrap();
        let assigned: std::collections::HashMap<WorkerId, JobOrderId> = outcome
            .placements
            .iter()
            .map(|p| (p.worker, p.job_order))
            .collect();
        let jobs = index.job_orders_of(programme);
        assert!(!outcome.placements.is_empty());
        for job in &jobs {
            let held: Vec<WorkerId> = outcome
                .placements
                .iter()
                .filter(|p| p.job_order == job.id)
                .map(|p| p.worker)
                .collect();
            assert!(held.len() as u32 <= job.positions);
            let worst = held.iter().map(|&w| job_rank(&index, job, w)).max();
            for w in index.workers_covered_by(index.programme(programme).unwrap()) {
                let Some(rank_here) = worker_rank(&index, w, job) else {
                    continue;
                };
                let prefers = match assigned.get(&w.id) {
                    None => true,
                    Some(&current) if current == job.id => false,
                    Some(&current) => worker_rank(&index, w, index.job_order(current).unwrap())
                        .is_none_or(|r| rank_here < r),
                };
                let job_would_take = (held.len() as u32) < job.positions
                    || worst.is_some_and(|worst| job_rank(&index, job, w.id) < worst);
                assert!(
                    !(prefers && job_would_take),
                    "blocking pair {:?} {:?}",
                    w.id,
                    job.id
                );
            }
        }
    }
}

#[test]
fn optimal_round_respects_quotas_and_women_share_and_beats_stable_on_score() {
    for seed in [7, 8] {
        let index = generator::generate(&MarketSpec::small(seed)).into_index();
        let options = RoundOptions {
            candidates_per_worker: Some(8),
            optimal: corridor_matching::optimal::OptimalOptions::exhaustive(),
        };
        for programme in index.programmes() {
            let outcome = run_round(&index, programme.id, Mechanism::Optimal, &options).unwrap();
            assert!(outcome.optimality.unwrap().proven, "{}", outcome.summary);
            for u in &outcome.quota_use {
                assert!(!u.exceeded(), "{u:?}");
            }
            if let Some(share) = outcome.women_share {
                assert_ne!(share.status, ShareStatus::NotMet);
                let placed = outcome.placements.len() as u64;
                assert!(
                    u64::from(share.achieved_permille) >= u64::from(share.required_permille)
                        || placed == 0
                );
            }
            let filled: u32 = outcome.summary.filled;
            let unfilled: u32 = outcome.unfilled.iter().map(|u| u.positions).sum();
            assert_eq!(filled + unfilled, outcome.summary.positions);
            assert_eq!(
                outcome.placements.len() + outcome.unmatched.len(),
                outcome.summary.workers as usize
            );
            if programme.quotas.is_empty() && programme.min_women_share_permille.is_none() {
                let stable = run_round(&index, programme.id, Mechanism::Stable, &options).unwrap();
                assert!(outcome.total_score >= stable.total_score);
            }
        }
    }
}

#[test]
fn unreachable_womens_share_is_reported_not_hidden() {
    let (mut index, _, _) = welding_market();
    let mut p = index.programme(ProgrammeId(0)).unwrap().clone();
    p.min_women_share_permille = Some(400);
    index.upsert_programme(p);
    let ids: Vec<WorkerId> = index.workers().map(|w| w.id).collect();
    for id in ids {
        let mut w = index.worker(id).unwrap().clone();
        w.sex = Sex::Male;
        index.upsert_worker(w);
    }
    let outcome = run_round(
        &index,
        ProgrammeId(0),
        Mechanism::Optimal,
        &RoundOptions::default(),
    )
    .unwrap();
    assert!(outcome.placements.is_empty());
    let share = outcome.women_share.unwrap();
    assert_eq!(share.status, ShareStatus::Unreachable);
    assert!(
        outcome
            .unmatched
            .iter()
            .any(|u| u.reason == UnmatchedReason::WomenShare)
    );
    let text = outcome.summary.to_string();
    assert!(text.contains("cannot be met with any placement"), "{text}");
    // The stable mechanism places someone and says the share is not met.
    let stable = run_round(
        &index,
        ProgrammeId(0),
        Mechanism::Stable,
        &RoundOptions::default(),
    )
    .unwrap();
    assert_eq!(stable.placements.len(), 1);
    assert_eq!(stable.women_share.unwrap().status, ShareStatus::NotMet);
    assert!(stable.summary.to_string().contains("NOT met"));
}

#[test]
fn summary_prints_filled_unfilled_sex_and_origin() {
    let index = generator::generate(&MarketSpec::small(11)).into_index();
    let programme = index.programmes().find(|p| p.origins.len() > 1).unwrap().id;
    let outcome = run_round(
        &index,
        programme,
        Mechanism::Optimal,
        &RoundOptions::default(),
    )
    .unwrap();
    let text = outcome.summary.to_string();
    for needle in [
        "positions filled:",
        "by sex:",
        "women",
        "by origin:",
        "NPL",
        "workers placed:",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }
    let by_sex: u32 = outcome.summary.by_sex.iter().map(|s| s.2).sum();
    let by_origin: u32 = outcome.summary.by_origin.iter().map(|s| s.2).sum();
    assert_eq!(by_sex, outcome.summary.workers);
    assert_eq!(by_origin, outcome.summary.workers);
}

#[test]
fn index_is_exact_when_buckets_overflow_their_skill_bits_and_language_slots() {
    // 150 skills and 12 languages in play: more than a bucket numbers (64
    // skills, 8 language slots), so the index must fall back on bounds.
    let mut market = generator::generate(&MarketSpec::small(13));
    let skills: Vec<SkillId> = (0..150)
        .map(|i| market.vocabulary.skill(&format!("wide/{i}")))
        .collect();
    let languages: Vec<LanguageId> = (0..12)
        .map(|i| market.vocabulary.language(&format!("l{i}")))
        .collect();
    let mut state = 12345u64;
    let mut next = move |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let levels = [
        Cefr::A1,
        Cefr::A2,
        Cefr::B1,
        Cefr::B2,
        Cefr::C1,
        Cefr::Native,
    ];
    for w in &mut market.workers {
        w.skills = (0..12).map(|_| skills[next(150)]).collect();
        w.languages = (0..3)
            .map(|_| LanguageLevel {
                language: languages[next(12)],
                level: levels[next(6)],
            })
            .collect();
    }
    for j in &mut market.job_orders {
        j.required_skills = (0..4).map(|_| skills[next(150)]).collect();
        j.optional_skills = (0..2).map(|_| skills[next(150)]).collect();
        j.languages = if next(2) == 0 {
            vec![LanguageLevel {
                language: languages[next(12)],
                level: levels[next(3)],
            }]
        } else {
            vec![]
        };
    }
    let index = market.into_index();
    check_index_against_full_scan(&index);
}
