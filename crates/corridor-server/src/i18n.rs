//! Translations: every string of the pages lives in a Fluent file per
//! language (`locales/<lang>/corridor.ftl`), so adding a language is adding
//! a file (and a line in [`LANGUAGES`] and `SOURCES`; see TRANSLATIONS.md).
//! English is the fallback for a missing message.
//!
//! Each bundle is made with its language's identifier, so Fluent picks
//! plural variants by that language's CLDR rules, and numbers placed in a
//! message are written the language's way ([`format`]). Messages may pass
//! options through `NUMBER()`, e.g. `{ NUMBER($id, useGrouping: "false") }`
//! for identifiers. Right-to-left bundles (Arabic) wrap every placed value
//! in Unicode isolation marks, so a Latin name or number inside Arabic text
//! keeps its own direction.

pub mod format;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// Languages the pages are available in, the default first: code and the
/// language's own name for itself.
pub const LANGUAGES: [(&str, &str); 9] = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ne", "नेपाली"),
    ("ko", "한국어"),
    ("fil", "Filipino"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("ar", "العربية"),
];

/// Languages written right to left.
const RTL: [&str; 1] = ["ar"];

/// Other codes for a supported language: Tagalog is the base of Filipino,
/// and `npi` is Nepali's ISO 639-3 code.
const ALIASES: [(&str, &str); 2] = [("tl", "fil"), ("npi", "ne")];

/// Each language's messages: the shared file and the pages of every role
/// (one file per area; `accounts.ftl`: two-step sign-in and signing up), read as one resource. Every language has every
/// file (a test checks each has exactly the English messages).
const SOURCES: [(&str, &str); 9] = [
    (
        "en",
        concat!(
            include_str!("../locales/en/corridor.ftl"),
            "\n",
            include_str!("../locales/en/pages.ftl"),
            "\n",
            include_str!("../locales/en/admin.ftl"),
            "\n",
            include_str!("../locales/en/organisations.ftl"),
            "\n",
            include_str!("../locales/en/official.ftl"),
            "\n",
            include_str!("../locales/en/orientation.ftl"),
            "\n",
            include_str!("../locales/en/accounts.ftl")
        ),
    ),
    (
        "es",
        concat!(
            include_str!("../locales/es/corridor.ftl"),
            "\n",
            include_str!("../locales/es/pages.ftl"),
            "\n",
            include_str!("../locales/es/admin.ftl"),
            "\n",
            include_str!("../locales/es/organisations.ftl"),
            "\n",
            include_str!("../locales/es/official.ftl"),
            "\n",
            include_str!("../locales/es/orientation.ftl"),
            "\n",
            include_str!("../locales/es/accounts.ftl")
        ),
    ),
    (
        "fr",
        concat!(
            include_str!("../locales/fr/corridor.ftl"),
            "\n",
            include_str!("../locales/fr/pages.ftl"),
            "\n",
            include_str!("../locales/fr/admin.ftl"),
            "\n",
            include_str!("../locales/fr/organisations.ftl"),
            "\n",
            include_str!("../locales/fr/official.ftl"),
            "\n",
            include_str!("../locales/fr/orientation.ftl"),
            "\n",
            include_str!("../locales/fr/accounts.ftl")
        ),
    ),
    (
        "ne",
        concat!(
            include_str!("../locales/ne/corridor.ftl"),
            "\n",
            include_str!("../locales/ne/pages.ftl"),
            "\n",
            include_str!("../locales/ne/admin.ftl"),
            "\n",
            include_str!("../locales/ne/organisations.ftl"),
            "\n",
            include_str!("../locales/ne/official.ftl"),
            "\n",
            include_str!("../locales/ne/orientation.ftl"),
            "\n",
            include_str!("../locales/ne/accounts.ftl")
        ),
    ),
    (
        "ko",
        concat!(
            include_str!("../locales/ko/corridor.ftl"),
            "\n",
            include_str!("../locales/ko/pages.ftl"),
            "\n",
            include_str!("../locales/ko/admin.ftl"),
            "\n",
            include_str!("../locales/ko/organisations.ftl"),
            "\n",
            include_str!("../locales/ko/official.ftl"),
            "\n",
            include_str!("../locales/ko/orientation.ftl"),
            "\n",
            include_str!("../locales/ko/accounts.ftl")
        ),
    ),
    (
        "fil",
        concat!(
            include_str!("../locales/fil/corridor.ftl"),
            "\n",
            include_str!("../locales/fil/pages.ftl"),
            "\n",
            include_str!("../locales/fil/admin.ftl"),
            "\n",
            include_str!("../locales/fil/organisations.ftl"),
            "\n",
            include_str!("../locales/fil/official.ftl"),
            "\n",
            include_str!("../locales/fil/orientation.ftl"),
            "\n",
            include_str!("../locales/fil/accounts.ftl")
        ),
    ),
    (
        "de",
        concat!(
            include_str!("../locales/de/corridor.ftl"),
            "\n",
            include_str!("../locales/de/pages.ftl"),
            "\n",
            include_str!("../locales/de/admin.ftl"),
            "\n",
            include_str!("../locales/de/organisations.ftl"),
            "\n",
            include_str!("../locales/de/official.ftl"),
            "\n",
            include_str!("../locales/de/orientation.ftl"),
            "\n",
            include_str!("../locales/de/accounts.ftl")
        ),
    ),
    (
        "it",
        concat!(
            include_str!("../locales/it/corridor.ftl"),
            "\n",
            include_str!("../locales/it/pages.ftl"),
            "\n",
            include_str!("../locales/it/admin.ftl"),
            "\n",
            include_str!("../locales/it/organisations.ftl"),
            "\n",
            include_str!("../locales/it/official.ftl"),
            "\n",
            include_str!("../locales/it/orientation.ftl"),
            "\n",
            include_str!("../locales/it/accounts.ftl")
        ),
    ),
    (
        "ar",
        concat!(
            include_str!("../locales/ar/corridor.ftl"),
            "\n",
            include_str!("../locales/ar/pages.ftl"),
            "\n",
            include_str!("../locales/ar/admin.ftl"),
            "\n",
            include_str!("../locales/ar/organisations.ftl"),
            "\n",
            include_str!("../locales/ar/official.ftl"),
            "\n",
            include_str!("../locales/ar/orientation.ftl"),
            "\n",
            include_str!("../locales/ar/accounts.ftl")
        ),
    ),
];

/// The page language of a bundle, found once per bundle from its
/// identifier by Fluent's memoizer.
struct BundleLanguage(&'static str);

impl Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleLanguage(I18n::negotiate(&lang.to_string())))
    }
}

/// Fluent's hook for writing values: numbers in the bundle's language.
fn write_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    intls
        .with_try_get::<BundleLanguage, _, _>((), |l| format::format_fluent_number(l.0, n))
        .ok()
}

/// `NUMBER($n, useGrouping: "false", minimumFractionDigits: 2, ...)`: the
/// number with those display options.
fn number_function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let number = match positional.first() {
        Some(FluentValue::Number(n)) => n.clone(),
        Some(FluentValue::String(s)) => match s.parse::<f64>() {
            Ok(v) => FluentNumber::new(v, Default::default()),
            Err(_) => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    let mut number = number;
    number.options.merge(named);
    FluentValue::Number(number)
}

/// The loaded translations.
pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

impl I18n {
    /// Loads every language; a syntax error in a shipped file is a bug and
    /// panics at start-up (a test loads them too).
    pub fn new() -> Self {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let id: LanguageIdentifier = lang.parse().expect("valid language id");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Plain text output, but for right-to-left languages, where
            // isolation marks keep a Latin name or a number in its place.
            bundle.set_use_isolating(Self::direction(lang) == "rtl");
            bundle.set_formatter(Some(write_value));
            bundle
                .add_function("NUMBER", number_function)
                .expect("NUMBER is defined once");
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, errs)| panic!("{lang}/corridor.ftl: {errs:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errs| panic!("{lang}/corridor.ftl: {errs:?}"));
            bundles.insert(lang, bundle);
        }
        I18n { bundles }
    }

    /// The supported language closest to `requested` (`es-MX` → `es`,
    /// `tl` → `fil`), or English.
    pub fn negotiate(requested: &str) -> &'static str {
        Self::supported(requested).unwrap_or(LANGUAGES[0].0)
    }

    /// The supported language of a language tag, if any.
    fn supported(tag: &str) -> Option<&'static str> {
        let primary = tag
            .split([',', ';', '-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let primary = ALIASES
            .iter()
            .find(|(alias, _)| *alias == primary)
            .map_or(primary.as_str(), |(_, code)| code);
        LANGUAGES
            .iter()
            .find(|(code, _)| *code == primary)
            .map(|(code, _)| *code)
    }

    /// The most preferred supported language of an `Accept-Language`
    /// header (by `q` weight, then order), or English.
    pub fn from_accept_language(header: &str) -> &'static str {
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty()).then_some((q, tag))
            })
            .collect();
        // Stable: equal weights keep the header's order.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges
            .iter()
            .find_map(|(_, tag)| Self::supported(tag))
            .unwrap_or(LANGUAGES[0].0)
    }

    /// The writing direction of `lang`, for the `dir` attribute: `rtl` for
    /// Arabic, `ltr` for the others.
    pub fn direction(lang: &str) -> &'static str {
        if RTL.contains(&Self::negotiate(lang)) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `key` in `lang` with `args`; English when missing there;
    /// the key itself when missing everywhere.
    pub fn message(&self, lang: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for l in [lang, LANGUAGES[0].0] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                return text.into_owned();
            }
        }
        key.to_string()
    }

    /// Message keys defined for `lang`.
    pub fn keys(lang: &str) -> Vec<String> {
        SOURCES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, src)| {
                src.lines()
                    .filter_map(|line| {
                        let (key, _) = line.split_once(" =")?;
                        (!key.starts_with(' ') && !key.starts_with('#') && !key.is_empty())
                            .then(|| key.trim().to_string())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests;
