//! Guided lessons: short sequences of chapters, each of which sets up a scenario, says what
//! to look at, asks a question, offers one action to try and, once it was tried, says what to
//! notice (after Nicky Case's "The Evolution of Trust": one idea and one thing to do per
//! chapter, then the sandbox). Lessons are data files (`lessons/*.toml`, in English with a
//! Dutch `[chapter.nl]` beside each chapter), so a trainer can write one without code:
//!
//! ```toml
//! title = "Trust versus control"
//! summary = "Which governance fits which uncertainty."
//! [nl]
//! title = "Vertrouwen versus controle"
//! summary = "Welke sturing past bij welke onzekerheid."
//!
//! [[chapter]]
//! title = "A turbulent field"
//! scenario = "turbulent_field"                     # a shipped scenario's file stem
//! changes = { set = ["governance.control=0.8"] }   # as an expectation's arms change it
//! month = 12                                       # the run is shown at this month
//! look = "Two or three sentences on what to look at."
//! question = "A question for the group."
//! action = "set_control"                           # "run", or an action's name
//! # division = "exclusion"                         # with funding_round: the one button
//! # charts = ["work", "process"]                   # shown when presenting (default:
//! #                                                # relations and added_value)
//! task = "What to do, in one sentence."
//! notice = "What to notice once it was done."
//! [chapter.nl]
//! title = "…"  # and look, question, task, notice
//! ```
//!
//! This module reads lessons and builds each chapter's scenario; the page shows them
//! (`ui::lesson_panel`). Build.rs turns the files into JSON, so that the page reads them
//! without a TOML parser.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Lang;
use crate::model::Division;
use crate::scenario::{ActionName, ArmChanges, Scenario, ScenarioError, PRESETS_JSON};

// The shipped lessons as (file stem, TOML text) and (file stem, JSON text), written by
// build.rs from its list of lesson files.
include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// Most chapters a lesson has: a lesson is meant for part of one workshop.
pub const MAX_CHAPTERS: usize = 20;

/// A guided lesson.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Title in the lesson list.
    pub title: String,
    /// One sentence on what the lesson is about.
    pub summary: String,
    /// The title and summary in Dutch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<LessonNl>,
    /// The chapters, in order (1..=20).
    #[serde(rename = "chapter")]
    pub chapters: Vec<Chapter>,
}

/// A lesson's title and summary in Dutch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonNl {
    /// The title.
    pub title: String,
    /// The summary.
    pub summary: String,
}

/// One chapter: a scenario state, what to look at, a question, one action and what to notice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// Short title.
    pub title: String,
    /// File stem of the shipped scenario the chapter starts from.
    pub scenario: String,
    /// Changes to that scenario, written like an expectation's arm.
    #[serde(default, skip_serializing_if = "ArmChanges::is_empty")]
    pub changes: ArmChanges,
    /// The month the run is shown at when the chapter opens (0: the start).
    #[serde(default)]
    pub month: u32,
    /// What to look at, in two or three sentences.
    pub look: String,
    /// A question to think about or discuss before acting.
    pub question: String,
    /// The one action the chapter offers; the page highlights its control and dims the rest.
    pub action: LessonAction,
    /// For a funding round, the division the chapter is about: its button alone is
    /// highlighted (any funding round still counts as done).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<Division>,
    /// The two views presentation mode shows beside the chapter and the timeline: the ones
    /// its texts ask the group to look at.
    #[serde(default = "default_charts", skip_serializing_if = "is_default_charts")]
    pub charts: Vec<LessonChart>,
    /// What to do, in one sentence.
    pub task: String,
    /// What to notice once the action was taken.
    pub notice: String,
    /// The texts in Dutch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<ChapterNl>,
}

/// A view a chapter can put beside itself in presentation mode: one of the page's main
/// charts, or the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LessonChart {
    /// Trust, mutual knowledge, shared vision, value alignment.
    Relations,
    /// Conflict, commitment, delivery reliability.
    Work,
    /// Value together and alone, cumulative.
    Value,
    /// Added value: together minus alone.
    AddedValue,
    /// Value this month, together and alone.
    MonthlyValue,
    /// The process share of effort, with the alarm line.
    Process,
    /// The network of partners.
    Network,
}

impl LessonChart {
    /// The page element that shows it.
    pub fn selector(self) -> &'static str {
        match self {
            LessonChart::Relations => "#chart-relations",
            LessonChart::Work => "#chart-work",
            LessonChart::Value => "#chart-value",
            LessonChart::AddedValue => "#chart-added-value",
            LessonChart::MonthlyValue => "#chart-monthly-value",
            LessonChart::Process => "#chart-process",
            LessonChart::Network => "section.network",
        }
    }

    /// The message id of its title on the page.
    pub fn title_message(self) -> &'static str {
        match self {
            LessonChart::Relations => "chart-relations-title",
            LessonChart::Work => "chart-work-title",
            LessonChart::Value => "chart-value-title",
            LessonChart::AddedValue => "chart-added-value-title",
            LessonChart::MonthlyValue => "chart-monthly-value-title",
            LessonChart::Process => "chart-process-title",
            LessonChart::Network => "network-title",
        }
    }

    /// Every view, in the page's order.
    pub const ALL: [LessonChart; 7] = [
        LessonChart::Relations,
        LessonChart::Work,
        LessonChart::Value,
        LessonChart::AddedValue,
        LessonChart::MonthlyValue,
        LessonChart::Process,
        LessonChart::Network,
    ];
}

/// The views a chapter shows unless it names others: how the relations grow and whether the
/// alliance adds value.
fn default_charts() -> Vec<LessonChart> {
    vec![LessonChart::Relations, LessonChart::AddedValue]
}

fn is_default_charts(charts: &[LessonChart]) -> bool {
    charts == default_charts()
}

/// A chapter's texts in Dutch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterNl {
    /// The title.
    pub title: String,
    /// What to look at.
    pub look: String,
    /// The question.
    pub question: String,
    /// What to do.
    pub task: String,
    /// What to notice.
    pub notice: String,
}

/// The one thing a chapter asks the user to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonAction {
    /// Run the alliance to its horizon; done when the run gets there.
    Run,
    /// Take this action (an intervention, a shock or a live governance change); done when the
    /// page hands one of this kind to the run.
    Take(ActionName),
}

impl LessonAction {
    /// The name written in lesson files: `run` or the action's name.
    pub fn name(self) -> &'static str {
        match self {
            LessonAction::Run => "run",
            LessonAction::Take(a) => a.name(),
        }
    }
}

impl fmt::Display for LessonAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for LessonAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for LessonAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text == "run" {
            return Ok(LessonAction::Run);
        }
        ActionName::ALL.iter().find(|a| a.name() == text).map(|a| LessonAction::Take(*a)).ok_or_else(|| {
            let names: Vec<&str> = ActionName::ALL.iter().map(|a| a.name()).collect();
            serde::de::Error::custom(format!(
                "unknown action {text:?}; expected \"run\" or one of {}",
                names.join(", ")
            ))
        })
    }
}

/// Why a lesson does not load: the field path and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonError(pub String);

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LessonError {}

impl Lesson {
    /// Reads a lesson file (TOML) and checks it: chapter count and every chapter's scenario.
    pub fn parse(text: &str) -> Result<Lesson, LessonError> {
        let lesson: Lesson = toml::from_str(text).map_err(|e| LessonError(e.to_string()))?;
        lesson.check()?;
        Ok(lesson)
    }

    /// Reads a lesson from the JSON build.rs wrote, and checks it.
    pub fn parse_json(text: &str) -> Result<Lesson, LessonError> {
        let lesson: Lesson = serde_json::from_str(text).map_err(|e| LessonError(e.to_string()))?;
        lesson.check()?;
        Ok(lesson)
    }

    /// The number of chapters is within bounds and every chapter's scenario builds.
    fn check(&self) -> Result<(), LessonError> {
        if !(1..=MAX_CHAPTERS).contains(&self.chapters.len()) {
            let n = self.chapters.len();
            return Err(LessonError(format!(
                "chapter: a lesson has 1 to {MAX_CHAPTERS} chapters; this one has {n}"
            )));
        }
        for (i, chapter) in self.chapters.iter().enumerate() {
            if chapter.division.is_some() && chapter.action != LessonAction::Take(ActionName::FundingRound) {
                return Err(LessonError(format!(
                    "chapter[{i}].division: only a chapter whose action is funding_round takes a division, not {}",
                    chapter.action
                )));
            }
            match chapter.charts[..] {
                [first, second] if first == second => {
                    return Err(LessonError(format!(
                        "chapter[{i}].charts: {} is named twice; name two different views, or one",
                        serde_json::to_string(&first).unwrap_or_default()
                    )));
                }
                [_] | [_, _] => {}
                _ => {
                    return Err(LessonError(format!(
                        "chapter[{i}].charts: a chapter shows one or two views beside it, not {}",
                        chapter.charts.len()
                    )));
                }
            }
            chapter.scenario().map_err(|e| LessonError(format!("chapter[{i}]: {e}")))?;
        }
        Ok(())
    }
}

impl Lesson {
    /// The title in `lang`: the Dutch one on a Dutch page where the lesson has it.
    pub fn title_in(&self, lang: Lang) -> &str {
        match (&self.nl, lang) {
            (Some(nl), Lang::Nl) => &nl.title,
            _ => &self.title,
        }
    }

    /// The summary in `lang` (see [`Lesson::title_in`]).
    pub fn summary_in(&self, lang: Lang) -> &str {
        match (&self.nl, lang) {
            (Some(nl), Lang::Nl) => &nl.summary,
            _ => &self.summary,
        }
    }
}

impl Chapter {
    /// The chapter's texts in `lang`: the Dutch ones on a Dutch page where the chapter has
    /// them, else the English ones.
    pub fn texts_in(&self, lang: Lang) -> ChapterNl {
        match (&self.nl, lang) {
            (Some(nl), Lang::Nl) => nl.clone(),
            _ => ChapterNl {
                title: self.title.clone(),
                look: self.look.clone(),
                question: self.question.clone(),
                task: self.task.clone(),
                notice: self.notice.clone(),
            },
        }
    }

    /// The CSS selector of the control the page highlights: every element of the chapter's
    /// action (`data-action`), narrowed to the named division of a funding round.
    pub fn focus_selector(&self) -> String {
        let action = format!("[data-action=\"{}\"]", self.action.name());
        match self.division {
            Some(division) => format!("{action}[data-division=\"{}\"]", division.name()),
            None => action,
        }
    }

    /// The chapter's scenario: the shipped scenario with the chapter's changes, validated.
    pub fn scenario(&self) -> Result<Scenario, ChapterError> {
        let text = PRESETS_JSON
            .iter()
            .find(|(stem, _)| *stem == self.scenario)
            .map(|(_, text)| *text)
            .ok_or_else(|| ChapterError::UnknownScenario(self.scenario.clone()))?;
        let mut s = Scenario::parse_json(text).map_err(ChapterError::Invalid)?;
        self.changes.apply(&mut s).map_err(ChapterError::Invalid)?;
        if self.month > s.horizon_months {
            return Err(ChapterError::PastHorizon { month: self.month, horizon: s.horizon_months });
        }
        Ok(s)
    }
}

/// Why a chapter's scenario does not build.
#[derive(Clone, Debug, PartialEq)]
pub enum ChapterError {
    /// No shipped scenario has this file stem.
    UnknownScenario(String),
    /// The scenario with the chapter's changes is not valid.
    Invalid(ScenarioError),
    /// The chapter's month lies past the scenario's horizon.
    PastHorizon {
        /// The chapter's month.
        month: u32,
        /// The scenario's horizon.
        horizon: u32,
    },
}

impl fmt::Display for ChapterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChapterError::UnknownScenario(stem) => {
                write!(f, "scenario: no shipped scenario is called {stem:?}")
            }
            ChapterError::Invalid(e) => write!(f, "changes: {e}"),
            ChapterError::PastHorizon { month, horizon } => {
                write!(f, "month: {month} lies past the scenario's horizon, month {horizon}")
            }
        }
    }
}
