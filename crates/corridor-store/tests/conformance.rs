//! The storage conformance suite: every scenario runs on SQLite, and on
//! PostgreSQL when `DATABASE_URL` points at a server (CI sets it and
//! `CORRIDOR_REQUIRE_POSTGRES=1`, so there it cannot be skipped).

use chrono::{Datelike, Duration, NaiveDate, Utc};
use corridor_domain::access::{AuditScope, Role};
use corridor_domain::codes::{CountryCode, CurrencyCode, Sex};
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{EmployerId, PlacementId, WorkerId};
use corridor_domain::job_order::JobOrderStatus;
use corridor_domain::ledger::{Party, PaymentCategory, PaymentSpec, assess_payment};
use corridor_domain::money::Money;
use corridor_domain::organisation::LicenceStatus;
use corridor_domain::placement::{EndReason, PlacementStatus, TransitionRequest};
use corridor_domain::programme::Quota;
use corridor_domain::worker::ConsentPurpose;
use corridor_store::testing::TestDb;
use corridor_store::{
    Actor, AuditFilter, JobOrderFilter, NewUser, Page, PlacementFilter, SelectionLimits, Store,
    StoreError, WorkerFilter,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct World {
    job_order: corridor_domain::ids::JobOrderId,
    worker: WorkerId,
    employer: EmployerId,
}

async fn seed(store: &Store) -> World {
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
            &[
                ConsentPurpose::Matching,
                ConsentPurpose::SharingWithEmployers,
            ],
        )
        .await
        .unwrap();
    World {
        job_order: jo.id,
        worker: w.id,
        employer: e.id,
    }
}

fn step(to: PlacementStatus) -> TransitionRequest {
    TransitionRequest {
        to,
        occurred_on: None,
        note: format!("to {}", to.as_str()),
        end_reason: (to == PlacementStatus::EndedEarly).then_some(EndReason::EmployerBreach),
        contract: None,
    }
}

async fn records_round_trip(db: TestDb) {
    let s = &db.store;
    let w = seed(s).await;
    let jo = s.job_order(w.job_order).await.unwrap();
    assert_eq!(jo.status, JobOrderStatus::Open);
    assert_eq!(jo.spec.positions, 3);
    assert_eq!(jo.spec.wage.amount.currency().as_str(), "CAD");
    let p = s.programme(jo.spec.programme_id).await.unwrap();
    assert_eq!(p.spec.origin.as_str(), "MEX");
    let worker = s.worker(w.worker).await.unwrap();
    assert_eq!(worker.spec.family_name, "López");
    assert!(
        s.has_consent(w.worker, ConsentPurpose::SharingWithEmployers)
            .await
            .unwrap()
    );
    assert!(
        !s.has_consent(w.worker, ConsentPurpose::Contact)
            .await
            .unwrap()
    );
    s.record_consent(
        &Actor::system(),
        w.worker,
        ConsentPurpose::SharingWithEmployers,
        false,
    )
    .await
    .unwrap();
    assert!(
        !s.has_consent(w.worker, ConsentPurpose::SharingWithEmployers)
            .await
            .unwrap()
    );

    // Filters.
    let mex = CountryCode::parse("MEX").unwrap();
    let by_origin = s
        .job_orders(
            &JobOrderFilter {
                origins: Some(vec![mex.clone()]),
                isco: Some("92".into()),
                ..Default::default()
            },
            Page::default(),
        )
        .await
        .unwrap();
    assert_eq!(by_origin.total, 1);
    let none = s
        .job_orders(
            &JobOrderFilter {
                origins: Some(vec![CountryCode::parse("NPL").unwrap()]),
                ..Default::default()
            },
            Page::default(),
        )
        .await
        .unwrap();
    assert_eq!(none.total, 0);
    let workers = s
        .workers(
            &WorkerFilter {
                country: Some(mex.clone()),
                available_by: None,
            },
            Page::default(),
        )
        .await
        .unwrap();
    assert_eq!(workers.total, 1);
    let progs = s
        .programmes(
            Some(&CountryCode::parse("CAN").unwrap()),
            None,
            Page::default(),
        )
        .await
        .unwrap();
    assert_eq!(progs.total, 1);
    let missing = s.programme(corridor_domain::ids::ProgrammeId(999)).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))));
}

async fn placement_lifecycle_to_return(db: TestDb) {
    let s = &db.store;
    let w = seed(s).await;
    let actor = Actor {
        user_id: Some(corridor_domain::ids::UserId(7)),
        role: Some(Role::OriginOfficial),
        country: Some(CountryCode::parse("MEX").unwrap()),
    };
    let view = s
        .create_placement(
            &actor,
            w.job_order,
            w.worker,
            day(2026, 11, 2),
            "applied online",
        )
        .await
        .unwrap();
    let id = view.placement.id;
    assert_eq!(view.placement.status, PlacementStatus::Applied);
    assert_eq!(view.employer_id, w.employer);
    let mut status = PlacementStatus::Applied;
    let mut on = day(2026, 11, 2);
    while let Some(next) = status.next_on_main_path() {
        on += Duration::days(7);
        let v = s
            .transition_placement(&actor, id, status, &step(next), on)
            .await
            .unwrap();
        assert_eq!(v.placement.status, next);
        status = next;
    }
    let events = s.placement_events(id).await.unwrap();
    assert_eq!(events.len(), 11);
    let tos: Vec<_> = events.iter().map(|e| e.to).collect();
    assert_eq!(tos, PlacementStatus::MAIN_PATH.to_vec());
    assert!(
        events
            .windows(2)
            .all(|p| p[0].seq + 1 == p[1].seq && p[0].occurred_on <= p[1].occurred_on)
    );
    assert_eq!(events[3].from, Some(PlacementStatus::Selected));
    assert_eq!(events[0].actor.0, 7);

    // Every step is in the audit log, as a transition of this placement,
    // in the part of the log of both countries of the programme and of no
    // other country.
    let filter = AuditFilter {
        entity: Some("placement".into()),
        entity_id: Some(id.to_string()),
        ..Default::default()
    };
    let scope = |c: &str| AuditScope::Country(CountryCode::parse(c).unwrap());
    for (scope, expected) in [
        (AuditScope::Everything, 11),
        (scope("CAN"), 11),
        (scope("MEX"), 11),
        (scope("NPL"), 0),
    ] {
        let log = s.audit_log(&filter, &scope, Page::default()).await.unwrap();
        assert_eq!(log.total, expected, "{scope:?}");
    }
    let log = s
        .audit_log(&filter, &AuditScope::Everything, Page::default())
        .await
        .unwrap();
    let transitions: Vec<_> = log
        .items
        .iter()
        .filter(|r| r.action == "transition")
        .collect();
    assert_eq!(transitions.len(), 10);
    assert!(log.items.iter().all(|r| r.personal_data));
    assert!(log.items.iter().any(|r| r.detail == "completed->returned"));

    // Work record facts see the employer, the programme and the status.
    let facts = s.worker_record_facts(w.worker).await.unwrap();
    assert_eq!(facts.placements.len(), 1);
    let link = &facts.placements[0];
    assert_eq!(link.employer, w.employer);
    assert_eq!(link.destination.as_str(), "CAN");
    assert_eq!(link.status, PlacementStatus::Returned);
}

async fn stale_transitions_and_duplicates_write_nothing(db: TestDb) {
    let s = &db.store;
    let w = seed(s).await;
    let a = Actor::system();
    let v = s
        .create_placement(&a, w.job_order, w.worker, day(2026, 11, 2), "")
        .await
        .unwrap();
    let id = v.placement.id;
    // Second application: conflict, and no second placement or event.
    let dup = s
        .create_placement(&a, w.job_order, w.worker, day(2026, 11, 3), "")
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))), "{dup:?}");
    let all = s
        .placements(
            &PlacementFilter {
                worker_id: Some(w.worker),
                ..Default::default()
            },
            Page::default(),
        )
        .await
        .unwrap();
    assert_eq!(all.total, 1);
    // A transition checked against a status the placement no longer has.
    s.transition_placement(
        &a,
        id,
        PlacementStatus::Applied,
        &step(PlacementStatus::Shortlisted),
        day(2026, 11, 4),
    )
    .await
    .unwrap();
    let stale = s
        .transition_placement(
            &a,
            id,
            PlacementStatus::Applied,
            &step(PlacementStatus::Rejected),
            day(2026, 11, 5),
        )
        .await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    assert_eq!(s.placement_events(id).await.unwrap().len(), 2);
    assert_eq!(
        s.placement(id).await.unwrap().placement.status,
        PlacementStatus::Shortlisted
    );
    let missing = s
        .transition_placement(
            &a,
            PlacementId(9999),
            PlacementStatus::Applied,
            &step(PlacementStatus::Shortlisted),
            day(2026, 11, 5),
        )
        .await;
    assert!(matches!(missing, Err(StoreError::Conflict(_))));
}

async fn events_payments_and_audit_are_append_only(db: TestDb) {
    let s = &db.store;
    let w = seed(s).await;
    let a = Actor::system();
    let v = s
        .create_placement(&a, w.job_order, w.worker, day(2026, 11, 2), "")
        .await
        .unwrap();
    for sql in [
        "UPDATE placement_events SET note = 'x'",
        "DELETE FROM placement_events",
        "DELETE FROM audit_log",
        "UPDATE audit_log SET detail = 'x'",
    ] {
        let r = sqlx::query(sql).execute(s.pool()).await;
        assert!(r.is_err(), "{sql} should be refused");
    }
    // A completion of orientation likewise; and only one per placement.
    let countries = || {
        [
            corridor_domain::codes::CountryCode::parse("MEX").unwrap(),
            corridor_domain::codes::CountryCode::parse("CAN").unwrap(),
        ]
    };
    let id = v.placement.id;
    s.record_orientation_completion(&a, id, countries(), day(2026, 11, 3), 10.0, "")
        .await
        .unwrap();
    let again = s
        .record_orientation_completion(&a, id, countries(), day(2026, 11, 3), 10.0, "")
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    assert_eq!(
        s.orientation_completion(id).await.unwrap().unwrap().hours,
        10.0
    );
    for sql in [
        "UPDATE orientation_completions SET note = 'x'",
        "DELETE FROM orientation_completions",
    ] {
        let r = sqlx::query(sql).execute(s.pool()).await;
        assert!(r.is_err(), "{sql} should be refused");
    }
    let pay = PaymentSpec {
        payer: Party::Worker,
        payee: Party::Agency,
        category: PaymentCategory::RecruitmentService,
        amount: Money::parse("500", CurrencyCode::parse("MXN").unwrap()).unwrap(),
        paid_on: day(2026, 11, 3),
        note: "receipt 12".into(),
    };
    let violation = assess_payment(&pay);
    let recorded = s
        .record_payment(&a, v.placement.id, &pay, violation.as_ref())
        .await
        .unwrap();
    assert!(recorded.violation.is_some());
    assert_eq!(recorded.spec.amount.minor(), 50_000);
    assert!(
        sqlx::query("DELETE FROM payments")
            .execute(s.pool())
            .await
            .is_err()
    );
    let mex = CountryCode::parse("MEX").unwrap();
    let found = s.fee_violations(Some(&mex), Page::default()).await.unwrap();
    assert_eq!(found.total, 1);
    assert_eq!(found.items[0].worker_id, w.worker);
    let other = s
        .fee_violations(Some(&CountryCode::parse("NPL").unwrap()), Page::default())
        .await
        .unwrap();
    assert_eq!(other.total, 0);
    // A payment by the employer raises nothing.
    let fair = PaymentSpec {
        payer: Party::Employer,
        ..pay
    };
    s.record_payment(&a, v.placement.id, &fair, assess_payment(&fair).as_ref())
        .await
        .unwrap();
    assert_eq!(s.payments(v.placement.id).await.unwrap().len(), 2);
    assert_eq!(
        s.fee_violations(None, Page::default()).await.unwrap().total,
        1
    );
}

fn new_user(email: &str, role: Role) -> NewUser {
    NewUser {
        email: email.into(),
        display_name: "Test".into(),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        role,
        worker_id: None,
        employer_id: None,
        agency_id: None,
        country: None,
    }
}

async fn sessions_tokens_and_atomic_accounts(db: TestDb) {
    let s = &db.store;
    let a = Actor::system();
    let u = s
        .create_user(&a, &new_user("Official@Example.org", Role::Admin))
        .await
        .unwrap();
    assert_eq!(u.email, "official@example.org");
    let (found, hash) = s
        .user_credentials("OFFICIAL@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, u.id);
    assert!(hash.starts_with("$argon2id$"));

    let later = Utc::now() + Duration::hours(1);
    s.create_session(u.id, "h1", "csrf1", later, None, "full")
        .await
        .unwrap();
    assert_eq!(s.session("h1").await.unwrap().unwrap().csrf_token, "csrf1");
    // Signing in again from the same browser replaces the old session.
    s.create_session(u.id, "h2", "csrf2", later, Some("h1"), "full")
        .await
        .unwrap();
    assert!(s.session("h1").await.unwrap().is_none());
    assert!(s.session("h2").await.unwrap().is_some());
    s.create_session(
        u.id,
        "h3",
        "c",
        Utc::now() - Duration::seconds(1),
        None,
        "full",
    )
    .await
    .unwrap();
    assert!(s.session("h3").await.unwrap().is_none(), "expired session");
    s.create_api_token(u.id, "t1", "cli", Some(later))
        .await
        .unwrap();
    assert_eq!(s.user_for_api_token("t1").await.unwrap().unwrap().id, u.id);
    assert!(s.user_for_api_token("nope").await.unwrap().is_none());
    s.set_password(&a, u.id, "$argon2id$new").await.unwrap();
    assert!(
        s.session("h2").await.unwrap().is_none(),
        "password change ends sessions"
    );

    // A worker account whose e-mail is taken: neither worker nor user is written.
    let c = DemoCorridor::NepalKorea;
    let profile = examples::worker(c, "Sita", "Gurung", Sex::Female, day(1998, 2, 1));
    let dup = s
        .create_worker_account(
            &a,
            &profile,
            &[ConsentPurpose::Matching],
            &new_user("official@example.org", Role::Worker),
        )
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))), "{dup:?}");
    let workers = s
        .workers(&WorkerFilter::default(), Page::default())
        .await
        .unwrap();
    assert_eq!(workers.total, 0, "no half-written worker");
    let (user, worker) = s
        .create_worker_account(
            &a,
            &profile,
            &[ConsentPurpose::Matching],
            &new_user("sita@example.org", Role::Worker),
        )
        .await
        .unwrap();
    assert_eq!(user.principal.worker_id, Some(worker.id));
}

async fn paging_is_consistent(db: TestDb) {
    let s = &db.store;
    let a = Actor::system();
    let c = DemoCorridor::GhanaItaly;
    for i in 0..7 {
        s.insert_employer(&a, &examples::employer(c, &format!("Employer {i}"), i))
            .await
            .unwrap();
    }
    let p1 = s
        .employers(None, Page::new(Some(3), Some(0)))
        .await
        .unwrap();
    let p3 = s
        .employers(None, Page::new(Some(3), Some(6)))
        .await
        .unwrap();
    assert_eq!(p1.total, 7);
    assert_eq!(p1.items.len(), 3);
    assert_eq!(p3.items.len(), 1);
    assert_eq!(p3.items[0].spec.name, "Employer 6");
    let page = Page::new(Some(100_000), Some(-5));
    assert_eq!((page.limit, page.offset), (Page::MAX_LIMIT, 0));
}

/// Selections racing for the last places of a quota: each is checked in
/// its own transaction after locking the programme, so exactly as many as
/// the quota allows succeed, the others are refused with the rule, and
/// nothing of theirs is written.
async fn selections_race_for_the_last_places(db: TestDb) {
    let s = &db.store;
    let w = seed(s).await;
    let a = Actor::system();
    let c = DemoCorridor::MexicoCanada;
    let jo = s.job_order(w.job_order).await.unwrap();
    let mut placements = vec![];
    for i in 0..5 {
        let worker = if i == 0 {
            w.worker
        } else {
            let profile = examples::worker(c, &format!("W{i}"), "Ruiz", Sex::Male, day(1990, 1, 1));
            s.insert_worker(&a, &profile, &[]).await.unwrap().id
        };
        let v = s
            .create_placement(&a, w.job_order, worker, day(2026, 11, 2), "")
            .await
            .unwrap();
        s.transition_placement(
            &a,
            v.placement.id,
            PlacementStatus::Applied,
            &step(PlacementStatus::Shortlisted),
            day(2026, 11, 3),
        )
        .await
        .unwrap();
        placements.push(v.placement.id);
    }
    // Three positions, but a quota of two selections this month (quotas
    // count selections by the day they are recorded).
    let today = Utc::now().date_naive();
    let month_start = today.with_day(1).unwrap();
    let limits = SelectionLimits {
        programme: jo.spec.programme_id,
        job_order: jo.id,
        positions: jo.spec.positions,
        quotas: vec![Quota {
            period_start: month_start,
            period_end: month_start + chrono::Months::new(1) - Duration::days(1),
            isco: None,
            sex: None,
            positions: 2,
        }],
    };
    let attempts = placements.iter().map(|&id| {
        let (s, a, limits) = (s.clone(), a.clone(), limits.clone());
        tokio::spawn(async move {
            s.select_within_limits(
                &a,
                id,
                PlacementStatus::Shortlisted,
                &step(PlacementStatus::Selected),
                day(2026, 11, 4),
                &limits,
            )
            .await
        })
    });
    let mut selected = 0;
    for attempt in attempts.collect::<Vec<_>>() {
        match attempt.await.unwrap() {
            Ok(v) => {
                assert_eq!(v.placement.status, PlacementStatus::Selected);
                selected += 1;
            }
            Err(StoreError::Invalid(v)) => assert!(v.has_rule("quota_reached"), "{v}"),
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(selected, 2);
    let mut events = 0;
    for id in &placements {
        events += s.placement_events(*id).await.unwrap().len();
    }
    assert_eq!(events, 5 * 2 + 2, "refused selections wrote no event");
    assert_eq!(s.positions_taken(jo.id).await.unwrap(), 2);
}

/// Every change to a licence or an employer's registration is kept with
/// its reason, in order, written with the change; a broken rule writes
/// nothing; the history is append-only; replacing details keeps the
/// status; two officials suspending at once suspend once.
async fn licence_and_employer_histories(db: TestDb) {
    use corridor_domain::ids::{AgencyId, UserId};
    use corridor_domain::licensing::{
        EmployerAction, EmployerChange, LicenceAction, LicenceChange,
    };
    use corridor_domain::organisation::EmployerStatus;
    let s = &db.store;
    let c = DemoCorridor::MexicoCanada;
    let official = Actor {
        country: Some(CountryCode::parse("MEX").unwrap()),
        ..Actor::user(UserId(7), Role::OriginOfficial)
    };
    let ag = s
        .insert_agency(
            &official,
            &examples::agency(c, "Honest Hands", LicenceStatus::Active),
        )
        .await
        .unwrap();
    let change = |action, reason: &str| LicenceChange {
        action,
        reason: reason.into(),
        valid_until: None,
    };
    let today = day(2026, 6, 1);
    let (a, e) = s
        .change_licence(
            &official,
            ag.id,
            &change(LicenceAction::Suspend, "charged workers a fee"),
            today,
        )
        .await
        .unwrap();
    assert_eq!(a.spec.licence.status, LicenceStatus::Suspended);
    assert_eq!(e.status, LicenceStatus::Suspended);
    assert_eq!(e.actor_user_id, 7);
    // A rule broken writes nothing: suspending again, or without a reason.
    for bad in [
        change(LicenceAction::Suspend, "again"),
        change(LicenceAction::Reinstate, " "),
    ] {
        match s.change_licence(&official, ag.id, &bad, today).await {
            Err(StoreError::Invalid(v)) => assert!(!v.is_empty()),
            other => panic!("{other:?}"),
        }
    }
    s.change_licence(
        &official,
        ag.id,
        &change(LicenceAction::Reinstate, "fee refunded"),
        today,
    )
    .await
    .unwrap();
    s.change_licence(
        &official,
        ag.id,
        &LicenceChange {
            valid_until: Some(day(2030, 12, 31)),
            ..change(LicenceAction::Renew, "")
        },
        today,
    )
    .await
    .unwrap();
    // Details replaced with another status: the status is kept.
    let mut spec = s.agency(ag.id).await.unwrap().spec;
    spec.name = "Honest Hands Ltd".into();
    spec.licence.status = LicenceStatus::Revoked;
    spec.licence.valid_until = day(2040, 1, 1);
    let kept = s.update_agency(&official, ag.id, &spec).await.unwrap();
    assert_eq!(kept.spec.licence.status, LicenceStatus::Active);
    assert_eq!(kept.spec.licence.valid_until, day(2030, 12, 31));
    assert_eq!(s.agency(ag.id).await.unwrap().spec.name, "Honest Hands Ltd");
    // Two officials revoke at once: one revocation.
    let attempts: Vec<_> = (0..2)
        .map(|i| {
            let (s, a) = (s.clone(), official.clone());
            tokio::spawn(async move {
                s.change_licence(
                    &a,
                    ag.id,
                    &LicenceChange {
                        action: LicenceAction::Revoke,
                        reason: format!("fraud, report {i}"),
                        valid_until: None,
                    },
                    today,
                )
                .await
            })
        })
        .collect();
    let mut revoked = 0;
    for a in attempts {
        match a.await.unwrap() {
            Ok(_) => revoked += 1,
            Err(StoreError::Invalid(v)) => assert!(v.has_rule("illegal_licence_action"), "{v}"),
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(revoked, 1);
    let history = s.licence_events(ag.id).await.unwrap();
    let steps: Vec<(LicenceAction, LicenceStatus)> =
        history.iter().map(|e| (e.action, e.status)).collect();
    assert_eq!(
        steps,
        [
            (LicenceAction::Issue, LicenceStatus::Active),
            (LicenceAction::Suspend, LicenceStatus::Suspended),
            (LicenceAction::Reinstate, LicenceStatus::Active),
            (LicenceAction::Renew, LicenceStatus::Active),
            (LicenceAction::Revoke, LicenceStatus::Revoked),
        ]
    );
    assert_eq!(history[1].reason, "charged workers a fee");
    assert_eq!(history[3].valid_until, day(2030, 12, 31));
    assert!(history[4].reason.starts_with("fraud, report"));
    assert!(history.windows(2).all(|w| w[0].at <= w[1].at));
    assert!(matches!(
        s.change_licence(
            &official,
            AgencyId(9999),
            &change(LicenceAction::Revoke, "x"),
            today
        )
        .await,
        Err(StoreError::NotFound(_))
    ));
    // The audit log has each change, in the issuing country's part.
    let mex = CountryCode::parse("MEX").unwrap();
    let audited = s
        .audit_log(
            &AuditFilter {
                entity: Some("agency".into()),
                entity_id: Some(ag.id.to_string()),
                ..Default::default()
            },
            &AuditScope::Country(mex),
            Page::default(),
        )
        .await
        .unwrap();
    let actions: Vec<&str> = audited.items.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "revoke",
            "update",
            "renew",
            "reinstate",
            "suspend",
            "create"
        ]
    );

    // An employer's registration likewise.
    let dest = Actor::user(UserId(8), Role::DestinationOfficial);
    let emp = s
        .insert_employer(&dest, &examples::employer(c, "Orchard Ltd", 9))
        .await
        .unwrap();
    let (suspended, ev) = s
        .change_employer(
            &dest,
            emp.id,
            &EmployerChange {
                action: EmployerAction::Suspend,
                reason: "wages unpaid".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(suspended.spec.status, EmployerStatus::Suspended);
    assert_eq!(ev.reason, "wages unpaid");
    let mut spec = suspended.spec.clone();
    spec.status = EmployerStatus::Active;
    spec.sector = "horticulture".into();
    let kept = s.update_employer(&dest, emp.id, &spec).await.unwrap();
    assert_eq!(kept.spec.status, EmployerStatus::Suspended);
    assert!(matches!(
        s.change_employer(
            &dest,
            emp.id,
            &EmployerChange {
                action: EmployerAction::Suspend,
                reason: "again".into(),
            },
        )
        .await,
        Err(StoreError::Invalid(_))
    ));
    s.change_employer(
        &dest,
        emp.id,
        &EmployerChange {
            action: EmployerAction::Reinstate,
            reason: "wages paid with interest".into(),
        },
    )
    .await
    .unwrap();
    let history = s.employer_events(emp.id).await.unwrap();
    let steps: Vec<(EmployerAction, EmployerStatus, &str)> = history
        .iter()
        .map(|e| (e.action, e.status, e.reason.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (EmployerAction::Register, EmployerStatus::Active, ""),
            (
                EmployerAction::Suspend,
                EmployerStatus::Suspended,
                "wages unpaid"
            ),
            (
                EmployerAction::Reinstate,
                EmployerStatus::Active,
                "wages paid with interest"
            ),
        ]
    );
    assert_eq!(
        s.employer(emp.id).await.unwrap().spec.status,
        EmployerStatus::Active
    );

    // The histories are append-only.
    for sql in [
        "UPDATE licence_events SET reason = 'x'",
        "DELETE FROM licence_events",
        "UPDATE employer_events SET reason = 'x'",
        "DELETE FROM employer_events",
    ] {
        let r = sqlx::query(sql).execute(s.pool()).await;
        assert!(r.is_err(), "{sql} should be refused");
    }
}

/// An official's lists hold their country's side of each programme only,
/// and the total counts only those: the scope is part of the query.
async fn lists_are_scoped_to_the_officials_programmes(db: TestDb) {
    use corridor_domain::access::ProgrammeScope;
    let s = &db.store;
    let a = Actor::system();
    let mex_can = s
        .insert_programme(&a, &DemoCorridor::MexicoCanada.programme())
        .await
        .unwrap();
    let npl_kor = s
        .insert_programme(&a, &DemoCorridor::NepalKorea.programme())
        .await
        .unwrap();
    for (programme, n) in [(mex_can.id, 2), (npl_kor.id, 3)] {
        for _ in 0..n {
            s.insert_match_round(&a, programme, "optimal", &serde_json::json!({}))
                .await
                .unwrap();
        }
    }
    let country = |c: &str| CountryCode::parse(c).unwrap();
    let mex = ProgrammeScope::Origin(country("MEX"));
    let can = ProgrammeScope::Destination(country("CAN"));
    let kor_as_origin = ProgrammeScope::Origin(country("KOR"));
    for (scope, rounds, programmes) in [
        (&mex, 2, vec![mex_can.id]),
        (&can, 2, vec![mex_can.id]),
        (&kor_as_origin, 0, vec![]),
        (&ProgrammeScope::Everything, 5, vec![mex_can.id, npl_kor.id]),
    ] {
        let page = s
            .match_rounds(None, scope, Page::new(Some(1), None))
            .await
            .unwrap();
        assert_eq!(page.total, rounds, "{scope:?}");
        assert!(
            page.items
                .iter()
                .all(|r| programmes.contains(&r.programme_id))
        );
        let listed = s.programmes_in(scope, Page::default()).await.unwrap();
        assert_eq!(
            listed.items.iter().map(|p| p.id).collect::<Vec<_>>(),
            programmes,
            "{scope:?}"
        );
        assert_eq!(listed.total, programmes.len() as i64);
    }
    let of_one = s
        .match_rounds(Some(npl_kor.id), &mex, Page::default())
        .await
        .unwrap();
    assert_eq!(of_one.total, 0, "another country's programme named: none");
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
    records_round_trip,
    placement_lifecycle_to_return,
    stale_transitions_and_duplicates_write_nothing,
    events_payments_and_audit_are_append_only,
    sessions_tokens_and_atomic_accounts,
    paging_is_consistent,
    selections_race_for_the_last_places,
    licence_and_employer_histories,
    lists_are_scoped_to_the_officials_programmes,
);
