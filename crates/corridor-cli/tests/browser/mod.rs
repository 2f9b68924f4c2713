//! The browser-test harness: real Chromium at phone width, driving whole
//! journeys through the server-rendered pages, with axe-core and the phone
//! checks on every page visited.
//!
//! - [`Journey`]: a server on its own copy of the demo database, a
//!   browser and one page whose every navigation is checked (axe WCAG 2.2
//!   A/AA, no sideways scrolling at 390 and 360 px, targets of 24×24 px,
//!   under 100 KB). It derefs to [`Page`], the driving API.
//! - [`server`]: the demo database built once per test run, and `corridor
//!   serve` on a port the system picks.
//! - [`chrome`]: the system's Chromium, launched headless with a fresh
//!   profile and killed with the test.
//! - [`cdp`]: the DevTools protocol client.
//!
//! Why not chromiumoxide: it is the usual Rust CDP crate and well kept,
//! but its generated protocol bindings (`chromiumoxide_cdp`, the whole
//! protocol as Rust types) are heavy: on this project's two-core machine
//! chromiumoxide 0.9 and its dependencies took 132 s of CPU and 2.4 GB of
//! memory to build (7½ minutes of wall time beside another build), on top
//! of an async stack the tests do not need. tungstenite (blocking
//! WebSocket, no TLS) with its dependencies takes 13 s of CPU and 240 MB.
//! A journey is a sequence of steps, so a blocking client and
//! `serde_json` values for the two dozen commands used here are enough.
//!
//! Chromium and axe-core must be installed: `apt-get install chromium` and
//! `npm ci --prefix crates/corridor-cli/tests/browser`. Without them the
//! tests say why and pass, except where `CI` or `CORRIDOR_REQUIRE_BROWSER=1`
//! is set: there they fail. `CORRIDOR_CHROMIUM` and `CORRIDOR_AXE_JS` point
//! at other copies.

// Not every journey uses every part of the API.
#![allow(dead_code)]

pub mod cdp;
pub mod chrome;
pub mod page;
pub mod server;

pub use chrome::Browser;
pub use page::{Js, Page};
pub use server::Server;

use std::ops::{Deref, DerefMut};
use std::path::PathBuf;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "corridor-demo";

/// The two-step sign-in key of every demo official and administrator (as
/// README.md publishes it).
pub const DEMO_TOTP_SECRET: &str = "MNXXE4TJMRXXELLEMVWW6LJSMZQS233L";

/// The code an authenticator app holding [`DEMO_TOTP_SECRET`] shows now.
pub fn demo_code() -> String {
    let secret = corridor_server::two_factor::Secret::from_base32(DEMO_TOTP_SECRET)
        .expect("the demo key is base32");
    corridor_server::two_factor::current_code(&secret)
}

/// What the browser tests need from the machine.
pub struct Tools {
    /// The Chromium binary.
    pub chromium: PathBuf,
}

/// The Chromium to use: `CORRIDOR_CHROMIUM`, else `chromium` (or
/// `chromium-browser`) on the `PATH`.
pub fn chromium_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CORRIDOR_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// axe-core's script: `CORRIDOR_AXE_JS`, else the npm package beside this
/// module.
pub fn axe_path() -> PathBuf {
    std::env::var_os("CORRIDOR_AXE_JS").map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/browser/node_modules/axe-core/axe.min.js")
        },
        PathBuf::from,
    )
}

/// Whether a missing browser must fail the test rather than skip it.
fn browser_required() -> bool {
    let set =
        |name: &str| std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
    set("CI") || set("CORRIDOR_REQUIRE_BROWSER")
}

/// Chromium and axe-core, or `None` (after saying why) when they are
/// missing and not required.
pub fn tools() -> Option<Tools> {
    let mut missing = vec![];
    let chromium = chromium_path();
    match &chromium {
        Some(p) if p.is_file() => {}
        Some(p) => missing.push(format!(
            "Chromium is not at {} (CORRIDOR_CHROMIUM)",
            p.display()
        )),
        None => missing.push("Chromium is not installed: apt-get install chromium".to_string()),
    }
    let axe = axe_path();
    if !axe.is_file() {
        missing.push(format!(
            "axe-core is not at {}: npm ci --prefix {}",
            axe.display(),
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser")
        ));
    }
    if missing.is_empty() {
        return chromium.map(|chromium| Tools { chromium });
    }
    let why = missing.join("\n");
    if browser_required() {
        panic!("the browser tests are required here (CI or CORRIDOR_REQUIRE_BROWSER=1):\n{why}");
    }
    eprintln!("skipping this browser test:\n{why}");
    None
}

/// A user journey: a server of its own, a browser, and one phone-sized page
/// whose every navigation runs the checks.
pub struct Journey {
    name: String,
    page: Page,
    browser: Browser,
    server: Server,
}

impl Journey {
    /// Starts the server and the browser, or returns `None` when the tools
    /// are missing and not required (the test then passes having said so).
    #[track_caller]
    pub fn start(name: &str, js: Js) -> Option<Journey> {
        let tools = tools()?;
        let server = Server::start().unwrap_or_else(|e| panic!("starting the server: {e:#}"));
        let browser =
            Browser::launch(&tools.chromium).unwrap_or_else(|e| panic!("starting Chromium: {e:#}"));
        let mut page = browser
            .new_page(server.base(), js)
            .unwrap_or_else(|e| panic!("opening a page: {e:#}\n{}", browser.stderr()));
        page.check_every_page(true);
        Some(Journey {
            name: format!(
                "{name} (JavaScript {})",
                if js == Js::On { "on" } else { "off" }
            ),
            page,
            browser,
            server,
        })
    }

    /// The server's base URL.
    pub fn base(&self) -> &str {
        self.server.base()
    }

    /// A second page in the same browser, in a context of its own (own
    /// cookies), with the same checks: another user at the same time.
    pub fn new_page(&self, js: Js) -> Page {
        let mut page = self
            .browser
            .new_page(self.server.base(), js)
            .unwrap_or_else(|e| panic!("opening a page: {e:#}"));
        page.check_every_page(true);
        page
    }
}

impl Deref for Journey {
    type Target = Page;
    fn deref(&self) -> &Page {
        &self.page
    }
}

impl DerefMut for Journey {
    fn deref_mut(&mut self) -> &mut Page {
        &mut self.page
    }
}

impl Drop for Journey {
    fn drop(&mut self) {
        // Printed on success and failure alike: which pages were checked.
        let visits = self.page.visits();
        println!("{}: {} page(s) checked", self.name, visits.len());
        for v in visits {
            println!(
                "  {:>6.1} KB  {}  {}",
                v.bytes as f64 / 1000.0,
                v.status.map_or("-".into(), |s| s.to_string()),
                v.path
            );
        }
    }
}
