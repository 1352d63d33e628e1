//! The plan: the actions the scenario schedules, month by month, which the user can remove,
//! move to another month and add to, for run A and, in compare mode, for run B apart. Every
//! preset plans the facilitator's first steps; removing them gives the "do nothing" run that
//! a comparison needs. Actions of months already simulated are listed as done and stay.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::labels::{action_label, model_action_label, style_label};
use super::state::SimHandle;
use super::texts::{use_tr, Tr};
use crate::model::{Action, Division};
use crate::scenario::{ActionName, PartnerRef, ScheduleEntry};

/// Properties of [`PlanPanel`].
#[derive(PartialEq, Properties)]
pub struct PlanPanelProps {
    /// Which run the plan is of: empty outside compare mode, "A" or "B" in it. It also makes
    /// the ids of the panel's fields unique when two panels are shown.
    pub arm: AttrValue,
    /// The run.
    pub sim: SimHandle,
    /// Changes whenever the run changed.
    pub revision: u64,
    /// The plan the scenario had when the run started, to restore.
    pub start_plan: Rc<Vec<ScheduleEntry>>,
    /// Receives the whole new plan.
    pub on_replan: Callback<Vec<ScheduleEntry>>,
}

/// The actions a user can add to a plan: interventions and shocks. Changes of style, control
/// and turbulence are made live with the governance and shock controls.
fn addable() -> impl Iterator<Item = ActionName> {
    ActionName::ALL
        .into_iter()
        .filter(|a| !matches!(a, ActionName::SetStyle | ActionName::SetControl | ActionName::SetTurbulence))
}

/// What an action of the plan does, in words, with the partner it names.
fn describe(tr: &Tr, action: &Action, partners: &[String]) -> String {
    let partner = action.partner().and_then(|p| partners.get(p));
    match (action, partner) {
        (Action::SetStyle(style), Some(p)) => {
            tr.with("plan-style-partner", &[("style", &style_label(tr, style)), ("partner", p)])
        }
        (Action::SetStyle(style), None) => tr.with("plan-style", &[("style", &style_label(tr, style))]),
        (Action::SetControl(level), _) => {
            tr.with("plan-control", &[("percent", &tr.number(100.0 * level, 0))])
        }
        (Action::SetTurbulence(level), _) => {
            tr.with("plan-turbulence", &[("percent", &tr.number(100.0 * level, 0))])
        }
        (_, Some(p)) => {
            tr.with("plan-action-partner", &[("action", &model_action_label(tr, action)), ("partner", p)])
        }
        (_, None) => model_action_label(tr, action),
    }
}

/// The plan with the entries in month order; entries of one month keep their order, which is
/// the order in which they apply.
fn in_month_order(mut plan: Vec<ScheduleEntry>) -> Vec<ScheduleEntry> {
    plan.sort_by_key(|e| e.month);
    plan
}

/// The plan panel of one run.
#[function_component]
pub fn PlanPanel(props: &PlanPanelProps) -> Html {
    let tr = use_tr();
    let sim = props.sim.borrow();
    let (now, horizon) = (sim.month(), sim.horizon());
    let plan = sim.scenario().schedule.clone();
    let partners: Vec<String> = sim.params().partners.iter().map(|p| p.name.clone()).collect();
    let descriptions: Vec<String> =
        sim.params().schedule.iter().map(|s| describe(&tr, &s.action, &partners)).collect();
    drop(sim);

    let add_month = use_state(|| 1u32);
    let add_action = use_state(|| ActionName::GetToKnow);
    let add_partner = use_state(|| 0usize);
    let add_division = use_state(|| Division::Equal);

    let arm = props.arm.clone();
    let id = |name: &str| format!("plan{}-{name}", arm.to_lowercase());
    let first_open = now + 1;
    let finished = now >= horizon;
    let future = plan.iter().filter(|e| e.month > now).count();
    let restored: Vec<ScheduleEntry> = in_month_order(
        plan.iter()
            .filter(|e| e.month <= now)
            .chain(props.start_plan.iter().filter(|e| e.month > now))
            .cloned()
            .collect(),
    );

    let replan = props.on_replan.clone();
    let on_clear = {
        let (plan, replan) = (plan.clone(), replan.clone());
        Callback::from(move |_: MouseEvent| {
            replan.emit(plan.iter().filter(|e| e.month <= now).cloned().collect())
        })
    };
    let on_restore = {
        let (restored, replan) = (restored.clone(), replan.clone());
        Callback::from(move |_: MouseEvent| replan.emit(restored.clone()))
    };
    let on_add = {
        let (plan, replan) = (plan.clone(), replan.clone());
        let (month, action, partner, division) =
            (add_month.clone(), add_action.clone(), add_partner.clone(), add_division.clone());
        let partners = partners.clone();
        Callback::from(move |_: MouseEvent| {
            let action = *action;
            let mut entry = ScheduleEntry::plain((*month).clamp(first_open, horizon), action);
            if action.needs_partner() {
                entry.partner = partners.get(*partner).map(|p| PartnerRef::Name(p.clone()));
            }
            if action == ActionName::FundingRound {
                entry.division = Some(*division);
            }
            let mut next = plan.clone();
            next.push(entry);
            replan.emit(in_month_order(next));
        })
    };
    let number = |e: Event| e.target_unchecked_into::<HtmlInputElement>().value().trim().parse::<u32>().ok();

    let rows = plan.iter().zip(&descriptions).enumerate().map(|(i, (entry, description))| {
        let done = entry.month <= now;
        let on_move = {
            let (plan, replan) = (plan.clone(), replan.clone());
            Callback::from(move |e: Event| {
                if let Some(month) = number(e) {
                    let mut next = plan.clone();
                    next[i].month = month.clamp(first_open, horizon);
                    replan.emit(in_month_order(next));
                }
            })
        };
        let on_remove = {
            let (plan, replan) = (plan.clone(), replan.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = plan.clone();
                next.remove(i);
                replan.emit(next);
            })
        };
        let month = entry.month.to_string();
        let month_label = tr.with("plan-month-of", &[("action", description)]);
        let remove_label = tr.with("plan-remove-label", &[("action", description), ("month", &month)]);
        html! {
            <li class={classes!("plan-entry", done.then_some("done"))}>
                if done {
                    <span class="plan-month">{ tr.with("plan-month", &[("month", &month)]) }</span>
                    <span class="plan-what">{ description.clone() }</span>
                    <span class="plan-done">{ tr.get("plan-done") }</span>
                } else {
                    <input type="number" class="plan-month" id={id(&format!("month-{i}"))} aria-label={month_label}
                        min={first_open.to_string()} max={horizon.to_string()} value={entry.month.to_string()}
                        onchange={on_move} />
                    <span class="plan-what">{ description.clone() }</span>
                    <button class="secondary small" aria-label={remove_label}
                        onclick={on_remove}>{ tr.get("plan-remove") }</button>
                }
            </li>
        }
    });

    let chosen = *add_action;
    let title = if props.arm.is_empty() {
        tr.get("plan-title")
    } else {
        tr.with("plan-title-arm", &[("arm", &props.arm)])
    };
    let heading_id = id("title");
    html! {
        <section class="panel plan" aria-labelledby={heading_id.clone()} id={id("panel")}>
            <h2 id={heading_id}>{ title }</h2>
            if props.arm.as_str() == "B" {
                <p class="note">{ tr.get("plan-note-b") }</p>
            } else {
                <p class="note">{ tr.get("plan-note") }</p>
            }
            if plan.is_empty() {
                <p class="note" id={id("empty")}>{ tr.get("plan-empty") }</p>
            } else {
                <ol class="plan-list" id={id("list")}>{ for rows }</ol>
            }
            <div class="row">
                <button class="secondary" id={id("clear")} onclick={on_clear} disabled={future == 0}>
                    { tr.get("plan-clear") }
                </button>
                <button class="secondary" id={id("restore")} onclick={on_restore} disabled={restored == plan}>
                    { tr.get("plan-restore") }
                </button>
            </div>
            if finished {
                <p class="note">{ tr.get("plan-finished") }</p>
            } else {
                <fieldset class="plan-add">
                    <legend>{ tr.get("plan-add-legend") }</legend>
                    <div class="field">
                        <label for={id("add-month")}>
                            { tr.with("plan-add-month", &[("first", &first_open.to_string()), ("last", &horizon.to_string())]) }
                        </label>
                        <input type="number" id={id("add-month")} min={first_open.to_string()} max={horizon.to_string()}
                            value={(*add_month).clamp(first_open, horizon).to_string()}
                            oninput={{ let m = add_month.clone(); Callback::from(move |e: InputEvent| if let Some(v) = number(e.into()) { m.set(v) }) }} />
                    </div>
                    <div class="field">
                        <label for={id("add-action")}>{ tr.get("plan-add-action") }</label>
                        <select id={id("add-action")} onchange={{
                            let a = add_action.clone();
                            Callback::from(move |e: Event| {
                                let name = e.target_unchecked_into::<HtmlInputElement>().value();
                                if let Ok(action) = name.parse() { a.set(action) }
                            })
                        }}>
                            { for addable().map(|a| html! {
                                <option value={a.name()} selected={a == chosen}>{ action_label(&tr, a) }</option>
                            }) }
                        </select>
                    </div>
                    if chosen.needs_partner() {
                        <div class="field">
                            <label for={id("add-partner")}>{ tr.get("plan-add-partner") }</label>
                            <select id={id("add-partner")} onchange={{
                                let p = add_partner.clone();
                                Callback::from(move |e: Event| p.set(e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(0)))
                            }}>
                                { for partners.iter().enumerate().map(|(i, name)| html! {
                                    <option value={i.to_string()} selected={i == *add_partner}>{ name }</option>
                                }) }
                            </select>
                        </div>
                    }
                    if chosen == ActionName::FundingRound {
                        <div class="field">
                            <label for={id("add-division")}>{ tr.get("plan-add-division") }</label>
                            <select id={id("add-division")} onchange={{
                                let d = add_division.clone();
                                Callback::from(move |e: Event| {
                                    let value = e.target_unchecked_into::<HtmlInputElement>().value();
                                    d.set(match value.as_str() {
                                        "unequal" => Division::Unequal,
                                        "exclusion" => Division::Exclusion,
                                        _ => Division::Equal,
                                    })
                                })
                            }}>
                                <option value="equal" selected={*add_division == Division::Equal}>{ tr.get("plan-division-equal") }</option>
                                <option value="unequal" selected={*add_division == Division::Unequal}>{ tr.get("plan-division-unequal") }</option>
                                <option value="exclusion" selected={*add_division == Division::Exclusion}>{ tr.get("plan-division-exclusion") }</option>
                            </select>
                        </div>
                    }
                    <button id={id("add")} onclick={on_add}>{ tr.get("plan-add") }</button>
                </fieldset>
            }
        </section>
    }
}
