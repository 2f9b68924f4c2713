//! ISO 3166-1 countries, ISO 639 languages and ISO 4217 currencies.
//!
//! The tables come from well-kept crates rather than being vendored here:
//! `isocountry` (ISO 3166-1: alpha-2, alpha-3, numeric, ISO short name),
//! `isolang` (ISO 639-3 with 639-1 where it exists, from the SIL ISO 639-3
//! code table) and `iso_currency` (ISO 4217 list one). The only table kept
//! here is the twenty ISO 639-2/B bibliographic codes that differ from the
//! terminology codes (`ger` for `deu`), so that old systems' codes resolve.

use std::collections::HashMap;
use std::sync::OnceLock;

use iso_currency::IntoEnumIterator;
use serde::Serialize;

/// An ISO 3166-1 country (or territory with its own code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Country {
    /// Alpha-2 code, e.g. `MX`.
    pub alpha2: &'static str,
    /// Alpha-3 code, e.g. `MEX`.
    pub alpha3: &'static str,
    /// Numeric code, e.g. 484.
    pub numeric: u16,
    /// ISO English short name, e.g. "Mexico", "Korea (Republic of)".
    pub name: &'static str,
}

/// An ISO 639 language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Language {
    /// The canonical code: ISO 639-1 where it exists (`ko`), else ISO 639-3 (`fil`).
    pub code: &'static str,
    /// The ISO 639-3 code (`kor`, `fil`).
    pub alpha3: &'static str,
    /// The ISO 639-1 code, where the language has one.
    pub alpha2: Option<&'static str>,
    /// The English reference name, e.g. "Korean".
    pub name: &'static str,
}

/// An ISO 4217 currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Currency {
    /// Alphabetic code, e.g. `JPY`.
    pub code: &'static str,
    /// Numeric code, e.g. 392.
    pub numeric: u16,
    /// Digits of the minor unit: 2 for USD (cents), 0 for JPY, 3 for KWD.
    pub exponent: u8,
    /// English name, e.g. "Japanese yen".
    pub name: &'static str,
    /// The code of the currency that replaced this one (`EUR` for `HRK`), if
    /// it is kept in the list only for old records.
    pub superseded_by: Option<&'static str>,
}

/// All ISO 3166-1 countries, in alpha-2 order.
pub fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let mut all: Vec<Country> = isocountry::CountryCode::iter()
            .map(|c| Country {
                alpha2: c.alpha2(),
                alpha3: c.alpha3(),
                numeric: u16::try_from(c.numeric_id())
                    .expect("ISO 3166-1 numeric codes are < 1000"),
                name: c.name(),
            })
            .collect();
        all.sort_by_key(|c| c.alpha2);
        all
    })
}

/// The country with this alpha-2 (`MX`), alpha-3 (`MEX`) or numeric (`484`,
/// `"036"`) code, case-insensitive.
pub fn country(code: &str) -> Option<&'static Country> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    let all = countries();
    let index = INDEX.get_or_init(|| {
        let mut m = HashMap::new();
        for (i, c) in all.iter().enumerate() {
            m.insert(c.alpha2.to_owned(), i);
            m.insert(c.alpha3.to_owned(), i);
            m.insert(c.numeric.to_string(), i);
        }
        m
    });
    let code = code.trim();
    let key = if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
        code.parse::<u16>().ok()?.to_string()
    } else {
        code.to_ascii_uppercase()
    };
    index.get(&key).map(|&i| &all[i])
}

/// ISO 639-2/B (bibliographic) codes that differ from the 639-2/T and 639-3
/// codes. Source: Library of Congress, ISO 639-2 code list.
const ISO_639_2B: [(&str, &str); 20] = [
    ("alb", "sqi"),
    ("arm", "hye"),
    ("baq", "eus"),
    ("bur", "mya"),
    ("chi", "zho"),
    ("cze", "ces"),
    ("dut", "nld"),
    ("fre", "fra"),
    ("geo", "kat"),
    ("ger", "deu"),
    ("gre", "ell"),
    ("ice", "isl"),
    ("mac", "mkd"),
    ("mao", "mri"),
    ("may", "msa"),
    ("per", "fas"),
    ("rum", "ron"),
    ("slo", "slk"),
    ("tib", "bod"),
    ("wel", "cym"),
];

/// All ISO 639-3 languages (about 7,900, including historical and
/// constructed ones), in ISO 639-3 code order.
pub fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let mut all: Vec<Language> = isolang::languages()
            .map(|l| Language {
                code: l.to_639_1().unwrap_or_else(|| l.to_639_3()),
                alpha3: l.to_639_3(),
                alpha2: l.to_639_1(),
                name: l.to_name(),
            })
            .collect();
        all.sort_by_key(|l| l.alpha3);
        all
    })
}

/// The languages that have an ISO 639-1 code (about 180): the usual list
/// for a form's language picker.
pub fn major_languages() -> impl Iterator<Item = &'static Language> {
    languages().iter().filter(|l| l.alpha2.is_some())
}

/// The language with this ISO 639-1 (`ko`), ISO 639-3 (`kor`, `fil`) or ISO
/// 639-2/B (`ger`) code, case-insensitive.
pub fn language(code: &str) -> Option<&'static Language> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let all = languages();
    let index = INDEX.get_or_init(|| {
        let mut m = HashMap::with_capacity(all.len() + 200);
        for (i, l) in all.iter().enumerate() {
            m.insert(l.alpha3, i);
            if let Some(a2) = l.alpha2 {
                m.insert(a2, i);
            }
        }
        for (b, t) in ISO_639_2B {
            if let Some(&i) = m.get(t) {
                m.insert(b, i);
            }
        }
        m
    });
    let code = code.trim().to_ascii_lowercase();
    index.get(code.as_str()).map(|&i| &all[i])
}

/// All ISO 4217 currencies that have a minor unit, in code order. The
/// special codes without one (gold `XAU`, SDR `XDR`, `XXX`, ...) are left
/// out: no wage or fee is paid in them.
pub fn currencies() -> &'static [Currency] {
    static CODES: OnceLock<Vec<iso_currency::Currency>> = OnceLock::new();
    static CURRENCIES: OnceLock<Vec<Currency>> = OnceLock::new();
    CURRENCIES.get_or_init(|| {
        let codes = CODES.get_or_init(|| iso_currency::Currency::iter().collect());
        let mut all: Vec<Currency> = codes
            .iter()
            .filter_map(|c| {
                let exponent = u8::try_from(c.exponent()?).ok()?;
                Some(Currency {
                    code: c.code(),
                    numeric: c.numeric(),
                    exponent,
                    name: c.name(),
                    superseded_by: c.is_superseded().map(|s| s.code()),
                })
            })
            .collect();
        all.sort_by_key(|c| c.code);
        all
    })
}

/// The currency with this alphabetic (`JPY`) or numeric (`392`) code,
/// case-insensitive.
pub fn currency(code: &str) -> Option<&'static Currency> {
    let all = currencies();
    let code = code.trim();
    if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
        let n: u16 = code.parse().ok()?;
        return all.iter().find(|c| c.numeric == n);
    }
    let code = code.to_ascii_uppercase();
    all.binary_search_by(|c| c.code.cmp(code.as_str()))
        .ok()
        .map(|i| &all[i])
}
