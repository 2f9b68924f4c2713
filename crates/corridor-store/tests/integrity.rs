//! Integrity at the database level (issue "Trust", finding 11): what the
//! store never rewrites is refused by the database itself, on both
//! backends, whatever statement is sent — so a bug, a console session or a
//! compromised account cannot quietly rewrite history.
//!
//! - Every append-only table refuses `TRUNCATE` on PostgreSQL (row
//!   triggers do not fire for it).
//! - Consents are a history: no consent record is changed or removed.
//! - A match round admits one change, its decision, once; its result is
//!   never rewritten and no round is removed.
//! - A placement's milestones are set once each and never changed.

use chrono::NaiveDate;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{JobOrderId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::organisation::LicenceStatus;
use corridor_domain::placement::{PlacementStatus, TransitionRequest};
use corridor_domain::worker::ConsentPurpose;
use corridor_store::testing::TestDb;
use corridor_store::{Actor, BackendKind, Store};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn seed(store: &Store) -> (JobOrderId, WorkerId) {
    let a = Actor::system();
    let c = DemoCorridor::MexicoCanada;
    let p = store.insert_programme(&a, &c.programme()).await.unwrap();
    let e = store
        .insert_employer(&a, &examples::employer(c, "Greenhouse Co-op", 1))
        .await
        .unwrap();
    store
        .insert_agency(
            &a,
            &examples::agency(c, "Fair Hire MX", LicenceStatus::Active),
        )
        .await
        .unwrap();
    let spec = examples::job_order(
        c,
        p.id,
        e.id,
        None,
        examples::FRUIT_PICKER,
        3,
        day(2027, 4, 1),
    );
    let jo = store
        .insert_job_order(&a, &spec, JobOrderStatus::Open, day(2026, 11, 1))
        .await
        .unwrap();
    let w = store
        .insert_worker(
            &a,
            &examples::worker(c, "Ana", "López", Sex::Female, day(1994, 5, 17)),
            &[
                ConsentPurpose::Matching,
                ConsentPurpose::SharingWithEmployers,
            ],
        )
        .await
        .unwrap();
    (jo.id, w.id)
}

async fn refused(s: &Store, sql: &str) {
    let r = sqlx::query(sql).execute(s.pool()).await;
    assert!(r.is_err(), "{sql} should be refused");
}

async fn count(s: &Store, table: &str) -> i64 {
    use sqlx::Row;
    let row = sqlx::query(&format!("SELECT COUNT(*) AS n FROM {table}"))
        .fetch_one(s.pool())
        .await
        .unwrap();
    row.try_get::<i64, _>("n").unwrap()
}

fn step(to: PlacementStatus) -> TransitionRequest {
    TransitionRequest {
        to,
        occurred_on: None,
        note: String::new(),
        end_reason: None,
        contract: None,
    }
}

async fn consents_rounds_and_milestones_are_not_rewritten(db: TestDb) {
    let s = &db.store;
    let a = Actor::system();
    let (job, worker) = seed(s).await;

    // Consents: appended, never changed or removed.
    s.record_consent(&a, worker, ConsentPurpose::SharingWithEmployers, false)
        .await
        .unwrap();
    refused(s, "UPDATE consents SET given = 1").await;
    refused(s, "DELETE FROM consents WHERE given = 0").await;
    assert!(
        !s.has_consent(worker, ConsentPurpose::SharingWithEmployers)
            .await
            .unwrap(),
        "the withdrawal stands"
    );

    // Match rounds: the decision is the one change, made once.
    let job_order = s.job_order(job).await.unwrap();
    let round = s
        .insert_match_round(
            &a,
            job_order.spec.programme_id,
            "stable",
            &serde_json::json!({"pairs": []}),
        )
        .await
        .unwrap();
    refused(
        s,
        &format!(
            "UPDATE match_rounds SET result_json = '{{\"pairs\":[1]}}' WHERE id = {}",
            round.id
        ),
    )
    .await;
    refused(
        s,
        &format!(
            "UPDATE match_rounds SET status = 'confirmed' WHERE id = {}",
            round.id
        ),
    )
    .await;
    let decided = s
        .decide_match_round(&a, round.id, "discarded")
        .await
        .unwrap();
    assert_eq!(decided.status, "discarded");
    for sql in [
        format!(
            "UPDATE match_rounds SET status = 'proposed', decided_by = NULL, decided_at = NULL WHERE id = {}",
            round.id
        ),
        format!(
            "UPDATE match_rounds SET status = 'confirmed' WHERE id = {}",
            round.id
        ),
        format!("DELETE FROM match_rounds WHERE id = {}", round.id),
    ] {
        refused(s, &sql).await;
    }
    assert_eq!(s.match_round(round.id).await.unwrap().status, "discarded");

    // Milestones: each date set once, by the events, never changed.
    s.record_consent(&a, worker, ConsentPurpose::SharingWithEmployers, true)
        .await
        .unwrap();
    let v = s
        .create_placement(&a, job, worker, day(2026, 11, 2), "")
        .await
        .unwrap();
    let id = v.placement.id;
    let mut from = PlacementStatus::Applied;
    for to in [
        PlacementStatus::Shortlisted,
        PlacementStatus::Selected,
        PlacementStatus::ContractSigned,
        PlacementStatus::OrientationDone,
        PlacementStatus::VisaIssued,
        PlacementStatus::Departed,
    ] {
        s.transition_placement(&a, id, from, &step(to), day(2026, 11, 3))
            .await
            .unwrap();
        from = to;
    }
    for sql in [
        format!(
            "UPDATE placement_milestones SET applied_on = '2020-01-01' WHERE placement_id = {id}"
        ),
        format!("UPDATE placement_milestones SET departed_on = NULL WHERE placement_id = {id}"),
        format!(
            "UPDATE placement_milestones SET worker_id = worker_id + 1 WHERE placement_id = {id}"
        ),
        format!("DELETE FROM placement_milestones WHERE placement_id = {id}"),
    ] {
        refused(s, &sql).await;
    }
    // Setting a date not yet set is what the events do, and still works.
    s.transition_placement(
        &a,
        id,
        from,
        &step(PlacementStatus::Arrived),
        day(2026, 11, 4),
    )
    .await
    .unwrap();
    s.transition_placement(
        &a,
        id,
        PlacementStatus::Arrived,
        &step(PlacementStatus::Employed),
        day(2026, 11, 4),
    )
    .await
    .unwrap();
    s.transition_placement(
        &a,
        id,
        PlacementStatus::Employed,
        &step(PlacementStatus::Completed),
        day(2026, 11, 5),
    )
    .await
    .unwrap();
    use sqlx::Row;
    let row = sqlx::query(&format!(
        "SELECT applied_on, departed_on, completed_on FROM placement_milestones WHERE placement_id = {id}"
    ))
    .fetch_one(s.pool())
    .await
    .unwrap();
    assert_eq!(
        row.try_get::<String, _>("applied_on").unwrap(),
        "2026-11-02"
    );
    assert_eq!(
        row.try_get::<String, _>("departed_on").unwrap(),
        "2026-11-03"
    );
    assert_eq!(
        row.try_get::<String, _>("completed_on").unwrap(),
        "2026-11-05"
    );
}

/// On PostgreSQL, `TRUNCATE` skips row triggers: every append-only table
/// refuses it with a statement trigger (with `CASCADE` too).
async fn truncate_is_refused_on_every_append_only_table(db: TestDb) {
    let s = &db.store;
    if s.backend() != BackendKind::Postgres {
        return;
    }
    let a = Actor::system();
    let (job, worker) = seed(s).await;
    s.create_placement(&a, job, worker, day(2026, 11, 2), "")
        .await
        .unwrap();
    let programme = s.job_order(job).await.unwrap().spec.programme_id;
    s.insert_match_round(&a, programme, "stable", &serde_json::json!({"pairs": []}))
        .await
        .unwrap();
    for table in [
        "placement_events",
        "payments",
        "audit_log",
        "audit_countries",
        "licence_events",
        "employer_events",
        "consents",
        "match_rounds",
        "placement_milestones",
    ] {
        let before = count(s, table).await;
        refused(s, &format!("TRUNCATE {table}")).await;
        refused(s, &format!("TRUNCATE {table} CASCADE")).await;
        assert_eq!(count(s, table).await, before, "{table} kept its rows");
    }
    assert!(count(s, "audit_log").await > 0);
    assert!(count(s, "consents").await > 0);
}

macro_rules! on_both_backends {
    ($($scenario:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $scenario() {
                    super::$scenario(corridor_store::testing::TestDb::sqlite().await).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $scenario() {
                    if let Some(db) = corridor_store::testing::TestDb::postgres().await {
                        super::$scenario(db).await;
                    }
                }
            )*
        }
    };
}

on_both_backends!(
    consents_rounds_and_milestones_are_not_rewritten,
    truncate_is_refused_on_every_append_only_table,
);
