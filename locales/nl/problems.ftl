## The problems texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## What is wrong with a scenario (src/i18n/problems.rs), one message per kind of problem.
## Field paths (partners[2].size) and the names of actions, styles and fields are the scenario
## file's own words and stay as they are. Of a syntax error only the parser's own detail stays
## in English, inside a Dutch sentence.

# A problem where it is: $path the field's path, $at a problem-location message, $problem what
# is wrong.
problem-at-path-location = { $path } ({ $at }): { $problem }
problem-at-path = { $path }: { $problem }
problem-at-location = { $at }: { $problem }
problem-location = regel { $line }, kolom { $column }
# After the listed problems, the number of those not listed.
problem-more = { $count ->
    [one] en nog 1 probleem
   *[other] en nog { $count } problemen
}

problem-level = moet tussen 0 en 1 liggen, niet { $value }
problem-between = moet tussen { $min } en { $max } liggen, niet { $value }
problem-horizon = moet een geheel aantal maanden van 1 tot en met { $max } zijn, niet { $value }
problem-month = moet een geheel getal van 1 tot en met de looptijd ({ $horizon }) zijn, niet { $value }
problem-negative = moet 0 of meer zijn, in de eenheid van de maatstaf, niet { $value }
problem-empty = mag niet leeg zijn
problem-too-long = mag hoogstens { $max } tekens lang zijn
problem-no-says = moet het leerpunt in een zin verwoorden
problem-no-says-dutch = moet het leerpunt in een Nederlandse zin verwoorden
# $name: the name, in quotes; $first: the index of the partner that has it.
problem-duplicate-name = { $name } is al de naam van partners[{ $first }]; namen moeten uniek zijn
# $last: the highest partner index, $count - 1.
problem-no-partner-index = er is geen partner { $index }; er zijn { $count } partners, genummerd 0 tot en met { $last }
problem-no-partner-named = geen partner heet { $name }
# A list that is too long: $limit a problem-limit-… message, $size a problem-size-… message.
problem-too-many = { $limit }; { $size }
problem-limit-partners = een alliantie heeft 2 tot en met { $max } partners
problem-limit-schedule = een plan heeft hoogstens { $max } acties
problem-limit-expectations = een scenario heeft hoogstens { $max } leerpunten
problem-size-has = hier zijn het er { $count }
problem-size-lists = hier staan er { $count }
problem-size-lists-more = hier staan er meer dan { $count }
problem-newer-model = dit scenario is gemaakt voor model { $version }, nieuwer dan model { $current } van deze versie van Alliance Lab; open het met de nieuwste Alliance Lab
# $what: an action's or a coordination style's name as written in scenario files.
problem-needs-partner = { $what } heeft een partnernaam of partnernummer nodig
problem-needs-style = set_style heeft een stijl nodig
problem-needs-value = { $action } heeft een waarde tussen 0 en 1 nodig
problem-takes-no-partner = { $action } heeft geen partner; haal die weg
problem-only-style = alleen set_style heeft een stijl, niet { $action }
problem-only-division = alleen funding_round heeft een verdeling, niet { $action }
problem-only-value = alleen set_control en set_turbulence hebben een waarde, niet { $action }
problem-seed-overflow = { $runs } runs vanaf toevalsgetal { $seed } zouden voorbij het grootste toevalsgetal gaan, { $largest }
problem-text-too-large = de tekst is { $mb } MB, meer dan de { $max } MB die een scenario mag hebben
problem-json-comment = JSON staat geen commentaar toe; haal het weg, of schrijf het scenario als TOML, waarin commentaar met # mag
# $kind: a problem-json-… message below.
problem-not-json-object = een scenario moet een JSON-object zijn ({"{"} "title": … {"}"}), niet { $kind }
problem-json-array = een lijst
problem-json-string = een tekst
problem-json-boolean = een waarheidswaarde
problem-json-null = null
problem-json-number = een getal
problem-not-a-path = is geen veldpad; schrijf het zoals governance.control of partners[1].size
problem-no-fields = { $name } heeft geen velden
problem-not-a-list = { $name } is geen lijst
problem-unknown-field = onbekend veld { $name }; de velden hier zijn onder meer { $fields }
problem-partner-index = er zijn { $count } partners, genummerd 0 tot en met { $last }
problem-schedule-empty = het plan is leeg
problem-entry-index = het plan heeft { $count } acties, genummerd 0 tot en met { $last }

# Problems the parsers report, put into words. $valid: a valid-… message; $found: a found-…
# message; $name: a name in quotes; $fields, $choices: names separated by commas; $field: the
# field's own name (action, style).
problem-missing = ontbreekt
problem-missing-valid = ontbreekt; het moet { $valid } zijn
problem-wrong-value = moet { $valid } zijn, niet { $found }
problem-not-a-field = onbekend veld { $name }
problem-not-a-field-listed = onbekend veld { $name }; de velden hier zijn { $fields }
problem-unknown-choice = onbekende { $field } { $name }; gebruik een van { $choices }
# $detail: the TOML or JSON reader's own message, in English.
problem-syntax = de tekst volgt hier de schrijfwijze van het bestand niet (de lezer meldt: { $detail })
valid-level = een getal tussen 0 en 1
valid-month = een geheel getal van 1 tot en met de looptijd
valid-month-horizon = een geheel getal van 1 tot en met de looptijd ({ $horizon })
valid-horizon = een geheel aantal maanden van 1 tot en met 600
valid-seed = een geheel getal van 0 tot en met { $max }
valid-model-version = een geheel getal, de versie van het model (dit is model { $current })
valid-partner = de naam van een partner of het nummer van een partner (vanaf 0)
valid-text = tekst tussen aanhalingstekens
valid-partners = een lijst van 2 tot en met { $max } partners, elk een tabel met benoemde velden
valid-schedule = een lijst van hoogstens { $max } acties, elk een tabel met benoemde velden
valid-one-of = een van { $names }
valid-says = tekst tussen aanhalingstekens: het leerpunt in een zin
valid-runs = een geheel aantal runs van 2 tot en met 5000
valid-min-effect = een getal, 0 of meer, in de eenheid van de maatstaf
valid-set = een lijst van teksten "PAD=WAARDE", zoals ["governance.control=0.8"]
valid-expectations = een lijst van hoogstens { $max } leerpunten, elk een tabel met benoemde velden
valid-arm = een tabel met wijzigingen: set, without, schedule
valid-table = een tabel met benoemde velden
# $words: what the reader expected, in its own (English) words.
valid-expected = { $words }
found-text = de tekst "{ $text }"
found-list = een lijst
found-table = een tabel
# A change to a planned action in the past: $action its name, $month its month, $from the
# first month that can still change.
problem-already-happened = { $action } in maand { $month } is al gebeurd: alleen acties vanaf maand { $from } kunnen nog veranderen
