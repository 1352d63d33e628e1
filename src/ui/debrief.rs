//! The printable debrief of a run (and of run B in compare mode): the scenario and its
//! partners, the key figures, the phases over time, the turning points with their causes, the
//! actions taken and reflection questions from the article. Hidden on screen; the print
//! stylesheet shows it first, followed by the main charts, so that the browser's "print" or
//! "save as PDF" gives a debrief a group can take home, in the page's language.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::on_window;
use super::event_texts::event_text;
use super::labels::style_label;
use super::state::{Action, AppState, LessonAt, ShippedLesson, SimHandle};
use super::texts::{use_tr, Tr};
use crate::i18n::{Lang, Texts};
use crate::model::{EventKind, DISSOLVED};
use crate::simulation::Simulation;

/// The questions from the article for the group's reflection, by message id: on a Dutch page
/// they read as the article words them; an English page adds the article's wording in
/// brackets.
const REFLECTION: [&str; 6] = [
    "debrief-question-why",
    "debrief-question-who",
    "debrief-question-vehicle",
    "debrief-question-lasting",
    "debrief-question-added-value",
    "debrief-question-efficient",
];

thread_local! {
    /// The Dutch messages, for the article's wording of the questions on an English page.
    static DUTCH: Texts = Texts::new(Lang::Nl);
}

/// Properties of [`Debrief`].
#[derive(PartialEq, Properties)]
pub struct DebriefProps {
    /// Run A, or the only run.
    pub sim: SimHandle,
    /// Run B in compare mode.
    pub sim_b: Option<SimHandle>,
    /// The runs' revision, `None` while a run plays: the debrief is only printed, and is not
    /// rebuilt on every month of a playing run (printing pauses the run first, see
    /// [`use_pause_before_print`]).
    pub revision: Option<u64>,
    /// Every shipped lesson, for the chapter the user is in.
    pub lessons: Rc<Vec<ShippedLesson>>,
    /// The lesson chapter the user is in, whose question and point the debrief repeats.
    pub at: Option<LessonAt>,
}

/// The debrief, for print.
#[function_component]
pub fn Debrief(props: &DebriefProps) -> Html {
    let tr = use_tr();
    let lang = tr.lang();
    let a = props.sim.borrow();
    let b = props.sim_b.as_ref().map(|b| b.borrow());
    let scenario = a.scenario();
    let runs: Vec<(Run, &Simulation)> = match &b {
        Some(b) => vec![(Run::A, &*a), (Run::B, &**b)],
        None => vec![(Run::Only, &*a)],
    };
    let (goal, point) = (scenario.goal_in(lang), scenario.point_in(lang));
    let facts = tr.with(
        "debrief-facts",
        &[
            ("seed", &a.seed().to_string()),
            ("month", &a.month().to_string()),
            ("horizon", &a.horizon().to_string()),
            ("style", &style_label(&tr, &a.params().style)),
            ("control", &tr.level(scenario.governance.control)),
        ],
    );
    html! {
        <section class="debrief" id="debrief" aria-label={tr.get("debrief-label")}>
            <h2>{ tr.with("debrief-title", &[("title", scenario.title_in(lang))]) }</h2>
            <p>{ scenario.description_in(lang).to_string() }</p>
            if !goal.is_empty() {
                <p><strong>{ tr.get("debrief-goal") }</strong>{ goal.to_string() }</p>
            }
            if !point.is_empty() {
                <p><strong>{ tr.get("debrief-point") }</strong>{ point.to_string() }</p>
            }
            { lesson_chapter(&tr, &props.lessons, props.at) }
            <p class="debrief-facts">{ facts }</p>
            <h3>{ tr.get("debrief-partners") }</h3>
            <table class="debrief-partners">
                <thead><tr>
                    <th scope="col">{ tr.get("debrief-partner") }</th><th scope="col">{ tr.get("debrief-size") }</th>
                    <th scope="col">{ tr.get("debrief-quality") }</th><th scope="col">{ tr.get("debrief-competitiveness") }</th>
                    <th scope="col">{ tr.get("debrief-dependency") }</th>
                </tr></thead>
                <tbody>
                    { for scenario.partners.iter().map(|p| html! {
                        <tr>
                            <th scope="row">{ p.name.clone() }</th>
                            <td>{ tr.level(p.size) }</td><td>{ tr.level(p.quality) }</td>
                            <td>{ tr.level(p.competitiveness) }</td><td>{ tr.level(p.dependency) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h3>{ tr.get("debrief-key-figures") }</h3>
            <table class="debrief-figures">
                <thead><tr>
                    <th scope="col">{ "" }</th>
                    { for runs.iter().map(|(run, _)| html! { <th scope="col">{ run.name(&tr) }</th> }) }
                </tr></thead>
                <tbody>
                    { for key_figures(&tr).into_iter().map(|(label, figure)| html! {
                        <tr>
                            <th scope="row">{ label }</th>
                            { for runs.iter().map(|(_, sim)| html! { <td>{ figure(&tr, sim) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            { for runs.iter().map(|(run, sim)| run_story(&tr, *run, sim)) }
            <h3>{ tr.get("debrief-questions") }</h3>
            <ol class="debrief-questions">
                { for REFLECTION.iter().map(|id| html! {
                    <li>
                        { tr.get(id) }
                        if lang == Lang::En {
                            <span class="dutch" lang="nl">{ format!(" ({})", DUTCH.with(|nl| nl.get(id))) }</span>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// Which run a column or a story is about.
#[derive(Clone, Copy, PartialEq)]
enum Run {
    /// The only run, outside compare mode.
    Only,
    A,
    B,
}

impl Run {
    /// The run's name as a column heading: "The run", "Run A", "Run B".
    fn name(self, tr: &Tr) -> String {
        match self {
            Run::Only => tr.get("debrief-run"),
            Run::A => tr.get("debrief-run-a"),
            Run::B => tr.get("debrief-run-b"),
        }
    }
}

/// A key figure: its label and how it reads off a run.
type Figure = (String, fn(&Tr, &Simulation) -> String);

/// The key figures, each a row of the table with a column per run.
fn key_figures(tr: &Tr) -> [Figure; 6] {
    [
        (tr.get("debrief-phase-at-end"), phase_at_end),
        (tr.get("debrief-added-value"), added_value),
        (tr.get("debrief-broke-even"), broke_even),
        (tr.get("debrief-partners-kept"), partners_kept),
        (tr.get("debrief-trust-at-end"), |tr, sim| {
            sim.history().last().map_or_else(String::new, |h| tr.level(h.trust))
        }),
        (tr.get("debrief-conflict-at-end"), |tr, sim| {
            sim.history().last().map_or_else(String::new, |h| tr.level(h.conflict))
        }),
    ]
}

/// A phase of Figure 1 as the debrief names it: "start: design and alignment".
fn phase_name(tr: &Tr, phase: u8) -> String {
    match phase {
        1 => tr.get("debrief-phase-name-1"),
        2 => tr.get("debrief-phase-name-2"),
        _ => tr.get("debrief-phase-name-3"),
    }
}

/// The phase of the last month simulated and since when: "Phase 3 (productivity and added
/// value) from month 87", or dissolved with the month.
fn phase_at_end(tr: &Tr, sim: &Simulation) -> String {
    let history = sim.history();
    let Some(last) = history.last() else { return String::new() };
    let since = history.iter().rev().take_while(|h| h.phase == last.phase).last().map_or(0, |h| h.month);
    if last.phase == DISSOLVED {
        return tr.with("debrief-dissolved-in", &[("month", &since.to_string())]);
    }
    tr.with(
        "debrief-phase-from",
        &[
            ("phase", &last.phase.to_string()),
            ("name", &phase_name(tr, last.phase)),
            ("month", &since.to_string()),
        ],
    )
}

/// "+41.5 value units (512.3 together against 470.8 alone)".
fn added_value(tr: &Tr, sim: &Simulation) -> String {
    sim.history().last().map_or_else(String::new, |h| {
        tr.with(
            "debrief-added-value-figure",
            &[
                ("difference", &tr.signed(h.added_value, 1)),
                ("together", &tr.number(h.value, 1)),
                ("alone", &tr.number(h.solo_value, 1)),
            ],
        )
    })
}

/// The month value together first exceeded value alone, or "not yet".
fn broke_even(tr: &Tr, sim: &Simulation) -> String {
    sim.history().iter().find(|h| h.value > h.solo_value).map_or_else(
        || tr.get("debrief-not-yet"),
        |h| tr.with("debrief-in-month", &[("month", &h.month.to_string())]),
    )
}

/// "5 of 5".
fn partners_kept(tr: &Tr, sim: &Simulation) -> String {
    let start = sim.scenario().partners.len();
    sim.history().last().map_or_else(String::new, |h| {
        tr.with("debrief-kept-of", &[("kept", &h.active_partners.to_string()), ("start", &start.to_string())])
    })
}

/// A run's phases over time, its turning points and the actions taken. Outside compare mode
/// the headings name no run.
fn run_story(tr: &Tr, run: Run, sim: &Simulation) -> Html {
    let line = |e: &crate::model::Event| {
        tr.with("debrief-event", &[("month", &e.month.to_string()), ("text", &event_text(tr, e))])
    };
    let turning: Vec<String> = sim
        .events()
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Phase | EventKind::Exit | EventKind::Coordination))
        .map(line)
        .collect();
    let actions: Vec<String> = sim
        .events()
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Intervention | EventKind::Shock | EventKind::Governance))
        .map(line)
        .collect();
    let name = run.name(tr);
    let (phases, turning_points, taken) = match run {
        Run::Only => (
            tr.get("debrief-story-phases"),
            tr.get("debrief-story-turning-points"),
            tr.get("debrief-story-actions"),
        ),
        Run::A | Run::B => (
            tr.with("debrief-story-phases-of", &[("run", &name)]),
            tr.with("debrief-story-turning-points-of", &[("run", &name)]),
            tr.with("debrief-story-actions-of", &[("run", &name)]),
        ),
    };
    html! {
        <>
            <h3>{ phases }</h3>
            <ul class="debrief-phases">
                { for phase_periods(tr, sim).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            <h3>{ turning_points }</h3>
            <ul class="debrief-turning">
                if turning.is_empty() {
                    <li>{ tr.get("debrief-no-turning-points") }</li>
                }
                { for turning.into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            <h3>{ taken }</h3>
            <ul class="debrief-actions">
                if actions.is_empty() {
                    <li>{ tr.get("debrief-no-actions") }</li>
                }
                { for actions.into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </>
    }
}

/// "Months 0 to 51: phase 1 (start: design and alignment)", one line per stretch of months
/// in one phase.
fn phase_periods(tr: &Tr, sim: &Simulation) -> Vec<String> {
    let mut periods: Vec<(u32, u32, u8)> = Vec::new();
    for h in sim.history() {
        match periods.last_mut() {
            Some(last) if last.2 == h.phase => last.1 = h.month,
            _ => periods.push((h.month, h.month, h.phase)),
        }
    }
    periods
        .into_iter()
        .map(|(from, to, phase)| {
            let what = if phase == DISSOLVED {
                tr.get("debrief-period-dissolved")
            } else {
                tr.with(
                    "debrief-period-phase",
                    &[("phase", &phase.to_string()), ("name", &phase_name(tr, phase))],
                )
            };
            if from == to {
                tr.with("debrief-period-month", &[("month", &from.to_string()), ("what", &what)])
            } else {
                tr.with(
                    "debrief-period-months",
                    &[("from", &from.to_string()), ("to", &to.to_string()), ("what", &what)],
                )
            }
        })
        .collect()
}

/// The lesson chapter the run belongs to, with its question and what to notice, when the
/// user prints from within a lesson.
fn lesson_chapter(tr: &Tr, lessons: &[ShippedLesson], at: Option<LessonAt>) -> Html {
    let Some(at) = at else { return html! {} };
    let Some(Ok(lesson)) = lessons.get(at.lesson).map(|l| &l.lesson) else { return html! {} };
    let Some(chapter) = lesson.chapters.get(at.chapter) else { return html! {} };
    let texts = chapter.texts_in(tr.lang());
    let heading = tr.with(
        "debrief-lesson",
        &[
            ("title", lesson.title_in(tr.lang())),
            ("chapter", &(at.chapter + 1).to_string()),
            ("chapters", &lesson.chapters.len().to_string()),
            ("name", &texts.title),
        ],
    );
    html! {
        <div class="debrief-lesson">
            <h3>{ heading }</h3>
            <p><strong>{ tr.get("debrief-lesson-question") }</strong>{ texts.question }</p>
            <p><strong>{ tr.get("debrief-lesson-notice") }</strong>{ texts.notice }</p>
        </div>
    }
}

/// Pauses a playing run when the browser is about to print (the debrief's button, or the
/// browser's own print command), so that the debrief is rebuilt for the month printed.
#[hook]
pub fn use_pause_before_print(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| on_window("beforeprint", move || dispatcher.dispatch(Action::Pause)));
}
