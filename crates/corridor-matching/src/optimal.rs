//! The optimal match round: the assignment of workers to job orders with the
//! largest total score, subject to job-order positions, programme quotas and
//! a minimum share of women.
//!
//! # What is a flow and what is not
//! Job-order positions, quotas per ISCO-08 group (any level — groups nest, so
//! they form a tree), quotas per origin country, and an overall quota are
//! all *laminar* capacity families, one on the job side and one on the
//! worker side. Such a problem is a min-cost flow, whose linear programme is
//! integral, so [`crate::flow`] solves it exactly:
//!
//! ```text
//!  S ──cap q_c──▶ origin c ──1──▶ worker ──1, −score──▶ job ──positions──▶ group 611 ──q──▶ group 6 ──q──▶ T
//!  ▲                                                                                                        │
//!  └────────────────────────────── return arc (overall quota) ──────────────────────────────────────────────┘
//! ```
//!
//! A **minimum share of women** (`women ≥ share × placed`), and quotas that
//! mix a worker's attribute with a job's (per sex *and* group, per origin
//! *and* group, per sex *and* origin), cross these families: they cannot be
//! written as capacities of one network. For them the solver keeps the flow
//! as a subproblem and adds the crossing rows as *side constraints*, solved
//! exactly by branch and bound:
//! * the bound at each node is the Lagrangian dual — the side constraints
//!   move into the objective with multipliers `λ ≥ 0` (integers over
//!   [`MULTIPLIER_DENOMINATOR`], so every bound is exact arithmetic); any
//!   `λ ≥ 0` gives a valid upper bound, and subgradient steps (Polyak's step
//!   size) tighten it;
//! * every flow the dual step produces that meets the side constraints is a
//!   candidate; a greedy repair (drop the placements that break a side
//!   constraint, least valuable first) gives more;
//! * nodes branch on one worker–job pair: placed / not placed. A placed pair
//!   is forced with a bonus larger than every other score together.
//!
//! The search stops when the best candidate meets the best bound (proven
//! optimal) or after [`OptimalOptions::node_limit`] nodes, when the result
//! says it is *not* proven and gives the gap. Nothing is hidden.
//!
//! Every constraint here is an upper limit, so placing nobody is always
//! allowed: a round is never infeasible, but a minimum share of women can
//! force positions to stay empty. [`Assignment::unconstrained`] keeps the
//! optimum without side constraints so that the round can report that cost.

use std::collections::HashMap;

use crate::codes::{CountryCode, IscoCode, Sex};
use crate::flow::FlowNetwork;
use crate::model::Quota;

/// Networks with fewer arcs are solved by insertion, larger ones by cost
/// scaling.
const SMALL_NETWORK_ARCS: usize = 2_000;

/// Dual steps at a node below the root.
const CHILD_DUAL_ITERATIONS: usize = 10;

/// Multipliers are integers over this denominator.
pub const MULTIPLIER_DENOMINATOR: i64 = 1024;

/// A worker in an assignment problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemWorker {
    /// The origin country through which the programme covers them.
    pub origin: CountryCode,
    /// Their sex.
    pub sex: Sex,
}

/// A job order in an assignment problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemJob {
    /// Open positions.
    pub positions: u32,
    /// Its ISCO-08 unit group.
    pub isco: IscoCode,
}

/// An eligible worker–job pair with its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Index into [`AssignmentProblem::workers`].
    pub worker: u32,
    /// Index into [`AssignmentProblem::jobs`].
    pub job: u32,
    /// Score; pairs scoring 0 are never placed.
    pub score: u32,
}

/// A max-score assignment problem.
#[derive(Clone, Debug, Default)]
pub struct AssignmentProblem {
    /// Workers.
    pub workers: Vec<ProblemWorker>,
    /// Job orders.
    pub jobs: Vec<ProblemJob>,
    /// Eligible pairs (at most one per worker–job).
    pub edges: Vec<Edge>,
    /// The programme's quotas.
    pub quotas: Vec<Quota>,
    /// Minimum share of women among placements, per mille.
    pub min_women_share_permille: Option<u16>,
}

/// Limits of the branch and bound.
#[derive(Clone, Copy, Debug)]
pub struct OptimalOptions {
    /// Stop after this many branch-and-bound nodes (the answer then says it
    /// is not proven optimal, with the gap). The default (30) keeps a round
    /// with a women's share to seconds on a few thousand workers; exactness
    /// on small markets is tested with a larger limit
    /// ([`OptimalOptions::exhaustive`]).
    pub node_limit: usize,
    /// Dual (subgradient) steps at the root (nodes below it take at most
    /// 10, starting from their parent's multipliers).
    pub dual_iterations: usize,
}

impl OptimalOptions {
    /// Limits high enough to prove optimality on small markets (the
    /// property tests and cross-checks use these).
    pub fn exhaustive() -> Self {
        Self {
            node_limit: 100_000,
            dual_iterations: 40,
        }
    }
}

impl Default for OptimalOptions {
    fn default() -> Self {
        Self {
            node_limit: 30,
            dual_iterations: 30,
        }
    }
}

/// How the answer was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// One min-cost flow: every constraint was a capacity.
    Flow,
    /// Side constraints: Lagrangian branch and bound over flows.
    BranchAndBound {
        /// Nodes explored.
        nodes: usize,
        /// Flows solved.
        flows: usize,
    },
}

/// The optimum without the side constraints, for reporting their cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unconstrained {
    /// Total score.
    pub total_score: u64,
    /// Placements.
    pub placements: u32,
    /// Placements of women.
    pub women: u32,
}

/// The answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// Chosen edges (indices into [`AssignmentProblem::edges`]), ascending.
    pub edges: Vec<u32>,
    /// Their total score.
    pub total_score: u64,
    /// A proven upper bound on the optimum (equal to `total_score` when
    /// proven optimal).
    pub upper_bound: u64,
    /// Whether `total_score` is proven to be the optimum.
    pub proven_optimal: bool,
    /// How it was found.
    pub method: Method,
    /// The optimum without side constraints (present when there were side
    /// constraints).
    pub unconstrained: Option<Unconstrained>,
}

struct SideConstraint {
    coefficients: Vec<i64>,
    rhs: i64,
}

/// The network with a per-edge weight plugged in; keeps the arc of each edge.
struct Network {
    /// Arcs of the fixed part (everything but worker–job arcs).
    base: FlowNetwork,
    worker_node: Vec<u32>,
    job_node: Vec<u32>,
    /// The arc into each worker node (from its origin, or from S).
    entry_arcs: Vec<usize>,
}

impl Network {
    fn build(problem: &AssignmentProblem) -> Self {
        let mut net = FlowNetwork::new(2);
        let (s, t) = (0u32, 1u32);
        let total_positions: u64 = problem.jobs.iter().map(|j| u64::from(j.positions)).sum();
        let mut overall = total_positions.min(problem.workers.len() as u64);
        let mut origin_caps: HashMap<CountryCode, u32> = HashMap::new();
        let mut group_caps: HashMap<IscoCode, u32> = HashMap::new();
        for q in &problem.quotas {
            match (q.isco, q.sex, q.origin) {
                (None, None, None) => overall = overall.min(u64::from(q.remaining)),
                (None, None, Some(c)) => {
                    let e = origin_caps.entry(c).or_insert(u32::MAX);
                    *e = (*e).min(q.remaining);
                }
                (Some(g), None, None) => {
                    let e = group_caps.entry(g).or_insert(u32::MAX);
                    *e = (*e).min(q.remaining);
                }
                _ => {}
            }
        }
        net.add_arc(t, s, overall.min(i32::MAX as u64) as i32, 0);
        let mut origin_node: HashMap<CountryCode, u32> = HashMap::new();
        let mut origins: Vec<_> = origin_caps.into_iter().collect();
        origins.sort();
        for (c, cap) in origins {
            let node = net.add_node();
            net.add_arc(s, node, cap.min(i32::MAX as u32) as i32, 0);
            origin_node.insert(c, node);
        }
        let mut groups: Vec<_> = group_caps.into_iter().collect();
        groups.sort_by_key(|(g, _)| (g.level(), *g));
        let mut group_node: HashMap<IscoCode, u32> = HashMap::new();
        for &(g, cap) in &groups {
            let node = net.add_node();
            // Coarser groups were added first, so the parent exists.
            let parent = (1..g.level())
                .rev()
                .find_map(|d| group_node.get(&g.truncate(d)).copied())
                .unwrap_or(t);
            net.add_arc(node, parent, cap.min(i32::MAX as u32) as i32, 0);
            group_node.insert(g, node);
        }
        net.reserve(problem.workers.len() + problem.jobs.len() + problem.edges.len());
        let mut entry_arcs = Vec::with_capacity(problem.workers.len());
        let worker_node: Vec<u32> = problem
            .workers
            .iter()
            .map(|w| {
                let node = net.add_node();
                let from = origin_node.get(&w.origin).copied().unwrap_or(s);
                entry_arcs.push(net.add_arc(from, node, 1, 0));
                node
            })
            .collect();
        let job_node: Vec<u32> = problem
            .jobs
            .iter()
            .map(|j| {
                let node = net.add_node();
                let to = (1..=j.isco.level())
                    .rev()
                    .find_map(|d| group_node.get(&j.isco.truncate(d)).copied())
                    .unwrap_or(t);
                net.add_arc(node, to, j.positions.min(i32::MAX as u32) as i32, 0);
                node
            })
            .collect();
        Self {
            base: net,
            worker_node,
            job_node,
            entry_arcs,
        }
    }

    /// Solves with these edge weights (edges of weight ≤ 0 are left out);
    /// returns the chosen edges.
    fn solve(&self, problem: &AssignmentProblem, weights: &[i64]) -> Vec<u32> {
        let mut net = self.base.clone();
        let first_edge_arc = net.arc_count();
        let mut arc_edge = Vec::new();
        for (e, edge) in problem.edges.iter().enumerate() {
            if weights[e] > 0 {
                net.add_arc(
                    self.worker_node[edge.worker as usize],
                    self.job_node[edge.job as usize],
                    1,
                    -weights[e],
                );
                arc_edge.push(e as u32);
            }
        }
        // Both solvers are exact; insertion wins on small networks (the
        // many flows of a branch and bound), cost scaling on large ones.
        let flow = if net.arc_count() < SMALL_NETWORK_ARCS {
            net.min_cost_circulation_by_insertion(&self.entry_arcs)
        } else {
            net.min_cost_circulation_with_entries(&self.entry_arcs)
        };
        arc_edge
            .into_iter()
            .enumerate()
            .filter(|&(i, _)| flow.flows[first_edge_arc + i] > 0)
            .map(|(_, e)| e)
            .collect()
    }
}

/// The flow network of a problem with scores as weights: what a peer
/// min-cost-flow solver (OR-Tools in the benchmark) is given. Worker–job
/// arcs come last, in edge order, costing minus the score. Also returns the
/// arc entering each worker node (see
/// [`FlowNetwork::min_cost_circulation_by_insertion`]).
pub fn flow_network(problem: &AssignmentProblem) -> (FlowNetwork, Vec<usize>) {
    let network = Network::build(problem);
    let mut net = network.base.clone();
    for edge in &problem.edges {
        if edge.score > 0 {
            net.add_arc(
                network.worker_node[edge.worker as usize],
                network.job_node[edge.job as usize],
                1,
                -i64::from(edge.score),
            );
        }
    }
    (net, network.entry_arcs)
}

fn side_constraints(problem: &AssignmentProblem) -> Vec<SideConstraint> {
    let mut sides = Vec::new();
    for q in &problem.quotas {
        let crossing = matches!(
            (q.isco, q.sex, q.origin),
            (_, Some(_), _) | (Some(_), _, Some(_))
        );
        if crossing {
            let coefficients = problem
                .edges
                .iter()
                .map(|e| {
                    let w = problem.workers[e.worker as usize];
                    i64::from(q.covers(problem.jobs[e.job as usize].isco, w.sex, w.origin))
                })
                .collect();
            sides.push(SideConstraint {
                coefficients,
                rhs: i64::from(q.remaining),
            });
        }
    }
    if let Some(share) = problem.min_women_share_permille.filter(|&s| s > 0) {
        // 1000 × women ≥ share × placed  ⇔  Σ (share − 1000·[woman]) x ≤ 0
        let p = i64::from(share.min(1000));
        let coefficients = problem
            .edges
            .iter()
            .map(|e| {
                if problem.workers[e.worker as usize].sex == Sex::Female {
                    p - 1000
                } else {
                    p
                }
            })
            .collect();
        sides.push(SideConstraint {
            coefficients,
            rhs: 0,
        });
    }
    sides
}

fn total_score(problem: &AssignmentProblem, chosen: &[u32]) -> u64 {
    chosen
        .iter()
        .map(|&e| u64::from(problem.edges[e as usize].score))
        .sum()
}

fn violations(sides: &[SideConstraint], chosen: &[u32]) -> Vec<i64> {
    sides
        .iter()
        .map(|c| {
            chosen
                .iter()
                .map(|&e| c.coefficients[e as usize])
                .sum::<i64>()
                - c.rhs
        })
        .collect()
}

/// Drops placements, least valuable per unit of violation first, until the
/// side constraints hold (always possible: the empty assignment meets them).
fn repair(problem: &AssignmentProblem, sides: &[SideConstraint], chosen: &[u32]) -> Vec<u32> {
    let mut chosen = chosen.to_vec();
    loop {
        let g = violations(sides, &chosen);
        if g.iter().all(|&v| v <= 0) {
            chosen.sort_unstable();
            return chosen;
        }
        // The placement whose removal lowers total violation most per point.
        let best = chosen
            .iter()
            .enumerate()
            .filter_map(|(i, &e)| {
                let gain: i64 = sides
                    .iter()
                    .zip(&g)
                    .map(|(c, &v)| {
                        let a = c.coefficients[e as usize];
                        v.max(0) - (v - a).max(0)
                    })
                    .sum();
                (gain > 0).then(|| {
                    let score = problem.edges[e as usize].score.max(1);
                    (gain as f64 / f64::from(score), i)
                })
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((_, i)) => {
                chosen.swap_remove(i);
            }
            None => return Vec::new(),
        }
    }
}

/// Solves an assignment problem exactly (see the module docs).
pub fn solve(problem: &AssignmentProblem, options: &OptimalOptions) -> Assignment {
    let network = Network::build(problem);
    let sides = side_constraints(problem);
    let scores: Vec<i64> = problem.edges.iter().map(|e| i64::from(e.score)).collect();
    if sides.is_empty() {
        let chosen = network.solve(problem, &scores);
        let total = total_score(problem, &chosen);
        return Assignment {
            edges: sorted(chosen),
            total_score: total,
            upper_bound: total,
            proven_optimal: true,
            method: Method::Flow,
            unconstrained: None,
        };
    }
    BranchAndBound {
        problem,
        network: &network,
        sides: &sides,
        options,
        incumbent: Vec::new(),
        incumbent_score: 0,
        flows: 0,
        unconstrained: None,
    }
    .run()
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v
}

#[derive(Clone)]
struct Node {
    /// (edge, placed?) decisions.
    fixed: Vec<(u32, bool)>,
    multipliers: Vec<i64>,
}

struct BranchAndBound<'a> {
    problem: &'a AssignmentProblem,
    network: &'a Network,
    sides: &'a [SideConstraint],
    options: &'a OptimalOptions,
    incumbent: Vec<u32>,
    incumbent_score: u64,
    flows: usize,
    unconstrained: Option<Unconstrained>,
}

enum NodeResult {
    /// No assignment with the node's decisions exists.
    Infeasible,
    /// Best bound found, the last flow, and the multipliers.
    Bounded {
        bound: u64,
        chosen: Vec<u32>,
        multipliers: Vec<i64>,
        solved: bool,
    },
}

impl BranchAndBound<'_> {
    fn consider(&mut self, chosen: &[u32]) {
        let g = violations(self.sides, chosen);
        let candidate = if g.iter().all(|&v| v <= 0) {
            sorted(chosen.to_vec())
        } else {
            repair(self.problem, self.sides, chosen)
        };
        let score = total_score(self.problem, &candidate);
        if score > self.incumbent_score
            || (score == self.incumbent_score && candidate < self.incumbent)
        {
            self.incumbent_score = score;
            self.incumbent = candidate;
        }
    }

    fn bound_node(&mut self, node: &Node) -> NodeResult {
        let d = MULTIPLIER_DENOMINATOR;
        let edges = &self.problem.edges;
        let mut placed = vec![false; edges.len()];
        let mut banned = vec![false; edges.len()];
        for &(e, p) in &node.fixed {
            if p {
                placed[e as usize] = true;
            } else {
                banned[e as usize] = true;
            }
        }
        let forced = placed.iter().filter(|&&p| p).count();
        let mut m = node.multipliers.clone();
        let mut best: Option<(i64, Vec<u32>, Vec<i64>)> = None;
        let mut step_scale = 2.0f64;
        let mut last_value = i64::MAX;
        // Children inherit their parent's multipliers: a few steps suffice.
        let iterations = if node.fixed.is_empty() {
            self.options.dual_iterations
        } else {
            self.options.dual_iterations.min(CHILD_DUAL_ITERATIONS)
        };
        for _ in 0..iterations.max(1) {
            let lagrange: Vec<i64> = (0..edges.len())
                .map(|e| {
                    let penalty: i64 = self
                        .sides
                        .iter()
                        .zip(&m)
                        .map(|(c, &mu)| mu * c.coefficients[e])
                        .sum();
                    i64::from(edges[e].score) * d - penalty
                })
                .collect();
            let positive: i64 = lagrange.iter().filter(|&&w| w > 0).sum();
            let big = positive + 1;
            let weights: Vec<i64> = (0..edges.len())
                .map(|e| {
                    if banned[e] {
                        0
                    } else if placed[e] {
                        lagrange[e] + big
                    } else {
                        lagrange[e]
                    }
                })
                .collect();
            let chosen = self.network.solve(self.problem, &weights);
            self.flows += 1;
            if chosen.iter().filter(|&&e| placed[e as usize]).count() < forced {
                return NodeResult::Infeasible;
            }
            let value: i64 = chosen.iter().map(|&e| lagrange[e as usize]).sum::<i64>()
                + self
                    .sides
                    .iter()
                    .zip(&m)
                    .map(|(c, &mu)| mu * c.rhs)
                    .sum::<i64>();
            if self.unconstrained.is_none() && node.fixed.is_empty() {
                self.unconstrained = Some(Unconstrained {
                    total_score: total_score(self.problem, &chosen),
                    placements: chosen.len() as u32,
                    women: chosen
                        .iter()
                        .filter(|&&e| {
                            self.problem.workers[edges[e as usize].worker as usize].sex
                                == Sex::Female
                        })
                        .count() as u32,
                });
            }
            self.consider(&chosen);
            let g = violations(self.sides, &chosen);
            let feasible = g.iter().all(|&v| v <= 0);
            let slack_free = g.iter().zip(&m).all(|(&v, &mu)| mu == 0 || v == 0);
            if best.as_ref().is_none_or(|b| value < b.0) {
                best = Some((value, chosen.clone(), m.clone()));
            }
            if value > last_value {
                step_scale /= 2.0;
            }
            last_value = value;
            let bound = best.as_ref().map_or(i64::MAX, |b| b.0).div_euclid(d) as u64;
            if (feasible && slack_free) || bound <= self.incumbent_score {
                break;
            }
            // Polyak step towards the best known value.
            let norm: f64 = g.iter().map(|&v| (v as f64) * (v as f64)).sum();
            if norm == 0.0 {
                break;
            }
            let target = (self.incumbent_score as f64) * d as f64;
            let gap = (value as f64 - target).max(d as f64);
            let t = step_scale * gap / norm;
            for (mu, &v) in m.iter_mut().zip(&g) {
                *mu = (*mu as f64 + t * v as f64).round().max(0.0) as i64;
            }
        }
        let (value, chosen, multipliers) = best.expect("at least one dual step");
        let g = violations(self.sides, &chosen);
        let solved = g.iter().all(|&v| v <= 0)
            && g.iter()
                .zip(&multipliers)
                .all(|(&v, &mu)| mu == 0 || v == 0);
        NodeResult::Bounded {
            bound: value.div_euclid(d).max(0) as u64,
            chosen,
            multipliers,
            solved,
        }
    }

    fn branch_edge(&self, node: &Node, chosen: &[u32]) -> Option<(u32, bool)> {
        let fixed: HashMap<u32, bool> = node.fixed.iter().copied().collect();
        let g = violations(self.sides, chosen);
        // The most violated constraint (or the first with slack), and in it
        // the chosen, unfixed pair that weighs most against it per point.
        let worst = (0..self.sides.len()).max_by_key(|&i| g[i])?;
        let c = &self.sides[worst];
        let in_x = chosen
            .iter()
            .copied()
            .filter(|e| !fixed.contains_key(e) && c.coefficients[*e as usize] > 0)
            .max_by(|&a, &b| {
                let ra = c.coefficients[a as usize] as f64
                    / f64::from(self.problem.edges[a as usize].score.max(1));
                let rb = c.coefficients[b as usize] as f64
                    / f64::from(self.problem.edges[b as usize].score.max(1));
                ra.total_cmp(&rb).then(b.cmp(&a))
            });
        if let Some(e) = in_x {
            return Some((e, false));
        }
        // Otherwise any unfixed chosen pair, then any unfixed pair that
        // helps the constraint.
        if let Some(&e) = chosen.iter().find(|e| !fixed.contains_key(e)) {
            return Some((e, false));
        }
        (0..self.problem.edges.len() as u32)
            .find(|e| !fixed.contains_key(e) && c.coefficients[*e as usize] < 0)
            .map(|e| (e, true))
    }

    fn run(mut self) -> Assignment {
        let mut stack = vec![(
            u64::MAX,
            Node {
                fixed: Vec::new(),
                multipliers: vec![0; self.sides.len()],
            },
        )];
        let mut nodes = 0;
        let mut open_bound = 0u64;
        let mut exhausted = true;
        while let Some((parent_bound, node)) = stack.pop() {
            if parent_bound <= self.incumbent_score {
                continue;
            }
            if nodes >= self.options.node_limit {
                exhausted = false;
                open_bound = open_bound.max(parent_bound);
                for (b, _) in &stack {
                    open_bound = open_bound.max(*b);
                }
                break;
            }
            nodes += 1;
            let NodeResult::Bounded {
                bound,
                chosen,
                multipliers,
                solved,
            } = self.bound_node(&node)
            else {
                continue;
            };
            let bound = bound.min(parent_bound);
            if bound <= self.incumbent_score || solved {
                continue;
            }
            let Some((edge, first_choice)) = self.branch_edge(&node, &chosen) else {
                continue;
            };
            // Depth first; the more promising child is explored first (pushed last).
            for placed in [!first_choice, first_choice] {
                let mut fixed = node.fixed.clone();
                fixed.push((edge, placed));
                stack.push((
                    bound,
                    Node {
                        fixed,
                        multipliers: multipliers.clone(),
                    },
                ));
            }
        }
        let upper_bound = if exhausted {
            self.incumbent_score
        } else {
            open_bound.max(self.incumbent_score)
        };
        Assignment {
            total_score: self.incumbent_score,
            edges: self.incumbent,
            upper_bound,
            proven_optimal: exhausted || upper_bound == self.incumbent_score,
            method: Method::BranchAndBound {
                nodes,
                flows: self.flows,
            },
            unconstrained: self.unconstrained,
        }
    }
}
