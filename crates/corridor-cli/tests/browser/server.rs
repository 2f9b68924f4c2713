//! The demo database, built once per test run and shared, and a `corridor
//! serve` per test on a copy of it.
//!
//! nextest runs every test in its own process, so "once" is arranged on
//! disk: the first test to need the database builds it under the cargo
//! target directory while holding a file lock; the others wait for the lock
//! and find it built. A key file says which run, binary and day it was
//! built for, so a new run (or a rebuilt `corridor`) builds it afresh.

use anyhow::{Context, Result, bail};
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, UNIX_EPOCH};

/// The demo's generator arguments: small enough to build in seconds, with
/// every role's sign-in and placements at every stage.
const DEMO_ARGS: [&str; 4] = ["--workers", "300", "--seed", "2026"];
/// How long the server may take to start answering.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// The `corridor` binary under test.
pub fn corridor_bin() -> &'static str {
    env!("CARGO_BIN_EXE_corridor")
}

/// The shared demo database, built if this run has none yet.
pub fn demo_database() -> Result<PathBuf> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-demo");
    fs::create_dir_all(&dir)?;
    let lock = File::create(dir.join("lock"))?;
    lock.lock().context("locking the demo database")?;

    let db = dir.join("demo.sqlite");
    let key_file = dir.join("demo.key");
    let key = demo_key()?;
    if db.exists() && fs::read_to_string(&key_file).ok().as_deref() == Some(key.as_str()) {
        return Ok(db);
    }
    let _ = fs::remove_file(&key_file);
    for suffix in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let building = dir.join("building.sqlite");
    for suffix in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{suffix}", building.display()));
    }
    let started = Instant::now();
    let out = Command::new(corridor_bin())
        .args(["demo", "--no-serve", "--reset", "--database-url"])
        .arg(format!("sqlite://{}", building.display()))
        .args(DEMO_ARGS)
        .env("CORRIDOR_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .context("running corridor demo")?;
    if !out.status.success() {
        bail!(
            "corridor demo failed ({}):\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The generator may exit before SQLite folds its write-ahead log into
    // the file: the two together are the database (the index, -shm, is
    // rebuilt on open).
    let _ = fs::remove_file(format!("{}-shm", building.display()));
    rename_database(&building, &db)?;
    fs::write(&key_file, &key)?;
    eprintln!(
        "built the demo database ({}) in {:.1} s",
        DEMO_ARGS.join(" "),
        started.elapsed().as_secs_f64()
    );
    Ok(db)
}

/// Moves a SQLite database and its write-ahead log, if any.
fn rename_database(from: &Path, to: &Path) -> Result<()> {
    fs::rename(from, to)?;
    let wal = |p: &Path| PathBuf::from(format!("{}-wal", p.display()));
    if wal(from).exists() {
        fs::rename(wal(from), wal(to))?;
    }
    Ok(())
}

/// Copies a SQLite database that no process has open, with its
/// write-ahead log if any.
fn copy_database(from: &Path, to: &Path) -> Result<()> {
    fs::copy(from, to).context("copying the demo database")?;
    let wal = |p: &Path| PathBuf::from(format!("{}-wal", p.display()));
    if wal(from).exists() {
        fs::copy(wal(from), wal(to)).context("copying the demo database's log")?;
    }
    Ok(())
}

/// This run (nextest gives each run an id), the binary (rebuilt means
/// rebuilt data), the generator's arguments and the day (the demo is built
/// for today).
fn demo_key() -> Result<String> {
    let meta = fs::metadata(corridor_bin()).context("the corridor binary")?;
    let built = meta
        .modified()?
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let run = std::env::var("NEXTEST_RUN_ID").unwrap_or_default();
    let today = chrono::Utc::now().date_naive();
    Ok(format!(
        "run={run} binary={built}/{} args={} day={today}\n",
        meta.len(),
        DEMO_ARGS.join(" ")
    ))
}

/// `corridor serve` on a private copy of the demo database, on a port the
/// system chose. Killed on drop.
pub struct Server {
    child: Child,
    base: String,
    db: PathBuf,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Copies the demo database and serves it.
    pub fn start() -> Result<Server> {
        let demo = demo_database()?;
        let dir = tempfile::Builder::new()
            .prefix("corridor-browser-")
            .tempdir()?;
        let db = dir.path().join("demo.sqlite");
        copy_database(&demo, &db)?;
        let mut child = Command::new(corridor_bin())
            .args([
                "serve",
                "--bind",
                "127.0.0.1:0",
                "--secure-cookies",
                "never",
            ])
            .arg("--database-url")
            .arg(format!("sqlite://{}", db.display()))
            .env("CORRIDOR_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .context("starting corridor serve")?;

        // `serve` prints the address it bound: "… serving on http://127.0.0.1:PORT/ …".
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().context("the server's stdout")?;
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(at) = line.find("http://") {
                    let addr: String = line[at..]
                        .chars()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    let _ = tx.send(addr.trim_end_matches('/').to_string());
                }
                println!("[corridor serve] {line}");
            }
        });
        let mut server = Server {
            child,
            base: String::new(),
            db,
            _dir: dir,
        };
        server.base = match rx.recv_timeout(START_TIMEOUT) {
            Ok(base) => base,
            Err(_) => {
                let status = server.child.try_wait().ok().flatten();
                bail!(
                    "corridor serve printed no address within {START_TIMEOUT:?} (exit: {status:?})"
                );
            }
        };
        server.wait_healthy()?;
        Ok(server)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The URL of the database it serves (its own copy of the demo).
    #[allow(dead_code)]
    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.db.display())
    }

    /// Polls `/api/v1/health` until it answers 200.
    fn wait_healthy(&mut self) -> Result<()> {
        let deadline = Instant::now() + START_TIMEOUT;
        let host = self.base.trim_start_matches("http://").to_string();
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                bail!("corridor serve exited: {status}");
            }
            match health(&host) {
                Ok(line) if line.contains(" 200 ") => return Ok(()),
                Ok(line) => last = line,
                Err(e) => last = e.to_string(),
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        bail!(
            "{}/api/v1/health did not answer 200 in time: {last}",
            self.base
        )
    }
}

fn health(host: &str) -> Result<String> {
    let mut s = TcpStream::connect(host)?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        s,
        "GET /api/v1/health HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )?;
    let mut answer = String::new();
    s.read_to_string(&mut answer)?;
    Ok(answer.lines().next().unwrap_or_default().to_string())
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
