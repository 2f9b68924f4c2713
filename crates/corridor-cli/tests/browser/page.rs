//! One tab at phone size, driven as a person would: it follows links,
//! fills labelled fields, presses buttons and waits for each navigation to
//! finish; and the checks every page must pass (axe, fits a phone, weight).
//!
//! Nothing here depends on the page's own scripts: clicks and typing are
//! DevTools input events, and reading the page uses `Runtime.evaluate`,
//! which DevTools may run even when the page's scripts are disabled
//! (`Emulation.setScriptExecutionDisabled`). The one exception is axe,
//! which needs timers: with scripts off it runs in a moment where they are
//! switched back on, after the page has loaded without them (scripts the
//! page skipped do not run then).

use super::cdp::{COMMAND_TIMEOUT, Cdp, Event};
use anyhow::{Context, Result, anyhow, bail};
use base64::Engine;
use serde::Deserialize;
use serde_json::{Value, json};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The phone every page is checked on: width × height in CSS px.
pub const PHONE: (u32, u32) = (390, 844);
/// The narrowest phone a page must also fit.
pub const NARROW_PHONE: u32 = 360;
/// WCAG 2.2 target size (minimum), CSS px.
pub const MIN_TARGET: f64 = 24.0;
/// The axe rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA.
pub const AXE_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/// How long a click may take to start a navigation.
const NAVIGATION_START: Duration = Duration::from_secs(10);

/// Whether the page's scripts run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Js {
    /// Scripts run (the default of browsers).
    On,
    /// Scripts are disabled: every journey must still work.
    Off,
}

/// What the checks found on one page.
#[derive(Debug, Clone)]
pub struct Visit {
    /// Path and query.
    pub path: String,
    /// HTTP status of the document.
    pub status: Option<u16>,
    /// Bytes transferred for the document and its subresources.
    pub bytes: u64,
}

/// A subresource (or the document) as the network saw it.
#[derive(Debug, Clone)]
pub struct Transfer {
    /// Its URL.
    pub url: String,
    /// Bytes on the wire, headers included.
    pub bytes: u64,
}

/// A link on the page.
#[derive(Debug, Clone, Deserialize)]
pub struct Link {
    /// Its text, whitespace collapsed.
    pub text: String,
    /// Its `href` attribute as written.
    pub href: String,
}

#[derive(Default)]
struct Navigation {
    started: bool,
    committed: bool,
    loaded: bool,
    status: Option<u16>,
    document_request: Option<String>,
    requests: Vec<(String, String)>,
    transfers: Vec<Transfer>,
}

/// One tab. Navigation methods panic with the page's path when something
/// fails, so a journey reads as a list of steps.
pub struct Page {
    cdp: Rc<RefCell<Cdp>>,
    session: String,
    frame: String,
    base: String,
    js: Js,
    nav: Navigation,
    checks: bool,
    weight_budget: u64,
    expected_status: u16,
    visits: Vec<Visit>,
}

/// The JavaScript helpers every query uses, evaluated in the page.
const HELPERS: &str = r#"
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
const visible = el => {
  if (!el.getClientRects().length) return false;
  const st = getComputedStyle(el);
  return st.visibility !== 'hidden' && st.display !== 'none';
};
const describe = el => {
  let d = el.tagName.toLowerCase();
  if (el.id) d += '#' + el.id;
  if (el.classList.length) d += '.' + [...el.classList].join('.');
  const text = norm(el.innerText || el.value || el.getAttribute('aria-label'));
  if (text) d += ' "' + (text.length > 40 ? text.slice(0, 40) + '…' : text) + '"';
  return d;
};
const byText = (selector, text, what) => {
  const all = [...document.querySelectorAll(selector)].filter(visible);
  const label = el => norm(el.innerText || el.value || el.getAttribute('aria-label'));
  let found = all.filter(el => label(el) === text);
  if (!found.length) found = all.filter(el => label(el).includes(text));
  if (!found.length) throw new Error('no ' + what + ' "' + text + '"; there are: ' +
    all.map(el => '"' + label(el) + '"').slice(0, 30).join(', '));
  return found[0];
};
const control = text => {
  const labels = [...document.querySelectorAll('label')];
  let found = labels.filter(l => norm(l.innerText) === text);
  if (!found.length) found = labels.filter(l => norm(l.innerText).includes(text));
  if (!found.length) throw new Error('no label "' + text + '"; there are: ' +
    labels.map(l => '"' + norm(l.innerText) + '"').join(', '));
  const el = found[0].control;
  if (!el) throw new Error('the label "' + text + '" labels no control');
  return el;
};
const target = el => {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  // A link that wraps has a box per line: aim at the first.
  const r = [...el.getClientRects()].find(r => r.width > 0 && r.height > 0) || el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  if (!hit || !(hit === el || el.contains(hit) || (el.labels && [...el.labels].some(l => l.contains(hit)))))
    throw new Error(describe(el) + ' is covered by ' + (hit ? describe(hit) : 'nothing') + ' at its centre');
  return { x, y };
};
"#;

impl Page {
    pub(super) fn open(
        cdp: Rc<RefCell<Cdp>>,
        base: &str,
        target: String,
        session: String,
        js: Js,
    ) -> Result<Page> {
        let mut page = Page {
            cdp,
            session,
            frame: target,
            base: base.trim_end_matches('/').to_string(),
            js,
            nav: Navigation::default(),
            checks: false,
            weight_budget: 100_000,
            expected_status: 200,
            visits: vec![],
        };
        page.call("Page.enable", json!({}))?;
        page.call("Network.enable", json!({}))?;
        // Every visit weighs what a first visit would.
        page.call("Network.setCacheDisabled", json!({ "cacheDisabled": true }))?;
        page.set_width(PHONE.0)?;
        page.call(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": js == Js::Off }),
        )?;
        Ok(page)
    }

    // ----- settings -------------------------------------------------------

    /// Runs axe, the phone checks and the weight budget after every
    /// navigation from now on, and keeps the list of pages visited.
    pub fn check_every_page(&mut self, on: bool) {
        self.checks = on;
    }

    /// The most bytes a page may weigh in the automatic checks (100 KB
    /// unless set).
    pub fn set_weight_budget(&mut self, bytes: u64) {
        self.weight_budget = bytes;
    }

    /// The status the next navigation must end on (200 unless set); reset
    /// after that navigation.
    pub fn expect_status(&mut self, status: u16) {
        self.expected_status = status;
    }

    /// Whether scripts run in this page.
    pub fn js(&self) -> Js {
        self.js
    }

    /// The pages checked so far.
    pub fn visits(&self) -> &[Visit] {
        &self.visits
    }

    // ----- navigating -----------------------------------------------------

    /// Opens `path` (e.g. `/jobs`) on the server.
    #[track_caller]
    pub fn goto(&mut self, path: &str) {
        let url = format!("{}{path}", self.base);
        self.goto_url(&url);
    }

    /// Opens any URL.
    #[track_caller]
    pub fn goto_url(&mut self, url: &str) {
        let r = self.try_goto(url);
        self.fail_on(r, &format!("goto({url})"));
        self.after_navigation();
    }

    fn try_goto(&mut self, url: &str) -> Result<()> {
        self.begin_navigation()?;
        let r = self.call("Page.navigate", json!({ "url": url }))?;
        if let Some(e) = r.get("errorText").and_then(Value::as_str) {
            bail!("navigating to {url}: {e}");
        }
        self.nav.started = true;
        self.wait_loaded()
    }

    /// Clicks the button (or submit input) whose text is `text` and waits
    /// for the page it leads to.
    #[track_caller]
    pub fn click_button(&mut self, text: &str) {
        let find = format!(
            "byText('button, input[type=submit], input[type=button]', {}, 'button')",
            js_str(text)
        );
        let r = self.click_and_wait(&find);
        self.fail_on(r, &format!("click_button({text:?})"));
        self.after_navigation();
    }

    /// Clicks the link whose text is `text` (the first visible one; exact
    /// text first, else one containing it) and waits for the page.
    #[track_caller]
    pub fn click_link(&mut self, text: &str) {
        let find = format!("byText('a[href]', {}, 'link')", js_str(text));
        let r = self.click_and_wait(&find);
        self.fail_on(r, &format!("click_link({text:?})"));
        self.after_navigation();
    }

    /// Clicks the first visible link whose `href` attribute is `href`.
    #[track_caller]
    pub fn click_link_to(&mut self, href: &str) {
        let find = format!(
            "(() => {{ const el = [...document.querySelectorAll('a[href]')].filter(visible)
                 .find(a => a.getAttribute('href') === {h});
               if (!el) throw new Error('no visible link to ' + {h});
               return el; }})()",
            h = js_str(href)
        );
        let r = self.click_and_wait(&find);
        self.fail_on(r, &format!("click_link_to({href:?})"));
        self.after_navigation();
    }

    /// Opens the disclosure (`<details>`) whose summary reads `text`, as a
    /// person taps it (no navigation; works without JavaScript).
    #[track_caller]
    pub fn open_details(&mut self, text: &str) {
        let r = self.try_open_details(text);
        self.fail_on(r, &format!("open_details({text:?})"));
    }

    fn try_open_details(&mut self, text: &str) -> Result<()> {
        let find = format!("byText('summary', {}, 'summary')", js_str(text));
        let at: Value = self.eval(&format!("return target({find});"))?;
        self.click_at(&at)?;
        let deadline = Instant::now() + COMMAND_TIMEOUT;
        loop {
            let open: bool = self.eval(&format!(
                "const s = {find}; return s.parentElement.open === true;"
            ))?;
            if open {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("the disclosure did not open");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Opens the main menu and follows its link `text`.
    #[track_caller]
    pub fn menu(&mut self, text: &str) {
        self.open_details("Menu");
        self.click_link(text);
    }

    /// Signs in through the `/sign-in` form, and for officials and the
    /// administrator through the code step with the demo key's current
    /// code (each journey has its own server, so no code is used twice).
    #[track_caller]
    pub fn sign_in(&mut self, email: &str, password: &str) {
        self.goto("/sign-in");
        self.fill("E-mail", email);
        self.fill("Password", password);
        self.click_button("Sign in");
        if self.current_path() == "/sign-in/code" {
            self.fill("Six-digit code", &super::demo_code());
            self.click_button("Continue");
        }
        if self.current_path().starts_with("/sign-in") {
            panic!(
                "signing in as {email} failed; the page says: {}",
                self.main_text()
            );
        }
    }

    // ----- forms ----------------------------------------------------------

    /// Types `value` into the field labelled `label` (replacing its text).
    #[track_caller]
    pub fn fill(&mut self, label: &str, value: &str) {
        let r = self.try_fill(label, value);
        self.fail_on(r, &format!("fill({label:?})"));
    }

    fn try_fill(&mut self, label: &str, value: &str) -> Result<()> {
        let l = js_str(label);
        let at: Value = self.eval(&format!(
            "const el = control({l}); const at = target(el); el.focus();
             if (el.select) el.select(); return at;"
        ))?;
        self.click_at(&at)?;
        self.eval::<Value>(&format!(
            "const el = control({l}); el.focus(); if (el.select) el.select(); return null;"
        ))?;
        self.call("Input.insertText", json!({ "text": value }))?;
        let now: Value = self.eval(&format!("return control({l}).value;"))?;
        if now.as_str() != Some(value) {
            // Fields typing cannot fill (dates, ranges): set the value.
            self.eval::<Value>(&format!(
                "const el = control({l}); el.value = {};
                 el.dispatchEvent(new Event('input', {{ bubbles: true }}));
                 el.dispatchEvent(new Event('change', {{ bubbles: true }})); return null;",
                js_str(value)
            ))?;
        }
        Ok(())
    }

    /// Chooses the option whose text is `option` in the list labelled
    /// `label`.
    #[track_caller]
    pub fn select(&mut self, label: &str, option: &str) {
        let r = self
            .eval::<Value>(&format!(
                "const el = control({}); const o = [...el.options].find(o => norm(o.text) === {o});
                 if (!o) throw new Error('no option ' + {o} + '; there are: ' +
                   [...el.options].map(o => norm(o.text)).join(', '));
                 el.value = o.value;
                 el.dispatchEvent(new Event('input', {{ bubbles: true }}));
                 el.dispatchEvent(new Event('change', {{ bubbles: true }})); return null;",
                js_str(label),
                o = js_str(option)
            ))
            .map(drop);
        self.fail_on(r, &format!("select({label:?}, {option:?})"));
    }

    /// Ticks the checkbox (or radio button) labelled `label`, by clicking
    /// it; does nothing if it is already ticked.
    #[track_caller]
    pub fn check(&mut self, label: &str) {
        let r = (|| -> Result<()> {
            let l = js_str(label);
            let at: Value = self.eval(&format!(
                "const el = control({l}); return el.checked ? null : target(el);"
            ))?;
            if at.is_null() {
                return Ok(());
            }
            self.click_at(&at)?;
            let ticked: Value = self.eval(&format!("return control({l}).checked;"))?;
            if ticked != json!(true) {
                bail!("clicking it did not tick it");
            }
            Ok(())
        })();
        self.fail_on(r, &format!("check({label:?})"));
    }

    // ----- reading ----------------------------------------------------------

    /// The text of the whole page, as shown.
    #[track_caller]
    pub fn text(&mut self) -> String {
        let r = self.eval("return document.body ? document.body.innerText : '';");
        self.fail_on(r, "text()")
    }

    /// The text of `main`, as shown.
    #[track_caller]
    pub fn main_text(&mut self) -> String {
        let r = self.eval(
            "const m = document.querySelector('main'); return m ? m.innerText : document.body.innerText;",
        );
        self.fail_on(r, "main_text()")
    }

    /// The document's title.
    #[track_caller]
    pub fn title(&mut self) -> String {
        let r = self.eval("return document.title;");
        self.fail_on(r, "title()")
    }

    /// The path of the page shown (without the query).
    #[track_caller]
    pub fn current_path(&mut self) -> String {
        let r = self.eval("return location.pathname;");
        self.fail_on(r, "current_path()")
    }

    /// The path and query of the page shown.
    #[track_caller]
    pub fn current_path_and_query(&mut self) -> String {
        let r = self.eval("return location.pathname + location.search;");
        self.fail_on(r, "current_path_and_query()")
    }

    /// The HTTP status the shown document came with.
    pub fn status(&self) -> Option<u16> {
        self.nav.status
    }

    /// The visible links inside `selector` (e.g. `main`), in page order.
    #[track_caller]
    pub fn links(&mut self, selector: &str) -> Vec<Link> {
        let r = self.eval(&format!(
            "return [...document.querySelectorAll({} + ' a[href]')].filter(visible)
               .map(a => ({{ text: norm(a.innerText), href: a.getAttribute('href') }}));",
            js_str(selector)
        ));
        self.fail_on(r, &format!("links({selector:?})"))
    }

    /// Whether a visible button with this text is on the page.
    #[track_caller]
    pub fn has_button(&mut self, text: &str) -> bool {
        let r = self.eval(&format!(
            "return [...document.querySelectorAll('button, input[type=submit]')].filter(visible)
               .some(b => norm(b.innerText || b.value) === {});",
            js_str(text)
        ));
        self.fail_on(r, &format!("has_button({text:?})"))
    }

    /// Evaluates `body` (a function body that `return`s a JSON value) in
    /// the page, with the helpers above in scope.
    pub fn eval<T: serde::de::DeserializeOwned>(&mut self, body: &str) -> Result<T> {
        let expression = format!("(() => {{ {HELPERS}\n{body}\n}})()");
        let v = self.evaluate(&expression)?;
        serde_json::from_value(v).context("reading the value the page gave")
    }

    fn evaluate(&mut self, expression: &str) -> Result<Value> {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        )?;
        if let Some(ex) = r.get("exceptionDetails") {
            let msg = ex
                .pointer("/exception/description")
                .and_then(Value::as_str)
                .or_else(|| ex.get("text").and_then(Value::as_str))
                .unwrap_or("an exception");
            bail!("{}", msg.lines().next().unwrap_or(msg));
        }
        Ok(r.pointer("/result/value").cloned().unwrap_or(Value::Null))
    }

    // ----- checks -------------------------------------------------------------

    /// Runs axe-core with the WCAG 2.2 A and AA rules and fails on any
    /// violation, naming each with its help text and where it is.
    #[track_caller]
    pub fn assert_axe_clean(&mut self) {
        let r = self.axe_violations();
        let found = self.fail_on(r, "assert_axe_clean()");
        if !found.is_empty() {
            let path = self.current_path_and_query();
            panic!(
                "axe found {} kind(s) of WCAG 2.2 A/AA violation on {path}:\n{}",
                found.len(),
                found.join("\n")
            );
        }
    }

    fn axe_violations(&mut self) -> Result<Vec<String>> {
        let loaded: Value = self.evaluate("typeof window.axe")?;
        if loaded.as_str() != Some("object") {
            self.evaluate(axe_source()?)?;
        }
        // axe schedules its work with timers, which do not fire while the
        // page's scripts are disabled.
        if self.js == Js::Off {
            self.call(
                "Emulation.setScriptExecutionDisabled",
                json!({ "value": false }),
            )?;
        }
        let result = self.evaluate(&format!(
            "axe.run(document, {{ runOnly: {{ type: 'tag', values: {} }}, resultTypes: ['violations'] }})
               .then(r => r.violations.map(v => '- ' + v.id + ' (' + v.impact + '): ' + v.help + ' [' + v.helpUrl + ']\\n' +
                 v.nodes.slice(0, 3).map(n => '    at ' + n.target.join(' ') + ': ' +
                   (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 240)).join('\\n') +
                 (v.nodes.length > 3 ? '\\n    … and ' + (v.nodes.length - 3) + ' more' : '')))",
            json!(AXE_TAGS)
        ));
        if self.js == Js::Off {
            self.call(
                "Emulation.setScriptExecutionDisabled",
                json!({ "value": true }),
            )?;
        }
        Ok(serde_json::from_value(result?)?)
    }

    /// Fails if the page scrolls sideways at 390 or 360 CSS px, or if a
    /// visible link, button or field is smaller than 24×24 CSS px (WCAG 2.2
    /// target size; links inside running text — `p`, `li`, `dd` — are
    /// exempt, as the criterion exempts inline targets).
    #[track_caller]
    pub fn assert_fits_phone(&mut self) {
        let r = self.phone_problems();
        let problems = self.fail_on(r, "assert_fits_phone()");
        if !problems.is_empty() {
            let path = self.current_path_and_query();
            panic!(
                "{path} does not fit a phone:\n{}",
                problems
                    .iter()
                    .map(|p| format!("- {p}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }

    fn phone_problems(&mut self) -> Result<Vec<String>> {
        let mut problems = self.layout_problems(PHONE.0, true)?;
        self.set_width(NARROW_PHONE)?;
        let narrow = self.layout_problems(NARROW_PHONE, false);
        self.set_width(PHONE.0)?;
        problems.extend(narrow?);
        Ok(problems)
    }

    fn layout_problems(&mut self, width: u32, targets: bool) -> Result<Vec<String>> {
        self.eval(&format!(
            r#"
            const out = [];
            // A phone lays out a page wider than its screen and zooms out:
            // innerWidth then exceeds the screen's width.
            const wide = Math.max(document.documentElement.scrollWidth, innerWidth);
            if (wide > {width}) {{
              const clipped = el => {{
                for (let p = el.parentElement; p; p = p.parentElement) {{
                  if (p === document.body || p === document.documentElement) return false;
                  if (getComputedStyle(p).overflowX !== 'visible') return true;
                }}
                return false;
              }};
              const over = [...document.body.querySelectorAll('*')].filter(el => {{
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.right > {width} + 0.5 && !clipped(el);
              }});
              const deepest = over.filter(el => !over.some(o => o !== el && el.contains(o)));
              out.push('at {width} px the page is laid out ' + wide + ' px wide (scrolls sideways or zooms out); too wide: ' +
                deepest.slice(0, 5).map(el => describe(el) + ' (right edge at ' +
                  Math.round(el.getBoundingClientRect().right) + ' px)').join('; '));
            }}
            if ({targets}) {{
              for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {{
                if (!visible(el)) continue;
                if (el.tagName === 'A' && el.closest('p, li, dd')) continue;
                const r = el.getBoundingClientRect();
                if (r.width < {min} - 0.01 || r.height < {min} - 0.01)
                  out.push(describe(el) + ' is a target of ' + r.width.toFixed(1) + '×' + r.height.toFixed(1) +
                    ' px, under {min}×{min}');
              }}
            }}
            return out;
            "#,
            min = MIN_TARGET
        ))
    }

    /// Bytes transferred for the page shown: the document and every
    /// subresource, headers included (the cache is off, so this is what a
    /// first visit costs).
    pub fn page_weight(&mut self) -> u64 {
        self.drain_events();
        self.nav.transfers.iter().map(|t| t.bytes).sum()
    }

    /// What [`Page::page_weight`] adds up.
    pub fn transfers(&mut self) -> Vec<Transfer> {
        self.drain_events();
        self.nav.transfers.clone()
    }

    /// Fails if the page weighs more than `bytes`.
    #[track_caller]
    pub fn assert_weight_under(&mut self, bytes: u64) {
        let weight = self.page_weight();
        if weight > bytes {
            let path = self.current_path_and_query();
            let list: Vec<String> = self
                .transfers()
                .iter()
                .map(|t| format!("- {} B {}", t.bytes, t.url))
                .collect();
            panic!(
                "{path} weighs {weight} bytes, over the budget of {bytes}:\n{}",
                list.join("\n")
            );
        }
    }

    /// Saves what the phone's screen shows (390×844 CSS px at device scale
    /// 2) as a PNG.
    pub fn screenshot(&mut self, file: &Path) -> Result<()> {
        self.save_png(file, json!({ "format": "png" }))
    }

    /// Saves the whole page, top to bottom, as a PNG.
    pub fn screenshot_full_page(&mut self, file: &Path) -> Result<()> {
        let m = self.call("Page.getLayoutMetrics", json!({}))?;
        let height = m
            .pointer("/cssContentSize/height")
            .and_then(Value::as_f64)
            .context("the page's height")?;
        self.save_png(
            file,
            json!({ "format": "png", "captureBeyondViewport": true,
                    "clip": { "x": 0, "y": 0, "width": PHONE.0, "height": height, "scale": 1 } }),
        )
    }

    fn save_png(&mut self, file: &Path, params: Value) -> Result<()> {
        let r = self.call("Page.captureScreenshot", params)?;
        let data = r["data"].as_str().context("screenshot data")?;
        let png = base64::engine::general_purpose::STANDARD.decode(data)?;
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(file, png).with_context(|| format!("writing {}", file.display()))
    }

    // ----- inner workings --------------------------------------------------

    fn call(&mut self, method: &str, params: Value) -> Result<Value> {
        self.cdp
            .borrow_mut()
            .call(Some(&self.session), method, params)
    }

    fn set_width(&mut self, width: u32) -> Result<()> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": PHONE.1, "deviceScaleFactor": 2, "mobile": true }),
        )?;
        Ok(())
    }

    /// Ends the test with `what` failed on this page.
    #[track_caller]
    fn fail_on<T>(&mut self, r: Result<T>, what: &str) -> T {
        match r {
            Ok(v) => v,
            Err(e) => {
                let at = self
                    .eval::<String>("return location.pathname + location.search;")
                    .unwrap_or_else(|_| "?".into());
                panic!("{what} failed on {at}: {e:#}")
            }
        }
    }

    fn begin_navigation(&mut self) -> Result<()> {
        self.drain_events();
        if self.nav.started && !self.nav.loaded {
            bail!("the previous page has not finished loading");
        }
        self.nav = Navigation::default();
        Ok(())
    }

    fn click_at(&mut self, at: &Value) -> Result<()> {
        let (x, y) = (
            at["x"].as_f64().context("x")?,
            at["y"].as_f64().context("y")?,
        );
        for (kind, buttons) in [("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 0)] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": if kind == "mouseMoved" { "none" } else { "left" },
                        "buttons": buttons, "clickCount": 1 }),
            )?;
        }
        Ok(())
    }

    /// Clicks the element `find` (an expression) gives and waits for the
    /// navigation the click starts.
    fn click_and_wait(&mut self, find: &str) -> Result<()> {
        let at: Value = self.eval(&format!("return target({find});"))?;
        self.begin_navigation()?;
        self.click_at(&at)?;
        let deadline = Instant::now() + NAVIGATION_START;
        while !self.nav.started {
            self.drain_events();
            if self.nav.started {
                break;
            }
            self.cdp
                .borrow_mut()
                .pump(deadline)
                .map_err(|_| anyhow!("the click started no navigation"))?;
        }
        self.wait_loaded()
    }

    fn wait_loaded(&mut self) -> Result<()> {
        let deadline = Instant::now() + COMMAND_TIMEOUT;
        loop {
            self.drain_events();
            if self.nav.committed && self.nav.loaded {
                return Ok(());
            }
            self.cdp
                .borrow_mut()
                .pump(deadline)
                .map_err(|e| anyhow!("the page did not finish loading: {e}"))?;
        }
    }

    fn drain_events(&mut self) {
        let events = self.cdp.borrow_mut().take_events(&self.session);
        for e in events {
            self.on_event(e);
        }
    }

    fn on_event(&mut self, e: Event) {
        let p = &e.params;
        let main_frame = |id: Option<&str>| id == Some(self.frame.as_str());
        match e.method.as_str() {
            "Page.frameRequestedNavigation"
            | "Page.frameStartedNavigating"
            | "Page.frameStartedLoading"
                if main_frame(p["frameId"].as_str()) =>
            {
                self.nav.started = true;
            }
            "Page.frameNavigated" if p.pointer("/frame/parentId").is_none() => {
                self.nav.started = true;
                self.nav.committed = true;
                self.nav.loaded = false;
            }
            "Page.loadEventFired" if self.nav.committed => {
                self.nav.loaded = true;
            }
            "Network.requestWillBeSent" => {
                let id = p["requestId"].as_str().unwrap_or_default().to_string();
                let url = p.pointer("/request/url").and_then(Value::as_str);
                if p["type"] == "Document" && main_frame(p["frameId"].as_str()) {
                    self.nav.started = true;
                    self.nav.document_request = Some(id.clone());
                }
                self.nav
                    .requests
                    .push((id, url.unwrap_or_default().to_string()));
            }
            "Network.responseReceived"
                if p["requestId"].as_str() == self.nav.document_request.as_deref() =>
            {
                self.nav.status = p
                    .pointer("/response/status")
                    .and_then(Value::as_u64)
                    .map(|s| s as u16);
            }
            "Network.loadingFinished" => {
                let id = p["requestId"].as_str().unwrap_or_default();
                // The browser's own request for the site's icon is not
                // part of the page.
                if let Some((_, url)) = self
                    .nav
                    .requests
                    .iter()
                    .find(|(r, u)| r == id && !u.ends_with("/favicon.ico"))
                {
                    self.nav.transfers.push(Transfer {
                        url: url.clone(),
                        bytes: p["encodedDataLength"].as_f64().unwrap_or(0.0) as u64,
                    });
                }
            }
            _ => {}
        }
    }

    /// The automatic checks, after every navigation when they are on.
    #[track_caller]
    fn after_navigation(&mut self) {
        let expected = std::mem::replace(&mut self.expected_status, 200);
        if !self.checks {
            return;
        }
        let path = self.current_path_and_query();
        let status = self.status();
        if status != Some(expected) {
            panic!(
                "{path} came with status {status:?}, not {expected}; it says:\n{}",
                self.main_text()
            );
        }
        self.assert_axe_clean();
        self.assert_fits_phone();
        self.assert_weight_under(self.weight_budget);
        let bytes = self.page_weight();
        self.visits.push(Visit {
            path,
            status,
            bytes,
        });
    }
}

/// A Rust string as a JavaScript string literal.
fn js_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// axe-core's script, read once from the npm package.
fn axe_source() -> Result<&'static str> {
    static SOURCE: OnceLock<Result<String, String>> = OnceLock::new();
    SOURCE
        .get_or_init(|| {
            let path = super::axe_path();
            std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))
        })
        .as_deref()
        .map_err(|e| anyhow!("{e}"))
}
