//! Disclosure control holds: no withheld cell of a random table can be
//! recovered by subtraction, nor by solving the linear system of margins.

mod common;

use common::table_from_counts;
use corridor_stats::{
    Confidentiality, DisclosurePolicy, linear_audit, protect, recover_by_subtraction,
    suppression_pattern,
};
use proptest::prelude::*;

/// Counts where small values are common, so tables have many primaries.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => Just(0u64),
        4 => 1u64..10,
        5 => 10u64..60,
    ]
}

fn check(sizes: &[usize], counts: &[u64]) -> Result<(), TestCaseError> {
    let table = table_from_counts(sizes, counts);
    let policy = DisclosurePolicy::default();
    let status = suppression_pattern(&table, policy);
    // Every primary cell is withheld.
    for (cell, st) in table.cells.iter().zip(&status) {
        let n = cell.observation.unweighted_count;
        if n > 0 && n < 10 {
            prop_assert_eq!(*st, Confidentiality::Primary);
        }
    }
    // The attacker's subtraction recovers nothing ...
    let recovered = recover_by_subtraction(&table, &status);
    prop_assert!(
        recovered.is_empty(),
        "recovered by subtraction: {:?}",
        recovered
    );
    // ... and neither does solving the margin equations exactly.
    let determined = linear_audit(&table, &status);
    prop_assert!(
        determined.is_empty(),
        "determined by the margins: {:?}",
        determined
    );
    // The published table blanks exactly the withheld cells.
    let protected = protect(table, policy);
    for (cell, st) in protected
        .table()
        .cells
        .iter()
        .zip(protected.confidentiality())
    {
        let withheld = *st != Confidentiality::Free;
        prop_assert_eq!(cell.observation.value.is_none(), withheld);
        prop_assert_eq!(cell.observation.flags.suppressed, withheld);
        if withheld {
            prop_assert_eq!(cell.observation.unweighted_count, 0);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn one_way_tables_hold(counts in prop::collection::vec(count(), 1..12)) {
        check(&[counts.len()], &counts)?;
    }

    #[test]
    fn two_way_tables_hold(
        (rows, cols, counts) in (1usize..7, 1usize..7).prop_flat_map(|(r, c)| {
            (Just(r), Just(c), prop::collection::vec(count(), r * c))
        })
    ) {
        check(&[rows, cols], &counts)?;
    }

    #[test]
    fn three_way_tables_hold(
        (a, b, c, counts) in (1usize..4, 1usize..4, 1usize..4).prop_flat_map(|(a, b, c)| {
            (Just(a), Just(b), Just(c), prop::collection::vec(count(), a * b * c))
        })
    ) {
        check(&[a, b, c], &counts)?;
    }
}

#[test]
fn a_lone_small_cell_in_a_row_takes_a_partner_with_it() {
    // 2×3 table; one cell below 10. Without secondary suppression it is
    // its row total minus the other two cells.
    let table = table_from_counts(&[2, 3], &[4, 20, 30, 25, 35, 40]);
    let status = suppression_pattern(&table, DisclosurePolicy::default());
    let withheld: Vec<usize> = (0..status.len())
        .filter(|&i| status[i] != Confidentiality::Free)
        .collect();
    // The primary plus three complements closing a cycle.
    assert_eq!(
        status
            .iter()
            .filter(|s| **s == Confidentiality::Primary)
            .count(),
        1
    );
    assert!(withheld.len() >= 4, "{withheld:?}");
    assert!(recover_by_subtraction(&table, &status).is_empty());
    assert!(linear_audit(&table, &status).is_empty());
    // The naive pattern (primary only) is recoverable: the attack works.
    let naive: Vec<Confidentiality> = table
        .cells
        .iter()
        .map(|c| {
            if c.observation.unweighted_count == 4 {
                Confidentiality::Primary
            } else {
                Confidentiality::Free
            }
        })
        .collect();
    let got = recover_by_subtraction(&table, &naive);
    assert_eq!(got.len(), 1);
    assert_eq!(table.cells[got[0]].observation.value, Some(4.0));
    assert_eq!(linear_audit(&table, &naive), got);
}

#[test]
fn a_bridge_between_two_cycles_is_caught_by_the_linear_audit() {
    // Two suppressed 2×2 blocks joined by one suppressed cell: every line
    // has two unknowns, so subtraction alone recovers nothing, but the
    // joining cell is determined by the equations. The audit sees it.
    let table = table_from_counts(&[4, 4], &[50; 16]);
    let mut status = vec![Confidentiality::Free; table.cells.len()];
    let idx = |r: usize, c: usize| table.index_of(&[r as u32, c as u32]);
    for (r, c) in [
        (0, 0),
        (0, 1),
        (1, 0),
        (1, 1),
        (2, 2),
        (2, 3),
        (3, 2),
        (3, 3),
        (1, 2),
    ] {
        status[idx(r, c)] = Confidentiality::Secondary;
    }
    assert!(recover_by_subtraction(&table, &status).is_empty());
    assert_eq!(linear_audit(&table, &status), vec![idx(1, 2)]);
}

#[test]
fn threshold_is_configurable_and_zero_cells_are_published() {
    let table = table_from_counts(&[3], &[0, 12, 30]);
    let strict = suppression_pattern(&table, DisclosurePolicy::with_threshold(20));
    assert_eq!(strict[1], Confidentiality::Primary);
    assert_ne!(
        strict[2],
        Confidentiality::Free,
        "a partner keeps 12 from total − 30 − 0"
    );
    let default = suppression_pattern(&table, DisclosurePolicy::default());
    assert!(default.iter().all(|s| *s == Confidentiality::Free));
}
