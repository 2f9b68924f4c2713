//! Prints a shortlist with explanations and the summaries of a stable and an
//! optimal round on a small generated market:
//!
//! ```text
//! cargo run -p corridor-matching --example round_summary
//! ```

use corridor_matching::generator::{self, MarketSpec};
use corridor_matching::{Mechanism, RoundOptions, run_round};

fn main() {
    let index = generator::generate(&MarketSpec::small(7)).into_index();
    let job = index.job_orders().next().expect("a job order");
    println!(
        "Shortlist for job order {} ({}):",
        job.id.0,
        index.vocabulary().occupation_label(job.occupation)
    );
    for c in index.shortlist(job.id, 3).expect("job order held") {
        println!("  worker {:>4}  {:>4} points", c.worker.0, c.score.total);
        for line in &c.explanation {
            println!("      {line}");
        }
    }
    for programme in index.programmes() {
        for mechanism in [Mechanism::Stable, Mechanism::Optimal] {
            let outcome = run_round(&index, programme.id, mechanism, &RoundOptions::default())
                .expect("round");
            println!("\n{}", outcome.summary);
        }
    }
}
