//! Dotted-path overrides such as `partners[1].size=0.3`: the scenario is turned into a JSON
//! value, the leaf is replaced, and the result is read back as JSON text and validated like a file, so
//! that a value of the wrong kind gets the same message as in a file. A path that does not
//! lead to a field says why: which fields there are, or how many partners.

use serde_json::Value;

use super::errors::{escape, quote, FieldError, Problem, ScenarioError, MAX_LISTED};
use super::read;
use super::Scenario;

impl Scenario {
    /// Sets one field by its dotted path (`governance.control`, `partners[1].size`,
    /// `coordination.style`, `seed`), then validates the whole scenario. Errors name the path:
    /// a path that leads to no field, a value of the wrong kind, or a value out of range.
    pub fn set(&mut self, path: &str, value: &str) -> Result<(), ScenarioError> {
        self.set_all(&[(path, value)])
    }

    /// Sets several fields, then validates once, so that fields which only make sense
    /// together (a controlling coordinator and the partner who coordinates) can be changed in
    /// one go. On any error the scenario is left unchanged.
    pub fn set_all(&mut self, overrides: &[(&str, &str)]) -> Result<(), ScenarioError> {
        let mut updated = self.clone();
        for (path, value) in overrides {
            updated = updated.with_field(path, value).map_err(ScenarioError::single)?;
        }
        if let Err(mut e) = updated.validate() {
            for (path, _) in overrides {
                report_clash_where_set(&updated, path, &mut e);
            }
            return Err(e);
        }
        *self = updated;
        Ok(())
    }

    /// A copy with one field replaced, not yet validated.
    fn with_field(&self, path: &str, value: &str) -> Result<Scenario, FieldError> {
        // Through JSON text rather than `serde_json::to_value` and `from_value`: the page
        // already writes scenarios as text (share links) and reads them from text, so this
        // adds no second copy of the scenario's serde code to its module.
        let text = serde_json::to_string(self).expect("a scenario always converts to JSON");
        let mut root: Value = serde_json::from_str(&text).expect("JSON just written reads back");
        let slot = walk(&mut root, path).map_err(|problem| FieldError::new(escape(path, 80), problem))?;
        *slot = parse_like(slot, value);
        read::from_changed_json(&root.to_string(), self.horizon_months)
    }
}

/// Finds the slot a path points to, or says why there is none. A missing last key of a
/// table is created, so that optional fields can be set; reading the scenario back rejects
/// keys that are not fields, listing the ones there are.
fn walk<'a>(root: &'a mut Value, path: &str) -> Result<&'a mut Value, Problem> {
    let malformed = || Problem::NotAPath;
    let segments: Vec<&str> = path.trim().split('.').collect();
    let mut node = root;
    for (n, segment) in segments.iter().enumerate() {
        let (key, indices) = split_indices(segment).ok_or_else(malformed)?;
        let last = n + 1 == segments.len() && indices.is_empty();
        let Value::Object(map) = node else {
            return Err(Problem::NoFields { name: escape(segments[n - 1], 40) });
        };
        // An empty schedule is left out of the JSON; it is there all the same.
        if key == "schedule" && !map.contains_key(key) {
            map.insert(key.to_string(), Value::Array(Vec::new()));
        }
        node = if last {
            map.entry(key.to_string()).or_insert(Value::Null)
        } else {
            let fields: Vec<String> = map.keys().cloned().collect();
            map.get_mut(key)
                .ok_or_else(|| Problem::UnknownField { name: quote(key), fields: fields.join(", ") })?
        };
        for i in indices {
            let Value::Array(items) = node else {
                return Err(Problem::NotAList { name: escape(key, 40) });
            };
            let n = items.len();
            // The partners and the schedule are the lists a path may index; any other is
            // counted as the schedule is.
            let past_the_end = match key {
                "partners" => Problem::PartnerIndex { count: n },
                _ => Problem::EntryIndex { count: n },
            };
            node = items.get_mut(i).ok_or(past_the_end)?;
        }
    }
    Ok(node)
}

/// Splits `partners[2]` into `partners` and `[2]`. Also used by the sweep's paths.
pub(crate) fn split_indices(segment: &str) -> Option<(&str, Vec<usize>)> {
    let (key, mut rest) = match segment.find('[') {
        Some(at) => (&segment[..at], &segment[at..]),
        None => (segment, ""),
    };
    let mut indices = Vec::new();
    while !rest.is_empty() {
        let close = rest.find(']')?;
        indices.push(rest.get(1..close)?.trim().parse().ok()?);
        rest = &rest[close + 1..];
    }
    (!key.is_empty()).then_some((key, indices))
}

/// The text as the kind of value the slot holds: a number for a number, a boolean for a
/// boolean; an empty slot takes a number, a boolean, or else text. Text that is not of the
/// slot's kind stays text, so that reading the scenario back reports the field and what it
/// must be.
fn parse_like(slot: &Value, text: &str) -> Value {
    let t = text.trim();
    let number = || {
        t.parse::<i64>()
            .ok()
            .map(Value::from)
            .or_else(|| t.parse::<u64>().ok().map(Value::from))
            .or_else(|| t.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number))
    };
    let boolean = || t.parse::<bool>().ok().map(Value::Bool);
    let parsed = match slot {
        Value::Number(_) => number(),
        Value::Bool(_) => boolean(),
        Value::Null => number().or_else(boolean),
        Value::String(_) | Value::Array(_) | Value::Object(_) => None,
    };
    parsed.unwrap_or_else(|| Value::String(text.to_string()))
}

/// When `--set partners[k].name=…` gives a name another partner already has, the clash is
/// reported at `partners[k].name`, the field the user set, rather than at whichever of the
/// two comes later in the list.
fn report_clash_where_set(s: &Scenario, path: &str, e: &mut ScenarioError) {
    let index = path
        .trim()
        .strip_prefix("partners[")
        .and_then(|rest| rest.strip_suffix("].name"))
        .and_then(|i| i.trim().parse::<usize>().ok());
    let Some(k) = index else { return };
    let Some(name) = s.partners.get(k).map(|p| &p.name) else { return };
    let Some(other) = s.partners.iter().enumerate().position(|(i, p)| i != k && &p.name == name) else {
        return;
    };
    if other > k {
        let later = format!("partners[{other}].name");
        let before = e.errors.len();
        e.errors.retain(|f| !(f.path == later && matches!(f.problem, Problem::DuplicateName { .. })));
        if e.errors.len() == before {
            e.more = e.more.saturating_sub(1);
        }
        let problem = Problem::DuplicateName { name: quote(name), first: other };
        e.errors.insert(0, FieldError::new(format!("partners[{k}].name"), problem));
        if e.errors.len() > MAX_LISTED {
            e.errors.truncate(MAX_LISTED);
            e.more += 1;
        }
    }
}
