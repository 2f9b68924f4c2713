//! `Store::check_consistency`: silent on a database the store wrote, and
//! finds each kind of damage a bad restore, a hand edit or a crash could
//! leave — on SQLite, and on PostgreSQL when `DATABASE_URL` is set.

use chrono::NaiveDate;
use corridor_domain::codes::Sex;
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::organisation::LicenceStatus;
use corridor_domain::worker::ConsentPurpose;
use corridor_store::testing::TestDb;
use corridor_store::{Actor, BackendKind, Store};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A programme, an employer, an agency, a job order, a worker and the
/// worker's placement.
async fn seed(store: &Store) {
    let a = Actor::system();
    let c = DemoCorridor::MexicoCanada;
    let p = store.insert_programme(&a, &c.programme()).await.unwrap();
    let e = store
        .insert_employer(&a, &examples::employer(c, "Greenhouse Co-op", 1))
        .await
        .unwrap();
    let ag = store
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
        Some(ag.id),
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
            &[ConsentPurpose::Matching],
        )
        .await
        .unwrap();
    store
        .create_placement(&a, jo.id, w.id, day(2026, 11, 2), "applied")
        .await
        .unwrap();
}

async fn exec(store: &Store, sql: &str) {
    sqlx::query(sql).execute(store.pool()).await.unwrap();
}

fn checks(found: &[corridor_store::Inconsistency]) -> Vec<&'static str> {
    found.iter().map(|i| i.check).collect()
}

async fn a_written_database_is_consistent(db: TestDb) {
    let s = &db.store;
    assert_eq!(s.check_consistency().await.unwrap(), vec![]);
    seed(s).await;
    assert_eq!(s.check_consistency().await.unwrap(), vec![]);
    assert!(s.record_count().await.unwrap() > 6);
}

async fn a_status_without_its_event_is_found(db: TestDb) {
    let s = &db.store;
    seed(s).await;
    exec(s, "UPDATE placements SET status = 'departed'").await;
    exec(s, "UPDATE employers SET status = 'suspended'").await;
    let found = s.check_consistency().await.unwrap();
    let names = checks(&found);
    assert!(
        names.contains(&"a placement's status is its last event's"),
        "{found:?}"
    );
    assert!(
        names.contains(&"an employer's status is its last registration event's"),
        "{found:?}"
    );
    assert!(
        found.iter().all(|f| !f.detail.contains("López")),
        "no personal data in the report: {found:?}"
    );
}

async fn a_broken_reference_is_found(db: TestDb) {
    let s = &db.store;
    seed(s).await;
    // Foreign keys switched off on one connection, as a careless import would.
    let mut conn = s.pool().acquire().await.unwrap();
    let off = match s.backend() {
        BackendKind::Sqlite => "PRAGMA foreign_keys = OFF",
        BackendKind::Postgres => "SET session_replication_role = replica",
    };
    sqlx::query(off).execute(&mut *conn).await.unwrap();
    sqlx::query(
        "INSERT INTO consents (worker_id, purpose, given, at) VALUES (999999, 'matching', 1, '2026-11-01T00:00:00Z')",
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    if s.backend() == BackendKind::Postgres {
        sqlx::query("SET session_replication_role = origin")
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    drop(conn);
    let found = s.check_consistency().await.unwrap();
    assert!(checks(&found).contains(&"consents.worker_id"), "{found:?}");
    if s.backend() == BackendKind::Sqlite {
        assert!(
            checks(&found).contains(&"SQLite foreign_key_check"),
            "{found:?}"
        );
    }
}

async fn an_unguarded_append_only_table_is_found(db: TestDb) {
    let s = &db.store;
    seed(s).await;
    match s.backend() {
        BackendKind::Sqlite => exec(s, "DROP TRIGGER payments_immutable_update").await,
        BackendKind::Postgres => exec(s, "DROP TRIGGER payments_immutable ON payments").await,
    }
    let found = s.check_consistency().await.unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].check, "the append-only tables are guarded");
    assert!(found[0].detail.contains("payments_immutable"), "{found:?}");
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
    a_written_database_is_consistent,
    a_status_without_its_event_is_found,
    a_broken_reference_is_found,
    an_unguarded_append_only_table_is_found,
);
