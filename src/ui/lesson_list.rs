//! The guided lessons on offer, each with how far the user got, to start or continue.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::settings::LessonProgress;
use super::state::ShippedLesson;

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

/// The lesson list.
#[function_component]
pub fn LessonList(props: &LessonListProps) -> Html {
    html! {
        <section class="panel lessons" id="lessons" aria-labelledby="lessons-title">
            <h2 id="lessons-title">{ "Guided lessons" }</h2>
            <p class="note">{ "Short chapters: each sets up an alliance, asks a question and offers one thing to try." }</p>
            <ul class="lesson-list">
                { for props.lessons.iter().enumerate().map(|(i, shipped)| {
                    let Ok(lesson) = &shipped.lesson else {
                        return html! { <li>{ format!("{} (does not load)", shipped.stem) }</li> };
                    };
                    let count = lesson.chapters.len();
                    let progress = props.progress.get(shipped.stem).copied();
                    let (status, label, chapter) = match progress {
                        Some(p) if p.finished => ("Finished".to_string(), "Again", 0),
                        Some(p) if p.chapter > 0 && p.chapter < count => {
                            (format!("At chapter {} of {count}", p.chapter + 1), "Continue", p.chapter)
                        }
                        _ => (format!("{count} chapters"), "Start", 0),
                    };
                    let cb = props.on_open.clone();
                    html! {
                        <li>
                            <div class="lesson-item">
                                <strong>{ lesson.title.clone() }</strong>
                                <span class="lesson-status">{ status }</span>
                            </div>
                            <p class="hint">{ lesson.summary.clone() }</p>
                            <button id={format!("lesson-open-{}", shipped.stem)} class="secondary small"
                                aria-label={format!("{label}: {}", lesson.title)}
                                onclick={Callback::from(move |_: MouseEvent| cb.emit((i, chapter)))}>{ label }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
