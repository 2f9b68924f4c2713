//! Money in exact minor units, and wages per period.
//!
//! Amounts travel as decimal strings (`"16.65"`) with an ISO 4217 currency,
//! and are held as integers of the currency's minor unit, so no rounding ever
//! decides whether a wage meets a minimum.

use crate::codes::{CodeError, CurrencyCode};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of money in one currency, in minor units (cents for CAD, won
/// for KRW).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "MoneyRepr", into = "MoneyRepr")]
#[schemars(with = "MoneyRepr")]
pub struct Money {
    minor: i64,
    currency: CurrencyCode,
}

/// How money looks in JSON: `{"amount": "16.65", "currency": "CAD"}`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct MoneyRepr {
    /// Decimal amount, as a string (`"16.65"`) or a JSON number.
    pub amount: Amount,
    /// ISO 4217 currency code.
    #[schemars(with = "crate::codes::CurrencyCode")]
    pub currency: String,
}

/// A decimal amount given as a string or a number.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Amount {
    /// `"16.65"`: exact. (No more decimals than the currency has.)
    /// (At most 14 digits before the point, so that any currency's minor
    /// units fit in 64 bits.)
    Text(#[schemars(pattern(r"^\s*-?[0-9]{1,14}(\.[0-9]{0,4})?\s*$"))] String),
    /// `16.65`: converted to the nearest minor unit.
    Number(#[schemars(range(min = -1e13, max = 1e13))] f64),
}

impl Money {
    /// An amount of `minor` units of `currency`.
    pub fn from_minor(minor: i64, currency: CurrencyCode) -> Self {
        Self { minor, currency }
    }

    /// Zero in `currency`.
    pub fn zero(currency: CurrencyCode) -> Self {
        Self::from_minor(0, currency)
    }

    /// Parses a decimal string such as `"1250.50"` in `currency`, refusing
    /// more decimals than the currency has.
    pub fn parse(amount: &str, currency: CurrencyCode) -> Result<Self, CodeError> {
        let exp = currency.exponent() as usize;
        let text = amount.trim();
        let (neg, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, frac) = match digits.split_once('.') {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let bad = || CodeError(format!("'{amount}' is not an amount of {currency}"));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        if frac.len() > exp {
            return Err(CodeError(format!(
                "'{amount}' has more than {exp} decimals, the most {currency} has"
            )));
        }
        let mut minor: i64 = whole.parse().map_err(|_| bad())?;
        for _ in 0..exp {
            minor = minor.checked_mul(10).ok_or_else(bad)?;
        }
        let frac_padded = format!("{frac:0<exp$}");
        if exp > 0 {
            minor = minor
                .checked_add(frac_padded.parse::<i64>().map_err(|_| bad())?)
                .ok_or_else(bad)?;
        }
        Ok(Self::from_minor(if neg { -minor } else { minor }, currency))
    }

    /// The amount in minor units.
    pub fn minor(&self) -> i64 {
        self.minor
    }

    /// The currency.
    pub fn currency(&self) -> &CurrencyCode {
        &self.currency
    }

    /// True for a negative amount.
    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        self.minor == 0
    }

    /// The amount as a decimal string without currency (`"16.65"`).
    pub fn amount_text(&self) -> String {
        let exp = self.currency.exponent() as u32;
        if exp == 0 {
            return self.minor.to_string();
        }
        let scale = 10i64.pow(exp);
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        format!(
            "{sign}{}.{:0width$}",
            abs / scale as u64,
            abs % scale as u64,
            width = exp as usize
        )
    }

    /// The amount as a floating-point number of major units, for display
    /// and statistics only.
    pub fn as_major_f64(&self) -> f64 {
        self.minor as f64 / 10f64.powi(self.currency.exponent() as i32)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency)
    }
}

impl TryFrom<MoneyRepr> for Money {
    type Error = CodeError;
    fn try_from(r: MoneyRepr) -> Result<Self, CodeError> {
        let currency = CurrencyCode::parse(&r.currency)?;
        match r.amount {
            Amount::Text(t) => Money::parse(&t, currency),
            Amount::Number(n) => {
                if !n.is_finite() || n.abs() > 1e13 {
                    return Err(CodeError(format!("{n} is not a usable amount")));
                }
                let minor = (n * 10f64.powi(currency.exponent() as i32)).round() as i64;
                Ok(Money::from_minor(minor, currency))
            }
        }
    }
}

impl From<Money> for MoneyRepr {
    fn from(m: Money) -> Self {
        MoneyRepr {
            amount: Amount::Text(m.amount_text()),
            currency: m.currency.to_string(),
        }
    }
}

/// The period a wage is quoted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    /// Per hour worked.
    Hour,
    /// Per week.
    Week,
    /// Per calendar month.
    Month,
    /// Per year.
    Year,
}

impl PayPeriod {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            PayPeriod::Hour => "hour",
            PayPeriod::Week => "week",
            PayPeriod::Month => "month",
            PayPeriod::Year => "year",
        }
    }
}

/// Weeks in an average month (52 weeks over 12 months).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// A wage: an amount per period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "WageRepr", into = "WageRepr")]
#[schemars(with = "WageRepr")]
pub struct Wage {
    /// The amount paid per period.
    pub amount: Money,
    /// The period.
    pub per: PayPeriod,
}

/// How a wage looks in JSON: `{"amount": "16.65", "currency": "CAD", "per": "hour"}`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct WageRepr {
    /// Decimal amount.
    pub amount: Amount,
    /// ISO 4217 currency code.
    #[schemars(with = "crate::codes::CurrencyCode")]
    pub currency: String,
    /// Period the amount is paid for.
    pub per: PayPeriod,
}

impl TryFrom<WageRepr> for Wage {
    type Error = CodeError;
    fn try_from(r: WageRepr) -> Result<Self, CodeError> {
        Ok(Wage {
            amount: Money::try_from(MoneyRepr {
                amount: r.amount,
                currency: r.currency,
            })?,
            per: r.per,
        })
    }
}

impl From<Wage> for WageRepr {
    fn from(w: Wage) -> Self {
        let m = MoneyRepr::from(w.amount);
        WageRepr {
            amount: m.amount,
            currency: m.currency,
            per: w.per,
        }
    }
}

impl Wage {
    /// A wage of `amount` per `per`.
    pub fn new(amount: Money, per: PayPeriod) -> Self {
        Self { amount, per }
    }

    /// The equivalent pay per hour in minor units, for a job of
    /// `hours_per_week` hours a week (weeks of 52/12 per month).
    pub fn hourly_minor(&self, hours_per_week: f64) -> f64 {
        let amount = self.amount.minor() as f64;
        let hours = hours_per_week.max(f64::MIN_POSITIVE);
        match self.per {
            PayPeriod::Hour => amount,
            PayPeriod::Week => amount / hours,
            PayPeriod::Month => amount / (hours * WEEKS_PER_MONTH),
            PayPeriod::Year => amount / (hours * 52.0),
        }
    }

    /// True when this wage pays at least `minimum` per hour, for a job of
    /// `hours_per_week`; `None` when the currencies differ.
    pub fn meets(&self, minimum: &Wage, hours_per_week: f64) -> Option<bool> {
        if self.amount.currency() != minimum.amount.currency() {
            return None;
        }
        // A tolerance of a thousandth of a minor unit absorbs float noise in
        // period conversion without letting a real shortfall through.
        Some(self.hourly_minor(hours_per_week) + 1e-3 >= minimum.hourly_minor(hours_per_week))
    }
}

impl fmt::Display for Wage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} per {}", self.amount, self.per.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cad() -> CurrencyCode {
        CurrencyCode::parse("CAD").unwrap()
    }

    #[test]
    fn parses_exact_decimal_amounts() {
        assert_eq!(Money::parse("16.65", cad()).unwrap().minor(), 1665);
        assert_eq!(Money::parse("16.6", cad()).unwrap().minor(), 1660);
        assert_eq!(Money::parse("16", cad()).unwrap().minor(), 1600);
        assert!(Money::parse("16.655", cad()).is_err());
        assert!(Money::parse("abc", cad()).is_err());
        assert!(Money::parse(".5", cad()).is_err());
        let krw = CurrencyCode::parse("KRW").unwrap();
        assert_eq!(
            Money::parse("2060740", krw.clone()).unwrap().minor(),
            2_060_740
        );
        assert!(Money::parse("1.5", krw).is_err());
    }

    #[test]
    fn wage_json_round_trip() {
        let w: Wage =
            serde_json::from_str(r#"{"amount":"16.65","currency":"CAD","per":"hour"}"#).unwrap();
        assert_eq!(w.amount.minor(), 1665);
        let back = serde_json::to_value(&w).unwrap();
        assert_eq!(back["amount"], "16.65");
        let n: Wage =
            serde_json::from_str(r#"{"amount":16.65,"currency":"CAD","per":"hour"}"#).unwrap();
        assert_eq!(n, w);
    }

    #[test]
    fn monthly_wage_compared_per_hour() {
        let min = Wage::new(Money::parse("16.00", cad()).unwrap(), PayPeriod::Hour);
        // 40 h/week × 52/12 weeks × 16.00 = 2773.33 a month
        let month_ok = Wage::new(Money::parse("2773.34", cad()).unwrap(), PayPeriod::Month);
        let month_low = Wage::new(Money::parse("2700.00", cad()).unwrap(), PayPeriod::Month);
        assert_eq!(month_ok.meets(&min, 40.0), Some(true));
        assert_eq!(month_low.meets(&min, 40.0), Some(false));
        let eur = Wage::new(
            Money::parse("3000", CurrencyCode::parse("EUR").unwrap()).unwrap(),
            PayPeriod::Month,
        );
        assert_eq!(eur.meets(&min, 40.0), None);
    }

    proptest! {
        #[test]
        fn amount_text_round_trips(minor in -1_000_000_000i64..1_000_000_000) {
            let m = Money::from_minor(minor, cad());
            let back = Money::parse(&m.amount_text(), cad()).unwrap();
            prop_assert_eq!(back, m);
        }
    }
}
