//! Errors of the statistics engine.

use crate::dims::Dimension;
use crate::table::Figure;

/// Everything that can go wrong computing or writing a table.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// The dimension cannot be crossed with the figure.
    #[error("dimension {dimension:?} does not apply to figure {figure:?}")]
    DimensionNotApplicable {
        /// The figure.
        figure: Figure,
        /// The dimension.
        dimension: Dimension,
    },
    /// The same dimension was requested twice.
    #[error("dimension {0:?} requested twice")]
    DuplicateDimension(Dimension),
    /// More dimensions than [`crate::MAX_DIMENSIONS`].
    #[error("{0} dimensions requested; at most {max} allowed", max = crate::table::MAX_DIMENSIONS)]
    TooManyDimensions(usize),
    /// More cells than [`crate::MAX_CELLS`].
    #[error("table would have {0} cells; at most {max} allowed", max = crate::table::MAX_CELLS)]
    TableTooLarge(usize),
    /// The figure needs a date but got a period, or the reverse.
    #[error("figure {figure:?} needs a reference {needs}")]
    WrongReference {
        /// The figure.
        figure: Figure,
        /// "date" or "period".
        needs: &'static str,
    },
    /// A public request that cannot be published as asked.
    #[error("{0}")]
    InvalidRequest(String),

    /// The figure is not computed from this kind of source.
    #[error("figure {0:?} is not available from this source")]
    FigureNotAvailable(Figure),
    /// The mapping file names a column the data file does not have, or
    /// lacks one the figure needs.
    #[error("microdata column problem: {0}")]
    Column(String),
    /// The mapping file could not be read.
    #[error("mapping file: {0}")]
    Mapping(String),
    /// A value in the data file could not be read.
    #[error("bad value {value:?} in column {column} at {location}")]
    BadValue {
        /// Column name.
        column: String,
        /// Where in the file (byte offset or row group).
        location: String,
        /// The text found.
        value: String,
    },
    /// Reading a file failed.
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    /// The CSV reader failed.
    #[error("CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The Parquet reader failed.
    #[error("Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// JSON (de)serialisation failed.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
}
