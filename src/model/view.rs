//! Narrow read accessors: what a reader of the model (the web app, a report) may ask of the
//! state without knowing how it is stored. The pair matrices are row-major and directed, and
//! the actions given this month wait in a queue until the month runs; a reader asks for a
//! pair, for how the others see a partner, or for the settings in force, and gets numbers
//! that mean the same whatever the storage.

use super::actions::Action;
use super::coordination::CoordinationStyle;
use super::partner::PartnerState;
use super::state::State;

/// How the partners still in see one partner: the mean of what each of them holds about it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Regard {
    /// Mean trust the others have in the partner.
    pub trust: f64,
    /// How well the others know it, on average (mutual knowledge, the waterline).
    pub knowledge: f64,
}

/// One pair of partners, both still in, as a reader sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// Trust between the two: the mean of what each has in the other.
    pub trust: f64,
    /// How much they compete: the overlap of their work times their competitiveness.
    pub competition: f64,
}

/// The governance settings the alliance runs with once the actions given this month apply.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// The coordination style.
    pub style: CoordinationStyle,
    /// The control level, 0..=1.
    pub control: f64,
    /// The turbulence level, 0..=1.
    pub turbulence: f64,
}

impl State {
    /// Partner `p`'s changing state, also after it left; `None` past the last partner.
    pub fn partner(&self, p: usize) -> Option<&PartnerState> {
        self.partners.get(p)
    }

    /// Whether partner `p` has left the alliance (or does not exist).
    pub fn has_left(&self, p: usize) -> bool {
        self.partners.get(p).is_none_or(|s| s.left)
    }

    /// The number of partners still in.
    pub fn partners_in(&self) -> usize {
        self.partners.iter().filter(|s| !s.left).count()
    }

    /// How the other partners still in see partner `p`; zeros when nobody else is in.
    pub fn regard_for(&self, p: usize) -> Regard {
        let n = self.relations.n;
        let (mut count, mut trust, mut knowledge) = (0.0, 0.0, 0.0);
        for j in (0..n).filter(|&j| p < n && j != p && !self.has_left(j)) {
            count += 1.0;
            trust += self.relations.trust[j * n + p];
            knowledge += self.relations.knowledge[j * n + p];
        }
        if count == 0.0 {
            return Regard { trust: 0.0, knowledge: 0.0 };
        }
        Regard { trust: trust / count, knowledge: knowledge / count }
    }

    /// Partners `i` and `j` as a pair, when both are still in and differ.
    pub fn pair(&self, i: usize, j: usize) -> Option<Pair> {
        let n = self.relations.n;
        if i == j || i >= n || j >= n || self.has_left(i) || self.has_left(j) {
            return None;
        }
        let r = &self.relations;
        Some(Pair {
            trust: 0.5 * (r.trust[i * n + j] + r.trust[j * n + i]),
            competition: r.competition[i * n + j],
        })
    }

    /// The style, control and turbulence in force once this month's actions apply: what the
    /// user just asked for shows before the month runs.
    pub fn settings(&self) -> Settings {
        let g = &self.governance;
        let mut settings = Settings { style: g.style, control: g.control, turbulence: g.turbulence };
        for action in &self.pending {
            match *action {
                Action::SetStyle(style) => settings.style = style,
                Action::SetControl(control) => settings.control = control,
                Action::SetTurbulence(turbulence) => settings.turbulence = turbulence,
                Action::Intervention(_) | Action::Shock(_) => {}
            }
        }
        settings
    }

    /// Labels of the actions given this month, in the order they will apply.
    pub fn pending_labels(&self) -> Vec<&'static str> {
        self.pending.iter().map(Action::label).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::fixtures;
    use crate::model::rng_for_seed;

    fn state() -> State {
        State::new(&fixtures::params(3), &mut rng_for_seed(1))
    }

    #[test]
    fn a_pair_is_the_mean_of_both_directions_and_absent_once_a_partner_left() {
        let mut s = state();
        let n = s.relations.n;
        s.relations.trust[1] = 0.2;
        s.relations.trust[n] = 0.6;
        assert_eq!(s.pair(0, 1).map(|p| p.trust), Some(0.4));
        assert_eq!(s.pair(1, 1), None);
        s.partners[1].left = true;
        assert_eq!(s.pair(0, 1), None);
        assert_eq!(s.partners_in(), 2);
    }

    #[test]
    fn the_regard_for_a_partner_averages_over_the_others_still_in() {
        let mut s = state();
        let n = s.relations.n;
        s.relations.trust[n] = 0.2;
        s.relations.trust[2 * n] = 0.8;
        assert!((s.regard_for(0).trust - 0.5).abs() < 1e-12);
        s.partners[2].left = true;
        assert!((s.regard_for(0).trust - 0.2).abs() < 1e-12);
    }

    #[test]
    fn the_settings_show_what_was_asked_this_month_before_it_applies() {
        let mut s = state();
        s.pending.push(Action::SetControl(0.9));
        s.pending.push(Action::SetStyle(CoordinationStyle::IndependentChair));
        let settings = s.settings();
        assert_eq!((settings.control, settings.style), (0.9, CoordinationStyle::IndependentChair));
        assert_eq!(s.governance.control, fixtures::params(3).control);
        assert_eq!(s.pending_labels().len(), 2);
    }
}
