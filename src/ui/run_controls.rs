//! Reset, Step, Run/Pause, speed, seed and horizon, with the month counter.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::figure1::short_name;
use super::state::SPEEDS;
use super::term::Term;

/// Properties of [`RunControls`].
#[derive(PartialEq, Properties)]
pub struct RunControlsProps {
    /// Whether the simulation is advancing by itself.
    pub running: bool,
    /// Months simulated so far.
    pub month: u32,
    /// The alliance's phase now: 1 to 3, or 0 once dissolved.
    pub phase: u8,
    /// Run B's phase in compare mode.
    #[prop_or_default]
    pub phase_b: Option<u8>,
    /// The last month of the run.
    pub horizon: u32,
    /// Index of the speed in use.
    pub speed: usize,
    /// The seed of the draft scenario (used at the next Reset).
    pub seed: u64,
    /// The horizon of the draft scenario (used at the next Reset).
    pub draft_horizon: u32,
    /// Starts the run.
    pub on_run: Callback<()>,
    /// Pauses the run.
    pub on_pause: Callback<()>,
    /// Simulates one month.
    pub on_step: Callback<()>,
    /// Starts again from month 0.
    pub on_reset: Callback<()>,
    /// Picks a speed.
    pub on_speed: Callback<usize>,
    /// Sets the draft seed.
    pub on_seed: Callback<u64>,
    /// Draws a new seed and restarts.
    pub on_new_seed: Callback<()>,
    /// Sets the draft horizon.
    pub on_horizon: Callback<u32>,
}

/// Reads a seed typed by the user.
pub fn parse_seed(text: &str) -> Result<u64, String> {
    text.trim()
        .parse::<u64>()
        .map_err(|_| "The seed must be a whole number from 0 to 18446744073709551615.".to_string())
}

/// Reads a horizon typed by the user.
pub fn parse_horizon(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(h) if (1..=600).contains(&h) => Ok(h),
        _ => Err("The horizon must be a whole number of months from 1 to 600.".to_string()),
    }
}

/// Wraps a parser into an input handler that emits valid values and keeps the message of
/// invalid ones for display next to the field.
fn validated<T: 'static>(
    parse: fn(&str) -> Result<T, String>,
    error: UseStateHandle<Option<String>>,
    cb: Callback<T>,
) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        match parse(&input.value()) {
            Ok(v) => {
                error.set(None);
                cb.emit(v);
            }
            Err(message) => error.set(Some(message)),
        }
    })
}

/// The run toolbar. The month counter is a live region so screen readers hear progress.
#[function_component]
pub fn RunControls(props: &RunControlsProps) -> Html {
    let seed_error = use_state(|| None::<String>);
    let horizon_error = use_state(|| None::<String>);
    let finished = props.month >= props.horizon;
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let run_or_pause = if props.running {
        html! { <button id="pause" data-action="run" aria-keyshortcuts="Space" onclick={emit(&props.on_pause)}>{ "Pause" }</button> }
    } else {
        html! { <button id="run" data-action="run" aria-keyshortcuts="Space" disabled={finished} onclick={emit(&props.on_run)}>{ "Run" }</button> }
    };
    let on_speed = {
        let cb = props.on_speed.clone();
        Callback::from(move |e: Event| {
            let select: HtmlInputElement = e.target_unchecked_into();
            cb.emit(select.value().parse().unwrap_or(1));
        })
    };
    let on_seed = validated(parse_seed, seed_error.clone(), props.on_seed.clone());
    let on_horizon = validated(parse_horizon, horizon_error.clone(), props.on_horizon.clone());
    let error = |id: &str, message: &Option<String>| match message {
        Some(m) => html! { <p class="field-error" id={id.to_string()} role="alert">{ m.clone() }</p> },
        None => html! {},
    };
    html! {
        <div class="run-controls">
            <div class="row">
                <button id="reset" onclick={emit(&props.on_reset)}>{ "Reset" }</button>
                <button id="step" aria-keyshortcuts="S" disabled={finished} onclick={emit(&props.on_step)}>{ "Step" }</button>
                { run_or_pause }
                <output id="month" class="month" aria-live="polite">
                    { format!("Month {} of {}", props.month, props.horizon) }
                </output>
                // The phase stays in view with the run controls, which stick to the top of a
                // phone's screen while the phase panel scrolls away.
                <span id="phase-now" class={classes!("phase-now", format!("phase{}", props.phase))}>
                    { match props.phase_b {
                        None => phase_now(props.phase),
                        Some(_) => format!("A: {}", phase_now(props.phase)),
                    } }
                </span>
                if let Some(b) = props.phase_b {
                    <span id="phase-now-b" class={classes!("phase-now", format!("phase{b}"))}>
                        { format!("B: {}", phase_now(b)) }
                    </span>
                }
                <span class="hint shortcuts">{ "Keys: Space run/pause, S step, P present (then ← → chapters or months, Esc)" }</span>
            </div>
            <div class="row settings">
                <div class="field">
                    <label for="speed">{ "Speed" }</label>
                    <select id="speed" onchange={on_speed}>
                        { for SPEEDS.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={i == props.speed}>{ s.label }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="seed">{ "Seed" }</label><Term name="seed" />
                    <input id="seed" type="text" inputmode="numeric" size="10" value={props.seed.to_string()}
                        oninput={on_seed} aria-invalid={seed_error.is_some().to_string()}
                        aria-describedby={seed_error.as_ref().map(|_| "seed-error")} />
                    <button id="new-seed" class="secondary" onclick={emit(&props.on_new_seed)}>{ "New seed and restart" }</button>
                    { error("seed-error", &seed_error) }
                </div>
                <div class="field">
                    <label for="horizon">{ "Horizon (months)" }</label><Term name="horizon" />
                    <input id="horizon" type="number" min="1" max="600" value={props.draft_horizon.to_string()}
                        oninput={on_horizon} aria-invalid={horizon_error.is_some().to_string()}
                        aria-describedby={horizon_error.as_ref().map(|_| "horizon-error")} />
                    { error("horizon-error", &horizon_error) }
                </div>
            </div>
        </div>
    }
}

/// The phase in a few words, for the run controls.
fn phase_now(phase: u8) -> String {
    match phase {
        0 => "Dissolved".to_string(),
        p => format!("Phase {p}: {}", short_name(p)),
    }
}
