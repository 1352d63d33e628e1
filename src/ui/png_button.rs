//! A small button that downloads a chart's canvas as a PNG image.

use yew::prelude::*;

use super::browser::download_canvas_png;
use super::texts::use_tr;

/// Properties of [`PngButton`].
#[derive(PartialEq, Properties)]
pub struct PngButtonProps {
    /// Id of the canvas to save.
    pub canvas_id: AttrValue,
    /// File name without extension.
    pub name: AttrValue,
    /// What the chart shows, for the button's accessible name.
    pub title: AttrValue,
}

/// "PNG" next to a chart title; its accessible name says which chart it saves.
#[function_component]
pub fn PngButton(props: &PngButtonProps) -> Html {
    let tr = use_tr();
    let onclick = {
        let (canvas, name) = (props.canvas_id.clone(), props.name.clone());
        Callback::from(move |_: MouseEvent| download_canvas_png(&canvas, &format!("alliance-{name}.png")))
    };
    html! {
        <button class="secondary png" id={format!("png-{}", props.name)} {onclick}
            aria-label={tr.with("png-button-label", &[("chart", props.title.as_str())])}>{ tr.get("png-button") }</button>
    }
}
