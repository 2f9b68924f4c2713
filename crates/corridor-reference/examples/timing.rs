//! Prints how long each table takes to load, in wall-clock and CPU time:
//! `cargo run -p corridor-reference --example timing`.
use std::time::Instant;

/// CPU time of this thread in nanoseconds (Linux), to measure on a busy machine.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn step(name: &str, f: impl FnOnce()) {
    let (t, c) = (Instant::now(), cpu_ns());
    f();
    let cpu = (cpu_ns() - c) as f64 / 1e6;
    println!("{name:<18} wall {:>8.1?}  cpu {cpu:>7.1} ms", t.elapsed());
}

fn main() {
    let (t, c) = (Instant::now(), cpu_ns());
    step("isco groups", || {
        let _ = corridor_reference::isco_groups();
    });
    step("occupations", || {
        let _ = corridor_reference::occupation("");
    });
    step("skills", || {
        let _ = corridor_reference::skills();
    });
    step("occupation index", || {
        let _ = corridor_reference::search_occupations("x", 1);
    });
    step("skill index", || {
        let _ = corridor_reference::search_skills("x", 1);
    });
    step("countries", || {
        let _ = corridor_reference::country("x");
    });
    step("languages", || {
        let _ = corridor_reference::language("x");
    });
    step("currencies", || {
        let _ = corridor_reference::currencies();
    });
    step("who list", || {
        let _ = corridor_reference::who_safeguard_list();
    });
    let cpu = (cpu_ns() - c) as f64 / 1e6;
    println!(
        "{:<18} wall {:>8.1?}  cpu {cpu:>7.1} ms",
        "total",
        t.elapsed()
    );
}
