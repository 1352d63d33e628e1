//! The article's stylized facts (CONCEPTS.md section 9), each in two alliance compositions
//! with 200 paired seeds per arm. Thresholds and their reasons are in docs/MODEL.md.

use alliance_lab::facts::{self, FactResult};

const RUNS: usize = 200;

/// Asserts that a fact holds in every composition, printing the arms and effects if not.
fn holds(results: Vec<FactResult>) {
    assert_eq!(results.len(), 2, "each fact is tested in two compositions");
    for r in &results {
        assert!(
            r.pass,
            "fact {} ({}) fails in {}: effect {:.3} < threshold {:.3}\narms: {}\nmetric: {}\nvalues: {:?}",
            r.id, r.name, r.composition, r.effect, r.threshold, r.arms, r.metric, r.values
        );
    }
}

#[test]
fn fact_01_getting_to_know_each_other_speeds_up_the_phases_and_lowers_later_conflict() {
    holds(facts::fact_01_waterline(RUNS));
}

#[test]
fn fact_02_relational_uncertainty_calls_for_control_and_field_uncertainty_for_trust() {
    holds(facts::fact_02_contingency(RUNS));
}

#[test]
fn fact_03_added_value_is_an_inverted_u_in_governance_intensity() {
    holds(facts::fact_03_proportionality(RUNS));
}

#[test]
fn fact_04_a_controlling_coordinator_lowers_delivery_and_commitment_and_a_steering_conversation_restores_them(
) {
    holds(facts::fact_04_controlling_coordinator(RUNS));
}

#[test]
fn fact_05_after_a_conflict_ridden_start_an_independent_chair_helps_reach_the_productive_phase() {
    holds(facts::fact_05_independent_chair_after_conflict(RUNS));
}

#[test]
fn fact_06_a_funding_round_brings_back_conflict_more_among_competitors_and_when_unequal() {
    holds(facts::fact_06_funding_round(RUNS));
}

#[test]
fn fact_07_turnover_of_representatives_lowers_knowledge_and_trust_and_delays_progress() {
    holds(facts::fact_07_turnover(RUNS));
}

#[test]
fn fact_08_dissent_pays_in_the_productive_phase_and_hurts_at_the_start() {
    holds(facts::fact_08_dissent(RUNS));
}

#[test]
fn fact_09_a_learning_agenda_and_knowledge_sharing_strengthen_weaker_partners_and_added_value() {
    holds(facts::fact_09_learning(RUNS));
}

#[test]
fn fact_10_too_much_effort_in_the_process_means_low_added_value() {
    holds(facts::fact_10_process_alarm(RUNS));
}

#[test]
fn fact_11_complementary_expertise_pays_later_but_clashes_at_first() {
    holds(facts::fact_11_complementarity(RUNS));
}

#[test]
fn fact_12_room_for_a_small_partners_core_value_raises_value_alignment() {
    holds(facts::fact_12_value_room(RUNS));
}

#[test]
fn fact_13_opportunity_partners_leave_sooner_than_partners_who_depend_on_the_alliance() {
    holds(facts::fact_13_dependency_and_exit(RUNS));
}

#[test]
fn the_cli_prints_the_values_the_library_computes() {
    let out = crate::support::cli(&["facts", "--runs", "10"]);
    assert!(out.status.success(), "{}", crate::support::stderr(&out));
    let table = crate::support::stdout(&out);
    for r in facts::fact_12_value_room(10) {
        let values: Vec<String> = r.values.iter().map(|v| format!("{v:.3}")).collect();
        let block = format!("Fact {}: {}\n  composition: {}\n", r.id, r.name, r.composition);
        let at = table.find(&block).unwrap_or_else(|| panic!("no block for `{block}` in:\n{table}"));
        let printed = table[at..].split("\n\n").next().expect("a block");
        let line = format!("  values:      {}", values.join(" | "));
        assert!(printed.lines().any(|l| l == line), "expected `{line}` in:\n{printed}");
    }
}
