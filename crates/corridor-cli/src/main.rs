//! The `corridor` binary: serve the exchange, build and serve the demo,
//! migrate, add users, export records, back up, restore and check the
//! database.
//!
//! Settings come from flags, else `CORRIDOR_*` environment variables, else
//! defaults: the embedded default is a SQLite file under `corridor-data/`.

mod backup;
mod demo;
mod export;
mod matching;
mod stats;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use corridor_domain::access::Role;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, WorkerId};
use corridor_server::{AppState, ServerConfig};
use corridor_store::{Actor, NewUser, Store};
use std::io::BufRead;
use std::net::SocketAddr;
use tokio::net::TcpListener;

/// The default database: a SQLite file, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://corridor-data/corridor.sqlite";
/// The default demo database.
pub const DEFAULT_DEMO_DATABASE_URL: &str = "sqlite://corridor-data/demo.sqlite";

#[derive(Parser)]
#[command(
    name = "corridor",
    version,
    about = "Corridor: a rights-based exchange for labour migration"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and the JSON API.
    Serve(ServeArgs),
    /// Create a demo database with realistic data (if missing) and serve it.
    Demo(DemoArgs),
    /// Apply database migrations.
    Migrate(DbArgs),
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Export records as JSON lines.
    Export(export::ExportArgs),
    /// Run a match round and print its summary.
    Match(matching::MatchArgs),
    /// Statistics: protected tables of stocks, flows and labour gaps from
    /// the records or from census/survey microdata (CSV, JSON, SDMX-CSV).
    Stats(stats::StatsArgs),
    /// Back up the database to a file: SQLite online (`VACUUM INTO`, while
    /// the server runs), PostgreSQL with `pg_dump`.
    Backup(backup::BackupArgs),
    /// Restore the database from a backup (checked before it replaces
    /// anything; a database with records only with --force).
    Restore(backup::RestoreArgs),
    /// Check the database's consistency (references, placement histories,
    /// append-only tables, the fee ledger).
    Check(DbArgs),
    /// Print the current two-step sign-in code of a TOTP key, as an
    /// authenticator app would (for the demo's officials without a phone).
    TotpCode(TotpCodeArgs),
}

#[derive(Args)]
struct TotpCodeArgs {
    /// The key in base32 (default: the demo accounts' published key).
    #[arg(long, env = "CORRIDOR_TOTP_SECRET", default_value = demo::DEMO_TOTP_SECRET)]
    secret: String,
}

/// How long sessions and API tokens last.
#[derive(Args, Clone)]
struct LifetimeArgs {
    /// How long a browser session lasts, in hours (1 to 720).
    #[arg(long, env = "CORRIDOR_SESSION_HOURS", default_value_t = corridor_server::config::DEFAULT_SESSION_HOURS)]
    session_hours: i64,
    /// How long an API token lasts, in days (1 to 365): the default and the
    /// most a caller may ask for with `expires_in_days`.
    #[arg(long, env = "CORRIDOR_TOKEN_DAYS", default_value_t = corridor_server::config::DEFAULT_TOKEN_DAYS)]
    token_days: i64,
}

#[derive(Args, Clone)]
struct DbArgs {
    /// Database URL: sqlite://path or postgres://…
    #[arg(long, env = "CORRIDOR_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    database_url: String,
}

#[derive(Clone, Copy, ValueEnum)]
enum CookieSecurity {
    /// Secure cookies unless the server listens on a loopback address.
    Auto,
    /// Always mark cookies Secure (behind HTTPS).
    Always,
    /// Never (plain-http development only).
    Never,
}

#[derive(Args, Clone)]
struct ServeArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Address to listen on.
    #[arg(long, env = "CORRIDOR_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// Whether session cookies are marked Secure.
    #[arg(
        long,
        env = "CORRIDOR_SECURE_COOKIES",
        value_enum,
        default_value = "auto"
    )]
    secure_cookies: CookieSecurity,
    #[command(flatten)]
    lifetimes: LifetimeArgs,
}

#[derive(Args)]
struct DemoArgs {
    /// Database URL for the demo.
    #[arg(long, env = "CORRIDOR_DEMO_DATABASE_URL", default_value = DEFAULT_DEMO_DATABASE_URL)]
    database_url: String,
    /// Address to listen on.
    #[arg(long, env = "CORRIDOR_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// Seed of the generator: the same seed and date give the same data.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Day the demo is built for (default: today), YYYY-MM-DD.
    #[arg(long)]
    as_of: Option<chrono::NaiveDate>,
    /// Number of workers.
    #[arg(long, default_value_t = 3000)]
    workers: usize,
    /// Job orders per corridor (four corridors).
    #[arg(long, default_value_t = 25)]
    job_orders_per_corridor: usize,
    /// Delete an existing demo database first.
    #[arg(long)]
    reset: bool,
    /// Build the database and exit without serving.
    #[arg(long)]
    no_serve: bool,
    #[command(flatten)]
    lifetimes: LifetimeArgs,
}

/// The demo's passwords are printed and published: it serves only on the
/// machine itself (a loopback address), never on a network.
fn check_demo_bind(bind: &SocketAddr) -> Result<()> {
    if bind.ip().is_loopback() {
        Ok(())
    } else {
        anyhow::bail!(
            "the demo's sign-ins and password are published, so it serves only on this machine \
             (a loopback address such as 127.0.0.1:8080), not on {bind}; \
             run `corridor serve` with real accounts to serve on a network"
        )
    }
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add an account. The password is read from standard input (one line).
    Add(UserAddArgs),
}

#[derive(Args)]
struct UserAddArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Sign-in e-mail.
    #[arg(long)]
    email: String,
    /// Role: worker, employer, recruiter, origin_official,
    /// destination_official, researcher, admin.
    #[arg(long)]
    role: String,
    /// Name shown in pages.
    #[arg(long)]
    name: Option<String>,
    /// Country of an official (ISO 3166-1).
    #[arg(long)]
    country: Option<String>,
    /// Worker profile id, for a worker.
    #[arg(long)]
    worker_id: Option<i64>,
    /// Employer id, for an employer.
    #[arg(long)]
    employer_id: Option<i64>,
    /// Agency id, for a recruiter.
    #[arg(long)]
    agency_id: Option<i64>,
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CORRIDOR_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

/// Makes sure the directory of a SQLite file exists.
fn ensure_sqlite_dir(url: &str) -> Result<()> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        let path = path.split('?').next().unwrap_or(path);
        if let Some(dir) = std::path::Path::new(path).parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
    }
    Ok(())
}

/// Opens (creating if needed) and migrates the database at `url`.
pub async fn open_store(url: &str) -> Result<Store> {
    ensure_sqlite_dir(url)?;
    Store::open(url)
        .await
        .with_context(|| format!("opening the database at {}", redact(url)))
}

/// A URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// The server's settings from the flags, checked.
fn server_config(
    bind: SocketAddr,
    secure: CookieSecurity,
    lifetimes: &LifetimeArgs,
) -> Result<ServerConfig> {
    let secure_cookies = match secure {
        CookieSecurity::Always => true,
        CookieSecurity::Never => false,
        CookieSecurity::Auto => !bind.ip().is_loopback(),
    };
    let config = ServerConfig {
        secure_cookies,
        session_hours: lifetimes.session_hours,
        token_days: lifetimes.token_days,
    };
    config.check().map_err(anyhow::Error::msg)?;
    Ok(config)
}

async fn serve(store: Store, bind: SocketAddr, config: ServerConfig) -> Result<()> {
    let listener = TcpListener::bind(bind)
        .await
        .with_context(|| format!("listening on {bind}"))?;
    let addr = listener.local_addr()?;
    println!("Corridor is serving on http://{addr}/  (API: http://{addr}/api/v1/openapi.json)");
    corridor_server::serve(listener, AppState::new(store, config)).await?;
    Ok(())
}

async fn user_add(args: UserAddArgs) -> Result<()> {
    let Some(role) = Role::parse(&args.role) else {
        bail!(
            "unknown role '{}'; use one of worker, employer, recruiter, origin_official, destination_official, researcher, admin",
            args.role
        );
    };
    let country = args
        .country
        .as_deref()
        .map(CountryCode::parse)
        .transpose()?;
    eprintln!("Password for {} (one line on standard input):", args.email);
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password)?;
    let password = password.trim_end_matches(['\n', '\r']);
    if password.chars().count() < corridor_server::auth::MIN_PASSWORD_LEN {
        bail!(
            "a password has at least {} characters",
            corridor_server::auth::MIN_PASSWORD_LEN
        );
    }
    let store = open_store(&args.db.database_url).await?;
    let user = store
        .create_user(
            &Actor::system(),
            &NewUser {
                email: args.email.clone(),
                display_name: args.name.unwrap_or_else(|| args.email.clone()),
                password_hash: corridor_server::auth::hash_password(password)
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                role,
                worker_id: args.worker_id.map(WorkerId),
                employer_id: args.employer_id.map(EmployerId),
                agency_id: args.agency_id.map(AgencyId),
                country,
            },
        )
        .await?;
    println!(
        "Added {} ({}) as user {}",
        user.email,
        role.as_str(),
        user.id
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    init_tracing();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => {
            let config = server_config(args.bind, args.secure_cookies, &args.lifetimes)?;
            let store = open_store(&args.db.database_url).await?;
            serve(store, args.bind, config).await
        }
        Command::Demo(args) => {
            check_demo_bind(&args.bind)?;
            let config = server_config(args.bind, CookieSecurity::Auto, &args.lifetimes)?;
            let as_of = args
                .as_of
                .unwrap_or_else(|| chrono::Utc::now().date_naive());
            let store = demo::prepare(
                &args.database_url,
                args.reset,
                args.seed,
                as_of,
                args.workers,
                args.job_orders_per_corridor,
            )
            .await?;
            demo::print_sign_ins(&args.bind);
            if args.no_serve {
                return Ok(());
            }
            serve(store, args.bind, config).await
        }
        Command::Migrate(args) => {
            let store = open_store(&args.database_url).await?;
            println!(
                "Database at {} is migrated ({}).",
                redact(&args.database_url),
                store.backend().name()
            );
            Ok(())
        }
        Command::User {
            command: UserCommand::Add(args),
        } => user_add(args).await,
        Command::Export(args) => export::run(args).await,
        Command::Match(args) => matching::run(args).await,
        Command::Stats(args) => stats::run(args).await,
        Command::Backup(args) => backup::backup(args).await,
        Command::Restore(args) => backup::restore(args).await,
        Command::Check(args) => backup::check(&args.database_url).await,
        Command::TotpCode(args) => totp_code(&args),
    }
}

/// Prints the current code of a TOTP key and how long it stays valid.
fn totp_code(args: &TotpCodeArgs) -> Result<()> {
    use corridor_server::two_factor;
    let Some(secret) = two_factor::Secret::from_base32(&args.secret) else {
        bail!("the key is not base32 of at least 80 bits (as authenticator apps show it)");
    };
    let now = chrono::Utc::now().timestamp();
    let left = two_factor::STEP_SECS - now.rem_euclid(two_factor::STEP_SECS);
    println!("{}", two_factor::code_at(&secret, two_factor::step_at(now)));
    eprintln!("(valid for {left} more seconds, and 30 after that)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_are_set_by_flags_and_checked() {
        let cli = Cli::try_parse_from([
            "corridor",
            "serve",
            "--token-days",
            "7",
            "--session-hours",
            "2",
        ])
        .unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("serve")
        };
        let config = server_config(args.bind, args.secure_cookies, &args.lifetimes).unwrap();
        assert_eq!((config.token_days, config.session_hours), (7, 2));
        let cli = Cli::try_parse_from(["corridor", "serve", "--token-days", "0"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("serve")
        };
        let err = server_config(args.bind, args.secure_cookies, &args.lifetimes).unwrap_err();
        assert!(err.to_string().contains("1 to 365 days"), "{err}");
        let cli = Cli::try_parse_from(["corridor", "serve"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("serve")
        };
        assert_eq!(args.lifetimes.token_days, 30);
    }

    #[test]
    fn the_demo_serves_only_on_loopback() {
        assert!(check_demo_bind(&"127.0.0.1:8080".parse().unwrap()).is_ok());
        assert!(check_demo_bind(&"[::1]:8080".parse().unwrap()).is_ok());
        for public in ["0.0.0.0:8080", "192.168.1.20:80", "[::]:8080"] {
            let err = check_demo_bind(&public.parse().unwrap()).unwrap_err();
            assert!(err.to_string().contains("published"), "{public}: {err}");
        }
    }

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgres://corridor:s3cret@db:5432/corridor"),
            "postgres://corridor:***@db:5432/corridor"
        );
        assert_eq!(redact("sqlite://x.sqlite"), "sqlite://x.sqlite");
    }

    #[test]
    fn cli_parses() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
