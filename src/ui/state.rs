//! App state as a reducer: every user command is an [`Action`].
//!
//! The simulation is kept behind one shared cell and advanced in place: cloning a whole run's
//! history on every tick would cost more than the model step itself. `revision` counts the
//! changes, so components can tell cheaply whether there is anything new to draw.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use rand::Rng;

use std::collections::BTreeMap;

use super::notice::{Notice, Opened, Source};
use super::settings::{self, LessonProgress};
use crate::i18n::Lang;
use crate::lessons::{Lesson, LessonAction, LessonError, LESSONS_JSON};
use crate::model::{self, rng_for_seed};
use crate::scenario::{ActionName, Scenario, ScenarioError, ScheduleEntry, PRESETS_JSON};
use crate::simulation::Simulation;

mod reducer;

/// A shared handle to the running simulation, compared by identity.
#[derive(Clone)]
pub struct SimHandle(Rc<RefCell<Simulation>>);

impl SimHandle {
    fn new(scenario: &Scenario) -> SimHandle {
        SimHandle(Rc::new(RefCell::new(Simulation::new(scenario))))
    }

    /// A second run that continues from this one's state: same history, seed and actions.
    fn fork(&self) -> SimHandle {
        SimHandle(Rc::new(RefCell::new(self.borrow().clone())))
    }

    /// This run as it was at `month`, with the user's later actions still to come.
    fn rewound(&self, month: u32) -> SimHandle {
        SimHandle(Rc::new(RefCell::new(self.borrow().rewound(month))))
    }

    /// Read access for rendering.
    pub fn borrow(&self) -> Ref<'_, Simulation> {
        self.0.borrow()
    }
}

impl PartialEq for SimHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// One embedded preset: its file stem and the parsed scenario, or why it did not parse.
#[derive(PartialEq)]
pub struct Preset {
    /// File stem in `scenarios/`.
    pub stem: &'static str,
    /// The scenario, or its validation errors.
    pub scenario: Result<Scenario, ScenarioError>,
}

/// One shipped lesson: its file stem and the lesson, or why it did not load.
#[derive(PartialEq)]
pub struct ShippedLesson {
    /// File stem in `lessons/`, which names the lesson in links and in the stored progress.
    pub stem: &'static str,
    /// The lesson, or what is wrong with it.
    pub lesson: Result<Lesson, LessonError>,
}

/// Where the user is in a lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonAt {
    /// Index of the lesson in [`AppState::lessons`].
    pub lesson: usize,
    /// Index of the chapter (0-based).
    pub chapter: usize,
    /// Whether the user took the chapter's action, so that what to notice is shown.
    pub tried: bool,
}

/// Which run a user action goes to in compare mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Run A only.
    A,
    /// Run B only.
    B,
    /// Both runs.
    Both,
}

/// One of the two runs of compare mode; outside it there is only A.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arm {
    /// Run A, the only run outside compare mode.
    A,
    /// Run B in compare mode.
    B,
}

/// How fast a run advances: a timer interval and the months simulated per tick.
pub struct Speed {
    /// The message id of its name in the speed picker.
    pub message: &'static str,
    /// Milliseconds between two ticks.
    pub interval_ms: u32,
    /// Months simulated per tick.
    pub months_per_tick: u32,
}

/// How many months the values in words may lag behind a run at the fastest speed (see
/// [`AppState::texts`]): about 20 changes a second at its full pace. With the CPU slowed 4 ×
/// this took a run's long tasks from 3.5 to 2.5 on average (docs/PERFORMANCE.md).
pub const TEXTS_EVERY_MONTHS: u64 = 12;

/// The speeds on offer. The fastest simulates several months per tick; the charts still draw
/// at most once per animation frame, so the extra months cost only model time.
pub const SPEEDS: [Speed; 4] = [
    Speed { message: "speed-slow", interval_ms: 250, months_per_tick: 1 },
    Speed { message: "speed-normal", interval_ms: 83, months_per_tick: 1 },
    Speed { message: "speed-fast", interval_ms: 33, months_per_tick: 1 },
    Speed { message: "speed-fastest", interval_ms: 16, months_per_tick: 4 },
];

/// Everything the page shows, derived from the scenario and the simulation.
#[derive(Clone)]
pub struct AppState {
    /// Every embedded preset, parsed once at start-up.
    pub presets: Rc<Vec<Preset>>,
    /// Index of the chosen preset in `presets`.
    pub preset: usize,
    /// The scenario being edited (partner cards, seed, horizon); it becomes the run's
    /// scenario at the next Reset.
    pub draft: Rc<Scenario>,
    /// The scenario the run started from.
    pub scenario: Rc<Scenario>,
    /// The run in progress; run A in compare mode.
    pub sim: SimHandle,
    /// Run B in compare mode, advanced in lockstep with A; `None` outside compare mode.
    pub sim_b: Option<SimHandle>,
    /// Which run user actions go to in compare mode.
    pub target: Target,
    /// Whether months advance on every tick.
    pub running: bool,
    /// Increases whenever the simulation changed.
    pub revision: u64,
    /// The revision the charts' values in words follow: the same as `revision`, except during
    /// a run at a speed of several months per tick, where they follow every
    /// [`TEXTS_EVERY_MONTHS`] months. The canvases still draw every change; the words change
    /// too fast to read there anyway, and each change of text costs the page a layout.
    pub texts: u64,
    /// Index into [`SPEEDS`].
    pub speed: usize,
    /// A message about the last command that could not be carried out as asked.
    pub notice: Option<Notice>,
    /// Where the scenario of the run came from, when it was opened from a link or a file.
    pub loaded: Option<Opened>,
    /// The plan (schedule) of the preset or the opened link or file, which the plan panel can
    /// restore after the user removed or moved its actions.
    pub start_plan: Rc<Vec<ScheduleEntry>>,
    /// Whether the page is in presentation mode: for a projector, the phase, the network and
    /// the main charts at large size, the editing panels hidden.
    pub presenting: bool,
    /// Every shipped lesson, parsed once at start-up.
    pub lessons: Rc<Vec<ShippedLesson>>,
    /// The lesson chapter the user is in, if any.
    pub lesson: Option<LessonAt>,
    /// How far the user got in each lesson, by file stem; the page stores it.
    pub progress: Rc<BTreeMap<String, LessonProgress>>,
    /// The language of the page.
    pub lang: Lang,
}

/// The commands the page sends.
pub enum Action {
    /// Start advancing on every tick.
    Run,
    /// Stop advancing.
    Pause,
    /// Run when paused, pause when running (the keyboard shortcut).
    Toggle,
    /// Advance exactly one month (and pause).
    Step,
    /// Advance this many months at once (and pause), as far as the horizon.
    Forward(u32),
    /// Go back this many months (and pause), as far as month 0: the run (and run B) is
    /// replayed from the start with the actions taken (see [`Simulation::rewound`]), which
    /// gives the same months again.
    Back(u32),
    /// Enter (true) or leave (false) presentation mode.
    Present(bool),
    /// Enter presentation mode, or leave it (the keyboard shortcut).
    TogglePresenting,
    /// A timer tick while running.
    Tick,
    /// Start again from month 0 with the draft scenario, if it is valid.
    Reset,
    /// Load a preset into the draft and start it.
    SelectPreset(usize),
    /// Replace the draft scenario (partner cards, seed, horizon).
    EditDraft(Box<Scenario>),
    /// Throw away the edits and go back to the chosen preset.
    RevertDraft,
    /// Draw a new seed and start again with it.
    NewSeed,
    /// Choose an index into [`SPEEDS`].
    SetSpeed(usize),
    /// Hand an action to the running model (interventions, shocks, live governance): to run
    /// A, B or both in compare mode, as [`AppState::target`] says.
    Model(model::Action),
    /// Turn compare mode on (B starts as a copy of A at the current month) or off.
    ToggleCompare,
    /// Choose which run user actions go to in compare mode.
    SetTarget(Target),
    /// Start a scenario opened from a share link or a file, named by `from`, and step it to
    /// `month` (at most the horizon) before anything of it is drawn.
    Load {
        /// The validated scenario.
        scenario: Box<Scenario>,
        /// Run B's scenario, from a link made in compare mode: the page opens in compare mode.
        compare: Option<Box<Scenario>>,
        /// Where it came from, for the status message.
        from: Source,
        /// The month to step the new run to: the month a share link was made at, 0 for a file.
        month: u32,
    },
    /// Show a message about something that could not be done (a damaged link).
    Notify(Notice),
    /// Open a chapter of a lesson (indices into [`AppState::lessons`] and its chapters): its
    /// scenario starts and is stepped to the chapter's month, compare mode ends.
    OpenChapter {
        /// Index of the lesson.
        lesson: usize,
        /// Index of the chapter.
        chapter: usize,
    },
    /// Leave the lesson and keep its alliance in the sandbox; `finished` marks the lesson
    /// done (the last chapter's Finish).
    LeaveLesson {
        /// Whether the user finished the lesson.
        finished: bool,
    },
    /// Show the page in this language.
    SetLang(Lang),
    /// The arrow keys while presenting: the next (`true`) or previous chapter in a lesson,
    /// else `months` months on or back.
    Turn {
        /// Forwards or backwards.
        forward: bool,
        /// Months to step outside a lesson.
        months: u32,
    },
    /// Give a run a new plan from the next month on (see [`Simulation::replan`]); a new plan
    /// for A is also the draft's, so that it stays after a Reset.
    Replan {
        /// The run whose plan changes.
        arm: Arm,
        /// The whole new schedule, the months already simulated unchanged.
        schedule: Vec<ScheduleEntry>,
    },
}

impl AppState {
    /// The state of a fresh page: the first preset that parses, at month 0, paused, at the
    /// speed the user chose last time.
    pub fn new() -> AppState {
        let presets: Vec<Preset> = PRESETS_JSON
            .iter()
            .map(|(stem, text)| Preset { stem, scenario: Scenario::parse_json(text) })
            .collect();
        let (preset, scenario) = presets
            .iter()
            .enumerate()
            .find_map(|(i, p)| p.scenario.as_ref().ok().map(|s| (i, s.clone())))
            .unwrap_or_else(|| (0, Scenario::default_preset()));
        let scenario = Rc::new(scenario);
        let start_plan = Rc::new(scenario.schedule.clone());
        AppState {
            presets: Rc::new(presets),
            preset,
            draft: scenario.clone(),
            sim: SimHandle::new(&scenario),
            sim_b: None,
            target: Target::Both,
            scenario,
            running: false,
            revision: 0,
            texts: 0,
            speed: settings::load().speed.min(SPEEDS.len() - 1),
            notice: None,
            loaded: None,
            start_plan,
            presenting: false,
            lessons: Rc::new(
                LESSONS_JSON
                    .iter()
                    .map(|(stem, text)| ShippedLesson { stem, lesson: Lesson::parse_json(text) })
                    .collect(),
            ),
            lesson: None,
            progress: Rc::new(settings::load().lessons),
            lang: super::texts::initial_lang(),
        }
    }

    /// The chapter the user is in, with its lesson's index and stem.
    pub fn chapter(&self) -> Option<(&ShippedLesson, &Lesson, LessonAt)> {
        let at = self.lesson?;
        let shipped = self.lessons.get(at.lesson)?;
        let lesson = shipped.lesson.as_ref().ok()?;
        Some((shipped, lesson, at))
    }

    /// The speed in use.
    pub fn speed(&self) -> &'static Speed {
        &SPEEDS[self.speed.min(SPEEDS.len() - 1)]
    }

    /// Whether the draft differs from the scenario of the run.
    pub fn draft_pending(&self) -> bool {
        self.draft != self.scenario
    }

    /// The runs user actions go to: A outside compare mode, else as the target says.
    fn targets(&self) -> Vec<&SimHandle> {
        match (&self.sim_b, self.target) {
            (None, _) | (Some(_), Target::A) => vec![&self.sim],
            (Some(b), Target::B) => vec![b],
            (Some(b), Target::Both) => vec![&self.sim, b],
        }
    }

    /// The run whose live settings the governance controls show: B when actions go to B only.
    pub fn shown(&self) -> &SimHandle {
        match (&self.sim_b, self.target) {
            (Some(b), Target::B) => b,
            _ => &self.sim,
        }
    }

    /// Advances up to `months` months, stopping at the horizon; returns how many it did. In
    /// compare mode B takes every step A takes, so both stay at the same month.
    fn advance(&self, months: u32) -> u32 {
        let mut sim = self.sim.0.borrow_mut();
        let mut b = self.sim_b.as_ref().map(|b| b.0.borrow_mut());
        let mut done = 0;
        while done < months && !sim.is_finished() {
            sim.step_month();
            if let Some(b) = b.as_mut() {
                b.step_month();
            }
            done += 1;
        }
        done
    }

    /// Opens a lesson's chapter: its scenario becomes the draft and the run, stepped to the
    /// chapter's month, outside compare mode; the progress remembers the chapter. A chapter
    /// that is not there (past the last) changes nothing.
    fn open_chapter(mut self, lesson: usize, chapter: usize) -> AppState {
        let lessons = self.lessons.clone();
        let Some(shipped) = lessons.get(lesson) else { return self };
        let Some(c) = shipped.lesson.as_ref().ok().and_then(|l| l.chapters.get(chapter)) else { return self };
        match c.scenario() {
            Ok(scenario) => {
                if let Some(i) = self.presets.iter().position(|p| p.stem == c.scenario) {
                    self.preset = i;
                }
                self.start_plan = Rc::new(scenario.schedule.clone());
                self.draft = Rc::new(scenario);
                self.sim_b = None;
                self = self.reset();
                let reached = self.advance(c.month);
                self.revision += u64::from(reached);
                self.lesson = Some(LessonAt { lesson, chapter, tried: false });
                Rc::make_mut(&mut self.progress).entry(shipped.stem.to_string()).or_default().chapter =
                    chapter;
            }
            Err(e) => {
                self.notice = Some(Notice::ChapterFailed(e));
            }
        }
        self
    }

    /// Marks the chapter's action as tried once the user took it: an action of its kind
    /// (`taken`), or, for a chapter that asks to run, the run reaching its horizon.
    fn mark_tried(&mut self, taken: Option<ActionName>) {
        let Some((_, lesson, at)) = self.chapter() else { return };
        let tried = at.tried
            || match lesson.chapters[at.chapter].action {
                LessonAction::Run => self.sim.borrow().is_finished(),
                LessonAction::Take(name) => taken == Some(name),
            };
        self.lesson = Some(LessonAt { tried, ..at });
    }

    /// Starts the draft from month 0, or keeps the run's scenario when the draft is invalid.
    fn reset(mut self) -> AppState {
        match self.draft.validate() {
            Ok(()) => {
                self.scenario = self.draft.clone();
                self.notice = None;
            }
            Err(e) => {
                self.notice = Some(Notice::InvalidDraft { problems: e.count() });
            }
        }
        self.sim = SimHandle::new(&self.scenario);
        // B keeps its own plan, unless the restarted scenario has no room for it (a partner
        // it names was removed, its months are past a shorter horizon): then B starts with A's.
        self.sim_b = self.sim_b.as_ref().map(|b| {
            let mut scenario_b = (*self.scenario).clone();
            scenario_b.schedule = b.borrow().scenario().schedule.clone();
            match scenario_b.validate() {
                Ok(()) => SimHandle::new(&scenario_b),
                Err(_) => SimHandle::new(&self.scenario),
            }
        });
        self.loaded = None;
        self.running = false;
        self.revision += 1;
        self
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}
