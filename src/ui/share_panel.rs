//! Sharing and files: a share link holding the whole run (scenario, seed and the user's
//! actions), the scenario as a TOML download, opening a TOML or JSON scenario file, and the
//! CSV exports of the monthly series and the event log.
//!
//! Everything read from a link or a file is parsed and validated by the scenario module and
//! shown only as text, never as HTML.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::{copy_to_clipboard, download_text, follow_fragment, fragment, replace_fragment};
use super::state::{Action, AppState, SimHandle};
use crate::export::{events_csv, series_csv};
use crate::scenario::{FieldError, Scenario, ScenarioError, MAX_TEXT_BYTES};
use crate::share::{decode, encode, replays_exactly, MAX_TOKEN_LEN};

/// The fragment key of a share link's scenario token: `#s=v1.…`.
const LINK_KEY: &str = "s=";

/// The fragment key of run B's scenario token, present when the link was made in compare
/// mode: `#s=v1.…&b=v1.…&m=42`.
const B_KEY: &str = "b=";

/// The fragment key of the month a share link was made at: `#s=v1.…&m=42`.
const MONTH_KEY: &str = "m=";

/// The parts of a share link's fragment.
struct Link<'a> {
    /// Run A's token (the only run outside compare mode).
    a: &'a str,
    /// Run B's token, for a link made in compare mode.
    b: Option<&'a str>,
    /// The month the link was made at.
    month: u32,
}

/// Splits a share link's fragment into its tokens and the month it was made at.
///
/// Returns `None` when the fragment is not a share link at all. The month is read
/// defensively: a missing, non-numeric or negative month, or one too large for a `u32`, means
/// month 0, because a link that merely lost its month still holds the whole run. A month
/// beyond the horizon is left to the run, which stops there.
fn split_link(fragment: &str) -> Option<Link<'_>> {
    let mut parts = fragment.split('&');
    let a = parts.next()?.strip_prefix(LINK_KEY)?;
    let (mut b, mut month) = (None, 0);
    for part in parts {
        if let Some(token) = part.strip_prefix(B_KEY) {
            b = Some(token);
        } else if let Some(m) = part.strip_prefix(MONTH_KEY) {
            month = m.parse::<u32>().unwrap_or(0);
        }
    }
    Some(Link { a, b, month })
}

/// Decodes a link's runs: A, and B when the link was made in compare mode. B must share A's
/// seed and horizon, since the two runs advance in lockstep.
fn open_link(link: &Link<'_>) -> Result<(Scenario, Option<Scenario>), String> {
    let a = decode(link.a).map_err(|e| e.to_string())?;
    let Some(token) = link.b else { return Ok((a, None)) };
    let b = decode(token).map_err(|e| format!("Run B of the link: {e}"))?;
    if (b.seed, b.horizon_months) != (a.seed, a.horizon_months) {
        return Err(
            "Run B of the link has another seed or horizon than run A, so the two cannot be compared.".into(),
        );
    }
    Ok((a, Some(b)))
}

/// Shown for a link made before the model or its random generator changed: it opens, but its
/// run is not the one that was shared, and the user should know before drawing conclusions.
const OLDER_LINK: &str = "This link was made by an earlier version of Alliance Lab. Its scenario, seed and \
                          actions are restored, but the model has changed since, so the curves differ \
                          from the run that was shared.";

/// Largest scenario file the page reads: the scenario module's limit, checked here before the
/// file is read at all.
const MAX_FILE_BYTES: f64 = MAX_TEXT_BYTES as f64;

/// Properties of [`SharePanel`].
#[derive(PartialEq, Properties)]
pub struct SharePanelProps {
    /// Run A (or the only run): the one shared, saved and exported.
    pub sim: SimHandle,
    /// Run B in compare mode, whose series can be exported too.
    pub sim_b: Option<SimHandle>,
    /// The revision of the runs.
    pub revision: u64,
    /// Starts a scenario read from a file, with the file's name.
    pub on_open: Callback<(Scenario, String)>,
}

/// The share and file controls.
#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let link = use_state(String::new);
    let link_error = use_state(|| None::<String>);
    let file_errors = use_state(|| None::<ScenarioError>);

    let on_copy = {
        let (sim, sim_b) = (props.sim.clone(), props.sim_b.clone());
        let (link, link_error) = (link.clone(), link_error.clone());
        Callback::from(move |_: MouseEvent| {
            let (token, month) = {
                let sim = sim.borrow();
                (encode(&sim.scenario_with_actions()), sim.month())
            };
            // In compare mode the link carries run B too, so it opens in compare mode.
            let token_b = sim_b.as_ref().map(|b| encode(&b.borrow().scenario_with_actions()));
            let longest = token.len().max(token_b.as_ref().map_or(0, String::len));
            if longest > MAX_TOKEN_LEN {
                link_error.set(Some(format!(
                    "This run is too large for a link ({longest} characters; at most {MAX_TOKEN_LEN}). Download the scenario file instead."
                )));
                return;
            }
            link_error.set(None);
            let b_part = token_b.map(|b| format!("&{B_KEY}{b}")).unwrap_or_default();
            if let Some(url) = replace_fragment(&format!("{LINK_KEY}{token}{b_part}&{MONTH_KEY}{month}")) {
                copy_to_clipboard(&url);
                link.set(url);
            }
        })
    };
    let toml = |sim: SimHandle, name: &'static str| {
        Callback::from(move |_: MouseEvent| {
            let text = sim.borrow().scenario_with_actions().to_toml_string();
            download_text(name, "application/toml", &text);
        })
    };
    let series = |sim: SimHandle, name: &'static str| {
        Callback::from(move |_: MouseEvent| {
            let sim = sim.borrow();
            let names: Vec<String> = sim.scenario().partners.iter().map(|p| p.name.clone()).collect();
            download_text(name, "text/csv", &series_csv(sim.history(), &names));
        })
    };
    let on_events = {
        let sim = props.sim.clone();
        Callback::from(move |_: MouseEvent| {
            download_text("alliance-events.csv", "text/csv", &events_csv(sim.borrow().events()))
        })
    };
    let on_file = {
        let (on_open, file_errors) = (props.on_open.clone(), file_errors.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // Clearing the field lets the same file be chosen again after fixing it.
            input.set_value("");
            let name = file.name();
            if file.size() > MAX_FILE_BYTES {
                let message = format!(
                    "the file is larger than {} MB, more than any scenario needs",
                    MAX_TEXT_BYTES / 1_000_000
                );
                file_errors.set(Some(ScenarioError::single(FieldError::text(message))));
                return;
            }
            let (on_open, file_errors) = (on_open.clone(), file_errors.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                let Some(text) = text else {
                    let error = FieldError::text("the file could not be read as text");
                    return file_errors.set(Some(ScenarioError::single(error)));
                };
                match Scenario::parse(&text) {
                    Ok(scenario) => {
                        file_errors.set(None);
                        on_open.emit((scenario, name));
                    }
                    Err(e) => file_errors.set(Some(e)),
                }
            });
        })
    };
    html! {
        <section class="panel share" id="share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share, save and export" }</h2>
            <div class="buttons">
                <button id="share-copy" onclick={on_copy}>{ "Copy share link" }</button>
                <button id="download-toml" class="secondary" onclick={toml(props.sim.clone(), "alliance-scenario.toml")}>
                    { if props.sim_b.is_some() { "Download scenario A as a file" } else { "Download the scenario as a file" } }
                </button>
                if let Some(b) = &props.sim_b {
                    <button id="download-toml-b" class="secondary" onclick={toml(b.clone(), "alliance-scenario-b.toml")}>
                        { "Download scenario B as a file" }
                    </button>
                }
            </div>
            <div class="field">
                <label for="share-link">{ "Share link (the scenario, seed and your actions)" }</label>
                <input id="share-link" type="text" readonly=true value={(*link).clone()}
                    placeholder="Press Copy share link" />
            </div>
            if let Some(e) = &*link_error {
                <p class="field-error" role="alert" id="share-link-error">{ super::shown::shortened(e) }</p>
            }
            <div class="field">
                <label for="open-file">{ "Open a scenario file you downloaded or wrote (.toml or .json)" }</label>
                <input id="open-file" type="file" accept=".toml,.json,application/json,application/toml,text/plain"
                    onchange={on_file} aria-describedby={file_errors.is_some().then_some("file-errors")} />
            </div>
            if let Some(e) = &*file_errors {
                <div class="field-error" role="alert" id="file-errors">
                    <p>{ "The file was not opened:" }</p>
                    <ul>
                        { for e.errors.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }
                        if e.more > 0 {
                            <li>{ format!("and {} more", e.more) }</li>
                        }
                    </ul>
                </div>
            }
            <div class="buttons">
                <button id="export-series" class="secondary" onclick={series(props.sim.clone(), "alliance-series.csv")}>
                    { if props.sim_b.is_some() { "Series CSV of A" } else { "Series CSV" } }
                </button>
                if let Some(b) = &props.sim_b {
                    <button id="export-series-b" class="secondary" onclick={series(b.clone(), "alliance-series-b.csv")}>{ "Series CSV of B" }</button>
                }
                <button id="export-events" class="secondary" onclick={on_events}>{ "Event log CSV" }</button>
                <button id="print-debrief" class="secondary" onclick={Callback::from(|_: MouseEvent| print())}
                    title="The scenario, the key figures, the phases, turning points and actions, the charts and questions for reflection; choose Save as PDF in the print dialog for a file">
                    { "Print a debrief" }
                </button>
            </div>
        </section>
    }
}

/// Opens the share link in the URL when the page loads, and again whenever the fragment
/// changes (a link pasted into the same tab), and steps the new run to the month the link
/// was made at. A damaged link leaves the default scenario running and shows why.
#[hook]
pub fn use_open_link(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let open = move || {
            let Some(fragment) = fragment() else { return };
            let Some(link) = split_link(&fragment) else { return };
            match open_link(&link) {
                Ok((scenario, compare)) => {
                    dispatcher.dispatch(Action::Load {
                        scenario: Box::new(scenario),
                        compare: compare.map(Box::new),
                        from: "a share link".into(),
                        month: link.month,
                    });
                    if !replays_exactly(link.a) {
                        dispatcher.dispatch(Action::Notify(OLDER_LINK.into()));
                    }
                }
                Err(e) => dispatcher.dispatch(Action::Notify(
                    format!("The share link could not be opened, so the default scenario is shown. {e}")
                        .into(),
                )),
            }
        };
        follow_fragment(open)
    });
}

/// Opens the browser's print dialog, which prints the debrief (the print stylesheet shows it
/// and hides the controls). A browser that cannot print has nothing better to offer.
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
