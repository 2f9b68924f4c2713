//! Property tests on small random markets: deferred acceptance is stable,
//! holds capacities and is worker-optimal; the optimal solver equals brute
//! force and respects every quota and the women's share; the min-cost flow
//! leaves no negative cycle.

use corridor_matching::codes::{CountryCode, IscoCode, Sex};
use corridor_matching::flow::FlowNetwork;
use corridor_matching::model::Quota;
use corridor_matching::optimal::{
    self, AssignmentProblem, Edge, OptimalOptions, ProblemJob, ProblemWorker,
};
use corridor_matching::stable::{StableMarket, blocking_pairs};
use proptest::prelude::*;

/// A tiny market: per worker a list of (job, job's key) with distinct keys
/// per job.
fn stable_market() -> impl Strategy<Value = StableMarket> {
    (1usize..=4, 1usize..=7).prop_flat_map(|(jobs, workers)| {
        (
            prop::collection::vec(1u32..=2, jobs),
            prop::collection::vec(prop::collection::vec(0..jobs as u32, 0..=3), workers),
            prop::collection::vec(
                Just((0..workers as u64).collect::<Vec<u64>>()).prop_shuffle(),
                jobs,
            ),
        )
            .prop_map(|(caps, lists, keys)| {
                let mut m = StableMarket::new(caps);
                for (w, list) in lists.into_iter().enumerate() {
                    let mut seen = Vec::new();
                    let entries: Vec<(u32, u64)> = list
                        .into_iter()
                        .filter(|j| {
                            let fresh = !seen.contains(j);
                            seen.push(*j);
                            fresh
                        })
                        .map(|j| (j, keys[j as usize][w]))
                        .collect();
                    m.add_worker(entries);
                }
                m
            })
    })
}

/// Every assignment respecting lists and capacities, by brute force.
fn all_assignments(m: &StableMarket) -> Vec<Vec<Option<u32>>> {
    let mut out = vec![Vec::new()];
    for w in 0..m.worker_count() as u32 {
        let options: Vec<Option<u32>> = std::iter::once(None)
            .chain(m.list(w).map(|(j, _)| Some(j)))
            .collect();
        out = out
            .into_iter()
            .flat_map(|a: Vec<Option<u32>>| {
                options.iter().map(move |&o| {
                    let mut b = a.clone();
                    b.push(o);
                    b
                })
            })
            .filter(|a| {
                (0..m.job_count() as u32)
                    .all(|j| a.iter().filter(|&&x| x == Some(j)).count() as u32 <= m.capacity(j))
            })
            .collect();
    }
    out
}

fn rank_of(m: &StableMarket, w: u32, a: Option<u32>) -> usize {
    match a {
        Some(j) => m.list(w).position(|(x, _)| x == j).expect("listed"),
        None => usize::MAX,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn deferred_acceptance_is_stable_within_capacity_and_worker_optimal(m in stable_market()) {
        let a = m.solve();
        prop_assert!(blocking_pairs(&m, &a).is_empty());
        for j in 0..m.job_count() as u32 {
            prop_assert!(a.iter().filter(|&&x| x == Some(j)).count() as u32 <= m.capacity(j));
        }
        for (w, x) in a.iter().enumerate() {
            if let Some(j) = x {
                prop_assert!(m.list(w as u32).any(|(k, _)| k == *j));
            }
        }
        // Worker-optimal: every worker likes it at least as much as any other
        // stable matching.
        for other in all_assignments(&m) {
            if blocking_pairs(&m, &other).is_empty() {
                for w in 0..m.worker_count() as u32 {
                    prop_assert!(rank_of(&m, w, a[w as usize]) <= rank_of(&m, w, other[w as usize]));
                }
            }
        }
    }
}

const ORIGINS: [&str; 3] = ["NPL", "PHL", "VNM"];
const GROUPS: [&str; 5] = ["7212", "7213", "7411", "6111", "5322"];
const QUOTA_GROUPS: [&str; 5] = ["72", "721", "7212", "61", "7"];

fn sex_of(i: u8) -> Sex {
    [Sex::Female, Sex::Male, Sex::Female, Sex::Male, Sex::Other][usize::from(i % 5)]
}

prop_compose! {
    fn quota(positions: u32)(kind in 0u8..7, g in 0usize..5, o in 0usize..3, s in 0u8..2, r in 0..=positions) -> Quota {
        let isco = Some(IscoCode::new(QUOTA_GROUPS[g]));
        let origin = Some(CountryCode::new(ORIGINS[o]));
        let sex = Some(if s == 0 { Sex::Female } else { Sex::Male });
        let (isco, sex, origin) = match kind {
            0 => (isco, None, None),
            1 => (None, None, origin),
            2 => (None, None, None),
            3 => (isco, sex, None),
            4 => (None, sex, None),
            5 => (isco, None, origin),
            _ => (None, sex, origin),
        };
        Quota { isco, sex, origin, remaining: r }
    }
}

fn problem(side_constraints: bool) -> impl Strategy<Value = AssignmentProblem> {
    (1usize..=6, 1usize..=3).prop_flat_map(move |(workers, jobs)| {
        (
            prop::collection::vec((0usize..3, 0u8..5), workers),
            prop::collection::vec((1u32..=2, 0usize..5), jobs),
            prop::collection::vec(
                prop::collection::vec((0..jobs as u32, 1u32..60), 0..=3),
                workers,
            ),
            prop::collection::vec(quota(4), 0..=if side_constraints { 3 } else { 0 }),
            prop::option::of(prop::sample::select(vec![200u16, 334, 500, 750])),
            prop::collection::vec(quota(4), 0..=2),
        )
            .prop_map(move |(ws, js, lists, side_quotas, share, flow_quotas)| {
                let mut edges = Vec::new();
                for (w, list) in lists.into_iter().enumerate() {
                    let mut seen = Vec::new();
                    for (j, s) in list {
                        if !seen.contains(&j) {
                            seen.push(j);
                            edges.push(Edge {
                                worker: w as u32,
                                job: j,
                                score: s,
                            });
                        }
                    }
                }
                let flow_only = |q: &Quota| {
                    matches!(
                        (q.isco, q.sex, q.origin),
                        (_, None, None) | (None, None, Some(_))
                    )
                };
                let mut quotas: Vec<Quota> = flow_quotas.into_iter().filter(flow_only).collect();
                if side_constraints {
                    quotas.extend(side_quotas);
                }
                AssignmentProblem {
                    workers: ws
                        .into_iter()
                        .map(|(o, s)| ProblemWorker {
                            origin: CountryCode::new(ORIGINS[o]),
                            sex: sex_of(s),
                        })
                        .collect(),
                    jobs: js
                        .into_iter()
                        .map(|(p, g)| ProblemJob {
                            positions: p,
                            isco: IscoCode::new(GROUPS[g]),
                        })
                        .collect(),
                    edges,
                    quotas,
                    min_women_share_permille: if side_constraints { share } else { None },
                }
            })
    })
}

/// Whether a set of edges meets every constraint of the problem.
fn feasible(p: &AssignmentProblem, chosen: &[u32]) -> bool {
    let mut per_worker = vec![0; p.workers.len()];
    let mut per_job = vec![0; p.jobs.len()];
    for &e in chosen {
        let edge = p.edges[e as usize];
        per_worker[edge.worker as usize] += 1;
        per_job[edge.job as usize] += 1;
    }
    if per_worker.iter().any(|&n| n > 1)
        || per_job.iter().zip(&p.jobs).any(|(&n, j)| n > j.positions)
    {
        return false;
    }
    for q in &p.quotas {
        let used = chosen
            .iter()
            .filter(|&&e| {
                let edge = p.edges[e as usize];
                let w = p.workers[edge.worker as usize];
                q.covers(p.jobs[edge.job as usize].isco, w.sex, w.origin)
            })
            .count() as u32;
        if used > q.remaining {
            return false;
        }
    }
    if let Some(share) = p.min_women_share_permille {
        let women = chosen
            .iter()
            .filter(|&&e| p.workers[p.edges[e as usize].worker as usize].sex == Sex::Female)
            .count() as u64;
        if women * 1000 < u64::from(share) * chosen.len() as u64 {
            return false;
        }
    }
    true
}

/// The best total score by enumerating every assignment.
fn brute_force(p: &AssignmentProblem) -> u64 {
    fn go(p: &AssignmentProblem, w: usize, chosen: &mut Vec<u32>, best: &mut u64) {
        if w == p.workers.len() {
            if feasible(p, chosen) {
                let s = chosen
                    .iter()
                    .map(|&e| u64::from(p.edges[e as usize].score))
                    .sum();
                *best = (*best).max(s);
            }
            return;
        }
        go(p, w + 1, chosen, best);
        for (e, edge) in p.edges.iter().enumerate() {
            if edge.worker as usize == w {
                chosen.push(e as u32);
                go(p, w + 1, chosen, best);
                chosen.pop();
            }
        }
    }
    let mut best = 0;
    go(p, 0, &mut Vec::new(), &mut best);
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(250))]

    #[test]
    fn optimal_with_capacity_quotas_equals_brute_force(p in problem(false)) {
        let answer = optimal::solve(&p, &OptimalOptions::exhaustive());
        prop_assert!(answer.proven_optimal);
        prop_assert!(feasible(&p, &answer.edges));
        prop_assert_eq!(answer.total_score, brute_force(&p));
        // Both flow solvers (cost scaling, and insertion with shortest
        // paths) reach an optimum with no negative residual cycle.
        let (net, entries) = optimal::flow_network(&p);
        let flow = net.min_cost_circulation();
        prop_assert!(!net.residual_has_negative_cycle(&flow.flows));
        prop_assert_eq!(-flow.cost, answer.total_score as i64);
        let flow = net.min_cost_circulation_by_insertion(&entries);
        prop_assert!(!net.residual_has_negative_cycle(&flow.flows));
        prop_assert_eq!(-flow.cost, answer.total_score as i64);
        let flow = net.min_cost_circulation_with_entries(&entries);
        prop_assert!(!net.residual_has_negative_cycle(&flow.flows));
        prop_assert_eq!(-flow.cost, answer.total_score as i64);
    }

    #[test]
    fn optimal_with_side_constraints_equals_brute_force(p in problem(true)) {
        let answer = optimal::solve(&p, &OptimalOptions::exhaustive());
        prop_assert!(feasible(&p, &answer.edges), "constraints broken: {:?}", answer);
        prop_assert!(answer.proven_optimal);
        prop_assert_eq!(answer.total_score, brute_force(&p));
        prop_assert!(answer.upper_bound >= answer.total_score);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn min_cost_flow_leaves_no_negative_cycle(
        nodes in 2u32..12,
        arcs in prop::collection::vec((0u32..12, 0u32..12, 0i32..5, -20i64..20), 0..40),
    ) {
        let mut net = FlowNetwork::new(nodes);
        for (u, v, c, k) in arcs {
            if u < nodes && v < nodes && u != v {
                net.add_arc(u, v, c, k);
            }
        }
        let sol = net.min_cost_circulation();
        // Conservation and capacities.
        let mut balance = vec![0i64; nodes as usize];
        for ((u, v, c, _), &f) in net.arcs().zip(&sol.flows) {
            prop_assert!(f >= 0 && f <= c);
            balance[u as usize] -= i64::from(f);
            balance[v as usize] += i64::from(f);
        }
        prop_assert!(balance.iter().all(|&b| b == 0));
        prop_assert!(!net.residual_has_negative_cycle(&sol.flows));
    }
}
