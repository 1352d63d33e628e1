//! The validation report behind docs/VALIDATION.md: every section, the same text on every
//! run, and no numbers where another tool (the Morris screening) writes them.

use alliance_lab::facts::report::{validate, Effort};
use alliance_lab::scenario::{FIRST_CASE, PRESETS};

const SMALL: Effort = Effort { generated: 2, fact_seeds: 10, cliff_seeds: 5, timing_seeds: 20 };

#[test]
fn the_validation_report_has_every_section_and_the_same_text_on_every_run() {
    let v = validate(SMALL);
    let compositions = FIRST_CASE + 2;
    assert_eq!(v.compositions.len(), compositions);
    assert_eq!(v.facts.len(), 13 * compositions);
    assert_eq!(v.sweeps.len(), 4 * compositions);
    assert_eq!(v.calm.len(), compositions);
    assert_eq!(v.presets.len(), FIRST_CASE);
    let text = v.markdown();
    let headings = [
        "# Validation",
        "## Facts",
        "### How the facts apply to any composition",
        "### Where the facts fail",
        "## Graded, not cliffs",
        "### A calm field is never worse than a moderately turbulent one",
        "### Zero control is not optimal under moderate or high relational uncertainty",
        "## Presets",
        "## Sensitivity (Morris screening)",
    ];
    let mut from = 0;
    for heading in headings {
        let at = text[from..].find(heading).unwrap_or_else(|| panic!("no '{heading}' after byte {from}"));
        from += at + heading.len();
    }
    for name in ["gen-01", "gen-02"].into_iter().chain(PRESETS[..FIRST_CASE].iter().map(|(stem, _)| *stem)) {
        assert!(text.contains(&format!("| {name} |")), "{name} is not listed");
    }
    let screening = text.split("## Sensitivity (Morris screening)").nth(1).expect("the section");
    assert!(
        screening.contains("alliance-lab screen") && !screening.contains('|') && !screening.contains("0."),
        "the screening section should only say which tool fills it:{screening}"
    );
    assert_eq!(validate(SMALL).markdown(), text);
}
