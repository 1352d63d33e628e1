## The charts texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## Chart titles and reference lines the app passes to its line charts.
chart-relations-title = Vertrouwen, elkaar kennen, gedeelde visie, gedeelde waarden
chart-work-title = Conflict, commitment, afspraken nakomen
chart-value-title = Samen geproduceerde waarde en wat de partners alleen zouden produceren
chart-added-value-title = Meerwaarde: waarde samen min waarde alleen
chart-monthly-value-title = Waarde deze maand, samen en alleen: fase 3 vraagt dat samen boven alleen ligt
chart-process-title = Procesaandeel van de inzet, met de alarmlijn
chart-zero-line = Nul: evenveel als de partners alleen
chart-alarm-line = Alarm: te veel proces

## Shared by the charts: axis captions on the canvas, units, months and phases in words.
chart-axis-month = maand
chart-axis-value-units = waarde-eenheden
chart-axis-level = niveau (0 geen, 1 volledig)
chart-value-units = { $value } waarde-eenheden
chart-month-values = Maand { $month }: { $values }
chart-named-value = { $name } { $value }
# A reference line (the alarm line, the zero line) in the values in words: where it lies.
chart-reference-value = { $name }, op { $value }
# A share on the model's 0-to-1 scale as a percentage.
chart-percent = { $value } %
chart-action-in-month = maand { $month } { $action }
chart-phase-key-dissolved = Ontbonden
chart-phase-words = fase { $phase } ({ $name })
chart-phase-dissolved = ontbonden
chart-phase-since = { $phase } sinds maand { $since }

## The quantities a line chart plots (series.rs).
series-trust = Vertrouwen
series-knowledge = Elkaar kennen
series-shared-vision = Gedeelde visie
series-value-alignment = Gedeelde waarden
series-commitment = Commitment
series-conflict = Conflict
series-delivery = Afspraken nakomen
series-value = Samen geproduceerde waarde (cumulatief)
series-solo-value = Wat de partners alleen zouden produceren (cumulatief)
series-added-value = Meerwaarde: samen min alleen
series-monthly-value = Samen geproduceerde waarde deze maand
series-monthly-solo-value = Wat de partners deze maand alleen zouden produceren
series-process-share = Procesaandeel van de inzet

## Line charts.
line-chart-compare-values = A (doorgetrokken). { $a }. B (gestippeld). { $b }.
line-chart-run-a = run A
line-chart-run-b = run B

## Fan charts over many seeds.
fan-chart-arm-label = { $arm }: { $label }
fan-chart-median = mediaan
fan-chart-middle-50 = middelste 50% van de runs
fan-chart-middle-90 = middelste 90% van de runs
fan-chart-zero-line = Nul: evenveel als de partners alleen; daaronder hadden ze het alleen beter gedaan
fan-chart-values = maand { $month }: mediaan { $median }, { $bands }.
fan-chart-bands = middelste 50% van de runs { $middle50 }, middelste 90% { $middle90 }
fan-chart-range-value-units = { $low } tot { $high } waarde-eenheden
fan-chart-range-percent = { $low } tot { $high } %

## The share of runs in each phase.
phase-area-shares = Aandeel van de runs in elke fase, { $shares }.
phase-area-month = maand { $month }: { $shares }
phase-area-phase = fase { $phase } { $percent }%
phase-area-dissolved = ontbonden { $percent }%

## The phase bands of runs A and B.
phase-bands-title = Fasen van A en B in de tijd
phase-bands-readout = Maand { $month }: { $a } { $b }
phase-bands-phase = { $run }: { $phase }.
phase-bands-not-yet = { $run }: nog niet tot maand { $month } gesimuleerd.

## The difference chart of compare mode.
diff-chart-title = Verschil B − A: meerwaarde, vertrouwen, conflict
diff-chart-hint = Boven de nullijn ligt B hoger dan A; eronder lager.
diff-chart-values = Maand { $month }, B − A: { $differences }.
diff-chart-value-units = { $name } { $difference } waarde-eenheden
diff-chart-points = { $name } { $difference } procentpunt
# The caption of a strip of the difference chart, with the unit of its axis.
diff-chart-caption-value-units = { $name } (waarde-eenheden)
diff-chart-caption-points = { $name } (procentpunten)

## The timeline of phases and events.
timeline-title = Fasen in de tijd, met interventies en schokken
timeline-intervention = Interventie
timeline-shock = Schok
timeline-exit = Partner vertrokken
timeline-planned = Gepland in het scenario
timeline-month = Maand { $month }: { $phase }; { $happened }.
timeline-month-reached = Maand { $month }: { $phase }, deze maand bereikt; { $happened }.
timeline-nothing-else = verder gebeurde er niets
timeline-summary = Maand { $month }: { $phase }; tot nu toe { $events }; gepland: { $planned }.
timeline-interventions =
    { $count ->
        [one] { $count } interventie
       *[other] { $count } interventies
    }
timeline-shocks =
    { $count ->
        [one] { $count } schok
       *[other] { $count } schokken
    }
timeline-exits =
    { $count ->
        [one] { $count } vertrek
       *[other] { $count } vertrekken
    }
timeline-planned-none = niets

## The PNG download button of a chart.
png-button = PNG
png-button-label = PNG downloaden: { $chart }

## Compare mode.
compare-title = A en B vergelijken: zelfde scenario, zelfde toevalsgetal
compare-hint = A en B beginnen gelijk en zetten elke stap samen; alleen wat u verandert, verschilt. De grafieken verderop tekenen A met doorgetrokken lijnen en B met gestippelde lijnen in dezelfde kleuren; het netwerk en het fasepaneel tonen run A.
compare-targets = Uw acties (stijl, controleniveau, interventies, schokken) gaan naar
compare-target-a = alleen A
compare-target-b = alleen B
compare-target-both = A en B
compare-actions-a = Acties in A
compare-actions-b = Acties in B
compare-no-actions = geen, behalve het plan
compare-same = A en B zijn nog dezelfde run, dus elk verschil hieronder blijft nul. Verander één ding voor alleen B (een interventie, een schok, de coördinatiestijl of het plan van B) en kijk wat die ene verandering doet.

## The partner network.
network-title = Netwerk
network-title-a = Netwerk van run A
network-title-b = Netwerk van run B
network-canvas = Partnernetwerk
network-run-switch = Run die het netwerk toont
network-show-a = Toon run A
network-show-b = Toon run B
network-steering-controlling = { $partner } coördineert met controle
network-steering-lead = { $partner } is penvoerder met afgesproken bevoegdheden
network-steering-chair = een onafhankelijke voorzitter stuurt
network-steering-none = niemand coördineert
network-summary = Maand { $month }: { $clauses }.
network-partners-in = { $count } van de { $partners } partners { $count ->
        [one] doet
       *[other] doen
    } nog mee
network-climate = gemiddeld vertrouwen { $trust }, en conflict { $conflict }
network-status = Status
network-status-left = heeft de alliantie verlaten
network-status-in = in de alliantie
network-size = Omvang
network-strongest-value = Sterkste waarde
network-commitment = Commitment
network-delivery = Afspraken nakomen
network-capability = Kunnen
network-rank = Ervaren rangorde
network-reactance = Voelt zich gecontroleerd (weerstand)
network-trust-in = Vertrouwen van anderen in deze partner
network-known = Hoe goed anderen deze partner kennen
network-rank-bottom = onderaan
network-rank-middle = in het midden
network-rank-top = bovenaan
network-rank-words = { $position }, { $percent } %
network-value-sustainability = Duurzaamheid
network-value-gender-equality = Gendergelijkheid
network-value-empowerment = Empowerment
network-value-commercial = Commerciële oriëntatie
network-strongest-value-key = Sterkste waarde: { $value }
network-conflict-low = weinig conflict
network-conflict-medium = middelmatig conflict
network-conflict-high = veel conflict
network-legend = Oppervlak van de cirkel: omvang · donkere ring: commitment · lijndikte: vertrouwen · C: controlerende coördinator · P: penvoerder · grijs: vertrokken
network-hint = Wijs een partner aan, of selecteer er hieronder een, om de cijfers te zien.
network-partners = Partners
network-partner-left = { $partner } (vertrokken)
network-badge-controlling = C
network-badge-lead = P
network-badge-chair = Voorzitter
