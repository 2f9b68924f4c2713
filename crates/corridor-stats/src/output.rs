//! Writers: CSV, JSON and SDMX-CSV 2.0.
//!
//! The public writers take a [`ProtectedTable`] only. For trusted internal
//! use (an official's screen inside the operational system) the
//! `*_unprotected_internal` variants take a raw [`StatTable`]; never serve
//! their output to the public or the researcher role.
//!
//! Status codes are the SDMX cross-domain code lists:
//! - `OBS_STATUS` (CL_OBS_STATUS): `A` normal value, `E` estimated value,
//!   `I` imputed value, `U` low reliability (CV above 30%), `Q` missing
//!   value; suppressed, `M` missing value; data cannot exist (a rate with
//!   no denominator). One code per observation, in that order of
//!   precedence (`Q`, `M`, `U`, `I`, `E`, `A`); the full list of flags is
//!   in the `OBS_FLAGS` / `flags` field.
//! - `CONF_STATUS` (CL_CONF_STATUS): `F` free, `A` primary confidentiality
//!   due to small counts, `D` secondary confidentiality set by the sender.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dims::Dimension;
use crate::disclosure::{Confidentiality, ProtectedTable};
use crate::table::{Figure, Observation, StatTable, TableMetadata};

/// SDMX agency id used in `STRUCTURE_ID`.
pub const SDMX_AGENCY: &str = "CORRIDOR";
/// Version of Corridor's data structure definitions.
pub const SDMX_VERSION: &str = "1.0";

/// SDMX CL_OBS_STATUS code of an observation.
pub fn obs_status(o: &Observation) -> &'static str {
    if o.flags.suppressed {
        "Q"
    } else if o.value.is_none() {
        "M"
    } else if o.flags.unreliable {
        "U"
    } else if o.flags.imputed {
        "I"
    } else if o.flags.estimated {
        "E"
    } else {
        "A"
    }
}

/// Number as text: integers without a decimal point, others with up to
/// four decimals, trailing zeros trimmed.
pub fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        let s = format!("{x:.4}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "-0" {
            "0".to_string()
        } else {
            s.to_string()
        }
    }
}

fn opt(x: Option<f64>) -> String {
    x.map(format_number).unwrap_or_default()
}

fn conf_of(status: Option<&[Confidentiality]>, i: usize) -> &'static str {
    status.map_or("F", |s| s[i].sdmx_code())
}

fn write_csv(table: &StatTable, status: Option<&[Confidentiality]>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = table
        .dimensions
        .iter()
        .map(|d| d.dimension.id().to_string())
        .collect();
    for h in [
        "VALUE",
        "UNWEIGHTED_COUNT",
        "STANDARD_ERROR",
        "MOE90",
        "CV",
        "FLAGS",
        "OBS_STATUS",
        "CONF_STATUS",
        "UNIT",
        "SOURCE",
    ] {
        header.push(h.to_string());
    }
    w.write_record(&header).expect("write to memory");
    let source = format!(
        "{} ({}), {}",
        table.metadata.source.dataset,
        table.metadata.source.version,
        table.metadata.source.reference
    );
    for (i, cell) in table.cells.iter().enumerate() {
        let o = &cell.observation;
        let mut row: Vec<String> = (0..table.dimensions.len())
            .map(|d| table.code(cell, d).to_string())
            .collect();
        row.push(opt(o.value));
        row.push(if o.flags.suppressed {
            String::new()
        } else {
            o.unweighted_count.to_string()
        });
        row.push(opt(o.uncertainty.standard_error));
        row.push(opt(o.uncertainty.moe90));
        row.push(opt(o.uncertainty.cv));
        row.push(o.flags.names().join(";"));
        row.push(obs_status(o).to_string());
        row.push(conf_of(status, i).to_string());
        row.push(table.metadata.unit.code.clone());
        row.push(source.clone());
        w.write_record(&row).expect("write to memory");
    }
    String::from_utf8(w.into_inner().expect("flush to memory")).expect("CSV is UTF-8")
}

/// CSV of a protected table: one row per cell, margins included (`_T`),
/// with value, unweighted count, SE, MOE90, CV, flags, SDMX status codes,
/// unit and source on every row.
pub fn to_csv(table: &ProtectedTable) -> String {
    write_csv(table.table(), Some(table.confidentiality()))
}

/// CSV of an **unprotected** table, for trusted internal use only.
pub fn to_csv_unprotected_internal(table: &StatTable) -> String {
    write_csv(table, None)
}

#[derive(Serialize)]
struct JsonDimension<'a> {
    id: &'static str,
    label: &'static str,
    has_total: bool,
    codes: &'a [String],
}

#[derive(Serialize)]
struct JsonObservation<'a> {
    key: BTreeMap<&'static str, &'a str>,
    value: Option<f64>,
    unweighted_count: Option<u64>,
    standard_error: Option<f64>,
    moe90: Option<f64>,
    cv: Option<f64>,
    flags: Vec<&'static str>,
    obs_status: &'static str,
    conf_status: &'static str,
}

#[derive(Serialize)]
struct JsonDisclosure {
    method: &'static str,
    min_unweighted_count: Option<u64>,
    /// Quantiles: fewest records behind a published one.
    #[serde(skip_serializing_if = "Option::is_none")]
    min_records_for_quantiles: Option<u64>,
    /// Amounts: the dominance rule and the fewest distinct contributors.
    #[serde(skip_serializing_if = "Option::is_none")]
    dominance: Option<String>,
    /// Which reference periods are published and how they are kept from
    /// being differenced.
    #[serde(skip_serializing_if = "Option::is_none")]
    reference_periods: Option<&'static str>,
    primary_suppressions: usize,
    secondary_suppressions: usize,
}

#[derive(Serialize)]
struct JsonTable<'a> {
    metadata: &'a TableMetadata,
    disclosure: JsonDisclosure,
    dimensions: Vec<JsonDimension<'a>>,
    observations: Vec<JsonObservation<'a>>,
}

fn write_json(table: &StatTable, protected: Option<&ProtectedTable>) -> String {
    let status = protected.map(|p| p.confidentiality());
    let disclosure = match protected {
        Some(p) => {
            let (primary, secondary) = p.suppressed_counts();
            let policy = p.policy();
            let figure = table.metadata.figure;
            let amounts = matches!(
                figure,
                Figure::FeeViolations | Figure::FeeViolationAmountPaidByWorkers
            );
            JsonDisclosure {
                method: "threshold rule with secondary suppression",
                min_unweighted_count: Some(policy.min_unweighted_count),
                min_records_for_quantiles: figure
                    .is_quantile()
                    .then_some(policy.min_quantile_count.max(policy.min_unweighted_count)),
                dominance: amounts.then(|| {
                    format!(
                        "withheld when the largest {} contributors (placements) make more than {}% \
                         of a cell, or fewer than {} contributors stand behind it",
                        policy.dominance.n,
                        (policy.dominance.k * 100.0).round(),
                        policy.min_unweighted_count
                    )
                }),
                reference_periods: p.cut_from_year_cube().then_some(
                    "calendar months, quarters and years (month ends for figures at a point in \
                     time); every period of a year is cut from one protected table of the whole \
                     year by quarter and month, so no combination of published periods reveals a \
                     withheld cell or a sum of withheld cells below the threshold",
                ),
                primary_suppressions: primary,
                secondary_suppressions: secondary,
            }
        }
        None => JsonDisclosure {
            method: "none: unprotected, internal use only",
            min_unweighted_count: None,
            min_records_for_quantiles: None,
            dominance: None,
            reference_periods: None,
            primary_suppressions: 0,
            secondary_suppressions: 0,
        },
    };
    let observations = table
        .cells
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            let o = &cell.observation;
            JsonObservation {
                key: (0..table.dimensions.len())
                    .map(|d| (table.dimensions[d].dimension.id(), table.code(cell, d)))
                    .collect(),
                value: o.value,
                unweighted_count: (!o.flags.suppressed).then_some(o.unweighted_count),
                standard_error: o.uncertainty.standard_error,
                moe90: o.uncertainty.moe90,
                cv: o.uncertainty.cv,
                flags: o.flags.names(),
                obs_status: obs_status(o),
                conf_status: conf_of(status, i),
            }
        })
        .collect();
    let doc = JsonTable {
        metadata: &table.metadata,
        disclosure,
        dimensions: table
            .dimensions
            .iter()
            .map(|d| JsonDimension {
                id: d.dimension.id(),
                label: d.dimension.label(),
                has_total: d.has_total,
                codes: &d.codes,
            })
            .collect(),
        observations,
    };
    serde_json::to_string_pretty(&doc).expect("table serialises")
}

/// JSON of a protected table: metadata, disclosure summary, dimensions and
/// one object per observation.
pub fn to_json(table: &ProtectedTable) -> String {
    write_json(table.table(), Some(table))
}

/// JSON of an **unprotected** table, for trusted internal use only.
pub fn to_json_unprotected_internal(table: &StatTable) -> String {
    write_json(table, None)
}

/// SDMX time period of a reference: the date, or `start/PnD` (SDMX time
/// range) for a period.
fn sdmx_time_period(reference: &str) -> String {
    match reference.split_once('/') {
        Some((a, b)) => match (a.parse::<NaiveDate>(), b.parse::<NaiveDate>()) {
            (Ok(s), Ok(e)) => format!("{s}/P{}D", (e - s).num_days() + 1),
            _ => reference.to_string(),
        },
        None => reference.to_string(),
    }
}

/// SDMX-CSV 2.0 of a protected table: `STRUCTURE`, `STRUCTURE_ID`,
/// `ACTION`, the dimensions (with `TIME_PERIOD` from the reference when the
/// table is not crossed by period), `OBS_VALUE`, then the attributes
/// `OBS_STATUS`, `CONF_STATUS`, `UNIT_MEASURE`, `UNCERTAINTY_SE`,
/// `UNCERTAINTY_MOE90`, `UNCERTAINTY_CV`, `OBS_FLAGS`.
pub fn to_sdmx_csv(table: &ProtectedTable) -> String {
    let t = table.table();
    let status = table.confidentiality();
    let has_period = t
        .dimensions
        .iter()
        .any(|d| matches!(d.dimension, Dimension::Period(_)));
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "STRUCTURE".to_string(),
        "STRUCTURE_ID".to_string(),
        "ACTION".to_string(),
    ];
    header.extend(t.dimensions.iter().map(|d| d.dimension.id().to_string()));
    if !has_period {
        header.push("TIME_PERIOD".into());
    }
    for h in [
        "OBS_VALUE",
        "OBS_STATUS",
        "CONF_STATUS",
        "UNIT_MEASURE",
        "UNCERTAINTY_SE",
        "UNCERTAINTY_MOE90",
        "UNCERTAINTY_CV",
        "OBS_FLAGS",
    ] {
        header.push(h.into());
    }
    w.write_record(&header).expect("write to memory");
    let structure_id = format!(
        "{SDMX_AGENCY}:DF_{}({SDMX_VERSION})",
        t.metadata.figure.id()
    );
    let time = sdmx_time_period(&t.metadata.source.reference);
    for (i, cell) in t.cells.iter().enumerate() {
        let o = &cell.observation;
        let mut row = vec![
            "dataflow".to_string(),
            structure_id.clone(),
            "I".to_string(),
        ];
        row.extend((0..t.dimensions.len()).map(|d| t.code(cell, d).to_string()));
        if !has_period {
            row.push(time.clone());
        }
        row.push(opt(o.value));
        row.push(obs_status(o).into());
        row.push(status[i].sdmx_code().into());
        row.push(t.metadata.unit.code.clone());
        row.push(opt(o.uncertainty.standard_error));
        row.push(opt(o.uncertainty.moe90));
        row.push(opt(o.uncertainty.cv));
        row.push(o.flags.names().join(";"));
        w.write_record(&row).expect("write to memory");
    }
    String::from_utf8(w.into_inner().expect("flush to memory")).expect("CSV is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_time_periods() {
        assert_eq!(format_number(12.0), "12");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(1.0 / 3.0), "0.3333");
        assert_eq!(
            sdmx_time_period("2024-01-01/2024-12-31"),
            "2024-01-01/P366D"
        );
        assert_eq!(sdmx_time_period("2024-06-30"), "2024-06-30");
    }
}
