//! Choices offered by forms (countries, languages, CEFR levels, ISCED
//! levels…) and the parsers that turn submitted text back into domain
//! values, each failure an error at its field. Country and language names
//! come from the ISO reference data, in English; the pages say so.

use super::page::FormErrors;
use chrono::NaiveDate;
use corridor_domain::codes::{Cefr, CountryCode, IscedLevel, LanguageCode, Sex};
use std::sync::LazyLock;

/// A choice: the submitted value and the text shown.
pub type Choice = (String, String);

/// Every ISO 3166-1 country, by English name.
pub fn countries() -> &'static [Choice] {
    static ALL: LazyLock<Vec<Choice>> = LazyLock::new(|| {
        let mut v: Vec<Choice> = corridor_reference::countries()
            .iter()
            .map(|c| (c.alpha3.to_string(), c.name.to_string()))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    });
    &ALL
}

/// The living languages with an ISO 639-1 code, and Filipino, by English
/// name.
pub fn languages() -> &'static [Choice] {
    static ALL: LazyLock<Vec<Choice>> = LazyLock::new(|| {
        let mut v: Vec<Choice> = corridor_reference::languages()
            .iter()
            .filter(|l| l.alpha2.is_some() || l.code == "fil")
            .map(|l| (l.code.to_string(), l.name.to_string()))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    });
    &ALL
}

/// The CEFR levels, lowest first, with the first language last.
pub const CEFR: [&str; 7] = ["A1", "A2", "B1", "B2", "C1", "C2", "native"];

/// Parses a date typed as `YYYY-MM-DD` (what `<input type=date>` sends).
pub fn date(errors: &mut FormErrors, id: &str, text: &str, message: &str) -> Option<NaiveDate> {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(id, message);
            None
        }
    }
}

/// An optional date: empty is none.
pub fn optional_date(
    errors: &mut FormErrors,
    id: &str,
    text: &str,
    message: &str,
) -> Option<Option<NaiveDate>> {
    if text.is_empty() {
        Some(None)
    } else {
        date(errors, id, text, message).map(Some)
    }
}

/// Parses a country chosen from [`countries`].
pub fn country(
    errors: &mut FormErrors,
    id: &str,
    text: &str,
    message: &str,
) -> Option<CountryCode> {
    match CountryCode::parse(text) {
        Ok(c) => Some(c),
        Err(_) => {
            errors.push(id, message);
            None
        }
    }
}

/// Parses a language chosen from [`languages`].
pub fn language(
    errors: &mut FormErrors,
    id: &str,
    text: &str,
    message: &str,
) -> Option<LanguageCode> {
    match LanguageCode::parse(text) {
        Ok(c) => Some(c),
        Err(_) => {
            errors.push(id, message);
            None
        }
    }
}

/// Parses a CEFR level.
pub fn cefr(errors: &mut FormErrors, id: &str, text: &str, message: &str) -> Option<Cefr> {
    match serde_json::from_value::<Cefr>(serde_json::Value::String(text.to_string())) {
        Ok(c) => Some(c),
        Err(_) => {
            errors.push(id, message);
            None
        }
    }
}

/// Parses a sex.
pub fn sex(errors: &mut FormErrors, id: &str, text: &str, message: &str) -> Option<Sex> {
    match serde_json::from_value::<Sex>(serde_json::Value::String(text.to_string())) {
        Ok(s) => Some(s),
        Err(_) => {
            errors.push(id, message);
            None
        }
    }
}

/// Parses an ISCED 2011 level (0–8).
pub fn isced(errors: &mut FormErrors, id: &str, text: &str, message: &str) -> Option<IscedLevel> {
    match text
        .parse::<u8>()
        .ok()
        .and_then(|n| IscedLevel::new(n).ok())
    {
        Some(l) => Some(l),
        None => {
            errors.push(id, message);
            None
        }
    }
}

/// Parses a whole number in `range`.
pub fn number<T: std::str::FromStr + PartialOrd>(
    errors: &mut FormErrors,
    id: &str,
    text: &str,
    range: std::ops::RangeInclusive<T>,
    message: &str,
) -> Option<T> {
    match text.parse::<T>() {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            errors.push(id, message);
            None
        }
    }
}

/// The first part of a worker's profile as a form gives it (sign-up, or
/// an official registering a worker): names, date of birth, sex,
/// citizenship, countries of birth and residence, phone, and `email` as the
/// contact. What cannot be read is an error at its field and a stand-in
/// takes its place, so the rest of the profile can still be checked and
/// every error shows at once; the returned flag is false when any field
/// could not be read.
pub fn first_profile_part(
    form: &super::page::FormData,
    errors: &mut FormErrors,
    msg: &dyn Fn(&str) -> String,
    email: Option<String>,
) -> (corridor_domain::worker::WorkerProfileSpec, bool) {
    use corridor_domain::worker::{Availability, Contact, WorkerProfileSpec};
    let before = errors.summary.len();
    let today = chrono::Utc::now().date_naive();
    let dob = date(
        errors,
        "date-of-birth",
        form.get("date_of_birth"),
        &msg("form-date-invalid"),
    );
    let sex = sex(errors, "sex", form.get("sex"), &msg("form-choose"));
    let mut country_at =
        |id: &str, name: &str| country(errors, id, form.get(name), &msg("form-choose-country"));
    let citizenship = country_at("citizenships", "citizenship");
    let born = country_at("country-of-birth", "country_of_birth");
    let residence = country_at("country-of-residence", "country_of_residence");
    let stand_in = || CountryCode::parse("MEX").expect("MEX exists");
    let spec = WorkerProfileSpec {
        given_name: form.get("given_name").to_string(),
        family_name: form.get("family_name").to_string(),
        date_of_birth: dob.unwrap_or_else(|| today - chrono::Duration::days(365 * 30)),
        sex: sex.unwrap_or(Sex::NotStated),
        citizenships: vec![citizenship.unwrap_or_else(stand_in)],
        country_of_birth: born.unwrap_or_else(stand_in),
        country_of_residence: residence.unwrap_or_else(stand_in),
        contact: Contact {
            email: email.filter(|e| !e.is_empty()),
            phone: Some(form.get("phone").to_string()).filter(|p| !p.is_empty()),
        },
        occupations: vec![],
        skills: vec![],
        languages: vec![],
        education: IscedLevel::new(3).expect("ISCED 3 exists"),
        qualifications: vec![],
        availability: Availability {
            from: today,
            until: None,
        },
        preferred_programmes: vec![],
        preferred_destinations: vec![],
    };
    (spec, errors.summary.len() == before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_sorted_and_small_enough_for_a_phone() {
        let c = countries();
        assert!(c.len() > 240);
        assert!(c.windows(2).all(|w| w[0].1 <= w[1].1));
        let l = languages();
        assert!(l.iter().any(|(code, _)| code == "fil"));
        assert!(l.iter().any(|(code, _)| code == "ne"));
        assert!(l.len() < 250, "{}", l.len());
    }

    #[test]
    fn parsers_report_at_their_field() {
        let mut e = FormErrors::default();
        assert!(date(&mut e, "dob", "2001-02-30", "bad").is_none());
        assert!(country(&mut e, "home", "XXX", "bad").is_none());
        assert!(cefr(&mut e, "lvl", "B2", "bad").is_some());
        assert!(isced(&mut e, "edu", "9", "bad").is_none());
        assert_eq!(number(&mut e, "n", "12", 0..=40, "bad"), Some(12u16));
        assert_eq!(
            e.summary
                .iter()
                .map(|x| x.field.as_str())
                .collect::<Vec<_>>(),
            ["dob", "home", "edu"]
        );
    }
}
