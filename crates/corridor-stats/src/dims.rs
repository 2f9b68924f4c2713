//! Dimensions a table can be crossed by, and the codes each one uses.
//!
//! Codes follow SDMX cross-domain code lists where one exists: `_T` for a
//! total, `_U` for unknown, `F`/`M` for sex (CL_SEX), `Y25T29` style
//! five-year age bands (CL_AGE), and ISO 8601 / SDMX reporting periods
//! (`2024`, `2024-Q1`, `2024-03`) for time. Countries are ISO 3166-1
//! alpha-3 (`MEX`, `CAN`), corridors are `ORIGIN-DESTINATION` (`MEX-CAN`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Code of the total (margin) position of a dimension (SDMX `_T`).
pub const TOTAL: &str = "_T";
/// Code of an unknown or not-stated value (SDMX `_U`).
pub const UNKNOWN: &str = "_U";

/// Granularity of a period dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// Calendar months, coded `2024-03`.
    Month,
    /// Calendar quarters, coded `2024-Q1`.
    Quarter,
    /// Calendar years, coded `2024`.
    Year,
}

/// Level of the ISCO-08 occupation hierarchy a table is crossed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IscoLevel {
    /// ISCO-08 major group (1 digit, e.g. `7` craft and related trades).
    MajorGroup,
    /// ISCO-08 sub-major group (2 digits, e.g. `71`).
    SubMajorGroup,
}

/// A dimension a table can be crossed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "level")]
pub enum Dimension {
    /// Origin → destination pair, coded `MEX-CAN`.
    Corridor,
    /// Country of origin (ISO alpha-3).
    Origin,
    /// Country of destination (ISO alpha-3).
    Destination,
    /// Labour-mobility programme (its identifier).
    Programme,
    /// Occupation of the job, ISCO-08 at the given level.
    Occupation(IscoLevel),
    /// Sex of the worker or person (`F`, `M`, `_O`, `_U`).
    Sex,
    /// Five-year age band at the reference date (`Y25T29`, `Y_GE85`).
    AgeGroup,
    /// Reference period bucket (month, quarter or year).
    Period(Granularity),
    /// Reason an employment ended early (early endings only).
    EndReason,
    /// Currency of a fee amount (ISO 4217); never totalled across.
    Currency,
    /// Category of a fee payment (ILO 2019 definition).
    FeeCategory,
    /// Who paid a fee (worker, employer, agency, government).
    Payer,
    /// UN 1998 duration class of the stay (long-term / short-term).
    UnDuration,
    /// Country of birth (microdata).
    CountryOfBirth,
    /// Geography of usual residence (microdata; e.g. state).
    Geography,
}

impl Dimension {
    /// SDMX-style identifier used as the column name in every output.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Corridor => "CORRIDOR",
            Dimension::Origin => "REF_AREA_ORIGIN",
            Dimension::Destination => "REF_AREA_DESTINATION",
            Dimension::Programme => "PROGRAMME",
            Dimension::Occupation(_) => "OCCUPATION",
            Dimension::Sex => "SEX",
            Dimension::AgeGroup => "AGE",
            Dimension::Period(_) => "TIME_PERIOD",
            Dimension::EndReason => "END_REASON",
            Dimension::Currency => "CURRENCY",
            Dimension::FeeCategory => "FEE_CATEGORY",
            Dimension::Payer => "PAYER",
            Dimension::UnDuration => "UN_DURATION",
            Dimension::CountryOfBirth => "COUNTRY_OF_BIRTH",
            Dimension::Geography => "GEOGRAPHY",
        }
    }

    /// Human-readable name for page and chart labels.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Corridor => "Corridor (origin → destination)",
            Dimension::Origin => "Country of origin",
            Dimension::Destination => "Country of destination",
            Dimension::Programme => "Programme",
            Dimension::Occupation(IscoLevel::MajorGroup) => "Occupation (ISCO-08 major group)",
            Dimension::Occupation(IscoLevel::SubMajorGroup) => {
                "Occupation (ISCO-08 sub-major group)"
            }
            Dimension::Sex => "Sex",
            Dimension::AgeGroup => "Age group",
            Dimension::Period(_) => "Period",
            Dimension::EndReason => "Reason for early ending",
            Dimension::Currency => "Currency",
            Dimension::FeeCategory => "Fee category (ILO 2019)",
            Dimension::Payer => "Payer",
            Dimension::UnDuration => "Duration of stay (UN 1998)",
            Dimension::CountryOfBirth => "Country of birth",
            Dimension::Geography => "Geography",
        }
    }
}

/// Sex of a worker or person, coded as SDMX CL_SEX.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Female (`F`).
    Female,
    /// Male (`M`).
    Male,
    /// Other (`_O`).
    Other,
    /// Not stated (`_U`).
    NotStated,
}

impl Sex {
    /// SDMX code.
    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
            Sex::Other => "_O",
            Sex::NotStated => UNKNOWN,
        }
    }
}

/// Completed years of age on `on` for a person born on `birth`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Five-year age band code (CL_AGE style): `Y_LT5`, `Y5T9`, … `Y80T84`,
/// `Y_GE85`; `_U` for a negative age.
pub fn age_group_code(age: i32) -> &'static str {
    const BANDS: [&str; 18] = [
        "Y_LT5", "Y5T9", "Y10T14", "Y15T19", "Y20T24", "Y25T29", "Y30T34", "Y35T39", "Y40T44",
        "Y45T49", "Y50T54", "Y55T59", "Y60T64", "Y65T69", "Y70T74", "Y75T79", "Y80T84", "Y_GE85",
    ];
    if age < 0 {
        UNKNOWN
    } else {
        BANDS[((age / 5) as usize).min(17)]
    }
}

/// Index (0..18) of the five-year band of `age`, the order of
/// [`age_group_code`]; `None` for a negative age.
pub fn age_group_index(age: i64) -> Option<u8> {
    if age < 0 {
        None
    } else {
        Some((age / 5).min(17) as u8)
    }
}

/// Code of the period bucket that contains `date`.
pub fn period_code(date: NaiveDate, granularity: Granularity) -> String {
    match granularity {
        Granularity::Month => format!("{:04}-{:02}", date.year(), date.month()),
        Granularity::Quarter => format!("{:04}-Q{}", date.year(), (date.month() - 1) / 3 + 1),
        Granularity::Year => format!("{:04}", date.year()),
    }
}

/// First and last day of the bucket containing `date`.
pub fn period_bounds(date: NaiveDate, granularity: Granularity) -> (NaiveDate, NaiveDate) {
    let (y, first_month, months) = match granularity {
        Granularity::Month => (date.year(), date.month(), 1),
        Granularity::Quarter => (date.year(), (date.month() - 1) / 3 * 3 + 1, 3),
        Granularity::Year => (date.year(), 1, 12),
    };
    let start = NaiveDate::from_ymd_opt(y, first_month, 1).expect("valid first day");
    let next = if first_month + months > 12 {
        NaiveDate::from_ymd_opt(y + 1, first_month + months - 12, 1)
    } else {
        NaiveDate::from_ymd_opt(y, first_month + months, 1)
    }
    .expect("valid next bucket");
    (start, next.pred_opt().expect("day before"))
}

/// The buckets overlapping `[start, end]`, each as (code, first day, last
/// day), clipped to the range.
pub fn period_buckets(
    start: NaiveDate,
    end: NaiveDate,
    granularity: Granularity,
) -> Vec<(String, NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut day = start;
    while day <= end {
        let (b_start, b_end) = period_bounds(day, granularity);
        out.push((
            period_code(day, granularity),
            b_start.max(start),
            b_end.min(end),
        ));
        match b_end.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    out
}

/// ISCO-08 group code of a 4-digit unit group at `level` (`"7"`, `"71"`).
pub fn isco_code(unit_group: &str, level: IscoLevel) -> String {
    let n = match level {
        IscoLevel::MajorGroup => 1,
        IscoLevel::SubMajorGroup => 2,
    };
    if unit_group.len() >= n && unit_group.bytes().take(n).all(|b| b.is_ascii_digit()) {
        unit_group[..n].to_string()
    } else {
        UNKNOWN.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ages_count_completed_years() {
        assert_eq!(age_on(d(2000, 6, 15), d(2024, 6, 14)), 23);
        assert_eq!(age_on(d(2000, 6, 15), d(2024, 6, 15)), 24);
        assert_eq!(age_group_code(24), "Y20T24");
        assert_eq!(age_group_code(25), "Y25T29");
        assert_eq!(age_group_code(4), "Y_LT5");
        assert_eq!(age_group_code(85), "Y_GE85");
        assert_eq!(age_group_code(101), "Y_GE85");
    }

    #[test]
    fn period_buckets_cover_range_without_gaps() {
        let b = period_buckets(d(2023, 11, 20), d(2024, 7, 3), Granularity::Quarter);
        let codes: Vec<_> = b.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(codes, ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"]);
        assert_eq!(b[0].1, d(2023, 11, 20));
        assert_eq!(b[1].1, d(2024, 1, 1));
        assert_eq!(b[1].2, d(2024, 3, 31));
        assert_eq!(b[3].2, d(2024, 7, 3));
        assert_eq!(period_code(d(2024, 12, 31), Granularity::Month), "2024-12");
        assert_eq!(period_code(d(2024, 12, 31), Granularity::Year), "2024");
    }

    #[test]
    fn isco_levels() {
        assert_eq!(isco_code("7126", IscoLevel::MajorGroup), "7");
        assert_eq!(isco_code("7126", IscoLevel::SubMajorGroup), "71");
        assert_eq!(isco_code("x", IscoLevel::SubMajorGroup), "_U");
    }
}
