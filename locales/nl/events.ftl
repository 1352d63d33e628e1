## The events texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.


## The event log panel.

event-log-title = Logboek
event-log-title-a = Logboek van run A
event-log-title-b = Logboek van run B
event-log-run-switch = Run waarvan de gebeurtenissen getoond worden
event-log-show = Tonen
event-log-list = Gebeurtenissen, nieuwste eerst
event-log-empty = Nog niets: laat de alliantie lopen met Start of Stap.
event-month = Maand { $month }
event-filter-phase = Faseovergangen
event-filter-intervention = Interventies
event-filter-shock = Schokken
event-filter-exit = Vertrekkende partners
event-filter-governance = Coördinatie en sturing
event-kind-phase = fase
event-kind-intervention = interventie
event-kind-shock = schok
event-kind-exit = vertrek
event-kind-governance = sturing

## What happened, one message per kind of event (src/ui/event_texts.rs). In English they give
## exactly the model's text of the event, which the CLI and the exports write.

# $conditions: the conditions met, each an event-met-… message, separated by commas;
# $driver: an event-driven-by… message.
event-progress = door naar fase { $phase } ({ $name }): { $conditions }; { $driver }
# $conditions: the conditions no longer met (event-failed-…); $balance: an event-balance-…
# message; $source: the largest source of conflict (event-source-…) and $level its level.
event-regression = terug naar fase { $phase } ({ $name }): { $conditions }; { $balance }; grootste bron van conflict: { $source } ({ $level }); { $driver }
event-phase-1 = start: ontwerpen en afstemmen
event-phase-2 = ontdekken en leren
event-phase-3 = productiviteit en meerwaarde
event-met-at-least = { $measure } { $value } (minstens { $threshold })
event-met-below = { $measure } { $value } (onder { $threshold })
event-failed-below = { $measure } { $value } (onder de grens van { $threshold } voor fase { $phase })
event-failed-above = { $measure } { $value } (boven de grens van { $threshold } voor fase { $phase })
event-measure-trust = vertrouwen
event-measure-knowledge = kennis van elkaar
event-measure-vision = gedeelde visie
event-measure-conflict = conflict
event-measure-performance = recente waarde samen tegenover alleen
# The value together against alone, a multiple of what the partners would produce alone.
event-times = { $value } keer
event-balance-conflict = conflict ({ $conflict }) weegt zwaarder dan vertrouwen ({ $trust })
event-balance-trust = vertrouwen { $trust }, conflict { $conflict }
event-source-resources = middelen
event-source-values = normen en waarden
event-source-identity = identiteit
event-source-personal = persoonlijke verschillen
# $action: the name of an intervention, shock or coordination style, in lower case.
event-driven-by = aanleiding: { $action } in maand { $month }
event-driven-by-daily-work = aanleiding: het dagelijkse samenwerken
# $count: partners still in (0 or 1).
event-dissolved = { $count ->
    [one] de alliantie is opgeheven: er is nog één partner over, en een alliantie heeft minstens twee partners nodig
   *[other] de alliantie is opgeheven: er is geen partner meer over, en een alliantie heeft minstens twee partners nodig
}
# An intervention or shock that names a partner.
event-named = { $action }: { $partner }
# A funding round that leaves one partner out, named.
event-excluded = Financieringsronde: { $partner } wordt uitgesloten
# An intervention applied again within a few months; $count: months since the last time,
# $share: the percentage of its effect it adds now.
event-again = { $count ->
    [one] { $action } (opnieuw na { $count } maand: zo kort na de vorige keer nog maar { $share } % van het effect)
   *[other] { $action } (opnieuw na { $count } maanden: zo kort na de vorige keer nog maar { $share } % van het effect)
}
event-unknown-partner = een onbekende partner
# $style: the coordination style's name in lower case.
event-coordination = coördinatie: { $style }
event-coordination-by = coördinatie: { $partner } als { $style }
event-coordinator-left = coördinatie: zelfsturing, want de coördinerende partner is vertrokken
event-lead-partner-left = coördinatie: zelfsturing, want de penvoerder is vertrokken
event-control = controleniveau ingesteld op { $level } (het passende niveau is nu { $fitting })
event-turbulence = turbulentie ingesteld op { $level } (een willekeurige schok in { $percent } % van de maanden)
event-partner-left = { $partner } verlaat de alliantie
event-partner-left-commitment = { $partner } verlaat de alliantie: de commitment ({ $commitment }) is gezakt onder wat de partner binnenhoudt ({ $threshold }; afhankelijkheid { $dependency })
