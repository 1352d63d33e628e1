//! The current phase with its row of the article's Figure 1: what we see, what to do, which
//! of those actions were taken and when, and the cause of the last phase change. A dissolved
//! alliance has no row of Figure 1: the panel says so, and why it dissolved.

use yew::prelude::*;

use super::figure1::{id_slug, FIGURE1};
use super::state::SimHandle;
use super::term::Term;
use crate::model::{Action, Event, EventKind, Intervention, Snapshot, DISSOLVED};
use crate::numbers::signed;

/// Properties of [`PhasePanel`].
#[derive(PartialEq, Properties)]
pub struct PhasePanelProps {
    /// The run being shown.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
    /// Sends a model action: the panel offers the current phase's actions as buttons, so that
    /// what to do now sits beside what the alliance shows (on a phone, the interventions panel
    /// is far below).
    pub on_action: Callback<Action>,
}

/// Months in which an intervention like `which` was applied. Interventions that name a
/// partner count whichever partner they named.
fn months_taken(events: &[Event], which: Intervention) -> Vec<u32> {
    let label = which.label();
    events
        .iter()
        .filter(|e| e.kind == EventKind::Intervention && e.text.starts_with(label))
        .map(|e| e.month)
        .collect()
}

/// The first month still to come in which the plan applies an intervention like `which`.
fn planned_month(sim: &crate::simulation::Simulation, which: Intervention) -> Option<u32> {
    sim.params()
        .schedule
        .iter()
        .filter(|s| s.month > sim.month())
        .filter(|s| matches!(s.action, Action::Intervention(i) if i.label() == which.label()))
        .map(|s| s.month)
        .min()
}

/// The added value so far in words: how far value together is above or below value alone,
/// and the month it first broke even; `ended` for an alliance that has dissolved.
fn value_status(history: &[Snapshot], ended: bool) -> String {
    let Some(last) = history.last() else { return String::new() };
    let broke_even = history.iter().find(|h| h.value > h.solo_value).map(|h| h.month);
    let totals = format!("{:.1} produced together against {:.1} alone", last.value, last.solo_value);
    match broke_even {
        Some(month) => format!(
            "{} ({totals}); together first produced more than alone in month {month}.",
            signed(last.added_value, 1)
        ),
        None => format!(
            "{} ({totals}); together {} produced more than alone.",
            signed(last.added_value, 1),
            if ended { "never" } else { "has not yet" }
        ),
    }
}

/// The panel of a dissolved alliance: what we see is who left and why; there is nothing left
/// to do in the alliance itself.
fn dissolved(events: &[Event], history: &[Snapshot]) -> Html {
    let exit = events.iter().rev().find(|e| e.kind == EventKind::Exit);
    let last_change = events.iter().rev().find(|e| e.kind == EventKind::Phase);
    let why = exit.map_or_else(
        || "fewer than two partners are left.".to_string(),
        |e| format!("the last partner to go: {} (month {}).", e.text, e.month),
    );
    html! {
        <section class={classes!("panel", "phase-panel", "phase0")} id="phase-panel" aria-labelledby="phase-title">
            <h2 id="phase-title">{ "Dissolved: the alliance has ended" }</h2>
            <div class="figure1">
                <div>
                    <h3>{ "What we see (wat zien we?)" }</h3>
                    <ul id="dissolved-why">
                        <li>{ "Fewer than two partners are left, so there is no alliance any more." }</li>
                        <li>{ format!("Why it dissolved: {why}") }</li>
                        <li>{ "Nothing more is produced together, and the comparison with working alone stops where it was." }</li>
                    </ul>
                </div>
                <div>
                    <h3>{ "What to do (doen!)" }</h3>
                    <ul>
                        <li>{ "Nothing is left to steer: the intervention buttons are switched off." }</li>
                        <li>{ "Look back in the event log and the charts for when commitment fell and why." }</li>
                        <li>{ "Reset, or use compare mode from an earlier month, to try another course." }</li>
                    </ul>
                </div>
            </div>
            <p class="cause" id="phase-cause">
                <strong>{ "Last phase change: " }</strong>
                { last_change.map_or_else(|| "the alliance dissolved.".to_string(), ToString::to_string) }
            </p>
            <p class="cause" id="phase-value">
                <strong>{ "Added value (meerwaarde) when it ended: " }</strong>{ value_status(history, true) }
            </p>
        </section>
    }
}

/// The phase panel.
#[function_component]
pub fn PhasePanel(props: &PhasePanelProps) -> Html {
    let sim = props.sim.borrow();
    let phase = sim.history().last().map_or(1, |h| h.phase);
    let events = sim.events();
    if phase == DISSOLVED {
        return dissolved(events, sim.history());
    }
    let row = &FIGURE1[usize::from(phase.clamp(1, 3)) - 1];
    let last_change = events.iter().rev().find(|e| e.kind == EventKind::Phase);
    html! {
        <section class={classes!("panel", "phase-panel", format!("phase{phase}"))} id="phase-panel" aria-labelledby="phase-title">
            <h2 id="phase-title">{ format!("Phase {phase}: {}", row.name) }</h2>
            <div class="figure1">
                <div>
                    <h3>{ "What we see (wat zien we?)" }</h3>
                    <ul>{ for row.see.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
                </div>
                <div>
                    <h3>{ "What to do (doen!)" }</h3>
                    <ul class="todo">
                        { for row.todo.iter().map(|(text, interventions)| {
                            let months: Vec<u32> = interventions.iter().flat_map(|&i| months_taken(events, i)).collect();
                            let done = !months.is_empty();
                            let planned = interventions.iter().filter_map(|&i| planned_month(&sim, i)).min();
                            let when = match (done, planned) {
                                (true, _) => format!("done in month {}", month_list(&months)),
                                (false, Some(month)) => format!("planned for month {month}"),
                                (false, None) => "not done yet".to_string(),
                            };
                            // The first action of each item names no partner; the ones that do
                            // (room for a core value, knowledge sharing) are in the interventions
                            // panel with its partner picker.
                            let first = interventions[0];
                            // The accessible name starts with the visible text, then says what.
                            let button = if done { "Again" } else { "Do it now" };
                            let on_click = {
                                let cb = props.on_action.clone();
                                move |_| cb.emit(Action::Intervention(first))
                            };
                            html! {
                                <li class={classes!(done.then_some("done"))}>
                                    <span aria-hidden="true" class="mark">{ if done { "✔" } else { "○" } }</span>
                                    { *text }
                                    <span class="when">{ format!(" — {when}") }</span>
                                    <button class="secondary do-now" id={format!("now-{}", id_slug(first))}
                                        aria-label={format!("{}: {}", button, first.label())} title={first.description()}
                                        onclick={on_click}>{ button }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            </div>
            <p class="cause" id="phase-cause">
                <strong>{ "Last phase change: " }</strong>
                { last_change.map_or_else(|| "none yet; every alliance starts in phase 1.".to_string(), ToString::to_string) }
            </p>
            <p class="cause" id="phase-value">
                <strong><Term name="added-value">{ "Added value (meerwaarde)" }</Term>{ " so far: " }</strong>
                { value_status(sim.history(), false) }
            </p>
        </section>
    }
}

/// Months in which an action was taken, a month with more than one marked with how often:
/// "1 (twice), 12", so that a repeat in the same month shows as a repeat.
fn month_list(months: &[u32]) -> String {
    let mut sorted = months.to_vec();
    sorted.sort_unstable();
    let mut parts: Vec<(u32, usize)> = Vec::new();
    for m in sorted {
        match parts.last_mut() {
            Some((last, count)) if *last == m => *count += 1,
            _ => parts.push((m, 1)),
        }
    }
    let times = |count: usize| match count {
        1 => String::new(),
        2 => " (twice)".to_string(),
        n => format!(" ({n} times)"),
    };
    parts.iter().map(|&(m, count)| format!("{m}{}", times(count))).collect::<Vec<_>>().join(", ")
}
