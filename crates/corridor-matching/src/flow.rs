//! An exact min-cost circulation solver: Goldberg–Tarjan cost scaling with
//! push/relabel refinement (the algorithm family of Goldberg's CS2 and of
//! OR-Tools' `SimpleMinCostFlow`), written for this crate.
//!
//! Costs are integers. They are multiplied by `n + 1` (n = number of nodes)
//! and ε is divided by [`SCALE_FACTOR`] each phase; the last phase runs with
//! ε = 1, which on the multiplied costs is below `1/n` on the original ones,
//! and an ε-optimal circulation with ε < 1/n is optimal (Goldberg and Tarjan
//! 1990, "Finding minimum-cost circulations by successive approximation").
//! So the answer is exact, not approximate.
//!
//! A maximum-score assignment is a min-cost circulation once every
//! worker–job arc costs minus its score and a return arc closes the network
//! (see [`crate::optimal`]). [`FlowNetwork::residual_has_negative_cycle`]
//! checks optimality independently (Bellman–Ford) for tests.

use std::collections::VecDeque;

/// Each phase divides ε by this.
pub const SCALE_FACTOR: i64 = 12;

/// A directed network with arc capacities and integer costs.
#[derive(Clone, Debug, Default)]
pub struct FlowNetwork {
    node_count: u32,
    tails: Vec<u32>,
    heads: Vec<u32>,
    capacities: Vec<i32>,
    costs: Vec<i64>,
}

/// An optimal circulation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Circulation {
    /// Flow on each arc, in the order arcs were added.
    pub flows: Vec<i32>,
    /// Total cost `Σ flow × cost`.
    pub cost: i64,
}

impl FlowNetwork {
    /// A network with `nodes` nodes and no arcs.
    pub fn new(nodes: u32) -> Self {
        Self {
            node_count: nodes,
            ..Self::default()
        }
    }

    /// Adds a node; returns its number.
    pub fn add_node(&mut self) -> u32 {
        self.node_count += 1;
        self.node_count - 1
    }

    /// Number of nodes.
    pub fn node_count(&self) -> u32 {
        self.node_count
    }

    /// Number of arcs.
    pub fn arc_count(&self) -> usize {
        self.tails.len()
    }

    /// Reserves room for `arcs` more arcs.
    pub fn reserve(&mut self, arcs: usize) {
        self.tails.reserve(arcs);
        self.heads.reserve(arcs);
        self.capacities.reserve(arcs);
        self.costs.reserve(arcs);
    }

    /// Adds an arc; returns its number.
    pub fn add_arc(&mut self, tail: u32, head: u32, capacity: i32, cost: i64) -> usize {
        debug_assert!(tail < self.node_count && head < self.node_count && capacity >= 0);
        self.tails.push(tail);
        self.heads.push(head);
        self.capacities.push(capacity);
        self.costs.push(cost);
        self.tails.len() - 1
    }

    /// The arcs as (tail, head, capacity, cost), in the order added.
    pub fn arcs(&self) -> impl Iterator<Item = (u32, u32, i32, i64)> + '_ {
        (0..self.tails.len()).map(|a| (self.tails[a], self.heads[a], self.capacities[a], self.costs[a]))
    }

    /// Solves min-cost circulation exactly. Every arc's flow lies in
    /// `0..=capacity` and flow is conserved at every node.
    pub fn min_cost_circulation(&self) -> Circulation {
        let mut solver = Solver::new(self);
        solver.run();
        let flows: Vec<i32> = (0..self.tails.len())
            .map(|a| self.capacities[a] - solver.residual[solver.arc_slot[a] as usize])
            .collect();
        let cost = flows.iter().zip(&self.costs).map(|(&f, &c)| i64::from(f) * c).sum();
        Circulation { flows, cost }
    }

    /// Whether the residual network of `flows` has a negative-cost cycle,
    /// i.e. whether `flows` is *not* optimal (Bellman–Ford; for tests on
    /// small networks).
    pub fn residual_has_negative_cycle(&self, flows: &[i32]) -> bool {
        let n = self.node_count as usize;
        let mut edges = Vec::new();
        for a in 0..self.tails.len() {
            let (u, v, c, k) = (
                self.tails[a] as usize,
                self.heads[a] as usize,
                self.capacities[a],
                self.costs[a],
            );
            if flows[a] < c {
                edges.push((u, v, k));
            }
            if flows[a] > 0 {
                edges.push((v, u, -k));
            }
        }
        let mut dist = vec![0i64; n];
        for _ in 0..n {
            let mut changed = false;
            for &(u, v, k) in &edges {
                if dist[u] + k < dist[v] {
                    dist[v] = dist[u] + k;
                    changed = true;
                }
            }
            if !changed {
                return false;
            }
        }
        true
    }
}

/// Forward-star residual network and the push/relabel state.
struct Solver {
    first: Vec<u32>,
    head: Vec<u32>,
    reverse: Vec<u32>,
    residual: Vec<i32>,
    cost: Vec<i64>,
    arc_slot: Vec<u32>,
    price: Vec<i64>,
    excess: Vec<i64>,
    current: Vec<u32>,
    queue: VecDeque<u32>,
}

impl Solver {
    fn new(network: &FlowNetwork) -> Self {
        let n = network.node_count as usize;
        let m = network.tails.len();
        let scale = n as i64 + 1;
        let mut degree = vec![0u32; n + 1];
        for a in 0..m {
            degree[network.tails[a] as usize] += 1;
            degree[network.heads[a] as usize] += 1;
        }
        let mut first = vec![0u32; n + 1];
        for v in 0..n {
            first[v + 1] = first[v] + degree[v];
        }
        let mut fill: Vec<u32> = first[..n].to_vec();
        let slots = 2 * m;
        let mut head = vec![0u32; slots];
        let mut reverse = vec![0u32; slots];
        let mut residual = vec![0i32; slots];
        let mut cost = vec![0i64; slots];
        let mut arc_slot = vec![0u32; m];
        for a in 0..m {
            let (u, v) = (network.tails[a] as usize, network.heads[a] as usize);
            let fwd = fill[u];
            fill[u] += 1;
            let bwd = fill[v];
            fill[v] += 1;
            head[fwd as usize] = v as u32;
            head[bwd as usize] = u as u32;
            reverse[fwd as usize] = bwd;
            reverse[bwd as usize] = fwd;
            residual[fwd as usize] = network.capacities[a];
            residual[bwd as usize] = 0;
            cost[fwd as usize] = network.costs[a] * scale;
            cost[bwd as usize] = -network.costs[a] * scale;
            arc_slot[a] = fwd;
        }
        Self {
            current: first[..n].to_vec(),
            first,
            head,
            reverse,
            residual,
            cost,
            arc_slot,
            price: vec![0; n],
            excess: vec![0; n],
            queue: VecDeque::new(),
        }
    }

    fn run(&mut self) {
        let max_cost = self.cost.iter().map(|c| c.abs()).max().unwrap_or(0);
        if max_cost == 0 {
            return;
        }
        let mut eps = max_cost;
        loop {
            eps = (eps / SCALE_FACTOR).max(1);
            self.refine(eps);
            if eps == 1 {
                break;
            }
        }
    }

    fn refine(&mut self, eps: i64) {
        let n = self.price.len();
        // Saturate every residual arc of negative reduced cost: the
        // pseudo-flow is then 0-optimal, at the price of excesses.
        for u in 0..n {
            let pu = self.price[u];
            for s in self.first[u] as usize..self.first[u + 1] as usize {
                let r = self.residual[s];
                if r > 0 {
                    let v = self.head[s] as usize;
                    if self.cost[s] + pu - self.price[v] < 0 {
                        self.residual[s] = 0;
                        self.residual[self.reverse[s] as usize] += r;
                        self.excess[u] -= i64::from(r);
                        self.excess[v] += i64::from(r);
                    }
                }
            }
        }
        self.queue.clear();
        for u in 0..n {
            self.current[u] = self.first[u];
            if self.excess[u] > 0 {
                self.queue.push_back(u as u32);
            }
        }
        while let Some(u) = self.queue.pop_front() {
            self.discharge(u as usize, eps);
        }
    }

    fn discharge(&mut self, u: usize, eps: i64) {
        let end = self.first[u + 1] as usize;
        while self.excess[u] > 0 {
            let pu = self.price[u];
            let mut s = self.current[u] as usize;
            while s < end {
                let r = self.residual[s];
                if r > 0 {
                    let v = self.head[s] as usize;
                    if self.cost[s] + pu - self.price[v] < 0 {
                        let delta = i64::from(r).min(self.excess[u]);
                        self.residual[s] -= delta as i32;
                        self.residual[self.reverse[s] as usize] += delta as i32;
                        self.excess[u] -= delta;
                        let was = self.excess[v];
                        self.excess[v] += delta;
                        if was <= 0 && self.excess[v] > 0 {
                            self.queue.push_back(v as u32);
                        }
                        if self.excess[u] == 0 {
                            break;
                        }
                    }
                }
                s += 1;
            }
            self.current[u] = s as u32;
            if self.excess[u] > 0 {
                self.relabel(u, eps);
            }
        }
    }

    fn relabel(&mut self, u: usize, eps: i64) {
        let mut best = i64::MIN;
        for s in self.first[u] as usize..self.first[u + 1] as usize {
            if self.residual[s] > 0 {
                let candidate = self.price[self.head[s] as usize] - self.cost[s];
                if candidate > best {
                    best = candidate;
                }
            }
        }
        debug_assert!(best > i64::MIN, "a node with excess has a residual arc");
        self.price[u] = best - eps;
        self.current[u] = self.first[u];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_assignment_in_a_small_market() {
        // Two workers, two jobs of capacity 1; scores: w0-j0 5, w0-j1 4,
        // w1-j0 4, w1-j1 1. Best: w0-j1 + w1-j0 = 8 (greedy gives 6).
        let mut net = FlowNetwork::new(6);
        let (s, t) = (0, 1);
        let (w0, w1, j0, j1) = (2, 3, 4, 5);
        net.add_arc(t, s, 2, 0);
        net.add_arc(s, w0, 1, 0);
        net.add_arc(s, w1, 1, 0);
        let a = net.add_arc(w0, j0, 1, -5);
        let b = net.add_arc(w0, j1, 1, -4);
        let c = net.add_arc(w1, j0, 1, -4);
        let d = net.add_arc(w1, j1, 1, -1);
        net.add_arc(j0, t, 1, 0);
        net.add_arc(j1, t, 1, 0);
        let sol = net.min_cost_circulation();
        assert_eq!(sol.cost, -8);
        assert_eq!((sol.flows[a], sol.flows[b], sol.flows[c], sol.flows[d]), (0, 1, 1, 0));
        assert!(!net.residual_has_negative_cycle(&sol.flows));
        assert!(net.residual_has_negative_cycle(&[2, 1, 1, 1, 0, 0, 1, 1, 1]));
    }

    #[test]
    fn empty_and_cost_free_networks_carry_no_flow() {
        let net = FlowNetwork::new(3);
        assert_eq!(net.min_cost_circulation().cost, 0);
        let mut net = FlowNetwork::new(2);
        net.add_arc(0, 1, 4, 3);
        net.add_arc(1, 0, 4, -2);
        let sol = net.min_cost_circulation();
        assert_eq!(sol.flows, vec![0, 0]);
        net.add_arc(0, 1, 1, 1);
        let sol = net.min_cost_circulation();
        assert_eq!(sol.cost, -1);
    }
}
