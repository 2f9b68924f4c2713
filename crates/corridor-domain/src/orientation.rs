//! Pre-departure orientation, per programme, and each worker's completion
//! of it.
//!
//! A programme's officials publish its orientation: modules by topic (the
//! contract, rights and how to complain, the destination's laws and
//! culture, health and safety, money and remittances, travel, return), each
//! with its hours and its title and summary in every language the
//! orientation is given in, and the helplines of both countries. It is
//! public: anyone may read it before applying.
//!
//! Completion is recorded **per placement**, by the worker or by an
//! official of the programme's country of origin, as an append-only record
//! with the hours of the orientation on the day. Per placement rather than
//! per worker and programme because the contract module is about this
//! contract, this employer and this job, because a returning seasonal
//! worker goes abroad under a new contract each time, and because the
//! placement is what `orientation_done` moves on: the step needs a
//! completion of its own placement ([`check_orientation_done`]).

use crate::codes::{CountryCode, LanguageCode};
use crate::ids::{PlacementId, ProgrammeId, UserId};
use crate::placement::PlacementStatus;
use crate::programme::ProgrammeSpec;
use crate::violation::Violations;
use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a module of orientation is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrientationTopic {
    /// The employment contract: reading it, what it must say, substitution.
    Contract,
    /// The worker's rights and how to complain, in both countries.
    RightsAndComplaints,
    /// The destination's laws, customs and culture.
    LawsAndCulture,
    /// Health and safety at work and in daily life.
    HealthAndSafety,
    /// Wages, banking, remittances and saving.
    MoneyAndRemittances,
    /// The journey out: documents, flights, arrival.
    Travel,
    /// Coming home: return travel, reintegration, re-hire.
    Return,
}

impl OrientationTopic {
    /// Every topic, in the order a course usually takes them.
    pub const ALL: [OrientationTopic; 7] = [
        OrientationTopic::Contract,
        OrientationTopic::RightsAndComplaints,
        OrientationTopic::LawsAndCulture,
        OrientationTopic::HealthAndSafety,
        OrientationTopic::MoneyAndRemittances,
        OrientationTopic::Travel,
        OrientationTopic::Return,
    ];

    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            OrientationTopic::Contract => "contract",
            OrientationTopic::RightsAndComplaints => "rights_and_complaints",
            OrientationTopic::LawsAndCulture => "laws_and_culture",
            OrientationTopic::HealthAndSafety => "health_and_safety",
            OrientationTopic::MoneyAndRemittances => "money_and_remittances",
            OrientationTopic::Travel => "travel",
            OrientationTopic::Return => "return",
        }
    }
}

/// A module's title and summary in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ModuleText {
    /// The language (ISO 639).
    pub language: LanguageCode,
    /// The module's title.
    #[schemars(pattern(r"\S"))]
    pub title: String,
    /// What the module covers, in a few sentences.
    #[schemars(pattern(r"\S"))]
    pub summary: String,
}

/// One module of the orientation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrientationModule {
    /// What it is about.
    pub topic: OrientationTopic,
    /// How long it takes, in hours (above zero, at most
    /// [`MAX_MODULE_HOURS`]).
    #[schemars(extend("exclusiveMinimum" = 0, "maximum" = 80))]
    pub hours: f64,
    /// Its title and summary, one per language of the orientation.
    pub texts: Vec<ModuleText>,
}

/// A helpline a worker can call or write to, in either country of the
/// programme. Entered by the programme's officials; Corridor ships no
/// phone numbers of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Helpline {
    /// The country it serves (the programme's origin or destination).
    pub country: CountryCode,
    /// Who answers (a ministry's hotline, an embassy, a workers' centre).
    #[schemars(pattern(r"\S"))]
    pub name: String,
    /// A telephone number, as dialled from that country.
    #[serde(default)]
    pub phone: String,
    /// A web address or e-mail address.
    #[serde(default)]
    pub web: String,
    /// True for the demo's made-up entries, shown as examples and never as
    /// a number to call.
    #[serde(default)]
    pub example: bool,
}

/// What a programme's officials publish as its orientation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrientationSpec {
    /// The languages the orientation is given in (the corridor's
    /// languages); every module has its text in each.
    #[schemars(length(min = 1))]
    pub languages: Vec<LanguageCode>,
    /// The modules, in the order they are taught.
    #[schemars(length(min = 1))]
    pub modules: Vec<OrientationModule>,
    /// Helplines of the programme's two countries.
    #[serde(default)]
    pub helplines: Vec<Helpline>,
}

/// The most hours one module may take (a working fortnight).
pub const MAX_MODULE_HOURS: f64 = 80.0;

impl OrientationSpec {
    /// Checks the orientation against its programme: every violated rule
    /// at once.
    pub fn validate(&self, programme: &ProgrammeSpec) -> Result<(), Violations> {
        let mut v = Violations::new();
        if self.languages.is_empty() {
            v.push(
                "languages",
                "required",
                "name at least one language the orientation is given in",
            );
        }
        for (i, l) in self.languages.iter().enumerate() {
            if self.languages[..i].contains(l) {
                v.push(
                    format!("languages[{i}]"),
                    "duplicate_language",
                    format!("{} is listed twice", l.name()),
                );
            }
        }
        if self.modules.is_empty() {
            v.push(
                "modules",
                "required",
                "an orientation needs at least one module",
            );
        }
        for (i, m) in self.modules.iter().enumerate() {
            if self.modules[..i].iter().any(|o| o.topic == m.topic) {
                v.push(
                    format!("modules[{i}].topic"),
                    "duplicate_topic",
                    format!("the topic {} has a module already", m.topic.as_str()),
                );
            }
            if !(m.hours.is_finite() && m.hours > 0.0 && m.hours <= MAX_MODULE_HOURS) {
                v.push(
                    format!("modules[{i}].hours"),
                    "out_of_range",
                    format!("a module takes more than 0 and at most {MAX_MODULE_HOURS} hours"),
                );
            }
            for l in &self.languages {
                if !m.texts.iter().any(|t| &t.language == l) {
                    v.push(
                        format!("modules[{i}].texts"),
                        "module_text_missing",
                        format!(
                            "the module on {} has no text in {}, a language of the orientation",
                            m.topic.as_str(),
                            l.name()
                        ),
                    );
                }
            }
            for (j, t) in m.texts.iter().enumerate() {
                let at = format!("modules[{i}].texts[{j}]");
                if !self.languages.contains(&t.language) {
                    v.push(
                        format!("{at}.language"),
                        "language_not_listed",
                        format!(
                            "{} is not a language of the orientation; add it to languages",
                            t.language.name()
                        ),
                    );
                } else if m.texts[..j].iter().any(|o| o.language == t.language) {
                    v.push(
                        format!("{at}.language"),
                        "duplicate_language",
                        format!("the module has two texts in {}", t.language.name()),
                    );
                }
                if t.title.trim().is_empty() {
                    v.push(format!("{at}.title"), "required", "a module needs a title");
                }
                if t.summary.trim().is_empty() {
                    v.push(
                        format!("{at}.summary"),
                        "required",
                        "say in a few sentences what the module covers",
                    );
                }
            }
        }
        for (i, h) in self.helplines.iter().enumerate() {
            let at = format!("helplines[{i}]");
            if h.country != programme.origin && h.country != programme.destination {
                v.push(
                    format!("{at}.country"),
                    "helpline_country_not_in_corridor",
                    format!(
                        "a helpline serves {} or {}, the programme's countries",
                        programme.origin, programme.destination
                    ),
                );
            }
            if h.name.trim().is_empty() {
                v.push(format!("{at}.name"), "required", "say who answers");
            }
            if h.phone.trim().is_empty() && h.web.trim().is_empty() {
                v.push(
                    format!("{at}.phone"),
                    "contact_required",
                    "give a telephone number or a web or e-mail address",
                );
            }
        }
        v.into_result(())
    }

    /// The orientation's length: the sum of its modules' hours.
    pub fn total_hours(&self) -> f64 {
        self.modules.iter().map(|m| m.hours).sum()
    }

    /// The language to show a visitor who reads `wanted`: it when the
    /// orientation is given in it, else the orientation's first language.
    pub fn language_for(&self, wanted: &str) -> Option<&LanguageCode> {
        self.languages
            .iter()
            .find(|l| l.as_str() == wanted)
            .or_else(|| self.languages.first())
    }
}

impl OrientationModule {
    /// The module's text in `language`, else its first.
    pub fn text_in(&self, language: Option<&LanguageCode>) -> Option<&ModuleText> {
        self.texts
            .iter()
            .find(|t| Some(&t.language) == language)
            .or_else(|| self.texts.first())
    }
}

/// A programme's published orientation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Orientation {
    /// The programme.
    pub programme_id: ProgrammeId,
    /// Its content.
    #[serde(flatten)]
    pub spec: OrientationSpec,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// What the worker or an origin official submits to record that the
/// worker completed the orientation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompletionRequest {
    /// The day the worker finished it; today when absent.
    #[serde(default)]
    pub completed_on: Option<NaiveDate>,
    /// A note (where it was taught, a certificate number).
    #[serde(default)]
    pub note: String,
}

/// A recorded completion: never changed or deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrientationCompletion {
    /// Identifier.
    pub id: i64,
    /// The placement the worker prepared for.
    pub placement_id: PlacementId,
    /// The day the worker finished.
    pub completed_on: NaiveDate,
    /// The orientation's hours on the day it was recorded.
    pub hours: f64,
    /// The note.
    pub note: String,
    /// Who recorded it.
    pub recorded_by: UserId,
    /// In which role (`worker`, `origin_official`, `admin`).
    pub recorded_by_role: String,
    /// When.
    pub recorded_at: DateTime<Utc>,
}

/// Whether a completion may be recorded for a placement in `status`: the
/// programme has published its orientation, the worker has been selected
/// and has not left (nor withdrawn or been rejected), no completion is
/// recorded yet, and the day is not in the future. Every problem at once.
pub fn check_completion(
    status: PlacementStatus,
    published: bool,
    already_recorded: bool,
    completed_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), Violations> {
    let mut v = Violations::new();
    if !published {
        v.push(
            "placement_id",
            "orientation_not_published",
            "the programme has not published its orientation yet",
        );
    }
    if !matches!(
        status,
        PlacementStatus::Selected | PlacementStatus::ContractSigned
    ) {
        v.push(
            "placement_id",
            "placement_not_preparing",
            format!(
                "orientation is recorded between selection and the step orientation_done; this placement is {status}"
            ),
        );
    }
    if already_recorded {
        v.push(
            "placement_id",
            "orientation_already_completed",
            "a completion is recorded for this placement already",
        );
    }
    if completed_on > today {
        v.push(
            "completed_on",
            "date_in_future",
            "the day of completion cannot be in the future",
        );
    }
    v.into_result(())
}

/// The step `orientation_done` needs a recorded completion of this
/// placement's orientation.
pub fn check_orientation_done(completed: bool) -> Result<(), Violations> {
    if completed {
        Ok(())
    } else {
        Err(Violations::one(
            "to",
            "orientation_not_completed",
            "record the worker's completion of the programme's orientation first",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::DemoCorridor;

    fn rules(r: Result<(), Violations>) -> Vec<String> {
        r.err()
            .map(|v| v.iter().map(|x| x.rule.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn every_demo_orientation_is_valid() {
        for c in DemoCorridor::ALL {
            let o = c.orientation();
            assert_eq!(o.validate(&c.programme()), Ok(()), "{c:?}");
            assert_eq!(o.modules.len(), OrientationTopic::ALL.len());
        }
    }

    #[test]
    fn every_broken_rule_is_listed() {
        let c = DemoCorridor::NepalKorea;
        let mut o = c.orientation();
        o.modules[1].topic = o.modules[0].topic;
        o.modules[2].hours = 0.0;
        o.modules[3].texts.pop();
        o.modules[4].texts[0].title = " ".into();
        o.helplines[0].country = CountryCode::parse("FRA").unwrap();
        o.helplines[1].phone.clear();
        o.helplines[1].web.clear();
        assert_eq!(
            rules(o.validate(&c.programme())),
            [
                "duplicate_topic",
                "out_of_range",
                "module_text_missing",
                "required",
                "helpline_country_not_in_corridor",
                "contact_required"
            ]
        );
    }

    #[test]
    fn the_visitors_language_is_chosen_when_given() {
        let o = DemoCorridor::NepalKorea.orientation();
        assert_eq!(o.language_for("ko").map(|l| l.as_str()), Some("ko"));
        let first = o.languages[0].as_str();
        assert_eq!(o.language_for("de").map(|l| l.as_str()), Some(first));
    }

    #[test]
    fn completion_needs_a_published_orientation_and_a_selected_worker() {
        let d = |n| NaiveDate::from_ymd_opt(2026, 3, n).unwrap();
        use PlacementStatus::*;
        assert_eq!(
            check_completion(ContractSigned, true, false, d(1), d(2)),
            Ok(())
        );
        assert_eq!(check_completion(Selected, true, false, d(2), d(2)), Ok(()));
        assert_eq!(
            rules(check_completion(Applied, false, true, d(3), d(2))),
            [
                "orientation_not_published",
                "placement_not_preparing",
                "orientation_already_completed",
                "date_in_future"
            ]
        );
        assert_eq!(
            rules(check_completion(Departed, true, false, d(1), d(2))),
            ["placement_not_preparing"]
        );
    }

    #[test]
    fn orientation_done_needs_a_completion() {
        assert_eq!(check_orientation_done(true), Ok(()));
        assert_eq!(
            rules(check_orientation_done(false)),
            ["orientation_not_completed"]
        );
    }

    #[test]
    fn the_schema_states_the_bound_on_hours() {
        let schema = serde_json::to_value(schemars::schema_for!(OrientationModule)).unwrap();
        let hours = &schema["properties"]["hours"];
        assert_eq!(hours["maximum"].as_f64(), Some(MAX_MODULE_HOURS), "{hours}");
        assert_eq!(hours["exclusiveMinimum"].as_f64(), Some(0.0), "{hours}");
    }
}
