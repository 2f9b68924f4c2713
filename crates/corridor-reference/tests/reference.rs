//! Counts, lookups and search behaviour of the embedded reference data.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use corridor_reference::*;

#[test]
fn loading_everything_is_fast() {
    // Run alone (`cargo test -p corridor-reference loading -- --nocapture`)
    // for a clean measurement; in a parallel run other tests share the work.
    let t = Instant::now();
    preload();
    let elapsed = t.elapsed();
    println!("preload (decode all tables, build both search indexes): {elapsed:?}");
    let t = Instant::now();
    for _ in 0..100 {
        let _ = search_occupations("care worker", 10);
    }
    println!("search_occupations: {:?} per query", t.elapsed() / 100);
    let t = Instant::now();
    for _ in 0..100 {
        let _ = search_skills("weld", 10);
    }
    println!("search_skills (prefix): {:?} per query", t.elapsed() / 100);
    // Generous bound: catches an accidental quadratic, not a slow machine.
    assert!(elapsed.as_secs() < 10, "preload took {elapsed:?}");
}

#[test]
fn isco_has_all_619_groups_at_four_levels() {
    let groups = isco_groups();
    assert_eq!(groups.len(), 619);
    let mut by_level = [0usize; 5];
    for g in groups {
        by_level[usize::from(g.level())] += 1;
        assert!(!g.label.is_empty(), "{} has no label", g.code);
        assert!(!g.description.is_empty(), "{} has no description", g.code);
        if let Some(parent) = g.parent_code() {
            assert!(
                isco_group(parent).is_some(),
                "{} has no parent {parent}",
                g.code
            );
        }
    }
    assert_eq!(by_level, [0, 10, 43, 130, 436]);
    let welders = isco_group("7212").expect("7212 exists");
    assert_eq!(welders.level(), 4);
    assert!(
        welders.label.to_lowercase().contains("welder"),
        "{}",
        welders.label
    );
    assert_eq!(
        isco_group("2221").map(|g| g.parent_code()),
        Some(Some("222"))
    );
    assert!(isco_group("9999").is_none());
    assert!(isco_group("").is_none());
}

#[test]
fn every_occupation_is_in_an_existing_unit_group() {
    let all = occupations();
    assert_eq!(all.len(), 2942);
    let mut uris = HashSet::new();
    for o in all {
        let group =
            isco_group(&o.isco).unwrap_or_else(|| panic!("{} has no ISCO {}", o.uri, o.isco));
        assert_eq!(group.level(), 4, "{} is not in a unit group", o.uri);
        assert!(o.uri.starts_with(OCCUPATION_URI_PREFIX));
        assert!(!o.label.is_empty());
        assert!(!o.alt_labels.contains(&o.label));
        assert!(uris.insert(o.uri.as_str()), "duplicate {}", o.uri);
    }
}

#[test]
fn occupation_lookup_by_uri_or_uuid() {
    let welder = occupations()
        .iter()
        .find(|o| o.label == "welder")
        .expect("welder");
    assert_eq!(welder.isco, "7212");
    let by_uri = occupation(&welder.uri).expect("by URI");
    let by_uuid = occupation(welder.uuid()).expect("by UUID");
    assert!(std::ptr::eq(by_uri, welder) && std::ptr::eq(by_uuid, welder));
    assert!(occupation(&format!("  {}  ", welder.uuid())).is_some());
    assert!(occupation("not-a-uuid").is_none());
    assert!(occupation("").is_none());
}

#[test]
fn occupations_in_isco_is_the_prefix_range() {
    let welders: Vec<_> = occupations_in_isco("7212").collect();
    assert!(welders.iter().any(|o| o.label == "welder"));
    assert!(welders.iter().all(|o| o.isco == "7212"));
    for prefix in ["", "7", "72", "721", "7212", "2221", "0"] {
        let expected = occupations()
            .iter()
            .filter(|o| o.isco.starts_with(prefix))
            .count();
        assert_eq!(
            occupations_in_isco(prefix).count(),
            expected,
            "prefix {prefix:?}"
        );
    }
    assert_eq!(occupations_in_isco("").count(), 2942);
    assert_eq!(occupations_in_isco("99999").count(), 0);
}

#[test]
fn skills_are_complete_and_consistent() {
    let all = skills();
    assert_eq!(all.len(), 13939);
    let mut uris = HashSet::new();
    let mut clean = 0;
    for s in all {
        assert!(s.uri.starts_with(SKILL_URI_PREFIX));
        assert!(uris.insert(s.uri.as_str()), "duplicate {}", s.uri);
        assert!(!s.label.is_empty(), "{} has no label", s.uri);
        assert!(!s.label_text.is_empty(), "{} has no label text", s.uri);
        match s.label_source {
            LabelSource::Clean => clean += 1,
            // The heuristic label is the head of the run-on label text.
            LabelSource::Heuristic => {
                assert!(s.label_text.starts_with(&s.label), "{}", s.uri);
                assert!(s.alt_labels.is_empty());
            }
        }
    }
    assert_eq!(clean, 423);
    let described = all.iter().filter(|s| !s.description.is_empty()).count();
    assert!(
        described > 13900,
        "only {described} skills have a description"
    );
}

#[test]
fn skill_lookup_and_known_labels() {
    // Heuristic labels, checked by hand against the ESCO portal.
    let cases = [
        (
            "0005c151-5b5a-4a66-8aac-60e734beb1ab",
            "manage musical staff",
            LabelSource::Heuristic,
        ),
        (
            "00064735-8fad-454b-90c7-ed858cc993f2",
            "supervise correctional procedures",
            LabelSource::Heuristic,
        ),
        // A clean label from the language skills collection.
        (
            "01f10952-cb59-4347-9aee-d4fbc51c870a",
            "write Hungarian",
            LabelSource::Clean,
        ),
        (
            "0ee9e985-0ee5-4a73-8a12-78b53b261bb2",
            "interact verbally in English",
            LabelSource::Clean,
        ),
    ];
    for (uuid, label, source) in cases {
        let s = skill(uuid).unwrap_or_else(|| panic!("{uuid}"));
        assert_eq!(s.label, label);
        assert_eq!(s.label_source, source);
        assert!(std::ptr::eq(
            s,
            skill(&format!("{SKILL_URI_PREFIX}{uuid}")).expect("by URI")
        ));
    }
    let musical = skill("0005c151-5b5a-4a66-8aac-60e734beb1ab").expect("exists");
    assert!(
        musical
            .description
            .starts_with("Assign and manage staff tasks"),
        "{}",
        musical.description
    );
    assert!(musical.label_text.contains("direct musical staff"));
    let english = skill("0ee9e985-0ee5-4a73-8a12-78b53b261bb2").expect("exists");
    assert!(english.alt_labels.iter().any(|a| a == "speak English"));
    assert!(skill("nope").is_none());
}

/// The shipped labels against the hand-checked sample in
/// `data/skill_label_truth.tsv` (these 200 were also used to fit the weights,
/// so this guards against regressions rather than measuring generalisation;
/// the held-out figure is about 90%, see `data/README.md`).
#[test]
fn heuristic_labels_match_the_hand_checked_sample() {
    let truth = include_str!("../data/skill_label_truth.tsv");
    let (mut ok, mut n) = (0, 0);
    for line in truth
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (uuid, label) = line.split_once('\t').expect("two columns");
        let s = skill(uuid).unwrap_or_else(|| panic!("{uuid} in truth file but not in data"));
        assert_eq!(s.label_source, LabelSource::Heuristic);
        n += 1;
        ok += usize::from(s.label == label);
    }
    println!("heuristic skill labels: {ok}/{n} exact on the hand-checked sample");
    assert_eq!(n, 200);
    assert!(ok * 100 >= n * 88, "only {ok}/{n} exact");
}

#[test]
fn countries_by_any_code_any_case() {
    assert_eq!(countries().len(), 249);
    let mx = country("MX").expect("MX");
    assert_eq!((mx.alpha3, mx.numeric, mx.name), ("MEX", 484, "Mexico"));
    for code in ["mx", "MEX", "mex", " Mex ", "484"] {
        assert!(std::ptr::eq(country(code).expect(code), mx), "{code}");
    }
    assert_eq!(country("036").map(|c| c.alpha2), Some("AU"));
    assert_eq!(country("36").map(|c| c.alpha2), Some("AU"));
    assert_eq!(country("PHL").map(|c| c.alpha2), Some("PH"));
    for bad in ["", "XX", "XXX", "999", "M", "MEXICO", "12345678"] {
        assert!(country(bad).is_none(), "{bad}");
    }
    let alpha2: HashSet<_> = countries().iter().map(|c| c.alpha2).collect();
    let alpha3: HashSet<_> = countries().iter().map(|c| c.alpha3).collect();
    let numeric: HashSet<_> = countries().iter().map(|c| c.numeric).collect();
    assert_eq!((alpha2.len(), alpha3.len(), numeric.len()), (249, 249, 249));
}

#[test]
fn languages_by_639_1_639_3_and_639_2b() {
    let ko = language("ko").expect("ko");
    assert_eq!(
        (ko.code, ko.alpha3, ko.alpha2, ko.name),
        ("ko", "kor", Some("ko"), "Korean")
    );
    assert!(std::ptr::eq(language("KOR").expect("KOR"), ko));
    let fil = language("fil").expect("fil");
    assert_eq!((fil.code, fil.alpha2), ("fil", None));
    assert_eq!(language("ger").map(|l| l.code), Some("de"));
    assert_eq!(language("chi").map(|l| l.alpha3), Some("zho"));
    assert_eq!(language("tl").map(|l| l.alpha3), Some("tgl"));
    assert_eq!(language("ne").map(|l| l.name), Some("Nepali"));
    for bad in ["", "xx", "qqq", "english", "k"] {
        assert!(language(bad).is_none(), "{bad}");
    }
    assert!(languages().len() > 7000);
    let major = major_languages().count();
    assert!(
        (180..=190).contains(&major),
        "{major} languages with a 639-1 code"
    );
    let codes: HashSet<_> = languages().iter().map(|l| l.code).collect();
    assert_eq!(codes.len(), languages().len(), "canonical codes are unique");
}

#[test]
fn currencies_with_minor_units() {
    let jpy = currency("JPY").expect("JPY");
    assert_eq!((jpy.numeric, jpy.exponent), (392, 0));
    assert_eq!(currency("usd").map(|c| c.exponent), Some(2));
    assert_eq!(currency("KWD").map(|c| c.exponent), Some(3));
    assert_eq!(currency("392").map(|c| c.code), Some("JPY"));
    assert_eq!(currency("PHP").map(|c| c.name), Some("Philippine peso"));
    assert_eq!(currency("HRK").and_then(|c| c.superseded_by), Some("EUR"));
    assert_eq!(currency("EUR").and_then(|c| c.superseded_by), None);
    for bad in ["", "XAU", "XXX", "ABC", "US"] {
        assert!(currency(bad).is_none(), "{bad}");
    }
    assert!(currencies().len() > 150);
    assert!(currencies().windows(2).all(|w| w[0].code < w[1].code));
}

#[test]
fn who_safeguard_list_2023() {
    let list = who_safeguard_list();
    assert_eq!(list.len(), 55);
    let mut regions: HashMap<&str, usize> = HashMap::new();
    for c in list {
        *regions.entry(c.who_region).or_default() += 1;
        assert!(
            country(c.alpha3).is_some(),
            "{} is not an ISO 3166-1 code",
            c.alpha3
        );
        assert!(on_who_safeguard_list(c.alpha3));
    }
    let expected: HashMap<&str, usize> =
        [("AFR", 37), ("WPR", 8), ("EMR", 6), ("SEAR", 3), ("AMR", 1)]
            .into_iter()
            .collect();
    assert_eq!(regions, expected);
    for on in ["NP", "NPL", "npl", "np", "ng", "PAK", "ht"] {
        assert!(on_who_safeguard_list(on), "{on}");
    }
    for off in ["MX", "PHL", "IN", "LKA", "", "??", "XYZ"] {
        assert!(!on_who_safeguard_list(off), "{off}");
    }
}

#[test]
fn attribution_lines_are_present() {
    assert!(ESCO_ATTRIBUTION.contains("© European Union"));
    assert!(ESCO_ATTRIBUTION.contains("CC BY 4.0"));
    assert!(ESCO_ATTRIBUTION.contains("2011/833/EU"));
    assert!(WHO_ATTRIBUTION.contains("World Health Organization"));
}

fn labels(hits: &[Hit<&'static Occupation>]) -> Vec<&'static str> {
    hits.iter().map(|h| h.item.label.as_str()).collect()
}

#[test]
fn welder_finds_the_welder_first_in_any_form() {
    for q in [
        "welder",
        "Welder",
        "WELDERS",
        "welders",
        "  welder  ",
        "weld",
    ] {
        let hits = search_occupations(q, 5);
        assert_eq!(hits[0].item.label, "welder", "{q}: {:?}", labels(&hits));
        assert_eq!(hits[0].item.isco, "7212");
    }
}

#[test]
fn nurse_finds_nursing_professionals_first() {
    for q in ["nurse", "NURSES", "Nurse"] {
        let hits = search_occupations(q, 10);
        let top = labels(&hits);
        // Nursing professionals (ISCO 2221) come before assistants (5321)
        // and veterinary nurses (3240).
        assert!(
            hits[..2].iter().all(|h| h.item.isco == "2221"),
            "{q}: {top:?}"
        );
        assert!(
            top[..3].contains(&"nurse responsible for general care"),
            "{q}: {top:?}"
        );
        let vet = top.iter().position(|l| *l == "veterinary nurse");
        assert!(vet.is_none_or(|p| p >= 3), "{q}: {top:?}");
    }
}

#[test]
fn multi_word_queries() {
    let hits = search_occupations("fruit picker", 5);
    assert_eq!(
        hits[0].item.label,
        "fruit and vegetable picker",
        "{:?}",
        labels(&hits)
    );
    let hits = search_occupations("care worker", 10);
    assert!(!hits.is_empty());
    for h in &hits[..5] {
        let text = format!("{} {}", h.item.label, h.item.alt_labels.join(" ")).to_lowercase();
        assert!(
            text.contains("care") && text.contains("worker"),
            "{}",
            h.item.label
        );
    }
    assert!(
        labels(&hits[..3]).iter().any(|l| l.contains("care worker")),
        "{:?}",
        labels(&hits)
    );
    // Stopwords in the query do not have to match.
    let hits = search_occupations("picker of fruit", 5);
    assert!(
        labels(&hits).contains(&"fruit and vegetable picker"),
        "{:?}",
        labels(&hits)
    );
}

#[test]
fn empty_and_garbage_queries_return_nothing() {
    for q in [
        "",
        "   ",
        "!!!",
        "xyzzyqq",
        "😀",
        "\u{0}",
        "weld xyzzyqq",
        "zzzzzzzzzzzzzzzzzzzz",
    ] {
        assert!(search_occupations(q, 10).is_empty(), "{q:?}");
        assert!(search_skills(q, 10).is_empty(), "{q:?}");
    }
    assert!(search_occupations("welder", 0).is_empty());
    let long = "welder ".repeat(500);
    assert_eq!(search_occupations(&long, 3).len(), 3);
}

#[test]
fn results_are_ranked_limited_and_deterministic() {
    for q in ["nurse", "care worker", "driver", "cook", "farm", "te"] {
        let a = search_occupations(q, 20);
        let b = search_occupations(q, 20);
        assert_eq!(labels(&a), labels(&b), "{q}");
        assert!(a.len() <= 20);
        assert!(a.windows(2).all(|w| w[0].score >= w[1].score), "{q}");
        let few = search_occupations(q, 3);
        assert_eq!(labels(&few), labels(&a)[..few.len()].to_vec(), "{q}");
    }
}

#[test]
fn exact_labels_outrank_partial_matches() {
    // An exact preferred label beats a label that merely contains the words.
    let hits = search_occupations("pipe welder", 5);
    assert_eq!(hits[0].item.label, "pipe welder");
    assert!(hits[0].score >= 5.0);
    // An exact alternative label is the second tier.
    let hits = search_occupations("berry picker", 5);
    assert!(
        hits[0].score >= 4.0 && hits[0].score < 5.0,
        "{}",
        hits[0].score
    );
    assert!(hits[0].item.alt_labels.iter().any(|a| a == "berry picker"));
}

#[test]
fn skill_search() {
    let hits = search_skills("speak English", 5);
    assert_eq!(hits[0].item.label, "interact verbally in English");
    let hits = search_skills("Manage Musical Staff", 3);
    assert_eq!(hits[0].item.label, "manage musical staff");
    assert!(hits[0].score >= 5.0);
    let hits = search_skills("weld", 10);
    assert_eq!(hits.len(), 10);
    assert!(
        hits.iter()
            .all(|h| h.item.label.to_lowercase().contains("weld"))
    );
    let hits = search_skills("fruit picking", 10);
    assert!(!hits.is_empty());
}

#[test]
fn hits_serialise_as_json_shapes() {
    // Serialize is derived; check the field names other crates rely on.
    fn assert_serialize<T: serde::Serialize>(_: &T) {}
    let hit = &search_occupations("welder", 1)[0];
    assert_serialize(hit);
    assert_serialize(country("MX").expect("MX"));
    assert_serialize(skills().first().expect("skills"));
}

// Translated occupation labels (data/occupation_labels.tsv).

const WELDER: &str = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
const GENERAL_NURSE: &str = "8d3e8aaa-791b-4c75-a465-f3f827028f50";

/// The occupations of the demo (the UUID constants of
/// `corridor_domain::examples`): the table must cover every one.
const DEMO_OCCUPATIONS: [&str; 9] = [
    "373db468-bd25-4b67-a6e0-4ac79d9a9e85", // fruit and vegetable picker
    "1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883", // horticulture worker
    WELDER,
    "245be6d1-fe9a-4ac8-9f81-122a687e4724", // factory hand
    "502fe307-ae65-46cb-a485-e559b9a35266", // injection moulding operator
    GENERAL_NURSE,
    "d38c2107-98f2-47b7-8bb4-f69750d51082", // healthcare assistant
    "e3dc66de-99c7-4607-a82b-7244036d316d", // food production operator
    "defc8417-eeb6-4f13-8fcd-6518b99a40f4", // fruit and vegetable canner
];

/// The rows of the table: (UUID, language, labels).
fn label_rows() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    include_str!("../data/occupation_labels.tsv")
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 3, "{line:?}");
            (f[0], f[1], f[2].split('|').collect())
        })
        .collect()
}

fn uuids(hits: &[Hit<&'static Occupation>]) -> Vec<&'static str> {
    hits.iter().map(|h| h.item.uuid()).collect()
}

#[test]
fn spanish_and_arabic_nurse_find_the_general_nurse() {
    for q in [
        "enfermera",
        "enfermero",
        "Enfermera",
        "enfermeras",
        "ممرضة",
        "infirmière",
    ] {
        let hits = search_occupations(q, 10);
        assert!(
            uuids(&hits[..hits.len().min(3)]).contains(&GENERAL_NURSE),
            "{q}: {:?}",
            labels(&hits)
        );
    }
}

#[test]
fn welder_in_other_languages_finds_the_welder_first() {
    for q in [
        "soldador",
        "soldadora",
        "용접공",
        "वेल्डर",
        "لحام",
        "عامل لحام",
        "لَحّام", // with shadda and fatha
        "Schweißer",
        "Schweisser",
        "SCHWEISSERIN",
        "saldatore",
        "manghihinang",
        "soudeur",
    ] {
        let hits = search_occupations(q, 5);
        assert!(!hits.is_empty(), "{q}: nothing");
        assert_eq!(hits[0].item.uuid(), WELDER, "{q}: {:?}", labels(&hits));
        // An exact translated label ranks like an exact alternative label.
        assert!(
            (4.0..5.0).contains(&hits[0].score),
            "{q}: {}",
            hits[0].score
        );
    }
    // Typing the start of a word finds it too.
    let hits = search_occupations("solda", 5);
    assert!(uuids(&hits).contains(&WELDER), "{:?}", labels(&hits));
}

#[test]
fn cuidadora_finds_a_care_occupation() {
    let hits = search_occupations("cuidadora", 5);
    assert!(!hits.is_empty());
    let top = hits[0].item;
    assert!(
        top.isco.starts_with("53") && top.label.contains("care"),
        "{:?}",
        labels(&hits)
    );
}

#[test]
fn every_translated_label_finds_its_occupation() {
    let rows = label_rows();
    let (mut labels_total, mut first) = (0, 0);
    for (uuid, lang, row_labels) in &rows {
        let o = occupation(uuid).unwrap_or_else(|| panic!("{uuid} is not an ESCO occupation"));
        assert_eq!(occupation_label(&o.uri, lang), Some(row_labels[0]));
        assert_eq!(occupation_labels(uuid, lang), &row_labels[..]);
        // The preferred label in each language finds the occupation first.
        let hits = search_occupations(row_labels[0], 3);
        assert!(!hits.is_empty(), "{lang} {:?}: nothing", row_labels[0]);
        assert_eq!(
            hits[0].item.uuid(),
            *uuid,
            "{lang} {:?} ({}): {:?}",
            row_labels[0],
            o.label,
            labels(&hits)
        );
        assert!(hits[0].score >= 4.0, "{lang} {:?}", row_labels[0]);
        // Every label finds it among the first three; a few English words
        // used in Filipino ("mason", "steward") are also another
        // occupation's English label.
        for label in row_labels {
            let hits = search_occupations(label, 3);
            assert!(
                uuids(&hits).contains(uuid),
                "{lang} {label:?} ({}): {:?}",
                o.label,
                labels(&hits)
            );
            labels_total += 1;
            first += usize::from(hits[0].item.uuid() == *uuid);
        }
    }
    println!("translated labels: {first}/{labels_total} find their occupation first");
    assert!(first * 100 >= labels_total * 99, "{first}/{labels_total}");
}

#[test]
fn translated_label_table_covers_the_demo_in_every_language() {
    let rows = label_rows();
    let mut by_uuid: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (uuid, lang, row_labels) in &rows {
        assert!(
            OCCUPATION_LABEL_LANGUAGES.contains(lang),
            "{uuid}: unknown language {lang}"
        );
        assert!(
            ["es", "fr", "ne", "ko", "fil", "de", "it", "ar"].contains(lang),
            "{lang}"
        );
        assert!(
            by_uuid.entry(uuid).or_default().insert(lang),
            "{uuid} {lang} twice"
        );
        let distinct: HashSet<_> = row_labels.iter().collect();
        assert_eq!(
            distinct.len(),
            row_labels.len(),
            "{uuid} {lang}: repeated label"
        );
        assert!(row_labels.iter().all(|l| !l.is_empty() && l.trim() == *l));
    }
    assert!(by_uuid.len() >= 40, "only {} occupations", by_uuid.len());
    for (uuid, langs) in &by_uuid {
        assert_eq!(langs.len(), 8, "{uuid} has {langs:?}");
    }
    for uuid in DEMO_OCCUPATIONS {
        assert!(
            by_uuid.contains_key(uuid),
            "demo occupation {uuid} not covered"
        );
    }
    println!(
        "occupation_labels.tsv: {} occupations, {} rows",
        by_uuid.len(),
        rows.len()
    );
}

#[test]
fn occupation_label_by_uri_uuid_and_language_tag() {
    let uri = format!("{OCCUPATION_URI_PREFIX}{WELDER}");
    assert_eq!(occupation_label(WELDER, "es"), Some("soldador"));
    assert_eq!(occupation_label(&uri, "es-MX"), Some("soldador"));
    assert_eq!(occupation_label(WELDER, "ko"), Some("용접공"));
    assert_eq!(occupation_label(WELDER, "ne"), Some("वेल्डर"));
    assert_eq!(occupation_label(WELDER, "ar"), Some("لحام"));
    assert_eq!(occupation_label(WELDER, "DE"), Some("Schweißer"));
    assert_eq!(
        occupation_label(WELDER, "tl"),
        occupation_label(WELDER, "fil")
    );
    assert_eq!(occupation_label(GENERAL_NURSE, "es"), Some("enfermero"));
    assert!(occupation_labels(GENERAL_NURSE, "es").contains(&"enfermera"));
    // English is ESCO's own label; other languages and occupations are not covered.
    assert_eq!(occupation_label(WELDER, "en"), None);
    assert_eq!(occupation_label(WELDER, "hi"), None);
    assert_eq!(occupation_label(WELDER, ""), None);
    let pipe_welder = "2ff73126-7aff-4233-9d9c-d8725e1c6822";
    assert!(occupation(pipe_welder).is_some());
    assert_eq!(occupation_label(pipe_welder, "es"), None);
    assert!(occupation_labels(pipe_welder, "es").is_empty());
    assert_eq!(occupation_label("not-a-uuid", "es"), None);
}
