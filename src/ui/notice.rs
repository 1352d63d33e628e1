//! What the page tells the user about their last command, and where an opened scenario came
//! from.
//!
//! Both are kept as what happened rather than as text, and said when the page is drawn: a
//! trainer who switches to Dutch after opening a link reads the notice in Dutch too.

use std::rc::Rc;

use super::share_panel::{link_error_text, LinkError};
use crate::i18n::problems::problems_text;
use crate::i18n::Texts;
use crate::lessons::ChapterError;
use crate::scenario::{ScenarioError, Warning, MODEL_VERSION};

/// A command that could not be carried out as asked, or something the user should know
/// before drawing conclusions from the run.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Reset kept the last valid scenario because the edited one has this many problems.
    InvalidDraft {
        /// How many problems the draft has (they are listed with the partners).
        problems: usize,
    },
    /// A lesson chapter's scenario does not build.
    ChapterFailed(ChapterError),
    /// A preset's scenario does not load.
    PresetFailed(ScenarioError),
    /// A change to the plan was refused.
    PlanRefused(ScenarioError),
    /// An action was asked for after the run's last month.
    HorizonReached,
    /// An opened file was made for an older model.
    Warnings(Vec<Warning>),
    /// A share link made by an earlier version opened, but does not replay the shared run.
    OlderLink,
    /// A share link could not be opened.
    LinkFailed(Rc<LinkError>),
    /// A lesson link names a lesson that does not exist.
    NoLesson {
        /// The lesson the link names.
        stem: String,
        /// The lessons there are.
        lessons: Vec<String>,
    },
    /// A lesson link names a chapter that does not exist.
    NoChapter {
        /// The lesson the link names.
        stem: String,
        /// How many chapters the lesson has.
        chapters: usize,
    },
}

impl Notice {
    /// The notice in the page's language.
    pub fn say(&self, tr: &Texts) -> String {
        match self {
            Notice::InvalidDraft { problems } => tr.count("state-invalid-draft", *problems, &[]),
            Notice::ChapterFailed(ChapterError::Invalid(e)) => {
                tr.with("state-chapter-error", &[("error", &problems_text(tr, e))])
            }
            // The other chapter faults are faults of the shipped lessons, which the test
            // suite rules out; their English text is enough to report one.
            Notice::ChapterFailed(e) => tr.with("state-chapter-error", &[("error", &e.to_string())]),
            Notice::PresetFailed(e) => tr.with("state-preset-error", &[("error", &problems_text(tr, e))]),
            Notice::PlanRefused(e) => tr.with("state-plan-error", &[("error", &problems_text(tr, e))]),
            Notice::HorizonReached => tr.get("state-horizon-reached"),
            Notice::Warnings(warnings) => {
                warnings.iter().map(|w| warning_text(tr, w)).collect::<Vec<_>>().join(" ")
            }
            Notice::OlderLink => tr.get("share-older-link"),
            Notice::LinkFailed(e) => tr.with("share-link-failed", &[("reason", &link_error_text(tr, e))]),
            Notice::NoLesson { stem, lessons } => {
                tr.with("lesson-link-no-lesson", &[("stem", stem), ("lessons", &lessons.join(", "))])
            }
            Notice::NoChapter { stem, chapters } => {
                tr.with("lesson-link-no-chapter", &[("stem", stem), ("chapters", &chapters.to_string())])
            }
        }
    }
}

/// A scenario's warning in the page's language (the CLI says it in English with `Display`).
fn warning_text(tr: &Texts, warning: &Warning) -> String {
    match warning {
        Warning::OlderModel { version } => tr.with(
            "notice-older-model",
            &[("version", &version.to_string()), ("current", &MODEL_VERSION.to_string())],
        ),
    }
}

/// Where the scenario of the run came from, when it was opened from a link or a file.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A file the user opened, by its name.
    File(String),
    /// A share link.
    Link,
}

/// What the page says about a scenario it opened: where from, and at which month it is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// Where the scenario came from.
    pub from: Source,
    /// The month the run was stepped to.
    pub month: u32,
    /// Whether that month is the run's horizon.
    pub at_horizon: bool,
}

impl Opened {
    /// The status line, naming the scenario by its title in the page's language.
    pub fn say(&self, tr: &Texts, title: &str) -> String {
        let from = match &self.from {
            Source::File(name) => tr.with("app-from-file", &[("name", name)]),
            Source::Link => tr.get("share-from-link"),
        };
        let shown = match (self.month, self.at_horizon) {
            (0, _) => "start",
            (_, true) => "horizon",
            (_, false) => "link",
        };
        tr.with(
            "state-opened",
            &[("from", &from), ("title", title), ("shown", shown), ("month", &self.month.to_string())],
        )
    }
}
