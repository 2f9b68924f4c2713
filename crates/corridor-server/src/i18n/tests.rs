//! Checks of the translations themselves: every file parses, has exactly
//! English's messages with the same variables, lists every plural category
//! its language needs, and (for the scripts furthest from English) leaves
//! nothing in English by accident.

use super::*;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::{BTreeMap, BTreeSet};

/// What a test needs to know of one message.
#[derive(Debug, Default)]
struct MessageShape {
    /// Variables referenced anywhere in the value and attributes.
    variables: BTreeSet<String>,
    /// For each select over a variable: the variable and the variant keys,
    /// split into category names and number literals.
    selects: Vec<Select>,
}

#[derive(Debug)]
struct Select {
    variable: String,
    categories: BTreeSet<String>,
}

fn source(lang: &str) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or_else(|| panic!("no source for {lang}"))
}

/// Every message of a language's file, parsed by Fluent's own parser.
fn shapes(lang: &str) -> BTreeMap<String, MessageShape> {
    let resource = fluent_syntax::parser::parse(source(lang))
        .unwrap_or_else(|(_, errors)| panic!("{lang}/corridor.ftl: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut shape = MessageShape::default();
                if let Some(p) = &m.value {
                    walk_pattern(p, &mut shape);
                }
                for a in &m.attributes {
                    walk_pattern(&a.value, &mut shape);
                }
                let previous = out.insert(m.id.name.to_string(), shape);
                assert!(previous.is_none(), "{lang}: {} twice", m.id.name);
            }
            Entry::Term(t) => panic!("{lang}: term -{} (no language uses terms)", t.id.name),
            Entry::Junk { content } => panic!("{lang}: unparsable {content:?}"),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    out
}

fn walk_pattern(p: &Pattern<&str>, shape: &mut MessageShape) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(e: &Expression<&str>, shape: &mut MessageShape) {
    match e {
        Expression::Inline(i) => walk_inline(i, shape),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            if let Some(variable) = selector_variable(selector) {
                let categories = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } => Some(name.to_string()),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                shape.selects.push(Select {
                    variable,
                    categories,
                });
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

/// The variable a select is over: `{ $n -> ...}` or `{ NUMBER($n) -> ...}`.
fn selector_variable(selector: &InlineExpression<&str>) -> Option<String> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name.to_string()),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            arguments.positional.first().and_then(selector_variable)
        }
        _ => None,
    }
}

fn walk_inline(i: &InlineExpression<&str>, shape: &mut MessageShape) {
    match i {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
            for a in &arguments.named {
                walk_inline(&a.value, shape);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn category_name<C: std::fmt::Debug>(c: C) -> String {
    format!("{c:?}").to_ascii_lowercase()
}

/// The cardinal plural categories of `lang`: those fluent-bundle selects at
/// run time (intl_pluralrules, CLDR 37, found by trying numbers) together
/// with today's CLDR's (ICU4X), which adds `many` to French, Spanish and
/// Italian for millions.
fn plural_categories(lang: &str) -> BTreeSet<String> {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let id: LanguageIdentifier = lang.parse().expect("language id");
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("fluent-bundle has no plural rules for {lang}: {e}"));
    let mut found = BTreeSet::new();
    let integers = (0..=1_100).chain((3..=9).map(|p| 10_i64.pow(p)));
    for n in integers {
        found.insert(category_name(
            rules.select(n).expect("plural of an integer"),
        ));
    }
    for d in ["0.5", "1.5", "2.5", "3.7", "11.2", "100.5", "1.0", "2.0"] {
        found.insert(category_name(rules.select(d).expect("plural of a decimal")));
    }
    let locale: icu_locale_core::Locale = lang.parse().expect("locale");
    let cldr = icu_plurals::PluralRules::try_new_cardinal((&locale).into())
        .unwrap_or_else(|e| panic!("ICU4X has no plural rules for {lang}: {e}"));
    found.extend(cldr.categories().map(category_name));
    found
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_variables() {
    let english = shapes("en");
    assert!(english.len() > 200, "{}", english.len());
    for (lang, _) in LANGUAGES {
        let shapes = shapes(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !shapes.contains_key(*k))
            .collect();
        let extra: Vec<_> = shapes
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (key, shape) in &shapes {
            assert_eq!(
                shape.variables, english[key].variables,
                "{lang}: {key} uses other variables than English"
            );
        }
        // The line-based key list the older check used agrees.
        assert_eq!(I18n::keys(lang).len(), shapes.len(), "{lang}");
    }
}

#[test]
fn every_plural_select_lists_every_category_of_its_language() {
    let mut selects_seen = 0;
    for (lang, _) in LANGUAGES {
        let needed = plural_categories(lang);
        assert!(needed.contains("other"), "{lang}: {needed:?}");
        for (key, shape) in shapes(lang) {
            for select in &shape.selects {
                selects_seen += 1;
                let missing: Vec<_> = needed.difference(&select.categories).collect();
                assert!(
                    missing.is_empty(),
                    "{lang}: {key}, select over ${}, lacks {missing:?} (has {:?})",
                    select.variable,
                    select.categories
                );
                let unknown: Vec<_> = select.categories.difference(&needed).collect();
                assert!(
                    unknown.is_empty(),
                    "{lang}: {key}, select over ${}: {unknown:?} is no plural category of \
                     {lang}, so that variant can never be chosen",
                    select.variable
                );
            }
        }
    }
    assert!(selects_seen > 9 * 4, "{selects_seen}");
}

#[test]
fn plural_categories_are_cldrs() {
    let names = |l: &str| {
        plural_categories(l)
            .into_iter()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(names("ar"), "few many one other two zero");
    assert_eq!(names("fr"), "many one other");
    assert_eq!(names("es"), "many one other");
    assert_eq!(names("it"), "many one other");
    assert_eq!(names("en"), "one other");
    assert_eq!(names("de"), "one other");
    assert_eq!(names("fil"), "one other");
    assert_eq!(names("ne"), "one other");
    assert_eq!(names("ko"), "other");
}

/// Messages whose Nepali or Arabic text may equal the English, and why.
const SAME_AS_ENGLISH: [(&str, &str); 1] = [(
    "app-name",
    "Corridor is the product's name, written the same in every language",
)];

#[test]
fn nepali_and_arabic_leave_no_message_in_english() {
    let i = I18n::new();
    for (key, reason) in SAME_AS_ENGLISH {
        assert!(!reason.is_empty(), "{key} needs a reason");
    }
    let english = shapes("en");
    for lang in ["ne", "ar"] {
        for (key, shape) in &english {
            if SAME_AS_ENGLISH.iter().any(|(k, _)| k == key) {
                continue;
            }
            let args: Vec<(&str, FluentValue)> = shape
                .variables
                .iter()
                .map(|v| (v.as_str(), FluentValue::from(7)))
                .collect();
            let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
            let en = i.message("en", key, &args);
            let theirs = plain(i.message(lang, key, &args));
            assert_ne!(theirs, en, "{lang}: {key} is still English");
            // No Latin word of three letters or more outside the known
            // codes and names, i.e. no half-translated sentence.
            let latin_words: Vec<&str> = theirs
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 3)
                .filter(|w| !LATIN_ALLOWED.contains(w))
                .collect();
            assert!(
                latin_words.is_empty(),
                "{lang}: {key}: {latin_words:?} in {theirs}"
            );
        }
    }
}

/// Latin words that stay in Latin script in Nepali and Arabic text: the
/// product's name, standards, formats, the API's own words, and the names
/// of authenticator apps as their stores list them.
const LATIN_ALLOWED: [&str; 19] = [
    "Corridor",
    "ISCO",
    "ESCO",
    "ILO",
    "API",
    "OpenAPI",
    "CSV",
    "JSON",
    "SDMX",
    "POST",
    "api",
    "tokens",
    "stats",
    "token",
    "FreeOTP",
    "Aegis",
    "Google",
    "Microsoft",
    "Authenticator",
];

#[test]
fn direction_is_right_to_left_for_arabic_only() {
    for (lang, _) in LANGUAGES {
        let want = if lang == "ar" { "rtl" } else { "ltr" };
        assert_eq!(I18n::direction(lang), want, "{lang}");
    }
    assert_eq!(I18n::direction("ar-SA"), "rtl");
    assert_eq!(
        I18n::direction("he"),
        "ltr",
        "unsupported: English's direction"
    );
}

#[test]
fn negotiates_all_nine_languages() {
    for (lang, _) in LANGUAGES {
        assert_eq!(I18n::negotiate(lang), lang);
        assert_eq!(I18n::negotiate(&lang.to_uppercase()), lang);
        assert_eq!(I18n::from_accept_language(lang), lang);
    }
    assert_eq!(I18n::negotiate("tl"), "fil");
    assert_eq!(I18n::negotiate("tl-PH"), "fil");
    assert_eq!(I18n::negotiate("fil_PH"), "fil");
    assert_eq!(I18n::negotiate("ar-SA"), "ar");
    assert_eq!(I18n::negotiate("ne-NP"), "ne");
    assert_eq!(I18n::negotiate("ko-KR"), "ko");
    assert_eq!(I18n::negotiate("sw"), "en");
    assert_eq!(I18n::from_accept_language("tl-PH,tl;q=0.9,en;q=0.8"), "fil");
    assert_eq!(I18n::from_accept_language("sw, ar-SA;q=0.7"), "ar");
    assert_eq!(
        I18n::from_accept_language("en;q=0.3, ne-NP;q=0.9, hi;q=1"),
        "ne"
    );
    assert_eq!(I18n::from_accept_language("ko;q=0, de"), "de");
    assert_eq!(I18n::from_accept_language("*"), "en");
}

fn count(i: &I18n, lang: &str, key: &str, n: i64) -> String {
    i.message(lang, key, &[("count", FluentValue::from(n))])
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn plural_variants_follow_each_languages_rules() {
    let i = I18n::new();
    let ar: Vec<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| count(&i, "ar", "jobs-count", *n))
        .collect();
    assert_eq!(
        ar,
        [
            "لا توجد عروض عمل",
            "عرض عمل واحد",
            "عرضا عمل",
            "3 عروض عمل",
            "11 عرض عمل",
            "100 عرض عمل"
        ]
    );
    // French counts zero as singular.
    assert_eq!(count(&i, "fr", "jobs-count", 0), "0 offre d'emploi");
    assert_eq!(count(&i, "fr", "jobs-count", 2), "2 offres d'emploi");
    assert_eq!(count(&i, "de", "jobs-positions", 1), "1 Stelle");
    assert_eq!(count(&i, "de", "jobs-positions", 2), "2 Stellen");
    assert_eq!(count(&i, "ne", "jobs-count", 1), "१ माग पत्र");
    assert_eq!(count(&i, "ne", "jobs-count", 5), "५ वटा माग पत्र");
    assert_eq!(count(&i, "ko", "jobs-count", 1), "구인 공고 1건");
    assert_eq!(count(&i, "fil", "jobs-positions", 4), "4 puwesto");
    let months = |lang: &str, years: i64, months: i64| {
        i.message(
            lang,
            "why-experience",
            &[
                ("years", FluentValue::from(years)),
                ("months", FluentValue::from(months)),
            ],
        )
        .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(months("ar", 2, 3), "خبرة سنتين و3 أشهر في المجموعة المهنية");
    assert_eq!(months("ar", 0, 11), "خبرة 11 شهرًا في المجموعة المهنية");
    assert_eq!(
        months("it", 1, 0),
        "1 anno di esperienza nel gruppo professionale"
    );
}

#[test]
fn numbers_in_messages_are_written_the_languages_way() {
    let i = I18n::new();
    assert_eq!(count(&i, "en", "jobs-count", 1500), "1,500 job orders");
    assert_eq!(count(&i, "de", "jobs-count", 1500), "1.500 Stellenangebote");
    assert_eq!(
        count(&i, "fr", "jobs-count", 1500),
        "1\u{202f}500 offres d'emploi"
    );
    assert_eq!(count(&i, "ne", "jobs-count", 1500), "१,५०० वटा माग पत्र");
    assert_eq!(count(&i, "ar", "jobs-count", 1500), "1,500 عرض عمل");
    // Arabic isolates each value so a Latin run keeps its direction.
    assert_eq!(
        i.message("ar", "jobs-count", &[("count", FluentValue::from(3))]),
        "\u{2068}3\u{2069} عروض عمل"
    );
    // Identifiers are numbers, but never grouped.
    let id = |lang: &str| i.message(lang, "job-title", &[("id", FluentValue::from(12345))]);
    assert_eq!(id("en"), "Job order 12345");
    assert_eq!(id("de"), "Stellenangebot 12345");
    assert_eq!(id("ne"), "माग पत्र १२३४५");
    // Strings that look like numbers are left alone.
    assert_eq!(
        i.message(
            "es",
            "stats-reference-date",
            &[("date", "2025-03-04".into())]
        ),
        "al 2025-03-04"
    );
}

#[test]
fn translates_with_arguments_and_falls_back() {
    let i = I18n::new();
    assert_eq!(i.message("es", "nav-sign-in", &[]), "Iniciar sesión");
    assert_eq!(i.message("en", "nav-sign-in", &[]), "Sign in");
    assert_eq!(i.message("fr", "nav-sign-in", &[]), "Se connecter");
    assert_eq!(i.message("sw", "nav-sign-in", &[]), "Sign in");
    assert_eq!(i.message("en", "no-such-key", &[]), "no-such-key");
    let n = i.message("en", "jobs-count", &[("count", FluentValue::from(3))]);
    assert_eq!(n, "3 job orders");
}

#[test]
fn negotiates_languages() {
    assert_eq!(I18n::negotiate("es-MX"), "es");
    assert_eq!(I18n::negotiate("fr"), "fr");
    assert_eq!(
        I18n::from_accept_language("fr-CA, es;q=0.8, en;q=0.5"),
        "fr"
    );
    assert_eq!(
        I18n::from_accept_language("sw-KE, es;q=0.8, en;q=0.5"),
        "es"
    );
    assert_eq!(I18n::from_accept_language(""), "en");
}
