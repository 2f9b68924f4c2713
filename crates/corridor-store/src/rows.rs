//! Reading and writing column values the same way on both backends: dates
//! as `YYYY-MM-DD` text, instants as RFC 3339 UTC text, flags as 0/1
//! integers, documents as JSON text.

use crate::error::StoreError;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::any::AnyRow;

/// An instant as stored.
pub fn instant_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// Now, as stored.
pub fn now_text() -> String {
    instant_text(Utc::now())
}

/// A date as stored.
pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Reads a text column.
pub fn text(row: &AnyRow, col: &str) -> Result<String, StoreError> {
    Ok(row.try_get::<String, _>(col)?)
}

/// Reads a nullable text column.
pub fn opt_text(row: &AnyRow, col: &str) -> Result<Option<String>, StoreError> {
    Ok(row.try_get::<Option<String>, _>(col)?)
}

/// Reads an integer column.
pub fn int(row: &AnyRow, col: &str) -> Result<i64, StoreError> {
    Ok(row.try_get::<i64, _>(col)?)
}

/// Reads a nullable integer column.
pub fn opt_int(row: &AnyRow, col: &str) -> Result<Option<i64>, StoreError> {
    Ok(row.try_get::<Option<i64>, _>(col)?)
}

/// Reads a JSON document column.
pub fn json<T: DeserializeOwned>(row: &AnyRow, col: &str) -> Result<T, StoreError> {
    let s = text(row, col)?;
    serde_json::from_str(&s).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}

/// Reads an instant column.
pub fn instant(row: &AnyRow, col: &str) -> Result<DateTime<Utc>, StoreError> {
    parse_instant(&text(row, col)?)
}

/// Parses a stored instant.
pub fn parse_instant(s: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("instant {s}: {e}")))
}

/// Reads a date column.
pub fn date(row: &AnyRow, col: &str) -> Result<NaiveDate, StoreError> {
    let s = text(row, col)?;
    parse_date(&s)
}

/// Parses a stored date.
pub fn parse_date(s: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| StoreError::Corrupt(format!("date {s}: {e}")))
}

/// Reads a snake_case enum stored as text, through its serde form.
pub fn enum_text<T: DeserializeOwned>(row: &AnyRow, col: &str) -> Result<T, StoreError> {
    let s = text(row, col)?;
    parse_enum(&s)
}

/// Parses a snake_case enum through its serde form.
pub fn parse_enum<T: DeserializeOwned>(s: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|e| StoreError::Corrupt(format!("{s}: {e}")))
}

/// The serde (snake_case) name of an enum value.
pub fn enum_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("not a unit enum: {other:?}"),
    }
}

/// The total of a `COUNT(*)` query's first column.
pub fn count(row: &AnyRow) -> Result<i64, StoreError> {
    Ok(row.try_get::<i64, _>(0)?)
}
