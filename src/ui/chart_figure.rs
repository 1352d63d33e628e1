//! The frame every chart shares: a title with its PNG button, the canvas, whatever legend
//! or hint the chart adds, and the current values in words, which are the canvas's text
//! alternative.

use yew::prelude::*;

use super::png_button::PngButton;

/// Properties of [`ChartFigure`].
#[derive(PartialEq, Properties)]
pub struct ChartFigureProps {
    /// Id of the figure; the canvas is `{id}-canvas` and the values `{id}-values`.
    pub id: AttrValue,
    /// Chart title, also the canvas's accessible name.
    pub title: AttrValue,
    /// File name of the PNG download, without `alliance-` and the extension.
    pub png_name: AttrValue,
    /// The canvas the chart draws on.
    pub canvas: NodeRef,
    /// Height of the canvas at its default width of 720 (drawing fits it to the page).
    pub height: u32,
    /// The current values in words.
    pub summary: AttrValue,
    /// Legend or hint shown between the canvas and the values.
    #[prop_or_default]
    pub children: Html,
}

/// A chart's figure around its canvas.
#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let canvas_id = format!("{}-canvas", props.id);
    let values_id = format!("{}-values", props.id);
    html! {
        <figure class="chart" id={props.id.clone()}>
            <figcaption>
                { props.title.clone() }
                <PngButton canvas_id={canvas_id.clone()} name={props.png_name.clone()} title={props.title.clone()} />
            </figcaption>
            <canvas id={canvas_id} ref={props.canvas.clone()} role="img" aria-label={props.title.clone()}
                aria-describedby={values_id.clone()} width="720" height={props.height.to_string()}></canvas>
            { props.children.clone() }
            <p class="chart-values" id={values_id}>{ props.summary.clone() }</p>
        </figure>
    }
}

/// The legend of the three phases and of dissolution, shared by the phase bands and the
/// stacked phase shares.
pub fn phase_legend() -> Html {
    let key = |class: &'static str, text: &'static str| html! { <li><span class={classes!("key", class)}></span>{ text }</li> };
    html! {
        <ul class="legend" aria-hidden="true">
            { key("phase1", "Phase 1: start") }
            { key("phase2", "Phase 2: discovering and learning") }
            { key("phase3", "Phase 3: productivity") }
            { key("phase0", "Dissolved") }
        </ul>
    }
}
