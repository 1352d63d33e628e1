## The events texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.


## The event log panel.

event-log-title = Event log
event-log-title-a = Event log of run A
event-log-title-b = Event log of run B
event-log-run-switch = Run whose events are shown
event-log-show = Show
event-log-list = Events, newest first
event-log-empty = Nothing yet: run or step the alliance.
event-month = Month { $month }
event-filter-phase = Phase changes
event-filter-intervention = Interventions
event-filter-shock = Shocks
event-filter-exit = Exits
event-filter-governance = Coordination and governance
event-kind-phase = phase
event-kind-intervention = intervention
event-kind-shock = shock
event-kind-exit = exit
event-kind-governance = governance

## What happened, one message per kind of event (src/ui/event_texts.rs). In English they give
## exactly the model's text of the event, which the CLI and the exports write.

# $conditions: the conditions met, each an event-met-… message, separated by commas;
# $driver: an event-driven-by… message.
event-progress = on to phase { $phase } ({ $name }): { $conditions }; { $driver }
# $conditions: the conditions no longer met (event-failed-…); $balance: an event-balance-…
# message; $source: the largest source of conflict (event-source-…) and $level its level.
event-regression = back to phase { $phase } ({ $name }): { $conditions }; { $balance }; largest source of conflict: { $source } ({ $level }); { $driver }
event-phase-1 = start: design and alignment
event-phase-2 = discovering and learning
event-phase-3 = productivity and added value
event-met-at-least = { $measure } { $value } (at least { $threshold })
event-met-below = { $measure } { $value } (below { $threshold })
event-failed-below = { $measure } { $value } (below phase { $phase }'s limit of { $threshold })
event-failed-above = { $measure } { $value } (above phase { $phase }'s limit of { $threshold })
event-measure-trust = trust
event-measure-knowledge = mutual knowledge
event-measure-vision = shared vision
event-measure-conflict = conflict
event-measure-performance = recent value together against alone
# The value together against alone, a multiple of what the partners would produce alone.
event-times = { $value } times
event-balance-conflict = conflict ({ $conflict }) outweighs trust ({ $trust })
event-balance-trust = trust { $trust }, conflict { $conflict }
event-source-resources = resources
event-source-values = values
event-source-identity = identity
event-source-personal = personal differences
# $action: the name of an intervention, shock or coordination style, in lower case.
event-driven-by = driven by { $action } in month { $month }
event-driven-by-daily-work = driven by the daily work together
# $count: partners still in (0 or 1).
event-dissolved = { $count ->
    [one] the alliance has dissolved: one partner is left, and an alliance needs at least two partners
   *[other] the alliance has dissolved: no partners are left, and an alliance needs at least two partners
}
# An intervention or shock that names a partner.
event-named = { $action }: { $partner }
# A funding round that leaves one partner out, named.
event-excluded = Funding round: { $partner } is excluded
# An intervention applied again within a few months; $count: months since the last time,
# $share: the percentage of its effect it adds now. The English keeps "months" for one month,
# as the model's text does.
event-again = { $action } (again after { $count } months: adds only { $share } % of its effect so soon)
event-unknown-partner = an unknown partner
# $style: the coordination style's name in lower case.
event-coordination = coordination: { $style }
event-coordination-by = coordination: { $style } by { $partner }
event-coordinator-left = coordination: self-steering, because the coordinating partner has left
event-lead-partner-left = coordination: self-steering, because the lead partner has left
event-control = control level set to { $level } (the fitting level is now { $fitting })
event-turbulence = turbulence set to { $level } (a random shock in { $percent }% of months)
event-partner-left = { $partner } leaves the alliance
event-partner-left-commitment = { $partner } leaves the alliance: its commitment ({ $commitment }) fell below what keeps it in ({ $threshold }; dependency { $dependency })
