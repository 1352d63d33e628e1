//! Dotted-path overrides such as `partners[1].size=0.3`: the scenario is turned into a JSON
//! value, the leaf is replaced, and the result is read back and validated like a file.

use serde_json::Value;

use super::{FieldError, Scenario, ScenarioError};

impl Scenario {
    /// Sets one field by its dotted path (`governance.control`, `partners[1].size`,
    /// `coordination.style`, `seed`), then validates the whole scenario. Errors name the path:
    /// an unknown path, a value that cannot be parsed for the field, or a value out of range.
    pub fn set(&mut self, path: &str, value: &str) -> Result<(), ScenarioError> {
        self.set_all(&[(path, value)])
    }

    /// Sets several fields, then validates once, so that fields which only make sense
    /// together (a controlling coordinator and the partner who coordinates) can be changed in
    /// one go. On any error the scenario is left unchanged.
    pub fn set_all(&mut self, overrides: &[(&str, &str)]) -> Result<(), ScenarioError> {
        let mut updated = self.clone();
        for (path, value) in overrides {
            updated = updated.with_field(path, value)?;
        }
        updated.validate()?;
        *self = updated;
        Ok(())
    }

    /// A copy with one field replaced, not yet validated.
    fn with_field(&self, path: &str, value: &str) -> Result<Scenario, ScenarioError> {
        let fail =
            |message: String| ScenarioError { errors: vec![FieldError { path: path.to_string(), message }] };
        let mut root =
            serde_json::to_value(self).map_err(|e| fail(format!("cannot represent scenario: {e}")))?;
        let slot = walk(&mut root, path).ok_or_else(|| fail("unknown path".into()))?;
        *slot =
            parse_like(slot, value).ok_or_else(|| fail(format!("cannot parse '{value}' for this field")))?;
        serde_json::from_value(root).map_err(|e| {
            let text = e.to_string();
            if text.contains("unknown field") {
                fail("unknown path".into())
            } else {
                fail(format!("'{value}' does not fit this field: {text}"))
            }
        })
    }
}

/// Finds the slot a path points to. A missing last key of an existing table is created, so
/// that optional fields can be set; deserialisation rejects keys that are not fields.
fn walk<'a>(root: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut node = root;
    let segments: Vec<&str> = path.split('.').collect();
    for (n, segment) in segments.iter().enumerate() {
        let (key, indices) = split_indices(segment)?;
        let last = n + 1 == segments.len() && indices.is_empty();
        let map = node.as_object_mut()?;
        node = if last { map.entry(key.to_string()).or_insert(Value::Null) } else { map.get_mut(key)? };
        for i in indices {
            node = node.as_array_mut()?.get_mut(i)?;
        }
    }
    Some(node)
}

/// Splits `partners[2]` into `partners` and `[2]`.
fn split_indices(segment: &str) -> Option<(&str, Vec<usize>)> {
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

/// Parses the text as the kind of value the slot holds; an empty slot takes a number, a
/// boolean, or else a string.
fn parse_like(slot: &Value, text: &str) -> Option<Value> {
    let t = text.trim();
    match slot {
        Value::Number(n) if n.is_u64() => t.parse::<u64>().ok().map(Value::from).or_else(|| number(t)),
        Value::Number(_) => number(t),
        Value::Bool(_) => t.parse::<bool>().ok().map(Value::Bool),
        Value::String(_) => Some(Value::String(text.to_string())),
        Value::Null => Some(
            t.parse::<u64>()
                .ok()
                .map(Value::from)
                .or_else(|| number(t))
                .or_else(|| t.parse::<bool>().ok().map(Value::Bool))
                .unwrap_or_else(|| Value::String(text.to_string())),
        ),
        Value::Array(_) | Value::Object(_) => None,
    }
}

fn number(t: &str) -> Option<Value> {
    t.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number)
}
