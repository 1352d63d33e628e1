//! The teaching points a scenario states (its `[[expect]]` tables), each with what its two
//! arms are, what it claims, a "Check this" button that runs both arms over paired seeds in
//! the ensemble's Web Workers, and the verdict in words.

use std::rc::Rc;

use yew::prelude::*;

use super::labels;
use super::texts::{use_tr, Tr};
use crate::expectations::CheckOutcome;
use crate::i18n::Lang;
use crate::scenario::{ActionName, ArmChanges, Direction, Expectation, Metric};

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
    let tr = use_tr();
    if props.expectations.is_empty() {
        return html! {
            <p class="hint" id="teaching-points-none">{ tr.get("teaching-points-none") }</p>
        };
    }
    html! {
        <section class="teaching-points" id="teaching-points" aria-labelledby="teaching-points-title">
            <h3 id="teaching-points-title">{ tr.get("teaching-points-title") }</h3>
            <p class="hint">{ tr.get("teaching-points-hint") }</p>
            <ol>
                { for props.expectations.iter().enumerate().map(|(i, e)| {
                    let verdict = props.verdicts.get(i).and_then(Option::as_ref);
                    let on_click = { let cb = props.on_check.clone(); Callback::from(move |_: MouseEvent| cb.emit(i)) };
                    let checking = props.checking == Some(i);
                    html! {
                        <li>
                            <strong>{ says(e, tr.lang()) }</strong>
                            <p class="arms">{ tr.with("teaching-points-arms", &[("a", &arm_words(&tr, &e.a)), ("b", &arm_words(&tr, &e.b))]) }</p>
                            <p class="claim">{ claim_words(&tr, e) }</p>
                            <button id={format!("check-{i}")} class="secondary" onclick={on_click} disabled={props.busy}>
                                { if checking { tr.get("teaching-points-checking") } else { tr.get("teaching-points-check") } }
                            </button>
                            if let Some(v) = verdict {
                                <p id={format!("check-{i}-verdict")} role="status"
                                    class={classes!("verdict", if v.holds { "holds" } else { "fails" })}>
                                    { verdict_words(&tr, v) }
                                </p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// The teaching point's sentence in `lang`: the Dutch one on a Dutch page where the scenario
/// gives it, else the English one.
fn says(e: &Expectation, lang: Lang) -> String {
    match (lang, &e.nl) {
        (Lang::Nl, Some(nl)) if !nl.says.trim().is_empty() => nl.says.clone(),
        _ => e.says.clone(),
    }
}

/// What an arm is: "the scenario as it is", or its changes in words.
fn arm_words(tr: &Tr, changes: &ArmChanges) -> String {
    if changes.is_empty() {
        return tr.get("teaching-points-arm-as-is");
    }
    let mut parts = Vec::new();
    if !changes.without.is_empty() {
        let names: Vec<String> = changes.without.iter().map(|&a| action_label(tr, a)).collect();
        parts.push(tr.with("teaching-points-arm-without", &[("actions", &names.join(", "))]));
    }
    for setting in &changes.set {
        parts.push(tr.with("teaching-points-arm-set", &[("path", &setting.path), ("value", &setting.value)]));
    }
    for entry in &changes.schedule {
        parts.push(tr.with(
            "teaching-points-arm-scheduled",
            &[("action", &action_label(tr, entry.action)), ("month", &entry.month.to_string())],
        ));
    }
    tr.with("teaching-points-arm-changed", &[("changes", &parts.join("; "))])
}

/// The label of an action as the plan lists it, in lower case to stand inside a sentence.
fn action_label(tr: &Tr, action: ActionName) -> String {
    let label = labels::action_label(tr, action);
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

/// What a metric is, in plain words, with its unit: the page's own words for
/// [`Metric::describe`], which the CLI keeps in English.
fn metric_words(tr: &Tr, metric: Metric) -> String {
    use Metric::*;
    match metric {
        AddedValue => tr.get("metric-added-value"),
        Phase2 => tr.get("metric-phase2"),
        Phase3 => tr.get("metric-phase3"),
        MonthsToPhase2 => tr.get("metric-months-to-phase2"),
        MonthsToPhase3 => tr.get("metric-months-to-phase3"),
        BrokeEven => tr.get("metric-broke-even"),
        FinalTrust => tr.get("metric-final-trust"),
        MeanConflict => tr.get("metric-mean-conflict"),
        MeanCommitment => tr.get("metric-mean-commitment"),
        MeanDelivery => tr.get("metric-mean-delivery"),
        MeanProcessShare => tr.get("metric-mean-process-share"),
        Regressed => tr.get("metric-regressed"),
        Dissolved => tr.get("metric-dissolved"),
        Exits => tr.get("metric-exits"),
    }
}

/// "Claim: B is lower than A in months to phase 3 … by at least 12 months, over 200 paired
/// seeds." The minimum is written as it was given, up to three decimals.
fn claim_words(tr: &Tr, e: &Expectation) -> String {
    let minimum = if e.metric.is_share() { 100.0 * e.min_effect } else { e.min_effect };
    let minimum = format!("{minimum:.3}");
    let minimum = tr.lang().localise(minimum.trim_end_matches('0').trim_end_matches('.').to_string());
    let (metric, minimum) = (metric_words(tr, e.metric), with_unit(tr, e.metric, minimum, true));
    let runs = e.runs.to_string();
    match e.direction {
        Direction::Higher => tr.with(
            "teaching-points-claim-higher",
            &[("metric", &metric), ("minimum", &minimum), ("runs", &runs)],
        ),
        Direction::Lower => tr.with(
            "teaching-points-claim-lower",
            &[("metric", &metric), ("minimum", &minimum), ("runs", &runs)],
        ),
    }
}

/// A value of a metric without its unit: shares in %, value units with one decimal, months
/// and shares whole, levels with two decimals; `difference` gives it a sign.
fn number(tr: &Tr, metric: Metric, value: f64, difference: bool) -> String {
    let (shown, digits) = match metric {
        _ if metric.is_share() => (100.0 * value, 0),
        Metric::MonthsToPhase2 | Metric::MonthsToPhase3 => (value, 0),
        Metric::AddedValue => (value, 1),
        _ => (value, 2),
    };
    if difference {
        tr.signed(shown, digits)
    } else {
        tr.number(shown, digits)
    }
}

/// A number written with the unit of `metric`, for a value (`difference` false) or a
/// difference of two; levels have no unit.
fn with_unit(tr: &Tr, metric: Metric, number: String, difference: bool) -> String {
    match metric {
        _ if metric.is_share() && difference => {
            tr.with("teaching-points-percentage-points", &[("number", &number)])
        }
        _ if metric.is_share() => tr.with("teaching-points-percent", &[("number", &number)]),
        Metric::MonthsToPhase2 | Metric::MonthsToPhase3 => {
            tr.with("teaching-points-months", &[("number", &number)])
        }
        Metric::AddedValue => tr.with("teaching-points-value-units", &[("number", &number)]),
        Metric::Exits => tr.with("teaching-points-partners", &[("number", &number)]),
        _ => number,
    }
}

/// A value with its unit.
fn amount(tr: &Tr, metric: Metric, value: f64, difference: bool) -> String {
    with_unit(tr, metric, number(tr, metric, value, difference), difference)
}

/// "Holds: A 97, B 68 months; B − A −30 months (95 % interval −33 to −26)."
fn verdict_words(tr: &Tr, v: &CheckOutcome) -> String {
    let (metric, d) = (v.metric, &v.difference);
    // A share carries its % on both values; other units are written once, after B.
    let a = if metric.is_share() {
        amount(tr, metric, d.mean_a, false)
    } else {
        number(tr, metric, d.mean_a, false)
    };
    let b = amount(tr, metric, d.mean_b, false);
    let difference = amount(tr, metric, d.mean_difference, true);
    let Some([lo, hi]) = d.ci95 else {
        return if v.holds {
            tr.with("teaching-points-holds", &[("a", &a), ("b", &b), ("difference", &difference)])
        } else {
            tr.with("teaching-points-fails", &[("a", &a), ("b", &b), ("difference", &difference)])
        };
    };
    let (low, high) = (number(tr, metric, lo, true), number(tr, metric, hi, true));
    if v.holds {
        tr.with(
            "teaching-points-holds-interval",
            &[("a", &a), ("b", &b), ("difference", &difference), ("low", &low), ("high", &high)],
        )
    } else {
        tr.with(
            "teaching-points-fails-interval",
            &[("a", &a), ("b", &b), ("difference", &difference), ("low", &low), ("high", &high)],
        )
    }
}
