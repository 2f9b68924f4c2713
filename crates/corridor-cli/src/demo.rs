//! The demo: a database with realistic data in four corridors — seasonal
//! agriculture Mexico→Canada, manufacturing Nepal→Korea, nursing
//! Philippines→Germany (government to government) and agro-processing
//! Ghana→Italy — with thousands of workers, about a hundred job orders and
//! placements at every stage, and one ready sign-in per role.
//!
//! The same seed and `as_of` day give the same database. Every record goes
//! through the domain rules and the store, exactly as if users had entered
//! it: job orders are validated against their programmes, every status
//! change is a checked transition with its event and audit entry.

use anyhow::{Context, Result, bail};
use chrono::{Duration, Months, NaiveDate};
use corridor_domain::access::Role;
use corridor_domain::codes::{Cefr, CountryCode, IscedLevel, LanguageCode, Sex};
use corridor_domain::examples::{self, DemoCorridor};
use corridor_domain::ids::{JobOrderId, UserId, WorkerId};
use corridor_domain::job_order::{
    JobOrderContext, JobOrderSpec, JobOrderStatus, validate_job_order,
};
use corridor_domain::ledger::{Party, PaymentCategory, PaymentSpec, assess_payment};
use corridor_domain::money::Money;
use corridor_domain::organisation::{Agency, Employer, LicenceStatus};
use corridor_domain::placement::{
    Contract, EndReason, PlacementStatus, TransitionRequest, check_contract, check_transition,
};
use corridor_domain::programme::Programme;
use corridor_domain::worker::{
    Availability, ConsentPurpose, Contact, LanguageSkill, WorkerOccupation, WorkerProfileSpec,
};
use corridor_store::{Actor, NewUser, Page, Store};
use indicatif::{ProgressBar, ProgressStyle};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashMap;
use std::net::SocketAddr;

/// The password of every demo account (printed at start; demo only).
pub const DEMO_PASSWORD: &str = "corridor-demo";

/// The two-step sign-in key of every demo official and administrator
/// (published in README.md; demo only). `corridor totp-code` prints its
/// current code, or add it to any authenticator app.
pub const DEMO_TOTP_SECRET: &str = "MNXXE4TJMRXXELLEMVWW6LJSMZQS233L";

/// The demo sign-ins: e-mail, role, what the account shows.
pub const SIGN_INS: [(&str, &str, &str); 8] = [
    (
        "worker@demo.corridor",
        "worker",
        "a Mexican farm worker: open jobs for Mexico, own applications and timelines",
    ),
    (
        "employer@demo.corridor",
        "employer",
        "a Canadian greenhouse: its job orders and candidates",
    ),
    (
        "recruiter@demo.corridor",
        "recruiter",
        "a licensed Mexican agency: job orders it handles",
    ),
    (
        "origin.mex@demo.corridor",
        "origin_official",
        "Mexico's labour ministry: programmes, placements, fee violations",
    ),
    (
        "destination.can@demo.corridor",
        "destination_official",
        "Canada's officials: approve job orders, issue visas",
    ),
    (
        "researcher@demo.corridor",
        "researcher",
        "statistics only, no personal data",
    ),
    (
        "admin@demo.corridor",
        "admin",
        "the operator of the installation",
    ),
    (
        "origin.npl@demo.corridor",
        "origin_official",
        "Nepal's officials (also origin.phl, origin.gha; destination.kor, .deu, .ita)",
    ),
];

struct Names {
    male: &'static [&'static str],
    female: &'static [&'static str],
    family: &'static [&'static str],
}

fn names(c: DemoCorridor) -> Names {
    match c {
        DemoCorridor::MexicoCanada => Names {
            male: &[
                "José",
                "Juan",
                "Luis",
                "Carlos",
                "Miguel",
                "Jorge",
                "Francisco",
                "Alejandro",
                "Pedro",
                "Ricardo",
                "Arturo",
                "Raúl",
            ],
            female: &[
                "María",
                "Guadalupe",
                "Juana",
                "Margarita",
                "Verónica",
                "Rosa",
                "Alejandra",
                "Leticia",
                "Patricia",
                "Gabriela",
            ],
            family: &[
                "Hernández",
                "García",
                "Martínez",
                "López",
                "González",
                "Pérez",
                "Rodríguez",
                "Sánchez",
                "Ramírez",
                "Cruz",
                "Flores",
                "Gómez",
                "Morales",
                "Vázquez",
            ],
        },
        DemoCorridor::NepalKorea => Names {
            male: &[
                "Ram", "Hari", "Krishna", "Bishnu", "Suman", "Bikash", "Sanjay", "Dipak",
                "Prakash", "Rajesh", "Anil", "Santosh",
            ],
            female: &[
                "Sita", "Gita", "Sarita", "Kamala", "Laxmi", "Sunita", "Anita", "Puja", "Sabina",
                "Rita",
            ],
            family: &[
                "Shrestha", "Gurung", "Tamang", "Magar", "Rai", "Thapa", "Karki", "Adhikari",
                "Lama", "Limbu", "Sherpa", "Poudel",
            ],
        },
        DemoCorridor::PhilippinesGermany => Names {
            male: &[
                "Jose",
                "Mark",
                "John",
                "Michael",
                "Christian",
                "Jerome",
                "Angelo",
                "Paolo",
                "Rommel",
                "Jayson",
            ],
            female: &[
                "Maria",
                "Kristine",
                "Jennifer",
                "Mary Grace",
                "Rowena",
                "Joy",
                "Lovely",
                "Angelica",
                "Precious",
                "Rhea",
                "Cristina",
                "Liza",
            ],
            family: &[
                "Santos",
                "Reyes",
                "Cruz",
                "Bautista",
                "Ocampo",
                "Garcia",
                "Mendoza",
                "Torres",
                "Aquino",
                "Villanueva",
                "Dela Cruz",
                "Ramos",
            ],
        },
        DemoCorridor::GhanaItaly => Names {
            male: &[
                "Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kojo", "Emmanuel", "Samuel", "Isaac",
                "Ibrahim",
            ],
            female: &[
                "Ama", "Akosua", "Abena", "Adwoa", "Afia", "Yaa", "Esi", "Efua", "Gifty", "Mercy",
            ],
            family: &[
                "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Addo",
                "Darko", "Amoah", "Tetteh", "Quaye",
            ],
        },
    }
}

fn employers(c: DemoCorridor) -> [&'static str; 6] {
    match c {
        DemoCorridor::MexicoCanada => [
            "Leamington Greenhouses Ltd",
            "Niagara Orchards Inc.",
            "Okanagan Fruit Growers",
            "Essex County Farms",
            "Fraser Valley Berries",
            "Annapolis Valley Apples",
        ],
        DemoCorridor::NepalKorea => [
            "Ansan Metal Works Co.",
            "Hwaseong Auto Parts Co.",
            "Gimhae Plastics Co.",
            "Siheung Precision Co.",
            "Pyeongtaek Steel Co.",
            "Changwon Machinery Co.",
        ],
        DemoCorridor::PhilippinesGermany => [
            "Klinikum Nürnberg",
            "Universitätsklinikum Erlangen",
            "Helios Klinikum München",
            "Pflegeheim Sonnenhof Fürth",
            "Charité Berlin",
            "Asklepios Klinik Hamburg",
        ],
        DemoCorridor::GhanaItaly => [
            "Conserve Salernitane S.r.l.",
            "Pomodoro Campano S.p.A.",
            "Frutta del Sud S.r.l.",
            "Agro Nocera Soc. Coop.",
            "Caseificio Battipaglia",
            "Sapori di Puglia S.r.l.",
        ],
    }
}

/// Where each employer of `employers(c)` works: (locality, region).
fn locations(c: DemoCorridor) -> [(&'static str, &'static str); 6] {
    match c {
        DemoCorridor::MexicoCanada => [
            ("Leamington", "Ontario"),
            ("Niagara-on-the-Lake", "Ontario"),
            ("Kelowna", "British Columbia"),
            ("Kingsville", "Ontario"),
            ("Abbotsford", "British Columbia"),
            ("Kentville", "Nova Scotia"),
        ],
        DemoCorridor::NepalKorea => [
            ("Ansan", "Gyeonggi"),
            ("Hwaseong", "Gyeonggi"),
            ("Gimhae", "South Gyeongsang"),
            ("Siheung", "Gyeonggi"),
            ("Pyeongtaek", "Gyeonggi"),
            ("Changwon", "South Gyeongsang"),
        ],
        DemoCorridor::PhilippinesGermany => [
            ("Nürnberg", "Bavaria"),
            ("Erlangen", "Bavaria"),
            ("München", "Bavaria"),
            ("Fürth", "Bavaria"),
            ("Berlin", "Berlin"),
            ("Hamburg", "Hamburg"),
        ],
        DemoCorridor::GhanaItaly => [
            ("Salerno", "Campania"),
            ("Nocera Inferiore", "Campania"),
            ("Battipaglia", "Campania"),
            ("Nocera Superiore", "Campania"),
            ("Battipaglia", "Campania"),
            ("Foggia", "Apulia"),
        ],
    }
}

fn agencies(c: DemoCorridor) -> [(&'static str, LicenceStatus); 3] {
    match c {
        DemoCorridor::MexicoCanada => [
            ("Agencia Laboral del Bajío", LicenceStatus::Active),
            ("Reclutamiento Justo Oaxaca", LicenceStatus::Active),
            ("Servicios Migratorios Puebla", LicenceStatus::Suspended),
        ],
        DemoCorridor::NepalKorea => [
            ("Himalayan Manpower Pvt. Ltd.", LicenceStatus::Active),
            ("Kathmandu Overseas Pvt. Ltd.", LicenceStatus::Active),
            ("Everest HR Services", LicenceStatus::Suspended),
        ],
        DemoCorridor::PhilippinesGermany => [
            ("Manila Health Careers Inc.", LicenceStatus::Active),
            ("Cebu Nursing Placement Inc.", LicenceStatus::Active),
            ("Luzon Global Staffing", LicenceStatus::Revoked),
        ],
        DemoCorridor::GhanaItaly => [
            ("Accra Fair Recruitment Ltd", LicenceStatus::Active),
            ("Kumasi Work Abroad Ltd", LicenceStatus::Active),
            ("Tema Staffing Services", LicenceStatus::Expired),
        ],
    }
}

/// Share of each corridor's workers, women's share, positions per job order.
fn shape(c: DemoCorridor) -> (f64, f64, (u32, u32)) {
    match c {
        DemoCorridor::MexicoCanada => (0.35, 0.08, (5, 24)),
        DemoCorridor::NepalKorea => (0.30, 0.12, (2, 10)),
        DemoCorridor::PhilippinesGermany => (0.15, 0.85, (2, 8)),
        DemoCorridor::GhanaItaly => (0.20, 0.40, (4, 16)),
    }
}

/// Second languages as (ISO 639 code, lowest level, highest level).
fn languages(c: DemoCorridor) -> (&'static str, Vec<(&'static str, Cefr, Cefr)>) {
    match c {
        DemoCorridor::MexicoCanada => ("es", vec![("en", Cefr::A1, Cefr::B2)]),
        DemoCorridor::NepalKorea => (
            "ne",
            vec![("ko", Cefr::A1, Cefr::B2), ("en", Cefr::A2, Cefr::B2)],
        ),
        DemoCorridor::PhilippinesGermany => (
            "tl",
            vec![("en", Cefr::B2, Cefr::C2), ("de", Cefr::A2, Cefr::B2)],
        ),
        DemoCorridor::GhanaItaly => (
            "tw",
            vec![("en", Cefr::B1, Cefr::C2), ("it", Cefr::A1, Cefr::B1)],
        ),
    }
}

fn level_between(rng: &mut ChaCha8Rng, lo: Cefr, hi: Cefr) -> Cefr {
    let (a, b) = (lo as usize, hi as usize);
    Cefr::ALL[rng.gen_range(a..=b)]
}

struct CorridorData {
    corridor: DemoCorridor,
    programme: Programme,
    employers: Vec<(Employer, UserId)>,
    agencies: Vec<Agency>,
    workers: Vec<(WorkerId, WorkerProfileSpec)>,
}

struct Officials {
    origin: HashMap<&'static str, UserId>,
    destination: HashMap<&'static str, UserId>,
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    pb.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb.set_message(what.to_string());
    pb
}

/// Opens the demo database, building it when it is new (or `reset`).
pub async fn prepare(
    url: &str,
    reset: bool,
    seed: u64,
    as_of: NaiveDate,
    workers: usize,
    jobs_per_corridor: usize,
) -> Result<Store> {
    if reset {
        if let Some(path) = url.strip_prefix("sqlite://") {
            let path = path.split('?').next().unwrap_or(path);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{path}{suffix}"));
            }
        } else {
            bail!("--reset only deletes SQLite files; drop the PostgreSQL database yourself");
        }
    }
    let store = crate::open_store(url).await?;
    let existing = store
        .programmes(None, None, Page::new(Some(1), None))
        .await?
        .total;
    if existing > 0 {
        println!(
            "Using the existing demo database at {} (run with --reset to rebuild it).",
            crate::redact(url)
        );
        enrol_demo_officials(&store).await?;
        return Ok(store);
    }
    println!("Building the demo database (seed {seed}, as of {as_of}, {workers} workers)…");
    let t = std::time::Instant::now();
    build(&store, seed, as_of, workers, jobs_per_corridor).await?;
    println!("Demo database ready in {:.1} s.", t.elapsed().as_secs_f64());
    Ok(store)
}

/// Turns on two-step sign-in with [`DEMO_TOTP_SECRET`] for every demo
/// account whose role needs it and does not have it yet (also in a demo
/// database built before two-step sign-in existed).
pub async fn enrol_demo_officials(store: &Store) -> Result<()> {
    for role in Role::ALL.into_iter().filter(|r| r.requires_two_factor()) {
        let users = store.users(Some(role), Page::all()).await?;
        for u in users.items {
            if !u.two_factor && u.email.ends_with("@demo.corridor") {
                store
                    .enable_two_factor(&Actor::system(), u.id, DEMO_TOTP_SECRET, 0, &[])
                    .await?;
            }
        }
    }
    Ok(())
}

/// Prints where Corridor listens and one ready sign-in per role.
pub fn print_sign_ins(bind: &SocketAddr) {
    println!();
    println!("Corridor demo: http://{bind}/");
    println!("Sign in at http://{bind}/sign-in with any of these (password: {DEMO_PASSWORD}):");
    for (email, role, what) in SIGN_INS {
        println!("  {email:<32} {role:<21} {what}");
    }
    println!(
        "Officials and the administrator sign in in two steps: after the password, the code that\n\
         `corridor totp-code` prints (or an authenticator app with the demo key {DEMO_TOTP_SECRET})."
    );
    println!(
        "API: http://{bind}/api/v1/openapi.json  (token: POST /api/v1/tokens with the same e-mail and password,\n\
         and \"totp_code\" for officials and the administrator)"
    );
    println!();
}

/// Builds the whole demo into an empty store.
pub async fn build(
    store: &Store,
    seed: u64,
    as_of: NaiveDate,
    n_workers: usize,
    jobs_per_corridor: usize,
) -> Result<()> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let system = Actor::system();
    let hash =
        corridor_server::auth::hash_password(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?;
    let account = |email: &str, name: &str, role: Role| NewUser {
        email: email.into(),
        display_name: name.into(),
        password_hash: hash.clone(),
        role,
        worker_id: None,
        employer_id: None,
        agency_id: None,
        country: None,
    };

    // Officials, researcher, admin.
    let mut officials = Officials {
        origin: HashMap::new(),
        destination: HashMap::new(),
    };
    store
        .create_user(
            &system,
            &account("admin@demo.corridor", "Demo administrator", Role::Admin),
        )
        .await?;
    store
        .create_user(
            &system,
            &account(
                "researcher@demo.corridor",
                "Demo researcher",
                Role::Researcher,
            ),
        )
        .await?;
    for c in DemoCorridor::ALL {
        let p = c.programme();
        for (role, country, map) in [
            (
                Role::OriginOfficial,
                p.origin.clone(),
                &mut officials.origin,
            ),
            (
                Role::DestinationOfficial,
                p.destination.clone(),
                &mut officials.destination,
            ),
        ] {
            let prefix = if role == Role::OriginOfficial {
                "origin"
            } else {
                "destination"
            };
            let code = country.as_str().to_ascii_lowercase();
            let u = store
                .create_user(
                    &system,
                    &NewUser {
                        country: Some(country.clone()),
                        ..account(
                            &format!("{prefix}.{code}@demo.corridor"),
                            &format!("{} labour official", country.name()),
                            role,
                        )
                    },
                )
                .await?;
            map.insert(country_key(&country), u.id);
        }
    }

    // Programmes, employers, agencies.
    let mut data = vec![];
    for c in DemoCorridor::ALL {
        let spec = c.programme();
        let origin_official = officials.origin[country_key(&spec.origin)];
        let dest_official = officials.destination[country_key(&spec.destination)];
        let programme = store
            .insert_programme(
                &official_actor(origin_official, Role::OriginOfficial),
                &spec,
            )
            .await?;
        // Its pre-departure orientation, published by the origin's
        // official (the helplines in it are marked as examples).
        let orientation = c.orientation();
        orientation
            .validate(&spec)
            .map_err(|v| anyhow::anyhow!("demo orientation: {v}"))?;
        store
            .put_orientation(
                &official_actor(origin_official, Role::OriginOfficial),
                programme.id,
                [spec.origin.clone(), spec.destination.clone()],
                &orientation,
            )
            .await?;
        let mut emps = vec![];
        for (i, name) in employers(c).iter().enumerate() {
            let e = store
                .insert_employer(
                    &official_actor(dest_official, Role::DestinationOfficial),
                    &examples::employer(c, name, i as u32 + 1),
                )
                .await?;
            let email = if c == DemoCorridor::MexicoCanada && i == 0 {
                "employer@demo.corridor".to_string()
            } else {
                format!(
                    "employer{}.{}@demo.corridor",
                    i + 1,
                    country_key(&spec.destination)
                )
            };
            let u = store
                .create_user(
                    &system,
                    &NewUser {
                        employer_id: Some(e.id),
                        ..account(&email, name, Role::Employer)
                    },
                )
                .await?;
            emps.push((e, u.id));
        }
        let mut ags = vec![];
        for (i, (name, status)) in agencies(c).into_iter().enumerate() {
            let a = store
                .insert_agency(
                    &official_actor(origin_official, Role::OriginOfficial),
                    &examples::agency(c, name, status),
                )
                .await?;
            if c == DemoCorridor::MexicoCanada && i == 0 {
                store
                    .create_user(
                        &system,
                        &NewUser {
                            agency_id: Some(a.id),
                            ..account("recruiter@demo.corridor", name, Role::Recruiter)
                        },
                    )
                    .await?;
            }
            ags.push(a);
        }
        data.push(CorridorData {
            corridor: c,
            programme,
            employers: emps,
            agencies: ags,
            workers: vec![],
        });
    }

    // Workers.
    let pb = bar(n_workers as u64, "workers");
    for d in &mut data {
        let (share, women, _) = shape(d.corridor);
        let count = ((n_workers as f64) * share).round() as usize;
        let official = officials.origin[country_key(&d.programme.spec.origin)];
        for _ in 0..count {
            let spec = worker_profile(&mut rng, d.corridor, women, as_of);
            let consents = [
                ConsentPurpose::Matching,
                ConsentPurpose::SharingWithEmployers,
                ConsentPurpose::Statistics,
            ];
            let w = store
                .insert_worker(
                    &official_actor(official, Role::OriginOfficial),
                    &spec,
                    &consents,
                )
                .await?;
            d.workers.push((w.id, spec));
            pb.inc(1);
        }
    }
    pb.finish_and_clear();

    // Job orders and placements.
    let total_jobs = (jobs_per_corridor * data.len()) as u64;
    let pb = bar(total_jobs, "job orders");
    let mut demo_worker: Option<WorkerId> = None;
    for d in &data {
        let mut busy_until: HashMap<WorkerId, NaiveDate> = HashMap::new();
        let mut completed: HashMap<WorkerId, u32> = HashMap::new();
        let mut starts: Vec<NaiveDate> = (0..jobs_per_corridor)
            .map(|_| {
                // Half the job orders are history; half are recent or
                // upcoming, so every stage of recruitment is under way.
                let offset = if rng.gen_bool(0.5) {
                    rng.gen_range(-900i64..-60)
                } else {
                    rng.gen_range(-60i64..=200)
                };
                (as_of + Duration::days(offset))
                    .max(d.programme.spec.valid_from + Duration::days(130))
            })
            .collect();
        starts.sort();
        for start in starts {
            let job = post_job_order(store, &mut rng, d, &officials, start, as_of).await?;
            if let Some((jo_id, spec, posted_on)) = job {
                let w = place_workers(
                    store,
                    &mut rng,
                    d,
                    &officials,
                    (jo_id, &spec, posted_on),
                    as_of,
                    &mut busy_until,
                    &mut completed,
                )
                .await?;
                if demo_worker.is_none() && d.corridor == DemoCorridor::MexicoCanada {
                    demo_worker = w;
                }
            }
            pb.inc(1);
        }
    }
    pb.finish_and_clear();

    // The demo worker's account: a Mexican worker with placements.
    let worker = demo_worker.context("the demo has no Mexican placement to show")?;
    store
        .create_user(
            &system,
            &NewUser {
                worker_id: Some(worker),
                ..account("worker@demo.corridor", "Demo worker", Role::Worker)
            },
        )
        .await?;
    enrol_demo_officials(store).await?;
    Ok(())
}

fn country_key(c: &CountryCode) -> &'static str {
    match c.as_str() {
        "MEX" => "mex",
        "CAN" => "can",
        "NPL" => "npl",
        "KOR" => "kor",
        "PHL" => "phl",
        "DEU" => "deu",
        "GHA" => "gha",
        "ITA" => "ita",
        _ => "other",
    }
}

fn official_actor(user: UserId, role: Role) -> Actor {
    Actor::user(user, role)
}

fn worker_profile(
    rng: &mut ChaCha8Rng,
    c: DemoCorridor,
    women: f64,
    as_of: NaiveDate,
) -> WorkerProfileSpec {
    let n = names(c);
    let sex = if rng.gen_bool(women) {
        Sex::Female
    } else {
        Sex::Male
    };
    let given = if sex == Sex::Female { n.female } else { n.male };
    let given = given[rng.gen_range(0..given.len())];
    let family = n.family[rng.gen_range(0..n.family.len())];
    let age_days = rng.gen_range(20 * 365..50 * 365);
    let mut spec = examples::worker(c, given, family, sex, as_of - Duration::days(age_days));
    let (native, others) = languages(c);
    spec.languages = vec![LanguageSkill {
        language: LanguageCode::parse(native).expect("language"),
        level: Cefr::Native,
    }];
    for (code, lo, hi) in others {
        spec.languages.push(LanguageSkill {
            language: LanguageCode::parse(code).expect("language"),
            level: level_between(rng, lo, hi),
        });
    }
    let occ = c.occupations();
    let first = occ[rng.gen_range(0..occ.len())];
    spec.occupations = vec![WorkerOccupation {
        occupation: examples::occupation(first),
        experience_months: rng.gen_range(0..120),
    }];
    if rng.gen_bool(0.3) {
        let second = occ[rng.gen_range(0..occ.len())];
        if second != first {
            spec.occupations.push(WorkerOccupation {
                occupation: examples::occupation(second),
                experience_months: rng.gen_range(0..60),
            });
        }
    }
    spec.education = IscedLevel::new(match c {
        DemoCorridor::PhilippinesGermany => 6,
        _ => rng.gen_range(1..=4),
    })
    .expect("level");
    spec.availability = Availability {
        from: as_of - Duration::days(rng.gen_range(0..1000)),
        until: None,
    };
    spec.contact = Contact {
        email: None,
        phone: Some(format!(
            "+{} {}",
            match c {
                DemoCorridor::MexicoCanada => "52",
                DemoCorridor::NepalKorea => "977",
                DemoCorridor::PhilippinesGermany => "63",
                DemoCorridor::GhanaItaly => "233",
            },
            rng.gen_range(100_000_000u64..999_999_999)
        )),
    };
    spec
}

async fn post_job_order(
    store: &Store,
    rng: &mut ChaCha8Rng,
    d: &CorridorData,
    officials: &Officials,
    start: NaiveDate,
    as_of: NaiveDate,
) -> Result<Option<(JobOrderId, JobOrderSpec, NaiveDate)>> {
    let (_, _, (lo, hi)) = shape(d.corridor);
    let which = rng.gen_range(0..d.employers.len());
    let (employer, employer_user) = &d.employers[which];
    let active: Vec<&Agency> = d
        .agencies
        .iter()
        .filter(|a| a.spec.licence.status == LicenceStatus::Active)
        .collect();
    let agency = if rng.gen_bool(0.6) {
        Some(active[rng.gen_range(0..active.len())])
    } else {
        None
    };
    let occ = d.corridor.occupations();
    let occupation = occ[rng.gen_range(0..occ.len())];
    let positions = rng.gen_range(lo..=hi);
    let mut spec = examples::job_order(
        d.corridor,
        d.programme.id,
        employer.id,
        agency.map(|a| a.id),
        occupation,
        positions,
        start,
    );
    let (locality, region) = locations(d.corridor)[which];
    spec.location = corridor_domain::job_order::WorkLocation {
        locality: locality.into(),
        region: region.into(),
    };
    // Job orders are posted two to four months ahead; the newest today.
    let posted_on = (start - Duration::days(rng.gen_range(60..120))).min(as_of);
    validate_job_order(
        &spec,
        JobOrderContext {
            programme: &d.programme,
            employer,
            agency,
            today: posted_on,
            returning_workers: &[],
        },
    )
    .map_err(|v| anyhow::anyhow!("demo job order breaks rules: {v}"))?;
    let status = if start <= as_of {
        JobOrderStatus::Closed
    } else if rng.gen_bool(0.12) {
        JobOrderStatus::PendingApproval
    } else {
        JobOrderStatus::Open
    };
    let actor = official_actor(*employer_user, Role::Employer);
    let jo = store
        .insert_job_order(&actor, &spec, JobOrderStatus::PendingApproval, posted_on)
        .await?;
    let dest = officials.destination[country_key(&d.programme.spec.destination)];
    if status != JobOrderStatus::PendingApproval {
        store
            .set_job_order_status(
                &official_actor(dest, Role::DestinationOfficial),
                jo.id,
                JobOrderStatus::Open,
            )
            .await?;
    }
    if status == JobOrderStatus::Closed {
        store
            .set_job_order_status(&actor, jo.id, JobOrderStatus::Closed)
            .await?;
    }
    Ok((status != JobOrderStatus::PendingApproval).then_some((jo.id, spec, posted_on)))
}

/// Who records each step.
fn actor_for(
    to: PlacementStatus,
    worker_user: Option<UserId>,
    employer: UserId,
    origin: UserId,
    dest: UserId,
) -> Actor {
    use PlacementStatus::*;
    match to {
        Applied | Withdrawn => worker_user
            .map_or(official_actor(origin, Role::OriginOfficial), |u| {
                official_actor(u, Role::Worker)
            }),
        Shortlisted | Selected | Rejected | ContractSigned | Employed | Completed | EndedEarly => {
            official_actor(employer, Role::Employer)
        }
        OrientationDone | Departed | Returned => official_actor(origin, Role::OriginOfficial),
        VisaIssued | Arrived => official_actor(dest, Role::DestinationOfficial),
    }
}

#[allow(clippy::too_many_arguments)]
async fn place_workers(
    store: &Store,
    rng: &mut ChaCha8Rng,
    d: &CorridorData,
    officials: &Officials,
    (jo_id, spec, posted): (JobOrderId, &JobOrderSpec, NaiveDate),
    as_of: NaiveDate,
    busy_until: &mut HashMap<WorkerId, NaiveDate>,
    completed: &mut HashMap<WorkerId, u32>,
) -> Result<Option<WorkerId>> {
    let start = spec.start_date;
    let end = start
        .checked_add_months(Months::new(spec.duration_months as u32))
        .unwrap_or(start);
    let employer_user = d
        .employers
        .iter()
        .find(|(e, _)| e.id == spec.employer_id)
        .map(|(_, u)| *u)
        .context("employer")?;
    let origin = officials.origin[country_key(&d.programme.spec.origin)];
    let dest = officials.destination[country_key(&d.programme.spec.destination)];

    // Applicants: free workers, returning workers first where the
    // programme gives them priority.
    let mut free: Vec<&(WorkerId, WorkerProfileSpec)> = d
        .workers
        .iter()
        .filter(|(w, _)| busy_until.get(w).is_none_or(|b| *b < posted))
        .collect();
    free.shuffle(rng);
    let n_applicants = ((spec.positions as f64) * rng.gen_range(1.4..2.6)).round() as usize;
    free.truncate(n_applicants);
    if d.programme.spec.conditions.priority_rehire {
        free.sort_by_key(|(w, _)| std::cmp::Reverse(completed.get(w).copied().unwrap_or(0)));
    }
    let mut shown = None;
    for (rank, (worker_id, profile)) in free.into_iter().enumerate() {
        let applied_on = posted + Duration::days(rng.gen_range(1..10));
        if applied_on > as_of {
            continue;
        }
        let selected = rank < spec.positions as usize;
        let mut path: Vec<(PlacementStatus, NaiveDate)> = vec![];
        let shortlist_on = start - Duration::days(rng.gen_range(58..80));
        let select_on = start - Duration::days(rng.gen_range(46..56));
        if selected {
            // Each worker moves at their own pace: paperwork and flights
            // are spread over weeks, so some are at every stage at once.
            let lag = |rng: &mut ChaCha8Rng, max: i64| Duration::days(rng.gen_range(0..=max));
            let signed = start - Duration::days(44) + lag(rng, 8);
            let oriented = signed + Duration::days(6) + lag(rng, 10);
            let visa = oriented + Duration::days(5) + lag(rng, 12);
            let departed = visa + Duration::days(3) + lag(rng, 14);
            let arrived = departed + Duration::days(1) + lag(rng, 2);
            let employed = arrived + Duration::days(2) + lag(rng, 6);
            let steps = [
                (PlacementStatus::Shortlisted, shortlist_on),
                (PlacementStatus::Selected, select_on),
                (PlacementStatus::ContractSigned, signed),
                (PlacementStatus::OrientationDone, oriented),
                (PlacementStatus::VisaIssued, visa),
                (PlacementStatus::Departed, departed),
                (PlacementStatus::Arrived, arrived),
                (PlacementStatus::Employed, employed),
                (PlacementStatus::Completed, end),
                (
                    PlacementStatus::Returned,
                    end + Duration::days(3) + lag(rng, 75),
                ),
            ];
            path.extend(steps);
            // Exits: a few withdraw before departure; some end early.
            let roll: f64 = rng.r#gen();
            if roll < 0.03 {
                let at = rng.gen_range(2..6);
                path.truncate(at);
                path.push((
                    PlacementStatus::Withdrawn,
                    path[at - 1].1 + Duration::days(3),
                ));
            } else if roll < 0.10 {
                let span = (end - start).num_days().max(2);
                let ended = start + Duration::days(rng.gen_range(1..span));
                path.truncate(8);
                path.push((PlacementStatus::EndedEarly, ended));
            }
        } else if rank < spec.positions as usize * 3 / 2 {
            path.push((PlacementStatus::Shortlisted, shortlist_on));
            path.push((PlacementStatus::Rejected, select_on));
        } else {
            path.push((PlacementStatus::Rejected, select_on));
        }

        let view = store
            .create_placement(
                &actor_for(PlacementStatus::Applied, None, employer_user, origin, dest),
                jo_id,
                *worker_id,
                applied_on,
                "",
            )
            .await?;
        let id = view.placement.id;
        let mut status = PlacementStatus::Applied;
        let mut last = applied_on;
        for (to, on) in path {
            if on > as_of {
                break;
            }
            let on = on.max(last);
            let end_reason = (to == PlacementStatus::EndedEarly).then(|| {
                let r: f64 = rng.r#gen();
                match r {
                    x if x < 0.30 => EndReason::EmployerBreach,
                    x if x < 0.70 => EndReason::WorkerChoice,
                    x if x < 0.85 => EndReason::ChangedEmployer,
                    x if x < 0.95 => EndReason::HealthOrInjury,
                    _ => EndReason::WorkEnded,
                }
            });
            let contract =
                (to == PlacementStatus::ContractSigned).then(|| contract_for(spec, profile));
            let req = TransitionRequest {
                to,
                occurred_on: Some(on),
                note: String::new(),
                end_reason,
                contract,
            };
            check_transition(status, &req, Some(last), as_of)
                .map_err(|v| anyhow::anyhow!("demo transition: {v}"))?;
            if let Some(c) = &req.contract {
                check_contract(c, spec, profile)
                    .map_err(|v| anyhow::anyhow!("demo contract: {v}"))?;
            }
            if to == PlacementStatus::OrientationDone {
                // The step needs the completion, recorded by the origin's
                // official who gave the course.
                let p = &d.programme.spec;
                store
                    .record_orientation_completion(
                        &actor_for(to, None, employer_user, origin, dest),
                        id,
                        [p.origin.clone(), p.destination.clone()],
                        on,
                        d.corridor.orientation().total_hours(),
                        "",
                    )
                    .await?;
            }
            store
                .transition_placement(
                    &actor_for(to, None, employer_user, origin, dest),
                    id,
                    status,
                    &req,
                    on,
                )
                .await?;
            if to == PlacementStatus::ContractSigned {
                record_payments(store, rng, id, spec, on, employer_user).await?;
            }
            status = to;
            last = on;
        }
        if selected {
            busy_until.insert(*worker_id, end + Duration::days(30));
        }
        if matches!(
            status,
            PlacementStatus::Completed | PlacementStatus::Returned
        ) {
            *completed.entry(*worker_id).or_default() += 1;
        }
        if shown.is_none()
            && status == PlacementStatus::Returned
            && completed.get(worker_id).copied().unwrap_or(0) >= 1
        {
            shown = Some(*worker_id);
        }
    }
    Ok(shown)
}

fn contract_for(job: &JobOrderSpec, worker: &WorkerProfileSpec) -> Contract {
    let language = job
        .contract_languages
        .iter()
        .find(|l| worker.reads(l))
        .cloned()
        .unwrap_or_else(|| job.contract_languages[0].clone());
    Contract {
        language,
        wage: job.wage.clone(),
        guaranteed_hours_per_week: job.guaranteed_hours_per_week,
        max_hours_per_week: job.max_hours_per_week,
        start_date: job.start_date,
        duration_months: job.duration_months,
        housing: job.housing.clone(),
        medical: job.medical,
        return_travel_paid_by_employer: job.return_travel_paid_by_employer,
    }
}

async fn record_payments(
    store: &Store,
    rng: &mut ChaCha8Rng,
    placement: corridor_domain::ids::PlacementId,
    job: &JobOrderSpec,
    on: NaiveDate,
    employer_user: UserId,
) -> Result<()> {
    let actor = official_actor(employer_user, Role::Employer);
    for cost in job.recruitment_costs.iter().filter(|c| {
        matches!(
            c.category,
            corridor_domain::ledger::CostCategory::RecruitmentService
                | corridor_domain::ledger::CostCategory::TravelLodging
        )
    }) {
        let p = PaymentSpec {
            payer: Party::Employer,
            payee: if job.agency_id.is_some() {
                Party::Agency
            } else {
                Party::Government
            },
            category: match cost.category {
                corridor_domain::ledger::CostCategory::RecruitmentService => {
                    PaymentCategory::RecruitmentService
                }
                _ => PaymentCategory::TravelLodging,
            },
            amount: cost.amount.clone(),
            paid_on: on,
            note: String::new(),
        };
        store
            .record_payment(&actor, placement, &p, assess_payment(&p).as_ref())
            .await?;
    }
    // Some workers report fees they were made to pay.
    let roll: f64 = rng.r#gen();
    if roll < 0.05 {
        let currency = job.wage.amount.currency().clone();
        let scale = if currency.exponent() == 0 { 1000 } else { 1 };
        let p = PaymentSpec {
            payer: Party::Worker,
            payee: if roll < 0.04 {
                Party::Agency
            } else {
                Party::ThirdParty
            },
            category: if roll < 0.04 {
                PaymentCategory::RecruitmentService
            } else {
                PaymentCategory::Bribe
            },
            amount: Money::from_minor(rng.gen_range(20_000..150_000) * scale, currency),
            paid_on: on,
            note: "reported by the worker".into(),
        };
        store
            .record_payment(&actor, placement, &p, assess_payment(&p).as_ref())
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use corridor_store::PlacementFilter;
    use corridor_store::testing::TestDb;

    async fn snapshot(store: &Store) -> Vec<String> {
        let all = store
            .placements(&PlacementFilter::default(), Page::all())
            .await
            .unwrap();
        all.items
            .iter()
            .map(|p| {
                format!(
                    "{}:{}:{}",
                    p.placement.worker_id, p.placement.job_order_id, p.placement.status
                )
            })
            .collect()
    }

    #[tokio::test]
    async fn demo_is_deterministic() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let a = TestDb::sqlite().await;
        let b = TestDb::sqlite().await;
        build(&a.store, 7, as_of, 150, 5).await.unwrap();
        build(&b.store, 7, as_of, 150, 5).await.unwrap();
        let sa = snapshot(&a.store).await;
        assert!(!sa.is_empty());
        assert_eq!(sa, snapshot(&b.store).await);
        let c = TestDb::sqlite().await;
        build(&c.store, 8, as_of, 150, 5).await.unwrap();
        assert_ne!(sa, snapshot(&c.store).await, "another seed, other data");
    }

    #[tokio::test]
    async fn demo_has_placements_at_every_stage() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let db = TestDb::sqlite().await;
        build(&db.store, 2026, as_of, 1500, 25).await.unwrap();
        let all = snapshot(&db.store).await;
        assert!(all.len() > 1000, "{} placements", all.len());
        for status in PlacementStatus::ALL {
            let n = all
                .iter()
                .filter(|s| s.ends_with(&format!(":{status}")))
                .count();
            assert!(n > 0, "no placement is {status}");
        }
        let jobs = db
            .store
            .job_orders(&corridor_store::JobOrderFilter::default(), Page::all())
            .await
            .unwrap();
        assert_eq!(jobs.total, 100);
        let violations = db
            .store
            .fee_violations(None, Page::default())
            .await
            .unwrap();
        assert!(violations.total > 0);
        let (user, _) = db
            .store
            .user_credentials("worker@demo.corridor")
            .await
            .unwrap()
            .unwrap();
        let worker = user.principal.worker_id.expect("a worker account");
        let mine = db
            .store
            .placements(
                &PlacementFilter {
                    worker_id: Some(worker),
                    ..Default::default()
                },
                Page::all(),
            )
            .await
            .unwrap();
        assert!(
            mine.items
                .iter()
                .any(|p| p.placement.status == PlacementStatus::Returned)
        );
        for (email, role, _) in SIGN_INS {
            let (u, hash) = db.store.user_credentials(email).await.unwrap().unwrap();
            assert_eq!(u.principal.role.as_str(), role);
            assert!(corridor_server::auth::verify_password(DEMO_PASSWORD, &hash));
            // Officials and the administrator come with two-step sign-in
            // on, under the published key.
            let role = Role::parse(role).unwrap();
            assert_eq!(u.two_factor, role.requires_two_factor(), "{email}");
            if role.requires_two_factor() {
                let record = db.store.two_factor(u.id).await.unwrap().unwrap();
                assert_eq!(record.secret, DEMO_TOTP_SECRET);
            }
        }
    }
}
