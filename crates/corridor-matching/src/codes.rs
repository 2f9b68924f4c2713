//! Small, copyable codes the engine works with: countries (ISO 3166-1
//! alpha-3), ISCO-08 group codes, CEFR language levels, sex, and calendar
//! days.
//!
//! Each type can only hold a valid value ("parse, don't validate"), and each
//! fits in a few bytes so that a million worker profiles stay small in memory.

use std::fmt;

/// An ISO 3166-1 alpha-3 country code such as `MEX`, `KOR` or `NPL`.
///
/// Stored as three upper-case ASCII letters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Parses three ASCII letters (any case) into a country code.
    pub fn parse(code: &str) -> Option<Self> {
        let b = code.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(Self([
            b[0].to_ascii_uppercase(),
            b[1].to_ascii_uppercase(),
            b[2].to_ascii_uppercase(),
        ]))
    }

    /// Builds a code from a literal; panics on anything but three letters.
    /// Meant for constants and tests.
    pub fn new(code: &str) -> Self {
        Self::parse(code).unwrap_or_else(|| panic!("not an ISO 3166-1 alpha-3 code: {code:?}"))
    }

    /// The code as a string slice, e.g. `"MEX"`.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.as_str())
    }
}

/// An ISCO-08 group code at any of its four levels: major group (`"7"`),
/// sub-major group (`"72"`), minor group (`"721"`) or unit group (`"7212"`).
///
/// Leading zeros are kept (`"0110"` is a unit group of the armed forces).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IscoCode {
    value: u16,
    digits: u8,
}

impl IscoCode {
    /// Parses one to four decimal digits.
    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim();
        if code.is_empty() || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Self {
            value: code.parse().ok()?,
            digits: code.len() as u8,
        })
    }

    /// Builds a code from a literal; panics on anything but 1–4 digits.
    pub fn new(code: &str) -> Self {
        Self::parse(code).unwrap_or_else(|| panic!("not an ISCO-08 code: {code:?}"))
    }

    /// How many digits: 1 major, 2 sub-major, 3 minor, 4 unit group.
    pub fn level(&self) -> u8 {
        self.digits
    }

    /// Whether this is a four-digit unit group.
    pub fn is_unit_group(&self) -> bool {
        self.digits == 4
    }

    /// The enclosing group with `digits` digits (or `self` if it is already
    /// that coarse or coarser).
    pub fn truncate(&self, digits: u8) -> Self {
        if digits >= self.digits {
            return *self;
        }
        const POWERS: [u16; 5] = [1, 10, 100, 1_000, 10_000];
        Self {
            value: self.value / POWERS[usize::from(self.digits - digits)],
            digits,
        }
    }

    /// Whether `other` lies inside this group (or is this group).
    pub fn contains(&self, other: IscoCode) -> bool {
        other.digits >= self.digits && other.truncate(self.digits) == *self
    }

    /// A dense number that orders unit groups like their codes; used as an
    /// index key. Only meaningful for unit groups.
    pub(crate) fn raw(&self) -> u16 {
        self.value
    }

    /// The unit group with this [`IscoCode::raw`] number (below 10,000).
    pub(crate) fn unit_from_raw(value: u16) -> Self {
        debug_assert!(value < 10_000);
        Self { value, digits: 4 }
    }
}

impl fmt::Display for IscoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:0width$}",
            self.value,
            width = usize::from(self.digits)
        )
    }
}

impl fmt::Debug for IscoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

/// A language level on the Common European Framework of Reference scale,
/// with `Native` above `C2`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Cefr {
    /// Breakthrough.
    A1 = 1,
    /// Waystage.
    A2 = 2,
    /// Threshold.
    B1 = 3,
    /// Vantage.
    B2 = 4,
    /// Effective operational proficiency.
    C1 = 5,
    /// Mastery.
    C2 = 6,
    /// Native speaker.
    Native = 7,
}

impl Cefr {
    /// All levels, lowest first.
    pub const ALL: [Cefr; 7] = [
        Cefr::A1,
        Cefr::A2,
        Cefr::B1,
        Cefr::B2,
        Cefr::C1,
        Cefr::C2,
        Cefr::Native,
    ];

    /// Parses `A1`…`C2` or `native` (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_uppercase().as_str() {
            "A1" => Some(Cefr::A1),
            "A2" => Some(Cefr::A2),
            "B1" => Some(Cefr::B1),
            "B2" => Some(Cefr::B2),
            "C1" => Some(Cefr::C1),
            "C2" => Some(Cefr::C2),
            "NATIVE" => Some(Cefr::Native),
            _ => None,
        }
    }

    /// The level as a number 1 (A1) to 7 (native).
    pub fn rank(self) -> u8 {
        self as u8
    }

    /// The level from its number 1..=7.
    pub fn from_rank(rank: u8) -> Option<Self> {
        Cefr::ALL.get(usize::from(rank).checked_sub(1)?).copied()
    }
}

impl fmt::Display for Cefr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
            Cefr::Native => "native",
        })
    }
}

/// A worker's sex as they declared it. Statistics are disaggregated by it;
/// a programme's minimum share of women counts `Female`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Another sex.
    Other,
    /// The worker chose not to say.
    NotStated,
}

impl Sex {
    /// All values, in the order summaries print them.
    pub const ALL: [Sex; 4] = [Sex::Female, Sex::Male, Sex::Other, Sex::NotStated];

    /// A plain-words name.
    pub fn label(self) -> &'static str {
        match self {
            Sex::Female => "women",
            Sex::Male => "men",
            Sex::Other => "other",
            Sex::NotStated => "not stated",
        }
    }
}

/// A calendar day, counted from 1970-01-01 (day 0). Compact and cheap to
/// compare; convert from the domain's dates with [`Day::from_ymd`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Day(pub i32);

impl Day {
    /// The day for a proleptic Gregorian date. Returns `None` for an
    /// impossible month or day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Days from civil, after H. Hinnant's public-domain algorithm.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// The (year, month, day) of this day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    /// The same day of the month `months` later (clamped to the month's end).
    pub fn add_months(self, months: u32) -> Self {
        let (y, m, d) = self.ymd();
        let total = (y * 12 + m as i32 - 1) + months as i32;
        let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let nd = d.min(days_in_month(ny, nm));
        Day::from_ymd(ny, nm, nd).unwrap_or(self)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isco_codes_keep_leading_zeros_and_nest() {
        let unit = IscoCode::new("0110");
        assert_eq!(unit.to_string(), "0110");
        assert_eq!(unit.truncate(2).to_string(), "01");
        let welders = IscoCode::new("7212");
        assert!(IscoCode::new("72").contains(welders));
        assert!(IscoCode::new("721").contains(welders));
        assert!(!IscoCode::new("722").contains(welders));
        assert!(!welders.contains(IscoCode::new("721")));
        assert!(IscoCode::parse("12345").is_none());
        assert!(IscoCode::parse("7a").is_none());
    }

    #[test]
    fn days_round_trip_and_add_months() {
        let d = Day::from_ymd(2024, 1, 31).unwrap();
        assert_eq!(Day::from_ymd(1970, 1, 1).unwrap(), Day(0));
        assert_eq!(d.ymd(), (2024, 1, 31));
        assert_eq!(d.add_months(1).ymd(), (2024, 2, 29));
        assert_eq!(d.add_months(13).to_string(), "2025-02-28");
        assert!(Day::from_ymd(2023, 2, 29).is_none());
        for n in [-800_000, -1, 0, 1, 19_000, 400_000] {
            let (y, m, dd) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, dd), Some(Day(n)));
        }
    }

    #[test]
    fn cefr_orders_native_highest() {
        assert!(Cefr::A1 < Cefr::A2 && Cefr::C2 < Cefr::Native);
        assert_eq!(Cefr::parse("b1"), Some(Cefr::B1));
        assert_eq!(Cefr::from_rank(7), Some(Cefr::Native));
        assert_eq!(CountryCode::new("mex").as_str(), "MEX");
        assert!(CountryCode::parse("ME").is_none());
    }
}
