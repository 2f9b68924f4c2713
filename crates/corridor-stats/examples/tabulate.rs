//! Benchmark driver: foreign-born stock by country of birth × sex ×
//! five-year age group, with replicate-weight SEs, from an ACS-shaped
//! person file (CSV or Parquet).
//!
//! `cargo run --release -p corridor-stats --example tabulate -- FILE [THREADS]`

use std::path::PathBuf;
use std::time::Instant;

use corridor_stats::{
    Dimension, Figure, FileFormat, Mapping, ReadOptions, Reference, TableRequest,
    tabulate_microdata,
};

/// Counts the bytes the tabulation holds and their peak, apart from what
/// the system allocator keeps after a free (which the resident size also
/// counts).
#[global_allocator]
static HEAP: peak_alloc::PeakAlloc = peak_alloc::PeakAlloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().expect("usage: tabulate FILE [THREADS]"));
    let threads = args
        .next()
        .map(|t| t.parse().expect("threads"))
        .unwrap_or_else(|| ReadOptions::default().threads);
    let request = TableRequest {
        figure: Figure::ForeignBornStock,
        reference: Reference::Date {
            date: chrono::NaiveDate::from_ymd_opt(2023, 7, 1).expect("date"),
        },
        cross: vec![
            Dimension::CountryOfBirth,
            Dimension::Sex,
            Dimension::AgeGroup,
        ],
    };
    let started = Instant::now();
    let table = tabulate_microdata(
        &path,
        FileFormat::from_path(&path),
        &Mapping::acs_pums(2023),
        &request,
        &ReadOptions { threads },
    )
    .expect("tabulation");
    let elapsed = started.elapsed().as_secs_f64();
    let total = table.grand_total().expect("grand total");
    let interior = table
        .cells
        .iter()
        .filter(|c| {
            c.observation.unweighted_count > 0
                && c.coords
                    .iter()
                    .zip(&table.dimensions)
                    .all(|(&k, d)| Some(k) != d.total_index())
        })
        .count();
    println!(
        "corridor-stats: {} cells ({} non-empty interior), total {} persons, SE {:.1}, n {}, in {:.3} s, peak heap {:.1} MiB",
        table.cells.len(),
        interior,
        total.observation.value.unwrap_or(0.0),
        total
            .observation
            .uncertainty
            .standard_error
            .unwrap_or(f64::NAN),
        total.observation.unweighted_count,
        elapsed,
        HEAP.peak_usage_as_mb()
    );
}
