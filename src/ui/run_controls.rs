//! Reset, Step, Run/Pause, speed, seed and horizon, with the month counter.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::labels::phase_titled;
use super::state::SPEEDS;
use super::term::Term;
use super::texts::{use_tr, Tr};

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
    /// Further controls that end the settings row (the app's compare button), so that the
    /// sticky toolbar takes two rows on a desktop rather than three.
    #[prop_or_default]
    pub children: Html,
}

/// Reads a seed typed by the user; the error is the id of the message that says what is wrong.
pub fn parse_seed(text: &str) -> Result<u64, &'static str> {
    text.trim().parse::<u64>().map_err(|_| "run-seed-error")
}

/// Reads a horizon typed by the user; the error is the id of the message that says what is
/// wrong.
pub fn parse_horizon(text: &str) -> Result<u32, &'static str> {
    match text.trim().parse::<u32>() {
        Ok(h) if (1..=600).contains(&h) => Ok(h),
        _ => Err("run-horizon-error"),
    }
}

/// Wraps a parser into an input handler that emits valid values and keeps the message id of
/// invalid ones, so that the message next to the field follows the page's language.
fn validated<T: 'static>(
    parse: fn(&str) -> Result<T, &'static str>,
    error: UseStateHandle<Option<&'static str>>,
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
    let tr = use_tr();
    let seed_error = use_state(|| None::<&'static str>);
    let horizon_error = use_state(|| None::<&'static str>);
    let finished = props.month >= props.horizon;
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let run_or_pause = if props.running {
        html! { <button id="pause" data-action="run" aria-keyshortcuts="Space" onclick={emit(&props.on_pause)}>{ tr.get("run-pause") }</button> }
    } else {
        html! { <button id="run" data-action="run" aria-keyshortcuts="Space" disabled={finished} onclick={emit(&props.on_run)}>{ tr.get("run-run") }</button> }
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
    let error = |id: &str, message: &Option<&'static str>| match message {
        Some(m) => html! { <p class="field-error" id={id.to_string()} role="alert">{ tr.get(m) }</p> },
        None => html! {},
    };
    html! {
        <div class="run-controls">
            <div class="row">
                <button id="reset" onclick={emit(&props.on_reset)}>{ tr.get("run-reset") }</button>
                <button id="step" aria-keyshortcuts="S" disabled={finished} onclick={emit(&props.on_step)}>{ tr.get("run-step") }</button>
                { run_or_pause }
                <output id="month" class="month" aria-live="polite">
                    { tr.with("run-month", &[("month", &props.month.to_string()), ("horizon", &props.horizon.to_string())]) }
                </output>
                // The phase stays in view with the run controls, which stick to the top of a
                // phone's screen while the phase panel scrolls away.
                <span id="phase-now" class={classes!("phase-now", format!("phase{}", props.phase))}>
                    { match props.phase_b {
                        None => phase_now(&tr, props.phase),
                        Some(_) => format!("A: {}", phase_now(&tr, props.phase)),
                    } }
                </span>
                if let Some(b) = props.phase_b {
                    <span id="phase-now-b" class={classes!("phase-now", format!("phase{b}"))}>
                        { format!("B: {}", phase_now(&tr, b)) }
                    </span>
                }
                // The keys of presentation mode are named there, to keep the toolbar short.
                <span class="hint shortcuts">
                    { tr.get("run-keys") }<span class="keys-presenting">{ tr.get("run-keys-presenting") }</span>
                </span>
            </div>
            <div class="row settings">
                <div class="field">
                    <label for="speed">{ tr.get("run-speed-label") }</label>
                    <select id="speed" onchange={on_speed}>
                        { for SPEEDS.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={i == props.speed}>{ tr.get(s.message) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="seed">{ tr.get("run-seed-label") }</label><Term name="seed" />
                    <input id="seed" type="text" inputmode="numeric" size="10" value={props.seed.to_string()}
                        oninput={on_seed} aria-invalid={seed_error.is_some().to_string()}
                        aria-describedby={seed_error.as_ref().map(|_| "seed-error")} />
                    <button id="new-seed" class="secondary" onclick={emit(&props.on_new_seed)}>{ tr.get("run-new-seed") }</button>
                    { error("seed-error", &seed_error) }
                </div>
                <div class="field">
                    <label for="horizon">{ tr.get("run-horizon-label") }</label><Term name="horizon" />
                    <input id="horizon" type="number" min="1" max="600" value={props.draft_horizon.to_string()}
                        oninput={on_horizon} aria-invalid={horizon_error.is_some().to_string()}
                        aria-describedby={horizon_error.as_ref().map(|_| "horizon-error")} />
                    { error("horizon-error", &horizon_error) }
                </div>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// The phase in a few words, for the run controls.
fn phase_now(tr: &Tr, phase: u8) -> String {
    match phase {
        0 => tr.get("run-dissolved"),
        p => phase_titled(tr, p),
    }
}
