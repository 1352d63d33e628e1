//! Scenario input: every error is short and located, limits are checked first, JSON is told
//! from TOML, structs are never read from arrays, names are enums, and the model version
//! warns or refuses.

use alliance_lab::model::{Action, CoordinationStyle, Division, Intervention, Params, Shock};
use alliance_lab::scenario::{
    ActionName, EntryParts, Scenario, ScenarioError, StyleName, Warning, MAX_LISTED, MAX_TEXT_BYTES,
    MODEL_VERSION,
};

const MINIMAL: &str = "title = \"t\"\n[[partners]]\nname = \"A\"\n[[partners]]\nname = \"B\"\n";

fn error(text: &str) -> ScenarioError {
    Scenario::parse(text).expect_err("the scenario should be refused")
}

/// The one line of a scenario error (asserting that there is one).
fn message(text: &str) -> String {
    let e = error(text);
    assert_eq!(e.count(), 1, "{e}");
    e.to_string()
}

fn json_partners(n: usize) -> String {
    let partners: Vec<String> = (0..n).map(|i| format!("{{\"name\":\"P{i}\"}}")).collect();
    format!("{{\"title\":\"t\",\"partners\":[{}]}}", partners.join(","))
}

#[test]
fn a_type_error_in_toml_names_the_field_its_line_and_column_and_what_is_valid() {
    let text = MINIMAL.replace("name = \"B\"", "name = \"B\"\n[partners.values]\ngender_equality = \"0.5\"");
    assert_eq!(
        message(&text),
        "partners[1].values.gender_equality (line 7, column 19): must be a number between 0 and 1, \
         not the text \"0.5\""
    );
}

#[test]
fn a_type_error_in_json_names_the_field_its_line_and_column() {
    let text =
        "{\n  \"title\": \"t\",\n  \"partners\": [{\"name\": \"A\"}, {\"name\": \"B\", \"size\": true}]\n}";
    let m = message(text);
    assert!(m.starts_with("partners[1].size (line 3, column "), "{m}");
    assert!(m.ends_with("must be a number between 0 and 1, not true"), "{m}");
}

#[test]
fn a_toml_syntax_error_has_a_line_and_column() {
    let m = message("title = \"t\"\npartners = [\n  { name = \"A\" \n");
    assert!(m.starts_with("line 3, column "), "{m}");
}

#[test]
fn a_value_out_of_range_says_what_would_be_valid() {
    let text = MINIMAL.to_string() + "[governance]\ncontrol = 1.5\n";
    assert_eq!(message(&text), "governance.control: must be between 0 and 1, not 1.5");
}

#[test]
fn a_negative_month_says_it_must_be_a_whole_number_up_to_the_horizon() {
    let text = MINIMAL.to_string() + "[[schedule]]\nmonth = -1\naction = \"get_to_know\"\n";
    let m = message(&text);
    assert!(m.starts_with("schedule[0].month (line 7, column 9): "), "{m}");
    assert!(m.ends_with("must be a whole number from 1 to the horizon, not -1"), "{m}");
}

#[test]
fn a_missing_partner_name_is_reported_at_the_name() {
    let text = "title = \"t\"\n[[partners]]\nname = \"A\"\n[[partners]]\nsize = 0.3\n";
    assert_eq!(message(text), "partners[1].name (line 4, column 1): is missing; it must be text in quotes");
}

#[test]
fn an_unknown_action_is_a_parse_error_listing_the_valid_names() {
    let text = MINIMAL.to_string() + "[[schedule]]\nmonth = 3\naction = \"dance\"\n";
    let m = message(&text);
    assert!(
        m.starts_with(
            "schedule[0].action (line 8, column 10): unknown action \"dance\"; use one of get_to_know,"
        ),
        "{m}"
    );
    assert!(m.contains("set_turbulence"), "{m}");
}

#[test]
fn an_unknown_style_or_division_lists_the_valid_names() {
    let style = MINIMAL.to_string() + "[coordination]\nstyle = \"dictator\"\n";
    let m = message(&style);
    assert!(m.starts_with("coordination.style (line 7, column 9): unknown style \"dictator\"; use one of none, independent_chair, lead_partner, controlling_coordinator"), "{m}");
    let division =
        MINIMAL.to_string() + "[[schedule]]\nmonth = 3\naction = \"funding_round\"\ndivision = \"fair\"\n";
    let m = message(&division);
    assert!(m.starts_with("schedule[0].division (line 9, column 12): unknown division \"fair\"; use one of equal, unequal, exclusion"), "{m}");
}

#[test]
fn a_misspelt_field_lists_the_fields_there_are() {
    let text = MINIMAL.to_string() + "[governance]\ncontroll = 0.4\n";
    let m = message(&text);
    assert!(m.contains("unknown field \"controll\"; the fields here are control, organisation"), "{m}");
    assert!(m.contains("line 7"), "{m}");
}

#[test]
fn a_struct_written_as_an_array_is_refused_at_its_field() {
    let text = MINIMAL.replace("name = \"B\"", "name = \"B\"\nexpertise = [0.1, 0.9]");
    let m = message(&text);
    assert!(
        m.starts_with(
            "partners[1].expertise (line 6, column 13): must be a table with named fields, not a list"
        ),
        "{m}"
    );
    let json = r#"{"title": "t", "partners": [["A", 0.5], {"name": "B"}]}"#;
    let m = message(json);
    assert!(m.starts_with("partners[0] (line 1, column "), "{m}");
    assert!(
        m.contains("expected a table with named fields") || m.contains("must be a table with named fields"),
        "{m}"
    );
}

#[test]
fn json_is_recognised_with_a_byte_order_mark_and_leading_whitespace() {
    let json = serde_json::to_string(&Scenario::default_preset()).expect("json");
    let expected = Scenario::default_preset();
    assert_eq!(Scenario::parse(&format!("\u{feff}{json}")), Ok(expected.clone()));
    assert_eq!(Scenario::parse(&format!("\n\t  {json}")), Ok(expected));
}

#[test]
fn a_json_value_of_the_wrong_kind_is_reported_as_json_not_as_toml() {
    for (text, kind) in [
        ("[1, 2, 3]", "an array"),
        ("[\n  {\"title\": \"t\"}\n]", "an array"),
        ("\"a scenario\"", "a string"),
        ("42", "a number"),
        ("  null", "null"),
        ("\u{feff}[]", "an array"),
    ] {
        let m = message(text);
        assert!(m.contains("a scenario must be a JSON object"), "{text:?}: {m}");
        assert!(m.ends_with(&format!("not {kind}")), "{text:?}: {m}");
        assert!(!m.contains("TOML"), "{text:?}: {m}");
    }
}

#[test]
fn a_json_text_with_a_comment_is_told_that_json_has_no_comments() {
    let json = serde_json::to_string(&Scenario::default_preset()).expect("json");
    for text in [format!("// made by hand\n{json}"), format!("/* made by hand */ {json}")] {
        let m = message(&text);
        assert!(m.starts_with("line 1, column 1: JSON does not allow comments"), "{m}");
    }
    let inside = json.replacen('{', "{ // the title\n", 1);
    assert!(message(&inside).contains("JSON does not allow comments"), "{}", message(&inside));
}

#[test]
fn a_toml_file_that_starts_with_a_table_is_still_toml() {
    let text = "[governance]\ncontrol = 0.4\n".to_string() + "[[partners]]\nname = \"A\"\n";
    let m = message(&text);
    assert!(m.starts_with("title (line 1, column 1): is missing"), "{m}");
}

#[test]
fn a_text_over_the_size_limit_is_refused_unread_with_the_limit_named() {
    let text = MINIMAL.to_string() + "description = \"" + &"x".repeat(MAX_TEXT_BYTES) + "\"\n";
    assert_eq!(message(&text), "the text is 5.0 MB, more than the 5 MB a scenario may have");
}

#[test]
fn a_hostile_file_of_100000_partners_is_refused_at_the_partner_limit() {
    let m = message(&json_partners(100_000));
    assert!(m.starts_with("partners (line 1, column "), "{m}");
    assert!(m.ends_with("an alliance has 2 to 200 partners; this one lists more than 200"), "{m}");
    let toml: String = "title = \"t\"\n".to_string()
        + &(0..100_000).map(|i| format!("[[partners]]\nname = \"P{i}\"\n")).collect::<String>();
    assert_eq!(
        message(&toml),
        "partners (line 402, column 1): an alliance has 2 to 200 partners; this one lists more than 200"
    );
}

#[test]
fn a_hostile_file_of_a_million_schedule_entries_is_refused_by_a_limit() {
    let entry = "{\"month\":1,\"action\":\"get_to_know\"}";
    let entries = vec![entry; 1_000_000].join(",");
    let text = format!(
        "{{\"title\":\"t\",\"partners\":[{{\"name\":\"A\"}},{{\"name\":\"B\"}}],\"schedule\":[{entries}]}}"
    );
    assert!(message(&text).contains("more than the 5 MB a scenario may have"));
    let entries = vec![entry; 10_001].join(",");
    let text = format!(
        "{{\"title\":\"t\",\"partners\":[{{\"name\":\"A\"}},{{\"name\":\"B\"}}],\"schedule\":[{entries}]}}"
    );
    assert!(message(&text).ends_with("a schedule has at most 10000 entries; this one lists more than 10000"));
}

#[test]
fn at_most_twenty_problems_are_listed_then_how_many_more() {
    let entries: String = (0..500).map(|_| "[[schedule]]\nmonth = 999\naction = \"get_to_know\"\n").collect();
    let e = error(&(MINIMAL.to_string() + &entries));
    assert_eq!((e.errors.len(), e.count()), (MAX_LISTED, 500));
    let text = e.to_string();
    assert!(text.ends_with("\nand 480 more problems"), "{text}");
    assert!(text.len() < 2000, "{} bytes", text.len());
}

/// Text as a TOML basic string writes it, every character as a `\uXXXX` escape.
fn toml_escaped(text: &str) -> String {
    text.chars().map(|c| format!("\\u{:04X}", u32::from(c))).collect()
}

#[test]
fn user_text_is_escaped_and_cut_in_messages() {
    let hostile = "\u{1b}]0;PWNED\u{7}\u{1b}[2J";
    let named = format!("[[partners]]\nname = \"{}\"\n", toml_escaped(hostile));
    let text = MINIMAL.to_string() + &named + &named;
    let m = error(&text).to_string();
    assert!(
        m.contains(r#"partners[3].name: "\u{1b}]0;PWNED\u{7}\u{1b}[2J" is already the name of partners[2]"#),
        "{m}"
    );
    assert!(!m.chars().any(|c| c.is_control() && c != '\n'), "{m:?}");
    let long = "y".repeat(1_000_000);
    let text = MINIMAL.to_string() + &format!("[governance]\ncontrol = \"{long}\"\n");
    let m = message(&text);
    assert!(m.len() < 200, "{} bytes: {m}", m.len());
    assert!(m.ends_with(&format!("not the text \"{}…\"", "y".repeat(40))), "{m}");
    let key = format!("[governance]\n\"{}{long}\" = 1\n", toml_escaped(hostile));
    let m = error(&(MINIMAL.to_string() + &key)).to_string();
    assert!(m.len() < 400 && !m.chars().any(|c| c.is_control()), "{m:?}");
}

#[test]
fn a_duplicate_name_check_is_fast_for_the_largest_alliance() {
    let partners: String = (0..200).map(|_| "[[partners]]\nname = \"Same\"\n").collect();
    let e = error(&format!("title = \"t\"\n{partners}"));
    assert_eq!(e.count(), 199);
    assert_eq!(
        e.errors[0].to_string(),
        "partners[1].name: \"Same\" is already the name of partners[0]; names must be unique"
    );
}

#[test]
fn references_to_partners_that_do_not_exist_are_errors_not_partner_zero() {
    let text = MINIMAL.to_string()
        + "[coordination]\nstyle = \"controlling_coordinator\"\ncoordinator = 7\n"
        + "[[schedule]]\nmonth = 3\naction = \"value_room\"\npartner = \"Nobody\"\n"
        + "[[schedule]]\nmonth = 4\naction = \"turnover\"\n"
        + "[[schedule]]\nmonth = 5\naction = \"get_to_know\"\npartner = 1\n";
    let lines: Vec<String> = error(&text).errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        lines,
        [
            "coordination.coordinator: there is no partner 7; there are 2 partners, numbered 0 to 1",
            "schedule[0].partner: no partner is named \"Nobody\"",
            "schedule[1].partner: turnover needs a partner name or index",
            "schedule[2].partner: get_to_know takes no partner; remove it",
        ]
    );
    let negative = MINIMAL.to_string() + "[[schedule]]\nmonth = 3\naction = \"value_room\"\npartner = -1\n";
    assert!(message(&negative).ends_with("must be a partner name or a partner index (from 0), not -1"));
}

#[test]
fn params_are_built_only_from_a_valid_scenario() {
    let mut s = Scenario::parse(MINIMAL).expect("valid");
    assert!(Params::try_from(&s).is_ok());
    s.partners[1].size = 2.0;
    let e = Params::try_from(&s).expect_err("invalid");
    assert_eq!(e.to_string(), "partners[1].size: must be between 0 and 1, not 2");
    assert_eq!(s.params(), Err(e));
}

#[test]
fn schedule_names_become_the_model_actions_they_stand_for() {
    let text = MINIMAL.to_string()
        + "[[schedule]]\nmonth = 2\naction = \"knowledge_sharing\"\npartner = \"B\"\n"
        + "[[schedule]]\nmonth = 3\naction = \"funding_round\"\ndivision = \"unequal\"\n"
        + "[[schedule]]\nmonth = 4\naction = \"funding_round\"\n"
        + "[[schedule]]\nmonth = 5\naction = \"set_style\"\nstyle = \"controlling_coordinator\"\npartner = 0\n"
        + "[[schedule]]\nmonth = 6\naction = \"set_control\"\nvalue = 0.8\n";
    let params = Scenario::parse(&text).expect("valid").params().expect("params");
    let actions: Vec<Action> = params.schedule.iter().map(|a| a.action).collect();
    assert_eq!(
        actions,
        [
            Action::Intervention(Intervention::KnowledgeSharing { partner: 1 }),
            Action::Shock(Shock::FundingRound { division: Division::Unequal }),
            Action::Shock(Shock::FundingRound { division: Division::Equal }),
            Action::SetStyle(CoordinationStyle::ControllingCoordinator { partner: 0 }),
            Action::SetControl(0.8),
        ]
    );
}

#[test]
fn every_name_reads_as_its_enum_and_back() {
    for action in ActionName::ALL {
        assert_eq!(action.name().parse::<ActionName>(), Ok(action));
        assert_eq!(serde_json::to_string(&action).expect("json"), format!("\"{}\"", action.name()));
    }
    for style in StyleName::ALL {
        assert_eq!(style.name().parse::<StyleName>(), Ok(style));
        assert_eq!(serde_json::to_string(&style).expect("json"), format!("\"{}\"", style.name()));
    }
    assert!("dance".parse::<ActionName>().unwrap_err().contains("use one of get_to_know"));
}

#[test]
fn a_file_without_a_model_version_opens_with_a_warning() {
    let old = Scenario::parse(MINIMAL).expect("a model 1 file still opens");
    assert_eq!(old.model_version, 1);
    assert_eq!(old.warnings(), [Warning::OlderModel { version: 1 }]);
    assert_eq!(
        old.warnings()[0].to_string(),
        "This scenario was made for model 1; this is model 2, so its runs differ from the ones it was made with."
    );
    let current = Scenario::parse(&format!("model_version = {MODEL_VERSION}\n{MINIMAL}")).expect("current");
    assert!(current.warnings().is_empty());
    assert!(Scenario::default_preset().warnings().is_empty());
}

#[test]
fn a_file_from_a_newer_model_is_refused() {
    let m = message(&format!("model_version = {}\n{MINIMAL}", MODEL_VERSION + 1));
    assert!(m.starts_with("model_version: this scenario was made for model 3, newer than"), "{m}");
}

#[test]
fn a_saved_scenario_names_the_current_model() {
    let old = Scenario::parse(MINIMAL).expect("model 1 file");
    let saved = old.to_toml_string();
    assert!(saved.contains(&format!("model_version = {MODEL_VERSION}\n")), "{saved}");
    assert!(Scenario::parse(&saved).expect("reads back").warnings().is_empty());
}

#[test]
fn the_cli_warns_on_stderr_about_a_file_made_for_an_older_model() {
    let path = std::env::temp_dir().join(format!("alliance-lab-model-1-{}.toml", std::process::id()));
    std::fs::write(&path, MINIMAL).expect("a temporary file");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_alliance-lab"))
        .args(["validate", path.to_str().expect("a UTF-8 path")])
        .output()
        .expect("the CLI starts");
    std::fs::remove_file(&path).expect("removed");
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim(),
        "warning: This scenario was made for model 1; this is model 2, so its runs differ from the ones it was made with."
    );
}

#[test]
fn a_lead_partner_needs_its_partner_and_becomes_the_models_lead_partner() {
    let lead = MINIMAL.to_string() + "[coordination]\nstyle = \"lead_partner\"\n";
    assert_eq!(message(&lead), "coordination.coordinator: lead_partner needs a partner name or index");
    let named = lead + "coordinator = \"B\"\n";
    let params = Scenario::parse(&named).expect("valid").params().expect("params");
    assert_eq!(params.style, CoordinationStyle::LeadPartner { partner: 1 });
    let switch =
        MINIMAL.to_string() + "[[schedule]]\nmonth = 2\naction = \"set_style\"\nstyle = \"lead_partner\"\n";
    assert_eq!(message(&switch), "schedule[0].partner: set_style needs a partner name or index");
}

#[test]
fn exclusion_clarify_decisions_and_decision_clarity_reach_the_model() {
    let text = MINIMAL.to_string()
        + "[governance]\ndecision_clarity = 0.2\n"
        + "[[schedule]]\nmonth = 2\naction = \"funding_round\"\ndivision = \"exclusion\"\n"
        + "[[schedule]]\nmonth = 3\naction = \"clarify_decisions\"\n";
    let params = Scenario::parse(&text).expect("valid").params().expect("params");
    assert_eq!(params.decision_clarity, 0.2);
    let actions: Vec<Action> = params.schedule.iter().map(|a| a.action).collect();
    assert_eq!(
        actions,
        [
            Action::Shock(Shock::FundingRound { division: Division::Exclusion }),
            Action::Intervention(Intervention::ClarifyDecisions),
        ]
    );
    assert_eq!(Scenario::parse(MINIMAL).expect("valid").governance.decision_clarity, 0.5);
    let unclear = MINIMAL.to_string() + "[governance]\ndecision_clarity = 1.2\n";
    assert_eq!(message(&unclear), "governance.decision_clarity: must be between 0 and 1, not 1.2");
}

#[test]
fn every_action_name_maps_to_a_model_action_and_back() {
    let parts = EntryParts {
        partner: Some(1),
        division: Some(Division::Unequal),
        style: Some(CoordinationStyle::IndependentChair),
        value: Some(0.4),
    };
    for name in ActionName::ALL {
        let action = name.action(parts).unwrap_or_else(|| panic!("{name:?} with every part"));
        assert_eq!(ActionName::of(&action), name);
    }
    assert_eq!(
        ActionName::ValueRoom.action(EntryParts::default()),
        None,
        "a partner action needs its partner"
    );
}

#[test]
fn every_json_preset_reads_as_the_same_scenario_as_its_toml_file() {
    use alliance_lab::scenario::{PRESETS, PRESETS_JSON};
    assert_eq!(PRESETS.len(), PRESETS_JSON.len(), "build.rs writes one JSON file per preset");
    for ((stem, toml), (json_stem, json)) in PRESETS.iter().zip(PRESETS_JSON) {
        assert_eq!(stem, json_stem, "the same order");
        let from_toml = Scenario::parse(toml).unwrap_or_else(|e| panic!("{stem}.toml: {e}"));
        let from_json = Scenario::parse_json(json).unwrap_or_else(|e| panic!("{stem} as JSON: {e}"));
        assert_eq!(from_json, from_toml, "{stem}");
    }
}
