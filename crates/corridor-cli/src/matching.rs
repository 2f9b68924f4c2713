//! `corridor match`: runs a match round over a programme's open job orders
//! and available workers and prints its summary — filled and unfilled
//! positions with reasons, by sex and by origin. With `--save` the round
//! is stored as proposed, for an official to review and confirm.

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};
use corridor_domain::ids::ProgrammeId;
use corridor_matching::Mechanism;
use corridor_store::{Actor, Page};

/// The mechanism, on the command line.
#[derive(Clone, Copy, ValueEnum)]
pub enum MechanismArg {
    /// Worker-proposing deferred acceptance.
    Stable,
    /// Maximum total score under quotas and the women's share.
    Optimal,
}

/// Arguments of `corridor match`.
#[derive(Args)]
pub struct MatchArgs {
    /// Database URL.
    #[arg(long, env = "CORRIDOR_DATABASE_URL", default_value = crate::DEFAULT_DEMO_DATABASE_URL)]
    database_url: String,
    /// The programme (every programme when absent).
    #[arg(long)]
    programme: Option<i64>,
    /// The mechanism.
    #[arg(long, value_enum, default_value = "optimal")]
    mechanism: MechanismArg,
    /// Day the round runs on (quota periods), default today.
    #[arg(long)]
    as_of: Option<chrono::NaiveDate>,
    /// Store each round as proposed, for review in the API.
    #[arg(long)]
    save: bool,
}

/// Runs `corridor match`.
pub async fn run(args: MatchArgs) -> Result<()> {
    let store = crate::open_store(&args.database_url).await?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let started = std::time::Instant::now();
    let index = corridor_server::matching::load_index(&store, as_of).await?;
    eprintln!(
        "Index: {} workers available, {} open job orders (loaded in {:.1} s)",
        index.worker_count(),
        index.job_order_count(),
        started.elapsed().as_secs_f64()
    );
    let programmes = match args.programme {
        Some(id) => vec![store.programme(ProgrammeId(id)).await?],
        None => store.programmes(None, None, Page::all()).await?.items,
    };
    if programmes.is_empty() {
        bail!("there is no programme in this database");
    }
    let (mechanism, name) = match args.mechanism {
        MechanismArg::Stable => (Mechanism::Stable, "stable"),
        MechanismArg::Optimal => (Mechanism::Optimal, "optimal"),
    };
    for p in programmes {
        let result = corridor_server::matching::run_round(&index, p.id, mechanism)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        println!("{} ({})", p.spec.name, p.corridor());
        print!("{}", result.summary);
        for u in result.unfilled.iter().take(10) {
            println!(
                "    job order {:>5}: {} position(s) open — {}",
                u.job_order_id, u.positions, u.reason
            );
        }
        if result.unfilled.len() > 10 {
            println!(
                "    … and {} more job orders with open positions",
                result.unfilled.len() - 10
            );
        }
        if args.save {
            let value = serde_json::to_value(&result)?;
            let round = store
                .insert_match_round(&Actor::system(), p.id, name, &value)
                .await?;
            println!(
                "  saved as match round {} (proposed): review it at /api/v1/match-rounds/{}",
                round.id, round.id
            );
        }
        println!();
    }
    Ok(())
}
