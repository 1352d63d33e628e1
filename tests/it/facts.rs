//! The article's stylized facts (CONCEPTS.md section 9) over the population of alliances:
//! every preset and 30 generated compositions, 200 paired seeds per arm. Issue 9 asks each
//! fact to hold in at least 90 % of them; thresholds and their reasons are in docs/MODEL.md.
//! `alliance-lab validation` shows the hold rates and where each fact fails.

use std::sync::OnceLock;

use alliance_lab::facts::report::{fact_summary, REQUIRED_HOLD_RATE};
use alliance_lab::facts::{self, Composition, Fact};

const GENERATED: usize = 30;
const RUNS: usize = 200;

fn population() -> &'static [Composition] {
    static POPULATION: OnceLock<Vec<Composition>> = OnceLock::new();
    POPULATION.get_or_init(|| facts::population(GENERATED))
}

/// Asserts that a fact holds in at least 90 % of the population, listing, if not, every
/// composition where it fails with its weakest sub-effect.
fn holds_in_the_population(fact: Fact) {
    let results = facts::across(fact, population(), RUNS);
    let summary = fact_summary(&results);
    if summary.hold_rate < REQUIRED_HOLD_RATE {
        let failures: Vec<String> = summary
            .failures
            .iter()
            .map(|r| {
                let weakest = r.weakest();
                format!(
                    "  {}: {} = {:.3} (threshold {:.3})",
                    r.composition, weakest.name, weakest.value, r.threshold
                )
            })
            .collect();
        panic!(
            "fact {} ({}) holds in {:.0} % of {} compositions, below {:.0} %; it fails in:\n{}",
            summary.id,
            summary.name,
            100.0 * summary.hold_rate,
            results.len(),
            100.0 * REQUIRED_HOLD_RATE,
            failures.join("\n")
        );
    }
}

#[test]
fn fact_01_getting_to_know_each_other_speeds_up_the_phases_and_lowers_later_conflict() {
    holds_in_the_population(facts::fact_01_waterline);
}

#[test]
fn fact_02_relational_uncertainty_calls_for_control_and_field_uncertainty_for_trust() {
    holds_in_the_population(facts::fact_02_contingency);
}

#[test]
fn fact_03_added_value_is_an_inverted_u_in_governance_intensity() {
    holds_in_the_population(facts::fact_03_proportionality);
}

#[test]
fn fact_04_a_controlling_coordinator_lowers_delivery_and_commitment_and_a_steering_conversation_restores_them(
) {
    holds_in_the_population(facts::fact_04_controlling_coordinator);
}

#[test]
fn fact_05_after_a_conflict_ridden_start_an_independent_chair_helps_reach_the_productive_phase() {
    holds_in_the_population(facts::fact_05_independent_chair_after_conflict);
}

#[test]
fn fact_06_a_funding_round_brings_back_conflict_more_among_competitors_and_when_unequal() {
    holds_in_the_population(facts::fact_06_funding_round);
}

#[test]
fn fact_07_turnover_of_representatives_lowers_knowledge_and_trust_and_delays_progress() {
    holds_in_the_population(facts::fact_07_turnover);
}

#[test]
fn fact_08_dissent_pays_in_the_productive_phase_and_hurts_at_the_start() {
    holds_in_the_population(facts::fact_08_dissent);
}

#[test]
fn fact_09_a_learning_agenda_and_knowledge_sharing_strengthen_weaker_partners_and_added_value() {
    holds_in_the_population(facts::fact_09_learning);
}

#[test]
fn fact_10_too_much_effort_in_the_process_means_low_added_value() {
    holds_in_the_population(facts::fact_10_process_alarm);
}

#[test]
fn fact_11_complementary_expertise_pays_later_but_clashes_at_first() {
    holds_in_the_population(facts::fact_11_complementarity);
}

#[test]
fn fact_12_room_for_a_small_partners_core_value_raises_value_alignment() {
    holds_in_the_population(facts::fact_12_value_room);
}

#[test]
fn fact_13_opportunity_partners_leave_sooner_than_partners_who_depend_on_the_alliance() {
    holds_in_the_population(facts::fact_13_dependency_and_exit);
}

#[test]
fn the_fact_table_is_deterministic_and_the_same_in_parallel_as_in_order() {
    let few = &population()[..4];
    let parallel = facts::across(facts::fact_12_value_room, few, 20);
    let in_order: Vec<_> = few.iter().map(|c| facts::fact_12_value_room(c, 20)).collect();
    assert_eq!(parallel, in_order);
    assert_eq!(facts::across(facts::fact_12_value_room, few, 20), parallel);
}
