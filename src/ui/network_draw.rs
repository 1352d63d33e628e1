//! Drawing the partner network on a canvas: layout, nodes, edges and markers.
//!
//! Partners sit on a circle. A node's area follows the partner's size, its colour the value
//! it holds most strongly, and the dark ring around it its commitment. An edge's width shows
//! the pair's mutual trust and its colour the conflict between them: the alliance's conflict,
//! felt more strongly between partners whose work competes (the model keeps conflict for the
//! alliance as a whole, and competition per pair).

use std::f64::consts::{FRAC_PI_2, TAU};

use wasm_bindgen::JsCast;
use web_sys::{js_sys, CanvasRenderingContext2d, HtmlCanvasElement};

use super::chart_frame::chart_font;
use super::texts::Tr;
use crate::model::CoordinationStyle;
use crate::palette::{self, Rgb};
use crate::simulation::Simulation;

/// Okabe-Ito colours of the four values, in the model's value order, with the message ids of
/// their names.
pub const VALUE_COLOURS: [(&str, Rgb); 4] = [
    ("network-value-sustainability", palette::BLUISH_GREEN),
    ("network-value-gender-equality", palette::REDDISH_PURPLE),
    ("network-value-empowerment", palette::ORANGE),
    ("network-value-commercial", palette::BLUE),
];

/// Where each partner is drawn and the largest node radius, in canvas pixels.
pub struct Layout {
    /// Centre of each partner's node.
    pub centres: Vec<(f64, f64)>,
    /// Radius of each partner's node.
    pub radii: Vec<f64>,
}

/// Places `sizes.len()` partners on a circle inside a `width` × `height` canvas, leaving
/// `label` pixels above and below for the names.
pub fn layout(sizes: &[f64], width: f64, height: f64, label: f64) -> Layout {
    let n = sizes.len().max(1) as f64;
    let side = width.min(height);
    // Neighbouring nodes must not overlap: the largest radius is kept under half the gap
    // between two places on the circle, and the ring leaves room for the nodes, their
    // commitment rings and their names inside the canvas.
    // Two neighbours sit 2 ring sin(π/n) apart, and each node wears a commitment ring a few
    // pixels wide: the largest radius is kept at 35 % of that distance on the ring the
    // nodes end up on (a smaller node leaves a larger ring, so one correction suffices).
    let half_gap = (std::f64::consts::PI / n).sin();
    let first_ring = (0.5 * side - 0.11 * side - label).max(0.2 * side);
    let largest = (0.11 * side).min(0.7 * first_ring * half_gap);
    let ring = (0.5 * side - largest - label).max(0.2 * side);
    let (cx, cy) = (width / 2.0, height / 2.0);
    let centres = (0..sizes.len())
        .map(|i| {
            let angle = -FRAC_PI_2 + TAU * i as f64 / n;
            (cx + ring * angle.cos(), cy + ring * angle.sin())
        })
        .collect();
    let radii = sizes.iter().map(|s| largest * (0.3 + 0.7 * s.clamp(0.0, 1.0)).sqrt()).collect();
    Layout { centres, radii }
}

/// Pixels kept free around the ring for names and commitment rings.
pub fn label_room(ratio: f64) -> f64 {
    44.0 * ratio
}

/// The partner under a point of the canvas, if any.
pub fn hit(layout: &Layout, x: f64, y: f64) -> Option<usize> {
    layout
        .centres
        .iter()
        .zip(&layout.radii)
        .position(|(&(cx, cy), &r)| (x - cx).powi(2) + (y - cy).powi(2) <= (r + 6.0).powi(2))
}

/// The index of the value a partner holds most strongly.
pub fn dominant_value(values: &[f64]) -> usize {
    values.iter().take(4).enumerate().fold((0, f64::MIN), |b, (i, &v)| if v > b.1 { (i, v) } else { b }).0
}

fn rgb((r, g, b): Rgb) -> String {
    format!("rgb({r},{g},{b})")
}

/// Conflict as one of three Okabe-Ito colours: sky blue (low), orange (medium), vermillion
/// (high). Three distinct colours read more clearly than a blend, whose middle turns muddy,
/// and stay distinguishable for colour-blind viewers.
pub fn conflict_colour(level: f64) -> &'static str {
    if level < CONFLICT_BANDS[0] {
        "rgb(86,180,233)"
    } else if level < CONFLICT_BANDS[1] {
        "rgb(230,159,0)"
    } else {
        "rgb(213,94,0)"
    }
}

/// Upper bounds of the low and medium conflict bands of an edge.
pub const CONFLICT_BANDS: [f64; 2] = [0.2, 0.4];

/// Draws the network, with its labels in the language of `tr`; `selected` is highlighted.
/// Returns the layout used.
pub fn draw(
    canvas: &HtmlCanvasElement,
    tr: &Tr,
    sim: &Simulation,
    selected: Option<usize>,
    ratio: f64,
) -> Option<Layout> {
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let params = sim.params();
    let state = sim.state();
    let sizes: Vec<f64> = params.partners.iter().map(|p| p.size).collect();
    // Names are sized as the charts' labels are: they grow with the canvas, and more so in
    // presentation mode, since the group reads them from across a room.
    let font = f64::from(chart_font(canvas, ratio));
    let layout = layout(&sizes, w, h, label_room(ratio));
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    let n = params.partners.len().min(layout.centres.len());
    let conflict = state.alliance.conflict;
    ctx.set_line_cap("round");
    for i in 0..n {
        for j in i + 1..n {
            let Some(pair) = state.pair(i, j) else { continue };
            let (trust, tension) = (pair.trust, conflict * (0.5 + pair.competition));
            ctx.set_stroke_style_str(conflict_colour(tension));
            ctx.set_line_width((0.5 + 9.0 * trust) * ratio);
            ctx.begin_path();
            ctx.move_to(layout.centres[i].0, layout.centres[i].1);
            ctx.line_to(layout.centres[j].0, layout.centres[j].1);
            ctx.stroke();
        }
    }
    // The coordinating partner wears a badge: C for a controlling coordinator, L for a lead
    // partner (in Dutch P, for penvoerder).
    let coordinator = match state.governance.style {
        CoordinationStyle::ControllingCoordinator { partner } => {
            Some((partner, tr.get("network-badge-controlling")))
        }
        CoordinationStyle::LeadPartner { partner } => Some((partner, tr.get("network-badge-lead"))),
        CoordinationStyle::SelfSteering | CoordinationStyle::IndependentChair => None,
    };
    ctx.set_font(&format!("{font}px system-ui, sans-serif"));
    ctx.set_text_align("center");
    for (i, (p, s)) in params.partners.iter().zip(&state.partners).enumerate() {
        let ((x, y), r) = (layout.centres[i], layout.radii[i]);
        let fill = if s.left {
            "rgb(205,205,205)".to_string()
        } else {
            rgb(VALUE_COLOURS[dominant_value(&s.values)].1)
        };
        ctx.set_fill_style_str(&fill);
        ctx.begin_path();
        let _ = ctx.arc(x, y, r, 0.0, TAU);
        ctx.fill();
        ctx.set_line_width(1.5 * ratio);
        ctx.set_stroke_style_str(if s.left { "#9a9a9a" } else { "#1d2430" });
        if s.left {
            let dash = js_sys::Array::of2(&(4.0 * ratio).into(), &(3.0 * ratio).into());
            let _ = ctx.set_line_dash(&dash);
        }
        ctx.stroke();
        let _ = ctx.set_line_dash(&js_sys::Array::new());
        if !s.left {
            // The commitment ring: a full circle is full commitment.
            let ring = r + 5.0 * ratio;
            ctx.set_line_width(4.0 * ratio);
            ctx.set_stroke_style_str("#e1e5ea");
            ctx.begin_path();
            let _ = ctx.arc(x, y, ring, 0.0, TAU);
            ctx.stroke();
            ctx.set_stroke_style_str("#1d2430");
            ctx.begin_path();
            let _ = ctx.arc(x, y, ring, -FRAC_PI_2, -FRAC_PI_2 + TAU * s.commitment.clamp(0.0, 1.0));
            ctx.stroke();
        }
        if selected == Some(i) {
            ctx.set_line_width(3.0 * ratio);
            ctx.set_stroke_style_str("#000000");
            ctx.begin_path();
            let _ = ctx.arc(x, y, r + 11.0 * ratio, 0.0, TAU);
            ctx.stroke();
        }
        if let Some((_, mark)) = coordinator.as_ref().filter(|(c, _)| *c == i) {
            badge(&ctx, x + r * 0.8, y - r * 0.8, mark, font);
        }
        ctx.set_fill_style_str(if s.left { "#6b6b6b" } else { "#1d2430" });
        let label =
            if s.left { tr.with("network-partner-left", &[("partner", &p.name)]) } else { p.name.clone() };
        // A name goes beside a node on the left or the right of the ring when the canvas has
        // room for it there, so that the names of two low neighbours (a wide, low canvas on a
        // projector) do not run into each other; else above or below the node.
        let gap = r + 12.0 * ratio;
        let width = ctx.measure_text(&label).map_or(f64::INFINITY, |m| m.width());
        let (side, drop) = (x - w / 2.0, y - h / 2.0);
        let clearly_beside = side.abs() > 0.4 * side.hypot(drop);
        if clearly_beside && side > 0.0 && x + gap + width <= w {
            ctx.set_text_align("left");
            let _ = ctx.fill_text(&label, x + gap, y + font / 3.0);
        } else if clearly_beside && side < 0.0 && x - gap - width >= 0.0 {
            ctx.set_text_align("right");
            let _ = ctx.fill_text(&label, x - gap, y + font / 3.0);
        } else {
            ctx.set_text_align("center");
            let below = if y >= h / 2.0 { y + gap + font } else { y - gap };
            let _ = ctx.fill_text(&label, x, below);
        }
    }
    if state.governance.style.is_chair() {
        badge(&ctx, w / 2.0, h / 2.0, &tr.get("network-badge-chair"), font);
    }
    Some(layout)
}

/// A small dark label, used to mark the coordinator and the independent chair.
fn badge(ctx: &CanvasRenderingContext2d, x: f64, y: f64, text: &str, font: f64) {
    let width =
        ctx.measure_text(text).map_or(text.chars().count() as f64 * font * 0.62, |m| m.width()) + font;
    ctx.set_text_align("center");
    ctx.set_fill_style_str("#1d2430");
    ctx.fill_rect(x - width / 2.0, y - font, width, font * 1.6);
    ctx.set_fill_style_str("#ffffff");
    let _ = ctx.fill_text(text, x, y + font * 0.35);
}
