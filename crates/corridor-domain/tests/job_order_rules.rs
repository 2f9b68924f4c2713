//! Every job-order rule, each shown refusing a job order that breaks it and
//! accepting the compliant version.

use chrono::NaiveDate;
use corridor_domain::codes::{CountryCode, CurrencyCode};
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{AgencyId, EmployerId, ProgrammeId, WorkerId};
use corridor_domain::job_order::{
    JobOrderContext, JobOrderSpec, RecruitmentCost, validate_job_order,
};
use corridor_domain::ledger::{CostCategory, Party};
use corridor_domain::money::Money;
use corridor_domain::organisation::{Agency, Employer, EmployerStatus, LicenceStatus};
use corridor_domain::programme::{MedicalCover, Programme};

struct World {
    programme: Programme,
    employer: Employer,
    agency: Agency,
}

fn world(corridor: DemoCorridor) -> World {
    World {
        programme: Programme {
            id: ProgrammeId(1),
            spec: corridor.programme(),
        },
        employer: Employer {
            id: EmployerId(10),
            spec: examples::employer(corridor, "Acme Farms", 1),
        },
        agency: Agency {
            id: AgencyId(20),
            spec: examples::agency(corridor, "Fair Hire", LicenceStatus::Active),
        },
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
}

fn compliant(w: &World, corridor: DemoCorridor) -> JobOrderSpec {
    examples::job_order(
        corridor,
        w.programme.id,
        w.employer.id,
        Some(w.agency.id),
        corridor.occupations()[0],
        10,
        NaiveDate::from_ymd_opt(2027, 4, 1).unwrap(),
    )
}

fn check(w: &World, spec: &JobOrderSpec) -> Result<(), corridor_domain::Violations> {
    validate_job_order(
        spec,
        JobOrderContext {
            programme: &w.programme,
            employer: &w.employer,
            agency: Some(&w.agency),
            today: today(),
            returning_workers: &[WorkerId(7)],
        },
    )
}

fn rules(w: &World, spec: &JobOrderSpec) -> Vec<String> {
    match check(w, spec) {
        Ok(()) => vec![],
        Err(v) => v.iter().map(|v| v.rule.clone()).collect(),
    }
}

#[test]
fn compliant_job_orders_pass_in_every_corridor() {
    for c in DemoCorridor::ALL {
        let w = world(c);
        for occ in c.occupations() {
            let mut spec = compliant(&w, c);
            spec.occupation = examples::occupation(occ);
            assert_eq!(check(&w, &spec), Ok(()), "{c:?} {occ}");
        }
    }
}

#[test]
fn low_wage_and_worker_fee_are_both_listed() {
    let c = DemoCorridor::MexicoCanada;
    let w = world(c);
    let mut spec = compliant(&w, c);
    spec.wage.amount = Money::parse("15.00", CurrencyCode::parse("CAD").unwrap()).unwrap();
    spec.recruitment_costs[0].paid_by = Party::Worker;
    let err = check(&w, &spec).unwrap_err();
    assert!(err.has_rule("wage_below_minimum"), "{err}");
    assert!(err.has_rule("cost_charged_to_worker"), "{err}");
    assert_eq!(err.len(), 2, "{err}");
    let fee = err
        .iter()
        .find(|v| v.rule == "cost_charged_to_worker")
        .unwrap();
    assert_eq!(fee.field, "recruitment_costs[0].paid_by");
    assert!(fee.message.contains("borne by the employer"));
}

#[test]
fn each_rule_is_enforced() {
    let c = DemoCorridor::MexicoCanada;
    let w = world(c);
    let base = compliant(&w, c);
    type Mutation = Box<dyn Fn(&mut JobOrderSpec)>;
    let cases: Vec<(&str, Mutation)> = vec![
        (
            "hours_below_guarantee",
            Box::new(|s| s.guaranteed_hours_per_week = 30.0),
        ),
        (
            "hours_above_maximum",
            Box::new(|s| s.max_hours_per_week = 70.0),
        ),
        ("stay_too_long", Box::new(|s| s.duration_months = 12)),
        (
            "occupation_not_in_programme",
            Box::new(|s| s.occupation = examples::occupation(examples::WELDER)),
        ),
        (
            "housing_not_provided",
            Box::new(|s| s.housing.provided = false),
        ),
        (
            "medical_cover_insufficient",
            Box::new(|s| s.medical = MedicalCover::Insurance),
        ),
        (
            "return_travel_not_paid",
            Box::new(|s| s.return_travel_paid_by_employer = false),
        ),
        (
            "start_in_past",
            Box::new(|s| s.start_date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
        ),
        ("out_of_range", Box::new(|s| s.positions = 0)),
        (
            "wage_currency_mismatch",
            Box::new(|s| {
                s.wage.amount = Money::parse("20", CurrencyCode::parse("USD").unwrap()).unwrap()
            }),
        ),
        (
            "housing_cost_above_cap",
            Box::new(|s| {
                s.housing.cost_to_worker_per_month =
                    Some(Money::parse("100", CurrencyCode::parse("CAD").unwrap()).unwrap())
            }),
        ),
        ("required", Box::new(|s| s.contract_languages.clear())),
        (
            "duplicate",
            Box::new(|s| {
                let first = s.recruitment_costs[0].clone();
                s.recruitment_costs.push(RecruitmentCost { ..first })
            }),
        ),
    ];
    for (rule, mutate) in cases {
        let mut spec = base.clone();
        mutate(&mut spec);
        let got = rules(&w, &spec);
        assert_eq!(got, vec![rule.to_string()], "mutation for {rule}");
    }
}

#[test]
fn every_cost_category_on_the_worker_is_refused() {
    let c = DemoCorridor::GhanaItaly;
    let w = world(c);
    let mut spec = compliant(&w, c);
    for cost in &mut spec.recruitment_costs {
        cost.paid_by = Party::Worker;
    }
    let err = check(&w, &spec).unwrap_err();
    assert_eq!(err.len(), CostCategory::ALL.len());
    assert!(err.iter().all(|v| v.rule == "cost_charged_to_worker"));
}

#[test]
fn inactive_agency_licences_are_refused() {
    let c = DemoCorridor::NepalKorea;
    for status in [
        LicenceStatus::Suspended,
        LicenceStatus::Revoked,
        LicenceStatus::Expired,
    ] {
        let mut w = world(c);
        w.agency.spec.licence.status = status;
        let spec = compliant(&w, c);
        assert_eq!(
            rules(&w, &spec),
            vec!["agency_licence_not_active"],
            "{status:?}"
        );
    }
    // An "active" licence past its end date is expired.
    let mut w = world(c);
    w.agency.spec.licence.valid_until = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    assert_eq!(
        rules(&w, &compliant(&w, c)),
        vec!["agency_licence_not_active"]
    );
}

#[test]
fn who_list_blocks_active_recruitment_of_health_workers_outside_g2g() {
    // Ghana is on the WHO list; the Ghana–Italy programme is not g2g and
    // covers ISCO 532 (personal care workers in health services).
    let c = DemoCorridor::GhanaItaly;
    let w = world(c);
    let mut spec = compliant(&w, c);
    spec.occupation = examples::occupation(examples::HEALTHCARE_ASSISTANT);
    assert_eq!(rules(&w, &spec), vec!["who_safeguard_active_recruitment"]);

    // The same under a government-to-government agreement is allowed.
    let mut g2g = world(c);
    g2g.programme.spec.government_to_government = true;
    assert_eq!(rules(&g2g, &spec), Vec::<String>::new());

    // Nursing from the Philippines (not on the list) is allowed even
    // without g2g.
    let p = DemoCorridor::PhilippinesGermany;
    let mut phl = world(p);
    phl.programme.spec.government_to_government = false;
    assert_eq!(rules(&phl, &compliant(&phl, p)), Vec::<String>::new());
}

#[test]
fn employer_must_be_active_and_in_destination() {
    let c = DemoCorridor::MexicoCanada;
    let mut w = world(c);
    w.employer.spec.status = EmployerStatus::Suspended;
    w.employer.spec.country = CountryCode::parse("USA").unwrap();
    let got = rules(&w, &compliant(&w, c));
    assert_eq!(
        got,
        vec!["employer_suspended", "employer_not_in_destination"]
    );
}

#[test]
fn named_workers_must_be_the_employers_returning_workers() {
    let w = world(DemoCorridor::MexicoCanada);
    let mut spec = compliant(&w, DemoCorridor::MexicoCanada);
    spec.named_workers = vec![WorkerId(7)];
    assert_eq!(rules(&w, &spec), Vec::<String>::new());
    spec.named_workers = vec![WorkerId(7), WorkerId(8), WorkerId(7)];
    assert_eq!(rules(&w, &spec), ["not_a_returning_worker", "duplicate"]);
}
