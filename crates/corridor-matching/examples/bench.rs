//! Release benchmarks of the matching engine on generated markets (see
//! `bench/run.sh` and `BENCHMARKS.md`). Prints `key=value` lines.
//!
//! ```text
//! cargo run --release -p corridor-matching --example bench -- shortlist --workers 1000000 --jobs 100000
//! cargo run --release -p corridor-matching --example bench -- stable --workers 1000000 --jobs 100000 --prefs 20
//! cargo run --release -p corridor-matching --example bench -- optimal --workers 200000 --jobs 20000 --edges 50 --export net.bin
//! cargo run --release -p corridor-matching --example bench -- matching-market --workers 5000 --jobs 500 --export market.json
//! ```

use std::io::Write;
use std::time::{Duration, Instant};

use corridor_matching::generator::{self, MarketSpec};
use corridor_matching::optimal::{self, OptimalOptions};
use corridor_matching::round::{self, Mechanism, RoundOptions};
use corridor_matching::*;
use rand::{Rng, SeedableRng};

struct Args {
    command: String,
    workers: usize,
    jobs: usize,
    k: usize,
    queries: usize,
    prefs: usize,
    edges: usize,
    seed: u64,
    export: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        command: String::new(),
        workers: 1_000_000,
        jobs: 100_000,
        k: 50,
        queries: 2_000,
        prefs: 20,
        edges: 50,
        seed: 42,
        export: None,
    };
    let mut it = std::env::args().skip(1);
    a.command = it.next().unwrap_or_default();
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--workers" => a.workers = value.parse().expect("number"),
            "--jobs" => a.jobs = value.parse().expect("number"),
            "--k" => a.k = value.parse().expect("number"),
            "--queries" => a.queries = value.parse().expect("number"),
            "--prefs" => a.prefs = value.parse().expect("number"),
            "--edges" => a.edges = value.parse().expect("number"),
            "--seed" => a.seed = value.parse().expect("number"),
            "--export" => a.export = Some(value),
            other => panic!("unknown flag {other}"),
        }
    }
    a
}

/// Resident memory of this process in MiB, and its peak (Linux).
fn memory_mib() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// CPU seconds (user + system) this process has used so far (Linux).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which ends with ')'.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn build(spec: &MarketSpec) -> MatchIndex {
    let t = Instant::now();
    let market = generator::generate(spec);
    println!("generate_s={:.2}", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let index = market.into_index();
    println!("index_build_s={:.2}", t.elapsed().as_secs_f64());
    index
}

fn shortlist(a: &Args) {
    let (before, _) = memory_mib();
    let index = build(&MarketSpec::national(a.workers, a.jobs, a.seed));
    let (after, _) = memory_mib();
    println!(
        "workers={} job_orders={}",
        index.worker_count(),
        index.job_order_count()
    );
    println!("index_rss_mib={:.0}", after - before);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(a.seed);
    let jobs: Vec<JobOrderId> = index.job_orders().map(|j| j.id).collect();
    let mut times = Vec::with_capacity(a.queries);
    let mut returned = 0usize;
    for _ in 0..a.queries {
        let job = jobs[rng.gen_range(0..jobs.len())];
        let t = Instant::now();
        let list = index.shortlist(job, a.k).expect("job exists");
        times.push(ms(t.elapsed()));
        returned += list.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "shortlist_k={} queries={} mean_returned={:.1}",
        a.k,
        a.queries,
        returned as f64 / a.queries as f64
    );
    println!(
        "shortlist_ms_p50={:.3} shortlist_ms_p99={:.3} shortlist_ms_max={:.3}",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        percentile(&times, 1.0)
    );
    // Recommendations for workers.
    let mut times = Vec::with_capacity(a.queries);
    for _ in 0..a.queries {
        let w = WorkerId(rng.gen_range(0..a.workers as u32));
        let t = Instant::now();
        let _ = index.recommendations(w, 20).expect("worker exists");
        times.push(ms(t.elapsed()));
    }
    times.sort_by(f64::total_cmp);
    println!(
        "recommendations20_ms_p50={:.3} recommendations20_ms_p99={:.3}",
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );
    // Updates: replace profiles.
    let mut index = index;
    let mut times = Vec::with_capacity(a.queries);
    for _ in 0..a.queries {
        let w = WorkerId(rng.gen_range(0..a.workers as u32));
        let mut profile = index.worker(w).expect("worker").clone();
        profile.languages.reverse();
        let t = Instant::now();
        index.upsert_worker(profile);
        times.push(ms(t.elapsed()) * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "upsert_worker_us_p50={:.1} upsert_worker_us_p99={:.1}",
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );
    let (_, peak) = memory_mib();
    println!("peak_rss_mib={peak:.0}");
}

fn stable(a: &Args) {
    let mut spec = MarketSpec::national(a.workers, a.jobs, a.seed);
    spec.preferences_per_worker = a.prefs;
    let index = build(&spec);
    let programme = ProgrammeId(0);
    let options = RoundOptions {
        candidates_per_worker: Some(a.prefs),
        ..RoundOptions::default()
    };
    let t = Instant::now();
    let cpu = cpu_seconds();
    let outcome = run_round(&index, programme, Mechanism::Stable, &options).expect("round");
    let total = t.elapsed();
    println!("stable_round_cpu_s={:.2}", cpu_seconds() - cpu);
    let listed: usize = index.workers().map(|w| w.preferred_job_orders.len()).sum();
    println!(
        "workers={} job_orders={}",
        index.worker_count(),
        index.job_order_count()
    );
    println!(
        "stated_preferences_per_worker={:.1}",
        listed as f64 / a.workers as f64
    );
    println!(
        "stable_round_s={:.2} market_s={:.2} deferred_acceptance_s={:.2}",
        total.as_secs_f64(),
        outcome.timings.market.as_secs_f64(),
        outcome.timings.solve.as_secs_f64()
    );
    println!(
        "placements={} positions={}",
        outcome.placements.len(),
        outcome.summary.positions
    );
    let (_, peak) = memory_mib();
    println!("peak_rss_mib={peak:.0}");
}

fn optimal_round(a: &Args) {
    let mut spec = MarketSpec::national(a.workers, a.jobs, a.seed);
    spec.quotas = true;
    let index = build(&spec);
    let programme = index.programme(ProgrammeId(0)).expect("programme");
    println!("quotas={:?}", programme.quotas);
    let options = RoundOptions {
        candidates_per_worker: Some(a.edges),
        optimal: OptimalOptions::default(),
    };
    let t = Instant::now();
    let cpu = cpu_seconds();
    let problem = round::optimal_problem(&index, ProgrammeId(0), &options).expect("problem");
    println!("candidate_edges_cpu_s={:.2}", cpu_seconds() - cpu);
    println!(
        "candidate_edges_s={:.2} edges={} workers={} job_orders={}",
        t.elapsed().as_secs_f64(),
        problem.edges.len(),
        problem.workers.len(),
        problem.jobs.len()
    );
    let t = Instant::now();
    let cpu = cpu_seconds();
    let answer = optimal::solve(&problem, &OptimalOptions::default());
    println!("optimal_solve_cpu_s={:.2}", cpu_seconds() - cpu);
    println!(
        "optimal_solve_s={:.2} objective={} placements={} proven={}",
        t.elapsed().as_secs_f64(),
        answer.total_score,
        answer.edges.len(),
        answer.proven_optimal
    );
    if let Some(path) = &a.export {
        let (net, _) = optimal::flow_network(&problem);
        let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create export"));
        let header = [
            i64::from(net.node_count()),
            net.arc_count() as i64,
            answer.total_score as i64,
        ];
        for v in header {
            out.write_all(&v.to_le_bytes()).expect("write");
        }
        let arcs: Vec<(u32, u32, i32, i64)> = net.arcs().collect();
        for &(t, _, _, _) in &arcs {
            out.write_all(&(t as i32).to_le_bytes()).expect("write");
        }
        for &(_, h, _, _) in &arcs {
            out.write_all(&(h as i32).to_le_bytes()).expect("write");
        }
        for &(_, _, c, _) in &arcs {
            out.write_all(&i64::from(c).to_le_bytes()).expect("write");
        }
        for &(_, _, _, k) in &arcs {
            out.write_all(&k.to_le_bytes()).expect("write");
        }
        println!(
            "exported_nodes={} exported_arcs={}",
            net.node_count(),
            net.arc_count()
        );
    }
    let (_, peak) = memory_mib();
    println!("peak_rss_mib={peak:.0}");
}

fn matching_market(a: &Args) {
    let mut spec = MarketSpec::national(a.workers, a.jobs, a.seed);
    spec.preferences_per_worker = a.prefs;
    let index = build(&spec);
    let options = RoundOptions {
        candidates_per_worker: Some(a.prefs),
        ..RoundOptions::default()
    };
    let market = round::stable_problem(&index, ProgrammeId(0), &options).expect("market");
    let mut times = Vec::new();
    let mut assignment = Vec::new();
    for _ in 0..21 {
        let t = Instant::now();
        assignment = market.solve();
        times.push(ms(t.elapsed()));
    }
    times.sort_by(f64::total_cmp);
    println!(
        "workers={} job_orders={} deferred_acceptance_ms_median={:.3}",
        market.worker_count(),
        market.job_count(),
        percentile(&times, 0.5)
    );
    if let Some(path) = &a.export {
        let lists: Vec<String> = (0..market.worker_count() as u32)
            .map(|w| {
                let entries: Vec<String> =
                    market.list(w).map(|(j, k)| format!("[{j},{k}]")).collect();
                format!("[{}]", entries.join(","))
            })
            .collect();
        let caps: Vec<String> = (0..market.job_count() as u32)
            .map(|j| market.capacity(j).to_string())
            .collect();
        let assigned: Vec<String> = assignment
            .iter()
            .map(|a| a.map_or("-1".to_string(), |j| j.to_string()))
            .collect();
        let json = format!(
            "{{\"capacities\":[{}],\"lists\":[{}],\"assignment\":[{}],\"rust_ms\":{:.3}}}",
            caps.join(","),
            lists.join(","),
            assigned.join(","),
            percentile(&times, 0.5)
        );
        std::fs::write(path, json).expect("write export");
    }
}

fn main() {
    let a = args();
    match a.command.as_str() {
        "shortlist" => shortlist(&a),
        "stable" => stable(&a),
        "optimal" => optimal_round(&a),
        "matching-market" => matching_market(&a),
        _ => {
            eprintln!(
                "usage: bench <shortlist|stable|optimal|matching-market> [--workers N] [--jobs N] ..."
            );
            std::process::exit(2);
        }
    }
}
