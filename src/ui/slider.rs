//! A labelled range input with its value shown next to it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::term::Term;
use super::texts::use_tr;

/// Properties of [`Slider`].
#[derive(PartialEq, Properties)]
pub struct SliderProps {
    /// Unique id of the input, also tying the label to it.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The current value, 0..=1 unless `max` says otherwise.
    pub value: f64,
    /// Upper end of the range.
    #[prop_or(1.0)]
    pub max: f64,
    /// Step between values.
    #[prop_or(0.05)]
    pub step: f64,
    /// A short explanation, shown as a tooltip and read as the input's description.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The glossary entry that explains the label, shown as a help button beside it.
    #[prop_or_default]
    pub term: Option<&'static str>,
    /// Whether the value is sent only when the user lets go (for live model settings, where
    /// every intermediate value would become a logged model action) rather than while dragging.
    #[prop_or(false)]
    pub on_release: bool,
    /// Receives the new value.
    pub on_change: Callback<f64>,
    /// The name of the model action the slider takes (`set_control`), which lessons use to
    /// point at it.
    #[prop_or_default]
    pub action: Option<&'static str>,
}

/// A range input whose label and value are both announced to screen readers.
#[function_component]
pub fn Slider(props: &SliderProps) -> Html {
    let tr = use_tr();
    let send = {
        let cb = props.on_change.clone();
        move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                cb.emit(v);
            }
        }
    };
    let (oninput, onchange) = if props.on_release {
        (None, Some(Callback::from(send)))
    } else {
        (Some(Callback::from(move |e: InputEvent| send(e.into()))), None)
    };
    let text = tr.number(props.value, 2);
    html! {
        <div class="slider" title={props.hint.clone()} data-action={props.action}>
            if let Some(name) = props.term {
                <span class="slider-label"><label for={props.id.clone()}>{ props.label.clone() }</label><Term {name} /></span>
            } else {
                <label for={props.id.clone()}>{ props.label.clone() }</label>
            }
            <input type="range" id={props.id.clone()} min="0" max={props.max.to_string()} step={props.step.to_string()}
                value={props.value.to_string()} aria-valuetext={text.clone()} {oninput} {onchange} />
            <output for={props.id.clone()} aria-hidden="true">{ text }</output>
        </div>
    }
}
