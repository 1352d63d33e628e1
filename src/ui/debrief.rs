//! The printable debrief of a run (and of run B in compare mode): the scenario and its
//! partners, the key figures, the phases over time, the turning points with their causes, the
//! actions taken and reflection questions from the article. Hidden on screen; the print
//! stylesheet shows it first, followed by the main charts, so that the browser's "print" or
//! "save as PDF" gives a debrief a group can take home.

use yew::prelude::*;

use super::state::SimHandle;
use crate::model::{phase_name, EventKind, DISSOLVED};
use crate::numbers::{level, signed};
use crate::simulation::Simulation;

/// Questions from the article for the group's reflection, with the article's Dutch wording.
const REFLECTION: [(&str, &str); 6] = [
    ("Why are we doing this again?", "Waarom doen we dit ook alweer?"),
    (
        "Who is at the table, and what is each partner's interest in working together?",
        "Met wie zitten we aan tafel? Wat is ieders belang bij de samenwerking?",
    ),
    (
        "Do the partners see the alliance as a temporary vehicle or as lasting co-operation?",
        "Zien de partners de alliantie als een tijdelijk vehikel, of als een samenwerking voor de langere duur?",
    ),
    ("Are we really working on lasting results?", "Werken we echt aan duurzaam resultaat?"),
    (
        "Are we really getting all the added value out of working together?",
        "Halen we werkelijk alle meerwaarde uit de samenwerking?",
    ),
    (
        "Do we manage to work efficiently amid all the co-operation?",
        "Lukt het ons om efficiënt te werken te midden van alle samenwerking?",
    ),
];

/// Properties of [`Debrief`].
#[derive(PartialEq, Properties)]
pub struct DebriefProps {
    /// Run A, or the only run.
    pub sim: SimHandle,
    /// Run B in compare mode.
    pub sim_b: Option<SimHandle>,
    /// The runs' revision; a new value means new data.
    pub revision: u64,
}

/// The debrief, for print.
#[function_component]
pub fn Debrief(props: &DebriefProps) -> Html {
    let a = props.sim.borrow();
    let b = props.sim_b.as_ref().map(|b| b.borrow());
    let scenario = a.scenario();
    let runs: Vec<(&str, &Simulation)> = match &b {
        Some(b) => vec![("Run A", &*a), ("Run B", &**b)],
        None => vec![("The run", &*a)],
    };
    html! {
        <section class="debrief" id="debrief" aria-label="Debrief for print">
            <h2>{ format!("Debrief: {}", scenario.title) }</h2>
            <p>{ scenario.description.clone() }</p>
            if !scenario.goal.is_empty() {
                <p><strong>{ "Learning goal: " }</strong>{ scenario.goal.clone() }</p>
            }
            if !scenario.point.is_empty() {
                <p><strong>{ "Teaching point: " }</strong>{ scenario.point.clone() }</p>
            }
            <p class="debrief-facts">{ format!(
                "Seed {}; {} of {} months simulated; coordination at the start: {}; control at the start: {}.",
                a.seed(), a.month(), a.horizon(), a.params().style.label(), level(scenario.governance.control)
            ) }</p>
            <h3>{ "The partners" }</h3>
            <table class="debrief-partners">
                <thead><tr>
                    <th scope="col">{ "Partner" }</th><th scope="col">{ "Size" }</th>
                    <th scope="col">{ "Professionalism" }</th><th scope="col">{ "Competitiveness" }</th>
                    <th scope="col">{ "Dependency on the alliance" }</th>
                </tr></thead>
                <tbody>
                    { for scenario.partners.iter().map(|p| html! {
                        <tr>
                            <th scope="row">{ p.name.clone() }</th>
                            <td>{ level(p.size) }</td><td>{ level(p.quality) }</td>
                            <td>{ level(p.competitiveness) }</td><td>{ level(p.dependency) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h3>{ "Key figures" }</h3>
            <table class="debrief-figures">
                <thead><tr>
                    <th scope="col">{ "" }</th>
                    { for runs.iter().map(|(name, _)| html! { <th scope="col">{ *name }</th> }) }
                </tr></thead>
                <tbody>
                    { for key_figures().iter().map(|(label, figure)| html! {
                        <tr>
                            <th scope="row">{ *label }</th>
                            { for runs.iter().map(|(_, sim)| html! { <td>{ figure(sim) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            { for runs.iter().map(|(name, sim)| run_story(name, sim, runs.len() > 1)) }
            <h3>{ "Questions for reflection" }</h3>
            <ol class="debrief-questions">
                { for REFLECTION.iter().map(|(en, nl)| html! {
                    <li>{ *en }<span class="dutch" lang="nl">{ format!(" ({nl})") }</span></li>
                }) }
            </ol>
        </section>
    }
}

/// A key figure: its label and how it reads off a run.
type Figure = (&'static str, fn(&Simulation) -> String);

/// The key figures, each a row of the table with a column per run.
fn key_figures() -> [Figure; 6] {
    [
        ("Phase at the end", phase_at_end),
        ("Added value (meerwaarde)", added_value),
        ("Broke even", broke_even),
        ("Partners kept", partners_kept),
        ("Trust at the end", |sim| sim.history().last().map_or_else(String::new, |h| level(h.trust))),
        ("Conflict at the end", |sim| sim.history().last().map_or_else(String::new, |h| level(h.conflict))),
    ]
}

/// The phase of the last month simulated and since when: "Phase 3 (productivity and added
/// value) from month 87", or dissolved with the month.
fn phase_at_end(sim: &Simulation) -> String {
    let history = sim.history();
    let Some(last) = history.last() else { return String::new() };
    let since = history.iter().rev().take_while(|h| h.phase == last.phase).last().map_or(0, |h| h.month);
    if last.phase == DISSOLVED {
        return format!("Dissolved in month {since}");
    }
    format!("Phase {} ({}) from month {since}", last.phase, phase_name(last.phase))
}

/// "+41.5 value units (512.3 together against 470.8 alone)".
fn added_value(sim: &Simulation) -> String {
    sim.history().last().map_or_else(String::new, |h| {
        format!(
            "{} value units ({:.1} together against {:.1} alone)",
            signed(h.added_value, 1),
            h.value,
            h.solo_value
        )
    })
}

/// The month value together first exceeded value alone, or "not yet".
fn broke_even(sim: &Simulation) -> String {
    sim.history()
        .iter()
        .find(|h| h.value > h.solo_value)
        .map_or_else(|| "not yet".to_string(), |h| format!("in month {}", h.month))
}

/// "5 of 5".
fn partners_kept(sim: &Simulation) -> String {
    let start = sim.scenario().partners.len();
    sim.history().last().map_or_else(String::new, |h| format!("{} of {start}", h.active_partners))
}

/// A run's phases over time, its turning points and the actions taken.
fn run_story(name: &str, sim: &Simulation, named: bool) -> Html {
    let heading = |what: &str| if named { format!("{name}: {what}") } else { capitalised(what) };
    let turning: Vec<String> = sim
        .events()
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Phase | EventKind::Exit | EventKind::Coordination))
        .map(ToString::to_string)
        .collect();
    let actions: Vec<String> = sim
        .events()
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Intervention | EventKind::Shock | EventKind::Governance))
        .map(ToString::to_string)
        .collect();
    html! {
        <>
            <h3>{ heading("the phases over time") }</h3>
            <ul class="debrief-phases">
                { for phase_periods(sim).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            <h3>{ heading("turning points and their causes") }</h3>
            <ul class="debrief-turning">
                if turning.is_empty() {
                    <li>{ "None: the alliance stayed in phase 1." }</li>
                }
                { for turning.into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            <h3>{ heading("actions taken and shocks") }</h3>
            <ul class="debrief-actions">
                if actions.is_empty() {
                    <li>{ "None." }</li>
                }
                { for actions.into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </>
    }
}

/// "Months 0 to 51: phase 1 (start: design and alignment)", one line per stretch of months
/// in one phase.
fn phase_periods(sim: &Simulation) -> Vec<String> {
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
                "dissolved".to_string()
            } else {
                format!("phase {phase} ({})", phase_name(phase))
            };
            if from == to {
                format!("Month {from}: {what}")
            } else {
                format!("Months {from} to {to}: {what}")
            }
        })
        .collect()
}

/// The text with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
