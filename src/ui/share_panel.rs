//! Sharing and files: a share link holding the whole run (scenario, seed and the user's
//! actions), the scenario as a TOML download, opening a TOML or JSON scenario file, and the
//! CSV exports of the monthly series and the event log.
//!
//! Everything read from a link or a file is parsed and validated by the scenario module and
//! shown only as text, never as HTML.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::{copy_to_clipboard, download_text, follow_fragment, fragment, replace_fragment};
use super::notice::{Notice, Source};
use super::reader::{self, ReaderFailure};
use super::state::{Action, AppState, SimHandle};
use super::texts::use_tr;
use crate::export::{events_csv, series_csv};
use crate::i18n::problems::problem_text;
use crate::i18n::Texts;
use crate::scenario::{Scenario, ScenarioError, MAX_TEXT_BYTES};
use crate::share::{decode, encode, replays_exactly, ShareError, MAX_JSON_BYTES, MAX_TOKEN_LEN, VERSION};

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

/// Why a share link did not open.
#[derive(Debug, PartialEq)]
pub(super) enum LinkError {
    /// Run A's token (the only one outside compare mode) cannot be read.
    A(ShareError),
    /// Run B's token cannot be read.
    B(ShareError),
    /// Run B has another seed or horizon than run A.
    Mismatch,
}

/// Decodes a link's runs: A, and B when the link was made in compare mode. B must share A's
/// seed and horizon, since the two runs advance in lockstep.
fn open_link(link: &Link<'_>) -> Result<(Scenario, Option<Scenario>), LinkError> {
    let a = decode(link.a).map_err(LinkError::A)?;
    let Some(token) = link.b else { return Ok((a, None)) };
    let b = decode(token).map_err(LinkError::B)?;
    if (b.seed, b.horizon_months) != (a.seed, a.horizon_months) {
        return Err(LinkError::Mismatch);
    }
    Ok((a, Some(b)))
}

/// Why a link did not open, in the language of `tr`.
pub(super) fn link_error_text(tr: &Texts, error: &LinkError) -> String {
    match error {
        LinkError::A(e) => share_error_text(tr, e),
        LinkError::B(e) => tr.with("share-link-b", &[("reason", &share_error_text(tr, e))]),
        LinkError::Mismatch => tr.get("share-link-mismatch"),
    }
}

/// A share token's problem in the language of `tr`: in English as [`ShareError`]'s `Display`
/// writes it (for the CLI and the tests), the scenario's own problems included.
fn share_error_text(tr: &Texts, error: &ShareError) -> String {
    match error {
        ShareError::Empty => tr.get("share-error-empty"),
        ShareError::TooLong { length } => tr.with(
            "share-error-too-long",
            &[("length", &length.to_string()), ("max", &MAX_TOKEN_LEN.to_string())],
        ),
        ShareError::NoVersion => tr.with("share-error-no-version", &[("version", &VERSION.to_string())]),
        ShareError::FutureVersion { version } => tr.with(
            "share-error-future-version",
            &[("version", &version.to_string()), ("current", &VERSION.to_string())],
        ),
        ShareError::Incomplete => tr.get("share-error-incomplete"),
        ShareError::NotBase64 => tr.get("share-error-not-base64"),
        ShareError::NotDeflate => tr.get("share-error-not-deflate"),
        ShareError::TooLarge => {
            tr.with("share-error-too-large", &[("kib", &(MAX_JSON_BYTES / 1024).to_string())])
        }
        ShareError::NotJson { detail } => tr.with("share-error-not-json", &[("detail", detail)]),
        ShareError::InvalidScenario(e) => {
            let problems: Vec<String> = e.errors.iter().map(|field| problem_text(tr, field)).collect();
            let problems = problems.join("; ");
            match e.more {
                0 => tr.with("share-error-invalid", &[("problems", &problems)]),
                more => tr.count("share-error-invalid-more", more, &[("problems", &problems)]),
            }
        }
    }
}

/// Why a scenario file was not opened.
enum FileProblem {
    /// The file is larger than any scenario.
    TooLarge,
    /// The file is not text.
    NotText,
    /// The text is not a valid scenario, with the scenario module's problems.
    Invalid(ScenarioError),
    /// The scenario reader, which reads TOML, could not be loaded.
    NoReader,
}

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
    let tr = use_tr();
    let link = use_state(String::new);
    // The length of a run too long for a link.
    let link_error = use_state(|| None::<usize>);
    let file_errors = use_state(|| None::<FileProblem>);
    let download_error = use_state(|| false);

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
                link_error.set(Some(longest));
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
        let download_error = download_error.clone();
        Callback::from(move |_: MouseEvent| {
            let scenario = sim.borrow().scenario_with_actions();
            let download_error = download_error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match reader::write_toml(&scenario).await {
                    Ok(text) => {
                        download_error.set(false);
                        download_text(name, "application/toml", &text);
                    }
                    Err(ReaderFailure(why)) => {
                        web_sys::console::warn_1(&why.into());
                        download_error.set(true);
                    }
                }
            });
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
                file_errors.set(Some(FileProblem::TooLarge));
                return;
            }
            let (on_open, file_errors) = (on_open.clone(), file_errors.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                let Some(text) = text else {
                    return file_errors.set(Some(FileProblem::NotText));
                };
                // JSON is read here; TOML by the scenario reader, loaded the first time.
                let read = if Scenario::looks_like_json(&text) {
                    Ok(Scenario::parse_json(&text))
                } else {
                    reader::read_toml(text).await
                };
                match read {
                    Ok(Ok(scenario)) => {
                        file_errors.set(None);
                        on_open.emit((scenario, name));
                    }
                    Ok(Err(e)) => file_errors.set(Some(FileProblem::Invalid(e))),
                    Err(ReaderFailure(why)) => {
                        web_sys::console::warn_1(&why.into());
                        file_errors.set(Some(FileProblem::NoReader));
                    }
                }
            });
        })
    };
    let file_problems: Vec<String> = match &*file_errors {
        None => Vec::new(),
        Some(FileProblem::TooLarge) => {
            vec![tr.with("share-file-too-large", &[("mb", &(MAX_TEXT_BYTES / 1_000_000).to_string())])]
        }
        Some(FileProblem::NotText) => vec![tr.get("share-file-not-text")],
        Some(FileProblem::NoReader) => vec![tr.get("share-no-reader")],
        Some(FileProblem::Invalid(e)) => e.errors.iter().map(|field| problem_text(&tr, field)).collect(),
    };
    let more = match &*file_errors {
        Some(FileProblem::Invalid(e)) => e.more,
        _ => 0,
    };
    html! {
        <section class="panel share" id="share" aria-labelledby="share-title">
            <h2 id="share-title">{ tr.get("share-title") }</h2>
            <div class="buttons">
                <button id="share-copy" onclick={on_copy}>{ tr.get("share-copy") }</button>
                <button id="download-toml" class="secondary" onclick={toml(props.sim.clone(), "alliance-scenario.toml")}>
                    { if props.sim_b.is_some() { tr.get("share-download-a") } else { tr.get("share-download") } }
                </button>
                if let Some(b) = &props.sim_b {
                    <button id="download-toml-b" class="secondary" onclick={toml(b.clone(), "alliance-scenario-b.toml")}>
                        { tr.get("share-download-b") }
                    </button>
                }
            </div>
            if *download_error {
                <p class="field-error" role="alert" id="download-error">{ tr.get("share-download-failed") }</p>
            }
            <div class="field">
                <label for="share-link">{ tr.get("share-link-label") }</label>
                <input id="share-link" type="text" readonly=true value={(*link).clone()}
                    placeholder={tr.get("share-link-placeholder")} />
            </div>
            if let Some(length) = *link_error {
                <p class="field-error" role="alert" id="share-link-error">
                    { tr.with("share-too-large", &[("length", &length.to_string()), ("max", &MAX_TOKEN_LEN.to_string())]) }
                </p>
            }
            <div class="field">
                <label for="open-file">{ tr.get("share-open-label") }</label>
                <input id="open-file" type="file" accept=".toml,.json,application/json,application/toml,text/plain"
                    onchange={on_file} aria-describedby={file_errors.is_some().then_some("file-errors")} />
            </div>
            if file_errors.is_some() {
                <div class="field-error" role="alert" id="file-errors">
                    <p>{ tr.get("share-file-not-opened") }</p>
                    <ul>
                        { for file_problems.into_iter().map(|problem| html! { <li>{ problem }</li> }) }
                        if more > 0 {
                            <li>{ tr.count("share-file-more", more, &[]) }</li>
                        }
                    </ul>
                </div>
            }
            <div class="buttons">
                <button id="export-series" class="secondary" onclick={series(props.sim.clone(), "alliance-series.csv")}>
                    { if props.sim_b.is_some() { tr.get("share-series-a") } else { tr.get("share-series") } }
                </button>
                if let Some(b) = &props.sim_b {
                    <button id="export-series-b" class="secondary" onclick={series(b.clone(), "alliance-series-b.csv")}>{ tr.get("share-series-b") }</button>
                }
                <button id="export-events" class="secondary" onclick={on_events}>{ tr.get("share-events") }</button>
                <button id="print-debrief" class="secondary" onclick={Callback::from(|_: MouseEvent| print())}
                    title={tr.get("share-print-hint")}>
                    { tr.get("share-print") }
                </button>
            </div>
        </section>
    }
}

/// Opens the share link in the URL when the page loads, and again whenever the fragment
/// changes (a link pasted into the same tab), and steps the new run to the month the link
/// was made at. A damaged link leaves the default scenario running and shows why, in the
/// page's language.
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
                        from: Source::Link,
                        month: link.month,
                    });
                    // A link made before the model or its random generator changed opens, but
                    // its run is not the one that was shared, and the user should know before
                    // drawing conclusions.
                    if !replays_exactly(link.a) {
                        dispatcher.dispatch(Action::Notify(Notice::OlderLink));
                    }
                }
                Err(e) => dispatcher.dispatch(Action::Notify(Notice::LinkFailed(Rc::new(e)))),
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
