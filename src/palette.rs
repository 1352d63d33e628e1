//! The colours of the charts in one place, shared with the stylesheet: the Okabe-Ito palette
//! (Okabe & Ito 2008), whose colours stay distinguishable for colour-blind viewers, and two
//! greys. The stylesheet's phase colours (`--phase0` to `--phase3` in `www/style.css`) must be
//! these; `tests/it/palette.rs` reads the stylesheet and checks that they are.

use crate::model::DISSOLVED;

/// A colour as red, green and blue.
pub type Rgb = (u8, u8, u8);

/// Okabe-Ito orange: phase 1, delivery reliability.
pub const ORANGE: Rgb = (230, 159, 0);
/// Okabe-Ito sky blue: phase 2, mutual knowledge.
pub const SKY_BLUE: Rgb = (86, 180, 233);
/// Okabe-Ito bluish green: phase 3, value alignment, commitment, added value.
pub const BLUISH_GREEN: Rgb = (0, 158, 115);
/// Okabe-Ito blue: run A, trust, value together, interventions.
pub const BLUE: Rgb = (0, 114, 178);
/// Okabe-Ito vermillion: run B, conflict, shocks.
pub const VERMILLION: Rgb = (213, 94, 0);
/// Okabe-Ito reddish purple: shared vision.
pub const REDDISH_PURPLE: Rgb = (204, 121, 167);
/// Black: what the partners would produce alone, a partner leaving.
pub const BLACK: Rgb = (0, 0, 0);
/// A grey for axes of reference: the zero line, actions planned in the scenario.
pub const REFERENCE_GREY: Rgb = (110, 110, 110);
/// A lighter grey for a dissolved alliance, which has no phase of Figure 1 left.
pub const DISSOLVED_GREY: Rgb = (122, 122, 122);

/// The colours of arms A and B in compare mode and ensembles.
pub const ARMS: [Rgb; 2] = [BLUE, VERMILLION];

/// The colour of a phase (1 to 3, or [`DISSOLVED`]).
pub fn phase(phase: u8) -> Rgb {
    match phase {
        DISSOLVED => DISSOLVED_GREY,
        1 => ORANGE,
        2 => SKY_BLUE,
        _ => BLUISH_GREEN,
    }
}

/// The stylesheet's variables that name a palette colour, with the colour each must have.
pub const CSS_VARIABLES: [(&str, Rgb); 4] =
    [("--phase0", DISSOLVED_GREY), ("--phase1", ORANGE), ("--phase2", SKY_BLUE), ("--phase3", BLUISH_GREEN)];

/// A colour as CSS writes it: `#e69f00`.
pub fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_read_as_css_hex() {
        assert_eq!(hex(ORANGE), "#e69f00");
        assert_eq!(hex(BLACK), "#000000");
    }

    #[test]
    fn every_phase_has_its_own_colour() {
        let colours = [phase(DISSOLVED), phase(1), phase(2), phase(3)];
        for (i, a) in colours.iter().enumerate() {
            assert!(colours[i + 1..].iter().all(|b| a != b), "{colours:?}");
        }
    }
}
