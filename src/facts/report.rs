//! The validation of the model over the population, as numbers and as the text of
//! `docs/VALIDATION.md` (written by `alliance-lab validation`): per fact its hold rate, the
//! distribution of its effect and where it fails; the cliff checks; per preset the timing
//! of the phases and its outcomes.

use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::cliffs::{self, CalmField, Knob, Outcome, Step, Sweep, ZeroControl, MAX_STEP};
use super::{par_map, population, run_facts, Composition, FactResult, FACTS};
use crate::ensemble::{run_one, RunSummary};

/// The share of compositions in which every fact must hold (issue 9).
pub const REQUIRED_HOLD_RATE: f64 = 0.9;

/// How much to run: the minimum is 30 generated compositions and 200 paired seeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effort {
    /// Generated compositions besides the presets.
    pub generated: usize,
    /// Paired seeds per arm of a fact.
    pub fact_seeds: usize,
    /// Seeds per level of a cliff sweep and per arm of the calm-field check.
    pub cliff_seeds: usize,
    /// Seeds per preset for the timing of the phases.
    pub timing_seeds: usize,
}

impl Default for Effort {
    fn default() -> Self {
        Effort { generated: 30, fact_seeds: 200, cliff_seeds: 100, timing_seeds: 400 }
    }
}

/// How the facts of docs/MODEL.md, written for two compositions, apply to every composition.
const GENERIC_FACTS: &str = "\n### How the facts apply to any composition\n\n\
    The arms, metrics and thresholds are those of docs/MODEL.md's fact table, which were \
    written for two compositions. Three rules make them apply to every alliance:\n\n\
    - Where a fact needs a particular partner, a rule picks it, the first in list order on \
    a tie: the controlling coordinator of facts 4 and 13 is the largest partner (in the \
    article the partner with the most staff and means takes on planning and reporting); \
    knowledge in fact 9 is shared by the partner of the highest quality; the small partner \
    of fact 12 is the smallest; the four turnovers of fact 7 replace the representatives \
    of the first four partners in list order, cycling in smaller alliances. Fact 13 counts \
    the exits of every partner but the coordinator (before: every partner but partner 0).\n\
    - Every arm starts from the composition's own schedule without the actions the fact \
    varies (fact 1 drops get_to_know; 4 and 13 steering_conversation and set_style; 5 \
    set_style; 6 funding_round; 7 turnover; 8 organise_dissent; 9 learning_agenda and \
    knowledge_sharing; 12 value_room), so that a control arm has none of the treatment even \
    in a preset that plans it: `default` plans a learning agenda in month 12, \
    `controlling_coordinator` a steering conversation in month 36, `turbulent_field` a \
    funding round in month 48.\n\
    - Fact 5's arm without a chair has coordination style none (in \
    `controlling_coordinator` it would otherwise keep the coordinator) and no actions after \
    its 60-month horizon.\n\n\
    In the lists of failures below, the values are those of the fact's metric in its \
    order (arms' means, for fact 6 the rises); months to a phase count a run that never \
    reaches it as month 121.\n";

/// One fact over the population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactSummary {
    /// Fact number.
    pub id: u8,
    /// Short name.
    pub name: String,
    /// The threshold its effect must reach.
    pub threshold: f64,
    /// Share of compositions where it holds.
    pub hold_rate: f64,
    /// Its effect's minimum, 10th percentile, median, 90th percentile and maximum.
    pub effect: [f64; 5],
    /// The compositions where it fails.
    pub failures: Vec<FactResult>,
}

/// Sums up the results of one fact, in the compositions it was run in.
pub fn fact_summary(results: &[FactResult]) -> FactSummary {
    let first = &results[0];
    let mut effects: Vec<f64> = results.iter().map(|r| r.effect).collect();
    effects.sort_by(f64::total_cmp);
    FactSummary {
        id: first.id,
        name: first.name.clone(),
        threshold: first.threshold,
        hold_rate: results.iter().filter(|r| r.pass).count() as f64 / results.len() as f64,
        effect: [0.0, 0.1, 0.5, 0.9, 1.0].map(|q| quantile(&effects, q)),
        failures: results.iter().filter(|r| !r.pass).cloned().collect(),
    }
}

/// A preset's phases and outcomes over many seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PresetTiming {
    /// The preset's file stem.
    pub name: String,
    /// Month of reaching phase 2: 10th percentile, median, 90th percentile over all runs;
    /// `None` where that share of runs never reached it.
    pub phase2: [Option<u32>; 3],
    /// The same for phase 3.
    pub phase3: [Option<u32>; 3],
    /// Mean cumulative value over mean cumulative solo value at the horizon.
    pub value_over_solo: f64,
    /// Share of runs that reached phase 3.
    pub p_phase3: f64,
    /// Share of runs that dissolved.
    pub p_dissolved: f64,
}

/// Runs seeds 1..=seeds of a composition and times its phases.
pub fn preset_timing(c: &Composition, seeds: usize) -> PresetTiming {
    let runs: Vec<RunSummary> = (1..=seeds as u64).map(|seed| run_one(&c.scenario, seed)).collect();
    let n = runs.len().max(1) as f64;
    let months = |f: fn(&RunSummary) -> Option<u32>| month_percentiles(runs.iter().map(f));
    let total = |f: fn(&RunSummary) -> f64| runs.iter().map(f).sum::<f64>();
    PresetTiming {
        name: c.name.clone(),
        phase2: months(|r| r.reached_phase2_month),
        phase3: months(|r| r.reached_phase3_month),
        value_over_solo: total(|r| r.value) / total(|r| r.solo_value),
        p_phase3: runs.iter().filter(|r| r.reached_phase3_month.is_some()).count() as f64 / n,
        p_dissolved: runs.iter().filter(|r| r.dissolved).count() as f64 / n,
    }
}

/// Everything `docs/VALIDATION.md` reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Validation {
    /// How much was run.
    pub effort: Effort,
    /// The compositions: name, number of partners, description.
    pub compositions: Vec<(String, usize, String)>,
    /// Every fact in every composition, by fact and then composition.
    pub facts: Vec<FactResult>,
    /// Every knob of every composition.
    pub sweeps: Vec<Sweep>,
    /// The calm-field check per composition.
    pub calm: Vec<CalmField>,
    /// The zero-control check of every composition with moderate or high relational
    /// uncertainty.
    pub zero_control: Vec<ZeroControl>,
    /// The presets' timing.
    pub presets: Vec<PresetTiming>,
}

/// Runs the whole validation: every fact, the cliff checks and the presets' timing.
pub fn validate(effort: Effort) -> Validation {
    let population = population(effort.generated);
    let facts = run_facts(&population, effort.fact_seeds);
    let sweeps = cliffs::sweeps(&population, &Knob::ALL, effort.cliff_seeds);
    let calm = cliffs::calm_fields(&population, effort.cliff_seeds);
    let zero_control = population
        .iter()
        .zip(sweeps.iter().filter(|s| s.knob == Knob::Control))
        .filter_map(|(c, sweep)| cliffs::zero_control(c, sweep))
        .collect();
    let presets: Vec<&Composition> = population
        .iter()
        .filter(|c| {
            crate::scenario::PRESETS[..crate::scenario::FIRST_CASE].iter().any(|(stem, _)| *stem == c.name)
        })
        .collect();
    let presets = par_map(&presets, |c| preset_timing(c, effort.timing_seeds));
    Validation {
        effort,
        compositions: population
            .iter()
            .map(|c| (c.name.clone(), c.scenario.partners.len(), c.description.clone()))
            .collect(),
        facts,
        sweeps,
        calm,
        zero_control,
        presets,
    }
}

impl Validation {
    /// Per fact, its summary over the population.
    pub fn fact_summaries(&self) -> Vec<FactSummary> {
        (1..=FACTS.len() as u8)
            .map(|id| fact_summary(&self.facts.iter().filter(|r| r.id == id).cloned().collect::<Vec<_>>()))
            .collect()
    }

    /// Per knob and outcome, the largest one-step change over the population.
    pub fn largest_steps(&self) -> Vec<Step> {
        Knob::ALL
            .into_iter()
            .flat_map(|knob| Outcome::ALL.into_iter().map(move |outcome| (knob, outcome)))
            .filter_map(|(knob, outcome)| {
                self.sweeps
                    .iter()
                    .filter(|s| s.knob == knob)
                    .map(|s| s.largest_step(outcome))
                    .reduce(|a, b| if b.change() > a.change() { b } else { a })
            })
            .collect()
    }

    /// The text of `docs/VALIDATION.md`.
    pub fn markdown(&self) -> String {
        let mut t = String::new();
        self.write_intro(&mut t);
        self.write_facts(&mut t);
        self.write_cliffs(&mut t);
        self.write_presets(&mut t);
        t.push_str(
            "## Sensitivity (Morris screening)\n\n\
             Filled by `alliance-lab screen` (a Morris elementary-effects screening of every numeric \
             scenario parameter on P(phase 3), added value and P(dissolved)); this command does not \
             write it.\n",
        );
        t
    }

    fn write_intro(&self, t: &mut String) {
        let e = &self.effort;
        let presets = self.compositions.len() - e.generated;
        let _ = write!(
            t,
            "# Validation\n\n\
             What the model does over a population of alliances, not only in the two it was tuned \
             in (issue 9). Written by `cargo run --release -- validation > docs/VALIDATION.md`; \
             rerun it after every change of the model. Every number \
             here follows from the code and the seeds, so a rerun on an unchanged model gives the \
             same file. `tests/it/facts.rs` and `tests/it/graded.rs` assert the same checks on the \
             same population.\n\n\
             The population: the {presets} presets of `scenarios/` and {} generated compositions \
             (`alliance_lab::facts::generate(seed)`, seeds 1..={}), 2 to 15 partners each. The facts \
             run {} paired seeds per arm; the cliff checks {} seeds per level; the presets' timing \
             {} seeds.\n\n\
             | composition | partners | what is special |\n|---|---|---|\n",
            e.generated, e.generated, e.fact_seeds, e.cliff_seeds, e.timing_seeds,
        );
        for (name, n, description) in &self.compositions {
            let _ = writeln!(t, "| {name} | {n} | {description} |");
        }
        t.push('\n');
    }

    fn write_facts(&self, t: &mut String) {
        let _ = write!(
            t,
            "## Facts\n\n\
             Each fact must hold in at least {:.0} % of the compositions. The effect is the weakest of \
             the fact's sub-effects (docs/MODEL.md, the fact table); its distribution is over the \
             compositions.\n\n\
             | fact | hold rate | min | p10 | median | p90 | max | threshold |\n|---|---|---|---|---|---|---|---|\n",
            100.0 * REQUIRED_HOLD_RATE
        );
        let summaries = self.fact_summaries();
        for f in &summaries {
            let [min, p10, median, p90, max] = f.effect;
            let _ = writeln!(
                t,
                "| {} {} | {:.0} % | {min:.3} | {p10:.3} | {median:.3} | {p90:.3} | {max:.3} | {:.3} |",
                f.id,
                f.name,
                100.0 * f.hold_rate,
                f.threshold
            );
        }
        t.push_str(GENERIC_FACTS);
        t.push_str("\n### Where the facts fail\n\n");
        let mut any = false;
        for f in summaries.iter().filter(|f| !f.failures.is_empty()) {
            any = true;
            let _ = writeln!(
                t,
                "Fact {} ({} of {} compositions fail):\n",
                f.id,
                f.failures.len(),
                self.compositions.len()
            );
            for r in &f.failures {
                let w = r.weakest();
                let means: Vec<String> = r.values.iter().map(|v| format!("{v:.3}")).collect();
                let _ = writeln!(
                    t,
                    "- {}: {} = {:.3} (threshold {:.3}); values {}",
                    r.composition,
                    w.name,
                    w.value,
                    r.threshold,
                    means.join(" | ")
                );
            }
            t.push('\n');
        }
        if !any {
            t.push_str("Every fact holds in every composition.\n\n");
        }
    }

    fn write_cliffs(&self, t: &mut String) {
        let _ = write!(
            t,
            "## Graded, not cliffs\n\n\
             Each parameter is stepped from 0 to 1 in steps of 0.1 in every composition, with seeds \
             1..={} at every level; no step may change P(phase 3 by month 120) or P(dissolved) by more \
             than {MAX_STEP}. One level's probability has a standard error of at most {:.3}, and paired \
             seeds make a step's change more precise still.\n\n\
             | parameter | outcome | largest step | where | steps over {MAX_STEP} |\n|---|---|---|---|---|\n",
            self.effort.cliff_seeds,
            0.5 / (self.effort.cliff_seeds as f64).sqrt(),
        );
        for step in self.largest_steps() {
            let over = self
                .sweeps
                .iter()
                .filter(|s| s.knob == step.knob)
                .map(|s| {
                    (1..s.levels.len())
                        .filter(|&k| {
                            (s.levels[k].p(step.outcome) - s.levels[k - 1].p(step.outcome)).abs() > MAX_STEP
                        })
                        .count()
                })
                .sum::<usize>();
            let _ = writeln!(
                t,
                "| {} | {} | {:.3} | {}, {:.1} to {:.1}: {:.2} to {:.2} | {over} |",
                step.knob.path(),
                step.outcome.label(),
                step.change(),
                step.composition,
                step.from,
                step.from + 0.1,
                step.before,
                step.after,
            );
        }
        let calm_fails: Vec<&CalmField> = self.calm.iter().filter(|c| !c.holds).collect();
        let _ = write!(
            t,
            "\n### A calm field is never worse than a moderately turbulent one\n\n\
             Field uncertainty 0.0 against 0.3, each at the control level that fits it at the start \
             (\"at the same fitting governance\": both alliances govern as their situation calls for). \
             Worse means a lower P(phase 3) or added value, outside the 95 % interval of the \
             paired difference and by more than {} in P(phase 3) or {:.0} % of the solo value. Holds in {} of {} \
             compositions.\n\n",
            cliffs::CALM_PHASE3_MARGIN,
            100.0 * cliffs::CALM_VALUE_MARGIN,
            self.calm.len() - calm_fails.len(),
            self.calm.len(),
        );
        for c in calm_fails {
            let _ = writeln!(
                t,
                "- {}: control {:.2} | {:.2}, P(phase 3) {:.2} | {:.2}, added value {:.1} | {:.1} (calm | moderate)",
                c.composition, c.control[0], c.control[1], c.p_phase3[0], c.p_phase3[1], c.mean_added_value[0], c.mean_added_value[1]
            );
        }
        let zero_fails: Vec<&ZeroControl> = self.zero_control.iter().filter(|z| !z.holds()).collect();
        let _ = write!(
            t,
            "\n### Zero control is not optimal under moderate or high relational uncertainty\n\n\
             Compositions whose relational uncertainty at the start is at least {}: the mean added \
             value (value minus solo value) at control 0 must be below the best of control 0.1..1.0 \
             (from the control sweep). Holds in {} of {} such compositions.\n\n",
            cliffs::MODERATE_RELATIONAL_UNCERTAINTY,
            self.zero_control.len() - zero_fails.len(),
            self.zero_control.len(),
        );
        for z in zero_fails {
            let _ = writeln!(
                t,
                "- {} (relational uncertainty {:.2}): {:.1} at control 0, best of the others {:.1} at {:.1}",
                z.composition, z.relational_uncertainty, z.at_zero, z.best, z.best_level
            );
        }
        t.push('\n');
    }

    fn write_presets(&self, t: &mut String) {
        let month = |m: Option<u32>| m.map_or_else(|| "never".to_string(), |m| m.to_string());
        let spread = |m: [Option<u32>; 3]| format!("{} ({}-{})", month(m[1]), month(m[0]), month(m[2]));
        let _ = write!(
            t,
            "## Presets\n\n\
             Seeds 1..={} per preset. Months are the median (10th-90th percentile) over all runs, a run \
             that never reaches the phase counting as later than any that does. V/S is the mean \
             cumulative value over the mean cumulative solo value at month 120.\n\n\
             | preset | phase 2 month | phase 3 month | V/S | P(phase 3) | P(dissolved) |\n|---|---|---|---|---|---|\n",
            self.effort.timing_seeds
        );
        for p in &self.presets {
            let _ = writeln!(
                t,
                "| {} | {} | {} | {:.3} | {:.3} | {:.3} |",
                p.name,
                spread(p.phase2),
                spread(p.phase3),
                p.value_over_solo,
                p.p_phase3,
                p.p_dissolved
            );
        }
        t.push('\n');
    }
}

/// The `q`-quantile of sorted values, interpolating between neighbouring ranks.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let rank = q * (sorted.len() - 1) as f64;
    let (below, above) = (rank.floor() as usize, rank.ceil() as usize);
    sorted[below] + (rank - below as f64) * (sorted[above] - sorted[below])
}

/// The 10th percentile, median and 90th percentile of the months in which runs reached
/// something, by nearest rank; a run that never reached it sorts after every run that did,
/// and a percentile that falls on such runs is `None`. No runs give `[None; 3]`.
pub fn month_percentiles(months: impl Iterator<Item = Option<u32>>) -> [Option<u32>; 3] {
    let mut m: Vec<u32> = months.map(|m| m.unwrap_or(u32::MAX)).collect();
    if m.is_empty() {
        return [None; 3];
    }
    m.sort_unstable();
    [0.1, 0.5, 0.9].map(|q| Some(m[nearest_rank(m.len(), q)]).filter(|&x| x != u32::MAX))
}

/// The rank nearest to the `q`-quantile of `len` sorted values.
fn nearest_rank(len: usize, q: f64) -> usize {
    (q * (len - 1) as f64).round() as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::SubEffect;

    fn result(composition: &str, effects: &[f64]) -> FactResult {
        let effect = effects.iter().copied().fold(f64::INFINITY, f64::min);
        FactResult {
            id: 3,
            name: "test".into(),
            composition: composition.into(),
            arms: String::new(),
            metric: String::new(),
            values: Vec::new(),
            effects: effects
                .iter()
                .map(|&value| SubEffect { name: format!("part {value}"), value })
                .collect(),
            effect,
            threshold: 0.1,
            pass: effect >= 0.1,
        }
    }

    #[test]
    fn a_fact_summary_counts_where_the_fact_holds_and_names_the_weakest_part_where_it_fails() {
        let results: Vec<FactResult> = [[0.5, 0.2], [0.05, 0.3], [0.4, 0.3], [0.2, 0.9]]
            .iter()
            .enumerate()
            .map(|(i, e)| result(&format!("c{i}"), e))
            .collect();
        let s = fact_summary(&results);
        assert_eq!(s.hold_rate, 0.75);
        assert_eq!(s.failures.len(), 1);
        assert_eq!(s.failures[0].composition, "c1");
        assert_eq!(s.failures[0].weakest().name, "part 0.05");
        // Effects 0.05, 0.2, 0.2, 0.3: the median interpolates between 0.2 and 0.2.
        assert_eq!(s.effect[0], 0.05);
        assert_eq!(s.effect[2], 0.2);
        assert_eq!(s.effect[4], 0.3);
        assert!((s.effect[1] - (0.05 + 0.3 * 0.15)).abs() < 1e-12);
    }

    #[test]
    fn a_percentile_that_falls_on_runs_that_never_got_there_is_never() {
        let months = (1..=10).map(|m| (m <= 6).then_some(m * 10));
        // Ten runs, four of which never get there: ranks 1, 5 (4.5 rounded up) and 8.
        assert_eq!(month_percentiles(months), [Some(20), Some(60), None]);
        assert_eq!(month_percentiles(std::iter::empty()), [None; 3]);
    }
}
