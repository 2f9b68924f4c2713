//! Property tests of the label search.

use corridor_reference::{occupations, search_occupations, search_skills, skills};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any input at all: no panic, at most `limit` hits, best first.
    #[test]
    fn any_query_is_safe(query in "\\PC{0,40}", limit in 0usize..30) {
        for scores in [
            search_occupations(&query, limit).iter().map(|h| h.score).collect::<Vec<_>>(),
            search_skills(&query, limit).iter().map(|h| h.score).collect::<Vec<_>>(),
        ] {
            prop_assert!(scores.len() <= limit);
            prop_assert!(scores.windows(2).all(|w| w[0] >= w[1]));
            prop_assert!(scores.iter().all(|s| s.is_finite() && *s >= 1.0 && *s < 6.0));
        }
    }

    /// Every occupation is found first by its own preferred label, in any case.
    #[test]
    fn preferred_label_finds_its_occupation(i in 0usize..2942, upper in any::<bool>()) {
        let o = &occupations()[i];
        let query = if upper { o.label.to_uppercase() } else { o.label.clone() };
        let hits = search_occupations(&query, 3);
        prop_assert!(!hits.is_empty(), "{query}");
        prop_assert!(hits[0].score >= 5.0, "{query}: {}", hits[0].score);
        prop_assert_eq!(&hits[0].item.uri, &o.uri, "{}", query);
    }

    /// Every skill is found by its preferred label (first, unless another
    /// skill's label normalises to the same words).
    #[test]
    fn preferred_label_finds_its_skill(i in 0usize..13939) {
        let s = &skills()[i];
        let hits = search_skills(&s.label, 5);
        prop_assert!(hits.iter().any(|h| h.item.uri == s.uri), "{}", s.label);
        prop_assert!(hits[0].score >= 5.0, "{}: {}", s.label, hits[0].score);
    }

    /// Typing the first letters of a label already finds matches.
    #[test]
    fn typing_a_prefix_finds_something(i in 0usize..2942, len in 3usize..6) {
        let o = &occupations()[i];
        let word = o.label.split_whitespace().find(|w| w.chars().count() >= len && w.chars().all(char::is_alphanumeric));
        if let Some(word) = word {
            let prefix: String = word.chars().take(len).collect();
            prop_assert!(!search_occupations(&prefix, 5).is_empty(), "{prefix}");
        }
    }
}
