//! The reducer: how each [`Action`] changes the [`AppState`].

use std::rc::Rc;

use yew::Reducible;

use super::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // The kind of model action the user takes, which may be what a lesson chapter asks for.
        let is_tick = matches!(action, Action::Tick);
        let taken = match &action {
            Action::Model(a) if !self.sim.borrow().is_finished() => Some(ActionName::of(a)),
            _ => None,
        };
        match action {
            Action::Run | Action::Toggle if !self.running => next.running = !self.sim.borrow().is_finished(),
            Action::Run => return self,
            Action::Pause | Action::Toggle => next.running = false,
            Action::Step => {
                next.revision += u64::from(self.advance(1));
                next.running = false;
            }
            Action::Forward(months) => {
                next.revision += u64::from(self.advance(months));
                next.running = false;
            }
            Action::Back(months) => {
                let month = self.sim.borrow().month().saturating_sub(months);
                next.sim = self.sim.rewound(month);
                next.sim_b = self.sim_b.as_ref().map(|b| b.rewound(month));
                next.running = false;
                next.revision += 1;
            }
            Action::Present(on) => next.presenting = on,
            Action::TogglePresenting => next.presenting = !self.presenting,
            Action::Tick if self.running => {
                next.revision += u64::from(self.advance(self.speed().months_per_tick));
                next.running = !self.sim.borrow().is_finished();
            }
            Action::Tick => return self,
            Action::Reset => next = next.reset(),
            Action::SelectPreset(i) => match self.presets.get(i).map(|p| &p.scenario) {
                Some(Ok(scenario)) => {
                    next.preset = i;
                    next.lesson = None;
                    next.draft = Rc::new(scenario.clone());
                    next.start_plan = Rc::new(scenario.schedule.clone());
                    next = next.reset();
                }
                Some(Err(e)) => next.notice = Some(Notice::PresetFailed(e.clone())),
                None => return self,
            },
            Action::EditDraft(scenario) => next.draft = Rc::new(*scenario),
            Action::RevertDraft => {
                if let Some(Ok(scenario)) = self.presets.get(self.preset).map(|p| &p.scenario) {
                    next.draft = Rc::new(scenario.clone());
                }
            }
            Action::NewSeed => {
                // The next seed is drawn from the model's own generator seeded with the current
                // one, so a sequence of "new seed" presses is itself reproducible.
                let mut draft = (*self.draft).clone();
                draft.seed = rng_for_seed(draft.seed ^ 0x9e37_79b9_7f4a_7c15).random::<u32>().into();
                next.draft = Rc::new(draft);
                next = next.reset();
            }
            Action::SetSpeed(i) => {
                next.speed = i.min(SPEEDS.len() - 1);
            }
            Action::Model(_) if self.sim.borrow().is_finished() => {
                next.notice = Some(Notice::HorizonReached);
            }
            Action::Model(action) => {
                for sim in self.targets() {
                    sim.0.borrow_mut().apply(action);
                }
                next.notice = None;
                // Actions queued in B alone change nothing A's components read, so the
                // revision tells them all to look again.
                next.revision += 1;
            }
            Action::ToggleCompare => {
                next.sim_b = match self.sim_b {
                    Some(_) => None,
                    None => Some(self.sim.fork()),
                };
                // A compare starts with B as the run that changes: A stays the baseline, so
                // that the first thing tried shows as a difference instead of going to both
                // runs and leaving every difference at zero.
                if next.sim_b.is_some() {
                    next.target = Target::B;
                }
                next.revision += 1;
            }
            Action::SetTarget(target) => next.target = target,
            Action::Load { scenario, compare, from, month } => {
                next.lesson = None;
                next.start_plan = Rc::new(scenario.schedule.clone());
                // A link to a preset's run counts as that preset, so that undoing edits goes
                // back to it; the picker shows any other scenario as opened.
                let mut scenario = *scenario;
                if let Some((i, preset)) = self.presets.iter().enumerate().find_map(|(i, p)| {
                    p.scenario.as_ref().ok().filter(|s| s.title == scenario.title).map(|s| (i, s))
                }) {
                    next.preset = i;
                    // A link carries no teaching points, learning goal or Dutch texts (they would
                    // make it ten times longer); a preset's run gets the preset's back.
                    if scenario.expect.is_empty() {
                        scenario.expect.clone_from(&preset.expect);
                    }
                    if scenario.goal.is_empty() && scenario.point.is_empty() && scenario.nl.is_none() {
                        scenario.goal.clone_from(&preset.goal);
                        scenario.point.clone_from(&preset.point);
                        scenario.nl.clone_from(&preset.nl);
                    }
                }
                next.draft = Rc::new(scenario);
                next = next.reset();
                if let Some(b) = compare {
                    next.sim_b = Some(SimHandle::new(&b));
                }
                // Stepping inside the reducer means the first render of the new run already
                // shows the link's month, its charts and its event log.
                let reached = next.advance(month);
                next.revision += u64::from(reached);
                let at_horizon = next.sim.borrow().is_finished();
                next.loaded = Some(Opened { from, month: reached, at_horizon });
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::OpenChapter { lesson, chapter } => next = next.open_chapter(lesson, chapter),
            Action::SetLang(lang) => next.lang = lang,
            Action::LeaveLesson { finished } => {
                if let (true, Some((shipped, lesson, _))) = (finished, self.chapter()) {
                    let chapter = lesson.chapters.len() - 1;
                    Rc::make_mut(&mut next.progress)
                        .insert(shipped.stem.to_string(), LessonProgress { chapter, finished: true });
                }
                next.lesson = None;
            }
            Action::Turn { forward, months } => match (self.lesson, forward) {
                (Some(at), true) => next = next.open_chapter(at.lesson, at.chapter + 1),
                (Some(at), false) if at.chapter > 0 => next = next.open_chapter(at.lesson, at.chapter - 1),
                (Some(_), false) => return self,
                (None, true) => return self.reduce(Action::Forward(months)),
                (None, false) => return self.reduce(Action::Back(months)),
            },
            Action::Replan { arm, schedule } => {
                let sim = match (arm, &self.sim_b) {
                    (Arm::A, _) => &self.sim,
                    (Arm::B, Some(b)) => b,
                    (Arm::B, None) => return self,
                };
                let replanned = sim.0.borrow_mut().replan(schedule.clone());
                match replanned {
                    Ok(()) => {
                        if arm == Arm::A {
                            // The run's scenario and the draft take the plan along, so that the
                            // draft does not count as edited and a Reset keeps the plan.
                            next.scenario =
                                Rc::new(Scenario { schedule: schedule.clone(), ..(*self.scenario).clone() });
                            next.draft = Rc::new(Scenario { schedule, ..(*self.draft).clone() });
                        }
                        next.notice = None;
                        next.revision += 1;
                    }
                    Err(e) => next.notice = Some(Notice::PlanRefused(e)),
                }
            }
        }
        next.mark_tried(taken);
        let fast_tick = is_tick && next.running && self.speed().months_per_tick > 1;
        if !fast_tick || next.revision >= self.texts + TEXTS_EVERY_MONTHS {
            next.texts = next.revision;
        }
        Rc::new(next)
    }
}
