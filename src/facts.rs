//! The stylized facts of the article (CONCEPTS.md section 9) as paired ensemble experiments.
//!
//! Every fact compares two or more arms that differ in one respect, run with the same seeds
//! (paired), in two alliance compositions: three similar partners and eight very different
//! ones. A fact passes in a composition when its effect reaches the threshold documented in
//! docs/MODEL.md. Everything here is deterministic.

use serde::{Deserialize, Serialize};

use crate::model::{Division, Simulation};
use crate::scenario::{ActionName, PartnerRef, Scenario, StyleName};

/// The outcome of one fact in one alliance composition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactResult {
    /// Fact number, 1..=13.
    pub id: u8,
    /// Short name of the fact.
    pub name: String,
    /// The alliance composition it was tested in.
    pub composition: String,
    /// The arms compared.
    pub arms: String,
    /// The metric compared.
    pub metric: String,
    /// The metric's mean per arm (and per sub-metric), in the order of `arms` and `metric`.
    pub values: Vec<f64>,
    /// The effect size: the weakest of the fact's required effects.
    pub effect: f64,
    /// The threshold the effect must reach.
    pub threshold: f64,
    /// Whether the fact holds.
    pub pass: bool,
}

/// The compositions every fact is tested in: (preset stem, description).
pub const COMPOSITIONS: [(&str, &str); 2] =
    [("similar_three", "3 similar partners"), ("diverse_eight", "8 very different partners")];

/// Runs every fact with `runs` paired seeds per arm.
pub fn run_facts(runs: usize) -> Vec<FactResult> {
    FACTS.iter().flat_map(|f| f(runs)).collect()
}

/// Every fact function, in order.
pub const FACTS: [fn(usize) -> Vec<FactResult>; 13] = [
    fact_01_waterline,
    fact_02_contingency,
    fact_03_proportionality,
    fact_04_controlling_coordinator,
    fact_05_independent_chair_after_conflict,
    fact_06_funding_round,
    fact_07_turnover,
    fact_08_dissent,
    fact_09_learning,
    fact_10_process_alarm,
    fact_11_complementarity,
    fact_12_value_room,
    fact_13_dependency_and_exit,
];

mod experiments;
use experiments::*;

/// Fact 1: getting to know each other at the start shortens the time to phases 2 and 3 and
/// lowers later conflict.
pub fn fact_01_waterline(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut at_once = base.clone();
        at_once.schedule.retain(|e| e.action != ActionName::GetToKnow);
        let mut know = at_once.clone();
        schedule(&mut know, 1, "get_to_know", None);
        schedule(&mut know, 2, "get_to_know", None);
        let a = simulate(&at_once, runs);
        let b = simulate(&know, runs);
        let t2 = (per_run(&a, |s| phase_month(s, 2)), per_run(&b, |s| phase_month(s, 2)));
        let t3 = (per_run(&a, |s| phase_month(s, 3)), per_run(&b, |s| phase_month(s, 3)));
        let c = (
            per_run(&a, |s| window(s, 13, 60, |h| h.conflict)),
            per_run(&b, |s| window(s, 13, 60, |h| h.conflict)),
        );
        let effect = [reduction(&t2.0, &t2.1), reduction(&t3.0, &t3.1), reduction(&c.0, &c.1)];
        result(
            1,
            "Lowering the waterline speeds up the phases and lowers later conflict",
            name,
            "start working at once | get to know each other in months 1 and 2",
            "months to phase 2; months to phase 3; mean conflict months 13-60 (relative reductions)",
            vec![mean(&t2.0), mean(&t2.1), mean(&t3.0), mean(&t3.1), mean(&c.0), mean(&c.1)],
            min(&effect),
            0.10,
        )
    })
}

/// Fact 2: with high relational uncertainty and a stable field control-leaning governance
/// produces more added value; with low relational uncertainty and a turbulent field
/// trust-leaning governance does.
pub fn fact_02_contingency(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let strangers = with_uncertainty(base, 0.05, 0.8, 0.05);
        let familiar = with_uncertainty(base, 0.75, 0.1, 0.9);
        let value = |s: &Scenario, control: f64| {
            let mut s = s.clone();
            s.governance.control = control;
            per_run(&simulate(&s, runs), final_value)
        };
        let (hs_trust, hs_control) = (value(&strangers, 0.2), value(&strangers, 0.8));
        let (lt_trust, lt_control) = (value(&familiar, 0.2), value(&familiar, 0.8));
        let effect = [increase(&hs_trust, &hs_control), increase(&lt_control, &lt_trust)];
        result(
            2,
            "Relational uncertainty calls for control, field uncertainty for trust",
            name,
            "strangers in a stable field: control 0.2 | 0.8; familiar partners in a turbulent field: control 0.2 | 0.8",
            "cumulative added value (relative gain of the fitting arm)",
            vec![mean(&hs_trust), mean(&hs_control), mean(&lt_trust), mean(&lt_control)],
            min(&effect),
            0.05,
        )
    })
}

/// Fact 3: added value against governance intensity is an inverted U.
pub fn fact_03_proportionality(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let value = |control: f64| {
            let mut s = base.clone();
            s.governance.control = control;
            per_run(&simulate(&s, runs), final_value)
        };
        let (low, mid, high) = (value(0.0), value(0.5), value(1.0));
        let effect = [increase(&low, &mid), increase(&high, &mid)];
        result(
            3,
            "Both under- and over-organisation do worse than a middle level",
            name,
            "control 0.0 | 0.5 | 1.0",
            "cumulative added value (relative gain of the middle over each extreme)",
            vec![mean(&low), mean(&mid), mean(&high)],
            min(&effect),
            0.05,
        )
    })
}

/// Share of the coordinator's damage a steering conversation must restore: "much of it"
/// read as at least a third of the gap to the independent chair.
const RESTORED: f64 = 1.0 / 3.0;

/// Fact 4: a controlling coordinator lowers delivery reliability and commitment compared
/// with an independent chair; a steering conversation restores much of it.
pub fn fact_04_controlling_coordinator(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut chair = base.clone();
        chair.coordination.style = StyleName::IndependentChair;
        let mut coordinator = base.clone();
        coordinator.coordination.style = StyleName::ControllingCoordinator;
        coordinator.coordination.coordinator = Some(PartnerRef::Index(0));
        let mut talk = coordinator.clone();
        schedule(&mut talk, 18, "steering_conversation", None);
        let [a, b, c] = [&chair, &coordinator, &talk].map(|s| simulate(s, runs));
        let delivery =
            |v: &[Simulation]| per_run(v, |s| window(s, 19, 120, |h| all_partners(h, |p| p.delivery)));
        let commitment =
            |v: &[Simulation]| per_run(v, |s| window(s, 19, 120, |h| all_partners(h, |p| p.commitment)));
        let (da, db, dc) = (delivery(&a), delivery(&b), delivery(&c));
        let (ca, cb, cc) = (commitment(&a), commitment(&b), commitment(&c));
        let restored = |x: &[f64], y: &[f64], z: &[f64]| (mean(z) - mean(y)) / (mean(x) - mean(y)).max(1e-9);
        let effect = [
            reduction(&da, &db) / 0.10,
            reduction(&ca, &cb) / 0.10,
            restored(&da, &db, &dc) / RESTORED,
            restored(&ca, &cb, &cc) / RESTORED,
        ];
        result(
            4,
            "A controlling coordinator lowers delivery and commitment; a steering conversation restores them",
            name,
            "independent chair | controlling coordinator | coordinator with steering conversation in month 18",
            "mean delivery and commitment over all partners, those that left counting 0, months 19-120 (effect: weakest of drop/10% and share of the gap restored/one third)",
            vec![mean(&da), mean(&db), mean(&dc), mean(&ca), mean(&cb), mean(&cc)],
            min(&effect),
            1.0,
        )
    })
}

/// Fact 5: an alliance in conflict at the start reaches the productive phase more often with
/// an independent chair.
pub fn fact_05_independent_chair_after_conflict(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut none = base.clone();
        none.relations.conflict = 0.3;
        none.relations.knowledge = 0.15;
        none.relations.trust = 0.2;
        none.horizon_months = 60;
        let mut chair = none.clone();
        chair.coordination.style = StyleName::IndependentChair;
        let reached = |s: &Scenario| per_run(&simulate(s, runs), |sim| f64::from(u8::from(reached(sim, 3))));
        let (a, b) = (reached(&none), reached(&chair));
        result(
            5,
            "After a conflict-ridden start an independent chair helps reach the productive phase",
            name,
            "no chair | independent chair (conflict 0.3 in every source at the start)",
            "share of runs reaching phase 3 within 60 months (absolute difference)",
            vec![mean(&a), mean(&b)],
            mean(&b) - mean(&a),
            0.10,
        )
    })
}

/// Fact 6: a funding round raises conflict and can push a productive alliance back a phase,
/// more so among competitors and with an unequal division.
pub fn fact_06_funding_round(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let arm = |competitiveness: f64, division: Option<Division>| {
            let mut s = base.clone();
            s.partners.iter_mut().for_each(|p| p.competitiveness = competitiveness);
            if let Some(d) = division {
                schedule(&mut s, 60, "funding_round", None);
                s.schedule.last_mut().expect("just added").division = Some(d);
            }
            simulate(&s, runs)
        };
        let conflict = |v: &[Simulation]| per_run(v, |s| window(s, 60, 72, |h| h.conflict));
        let fell_back = |v: &[Simulation]| per_run(v, |s| f64::from(u8::from(regressed_between(s, 60, 72))));
        let (low_none, low_equal) = (arm(0.1, None), arm(0.1, Some(Division::Equal)));
        let (high_none, high_equal, high_unequal) =
            (arm(0.8, None), arm(0.8, Some(Division::Equal)), arm(0.8, Some(Division::Unequal)));
        let rise_low = mean(&conflict(&low_equal)) - mean(&conflict(&low_none));
        let rise_high = mean(&conflict(&high_equal)) - mean(&conflict(&high_none));
        let rise_unequal = mean(&conflict(&high_unequal)) - mean(&conflict(&high_none));
        let p_back = mean(&fell_back(&high_unequal)) - mean(&fell_back(&high_none));
        let effect = [
            rise_low / mean(&conflict(&low_none)).max(1e-9),
            rise_high / rise_low.max(1e-9) - 1.0,
            rise_unequal / rise_high.max(1e-9) - 1.0,
            p_back,
        ];
        result(
            6,
            "A funding round brings back conflict, more among competitors and when unequal",
            name,
            "no round | equal round (low competition); no round | equal | unequal round (high competition), month 60",
            "conflict rise months 60-72: relative to no round; high vs low competition; unequal vs equal; extra share falling back a phase",
            vec![rise_low, rise_high, rise_unequal, p_back],
            min(&effect),
            0.10,
        )
    })
}

/// Fact 7: turnover of representatives lowers mutual knowledge and trust and delays progress.
pub fn fact_07_turnover(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut turnover = base.clone();
        for (k, month) in [12, 24, 36, 48].into_iter().enumerate() {
            schedule(&mut turnover, month, "turnover", Some(k % base.partners.len()));
        }
        let (a, b) = (simulate(base, runs), simulate(&turnover, runs));
        let knowledge = (
            per_run(&a, |s| window(s, 12, 60, |h| h.knowledge)),
            per_run(&b, |s| window(s, 12, 60, |h| h.knowledge)),
        );
        let trust = (
            per_run(&a, |s| window(s, 12, 60, |h| h.trust)),
            per_run(&b, |s| window(s, 12, 60, |h| h.trust)),
        );
        let t3 = (per_run(&a, |s| phase_month(s, 3)), per_run(&b, |s| phase_month(s, 3)));
        let effect =
            [reduction(&knowledge.0, &knowledge.1), reduction(&trust.0, &trust.1), increase(&t3.0, &t3.1)];
        result(
            7,
            "Turnover of representatives lowers knowledge and trust and delays progress",
            name,
            "no turnover | four representatives replaced (months 12, 24, 36, 48)",
            "mean knowledge and trust months 12-60 (relative drop); months to phase 3 (relative delay)",
            vec![
                mean(&knowledge.0),
                mean(&knowledge.1),
                mean(&trust.0),
                mean(&trust.1),
                mean(&t3.0),
                mean(&t3.1),
            ],
            min(&effect),
            0.05,
        )
    })
}

/// Fact 8: organising dissent raises added value in the productive phase, but raises
/// conflict in the start phase.
pub fn fact_08_dissent(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut late = base.clone();
        schedule(&mut late, 72, "organise_dissent", None);
        let mut early = base.clone();
        schedule(&mut early, 2, "organise_dissent", None);
        let [a, b, c] = [base, &late, &early].map(|s| simulate(s, runs));
        let value = (per_run(&a, |s| value_between(s, 72, 120)), per_run(&b, |s| value_between(s, 72, 120)));
        let conflict = (
            per_run(&a, |s| window(s, 2, 12, |h| h.conflict)),
            per_run(&c, |s| window(s, 2, 12, |h| h.conflict)),
        );
        let effect = [increase(&value.0, &value.1), increase(&conflict.0, &conflict.1)];
        result(
            8,
            "Dissent pays in the productive phase and hurts in the start phase",
            name,
            "no dissent | dissent in month 72 (productive) | dissent in month 2 (start)",
            "added value months 72-120 (relative gain); mean conflict months 2-12 (relative rise)",
            vec![mean(&value.0), mean(&value.1), mean(&conflict.0), mean(&conflict.1)],
            min(&effect),
            0.05,
        )
    })
}

/// Fact 9: a learning agenda and knowledge sharing raise weaker partners' capability and the
/// alliance's later added value.
pub fn fact_09_learning(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut learning = base.clone();
        let expert = (0..base.partners.len())
            .max_by(|&i, &j| base.partners[i].quality.total_cmp(&base.partners[j].quality))
            .unwrap_or(0);
        schedule(&mut learning, 6, "learning_agenda", None);
        schedule(&mut learning, 8, "knowledge_sharing", Some(expert));
        let weak = weaker_partners(base);
        let capability = |sim: &Simulation| {
            let h = &sim.history()[60.min(sim.history().len() - 1)];
            weak.iter().map(|&i| h.partners[i].capability).sum::<f64>() / weak.len().max(1) as f64
        };
        let (a, b) = (simulate(base, runs), simulate(&learning, runs));
        let cap = (per_run(&a, capability), per_run(&b, capability));
        let value = (per_run(&a, |s| value_between(s, 61, 120)), per_run(&b, |s| value_between(s, 61, 120)));
        let effect = [increase(&cap.0, &cap.1), increase(&value.0, &value.1)];
        result(
            9,
            "A learning agenda and knowledge sharing strengthen weaker partners and later added value",
            name,
            "no learning actions | learning agenda (month 6) and knowledge sharing from the best partner (month 8)",
            "capability of the weaker half at month 60; added value months 61-120 (relative gains)",
            vec![mean(&cap.0), mean(&cap.1), mean(&value.0), mean(&value.1)],
            min(&effect),
            0.05,
        )
    })
}

/// Fact 10: when the process takes too large a share of effort, added value is low.
pub fn fact_10_process_alarm(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut heavy = base.clone();
        for month in 6..=base.horizon_months {
            schedule(&mut heavy, month, "reflection_meeting", None);
            schedule(&mut heavy, month, "get_to_know", None);
            schedule(&mut heavy, month, "vision_and_values", None);
        }
        let (a, b) = (simulate(base, runs), simulate(&heavy, runs));
        let share = (
            per_run(&a, |s| window(s, 6, 120, |h| h.process_share)),
            per_run(&b, |s| window(s, 6, 120, |h| h.process_share)),
        );
        let value = (per_run(&a, final_value), per_run(&b, final_value));
        let effect = [reduction(&value.0, &value.1), mean(&share.1) - mean(&share.0)];
        result(
            10,
            "Too much effort in the process: the alarm signal of low added value",
            name,
            "normal process | a reflection meeting, a getting-to-know session and a vision session every month from month 6",
            "mean process share months 6-120 (absolute rise); cumulative added value (relative drop)",
            vec![mean(&share.0), mean(&share.1), mean(&value.0), mean(&value.1)],
            min(&effect),
            0.10,
        )
    })
}

/// Fact 11: complementary expertise yields more added value than a homogeneous alliance once
/// trust and knowledge are there; at the start heterogeneity brings more conflict.
pub fn fact_11_complementarity(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let (homogeneous, complementary) = (homogeneous(base), complementary(base));
        let (a, b) = (simulate(&homogeneous, runs), simulate(&complementary, runs));
        let value = (per_run(&a, |s| value_between(s, 61, 120)), per_run(&b, |s| value_between(s, 61, 120)));
        let conflict = (
            per_run(&a, |s| window(s, 1, 12, |h| h.conflict)),
            per_run(&b, |s| window(s, 1, 12, |h| h.conflict)),
        );
        let effect = [increase(&value.0, &value.1), increase(&conflict.0, &conflict.1)];
        result(
            11,
            "Complementary expertise pays once partners know each other, but clashes at first",
            name,
            "homogeneous expertise | complementary expertise (same sizes, values, quality)",
            "added value months 61-120 (relative gain); mean conflict months 1-12 (relative rise)",
            vec![mean(&value.0), mean(&value.1), mean(&conflict.0), mean(&conflict.1)],
            min(&effect),
            0.10,
        )
    })
}

/// Fact 12: giving a small partner room to explain a core value raises value alignment.
pub fn fact_12_value_room(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let mut s = base.clone();
        let small = (0..s.partners.len())
            .min_by(|&i, &j| s.partners[i].size.total_cmp(&s.partners[j].size))
            .unwrap_or(0);
        s.partners[small].values.gender_equality = 1.0;
        let mut room = s.clone();
        schedule(&mut room, 6, "value_room", Some(small));
        let gap = |v: &[Simulation]| per_run(v, |sim| 1.0 - window(sim, 7, 60, |h| h.value_alignment));
        let (a, b) = (gap(&simulate(&s, runs)), gap(&simulate(&room, runs)));
        result(
            12,
            "Room for a small partner's core value raises value alignment",
            name,
            "no room | the smallest partner explains its value of gender equality in month 6",
            "value misalignment (1 - alignment) months 7-60 (relative reduction)",
            vec![1.0 - mean(&a), 1.0 - mean(&b)],
            reduction(&a, &b),
            0.10,
        )
    })
}

/// Fact 13: partners for whom the alliance is only an opportunity leave sooner when
/// commitment falls than partners whose survival depends on it.
pub fn fact_13_dependency_and_exit(runs: usize) -> Vec<FactResult> {
    each_composition(|name, base| {
        let pressured = |dependency: f64| {
            let mut s = base.clone();
            s.partners.iter_mut().for_each(|p| p.dependency = dependency);
            s.coordination.style = StyleName::ControllingCoordinator;
            s.coordination.coordinator = Some(PartnerRef::Index(0));
            schedule(&mut s, 12, "disappointing_results", None);
            schedule(&mut s, 24, "disappointing_results", None);
            // The coordinator (partner 0) may leave too, but the fact is about the others.
            per_run(&simulate(&s, runs), |sim| {
                let last = sim.history().last().map_or(&[][..], |h| &h.partners[..]);
                let left = last.iter().skip(1).filter(|p| p.left).count();
                left as f64 / (sim.params().partners.len() - 1) as f64
            })
        };
        let (opportunity, survival) = (pressured(0.1), pressured(0.9));
        result(
            13,
            "Opportunity partners leave sooner than partners whose survival depends on the alliance",
            name,
            "all partners dependency 0.1 | 0.9, under a controlling coordinator and disappointing results",
            "share of non-coordinating partners that left by month 120 (absolute difference)",
            vec![mean(&opportunity), mean(&survival)],
            mean(&opportunity) - mean(&survival),
            0.10,
        )
    })
}
