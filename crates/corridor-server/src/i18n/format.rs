//! Dates, numbers and money written the way each page language writes them.
//!
//! Numbers and dates come from ICU4X (`icu_decimal`, `icu_datetime`) with its
//! compiled CLDR data, so digits, separators, grouping (Nepali groups by
//! lakh: `१२,३४,५६७`) and month names are CLDR's, not ours. Measured on this
//! project's 2-core machine, a clean `cargo build -p corridor-server` took
//! 230.9 s with ICU4X against 228.5 s without (the ICU4X crates compile in
//! about 18 s, alongside the longer sqlx and parquet chain; several of their
//! base crates were already built for `url`), and the stripped release
//! `corridor` binary grows by 0.6 MB, from 21.4 MB to 22.1 MB (3 %), data
//! for every CLDR locale included. That is a fair price for not
//! maintaining CLDR tables of our own.
//!
//! - **Numbers**: CLDR's default decimal pattern of the language, at most
//!   three fraction digits for fractional values. Arabic (`ar`) uses Latin
//!   digits (`1,234.5`): that is the default numbering system of `ar` in
//!   the CLDR data ICU4X 2.4 ships; Arabic-Indic digits (`١٬٢٣٤٫٥`) are the
//!   default of regional locales such as `ar-SA`, which Corridor does not
//!   serve separately. Nepali uses Devanagari digits, CLDR's default for
//!   `ne`.
//! - **Dates**: the Gregorian calendar in CLDR's long year-month-day form
//!   (`March 4, 2025`, `4 de marzo de 2025`, `2025년 3월 4일`), which never
//!   leaves day and month ambiguous.
//! - **Money**: ICU4X has no stable currency formatter yet (it lives in
//!   `icu_experimental`), so the amount is an ICU4X decimal with the
//!   currency's ISO 4217 minor digits, and the ISO code goes before or after
//!   it as CLDR's currency pattern for the language does, joined by a
//!   no-break space ([`currency_position`]). Codes, not symbols: `$` alone
//!   does not say which dollar.

use super::I18n;
use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A number to format: integers stay exact, floats are rounded for display.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// A whole number.
    Integer(i64),
    /// A fractional number.
    Float(f64),
}

macro_rules! number_from {
    ($variant:ident as $target:ty: $($t:ty),*) => {
        $(impl From<$t> for Number {
            fn from(n: $t) -> Self {
                Number::$variant(<$target>::from(n))
            }
        })*
    };
}
number_from!(Integer as i64: i64, i32, u32, i16, u16, i8, u8);
number_from!(Float as f64: f64, f32);

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberOptions {
    /// Fraction digits always shown (padded with zeros).
    pub min_fraction_digits: u8,
    /// Fraction digits at most (rounded half to even).
    pub max_fraction_digits: u8,
    /// Whether to group thousands (`false` for identifiers and years).
    pub grouping: bool,
}

impl Default for NumberOptions {
    /// CLDR's default decimal pattern: grouped, at most three fraction digits.
    fn default() -> Self {
        NumberOptions {
            min_fraction_digits: 0,
            max_fraction_digits: 3,
            grouping: true,
        }
    }
}

/// Where a language's CLDR currency pattern puts the currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyPosition {
    /// `USD 1,234.50` (CLDR `¤#,##0.00`).
    Before,
    /// `1.234,50 USD` (CLDR `#,##0.00 ¤`).
    After,
}

/// The currency position of CLDR's standard currency pattern for `lang`:
/// after the amount for Spanish, French, German, Italian and Arabic,
/// before it for English, Korean, Filipino and Nepali.
pub fn currency_position(lang: &str) -> CurrencyPosition {
    match I18n::negotiate(lang) {
        "es" | "fr" | "de" | "it" | "ar" => CurrencyPosition::After,
        _ => CurrencyPosition::Before,
    }
}

/// One language's formatters, made once.
struct LocaleFormats {
    grouped: DecimalFormatter,
    ungrouped: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

impl LocaleFormats {
    fn new(lang: &str) -> Self {
        let locale: Locale = lang.parse().expect("page languages are valid locales");
        let decimal = |grouping| {
            DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::from(grouping))
                .expect("compiled data has every page language")
        };
        LocaleFormats {
            grouped: decimal(GroupingStrategy::Auto),
            ungrouped: decimal(GroupingStrategy::Never),
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .expect("compiled data has every page language"),
        }
    }
}

static FORMATS: LazyLock<HashMap<&'static str, LocaleFormats>> = LazyLock::new(|| {
    super::LANGUAGES
        .iter()
        .map(|(code, _)| (*code, LocaleFormats::new(code)))
        .collect()
});

fn formats(lang: &str) -> &'static LocaleFormats {
    &FORMATS[I18n::negotiate(lang)]
}

/// `date` as `lang` writes it in full (`March 4, 2025`; `4. März 2025`).
/// Dates outside the calendar's range are written in ISO 8601.
pub fn format_date(lang: &str, date: NaiveDate) -> String {
    let (Ok(month), Ok(day)) = (u8::try_from(date.month()), u8::try_from(date.day())) else {
        return date.to_string();
    };
    match Date::try_new_gregorian(date.year(), month, day) {
        Ok(d) => formats(lang).date.format(&d).to_string(),
        Err(_) => date.to_string(),
    }
}

/// `n` as `lang` writes it (`1,234.5`; `1.234,5`; `१,२३४.५`), with
/// [`NumberOptions::default`].
pub fn format_number(lang: &str, n: impl Into<Number>) -> String {
    format_number_with(lang, n, NumberOptions::default())
}

/// `n` as `lang` writes it, with `options`. Not-a-number and infinities are
/// written as Rust writes them.
pub fn format_number_with(lang: &str, n: impl Into<Number>, options: NumberOptions) -> String {
    let mut decimal = match n.into() {
        Number::Integer(i) => Decimal::from(i),
        Number::Float(x) if x.is_finite() => match Decimal::try_from_str(&x.to_string()) {
            Ok(d) => d,
            Err(_) => return x.to_string(),
        },
        Number::Float(x) => return x.to_string(),
    };
    let max = i16::from(options.max_fraction_digits.max(options.min_fraction_digits));
    decimal.round(-max);
    decimal.absolute.trim_end();
    decimal
        .absolute
        .pad_end(-i16::from(options.min_fraction_digits));
    let f = formats(lang);
    let formatter = if options.grouping {
        &f.grouped
    } else {
        &f.ungrouped
    };
    formatter.format(&decimal).to_string()
}

/// An amount of `currency` (ISO 4217) given in its minor unit (cents),
/// as `lang` writes money: `USD 1,234.50`, `1234,50 USD` (Spanish and
/// Italian do not group four-digit numbers), `1 234,50 USD`, `USD १,२३४.५०`. The number of
/// decimals is the currency's (none for KRW); an unknown code gets two.
pub fn format_money(lang: &str, amount_minor: i64, currency: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let exponent = corridor_reference::currency(&code).map_or(2, |c| c.exponent);
    let exponent = i16::from(exponent);
    let magnitude = |n: Decimal| {
        let mut d = n;
        d.multiply_pow10(-exponent);
        d.absolute.pad_end(-exponent);
        d
    };
    let f = formats(lang);
    let absolute = f
        .grouped
        .format(&magnitude(Decimal::from(amount_minor.unsigned_abs())))
        .to_string();
    // The language's minus sign, with any bidirectional marks it carries:
    // what the formatter writes before the digit for -1.
    let sign = if amount_minor < 0 {
        let minus_one = f.grouped.format(&Decimal::from(-1)).to_string();
        let one = f.grouped.format(&Decimal::from(1)).to_string();
        minus_one
            .strip_suffix(one.as_str())
            .unwrap_or("-")
            .to_string()
    } else {
        String::new()
    };
    const NBSP: char = '\u{a0}';
    match currency_position(lang) {
        CurrencyPosition::Before => format!("{sign}{code}{NBSP}{absolute}"),
        CurrencyPosition::After => format!("{sign}{absolute}{NBSP}{code}"),
    }
}

/// Formats a Fluent number argument in the language of its bundle, with
/// the options a message gave it through `NUMBER()`.
pub(super) fn format_fluent_number(lang: &str, n: &fluent_bundle::types::FluentNumber) -> String {
    let o = &n.options;
    let min = o
        .minimum_fraction_digits
        .map_or(0, |d| u8::try_from(d).unwrap_or(u8::MAX));
    let max = o
        .maximum_fraction_digits
        .map_or(3, |d| u8::try_from(d).unwrap_or(u8::MAX));
    let options = NumberOptions {
        min_fraction_digits: min,
        max_fraction_digits: max.max(min),
        grouping: o.use_grouping,
    };
    if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 {
        // Whole numbers stay exact (f64 holds integers this size exactly).
        format_number_with(lang, n.value as i64, options)
    } else {
        format_number_with(lang, n.value, options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NBSP: &str = "\u{a0}";
    const NNBSP: &str = "\u{202f}";

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 4).expect("date")
    }

    #[test]
    fn dates_in_each_language() {
        let expected = [
            ("en", "March 4, 2025"),
            ("es", "4 de marzo de 2025"),
            ("fr", "4 mars 2025"),
            ("de", "4. März 2025"),
            ("it", "4 marzo 2025"),
            ("ko", "2025년 3월 4일"),
            ("fil", "Marso 4, 2025"),
            ("ne", "२०२५ मार्च ४"),
            ("ar", "4 مارس 2025"),
        ];
        for (lang, want) in expected {
            assert_eq!(format_date(lang, date()), want, "{lang}");
        }
        // A regional tag is served in its language.
        assert_eq!(format_date("de-AT", date()), "4. März 2025");
        assert_eq!(format_date("xx", date()), "March 4, 2025");
    }

    #[test]
    fn numbers_in_each_language() {
        let expected = [
            ("en", "1,234,567", "1,234.5"),
            ("es", "1.234.567", "1234,5"),
            ("fr", "1\u{202f}234\u{202f}567", "1\u{202f}234,5"),
            ("de", "1.234.567", "1.234,5"),
            ("it", "1.234.567", "1234,5"),
            ("ko", "1,234,567", "1,234.5"),
            ("fil", "1,234,567", "1,234.5"),
            ("ne", "१२,३४,५६७", "१,२३४.५"),
            ("ar", "1,234,567", "1,234.5"),
        ];
        for (lang, int, float) in expected {
            assert_eq!(format_number(lang, 1_234_567), int, "{lang}");
            assert_eq!(format_number(lang, 1234.5), float, "{lang}");
        }
        // Spanish and Italian leave four-digit numbers ungrouped (CLDR's
        // minimum grouping digits), not five-digit ones.
        assert_eq!(format_number("es", 12_345), "12.345");
        assert_eq!(format_number("it", 12_345), "12.345");
        assert_eq!(format_number("en", -42), "-42");
        assert_eq!(format_number("en", 2.0 / 3.0), "0.667");
        assert_eq!(format_number("en", 0.1 + 0.2), "0.3");
        assert_eq!(format_number("en", f64::NAN), "NaN");
        let fixed = NumberOptions {
            min_fraction_digits: 1,
            max_fraction_digits: 1,
            grouping: false,
        };
        assert_eq!(format_number_with("de", 12345, fixed), "12345,0");
        assert_eq!(format_number_with("en", 12.25, fixed), "12.2");
    }

    #[test]
    fn money_in_each_language() {
        let expected = [
            ("en", format!("USD{NBSP}1,234.50")),
            ("es", format!("1234,50{NBSP}USD")),
            ("fr", format!("1{NNBSP}234,50{NBSP}USD")),
            ("de", format!("1.234,50{NBSP}USD")),
            ("it", format!("1234,50{NBSP}USD")),
            ("ko", format!("USD{NBSP}1,234.50")),
            ("fil", format!("USD{NBSP}1,234.50")),
            ("ne", format!("USD{NBSP}१,२३४.५०")),
            ("ar", format!("1,234.50{NBSP}USD")),
        ];
        for (lang, want) in expected {
            assert_eq!(format_money(lang, 123_450, "USD"), want, "{lang}");
        }
        // The currency's own decimals: none for won, two for euro cents.
        assert_eq!(
            format_money("ko", 1_500_000, "KRW"),
            format!("KRW{NBSP}1,500,000")
        );
        assert_eq!(format_money("de", 5, "eur"), format!("0,05{NBSP}EUR"));
        assert_eq!(format_money("en", -250, "CAD"), format!("-CAD{NBSP}2.50"));
        assert_eq!(format_money("de", -250, "CAD"), format!("-2,50{NBSP}CAD"));
    }
}
