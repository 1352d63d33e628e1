//! The English words of an event, as the CLI, the CSV and JSON exports and the tests write
//! them. The page writes the same events in its own language (`ui::event_texts`).

use std::fmt;

use super::{shock_percent, Condition, Driver, EventWhat, ExitReason, Repeat};
use crate::model::phases::phase_name;

impl Condition {
    /// A value of this condition in words a reader understands: a level in percent, the
    /// value against solo as a multiple of what the partners would produce alone.
    fn shown(&self, value: f64) -> String {
        let d = self.decimals();
        if self.measure.is_ratio() {
            format!("{value:.d$} times")
        } else {
            format!("{:.d$} %", 100.0 * value)
        }
    }

    /// "mutual knowledge 55 % (at least 45 %)", "conflict 44 % (below 45 %)".
    fn met(&self) -> String {
        let need = if self.measure.is_ceiling() { "below" } else { "at least" };
        format!("{} {} ({need} {})", self.measure.name(), self.shown(self.value), self.shown(self.threshold))
    }

    /// "trust 38 % (below phase 2's limit of 42 %)", "conflict 55 % (above phase 2's limit of
    /// 53 %)": the level now against the limit of the phase it leaves (each phase has its own),
    /// not a movement, since a phase changes a month or two after the level first crossed its
    /// limit and may have turned back a little since.
    fn failed(&self, phase: u8) -> String {
        let side = if self.measure.is_ceiling() { "above" } else { "below" };
        format!(
            "{} {} ({side} phase {phase}'s limit of {})",
            self.measure.name(),
            self.shown(self.value),
            self.shown(self.threshold)
        )
    }
}

/// A level 0..=1 as a whole percentage with a space before the sign: "53 %".
fn percent(value: f64) -> String {
    format!("{:.0} %", 100.0 * value)
}

/// "driven by vision and values in month 3" (the month after the brackets an action may
/// carry, such as a funding round's division), or the daily work when no move drove the change.
fn driven_by(driver: &Option<Driver>) -> String {
    match driver {
        Some(Driver { month, action }) => {
            format!("driven by {} in month {month}", action.label().to_lowercase())
        }
        None => "driven by the daily work together".to_string(),
    }
}

fn joined(conditions: &[Condition], text: impl Fn(&Condition) -> String) -> String {
    conditions.iter().map(text).collect::<Vec<_>>().join(", ")
}

impl fmt::Display for EventWhat {
    /// The English text of the event, as the CLI and the exports write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventWhat::Progress { phase, met, driver } => write!(
                f,
                "on to phase {phase} ({}): {}; {}",
                phase_name(*phase),
                joined(met, Condition::met),
                driven_by(driver)
            ),
            EventWhat::Regression { phase, failed, trust, conflict, source, source_level, driver } => {
                let balance = if conflict > trust {
                    format!("conflict ({}) outweighs trust ({})", percent(*conflict), percent(*trust))
                } else {
                    format!("trust {}, conflict {}", percent(*trust), percent(*conflict))
                };
                write!(
                    f,
                    "back to phase {phase} ({}): {}; {balance}; largest source of conflict: {} ({}); {}",
                    phase_name(*phase),
                    joined(failed, |c| c.failed(phase + 1)),
                    source.name(),
                    percent(*source_level),
                    driven_by(driver)
                )
            }
            EventWhat::Dissolved { remaining } => write!(
                f,
                "the alliance has dissolved: {} left, and an alliance needs at least two partners",
                if *remaining == 1 { "one partner is" } else { "no partners are" }
            ),
            EventWhat::Intervention { intervention, partner, repeat } => {
                f.write_str(intervention.label())?;
                if let Some(partner) = partner {
                    write!(f, ": {partner}")?;
                }
                match repeat {
                    Some(Repeat { months, share }) => write!(
                        f,
                        " (again after {months} months: adds only {:.0} % of its effect so soon)",
                        100.0 * share
                    ),
                    None => Ok(()),
                }
            }
            EventWhat::Shock { shock, partner } => match partner {
                Some(partner) if shock.excludes() => write!(f, "Funding round: {partner} is excluded"),
                Some(partner) => write!(f, "{}: {partner}", shock.label()),
                None => f.write_str(shock.label()),
            },
            EventWhat::Coordination { style, partner } => match partner {
                Some(partner) => write!(f, "coordination: {} by {partner}", style.label().to_lowercase()),
                None => write!(f, "coordination: {}", style.label().to_lowercase()),
            },
            EventWhat::CoordinatorLeft { controlling } => write!(
                f,
                "coordination: self-steering, because the {} has left",
                if *controlling { "coordinating partner" } else { "lead partner" }
            ),
            EventWhat::Control { level, fitting } => {
                write!(f, "control level set to {level:.2} (the fitting level is now {fitting:.2})")
            }
            EventWhat::Turbulence { level } => write!(
                f,
                "turbulence set to {level:.2} (a random shock in {:.0}% of months)",
                shock_percent(*level)
            ),
            EventWhat::PartnerLeft { partner, reason } => match reason {
                ExitReason::LowCommitment { commitment, threshold, dependency } => write!(
                    f,
                    "{partner} leaves the alliance: its commitment ({commitment:.2}) fell below what keeps it in ({threshold:.2}; dependency {dependency:.2})"
                ),
                ExitReason::Shock => write!(f, "{partner} leaves the alliance"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::events::*;
    use crate::model::Shock;

    #[test]
    fn a_level_just_under_its_limit_is_written_with_a_decimal_so_that_it_reads_under() {
        let close = Condition { measure: Measure::Conflict, value: 0.449, threshold: 0.45 };
        assert_eq!(close.met(), "conflict 44.9 % (below 45.0 %)");
        let apart = Condition { measure: Measure::Conflict, value: 0.41, threshold: 0.45 };
        assert_eq!(apart.met(), "conflict 41 % (below 45 %)");
        let ratio = Condition { measure: Measure::Performance, value: 0.9996, threshold: 1.0 };
        assert_eq!(ratio.decimals(), 4);
    }

    #[test]
    fn a_fall_back_names_the_limit_of_the_phase_it_leaves_and_the_largest_source_of_conflict() {
        let back = EventWhat::Regression {
            phase: 1,
            failed: vec![Condition { measure: Measure::Conflict, value: 0.69, threshold: 0.53 }],
            trust: 0.35,
            conflict: 0.69,
            source: ConflictSource::Personal,
            source_level: 0.51,
            driver: None,
        };
        assert_eq!(
            back.to_string(),
            "back to phase 1 (start: design and alignment): conflict 69 % (above phase 2's limit of 53 %); \
             conflict (69 %) outweighs trust (35 %); largest source of conflict: personal differences (51 %); \
             driven by the daily work together"
        );
    }

    #[test]
    fn an_event_takes_its_kind_and_english_text_from_what_happened() {
        let event = Event::new(
            7,
            EventWhat::PartnerLeft {
                partner: "Voice".into(),
                reason: ExitReason::LowCommitment { commitment: 0.071, threshold: 0.13, dependency: 0.2 },
            },
        );
        assert_eq!(event.kind, EventKind::Exit);
        assert_eq!(
            event.to_string(),
            "Month 7: Voice leaves the alliance: its commitment (0.07) fell below what keeps it in (0.13; dependency 0.20)"
        );
        let unknown =
            EventWhat::Shock { shock: Shock::Turnover { partner: 9 }, partner: Some(PartnerName::Unknown) };
        assert_eq!(unknown.to_string(), "Turnover of a representative: an unknown partner");
    }
}
