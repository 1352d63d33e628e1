//! Reset, Step, Run/Pause and the month counter.

use yew::prelude::*;

/// Properties of [`RunControls`].
#[derive(PartialEq, Properties)]
pub struct RunControlsProps {
    /// Whether the simulation is advancing by itself.
    pub running: bool,
    /// Months simulated so far.
    pub month: u32,
    /// The last month of the run.
    pub horizon: u32,
    pub on_run: Callback<()>,
    pub on_pause: Callback<()>,
    pub on_step: Callback<()>,
    pub on_reset: Callback<()>,
}

/// The run toolbar. The month counter is a live region so screen readers hear progress.
#[function_component]
pub fn RunControls(props: &RunControlsProps) -> Html {
    let finished = props.month >= props.horizon;
    let run_or_pause = if props.running {
        let cb = props.on_pause.clone();
        html! { <button id="pause" onclick={move |_| cb.emit(())}>{ "Pause" }</button> }
    } else {
        let cb = props.on_run.clone();
        html! { <button id="run" disabled={finished} onclick={move |_| cb.emit(())}>{ "Run" }</button> }
    };
    let on_step = props.on_step.clone();
    let on_reset = props.on_reset.clone();
    html! {
        <div class="run-controls" role="toolbar" aria-label="Run controls">
            <button id="reset" onclick={move |_| on_reset.emit(())}>{ "Reset" }</button>
            <button id="step" disabled={finished} onclick={move |_| on_step.emit(())}>{ "Step" }</button>
            { run_or_pause }
            <output id="month" class="month" aria-live="polite">
                { format!("Month {} of {}", props.month, props.horizon) }
            </output>
        </div>
    }
}
