//! The page: header, run controls and the live chart, wired to the reducer.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::line_chart::LineChart;
use super::run_controls::RunControls;
use super::series::Series;
use super::state::{Action, AppState};
use crate::scenario::Scenario;

/// Milliseconds between two simulated months while running.
const TICK_MS: u32 = 50;

/// The application root.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::new(Scenario::default_preset()));

    // While running, a timer sends a Tick per interval; when paused there is no timer, so
    // nothing re-renders.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.running, move |&running| {
            let interval = running.then(|| Interval::new(TICK_MS, move || dispatcher.dispatch(Action::Tick)));
            move || drop(interval)
        });
    }

    let send = |action: fn() -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(action()))
    };
    let (month, horizon) = {
        let sim = state.sim.borrow();
        (sim.month(), sim.horizon())
    };
    html! {
        <>
            <header class="app-header">
                <h1>{ "Alliance Lab" }</h1>
                <p class="scenario-title">{ state.scenario.title.clone() }</p>
            </header>
            <main>
                <RunControls
                    running={state.running}
                    {month}
                    {horizon}
                    on_run={send(|| Action::Run)}
                    on_pause={send(|| Action::Pause)}
                    on_step={send(|| Action::Step)}
                    on_reset={send(|| Action::Reset)}
                />
                <LineChart
                    sim={state.sim.clone()}
                    revision={state.revision}
                    title="Trust, knowledge, commitment and conflict"
                    series={vec![Series::Trust, Series::Knowledge, Series::Commitment, Series::Conflict]}
                />
            </main>
        </>
    }
}
