//! The teaching points a scenario states (its `[[expect]]` tables), each with what its two
//! arms are, what it claims, a "Check this" button that runs both arms over paired seeds in
//! the ensemble's Web Workers, and the verdict in words.

use std::rc::Rc;

use yew::prelude::*;

use crate::expectations::CheckOutcome;
use crate::numbers::signed;
use crate::scenario::{ActionName, ArmChanges, Expectation, Metric};

/// Properties of [`TeachingPoints`].
#[derive(PartialEq, Properties)]
pub struct TeachingPointsProps {
    /// The scenario's teaching points.
    pub expectations: Rc<Vec<Expectation>>,
    /// The verdicts so far, by index, for these teaching points.
    pub verdicts: Rc<Vec<Option<CheckOutcome>>>,
    /// The teaching point being checked now, if any.
    pub checking: Option<usize>,
    /// Whether the workers are busy with an ensemble or a check.
    pub busy: bool,
    /// Checks the teaching point with this index.
    pub on_check: Callback<usize>,
}

/// The list of teaching points with their buttons and verdicts.
#[function_component]
pub fn TeachingPoints(props: &TeachingPointsProps) -> Html {
    if props.expectations.is_empty() {
        return html! {
            <p class="hint" id="teaching-points-none">
                { "This scenario states no teaching points to check. A scenario file can state them in [[expect]] tables (see the README)." }
            </p>
        };
    }
    html! {
        <section class="teaching-points" id="teaching-points" aria-labelledby="teaching-points-title">
            <h3 id="teaching-points-title">{ "Teaching points of this scenario" }</h3>
            <p class="hint">{ "Each compares two versions of the scenario as it is planned now over the same seeds, so that both meet the same events. Check one to see whether the model bears it out." }</p>
            <ol>
                { for props.expectations.iter().enumerate().map(|(i, e)| {
                    let verdict = props.verdicts.get(i).and_then(Option::as_ref);
                    let on_click = { let cb = props.on_check.clone(); Callback::from(move |_: MouseEvent| cb.emit(i)) };
                    let checking = props.checking == Some(i);
                    html! {
                        <li>
                            <strong>{ e.says.clone() }</strong>
                            <p class="arms">{ format!("A: {}. B: {}.", arm_words(&e.a), arm_words(&e.b)) }</p>
                            <p class="claim">{ claim_words(e) }</p>
                            <button id={format!("check-{i}")} class="secondary" onclick={on_click} disabled={props.busy}>
                                { if checking { "Checking…" } else { "Check this" } }
                            </button>
                            if let Some(v) = verdict {
                                <p id={format!("check-{i}-verdict")} role="status"
                                    class={classes!("verdict", if v.holds { "holds" } else { "fails" })}>
                                    { verdict_words(v) }
                                </p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// What an arm is: "the scenario as it is", or its changes in words.
fn arm_words(changes: &ArmChanges) -> String {
    if changes.is_empty() {
        return "the scenario as it is".to_string();
    }
    let mut parts = Vec::new();
    if !changes.without.is_empty() {
        let names: Vec<String> = changes.without.iter().map(|&a| action_label(a)).collect();
        parts.push(format!("without {}", names.join(", ")));
    }
    for setting in &changes.set {
        parts.push(format!("with {} set to {}", setting.path, setting.value));
    }
    for entry in &changes.schedule {
        parts.push(format!("with {} in month {}", action_label(entry.action), entry.month));
    }
    format!("the scenario {}", parts.join("; "))
}

/// The label of an action as the plan lists it, in lower case to stand inside a sentence.
fn action_label(action: ActionName) -> String {
    let label = super::plan_panel::action_label(action);
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

/// "Claim: B is lower than A in months to phase 3 … by at least 12 months, over 200 paired
/// seeds." The minimum is written as it was given, up to three decimals.
fn claim_words(e: &Expectation) -> String {
    let minimum = if e.metric.is_share() { 100.0 * e.min_effect } else { e.min_effect };
    let minimum = format!("{minimum:.3}");
    let minimum = minimum.trim_end_matches('0').trim_end_matches('.');
    format!(
        "Claim: B is {} than A in {} by at least {minimum}{}, over {} paired seeds.",
        e.direction.name(),
        e.metric.describe(),
        unit(e.metric, true),
        e.runs
    )
}

/// A value of a metric without its unit: shares in %, value units with one decimal, months
/// and shares whole, levels with two decimals; `difference` gives it a sign.
fn number(metric: Metric, value: f64, difference: bool) -> String {
    let (shown, digits) = match metric {
        _ if metric.is_share() => (100.0 * value, 0),
        Metric::MonthsToPhase2 | Metric::MonthsToPhase3 => (value, 0),
        Metric::AddedValue => (value, 1),
        _ => (value, 2),
    };
    if difference {
        signed(shown, digits)
    } else {
        format!("{shown:.digits$}")
    }
}

/// The unit after a value (`difference` false) or a difference of two.
fn unit(metric: Metric, difference: bool) -> &'static str {
    match metric {
        _ if metric.is_share() => {
            if difference {
                " percentage points"
            } else {
                " %"
            }
        }
        Metric::MonthsToPhase2 | Metric::MonthsToPhase3 => " months",
        Metric::AddedValue => " value units",
        Metric::Exits => " partners",
        _ => "",
    }
}

/// A value with its unit.
fn amount(metric: Metric, value: f64, difference: bool) -> String {
    format!("{}{}", number(metric, value, difference), unit(metric, difference))
}

/// "Holds: A 97, B 68 months; B − A −30 months (95 % interval −33 to −26)."
fn verdict_words(v: &CheckOutcome) -> String {
    let (metric, d) = (v.metric, &v.difference);
    let interval = d.ci95.map_or_else(String::new, |[lo, hi]| {
        format!(" (95 % interval {} to {})", number(metric, lo, true), number(metric, hi, true))
    });
    let (a, b) = (number(metric, d.mean_a, false), number(metric, d.mean_b, false));
    let both = if metric.is_share() {
        format!("A {a} %, B {b} %")
    } else {
        format!("A {a}, B {b}{}", unit(metric, false))
    };
    format!(
        "{}: {both}; B − A {}{interval}.",
        if v.holds { "Holds" } else { "Does not hold" },
        amount(metric, d.mean_difference, true)
    )
}
