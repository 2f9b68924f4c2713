//! View models: domain records turned into the strings a page shows.

use corridor_domain::job_order::{JobOrder, JobOrderStatus};
use corridor_domain::ledger::CostCategory;
use corridor_domain::organisation::Employer;
use corridor_domain::programme::Programme;
use serde::Serialize;

/// A language requirement as shown.
#[derive(Debug, Serialize)]
pub struct LanguageView {
    /// Language name.
    pub name: String,
    /// Minimum level.
    pub level: String,
}

/// One recruitment cost category as shown.
#[derive(Debug, Serialize)]
pub struct CostView {
    /// Category code.
    pub category: &'static str,
    /// Amount, when declared.
    pub amount: Option<String>,
    /// The same amount, for formatting in the page's language.
    pub money: Option<corridor_domain::money::Money>,
    /// Who pays, when declared.
    pub paid_by: &'static str,
    /// Declared on the job order (else the employer pays by principle).
    pub declared: bool,
}

/// Every ILO cost category of recruitment and who bears it under `job`:
/// the employer unless the job order declares otherwise (which the rules
/// refuse for the worker).
pub fn cost_views(job: &corridor_domain::job_order::JobOrderSpec) -> Vec<CostView> {
    CostCategory::ALL
        .into_iter()
        .map(|c| {
            let declared = job.recruitment_costs.iter().find(|x| x.category == c);
            CostView {
                category: c.as_str(),
                amount: declared.map(|d| d.amount.to_string()),
                money: declared.map(|d| d.amount.clone()),
                paid_by: job.bearer_of(c).as_str(),
                declared: declared.is_some(),
            }
        })
        .collect()
}

/// A job order with every condition spelled out.
#[derive(Debug, Serialize)]
pub struct JobView {
    /// Identifier.
    pub id: i64,
    /// Title (the occupation when the employer gave none).
    pub title: String,
    /// Open to applications.
    pub open: bool,
    /// Programme name.
    pub programme: String,
    /// "Mexico → Canada".
    pub corridor: String,
    /// Government-to-government programme.
    pub g2g: bool,
    /// Employer name.
    pub employer: String,
    /// Occupation label.
    pub occupation: String,
    /// ISCO-08 unit group.
    pub isco: String,
    /// Its title.
    pub isco_label: String,
    /// "Leamington, Ontario".
    pub location: String,
    /// Start date.
    pub start: String,
    /// Months.
    pub duration: u16,
    /// Wage.
    pub wage: String,
    /// The wage's amount, for formatting in the page's language.
    pub wage_amount: corridor_domain::money::Money,
    /// Its period (`hour`, `week`, `month`, `year`).
    pub wage_per: &'static str,
    /// Programme minimum wage.
    pub min_wage: String,
    /// Its amount, for formatting.
    pub min_wage_amount: corridor_domain::money::Money,
    /// Its period.
    pub min_wage_per: &'static str,
    /// Guaranteed hours a week.
    pub guaranteed_hours: f64,
    /// Maximum hours a week.
    pub max_hours: f64,
    /// Housing provided.
    pub housing_provided: bool,
    /// Monthly housing charge, if any.
    pub housing_cost: Option<String>,
    /// The same, for formatting.
    pub housing_cost_money: Option<corridor_domain::money::Money>,
    /// Housing description.
    pub housing_description: String,
    /// Medical cover code.
    pub medical: &'static str,
    /// Employer pays the return journey.
    pub return_paid: bool,
    /// Returning workers re-hired first.
    pub priority_rehire: bool,
    /// Social security arrangement.
    pub social_security: String,
    /// Pathway to permanent residence.
    pub pathway: bool,
    /// Languages needed.
    pub languages: Vec<LanguageView>,
    /// Months of experience needed.
    pub experience: u16,
    /// Required skills.
    pub required_skills: Vec<String>,
    /// Optional skills.
    pub optional_skills: Vec<String>,
    /// Contract languages.
    pub contract_languages: Vec<String>,
    /// Positions.
    pub positions: u32,
    /// Every ILO cost category and who bears it.
    pub costs: Vec<CostView>,
    /// Status code.
    pub status: &'static str,
}

impl JobView {
    /// The view of `jo` under `programme` for `employer`.
    pub fn new(jo: &JobOrder, programme: &Programme, employer: &Employer) -> Self {
        let s = &jo.spec;
        let p = &programme.spec;
        let isco = s.occupation.isco();
        let occupation = s.occupation.label();
        JobView {
            id: jo.id.0,
            title: s.display_title(),
            open: jo.status == JobOrderStatus::Open,
            programme: p.name.clone(),
            corridor: format!("{} → {}", p.origin.name(), p.destination.name()),
            g2g: p.government_to_government,
            employer: employer.spec.name.clone(),
            occupation,
            isco_label: isco.label(),
            isco: isco.to_string(),
            location: format!("{}, {}", s.location.locality, s.location.region),
            start: s.start_date.to_string(),
            duration: s.duration_months,
            wage: s.wage.to_string(),
            wage_amount: s.wage.amount.clone(),
            wage_per: s.wage.per.as_str(),
            min_wage: p.conditions.min_wage.to_string(),
            min_wage_amount: p.conditions.min_wage.amount.clone(),
            min_wage_per: p.conditions.min_wage.per.as_str(),
            guaranteed_hours: s.guaranteed_hours_per_week,
            max_hours: s.max_hours_per_week,
            housing_provided: s.housing.provided,
            housing_cost: s
                .housing
                .cost_to_worker_per_month
                .as_ref()
                .filter(|m| !m.is_zero())
                .map(ToString::to_string),
            housing_cost_money: s
                .housing
                .cost_to_worker_per_month
                .clone()
                .filter(|m| !m.is_zero()),
            housing_description: s.housing.description.clone(),
            medical: s.medical.as_str(),
            return_paid: s.return_travel_paid_by_employer,
            priority_rehire: p.conditions.priority_rehire,
            social_security: p.conditions.social_security.arrangement.clone(),
            pathway: p.conditions.pathway_to_permanent_residence,
            languages: s
                .languages
                .iter()
                .map(|l| LanguageView {
                    name: l.language.name(),
                    level: l.min_level.to_string(),
                })
                .collect(),
            experience: s.min_experience_months,
            required_skills: s.required_skills.iter().map(|k| k.label()).collect(),
            optional_skills: s.optional_skills.iter().map(|k| k.label()).collect(),
            contract_languages: s.contract_languages.iter().map(|l| l.name()).collect(),
            positions: s.positions,
            costs: cost_views(s),
            status: jo.status.as_str(),
        }
    }
}

/// One part of a matching score in the page's language, e.g. "+300 same
/// unit group 6111 field crop and vegetable growers" or "+300 mismo grupo
/// primario 6111 …". Occupation, group and language names come from the
/// reference data, which is in English.
pub fn score_part(
    lang: &str,
    part: &corridor_matching::ScoredPart,
    vocabulary: &corridor_matching::Vocabulary,
) -> String {
    use corridor_matching::{OccupationFit, ScorePart};
    use fluent_bundle::FluentValue;
    let r = &*super::RENDERER;
    let n = |v: u32| FluentValue::from(i64::from(v));
    let text = match part.part {
        ScorePart::Occupation {
            fit,
            job_occupation,
            group,
        } => {
            let in_group = |key: &str| {
                let named = match vocabulary.isco_label(group) {
                    Some(label) => format!("{group} {}", label.to_lowercase()),
                    None => group.to_string(),
                };
                r.message_with(lang, key, &[("group", named.into())])
            };
            match fit {
                OccupationFit::SameOccupation => {
                    let occupation = vocabulary.occupation_label(job_occupation).to_string();
                    r.message_with(
                        lang,
                        "why-same-occupation",
                        &[("occupation", occupation.into())],
                    )
                }
                OccupationFit::SameUnitGroup => in_group("why-same-unit-group"),
                OccupationFit::SameMinorGroup => in_group("why-same-minor-group"),
                OccupationFit::SameSubMajorGroup => in_group("why-same-sub-major-group"),
                OccupationFit::SameMajorGroup => in_group("why-same-major-group"),
                OccupationFit::Unrelated => r.message(lang, "why-unrelated"),
            }
        }
        ScorePart::RequiredSkills { held, of } => r.message_with(
            lang,
            "why-required-skills",
            &[("held", n(held.into())), ("of", n(of.into()))],
        ),
        ScorePart::OptionalSkills { held, of } => r.message_with(
            lang,
            "why-optional-skills",
            &[("held", n(held.into())), ("of", n(of.into()))],
        ),
        ScorePart::Language {
            language,
            has,
            needs,
        } => r.message_with(
            lang,
            "why-language",
            &[
                (
                    "language",
                    vocabulary.language_label(language).to_string().into(),
                ),
                ("has", has.to_string().into()),
                ("needs", needs.to_string().into()),
            ],
        ),
        ScorePart::Experience { months } => r.message_with(
            lang,
            "why-experience",
            &[
                ("years", n(u32::from(months / 12))),
                ("months", n(u32::from(months % 12))),
            ],
        ),
        ScorePart::Availability {
            covered_days,
            contract_days,
        } if covered_days < contract_days => r.message_with(
            lang,
            "why-available-part",
            &[("covered", n(covered_days)), ("days", n(contract_days))],
        ),
        ScorePart::Availability { .. } => r.message(lang, "why-available-whole"),
        ScorePart::Returning { same_employer } => r.message(
            lang,
            if same_employer {
                "why-returning-same-employer"
            } else {
                "why-returning"
            },
        ),
        ScorePart::Named => r.message(lang, "why-named"),
        ScorePart::Preference { destination } => r.message_with(
            lang,
            "why-preference",
            &[("destination", destination.to_string().into())],
        ),
    };
    format!("+{} {text}", part.points)
}

#[cfg(test)]
mod tests {
    use super::score_part;
    use corridor_matching::{
        Cefr, CountryCode, IscoCode, OccupationFit, ScorePart, ScoredPart, Vocabulary,
    };

    /// Every kind of score part, with the facts a page shows.
    fn parts(vocabulary: &mut Vocabulary) -> Vec<ScoredPart> {
        let picker = vocabulary.occupation_with_label("esco:picker", "fruit and vegetable picker");
        let korean = vocabulary.language_with_label("kor", "Korean");
        vocabulary.set_isco_label(IscoCode::new("6111"), "Field crop and vegetable growers");
        let occupation = |fit, group| ScorePart::Occupation {
            fit,
            job_occupation: picker,
            group: IscoCode::new(group),
        };
        let mut all = vec![
            occupation(OccupationFit::SameOccupation, "6111"),
            occupation(OccupationFit::SameUnitGroup, "6111"),
            occupation(OccupationFit::SameMinorGroup, "611"),
            occupation(OccupationFit::SameSubMajorGroup, "61"),
            occupation(OccupationFit::SameMajorGroup, "6"),
            occupation(OccupationFit::Unrelated, "6"),
            ScorePart::RequiredSkills { held: 2, of: 3 },
            ScorePart::OptionalSkills { held: 0, of: 4 },
            ScorePart::Language {
                language: korean,
                has: Cefr::B1,
                needs: Cefr::A2,
            },
            ScorePart::Availability {
                covered_days: 120,
                contract_days: 180,
            },
            ScorePart::Availability {
                covered_days: 180,
                contract_days: 180,
            },
            ScorePart::Returning {
                same_employer: true,
            },
            ScorePart::Returning {
                same_employer: false,
            },
            ScorePart::Named,
            ScorePart::Preference {
                destination: CountryCode::parse("CAN").expect("country"),
            },
        ];
        for months in [1, 7, 12, 13, 19, 24, 25, 30] {
            all.push(ScorePart::Experience { months });
        }
        all.into_iter()
            .enumerate()
            .map(|(i, part)| ScoredPart {
                points: 10 * i as u32,
                part,
            })
            .collect()
    }

    /// In English the page says exactly what the engine's own explanation
    /// says; in Spanish every part is translated (no message key, no
    /// English words left but the reference data's names).
    #[test]
    fn score_parts_read_in_the_pages_language() {
        let mut vocabulary = Vocabulary::new();
        let parts = parts(&mut vocabulary);
        for p in &parts {
            let en = score_part("en", p, &vocabulary);
            assert_eq!(
                en,
                format!("+{} {}", p.points, p.part.describe(&vocabulary))
            );
            let es = score_part("es", p, &vocabulary);
            assert_ne!(es, en, "untranslated: {en}");
            assert!(!es.contains("why-"), "{es}");
            for english in [
                "same ",
                "needs",
                "skills",
                "month",
                "year",
                "available",
                "returning",
            ] {
                assert!(!es.contains(english), "{es}");
            }
        }
        let es: Vec<String> = parts
            .iter()
            .map(|p| score_part("es", p, &vocabulary))
            .collect();
        assert!(es.contains(
            &"+10 mismo grupo primario 6111 field crop and vegetable growers".to_string()
        ));
        assert!(
            es.contains(&"+80 Korean B1, se requiere A2".to_string()),
            "{es:?}"
        );
        assert!(
            es.iter()
                .any(|s| s.ends_with("1 año y 7 meses de experiencia en el grupo ocupacional")),
            "{es:?}"
        );
    }
}
