//! Disclosure control: nothing reaches the public writers unprotected.
//!
//! ## The method, and why
//!
//! Corridor uses **threshold rule with secondary suppression**, not the
//! cell-key method. Its administrative figures are small integer counts of
//! named programmes and corridors, where noise would make published counts
//! disagree with each other and with what officials see in the
//! operational system, and where the method must be explained to a
//! ministry in one sentence: *a figure built on fewer than 10 people is not
//! shown, and enough other figures are hidden that it cannot be worked
//! out.* Suppression keeps every published number exact and every margin
//! consistent with its cells.
//!
//! 1. **Primary suppression**: every cell (margins included) whose
//!    unweighted count is between 1 and `min_unweighted_count − 1` (default
//!    10) is withheld. Empty cells (count 0) are published: an empty cell
//!    says nobody is there, which identifies nobody.
//! 2. **Secondary suppression**: published cells and margins are linear
//!    equations in the withheld ones (each row of cells sums to its
//!    margin). A withheld cell is recoverable exactly when those equations
//!    determine it. In a two-way table with margins, view the rows and
//!    columns (margins included) as the two sides of a bipartite graph and
//!    each withheld cell as an edge: the equations determine a withheld
//!    cell if and only if its edge is a **bridge** (lies on no cycle),
//!    because the null space of the margin equations is spanned by the
//!    graph's cycles. So [`protect`] adds complementary suppressions until
//!    no withheld cell is a bridge: for each bridge it withholds the
//!    cheapest three cells that close a 4-cycle through it, preferring
//!    cells with the smallest non-zero counts. A one-way table is a single
//!    equation: a withheld cell is recoverable when it is the only one in
//!    its line, so a second one (a cell or the total) is withheld.
//!    Complementary cells are chosen with non-zero counts where possible,
//!    so every withheld value can move both up and down along a cycle while
//!    keeping all published figures and non-negativity: not even an
//!    attacker who knows the values are non-negative can pin it.
//! 3. **Tables of three or more dimensions** use the hypercube rule (as in
//!    the hypercube method of τ-ARGUS): every withheld cell becomes a corner
//!    of a fully withheld hypercube with two positions on each totalled
//!    dimension (possibly the total). The signed indicator of a hypercube
//!    (+1/−1 on two inner positions, +1/+1 on an inner position and the
//!    total, multiplied across dimensions) satisfies every margin equation,
//!    so it is a direction in which all corners can move while every
//!    published figure stays the same: no corner is determined. (Two-way
//!    slices of a many-way table are not enough: a cell on a cycle in one
//!    plane can still be pinned by the equations across planes; the
//!    property tests found exactly that before this rule was adopted.)
//!    [`linear_audit`] checks any pattern exactly against the full system.
//!
//! Rates, quantiles and distinct-worker counts are not additive, but their
//! cells are suppressed on the same rule from their unweighted counts and
//! protected by the same pattern, so a rate built on fewer than 10
//! placements is never shown.
//!
//! The output, [`ProtectedTable`], can only be made here: its fields are
//! private, so the type system stops an unprotected [`StatTable`] from
//! reaching [`crate::to_csv`], [`crate::to_json`] or
//! [`crate::to_sdmx_csv`].

use serde::{Deserialize, Serialize};

use crate::table::{Flags, StatTable, Uncertainty};

/// Disclosure-control policy.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DisclosurePolicy {
    /// Smallest unweighted count a published cell may rest on (default 10).
    pub min_unweighted_count: u64,
    /// Smallest number of records a published quantile (median, 90th
    /// percentile) may rest on (default 20; never below
    /// `min_unweighted_count`). A quantile is one record's value, or two
    /// records' interpolated: it needs more company than a count.
    #[serde(default = "default_min_quantile_count")]
    pub min_quantile_count: u64,
    /// Dominance rule for amounts, (n, k): an amount is withheld when its
    /// `n` largest contributors make more than `k` (0 to 1) of it, or when
    /// it has fewer than `min_unweighted_count` distinct contributors.
    #[serde(default = "default_dominance")]
    pub dominance: Dominance,
}

/// The (n, k) dominance rule: the `n` largest contributors to a cell may
/// make at most `k` of its amount.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Dominance {
    /// How many of the largest contributors are added up (2).
    pub n: u8,
    /// The share (0 to 1) they may make at most (0.8).
    pub k: f64,
}

fn default_min_quantile_count() -> u64 {
    20
}

fn default_dominance() -> Dominance {
    Dominance { n: 2, k: 0.8 }
}

impl Default for DisclosurePolicy {
    fn default() -> Self {
        DisclosurePolicy {
            min_unweighted_count: 10,
            min_quantile_count: default_min_quantile_count(),
            dominance: default_dominance(),
        }
    }
}

impl DisclosurePolicy {
    /// The policy with a threshold of `min_unweighted_count` and the
    /// default quantile and dominance rules.
    pub fn with_threshold(min_unweighted_count: u64) -> Self {
        DisclosurePolicy {
            min_unweighted_count,
            ..DisclosurePolicy::default()
        }
    }

    /// Whether a cell is withheld on its own account (primary
    /// suppression) in a table of `figure`.
    pub fn is_sensitive(&self, figure: crate::Figure, o: &crate::Observation) -> bool {
        let n = o.unweighted_count;
        if n == 0 {
            return false;
        }
        let threshold = if figure.is_quantile() {
            self.min_quantile_count.max(self.min_unweighted_count)
        } else {
            self.min_unweighted_count
        };
        if n < threshold {
            return true;
        }
        match o.concentration {
            Some(c) => {
                c.contributors < self.min_unweighted_count
                    || (self.dominance.n >= 2 && c.largest_two_share > self.dominance.k)
            }
            None => false,
        }
    }
}

/// Why a cell is or is not published (SDMX CL_CONF_STATUS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidentiality {
    /// Free for publication (`F`).
    Free,
    /// Primary confidentiality due to small counts (`A`).
    Primary,
    /// Secondary confidentiality, withheld to protect another cell (`D`).
    Secondary,
}

impl Confidentiality {
    /// SDMX CL_CONF_STATUS code.
    pub fn sdmx_code(self) -> &'static str {
        match self {
            Confidentiality::Free => "F",
            Confidentiality::Primary => "A",
            Confidentiality::Secondary => "D",
        }
    }
}

/// A table that has been through disclosure control: the only input of
/// the public writers. Withheld cells have no value, no count and no
/// uncertainty, and carry the `suppressed` flag.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectedTable {
    table: StatTable,
    confidentiality: Vec<Confidentiality>,
    policy: DisclosurePolicy,
    assembled: bool,
}

impl ProtectedTable {
    /// The protected table (withheld cells blanked).
    pub fn table(&self) -> &StatTable {
        &self.table
    }

    /// Confidentiality status of each cell, parallel to `table().cells`.
    pub fn confidentiality(&self) -> &[Confidentiality] {
        &self.confidentiality
    }

    /// Whether the table was cut from protected tables of calendar
    /// periods ([`crate::public_table`]) rather than protected alone.
    pub fn cut_from_year_cube(&self) -> bool {
        self.assembled
    }

    /// Marks a table made by [`crate::public_table`].
    pub(crate) fn published(mut self) -> Self {
        self.assembled = true;
        self
    }

    /// The policy applied.
    pub fn policy(&self) -> DisclosurePolicy {
        self.policy
    }

    /// A table made of cells of protected tables, each shown with the
    /// status it has there: `dimensions` are the new table's, `cells` its
    /// cells in row-major order, each a copy of a protected cell (or an
    /// empty cell, count 0, where `None`). Crate-private, so that only
    /// cells that went through [`protect`] are ever assembled.
    pub(crate) fn assemble(
        metadata: crate::TableMetadata,
        dimensions: Vec<crate::TableDimension>,
        cells: Vec<Option<(crate::Observation, Confidentiality)>>,
        policy: DisclosurePolicy,
    ) -> ProtectedTable {
        let sizes: Vec<usize> = dimensions.iter().map(|d| d.codes.len()).collect();
        let mut coords = vec![0u32; sizes.len()];
        let mut out = Vec::with_capacity(cells.len());
        let mut confidentiality = Vec::with_capacity(cells.len());
        // An empty cell: nobody, so zero for counts and sums, undefined
        // for rates and quantiles.
        let f = metadata.figure;
        let empty = (!f.is_quantile()
            && !matches!(
                f,
                crate::Figure::FillRate | crate::Figure::ReturnRate | crate::Figure::RehireRate
            ))
        .then_some(0.0);
        for cell in cells {
            let (observation, status) = cell.unwrap_or_else(|| {
                (
                    crate::Observation {
                        value: empty,
                        unweighted_count: 0,
                        uncertainty: Uncertainty::default(),
                        flags: Flags::default(),
                        concentration: None,
                    },
                    Confidentiality::Free,
                )
            });
            out.push(crate::Cell {
                coords: coords.clone(),
                observation,
            });
            confidentiality.push(status);
            for d in (0..sizes.len()).rev() {
                coords[d] += 1;
                if (coords[d] as usize) < sizes[d] {
                    break;
                }
                coords[d] = 0;
            }
        }
        ProtectedTable {
            table: StatTable {
                metadata,
                dimensions,
                cells: out,
            },
            confidentiality,
            policy,
            assembled: true,
        }
    }

    /// Number of cells withheld (primary, secondary).
    pub fn suppressed_counts(&self) -> (usize, usize) {
        let p = self
            .confidentiality
            .iter()
            .filter(|c| **c == Confidentiality::Primary)
            .count();
        let s = self
            .confidentiality
            .iter()
            .filter(|c| **c == Confidentiality::Secondary)
            .count();
        (p, s)
    }
}

/// Apply disclosure control to `table` under `policy`.
pub fn protect(table: StatTable, policy: DisclosurePolicy) -> ProtectedTable {
    let status = suppression_pattern(&table, policy);
    let mut table = table;
    for (cell, st) in table.cells.iter_mut().zip(&status) {
        cell.observation.concentration = None;
        if *st != Confidentiality::Free {
            let o = &mut cell.observation;
            o.value = None;
            o.unweighted_count = 0;
            o.uncertainty = Uncertainty::default();
            o.flags = Flags {
                suppressed: true,
                ..o.flags
            };
            o.flags.unreliable = false;
        }
    }
    ProtectedTable {
        table,
        confidentiality: status,
        policy,
        assembled: false,
    }
}

/// The suppression pattern `protect` would apply, without blanking the
/// cells: one status per cell of `table`.
pub fn suppression_pattern(table: &StatTable, policy: DisclosurePolicy) -> Vec<Confidentiality> {
    let figure = table.metadata.figure;
    let mut status: Vec<Confidentiality> = table
        .cells
        .iter()
        .map(|c| {
            if policy.is_sensitive(figure, &c.observation) {
                Confidentiality::Primary
            } else {
                Confidentiality::Free
            }
        })
        .collect();
    if status.iter().all(|s| *s == Confidentiality::Free) {
        return status;
    }
    let shape = Shape::of(table);
    let cost: Vec<f64> = table
        .cells
        .iter()
        .map(|c| {
            let n = c.observation.unweighted_count;
            if n == 0 {
                1e15
            } else {
                n as f64 + c.observation.value.map_or(0.0, |v| v.abs() * 1e-9)
            }
        })
        .collect();
    let totalable: Vec<usize> = (0..shape.sizes.len())
        .filter(|&d| shape.total[d].is_some())
        .collect();
    let mut work: Vec<usize> = (0..status.len())
        .filter(|&i| status[i] == Confidentiality::Primary)
        .collect();
    loop {
        match totalable.len() {
            0 => {}
            1 => while protect_lines(&shape, totalable[0], &cost, &mut status) {},
            2 => while protect_planes(&shape, totalable[0], totalable[1], &cost, &mut status) {},
            _ => protect_hypercubes(&shape, &totalable, &cost, &mut status, work),
        }
        // A line whose total is published gives away the sum of the cells
        // withheld in it: that sum must not be a small group either.
        work = small_withheld_sums(table, &shape, &totalable, &cost, policy, &mut status);
        if work.is_empty() {
            return status;
        }
    }
}

/// Lines (cells along one totalled dimension, with their total) whose
/// total is published and whose withheld cells add up to between 1 and
/// `min_unweighted_count − 1` records: the sum is worked out as the total
/// minus the published cells, so one more cell of the line (the cheapest;
/// the total when none is left) is withheld. Returns the cells added.
fn small_withheld_sums(
    table: &StatTable,
    shape: &Shape,
    totalable: &[usize],
    cost: &[f64],
    policy: DisclosurePolicy,
    status: &mut [Confidentiality],
) -> Vec<usize> {
    let count = |i: usize| table.cells[i].observation.unweighted_count;
    let mut added = Vec::new();
    for &d in totalable {
        let Some(t) = shape.total[d] else { continue };
        for base in shape.bases(&[d]) {
            let at = |k: usize| base + k * shape.strides[d];
            if is_suppressed(status[at(t)]) {
                continue;
            }
            loop {
                let withheld: u64 = (0..shape.sizes[d])
                    .filter(|&k| k != t && is_suppressed(status[at(k)]))
                    .map(|k| count(at(k)))
                    .sum();
                if withheld == 0 || withheld >= policy.min_unweighted_count {
                    break;
                }
                let next = (0..shape.sizes[d])
                    .filter(|&k| k != t && !is_suppressed(status[at(k)]) && count(at(k)) > 0)
                    .map(at)
                    .min_by(|&x, &y| cost[x].total_cmp(&cost[y]))
                    .unwrap_or(at(t));
                status[next] = Confidentiality::Secondary;
                added.push(next);
                if next == at(t) {
                    break;
                }
            }
        }
    }
    added
}

/// Candidate positions per dimension when searching hypercubes.
const HYPERCUBE_CANDIDATES: usize = 4;

/// n-way rule (n ≥ 3): every withheld cell is a corner of a fully withheld
/// hypercube (two positions on each totalled dimension). The signed
/// indicator of such a hypercube — on each dimension +1/−1 for two inner
/// positions, +1/+1 for an inner position and the total — satisfies every
/// line equation, so no corner is determined by the margins.
fn protect_hypercubes(
    shape: &Shape,
    dims: &[usize],
    cost: &[f64],
    status: &mut [Confidentiality],
    mut work: Vec<usize>,
) {
    while let Some(cell) = work.pop() {
        let own: Vec<usize> = dims
            .iter()
            .map(|&d| cell / shape.strides[d] % shape.sizes[d])
            .collect();
        // Candidate other positions per dimension: the cheapest neighbours
        // along that dimension, plus the total.
        let candidates: Vec<Vec<usize>> = dims
            .iter()
            .zip(&own)
            .map(|(&d, &p)| {
                let mut c: Vec<usize> = (0..shape.sizes[d]).filter(|&q| q != p).collect();
                let along = |q: usize| {
                    let i = cell - p * shape.strides[d] + q * shape.strides[d];
                    if is_suppressed(status[i]) {
                        0.0
                    } else {
                        cost[i]
                    }
                };
                c.sort_by(|&a, &b| along(a).total_cmp(&along(b)));
                c.truncate(HYPERCUBE_CANDIDATES);
                if let Some(t) = shape.total[d]
                    && t != p
                    && !c.contains(&t)
                {
                    c.push(t);
                }
                c
            })
            .collect();
        let mut best: Option<(f64, Vec<usize>)> = None;
        let mut choice = vec![0usize; dims.len()];
        loop {
            let other: Vec<usize> = choice.iter().zip(&candidates).map(|(&k, c)| c[k]).collect();
            let corners = hypercube(shape, dims, cell, &own, &other);
            let extra: f64 = corners
                .iter()
                .filter(|&&i| !is_suppressed(status[i]))
                .map(|&i| cost[i])
                .sum();
            if best.as_ref().is_none_or(|(b, _)| extra < *b) {
                best = Some((extra, corners));
            }
            // Next combination.
            let mut d = 0;
            while d < dims.len() {
                choice[d] += 1;
                if choice[d] < candidates[d].len() {
                    break;
                }
                choice[d] = 0;
                d += 1;
            }
            if d == dims.len() || candidates.iter().any(Vec::is_empty) {
                break;
            }
        }
        if let Some((_, corners)) = best {
            for i in corners {
                if !is_suppressed(status[i]) {
                    status[i] = Confidentiality::Secondary;
                }
            }
        }
    }
}

/// Indices of the 2^n corners of the hypercube through `cell` spanned by
/// positions `own[k]` and `other[k]` on `dims[k]`.
fn hypercube(
    shape: &Shape,
    dims: &[usize],
    cell: usize,
    own: &[usize],
    other: &[usize],
) -> Vec<usize> {
    let base = dims
        .iter()
        .zip(own)
        .fold(cell, |acc, (&d, &p)| acc - p * shape.strides[d]);
    (0..1usize << dims.len())
        .map(|mask| {
            dims.iter().enumerate().fold(base, |acc, (k, &d)| {
                let p = if mask & (1 << k) != 0 {
                    other[k]
                } else {
                    own[k]
                };
                acc + p * shape.strides[d]
            })
        })
        .collect()
}

/// Sizes, strides and total positions of a table's grid.
pub(crate) struct Shape {
    pub(crate) sizes: Vec<usize>,
    pub(crate) strides: Vec<usize>,
    pub(crate) total: Vec<Option<usize>>,
}

impl Shape {
    pub(crate) fn of(table: &StatTable) -> Shape {
        let sizes: Vec<usize> = table.dimensions.iter().map(|d| d.codes.len()).collect();
        let mut strides = vec![1; sizes.len()];
        for d in (0..sizes.len().saturating_sub(1)).rev() {
            strides[d] = strides[d + 1] * sizes[d + 1];
        }
        let total = table
            .dimensions
            .iter()
            .map(|d| d.total_index().map(|t| t as usize))
            .collect();
        Shape {
            sizes,
            strides,
            total,
        }
    }

    /// Every assignment of the dimensions other than `free`, as a base index.
    pub(crate) fn bases(&self, free: &[usize]) -> Vec<usize> {
        let mut bases = vec![0usize];
        for d in 0..self.sizes.len() {
            if free.contains(&d) {
                continue;
            }
            bases = bases
                .iter()
                .flat_map(|&b| (0..self.sizes[d]).map(move |k| b + k * self.strides[d]))
                .collect();
        }
        bases
    }
}

fn is_suppressed(s: Confidentiality) -> bool {
    s != Confidentiality::Free
}

/// One-way rule: no line holds exactly one withheld cell.
fn protect_lines(shape: &Shape, d: usize, cost: &[f64], status: &mut [Confidentiality]) -> bool {
    let mut changed = false;
    for base in shape.bases(&[d]) {
        let line: Vec<usize> = (0..shape.sizes[d])
            .map(|k| base + k * shape.strides[d])
            .collect();
        let n = line.iter().filter(|&&i| is_suppressed(status[i])).count();
        if n == 1 {
            let best = line
                .iter()
                .copied()
                .filter(|&i| !is_suppressed(status[i]))
                .min_by(|&x, &y| cost[x].total_cmp(&cost[y]));
            if let Some(i) = best {
                status[i] = Confidentiality::Secondary;
                changed = true;
            }
        }
    }
    changed
}

/// Two-way rule on every (a, b) slice: no withheld cell is a bridge.
fn protect_planes(
    shape: &Shape,
    a: usize,
    b: usize,
    cost: &[f64],
    status: &mut [Confidentiality],
) -> bool {
    let (rows, cols) = (shape.sizes[a], shape.sizes[b]);
    let mut changed = false;
    for base in shape.bases(&[a, b]) {
        let at = |r: usize, c: usize| base + r * shape.strides[a] + c * shape.strides[b];
        loop {
            let edges: Vec<(usize, usize)> = (0..rows)
                .flat_map(|r| (0..cols).map(move |c| (r, c)))
                .filter(|&(r, c)| is_suppressed(status[at(r, c)]))
                .collect();
            if edges.is_empty() {
                break;
            }
            let Some(&(r, c)) = bridges(rows, cols, &edges).first() else {
                break;
            };
            // Cheapest 4-cycle through (r, c).
            let mut best: Option<(f64, usize, usize)> = None;
            for r2 in (0..rows).filter(|&x| x != r) {
                for c2 in (0..cols).filter(|&x| x != c) {
                    let extra: f64 = [at(r, c2), at(r2, c2), at(r2, c)]
                        .iter()
                        .filter(|&&i| !is_suppressed(status[i]))
                        .map(|&i| cost[i])
                        .sum();
                    if best.is_none_or(|(bc, _, _)| extra < bc) {
                        best = Some((extra, r2, c2));
                    }
                }
            }
            let Some((_, r2, c2)) = best else {
                // A 1×n or n×1 slice cannot happen with totals present.
                break;
            };
            for i in [at(r, c2), at(r2, c2), at(r2, c)] {
                if !is_suppressed(status[i]) {
                    status[i] = Confidentiality::Secondary;
                }
            }
            changed = true;
        }
    }
    changed
}

/// Bridges of the bipartite graph rows × cols whose edges are `edges`.
fn bridges(rows: usize, cols: usize, edges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let n = rows + cols;
    let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (e, &(r, c)) in edges.iter().enumerate() {
        adj[r].push((rows + c, e));
        adj[rows + c].push((r, e));
    }
    let mut disc = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut time = 0;
    let mut out = Vec::new();
    for start in 0..n {
        if disc[start] != usize::MAX || adj[start].is_empty() {
            continue;
        }
        // Iterative DFS: (vertex, parent edge, next neighbour index).
        let mut stack: Vec<(usize, usize, usize)> = vec![(start, usize::MAX, 0)];
        disc[start] = time;
        low[start] = time;
        time += 1;
        while let Some(&mut (v, pe, ref mut next)) = stack.last_mut() {
            if *next < adj[v].len() {
                let (w, e) = adj[v][*next];
                *next += 1;
                if e == pe {
                    continue;
                }
                if disc[w] == usize::MAX {
                    disc[w] = time;
                    low[w] = time;
                    time += 1;
                    stack.push((w, e, 0));
                } else {
                    low[v] = low[v].min(disc[w]);
                }
            } else {
                stack.pop();
                if let Some(&(p, _, _)) = stack.last() {
                    low[p] = low[p].min(low[v]);
                    if low[v] > disc[p] {
                        out.push(edges[pe]);
                    }
                }
            }
        }
    }
    out
}

/// Exact check of a suppression pattern against the full linear system of
/// the table's margins: returns the indices of withheld cells that the
/// published cells and margins determine uniquely (an empty list means the
/// pattern holds). Works over the integers modulo a large prime (exact for
/// the 0/±1 systems of margins); cost grows with the cube of the number of
/// withheld cells, so use it on small tables (tests, audits).
pub fn linear_audit(table: &StatTable, status: &[Confidentiality]) -> Vec<usize> {
    let shape = Shape::of(table);
    let unknowns: Vec<usize> = (0..status.len())
        .filter(|&i| is_suppressed(status[i]))
        .collect();
    if unknowns.is_empty() {
        return Vec::new();
    }
    let mut column_of = vec![usize::MAX; status.len()];
    for (j, &i) in unknowns.iter().enumerate() {
        column_of[i] = j;
    }
    // One equation per line along each totalled dimension:
    // Σ cells − total = 0, restricted to the withheld cells.
    let mut rows: Vec<Vec<u64>> = Vec::new();
    for d in 0..shape.sizes.len() {
        let Some(t) = shape.total[d] else { continue };
        for base in shape.bases(&[d]) {
            let mut row = vec![0u64; unknowns.len()];
            let mut any = false;
            for k in 0..shape.sizes[d] {
                let i = base + k * shape.strides[d];
                if column_of[i] != usize::MAX {
                    row[column_of[i]] = if k == t { P - 1 } else { 1 };
                    any = true;
                }
            }
            if any {
                rows.push(row);
            }
        }
    }
    let pivots = rref(&mut rows, unknowns.len());
    let mut is_pivot = vec![false; unknowns.len()];
    for &(_, c) in &pivots {
        is_pivot[c] = true;
    }
    let mut determined = Vec::new();
    for &(r, c) in &pivots {
        let free_dependence = (0..unknowns.len()).any(|j| !is_pivot[j] && rows[r][j] != 0);
        if !free_dependence {
            determined.push(unknowns[c]);
        }
    }
    determined.sort_unstable();
    determined
}

const P: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % P as u128) as u64
}

fn inv(a: u64) -> u64 {
    // Fermat: a^(P-2).
    let (mut base, mut exp, mut acc) = (a, P - 2, 1u64);
    while exp > 0 {
        if exp & 1 == 1 {
            acc = mul(acc, base);
        }
        base = mul(base, base);
        exp >>= 1;
    }
    acc
}

/// Reduced row echelon form in place; returns (row, column) of pivots.
fn rref(rows: &mut [Vec<u64>], ncols: usize) -> Vec<(usize, usize)> {
    let mut pivots = Vec::new();
    let mut r = 0;
    for c in 0..ncols {
        let Some(p) = (r..rows.len()).find(|&i| rows[i][c] != 0) else {
            continue;
        };
        rows.swap(r, p);
        let f = inv(rows[r][c]);
        for x in rows[r].iter_mut() {
            *x = mul(*x, f);
        }
        let pivot_row = rows[r].clone();
        for (i, row) in rows.iter_mut().enumerate() {
            if i != r && row[c] != 0 {
                let k = row[c];
                for (x, &y) in row.iter_mut().zip(&pivot_row) {
                    *x = (*x + P - mul(k, y)) % P;
                }
            }
        }
        pivots.push((r, c));
        r += 1;
        if r == rows.len() {
            break;
        }
    }
    pivots
}

/// What an attacker recovers by repeated subtraction: while some line
/// (cells plus margin along one dimension) has exactly one withheld cell,
/// compute it from the others and treat it as known. Returns the withheld
/// cells so recovered. Used by tests to show the pattern holds.
pub fn recover_by_subtraction(table: &StatTable, status: &[Confidentiality]) -> Vec<usize> {
    let shape = Shape::of(table);
    let mut known: Vec<bool> = status.iter().map(|s| !is_suppressed(*s)).collect();
    let mut recovered = Vec::new();
    loop {
        let mut progress = false;
        for d in 0..shape.sizes.len() {
            if shape.total[d].is_none() {
                continue;
            }
            for base in shape.bases(&[d]) {
                let unknown: Vec<usize> = (0..shape.sizes[d])
                    .map(|k| base + k * shape.strides[d])
                    .filter(|&i| !known[i])
                    .collect();
                if unknown.len() == 1 {
                    known[unknown[0]] = true;
                    recovered.push(unknown[0]);
                    progress = true;
                }
            }
        }
        if !progress {
            break;
        }
    }
    recovered.sort_unstable();
    recovered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bridges_of_a_square_and_a_tail() {
        // 2x2 cycle on rows {0,1} × cols {0,1}, plus a tail edge (1,2).
        let edges = [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2)];
        assert_eq!(bridges(3, 3, &edges), vec![(1, 2)]);
        // Two squares joined by one edge: the joining edge is the bridge.
        let edges = [
            (0, 0),
            (0, 1),
            (1, 0),
            (1, 1),
            (2, 2),
            (2, 3),
            (3, 2),
            (3, 3),
            (1, 2),
        ];
        assert_eq!(bridges(4, 4, &edges), vec![(1, 2)]);
    }
}
