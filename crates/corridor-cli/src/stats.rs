//! `corridor stats`: the evidence base from the command line.
//!
//! - `corridor stats admin <figure>`: a figure from Corridor's own records
//!   (the database), e.g. `corridor stats admin stock-abroad --date
//!   2026-11-01 --cross corridor,sex --format sdmx`.
//! - `corridor stats microdata <file>`: a figure from a census or survey
//!   person file, CSV or Parquet, through a mapping (`--mapping acs`,
//!   `ipums` or a JSON file), e.g. `corridor stats microdata
//!   psam_p06.csv --mapping acs --figure foreign-born --cross sex,age`.
//! - `corridor stats figures`: what can be asked for.
//! - `corridor stats bench-db`: a database of synthetic placements, for the
//!   benchmarks only.
//!
//! Every table is protected (threshold rule with secondary suppression)
//! unless `--unprotected` is given, for trusted internal use.

use anyhow::{Context, Result, bail};
use chrono::{Datelike, Duration, NaiveDate};
use clap::{Args, Subcommand, ValueEnum};
use corridor_domain::codes::{CountryCode, OccupationUri, Sex};
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{EmployerId, JobOrderId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::placement::{EndReason, PlacementStatus};
use corridor_domain::programme::ProgrammeSpec;
use corridor_domain::worker::{ConsentPurpose, WorkerOccupation, WorkerProfileSpec};
use corridor_server::evidence::{
    ADMIN_FIGURES, DIMENSIONS, ReadProgress, admin_figure, figure_slug, parse_cross,
    unprotected_admin_tables,
};
use corridor_stats::{
    DisclosurePolicy, Figure, FileFormat, Mapping, ProtectedTable, ReadOptions, Reference,
    StatTable, TableRequest,
};
use corridor_store::{Actor, BulkPlacement, Store};
use indicatif::{ProgressBar, ProgressStyle};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `corridor stats`.
#[derive(Args)]
pub struct StatsArgs {
    #[command(subcommand)]
    command: StatsCommand,
}

#[derive(Subcommand)]
enum StatsCommand {
    /// List the figures and the dimensions each can be crossed by.
    Figures,
    /// A figure from Corridor's own records: placements, job orders,
    /// registered workers, the fee ledger.
    Admin(AdminArgs),
    /// A figure from a census or survey person file (CSV or Parquet).
    Microdata(MicrodataArgs),
    /// Write a database of synthetic placements in one transaction (for the
    /// benchmarks; not a demo: no accounts, no fee ledger).
    BenchDb(BenchDbArgs),
}

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutFormat {
    /// CSV, one row per cell (margins included), with every attribute.
    Csv,
    /// JSON: metadata, disclosure summary, dimensions, observations.
    Json,
    /// SDMX-CSV 2.0.
    Sdmx,
}

#[derive(Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: OutFormat,
    /// Disclosure threshold: the smallest unweighted count a published cell
    /// may rest on (at least 3; public tables use 10).
    #[arg(long, default_value_t = 10)]
    min_count: u64,
    /// Write the table WITHOUT disclosure control. For trusted internal use
    /// only (an official's analysis inside the operational system): the
    /// output can identify people and must never be published or given to
    /// researchers. Not available with --format sdmx, which is for
    /// dissemination.
    #[arg(long)]
    unprotected: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    out: Option<PathBuf>,
}

#[derive(Args)]
struct ReferenceArgs {
    /// Reference date (YYYY-MM-DD), for figures at a point in time.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    date: Option<NaiveDate>,
    /// First day of the reference period (YYYY-MM-DD).
    #[arg(long)]
    from: Option<NaiveDate>,
    /// Last day of the reference period (YYYY-MM-DD).
    #[arg(long)]
    to: Option<NaiveDate>,
    /// Dimensions to cross by, comma-separated (see `corridor stats figures`).
    #[arg(long, default_value = "")]
    cross: String,
}

#[derive(Args)]
struct AdminArgs {
    /// The figure: stock-abroad, departures, returns, early-endings, demand,
    /// supply, gap, fill-rate, days-to-departure-median,
    /// days-to-departure-p90, fee-violations,
    /// fee-violation-amount-paid-by-workers, return-rate, rehire-rate.
    figure: String,
    /// Database URL.
    #[arg(long, env = "CORRIDOR_DATABASE_URL", default_value = crate::DEFAULT_DATABASE_URL)]
    database_url: String,
    #[command(flatten)]
    reference: ReferenceArgs,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Args)]
struct MicrodataArgs {
    /// The person file: CSV with a header row, or Parquet (.parquet, .pq).
    file: PathBuf,
    /// Column mapping: `acs` (US ACS PUMS person file), `ipums` (IPUMS
    /// International; needs --home-country) or a mapping JSON file.
    #[arg(long)]
    mapping: String,
    /// Reference year of a preset mapping (recent arrivals count back
    /// from it).
    #[arg(long, default_value_t = 2023)]
    year: i32,
    /// IPUMS International `BPLCOUNTRY` code of the sample's own country
    /// (people born there are native), e.g. 22010 for Mexico.
    #[arg(long)]
    home_country: Option<i64>,
    /// The figure: foreign-born, foreign-citizen, arrivals-1y, arrivals-5y,
    /// resided-abroad-1y, resided-abroad-5y.
    #[arg(long, default_value = "foreign-born")]
    figure: String,
    /// Reading threads (default: every core).
    #[arg(long)]
    threads: Option<usize>,
    #[command(flatten)]
    reference: ReferenceArgs,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Args)]
struct BenchDbArgs {
    /// Database URL (a new SQLite file is best).
    #[arg(long)]
    database_url: String,
    /// Number of placements.
    #[arg(long, default_value_t = 1_000_000)]
    placements: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Day the records run up to.
    #[arg(long, default_value = "2026-11-01")]
    as_of: NaiveDate,
}

/// Runs `corridor stats`.
pub async fn run(args: StatsArgs) -> Result<()> {
    let stdout = std::io::stdout();
    match args.command {
        StatsCommand::Figures => {
            print_figures(&mut stdout.lock())?;
            Ok(())
        }
        StatsCommand::Admin(a) => {
            let store = crate::open_store(&a.database_url).await?;
            let table = admin(&store, &a, today()).await?;
            write_output(&a.output, table)
        }
        StatsCommand::Microdata(m) => {
            let table = microdata(&m)?;
            write_output(&m.output, table)
        }
        StatsCommand::BenchDb(b) => bench_db(&b).await,
    }
}

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn print_figures(out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "From Corridor's records (corridor stats admin <figure>):"
    )?;
    for f in ADMIN_FIGURES {
        figure_line(out, f)?;
    }
    writeln!(
        out,
        "From census or survey microdata (corridor stats microdata <file> --figure <figure>):"
    )?;
    for f in MICRODATA_FIGURES {
        figure_line(out, f)?;
    }
    Ok(())
}

fn figure_line(out: &mut dyn Write, f: Figure) -> Result<()> {
    let dims: Vec<&str> = DIMENSIONS
        .iter()
        .filter(|(_, d)| corridor_stats::dimension_applies(f, *d))
        .map(|(n, _)| *n)
        .collect();
    writeln!(
        out,
        "  {:<38} {:<7} cross: {}",
        figure_slug(f),
        if f.is_point_in_time() {
            "date"
        } else {
            "period"
        },
        dims.join(",")
    )?;
    Ok(())
}

const MICRODATA_FIGURES: [Figure; 6] = [
    Figure::ForeignBornStock,
    Figure::ForeignCitizenStock,
    Figure::RecentArrivals { within_years: 1 },
    Figure::RecentArrivals { within_years: 5 },
    Figure::ResidedAbroad { years_ago: 1 },
    Figure::ResidedAbroad { years_ago: 5 },
];

/// The reference a command line names, else `default`.
fn reference(r: &ReferenceArgs, default: Reference) -> Result<Reference> {
    Ok(match (r.date, r.from, r.to) {
        (Some(date), _, _) => Reference::Date { date },
        (None, None, None) => default,
        (None, Some(start), Some(end)) => {
            if end < start {
                bail!("--to is before --from");
            }
            Reference::Period { start, end }
        }
        (None, Some(start), None) => Reference::Period {
            start,
            end: today(),
        },
        (None, None, Some(end)) => Reference::Period {
            start: end
                .checked_sub_months(chrono::Months::new(12))
                .and_then(|d| d.succ_opt())
                .unwrap_or(end),
            end,
        },
    })
}

fn progress_bar() -> ProgressBar {
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb
}

/// Computes an administrative table, unprotected (the caller protects it).
async fn admin(store: &Store, a: &AdminArgs, today: NaiveDate) -> Result<StatTable> {
    let Some(figure) = admin_figure(&a.figure) else {
        let names: Vec<&str> = ADMIN_FIGURES.iter().map(|f| figure_slug(*f)).collect();
        bail!(
            "unknown figure '{}'; use one of {}",
            a.figure,
            names.join(", ")
        );
    };
    let cross = parse_cross(&a.reference.cross).map_err(anyhow::Error::msg)?;
    let has_period = cross
        .iter()
        .any(|d| matches!(d, corridor_stats::Dimension::Period(_)));
    let default = match corridor_server::evidence::default_reference(figure, today) {
        Reference::Date { date } if has_period => Reference::Period {
            start: date
                .checked_sub_months(chrono::Months::new(12))
                .and_then(|d| d.succ_opt())
                .unwrap_or(date),
            end: date,
        },
        other => other,
    };
    let request = TableRequest {
        figure,
        reference: reference(&a.reference, default)?,
        cross,
    };
    let pb = progress_bar();
    pb.set_message("placements");
    let tables = unprotected_admin_tables(
        store,
        std::slice::from_ref(&request),
        today,
        |p: ReadProgress| {
            pb.set_length(p.of);
            pb.set_position(p.done);
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    pb.finish_and_clear();
    tables.into_iter().next().context("no table computed")
}

fn microdata_figure(name: &str) -> Result<Figure> {
    MICRODATA_FIGURES
        .into_iter()
        .find(|f| figure_slug(*f) == name)
        .with_context(|| {
            let names: Vec<&str> = MICRODATA_FIGURES.iter().map(|f| figure_slug(*f)).collect();
            format!("unknown figure '{name}'; use one of {}", names.join(", "))
        })
}

/// Tabulates a person file, unprotected (the caller protects it).
fn microdata(m: &MicrodataArgs) -> Result<StatTable> {
    let figure = microdata_figure(&m.figure)?;
    let mapping = match m.mapping.as_str() {
        "acs" => Mapping::acs_pums(m.year),
        "ipums" => Mapping::ipums_international(
            m.year,
            m.home_country
                .context("--mapping ipums needs --home-country (the sample's BPLCOUNTRY code)")?,
        ),
        path => Mapping::from_file(std::path::Path::new(path))
            .with_context(|| format!("reading the mapping file {path}"))?,
    };
    let year = mapping.reference_year;
    let default = Reference::Period {
        start: NaiveDate::from_ymd_opt(year, 1, 1).context("reference year")?,
        end: NaiveDate::from_ymd_opt(year, 12, 31).context("reference year")?,
    };
    let request = TableRequest {
        figure,
        reference: reference(&m.reference, default)?,
        cross: parse_cross(&m.reference.cross).map_err(anyhow::Error::msg)?,
    };
    let mut options = ReadOptions::default();
    if let Some(t) = m.threads {
        options.threads = t.max(1);
    }
    let size = std::fs::metadata(&m.file)
        .with_context(|| format!("reading {}", m.file.display()))?
        .len();
    let spinner = ProgressBar::new_spinner();
    spinner.set_message(format!(
        "tabulating {} ({} MB) on {} threads",
        m.file.display(),
        size / 1_000_000,
        options.threads
    ));
    spinner.enable_steady_tick(std::time::Duration::from_millis(200));
    let table = corridor_stats::tabulate_microdata(
        &m.file,
        FileFormat::from_path(&m.file),
        &mapping,
        &request,
        &options,
    )
    .with_context(|| format!("tabulating {}", m.file.display()))?;
    spinner.finish_and_clear();
    Ok(table)
}

/// Protects `table` (unless `--unprotected`) and writes it.
fn write_output(o: &OutputArgs, table: StatTable) -> Result<()> {
    let text = render(o, table)?;
    match &o.out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(())
}

fn render(o: &OutputArgs, table: StatTable) -> Result<String> {
    if o.unprotected {
        eprintln!(
            "warning: --unprotected: this table has no disclosure control and may identify people; keep it internal"
        );
        return match o.format {
            OutFormat::Csv => Ok(corridor_stats::to_csv_unprotected_internal(&table)),
            OutFormat::Json => Ok(corridor_stats::to_json_unprotected_internal(&table)),
            OutFormat::Sdmx => bail!(
                "SDMX-CSV is for dissemination and is always protected; drop --unprotected or use csv or json"
            ),
        };
    }
    if o.min_count < 3 {
        bail!("--min-count must be at least 3 (use --unprotected for internal tables)");
    }
    if o.min_count < corridor_server::evidence::PUBLIC_MIN_COUNT {
        eprintln!(
            "warning: --min-count {} is below the public threshold of {}; do not publish this table",
            o.min_count,
            corridor_server::evidence::PUBLIC_MIN_COUNT
        );
    }
    let started = std::time::Instant::now();
    let protected: ProtectedTable =
        corridor_stats::protect(table, DisclosurePolicy::with_threshold(o.min_count));
    let (primary, secondary) = protected.suppressed_counts();
    tracing::debug!(
        cells = protected.table().cells.len(),
        primary,
        secondary,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "stats: table protected"
    );
    Ok(match o.format {
        OutFormat::Csv => corridor_stats::to_csv(&protected),
        OutFormat::Json => corridor_stats::to_json(&protected),
        OutFormat::Sdmx => corridor_stats::to_sdmx_csv(&protected),
    })
}

/// Corridors of the benchmark database: the four demo programmes, and four
/// more built from their terms with another origin.
fn bench_corridors() -> Vec<(DemoCorridor, ProgrammeSpec)> {
    let mut out: Vec<(DemoCorridor, ProgrammeSpec)> = DemoCorridor::ALL
        .into_iter()
        .map(|c| (c, c.programme()))
        .collect();
    for (base, origin) in [
        (DemoCorridor::NepalKorea, "PHL"),
        (DemoCorridor::PhilippinesGermany, "MEX"),
        (DemoCorridor::GhanaItaly, "NPL"),
        (DemoCorridor::MexicoCanada, "GHA"),
    ] {
        let mut p = base.programme();
        let origin = CountryCode::parse(origin).expect("known country");
        p.name = format!("{} ({})", p.name, origin.name());
        p.origin = origin;
        out.push((base, p));
    }
    out
}

/// ESCO occupations a programme covers: a few in each of its ISCO groups.
fn covered_occupations(p: &ProgrammeSpec) -> Vec<OccupationUri> {
    let mut out = vec![];
    for g in &p.occupations {
        for o in corridor_reference::occupations_in_isco(g.as_str()).take(3) {
            if let Ok(uri) = OccupationUri::parse(&o.uri) {
                out.push(uri);
            }
        }
    }
    out
}

/// The status path of a selected applicant, cut at `as_of`.
fn selected_path(
    rng: &mut ChaCha8Rng,
    applied: NaiveDate,
    start: NaiveDate,
    months: u16,
    as_of: NaiveDate,
) -> Vec<(PlacementStatus, NaiveDate, Option<EndReason>)> {
    use PlacementStatus::*;
    let lag = |rng: &mut ChaCha8Rng, max: i64| Duration::days(rng.gen_range(0..=max));
    let signed = start - Duration::days(44) + lag(rng, 8);
    let oriented = signed + Duration::days(6) + lag(rng, 10);
    let visa = oriented + Duration::days(5) + lag(rng, 12);
    let departed = visa + Duration::days(3) + lag(rng, 14);
    let arrived = departed + Duration::days(1) + lag(rng, 2);
    let employed = arrived + Duration::days(2) + lag(rng, 6);
    let end = start
        .checked_add_months(chrono::Months::new(u32::from(months)))
        .unwrap_or(start);
    let returned = end + Duration::days(3) + lag(rng, 75);
    let mut path = vec![
        (Applied, applied, None),
        (
            Shortlisted,
            start - Duration::days(rng.gen_range(58..80)),
            None,
        ),
        (
            Selected,
            start - Duration::days(rng.gen_range(46..56)),
            None,
        ),
        (ContractSigned, signed, None),
        (OrientationDone, oriented, None),
        (VisaIssued, visa, None),
        (Departed, departed, None),
        (Arrived, arrived, None),
        (Employed, employed, None),
        (Completed, end, None),
        (Returned, returned, None),
    ];
    let roll: f64 = rng.r#gen();
    if roll < 0.03 {
        let at = rng.gen_range(3..6);
        let on = path[at - 1].1 + Duration::days(3);
        path.truncate(at);
        path.push((Withdrawn, on, None));
    } else if roll < 0.10 {
        let span = (end - start).num_days().max(2);
        let on = start + Duration::days(rng.gen_range(1..span));
        let reason = EndReason::ALL[rng.gen_range(0..EndReason::ALL.len())];
        path.truncate(9);
        path.push((EndedEarly, on.max(employed), Some(reason)));
    }
    // Dates never go back, and nothing after the day the records run to.
    let mut last = applied;
    let mut out = vec![];
    for (s, d, r) in path {
        let d = d.max(last);
        if d > as_of {
            break;
        }
        out.push((s, d, r));
        last = d;
    }
    out
}

/// `corridor stats bench-db`: programmes, employers and job orders through
/// the store as usual, then every worker and placement (with events and
/// milestones) in one transaction.
async fn bench_db(b: &BenchDbArgs) -> Result<()> {
    let store = crate::open_store(&b.database_url).await?;
    let existing = store
        .programmes(None, None, corridor_store::Page::new(Some(1), None))
        .await?
        .total;
    if existing > 0 {
        bail!("the database is not empty; give a new file");
    }
    let mut rng = ChaCha8Rng::seed_from_u64(b.seed);
    let actor = Actor::system();
    let started = std::time::Instant::now();
    let corridors = bench_corridors();
    let n_jobs = (b.placements / 100).max(1);
    let n_workers = (b.placements * 2 / 5).max(10);
    let first_day = NaiveDate::from_ymd_opt(2023, 1, 1).context("date")?;
    let span = (b.as_of - first_day).num_days().max(1);

    // Programmes and employers.
    let mut programmes = vec![];
    for (c, spec) in &corridors {
        let p = store.insert_programme(&actor, spec).await?;
        let mut employers: Vec<EmployerId> = vec![];
        for n in 1..=3u32 {
            let e = store
                .insert_employer(&actor, &examples::employer(*c, &format!("Employer {n}"), n))
                .await?;
            employers.push(e.id);
        }
        programmes.push((*c, p, employers, covered_occupations(spec)));
    }

    // Workers, by country of origin.
    let origins: Vec<CountryCode> = {
        let mut v: Vec<CountryCode> = corridors.iter().map(|(_, p)| p.origin.clone()).collect();
        v.sort();
        v.dedup();
        v
    };
    let mut workers: Vec<WorkerProfileSpec> = Vec::with_capacity(n_workers);
    let mut pools: Vec<Vec<usize>> = vec![vec![]; origins.len()];
    for i in 0..n_workers {
        let o = i % origins.len();
        let (c, p, _, occs) = programmes
            .iter()
            .find(|(_, p, _, _)| p.spec.origin == origins[o])
            .context("a programme for every origin")?;
        let sex = if rng.gen_bool(0.35) {
            Sex::Female
        } else {
            Sex::Male
        };
        let born = NaiveDate::from_ymd_opt(rng.gen_range(1965..2004), rng.gen_range(1..=12), 1)
            .context("date")?;
        let mut w = examples::worker(*c, "Synthetic", "Worker", sex, born);
        w.citizenships = vec![p.spec.origin.clone()];
        w.country_of_birth = p.spec.origin.clone();
        w.country_of_residence = p.spec.origin.clone();
        if let Some(occ) = occs.choose(&mut rng) {
            w.occupations = vec![WorkerOccupation {
                occupation: occ.clone(),
                experience_months: rng.gen_range(6..120),
            }];
        }
        pools[o].push(i);
        workers.push(w);
    }

    // Job orders, through the store (each audited as usual).
    let pb = progress_bar();
    pb.set_message("job orders");
    pb.set_length(n_jobs as u64);
    let mut jobs: Vec<(JobOrderId, NaiveDate, NaiveDate, u16, u32, usize)> = vec![];
    for k in 0..n_jobs {
        let (c, p, employers, occs) = &programmes[k % programmes.len()];
        let posted = first_day + Duration::days(rng.gen_range(0..span));
        let start = posted + Duration::days(rng.gen_range(90..150));
        let positions = rng.gen_range(40..80);
        let occupation = occs
            .choose(&mut rng)
            .cloned()
            .unwrap_or_else(|| examples::occupation(c.occupations()[0]));
        let mut spec = examples::job_order(
            *c,
            p.id,
            employers[k % employers.len()],
            None,
            c.occupations()[0],
            positions,
            start,
        );
        spec.occupation = occupation;
        let status = if start <= b.as_of {
            JobOrderStatus::Closed
        } else {
            JobOrderStatus::Open
        };
        let jo = store
            .insert_job_order(&actor, &spec, status, posted)
            .await?;
        let origin = origins
            .iter()
            .position(|o| *o == p.spec.origin)
            .context("origin")?;
        jobs.push((
            jo.id,
            posted,
            start,
            spec.duration_months,
            positions,
            origin,
        ));
        pb.inc(1);
    }
    pb.finish_and_clear();

    // Placements: applicants drawn from the origin's workers.
    let mut placements: Vec<BulkPlacement> = Vec::with_capacity(b.placements);
    let per_job = b.placements / n_jobs;
    for (k, (jo, posted, start, months, positions, origin)) in jobs.iter().enumerate() {
        let n = if k + 1 == jobs.len() {
            b.placements - placements.len()
        } else {
            per_job
        };
        let applicants: Vec<usize> = pools[*origin]
            .choose_multiple(&mut rng, n.min(pools[*origin].len()))
            .copied()
            .collect();
        for (rank, w) in applicants.into_iter().enumerate() {
            let applied = *posted + Duration::days(rng.gen_range(1..10));
            if applied > b.as_of {
                continue;
            }
            let events = if rank < *positions as usize {
                selected_path(&mut rng, applied, *start, *months, b.as_of)
            } else {
                let rejected = (*start - Duration::days(50)).max(applied);
                let mut v = vec![(PlacementStatus::Applied, applied, None)];
                if rejected <= b.as_of {
                    v.push((PlacementStatus::Rejected, rejected, None));
                }
                v
            };
            placements.push(BulkPlacement {
                job_order_id: *jo,
                worker: w,
                events,
            });
        }
    }
    let pb = progress_bar();
    pb.set_message("writing");
    pb.set_length((workers.len() + placements.len()) as u64);
    store
        .bulk_load(
            &actor,
            &workers,
            &[ConsentPurpose::Matching, ConsentPurpose::Statistics],
            &placements,
            |n| pb.inc(n),
        )
        .await?;
    pb.finish_and_clear();
    println!(
        "Benchmark database ready: {} workers, {} job orders, {} placements ({} departed), as of {} ({}), in {:.0} s.",
        workers.len(),
        jobs.len(),
        placements.len(),
        store.count_departed_placements().await?,
        b.as_of,
        b.as_of.weekday(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use corridor_store::testing::TestDb;
    use corridor_store::{Page, PlacementFilter};

    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        command: StatsCommand,
    }

    fn parse(args: &[&str]) -> StatsCommand {
        Cli::try_parse_from(std::iter::once("stats").chain(args.iter().copied()))
            .unwrap_or_else(|e| panic!("{args:?}: {e}"))
            .command
    }

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
    }

    /// Runs `corridor stats admin …` against `store` and returns the text.
    async fn admin_text(store: &Store, args: &[&str]) -> String {
        let StatsCommand::Admin(a) = parse(args) else {
            panic!("not admin")
        };
        let table = admin(store, &a, as_of()).await.unwrap();
        render(&a.output, table).unwrap()
    }

    fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
        let mut r = csv::Reader::from_reader(text.as_bytes());
        r.records().map(Result::unwrap).collect()
    }

    fn header(text: &str) -> Vec<String> {
        text.lines()
            .next()
            .unwrap()
            .split(',')
            .map(str::to_string)
            .collect()
    }

    /// The demo's stock abroad, from the command line in every format,
    /// equals a direct count of placements in an abroad status; small
    /// cells are withheld.
    #[tokio::test]
    async fn admin_figure_in_every_format_matches_the_store() {
        let db = TestDb::sqlite().await;
        crate::demo::build(&db.store, 11, as_of(), 400, 6)
            .await
            .unwrap();
        // Direct count: placements whose status now is an abroad status
        // (the demo records nothing after as_of, so now is as_of).
        let all = db
            .store
            .placements(&PlacementFilter::default(), Page::all())
            .await
            .unwrap();
        let abroad = all
            .items
            .iter()
            .filter(|p| p.placement.status.is_abroad())
            .count();
        assert!(abroad > 20, "{abroad} abroad");

        let date = as_of().to_string();
        let json = admin_text(
            &db.store,
            &[
                "admin",
                "stock-abroad",
                "--date",
                &date,
                "--cross",
                "corridor,sex",
                "--format",
                "json",
            ],
        )
        .await;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let total = v["observations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["key"]["CORRIDOR"] == "_T" && o["key"]["SEX"] == "_T")
            .unwrap();
        assert_eq!(total["value"].as_f64().unwrap() as usize, abroad);
        assert_eq!(v["disclosure"]["min_unweighted_count"], 10);
        // Every withheld cell has no value and no count.
        for o in v["observations"].as_array().unwrap() {
            if o["flags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f == "suppressed")
            {
                assert!(o["value"].is_null() && o["unweighted_count"].is_null());
            } else if let Some(n) = o["unweighted_count"].as_u64() {
                assert!(n == 0 || n >= 10, "published cell on {n} people");
            }
        }

        let csv = admin_text(
            &db.store,
            &[
                "admin",
                "stock-abroad",
                "--date",
                &date,
                "--cross",
                "corridor,sex",
            ],
        )
        .await;
        assert_eq!(&header(&csv)[..3], ["CORRIDOR", "SEX", "VALUE"]);
        let rows = csv_rows(&csv);
        let total = rows
            .iter()
            .find(|r| &r[0] == "_T" && &r[1] == "_T")
            .unwrap();
        assert_eq!(total[2].parse::<usize>().unwrap(), abroad);
        assert!(rows.iter().any(|r| r[7].contains("suppressed")));

        let sdmx = admin_text(
            &db.store,
            &[
                "admin",
                "departures",
                "--from",
                "2025-11-02",
                "--to",
                &date,
                "--cross",
                "corridor,quarter",
                "--format",
                "sdmx",
            ],
        )
        .await;
        assert!(sdmx.starts_with(
            "STRUCTURE,STRUCTURE_ID,ACTION,CORRIDOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS"
        ));
        assert!(sdmx.contains("CORRIDOR:DF_DEPARTURES(1.0)"));

        // Unprotected output is there for internal use, and says so.
        let raw = admin_text(
            &db.store,
            &[
                "admin",
                "stock-abroad",
                "--date",
                &date,
                "--cross",
                "corridor,sex",
                "--format",
                "json",
                "--unprotected",
            ],
        )
        .await;
        assert!(raw.contains("unprotected, internal use only"));
        let StatsCommand::Admin(a) =
            parse(&["admin", "stock-abroad", "--format", "sdmx", "--unprotected"])
        else {
            panic!()
        };
        let t = admin(&db.store, &a, as_of()).await.unwrap();
        assert!(render(&a.output, t).is_err(), "no unprotected SDMX");
        let StatsCommand::Admin(a) = parse(&["admin", "stock-abroad", "--min-count", "1"]) else {
            panic!()
        };
        let t = admin(&db.store, &a, as_of()).await.unwrap();
        assert!(
            render(&a.output, t).is_err(),
            "a threshold of 1 protects nothing"
        );
    }

    /// A hand-made person file in the ACS layout: twelve people, weights
    /// chosen so the foreign-born totals are known.
    const PERSONS: &str = "\
SERIALNO,POBP,CIT,YOEP,MIG,SEX,AGEP,PWGTP
1,6,1,,1,1,34,100
2,36,1,,3,2,41,120
3,303,5,2021,1,1,27,90
4,303,5,2023,2,2,26,110
5,303,4,2001,1,2,52,80
6,233,4,2010,1,2,38,70
7,233,5,2023,2,1,29,60
8,72,2,,3,1,45,50
9,303,5,2019,1,1,33,40
10,6,1,,,2,0,130
11,233,5,2022,1,2,31,75
12,36,3,,2,1,12,95
";

    fn persons_file(dir: &tempfile::TempDir) -> PathBuf {
        let path = dir.path().join("persons.csv");
        std::fs::write(&path, PERSONS).unwrap();
        path
    }

    /// A mapping file like the ACS preset, without replicate weights.
    fn mapping_file(dir: &tempfile::TempDir) -> PathBuf {
        let mut m = Mapping::acs_pums(2023);
        m.columns.replicate_weights.clear();
        m.replicate_variance_factor = None;
        let path = dir.path().join("mapping.json");
        std::fs::write(&path, m.to_json()).unwrap();
        path
    }

    fn microdata_text(args: &[&str]) -> Result<String> {
        let StatsCommand::Microdata(m) = parse(args) else {
            panic!("not microdata")
        };
        render(&m.output, microdata(&m)?)
    }

    #[test]
    fn microdata_figure_in_every_format() {
        let dir = tempfile::tempdir().unwrap();
        let file = persons_file(&dir);
        let mapping = mapping_file(&dir);
        let (file, mapping) = (file.to_str().unwrap(), mapping.to_str().unwrap());
        // Foreign-born (POBP outside 1–56): persons 3–9 and 11, weights
        // 90 + 110 + 80 + 70 + 60 + 50 + 40 + 75 = 575; eight people.
        let expected_total = 90 + 110 + 80 + 70 + 60 + 50 + 40 + 75;
        let unprotected = microdata_text(&[
            "microdata",
            file,
            "--mapping",
            mapping,
            "--cross",
            "sex",
            "--format",
            "json",
            "--unprotected",
        ])
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&unprotected).unwrap();
        let total = v["observations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["key"]["SEX"] == "_T")
            .unwrap();
        assert_eq!(total["value"].as_f64().unwrap() as i64, expected_total);
        assert_eq!(total["unweighted_count"], 8);
        // Women: persons 4, 5, 6, 11 = 110 + 80 + 70 + 75.
        let women = v["observations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["key"]["SEX"] == "F")
            .unwrap();
        assert_eq!(women["value"].as_f64().unwrap() as i64, 335);

        // Protected at the default threshold, eight people are too few:
        // every cell is withheld and no weighted total appears.
        let csv =
            microdata_text(&["microdata", file, "--mapping", mapping, "--cross", "sex"]).unwrap();
        assert_eq!(&header(&csv)[..2], ["SEX", "VALUE"]);
        for r in csv_rows(&csv) {
            assert_eq!(&r[1], "", "withheld: {r:?}");
        }
        assert!(!csv.contains(&expected_total.to_string()));
        // At a threshold of 3, the total is published, the sexes (four
        // each) too, and the file says it has no standard errors.
        let csv = microdata_text(&[
            "microdata",
            file,
            "--mapping",
            mapping,
            "--cross",
            "sex",
            "--min-count",
            "3",
        ])
        .unwrap();
        let rows = csv_rows(&csv);
        let total = rows.iter().find(|r| &r[0] == "_T").unwrap();
        assert_eq!(total[1].parse::<i64>().unwrap(), expected_total);
        assert_eq!(&total[3], "", "no replicate weights, no SE");
        let json = microdata_text(&[
            "microdata",
            file,
            "--mapping",
            mapping,
            "--cross",
            "sex",
            "--min-count",
            "3",
            "--format",
            "json",
        ])
        .unwrap();
        assert!(json.contains("\"basis\": \"not_available\""), "{json}");
        let sdmx = microdata_text(&[
            "microdata",
            file,
            "--mapping",
            mapping,
            "--cross",
            "sex",
            "--min-count",
            "3",
            "--format",
            "sdmx",
        ])
        .unwrap();
        assert!(sdmx.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,SEX,TIME_PERIOD,OBS_VALUE"));
        assert!(sdmx.contains("CORRIDOR:DF_FOREIGN_BORN_STOCK(1.0)"));
        assert!(sdmx.contains(&format!(",_T,2023-01-01/P365D,{expected_total},")));
        // A figure the file cannot give, and an unknown mapping, fail cleanly.
        assert!(microdata_text(&["microdata", file, "--mapping", "ipums"]).is_err());
        assert!(
            microdata_text(&[
                "microdata",
                file,
                "--mapping",
                mapping,
                "--figure",
                "supply"
            ])
            .is_err()
        );
    }

    #[test]
    fn figures_are_listed() {
        let mut out = Vec::new();
        print_figures(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        for f in ADMIN_FIGURES.into_iter().chain(MICRODATA_FIGURES) {
            assert!(text.contains(figure_slug(f)), "{}", figure_slug(f));
        }
    }

    #[test]
    fn bench_paths_never_go_back_in_time() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        for _ in 0..500 {
            let path = selected_path(&mut rng, d(2025, 1, 5), d(2025, 5, 1), 8, d(2026, 11, 1));
            assert!(path.windows(2).all(|w| w[0].1 <= w[1].1));
            for w in path.windows(2) {
                assert!(w[0].0.can_move_to(w[1].0), "{:?} -> {:?}", w[0].0, w[1].0);
            }
        }
    }
}
