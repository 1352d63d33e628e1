//! Phase detection (article Figure 1): 1 start (ontwerpen en afstemmen), 2 discovering and
//! learning (ontdekken en leren), 3 productivity and added value (productiviteit en
//! meerwaarde). The phase is read from the state each month with hysteresis: entering a
//! phase needs stricter values than staying in it, and a change needs its conditions to
//! hold for [`PHASE_STREAK`] months, so the phase does not flicker. Regression is possible.
//! Phase 3 needs real added value: the alliance must produce more than its partners would
//! alone. An alliance with fewer than two partners left is dissolved (phase 0) for good.

use super::events::EventKind;
use super::params::excess;
use super::state::State;

/// Consecutive months a phase-change condition must hold.
pub const PHASE_STREAK: u32 = 2;

/// Entering phase 2: mutual knowledge at least this.
pub const ENTER2_KNOWLEDGE: f64 = 0.45;
/// Entering phase 2: shared vision at least this.
pub const ENTER2_VISION: f64 = 0.40;
/// Entering phase 2: conflict below this.
pub const ENTER2_CONFLICT: f64 = 0.45;
/// Entering phase 3: trust at least this.
pub const ENTER3_TRUST: f64 = 0.50;
/// Entering phase 3: mutual knowledge at least this.
pub const ENTER3_KNOWLEDGE: f64 = 0.55;
/// Entering phase 3: shared vision at least this.
pub const ENTER3_VISION: f64 = 0.50;
/// Entering phase 3: conflict below this.
pub const ENTER3_CONFLICT: f64 = 0.30;
/// Entering phase 3: recent value over solo value (the moving average of the monthly ratio)
/// at least this: the alliance produces more together than its partners would alone.
pub const ENTER3_PERFORMANCE: f64 = 1.0;
/// The phase of a dissolved alliance.
pub const DISSOLVED: u8 = 0;
/// Width of the hysteresis band: leaving a phase needs the values this much worse.
pub const BAND: f64 = 0.08;

/// One condition of a phase, with its observed value and threshold, for the explanation.
struct Check {
    name: &'static str,
    value: f64,
    threshold: f64,
    /// True when the value must stay below the threshold.
    below: bool,
    /// True for a ratio (value together over value alone) rather than a level 0..=1.
    ratio: bool,
}

impl Check {
    fn holds(&self) -> bool {
        if self.below {
            self.value < self.threshold
        } else {
            self.value >= self.threshold
        }
    }

    /// A value of this condition in words a reader understands: a level in percent, the
    /// value against solo as a multiple of what the partners would produce alone.
    fn shown(&self, value: f64) -> String {
        if self.ratio {
            format!("{value:.2} times")
        } else {
            format!("{:.0} %", 100.0 * value)
        }
    }

    /// "mutual knowledge 55 % (at least 45 %)", "conflict 44 % (below 45 %)".
    fn met(&self) -> String {
        let need = if self.below { "below" } else { "at least" };
        format!("{} {} ({need} {})", self.name, self.shown(self.value), self.shown(self.threshold))
    }

    /// "trust fell to 38 % (limit 42 %)", "conflict rose to 55 % (limit 53 %)".
    fn failed(&self) -> String {
        let moved = if self.below { "rose to" } else { "fell to" };
        format!("{} {moved} {} (limit {})", self.name, self.shown(self.value), self.shown(self.threshold))
    }
}

/// The name of the condition on value: recent value together over what the partners would
/// produce alone.
const PERFORMANCE: &str = "value together against alone";

/// The conditions of being in `phase` (2 or 3); `band` loosens them for staying in it.
fn conditions(state: &State, phase: u8, band: f64) -> [Check; 5] {
    let a = &state.alliance;
    let (trust, knowledge, vision, conflict, performance) = if phase == 2 {
        (0.0, ENTER2_KNOWLEDGE, ENTER2_VISION, ENTER2_CONFLICT, 0.0)
    } else {
        (ENTER3_TRUST, ENTER3_KNOWLEDGE, ENTER3_VISION, ENTER3_CONFLICT, ENTER3_PERFORMANCE)
    };
    [
        Check { name: "trust", value: a.trust, threshold: excess(trust, band), below: false, ratio: false },
        Check {
            name: "mutual knowledge",
            value: a.knowledge,
            threshold: knowledge - band,
            below: false,
            ratio: false,
        },
        Check {
            name: "shared vision",
            value: a.shared_vision,
            threshold: vision - band,
            below: false,
            ratio: false,
        },
        Check { name: "conflict", value: a.conflict, threshold: conflict + band, below: true, ratio: false },
        Check {
            name: PERFORMANCE,
            value: a.performance,
            threshold: excess(performance, band),
            below: false,
            ratio: true,
        },
    ]
}

/// Marks the alliance dissolved once fewer than two partners are left, and says so once.
pub fn dissolve(state: &mut State) {
    if state.phase == DISSOLVED {
        return;
    }
    state.phase = DISSOLVED;
    state.phase_streak = 0;
    state.record(EventKind::Phase, |state| {
        format!(
            "the alliance has dissolved: {} left, and an alliance needs at least two partners",
            if state.alliance.active == 1 { "one partner is" } else { "no partners are" }
        )
    });
}

/// Reads the phase from the state and logs every change with its cause.
pub fn detect_phase(state: &mut State) {
    let current = state.phase;
    let keeps = |s: &State, p: u8| p == 1 || conditions(s, p, BAND).iter().all(Check::holds);
    // Entering phase 3 also needs this month's value above solo, not only the recent average:
    // the productive phase starts in a month that shows added value.
    let adds_value = |s: &State| s.alliance.monthly_value > s.alliance.monthly_solo;
    let enters =
        |s: &State, p: u8| conditions(s, p, 0.0).iter().all(Check::holds) && (p < 3 || adds_value(s));
    let target = if current < 3 && keeps(state, current) && enters(state, current + 1) {
        current + 1
    } else if !keeps(state, current) {
        current - 1
    } else {
        current
    };
    if target == current || state.alliance.active < 2 {
        state.phase_streak = 0;
        return;
    }
    state.phase_streak += 1;
    if state.phase_streak < PHASE_STREAK {
        return;
    }
    state.phase_streak = 0;
    state.record(EventKind::Phase, |state| {
        if target > current {
            explain_progress(state, target)
        } else {
            explain_regression(state, current, target)
        }
    });
    state.phase = target;
}

/// English name of a phase.
pub fn phase_name(phase: u8) -> &'static str {
    match phase {
        DISSOLVED => "dissolved",
        1 => "start: design and alignment",
        2 => "discovering and learning",
        _ => "productivity and added value",
    }
}

fn explain_progress(state: &State, target: u8) -> String {
    let met: Vec<String> =
        conditions(state, target, 0.0).iter().filter(|c| c.threshold > 0.0).map(Check::met).collect();
    format!(
        "on to phase {target} ({}): {}; {}",
        phase_name(target),
        met.join(", "),
        driver(state, state.last_boost)
    )
}

fn explain_regression(state: &State, current: u8, target: u8) -> String {
    let failed: Vec<String> =
        conditions(state, current, BAND).iter().filter(|c| !c.holds()).map(Check::failed).collect();
    let a = &state.alliance;
    let (source, level) =
        a.conflict_sources
            .named()
            .into_iter()
            .fold(("resources", -1.0), |b, s| if s.1 > b.1 { s } else { b });
    let percent = |v: f64| format!("{:.0} %", 100.0 * v);
    let balance = if a.conflict > a.trust {
        format!("conflict ({}) outweighs trust ({})", percent(a.conflict), percent(a.trust))
    } else {
        format!("trust {}, conflict {}", percent(a.trust), percent(a.conflict))
    };
    format!(
        "back to phase {target} ({}): {}; {balance}, mostly over {source} ({}); {}",
        phase_name(target),
        failed.join(", "),
        percent(level),
        driver(state, state.last_setback)
    )
}

/// The most recent move in the direction of the change (a boost forward, a setback back), or
/// the daily work together when there was none in the last two years.
fn driver(state: &State, last: Option<(u32, &'static str)>) -> String {
    match last {
        Some((month, label)) if state.month.saturating_sub(month) <= 24 => {
            format!("driven by {} (month {month})", label.to_lowercase())
        }
        _ => "driven by the daily work together".to_string(),
    }
}
