//! Parameter sweeps: a grid of one or two numeric scenario fields, the scenario at each grid
//! point, and one output row per point with the ensemble summary's fields. Pure: the CLI runs
//! the ensembles (in parallel) and writes the rows; shards let a batch scheduler split a grid.

use std::fmt;
use std::str::FromStr;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Serialize;
use serde_json::Value;

use crate::scenario::{split_indices, Scenario, ScenarioError};

/// The largest grid a sweep accepts; beyond it a typo in STEP is likelier than a plan.
pub const MAX_POINTS: usize = 10_000;

/// The smallest STEP: grid values are printed and applied with six decimals, so a smaller
/// step would repeat points.
pub const MIN_STEP: f64 = 1e-6;

/// How close (TO − FROM) / STEP must come to a whole number for TO to be the last point.
const WHOLE_TOLERANCE: f64 = 1e-9;

/// A problem with a sweep's input, located by the argument or grid point it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SweepError {
    /// The argument (`--vary governance.control=0:2:0.1`, `--shard 3/2`) or the grid point.
    pub at: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SweepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

impl std::error::Error for SweepError {}

/// One `--vary PATH=FROM:TO:STEP`, parsed but not yet checked against a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Vary {
    /// The field path as written, e.g. `governance.control` or `partners[*].competitiveness`.
    pub path: String,
    /// First grid value.
    pub from: f64,
    /// Last grid value, reached when (TO − FROM) / STEP is whole.
    pub to: f64,
    /// Distance between grid values (at least [`MIN_STEP`]).
    pub step: f64,
}

impl FromStr for Vary {
    type Err = SweepError;

    fn from_str(text: &str) -> Result<Vary, SweepError> {
        let fail = |message: String| SweepError { at: format!("--vary {text}"), message };
        let usage = "expected PATH=FROM:TO:STEP, e.g. governance.control=0:1:0.1";
        let (path, range) = text.split_once('=').ok_or_else(|| fail(usage.into()))?;
        let numbers: Vec<&str> = range.split(':').collect();
        let [from, to, step] = numbers[..] else {
            return Err(fail(usage.into()));
        };
        let number = |name: &str, t: &str| {
            t.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| fail(format!("{name} '{t}' is not a number")))
        };
        let vary = Vary {
            path: path.trim().to_string(),
            from: number("FROM", from)?,
            to: number("TO", to)?,
            step: number("STEP", step)?,
        };
        if vary.path.is_empty() {
            return Err(fail(usage.into()));
        }
        if vary.from > vary.to {
            return Err(fail(format!("FROM {} is larger than TO {}", vary.from, vary.to)));
        }
        if vary.step <= 0.0 {
            return Err(fail(format!("STEP {} must be positive", vary.step)));
        }
        if vary.step < MIN_STEP {
            return Err(fail(format!(
                "STEP {} is below 0.000001; grid values are printed with six decimals",
                vary.step
            )));
        }
        Ok(vary)
    }
}

impl Vary {
    /// Number of grid values, computed without building them so that a huge grid is refused
    /// before anything is allocated.
    fn count(&self) -> f64 {
        let ratio = (self.to - self.from) / self.step;
        if (ratio - ratio.round()).abs() <= WHOLE_TOLERANCE {
            ratio.round() + 1.0
        } else {
            ratio.floor() + 1.0
        }
    }

    /// The grid values FROM + i·STEP, each computed from i rather than by adding STEP up (no
    /// accumulated error), rounded to six decimals so that a row's value is exactly what
    /// `--set PATH=VALUE` with the printed text would give. The last value is TO when
    /// (TO − FROM) / STEP is whole within 1e-9.
    pub fn values(&self) -> Vec<f64> {
        let count = self.count() as usize;
        let ratio = (self.to - self.from) / self.step;
        let whole = (ratio - ratio.round()).abs() <= WHOLE_TOLERANCE;
        (0..count)
            .map(|i| if whole && i + 1 == count { self.to } else { self.from + i as f64 * self.step })
            .map(rounded)
            .collect()
    }
}

/// A value rounded to the six decimals it is printed with.
fn rounded(value: f64) -> f64 {
    format_value(value).parse().expect("a formatted number parses back")
}

/// A grid value as printed: at most six decimals, without trailing zeros (`0.3`, `1`,
/// `0.333333`).
pub fn format_value(value: f64) -> String {
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// `--shard K/N`: this process runs the grid points whose index i has i % N == K − 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// K, 1-based.
    pub index: usize,
    /// N, the number of shards.
    pub count: usize,
}

impl Shard {
    /// The whole grid in one process.
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Whether grid point `point` (row-major index) belongs to this shard.
    pub fn contains(&self, point: usize) -> bool {
        point % self.count == self.index - 1
    }

    /// Whether this shard writes the CSV header: only the first, so that the parts
    /// concatenate into one valid file.
    pub fn writes_header(&self) -> bool {
        self.index == 1
    }
}

impl FromStr for Shard {
    type Err = SweepError;

    fn from_str(text: &str) -> Result<Shard, SweepError> {
        let fail = |message: &str| SweepError { at: format!("--shard {text}"), message: message.into() };
        let (k, n) = text.split_once('/').ok_or_else(|| fail("expected K/N, e.g. 2/8"))?;
        let k: usize = k.trim().parse().map_err(|_| fail("K in K/N must be a whole number"))?;
        let n: usize = n.trim().parse().map_err(|_| fail("N in K/N must be a whole number"))?;
        if n == 0 || k == 0 || k > n {
            return Err(fail("K/N needs 1 <= K <= N"));
        }
        Ok(Shard { index: k, count: n })
    }
}

/// What one varied parameter sets in the scenario.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    /// One field, e.g. `partners[1].size`.
    Field(String),
    /// `partners[*].FIELD`: the same field of every partner, set to the same value.
    EveryPartner(String),
}

impl Target {
    /// Reads a path against the scenario: it must name a number (in every partner, for
    /// `partners[*].FIELD`).
    fn resolve(scenario: &Scenario, path: &str) -> Result<Target, String> {
        let root = serde_json::to_value(scenario).map_err(|e| format!("cannot represent scenario: {e}"))?;
        let target = match path.strip_prefix("partners[*].") {
            Some(field) => Target::EveryPartner(field.to_string()),
            None => Target::Field(path.to_string()),
        };
        for one in target.paths(scenario.partners.len()) {
            match lookup(&root, &one) {
                None => return Err(format!("unknown path {one}")),
                Some(Value::Number(_)) => {}
                Some(other) => return Err(format!("{one} is not a number but {}", kind(other))),
            }
        }
        Ok(target)
    }

    /// The single-field paths this target sets.
    fn paths(&self, partners: usize) -> Vec<String> {
        match self {
            Target::Field(path) => vec![path.clone()],
            Target::EveryPartner(field) => (0..partners).map(|i| format!("partners[{i}].{field}")).collect(),
        }
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
    }
}

/// The value at a dotted path (`partners[2].values.empowerment`) of a serialised scenario.
pub(crate) fn lookup<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(root, |node, segment| {
        let (key, indices) = split_indices(segment)?;
        indices.into_iter().try_fold(node.get(key)?, |node, i| node.get(i))
    })
}

/// The slot at a dotted path of a serialised scenario, to replace its value.
pub(crate) fn lookup_mut<'a>(root: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    path.split('.').try_fold(root, |node, segment| {
        let (key, indices) = split_indices(segment)?;
        indices.into_iter().try_fold(node.get_mut(key)?, |node, i| node.get_mut(i))
    })
}

/// One varied parameter and its grid values.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The path as the user wrote it; it heads the parameter's column.
    pub path: String,
    /// The grid values, in order.
    pub values: Vec<f64>,
    target: Target,
}

/// The grid of a sweep over one or two parameters, checked against the scenario: every path
/// names a number and every grid point gives a valid scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    axes: Vec<Axis>,
}

impl Grid {
    /// Checks the varied paths against `base`, expands the grid and validates the scenario
    /// at every grid point, so that a bad value is reported before any run starts.
    pub fn new(base: &Scenario, varies: &[Vary]) -> Result<Grid, SweepError> {
        let at = |vary: &Vary| format!("--vary {}={}:{}:{}", vary.path, vary.from, vary.to, vary.step);
        if varies.is_empty() || varies.len() > 2 {
            return Err(SweepError {
                at: "--vary".into(),
                message: format!("a sweep varies one or two parameters, not {}", varies.len()),
            });
        }
        if varies.len() == 2 && varies[0].path == varies[1].path {
            return Err(SweepError { at: at(&varies[1]), message: "this path is already varied".into() });
        }
        let points: f64 = varies.iter().map(Vary::count).product();
        if points > MAX_POINTS as f64 {
            return Err(SweepError {
                at: varies.iter().map(at).collect::<Vec<_>>().join(" "),
                message: format!("the grid has {points} points; at most {MAX_POINTS} are allowed"),
            });
        }
        let mut axes = Vec::new();
        for vary in varies {
            let target =
                Target::resolve(base, &vary.path).map_err(|message| SweepError { at: at(vary), message })?;
            axes.push(Axis { path: vary.path.clone(), values: vary.values(), target });
        }
        let grid = Grid { axes };
        for point in 0..grid.len() {
            grid.scenario(base, point)?;
        }
        Ok(grid)
    }

    /// The varied parameters, outer (slowest) first.
    pub fn axes(&self) -> &[Axis] {
        &self.axes
    }

    /// Number of grid points.
    pub fn len(&self) -> usize {
        self.axes.iter().map(|a| a.values.len()).product()
    }

    /// Whether the grid has no points (never, for a grid that [`Grid::new`] accepted).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The parameter values of a grid point, in the order of the axes. Points are numbered
    /// row-major: the last axis changes fastest.
    pub fn point(&self, index: usize) -> Vec<f64> {
        let mut rest = index;
        let mut values: Vec<f64> = self
            .axes
            .iter()
            .rev()
            .map(|axis| {
                let value = axis.values[rest % axis.values.len()];
                rest /= axis.values.len();
                value
            })
            .collect();
        values.reverse();
        values
    }

    /// The indices of the grid points a shard runs, in order.
    pub fn indices(&self, shard: Shard) -> Vec<usize> {
        (0..self.len()).filter(|&i| shard.contains(i)).collect()
    }

    /// The scenario at a grid point: `base` with the point's values set and validated like
    /// `--set`. The error names the point.
    pub fn scenario(&self, base: &Scenario, index: usize) -> Result<Scenario, SweepError> {
        let values = self.point(index);
        let texts: Vec<(String, String)> = self
            .axes
            .iter()
            .zip(&values)
            .flat_map(|(axis, &v)| {
                axis.target.paths(base.partners.len()).into_iter().map(move |path| (path, format_value(v)))
            })
            .collect();
        let pairs: Vec<(&str, &str)> = texts.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
        let mut scenario = base.clone();
        scenario.set_all(&pairs).map_err(|e: ScenarioError| {
            let settings: Vec<String> = self
                .axes
                .iter()
                .zip(&values)
                .map(|(a, &v)| format!("{}={}", a.path, format_value(v)))
                .collect();
            SweepError {
                at: format!("grid point {} of {} ({})", index + 1, self.len(), settings.join(", ")),
                message: e.to_string(),
            }
        })?;
        Ok(scenario)
    }
}

/// The fields of a serialised value in the order serde writes them (a struct's field order),
/// so that output columns follow `EnsembleSummary` as it is declared, whatever its fields are
/// called. `serde_json::Value` itself keeps keys sorted unless serde_json's `preserve_order`
/// feature is on, hence the detour through the JSON text.
pub fn fields_in_order(value: &impl Serialize) -> Result<Vec<(String, Value)>, serde_json::Error> {
    let text = serde_json::to_string(value)?;
    let mut deserializer = serde_json::Deserializer::from_str(&text);
    let fields = deserializer.deserialize_map(OrderedFields)?;
    deserializer.end()?;
    Ok(fields)
}

struct OrderedFields;

impl<'de> Visitor<'de> for OrderedFields {
    type Value = Vec<(String, Value)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, Value>()? {
            fields.push(entry);
        }
        Ok(fields)
    }
}

/// One output row: the varied parameters' values, then the summary's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// (path, value) of the varied parameters, outer first.
    pub parameters: Vec<(String, f64)>,
    /// (field, value) of the summary, in its declared order.
    pub fields: Vec<(String, Value)>,
}

impl Row {
    /// The row of a grid point with its ensemble summary (any serialisable struct).
    pub fn new(grid: &Grid, index: usize, summary: &impl Serialize) -> Result<Row, serde_json::Error> {
        let parameters = grid.axes.iter().map(|axis| axis.path.clone()).zip(grid.point(index)).collect();
        Ok(Row { parameters, fields: fields_in_order(summary)? })
    }

    /// The CSV header line, with a line break.
    pub fn csv_header(&self) -> String {
        let names: Vec<String> = self
            .parameters
            .iter()
            .map(|(name, _)| name)
            .chain(self.fields.iter().map(|(name, _)| name))
            .map(|n| csv_text(n))
            .collect();
        names.join(",") + "\n"
    }

    /// The row as a CSV line, with a line break. A missing value (a median over no runs) is
    /// an empty cell.
    pub fn csv_line(&self) -> String {
        let cells: Vec<String> = self
            .parameters
            .iter()
            .map(|(_, v)| format_value(*v))
            .chain(self.fields.iter().map(|(_, value)| csv_cell(value)))
            .collect();
        cells.join(",") + "\n"
    }

    /// The row as one JSON object on one line (JSON Lines), with a line break, keys in
    /// column order.
    pub fn json_line(&self) -> String {
        let parameters = self.parameters.iter().map(|(name, v)| {
            let number: serde_json::Number =
                format_value(*v).parse().expect("a formatted value is a JSON number");
            (name, Value::Number(number))
        });
        let members: Vec<String> = parameters
            .chain(self.fields.iter().map(|(name, value)| (name, value.clone())))
            .map(|(name, value)| format!("{}:{value}", Value::String(name.clone())))
            .collect();
        format!("{{{}}}\n", members.join(","))
    }
}

fn csv_cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => csv_text(s),
        // A nested field becomes its JSON text in one quoted cell.
        Value::Array(_) | Value::Object(_) => csv_text(&value.to_string()),
    }
}

fn csv_text(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
