//! Phase detection (article Figure 1): 1 start (ontwerpen en afstemmen), 2 discovering and
//! learning (ontdekken en leren), 3 productivity and added value (productiviteit en
//! meerwaarde). The phase is read from the state each month with hysteresis: entering a
//! phase needs stricter values than staying in it, and a change needs its conditions to
//! hold for [`PHASE_STREAK`] months, so the phase does not flicker. Regression is possible.
//! Phase 3 needs real added value: the alliance must produce more than its partners would
//! alone. An alliance with fewer than two partners left is dissolved (phase 0) for good.

use super::actions::Action;
use super::events::{Condition, ConflictSource, Driver, EventWhat, Measure};
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

/// The conditions of being in `phase` (2 or 3); `band` loosens them for staying in it.
fn conditions(state: &State, phase: u8, band: f64) -> [Condition; 5] {
    let a = &state.alliance;
    let (trust, knowledge, vision, conflict, performance) = if phase == 2 {
        (0.0, ENTER2_KNOWLEDGE, ENTER2_VISION, ENTER2_CONFLICT, 0.0)
    } else {
        (ENTER3_TRUST, ENTER3_KNOWLEDGE, ENTER3_VISION, ENTER3_CONFLICT, ENTER3_PERFORMANCE)
    };
    [
        Condition { measure: Measure::Trust, value: a.trust, threshold: excess(trust, band) },
        Condition { measure: Measure::Knowledge, value: a.knowledge, threshold: knowledge - band },
        Condition { measure: Measure::Vision, value: a.shared_vision, threshold: vision - band },
        Condition { measure: Measure::Conflict, value: a.conflict, threshold: conflict + band },
        Condition {
            measure: Measure::Performance,
            value: a.performance,
            threshold: excess(performance, band),
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
    state.record(|state| EventWhat::Dissolved { remaining: state.alliance.active });
}

/// Reads the phase from the state and logs every change with its cause.
pub fn detect_phase(state: &mut State) {
    let current = state.phase;
    let keeps = |s: &State, p: u8| p == 1 || conditions(s, p, BAND).iter().all(Condition::holds);
    // Entering phase 3 also needs this month's value above solo, not only the recent average:
    // the productive phase starts in a month that shows added value.
    let adds_value = |s: &State| s.alliance.monthly_value > s.alliance.monthly_solo;
    let enters =
        |s: &State, p: u8| conditions(s, p, 0.0).iter().all(Condition::holds) && (p < 3 || adds_value(s));
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
    state.record(|state| {
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

fn explain_progress(state: &State, target: u8) -> EventWhat {
    let met = conditions(state, target, 0.0).into_iter().filter(|c| c.threshold > 0.0).collect();
    EventWhat::Progress { phase: target, met, driver: driver(state, state.last_boost) }
}

fn explain_regression(state: &State, current: u8, target: u8) -> EventWhat {
    let failed = conditions(state, current, BAND).into_iter().filter(|c| !c.holds()).collect();
    let a = &state.alliance;
    let (source, source_level) =
        ConflictSource::ALL.into_iter().map(|s| (s, a.conflict_sources.level(s))).fold(
            (ConflictSource::Resources, -1.0),
            |b, (source, level)| {
                if level > b.1 {
                    (source, level)
                } else {
                    b
                }
            },
        );
    EventWhat::Regression {
        phase: target,
        failed,
        trust: a.trust,
        conflict: a.conflict,
        source,
        source_level,
        driver: driver(state, state.last_setback),
    }
}

/// The most recent move in the direction of the change (a boost forward, a setback back), or
/// none (the daily work together) when there was none in the last two years.
fn driver(state: &State, last: Option<(u32, Action)>) -> Option<Driver> {
    last.filter(|(month, _)| state.month.saturating_sub(*month) <= 24)
        .map(|(month, action)| Driver { month, action })
}
