//! The narrated event log: one plain-language line per event with its month, newest first,
//! filterable by kind.

use yew::prelude::*;

use super::event_texts::{as_sentence, event_text};
use super::run_switch::RunSwitch;
use super::settings::{self, FILTER_COUNT};
use super::state::SimHandle;
use super::texts::{use_tr, Tr};
use crate::model::EventKind;

/// The log shows at most this many lines; older ones stay in the run's history.
const SHOWN: usize = 200;

/// Properties of [`EventLog`].
#[derive(PartialEq, Properties)]
pub struct EventLogProps {
    /// Run A, the only run outside compare mode.
    pub sim: SimHandle,
    /// Run B in compare mode, whose log is shown on request.
    pub sim_b: Option<SimHandle>,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
}

/// The filter groups: the id of its checkbox and the kinds it covers (its label is
/// [`filter_label`] of the first).
const FILTERS: [(&str, &[EventKind]); FILTER_COUNT] = [
    ("filter-phase", &[EventKind::Phase]),
    ("filter-intervention", &[EventKind::Intervention]),
    ("filter-shock", &[EventKind::Shock]),
    ("filter-exit", &[EventKind::Exit]),
    ("filter-governance", &[EventKind::Coordination, EventKind::Governance]),
];

/// The label of the filter that covers `kind`.
fn filter_label(tr: &Tr, kind: EventKind) -> String {
    match kind {
        EventKind::Phase => tr.get("event-filter-phase"),
        EventKind::Intervention => tr.get("event-filter-intervention"),
        EventKind::Shock => tr.get("event-filter-shock"),
        EventKind::Exit => tr.get("event-filter-exit"),
        EventKind::Coordination | EventKind::Governance => tr.get("event-filter-governance"),
    }
}

/// The kind of an event as its line shows it, in the page's language.
fn kind_label(tr: &Tr, kind: EventKind) -> String {
    match kind {
        EventKind::Phase => tr.get("event-kind-phase"),
        EventKind::Intervention => tr.get("event-kind-intervention"),
        EventKind::Shock => tr.get("event-kind-shock"),
        EventKind::Exit => tr.get("event-kind-exit"),
        EventKind::Coordination | EventKind::Governance => tr.get("event-kind-governance"),
    }
}

/// The kind of an event as a CSS class, the same in every language.
fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Phase => "phase",
        EventKind::Intervention => "intervention",
        EventKind::Shock => "shock",
        EventKind::Exit => "exit",
        EventKind::Coordination | EventKind::Governance => "governance",
    }
}

/// The event log with its filters; in compare mode, of run A or, on request, of run B, as
/// its title says.
#[function_component]
pub fn EventLog(props: &EventLogProps) -> Html {
    let tr = use_tr();
    let shown = use_state(|| settings::load().event_filters);
    let show_b = use_state(|| false);
    let run = match (&props.sim_b, *show_b) {
        (Some(b), true) => b.clone(),
        _ => props.sim.clone(),
    };
    let sim = run.borrow();
    let visible = |kind: EventKind| {
        FILTERS.iter().zip(shown.iter()).any(|((_, kinds), on)| *on && kinds.contains(&kind))
    };
    let lines: Vec<Html> = sim
        .events()
        .iter()
        .rev()
        .filter(|e| visible(e.kind))
        .take(SHOWN)
        .map(|e| {
            html! {
                <li class={classes!("event", kind_name(e.kind))}>
                    <span class="event-month">{ tr.with("event-month", &[("month", &e.month.to_string())]) }</span>
                    <span class="event-kind">{ kind_label(&tr, e.kind) }</span>
                    <span class="event-text">{ as_sentence(event_text(&tr, e)) }</span>
                </li>
            }
        })
        .collect();
    let empty = lines.is_empty();
    html! {
        <section class="panel event-log" aria-labelledby="log-title">
            <h2 id="log-title">
                { match (props.sim_b.is_some(), *show_b) {
                    (false, _) => tr.get("event-log-title"),
                    (true, false) => tr.get("event-log-title-a"),
                    (true, true) => tr.get("event-log-title-b"),
                } }
            </h2>
            if props.sim_b.is_some() {
                <RunSwitch prefix="log" label="event-log-run-switch" show_b={show_b.clone()} />
            }
            <fieldset class="filters">
                <legend>{ tr.get("event-log-show") }</legend>
                { for FILTERS.iter().enumerate().map(|(k, (id, kinds))| {
                    let checked = shown[k];
                    let shown = shown.clone();
                    let onchange = Callback::from(move |_: Event| {
                        let mut next = *shown;
                        next[k] = !next[k];
                        settings::update(|s| s.event_filters = next);
                        shown.set(next);
                    });
                    html! {
                        <label class="check">
                            <input type="checkbox" id={*id} {checked} {onchange} />{ filter_label(&tr, kinds[0]) }
                        </label>
                    }
                }) }
            </fieldset>
            <ol id="events" class="events" aria-label={tr.get("event-log-list")} tabindex="0">
                { for lines }
            </ol>
            if empty {
                <p class="hint">{ tr.get("event-log-empty") }</p>
            }
        </section>
    }
}
