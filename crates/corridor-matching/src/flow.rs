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

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, VecDeque};

/// Each phase divides ε by this.
pub const SCALE_FACTOR: i64 = 4;

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
        (0..self.tails.len()).map(|a| {
            (
                self.tails[a],
                self.heads[a],
                self.capacities[a],
                self.costs[a],
            )
        })
    }

    /// Solves min-cost circulation exactly. Every arc's flow lies in
    /// `0..=capacity` and flow is conserved at every node.
    pub fn min_cost_circulation(&self) -> Circulation {
        let mut solver = Solver::new(self);
        solver.run();
        let flows: Vec<i32> = (0..self.tails.len())
            .map(|a| self.capacities[a] - solver.slot[solver.arc_slot[a] as usize].residual)
            .collect();
        let cost = flows
            .iter()
            .zip(&self.costs)
            .map(|(&f, &c)| i64::from(f) * c)
            .sum();
        Circulation { flows, cost }
    }

    /// Solves min-cost circulation exactly by inserting, one at a time, the
    /// heads of `entry_arcs` (the workers of an assignment network) and
    /// restoring optimality after each insertion with one shortest-path
    /// search (successive shortest paths with Dijkstra on reduced costs).
    ///
    /// Preconditions: every arc whose tail is not an entry head costs ≥ 0;
    /// each entry head's only incoming arc is its entry arc. Then, before an
    /// insertion, the residual network has no negative cycle; a new one must
    /// pass through the new entry arc, and the cheapest such cycle is found
    /// by Dijkstra from the entry head to the entry tail, stopped as soon as
    /// the cycle can no longer be negative. Nodes that are not entry heads
    /// are *hubs*: their residual out-arcs are kept in an ordered set and
    /// expanded lazily, so a job order with thousands of candidates or an
    /// origin with thousands of workers costs a few set look-ups per search,
    /// not a scan of all its arcs.
    pub fn min_cost_circulation_by_insertion(&self, entry_arcs: &[usize]) -> Circulation {
        let mut solver = Insertion::new(self, entry_arcs);
        // Workers left out (or pushed out) are set aside, so that searches
        // do not wander through them, and tried again until a whole pass
        // changes nothing: then no negative cycle is left anywhere.
        let mut waiting: Vec<usize> = Vec::new();
        for &a in entry_arcs {
            solver.insert(a, &mut waiting);
        }
        while !waiting.is_empty() {
            let before = solver.improvements;
            let pass = std::mem::take(&mut waiting);
            for a in pass {
                solver.insert(a, &mut waiting);
            }
            if solver.improvements == before {
                break;
            }
        }
        // Workers set aside when the passes stopped may still close a
        // negative cycle together (two or more entry arcs at once), which one
        // insertion at a time cannot see. Cost scaling started from this
        // circulation and these potentials settles that exactly; when
        // nothing is left to fix it ends at once.
        let mut finish = Solver::new(self);
        for (slot, &r) in finish.slot.iter_mut().zip(&solver.residual) {
            slot.residual = r;
        }
        let scale = i64::from(self.node_count) + 1;
        for (p, &q) in finish.price.iter_mut().zip(&solver.potential) {
            *p = q * scale;
        }
        finish.run_from_prices();
        let flows: Vec<i32> = (0..self.tails.len())
            .map(|a| self.capacities[a] - finish.slot[finish.arc_slot[a] as usize].residual)
            .collect();
        let cost = flows
            .iter()
            .zip(&self.costs)
            .map(|(&f, &c)| i64::from(f) * c)
            .sum();
        Circulation { flows, cost }
    }

    /// Like [`FlowNetwork::min_cost_circulation`], for an assignment
    /// network whose workers are the heads of `entry_arcs`: each phase
    /// starts by pricing every worker at its best arc, so that it behaves
    /// like an auction round (workers bid, job orders keep the best bids)
    /// instead of pushing flow down every worker–job arc.
    pub fn min_cost_circulation_with_entries(&self, entry_arcs: &[usize]) -> Circulation {
        let mut solver = Solver::new(self);
        solver.reset = entry_arcs.iter().map(|&a| self.heads[a]).collect();
        solver.run();
        let flows: Vec<i32> = (0..self.tails.len())
            .map(|a| self.capacities[a] - solver.slot[solver.arc_slot[a] as usize].residual)
            .collect();
        let cost = flows
            .iter()
            .zip(&self.costs)
            .map(|(&f, &c)| i64::from(f) * c)
            .sum();
        Circulation { flows, cost }
    }

    /// Whether the residual network of `flows` has a negative-cost cycle,
    /// i.e. whether `flows` is *not* optimal (Bellman–Ford; for tests on
    /// small networks).
    pub fn residual_has_negative_cycle(&self, flows: &[i32]) -> bool {
        let n = self.node_count as usize;
        let mut edges = Vec::new();
        for ((u, v, c, k), &f) in self.arcs().zip(flows) {
            let (u, v) = (u as usize, v as usize);
            if f < c {
                edges.push((u, v, k));
            }
            if f > 0 {
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

/// One direction of an arc in the residual network.
#[derive(Clone, Copy, Debug)]
struct Slot {
    head: u32,
    residual: i32,
    cost: i64,
}

/// Forward-star residual network and the push/relabel state.
struct Solver {
    first: Vec<u32>,
    /// Head, residual capacity and (scaled) cost of each slot, together so
    /// that a scan touches one cache line per four slots.
    slot: Vec<Slot>,
    reverse: Vec<u32>,
    arc_slot: Vec<u32>,
    price: Vec<i64>,
    excess: Vec<i64>,
    current: Vec<u32>,
    queue: VecDeque<u32>,
    /// Nodes whose price is reset at the start of each phase.
    reset: Vec<u32>,
    /// The factor costs were multiplied by (`n + 1`).
    scale: i64,
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
        let mut slot = vec![
            Slot {
                head: 0,
                residual: 0,
                cost: 0
            };
            slots
        ];
        let mut reverse = vec![0u32; slots];
        let mut arc_slot = vec![0u32; m];
        #[allow(clippy::needless_range_loop)]
        for a in 0..m {
            let (u, v) = (network.tails[a] as usize, network.heads[a] as usize);
            let fwd = fill[u];
            fill[u] += 1;
            let bwd = fill[v];
            fill[v] += 1;
            slot[fwd as usize] = Slot {
                head: v as u32,
                residual: network.capacities[a],
                cost: network.costs[a] * scale,
            };
            slot[bwd as usize] = Slot {
                head: u as u32,
                residual: 0,
                cost: -network.costs[a] * scale,
            };
            reverse[fwd as usize] = bwd;
            reverse[bwd as usize] = fwd;
            arc_slot[a] = fwd;
        }
        Self {
            current: first[..n].to_vec(),
            first,
            slot,
            reverse,
            arc_slot,
            price: vec![0; n],
            excess: vec![0; n],
            queue: VecDeque::new(),
            reset: Vec::new(),
            scale,
        }
    }

    fn run(&mut self) {
        let max_cost = self.slot.iter().map(|s| s.cost.abs()).max().unwrap_or(0);
        if max_cost == 0 {
            return;
        }
        let mut eps = max_cost;
        loop {
            eps = (eps / SCALE_FACTOR).max(1);
            self.refine(eps);
            // Once prices are finer than one unit of the original costs,
            // the circulation is often already optimal: prove it and stop.
            if eps == 1 || (eps < self.scale && self.proven_optimal()) {
                break;
            }
        }
    }

    /// Whether the current circulation is optimal, proven by finding
    /// potentials under which no residual arc has a negative reduced cost
    /// (label-correcting from the current prices, with a work limit: `false`
    /// means "not proven", and the scaling goes on).
    fn proven_optimal(&self) -> bool {
        let n = self.price.len();
        let potential: Vec<i64> = self
            .price
            .iter()
            .map(|p| p.div_euclid(self.scale))
            .collect();
        let mut dist = vec![0i64; n];
        let mut queued = vec![true; n];
        let mut queue: VecDeque<u32> = (0..n as u32).collect();
        let mut budget = n / 4;
        while let Some(u) = queue.pop_front() {
            let u = u as usize;
            queued[u] = false;
            for s in &self.slot[self.first[u] as usize..self.first[u + 1] as usize] {
                if s.residual <= 0 {
                    continue;
                }
                let v = s.head as usize;
                let d = dist[u] + s.cost / self.scale + potential[u] - potential[v];
                if d < dist[v] {
                    if budget == 0 {
                        return false;
                    }
                    budget -= 1;
                    dist[v] = d;
                    if !queued[v] {
                        queued[v] = true;
                        queue.push_back(v as u32);
                    }
                }
            }
        }
        true
    }

    /// Cost scaling from the current circulation and prices: ε starts at
    /// the worst violation of reduced costs (nothing to do if there is
    /// none).
    fn run_from_prices(&mut self) {
        let n = self.price.len();
        let mut worst = 0i64;
        for u in 0..n {
            let pu = self.price[u];
            for s in self.first[u] as usize..self.first[u + 1] as usize {
                if self.slot[s].residual > 0 {
                    let r = self.slot[s].cost + pu - self.price[self.slot[s].head as usize];
                    worst = worst.max(-r);
                }
            }
        }
        if worst == 0 {
            return;
        }
        let mut eps = worst;
        loop {
            self.refine(eps);
            if eps == 1 {
                break;
            }
            eps = (eps / SCALE_FACTOR).max(1);
        }
    }

    fn refine(&mut self, eps: i64) {
        let n = self.price.len();
        // Raise each worker's price until none of its own arcs is negative:
        // then only its incoming arc (entry, or its current placement) may
        // need saturating, and the phase starts like an auction round
        // instead of pushing flow down every worker–job arc.
        for i in 0..self.reset.len() {
            let w = self.reset[i] as usize;
            let mut best = i64::MIN;
            for s in self.first[w] as usize..self.first[w + 1] as usize {
                if self.slot[s].residual > 0 {
                    best = best.max(self.price[self.slot[s].head as usize] - self.slot[s].cost);
                }
            }
            if best > i64::MIN {
                self.price[w] = best;
            }
        }
        // Saturate every residual arc of negative reduced cost: the
        // pseudo-flow is then 0-optimal, at the price of excesses.
        for u in 0..n {
            let pu = self.price[u];
            for s in self.first[u] as usize..self.first[u + 1] as usize {
                let r = self.slot[s].residual;
                if r > 0 {
                    let v = self.slot[s].head as usize;
                    if self.slot[s].cost + pu - self.price[v] < 0 {
                        self.slot[s].residual = 0;
                        self.slot[self.reverse[s] as usize].residual += r;
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
                let r = self.slot[s].residual;
                if r > 0 {
                    let v = self.slot[s].head as usize;
                    // Look-ahead (as in OR-Tools): before pushing into a
                    // node without excess, make sure it can pass the flow
                    // on; if it has no admissible arc, relabel it first,
                    // which may make this arc inadmissible.
                    if self.slot[s].cost + pu - self.price[v] < 0
                        && self.excess[v] >= 0
                        && !self.has_admissible(v)
                    {
                        self.relabel_if_residual(v, eps);
                    }
                    if self.slot[s].cost + pu - self.price[v] < 0 {
                        let delta = i64::from(r).min(self.excess[u]);
                        self.slot[s].residual -= delta as i32;
                        self.slot[self.reverse[s] as usize].residual += delta as i32;
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

    /// Whether `v` has an admissible arc from its current one on (arcs
    /// before the current one are not admissible: push-relabel invariant).
    fn has_admissible(&mut self, v: usize) -> bool {
        let pv = self.price[v];
        let end = self.first[v + 1] as usize;
        let mut s = self.current[v] as usize;
        while s < end {
            let slot = self.slot[s];
            if slot.residual > 0 && slot.cost + pv - self.price[slot.head as usize] < 0 {
                self.current[v] = s as u32;
                return true;
            }
            s += 1;
        }
        self.current[v] = end as u32;
        false
    }

    /// Relabels `v` if it has a residual arc at all.
    fn relabel_if_residual(&mut self, v: usize, eps: i64) {
        let mut best = i64::MIN;
        for s in self.first[v] as usize..self.first[v + 1] as usize {
            if self.slot[s].residual > 0 {
                best = best.max(self.price[self.slot[s].head as usize] - self.slot[s].cost);
            }
        }
        if best > i64::MIN {
            self.price[v] = best - eps;
            self.current[v] = self.first[v];
        }
    }

    fn relabel(&mut self, u: usize, eps: i64) {
        let mut best = i64::MIN;
        for s in self.first[u] as usize..self.first[u + 1] as usize {
            if self.slot[s].residual > 0 {
                let candidate = self.price[self.slot[s].head as usize] - self.slot[s].cost;
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

/// State of [`FlowNetwork::min_cost_circulation_by_insertion`].
struct Insertion<'a> {
    network: &'a FlowNetwork,
    first: Vec<u32>,
    head: Vec<u32>,
    tail: Vec<u32>,
    reverse: Vec<u32>,
    residual: Vec<i32>,
    cost: Vec<i64>,
    arc_slot: Vec<u32>,
    /// Node potentials, up to a common shift (only differences matter).
    potential: Vec<i64>,
    hub: Vec<bool>,
    /// Residual out-slots of each hub, keyed by `cost − potential(head)`.
    hub_slots: Vec<BTreeSet<(i64, u32)>>,
    /// Whether a hub slot is in its hub's set.
    in_set: Vec<bool>,
    /// Hub slots entering each node.
    hub_slots_into: Vec<Vec<u32>>,
    /// Entry heads inserted (and not set aside).
    inserted: Vec<bool>,
    /// The entry arc of each entry head.
    entry_of: Vec<u32>,
    /// Improving cycles pushed so far.
    improvements: usize,
    // Dijkstra scratch, reset by generation stamps.
    generation: u32,
    seen: Vec<u32>,
    done: Vec<u32>,
    dist: Vec<i64>,
    pred: Vec<u32>,
    cursor: Vec<(i64, u32)>,
    settled: Vec<u32>,
    heap: BinaryHeap<Reverse<(i64, u32, bool)>>,
}

impl<'a> Insertion<'a> {
    fn new(network: &'a FlowNetwork, entry_arcs: &[usize]) -> Self {
        let n = network.node_count as usize;
        let m = network.tails.len();
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
        let mut tail = vec![0u32; slots];
        let mut reverse = vec![0u32; slots];
        let mut residual = vec![0i32; slots];
        let mut cost = vec![0i64; slots];
        let mut arc_slot = vec![0u32; m];
        #[allow(clippy::needless_range_loop)]
        for a in 0..m {
            let (u, v) = (network.tails[a] as usize, network.heads[a] as usize);
            let (fwd, bwd) = (fill[u], fill[v]);
            fill[u] += 1;
            fill[v] += 1;
            head[fwd as usize] = v as u32;
            tail[fwd as usize] = u as u32;
            head[bwd as usize] = u as u32;
            tail[bwd as usize] = v as u32;
            reverse[fwd as usize] = bwd;
            reverse[bwd as usize] = fwd;
            residual[fwd as usize] = network.capacities[a];
            cost[fwd as usize] = network.costs[a];
            cost[bwd as usize] = -network.costs[a];
            arc_slot[a] = fwd;
        }
        let mut hub = vec![true; n];
        let mut entry_of = vec![u32::MAX; n];
        for &a in entry_arcs {
            hub[network.heads[a] as usize] = false;
            entry_of[network.heads[a] as usize] = a as u32;
        }
        let mut solver = Self {
            network,
            first,
            head,
            tail,
            reverse,
            residual,
            cost,
            arc_slot,
            potential: vec![0; n],
            hub_slots: vec![BTreeSet::new(); n],
            in_set: vec![false; slots],
            hub_slots_into: vec![Vec::new(); n],
            inserted: vec![false; n],
            entry_of,
            improvements: 0,
            hub,
            generation: 0,
            seen: vec![0; n],
            done: vec![0; n],
            dist: vec![0; n],
            pred: vec![u32::MAX; n],
            cursor: vec![(0, 0); n],
            settled: Vec::new(),
            heap: BinaryHeap::new(),
        };
        for s in 0..slots {
            let t = solver.tail[s] as usize;
            if solver.hub[t] {
                solver.hub_slots_into[solver.head[s] as usize].push(s as u32);
                solver.sync_slot(s as u32);
            }
        }
        solver
    }

    /// Whether a slot may be used: residual capacity, and not leading into
    /// an entry head that is not inserted yet.
    fn usable(&self, s: u32) -> bool {
        let h = self.head[s as usize] as usize;
        self.residual[s as usize] > 0 && (self.hub[h] || self.inserted[h])
    }

    fn key(&self, s: u32) -> (i64, u32) {
        (
            self.cost[s as usize] - self.potential[self.head[s as usize] as usize],
            s,
        )
    }

    /// Puts a hub slot in or out of its hub's set to match `usable`.
    fn sync_slot(&mut self, s: u32) {
        let t = self.tail[s as usize] as usize;
        if !self.hub[t] {
            return;
        }
        let want = self.usable(s);
        if want != self.in_set[s as usize] {
            let key = self.key(s);
            if want {
                self.hub_slots[t].insert(key);
            } else {
                self.hub_slots[t].remove(&key);
            }
            self.in_set[s as usize] = want;
        }
    }

    fn reduced(&self, s: u32) -> i64 {
        let s = s as usize;
        self.cost[s] + self.potential[self.tail[s] as usize] - self.potential[self.head[s] as usize]
    }

    fn relax(&mut self, s: u32, d: i64) {
        let v = self.head[s as usize] as usize;
        if self.done[v] == self.generation {
            return;
        }
        if self.seen[v] != self.generation || d < self.dist[v] {
            self.seen[v] = self.generation;
            self.dist[v] = d;
            self.pred[v] = s;
            self.heap.push(Reverse((d, v as u32, false)));
        }
    }

    fn next_cursor(&mut self, h: usize) {
        let after = self.cursor[h];
        let next = self.hub_slots[h]
            .range((std::ops::Bound::Excluded(after), std::ops::Bound::Unbounded))
            .next()
            .copied();
        if let Some((key, s)) = next {
            self.cursor[h] = (key, s);
            let d = self.dist[h] + key + self.potential[h];
            self.heap.push(Reverse((d, h as u32, true)));
        }
    }

    /// Sets an unplaced entry head aside (its entry arc leaves the
    /// residual network) to be tried again later.
    fn set_aside(&mut self, w: usize, waiting: &mut Vec<usize>) {
        self.inserted[w] = false;
        for s in self.hub_slots_into[w].clone() {
            self.sync_slot(s);
        }
        waiting.push(self.entry_of[w] as usize);
    }

    fn insert(&mut self, entry: usize, waiting: &mut Vec<usize>) {
        let network = self.network;
        let (c, w) = (network.tails[entry] as usize, network.heads[entry] as usize);
        self.inserted[w] = true;
        // A potential that makes every out-arc of w non-negative.
        let mut p = self.potential[c] - network.costs[entry];
        for s in self.first[w]..self.first[w + 1] {
            if self.usable(s) {
                p = p.max(self.potential[self.head[s as usize] as usize] - self.cost[s as usize]);
            }
        }
        self.potential[w] = p;
        let entry_slot = self.arc_slot[entry];
        for s in self.hub_slots_into[w].clone() {
            self.sync_slot(s);
        }
        // The cheapest cycle through the entry arc costs (distance from w to
        // c) − limit; only a negative one improves the circulation.
        let limit = -self.reduced(entry_slot);
        if limit <= 0 {
            self.set_aside(w, waiting);
            return;
        }
        self.generation += 1;
        self.settled.clear();
        self.heap.clear();
        self.seen[w] = self.generation;
        self.dist[w] = 0;
        self.pred[w] = u32::MAX;
        self.heap.push(Reverse((0, w as u32, false)));
        let mut reached = None;
        while let Some(Reverse((d, v, is_cursor))) = self.heap.pop() {
            if d >= limit {
                break;
            }
            let v = v as usize;
            if is_cursor {
                let (_, s) = self.cursor[v];
                self.relax(s, d);
                self.next_cursor(v);
                continue;
            }
            if self.done[v] == self.generation || d > self.dist[v] {
                continue;
            }
            self.done[v] = self.generation;
            self.settled.push(v as u32);
            if v == c {
                reached = Some(d);
                break;
            }
            if self.hub[v] {
                self.cursor[v] = (i64::MIN, 0);
                self.next_cursor(v);
            } else {
                for s in self.first[v]..self.first[v + 1] {
                    if s != self.reverse[entry_slot as usize] && self.usable(s) {
                        let nd = d + self.reduced(s);
                        self.relax(s, nd);
                    }
                }
            }
        }
        let shift = reached.unwrap_or(limit);
        // New potentials: p + min(dist, shift); unsettled nodes all move by
        // `shift`, which changes no difference between them, so only settled
        // nodes are touched (by `dist − shift`).
        let settled = std::mem::take(&mut self.settled);
        for &v in &settled {
            let v = v as usize;
            let delta = self.dist[v] - shift;
            if delta != 0 {
                self.resync_into(v, delta);
            }
        }
        self.settled = settled;
        if reached.is_some() {
            // Push one unit around the cycle: the entry arc, then the path
            // from w to c.
            self.improvements += 1;
            self.push(entry_slot);
            let mut v = c;
            while v != w {
                let s = self.pred[v];
                self.push(s);
                let from = self.tail[s as usize] as usize;
                // A worker pushed out of its placement (back to its origin)
                // waits for another try.
                if self.entry_of[from] != u32::MAX
                    && self.residual[self.arc_slot[self.entry_of[from] as usize] as usize] > 0
                {
                    self.set_aside(from, waiting);
                }
                v = from;
            }
        } else {
            self.set_aside(w, waiting);
        }
    }

    /// Moves a node's potential by `delta`, keeping hub sets ordered.
    fn resync_into(&mut self, v: usize, delta: i64) {
        let into = std::mem::take(&mut self.hub_slots_into[v]);
        for &s in &into {
            if self.in_set[s as usize] {
                let key = self.key(s);
                self.hub_slots[self.tail[s as usize] as usize].remove(&key);
            }
        }
        self.potential[v] += delta;
        for &s in &into {
            if self.in_set[s as usize] {
                let key = self.key(s);
                self.hub_slots[self.tail[s as usize] as usize].insert(key);
            }
        }
        self.hub_slots_into[v] = into;
    }

    fn push(&mut self, s: u32) {
        self.residual[s as usize] -= 1;
        let r = self.reverse[s as usize];
        self.residual[r as usize] += 1;
        self.sync_slot(s);
        self.sync_slot(r);
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
        assert_eq!(
            (sol.flows[a], sol.flows[b], sol.flows[c], sol.flows[d]),
            (0, 1, 1, 0)
        );
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
