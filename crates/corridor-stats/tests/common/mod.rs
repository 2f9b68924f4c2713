//! Helpers shared by the integration tests.
#![allow(dead_code)]

use corridor_stats::{
    Cell, Definition, Dimension, Figure, Flags, MigrantBasis, Observation, Source, SourceKind,
    StatTable, TableDimension, TableMetadata, UnDurationClass, Uncertainty, UncertaintyBasis, Unit,
};

/// A count table with full margins built from interior counts, row-major
/// over `sizes` (last dimension fastest). Dimensions are taken from a fixed
/// list; codes are `c0`, `c1`, ...
pub fn table_from_counts(sizes: &[usize], counts: &[u64]) -> StatTable {
    let dims = [
        Dimension::Corridor,
        Dimension::Sex,
        Dimension::AgeGroup,
        Dimension::Programme,
    ];
    let dimensions: Vec<TableDimension> = sizes
        .iter()
        .enumerate()
        .map(|(i, &n)| TableDimension {
            dimension: dims[i],
            codes: (0..n)
                .map(|k| format!("c{k}"))
                .chain(std::iter::once("_T".to_string()))
                .collect(),
            has_total: true,
        })
        .collect();
    let ext: Vec<usize> = sizes.iter().map(|n| n + 1).collect();
    let total: usize = ext.iter().product();
    let mut values = vec![0u64; total];
    // Add every interior cell into every margin above it.
    let interior: usize = sizes.iter().product();
    for (flat, &v) in counts.iter().enumerate().take(interior) {
        let mut rem = flat;
        let mut coords = vec![0usize; sizes.len()];
        for d in (0..sizes.len()).rev() {
            coords[d] = rem % sizes[d];
            rem /= sizes[d];
        }
        for mask in 0..(1usize << sizes.len()) {
            let idx = (0..sizes.len()).fold(0, |acc, d| {
                let c = if mask & (1 << d) != 0 {
                    sizes[d]
                } else {
                    coords[d]
                };
                acc * ext[d] + c
            });
            values[idx] += v;
        }
    }
    let mut cells = Vec::with_capacity(total);
    for (flat, &v) in values.iter().enumerate() {
        let mut rem = flat;
        let mut coords = vec![0u32; sizes.len()];
        for d in (0..sizes.len()).rev() {
            coords[d] = (rem % ext[d]) as u32;
            rem /= ext[d];
        }
        cells.push(Cell {
            coords,
            observation: Observation {
                value: Some(v as f64),
                unweighted_count: v,
                uncertainty: Uncertainty::default(),
                flags: Flags::default(),
                concentration: None,
            },
        });
    }
    StatTable {
        metadata: TableMetadata {
            figure: Figure::StockAbroad,
            title: "test".into(),
            source: Source {
                kind: SourceKind::Administrative,
                dataset: "test".into(),
                version: "1".into(),
                reference: "2024-06-30".into(),
            },
            definition: Definition {
                basis: MigrantBasis::CorridorPlacement,
                un_duration: UnDurationClass::LongAndShortTerm,
                text: "test".into(),
            },
            method: "test".into(),
            unit: Unit {
                code: "PS".into(),
                text: "persons".into(),
            },
            uncertainty: UncertaintyBasis::CompleteCount,
            additive: true,
        },
        dimensions,
        cells,
    }
}
