## The panels texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## Figure 1 of the article (src/ui/figure1.rs): what we see and what to do, per phase.
figure1-see-1-1 = Ambitie leidend en bindend
figure1-see-1-2 = Inhoud boven tafel, strijd onder tafel
figure1-see-1-3 = Partners kennen elkaars identiteit, waarden en belangen nauwelijks
figure1-do-1-1 = Waterlijn naar beneden: elkaar leren kennen
figure1-do-1-2 = Ontwikkel visie en waarden
figure1-do-1-3 = Werkafspraken: balans tussen vertrouwen en controle
figure1-see-2-1 = Apart samenwerken
figure1-see-2-2 = Verschillen ontdekken
figure1-see-2-3 = Ontstaan rangorde
figure1-do-2-1 = Leeragenda opstellen
figure1-do-2-2 = Reflecteren en delen
figure1-do-2-3 = Extern profileren
figure1-see-3-1 = Gemeenschappelijke taal en verhaal
figure1-see-3-2 = Eenheid t.o.v. omgeving
figure1-see-3-3 = Meerwaarde krijgt vorm
figure1-do-3-1 = Resultaten oogsten en vastleggen
figure1-do-3-2 = Elkaars sterke kanten benutten
figure1-do-3-3 = Tegenspraak organiseren
figure1-fit-phase = Werkt het best in fase { $phase } ({ $name }), zoals in figuur 1 van het artikel; zwakker in de andere fasen.
figure1-fit-any = Werkt in elke fase, wanneer het nodig is.

## The phase panel (src/ui/phase_panel.rs).
phase-panel-title = Fase { $phase }: { $name }
phase-panel-see = Wat zien we?
phase-panel-do = Doen!
phase-panel-done-in = gedaan in maand { $months }
phase-panel-planned-for = gepland voor maand { $month }
phase-panel-not-done = nog niet gedaan
# A month in the list of months an action was taken, with how often when more than once.
phase-panel-month-times =
    { $count ->
        [one] { $month }
        [2] { $month } (twee keer)
       *[other] { $month } ({ $count } keer)
    }
phase-panel-again = Nog eens
phase-panel-again-label = Nog eens: { $action }
phase-panel-do-now = Nu doen
phase-panel-do-now-label = Nu doen: { $action }
phase-panel-last-change = Laatste faseovergang:
phase-panel-event = Maand { $month }: { $event }
phase-panel-last-change-none = nog geen; elke alliantie begint in fase 1.
phase-panel-added-value = Meerwaarde
phase-panel-so-far = tot nu toe:
phase-panel-value-even = { $added } ({ $together } samen geproduceerd tegenover { $alone } alleen); in maand { $month } ging het totaal samen voor het eerst voorbij het totaal alleen.
phase-panel-value-not-yet = { $added } ({ $together } samen geproduceerd tegenover { $alone } alleen); samen is nog niet meer geproduceerd dan alleen.
phase-panel-value-never = { $added } ({ $together } samen geproduceerd tegenover { $alone } alleen); samen is nooit meer geproduceerd dan alleen.
phase-panel-dissolved-title = Ontbonden: de alliantie is beëindigd
phase-panel-dissolved-see-1 = Er zijn minder dan twee partners over, dus er is geen alliantie meer.
phase-panel-dissolved-why-fewer = Waarom de alliantie is ontbonden: er zijn minder dan twee partners over.
phase-panel-dissolved-why-exit = Waarom de alliantie is ontbonden: de laatste partner die vertrok: { $event } (maand { $month }).
phase-panel-dissolved-see-3 = Er wordt niets meer samen geproduceerd, en de vergelijking met alleen werken blijft staan waar ze was.
phase-panel-dissolved-do-1 = Er valt niets meer te sturen: de knoppen voor interventies staan uit.
phase-panel-dissolved-do-2 = Zoek in het logboek en de grafieken terug wanneer de betrokkenheid daalde, en waarom.
phase-panel-dissolved-do-3 = Druk op Opnieuw, of vergelijk vanaf een eerdere maand, om een andere koers te proberen.
phase-panel-dissolved-last-change = de alliantie is ontbonden.
phase-panel-value-ended = Meerwaarde bij het einde:

## The interventions panel (src/ui/interventions_panel.rs).
interventions-title = Interventies (Doen!)
interventions-dissolved = De alliantie is ontbonden: er valt niets meer te sturen. Druk op Opnieuw om opnieuw te beginnen.
interventions-note = Elke interventie werkt vanaf het begin van de volgende maand en kost die maand wat inspanning. Elke interventie werkt het best in haar eigen fase (zoals in figuur 1 van het artikel, die het fasepaneel volgt); de gemarkeerde (★) passen bij de fase waarin de alliantie nu zit.
interventions-partner-label = Partner voor '{ $room }' en '{ $sharing }'
interventions-phase = Fase { $phase }: { $name }
interventions-phase-now = Fase { $phase }: { $name } (nu)
interventions-any-phase = Elke fase
interventions-fits-now = Deze interventie past bij de fase waarin de alliantie nu zit.

## The shocks panel (src/ui/shocks_panel.rs).
shocks-title = Schokken en turbulentie
shocks-partner-label = Partner bij wisseling en vertrek
shocks-exclusion-hint = { $description } De partner met de zwakste positie (laagste rang) krijgt niets: zijn betrokkenheid en de steun van zijn achterban dalen.
shocks-turbulence-label = Turbulentieniveau: 0 rustig, 1 een willekeurige schok in één op de vijf maanden
shocks-turbulence-hint = Vertrek van personen, financieringsrondes, teleurstellingen en veranderingen in het veld, op willekeurige momenten.
# $percent: the share of months in which a random shock hits at the level set.
shocks-turbulence-now = Op dit niveau treft een willekeurige schok ongeveer { $percent } % van de maanden.

## The governance panel (src/ui/governance_panel.rs).
governance-title = Coördinatie en sturing
governance-note = Beide instellingen werken vanaf de volgende maand op de lopende alliantie.
# Compare mode: which run the panel shows (the one the user's actions go to).
governance-run-a = Bij het vergelijken toont dit paneel run A, waar uw acties naartoe gaan.
governance-run-b = Bij het vergelijken toont dit paneel run B, waar uw acties naartoe gaan.
governance-run-both = Bij het vergelijken toont dit paneel run A; uw acties gaan naar A en B.
governance-style-label = Coördinatiestijl
governance-style-none = Geen: zelfsturing
governance-style-chair = Onafhankelijke voorzitter
governance-style-lead-group = Penvoerder, met afgesproken bevoegdheden
governance-style-lead = Penvoerder: { $partner }
governance-style-coordinator-group = Controlerende coördinator, die formats en controles oplegt
governance-style-coordinator = Controlerende coördinator: { $partner }
governance-roles = De rollen:
governance-role-chair = onafhankelijke voorzitter
governance-role-lead = penvoerder
governance-role-coordinator = controlerende coördinator
governance-control-label = Vertrouwen ← sturing → controle
governance-control-hint = 0 is gebaseerd op vertrouwen (maakt energie vrij), 1 op controle (beperkt die).
governance-relational = Relationele onzekerheid
governance-field = Onzekerheid in het veld
governance-fitting = Passende controle
governance-control-now = Controle nu
governance-clarity = Helderheid van besluitvorming
governance-advice-over = Meer controle dan past: dat beperkt energie en eigenaarschap (overorganisatie).
governance-advice-under = Minder controle dan past: reken op onzekerheid, misverstanden en irritatie (onderorganisatie).
governance-advice-fits = Het controleniveau past bij de onzekerheden.
governance-clarity-low = Het is onduidelijk wie beslist en waar een geschil heen gaat: conflicten slepen aan en schokken komen harder aan. '{ $action }' helpt.
governance-clarity-partial = De besluitvorming is deels helder; een geschil kan nog nergens heen.
governance-clarity-high = De partners weten wie wat beslist en waar een geschil heen gaat: conflicten worden sneller opgelost en schokken komen minder hard aan.

## The starting governance of the scenario editor (src/ui/start_governance.rs).
start-governance-legend = Sturing bij de start (maand 0)
start-governance-control = Controle: vertrouwen (0) tot controle (1)
start-governance-control-hint = Het controleniveau waarmee de alliantie begint; de schuifregelaar hierboven verandert het tijdens een run.
start-governance-organisation = Organisatie: geldende regels en procedures
start-governance-organisation-hint = Te weinig regels voor de situatie leiden tot misverstanden; te veel maken samenwerken tot een last.
start-governance-clarity = Helderheid van besluitvorming: wie beslist, en waar een geschil heen gaat
start-governance-clarity-hint = Hoe helder besluitvorming en escalatielijnen bij de start zijn. Onduidelijke lijnen laten conflicten aanslepen en laten schokken harder aankomen.

## The plan panel (src/ui/plan_panel.rs).
plan-style = Stijl: { $style }
plan-style-partner = Stijl: { $style } ({ $partner })
plan-control = Controleniveau naar { $percent } %
plan-turbulence = Turbulentie naar { $percent } %
plan-action-partner = { $action }: { $partner }
plan-month-of = Maand van { $action }
plan-month = maand { $month }
plan-done = gedaan
plan-remove-label = { $action } in maand { $month } verwijderen
plan-remove = Verwijderen
plan-title = Plan
plan-title-arm = Plan van run { $arm }
plan-note-b = Het eigen plan van run B: pas het aan om twee plannen vanaf hetzelfde begin te vergelijken.
plan-note = De acties die dit scenario inplant, toegepast aan het begin van hun maand, vóór uw eigen acties. Verwijder ze om te zien wat de alliantie zonder ze doet, verplaats ze of voeg er meer toe. Acties van maanden die al gesimuleerd zijn, zijn gedaan en blijven staan.
plan-empty = Niets gepland: de alliantie krijgt alleen wat u zelf doet.
plan-clear = Begin bij niets: verwijder alle geplande acties
plan-restore = Het plan van het scenario terugzetten
plan-finished = De run heeft het einde van zijn looptijd bereikt: druk op Opnieuw om opnieuw te plannen.
plan-add-legend = Een actie aan het plan toevoegen
plan-add-month = Maand ({ $first } tot en met { $last })
plan-add-action = Actie
plan-add-partner = Partner
plan-add-division = Verdeling van het geld
plan-division-equal = Gelijk
plan-division-unequal = Ongelijk
plan-division-exclusion = Eén partner uitgesloten
plan-add = Aan het plan toevoegen
