//! Launching the system's Chromium (headless, a fresh profile, remote
//! debugging on a port it chooses) and ending it with the test.

use super::cdp::Cdp;
use super::page::{Js, Page};
use anyhow::{Context, Result, bail};
use serde_json::json;
use std::cell::RefCell;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::rc::Rc;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// How long Chromium may take to start.
const LAUNCH_TIMEOUT: Duration = Duration::from_secs(60);

/// A running headless Chromium; killed (with its helper processes) on drop.
pub struct Browser {
    child: Child,
    cdp: Rc<RefCell<Cdp>>,
    stderr: Arc<Mutex<Vec<String>>>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `chromium` with a fresh profile and connects to it.
    pub fn launch(chromium: &Path) -> Result<Browser> {
        let profile = tempfile::Builder::new()
            .prefix("corridor-chromium-")
            .tempdir()?;
        let mut cmd = Command::new(chromium);
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            // Without these Chromium keeps trying to reach Google's
            // servers, which a closed network refuses.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--metrics-recording-only",
            "--password-store=basic",
            "--use-mock-keychain",
            "--mute-audio",
            "--hide-scrollbars",
            "--lang=en-US",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        // Its own process group, so that its helpers end with it.
        .process_group(0);
        let mut child = cmd
            .spawn()
            .with_context(|| format!("starting {}", chromium.display()))?;

        // Chromium announces its DevTools address on stderr; the rest of
        // stderr is kept for error messages.
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel();
        let pipe = child.stderr.take().context("Chromium's stderr")?;
        let lines = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                if let Some(at) = line.find("ws://") {
                    let _ = tx.send(line[at..].trim().to_string());
                }
                let mut kept = lines.lock().unwrap_or_else(|e| e.into_inner());
                if kept.len() < 200 {
                    kept.push(line);
                }
            }
        });
        let url = match rx.recv_timeout(LAUNCH_TIMEOUT) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                let said = stderr.lock().unwrap_or_else(|e| e.into_inner()).join("\n");
                bail!(
                    "{} did not announce a DevTools address within {LAUNCH_TIMEOUT:?}; it said:\n{said}",
                    chromium.display()
                );
            }
        };
        let cdp = Cdp::connect(&url)?;
        Ok(Browser {
            child,
            cdp: Rc::new(RefCell::new(cdp)),
            stderr,
            _profile: profile,
        })
    }

    /// A new tab in a browser context of its own (own cookies), with a
    /// phone's viewport; `base` is the server the paths of `goto` are on.
    pub fn new_page(&self, base: &str, js: Js) -> Result<Page> {
        let (target, session) = {
            let mut cdp = self.cdp.borrow_mut();
            let context =
                cdp.call(None, "Target.createBrowserContext", json!({}))?["browserContextId"]
                    .as_str()
                    .context("browserContextId")?
                    .to_string();
            let target = cdp.call(
                None,
                "Target.createTarget",
                json!({ "url": "about:blank", "browserContextId": context }),
            )?["targetId"]
                .as_str()
                .context("targetId")?
                .to_string();
            let session = cdp.call(
                None,
                "Target.attachToTarget",
                json!({ "targetId": target, "flatten": true }),
            )?["sessionId"]
                .as_str()
                .context("sessionId")?
                .to_string();
            (target, session)
        };
        Page::open(Rc::clone(&self.cdp), base, target, session, js)
    }

    /// What Chromium printed on stderr (for failure messages).
    pub fn stderr(&self) -> String {
        self.stderr
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .join("\n")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ask politely, then make sure: the main process and every helper
        // in its process group.
        if let Ok(mut cdp) = self.cdp.try_borrow_mut() {
            let _ = cdp.call(None, "Browser.close", json!({}));
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
    }
}
