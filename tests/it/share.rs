//! Share links: every scenario survives the round trip, the default link stays short, and a
//! damaged, foreign, future or oversized link names its problem without panicking.

use alliance_lab::model::{Action, CoordinationStyle, Intervention, Shock};
use alliance_lab::scenario::{
    ActionName, Scenario, ScheduleEntry, Warning, FIRST_CASE, MODEL_VERSION, PRESETS,
};
use alliance_lab::share::{decode, encode, replays_exactly, ShareError, MAX_JSON_BYTES, MAX_TOKEN_LEN};
use alliance_lab::simulation::Simulation;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;

/// A token whose body is the given bytes, deflated, as `encode` would write it.
fn token_of(bytes: &[u8]) -> String {
    format!("v3.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 9)))
}

/// The default scenario run for a while with user actions of every kind.
fn default_with_actions() -> Simulation {
    let mut sim = Simulation::with_seed(&Scenario::default_preset(), 12345);
    let actions = [
        Action::Intervention(Intervention::ValueRoom { partner: 4 }),
        Action::SetStyle(CoordinationStyle::ControllingCoordinator { partner: 0 }),
        Action::Shock(Shock::Turnover { partner: 2 }),
        Action::SetControl(0.73),
        Action::SetTurbulence(0.05),
        Action::Intervention(Intervention::SteeringConversation),
    ];
    for action in actions {
        sim.apply(action);
        for _ in 0..7 {
            sim.step_month();
        }
    }
    sim
}

#[test]
fn every_preset_survives_the_round_trip() {
    for (stem, _) in PRESETS {
        let scenario = Scenario::preset(stem).expect("preset");
        let token = encode(&scenario);
        assert!(token.starts_with("v4."), "{token}");
        assert!(token.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "{stem}: {token}");
        assert_eq!(decode(&token), Ok(without_teaching_points(scenario)), "{stem}");
    }
}

/// What a link carries of a scenario: everything but its teaching points, learning goal and
/// Dutch texts, which travel with the scenario file.
fn without_teaching_points(scenario: Scenario) -> Scenario {
    Scenario { expect: Vec::new(), goal: String::new(), point: String::new(), nl: None, ..scenario }
}

#[test]
fn a_link_carries_the_run_but_not_the_teaching_points() {
    let scenario = Scenario::preset("controlling_coordinator").expect("preset");
    assert!(!scenario.expect.is_empty(), "the preset checks its teaching points");
    let opened = decode(&encode(&scenario)).expect("the link opens");
    assert!(opened.expect.is_empty());
    assert_eq!(opened.schedule, scenario.schedule, "the plan is part of the run");
}

#[test]
fn a_link_with_recorded_actions_replays_the_same_run() {
    let sim = default_with_actions();
    let opened = decode(&encode(&sim.scenario_with_actions())).expect("the link opens");
    let mut replay = Simulation::new(&opened);
    while replay.month() < sim.month() {
        replay.step_month();
    }
    assert_eq!(replay.history(), sim.history());
    assert_eq!(replay.events(), sim.events());
}

#[test]
fn the_default_scenario_gives_a_short_link() {
    let plain = encode(&Scenario::default_preset());
    let with_actions = encode(&default_with_actions().scenario_with_actions());
    println!("default link: {} characters; with six actions: {}", plain.len(), with_actions.len());
    assert!(plain.len() < 2000, "{} characters", plain.len());
    assert!(with_actions.len() < plain.len() + 400, "{} characters", with_actions.len());
}

#[test]
fn the_largest_alliance_fits_in_a_link() {
    let mut scenario = Scenario::preset("diverse_eight").expect("preset");
    let template = scenario.partners[0].clone();
    scenario.partners = (0..200)
        .map(|i| alliance_lab::scenario::PartnerSpec {
            name: format!("Partner organisation {i}"),
            size: (i % 10) as f64 / 10.0,
            quality: (i % 7) as f64 / 7.0,
            ..template.clone()
        })
        .collect();
    let token = encode(&scenario);
    println!("200 partners: {} characters", token.len());
    assert!(token.len() <= MAX_TOKEN_LEN);
    assert_eq!(decode(&token), Ok(without_teaching_points(scenario)));
}

#[test]
fn a_link_copied_with_its_hash_and_spaces_still_opens() {
    let scenario = Scenario::default_preset();
    assert_eq!(decode(&format!("  #{}\n", encode(&scenario))), Ok(without_teaching_points(scenario)));
}

#[test]
fn an_empty_link_says_it_holds_no_scenario() {
    for token in ["", "   ", "#", "v1."] {
        assert_eq!(decode(token), Err(ShareError::Empty), "{token:?}");
    }
}

#[test]
fn a_link_made_for_an_earlier_model_opens_but_does_not_claim_the_same_run() {
    let scenario = default_with_actions().scenario_with_actions();
    let token = encode(&scenario);
    assert!(replays_exactly(&token));
    let json = serde_json::to_vec(&scenario).expect("JSON");
    for older in ["v1.", "v2."] {
        let old = format!("{older}{}", &token_of(&json)[3..]);
        assert_eq!(decode(&old), Ok(scenario.clone()));
        assert!(!replays_exactly(&old), "{older}");
    }
    assert!(!replays_exactly("no version"));
}

#[test]
fn a_link_from_before_model_versions_carries_the_older_model_warning() {
    let mut json = serde_json::to_value(Scenario::default_preset()).expect("json");
    json.as_object_mut().expect("an object").remove("model_version");
    let token = format!("v2.{}", &token_of(json.to_string().as_bytes())[3..]);
    let opened = decode(&token).expect("a v2 link opens");
    assert_eq!(opened.warnings(), [Warning::OlderModel { version: 1 }]);
    assert!(!replays_exactly(&token));
}

#[test]
fn a_link_names_the_current_model_whatever_the_scenario_was_made_for() {
    let mut old = Scenario::default_preset();
    old.model_version = 1;
    let opened = decode(&encode(&old)).expect("opens");
    assert_eq!(opened.model_version, MODEL_VERSION);
    assert!(opened.warnings().is_empty());
}

#[test]
fn a_link_from_a_newer_version_asks_for_the_newest_alliance_lab() {
    let token = encode(&Scenario::default_preset()).replacen("v4.", "v7.", 1);
    let error = decode(&token).unwrap_err();
    assert_eq!(error, ShareError::FutureVersion { version: 7 });
    assert!(error.to_string().contains("newer version of Alliance Lab (v7)"), "{error}");
}

#[test]
fn a_link_without_a_version_is_not_an_alliance_lab_link() {
    for token in ["hello", "x1.abc", "v.abc", "v-1.abc", "v0.abc", "v99999999999999999999.abc"] {
        assert_eq!(decode(token), Err(ShareError::NoVersion), "{token}");
    }
}

#[test]
fn a_damaged_link_names_the_problem() {
    let token = encode(&Scenario::default_preset());
    let mut foreign = token.clone();
    foreign.insert(10, '!');
    assert_eq!(decode(&foreign), Err(ShareError::NotBase64));
    assert_eq!(decode(&format!("v1.{}", URL_SAFE_NO_PAD.encode(b"plain text"))), Err(ShareError::NotDeflate));
    assert!(matches!(decode(&token_of(b"[1, 2, 3]")), Err(ShareError::NotJson { .. })));
    let message = decode(&token_of(b"\xff\xfe")).unwrap_err().to_string();
    assert!(message.contains("not a scenario"), "{message}");
}

#[test]
fn a_truncated_link_says_it_is_incomplete() {
    let token = encode(&default_with_actions().scenario_with_actions());
    // Cut after the version and at least one character: every cut is a link copied short.
    for end in 4..token.len() {
        let error = decode(&token[..end]).expect_err("a cut link does not open");
        assert_eq!(error, ShareError::Incomplete, "cut at {end} of {}", token.len());
        assert_eq!(error.to_string(), "This link is incomplete; copy the whole link again.");
    }
}

#[test]
fn a_link_whose_scenario_text_ends_early_says_it_is_incomplete() {
    let json = serde_json::to_string(&Scenario::default_preset()).expect("json");
    let cut = &json[..json.len() / 2];
    assert_eq!(decode(&token_of(cut.as_bytes())), Err(ShareError::Incomplete));
}

#[test]
fn a_link_with_thousands_of_bad_entries_gives_a_short_message() {
    let mut scenario = Scenario::default_preset();
    let entry = ScheduleEntry::plain(999, ActionName::GetToKnow);
    // As many entries as fit in the largest scenario a link unpacks to.
    scenario.schedule = vec![entry.clone(); 25_000];
    let token = encode(&scenario);
    println!("40,000 bad entries: a link of {} characters", token.len());
    let message = decode(&token).unwrap_err().to_string();
    assert!(message.contains("a schedule has at most 10000 entries"), "{message}");
    assert!(message.len() < 4000, "{} bytes", message.len());
    scenario.schedule = vec![entry; 9_000];
    let message = decode(&encode(&scenario)).unwrap_err().to_string();
    assert!(message.ends_with("; and 8980 more"), "{}", &message[message.len() - 100..]);
    assert!(message.len() < 4000, "{} bytes", message.len());
}

#[test]
fn flipping_any_character_gives_an_error_or_a_valid_scenario_never_a_panic() {
    let token = encode(&Scenario::default_preset());
    for at in 3..token.len() {
        for replacement in ['A', '_', '0'] {
            let mut damaged: Vec<char> = token.chars().collect();
            damaged[at] = replacement;
            let damaged: String = damaged.into_iter().collect();
            if let Ok(scenario) = decode(&damaged) {
                assert!(scenario.validate().is_ok());
            }
        }
    }
}

#[test]
fn an_invalid_scenario_in_a_link_names_the_field() {
    let mut scenario = Scenario::default_preset();
    scenario.partners[2].size = 1.5;
    scenario.governance.control = -1.0;
    let error = decode(&encode(&scenario)).unwrap_err();
    assert!(matches!(error, ShareError::InvalidScenario(_)));
    let message = error.to_string();
    assert!(message.contains("partners[2].size: must be between 0 and 1, not 1.5"), "{message}");
    assert!(message.contains("governance.control"), "{message}");
}

#[test]
fn a_huge_link_is_refused_before_it_is_read() {
    let token = format!("v1.{}", "A".repeat(MAX_TOKEN_LEN));
    assert!(matches!(decode(&token), Err(ShareError::TooLong { .. })));
    assert!(decode(&token).unwrap_err().to_string().contains("too long"));
}

#[test]
fn a_link_that_inflates_beyond_the_cap_is_refused() {
    let bomb = vec![b' '; 4 * MAX_JSON_BYTES];
    let token = token_of(&bomb);
    assert!(token.len() < MAX_TOKEN_LEN, "the bomb is small: {}", token.len());
    assert_eq!(decode(&token), Err(ShareError::TooLarge));
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(text in ".{0,300}") {
        let _ = decode(&text);
        let _ = decode(&format!("v1.{text}"));
    }

    #[test]
    fn decoding_any_base64_body_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode(&format!("v1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
        let _ = decode(&token_of(&bytes));
    }
}

#[test]
fn a_version_3_link_without_the_dictionary_still_opens_and_replays_the_same_run() {
    let scenario = default_with_actions().scenario_with_actions();
    let token = token_of(&serde_json::to_vec(&scenario).expect("JSON"));
    assert!(token.starts_with("v3."));
    assert_eq!(decode(&token), Ok(scenario));
    assert!(replays_exactly(&token));
}

#[test]
fn a_preset_link_is_a_few_dozen_characters_and_one_with_actions_stays_short() {
    for (stem, _) in &PRESETS[..FIRST_CASE] {
        let token = encode(&Scenario::preset(stem).expect("preset"));
        assert!(token.len() <= 120, "{stem}: {} characters", token.len());
    }
    // The article's cases came after the dictionary, and their descriptions are longer.
    for (stem, _) in &PRESETS[FIRST_CASE..] {
        let token = encode(&Scenario::preset(stem).expect("preset"));
        assert!(token.len() <= 1500, "{stem}: {} characters", token.len());
    }
    // Six actions over 42 months, one of them a new style with its control and turbulence.
    let token = encode(&default_with_actions().scenario_with_actions());
    assert!(token.len() <= 400, "{} characters", token.len());
    // A scenario unlike any preset still packs, only less tightly.
    let mut far = Scenario::default_preset();
    far.title = "Something else entirely".to_string();
    far.description = "x".repeat(300);
    for (i, p) in far.partners.iter_mut().enumerate() {
        p.name = format!("Organisation number {i}");
        p.size = 0.11 + 0.07 * i as f64;
    }
    let token = encode(&far);
    assert_eq!(decode(&token), Ok(without_teaching_points(far.clone())));
}

#[test]
fn the_dictionary_of_version_4_links_is_frozen() {
    // Links made with version 4 refer back into these bytes: changing them breaks every such
    // link. A new dictionary needs a new version, with this one kept for the old links.
    let dictionary = include_bytes!("../../src/share/dictionary-v4.txt");
    let fnv1a = dictionary
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    assert_eq!((dictionary.len(), fnv1a), (17_393, 11_496_463_309_536_865_917));
}
