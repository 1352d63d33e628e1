## The charts texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## Chart titles and reference lines the app passes to its line charts.
chart-relations-title = Trust, mutual knowledge, shared vision, value alignment
chart-work-title = Conflict, commitment, delivery reliability
chart-value-title = Value produced together and what the partners would produce alone
chart-added-value-title = Added value (meerwaarde): value together minus value alone
chart-monthly-value-title = Value this month, together and alone: phase 3 needs together above alone
chart-process-title = Process share of effort, with the alarm line
chart-zero-line = Zero: as much as the partners alone
chart-alarm-line = Alarm: too much process

## Shared by the charts: axis captions on the canvas, units, months and phases in words.
chart-axis-month = month
chart-axis-value-units = value units
chart-axis-level = level (0 none, 1 full)
chart-value-units = { $value } value units
chart-month-values = Month { $month }: { $values }
chart-named-value = { $name } { $value }
# A reference line (the alarm line, the zero line) in the values in words: where it lies.
chart-reference-value = { $name } at { $value }
# A share on the model's 0-to-1 scale as a percentage.
chart-percent = { $value } %
chart-action-in-month = month { $month } { $action }
chart-phase-key-dissolved = Dissolved
chart-phase-words = phase { $phase } ({ $name })
chart-phase-dissolved = dissolved
chart-phase-since = { $phase } since month { $since }

## The quantities a line chart plots (series.rs).
series-trust = Trust
series-knowledge = Mutual knowledge
series-shared-vision = Shared vision
series-value-alignment = Value alignment
series-commitment = Commitment
series-conflict = Conflict
series-delivery = Delivery reliability
series-value = Value produced together (cumulative)
series-solo-value = What the partners would produce alone (cumulative)
series-added-value = Added value (meerwaarde): together minus alone
series-monthly-value = Value produced together this month
series-monthly-solo-value = What the partners would produce alone this month
series-process-share = Process share of effort

## Line charts.
line-chart-compare-values = A (solid). { $a }. B (dotted). { $b }.
line-chart-run-a = run A
line-chart-run-b = run B

## Fan charts over many seeds.
fan-chart-arm-label = { $arm }: { $label }
fan-chart-median = median
fan-chart-middle-50 = middle 50% of runs
fan-chart-middle-90 = middle 90% of runs
fan-chart-zero-line = Zero: as much as the partners alone; below it they would have done better alone
fan-chart-values = month { $month }: median { $median }, { $bands }.
fan-chart-bands = middle 50% of runs { $middle50 }, middle 90% { $middle90 }
fan-chart-range-value-units = { $low } to { $high } value units
fan-chart-range-percent = { $low } to { $high } %

## The share of runs in each phase.
phase-area-shares = Share of runs in each phase, { $shares }.
phase-area-month = month { $month }: { $shares }
phase-area-phase = phase { $phase } { $percent }%
phase-area-dissolved = dissolved { $percent }%

## The phase bands of runs A and B.
phase-bands-title = Phases of A and B over time
phase-bands-readout = Month { $month }: { $a } { $b }
phase-bands-phase = { $run }: { $phase }.
phase-bands-not-yet = { $run }: not run to month { $month } yet.

## The difference chart of compare mode.
diff-chart-title = Difference B − A: added value, trust, conflict
diff-chart-hint = Above the zero line B is higher than A; below it, lower.
diff-chart-values = Month { $month }, B − A: { $differences }.
diff-chart-value-units = { $name } { $difference } value units
diff-chart-points = { $name } { $difference } percentage points
# The caption of a strip of the difference chart, with the unit of its axis.
diff-chart-caption-value-units = { $name } (value units)
diff-chart-caption-points = { $name } (percentage points)

## The timeline of phases and events.
timeline-title = Phases over time, with interventions and shocks
timeline-intervention = Intervention
timeline-shock = Shock
timeline-exit = Partner left
timeline-planned = Planned in the scenario
timeline-month = Month { $month }: { $phase }; { $happened }.
timeline-month-reached = Month { $month }: { $phase }, reached this month; { $happened }.
timeline-nothing-else = nothing else happened
timeline-summary = Month { $month }: { $phase }; { $events } so far; planned: { $planned }.
timeline-interventions =
    { $count ->
        [one] { $count } intervention
       *[other] { $count } interventions
    }
timeline-shocks =
    { $count ->
        [one] { $count } shock
       *[other] { $count } shocks
    }
timeline-exits =
    { $count ->
        [one] { $count } exit
       *[other] { $count } exits
    }
timeline-planned-none = none

## The PNG download button of a chart.
png-button = PNG
png-button-label = Download PNG: { $chart }

## Compare mode.
compare-title = Compare A and B: same scenario, same seed
compare-hint = A and B start alike and take every step together; only what you change differs. The charts further down draw A as solid lines and B as dotted lines in the same colours; the network and the phase panel show run A.
compare-targets = Your actions (style, control level, interventions, shocks) go to
compare-target-a = A only
compare-target-b = B only
compare-target-both = A and B
compare-actions-a = Actions in A
compare-actions-b = Actions in B
compare-no-actions = none besides the plan
compare-same = A and B are still the same run, so every difference below stays at zero. Change one thing for B only (an intervention, a shock, the coordination style or B's plan) and watch what that one change does.

## The partner network.
network-title = Network
network-title-a = Network of run A
network-title-b = Network of run B
network-canvas = Partner network
network-run-switch = Run shown in the network
network-show-a = Show run A
network-show-b = Show run B
network-steering-controlling = { $partner } coordinates with control
network-steering-lead = { $partner } leads as lead partner (penvoerder) with agreed powers
network-steering-chair = an independent chair steers
network-steering-none = nobody coordinates
network-summary = Month { $month }: { $clauses }.
network-partners-in = { $count } of { $partners } partners still in
network-climate = mean trust { $trust }, and conflict { $conflict }
network-status = Status
network-status-left = left the alliance
network-status-in = in the alliance
network-size = Size
network-strongest-value = Strongest value
network-commitment = Commitment
network-delivery = Delivery reliability
network-capability = Capability
network-rank = Perceived rank (rangorde)
network-reactance = Feels controlled (reactance)
network-trust-in = Trust others have in it
network-known = How well others know it
network-rank-bottom = near the bottom
network-rank-middle = in the middle
network-rank-top = near the top
network-rank-words = { $position }, { $percent } %
network-value-sustainability = Sustainability
network-value-gender-equality = Gender equality
network-value-empowerment = Empowerment
network-value-commercial = Commercial orientation
network-strongest-value-key = Strongest value: { $value }
network-conflict-low = low conflict
network-conflict-medium = medium conflict
network-conflict-high = high conflict
network-legend = Circle area: size · dark ring: commitment · line width: trust · C: controlling coordinator · L: lead partner · grey: left
network-hint = Point at a partner, or focus one below, to see its numbers.
network-partners = Partners
network-partner-left = { $partner } (left)
network-badge-controlling = C
network-badge-lead = L
network-badge-chair = Chair
