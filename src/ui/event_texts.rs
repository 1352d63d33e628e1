//! Events of the model's log in the page's language (locales/*/events.ftl).
//!
//! The model writes each event's English text for the CLI and the exports, and keeps a
//! structured description of it ([`EventWhat`]); this module writes that description in the
//! page's language. In English it gives the model's text exactly, so that the page reads as it
//! did before it was bilingual. Every component that shows an event's text (the event log, the
//! debrief, the phase panel's last phase change, the timeline) calls [`event_text`] rather than
//! reading [`Event::text`], which stays English.

use super::labels::{intervention_label, model_action_label, shock_label, style_label};
use super::texts::Tr;
use crate::model::{
    shock_percent, Condition, ConflictSource, Driver, Event, EventWhat, ExitReason, Measure, PartnerName,
    Repeat,
};

/// What `event` says, without its month, in the page's language: "on to phase 2 (discovering
/// and learning): …" in English, "door naar fase 2 (ontdekken en leren): …" in Dutch. Numbers
/// have the page's decimal separator; partner names are written as the scenario has them.
pub fn event_text(tr: &Tr, event: &Event) -> String {
    match &event.what {
        EventWhat::Progress { phase, met, driver } => {
            let conditions: Vec<String> = met.iter().map(|c| condition_met(tr, c)).collect();
            tr.with(
                "event-progress",
                &[
                    ("phase", &phase.to_string()),
                    ("name", &phase_name(tr, *phase)),
                    ("conditions", &conditions.join(", ")),
                    ("driver", &driven_by(tr, driver)),
                ],
            )
        }
        EventWhat::Regression { phase, failed, trust, conflict, source, source_level, driver } => {
            let conditions: Vec<String> = failed.iter().map(|c| condition_failed(tr, c, phase + 1)).collect();
            let outweighs = conflict > trust;
            let (trust, conflict) = (percent(tr, *trust), percent(tr, *conflict));
            let balance = if outweighs {
                tr.with("event-balance-conflict", &[("conflict", &conflict), ("trust", &trust)])
            } else {
                tr.with("event-balance-trust", &[("trust", &trust), ("conflict", &conflict)])
            };
            tr.with(
                "event-regression",
                &[
                    ("phase", &phase.to_string()),
                    ("name", &phase_name(tr, *phase)),
                    ("conditions", &conditions.join(", ")),
                    ("balance", &balance),
                    ("source", &source_name(tr, *source)),
                    ("level", &percent(tr, *source_level)),
                    ("driver", &driven_by(tr, driver)),
                ],
            )
        }
        EventWhat::Dissolved { remaining } => tr.count("event-dissolved", *remaining, &[]),
        EventWhat::Intervention { intervention, partner, repeat } => {
            let action = named(tr, intervention_label(tr, intervention), partner.as_ref());
            match repeat {
                Some(Repeat { months, share }) => tr.count(
                    "event-again",
                    *months as usize,
                    &[("action", &action), ("share", &tr.number(100.0 * share, 0))],
                ),
                None => action,
            }
        }
        EventWhat::Shock { shock, partner: Some(partner) } if shock.excludes() => {
            tr.with("event-excluded", &[("partner", &partner_name(tr, partner))])
        }
        EventWhat::Shock { shock, partner } => named(tr, shock_label(tr, shock), partner.as_ref()),
        EventWhat::Coordination { style, partner } => {
            let style = style_label(tr, style).to_lowercase();
            match partner {
                Some(partner) => tr.with(
                    "event-coordination-by",
                    &[("style", &style), ("partner", &partner_name(tr, partner))],
                ),
                None => tr.with("event-coordination", &[("style", &style)]),
            }
        }
        EventWhat::CoordinatorLeft { controlling: true } => tr.get("event-coordinator-left"),
        EventWhat::CoordinatorLeft { controlling: false } => tr.get("event-lead-partner-left"),
        EventWhat::Control { level, fitting } => tr
            .with("event-control", &[("level", &tr.number(*level, 2)), ("fitting", &tr.number(*fitting, 2))]),
        EventWhat::Turbulence { level } => tr.with(
            "event-turbulence",
            &[("level", &tr.number(*level, 2)), ("percent", &tr.number(shock_percent(*level), 0))],
        ),
        EventWhat::PartnerLeft { partner, reason: ExitReason::Shock } => {
            tr.with("event-partner-left", &[("partner", partner)])
        }
        EventWhat::PartnerLeft {
            partner,
            reason: ExitReason::LowCommitment { commitment, threshold, dependency },
        } => tr.with(
            "event-partner-left-commitment",
            &[
                ("partner", partner),
                ("commitment", &tr.number(*commitment, 2)),
                ("threshold", &tr.number(*threshold, 2)),
                ("dependency", &tr.number(*dependency, 2)),
            ],
        ),
    }
}

/// `text` with a capital first letter, for a list of events where each stands on its own;
/// elsewhere an event's text continues a sentence ("in month 87: on to phase 3 …").
pub fn as_sentence(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text,
    }
}

/// An action's name followed by the partner it names, if it names one.
fn named(tr: &Tr, action: String, partner: Option<&PartnerName>) -> String {
    match partner {
        Some(partner) => {
            tr.with("event-named", &[("action", &action), ("partner", &partner_name(tr, partner))])
        }
        None => action,
    }
}

fn partner_name(tr: &Tr, partner: &PartnerName) -> String {
    match partner {
        PartnerName::Known(name) => name.clone(),
        PartnerName::Unknown => tr.get("event-unknown-partner"),
    }
}

/// A level 0..=1 as a whole percentage, "53 %", as the model writes it.
fn percent(tr: &Tr, value: f64) -> String {
    format!("{} %", tr.number(100.0 * value, 0))
}

/// A phase by the name the log gives it: "start: design and alignment".
fn phase_name(tr: &Tr, phase: u8) -> String {
    match phase {
        1 => tr.get("event-phase-1"),
        2 => tr.get("event-phase-2"),
        _ => tr.get("event-phase-3"),
    }
}

fn source_name(tr: &Tr, source: ConflictSource) -> String {
    match source {
        ConflictSource::Resources => tr.get("event-source-resources"),
        ConflictSource::Values => tr.get("event-source-values"),
        ConflictSource::Identity => tr.get("event-source-identity"),
        ConflictSource::Personal => tr.get("event-source-personal"),
    }
}

fn measure_name(tr: &Tr, measure: Measure) -> String {
    match measure {
        Measure::Trust => tr.get("event-measure-trust"),
        Measure::Knowledge => tr.get("event-measure-knowledge"),
        Measure::Vision => tr.get("event-measure-vision"),
        Measure::Conflict => tr.get("event-measure-conflict"),
        Measure::Performance => tr.get("event-measure-performance"),
    }
}

/// A value of a condition: a level as a percentage, the value against solo as a multiple.
fn shown(tr: &Tr, condition: &Condition, value: f64) -> String {
    let decimals = condition.decimals();
    if condition.measure.is_ratio() {
        tr.with("event-times", &[("value", &tr.number(value, decimals))])
    } else {
        format!("{} %", tr.number(100.0 * value, decimals))
    }
}

/// "mutual knowledge 55 % (at least 45 %)", "conflict 44 % (below 45 %)".
fn condition_met(tr: &Tr, c: &Condition) -> String {
    let (measure, value, threshold) =
        (measure_name(tr, c.measure), shown(tr, c, c.value), shown(tr, c, c.threshold));
    if c.measure.is_ceiling() {
        tr.with("event-met-below", &[("measure", &measure), ("value", &value), ("threshold", &threshold)])
    } else {
        tr.with("event-met-at-least", &[("measure", &measure), ("value", &value), ("threshold", &threshold)])
    }
}

/// "trust 38 % (below phase 2's limit of 42 %)", "conflict 55 % (above phase 2's limit of
/// 53 %)": the level now against the limit of the phase it leaves, not a movement, since a
/// phase changes a month or two after the level first crossed its limit and may have turned
/// back a little since.
fn condition_failed(tr: &Tr, c: &Condition, phase: u8) -> String {
    let (measure, value, threshold) =
        (measure_name(tr, c.measure), shown(tr, c, c.value), shown(tr, c, c.threshold));
    let phase = phase.to_string();
    if c.measure.is_ceiling() {
        tr.with(
            "event-failed-above",
            &[("measure", &measure), ("value", &value), ("threshold", &threshold), ("phase", &phase)],
        )
    } else {
        tr.with(
            "event-failed-below",
            &[("measure", &measure), ("value", &value), ("threshold", &threshold), ("phase", &phase)],
        )
    }
}

/// "driven by vision and values in month 3", or the daily work when no move drove the change.
fn driven_by(tr: &Tr, driver: &Option<Driver>) -> String {
    match driver {
        Some(Driver { month, action }) => tr.with(
            "event-driven-by",
            &[("action", &model_action_label(tr, action).to_lowercase()), ("month", &month.to_string())],
        ),
        None => tr.get("event-driven-by-daily-work"),
    }
}
