//! The app's texts in English and Dutch: Project Fluent message catalogues (`locales/en/*.ftl`,
//! `locales/nl/*.ftl`), embedded at build time, one file per area of the page. The page asks
//! for every visible text by its message id; the CLI stays English and does not use them.
//!
//! Numbers are formatted here rather than by Fluent, so that Dutch pages write `0,53` and
//! English ones `0.53`: messages receive them as ready-made text.

pub mod problems;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the app is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Dutch, the language of the article and of many trainers.
    Nl,
}

impl Lang {
    /// Both languages, in the order the language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language's code, as in `?lang=nl` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// The language of a code or a browser's language tag (`nl`, `nl-BE`, `en-GB`), if it is
    /// one of ours.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// `value` with `decimals` decimals and this language's decimal separator.
    pub fn number(self, value: f64, decimals: usize) -> String {
        self.localise(format!("{value:.decimals$}"))
    }

    /// A number written the English way (`0.53`, `-1.2`, `+3.0`) in this language's way: in
    /// Dutch the decimal point becomes a comma.
    pub fn localise(self, english: String) -> String {
        match self {
            Lang::En => english,
            Lang::Nl => english.replace('.', ","),
        }
    }
}

/// The catalogue files: (area, English text, Dutch text).
pub const CATALOGUES: &[(&str, &str, &str)] = &[
    ("app", include_str!("../locales/en/app.ftl"), include_str!("../locales/nl/app.ftl")),
    ("panels", include_str!("../locales/en/panels.ftl"), include_str!("../locales/nl/panels.ftl")),
    ("charts", include_str!("../locales/en/charts.ftl"), include_str!("../locales/nl/charts.ftl")),
    ("ensemble", include_str!("../locales/en/ensemble.ftl"), include_str!("../locales/nl/ensemble.ftl")),
    ("model", include_str!("../locales/en/model.ftl"), include_str!("../locales/nl/model.ftl")),
    ("explain", include_str!("../locales/en/explain.ftl"), include_str!("../locales/nl/explain.ftl")),
    ("events", include_str!("../locales/en/events.ftl"), include_str!("../locales/nl/events.ftl")),
    ("problems", include_str!("../locales/en/problems.ftl"), include_str!("../locales/nl/problems.ftl")),
];

/// One language's messages.
pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    /// The messages of `lang`. A catalogue that does not parse loses its broken entries only
    /// (the test suite keeps the shipped ones whole).
    pub fn new(lang: Lang) -> Texts {
        let id: LanguageIdentifier = lang.code().parse().expect("our language codes are valid");
        let mut bundle = FluentBundle::new(vec![id]);
        // Without this, Fluent wraps every placeable in invisible direction marks.
        bundle.set_use_isolating(false);
        for (_, en, nl) in CATALOGUES {
            let text = match lang {
                Lang::En => en,
                Lang::Nl => nl,
            };
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        Texts { lang, bundle }
    }

    /// The language of these messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` without arguments; a missing message shows as its id, so that it is
    /// seen (and the test suite finds it first).
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with text arguments (numbers formatted by [`Lang::number`] first).
    pub fn with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent))
    }

    /// The message `id` with a count, for plurals (`{ $count -> [one] … *[other] … }`), and text
    /// arguments.
    pub fn count(&self, id: &str, count: usize, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        fluent.set("count", FluentValue::from(count));
        for (name, value) in args {
            fluent.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_read_from_a_code_or_a_browser_tag() {
        assert_eq!(Lang::parse("nl"), Some(Lang::Nl));
        assert_eq!(Lang::parse("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::parse("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn dutch_numbers_have_a_decimal_comma() {
        assert_eq!(Lang::Nl.number(0.534, 2), "0,53");
        assert_eq!(Lang::En.number(0.534, 2), "0.53");
        assert_eq!(
            Lang::Nl.localise("+1.5 (95 % interval +1.0 to +2.0)".into()),
            "+1,5 (95 % interval +1,0 to +2,0)"
        );
    }
}
