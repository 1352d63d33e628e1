//! The guided lessons on offer, each with how far the user got, to start or continue.

use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::settings::LessonProgress;
use super::state::ShippedLesson;
use super::texts::use_tr;

/// Properties of [`LessonList`].
#[derive(PartialEq, Properties)]
pub struct LessonListProps {
    /// Every shipped lesson.
    pub lessons: Rc<Vec<ShippedLesson>>,
    /// How far the user got, by lesson stem.
    pub progress: Rc<BTreeMap<String, LessonProgress>>,
    /// Opens (lesson, chapter).
    pub on_open: Callback<(usize, usize)>,
}

/// Scrolls to the lesson list and moves the focus to its heading: on a phone the list comes
/// after every chart, and the header's button leads there.
pub fn show_lesson_list() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(title) = document.get_element_by_id("lessons-title") else { return };
    title.scroll_into_view();
    if let Ok(title) = title.dyn_into::<web_sys::HtmlElement>() {
        let _ = title.focus();
    }
}

/// The lesson list.
#[function_component]
pub fn LessonList(props: &LessonListProps) -> Html {
    let tr = use_tr();
    html! {
        <section class="panel lessons" id="lessons" aria-labelledby="lessons-title">
            <h2 id="lessons-title" tabindex="-1">{ tr.get("lessons-heading") }</h2>
            <p class="note">{ tr.get("lessons-note") }</p>
            <ul class="lesson-list">
                { for props.lessons.iter().enumerate().map(|(i, shipped)| {
                    let Ok(lesson) = &shipped.lesson else {
                        return html! { <li>{ tr.with("lessons-does-not-load", &[("name", shipped.stem)]) }</li> };
                    };
                    let count = lesson.chapters.len();
                    let progress = props.progress.get(shipped.stem).copied();
                    let (status, label, chapter) = match progress {
                        Some(p) if p.finished => (tr.get("lessons-finished"), tr.get("lessons-again"), 0),
                        Some(p) if p.chapter > 0 && p.chapter < count => {
                            let at = (p.chapter + 1).to_string();
                            let status = tr.with("lessons-at-chapter", &[("chapter", &at), ("chapters", &count.to_string())]);
                            (status, tr.get("lessons-continue"), p.chapter)
                        }
                        _ => (tr.count("lessons-chapters", count, &[]), tr.get("lessons-start"), 0),
                    };
                    // A Dutch page shows the lesson's Dutch title and summary where it has them.
                    let (title, summary) = (lesson.title_in(tr.lang()).to_string(), lesson.summary_in(tr.lang()).to_string());
                    let open_label = tr.with("lessons-open-label", &[("action", &label), ("title", &title)]);
                    let cb = props.on_open.clone();
                    html! {
                        <li>
                            <div class="lesson-item">
                                <strong>{ title }</strong>
                                <span class="lesson-status">{ status }</span>
                            </div>
                            <p class="hint">{ summary }</p>
                            <button id={format!("lesson-open-{}", shipped.stem)} class="secondary small"
                                aria-label={open_label}
                                onclick={Callback::from(move |_: MouseEvent| cb.emit((i, chapter)))}>{ label }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
