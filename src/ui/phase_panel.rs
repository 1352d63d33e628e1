//! The current phase with its row of the article's Figure 1: what we see, what to do, which
//! of those actions were taken and when, and the cause of the last phase change. A dissolved
//! alliance has no row of Figure 1: the panel says so, and why it dissolved.

use yew::prelude::*;

use super::event_texts::event_text;
use super::figure1::{id_slug, see, todo, FIGURE1};
use super::labels::{intervention_description, intervention_label, phase_name};
use super::state::SimHandle;
use super::term::Term;
use super::texts::{use_tr, Tr};
use crate::model::{Action, Event, EventKind, Intervention, Snapshot, DISSOLVED};

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
/// partner count whichever partner they named. The model's event log is written in English,
/// so the English name finds them in either language.
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
fn value_status(tr: &Tr, history: &[Snapshot], ended: bool) -> String {
    let Some(last) = history.last() else { return String::new() };
    let broke_even = history.iter().find(|h| h.value > h.solo_value).map(|h| h.month);
    // Short names keep each call on one line, where the catalogue test finds it.
    let (a, t, s) = (tr.signed(last.added_value, 1), tr.number(last.value, 1), tr.number(last.solo_value, 1));
    let m = broke_even.map(|month| month.to_string()).unwrap_or_default();
    if broke_even.is_some() {
        tr.with("phase-panel-value-even", &[("added", &a), ("together", &t), ("alone", &s), ("month", &m)])
    } else if ended {
        tr.with("phase-panel-value-never", &[("added", &a), ("together", &t), ("alone", &s)])
    } else {
        tr.with("phase-panel-value-not-yet", &[("added", &a), ("together", &t), ("alone", &s)])
    }
}

/// An event with its month, as the event log writes it: "Month 31: back to phase 2 (…)".
fn dated(tr: &Tr, event: &Event) -> String {
    tr.with("phase-panel-event", &[("month", &event.month.to_string()), ("event", &event_text(tr, event))])
}

/// The panel of a dissolved alliance: what we see is who left and why; there is nothing left
/// to do in the alliance itself.
fn dissolved(tr: &Tr, events: &[Event], history: &[Snapshot]) -> Html {
    let exit = events.iter().rev().find(|e| e.kind == EventKind::Exit);
    let last_change = events.iter().rev().find(|e| e.kind == EventKind::Phase);
    let why = match exit {
        Some(e) => {
            let (event, month) = (event_text(tr, e), e.month.to_string());
            tr.with("phase-panel-dissolved-why-exit", &[("event", &event), ("month", &month)])
        }
        None => tr.get("phase-panel-dissolved-why-fewer"),
    };
    html! {
        <section class={classes!("panel", "phase-panel", "phase0")} id="phase-panel" aria-labelledby="phase-title">
            <h2 id="phase-title">{ tr.get("phase-panel-dissolved-title") }</h2>
            <div class="figure1">
                <div>
                    <h3>{ tr.get("phase-panel-see") }</h3>
                    <ul id="dissolved-why">
                        <li>{ tr.get("phase-panel-dissolved-see-1") }</li>
                        <li>{ why }</li>
                        <li>{ tr.get("phase-panel-dissolved-see-3") }</li>
                    </ul>
                </div>
                <div>
                    <h3>{ tr.get("phase-panel-do") }</h3>
                    <ul>
                        <li>{ tr.get("phase-panel-dissolved-do-1") }</li>
                        <li>{ tr.get("phase-panel-dissolved-do-2") }</li>
                        <li>{ tr.get("phase-panel-dissolved-do-3") }</li>
                    </ul>
                </div>
            </div>
            <p class="cause" id="phase-cause">
                <strong>{ format!("{} ", tr.get("phase-panel-last-change")) }</strong>
                { last_change.map_or_else(|| tr.get("phase-panel-dissolved-last-change"), |e| dated(tr, e)) }
            </p>
            <p class="cause" id="phase-value">
                <strong>{ format!("{} ", tr.get("phase-panel-value-ended")) }</strong>{ value_status(tr, history, true) }
            </p>
        </section>
    }
}

/// The phase panel.
#[function_component]
pub fn PhasePanel(props: &PhasePanelProps) -> Html {
    let tr = use_tr();
    let sim = props.sim.borrow();
    let phase = sim.history().last().map_or(1, |h| h.phase);
    let events = sim.events();
    if phase == DISSOLVED {
        return dissolved(&tr, events, sim.history());
    }
    let phase = phase.clamp(1, 3);
    let row = &FIGURE1[usize::from(phase) - 1];
    let last_change = events.iter().rev().find(|e| e.kind == EventKind::Phase);
    html! {
        <section class={classes!("panel", "phase-panel", format!("phase{phase}"))} id="phase-panel" aria-labelledby="phase-title">
            <h2 id="phase-title">
                { tr.with("phase-panel-title", &[("phase", &phase.to_string()), ("name", &phase_name(&tr, phase))]) }
            </h2>
            <div class="figure1">
                <div>
                    <h3>{ tr.get("phase-panel-see") }</h3>
                    <ul>{ for see(&tr, phase).into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                </div>
                <div>
                    <h3>{ tr.get("phase-panel-do") }</h3>
                    <ul class="todo">
                        { for todo(&tr, phase).into_iter().zip(row.todo).map(|(text, interventions)| {
                            let months: Vec<u32> = interventions.iter().flat_map(|&i| months_taken(events, i)).collect();
                            let done = !months.is_empty();
                            let planned = interventions.iter().filter_map(|&i| planned_month(&sim, i)).min();
                            let when = match (done, planned) {
                                (true, _) => tr.with("phase-panel-done-in", &[("months", &month_list(&tr, &months))]),
                                (false, Some(month)) => {
                                    tr.with("phase-panel-planned-for", &[("month", &month.to_string())])
                                }
                                (false, None) => tr.get("phase-panel-not-done"),
                            };
                            // The first action of each item names no partner; the ones that do
                            // (room for a core value, knowledge sharing) are in the interventions
                            // panel with its partner picker.
                            let first = interventions[0];
                            // The accessible name starts with the visible text, then says what.
                            let action = intervention_label(&tr, &first);
                            let (button, label) = if done {
                                (tr.get("phase-panel-again"), tr.with("phase-panel-again-label", &[("action", &action)]))
                            } else {
                                (tr.get("phase-panel-do-now"), tr.with("phase-panel-do-now-label", &[("action", &action)]))
                            };
                            let on_click = {
                                let cb = props.on_action.clone();
                                move |_| cb.emit(Action::Intervention(first))
                            };
                            html! {
                                <li class={classes!(done.then_some("done"))}>
                                    <span aria-hidden="true" class="mark">{ if done { "✔" } else { "○" } }</span>
                                    { text }
                                    <span class="when">{ format!(" — {when}") }</span>
                                    <button class="secondary do-now" id={format!("now-{}", id_slug(first))}
                                        aria-label={label} title={intervention_description(&tr, &first)}
                                        onclick={on_click}>{ button }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            </div>
            <p class="cause" id="phase-cause">
                <strong>{ format!("{} ", tr.get("phase-panel-last-change")) }</strong>
                { last_change.map_or_else(|| tr.get("phase-panel-last-change-none"), |e| dated(&tr, e)) }
            </p>
            <p class="cause" id="phase-value">
                <strong>
                    <Term name="added-value">{ tr.get("phase-panel-added-value") }</Term>
                    { format!(" {} ", tr.get("phase-panel-so-far")) }
                </strong>
                { value_status(&tr, sim.history(), false) }
            </p>
        </section>
    }
}

/// Months in which an action was taken, a month with more than one marked with how often:
/// "1 (twice), 12", so that a repeat in the same month shows as a repeat.
fn month_list(tr: &Tr, months: &[u32]) -> String {
    let mut sorted = months.to_vec();
    sorted.sort_unstable();
    let mut parts: Vec<(u32, usize)> = Vec::new();
    for m in sorted {
        match parts.last_mut() {
            Some((last, count)) if *last == m => *count += 1,
            _ => parts.push((m, 1)),
        }
    }
    parts
        .iter()
        .map(|&(m, count)| tr.count("phase-panel-month-times", count, &[("month", &m.to_string())]))
        .collect::<Vec<_>>()
        .join(", ")
}
