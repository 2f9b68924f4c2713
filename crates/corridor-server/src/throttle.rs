//! Throttling of sign-in attempts, per account and per client address.
//!
//! Each failed attempt counts against the e-mail tried and the address it
//! came from, in a fixed window. Once either has used its allowance the
//! next attempts are refused with 429 and `Retry-After` before any password
//! is checked — so a flood of wrong passwords neither guesses on nor makes
//! the server spend argon2's work. A successful sign-in clears the
//! account's count. The counts live in the server's memory: a restart
//! forgets them, and several servers behind one address keep their own.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed attempts allowed per account in a window.
pub const PER_ACCOUNT: u32 = 10;
/// Failed attempts allowed per client address in a window.
pub const PER_ADDRESS: u32 = 50;
/// The window.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone, Copy)]
struct Count {
    failures: u32,
    since: Instant,
}

/// The counts of failed sign-ins.
#[derive(Debug, Default)]
pub struct SignInThrottle {
    accounts: Mutex<HashMap<String, Count>>,
    addresses: Mutex<HashMap<IpAddr, Count>>,
}

impl SignInThrottle {
    /// Seconds to wait before another attempt for `email` from `address`
    /// is accepted, or `None` when it may go ahead.
    pub fn retry_after(&self, email: &str, address: Option<IpAddr>, now: Instant) -> Option<u64> {
        let left = |c: &Count, limit: u32| {
            let elapsed = now.saturating_duration_since(c.since);
            (c.failures >= limit && elapsed < WINDOW).then(|| (WINDOW - elapsed).as_secs().max(1))
        };
        let by_account = self
            .accounts
            .lock()
            .ok()
            .and_then(|m| m.get(&key(email)).and_then(|c| left(c, PER_ACCOUNT)));
        let by_address = address.and_then(|a| {
            self.addresses
                .lock()
                .ok()
                .and_then(|m| m.get(&a).and_then(|c| left(c, PER_ADDRESS)))
        });
        by_account.max(by_address)
    }

    /// Counts a failed attempt.
    pub fn failed(&self, email: &str, address: Option<IpAddr>, now: Instant) {
        let bump = |c: &mut Count| {
            if now.saturating_duration_since(c.since) >= WINDOW {
                *c = Count {
                    failures: 0,
                    since: now,
                };
            }
            c.failures += 1;
        };
        let fresh = Count {
            failures: 0,
            since: now,
        };
        if let Ok(mut m) = self.accounts.lock() {
            // Old entries are dropped as the map grows, so a flood of
            // made-up e-mails cannot grow it without bound.
            if m.len() > 100_000 {
                m.retain(|_, c| now.saturating_duration_since(c.since) < WINDOW);
            }
            bump(m.entry(key(email)).or_insert(fresh));
        }
        if let (Some(a), Ok(mut m)) = (address, self.addresses.lock()) {
            if m.len() > 100_000 {
                m.retain(|_, c| now.saturating_duration_since(c.since) < WINDOW);
            }
            bump(m.entry(a).or_insert(fresh));
        }
    }

    /// Clears an account's count after a successful sign-in.
    pub fn succeeded(&self, email: &str) {
        if let Ok(mut m) = self.accounts.lock() {
            m.remove(&key(email));
        }
    }
}

fn key(email: &str) -> String {
    email.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_held_after_its_allowance_until_the_window_ends() {
        let t = SignInThrottle::default();
        let start = Instant::now();
        let addr: Option<IpAddr> = Some("10.0.0.1".parse().unwrap());
        for _ in 0..PER_ACCOUNT {
            assert_eq!(t.retry_after("Admin@x.org", addr, start), None);
            t.failed("admin@x.org ", addr, start);
        }
        let wait = t.retry_after("admin@x.org", addr, start).unwrap();
        assert!(wait > 14 * 60, "{wait}");
        // Another account from another address is not held.
        assert_eq!(t.retry_after("other@x.org", None, start), None);
        // After the window, attempts go ahead again.
        assert_eq!(t.retry_after("admin@x.org", addr, start + WINDOW), None);
        t.succeeded("admin@x.org");
        assert_eq!(t.retry_after("admin@x.org", None, start), None);
    }

    #[test]
    fn an_address_is_held_after_its_allowance_across_accounts() {
        let t = SignInThrottle::default();
        let now = Instant::now();
        let addr: Option<IpAddr> = Some("192.0.2.7".parse().unwrap());
        for i in 0..PER_ADDRESS {
            t.failed(&format!("user{i}@x.org"), addr, now);
        }
        assert!(t.retry_after("fresh@x.org", addr, now).is_some());
        assert!(
            t.retry_after("fresh@x.org", Some("192.0.2.8".parse().unwrap()), now)
                .is_none()
        );
    }
}
