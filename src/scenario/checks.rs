//! Validation of a parsed scenario: every problem at once, each with its field path and the
//! allowed range, in the form `partners[2].size: 1.7 is out of range 0..=1`.

use super::{FieldError, PartnerRef, Scenario};
use crate::model::{CoordinationStyle, Division, Intervention, Shock};

/// Schedule actions that are not interventions or shocks.
const SETTINGS: [&str; 3] = ["set_style", "set_control", "set_turbulence"];

/// Collects every problem of a scenario.
pub fn check(s: &Scenario) -> Vec<FieldError> {
    let mut errors = Checker { errors: Vec::new() };
    let e = &mut errors;
    if s.title.trim().is_empty() {
        e.push("title", "must not be empty".into());
    }
    if !(1..=600).contains(&s.horizon_months) {
        e.push("horizon_months", format!("{} is out of range 1..=600", s.horizon_months));
    }
    e.range("environment.field_uncertainty", s.environment.field_uncertainty);
    e.range("environment.turbulence", s.environment.turbulence);
    e.range("governance.control", s.governance.control);
    e.range("governance.organisation", s.governance.organisation);
    e.range("governance.decision_clarity", s.governance.decision_clarity);
    check_coordination(s, e);
    e.range("relations.knowledge", s.relations.knowledge);
    e.range("relations.trust", s.relations.trust);
    e.range("relations.conflict", s.relations.conflict);
    if !(2..=200).contains(&s.partners.len()) {
        e.push("partners", format!("{} partners given; an alliance needs 2..=200", s.partners.len()));
    }
    for (i, p) in s.partners.iter().enumerate() {
        let at = |field: &str| format!("partners[{i}].{field}");
        if p.name.trim().is_empty() {
            e.push(&at("name"), "must not be empty".into());
        } else if s.partners[..i].iter().any(|q| q.name == p.name) {
            e.push(&at("name"), format!("'{}' is used by an earlier partner; names must be unique", p.name));
        }
        e.range(&at("size"), p.size);
        e.range(&at("values.sustainability"), p.values.sustainability);
        e.range(&at("values.gender_equality"), p.values.gender_equality);
        e.range(&at("values.empowerment"), p.values.empowerment);
        e.range(&at("values.commercial_orientation"), p.values.commercial_orientation);
        e.range(&at("long_term"), p.long_term);
        for (name, v) in crate::model::EXPERTISE_NAMES.iter().zip(p.expertise.array()) {
            e.range(&at(&format!("expertise.{name}")), v);
        }
        e.range(&at("quality"), p.quality);
        e.range(&at("competitiveness"), p.competitiveness);
        e.range(&at("dependency"), p.dependency);
        e.range(&at("commitment"), p.commitment);
    }
    for (i, entry) in s.schedule.iter().enumerate() {
        check_entry(s, i, entry, e);
    }
    errors.errors
}

struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn push(&mut self, path: &str, message: String) {
        self.errors.push(FieldError { path: path.to_string(), message });
    }

    /// Checks a value against the range 0..=1 used by every level and share in the model.
    fn range(&mut self, path: &str, value: f64) {
        if !(value.is_finite() && (0.0..=1.0).contains(&value)) {
            self.push(path, format!("{value} is out of range 0..=1"));
        }
    }

    /// Checks that a partner reference names an existing partner.
    fn partner(&mut self, s: &Scenario, path: &str, r: &PartnerRef) {
        if s.partner_index(r).is_none() {
            let message = match r {
                PartnerRef::Index(i) => {
                    format!(
                        "partner index {i} does not exist; use 0..={}",
                        s.partners.len().saturating_sub(1)
                    )
                }
                PartnerRef::Name(n) => format!("no partner is named '{n}'"),
            };
            self.push(path, message);
        }
    }
}

fn check_coordination(s: &Scenario, e: &mut Checker) {
    let style = s.coordination.style.as_str();
    if !CoordinationStyle::NAMES.contains(&style) {
        e.push(
            "coordination.style",
            format!("unknown style '{style}'; use one of {}", CoordinationStyle::NAMES.join(", ")),
        );
    }
    match (&s.coordination.coordinator, style) {
        (Some(r), _) => e.partner(s, "coordination.coordinator", r),
        (None, "controlling_coordinator" | "lead_partner") => e.push(
            "coordination.coordinator",
            format!("'{style}' needs the coordinating partner's name or index"),
        ),
        _ => {}
    }
}

fn check_entry(s: &Scenario, i: usize, entry: &super::ScheduleEntry, e: &mut Checker) {
    let at = |field: &str| format!("schedule[{i}].{field}");
    if entry.month < 1 || entry.month > s.horizon_months {
        e.push(&at("month"), format!("{} is out of range 1..={}", entry.month, s.horizon_months));
    }
    let name = entry.action.as_str();
    let known =
        Intervention::NAMES.contains(&name) || Shock::NAMES.contains(&name) || SETTINGS.contains(&name);
    if !known {
        let all: Vec<&str> =
            Intervention::NAMES.iter().chain(Shock::NAMES.iter()).chain(SETTINGS.iter()).copied().collect();
        e.push(&at("action"), format!("unknown action '{name}'; use one of {}", all.join(", ")));
        return;
    }
    let style = entry.style.as_deref();
    let needs_partner = Intervention::needs_partner(name)
        || Shock::needs_partner(name)
        || (name == "set_style" && matches!(style, Some("controlling_coordinator" | "lead_partner")));
    match &entry.partner {
        Some(r) => e.partner(s, &at("partner"), r),
        None if needs_partner => e.push(&at("partner"), format!("'{name}' needs a partner name or index")),
        None => {}
    }
    if let Some(d) = &entry.division {
        if name != "funding_round" {
            e.push(&at("division"), format!("only funding_round takes a division, not '{name}'"));
        } else if !Division::NAMES.contains(&d.as_str()) {
            e.push(
                &at("division"),
                format!("unknown division '{d}'; use one of {}", Division::NAMES.join(", ")),
            );
        }
    }
    match (name, style) {
        ("set_style", None) => e.push(&at("style"), "set_style needs a style".into()),
        ("set_style", Some(st)) if !CoordinationStyle::NAMES.contains(&st) => e.push(
            &at("style"),
            format!("unknown style '{st}'; use one of {}", CoordinationStyle::NAMES.join(", ")),
        ),
        ("set_style", _) => {}
        (_, Some(_)) => e.push(&at("style"), format!("only set_style takes a style, not '{name}'")),
        _ => {}
    }
    match (name, entry.value) {
        ("set_control" | "set_turbulence", None) => {
            e.push(&at("value"), format!("{name} needs a value 0..=1"))
        }
        ("set_control" | "set_turbulence", Some(v)) => e.range(&at("value"), v),
        (_, Some(_)) => {
            e.push(&at("value"), format!("only set_control and set_turbulence take a value, not '{name}'"))
        }
        _ => {}
    }
}
