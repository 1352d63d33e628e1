//! Property tests: for random valid scenarios (2 to 50 partners, any seed, any schedule of
//! interventions, shocks and governance changes), every state variable stays finite and
//! within its range for 600 months, and nothing panics.

use alliance_lab::model::{Division, Snapshot};
use alliance_lab::scenario::{ActionName, PartnerRef, PartnerSpec, Scenario, ScheduleEntry, StyleName};
use alliance_lab::simulation::Simulation;
use proptest::prelude::*;

const HORIZON: u32 = 600;

/// Columns of [`Snapshot::CSV_HEADER`] that are not shares or levels in 0..=1.
const UNBOUNDED: [&str; 9] = [
    "month",
    "phase",
    "value",
    "added_value",
    "solo_value",
    "monthly_value",
    "monthly_solo_value",
    "active_partners",
    "climate",
];

fn unit() -> impl Strategy<Value = f64> {
    0.0..=1.0f64
}

fn partner(index: usize) -> impl Strategy<Value = PartnerSpec> {
    (unit(), prop::array::uniform4(unit()), prop::array::uniform7(unit()), prop::array::uniform6(unit()))
        .prop_map(move |(size, values, expertise, rest)| {
            let mut p: PartnerSpec =
                toml::from_str(&format!("name = \"Partner {index}\"")).expect("minimal partner");
            p.size = size;
            [
                p.values.sustainability,
                p.values.gender_equality,
                p.values.empowerment,
                p.values.commercial_orientation,
            ] = values;
            let e = &mut p.expertise;
            [
                e.advocacy,
                e.youth_reach,
                e.knowledge_development,
                e.service_delivery,
                e.technology_social_media,
                e.community_work,
                e.business_operations,
            ] = expertise;
            [p.long_term, p.quality, p.competitiveness, p.dependency, p.commitment, _] = rest;
            p
        })
}

fn schedule_entry(partners: usize) -> impl Strategy<Value = ScheduleEntry> {
    (
        1..=HORIZON,
        prop::sample::select(ActionName::ALL.to_vec()),
        0..partners,
        any::<bool>(),
        prop::sample::select(StyleName::ALL.to_vec()),
        unit(),
    )
        .prop_map(|(month, action, partner, unequal, style, value)| {
            let set_style = action == ActionName::SetStyle;
            let needs_partner = action.needs_partner() || (set_style && style.needs_coordinator());
            ScheduleEntry {
                month,
                action,
                partner: needs_partner.then_some(PartnerRef::Index(partner)),
                division: (action == ActionName::FundingRound).then_some(if unequal {
                    Division::Unequal
                } else {
                    Division::Equal
                }),
                style: set_style.then_some(style),
                value: action.takes_value().then_some(value),
            }
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..=50)
        .prop_flat_map(|n| {
            let partners: Vec<_> = (0..n).map(partner).collect();
            (
                partners,
                prop::collection::vec(schedule_entry(n), 0..40),
                any::<u64>(),
                prop::array::uniform8(unit()),
                prop::sample::select(StyleName::ALL.to_vec()),
                0..n,
            )
        })
        .prop_map(|(partners, schedule, seed, levels, style, coordinator)| {
            let mut s = Scenario::default_preset();
            s.partners = partners;
            s.schedule = schedule;
            s.seed = seed;
            s.horizon_months = HORIZON;
            [
                s.environment.field_uncertainty,
                s.environment.turbulence,
                s.governance.control,
                s.governance.organisation,
                s.relations.knowledge,
                s.relations.trust,
                s.relations.conflict,
                _,
            ] = levels;
            s.coordination.style = style;
            s.coordination.coordinator = style.needs_coordinator().then_some(PartnerRef::Index(coordinator));
            s
        })
}

fn check_snapshot(s: &Snapshot) -> Result<(), TestCaseError> {
    for (name, value) in Snapshot::CSV_HEADER.iter().zip(s.csv_values()) {
        prop_assert!(value.is_finite(), "month {}: {name} = {value}", s.month);
        if !UNBOUNDED.contains(name) {
            prop_assert!((0.0..=1.0).contains(&value), "month {}: {name} = {value} outside 0..=1", s.month);
        }
    }
    prop_assert!(s.phase <= 3, "month {}: phase {}", s.month, s.phase);
    prop_assert!(
        (s.phase == 0) == (s.active_partners < 2),
        "month {}: phase {} with {} partners",
        s.month,
        s.phase,
        s.active_partners
    );
    prop_assert!(s.value >= 0.0 && s.solo_value >= 0.0, "month {}: negative value", s.month);
    prop_assert!(
        (s.added_value - (s.value - s.solo_value)).abs() < 1e-9,
        "month {}: added value is not value minus solo",
        s.month
    );
    for (i, p) in s.partners.iter().enumerate() {
        for (name, v) in
            [("commitment", p.commitment), ("delivery", p.delivery), ("capability", p.capability)]
        {
            prop_assert!((0.0..=1.0).contains(&v), "month {}: partners[{i}].{name} = {v}", s.month);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_quantity_stays_finite_and_in_range_for_600_months(scenario in scenario()) {
        prop_assert!(scenario.validate().is_ok(), "generated an invalid scenario: {:?}", scenario.validate());
        let mut sim = Simulation::new(&scenario);
        sim.run_to_end();
        prop_assert_eq!(sim.history().len(), HORIZON as usize + 1);
        for snapshot in sim.history() {
            check_snapshot(snapshot)?;
        }
        let relations = &sim.state().relations;
        for (i, (&t, &k)) in relations.trust.iter().zip(&relations.knowledge).enumerate() {
            prop_assert!((0.0..=1.0).contains(&t), "trust[{i}] = {t}");
            prop_assert!((0.0..=1.0).contains(&k), "knowledge[{i}] = {k}");
        }
    }
}
