//! `corridor backup`, `corridor restore` and `corridor check`.
//!
//! - **SQLite**: `backup` runs `VACUUM INTO`, which copies one consistent
//!   snapshot of the database while the server keeps serving and writing
//!   (it reads inside one transaction, as any reader does in WAL mode).
//!   The copy is written beside the destination under a temporary name,
//!   checked (`Store::check_consistency`) and only then renamed into place.
//!   `restore` copies the backup beside the configured database, migrates
//!   the copy to this version of Corridor, checks it, and only then
//!   renames it over the database. It refuses to overwrite a database that
//!   holds any record unless `--force` is given. Stop the server first: a
//!   running server would keep the replaced file open.
//! - **PostgreSQL**: both commands run PostgreSQL's own `pg_dump`
//!   (custom format) and `pg_restore` (`--clean --if-exists
//!   --single-transaction`, so a failed restore changes nothing), found on
//!   `PATH`; without them they stop and point to the README. The password
//!   of the URL is handed to them in `PGPASSWORD`, never on their command
//!   line. `restore` reads the archive's table of contents first, refuses a
//!   non-empty database without `--force`, and checks the result.
//!
//! `check` runs the consistency checks on the configured database.

use anyhow::{Context, Result, bail};
use clap::Args;
use corridor_store::{BackendKind, Inconsistency, Store};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Arguments of `corridor backup`.
#[derive(Args)]
pub struct BackupArgs {
    #[command(flatten)]
    db: crate::DbArgs,
    /// The backup file to write (SQLite: a database file; PostgreSQL: a
    /// `pg_dump` archive in custom format).
    file: PathBuf,
    /// Replace the file if it exists.
    #[arg(long)]
    force: bool,
}

/// Arguments of `corridor restore`.
#[derive(Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    db: crate::DbArgs,
    /// The backup file made by `corridor backup`.
    file: PathBuf,
    /// Overwrite a database that already holds records.
    #[arg(long)]
    force: bool,
}

const README_HINT: &str = "see \"Backup and restore\" in README.md";

/// The file of a SQLite URL (`sqlite://path?…`).
fn sqlite_path(url: &str) -> Result<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .context("not a SQLite URL")?;
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path.contains(":memory:") {
        bail!("an in-memory database cannot be backed up or restored");
    }
    Ok(PathBuf::from(path))
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// `path` with `suffix` appended to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn remove_sqlite_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
}

async fn record_count(store: &Store) -> Result<i64> {
    Ok(store.record_count().await?)
}

fn report(problems: &[Inconsistency]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `corridor backup`.
pub async fn backup(args: BackupArgs) -> Result<()> {
    let url = &args.db.database_url;
    if args.file.exists() && !args.force {
        bail!(
            "{} exists; choose another file or pass --force to replace it",
            args.file.display()
        );
    }
    match BackendKind::from_url(url)? {
        BackendKind::Sqlite => backup_sqlite(url, &args.file).await,
        BackendKind::Postgres => backup_postgres(url, &args.file),
    }
}

async fn backup_sqlite(url: &str, file: &Path) -> Result<()> {
    let source = sqlite_path(url)?;
    if !source.exists() {
        bail!("there is no database at {}", source.display());
    }
    let store = Store::connect(url)
        .await
        .with_context(|| format!("opening {}", source.display()))?;
    let partial = with_suffix(file, ".partial");
    remove_sqlite_files(&partial);
    // One consistent snapshot, taken while the server may be writing.
    store
        .vacuum_into(&partial)
        .await
        .with_context(|| format!("writing the backup to {}", partial.display()))?;
    store.close().await;
    let (records, problems) = check_file(&partial).await?;
    if !problems.is_empty() {
        remove_sqlite_files(&partial);
        bail!(
            "the backup does not pass the consistency checks, so it was not kept:\n{}",
            report(&problems)
        );
    }
    std::fs::rename(&partial, file)
        .with_context(|| format!("moving the backup to {}", file.display()))?;
    println!(
        "Backed up {} ({records} records, consistent) to {}.",
        source.display(),
        file.display()
    );
    Ok(())
}

/// Opens a SQLite file without migrating it; its record count and what
/// does not hold.
async fn check_file(path: &Path) -> Result<(i64, Vec<Inconsistency>)> {
    let store = Store::connect(&sqlite_url(path)).await?;
    let result = async {
        let problems = store.check_consistency().await?;
        Ok::<_, anyhow::Error>((record_count(&store).await?, problems))
    }
    .await;
    store.close().await;
    result
}

/// `corridor restore`.
pub async fn restore(args: RestoreArgs) -> Result<()> {
    let url = &args.db.database_url;
    if !args.file.is_file() {
        bail!("there is no backup file at {}", args.file.display());
    }
    match BackendKind::from_url(url)? {
        BackendKind::Sqlite => restore_sqlite(url, &args.file, args.force).await,
        BackendKind::Postgres => restore_postgres(url, &args.file, args.force).await,
    }
}

async fn restore_sqlite(url: &str, file: &Path, force: bool) -> Result<()> {
    let target = sqlite_path(url)?;
    if target.exists() {
        let store = Store::connect(url).await?;
        let records = record_count(&store).await;
        store.close().await;
        let records = records?;
        if records > 0 && !force {
            bail!(
                "the database at {} holds {records} records; pass --force to replace it \
                 (back it up first)",
                target.display()
            );
        }
    }
    if let Err(e) = check_sqlite_header(file) {
        bail!(
            "{} is not a whole SQLite database ({e}); the database is unchanged",
            file.display()
        );
    }
    crate::ensure_sqlite_dir(url)?;
    // Work on a copy beside the database, so the rename below is atomic
    // and a damaged backup leaves the database as it was.
    let staged = with_suffix(&target, ".restoring");
    remove_sqlite_files(&staged);
    std::fs::copy(file, &staged)
        .with_context(|| format!("copying {} beside the database", file.display()))?;
    let checked = async {
        let store = Store::connect(&sqlite_url(&staged)).await?;
        let result = async {
            store.migrate().await.context(
                "the backup cannot be brought to this version of Corridor \
                 (is it a Corridor backup, made by this version or an older one?)",
            )?;
            let problems = store.check_consistency().await?;
            if !problems.is_empty() {
                bail!(
                    "the backup does not pass the consistency checks:\n{}",
                    report(&problems)
                );
            }
            record_count(&store).await
        }
        .await;
        store.close().await;
        result
    }
    .await;
    let records = match checked {
        Ok(n) => n,
        Err(e) => {
            remove_sqlite_files(&staged);
            return Err(e.context(format!(
                "{} was not restored; the database is unchanged",
                file.display()
            )));
        }
    };
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(&target, suffix));
    }
    std::fs::rename(&staged, &target)
        .with_context(|| format!("moving the restored database to {}", target.display()))?;
    println!(
        "Restored {} into {} ({records} records, consistent).",
        file.display(),
        target.display()
    );
    Ok(())
}

/// Checks a file starts as a SQLite database does and is as long as its
/// header says (a truncated copy is refused before it is opened).
fn check_sqlite_header(file: &Path) -> Result<()> {
    use std::io::Read;
    let mut header = [0u8; 100];
    let mut f = std::fs::File::open(file)?;
    f.read_exact(&mut header)
        .context("shorter than a SQLite header")?;
    if &header[..16] != b"SQLite format 3\0" {
        bail!("no SQLite header");
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    let len = f.metadata()?.len();
    if pages > 0 && len < page_size * pages {
        bail!("{len} bytes where the header counts {pages} pages of {page_size}");
    }
    Ok(())
}

/// A PostgreSQL URL split into the URL without its password and the
/// password (handed to `pg_dump` and `pg_restore` in `PGPASSWORD`).
fn split_password(url: &str) -> (String, Option<String>) {
    if let (Some(s), Some(at)) = (url.find("://"), url.rfind('@'))
        && at > s
        && let Some((user, password)) = url[s + 3..at].split_once(':')
    {
        return (
            format!("{}{user}{}", &url[..s + 3], &url[at..]),
            Some(password.to_string()),
        );
    }
    (url.to_string(), None)
}

/// A PostgreSQL client tool, or a message pointing to the README.
fn pg_tool(name: &str) -> Result<Command> {
    let found = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()));
    if !found {
        bail!(
            "{name} is not installed (it comes with PostgreSQL's client tools, e.g. \
             `apt-get install postgresql-client`); back up and restore PostgreSQL with \
             pg_dump and pg_restore: {README_HINT}"
        );
    }
    Ok(Command::new(name))
}

/// Points a `pg_dump` or `pg_restore` command at the database of `url`.
fn on_database(cmd: &mut Command, url: &str) {
    let (url, password) = split_password(url);
    cmd.arg("--dbname").arg(url);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
}

fn run(mut cmd: Command, what: &str) -> Result<()> {
    let status = cmd.status().with_context(|| format!("starting {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

fn backup_postgres(url: &str, file: &Path) -> Result<()> {
    let partial = with_suffix(file, ".partial");
    let mut cmd = pg_tool("pg_dump")?;
    on_database(&mut cmd, url);
    cmd.args(["--format=custom", "--no-owner", "--file"])
        .arg(&partial);
    if let Err(e) = run(cmd, "pg_dump") {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, file)
        .with_context(|| format!("moving the backup to {}", file.display()))?;
    println!(
        "Backed up {} with pg_dump to {}.",
        crate::redact(url),
        file.display()
    );
    Ok(())
}

async fn restore_postgres(url: &str, file: &Path, force: bool) -> Result<()> {
    // The archive must be one pg_restore reads, and Corridor's.
    let listing = pg_tool("pg_restore")?
        .arg("--list")
        .arg(file)
        .output()
        .context("starting pg_restore")?;
    let toc = String::from_utf8_lossy(&listing.stdout);
    if !listing.status.success() || !toc.contains("TABLE public placements") {
        bail!(
            "{} is not a pg_dump archive of a Corridor database; the database is unchanged",
            file.display()
        );
    }
    let store = Store::connect(url).await?;
    let records = record_count(&store).await;
    store.close().await;
    let records = records?;
    if records > 0 && !force {
        bail!(
            "the database at {} holds {records} records; pass --force to replace it \
             (back it up first)",
            crate::redact(url)
        );
    }
    let mut cmd = pg_tool("pg_restore")?;
    on_database(&mut cmd, url);
    cmd.args([
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
    ])
    .arg(file);
    run(cmd, "pg_restore")?;
    let store = Store::open(url).await?;
    let problems = store.check_consistency().await?;
    let records = record_count(&store).await?;
    store.close().await;
    if !problems.is_empty() {
        bail!(
            "restored, but the database does not pass the consistency checks:\n{}",
            report(&problems)
        );
    }
    println!(
        "Restored {} into {} ({records} records, consistent).",
        file.display(),
        crate::redact(url)
    );
    Ok(())
}

/// `corridor check`: the consistency checks of the configured database.
pub async fn check(url: &str) -> Result<()> {
    let store = Store::connect(url)
        .await
        .with_context(|| format!("opening the database at {}", crate::redact(url)))?;
    let problems = store.check_consistency().await?;
    let records = record_count(&store).await?;
    store.close().await;
    if problems.is_empty() {
        println!(
            "The database at {} is consistent ({records} records).",
            crate::redact(url)
        );
        Ok(())
    } else {
        bail!(
            "the database at {} is not consistent:\n{}",
            crate::redact(url),
            report(&problems)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_leave_the_url() {
        assert_eq!(
            split_password("postgres://corridor:s3cr@t@db:5432/corridor"),
            (
                "postgres://corridor@db:5432/corridor".to_string(),
                Some("s3cr@t".to_string())
            )
        );
        assert_eq!(
            split_password("postgres://postgres@127.0.0.1/x"),
            ("postgres://postgres@127.0.0.1/x".to_string(), None)
        );
    }

    #[test]
    fn sqlite_paths() {
        assert_eq!(
            sqlite_path("sqlite://corridor-data/corridor.sqlite?mode=rwc").unwrap(),
            PathBuf::from("corridor-data/corridor.sqlite")
        );
        assert!(sqlite_path("sqlite::memory:").is_err());
    }
}
