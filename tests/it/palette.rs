//! The stylesheet and the charts use the same colours: every CSS variable that names a palette
//! colour has the value of `alliance_lab::palette`.

use alliance_lab::palette::{hex, CSS_VARIABLES};

#[test]
fn the_stylesheet_colours_the_phases_as_the_charts_do() {
    let css = std::fs::read_to_string("www/style.css").expect("the stylesheet");
    for (name, rgb) in CSS_VARIABLES {
        let declared = css
            .lines()
            .find_map(|line| line.trim().strip_prefix(name)?.strip_prefix(':'))
            .unwrap_or_else(|| panic!("www/style.css declares no {name}"));
        assert_eq!(declared.trim().trim_end_matches(';').trim(), hex(rgb), "{name}");
    }
}
