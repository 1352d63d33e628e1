//! The guided lessons and the article's cases: data files a trainer can read and write, and
//! which the app and the CLI read.

use alliance_lab::lessons::{Lesson, LessonAction, LESSONS, LESSONS_JSON};
use alliance_lab::scenario::{Scenario, FIRST_CASE, PRESETS};

fn lessons() -> Vec<(&'static str, Lesson)> {
    LESSONS
        .iter()
        .map(|(stem, text)| (*stem, Lesson::parse(text).unwrap_or_else(|e| panic!("{stem}: {e}"))))
        .collect()
}

#[test]
fn there_are_the_four_lessons_the_workshop_needs_each_of_several_chapters() {
    let stems: Vec<&str> = LESSONS.iter().map(|(stem, _)| *stem).collect();
    assert_eq!(stems, ["three_phases", "trust_and_control", "coordinator_or_chair", "waterline"]);
    for (stem, lesson) in lessons() {
        assert!((4..=8).contains(&lesson.chapters.len()), "{stem}: {} chapters", lesson.chapters.len());
    }
}

#[test]
fn every_lesson_reads_the_same_from_its_json_as_from_its_toml() {
    for ((stem, lesson), (_, json)) in lessons().into_iter().zip(LESSONS_JSON) {
        assert_eq!(Lesson::parse_json(json).expect("json"), lesson, "{stem}");
    }
}

#[test]
fn every_chapter_builds_its_scenario_and_is_written_in_english_and_dutch() {
    for (stem, lesson) in lessons() {
        assert!(
            lesson.nl.as_ref().is_some_and(|nl| !nl.title.is_empty() && !nl.summary.is_empty()),
            "{stem}"
        );
        for (i, c) in lesson.chapters.iter().enumerate() {
            let scenario = c.scenario().unwrap_or_else(|e| panic!("{stem} chapter {i}: {e}"));
            assert!(c.month <= scenario.horizon_months, "{stem} chapter {i}");
            let texts = [&c.title, &c.look, &c.question, &c.task, &c.notice];
            assert!(texts.iter().all(|t| t.trim().len() > 5), "{stem} chapter {i} has an empty text");
            let nl = c.nl.as_ref().unwrap_or_else(|| panic!("{stem} chapter {i} has no Dutch texts"));
            let dutch = [&nl.title, &nl.look, &nl.question, &nl.task, &nl.notice];
            assert!(dutch.iter().all(|t| t.trim().len() > 5), "{stem} chapter {i} has an empty Dutch text");
        }
    }
}

#[test]
fn every_lesson_ends_in_a_chapter_to_try_things_on_your_own_and_asks_for_actions_on_the_way() {
    for (stem, lesson) in lessons() {
        let taken = lesson.chapters.iter().filter(|c| matches!(c.action, LessonAction::Take(_))).count();
        assert!(taken >= 1, "{stem}: every chapter only asks to run");
    }
}

#[test]
fn a_funding_round_chapter_highlights_only_the_division_it_is_about() {
    let three_phases = &lessons()[0].1;
    let funding =
        three_phases.chapters.iter().find(|c| c.division.is_some()).expect("a funding-round chapter");
    assert_eq!(funding.focus_selector(), "[data-action=\"funding_round\"][data-division=\"exclusion\"]");
    assert_eq!(three_phases.chapters[0].focus_selector(), "[data-action=\"run\"]");
    let text = LESSONS[0].1.replacen("action = \"run\"", "action = \"run\"\ndivision = \"equal\"", 1);
    let e = Lesson::parse(&text).expect_err("a division without a funding round").to_string();
    assert_eq!(
        e,
        "chapter[0].division: only a chapter whose action is funding_round takes a division, not run"
    );
}

#[test]
fn a_chapter_of_a_scenario_that_does_not_exist_is_refused_with_its_place() {
    let text = LESSONS[0].1.replacen("scenario = \"default\"", "scenario = \"nowhere\"", 1);
    let e = Lesson::parse(&text).expect_err("unknown scenario");
    assert_eq!(e.to_string(), "chapter[0]: scenario: no shipped scenario is called \"nowhere\"");
    let text = LESSONS[0].1.replacen("action = \"run\"", "action = \"dance\"", 1);
    let e = Lesson::parse(&text).expect_err("unknown action").to_string();
    assert!(e.contains("unknown action \"dance\"") && e.contains("steering_conversation"), "{e}");
    let text = LESSONS[0].1.replacen("month = 60", "month = 600", 1);
    let e = Lesson::parse(&text).expect_err("past the horizon").to_string();
    assert_eq!(e, "chapter[1]: month: 600 lies past the scenario's horizon, month 120");
}

#[test]
fn every_article_case_has_a_goal_a_teaching_point_dutch_texts_and_a_checked_teaching_point() {
    assert_eq!(PRESETS.len() - FIRST_CASE, 10, "the article tells ten cases");
    for (stem, text) in &PRESETS[FIRST_CASE..] {
        let s = Scenario::parse(text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert!(!s.goal.is_empty() && !s.point.is_empty(), "{stem} needs a goal and a point");
        let nl = s.nl.as_ref().unwrap_or_else(|| panic!("{stem} has no Dutch texts"));
        assert!([&nl.title, &nl.description, &nl.goal, &nl.point].iter().all(|t| !t.is_empty()), "{stem}");
        assert!(!s.expect.is_empty(), "{stem} claims no teaching point");
        assert!(
            s.expect.iter().all(|e| e.nl.is_some()),
            "{stem}: every teaching point needs its Dutch sentence"
        );
    }
}

/// The names a text quotes in single quotes: 'Interventies (Doen!)'. Only quotes that open
/// after a space (or at the start) on a capital letter count, so that an apostrophe (the
/// chair's) or a quoted word ('exclusion') is not taken for a name.
fn quoted_names(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['\'', '‘']) {
        let before = rest[..open].chars().next_back();
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = after.find(['\'', '’']) else { break };
        let name = &after[..close];
        if before.is_none_or(char::is_whitespace) && name.chars().next().is_some_and(char::is_uppercase) {
            names.push(name);
            rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
        } else {
            rest = after;
        }
    }
    names
}

#[test]
fn a_chapter_names_buttons_panels_and_charts_as_the_page_labels_them() {
    use super::i18n::{begins_as, reads_as, shown_texts, Piece};
    use alliance_lab::i18n::Lang;
    let (english, dutch) = (shown_texts(Lang::En), shown_texts(Lang::Nl));
    let mut unknown = Vec::new();
    for (stem, lesson) in lessons() {
        for (i, c) in lesson.chapters.iter().enumerate() {
            let nl = c.nl.as_ref().expect("Dutch texts");
            let texts = [
                (&english, [&c.look, &c.question, &c.task, &c.notice]),
                (&dutch, [&nl.look, &nl.question, &nl.task, &nl.notice]),
            ];
            for (shown, texts) in texts {
                for name in texts.iter().flat_map(|t| quoted_names(t)) {
                    // A message that is mostly placeables ("{ $name }") would read as any
                    // name; at least half of the name must be the message's own text.
                    let own = |pieces: &[Piece]| {
                        pieces.iter().map(|p| if let Piece::Text(t) = p { t.len() } else { 0 }).sum::<usize>()
                    };
                    let shows = |pieces: &Vec<Piece>| {
                        2 * own(pieces) >= name.len() && (reads_as(pieces, name) || begins_as(pieces, name))
                    };
                    if !shown.iter().any(shows) {
                        unknown.push(format!("{stem} chapter {}: '{name}'", i + 1));
                    }
                }
            }
        }
    }
    assert!(unknown.is_empty(), "names the page does not show:\n{}", unknown.join("\n"));
}

#[test]
fn quoted_names_are_the_capitalised_phrases_in_single_quotes() {
    let text = "Press 'Get to know each other' in 'Interventions (Doen!)'; the chair's example \
                counts, as 'exclusion' does, and ‘Control now’ too.";
    assert_eq!(quoted_names(text), ["Get to know each other", "Interventions (Doen!)", "Control now"]);
}

#[test]
fn a_chapter_that_names_a_chart_shows_it_when_presented() {
    use alliance_lab::i18n::{Lang, Texts};
    use alliance_lab::lessons::LessonChart;
    let (en, nl) = (Texts::new(Lang::En), Texts::new(Lang::Nl));
    let mut missing = Vec::new();
    for (stem, lesson) in lessons() {
        for (i, c) in lesson.chapters.iter().enumerate() {
            let nl_texts = c.nl.as_ref().expect("Dutch texts");
            let names: Vec<(&Texts, &str)> = [&c.look, &c.question, &c.task]
                .iter()
                .flat_map(|t| quoted_names(t))
                .map(|n| (&en, n))
                .chain(
                    [&nl_texts.look, &nl_texts.question, &nl_texts.task]
                        .iter()
                        .flat_map(|t| quoted_names(t))
                        .map(|n| (&nl, n)),
                )
                .collect();
            for chart in LessonChart::ALL {
                let named = names.iter().any(|(tr, name)| {
                    let title = tr.get(chart.title_message());
                    title == *name || title.strip_prefix(name).is_some_and(|rest| rest.starts_with(':'))
                });
                if named && !c.charts.contains(&chart) {
                    missing.push(format!("{stem} chapter {}: {chart:?}", i + 1));
                }
            }
        }
    }
    assert!(missing.is_empty(), "charts a chapter names but does not show:\n{}", missing.join("\n"));
}

#[test]
fn a_chapter_shows_one_or_two_different_views_and_says_where_it_names_more() {
    let lesson = |charts: &str| {
        format!(
            "title = \"T\"\nsummary = \"S\"\n[[chapter]]\ntitle = \"C\"\nscenario = \"default\"\nlook = \"Look at it.\"\n\
             question = \"Why?\"\naction = \"run\"\ntask = \"Press Run.\"\nnotice = \"Noticed.\"\ncharts = {charts}\n"
        )
    };
    let shown = Lesson::parse(&lesson("[\"work\", \"network\"]")).expect("two views");
    assert_eq!(
        shown.chapters[0].charts,
        [alliance_lab::lessons::LessonChart::Work, alliance_lab::lessons::LessonChart::Network]
    );
    let three = Lesson::parse(&lesson("[\"work\", \"value\", \"process\"]")).expect_err("three views");
    assert!(
        three.to_string().contains("chapter[0].charts: a chapter shows one or two views beside it, not 3"),
        "{three}"
    );
    let twice = Lesson::parse(&lesson("[\"work\", \"work\"]")).expect_err("one view twice");
    assert!(twice.to_string().contains("chapter[0].charts: \"work\" is named twice"), "{twice}");
    let unknown = Lesson::parse(&lesson("[\"pie\"]")).expect_err("no such view");
    assert!(unknown.to_string().contains("unknown variant `pie`"), "{unknown}");
}
