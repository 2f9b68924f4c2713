//! Translations: every string of the pages lives in a Fluent file per
//! language (`locales/<lang>/corridor.ftl`), so adding a language is adding
//! a file. English is the fallback for a missing message.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// Languages the pages are available in, the default first.
pub const LANGUAGES: [(&str, &str); 2] = [("en", "English"), ("es", "Español")];

/// Each language's messages: the shared file and the pages of every role,
/// read as one resource.
const SOURCES: [(&str, &str); 2] = [
    (
        "en",
        concat!(
            include_str!("../locales/en/corridor.ftl"),
            "\n",
            include_str!("../locales/en/pages.ftl"),
            "\n",
            include_str!("../locales/en/official.ftl")
        ),
    ),
    (
        "es",
        concat!(
            include_str!("../locales/es/corridor.ftl"),
            "\n",
            include_str!("../locales/es/pages.ftl"),
            "\n",
            include_str!("../locales/es/official.ftl")
        ),
    ),
];

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
            // Plain text output: no Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, errs)| panic!("{lang}/corridor.ftl: {errs:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errs| panic!("{lang}/corridor.ftl: {errs:?}"));
            bundles.insert(lang, bundle);
        }
        I18n { bundles }
    }

    /// The supported language closest to `requested` (`es-MX` → `es`), or
    /// English.
    pub fn negotiate(requested: &str) -> &'static str {
        let primary = requested
            .split([',', ';', '-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        LANGUAGES
            .iter()
            .find(|(code, _)| *code == primary)
            .map_or(LANGUAGES[0].0, |(code, _)| code)
    }

    /// The first supported language of an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> &'static str {
        for part in header.split(',') {
            let tag = part.split(';').next().unwrap_or("").trim();
            let lang = Self::negotiate(tag);
            if tag.to_ascii_lowercase().starts_with(lang) {
                return lang;
            }
        }
        LANGUAGES[0].0
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
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_english_message() {
        let en = I18n::keys("en");
        assert!(en.len() > 20);
        for (lang, _) in LANGUAGES {
            let keys = I18n::keys(lang);
            let missing: Vec<_> = en.iter().filter(|k| !keys.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }

    #[test]
    fn translates_with_arguments_and_falls_back() {
        let i = I18n::new();
        assert_eq!(i.message("es", "nav-sign-in", &[]), "Iniciar sesión");
        assert_eq!(i.message("en", "nav-sign-in", &[]), "Sign in");
        assert_eq!(i.message("fr", "nav-sign-in", &[]), "Sign in");
        assert_eq!(i.message("en", "no-such-key", &[]), "no-such-key");
        let n = i.message("en", "jobs-count", &[("count", FluentValue::from(3))]);
        assert!(n.contains('3'), "{n}");
    }

    #[test]
    fn negotiates_languages() {
        assert_eq!(I18n::negotiate("es-MX"), "es");
        assert_eq!(I18n::negotiate("fr"), "en");
        assert_eq!(
            I18n::from_accept_language("fr-CA, es;q=0.8, en;q=0.5"),
            "es"
        );
        assert_eq!(I18n::from_accept_language(""), "en");
    }
}
