## The model texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## Interventions: label and tooltip (src/model/interventions.rs keeps the English for the CLI).
intervention-get-to-know = Elkaar leren kennen
intervention-get-to-know-description = Waterlijn naar beneden: deel identiteit, trots, waarden en belangen.
intervention-vision-and-values = Visie en waarden
intervention-vision-and-values-description = Maak een gedeelde visie en gedeelde waarden expliciet.
intervention-value-room = Ruimte voor een kernwaarde
intervention-value-room-description = Geef één partner echt de ruimte om een kernwaarde toe te lichten; zo kan die een gedeelde waarde worden.
intervention-working-agreements = Werkafspraken
intervention-working-agreements-description = Spreek regels af die bij de situatie passen: niet te veel en niet te weinig.
intervention-learning-agenda = Leeragenda
intervention-learning-agenda-description = Spreek af wat de partners deze periode samen leren; leren mag en kost tijd.
intervention-reflection-meeting = Reflectiebijeenkomst
intervention-reflection-meeting-description = Kom met alle partners en hun medewerkers bijeen om te reflecteren, te delen en vooruitgang te vieren.
intervention-external-profiling = Extern profileren
intervention-external-profiling-description = Presenteer de alliantie als één eenheid aan donoren, klanten en concurrenten.
intervention-knowledge-sharing = Kennis delen
intervention-knowledge-sharing-description = Een deskundige partner schoolt de anderen, zodat zij hun achterstand inhalen.
intervention-harvest-results = Resultaten oogsten en vastleggen
intervention-harvest-results-description = Leg vast wat er bereikt is, in feiten, verhalen en beelden.
intervention-use-strengths = Elkaars sterke kanten benutten
intervention-use-strengths-description = Laat elke partner doen waar hij het best in is, in dezelfde regio, zodat de partners elkaar versterken.
intervention-organise-dissent = Tegenspraak organiseren
intervention-organise-dissent-description = Nodig kritische vragen uit; vruchtbaar bij vertrouwen, pijnlijk zonder.
intervention-external-mediator = Externe mediator
intervention-external-mediator-description = Een mediator brengt partners die in conflict zijn weer bij elkaar.
intervention-steering-conversation = Sturingsgesprek
intervention-steering-conversation-description = Spreek met de partners over hoe de alliantie gestuurd wordt.
intervention-clarify-decisions = Besluitvorming en escalatie verhelderen
intervention-clarify-decisions-description = Spreek af wie wat beslist, hoe, en waar een geschil heen gaat als partners het oneens zijn.

## Shocks: label and tooltip (src/model/shocks.rs).
shock-turnover = Wisseling van een vertegenwoordiger
shock-turnover-description = Er schuift een nieuwe vertegenwoordiger aan; wat men van die partner wist, gaat grotendeels verloren.
shock-funding-equal = Financieringsronde (gelijke verdeling)
shock-funding-unequal = Financieringsronde (ongelijke verdeling)
shock-funding-exclusion = Financieringsronde (één partner uitgesloten)
shock-funding-round-description = Het verdelen van nieuw geld brengt de strijd terug, meer nog tussen concurrenten en bij een ongelijke verdeling.
shock-disappointing-results = Teleurstellende resultaten
shock-disappointing-results-description = De resultaten vallen tegen; de energie zakt en de partners zoeken een schuldige.
shock-field-change = Verandering in het veld
shock-field-change-description = Concurrentie, regelgeving of innovatie maakt het veld een tijd lang onzekerder.
shock-partner-exit = Vertrek van een partner
shock-partner-exit-description = Een partner verlaat de alliantie.

## Coordination styles: label and tooltip (src/model/coordination.rs).
style-self-steering = Zelfsturing (geen coördinator)
style-self-steering-description = De partners sturen samen, zonder dat iemand voorzit.
style-independent-chair = Onafhankelijke voorzitter
style-independent-chair-description = Een neutrale voorzitter lost conflicten op en bouwt vertrouwen, zoekt geen macht en kost wat inspanning.
style-lead-partner = Penvoerder
style-lead-partner-description = Eén partner leidt met afgesproken bevoegdheden: hij verdeelt het werk en houdt de besluitvorming helder, zonder macht te zoeken.
style-controlling-coordinator = Controlerende coördinator
style-controlling-coordinator-description = Eén partner legt formats en checklists op en verwerft zo macht; de anderen voelen zich gecontroleerd.

## The other actions (src/model/actions.rs), and the kinds of action a plan lists.
action-set-control = Controleniveau instellen
action-set-turbulence = Turbulentie instellen
action-set-style = Coördinatiestijl instellen
action-funding-round = Financieringsronde

## The phases of Figure 1: the name in a few words, and the full name with the article's Dutch term.
phase-short-1 = start
phase-short-2 = ontdekken en leren
phase-short-3 = productiviteit en meerwaarde
phase-name-1 = Start: ontwerpen en afstemmen
phase-name-2 = Ontdekken en leren
phase-name-3 = Productiviteit en meerwaarde
phase-long-1 = start: ontwerpen en afstemmen
phase-long-2 = ontdekken en leren
phase-long-3 = productiviteit en meerwaarde
phase-titled = Fase { $phase }: { $name }
