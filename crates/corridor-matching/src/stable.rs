//! Worker-proposing deferred acceptance with capacities (many-to-one), the
//! mechanism of the stable match round.
//!
//! Each worker proposes to the job orders on their list, best first; each job
//! order holds its best proposals up to its positions and rejects the rest.
//! With strict preferences (ties are broken before they reach this module)
//! the result is the worker-optimal stable matching (Gale and Shapley 1962;
//! Roth 1984 for capacities), whatever the order proposals are processed in.
//!
//! The market is abstract — job orders and workers are numbered `0..n` — so
//! that it can be checked against an independent implementation (the Python
//! `matching` package; see `fixtures/`).

/// A many-to-one market with strict preferences on both sides.
///
/// A worker's list is the job orders they accept, best first. A job order's
/// ranking of a worker is a `u64` key, **lower is better**, and must differ
/// between workers; a job order accepts exactly the workers that list it.
#[derive(Clone, Debug, Default)]
pub struct StableMarket {
    capacities: Vec<u32>,
    list_start: Vec<u32>,
    list_job: Vec<u32>,
    list_key: Vec<u64>,
}

impl StableMarket {
    /// A market with these job-order capacities and no workers yet.
    pub fn new(capacities: Vec<u32>) -> Self {
        Self {
            capacities,
            list_start: vec![0],
            list_job: Vec::new(),
            list_key: Vec::new(),
        }
    }

    /// A market from its lists in one piece: worker `w`'s list is
    /// `jobs[starts[w]..starts[w + 1]]` with the job orders' keys in `keys`.
    pub(crate) fn from_lists(
        capacities: Vec<u32>,
        starts: Vec<u32>,
        jobs: Vec<u32>,
        keys: Vec<u64>,
    ) -> Self {
        debug_assert!(starts.first() == Some(&0) && starts.last() == Some(&(jobs.len() as u32)));
        debug_assert!(jobs.len() == keys.len());
        debug_assert!(jobs.iter().all(|&j| (j as usize) < capacities.len()));
        Self {
            capacities,
            list_start: starts,
            list_job: jobs,
            list_key: keys,
        }
    }

    /// Reserves room for `entries` more list entries in total.
    pub fn reserve(&mut self, workers: usize, entries: usize) {
        self.list_start.reserve(workers);
        self.list_job.reserve(entries);
        self.list_key.reserve(entries);
    }

    /// Adds a worker with their list: (job order, the job order's key for
    /// this worker), best job order first. Returns the worker's number.
    pub fn add_worker(&mut self, list: impl IntoIterator<Item = (u32, u64)>) -> u32 {
        for (job, key) in list {
            debug_assert!((job as usize) < self.capacities.len());
            self.list_job.push(job);
            self.list_key.push(key);
        }
        self.list_start.push(self.list_job.len() as u32);
        (self.list_start.len() - 2) as u32
    }

    /// Number of workers.
    pub fn worker_count(&self) -> usize {
        self.list_start.len() - 1
    }

    /// Number of job orders.
    pub fn job_count(&self) -> usize {
        self.capacities.len()
    }

    /// Positions of a job order.
    pub fn capacity(&self, job: u32) -> u32 {
        self.capacities[job as usize]
    }

    /// A worker's list, best first, with the job orders' keys.
    pub fn list(&self, worker: u32) -> impl Iterator<Item = (u32, u64)> + '_ {
        let (a, b) = (
            self.list_start[worker as usize] as usize,
            self.list_start[worker as usize + 1] as usize,
        );
        self.list_job[a..b]
            .iter()
            .copied()
            .zip(self.list_key[a..b].iter().copied())
    }

    /// Runs deferred acceptance; returns each worker's job order, if any.
    pub fn solve(&self) -> Vec<Option<u32>> {
        let workers = self.worker_count();
        let mut next: Vec<u32> = self.list_start[..workers].to_vec();
        // Each job order's held proposals, worst (largest key) on top: a
        // binary heap in the job order's own stretch of one array (its
        // positions), so that a proposal reads one place in memory.
        let mut offset = Vec::with_capacity(self.capacities.len() + 1);
        offset.push(0usize);
        for &c in &self.capacities {
            offset.push(offset.last().copied().unwrap_or(0) + c as usize);
        }
        let mut slots: Vec<(u64, u32)> = vec![(0, 0); offset[self.capacities.len()]];
        let mut held_count = vec![0u32; self.capacities.len()];
        let mut free: Vec<u32> = (0..workers as u32).rev().collect();
        while let Some(w) = free.pop() {
            let mut w = w;
            // Keep proposing with the same (or the displaced) worker until
            // someone is left without a hold.
            loop {
                let at = next[w as usize];
                if at == self.list_start[w as usize + 1] {
                    break;
                }
                next[w as usize] = at + 1;
                let job = self.list_job[at as usize] as usize;
                let key = self.list_key[at as usize];
                let heap = &mut slots[offset[job]..offset[job + 1]];
                let len = held_count[job] as usize;
                if len < heap.len() {
                    heap_push(heap, len, (key, w));
                    held_count[job] += 1;
                    break;
                }
                if let Some(&(worst, displaced)) = heap.first()
                    && worst > key
                {
                    heap[0] = (key, w);
                    sift_down(heap, 0);
                    w = displaced;
                }
            }
        }
        let mut assignment = vec![None; workers];
        for job in 0..self.capacities.len() {
            let len = held_count[job] as usize;
            for &(_, w) in &slots[offset[job]..offset[job] + len] {
                assignment[w as usize] = Some(job as u32);
            }
        }
        assignment
    }
}

/// Adds an item to the max-heap `heap[..len]` (room at `heap[len]`).
fn heap_push(heap: &mut [(u64, u32)], len: usize, item: (u64, u32)) {
    let mut i = len;
    heap[i] = item;
    while i > 0 {
        let parent = (i - 1) / 2;
        if heap[parent] >= heap[i] {
            break;
        }
        heap.swap(parent, i);
        i = parent;
    }
}

/// Restores the max-heap order of the full `heap` below `i`.
fn sift_down(heap: &mut [(u64, u32)], mut i: usize) {
    let len = heap.len();
    loop {
        let (l, r) = (2 * i + 1, 2 * i + 2);
        let mut largest = i;
        if l < len && heap[l] > heap[largest] {
            largest = l;
        }
        if r < len && heap[r] > heap[largest] {
            largest = r;
        }
        if largest == i {
            return;
        }
        heap.swap(i, largest);
        i = largest;
    }
}

/// Every blocking pair of an assignment, by brute force: a worker and a job
/// order on their list that they prefer to their assignment, where the job
/// order has a free position or holds someone it ranks below the worker.
/// Empty means the assignment is stable. For tests.
pub fn blocking_pairs(market: &StableMarket, assignment: &[Option<u32>]) -> Vec<(u32, u32)> {
    let jobs = market.job_count();
    let mut worst_held: Vec<Option<u64>> = vec![None; jobs];
    let mut filled = vec![0u32; jobs];
    for (w, a) in assignment.iter().enumerate() {
        if let Some(j) = *a {
            filled[j as usize] += 1;
            let key = market
                .list(w as u32)
                .find(|&(job, _)| job == j)
                .map(|(_, k)| k)
                .expect("assigned to a listed job order");
            let slot = &mut worst_held[j as usize];
            *slot = Some(slot.map_or(key, |k| k.max(key)));
        }
    }
    let mut pairs = Vec::new();
    for w in 0..market.worker_count() as u32 {
        for (job, key) in market.list(w) {
            if assignment[w as usize] == Some(job) {
                break; // everything after is worse for w
            }
            let free = filled[job as usize] < market.capacity(job);
            if free || worst_held[job as usize].is_some_and(|worst| worst > key) {
                pairs.push((w, job));
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textbook_market_gives_the_worker_optimal_matching() {
        // Two workers, two job orders of one position. Workers: w0: j0 > j1,
        // w1: j1 > j0. Job orders: j0 prefers w1, j1 prefers w0. Two stable
        // matchings; the worker-optimal one gives each their first choice.
        let mut m = StableMarket::new(vec![1, 1]);
        m.add_worker([(0, 2), (1, 1)]);
        m.add_worker([(1, 2), (0, 1)]);
        let a = m.solve();
        assert_eq!(a, vec![Some(0), Some(1)]);
        assert!(blocking_pairs(&m, &a).is_empty());
        // The job-optimal one is also stable but worse for workers.
        assert!(blocking_pairs(&m, &[Some(1), Some(0)]).is_empty());
        // An unstable one is caught.
        assert_eq!(blocking_pairs(&m, &[None, Some(1)]), vec![(0, 0), (0, 1)]);
    }

    #[test]
    fn capacities_are_held() {
        let mut m = StableMarket::new(vec![2]);
        for w in 0..5u32 {
            m.add_worker([(0, u64::from(10 - w))]);
        }
        let a = m.solve();
        assert_eq!(a.iter().filter(|x| x.is_some()).count(), 2);
        assert_eq!(a[3], Some(0));
        assert_eq!(a[4], Some(0));
    }
}
