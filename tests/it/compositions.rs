//! The composition generator behind the population the facts are validated in: valid,
//! deterministic, and varied enough to be a population rather than one alliance many times.

use alliance_lab::facts::{self, generate};
use alliance_lab::scenario::{Scenario, FIRST_CASE, PRESETS};
use alliance_lab::simulation::Simulation;

const SEEDS: u64 = 200;

fn generated() -> Vec<Scenario> {
    (1..=SEEDS).map(generate).collect()
}

/// The smallest and largest of some values.
fn range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0), |(s, n), v| (s + v, n + 1));
    sum / f64::from(n)
}

#[test]
fn every_generated_alliance_is_valid_and_named_after_its_seed() {
    for (seed, s) in (1..=SEEDS).zip(generated()) {
        if let Err(e) = s.validate() {
            panic!("gen-{seed:02} is invalid:\n{e}");
        }
        assert_eq!(s.title, format!("gen-{seed:02}"));
        assert!((2..=15).contains(&s.partners.len()), "gen-{seed:02} has {} partners", s.partners.len());
        assert!(s.description.starts_with(&format!("{} partners: ", s.partners.len())), "{}", s.description);
        assert_eq!(s.horizon_months, 120);
    }
}

#[test]
fn a_generated_alliance_governs_near_the_control_level_that_fits_it() {
    for s in generated() {
        let fitting = Simulation::with_seed(&s, 1).fitting_control();
        // Within 0.1, plus the rounding to two decimals.
        assert!(
            (s.governance.control - fitting).abs() <= 0.105,
            "{}: control {} fits {fitting}",
            s.title,
            s.governance.control
        );
    }
}

#[test]
fn a_seed_always_gives_the_same_alliance_and_other_seeds_other_ones() {
    assert_eq!(generate(7), generate(7));
    assert_ne!(generate(7).partners, generate(8).partners);
}

#[test]
fn generated_alliances_vary_in_size_values_expertise_competition_and_starting_point() {
    let all = generated();
    let counts: std::collections::BTreeSet<usize> = all.iter().map(|s| s.partners.len()).collect();
    assert!(counts.len() == 14, "partner counts drawn: {counts:?}");

    // Within an alliance: how unequal the sizes are (largest over smallest).
    let size_ratio = range(all.iter().map(|s| {
        let (lo, hi) = range(s.partners.iter().map(|p| p.size));
        hi / lo
    }));
    assert!(size_ratio.0 < 1.5 && size_ratio.1 > 8.0, "size ratios {size_ratio:?}");

    let competitiveness = range(all.iter().map(|s| mean(s.partners.iter().map(|p| p.competitiveness))));
    assert!(competitiveness.0 < 0.15 && competitiveness.1 > 0.7, "mean competitiveness {competitiveness:?}");
    let dependency = range(all.iter().map(|s| mean(s.partners.iter().map(|p| p.dependency))));
    assert!(dependency.0 < 0.3 && dependency.1 > 0.7, "mean dependency {dependency:?}");

    // Value differences: the widest gap between two partners on any value.
    let value_gap = range(all.iter().filter(|s| s.partners.len() >= 4).map(|s| {
        let v = |p: &alliance_lab::scenario::PartnerSpec| {
            [
                p.values.sustainability,
                p.values.gender_equality,
                p.values.empowerment,
                p.values.commercial_orientation,
            ]
        };
        (0..4)
            .map(|k| {
                let (lo, hi) = range(s.partners.iter().map(|p| v(p)[k]));
                hi - lo
            })
            .fold(0.0, f64::max)
    }));
    assert!(value_gap.0 < 0.3 && value_gap.1 > 0.7, "value gaps {value_gap:?}");

    // Specialists are strong in one field (0.7 or more); broad partners are middling in all.
    let specialists = all
        .iter()
        .flat_map(|s| &s.partners)
        .filter(|p| p.expertise.array().into_iter().any(|x| x >= 0.7))
        .count();
    let partners = all.iter().map(|s| s.partners.len()).sum::<usize>();
    assert!(
        specialists > partners / 4 && specialists < 3 * partners / 4,
        "{specialists} of {partners} partners are specialists"
    );

    for (what, values) in [
        ("field uncertainty", range(all.iter().map(|s| s.environment.field_uncertainty))),
        ("starting knowledge", range(all.iter().map(|s| s.relations.knowledge))),
        ("starting trust", range(all.iter().map(|s| s.relations.trust))),
        ("starting conflict", range(all.iter().map(|s| s.relations.conflict))),
        ("control", range(all.iter().map(|s| s.governance.control))),
    ] {
        assert!(
            values.1 - values.0 > 0.4 || what == "starting conflict" && values.1 - values.0 > 0.2,
            "{what} spans only {values:?}"
        );
    }
    let turbulence = range(all.iter().map(|s| s.environment.turbulence));
    assert!(turbulence.1 <= 0.04 && turbulence.1 - turbulence.0 > 0.03, "turbulence {turbulence:?}");
    let with_start_package = all.iter().filter(|s| !s.schedule.is_empty()).count();
    assert!((60..=140).contains(&with_start_package), "{with_start_package} of {SEEDS} start with a package");
}

#[test]
fn the_population_is_every_model_preset_then_the_generated_alliances_in_seed_order() {
    let population = facts::population(3);
    let names: Vec<&str> = population.iter().map(|c| c.name.as_str()).collect();
    let mut expected: Vec<&str> = PRESETS[..FIRST_CASE].iter().map(|(stem, _)| *stem).collect();
    expected.extend(["gen-01", "gen-02", "gen-03"]);
    assert_eq!(names, expected);
    assert_eq!(population[FIRST_CASE].scenario, generate(1));
}
