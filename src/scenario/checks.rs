//! Validation that builds: a scenario becomes model [`Params`] here, and every problem met on
//! the way is reported with its field path and what would be valid, in the form
//! `partners[2].size: must be between 0 and 1, not 1.7`. Nothing falls back to a default:
//! a reference to a partner that does not exist, a missing value or a style without its
//! coordinator is an error.
//!
//! The limits come first (partner count, schedule length), so that the checks after them,
//! which look at every partner and every entry, run on bounded input.

use std::collections::HashMap;

use super::errors::{quote, Counted, EntryPart, Listed, Problem, Problems, ScenarioError};
use super::names::{ActionName, EntryParts};
use super::read::{MAX_PARTNERS, MAX_SCHEDULE};
use super::{PartnerRef, Scenario, ScheduleEntry, MODEL_VERSION};
use crate::model::{Coefficients, Params, PartnerParams, ScheduledAction, EXPERTISE_NAMES};

/// Longest partner name, in characters: names label the network view and the event log.
pub const MAX_NAME_CHARS: usize = 80;

/// Longest title, in characters.
const MAX_TITLE_CHARS: usize = 200;

/// Longest horizon, in months (50 years).
const MAX_HORIZON: u32 = 600;

/// The parameters of a scenario, or its problems.
pub fn params(s: &Scenario) -> Result<Params, ScenarioError> {
    let mut c = Checker { problems: Problems::default() };
    let too_many = s.partners.len() > MAX_PARTNERS || s.schedule.len() > MAX_SCHEDULE;
    if !(2..=MAX_PARTNERS).contains(&s.partners.len()) {
        let n = s.partners.len();
        c.push("partners", Problem::TooMany { list: Listed::Partners, count: Counted::Has(n) });
    }
    if s.schedule.len() > MAX_SCHEDULE {
        let n = s.schedule.len();
        c.push("schedule", Problem::TooMany { list: Listed::Schedule, count: Counted::Has(n) });
    }
    // Beyond the limits nothing else is looked at: that is what keeps the checks below cheap.
    if too_many {
        return Err(c.problems.into_error());
    }
    if s.model_version > MODEL_VERSION {
        c.push("model_version", Problem::NewerModel { version: s.model_version, current: MODEL_VERSION });
    }
    if s.title.trim().is_empty() {
        c.push("title", Problem::Empty);
    } else if s.title.chars().count() > MAX_TITLE_CHARS {
        c.push("title", Problem::TooLong { max: MAX_TITLE_CHARS });
    }
    if s.nl.as_ref().is_some_and(|nl| nl.title.chars().count() > MAX_TITLE_CHARS) {
        c.push("nl.title", Problem::TooLong { max: MAX_TITLE_CHARS });
    }
    if !(1..=MAX_HORIZON).contains(&s.horizon_months) {
        let h = s.horizon_months;
        c.push("horizon_months", Problem::Horizon { max: MAX_HORIZON, value: h });
    }
    let names = c.names(s);
    let field_uncertainty = c.level("environment.field_uncertainty", s.environment.field_uncertainty);
    let turbulence = c.level("environment.turbulence", s.environment.turbulence);
    let control = c.level("governance.control", s.governance.control);
    let organisation = c.level("governance.organisation", s.governance.organisation);
    let decision_clarity = c.level("governance.decision_clarity", s.governance.decision_clarity);
    // A coordinator named for a style without one is checked but not used: the app keeps the
    // coordinator while the user tries other styles.
    let coordinator = match &s.coordination.coordinator {
        Some(r) => c.partner(s, &names, &|| "coordination.coordinator".into(), r),
        None => None,
    };
    let style = s.coordination.style.style(coordinator);
    if style.is_none() && s.coordination.coordinator.is_none() {
        let name = s.coordination.style.name();
        c.push("coordination.coordinator", Problem::NeedsPartner { what: name.to_string() });
    }
    let initial_knowledge = c.level("relations.knowledge", s.relations.knowledge);
    let initial_trust = c.level("relations.trust", s.relations.trust);
    let initial_conflict = c.level("relations.conflict", s.relations.conflict);
    let partners: Vec<PartnerParams> = s
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut level = |field: &str, v: f64| c.level_at(|| format!("partners[{i}].{field}"), v);
            let values = [
                level("values.sustainability", p.values.sustainability),
                level("values.gender_equality", p.values.gender_equality),
                level("values.empowerment", p.values.empowerment),
                level("values.commercial_orientation", p.values.commercial_orientation),
            ];
            let strengths = p.expertise.array();
            let mut expertise = [0.0; 7];
            for (k, name) in EXPERTISE_NAMES.iter().enumerate() {
                expertise[k] = level(&format!("expertise.{name}"), strengths[k]);
            }
            PartnerParams {
                name: p.name.clone(),
                size: level("size", p.size),
                values,
                long_term: level("long_term", p.long_term),
                expertise,
                quality: level("quality", p.quality),
                competitiveness: level("competitiveness", p.competitiveness),
                dependency: level("dependency", p.dependency),
                commitment: level("commitment", p.commitment),
            }
        })
        .collect();
    let schedule: Vec<Option<ScheduledAction>> =
        s.schedule.iter().enumerate().map(|(i, e)| c.entry(s, &names, i, e)).collect();
    c.problems.finish(|| Params {
        partners,
        horizon: s.horizon_months,
        field_uncertainty,
        turbulence,
        control,
        organisation,
        decision_clarity,
        coefficients: Coefficients::default(),
        style: style.expect("a style without its coordinator is a problem"),
        initial_knowledge,
        initial_trust,
        initial_conflict,
        schedule: schedule.into_iter().map(|a| a.expect("an entry without an action is a problem")).collect(),
    })
}

struct Checker {
    problems: Problems,
}

impl Checker {
    fn push(&mut self, path: &str, problem: Problem) {
        self.problems.push(|| path.to_string(), || problem);
    }

    /// A level 0..=1, as used by every share and intensity in the model.
    fn level(&mut self, path: &str, value: f64) -> f64 {
        self.level_at(|| path.to_string(), value)
    }

    fn level_at(&mut self, path: impl FnOnce() -> String, value: f64) -> f64 {
        if !(value.is_finite() && (0.0..=1.0).contains(&value)) {
            self.problems.push(path, || Problem::Level { value: value.to_string() });
        }
        value
    }

    /// Checks the partner names (present, not too long, unique) and returns the index of
    /// each, hashed so that the check stays linear in the number of partners.
    fn names<'s>(&mut self, s: &'s Scenario) -> HashMap<&'s str, usize> {
        let mut names = HashMap::with_capacity(s.partners.len());
        for (i, p) in s.partners.iter().enumerate() {
            let path = || format!("partners[{i}].name");
            if p.name.trim().is_empty() {
                self.problems.push(path, || Problem::Empty);
            } else if p.name.chars().count() > MAX_NAME_CHARS {
                self.problems.push(path, || Problem::TooLong { max: MAX_NAME_CHARS });
            } else if let Some(first) = names.get(p.name.as_str()) {
                self.problems.push(path, || Problem::DuplicateName { name: quote(&p.name), first: *first });
            } else {
                names.insert(p.name.as_str(), i);
            }
        }
        names
    }

    /// The index of the partner a reference names, or a problem at `path`.
    fn partner(
        &mut self,
        s: &Scenario,
        names: &HashMap<&str, usize>,
        path: &dyn Fn() -> String,
        r: &PartnerRef,
    ) -> Option<usize> {
        let found = match r {
            PartnerRef::Index(i) => (*i < s.partners.len()).then_some(*i),
            PartnerRef::Name(name) => names.get(name.as_str()).copied(),
        };
        if found.is_none() {
            let n = s.partners.len();
            self.problems.push(path, || match r {
                PartnerRef::Index(i) => Problem::NoPartnerIndex { index: *i, count: n },
                PartnerRef::Name(name) => Problem::NoPartnerNamed { name: quote(name) },
            });
        }
        found
    }

    /// The model action of a schedule entry, or its problems. Every part the action does
    /// not use must be absent, so that nothing in the file is silently ignored.
    fn entry(
        &mut self,
        s: &Scenario,
        names: &HashMap<&str, usize>,
        i: usize,
        e: &ScheduleEntry,
    ) -> Option<ScheduledAction> {
        let at = |field: &'static str| move || format!("schedule[{i}].{field}");
        let before = self.problems.count();
        let name = e.action.name();
        if !(1..=s.horizon_months).contains(&e.month) {
            let (m, h) = (e.month, s.horizon_months);
            self.problems.push(at("month"), || Problem::Month { horizon: h, value: m });
        }
        match (e.action, e.style) {
            (ActionName::SetStyle, None) => self.problems.push(at("style"), || Problem::NeedsStyle),
            (ActionName::SetStyle, Some(_)) | (_, None) => {}
            (_, Some(_)) => self
                .problems
                .push(at("style"), || Problem::NotTaken { part: EntryPart::Style, action: name.to_string() }),
        }
        let needs_partner = e.action.needs_partner()
            || (e.action == ActionName::SetStyle && e.style.is_some_and(|s| s.needs_coordinator()));
        let partner = match (&e.partner, needs_partner) {
            (Some(r), true) => self.partner(s, names, &at("partner"), r),
            (None, true) => {
                self.problems.push(at("partner"), || Problem::NeedsPartner { what: name.to_string() });
                None
            }
            (Some(_), false) => {
                self.problems.push(at("partner"), || Problem::TakesNoPartner { action: name.to_string() });
                None
            }
            (None, false) => None,
        };
        if e.division.is_some() && e.action != ActionName::FundingRound {
            self.problems.push(at("division"), || Problem::NotTaken {
                part: EntryPart::Division,
                action: name.to_string(),
            });
        }
        let value = match (e.action.takes_value(), e.value) {
            (true, Some(v)) => Some(self.level_at(at("value"), v)),
            (true, None) => {
                self.problems.push(at("value"), || Problem::NeedsValue { action: name.to_string() });
                None
            }
            (false, Some(_)) => {
                self.problems.push(at("value"), || Problem::NotTaken {
                    part: EntryPart::Value,
                    action: name.to_string(),
                });
                None
            }
            (false, None) => None,
        };
        if self.problems.count() > before {
            return None;
        }
        let style = match e.style {
            Some(style) => Some(style.style(partner)?),
            None => None,
        };
        let parts = EntryParts { partner, division: e.division, style, value };
        Some(ScheduledAction { month: e.month, action: e.action.action(parts)? })
    }
}
