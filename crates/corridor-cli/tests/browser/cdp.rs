//! The DevTools protocol over one blocking WebSocket: commands with their
//! answers, and the events that arrive meanwhile, queued for whoever
//! waits on them. Page sessions are "flattened": every page's commands and
//! events travel on the browser's one socket, tagged with a session id.

use anyhow::{Context, Result, anyhow, bail};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::io::ErrorKind;
use std::net::TcpStream;
use std::time::{Duration, Instant};
use tungstenite::protocol::WebSocketConfig;
use tungstenite::{Message, WebSocket};

/// How long one command may take before the test fails.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// An event Chromium sent.
#[derive(Debug, Clone)]
pub struct Event {
    /// E.g. `Page.loadEventFired`.
    pub method: String,
    /// Its parameters.
    pub params: Value,
    /// The page session it belongs to (none for browser-wide events).
    pub session: Option<String>,
}

/// One connection to a browser.
pub struct Cdp {
    ws: WebSocket<TcpStream>,
    next_id: u64,
    events: VecDeque<Event>,
}

impl Cdp {
    /// Connects to `ws://127.0.0.1:PORT/devtools/browser/…`.
    pub fn connect(url: &str) -> Result<Cdp> {
        let host = url
            .strip_prefix("ws://")
            .and_then(|rest| rest.split('/').next())
            .with_context(|| format!("not a DevTools address: {url}"))?;
        let stream = TcpStream::connect(host).with_context(|| format!("connecting to {host}"))?;
        stream.set_nodelay(true)?;
        // Full-page screenshots arrive as one large message.
        let config = WebSocketConfig::default()
            .max_message_size(Some(512 << 20))
            .max_frame_size(Some(512 << 20));
        let (ws, _) = tungstenite::client::client_with_config(url, stream, Some(config))
            .map_err(|e| anyhow!("WebSocket handshake with {url}: {e}"))?;
        Ok(Cdp {
            ws,
            next_id: 1,
            events: VecDeque::new(),
        })
    }

    /// Sends `method` (to a page when `session` is given) and returns its
    /// result; events that arrive first are queued.
    pub fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value> {
        let id = self.next_id;
        self.next_id += 1;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .with_context(|| format!("sending {method}"))?;
        let deadline = Instant::now() + COMMAND_TIMEOUT;
        loop {
            let v = self
                .read(deadline)
                .with_context(|| format!("waiting for the answer to {method}"))?;
            if v.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(err) = v.get("error") {
                    bail!("{method} failed: {err}");
                }
                return Ok(v.get("result").cloned().unwrap_or(Value::Null));
            }
            self.queue(v);
        }
    }

    /// Takes every queued event of `session`, oldest first.
    pub fn take_events(&mut self, session: &str) -> Vec<Event> {
        let (mine, others): (VecDeque<Event>, VecDeque<Event>) = self
            .events
            .drain(..)
            .partition(|e| e.session.as_deref() == Some(session));
        self.events = others;
        mine.into()
    }

    /// Waits until at least one more message has arrived (and queues it),
    /// or fails at `deadline`.
    pub fn pump(&mut self, deadline: Instant) -> Result<()> {
        let v = self.read(deadline)?;
        self.queue(v);
        Ok(())
    }

    fn queue(&mut self, v: Value) {
        if let Some(method) = v.get("method").and_then(Value::as_str) {
            self.events.push_back(Event {
                method: method.to_string(),
                params: v.get("params").cloned().unwrap_or(Value::Null),
                session: v
                    .get("sessionId")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
            // Browser-wide events nobody waits for would pile up.
            if self.events.len() > 10_000 {
                self.events.pop_front();
            }
        }
    }

    fn read(&mut self, deadline: Instant) -> Result<Value> {
        loop {
            let left = deadline
                .checked_duration_since(Instant::now())
                .filter(|d| !d.is_zero())
                .ok_or_else(|| anyhow!("timed out"))?;
            self.ws.get_ref().set_read_timeout(Some(left))?;
            match self.ws.read() {
                Ok(Message::Text(t)) => return Ok(serde_json::from_str(t.as_str())?),
                Ok(Message::Binary(b)) => return Ok(serde_json::from_slice(&b)?),
                Ok(Message::Close(_)) => bail!("the browser closed the connection"),
                Ok(_) => {}
                // A read timeout: tungstenite keeps any partial frame.
                Err(tungstenite::Error::Io(e))
                    if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(e) => bail!("reading from the browser: {e}"),
            }
        }
    }
}
