//! The chapter of a guided lesson the user is in: what to look at, a question, the one thing
//! to try (its control highlighted, the other panels dimmed) and, once tried, what to notice;
//! with the way to the other chapters, a link of its own, and the way out to the sandbox.
//! Also the hooks that open a chapter from the URL (`#lesson=three_phases&chapter=2`), keep
//! the URL on the chapter shown, and point at the chapter's control.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::{clear_fragment, follow_fragment, fragment, replace_fragment};
use super::notice::Notice;
use super::state::{Action, AppState, LessonAt, ShippedLesson};
use super::texts::use_tr;
use crate::lessons::LessonChart;

/// The fragment key of a chapter link; the chapter follows as `&chapter=N`, counted from 1.
const LESSON_KEY: &str = "lesson=";

/// The URL fragment of a chapter (`chapter` 0-based).
pub fn chapter_fragment(stem: &str, chapter: usize) -> String {
    format!("{LESSON_KEY}{stem}&chapter={}", chapter + 1)
}

/// Properties of [`LessonPanel`].
#[derive(PartialEq, Properties)]
pub struct LessonPanelProps {
    /// Every shipped lesson.
    pub lessons: Rc<Vec<ShippedLesson>>,
    /// Where the user is.
    pub at: LessonAt,
    /// Opens another chapter of the lesson.
    pub on_open: Callback<usize>,
    /// Leaves the lesson; true when the user finished it.
    pub on_leave: Callback<bool>,
}

/// The chapter panel.
#[function_component]
pub fn LessonPanel(props: &LessonPanelProps) -> Html {
    let tr = use_tr();
    let title = use_node_ref();
    {
        // A new chapter takes the focus from the button that opened it, so that Space then runs
        // or pauses the chapter's alliance instead of pressing that button again (and turning
        // to the chapter after); a screen reader reads the new chapter's title. A focus the
        // user put elsewhere on the page (a field, a control) stays where it is.
        let title = title.clone();
        use_effect_with((props.at.lesson, props.at.chapter), move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let active = document.as_ref().and_then(|d| d.active_element());
            let in_lesson_or_nowhere = active.is_none_or(|a| {
                a.closest("#lesson-panel").ok().flatten().is_some() || a.tag_name() == "BODY"
            });
            if in_lesson_or_nowhere {
                if let Some(h) = title.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let Some(shipped) = props.lessons.get(props.at.lesson) else { return html! {} };
    let Ok(lesson) = &shipped.lesson else { return html! {} };
    let Some(chapter) = lesson.chapters.get(props.at.chapter) else { return html! {} };
    let (index, count) = (props.at.chapter, lesson.chapters.len());
    let lang = tr.lang();
    let texts = chapter.texts_in(lang);
    let lesson_title = lesson.title_in(lang);
    let name = tr.with(
        "lesson-name",
        &[("title", lesson_title), ("chapter", &(index + 1).to_string()), ("chapters", &count.to_string())],
    );
    let last = index + 1 == count;
    let open = |to: usize| {
        let cb = props.on_open.clone();
        Callback::from(move |_: MouseEvent| cb.emit(to))
    };
    let leave = |finished: bool| {
        let cb = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| cb.emit(finished))
    };
    html! {
        <section class="panel lesson" id="lesson-panel" aria-labelledby="lesson-chapter-title">
            <p class="lesson-name">{ name }</p>
            <h2 id="lesson-chapter-title" tabindex="-1" ref={title}>{ texts.title.clone() }</h2>
            <nav aria-label={tr.get("lesson-chapters-label")}>
                <ol class="chapter-dots">
                    { for lesson.chapters.iter().enumerate().map(|(i, c)| html! {
                        <li>
                            <a href={format!("#{}", chapter_fragment(shipped.stem, i))} title={c.texts_in(lang).title}
                                aria-current={(i == index).then_some("step")}>{ i + 1 }</a>
                        </li>
                    }) }
                </ol>
            </nav>
            <p class="look">{ texts.look }</p>
            <p class="question"><strong>{ tr.get("lesson-question") }</strong>{ texts.question }</p>
            <p class="task" id="lesson-task">
                <strong>{ tr.get("lesson-try") }</strong>{ texts.task }{ " " }
                <button class="secondary small" id="lesson-show" onclick={Callback::from(|_: MouseEvent| show_focus())}>
                    { tr.get("lesson-show") }
                </button>
            </p>
            if props.at.tried {
                <p class="notice" id="lesson-notice" role="status"><strong>{ tr.get("lesson-notice") }</strong>{ texts.notice }</p>
            } else {
                <p class="hint" id="lesson-waiting">{ tr.get("lesson-waiting") }</p>
            }
            <div class="lesson-nav">
                if index > 0 {
                    <button class="secondary" id="lesson-previous" onclick={open(index - 1)}>{ tr.get("lesson-previous") }</button>
                }
                if last {
                    <button id="lesson-finish" onclick={leave(true)}>{ tr.get("lesson-finish") }</button>
                } else {
                    <button id="lesson-next" onclick={open(index + 1)}>{ tr.get("lesson-next") }</button>
                }
                <button class="secondary" id="lesson-leave" onclick={leave(false)}>{ tr.get("lesson-leave") }</button>
            </div>
        </section>
    }
}

/// Scrolls the highlighted control into view and moves the focus to it, for a user who does
/// not see it (it may be further down the page, or on a phone far below).
fn show_focus() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(Some(target)) = document.query_selector("[data-lesson-focus]") else { return };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let focusable = if target.matches("button, input, select").unwrap_or(false) {
        Some(target)
    } else {
        target.query_selector("button, input, select").ok().flatten()
    };
    if let Some(e) = focusable.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// Opens the chapter a `#lesson=…&chapter=…` URL names, at start and whenever the fragment
/// changes (the chapter links); keeps the URL on the chapter shown, so that each chapter has
/// a link of its own; and clears a chapter's URL when the user leaves the lesson. A link
/// that names no chapter is reported in a notice.
#[hook]
pub fn use_lesson_link(
    dispatcher: UseReducerDispatcher<AppState>,
    lessons: Rc<Vec<ShippedLesson>>,
    at: Option<LessonAt>,
) {
    {
        let lessons = lessons.clone();
        use_effect_with((), move |_| {
            let open = move || {
                let Some(fragment) = fragment() else { return };
                let Some(rest) = fragment.strip_prefix(LESSON_KEY) else { return };
                dispatcher.dispatch(match chapter_of(rest, &lessons) {
                    Ok((lesson, chapter)) => Action::OpenChapter { lesson, chapter },
                    Err(notice) => Action::Notify(notice),
                });
            };
            follow_fragment(open)
        });
    }
    use_effect_with(at.map(|a| (a.lesson, a.chapter)), move |at| {
        match at.and_then(|(l, c)| lessons.get(l).map(|s| chapter_fragment(s.stem, c))) {
            Some(wanted) if fragment().as_deref() != Some(wanted.as_str()) => drop(replace_fragment(&wanted)),
            Some(_) => {}
            None if fragment().is_some_and(|f| f.starts_with(LESSON_KEY)) => clear_fragment(),
            None => {}
        }
    });
}

/// The lesson and chapter (0-based) of a link's `STEM&chapter=N`, or a message that says what
/// is wrong with it.
fn chapter_of(rest: &str, lessons: &[ShippedLesson]) -> Result<(usize, usize), Notice> {
    let (stem, chapter) = match rest.split_once('&') {
        Some((stem, tail)) => (stem, tail.strip_prefix("chapter=").and_then(|n| n.parse::<usize>().ok())),
        None => (rest, Some(1)),
    };
    let lesson = lessons.iter().position(|l| l.stem == stem).ok_or_else(|| Notice::NoLesson {
        stem: stem.to_string(),
        lessons: lessons.iter().map(|l| l.stem.to_string()).collect(),
    })?;
    let count = lessons[lesson].lesson.as_ref().map_or(0, |l| l.chapters.len());
    match chapter {
        Some(n) if (1..=count).contains(&n) => Ok((lesson, n - 1)),
        _ => Err(Notice::NoChapter { stem: stem.to_string(), chapters: count }),
    }
}

/// Points at the control of the chapter's action: marks every element that
/// [`crate::lessons::Chapter::focus_selector`] selects with `data-lesson-focus`, which the
/// stylesheet highlights while it dims the other panels, and unmarks the rest. It runs after
/// every render, as the page shows and hides controls (Run and Pause take turns).
#[hook]
pub fn use_lesson_focus(selector: Option<String>) {
    use_effect(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Ok(marked) = document.query_selector_all("[data-lesson-focus]") {
            for i in 0..marked.length() {
                if let Some(e) = marked.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    if !selector.as_deref().is_some_and(|s| e.matches(s).unwrap_or(false)) {
                        let _ = e.remove_attribute("data-lesson-focus");
                    }
                }
            }
        }
        let Some(selector) = selector else { return };
        if let Ok(targets) = document.query_selector_all(&selector) {
            for i in 0..targets.length() {
                if let Some(e) = targets.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = e.set_attribute("data-lesson-focus", "");
                }
            }
        }
    });
}

/// Marks the views the chapter shows beside it in presentation mode
/// ([`crate::lessons::Chapter::charts`]) with `data-lesson-chart="1"` and `"2"`, which the
/// stylesheet places and shows, and unmarks the others. The views are always on the page, so
/// it runs only when the chapter's views change.
#[hook]
pub fn use_lesson_charts(charts: Vec<LessonChart>) {
    use_effect_with(charts, |charts| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        for chart in LessonChart::ALL {
            let Ok(Some(e)) = document.query_selector(chart.selector()) else { continue };
            match charts.iter().position(|c| *c == chart) {
                Some(place) => {
                    let _ = e.set_attribute("data-lesson-chart", &(place + 1).to_string());
                }
                None => {
                    let _ = e.remove_attribute("data-lesson-chart");
                }
            }
        }
    });
}
