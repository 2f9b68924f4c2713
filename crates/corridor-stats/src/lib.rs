//! # corridor-stats: Corridor's evidence base
//!
//! Migrant stocks, flows and labour gaps from two kinds of source, every
//! figure carrying its source, definition, method, unit, uncertainty and
//! flags, and nothing public without disclosure control. No HTTP and no
//! database types: the store fills plain record types, the server and the
//! CLI call the functions below.
//!
//! ## Data flow
//!
//! ```text
//! store ──► AdminRecords ──► admin_table(request) ──┐
//!                                                   ├─► StatTable ──► protect(policy) ──► ProtectedTable ──► to_csv / to_json / to_sdmx_csv
//! person file ──► tabulate_microdata(mapping) ──────┘   (unprotected)                      (public)            chart_from_table ──► time_series_svg
//! ```
//!
//! - [`admin`]: Corridor's own records — placements with dated status
//!   events ([`PlacementRecord`]), job orders ([`JobOrderRecord`]),
//!   available workers ([`AvailableWorkerRecord`]) and fee ledger payments
//!   ([`FeePaymentRecord`]) — give stocks abroad, flows, demand, supply,
//!   gap, fill rate, days to departure, fee violations, return and re-hire
//!   rates ([`Figure`]), crossed by corridor, origin, destination,
//!   programme, ISCO-08 group, sex, age group and period ([`Dimension`]).
//! - [`microdata`]: census and survey person files, CSV or Parquet,
//!   streamed on all cores through a [`Mapping`] (presets for US ACS PUMS
//!   and IPUMS International) give weighted foreign-born and
//!   foreign-citizen stocks and recent-arrival flow proxies, with
//!   replicate-weight standard errors (ACS SDR: Var = 4/80 · Σ(x_r − x)²,
//!   MOE90 = 1.645 · SE, CV, unreliable above 30%).
//! - [`disclosure`]: threshold rule (default 10) with secondary
//!   suppression proved against recovery by subtraction and by solving the
//!   margin equations; [`ProtectedTable`] is the only input of the public
//!   writers.
//!   Quantiles need 20 records, amounts 10 distinct contributors and
//!   pass the (2, 80%) dominance rule.
//! - [`periods`]: public tables are for calendar months, quarters and
//!   years only, each cut from one protected *year cube* per figure and
//!   crossing ([`public_table`]), so no combination of published periods
//!   can be differenced below the threshold.
//! - [`output`]: CSV, JSON, SDMX-CSV 2.0; [`chart`]: SVG time series.
//!
//! ## Example
//!
//! ```
//! use chrono::NaiveDate;
//! use corridor_stats::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let placements: Vec<PlacementRecord> = (0..30)
//!     .map(|i| PlacementRecord {
//!         placement_id: format!("P{i}"),
//!         worker_id: format!("W{i}"),
//!         worker_sex: if i % 2 == 0 { Sex::Female } else { Sex::Male },
//!         worker_birth_date: Some(d(1990, 1, 1)),
//!         origin: "MEX".into(),
//!         destination: "CAN".into(),
//!         programme_id: "SAWP".into(),
//!         programme_name: "Seasonal Agricultural Worker Program".into(),
//!         isco08: "9211".into(),
//!         job_order_id: "JO-1".into(),
//!         job_order_opened: d(2024, 1, 10),
//!         contract_months: Some(8),
//!         events: vec![StatusEvent { status: PlacementStatus::Departed, date: d(2024, 4, 1) }],
//!     })
//!     .collect();
//! let records = AdminRecords {
//!     dataset: "Corridor demo records",
//!     version: "2025-01-01",
//!     placements: &placements,
//!     job_orders: &[],
//!     available_workers: &[],
//!     fee_payments: &[],
//! };
//! let request = TableRequest {
//!     figure: Figure::StockAbroad,
//!     reference: Reference::Date { date: d(2024, 6, 30) },
//!     cross: vec![Dimension::Corridor, Dimension::Sex],
//! };
//! let table = admin_table(&records, &request)?;
//! assert_eq!(table.cell(&["MEX-CAN", "F"]).unwrap().observation.value, Some(15.0));
//! let public = protect(table, DisclosurePolicy::default());
//! let sdmx = to_sdmx_csv(&public);
//! assert!(sdmx.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,CORRIDOR,SEX"));
//! # Ok::<(), StatsError>(())
//! ```
//!
//! An unprotected table cannot be written publicly — this does not compile:
//!
//! ```compile_fail
//! # use corridor_stats::*;
//! # fn f(t: StatTable) -> String {
//! to_csv(&t)
//! # }
//! ```

pub mod admin;
pub mod chart;
pub mod dims;
pub mod disclosure;
pub mod error;
pub mod microdata;
pub mod output;
pub mod periods;
pub mod table;

pub use admin::{
    AdminRecords, AvailableWorkerRecord, EndReason, FeeCategory, FeePaymentRecord, JobOrderRecord,
    Payer, PlacementRecord, PlacementStatus, ProgrammeEligibility, SharedText, StatusEvent,
    admin_table, dimension_applies,
};
pub use chart::{
    ChartPoint, ChartSeries, TimeSeriesChart, chart_from_table, escape_xml, time_series_svg,
};
pub use dims::{Dimension, Granularity, IscoLevel, Sex};
pub use disclosure::{
    Confidentiality, DisclosurePolicy, Dominance, ProtectedTable, linear_audit, protect,
    recover_by_subtraction, suppression_pattern,
};
pub use error::StatsError;
pub use microdata::mapping::{CodeSet, Codes, Columns, Mapping};
pub use microdata::{FileFormat, ReadOptions, tabulate_microdata};
pub use output::{
    to_csv, to_csv_unprotected_internal, to_json, to_json_unprotected_internal, to_sdmx_csv,
};
pub use periods::{
    CalendarPeriod, MAX_PUBLIC_DIMENSIONS, PublicReference, PublicRequest, is_month_end,
    public_table, year_cube,
};
pub use table::{
    Cell, Concentration, Definition, Figure, Flags, MAX_CELLS, MAX_DIMENSIONS, MigrantBasis,
    Observation, Reference, Source, SourceKind, StatTable, TableDimension, TableMetadata,
    TableRequest, UnDurationClass, Uncertainty, UncertaintyBasis, Unit,
};
