//! Mapping files: which column holds which census question, and what its
//! codes mean. A mapping is a small JSON file; [`Mapping::acs_pums`] and
//! [`Mapping::ipums_international`] are ready presets.
//!
//! ```json
//! {
//!   "dataset": "ACS 2023 1-year PUMS, persons",
//!   "version": "2023",
//!   "source_kind": "survey",
//!   "reference_year": 2023,
//!   "columns": { "birthplace": "POBP", "citizenship": "CIT", "sex": "SEX",
//!                "age": "AGEP", "weight": "PWGTP",
//!                "replicate_weights": ["PWGTP1", "PWGTP2", "…", "PWGTP80"] },
//!   "codes": { "native_birthplace": { "ranges": [[1, 56]] },
//!              "foreign_citizen": { "values": [5] }, "…": "…" },
//!   "replicate_variance_factor": 0.05
//! }
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::StatsError;
use crate::table::SourceKind;

/// A set of integer codes: listed values and inclusive ranges.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeSet {
    /// Single codes.
    pub values: Vec<i64>,
    /// Inclusive ranges `[low, high]`.
    pub ranges: Vec<[i64; 2]>,
}

impl CodeSet {
    /// A set of listed values.
    pub fn of(values: &[i64]) -> CodeSet {
        CodeSet {
            values: values.to_vec(),
            ranges: Vec::new(),
        }
    }

    /// Whether `code` is in the set.
    #[inline]
    pub fn contains(&self, code: i64) -> bool {
        self.values.contains(&code) || self.ranges.iter().any(|r| r[0] <= code && code <= r[1])
    }
}

/// Column names of the census questions in the person file. Columns not
/// present in a source are `None`; a figure that needs one fails with
/// [`StatsError::Column`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Columns {
    /// Place or country of birth.
    pub birthplace: Option<String>,
    /// Citizenship status.
    pub citizenship: Option<String>,
    /// Year of arrival in the country.
    pub year_of_arrival: Option<String>,
    /// Residence one year before.
    pub residence_1y_ago: Option<String>,
    /// Residence five years before.
    pub residence_5y_ago: Option<String>,
    /// Sex.
    pub sex: Option<String>,
    /// Age in completed years.
    pub age: Option<String>,
    /// Geography of usual residence (e.g. state).
    pub geography: Option<String>,
    /// Person weight.
    pub weight: String,
    /// Replicate weights, in order (empty if the file has none).
    pub replicate_weights: Vec<String>,
}

/// Meaning of the codes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Codes {
    /// Birthplace codes meaning "born in this country".
    pub native_birthplace: CodeSet,
    /// Birthplace codes meaning "unknown".
    pub unknown_birthplace: CodeSet,
    /// Citizenship codes meaning "not a citizen of this country".
    pub foreign_citizen: CodeSet,
    /// Residence-at-a-past-date codes meaning "abroad".
    pub residence_abroad: CodeSet,
    /// Year-of-arrival codes meaning "not applicable" or "unknown".
    pub unknown_year_of_arrival: CodeSet,
    /// Age codes meaning "unknown".
    pub unknown_age: CodeSet,
    /// Sex codes for male.
    pub male: CodeSet,
    /// Sex codes for female.
    pub female: CodeSet,
    /// Output code for a birthplace code (e.g. ISO alpha-3); codes not
    /// listed are published as the source code.
    pub birthplace_labels: BTreeMap<String, String>,
}

/// A mapping file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    /// Dataset name shown as the source.
    pub dataset: String,
    /// Dataset version.
    pub version: String,
    /// Census or survey.
    pub source_kind: SourceKind,
    /// Reference year (recent arrivals count back from it).
    pub reference_year: i32,
    /// The source's own rule of usual residence, shown in the definition.
    #[serde(default)]
    pub residence_rule: String,
    /// Columns.
    pub columns: Columns,
    /// Codes.
    pub codes: Codes,
    /// Variance factor of the replicate weights (ACS SDR: 4/80 = 0.05).
    #[serde(default)]
    pub replicate_variance_factor: Option<f64>,
}

impl Mapping {
    /// Parse a mapping from JSON text.
    pub fn from_json(text: &str) -> Result<Mapping, StatsError> {
        serde_json::from_str(text).map_err(|e| StatsError::Mapping(e.to_string()))
    }

    /// Read a mapping file (JSON).
    pub fn from_file(path: &Path) -> Result<Mapping, StatsError> {
        Mapping::from_json(&std::fs::read_to_string(path)?)
    }

    /// The mapping as pretty JSON (to save a preset and edit it).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("mapping serialises")
    }

    /// Preset for the US American Community Survey PUMS person file.
    ///
    /// - `POBP` place of birth: 1–56 are US states and DC (born in the
    ///   country); 60–78 US island areas and ≥ 100 foreign countries count
    ///   as born abroad. This is the UN *country of birth* basis; the Census
    ///   Bureau's own "foreign born" (`CIT` 4–5) also treats people born in
    ///   Puerto Rico, the island areas, or abroad to US parents as native.
    /// - `CIT` citizenship: 1 born in the US, 2 born in Puerto Rico or the
    ///   island areas, 3 born abroad to US parent(s), 4 naturalised, 5 not a
    ///   citizen (foreign citizen).
    /// - `YOEP` year of entry (blank for the US-born); `MIG` residence one
    ///   year ago: 1 same house, 2 outside the US and Puerto Rico (abroad),
    ///   3 different house in the US or Puerto Rico (blank under age 1).
    /// - `SEX` 1 male, 2 female; `AGEP` age; `PWGTP` person weight and
    ///   `PWGTP1`–`PWGTP80` successive-difference replicate weights
    ///   (Var = 4/80 · Σ(x_r − x)²).
    pub fn acs_pums(year: i32) -> Mapping {
        Mapping {
            dataset: format!("American Community Survey {year} PUMS, person records"),
            version: year.to_string(),
            source_kind: SourceKind::Survey,
            reference_year: year,
            residence_rule: "ACS current residence (two-month rule), not the UN 12-month \
                             usual-residence rule"
                .into(),
            columns: Columns {
                birthplace: Some("POBP".into()),
                citizenship: Some("CIT".into()),
                year_of_arrival: Some("YOEP".into()),
                residence_1y_ago: Some("MIG".into()),
                residence_5y_ago: None,
                sex: Some("SEX".into()),
                age: Some("AGEP".into()),
                geography: None,
                weight: "PWGTP".into(),
                replicate_weights: (1..=80).map(|r| format!("PWGTP{r}")).collect(),
            },
            codes: Codes {
                native_birthplace: CodeSet {
                    values: Vec::new(),
                    ranges: vec![[1, 56]],
                },
                unknown_birthplace: CodeSet::default(),
                foreign_citizen: CodeSet::of(&[5]),
                residence_abroad: CodeSet::of(&[2]),
                unknown_year_of_arrival: CodeSet::default(),
                unknown_age: CodeSet::default(),
                male: CodeSet::of(&[1]),
                female: CodeSet::of(&[2]),
                birthplace_labels: BTreeMap::new(),
            },
            replicate_variance_factor: Some(4.0 / 80.0),
        }
    }

    /// Preset for an IPUMS International person extract of one sample.
    ///
    /// `home_country` is the sample country's `BPLCOUNTRY` code (born in the
    /// country). `CITIZEN` 4 is "not a citizen"; 8 and 9 unknown / not in
    /// universe. `MIGRATE1` / `MIGRATE5` general code 3 (detailed 30) is
    /// "abroad". `YRIMM` 0 and 9999 are not applicable / unknown. `SEX` 1
    /// male, 2 female; `AGE` 999 unknown; `PERWT` person weight. IPUMS
    /// International carries no replicate weights, so figures are marked
    /// as having no standard error.
    pub fn ipums_international(year: i32, home_country: i64) -> Mapping {
        Mapping {
            dataset: format!("IPUMS International census sample {year}, person records"),
            version: year.to_string(),
            source_kind: SourceKind::Census,
            reference_year: year,
            residence_rule: "usual residence as defined by the national census".into(),
            columns: Columns {
                birthplace: Some("BPLCOUNTRY".into()),
                citizenship: Some("CITIZEN".into()),
                year_of_arrival: Some("YRIMM".into()),
                residence_1y_ago: Some("MIGRATE1".into()),
                residence_5y_ago: Some("MIGRATE5".into()),
                sex: Some("SEX".into()),
                age: Some("AGE".into()),
                geography: None,
                weight: "PERWT".into(),
                replicate_weights: Vec::new(),
            },
            codes: Codes {
                native_birthplace: CodeSet::of(&[home_country]),
                unknown_birthplace: CodeSet::of(&[0, 99999]),
                foreign_citizen: CodeSet::of(&[4]),
                residence_abroad: CodeSet::of(&[3, 30]),
                unknown_year_of_arrival: CodeSet::of(&[0, 9999]),
                unknown_age: CodeSet::of(&[999]),
                male: CodeSet::of(&[1]),
                female: CodeSet::of(&[2]),
                birthplace_labels: BTreeMap::new(),
            },
            replicate_variance_factor: None,
        }
    }
}
