//! Helpers for the fact experiments: building arms, running paired seeds, reading metrics.

use super::{Composition, FactResult, SubEffect};
use crate::model::{advance, rng_for_seed, PartnerSnapshot, Snapshot, State, EXPERTISE_NAMES};
use crate::scenario::{ActionName, Expertise, PartnerRef, Scenario, ScheduleEntry};

/// How far below its threshold an effect may fall through floating-point rounding alone.
const ROUNDING: f64 = 1e-9;

/// Builds a result; the fact holds when its weakest sub-effect reaches the threshold.
#[allow(clippy::too_many_arguments)]
pub fn result(
    id: u8,
    name: &str,
    composition: &Composition,
    arms: &str,
    metric: &str,
    values: Vec<f64>,
    effects: &[(&str, f64)],
    threshold: f64,
) -> FactResult {
    let effect = effects.iter().map(|&(_, e)| e).fold(f64::INFINITY, f64::min);
    FactResult {
        id,
        name: name.into(),
        composition: composition.name.clone(),
        arms: arms.into(),
        metric: metric.into(),
        values,
        effects: effects.iter().map(|&(name, value)| SubEffect { name: name.into(), value }).collect(),
        effect,
        threshold,
        // NaN fails: an effect that cannot be measured is not an effect that holds. The
        // tolerance absorbs rounding only: 29/200 - 9/200 is 0.09999999999999999 in floating
        // point, and reaches a threshold of 0.1.
        pass: effect.is_finite() && effect >= threshold - ROUNDING,
    }
}

/// The composition without the scheduled actions a fact varies, so that its control arm
/// has none of the treatment.
pub fn without(base: &Scenario, actions: &[ActionName]) -> Scenario {
    let mut s = base.clone();
    s.schedule.retain(|e| !actions.contains(&e.action));
    s
}

/// The largest partner; the first of them on a tie.
pub fn largest(s: &Scenario) -> usize {
    first_best(s, |a, b| a.size > b.size)
}

/// The smallest partner; the first of them on a tie.
pub fn smallest(s: &Scenario) -> usize {
    first_best(s, |a, b| a.size < b.size)
}

/// The partner of the highest quality; the first of them on a tie.
pub fn best_quality(s: &Scenario) -> usize {
    first_best(s, |a, b| a.quality > b.quality)
}

/// The first partner that no later partner beats.
fn first_best(
    s: &Scenario,
    beats: impl Fn(&crate::scenario::PartnerSpec, &crate::scenario::PartnerSpec) -> bool,
) -> usize {
    (1..s.partners.len()).fold(0, |best, i| if beats(&s.partners[i], &s.partners[best]) { i } else { best })
}

/// One run of an arm: its monthly snapshots, months 0..=horizon.
pub struct Run {
    history: Vec<Snapshot>,
}

impl Run {
    /// The snapshots of months 0..=horizon.
    pub fn history(&self) -> &[Snapshot] {
        &self.history
    }
}

/// Runs seeds 1..=runs of a scenario to the end; every arm uses the same seeds. A run is
/// what [`Simulation`](crate::simulation::Simulation) records, without its event log: the facts read only the series, and
/// narration changes nothing else (tests/it/model.rs). The parameters are derived once per
/// arm rather than once per seed.
pub fn simulate(s: &Scenario, runs: usize) -> Vec<Run> {
    let params = s.params().unwrap_or_else(|e| panic!("a fact's arm is a valid scenario: {e}"));
    (1..=runs as u64)
        .map(|seed| {
            let mut rng = rng_for_seed(seed);
            let mut state = State::new(&params, &mut rng);
            state.narrate = false;
            let mut history = Vec::with_capacity(params.horizon as usize + 1);
            history.push(Snapshot::capture(&state));
            while state.month < params.horizon {
                advance(&mut state, &params, &mut rng);
                history.push(Snapshot::capture(&state));
            }
            Run { history }
        })
        .collect()
}

/// One metric per run.
pub fn per_run(sims: &[Run], f: impl Fn(&Run) -> f64) -> Vec<f64> {
    sims.iter().map(f).collect()
}

/// Adds an action to the schedule.
pub fn schedule(s: &mut Scenario, month: u32, action: ActionName, partner: Option<usize>) {
    s.schedule.push(ScheduleEntry {
        month,
        action,
        partner: partner.map(PartnerRef::Index),
        division: None,
        style: None,
        value: None,
    });
}

/// Mean of a snapshot quantity over months `from..=to`.
pub fn window(sim: &Run, from: usize, to: usize, f: fn(&Snapshot) -> f64) -> f64 {
    let h = sim.history();
    let to = to.min(h.len() - 1);
    let from = from.min(to);
    h[from..=to].iter().map(f).sum::<f64>() / (to - from + 1) as f64
}

/// Mean of a partner quantity over every partner of the scenario; a partner that left
/// counts as 0, since it no longer delivers or commits anything to the alliance.
pub fn all_partners(h: &Snapshot, f: fn(&PartnerSnapshot) -> f64) -> f64 {
    h.partners.iter().map(|p| if p.left { 0.0 } else { f(p) }).sum::<f64>() / h.partners.len().max(1) as f64
}

/// Value produced in months `from..=to`.
pub fn value_between(sim: &Run, from: usize, to: usize) -> f64 {
    let h = sim.history();
    let to = to.min(h.len() - 1);
    h[from.min(to)..=to].iter().map(|s| s.monthly_value).sum()
}

/// Cumulative value at the end: what the alliance produced. The facts compare arms by
/// relative gains, which are stable for value; added value (value minus solo value) passes
/// through zero, where a relative gain is meaningless.
pub fn final_value(sim: &Run) -> f64 {
    sim.history().last().map_or(0.0, |h| h.value)
}

/// First month in `phase` or higher; runs that never get there count as the horizon + 1.
pub fn phase_month(sim: &Run, phase: u8) -> f64 {
    let h = sim.history();
    h.iter().find(|s| s.phase >= phase).map_or(h.len() as f64, |s| f64::from(s.month))
}

/// Whether the phase fell in months `from..=to`; dissolving (phase 0) is not falling back,
/// as in the ensemble's `regressed`.
pub fn regressed_between(sim: &Run, from: usize, to: usize) -> bool {
    let h = sim.history();
    (from.max(1)..=to.min(h.len() - 1)).any(|m| h[m].phase < h[m - 1].phase && h[m].phase > 0)
}

/// The runs (by index, the same seeds in every arm) that are productive (phase 3) in the
/// month before `month`, the last month an action scheduled for `month` has not touched.
pub fn productive_runs(sims: &[Run], month: usize) -> Vec<usize> {
    (0..sims.len()).filter(|&i| sims[i].history().get(month - 1).is_some_and(|h| h.phase == 3)).collect()
}

/// The runs (by index) that have moved on from the start (phase 2 or 3) in the month before
/// `month`.
pub fn runs_past_the_start(sims: &[Run], month: usize) -> Vec<usize> {
    (0..sims.len()).filter(|&i| sims[i].history().get(month - 1).is_some_and(|h| h.phase >= 2)).collect()
}

/// The first of `months` by which at least a quarter of `sims` are productive, or the first
/// month when none is: where an action is meant for a productive alliance, it comes when a
/// composition has enough productive runs to measure what it does to them.
pub fn first_productive_month(sims: &[Run], months: &[usize], runs: usize) -> usize {
    months.iter().copied().find(|&m| 4 * productive_runs(sims, m).len() >= runs).unwrap_or(months[0])
}

/// How far the alliance has come beyond the start in a month: 0 in phase 1 (and when
/// dissolved), 1 in phase 2, 2 in phase 3.
pub fn progress(h: &Snapshot) -> f64 {
    f64::from(h.phase.saturating_sub(1))
}

/// Partners whose quality is below the median of the composition.
pub fn weaker_partners(s: &Scenario) -> Vec<usize> {
    let mut q: Vec<f64> = s.partners.iter().map(|p| p.quality).collect();
    q.sort_by(f64::total_cmp);
    let median = q[q.len() / 2];
    (0..s.partners.len()).filter(|&i| s.partners[i].quality < median).collect()
}

/// The composition in a given uncertainty setting: starting knowledge, competitiveness of
/// every partner, and field uncertainty. The getting-to-know session is left out so that the
/// relational uncertainty stays a property of the condition.
pub fn with_uncertainty(base: &Scenario, knowledge: f64, competitiveness: f64, field: f64) -> Scenario {
    let mut s = base.clone();
    s.schedule.retain(|e| e.action != ActionName::GetToKnow);
    s.relations.knowledge = knowledge;
    s.relations.trust = 0.3 + 0.3 * knowledge;
    s.partners.iter_mut().for_each(|p| p.competitiveness = competitiveness);
    s.environment.field_uncertainty = field;
    s
}

/// The composition with every partner given the same, average expertise profile.
pub fn homogeneous(base: &Scenario) -> Scenario {
    let mut s = base.clone();
    let n = s.partners.len() as f64;
    let mut mean = [0.0; 7];
    for p in &s.partners {
        for (m, v) in mean.iter_mut().zip(p.expertise.array()) {
            *m += v / n;
        }
    }
    s.partners.iter_mut().for_each(|p| p.expertise = expertise_from(mean));
    s
}

/// The composition with every partner strong in a field of its own.
pub fn complementary(base: &Scenario) -> Scenario {
    let mut s = base.clone();
    for (i, p) in s.partners.iter_mut().enumerate() {
        let mut e = [0.1; 7];
        e[i % EXPERTISE_NAMES.len()] = 0.9;
        p.expertise = expertise_from(e);
    }
    s
}

pub fn expertise_from(e: [f64; 7]) -> Expertise {
    Expertise {
        advocacy: e[0],
        youth_reach: e[1],
        knowledge_development: e[2],
        service_delivery: e[3],
        technology_social_media: e[4],
        community_work: e[5],
        business_operations: e[6],
    }
}

/// Mean of values.
pub fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

/// Relative increase of the mean from arm `a` to arm `b`.
pub fn increase(a: &[f64], b: &[f64]) -> f64 {
    (mean(b) - mean(a)) / mean(a).abs().max(1e-9)
}

/// Relative reduction of the mean from arm `a` to arm `b`.
pub fn reduction(a: &[f64], b: &[f64]) -> f64 {
    (mean(a) - mean(b)) / mean(a).abs().max(1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simulation::Simulation;

    #[test]
    fn a_fact_run_has_the_series_a_simulation_records() {
        let mut s = Scenario::default_preset();
        s.horizon_months = 40;
        s.schedule.retain(|e| e.month <= 40);
        let runs = simulate(&s, 3);
        for (seed, run) in (1..=3).zip(&runs) {
            let mut sim = Simulation::with_seed(&s, seed);
            sim.run_to_end();
            assert_eq!(run.history(), sim.history(), "seed {seed}");
        }
    }
}
