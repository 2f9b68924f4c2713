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
use crate::orientation::{
    Helpline, ModuleText, OrientationModule, OrientationSpec, OrientationTopic,
};
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

/// A topic's title and one-sentence summary in one of the demo's
/// languages. Generic on purpose: what any pre-departure course in the
/// corridor covers, not a claim about a government's curriculum.
fn module_text(topic: OrientationTopic, language: &str) -> ModuleText {
    use OrientationTopic::*;
    let (title, summary) = match (topic, language) {
        (Contract, "en") => (
            "Your contract",
            "What the contract must say (wage, hours, housing, length), reading it before signing, and refusing a different contract on arrival.",
        ),
        (RightsAndComplaints, "en") => (
            "Your rights and how to complain",
            "Rights at work in both countries, the Employer Pays Principle, and whom to contact when something goes wrong.",
        ),
        (LawsAndCulture, "en") => (
            "Laws and culture of the destination",
            "The main laws a worker meets, everyday customs, and the language of daily life.",
        ),
        (HealthAndSafety, "en") => (
            "Health and safety",
            "Safety at work, protective equipment, medical care and insurance, and what to do after an accident.",
        ),
        (MoneyAndRemittances, "en") => (
            "Money and remittances",
            "Payslips and deductions, opening a bank account, sending money home at a fair cost, and saving.",
        ),
        (Travel, "en") => (
            "Travel",
            "Documents to carry, the journey, arrival and the first days.",
        ),
        (Return, "en") => (
            "Coming home",
            "Return travel, contributions and savings on return, and being re-hired.",
        ),
        (Contract, "es") => (
            "Su contrato",
            "Lo que el contrato debe decir (salario, horas, vivienda, duración), leerlo antes de firmar y rechazar otro contrato a la llegada.",
        ),
        (RightsAndComplaints, "es") => (
            "Sus derechos y cómo presentar una queja",
            "Los derechos laborales en ambos países, el principio de que paga el empleador y a quién acudir si algo sale mal.",
        ),
        (LawsAndCulture, "es") => (
            "Leyes y cultura del país de destino",
            "Las principales leyes que encontrará, las costumbres cotidianas y el idioma de la vida diaria.",
        ),
        (HealthAndSafety, "es") => (
            "Salud y seguridad",
            "Seguridad en el trabajo, equipo de protección, atención médica y seguro, y qué hacer tras un accidente.",
        ),
        (MoneyAndRemittances, "es") => (
            "Dinero y remesas",
            "Recibos de pago y deducciones, abrir una cuenta bancaria, enviar dinero a casa a un costo justo y ahorrar.",
        ),
        (Travel, "es") => (
            "El viaje",
            "Los documentos que debe llevar, el trayecto, la llegada y los primeros días.",
        ),
        (Return, "es") => (
            "El regreso",
            "El viaje de vuelta, las cotizaciones y los ahorros al regresar, y la recontratación.",
        ),
        (Contract, "ne") => (
            "तपाईंको करार",
            "करारमा हुनुपर्ने कुरा (तलब, काम गर्ने घण्टा, आवास, अवधि), हस्ताक्षर गर्नुअघि पढ्ने, र पुगेपछि फरक करार अस्वीकार गर्ने।",
        ),
        (RightsAndComplaints, "ne") => (
            "तपाईंका अधिकार र उजुरी गर्ने तरिका",
            "दुवै देशमा कामदारका अधिकार, रोजगारदाताले तिर्ने सिद्धान्त, र समस्या पर्दा कसलाई सम्पर्क गर्ने।",
        ),
        (LawsAndCulture, "ne") => (
            "गन्तव्य देशको कानुन र संस्कृति",
            "कामदारले भेट्ने मुख्य कानुन, दैनिक चलन, र दैनिक जीवनको भाषा।",
        ),
        (HealthAndSafety, "ne") => (
            "स्वास्थ्य र सुरक्षा",
            "कार्यस्थलको सुरक्षा, सुरक्षा उपकरण, उपचार र बीमा, र दुर्घटनापछि के गर्ने।",
        ),
        (MoneyAndRemittances, "ne") => (
            "पैसा र विप्रेषण",
            "तलबको विवरण र कट्टी, बैंक खाता खोल्ने, उचित खर्चमा घर पैसा पठाउने, र बचत।",
        ),
        (Travel, "ne") => ("यात्रा", "साथमा राख्नुपर्ने कागजात, यात्रा, आगमन र पहिला दिनहरू।"),
        (Return, "ne") => (
            "घर फर्कने",
            "फर्कने यात्रा, फर्कंदा योगदान र बचत, र फेरि काममा लिइने।",
        ),
        (Contract, "ko") => (
            "근로계약",
            "계약서에 들어가야 할 내용(임금, 근로시간, 숙소, 기간), 서명 전에 읽기, 입국 후 다른 계약을 거절하기.",
        ),
        (RightsAndComplaints, "ko") => (
            "권리와 진정 방법",
            "두 나라에서의 노동권, 고용주 부담 원칙, 문제가 생겼을 때 연락할 곳.",
        ),
        (LawsAndCulture, "ko") => (
            "도착국의 법과 문화",
            "근로자가 알아야 할 주요 법, 생활 관습, 일상생활의 언어.",
        ),
        (HealthAndSafety, "ko") => (
            "건강과 안전",
            "작업장 안전, 보호장비, 의료와 보험, 사고가 났을 때 할 일.",
        ),
        (MoneyAndRemittances, "ko") => (
            "돈과 송금",
            "임금명세서와 공제, 은행 계좌 개설, 적정한 비용으로 송금하기, 저축.",
        ),
        (Travel, "ko") => ("출국과 입국", "챙겨야 할 서류, 이동, 도착과 처음 며칠."),
        (Return, "ko") => ("귀국", "귀국 여행, 귀국 시 보험료와 저축, 재고용."),
        (Contract, "de") => (
            "Ihr Vertrag",
            "Was im Vertrag stehen muss (Lohn, Arbeitszeit, Unterkunft, Dauer), ihn vor der Unterschrift lesen und bei der Ankunft einen anderen Vertrag ablehnen.",
        ),
        (RightsAndComplaints, "de") => (
            "Ihre Rechte und wie Sie sich beschweren",
            "Rechte bei der Arbeit in beiden Ländern, der Grundsatz, dass der Arbeitgeber zahlt, und an wen Sie sich wenden, wenn etwas schiefgeht.",
        ),
        (LawsAndCulture, "de") => (
            "Recht und Kultur im Zielland",
            "Die wichtigsten Gesetze, Sitten des Alltags und die Sprache des täglichen Lebens.",
        ),
        (HealthAndSafety, "de") => (
            "Gesundheit und Sicherheit",
            "Arbeitsschutz, Schutzausrüstung, ärztliche Versorgung und Versicherung, und was nach einem Unfall zu tun ist.",
        ),
        (MoneyAndRemittances, "de") => (
            "Geld und Überweisungen",
            "Lohnabrechnung und Abzüge, ein Bankkonto eröffnen, Geld günstig nach Hause schicken und sparen.",
        ),
        (Travel, "de") => (
            "Die Reise",
            "Mitzunehmende Dokumente, die Reise, die Ankunft und die ersten Tage.",
        ),
        (Return, "de") => (
            "Die Rückkehr",
            "Die Rückreise, Beiträge und Ersparnisse bei der Rückkehr und die Wiedereinstellung.",
        ),
        (Contract, "it") => (
            "Il tuo contratto",
            "Che cosa deve dire il contratto (salario, orario, alloggio, durata), leggerlo prima di firmare e rifiutare un contratto diverso all'arrivo.",
        ),
        (RightsAndComplaints, "it") => (
            "I tuoi diritti e come presentare un reclamo",
            "I diritti sul lavoro nei due paesi, il principio per cui paga il datore di lavoro e a chi rivolgersi quando qualcosa va storto.",
        ),
        (LawsAndCulture, "it") => (
            "Leggi e cultura del paese di destinazione",
            "Le principali leggi, le abitudini quotidiane e la lingua della vita di tutti i giorni.",
        ),
        (HealthAndSafety, "it") => (
            "Salute e sicurezza",
            "Sicurezza sul lavoro, dispositivi di protezione, cure mediche e assicurazione, e che cosa fare dopo un infortunio.",
        ),
        (MoneyAndRemittances, "it") => (
            "Denaro e rimesse",
            "Busta paga e trattenute, aprire un conto in banca, mandare denaro a casa a un costo giusto e risparmiare.",
        ),
        (Travel, "it") => (
            "Il viaggio",
            "I documenti da portare, il viaggio, l'arrivo e i primi giorni.",
        ),
        (Return, "it") => (
            "Il ritorno",
            "Il viaggio di ritorno, contributi e risparmi al rientro, e la riassunzione.",
        ),
        (_, other) => panic!("no demo orientation text in {other}"),
    };
    ModuleText {
        language: lang(language),
        title: title.into(),
        summary: summary.into(),
    }
}

impl DemoCorridor {
    /// The languages the corridor's orientation is given in: the origin's
    /// and the language of work.
    pub fn orientation_languages(self) -> [&'static str; 2] {
        [self.origin_language(), self.work_language()]
    }

    /// The corridor's pre-departure orientation: every topic, with hours
    /// in the range such courses take (Korea's Employment Permit System
    /// publishes a pre-departure curriculum of about 47 hours, mostly
    /// language and culture; seasonal schemes give a day or two). The
    /// helplines are examples, marked as such: Corridor ships no real
    /// numbers, the programme's officials enter them.
    pub fn orientation(self) -> OrientationSpec {
        use OrientationTopic::*;
        let hours: [(OrientationTopic, f64); 7] = match self {
            DemoCorridor::MexicoCanada => [
                (Contract, 2.0),
                (RightsAndComplaints, 2.0),
                (LawsAndCulture, 1.0),
                (HealthAndSafety, 2.0),
                (MoneyAndRemittances, 1.0),
                (Travel, 1.0),
                (Return, 1.0),
            ],
            DemoCorridor::NepalKorea => [
                (Contract, 4.0),
                (RightsAndComplaints, 4.0),
                (LawsAndCulture, 25.0),
                (HealthAndSafety, 6.0),
                (MoneyAndRemittances, 3.0),
                (Travel, 3.0),
                (Return, 2.0),
            ],
            DemoCorridor::PhilippinesGermany => [
                (Contract, 2.0),
                (RightsAndComplaints, 2.0),
                (LawsAndCulture, 4.0),
                (HealthAndSafety, 2.0),
                (MoneyAndRemittances, 2.0),
                (Travel, 2.0),
                (Return, 2.0),
            ],
            DemoCorridor::GhanaItaly => [
                (Contract, 2.0),
                (RightsAndComplaints, 2.0),
                (LawsAndCulture, 3.0),
                (HealthAndSafety, 2.0),
                (MoneyAndRemittances, 1.0),
                (Travel, 1.0),
                (Return, 1.0),
            ],
        };
        let languages = self.orientation_languages();
        let p = self.programme();
        let helpline = |country: &CountryCode, name: &str| Helpline {
            country: country.clone(),
            name: format!("{name} (example, not a real number)"),
            phone: "000 000 0000".into(),
            web: String::new(),
            example: true,
        };
        OrientationSpec {
            languages: languages.iter().map(|l| lang(l)).collect(),
            modules: hours
                .iter()
                .map(|(topic, hours)| OrientationModule {
                    topic: *topic,
                    hours: *hours,
                    texts: languages.iter().map(|l| module_text(*topic, l)).collect(),
                })
                .collect(),
            helplines: vec![
                helpline(&p.origin, "Labour ministry helpline for workers abroad"),
                helpline(&p.destination, "Migrant workers' support centre"),
            ],
        }
    }
}
