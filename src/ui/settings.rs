//! The user's display settings (speed, ensemble worker count, event-log filters) and lesson
//! progress, kept in the browser's localStorage so that a reload or a new visit keeps them.
//!
//! They are plain serde data. Anything unreadable (storage switched off, a value written by
//! another version, a damaged entry) is ignored in favour of the defaults: settings are a
//! convenience, never a reason for the page not to start.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The localStorage key the settings are stored under.
const KEY: &str = "alliance-lab.settings";

/// The number of event-log filter groups.
pub const FILTER_COUNT: usize = 5;

/// The stored settings. Every field has a default, so an entry missing some of them still
/// gives the others.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Index into the run speeds.
    pub speed: usize,
    /// Web Workers for ensembles, or `None` for as many as the machine has cores.
    pub workers: Option<usize>,
    /// Which event-log filter groups are shown.
    pub event_filters: [bool; FILTER_COUNT],
    /// How far the user got in each lesson, by the lesson's file stem.
    pub lessons: BTreeMap<String, LessonProgress>,
    /// The language the user chose last (`en`, `nl`), if any.
    pub lang: Option<String>,
}

/// How far the user got in one lesson.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    /// The chapter the user was at last (0-based), where Continue goes back to.
    pub chapter: usize,
    /// Whether the user finished the lesson once.
    pub finished: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            speed: 1,
            workers: None,
            event_filters: [true; FILTER_COUNT],
            lessons: BTreeMap::new(),
            lang: None,
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored settings, or the defaults when there are none or they cannot be read.
pub fn load() -> Settings {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Changes the stored settings with `change`. A refusal to store (private browsing, a full
/// quota) is ignored: the setting still applies to this page.
pub fn update(change: impl FnOnce(&mut Settings)) {
    let mut settings = load();
    change(&mut settings);
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&settings)) {
        let _ = storage.set_item(KEY, &text);
    }
}
