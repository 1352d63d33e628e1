## The panels texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## Figure 1 of the article (src/ui/figure1.rs): what we see and what to do, per phase.
figure1-see-1-1 = Ambition leads and binds (ambitie leidend en bindend)
figure1-see-1-2 = Content above the table, struggle under the table (inhoud boven tafel, strijd onder tafel)
figure1-see-1-3 = Partners barely know each other's identity, values and interests
figure1-do-1-1 = Lower the waterline: get to know each other (waterlijn naar beneden)
figure1-do-1-2 = Develop vision and values (ontwikkel visie en waarden)
figure1-do-1-3 = Working agreements: balance trust and control (werkafspraken)
figure1-see-2-1 = Working apart together (apart samenwerken)
figure1-see-2-2 = Differences discovered (verschillen ontdekken)
figure1-see-2-3 = A ranking emerges (ontstaan rangorde)
figure1-do-2-1 = Set a learning agenda (leeragenda opstellen)
figure1-do-2-2 = Reflect and share (reflecteren en delen)
figure1-do-2-3 = Profile externally (extern profileren)
figure1-see-3-1 = Common language and story (gemeenschappelijke taal en verhaal)
figure1-see-3-2 = A unit towards the environment (eenheid t.o.v. omgeving)
figure1-see-3-3 = Added value takes shape (meerwaarde krijgt vorm)
figure1-do-3-1 = Harvest and record results (oogsten en vastleggen)
figure1-do-3-2 = Use each other's strengths (elkaars sterke kanten benutten)
figure1-do-3-3 = Organise dissent (tegenspraak organiseren)
figure1-fit-phase = Works best in phase { $phase } ({ $name }), as in the article's Figure 1; weaker in the other phases.
figure1-fit-any = Works in any phase, whenever it is needed.

## The phase panel (src/ui/phase_panel.rs).
phase-panel-title = Phase { $phase }: { $name }
phase-panel-see = What we see (wat zien we?)
phase-panel-do = What to do (doen!)
phase-panel-done-in = done in month { $months }
phase-panel-planned-for = planned for month { $month }
phase-panel-not-done = not done yet
# A month in the list of months an action was taken, with how often when more than once.
phase-panel-month-times =
    { $count ->
        [one] { $month }
        [2] { $month } (twice)
       *[other] { $month } ({ $count } times)
    }
phase-panel-again = Again
phase-panel-again-label = Again: { $action }
phase-panel-do-now = Do it now
phase-panel-do-now-label = Do it now: { $action }
phase-panel-last-change = Last phase change:
phase-panel-event = Month { $month }: { $event }
phase-panel-last-change-none = none yet; every alliance starts in phase 1.
phase-panel-added-value = Added value (meerwaarde)
phase-panel-so-far = so far:
phase-panel-value-even = { $added } ({ $together } produced together against { $alone } alone); the total together first passed the total alone in month { $month }.
phase-panel-value-not-yet = { $added } ({ $together } produced together against { $alone } alone); together has not yet produced more than alone.
phase-panel-value-never = { $added } ({ $together } produced together against { $alone } alone); together never produced more than alone.
phase-panel-dissolved-title = Dissolved: the alliance has ended
phase-panel-dissolved-see-1 = Fewer than two partners are left, so there is no alliance any more.
phase-panel-dissolved-why-fewer = Why it dissolved: fewer than two partners are left.
phase-panel-dissolved-why-exit = Why it dissolved: the last partner to go: { $event } (month { $month }).
phase-panel-dissolved-see-3 = Nothing more is produced together, and the comparison with working alone stops where it was.
phase-panel-dissolved-do-1 = Nothing is left to steer: the intervention buttons are switched off.
phase-panel-dissolved-do-2 = Look back in the event log and the charts for when commitment fell and why.
phase-panel-dissolved-do-3 = Reset, or use compare mode from an earlier month, to try another course.
phase-panel-dissolved-last-change = the alliance dissolved.
phase-panel-value-ended = Added value (meerwaarde) when it ended:

## The interventions panel (src/ui/interventions_panel.rs).
interventions-title = Interventions (Doen!)
interventions-dissolved = The alliance has dissolved: there is nothing left to steer. Reset to start again.
interventions-note = Each acts from the start of the next month and costs some effort that month. Each works best in its own phase (as in the article's Figure 1, which the phase panel follows); the marked ones (★) fit the phase the alliance is in now.
interventions-partner-label = Partner for '{ $room }' and '{ $sharing }'
interventions-phase = Phase { $phase }: { $name }
interventions-phase-now = Phase { $phase }: { $name } (now)
interventions-any-phase = Any phase
interventions-fits-now = It fits the phase the alliance is in now.

## The shocks panel (src/ui/shocks_panel.rs).
shocks-title = Shocks and turbulence
shocks-partner-label = Partner for turnover and exit
shocks-exclusion-hint = { $description } The partner in the weakest position (lowest rank) gets nothing: its commitment and its constituency's backing drop.
shocks-turbulence-label = Turbulence level: 0 calm, 1 a random shock in one month out of five
shocks-turbulence-hint = Departures, funding rounds, disappointments and field changes at random.
# $percent: the share of months in which a random shock hits at the level set.
shocks-turbulence-now = At this level a random shock hits in about { $percent } % of months.

## The governance panel (src/ui/governance_panel.rs).
governance-title = Coordination and governance
governance-note = Both settings act on the running alliance from the next month.
# Compare mode: which run the panel shows (the one the user's actions go to).
governance-run-a = While comparing, this panel shows run A, where your actions go.
governance-run-b = While comparing, this panel shows run B, where your actions go.
governance-run-both = While comparing, this panel shows run A; your actions go to A and B.
governance-style-label = Coordination style
governance-style-none = None: self-steering
governance-style-chair = Independent chair (onafhankelijke voorzitter)
governance-style-lead-group = Lead partner (penvoerder), with agreed powers
governance-style-lead = Lead partner (penvoerder): { $partner }
governance-style-coordinator-group = Controlling coordinator, imposing formats and checks
governance-style-coordinator = Controlling coordinator: { $partner }
governance-roles = The roles:
governance-role-chair = independent chair
governance-role-lead = lead partner
governance-role-coordinator = controlling coordinator
governance-control-label = Trust ← governance → control
governance-control-hint = 0 is trust-based (releases energy), 1 is control-based (constrains it).
governance-relational = Relational uncertainty
governance-field = Field uncertainty
governance-fitting = Control that fits
governance-control-now = Control now
governance-clarity = Decision clarity
governance-advice-over = More control than fits: it constrains energy and ownership (over-organisation).
governance-advice-under = Less control than fits: expect uncertainty, misunderstanding and irritation (under-organisation).
governance-advice-fits = The control level fits the uncertainties.
governance-clarity-low = It is unclear who decides and where a dispute goes: conflicts linger and shocks hit harder. '{ $action }' helps.
governance-clarity-partial = Decision-making is partly clear; a dispute may still have nowhere to go.
governance-clarity-high = Partners know who decides what and where a dispute goes: conflicts resolve sooner and shocks hit less hard.

## The starting governance of the scenario editor (src/ui/start_governance.rs).
start-governance-legend = Governance at the start (month 0)
start-governance-control = Control: trust (0) to control (1)
start-governance-control-hint = The governance control level the alliance starts with; the live slider above changes it during a run.
start-governance-organisation = Organisation: rules and procedures in force
start-governance-organisation-hint = Too few rules for the situation breed misunderstanding; too many make co-operation a chore.
start-governance-clarity = Decision clarity: who decides, and where a dispute goes
start-governance-clarity-hint = How clear decision-making and escalation lines are at the start. Unclear lines let conflict linger and make shocks hit harder.

## The plan panel (src/ui/plan_panel.rs).
plan-style = Style: { $style }
plan-style-partner = Style: { $style } ({ $partner })
plan-control = Control level to { $percent } %
plan-turbulence = Turbulence to { $percent } %
plan-action-partner = { $action }: { $partner }
plan-month-of = Month of { $action }
plan-month = month { $month }
plan-done = done
plan-remove-label = Remove { $action } in month { $month }
plan-remove = Remove
plan-title = Plan
plan-title-arm = Plan of run { $arm }
plan-note-b = Run B's own plan: change it to compare two plans from the same start.
plan-note = The actions this scenario schedules, applied at the start of their month before your own. Remove them to see what the alliance does without them, move them, or add more. Actions of months already simulated are done and stay.
plan-empty = Nothing planned: the alliance gets only what you do yourself.
plan-clear = Start from nothing: remove every planned action
plan-restore = Restore the scenario's plan
plan-finished = The run has reached its last month: Reset to plan again.
plan-add-legend = Add an action to the plan
plan-add-month = Month ({ $first } to { $last })
plan-add-action = Action
plan-add-partner = Partner
plan-add-division = Division of the money
plan-division-equal = Equal
plan-division-unequal = Unequal
plan-division-exclusion = One partner excluded
plan-add = Add to the plan
