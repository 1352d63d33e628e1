## The ensemble texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.


## The ensemble panel (src/ui/ensemble_panel.rs).

ensemble-title = Veel runs: de kansen over verschillende toevalsgetallen
ensemble-hint = Draait het huidige scenario met toevalsgetallen vanaf het eigen toevalsgetal van de run, inclusief uw acties.
ensemble-hint-compare = Draait A en B met toevalsgetallen vanaf het eigen toevalsgetal van de run, inclusief uw acties.
ensemble-runs-label = Runs (toevalsgetallen)
ensemble-runs-error = Het aantal runs moet een geheel getal van 1 tot en met { $max } zijn.
ensemble-workers-label = Runs tegelijk (één per processorkern)
ensemble-run = Runs starten
ensemble-cancel = Annuleren
ensemble-progress-label = Voortgang van de runs
ensemble-progress = { $done } van { $total } runs
ensemble-running = De runs draaien naast de pagina; de pagina blijft bruikbaar.
ensemble-cancelled = Geannuleerd. De resultaten hieronder, als die er zijn, komen uit de vorige keer.
ensemble-checked = Leerpunt { $number } getoetst: { $runs } runs van zowel A als B in { $ms } ms.
ensemble-elapsed = { $runs } runs in { $ms } ms met { $count ->
        [one] 1 processorkern
       *[other] { $count } processorkernen
    }.
ensemble-elapsed-each = { $runs } runs van zowel A als B in { $ms } ms met { $count ->
        [one] 1 processorkern
       *[other] { $count } processorkernen
    }.
ensemble-workers-stopped = De achtergrondberekeningen zijn gestopt.
ensemble-failed = De runs zijn mislukt: { $message }
ensemble-check-failed = De toets is mislukt: { $message }
ensemble-cannot-check =
    Het leerpunt kan niet worden getoetst:
    { $problems }
ensemble-fan-added-value = Meerwaarde over toevalsgetallen: waarde samen min waarde alleen
ensemble-fan-trust = Vertrouwen over toevalsgetallen
ensemble-fan-conflict = Conflict over toevalsgetallen
ensemble-phases = Aandeel runs in elke fase
ensemble-phases-a = A: aandeel runs in elke fase
ensemble-phases-b = B: aandeel runs in elke fase

## The ensemble's workers (src/ui/worker_pool.rs); $detail is the browser's or the reader's
## own message.

pool-not-started = Een achtergrondberekening kon niet worden gestart: { $detail }
pool-crashed = Een achtergrondberekening is vastgelopen: { $detail }
pool-unreadable-runs = Een achtergrondberekening stuurde runs die niet te lezen zijn: { $detail }
pool-unreadable-reply = Een achtergrondberekening stuurde een antwoord dat niet te lezen is: { $detail }
pool-other-protocol = De achtergrondberekening spreekt protocolversie { $worker }, de pagina { $page }; laad de pagina opnieuw.
pool-module-not-loaded = De code van de achtergrondberekeningen kon niet worden geladen: { $detail }
pool-wrong-run-count = Een achtergrondberekening stuurde { $sent } runs op een verzoek om { $asked }.
pool-wrong-stats-reply = Een achtergrondberekening gaf een verkeerd antwoord op het verzoek om de statistieken.
pool-wrong-run-reply = Een achtergrondberekening gaf een verkeerd antwoord op een verzoek om runs.

## The teaching points (src/ui/teaching_points.rs).

teaching-points-none = Dit scenario noemt geen leerpunten om te toetsen. Een scenariobestand kan ze opnemen in [[expect]]-tabellen (zie de README).
teaching-points-title = Leerpunten van dit scenario
teaching-points-hint = Elk leerpunt vergelijkt twee versies van het scenario zoals het nu gepland is, met dezelfde toevalsgetallen, zodat beide dezelfde gebeurtenissen treffen. Toets er een om te zien of het model het bevestigt.
teaching-points-arms = A: { $a }. B: { $b }.
teaching-points-arm-as-is = het scenario zoals het is
teaching-points-arm-changed = het scenario { $changes }
teaching-points-arm-without = zonder { $actions }
teaching-points-arm-set = met { $path } op { $value }
teaching-points-arm-scheduled = met { $action } in maand { $month }
teaching-points-check = Toets dit
teaching-points-checking = Bezig met toetsen…
teaching-points-claim-higher = Bewering: { $metric } — bij B minstens { $minimum } hoger dan bij A, over { $runs } runs met dezelfde toevalsgetallen voor A en B.
teaching-points-claim-lower = Bewering: { $metric } — bij B minstens { $minimum } lager dan bij A, over { $runs } runs met dezelfde toevalsgetallen voor A en B.
teaching-points-percent = { $number } %
teaching-points-percentage-points = { $number } procentpunten
teaching-points-months = { $number } maanden
teaching-points-value-units = { $number } waarde-eenheden
teaching-points-partners = { $number } partners
teaching-points-holds = Klopt: A { $a }, B { $b }; B − A { $difference }.
teaching-points-holds-interval = Klopt: A { $a }, B { $b }; B − A { $difference } (95%-betrouwbaarheidsinterval { $low } tot { $high }).
teaching-points-fails = Klopt niet: A { $a }, B { $b }; B − A { $difference }.
teaching-points-fails-interval = Klopt niet: A { $a }, B { $b }; B − A { $difference } (95%-betrouwbaarheidsinterval { $low } tot { $high }).

## What a teaching point compares, in the words of Metric::describe (which the CLI keeps).

metric-added-value = meerwaarde aan het eind van de looptijd (waarde-eenheden: samen min alleen)
metric-phase2 = aandeel runs dat fase 2 bereikt
metric-phase3 = aandeel runs dat fase 3 bereikt
metric-months-to-phase2 = maanden tot fase 2 (een run die er nooit komt, telt als de maand na het einde van de looptijd)
metric-months-to-phase3 = maanden tot fase 3 (een run die er nooit komt, telt als de maand na het einde van de looptijd)
metric-broke-even = aandeel runs waarin de waarde samen uitkomt boven wat de partners alleen maken
metric-final-trust = vertrouwen aan het eind van de looptijd (0 tot 1)
metric-mean-conflict = conflict, het gemiddelde over de maanden (0 tot 1)
metric-mean-commitment = betrokkenheid, het gemiddelde over de maanden (0 tot 1)
metric-mean-delivery = het nakomen van afspraken, het gemiddelde over de maanden (0 tot 1)
metric-mean-process-share = aandeel van de inspanning dat naar het proces gaat, het gemiddelde over de maanden (0 tot 1)
metric-regressed = aandeel runs dat een fase terugvalt
metric-dissolved = aandeel runs waarin de alliantie wordt opgeheven
metric-exits = partners die vertrekken, per run

## The ensemble's tables (src/ui/ensemble_tables.rs). The comparison's caption is written in
## pieces around its glossary terms; {" "} keeps a space at a piece's edge.

ensemble-tables-label = Kansen over alle runs
ensemble-tables-caption = Kans om fase 3 (productiviteit) te bereiken per maand en kans op opheffing, en de meerwaarde: de waarde die samen is voortgebracht min wat de partners alleen zouden voortbrengen
ensemble-tables-run = Run
ensemble-tables-phase3-by = Fase 3 uiterlijk in maand { $month }
ensemble-tables-dissolved = Kans op opheffing
ensemble-tables-mean-added-value = Gemiddelde meerwaarde (samen − alleen)
ensemble-tables-with-added-value = Runs met meerwaarde aan het eind
ensemble-tables-break-even = Mediane maand van het omslagpunt
ensemble-tables-no-break-even = geen enkele bereikt het omslagpunt
ensemble-comparison-over = B vergeleken met A over { $pairs }{" "}
ensemble-comparison-paired-seeds = runs met dezelfde toevalsgetallen
ensemble-comparison-with = {" "}(B − A, met het{" "}
ensemble-comparison-interval = 95%-betrouwbaarheidsinterval
ensemble-comparison-phase3 = ; verschillen in het bereiken van fase 3 in{" "}
ensemble-comparison-pp = procentpunten, pp
ensemble-comparison-quantity = Grootheid
ensemble-comparison-added-value = Meerwaarde: samen − alleen
ensemble-comparison-final-trust = Vertrouwen aan het eind
ensemble-comparison-mean-conflict = Gemiddeld conflict
ensemble-comparison-phase3-reached = Fase 3 bereiken
ensemble-comparison-points = { $value } pp
ensemble-comparison-range = { $low } tot { $high }
ensemble-comparison-too-few-runs = te weinig runs

## The printed debrief (src/ui/debrief.rs). On an English page each reflection question is
## followed by its Dutch message in brackets: the Dutch messages are the article's wording.

debrief-label = Nabespreking om te printen
debrief-title = Nabespreking: { $title }
debrief-goal = Leerdoel:{" "}
debrief-point = Leerpunt:{" "}
debrief-facts = Toevalsgetal { $seed }; { $month } van { $horizon } maanden gesimuleerd; coördinatie bij de start: { $style }; controle bij de start: { $control }.
debrief-partners = De partners
debrief-partner = Partner
debrief-size = Omvang
debrief-quality = Professionaliteit
debrief-competitiveness = Mate van concurrentie
debrief-dependency = Afhankelijkheid van de alliantie
debrief-key-figures = Kerncijfers
debrief-run = De run
debrief-run-a = Run A
debrief-run-b = Run B
debrief-phase-at-end = Fase aan het eind
debrief-added-value = Meerwaarde
debrief-broke-even = Omslagpunt bereikt
debrief-partners-kept = Partners gebleven
debrief-trust-at-end = Vertrouwen aan het eind
debrief-conflict-at-end = Conflict aan het eind
debrief-phase-name-1 = start: ontwerpen en afstemmen
debrief-phase-name-2 = ontdekken en leren
debrief-phase-name-3 = productiviteit en meerwaarde
debrief-dissolved-in = Opgeheven in maand { $month }
debrief-phase-from = Fase { $phase } ({ $name }) vanaf maand { $month }
debrief-added-value-figure = { $difference } waarde-eenheden ({ $together } samen tegenover { $alone } alleen)
debrief-not-yet = nog niet
debrief-in-month = in maand { $month }
debrief-kept-of = { $kept } van { $start }
debrief-event = Maand { $month }: { $text }
debrief-story-phases = De fasen in de tijd
debrief-story-phases-of = { $run }: de fasen in de tijd
debrief-story-turning-points = Keerpunten en hun oorzaken
debrief-story-turning-points-of = { $run }: keerpunten en hun oorzaken
debrief-story-actions = Genomen acties en schokken
debrief-story-actions-of = { $run }: genomen acties en schokken
debrief-no-turning-points = Geen: de alliantie bleef in fase 1.
debrief-no-actions = Geen.
debrief-period-dissolved = opgeheven
debrief-period-phase = fase { $phase } ({ $name })
debrief-period-month = Maand { $month }: { $what }
debrief-period-months = Maanden { $from } tot en met { $to }: { $what }
debrief-questions = Vragen voor reflectie
debrief-question-why = Waarom doen we dit ook alweer?
debrief-question-who = Met wie zitten we aan tafel? Wat is ieders belang bij de samenwerking?
debrief-question-vehicle = Zien de partners de alliantie als een tijdelijk vehikel, of als een samenwerking voor de langere duur?
debrief-question-lasting = Werken we echt aan duurzaam resultaat?
debrief-question-added-value = Halen we werkelijk alle meerwaarde uit de samenwerking?
debrief-question-efficient = Lukt het ons om efficiënt te werken te midden van alle samenwerking?

## Sharing, files and exports (src/ui/share_panel.rs). The share-error messages are the page's
## words for the damaged links of src/share.rs (ShareError); in English they are the same.

share-title = Delen, opslaan en exporteren
share-copy = Deellink kopiëren
share-download = Het scenario downloaden als bestand
share-download-a = Scenario A downloaden als bestand
share-download-b = Scenario B downloaden als bestand
share-link-label = Deellink (het scenario, het toevalsgetal en uw acties)
share-link-placeholder = Druk op Deellink kopiëren
share-too-large = Deze run is te groot voor een link ({ $length } tekens; hoogstens { $max }). Download in plaats daarvan het scenariobestand.
share-open-label = Een scenariobestand openen dat u hebt gedownload of geschreven (.toml of .json)
share-file-not-opened = Het bestand is niet geopend:
share-file-more = en nog { $count }
share-file-too-large = het bestand is groter dan { $mb } MB, meer dan een scenario ooit nodig heeft
share-file-not-text = het bestand kon niet als tekst worden gelezen
share-no-reader = de scenariolezer, die TOML-bestanden leest, kon niet worden geladen; controleer de verbinding en probeer het opnieuw, of open het scenario als JSON
share-download-failed = Het TOML-bestand kon niet worden geschreven: de scenariolezer kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.
share-series = Maandreeksen (CSV)
share-series-a = Maandreeksen van A (CSV)
share-series-b = Maandreeksen van B (CSV)
share-events = Logboek (CSV)
share-print = Nabespreking printen
share-print-hint = Het scenario, de kerncijfers, de fasen, keerpunten en acties, de grafieken en vragen voor reflectie; kies Opslaan als PDF in het printvenster voor een bestand
# Completes "Geopend vanuit …: <titel>." (state-opened).
share-from-link = een deellink
share-older-link = Deze link is gemaakt met een eerdere versie van Alliance Lab. Het scenario, het toevalsgetal en de acties zijn hersteld, maar het model is sindsdien veranderd, dus de curven wijken af van de run die gedeeld is.
share-link-failed = De deellink kon niet worden geopend; daarom wordt het standaardscenario getoond. { $reason }
share-link-b = Run B van de link: { $reason }
share-link-mismatch = Run B van de link heeft een ander toevalsgetal of een andere looptijd dan run A, dus de twee zijn niet te vergelijken.
share-error-empty = Deze link bevat geen scenario.
share-error-too-long = Deze link is te lang ({ $length } tekens; hoogstens { $max }). Deel het scenario in plaats daarvan als bestand.
share-error-no-version = Dit is geen deellink van Alliance Lab: hij begint niet met een versie zoals v{ $version }.
share-error-future-version = Deze link is gemaakt met een nieuwere versie van Alliance Lab (v{ $version }); deze versie leest links tot en met v{ $current }. Open hem met de nieuwste Alliance Lab.
share-error-incomplete = Deze link is onvolledig; kopieer de hele link opnieuw.
share-error-not-base64 = Deze link is beschadigd: er staan tekens in die een deellink nooit heeft. Kopieer de hele link opnieuw.
share-error-not-deflate = Deze link is beschadigd of onvolledig: de inhoud kan niet worden uitgepakt. Kopieer de hele link opnieuw.
share-error-too-large = Deze link pakt uit tot meer dan { $kib } KiB, meer dan een scenario ooit nodig heeft; hij is niet geopend.
share-error-not-json = Deze link is beschadigd: de inhoud is geen scenario ({ $detail }).
share-error-invalid = Het scenario in deze link is niet geldig: { $problems }
share-error-invalid-more = Het scenario in deze link is niet geldig: { $problems }; en nog { $count }
debrief-lesson = Les: { $title }, hoofdstuk { $chapter } van { $chapters }: { $name }
debrief-lesson-question = Vraag:{" "}
debrief-lesson-notice = Let op:{" "}
