//! The ensemble's probabilities as tables: reaching phase 3 by months 24, 60 and 120,
//! dissolving, and added value (value together minus value alone) per arm; in compare mode
//! the paired differences B − A with 95 % intervals.

use yew::prelude::*;

use super::ensemble_job::OutcomeHandle;
use super::fan_chart::ARM_NAMES;
use super::term::Term;
use super::texts::{use_tr, Tr};
use crate::ensemble::Difference;

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
    let tr = use_tr();
    let outcome = &props.outcome.0;
    let two = outcome.stats.len() > 1;
    let months: Vec<u32> = outcome.stats[0].p_phase3_by.iter().map(|m| m.month).collect();
    let rows = outcome.stats.iter().zip(ARM_NAMES).map(|(stats, name)| {
        let break_even = stats
            .summary
            .median_month_break_even
            .map_or_else(|| tr.get("ensemble-tables-no-break-even"), |m| format!("{m:.0}"));
        html! {
            <tr>
                if two { <th scope="row">{ name }</th> }
                { for stats.p_phase3_by.iter().map(|m| html! { <td>{ percent(m.share) }</td> }) }
                <td>{ percent(stats.p_dissolved) }</td>
                <td>{ tr.signed(stats.summary.mean_added_value, 1) }</td>
                <td>{ percent(stats.summary.p_added_value) }</td>
                <td>{ break_even }</td>
            </tr>
        }
    });
    // Wide tables scroll sideways on a phone; the region is focusable so keyboard users can
    // scroll it too.
    html! {
        <div class="ensemble-tables" tabindex="0" role="region" aria-label={tr.get("ensemble-tables-label")}>
            <table id="ensemble-probabilities">
                <caption>{ tr.get("ensemble-tables-caption") }</caption>
                <thead>
                    <tr>
                        if two { <th scope="col">{ tr.get("ensemble-tables-run") }</th> }
                        { for months.iter().map(|m| html! { <th scope="col">{ tr.with("ensemble-tables-phase3-by", &[("month", &m.to_string())]) }</th> }) }
                        <th scope="col">{ tr.get("ensemble-tables-dissolved") }</th>
                        <th scope="col">{ tr.get("ensemble-tables-mean-added-value") }</th>
                        <th scope="col">{ tr.get("ensemble-tables-with-added-value") }</th>
                        <th scope="col"><Term name="break-even">{ tr.get("ensemble-tables-break-even") }</Term></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(c) = &outcome.comparison {
                <table id="ensemble-comparison">
                    // The caption's glossary terms each carry their help button, so it is
                    // written in pieces; the pieces keep the same order in both languages.
                    <caption>
                        { tr.with("ensemble-comparison-over", &[("pairs", &c.pairs.to_string())]) }
                        <Term name="paired-seeds">{ tr.get("ensemble-comparison-paired-seeds") }</Term>
                        { tr.get("ensemble-comparison-with") }
                        <Term name="interval">{ tr.get("ensemble-comparison-interval") }</Term>
                        { tr.get("ensemble-comparison-phase3") }
                        <Term name="percentage-points">{ tr.get("ensemble-comparison-pp") }</Term>{ ")" }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.get("ensemble-comparison-quantity") }</th>
                            <th scope="col">{ "A" }</th>
                            <th scope="col">{ "B" }</th>
                            <th scope="col">{ "B − A" }</th>
                            <th scope="col">{ tr.get("ensemble-comparison-interval") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { row(&tr, tr.get("ensemble-comparison-added-value"), &c.added_value, false) }
                        { row(&tr, tr.get("ensemble-comparison-final-trust"), &c.final_trust, false) }
                        { row(&tr, tr.get("ensemble-comparison-mean-conflict"), &c.mean_conflict, false) }
                        { row(&tr, tr.get("ensemble-comparison-phase3-reached"), &c.p_phase3, true) }
                    </tbody>
                </table>
            }
        </div>
    }
}

fn row(tr: &Tr, label: String, d: &Difference, as_percent: bool) -> Html {
    let show = |v: f64| {
        if as_percent {
            tr.with("ensemble-comparison-points", &[("value", &tr.signed(100.0 * v, 0))])
        } else {
            tr.signed(v, 3)
        }
    };
    let plain = |v: f64| if as_percent { percent(v) } else { tr.number(v, 3) };
    let interval = d.ci95.map_or_else(
        || tr.get("ensemble-comparison-too-few-runs"),
        |[lo, hi]| tr.with("ensemble-comparison-range", &[("low", &show(lo)), ("high", &show(hi))]),
    );
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
