//! The WHO Health Workforce Support and Safeguards List 2023.

use std::sync::OnceLock;

use serde::Serialize;

static WHO_TSV: &str = include_str!("../data/who_safeguard_list_2023.tsv");

/// A country on the WHO Health Workforce Support and Safeguards List 2023:
/// its density of doctors, nurses and midwives is below 49 per 10,000 and its
/// UHC service coverage index below 55. Under the WHO Global Code of Practice
/// on the International Recruitment of Health Personnel (2010), it should not
/// be targeted for active recruitment of health and care personnel unless a
/// government-to-government agreement covers it; individuals may still apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct SafeguardCountry {
    /// ISO 3166-1 alpha-3 code, e.g. `NPL`.
    pub alpha3: &'static str,
    /// The name as WHO writes it, e.g. "Nepal".
    pub name: &'static str,
    /// WHO region: `AFR`, `AMR`, `EMR`, `EUR`, `SEAR` or `WPR`.
    pub who_region: &'static str,
}

/// The 55 countries of the list, in alpha-3 order.
pub fn who_safeguard_list() -> &'static [SafeguardCountry] {
    static LIST: OnceLock<Vec<SafeguardCountry>> = OnceLock::new();
    LIST.get_or_init(|| {
        WHO_TSV
            .lines()
            .filter(|l| !l.is_empty())
            .map(|line| {
                let mut f = line.split('\t');
                let (Some(alpha3), Some(name), Some(who_region), None) =
                    (f.next(), f.next(), f.next(), f.next())
                else {
                    panic!("embedded WHO list: bad line {line:?}");
                };
                SafeguardCountry {
                    alpha3,
                    name,
                    who_region,
                }
            })
            .collect()
    })
}

/// True when the country with this alpha-2 or alpha-3 code (any case) is on
/// the WHO Health Workforce Support and Safeguards List 2023.
pub fn on_who_safeguard_list(country_code: &str) -> bool {
    let Some(country) = crate::country(country_code) else {
        return false;
    };
    // `country` also accepts a numeric code; it names the same country.
    who_safeguard_list()
        .binary_search_by(|c| c.alpha3.cmp(country.alpha3))
        .is_ok()
}
