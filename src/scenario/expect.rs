//! Expectations: the teaching points a scenario claims, written so that they can be checked.
//! An expectation compares two arms of the scenario (each the scenario with a few `--set`
//! style changes, planned actions dropped or added) on one metric over paired seeds, and says
//! in which direction and by at least how much arm B differs from arm A:
//!
//! ```toml
//! [[expect]]
//! says = "The steering conversation restores delivery"
//! a = { without = ["steering_conversation"] }
//! b = {}
//! metric = "mean_delivery"
//! direction = "higher"
//! min_effect = 0.02
//! ```
//!
//! The values become types when the file is read (a metric, a direction, action names, a
//! `PATH=VALUE` pair); whether the changes make a valid scenario is checked apart from the
//! run's own validation ([`Scenario::check_expectations`], which the CLI runs on every file),
//! with the expectation's field path in the message. Running the arms is
//! `alliance_lab::expectations`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::errors::{Counted, Listed, Problem, Problems, ScenarioError};
use super::names::ActionName;
use super::read;
use super::{Scenario, ScheduleEntry};

/// Most expectations a scenario can declare.
pub const MAX_EXPECTATIONS: usize = 50;

/// Fewest and most paired seeds an expectation runs.
pub const RUNS_RANGE: std::ops::RangeInclusive<u32> = 2..=5000;

/// Longest `says`, in characters: it is one sentence shown beside the result.
const MAX_SAYS_CHARS: usize = 300;

/// A teaching point: arm B differs from arm A on `metric` in `direction` by at least
/// `min_effect`, as the mean of the paired differences over `runs` seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The teaching point in one sentence, as a trainer would say it.
    pub says: String,
    /// Arm A: the scenario with these changes (none by default).
    #[serde(default, deserialize_with = "read::table")]
    pub a: ArmChanges,
    /// Arm B: the scenario with these changes (none by default).
    #[serde(default, deserialize_with = "read::table")]
    pub b: ArmChanges,
    /// What is compared, per run.
    pub metric: Metric,
    /// Whether B is expected higher or lower than A.
    pub direction: Direction,
    /// Smallest mean difference B − A in that direction, in the metric's unit (0 or more).
    pub min_effect: f64,
    /// Paired seeds, from the scenario's seed on (2..=5000, default 200).
    #[serde(default = "default_runs")]
    pub runs: u32,
    /// The teaching point in Dutch (`nl = { says = "..." }`); without it, Dutch pages show
    /// the English sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<DutchSays>,
}

/// An expectation's sentence in Dutch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutchSays {
    /// The teaching point in one Dutch sentence.
    pub says: String,
}

fn default_runs() -> u32 {
    200
}

/// How one arm differs from the scenario as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ArmChanges {
    /// Fields changed as `--set` changes them, e.g. `"governance.control=0.3"`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set: Vec<FieldSetting>,
    /// Planned actions of these kinds are left out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub without: Vec<ActionName>,
    /// Actions added to the plan, written like the scenario's `[[schedule]]` entries.
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "read::schedule")]
    pub schedule: Vec<ScheduleEntry>,
}

impl ArmChanges {
    /// Whether the arm is the scenario as written.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty() && self.without.is_empty() && self.schedule.is_empty()
    }

    /// Makes the changes to `s`: its planned actions of the kinds left out go, the added ones
    /// join (kept in month order) and its fields are set, then it is validated. On an error
    /// (those of `--set` and of the schedule, with their own paths) `s` may be half changed.
    pub fn apply(&self, s: &mut Scenario) -> Result<(), ScenarioError> {
        s.schedule.retain(|e| !self.without.contains(&e.action));
        s.schedule.extend(self.schedule.iter().cloned());
        s.schedule.sort_by_key(|e| e.month);
        let pairs: Vec<(&str, &str)> = self.set.iter().map(|f| (f.path.as_str(), f.value.as_str())).collect();
        s.set_all(&pairs)
    }
}

/// One `PATH=VALUE` change, split when read; whether the path and value fit the scenario is
/// checked with it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSetting {
    /// Dotted field path, such as `governance.control` or `partners[1].size`.
    pub path: String,
    /// The value as written.
    pub value: String,
}

impl fmt::Display for FieldSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.path, self.value)
    }
}

impl Serialize for FieldSetting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FieldSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.split_once('=') {
            Some((path, value)) if !path.trim().is_empty() => {
                Ok(FieldSetting { path: path.trim().to_string(), value: value.trim().to_string() })
            }
            _ => Err(serde::de::Error::custom(
                "expected PATH=VALUE, like \"governance.control=0.8\" or \"partners[1].size=0.3\"",
            )),
        }
    }
}

/// A quantity of one run that an expectation compares. Shares (`phase3`, `dissolved`, …) are
/// 1 or 0 per run, so their means are probabilities and their differences shares of runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Metric {
    AddedValue,
    Phase2,
    Phase3,
    MonthsToPhase2,
    MonthsToPhase3,
    BrokeEven,
    FinalTrust,
    MeanConflict,
    MeanCommitment,
    MeanDelivery,
    MeanProcessShare,
    Regressed,
    Dissolved,
    Exits,
}

impl Metric {
    /// Every metric, in the order messages list them.
    pub const ALL: [Metric; 14] = {
        use Metric::*;
        [
            AddedValue,
            Phase2,
            Phase3,
            MonthsToPhase2,
            MonthsToPhase3,
            BrokeEven,
            FinalTrust,
            MeanConflict,
            MeanCommitment,
            MeanDelivery,
            MeanProcessShare,
            Regressed,
            Dissolved,
            Exits,
        ]
    };

    /// The name as written in scenario files.
    pub fn name(self) -> &'static str {
        use Metric::*;
        match self {
            AddedValue => "added_value",
            Phase2 => "phase2",
            Phase3 => "phase3",
            MonthsToPhase2 => "months_to_phase2",
            MonthsToPhase3 => "months_to_phase3",
            BrokeEven => "broke_even",
            FinalTrust => "final_trust",
            MeanConflict => "mean_conflict",
            MeanCommitment => "mean_commitment",
            MeanDelivery => "mean_delivery",
            MeanProcessShare => "mean_process_share",
            Regressed => "regressed",
            Dissolved => "dissolved",
            Exits => "exits",
        }
    }

    /// What the metric is, in plain words, with its unit.
    pub fn describe(self) -> &'static str {
        use Metric::*;
        match self {
            AddedValue => "added value at the horizon (value units: together minus alone)",
            Phase2 => "share of runs that reach phase 2",
            Phase3 => "share of runs that reach phase 3",
            MonthsToPhase2 => "months to phase 2 (a run that never gets there counts as the horizon + 1)",
            MonthsToPhase3 => "months to phase 3 (a run that never gets there counts as the horizon + 1)",
            BrokeEven => "share of runs whose value together passes what the partners make alone",
            FinalTrust => "trust at the horizon (0 to 1)",
            MeanConflict => "conflict, the mean over the months (0 to 1)",
            MeanCommitment => "commitment, the mean over the months (0 to 1)",
            MeanDelivery => "delivery on promises, the mean over the months (0 to 1)",
            MeanProcessShare => "share of effort spent on the process, the mean over the months (0 to 1)",
            Regressed => "share of runs that fall back a phase",
            Dissolved => "share of runs in which the alliance dissolves",
            Exits => "partners who leave, per run",
        }
    }

    /// Whether the metric is a share of runs (shown in % and percentage points).
    pub fn is_share(self) -> bool {
        use Metric::*;
        matches!(self, Phase2 | Phase3 | BrokeEven | Regressed | Dissolved)
    }
}

/// Which way arm B is expected to differ from arm A.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// B's metric is higher than A's.
    Higher,
    /// B's metric is lower than A's.
    Lower,
}

impl Direction {
    /// The name as written in scenario files.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
        }
    }
}

/// The two arms of an expectation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Arm {
    /// Arm A, the reference.
    A,
    /// Arm B, the one expected to differ.
    B,
}

impl Expectation {
    /// The scenario of one arm: `base` without its expectations, without the planned actions
    /// the arm leaves out, with the actions it adds (kept in month order) and its fields set,
    /// validated. The errors are those of `--set` and of the schedule, with their own paths.
    pub fn arm(&self, base: &Scenario, arm: Arm) -> Result<Scenario, ScenarioError> {
        let changes = match arm {
            Arm::A => &self.a,
            Arm::B => &self.b,
        };
        let mut s = base.clone();
        s.expect.clear();
        changes.apply(&mut s)?;
        Ok(s)
    }
}

impl Scenario {
    /// Checks the teaching points of this valid scenario: their number, `says`, `runs` and
    /// `min_effect` ([`Scenario::check_expectation_fields`]), and that both arms of each make a
    /// valid scenario, with every problem under `expect[i]`. Kept apart from
    /// [`Scenario::validate`], which is about the run itself: the web page, which never builds
    /// an arm, links none of this (the ensemble worker builds the arms of a teaching point it
    /// is asked to check). The CLI checks every scenario file it reads with it.
    pub fn check_expectations(&self) -> Result<(), ScenarioError> {
        let mut problems = Problems::default();
        check_fields(self, &mut problems);
        if problems.count() == 0 {
            check_arms(self, &mut problems);
        }
        problems.finish(|| ())
    }

    /// Checks the teaching points' own fields, without building their arms: what the web page
    /// checks before it asks the workers to check one.
    pub fn check_expectation_fields(&self) -> Result<(), ScenarioError> {
        let mut problems = Problems::default();
        check_fields(self, &mut problems);
        problems.finish(|| ())
    }
}

/// Checks the number of expectations and each one's `says`, `runs` (with the scenario's seed,
/// the seeds must not pass the largest) and `min_effect`, under `expect[i]`.
fn check_fields(base: &Scenario, problems: &mut Problems) {
    if base.expect.len() > MAX_EXPECTATIONS {
        let n = base.expect.len();
        problems.push(
            || "expect".to_string(),
            || Problem::TooMany { list: Listed::Expectations, count: Counted::Has(n) },
        );
        return;
    }
    for (i, e) in base.expect.iter().enumerate() {
        let at = |field: &str| format!("expect[{i}].{field}");
        if e.says.trim().is_empty() {
            problems.push(|| at("says"), || Problem::NoSays { dutch: false });
        } else if e.says.chars().count() > MAX_SAYS_CHARS {
            problems.push(|| at("says"), || Problem::TooLong { max: MAX_SAYS_CHARS });
        }
        if let Some(nl) = &e.nl {
            if nl.says.trim().is_empty() {
                problems.push(|| at("nl.says"), || Problem::NoSays { dutch: true });
            } else if nl.says.chars().count() > MAX_SAYS_CHARS {
                problems.push(|| at("nl.says"), || Problem::TooLong { max: MAX_SAYS_CHARS });
            }
        }
        if !RUNS_RANGE.contains(&e.runs) {
            let (min, max) = (u64::from(*RUNS_RANGE.start()), u64::from(*RUNS_RANGE.end()));
            problems.push(|| at("runs"), || Problem::Between { min, max, value: u64::from(e.runs) });
        } else if base.seed.checked_add(u64::from(e.runs)).is_none() {
            problems.push(|| at("runs"), || Problem::SeedOverflow { runs: e.runs, seed: base.seed });
        }
        if !(e.min_effect.is_finite() && e.min_effect >= 0.0) {
            problems.push(|| at("min_effect"), || Problem::Negative { value: e.min_effect.to_string() });
        }
    }
}

/// Checks that both arms of every expectation make a valid scenario (`base` must be valid
/// apart from its expectations), under `expect[i].a` and `expect[i].b`.
fn check_arms(base: &Scenario, problems: &mut Problems) {
    for (i, e) in base.expect.iter().enumerate() {
        let at = |field: &str| format!("expect[{i}].{field}");
        for (arm, name) in [(Arm::A, "a"), (Arm::B, "b")] {
            let Err(error) = e.arm(base, arm) else { continue };
            let changes = if arm == Arm::A { &e.a } else { &e.b };
            // A problem of one `set` entry is shown at that entry; any other (an added action
            // that does not fit, two settings that clash) at the arm, with its own path.
            for field in &error.errors {
                match changes.set.iter().position(|f| f.path == field.path) {
                    Some(k) => problems.push(|| at(&format!("{name}.set[{k}]")), || field.problem.clone()),
                    None if field.path.is_empty() => problems.push(|| at(name), || field.problem.clone()),
                    None => problems.push(
                        || at(name),
                        || Problem::Within {
                            path: field.path.clone(),
                            problem: Box::new(field.problem.clone()),
                        },
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The default preset with its own expectations replaced by `toml`.
    fn with_expectation(toml: &str) -> Result<Scenario, ScenarioError> {
        let preset = crate::scenario::DEFAULT_TOML.split("\n[[expect]]").next().unwrap_or_default();
        Scenario::parse(&format!("{preset}\n{toml}"))
    }

    #[test]
    fn an_expectation_reads_into_types() {
        let s = with_expectation(
            r#"
[[expect]]
says = "Getting to know each other first reaches phase 3 sooner"
a = { without = ["get_to_know"], set = ["governance.control = 0.4"] }
metric = "months_to_phase3"
direction = "lower"
min_effect = 3
"#,
        )
        .unwrap();
        let e = &s.expect[0];
        assert_eq!(e.metric, Metric::MonthsToPhase3);
        assert_eq!(e.direction, Direction::Lower);
        assert_eq!(e.runs, 200);
        assert_eq!(e.a.without, vec![ActionName::GetToKnow]);
        assert_eq!(e.a.set, vec![FieldSetting { path: "governance.control".into(), value: "0.4".into() }]);
        assert!(e.b.is_empty());
        let a = e.arm(&s, Arm::A).unwrap();
        assert!(a.schedule.iter().all(|entry| entry.action != ActionName::GetToKnow));
        assert_eq!(a.governance.control, 0.4);
        assert!(a.expect.is_empty(), "an arm carries no expectations of its own");
    }

    #[test]
    fn an_added_action_keeps_the_plan_in_month_order() {
        let s = with_expectation(
            r#"
[[expect]]
says = "A chair in month 2"
b = { schedule = [{ month = 2, action = "set_style", style = "independent_chair" }] }
metric = "phase3"
direction = "higher"
min_effect = 0.0
"#,
        )
        .unwrap();
        let b = s.expect[0].arm(&s, Arm::B).unwrap();
        let months: Vec<u32> = b.schedule.iter().map(|e| e.month).collect();
        assert!(months.windows(2).all(|w| w[0] <= w[1]), "{months:?}");
        assert!(b.schedule.iter().any(|e| e.month == 2 && e.action == ActionName::SetStyle));
    }

    #[test]
    fn bad_expectations_are_located_messages() {
        let error = with_expectation(
            r#"
[[expect]]
says = ""
a = { set = ["governance.control=1.5"] }
metric = "phase3"
direction = "higher"
min_effect = -1
runs = 1
"#,
        )
        .expect("the scenario itself is valid")
        .check_expectations()
        .unwrap_err()
        .to_string();
        for expected in [
            "expect[0].says: must say the teaching point",
            "expect[0].runs: must be between 2 and 5000, not 1",
            "expect[0].min_effect: must be 0 or more",
        ] {
            assert!(error.contains(expected), "{expected:?} is not in:\n{error}");
        }
        // The arms are built once the fields are right.
        let arm = with_expectation(
            "[[expect]]\nsays = \"x\"\na = { set = [\"governance.control=1.5\"] }\nmetric = \"phase3\"\ndirection = \"higher\"\nmin_effect = 0.1\n",
        )
        .expect("the scenario itself is valid")
        .check_expectations()
        .unwrap_err()
        .to_string();
        assert!(arm.contains("expect[0].a.set[0]: must be between 0 and 1"), "{arm}");
        let mut past_the_largest_seed = with_expectation(
            "[[expect]]\nsays = \"x\"\nmetric = \"phase3\"\ndirection = \"higher\"\nmin_effect = 0.1\n",
        )
        .expect("valid");
        past_the_largest_seed.seed = u64::MAX - 10;
        let seeds = past_the_largest_seed.check_expectation_fields().unwrap_err().to_string();
        assert!(seeds.contains("expect[0].runs: 200 runs from seed"), "{seeds}");
        let unknown = with_expectation(
            "[[expect]]\nsays = \"x\"\nmetric = \"happiness\"\ndirection = \"higher\"\nmin_effect = 0.1\n",
        )
        .unwrap_err()
        .to_string();
        assert!(unknown.contains("expect[0].metric") && unknown.contains("mean_delivery"), "{unknown}");
        let malformed = with_expectation(
            "[[expect]]\nsays = \"x\"\na = { set = [\"control\"] }\nmetric = \"phase3\"\ndirection = \"higher\"\nmin_effect = 0.1\n",
        )
        .unwrap_err()
        .to_string();
        assert!(malformed.contains("expected PATH=VALUE"), "{malformed}");
    }

    #[test]
    fn expectations_survive_a_round_trip_through_toml_and_json() {
        let s = with_expectation(
            r#"
[[expect]]
says = "Trust-based governance pays in a turbulent field"
a = { set = ["governance.control=0.7"] }
b = { set = ["governance.control=0.3"], without = ["funding_round"] }
metric = "added_value"
direction = "higher"
min_effect = 1.5
runs = 100
"#,
        )
        .unwrap();
        assert_eq!(Scenario::parse(&s.to_toml_string()).unwrap(), s);
        assert_eq!(Scenario::parse_json(&serde_json::to_string(&s).unwrap()).unwrap(), s);
    }
}
