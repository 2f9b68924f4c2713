//! Realistic example records for the four corridors Corridor's demo runs —
//! seasonal agriculture Mexico→Canada, manufacturing Nepal→Korea, nursing
//! Philippines→Germany under a government-to-government agreement, and
//! agro-processing Ghana→Italy — used by the demo generator and by tests.
//!
//! Figures are plausible for 2026 (provincial and national minimum wages,
//! usual hours), not legal advice.

use crate::codes::{
    Cefr, CountryCode, CurrencyCode, IscedLevel, IscoCode, LanguageCode, OccupationUri, Sex,
    SkillUri,
};
use crate::ids::{AgencyId, EmployerId, ProgrammeId};
use crate::job_order::{Housing, JobOrderSpec, LanguageRequirement, RecruitmentCost, WorkLocation};
use crate::ledger::{CostCategory, Party};
use crate::money::{Money, PayPeriod, Wage};
use crate::organisation::{AgencySpec, EmployerSpec, EmployerStatus, Licence, LicenceStatus};
use crate::programme::{
    HousingRule, MedicalCover, MinimumConditions, ProgrammeKind, ProgrammeSpec, SocialSecurity,
};
use crate::worker::{Availability, Contact, LanguageSkill, WorkerOccupation, WorkerProfileSpec};
use chrono::NaiveDate;

/// ESCO "fruit and vegetable picker" (ISCO 9211).
pub const FRUIT_PICKER: &str = "373db468-bd25-4b67-a6e0-4ac79d9a9e85";
/// ESCO "horticulture worker" (ISCO 6113).
pub const HORTICULTURE_WORKER: &str = "1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883";
/// ESCO "welder" (ISCO 7212).
pub const WELDER: &str = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
/// ESCO "factory hand" (ISCO 9329).
pub const FACTORY_HAND: &str = "245be6d1-fe9a-4ac8-9f81-122a687e4724";
/// ESCO "injection moulding operator" (ISCO 8142).
pub const INJECTION_MOULDING_OPERATOR: &str = "502fe307-ae65-46cb-a485-e559b9a35266";
/// ESCO "nurse responsible for general care" (ISCO 2221).
pub const GENERAL_NURSE: &str = "8d3e8aaa-791b-4c75-a465-f3f827028f50";
/// ESCO "healthcare assistant" (ISCO 5321).
pub const HEALTHCARE_ASSISTANT: &str = "d38c2107-98f2-47b7-8bb4-f69750d51082";
/// ESCO "food production operator" (ISCO 8160).
pub const FOOD_PRODUCTION_OPERATOR: &str = "e3dc66de-99c7-4607-a82b-7244036d316d";
/// ESCO "fruit and vegetable canner" (ISCO 8160).
pub const FRUIT_CANNER: &str = "defc8417-eeb6-4f13-8fcd-6518b99a40f4";
/// ESCO skill "apply health and safety when picking".
pub const SKILL_PICKING_SAFETY: &str = "0b34dd9f-bcb2-4bd0-9aaa-e88421cdf288";
/// ESCO skill "operate forklift".
pub const SKILL_FORKLIFT: &str = "28cb374e-6261-4133-8371-f9a5470145da";
/// ESCO skill "pack goods".
pub const SKILL_PACK_GOODS: &str = "667cbbaf-f377-46d8-8f2d-1f6d8a55d74a";
/// ESCO skill "food safety principles".
pub const SKILL_FOOD_SAFETY: &str = "3f4e4eab-a8e0-4aed-b8bb-79afe7c890e3";

fn country(c: &str) -> CountryCode {
    CountryCode::parse(c).expect("known country")
}
fn currency(c: &str) -> CurrencyCode {
    CurrencyCode::parse(c).expect("known currency")
}
fn isco(c: &str) -> IscoCode {
    IscoCode::parse(c).expect("known ISCO group")
}
fn lang(c: &str) -> LanguageCode {
    LanguageCode::parse(c).expect("known language")
}
/// An ESCO occupation by UUID.
pub fn occupation(uuid: &str) -> OccupationUri {
    OccupationUri::parse(uuid).expect("known ESCO occupation")
}
/// An ESCO skill by UUID.
pub fn skill(uuid: &str) -> SkillUri {
    SkillUri::parse(uuid).expect("known ESCO skill")
}
fn money(amount: &str, cur: &str) -> Money {
    Money::parse(amount, currency(cur)).expect("valid amount")
}
fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The four demo corridors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoCorridor {
    /// Seasonal agriculture, Mexico → Canada.
    MexicoCanada,
    /// Manufacturing, Nepal → Republic of Korea.
    NepalKorea,
    /// Nursing, Philippines → Germany, government to government.
    PhilippinesGermany,
    /// Agro-processing, Ghana → Italy.
    GhanaItaly,
}

impl DemoCorridor {
    /// All four.
    pub const ALL: [DemoCorridor; 4] = [
        DemoCorridor::MexicoCanada,
        DemoCorridor::NepalKorea,
        DemoCorridor::PhilippinesGermany,
        DemoCorridor::GhanaItaly,
    ];

    /// The programme of this corridor.
    pub fn programme(self) -> ProgrammeSpec {
        match self {
            DemoCorridor::MexicoCanada => seasonal_agriculture_mex_can(),
            DemoCorridor::NepalKorea => manufacturing_npl_kor(),
            DemoCorridor::PhilippinesGermany => nursing_phl_deu(),
            DemoCorridor::GhanaItaly => agro_processing_gha_ita(),
        }
    }

    /// ESCO occupations (UUIDs) job orders in this corridor are for.
    pub fn occupations(self) -> &'static [&'static str] {
        match self {
            DemoCorridor::MexicoCanada => &[FRUIT_PICKER, HORTICULTURE_WORKER],
            DemoCorridor::NepalKorea => &[WELDER, FACTORY_HAND, INJECTION_MOULDING_OPERATOR],
            DemoCorridor::PhilippinesGermany => &[GENERAL_NURSE, HEALTHCARE_ASSISTANT],
            DemoCorridor::GhanaItaly => &[FOOD_PRODUCTION_OPERATOR, FRUIT_CANNER],
        }
    }

    /// The language of work at destination (ISO 639-1).
    pub fn work_language(self) -> &'static str {
        match self {
            DemoCorridor::MexicoCanada => "en",
            DemoCorridor::NepalKorea => "ko",
            DemoCorridor::PhilippinesGermany => "de",
            DemoCorridor::GhanaItaly => "it",
        }
    }

    /// The language most workers of the origin read (ISO 639-1 or 639-3).
    pub fn origin_language(self) -> &'static str {
        match self {
            DemoCorridor::MexicoCanada => "es",
            DemoCorridor::NepalKorea => "ne",
            DemoCorridor::PhilippinesGermany => "en",
            DemoCorridor::GhanaItaly => "en",
        }
    }
}

/// Seasonal Agricultural Worker Program, Mexico → Canada: employers pay the
/// recruitment costs and return travel, provide housing and medical care,
/// guarantee minimum hours; workers recover pension contributions.
pub fn seasonal_agriculture_mex_can() -> ProgrammeSpec {
    ProgrammeSpec {
        name: "Seasonal Agricultural Worker Program (Mexico–Canada)".into(),
        origin: country("MEX"),
        destination: country("CAN"),
        kind: ProgrammeKind::Seasonal,
        government_to_government: true,
        occupations: vec![isco("611"), isco("921")],
        quotas: vec![],
        max_stay_months: 8,
        conditions: MinimumConditions {
            min_wage: Wage::new(money("17.60", "CAD"), PayPeriod::Hour),
            min_guaranteed_hours_per_week: 40.0,
            max_hours_per_week: 60.0,
            housing: HousingRule {
                must_be_provided: true,
                max_cost_to_worker_per_month: None,
            },
            medical: MedicalCover::CareAndInsurance,
            return_travel_paid_by_employer: true,
            priority_rehire: true,
            social_security: SocialSecurity {
                portable: true,
                arrangement: "Canada–Mexico social security agreement: CPP contributions count towards a Mexican pension".into(),
            },
            pathway_to_permanent_residence: false,
        },
        valid_from: date(2024, 1, 1),
        valid_until: None,
        min_women_share: None,
    }
}

/// Employment Permit System, Nepal → Republic of Korea, manufacturing.
pub fn manufacturing_npl_kor() -> ProgrammeSpec {
    ProgrammeSpec {
        name: "Employment Permit System (Nepal–Korea), manufacturing".into(),
        origin: country("NPL"),
        destination: country("KOR"),
        kind: ProgrammeKind::Temporary,
        government_to_government: true,
        occupations: vec![isco("72"), isco("81"), isco("82"), isco("93")],
        quotas: vec![],
        max_stay_months: 58,
        conditions: MinimumConditions {
            min_wage: Wage::new(money("10320", "KRW"), PayPeriod::Hour),
            min_guaranteed_hours_per_week: 40.0,
            max_hours_per_week: 52.0,
            housing: HousingRule {
                must_be_provided: true,
                max_cost_to_worker_per_month: Some(money("200000", "KRW")),
            },
            medical: MedicalCover::Insurance,
            return_travel_paid_by_employer: false,
            priority_rehire: true,
            social_security: SocialSecurity {
                portable: true,
                arrangement:
                    "Departure guarantee insurance and national pension lump-sum refund on return"
                        .into(),
            },
            pathway_to_permanent_residence: false,
        },
        valid_from: date(2024, 1, 1),
        valid_until: None,
        min_women_share: None,
    }
}

/// Triple Win nursing programme, Philippines → Germany, government to
/// government (allowed for health personnel; the Philippines is not on the
/// WHO safeguards list in any case).
pub fn nursing_phl_deu() -> ProgrammeSpec {
    ProgrammeSpec {
        name: "Triple Win nursing (Philippines–Germany)".into(),
        origin: country("PHL"),
        destination: country("DEU"),
        kind: ProgrammeKind::LongTerm,
        government_to_government: true,
        occupations: vec![isco("2221"), isco("3221"), isco("5321")],
        quotas: vec![],
        max_stay_months: 48,
        conditions: MinimumConditions {
            min_wage: Wage::new(money("3100.00", "EUR"), PayPeriod::Month),
            min_guaranteed_hours_per_week: 38.5,
            max_hours_per_week: 48.0,
            housing: HousingRule {
                must_be_provided: false,
                max_cost_to_worker_per_month: Some(money("450.00", "EUR")),
            },
            medical: MedicalCover::Insurance,
            return_travel_paid_by_employer: false,
            priority_rehire: false,
            social_security: SocialSecurity {
                portable: true,
                arrangement: "Germany–Philippines social security agreement (2018)".into(),
            },
            pathway_to_permanent_residence: true,
        },
        valid_from: date(2024, 1, 1),
        valid_until: None,
        min_women_share: None,
    }
}

/// Agro-processing, Ghana → Italy, under the Italian flows decree. Not
/// government to government: Ghana is on the WHO safeguards list, so health
/// and care personnel may not be recruited under it.
pub fn agro_processing_gha_ita() -> ProgrammeSpec {
    ProgrammeSpec {
        name: "Agro-processing seasonal and temporary work (Ghana–Italy)".into(),
        origin: country("GHA"),
        destination: country("ITA"),
        kind: ProgrammeKind::Temporary,
        government_to_government: false,
        occupations: vec![
            isco("816"),
            isco("751"),
            isco("921"),
            isco("932"),
            isco("532"),
        ],
        quotas: vec![],
        max_stay_months: 9,
        conditions: MinimumConditions {
            min_wage: Wage::new(money("9.50", "EUR"), PayPeriod::Hour),
            min_guaranteed_hours_per_week: 36.0,
            max_hours_per_week: 48.0,
            housing: HousingRule {
                must_be_provided: true,
                max_cost_to_worker_per_month: Some(money("150.00", "EUR")),
            },
            medical: MedicalCover::Insurance,
            return_travel_paid_by_employer: true,
            priority_rehire: true,
            social_security: SocialSecurity {
                portable: false,
                arrangement: "No bilateral agreement; INPS contributions refundable only in part"
                    .into(),
            },
            pathway_to_permanent_residence: false,
        },
        valid_from: date(2024, 1, 1),
        valid_until: None,
        min_women_share: Some(0.3),
    }
}

/// An employer in the destination of `corridor`.
pub fn employer(corridor: DemoCorridor, name: &str, n: u32) -> EmployerSpec {
    let (c, sector) = match corridor {
        DemoCorridor::MexicoCanada => ("CAN", "agriculture"),
        DemoCorridor::NepalKorea => ("KOR", "manufacturing"),
        DemoCorridor::PhilippinesGermany => ("DEU", "health"),
        DemoCorridor::GhanaItaly => ("ITA", "food processing"),
    };
    EmployerSpec {
        name: name.into(),
        country: country(c),
        registration_number: format!("{c}-{n:06}"),
        sector: sector.into(),
        status: EmployerStatus::Active,
    }
}

/// A licensed agency in the origin of `corridor`.
pub fn agency(corridor: DemoCorridor, name: &str, status: LicenceStatus) -> AgencySpec {
    let c = corridor.programme().origin;
    AgencySpec {
        name: name.into(),
        licence: Licence {
            number: format!(
                "{}-LIC-{:05}",
                c,
                name.bytes()
                    .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32))
                    % 100_000
            ),
            issuing_country: c.clone(),
            status,
            valid_from: date(2024, 1, 1),
            valid_until: date(2028, 12, 31),
        },
        country: c,
    }
}

/// A compliant job order for `corridor`, starting on `start`.
pub fn job_order(
    corridor: DemoCorridor,
    programme_id: ProgrammeId,
    employer_id: EmployerId,
    agency_id: Option<AgencyId>,
    occupation_uuid: &str,
    positions: u32,
    start: NaiveDate,
) -> JobOrderSpec {
    let p = corridor.programme();
    let min = &p.conditions;
    let (region, locality, duration) = match corridor {
        DemoCorridor::MexicoCanada => ("Ontario", "Leamington", 6),
        DemoCorridor::NepalKorea => ("Gyeonggi", "Ansan", 36),
        DemoCorridor::PhilippinesGermany => ("Bavaria", "Nuremberg", 36),
        DemoCorridor::GhanaItaly => ("Campania", "Salerno", 8),
    };
    let cur = min.min_wage.amount.currency().clone();
    let wage_minor = min.min_wage.amount.minor() + min.min_wage.amount.minor() / 20;
    let skills = match corridor {
        DemoCorridor::MexicoCanada => vec![skill(SKILL_PICKING_SAFETY)],
        DemoCorridor::NepalKorea => vec![skill(SKILL_FORKLIFT)],
        DemoCorridor::PhilippinesGermany => vec![],
        DemoCorridor::GhanaItaly => vec![skill(SKILL_FOOD_SAFETY)],
    };
    let optional = match corridor {
        DemoCorridor::GhanaItaly | DemoCorridor::MexicoCanada => vec![skill(SKILL_PACK_GOODS)],
        _ => vec![],
    };
    let work_level = match corridor {
        DemoCorridor::PhilippinesGermany => Cefr::B1,
        DemoCorridor::NepalKorea => Cefr::A2,
        _ => Cefr::A1,
    };
    JobOrderSpec {
        programme_id,
        employer_id,
        agency_id,
        occupation: occupation(occupation_uuid),
        title: String::new(),
        positions,
        location: WorkLocation {
            region: region.into(),
            locality: locality.into(),
        },
        start_date: start,
        duration_months: duration,
        wage: Wage::new(Money::from_minor(wage_minor, cur.clone()), min.min_wage.per),
        guaranteed_hours_per_week: min.min_guaranteed_hours_per_week,
        max_hours_per_week: min.max_hours_per_week,
        housing: Housing {
            provided: true,
            cost_to_worker_per_month: None,
            description: "Shared accommodation near the workplace, inspected before arrival".into(),
        },
        medical: min.medical.max(MedicalCover::Insurance),
        return_travel_paid_by_employer: true,
        required_skills: skills,
        optional_skills: optional,
        languages: vec![LanguageRequirement {
            language: lang(corridor.work_language()),
            min_level: work_level,
        }],
        min_experience_months: 6,
        named_workers: vec![],
        recruitment_costs: CostCategory::ALL
            .into_iter()
            .map(|category| RecruitmentCost {
                category,
                amount: Money::from_minor(
                    match category {
                        CostCategory::TravelLodging => 90_000,
                        CostCategory::RecruitmentService => 50_000,
                        _ => 10_000,
                    } * if cur.exponent() == 0 { 10 } else { 1 },
                    cur.clone(),
                ),
                paid_by: Party::Employer,
            })
            .collect(),
        contract_languages: vec![
            lang(corridor.origin_language()),
            lang(corridor.work_language()),
        ],
    }
}

/// A plausible worker from the origin of `corridor`.
pub fn worker(
    corridor: DemoCorridor,
    given: &str,
    family: &str,
    sex: Sex,
    born: NaiveDate,
) -> WorkerProfileSpec {
    let origin = corridor.programme().origin;
    WorkerProfileSpec {
        given_name: given.into(),
        family_name: family.into(),
        date_of_birth: born,
        sex,
        citizenships: vec![origin.clone()],
        country_of_birth: origin.clone(),
        country_of_residence: origin,
        contact: Contact::default(),
        occupations: vec![WorkerOccupation {
            occupation: occupation(corridor.occupations()[0]),
            experience_months: 24,
        }],
        skills: vec![],
        languages: vec![
            LanguageSkill {
                language: lang(corridor.origin_language()),
                level: Cefr::Native,
            },
            LanguageSkill {
                language: lang(corridor.work_language()),
                level: Cefr::B1,
            },
        ],
        education: IscedLevel::new(3).expect("valid"),
        qualifications: vec![],
        availability: Availability {
            from: date(2026, 1, 1),
            until: None,
        },
        preferred_programmes: vec![],
        preferred_destinations: vec![],
    }
}
