//! The page: header, run controls, scenario, governance, interventions, shocks, the plan, the
//! network, the phase panel, charts, the event log and the partner cards, wired to the reducer.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::compare_panel::ComparePanel;
use super::debrief::{use_pause_before_print, Debrief};
use super::ensemble_panel::EnsemblePanel;
use super::event_log::EventLog;
use super::governance_panel::GovernancePanel;
use super::interventions_panel::InterventionsPanel;
use super::labels::model_action_label;
use super::language_switch::LanguageSwitch;
use super::lesson_list::LessonList;
use super::lesson_panel::{use_lesson_charts, use_lesson_focus, use_lesson_link, LessonPanel};
use super::line_chart::{LineChart, RefLine};
use super::model_dialog::ModelDialog;
use super::network_view::NetworkView;
use super::notice::{Notice, Source};
use super::partner_editor::PartnerEditor;
use super::phase_panel::PhasePanel;
use super::plan_panel::PlanPanel;
use super::run_controls::RunControls;
use super::scenario_picker::ScenarioPicker;
use super::series::Series;
use super::share_panel::{use_open_link, SharePanel};
use super::shocks_panel::ShocksPanel;
use super::state::{Action, AppState, Arm, SimHandle};
use super::texts::{mark_document, Tr};
use super::timeline::Timeline;
use crate::model::{self, Action as ModelAction};

/// The application root.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::new);
    let dialog = use_state(|| false);

    // While running, a timer sends a Tick per interval; when paused there is no timer, so
    // nothing re-renders.
    {
        let dispatcher = state.dispatcher();
        let interval_ms = state.speed().interval_ms;
        use_effect_with((state.running, interval_ms), move |&(running, ms)| {
            let interval = running.then(|| Interval::new(ms, move || dispatcher.dispatch(Action::Tick)));
            move || drop(interval)
        });
    }
    // The keyboard shortcuts read whether the page presents through this cell, which each
    // render keeps up to date, rather than restarting their listener.
    let presenting = use_mut_ref(|| false);
    *presenting.borrow_mut() = state.presenting;
    use_shortcuts(state.dispatcher(), presenting);
    // Entering or leaving presentation mode resizes every chart without resizing the window.
    use_effect_with(state.presenting, |_| super::frame::relayout());
    use_open_link(state.dispatcher());
    let tr = use_memo(state.lang, |&lang| Tr::new(lang));
    use_lesson_link(state.dispatcher(), state.lessons.clone(), state.lesson);
    use_pause_before_print(state.dispatcher());
    let chapter = state.chapter().map(|(_, lesson, at)| &lesson.chapters[at.chapter]);
    use_lesson_focus(chapter.map(|c| c.focus_selector()));
    use_lesson_charts(chapter.map(|c| c.charts.clone()).unwrap_or_default());
    use_effect_with(state.lang, |&lang| {
        mark_document(lang);
        super::settings::update(|s| s.lang = Some(lang.code().to_string()));
    });
    // The reducer stays pure: what the user chose is stored from here, when it changes.
    use_effect_with(state.speed, |&speed| super::settings::update(|s| s.speed = speed));
    use_effect_with(state.progress.clone(), |progress| {
        super::settings::update(|s| s.lessons.clone_from(progress))
    });

    let dispatcher = state.dispatcher();
    let send = |make: fn() -> Action| {
        let d = dispatcher.clone();
        Callback::from(move |()| d.dispatch(make()))
    };
    let on_model = use_callback(dispatcher.clone(), |a: ModelAction, d| d.dispatch(Action::Model(a)));
    let on_edit = use_callback(dispatcher.clone(), |s, d| d.dispatch(Action::EditDraft(Box::new(s))));
    let on_revert = use_callback(dispatcher.clone(), |(), d| d.dispatch(Action::RevertDraft));
    let on_preset = use_callback(dispatcher.clone(), |i, d| d.dispatch(Action::SelectPreset(i)));
    let on_lesson = use_callback(dispatcher.clone(), |(lesson, chapter), d| {
        d.dispatch(Action::OpenChapter { lesson, chapter })
    });
    let on_chapter = {
        let (d, lesson) = (dispatcher.clone(), state.lesson.map_or(0, |at| at.lesson));
        Callback::from(move |chapter| d.dispatch(Action::OpenChapter { lesson, chapter }))
    };
    let on_leave =
        use_callback(dispatcher.clone(), |finished, d| d.dispatch(Action::LeaveLesson { finished }));
    let on_lang = use_callback(dispatcher.clone(), |lang, d| d.dispatch(Action::SetLang(lang)));
    let on_speed = use_callback(dispatcher.clone(), |i, d| d.dispatch(Action::SetSpeed(i)));
    let on_target = use_callback(dispatcher.clone(), |t, d| d.dispatch(Action::SetTarget(t)));
    let on_replan_a =
        use_callback(dispatcher.clone(), |schedule, d| d.dispatch(Action::Replan { arm: Arm::A, schedule }));
    let on_replan_b =
        use_callback(dispatcher.clone(), |schedule, d| d.dispatch(Action::Replan { arm: Arm::B, schedule }));
    let on_open =
        use_callback(dispatcher.clone(), |(scenario, name): (crate::scenario::Scenario, String), d| {
            let warnings = scenario.warnings();
            d.dispatch(Action::Load {
                scenario: Box::new(scenario),
                compare: None,
                from: Source::File(name),
                month: 0,
            });
            // A file made for an older model opens, with the warning that its runs differ.
            if !warnings.is_empty() {
                d.dispatch(Action::Notify(Notice::Warnings(warnings)));
            }
        });
    let on_compare = {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::ToggleCompare))
    };
    let on_seed = {
        let (d, draft) = (dispatcher.clone(), state.draft.clone());
        Callback::from(move |seed| {
            d.dispatch(Action::EditDraft(Box::new(crate::scenario::Scenario { seed, ..(*draft).clone() })))
        })
    };
    let on_horizon = {
        let (d, draft) = (dispatcher.clone(), state.draft.clone());
        Callback::from(move |horizon_months| {
            d.dispatch(Action::EditDraft(Box::new(crate::scenario::Scenario {
                horizon_months,
                ..(*draft).clone()
            })))
        })
    };

    // The governance controls show the run the user's actions go to.
    let sim = state.shown().borrow();
    let (month, horizon) = (sim.month(), sim.horizon());
    let state_now = sim.state();
    // Live settings show what the user just asked for, even before the next month applies it.
    let model::Settings { style, control, turbulence } = state_now.settings();
    let partners: Vec<(String, bool)> = sim
        .params()
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.clone(), !state_now.has_left(i)))
        .collect();
    let pending: Vec<String> = state_now.pending.iter().map(|a| model_action_label(&tr, a)).collect();
    // The phase of the run the actions go to, whose interventions are on offer; the run
    // controls name A's phase and, in compare mode, B's beside it, whichever run is the target.
    let last_phase = |handle: &SimHandle| handle.borrow().history().last().map_or(1, |h| h.phase);
    let (phase, phase_a) = (last_phase(state.shown()), last_phase(&state.sim));
    let phase_b = state.sim_b.as_ref().map(last_phase);
    let (relational, field, fitting) =
        (sim.relational_uncertainty(), sim.field_uncertainty(), sim.fitting_control());
    let clarity = state_now.governance.decision_clarity;
    let chore_share = sim.params().coefficients.chore_share;
    drop(sim);
    let (rev, handle) = (state.revision, state.sim.clone());
    let finished = handle.borrow().is_finished();
    let open_dialog = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| dialog.set(true))
    };
    let close_dialog = {
        let dialog = dialog.clone();
        Callback::from(move |()| {
            dialog.set(false);
            // Focus returns to the button that opened the dialog.
            if let Some(b) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("open-model"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = b.focus();
            }
        })
    };
    // While the dialog is open the page behind it is inert, so Tab stays inside the dialog.
    let inert = *dialog;
    html! {
        <ContextProvider<Tr> context={(*tr).clone()}>
        <div class={classes!("app", state.presenting.then_some("presenting"), state.lesson.is_some().then_some("in-lesson"), finished.then_some("finished"))}>
            <header class="app-header" inert={inert}>
                <h1>{ tr.get("app-name") }</h1>
                <p class="scenario-title">{ state.scenario.title_in(state.lang).to_string() }</p>
                <LanguageSwitch on_change={on_lang} />
                // On a phone the lessons come after every chart; this button (shown on narrow
                // screens only) leads there.
                if state.lesson.is_none() {
                    <button id="to-lessons" class="secondary on-dark to-lessons"
                        onclick={Callback::from(|_: MouseEvent| super::lesson_list::show_lesson_list())}>
                        { tr.get("app-to-lessons") }
                    </button>
                }
                <button id="present-toggle" class="secondary on-dark" aria-pressed={state.presenting.to_string()}
                    title={tr.get("present-hint")}
                    onclick={{
                        let d = dispatcher.clone();
                        Callback::from(move |e: MouseEvent| {
                            // The arrow keys and Space work at once: they are not the button's.
                            if let Some(button) = e.target_dyn_into::<web_sys::HtmlElement>() {
                                let _ = button.blur();
                            }
                            d.dispatch(Action::TogglePresenting)
                        })
                    }}>
                    { if state.presenting { tr.get("present-leave") } else { tr.get("present") } }
                </button>
                <button id="open-model" class="secondary on-dark" onclick={open_dialog}>{ tr.get("open-model") }</button>
            </header>
            <section class="toolbar" aria-label={tr.get("run-controls-label")} inert={inert}>
                <RunControls running={state.running} {month} phase={phase_a} {phase_b} {horizon} speed={state.speed} seed={state.draft.seed}
                    draft_horizon={state.draft.horizon_months}
                    on_run={send(|| Action::Run)} on_pause={send(|| Action::Pause)} on_step={send(|| Action::Step)}
                    on_reset={send(|| Action::Reset)} on_new_seed={send(|| Action::NewSeed)}
                    {on_speed} {on_seed} {on_horizon}>
                    <button id="compare-toggle" class="secondary" aria-pressed={state.sim_b.is_some().to_string()}
                        onclick={on_compare}>{ if state.sim_b.is_some() { tr.get("app-compare-end") } else { tr.get("app-compare-start") } }</button>
                </RunControls>
                if let Some(loaded) = &state.loaded {
                    <p class="loaded" role="status" id="loaded">{ loaded.say(&tr, state.scenario.title_in(tr.lang())) }</p>
                }
                // At the horizon the actions no longer do anything (the stylesheet dims them):
                // the page says why before anyone clicks one.
                if finished && state.notice != Some(Notice::HorizonReached) {
                    <p class="loaded" role="status" id="finished">{ tr.get("state-horizon-reached") }</p>
                }
                if let Some(notice) = &state.notice {
                    <p class="field-error" role="alert" id="notice">{ super::shown::shortened(&notice.say(&tr)) }</p>
                }
                if !pending.is_empty() {
                    <p class="queued" role="status">{ tr.with("app-next-month", &[("actions", &pending.join(", "))]) }</p>
                }
            </section>
            <main inert={inert}>
                <div class="controls">
                    if let Some(at) = state.lesson {
                        <LessonPanel lessons={state.lessons.clone()} {at} on_open={on_chapter} {on_leave} />
                    } else {
                        <LessonList lessons={state.lessons.clone()} progress={state.progress.clone()} on_open={on_lesson} />
                    }
                    <ScenarioPicker presets={state.presets.clone()} chosen={state.preset} on_select={on_preset}
                        scenario={state.scenario.clone()} />
                    <GovernancePanel {style} {control} partners={partners.clone()} {relational} {field} {fitting} {clarity}
                        run={state.sim_b.as_ref().map(|_| state.target)} on_action={on_model.clone()} />
                    <InterventionsPanel partners={partners.clone()} {phase} on_action={on_model.clone()} />
                    <ShocksPanel {partners} {turbulence} on_action={on_model.clone()} />
                    <PlanPanel arm={if state.sim_b.is_some() { "A" } else { "" }} sim={handle.clone()} revision={rev}
                        start_plan={state.start_plan.clone()} on_replan={on_replan_a} />
                    if let Some(b) = &state.sim_b {
                        <PlanPanel arm="B" sim={b.clone()} revision={rev} start_plan={state.start_plan.clone()} on_replan={on_replan_b} />
                    }
                </div>
                <div class="views">
                    <Debrief sim={handle.clone()} sim_b={state.sim_b.clone()} revision={(!state.running).then_some(rev)}
                        lessons={state.lessons.clone()} at={state.lesson} />
                    if let Some(b) = &state.sim_b {
                        <ComparePanel a={handle.clone()} b={b.clone()} revision={rev} target={state.target} {on_target} />
                    }
                    <PhasePanel sim={handle.clone()} revision={rev} on_action={on_model} />
                    <NetworkView sim={handle.clone()} sim_b={state.sim_b.clone()} revision={rev} texts={state.texts} />
                    <Timeline sim={handle.clone()} revision={rev} texts={state.texts} />
                    <div class="charts">
                        <LineChart sim_b={state.sim_b.clone()} id="chart-relations" sim={handle.clone()} revision={rev} texts={state.texts} title={tr.get("chart-relations-title")}
                            series={vec![Series::Trust, Series::Knowledge, Series::SharedVision, Series::ValueAlignment]} />
                        <LineChart sim_b={state.sim_b.clone()} id="chart-work" sim={handle.clone()} revision={rev} texts={state.texts} title={tr.get("chart-work-title")}
                            series={vec![Series::Conflict, Series::Commitment, Series::Delivery]} />
                        <LineChart sim_b={state.sim_b.clone()} id="chart-value" sim={handle.clone()} revision={rev} texts={state.texts} title={tr.get("chart-value-title")}
                            series={vec![Series::Value, Series::SoloValue]} y_max={None::<f64>} />
                        <LineChart sim_b={state.sim_b.clone()} id="chart-added-value" sim={handle.clone()} revision={rev} texts={state.texts} title={tr.get("chart-added-value-title")}
                            series={vec![Series::AddedValue]} y_max={None::<f64>} reference={RefLine::zero(tr.get("chart-zero-line"))} />
                        <LineChart sim_b={state.sim_b.clone()} id="chart-monthly-value" sim={handle.clone()} revision={rev} texts={state.texts} title={tr.get("chart-monthly-value-title")}
                            series={vec![Series::MonthlyValue, Series::MonthlySoloValue]} y_max={None::<f64>} />
                        <LineChart sim_b={state.sim_b.clone()} id="chart-process" sim={handle.clone()} revision={rev} texts={state.texts} title={tr.get("chart-process-title")}
                            series={vec![Series::ProcessShare]} reference={RefLine::alarm(chore_share, tr.get("chart-alarm-line"))} />
                    </div>
                    <EventLog sim={handle.clone()} sim_b={state.sim_b.clone()} revision={rev} />
                    <EnsemblePanel sim={handle.clone()} sim_b={state.sim_b.clone()} live={state.running} />
                    <SharePanel sim={handle} sim_b={state.sim_b.clone()} revision={rev} {on_open} />
                </div>
                <PartnerEditor draft={state.draft.clone()} pending={state.draft_pending()} {on_edit} {on_revert} />
            </main>
            if *dialog {
                <ModelDialog on_close={close_dialog} />
            }
        </div>
        </ContextProvider<Tr>>
    }
}

/// The narrowest window, in CSS pixels, in which presentation mode is offered; the stylesheet
/// hides the Present button at this width and below.
const PRESENTING_MIN_WIDTH: f64 = 700.0;

/// Keyboard shortcuts on the whole page: Space runs or pauses, S steps one month, P enters or
/// leaves presentation mode; while presenting, Escape leaves it and the arrow keys step through
/// a lesson's chapters, or outside a lesson the months (Shift: a year). They are ignored while a
/// form field or button has focus, so typing and pressing buttons work as usual, and on a
/// focused chart, whose arrow keys read it; a button clicked with the mouse does not keep the
/// focus.
#[hook]
fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>, presenting: Rc<RefCell<bool>>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let tag = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|t| t.tag_name());
            if matches!(tag.as_deref(), Some("INPUT" | "SELECT" | "TEXTAREA")) {
                return;
            }
            // A focused button or chart keeps its own keys, except that while presenting
            // (where the charts are not read month by month) Escape and the arrows always
            // belong to the presentation, also after a click on Step or Run.
            let presenting = *presenting.borrow();
            let key = e.key();
            let presentation_key =
                presenting && matches!(key.as_str(), "Escape" | "ArrowLeft" | "ArrowRight");
            if matches!(tag.as_deref(), Some("BUTTON" | "SUMMARY" | "CANVAS")) && !presentation_key {
                return;
            }
            // Presentation mode is for a large screen; on a phone the P key does nothing, as
            // there is no button to leave it.
            let wide = web_sys::window()
                .and_then(|w| w.inner_width().ok())
                .and_then(|w| w.as_f64())
                .is_some_and(|w| w > PRESENTING_MIN_WIDTH);
            let months = if e.shift_key() { 12 } else { 1 };
            match key.as_str() {
                " " => dispatcher.dispatch(Action::Toggle),
                "s" | "S" => dispatcher.dispatch(Action::Step),
                "p" | "P" if wide || presenting => dispatcher.dispatch(Action::TogglePresenting),
                "Escape" if presenting => dispatcher.dispatch(Action::Present(false)),
                "ArrowRight" if presenting => dispatcher.dispatch(Action::Turn { forward: true, months }),
                "ArrowLeft" if presenting => dispatcher.dispatch(Action::Turn { forward: false, months }),
                _ => return,
            }
            e.prevent_default();
        });
        // A button clicked with the mouse lets go of the focus before its action runs, so that
        // the space bar then runs or pauses as the page says, instead of pressing that button
        // again (an intervention twice in one month, Step instead of Run). A button pressed
        // from the keyboard (a click without a pointer, `detail` 0) keeps the focus, so that
        // keyboard users stay where they are; an action that moves the focus still does.
        let release = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|e: web_sys::MouseEvent| {
            if e.detail() == 0 {
                return;
            }
            let button = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("button").ok().flatten())
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = button {
                let _ = button.blur();
            }
        });
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(d) = &document {
            let _ = d.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            let _ =
                d.add_event_listener_with_callback_and_bool("click", release.as_ref().unchecked_ref(), true);
        }
        move || {
            if let Some(d) = document {
                let _ = d.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
                let _ = d.remove_event_listener_with_callback_and_bool(
                    "click",
                    release.as_ref().unchecked_ref(),
                    true,
                );
            }
        }
    });
}
