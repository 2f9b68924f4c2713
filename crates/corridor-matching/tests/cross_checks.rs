//! Cross-checks against independent implementations, kept as fixtures so CI
//! needs no Python (see `fixtures/generate.py`):
//! * 300 markets solved by the Python package `matching` (HospitalResident,
//!   resident-optimal): our deferred acceptance gives the same matching;
//! * 150 assignment problems with capacity quotas solved by OR-Tools'
//!   SimpleMinCostFlow and 100 with side constraints (women's share, quotas
//!   per sex or mixing origin and group) solved by OR-Tools' CP-SAT: our
//!   optimal solver reaches the same objective, proven.

use std::io::Read;

use corridor_matching::codes::{CountryCode, IscoCode, Sex};
use corridor_matching::model::Quota;
use corridor_matching::optimal::{
    self, AssignmentProblem, Edge, OptimalOptions, ProblemJob, ProblemWorker,
};
use corridor_matching::stable::StableMarket;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("gzip");
    serde_json::from_str(&text).expect("json")
}

fn u(v: &Value) -> u64 {
    v.as_u64().expect("unsigned integer")
}

#[test]
fn deferred_acceptance_matches_the_python_matching_package() {
    let markets = fixture("stable.json.gz");
    let markets = markets.as_array().expect("array");
    assert_eq!(markets.len(), 300);
    for (i, m) in markets.iter().enumerate() {
        let caps: Vec<u32> = m["capacities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| u(c) as u32)
            .collect();
        let mut market = StableMarket::new(caps);
        for list in m["lists"].as_array().unwrap() {
            market.add_worker(
                list.as_array()
                    .unwrap()
                    .iter()
                    .map(|e| (u(&e[0]) as u32, u(&e[1]))),
            );
        }
        let expected: Vec<Option<u32>> = m["assignment"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_i64().and_then(|a| u32::try_from(a).ok()))
            .collect();
        assert_eq!(market.solve(), expected, "market {i}");
    }
}

fn sex(s: &str) -> Sex {
    match s {
        "female" => Sex::Female,
        "male" => Sex::Male,
        "other" => Sex::Other,
        _ => Sex::NotStated,
    }
}

fn problem(p: &Value) -> AssignmentProblem {
    let opt_str = |v: &Value| v.as_str().map(str::to_string);
    AssignmentProblem {
        workers: p["workers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| ProblemWorker {
                origin: CountryCode::new(w["origin"].as_str().unwrap()),
                sex: sex(w["sex"].as_str().unwrap()),
            })
            .collect(),
        jobs: p["jobs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|j| ProblemJob {
                positions: u(&j["positions"]) as u32,
                isco: IscoCode::new(j["isco"].as_str().unwrap()),
            })
            .collect(),
        edges: p["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| Edge {
                worker: u(&e["worker"]) as u32,
                job: u(&e["job"]) as u32,
                score: u(&e["score"]) as u32,
            })
            .collect(),
        quotas: p["quotas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| Quota {
                isco: opt_str(&q["isco"]).map(|s| IscoCode::new(&s)),
                sex: opt_str(&q["sex"]).map(|s| sex(&s)),
                origin: opt_str(&q["origin"]).map(|s| CountryCode::new(&s)),
                remaining: u(&q["remaining"]) as u32,
            })
            .collect(),
        min_women_share_permille: p["min_women_share_permille"].as_u64().map(|s| s as u16),
    }
}

#[test]
fn optimal_rounds_match_or_tools() {
    let problems = fixture("optimal.json.gz");
    let problems = problems.as_array().expect("array");
    assert_eq!(problems.len(), 250);
    let mut by_solver = std::collections::BTreeMap::new();
    for (i, p) in problems.iter().enumerate() {
        let problem = problem(p);
        let answer = optimal::solve(&problem, &OptimalOptions::exhaustive());
        assert!(answer.proven_optimal, "problem {i} not proven");
        assert_eq!(
            answer.total_score,
            u(&p["objective"]),
            "problem {i} ({})",
            p["solver"]
        );
        *by_solver
            .entry(p["solver"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    assert_eq!(by_solver["ortools SimpleMinCostFlow"], 150);
    assert_eq!(by_solver["ortools CP-SAT"], 100);
}
