//! # corridor-stats: Corridor's evidence base
//!
//! Migrant stocks, flows and labour gaps from two kinds of source, each
//! figure carrying its source, definition, method, unit, uncertainty and
//! flags, and nothing public without disclosure control.
//!
//! (Full crate documentation below is completed in later modules.)

pub mod admin;
pub mod chart;
pub mod dims;
pub mod disclosure;
pub mod error;
pub mod microdata;
pub mod output;
pub mod table;

pub use admin::{
    AdminRecords, AvailableWorkerRecord, EndReason, FeeCategory, FeePaymentRecord,
    JobOrderRecord, Payer, PlacementRecord, PlacementStatus, ProgrammeEligibility, StatusEvent,
    admin_table,
};
pub use chart::{
    ChartPoint, ChartSeries, TimeSeriesChart, chart_from_table, escape_xml, time_series_svg,
};
pub use dims::{Dimension, Granularity, IscoLevel, Sex};
pub use disclosure::{
    Confidentiality, DisclosurePolicy, ProtectedTable, linear_audit, protect, recover_by_subtraction,
    suppression_pattern,
};
pub use error::StatsError;
pub use output::{
    to_csv, to_csv_unprotected_internal, to_json, to_json_unprotected_internal, to_sdmx_csv,
};
pub use microdata::mapping::{CodeSet, Codes, Columns, Mapping};
pub use microdata::{FileFormat, ReadOptions, tabulate_microdata};
pub use table::{
    Cell, Definition, Figure, Flags, MAX_CELLS, MAX_DIMENSIONS, MigrantBasis, Observation,
    Reference, Source, SourceKind, StatTable, TableDimension, TableMetadata, TableRequest,
    UnDurationClass, Uncertainty, UncertaintyBasis, Unit,
};
