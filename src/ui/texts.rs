//! The page's language: the messages of the chosen language for every component (a Yew
//! context, read with [`use_tr`]), the language the page starts in, and the switch's storage.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Texts};

/// The messages of the page's language, shared by every component.
#[derive(Clone)]
pub struct Tr(pub Rc<Texts>);

impl Tr {
    /// The messages of `lang`.
    pub fn new(lang: Lang) -> Tr {
        Tr(Rc::new(Texts::new(lang)))
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        self.0.lang() == other.0.lang()
    }
}

impl Deref for Tr {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        &self.0
    }
}

impl Tr {
    /// A level on the 0-to-1 scale in words and as a percentage ("moderate, 53 %"), as
    /// [`crate::numbers::level`] writes it in English.
    pub fn level(&self, value: f64) -> String {
        const WORDS: [&str; 5] =
            ["level-very-low", "level-low", "level-moderate", "level-high", "level-very-high"];
        let (band, percent) = crate::numbers::level_band(value);
        format!("{}, {percent:.0} %", self.get(WORDS[band]))
    }

    /// A signed difference as [`crate::numbers::signed`] writes it, with this language's
    /// decimal separator.
    pub fn signed(&self, value: f64, decimals: usize) -> String {
        self.lang().localise(crate::numbers::signed(value, decimals))
    }

    /// A number with `decimals` decimals and this language's decimal separator.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.lang().number(value, decimals)
    }
}

thread_local! {
    /// English, for a component rendered outside the app's context (none is, today).
    static ENGLISH: Tr = Tr::new(Lang::En);
}

/// The messages of the page's language.
#[hook]
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_else(|| ENGLISH.with(Tr::clone))
}

/// The language the page starts in: `?lang=` in the URL, else the one the user chose before,
/// else the browser's first language we have, else English.
pub fn initial_lang() -> Lang {
    let window = web_sys::window();
    let from_url = window.as_ref().and_then(|w| w.location().search().ok()).and_then(|search| {
        search
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("lang=").and_then(Lang::parse))
    });
    let stored = super::settings::load().lang.as_deref().and_then(Lang::parse);
    let browser = window.as_ref().and_then(|w| {
        let languages = w.navigator().languages();
        (0..languages.length()).find_map(|i| languages.get(i).as_string().as_deref().and_then(Lang::parse))
    });
    from_url.or(stored).or(browser).unwrap_or_default()
}

/// Keeps `<html lang>` on the page's language, so that screen readers pronounce it and the
/// browser offers the right hyphenation and translation.
pub fn mark_document(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}
