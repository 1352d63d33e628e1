//! The ensemble's probabilities as tables: reaching phase 3 by months 24, 60 and 120,
//! dissolving, and added value (value together minus value alone) per arm; in compare mode
//! the paired differences B − A with 95 % intervals.

use yew::prelude::*;

use super::ensemble_job::OutcomeHandle;
use super::fan_chart::ARM_NAMES;
use super::term::Term;
use crate::ensemble::Difference;
use crate::numbers::signed;

/// Properties of [`EnsembleTables`].
#[derive(PartialEq, Properties)]
pub struct EnsembleTablesProps {
    /// The finished ensemble.
    pub outcome: OutcomeHandle,
}

fn percent(p: f64) -> String {
    format!("{:.0}%", 100.0 * p)
}

/// The probability table and, for two arms, the comparison table.
#[function_component]
pub fn EnsembleTables(props: &EnsembleTablesProps) -> Html {
    let outcome = &props.outcome.0;
    let two = outcome.stats.len() > 1;
    let months: Vec<u32> = outcome.stats[0].p_phase3_by.iter().map(|m| m.month).collect();
    let rows = outcome.stats.iter().zip(ARM_NAMES).map(|(stats, name)| {
        html! {
            <tr>
                if two { <th scope="row">{ name }</th> }
                { for stats.p_phase3_by.iter().map(|m| html! { <td>{ percent(m.share) }</td> }) }
                <td>{ percent(stats.p_dissolved) }</td>
                <td>{ signed(stats.summary.mean_added_value, 1) }</td>
                <td>{ percent(stats.summary.p_added_value) }</td>
                <td>{ stats.summary.median_month_break_even.map_or_else(|| "none breaks even".to_string(), |m| format!("{m:.0}")) }</td>
            </tr>
        }
    });
    // Wide tables scroll sideways on a phone; the region is focusable so keyboard users can
    // scroll it too.
    html! {
        <div class="ensemble-tables" tabindex="0" role="region" aria-label="Ensemble probabilities">
            <table id="ensemble-probabilities">
                <caption>{ "Probability of reaching phase 3 (productivity) by month and of dissolving, and the added value (meerwaarde): value produced together minus what the partners would produce alone" }</caption>
                <thead>
                    <tr>
                        if two { <th scope="col">{ "Run" }</th> }
                        { for months.iter().map(|m| html! { <th scope="col">{ format!("Phase 3 by month {m}") }</th> }) }
                        <th scope="col">{ "P(dissolved)" }</th>
                        <th scope="col">{ "Mean added value (together − alone)" }</th>
                        <th scope="col">{ "Runs with added value at the end" }</th>
                        <th scope="col"><Term name="break-even">{ "Median month of break-even" }</Term></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(c) = &outcome.comparison {
                <table id="ensemble-comparison">
                    <caption>
                        { format!("B compared with A over {} ", c.pairs) }<Term name="paired-seeds">{ "paired seeds" }</Term>
                        { " (B − A, with its " }<Term name="interval">{ "95 % interval" }</Term>
                        { "; differences in reaching phase 3 in " }<Term name="percentage-points">{ "percentage points, pp" }</Term>{ ")" }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Quantity" }</th>
                            <th scope="col">{ "A" }</th>
                            <th scope="col">{ "B" }</th>
                            <th scope="col">{ "B − A" }</th>
                            <th scope="col">{ "95 % interval" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { row("Added value (meerwaarde): together − alone", &c.added_value, false) }
                        { row("Trust at the end", &c.final_trust, false) }
                        { row("Mean conflict", &c.mean_conflict, false) }
                        { row("Reaching phase 3", &c.p_phase3, true) }
                    </tbody>
                </table>
            }
        </div>
    }
}

fn row(label: &'static str, d: &Difference, as_percent: bool) -> Html {
    let show = |v: f64| if as_percent { format!("{} pp", signed(100.0 * v, 0)) } else { signed(v, 3) };
    let plain = |v: f64| if as_percent { percent(v) } else { format!("{v:.3}") };
    let interval = d
        .ci95
        .map_or_else(|| "not enough runs".to_string(), |[lo, hi]| format!("{} to {}", show(lo), show(hi)));
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td>{ plain(d.mean_a) }</td>
            <td>{ plain(d.mean_b) }</td>
            <td>{ show(d.mean_difference) }</td>
            <td>{ interval }</td>
        </tr>
    }
}
