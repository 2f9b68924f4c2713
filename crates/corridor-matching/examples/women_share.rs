//! Times an optimal round under a minimum share of women (the
//! Ghana/Senegal → Italy preset, 40%) on a generated market:
//!
//! ```text
//! cargo run --release -p corridor-matching --example women_share -- 20000
//! ```

use std::time::Instant;

use corridor_matching::generator::{self, Corridor, MarketSpec};
use corridor_matching::{Mechanism, ProgrammeId, RoundOptions, run_round};

fn main() {
    let workers: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5_000);
    let spec = MarketSpec {
        seed: 3,
        workers,
        job_orders: workers / 10,
        corridors: vec![Corridor::GhanaItaly],
        preferences_per_worker: 0,
        max_positions: 4,
        quotas: true,
    };
    let mut index = generator::generate(&spec).into_index();
    if std::env::args().nth(3).is_some_and(|a| a == "no-share") {
        let mut p = index.programme(ProgrammeId(0)).expect("programme").clone();
        p.min_women_share_permille = None;
        index.upsert_programme(p);
    }
    let t = Instant::now();
    let mut options = RoundOptions::default();
    if let Some(nodes) = std::env::args().nth(2).and_then(|a| a.parse().ok()) {
        options.optimal.node_limit = nodes;
    }
    let outcome = run_round(&index, ProgrammeId(0), Mechanism::Optimal, &options).expect("round");
    println!(
        "optimal round with a women's share: {:.2} s",
        t.elapsed().as_secs_f64()
    );
    println!("{:?}", outcome.optimality);
    println!("{}", outcome.summary);
}
