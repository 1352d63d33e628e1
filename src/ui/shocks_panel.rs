//! Shocks the trainer can trigger now, and the turbulence level (0 calm, 1 a random shock in
//! one month out of five).

use yew::prelude::*;

use super::labels::{shock_description, shock_label};
use super::partner_picker::PartnerPicker;
use super::slider::Slider;
use super::texts::use_tr;
use crate::model::{shock_percent, Action, Division, Shock};
use crate::scenario::ActionName;

/// Properties of [`ShocksPanel`].
#[derive(PartialEq, Properties)]
pub struct ShocksPanelProps {
    /// Partner names with whether each is still in the alliance.
    pub partners: Vec<(String, bool)>,
    /// The turbulence in force, or the one just asked for.
    pub turbulence: f64,
    /// Sends a model action.
    pub on_action: Callback<Action>,
}

/// Shock buttons and the turbulence slider.
#[function_component]
pub fn ShocksPanel(props: &ShocksPanelProps) -> Html {
    let tr = use_tr();
    let chosen = use_state(|| 0usize);
    let partner = *chosen;
    let shocks = [
        ("shock-turnover", Shock::Turnover { partner }),
        ("shock-funding-equal", Shock::FundingRound { division: Division::Equal }),
        ("shock-funding-unequal", Shock::FundingRound { division: Division::Unequal }),
        ("shock-funding-exclusion", Shock::FundingRound { division: Division::Exclusion }),
        ("shock-disappointing", Shock::DisappointingResults),
        ("shock-field-change", Shock::FieldChange),
        ("shock-exit", Shock::PartnerExit { partner }),
    ];
    let chosen_active = props.partners.get(partner).is_some_and(|p| p.1);
    html! {
        <section class="panel" aria-labelledby="shocks-title">
            <h2 id="shocks-title">{ tr.get("shocks-title") }</h2>
            <PartnerPicker id="shock-partner" label={tr.get("shocks-partner-label")} partners={props.partners.clone()}
                {chosen} />
            <ul class="buttons">
                { for shocks.into_iter().map(|(id, shock)| {
                    let cb = props.on_action.clone();
                    let needs_partner = matches!(shock, Shock::Turnover { .. } | Shock::PartnerExit { .. });
                    let describe = format!("{id}-hint");
                    // The model's one description of funding rounds does not say who is left out.
                    let description = shock_description(&tr, &shock);
                    let hint = match shock {
                        Shock::FundingRound { division: Division::Exclusion } => {
                            tr.with("shocks-exclusion-hint", &[("description", &description)])
                        }
                        _ => description,
                    };
                    html! {
                        <li>
                            <button {id} class="action shock" title={hint.clone()} aria-describedby={describe.clone()}
                                data-action={ActionName::of(&Action::Shock(shock)).name()}
                                data-needs-partner={ActionName::of(&Action::Shock(shock)).needs_partner().then_some("")}
                                data-division={match shock { Shock::FundingRound { division } => Some(division.name()), _ => None }}
                                disabled={needs_partner && !chosen_active}
                                onclick={move |_| cb.emit(Action::Shock(shock))}>{ shock_label(&tr, &shock) }</button>
                            <span class="visually-hidden" id={describe}>{ hint }</span>
                        </li>
                    }
                }) }
            </ul>
            <Slider id="turbulence" action="set_turbulence" label={tr.get("shocks-turbulence-label")} value={props.turbulence}
                max={1.0} step={0.05} on_release=true on_change={props.on_action.reform(Action::SetTurbulence)}
                hint={Some(AttrValue::from(tr.get("shocks-turbulence-hint")))} />
            // The level as the share of months it hits, so that nobody has to work it out.
            <p class="hint" id="turbulence-now">
                { tr.with("shocks-turbulence-now", &[("percent", &tr.number(shock_percent(props.turbulence), 0))]) }
            </p>
        </section>
    }
}
