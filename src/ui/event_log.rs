//! The narrated event log: one plain-language line per event with its month, newest first,
//! filterable by kind.

use yew::prelude::*;

use super::settings::{self, FILTER_COUNT};
use super::state::SimHandle;
use crate::model::EventKind;

/// The log shows at most this many lines; older ones stay in the run's history.
const SHOWN: usize = 200;

/// Properties of [`EventLog`].
#[derive(PartialEq, Properties)]
pub struct EventLogProps {
    /// The run being shown.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
}

/// The filter groups: a label, the id of its checkbox and the kinds it covers.
const FILTERS: [(&str, &str, &[EventKind]); FILTER_COUNT] = [
    ("Phase changes", "filter-phase", &[EventKind::Phase]),
    ("Interventions", "filter-intervention", &[EventKind::Intervention]),
    ("Shocks", "filter-shock", &[EventKind::Shock]),
    ("Exits", "filter-exit", &[EventKind::Exit]),
    ("Coordination and governance", "filter-governance", &[EventKind::Coordination, EventKind::Governance]),
];

fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Phase => "phase",
        EventKind::Intervention => "intervention",
        EventKind::Shock => "shock",
        EventKind::Exit => "exit",
        EventKind::Coordination | EventKind::Governance => "governance",
    }
}

/// The event log with its filters.
#[function_component]
pub fn EventLog(props: &EventLogProps) -> Html {
    let shown = use_state(|| settings::load().event_filters);
    let sim = props.sim.borrow();
    let visible = |kind: EventKind| {
        FILTERS.iter().zip(shown.iter()).any(|((_, _, kinds), on)| *on && kinds.contains(&kind))
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
                    <span class="event-month">{ format!("Month {}", e.month) }</span>
                    <span class="event-kind">{ kind_name(e.kind) }</span>
                    <span class="event-text">{ e.text.clone() }</span>
                </li>
            }
        })
        .collect();
    let empty = lines.is_empty();
    html! {
        <section class="panel event-log" aria-labelledby="log-title">
            <h2 id="log-title">{ "Event log" }</h2>
            <fieldset class="filters">
                <legend>{ "Show" }</legend>
                { for FILTERS.iter().enumerate().map(|(k, (label, id, _))| {
                    let checked = shown[k];
                    let shown = shown.clone();
                    let onchange = Callback::from(move |_: Event| {
                        let mut next = *shown;
                        next[k] = !next[k];
                        settings::update(|s| s.event_filters = next);
                        shown.set(next);
                    });
                    html! {
                        <label class="check"><input type="checkbox" id={*id} {checked} {onchange} />{ *label }</label>
                    }
                }) }
            </fieldset>
            <ol id="events" class="events" aria-label="Events, newest first" tabindex="0">
                { for lines }
            </ol>
            if empty {
                <p class="hint">{ "Nothing yet: run or step the alliance." }</p>
            }
        </section>
    }
}
