## The app texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

language-label = Taal
present = Presenteren
present-leave = Presentatie verlaten
present-hint = Voor een beamer: de fase, het netwerk en de belangrijkste grafieken groot in beeld (toets P; Esc stopt, de pijltjestoetsen gaan door de hoofdstukken van een les of door de maanden)
open-model = Hoe het model werkt · begrippen
run-controls-label = Bediening van de simulatie
level-very-low = zeer laag
level-low = laag
level-moderate = gemiddeld
level-high = hoog
level-very-high = zeer hoog
app-name = Alliance Lab
app-compare-start = A en B vergelijken
app-compare-end = Vergelijken beëindigen
# Where a scenario opened from a file came from, for "{ $from } geopend: …".
app-from-file = het bestand { $name }
# $actions: the actions queued for the next month, separated by commas.
app-next-month = Volgende maand: { $actions }

## The scenario picker.

scenario-heading = Scenario
scenario-preset-label = Voorinstelling
scenario-group-presets = Voorinstellingen van het model
scenario-group-cases = Casussen uit het artikel
scenario-does-not-load = { $name } (laadt niet)
scenario-opened = { $title } (geopend via een link of bestand)
scenario-goal-label = Leerdoel:{" "}
scenario-point-label = Leerpunt:{" "}
scenario-hint = Een voorinstelling kiezen start haar opnieuw; Opnieuw gaat terug naar maand 0 van het scenario, met uw wijzigingen.

## The run controls.

run-reset = Opnieuw
run-step = Stap
run-run = Start
run-pause = Pauze
run-month = Maand { $month } van { $horizon }
run-dissolved = Ontbonden
# $name: the phase's short name ("discovering and learning").
run-keys = Toetsen: spatie start/pauze, S stap, P presenteren
# Shown after run-keys in presentation mode only.
run-keys-presenting = ; ← → hoofdstukken of maanden, Esc stopt
run-speed-label = Snelheid
speed-slow = Langzaam (4 maanden per seconde)
speed-normal = Normaal (12 maanden per seconde)
speed-fast = Snel (30 maanden per seconde)
speed-fastest = Snelst (zo'n 240 maanden per seconde)
run-seed-label = Toevalsgetal
run-new-seed = Opnieuw met ander toevalsgetal
run-seed-error = Het toevalsgetal moet een geheel getal van 0 tot en met 18446744073709551615 zijn.
run-horizon-label = Looptijd (maanden)
run-horizon-error = De looptijd moet een geheel aantal maanden van 1 tot en met 600 zijn.

## The list of guided lessons.

lessons-heading = Lessen met begeleiding
app-to-lessons = Lessen met begeleiding ↓
lessons-note = Korte hoofdstukken: elk zet een alliantie klaar, stelt een vraag en biedt één ding om te proberen.
lessons-does-not-load = { $name } (laadt niet)
lessons-finished = Afgerond
lessons-again = Nog eens
lessons-at-chapter = Bij hoofdstuk { $chapter } van { $chapters }
lessons-continue = Verder
lessons-chapters = { $count ->
    [one] { $count } hoofdstuk
   *[other] { $count } hoofdstukken
}
lessons-start = Beginnen
# The button's name for a screen reader: "Verder: Vertrouwen versus controle".
lessons-open-label = { $action }: { $title }

## The chapter of a guided lesson.

lesson-name = Les: { $title } · hoofdstuk { $chapter } van { $chapters }
lesson-chapters-label = Hoofdstukken
lesson-question = Vraag:{" "}
lesson-try = Probeer:{" "}
lesson-show = Laat zien
lesson-notice = Let op:{" "}
lesson-waiting = Waar u op kunt letten, verschijnt hier zodra u het gedaan hebt.
lesson-previous = ← Vorige
lesson-finish = Afronden: zelf verder verkennen
lesson-next = Volgend hoofdstuk →
lesson-leave = Les verlaten
# A link to a lesson that does not exist; $lessons lists the lessons' names.
lesson-link-no-lesson = De link noemt geen les met de naam "{ $stem }"; de lessen zijn { $lessons }.
lesson-link-no-chapter = De link noemt geen bestaand hoofdstuk van de les "{ $stem }"; die heeft hoofdstukken 1 tot en met { $chapters }.

## A partner's card in the partner editor, with the article's Dutch terms.

# The card's heading for a screen reader: "Partner 2: AidWorks".
partner-heading = Partner { $number }: { $name }
partner-name = Naam
partner-remove = Verwijderen
partner-remove-label = Partner { $name } verwijderen
partner-size = Omvang
partner-size-hint = Personeel en budget: grote partners brengen meer middelen en gewicht in.
partner-quality = Kwaliteit
partner-quality-hint = Hoe goed de organisatie geleid wordt en hoe vernieuwend en wendbaar ze is.
partner-competitiveness = Concurrentie
partner-competitiveness-hint = Hoeveel haar werk overlapt en concurreert met het werk van de anderen.
partner-dependency = Afhankelijkheid
partner-dependency-hint = 0: de alliantie is een kans; 1: van levensbelang voor het voortbestaan.
partner-long-term = Commitment op lange termijn
partner-long-term-hint = Commitment voor de lange termijn tegenover 'een tijdelijk voertuig'.
partner-commitment = Commitment bij de start
partner-values = Oriëntatie
partner-value-sustainability = Duurzaamheid
partner-value-gender-equality = Gendergelijkheid
partner-value-empowerment = Empowerment
partner-value-commercial = Commerciële oriëntatie
partner-expertise = Deskundigheid
partner-expertise-advocacy = Belangenbehartiging en lobby
partner-expertise-youth-reach = Jongeren bereiken
partner-expertise-knowledge-development = Kennisontwikkeling
partner-expertise-service-delivery = Dienstverlening en hulp
partner-expertise-technology = Software en sociale media
partner-expertise-community-work = Opbouwwerk
partner-expertise-business-operations = Bedrijfsvoering

## The partner editor.

partners-heading = Partners ({ $count })
# The name of a partner the user adds.
partners-new-name = Partner { $number }
partners-pending = U hebt wijzigingen: ze gaan in bij de volgende keer Opnieuw.
partners-apply-at-reset = Wijzigingen in partners, toevalsgetal en looptijd gaan in bij de volgende keer Opnieuw.
# The sentence "What the sliders mean: size, values, …, dependency, and the own organisation's
# constituency." is built from these pieces, each term a button that explains it.
partners-terms-intro = Wat de schuifregelaars betekenen:{" "}
partners-term-size = omvang
partners-term-values = oriëntatie
partners-term-expertise = deskundigheid
partners-term-quality = kwaliteit
partners-term-competitiveness = concurrentie
partners-term-dependency = afhankelijkheid
partners-terms-before-last = , en de{" "}
partners-term-constituency = achterban
partners-terms-after-last = {" "}van de eigen organisatie.
partners-add = Partner toevoegen
partners-revert = Wijzigingen ongedaan maken (terug naar de voorinstelling)

## The banner shown when the app stops on an internal error; the error's details follow the title.

panic-title = Alliance Lab is gestopt door een interne fout.{" "}
panic-reset = De app opnieuw starten

## The help button beside a term of the glossary.

term-help-label = Wat betekent ‘{ $term }’?

## The notices of the page: what could not be done as asked, and where an opened scenario came from.

# $count: the number of problems; the scenario's own messages (in English) are listed with the partners.
state-invalid-draft = Het bewerkte scenario heeft { $count ->
        [one] { $count } probleem
       *[other] { $count } problemen
    }, vermeld bij de partners; Opnieuw heeft in plaats daarvan het laatste geldige scenario opnieuw gestart.
# $error: what is wrong, as the scenario reader says it.
state-chapter-error = Dit hoofdstuk opent niet: { $error }
state-preset-error = Deze voorinstelling laadt niet: { $error }
state-plan-error = Het plan is niet gewijzigd: { $error }
state-horizon-reached = De simulatie heeft het einde van haar looptijd bereikt: druk op Opnieuw om opnieuw te beginnen en grijp dan in.
# A file made for an older model opened; $version: its model, $current: this model.
notice-older-model = Dit scenario is gemaakt voor model { $version }; dit is model { $current }, dus de runs wijken af van die waarmee het gemaakt is.
# $from: "a share link" or "the file NAME"; $shown: "start" when the run is at month 0,
# "horizon" when it is shown at its last month, else "link".
state-opened = Geopend vanuit { $from }: { $title }. { $shown ->
        [start] Druk op Start om het opnieuw af te spelen.
        [horizon] Het wordt getoond in maand { $month }, het einde van de looptijd.
       *[link] Het wordt getoond in maand { $month }, waar de link gemaakt is; druk op Start om verder te gaan.
    }
