//! The statistics service under load: what keeps anonymous callers from
//! exhausting it, for the API (`/api/v1/stats/*`) and the pages
//! (`/stats/*`) alike.
//!
//! ```text
//! request ─► normalise (figure, calendar period, crossing, threshold)
//!         ─► cache: same request, same data generation? ─► answer (no database work)
//!         ─► client's allowance of computations (per address, per account) ─► 429 + Retry-After
//!         ─► estimate of the work (cells of the year cube) over the limit? ─► 422, before any work
//!         ─► a place in the computing pool (2 at once, a short bounded wait) ─► 503 + Retry-After
//!         ─► read the records, compute on a blocking thread, within a time limit ─► 503 + Retry-After
//!         ─► keep the tables in the cache
//! ```
//!
//! - **Cache.** Finished tables are kept, keyed by the normalised request
//!   and the store's *data generation* ([`corridor_store::Store::data_generation`]),
//!   which every committed write of the records statistics are made from
//!   moves on: a write makes every older entry unreachable, and they age
//!   out. Bounded by entries and by cells held, least recently used first.
//!   A hit costs a lock and a map lookup.
//! - **Allowance per client.** Only computations count (cache hits are
//!   free): each client address, or each account when signed in, may start
//!   [`BURST`] computations at once and one more every
//!   [`REFILL_SECONDS`] seconds (a token bucket), then gets 429 with
//!   `Retry-After`. Kept in memory like the sign-in throttle
//!   ([`crate::throttle`]), whose rules are unchanged.
//! - **Work refused before it is done.** The cells of the year cube (or of
//!   the month-end tables) are estimated from the dimensions' sizes — the
//!   data-dependent ones (corridor, origin, destination, programme) from
//!   the number of programmes — and a request over [`MAX_WORK_CELLS`] is
//!   answered 422 naming the estimate and the limit.
//! - **Bounded pool.** At most [`COMPUTING`] computations run at once; at
//!   most [`WAITING`] more wait, each at most [`QUEUE_WAIT`]; anyone else
//!   gets 503 with `Retry-After` at once. A computation runs on a blocking
//!   thread and keeps its place in the pool until it really ends; the
//!   caller stops waiting after [`COMPUTE_TIMEOUT`] (503).

use crate::error::ApiError;
use crate::evidence::{EvidenceError, public_tables};
use chrono::NaiveDate;
use corridor_stats::{Dimension, Figure, ProtectedTable, PublicReference, PublicRequest};
use lru::LruCache;
use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// Computations running at once.
pub const COMPUTING: usize = 2;
/// Computations that may wait for a place (more are refused with 503).
pub const WAITING: usize = 8;
/// How long a computation waits for a place before 503.
pub const QUEUE_WAIT: Duration = Duration::from_secs(2);
/// How long a caller waits for a computation before 503.
pub const COMPUTE_TIMEOUT: Duration = Duration::from_secs(20);
/// What `Retry-After` says when the pool is saturated.
pub const BUSY_RETRY_SECONDS: u64 = 5;
/// Computations a client may start at once.
pub const BURST: f64 = 20.0;
/// Seconds for a client's allowance to grow by one computation.
pub const REFILL_SECONDS: f64 = 2.0;
/// Most cells (margins included, of the year cube or of all month-end
/// tables) one request may make the server compute.
pub const MAX_WORK_CELLS: u64 = 60_000;
/// Most tables kept in the cache.
pub const CACHE_ENTRIES: usize = 512;
/// Most cells kept in the cache, all tables together.
pub const CACHE_CELLS: usize = 4_000_000;

/// Who is asking, for the allowance of computations.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Client {
    /// A signed-in account.
    Account(i64),
    /// An anonymous caller, by address.
    Address(IpAddr),
    /// An anonymous caller whose address the server does not know (tests
    /// driving the router directly): one shared allowance.
    Unknown,
}

impl axum::extract::FromRequestParts<crate::AppState> for Client {
    type Rejection = std::convert::Infallible;

    /// The account when the request carries a valid session or token (one
    /// lookup), else the address; a cache hit by an anonymous caller does
    /// no database work at all.
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = crate::auth::MaybeUser::from_request_parts(parts, state)
            .await
            .ok()
            .and_then(|u| u.0);
        Ok(match user {
            Some(u) => Client::Account(u.user.id.0),
            None => match crate::auth::client_address(&parts.extensions) {
                Some(a) => Client::Address(a),
                None => Client::Unknown,
            },
        })
    }
}

/// A normalised request: what the cache is keyed by (with the data
/// generation and the day).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    generation: u64,
    today: NaiveDate,
    min_count: u64,
    requests: Vec<PublicRequest>,
}

struct Cache {
    entries: LruCache<Key, Arc<Vec<ProtectedTable>>>,
    cells: usize,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The statistics service's shared state: cache, allowances, pool.
pub struct Publication {
    cache: Mutex<Cache>,
    allowances: Mutex<HashMap<Client, Bucket>>,
    computing: Arc<Semaphore>,
    waiting: Arc<Semaphore>,
}

impl std::fmt::Debug for Publication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Publication").finish_non_exhaustive()
    }
}

impl Default for Publication {
    fn default() -> Self {
        Publication {
            cache: Mutex::new(Cache {
                entries: LruCache::new(
                    NonZeroUsize::new(CACHE_ENTRIES).unwrap_or(NonZeroUsize::MIN),
                ),
                cells: 0,
            }),
            allowances: Mutex::new(HashMap::new()),
            computing: Arc::new(Semaphore::new(COMPUTING)),
            waiting: Arc::new(Semaphore::new(WAITING)),
        }
    }
}

fn cells(tables: &[ProtectedTable]) -> usize {
    tables.iter().map(|t| t.table().cells.len()).sum()
}

/// Estimated size of a dimension (codes plus the total) before anything
/// is read; `programmes` bounds the data-dependent ones.
fn dimension_size(d: Dimension, programmes: u64) -> u64 {
    use corridor_stats::IscoLevel;
    let codes = match d {
        Dimension::Corridor | Dimension::Origin | Dimension::Destination | Dimension::Programme => {
            programmes.max(1)
        }
        Dimension::Occupation(IscoLevel::MajorGroup) => 11,
        Dimension::Occupation(IscoLevel::SubMajorGroup) => 44,
        Dimension::Sex => 4,
        Dimension::AgeGroup => 19,
        Dimension::EndReason => 6,
        Dimension::Currency => 8,
        Dimension::FeeCategory => 12,
        Dimension::Payer => 5,
        Dimension::UnDuration => 4,
        // Counted by the periods of the cube or of the month ends.
        Dimension::Period(_) => return 1,
        Dimension::CountryOfBirth | Dimension::Geography => 1,
    };
    codes + 1
}

/// Estimated cells a request makes the server compute: the year cube
/// (dimensions × 5 quarter positions × 13 month positions) for flows, one
/// table per month end shown for figures at a point in time.
pub fn estimated_cells(request: &PublicRequest, programmes: u64) -> u64 {
    let base: u64 = request
        .cross
        .iter()
        .map(|d| dimension_size(*d, programmes))
        .fold(1u64, u64::saturating_mul);
    let base = if request.figure == Figure::FeeViolationAmountPaidByWorkers
        && !request.cross.contains(&Dimension::Currency)
    {
        base.saturating_mul(dimension_size(Dimension::Currency, programmes))
    } else {
        base
    };
    let periods = if request.figure.is_point_in_time() {
        match (request.reference, request.cross.iter().find_map(period_of)) {
            (PublicReference::Period { period }, Some(g)) => {
                period.parts(g).map_or(1, |p| p.len() as u64)
            }
            _ => 1,
        }
    } else {
        5 * 13
    };
    base.saturating_mul(periods)
}

fn period_of(d: &Dimension) -> Option<corridor_stats::Granularity> {
    match d {
        Dimension::Period(g) => Some(*g),
        _ => None,
    }
}

fn busy() -> ApiError {
    ApiError::ServiceUnavailable {
        retry_after: BUSY_RETRY_SECONDS,
        detail: "the statistics service is busy computing other tables; try again shortly \
                 (tables already computed are answered at once)"
            .into(),
    }
}

impl Publication {
    /// The tables for `requests`, from the cache or computed (see the
    /// module docs for every limit on the way).
    pub async fn tables(
        &self,
        store: &corridor_store::Store,
        client: Client,
        requests: Vec<PublicRequest>,
        min_count: u64,
        today: NaiveDate,
    ) -> Result<Arc<Vec<ProtectedTable>>, ApiError> {
        let key = Key {
            generation: store.data_generation(),
            today,
            min_count,
            requests,
        };
        if let Some(hit) = self.cached(&key) {
            return Ok(hit);
        }
        self.allow(&client, Instant::now())?;
        let programmes = store
            .programmes(None, None, corridor_store::Page::all())
            .await?
            .total
            .max(0) as u64;
        let mut violations = corridor_domain::Violations::new();
        for r in &key.requests {
            let estimate = estimated_cells(r, programmes);
            if estimate > MAX_WORK_CELLS {
                violations.push(
                    "cross",
                    "too_much_work",
                    format!(
                        "{} by {} would take computing about {estimate} cells; at most \
                         {MAX_WORK_CELLS} are computed for one request: cross by fewer or \
                         smaller dimensions",
                        crate::evidence::figure_slug(r.figure),
                        if r.cross.is_empty() {
                            "nothing".to_string()
                        } else {
                            r.cross
                                .iter()
                                .map(|d| crate::evidence::dimension_slug(*d))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    ),
                );
            }
        }
        if !violations.is_empty() {
            return Err(ApiError::Unprocessable(violations));
        }
        let waiting = self
            .waiting
            .clone()
            .try_acquire_owned()
            .map_err(|_| busy())?;
        let permit = tokio::time::timeout(QUEUE_WAIT, self.computing.clone().acquire_owned())
            .await
            .map_err(|_| busy())?
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        drop(waiting);
        let store = store.clone();
        let requests = key.requests.clone();
        // The computation keeps its place in the pool until it ends, even
        // when the caller has stopped waiting for it.
        let work = tokio::spawn(async move {
            let _permit = permit;
            public_tables(&store, &requests, min_count, today).await
        });
        let tables = match tokio::time::timeout(COMPUTE_TIMEOUT, work).await {
            Err(_) => return Err(busy()),
            Ok(Err(e)) => return Err(ApiError::Internal(format!("statistics task: {e}"))),
            Ok(Ok(Err(EvidenceError::Request(m)))) => {
                return Err(ApiError::Unprocessable(corridor_domain::Violations::one(
                    "query",
                    "invalid_value",
                    m,
                )));
            }
            Ok(Ok(Err(EvidenceError::Store(e)))) => return Err(e.into()),
            Ok(Ok(Ok(t))) => Arc::new(t),
        };
        self.keep(key, tables.clone());
        Ok(tables)
    }

    fn cached(&self, key: &Key) -> Option<Arc<Vec<ProtectedTable>>> {
        self.cache.lock().ok()?.entries.get(key).cloned()
    }

    fn keep(&self, key: Key, tables: Arc<Vec<ProtectedTable>>) {
        let size = cells(&tables);
        if size > CACHE_CELLS {
            return;
        }
        let Ok(mut c) = self.cache.lock() else {
            return;
        };
        if let Some((_, old)) = c.entries.push(key, tables) {
            c.cells -= cells(&old);
        }
        c.cells += size;
        while c.cells > CACHE_CELLS {
            match c.entries.pop_lru() {
                Some((_, old)) => c.cells -= cells(&old),
                None => break,
            }
        }
    }

    /// Tables in the cache (for tests and logs).
    pub fn cached_tables(&self) -> usize {
        self.cache.lock().map_or(0, |c| c.entries.len())
    }

    /// Takes one computation from `client`'s allowance, or says how long
    /// to wait (429).
    pub fn allow(&self, client: &Client, now: Instant) -> Result<(), ApiError> {
        let Ok(mut m) = self.allowances.lock() else {
            return Ok(());
        };
        // Full buckets carry no information: drop them as the map grows.
        if m.len() > 100_000 {
            m.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.at).as_secs_f64() / REFILL_SECONDS
                    < BURST
            });
        }
        let b = m.entry(client.clone()).or_insert(Bucket {
            tokens: BURST,
            at: now,
        });
        let grown = now.saturating_duration_since(b.at).as_secs_f64() / REFILL_SECONDS;
        b.tokens = (b.tokens + grown).min(BURST);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(ApiError::TooManyRequests {
                retry_after: ((1.0 - b.tokens) * REFILL_SECONDS).ceil().max(1.0) as u64,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corridor_stats::{CalendarPeriod, Granularity};

    #[test]
    fn allowance_runs_out_and_grows_back() {
        let p = Publication::default();
        let a = Client::Address("192.0.2.1".parse().unwrap());
        let b = Client::Address("192.0.2.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..BURST as usize {
            assert!(p.allow(&a, t0).is_ok());
        }
        match p.allow(&a, t0) {
            Err(ApiError::TooManyRequests { retry_after }) => {
                assert_eq!(retry_after, REFILL_SECONDS as u64)
            }
            other => panic!("{other:?}"),
        }
        // Another client is not affected.
        assert!(p.allow(&b, t0).is_ok());
        // One more after the refill time.
        let later = t0 + Duration::from_secs_f64(REFILL_SECONDS);
        assert!(p.allow(&a, later).is_ok());
        assert!(p.allow(&a, later).is_err());
    }

    #[test]
    fn work_is_estimated_from_the_dimensions() {
        let year = PublicReference::Period {
            period: CalendarPeriod::Year { year: 2025 },
        };
        let r = |figure, cross: Vec<Dimension>| PublicRequest {
            figure,
            reference: year,
            cross,
        };
        // Departures by corridor over a year: (4 + 1) × 65.
        assert_eq!(
            estimated_cells(&r(Figure::Departures, vec![Dimension::Corridor]), 4),
            5 * 65
        );
        // A stock by month: 12 month-end tables.
        assert_eq!(
            estimated_cells(
                &r(
                    Figure::StockAbroad,
                    vec![Dimension::Period(Granularity::Month), Dimension::Sex]
                ),
                4
            ),
            12 * 5
        );
        let heavy = r(
            Figure::Departures,
            vec![
                Dimension::Occupation(corridor_stats::IscoLevel::SubMajorGroup),
                Dimension::AgeGroup,
                Dimension::Programme,
            ],
        );
        assert!(estimated_cells(&heavy, 40) > MAX_WORK_CELLS);
    }

    /// A saturated pool refuses with 503 and `Retry-After` instead of
    /// queueing: at once when every waiting place is taken, after the
    /// short bounded wait when only the computing places are; and a free
    /// pool computes.
    #[tokio::test]
    async fn a_saturated_pool_answers_busy_with_retry_after() {
        let db = corridor_store::testing::TestDb::sqlite().await;
        let p = Publication::default();
        let request = PublicRequest {
            figure: Figure::Departures,
            reference: PublicReference::Period {
                period: CalendarPeriod::Year { year: 2025 },
            },
            cross: vec![Dimension::Sex],
        };
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let ask = || {
            p.tables(
                &db.store,
                Client::Account(1),
                vec![request.clone()],
                10,
                today,
            )
        };
        let busy = |r: Result<Arc<Vec<ProtectedTable>>, ApiError>| match r {
            Err(ApiError::ServiceUnavailable { retry_after, .. }) => {
                assert_eq!(retry_after, BUSY_RETRY_SECONDS)
            }
            other => panic!("expected 503, got {other:?}"),
        };

        let computing = p
            .computing
            .clone()
            .try_acquire_many_owned(COMPUTING as u32)
            .unwrap();
        let waiting = p
            .waiting
            .clone()
            .try_acquire_many_owned(WAITING as u32)
            .unwrap();
        busy(ask().await);

        drop(waiting);
        let started = Instant::now();
        busy(ask().await);
        assert!(
            started.elapsed() >= QUEUE_WAIT,
            "it waited for a place first"
        );

        drop(computing);
        let tables = ask().await.expect("a free pool computes");
        assert_eq!(tables.len(), 1);
        assert_eq!(p.cached_tables(), 1);
    }
}
