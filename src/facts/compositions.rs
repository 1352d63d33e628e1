//! The population of alliances the facts are tested in: every preset in `scenarios/` plus
//! generated compositions. A composition is generated from a seed alone, so `gen-07` is the
//! same alliance on every machine and in every session.
//!
//! Each generated alliance first draws the traits of the alliance as a whole (how many
//! partners, how similar their values, how specialised their expertise, how much they
//! compete, how well they know each other, how uncertain the field is), then each partner
//! around them. Drawing the alliance-level traits uniformly over their ranges makes the
//! population span similar and very different, calm and turbulent, familiar and strange
//! alliances, instead of many average ones.

use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

use super::experiments::{expertise_from, schedule};
use crate::model::EXPERTISE_NAMES;
use crate::scenario::{
    ActionName, Environment, Governance, PartnerSpec, Scenario, StartRelations, Values, MODEL_VERSION,
};
use crate::simulation::Simulation;

/// One alliance of the population with its name and what is special about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Composition {
    /// The preset's file stem (`diverse_eight`) or the generated name (`gen-07`).
    pub name: String,
    /// One line on what is special about it.
    pub description: String,
    /// The alliance itself, valid by construction.
    pub scenario: Scenario,
}

/// The population: every model preset (not the article's cases, which each tell one story),
/// then `generated` compositions from seeds 1..=generated.
pub fn population(generated: usize) -> Vec<Composition> {
    let presets = crate::scenario::PRESETS[..crate::scenario::FIRST_CASE].iter().map(|(stem, _)| {
        let scenario = Scenario::preset(stem).expect("every embedded preset is valid");
        Composition { name: (*stem).to_string(), description: scenario.title.clone(), scenario }
    });
    presets.chain((1..=generated as u64).map(composition)).collect()
}

/// The generated composition of a seed, named `gen-NN` after it.
pub fn composition(seed: u64) -> Composition {
    let scenario = generate(seed);
    Composition { name: scenario.title.clone(), description: scenario.description.clone(), scenario }
}

/// Generates a valid alliance of 2..=15 partners from a seed: title `gen-NN`, a one-line
/// description of what is special about it, 120 months, a control level within 0.1 of the
/// level that fits its uncertainties at the start, and no coordinator (the facts set
/// coordination where they vary it).
pub fn generate(seed: u64) -> Scenario {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let traits = Traits::draw(&mut rng);
    let partners: Vec<PartnerSpec> = (0..traits.partners).map(|i| traits.partner(i, &mut rng)).collect();
    let mut scenario = Scenario {
        title: format!("gen-{seed:02}"),
        description: String::new(),
        goal: String::new(),
        point: String::new(),
        nl: None,
        model_version: MODEL_VERSION,
        seed,
        horizon_months: 120,
        environment: Environment {
            field_uncertainty: traits.field_uncertainty,
            turbulence: round(rng.random_range(0.0..=0.04)),
        },
        governance: Governance {
            control: 0.5,
            organisation: round(rng.random_range(0.05..=0.4)),
            decision_clarity: 0.5,
        },
        coordination: Default::default(),
        relations: StartRelations {
            knowledge: traits.knowledge,
            trust: round((0.15 + 0.6 * traits.knowledge + rng.random_range(0.0..=0.25)).min(1.0)),
            conflict: traits.conflict,
        },
        partners,
        schedule: Vec::new(),
        expect: Vec::new(),
    };
    if traits.start_package {
        schedule(&mut scenario, 1, ActionName::GetToKnow, None);
        schedule(&mut scenario, 3, ActionName::VisionAndValues, None);
        schedule(&mut scenario, 4, ActionName::WorkingAgreements, None);
    }
    // The fitting level depends on what the partners turned out to be, so it is read from
    // the model at month 0 rather than guessed from the traits.
    let fitting = Simulation::with_seed(&scenario, seed).fitting_control();
    scenario.governance.control = round((fitting + rng.random_range(-0.1..=0.1)).clamp(0.0, 1.0));
    // Drawn last, so that adding it (with model v2) left every earlier draw, and so the
    // alliances of model v1's validation, as they were; the fitting level does not depend on it.
    scenario.governance.decision_clarity = round(rng.random_range(0.2..=0.8));
    scenario.description = describe(&scenario, &traits);
    scenario
}

/// The traits of the alliance as a whole, drawn before its partners.
struct Traits {
    partners: usize,
    /// Whether one partner is much larger than the rest.
    dominant: bool,
    /// The values the partners roughly share, and how far each may stray from them.
    common_values: [f64; 4],
    value_spread: f64,
    /// Chance that a partner is strong in one or two fields rather than broad.
    specialised: f64,
    /// Chance that a specialised partner takes the field of an earlier partner's place in
    /// the rotation instead of its own, overlapping with it if that partner specialised too.
    overlap: f64,
    /// The field each partner would specialise in without overlap: a shuffled rotation, so
    /// that the first seven specialists are complementary.
    fields: [usize; 7],
    competitiveness: f64,
    dependency: f64,
    field_uncertainty: f64,
    knowledge: f64,
    conflict: f64,
    start_package: bool,
}

impl Traits {
    fn draw(rng: &mut Xoshiro256PlusPlus) -> Traits {
        let mut fields = [0, 1, 2, 3, 4, 5, 6];
        for i in (1..fields.len()).rev() {
            fields.swap(i, rng.random_range(0..=i));
        }
        Traits {
            partners: rng.random_range(2..=15),
            dominant: rng.random_bool(0.3),
            common_values: [(); 4].map(|()| rng.random_range(0.2..=0.8)),
            value_spread: rng.random_range(0.05..=0.45),
            specialised: rng.random_range(0.0..=1.0),
            overlap: rng.random_range(0.0..=0.7),
            fields,
            competitiveness: rng.random_range(0.05..=0.8),
            dependency: rng.random_range(0.15..=0.85),
            field_uncertainty: round(rng.random_range(0.0..=0.8)),
            knowledge: round(rng.random_range(0.05..=0.5)),
            conflict: round(rng.random_range(0.0..=0.25)),
            start_package: rng.random_bool(0.5),
        }
    }

    fn partner(&self, i: usize, rng: &mut Xoshiro256PlusPlus) -> PartnerSpec {
        let size = if self.dominant && i == 0 {
            rng.random_range(0.85..=1.0)
        } else if self.dominant {
            rng.random_range(0.05..=0.35)
        } else {
            rng.random_range(0.1..=1.0)
        };
        let mut value = |k: usize| {
            round((self.common_values[k] + rng.random_range(-1.0..=1.0) * self.value_spread).clamp(0.0, 1.0))
        };
        let values = Values {
            sustainability: value(0),
            gender_equality: value(1),
            empowerment: value(2),
            commercial_orientation: value(3),
        };
        let expertise = if rng.random_bool(self.specialised) {
            let main = if i > 0 && rng.random_bool(self.overlap) {
                self.fields[rng.random_range(0..i.min(7))]
            } else {
                self.fields[i % 7]
            };
            let second = rng.random_range(0..EXPERTISE_NAMES.len());
            let mut e = [(); 7].map(|()| round(rng.random_range(0.0..=0.25)));
            e[second] = round(rng.random_range(0.3..=0.6));
            e[main] = round(rng.random_range(0.7..=1.0));
            e
        } else {
            [(); 7].map(|()| round(rng.random_range(0.25..=0.65)))
        };
        let around = |centre: f64, spread: f64, rng: &mut Xoshiro256PlusPlus| {
            round((centre + rng.random_range(-spread..=spread)).clamp(0.0, 1.0))
        };
        PartnerSpec {
            name: format!("P{:02}", i + 1),
            size: round(size),
            values,
            long_term: round(rng.random_range(0.2..=0.9)),
            expertise: expertise_from(expertise),
            quality: round(rng.random_range(0.3..=0.9)),
            competitiveness: around(self.competitiveness, 0.15, rng),
            dependency: around(self.dependency, 0.2, rng),
            commitment: round(rng.random_range(0.5..=0.9)),
        }
    }
}

/// What is special about a generated alliance, from what was actually drawn.
fn describe(s: &Scenario, t: &Traits) -> String {
    let mut notes: Vec<&str> = Vec::new();
    notes.push(if t.dominant { "one dominant partner" } else { "varied sizes" });
    notes.push(match (t.specialised, t.overlap) {
        (x, _) if x < 0.3 => "broad expertise",
        (x, o) if x > 0.7 && o < 0.3 => "specialised, complementary expertise",
        (x, _) if x > 0.7 => "specialised, overlapping expertise",
        _ => "specialised and broad partners mixed",
    });
    if t.value_spread < 0.15 {
        notes.push("like-minded");
    } else if t.value_spread > 0.35 {
        notes.push("divided values");
    }
    if t.competitiveness > 0.55 {
        notes.push("competitors");
    } else if t.competitiveness < 0.2 {
        notes.push("hardly competing");
    }
    if t.dependency < 0.3 {
        notes.push("the alliance is an opportunity");
    } else if t.dependency > 0.7 {
        notes.push("partners depend on the alliance");
    }
    if t.knowledge < 0.15 {
        notes.push("strangers");
    } else if t.knowledge > 0.4 {
        notes.push("partners who know each other");
    }
    if t.conflict > 0.15 {
        notes.push("conflict at the start");
    }
    if t.field_uncertainty > 0.6 {
        notes.push("an uncertain field");
    } else if t.field_uncertainty < 0.15 {
        notes.push("a calm field");
    }
    if s.governance.decision_clarity < 0.3 {
        notes.push("unclear decision lines");
    } else if s.governance.decision_clarity > 0.7 {
        notes.push("clear decision lines");
    }
    notes.push(if t.start_package { "a start package" } else { "starts working at once" });
    format!("{} partners: {}", s.partners.len(), notes.join(", "))
}

/// Two decimals, so that generated scenarios read like hand-written ones.
fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
