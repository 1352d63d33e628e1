## The problems texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## What is wrong with a scenario (src/i18n/problems.rs), one message per kind of problem.
## In English they give exactly the scenario module's text, which the CLI prints and the tests
## read. Field paths (partners[2].size) and the names of actions, styles and fields are the
## scenario file's own words and stay as they are in both languages. Of a syntax error only the
## parser's own detail stays in English, inside a Dutch sentence on the Dutch page.

# A problem where it is: $path the field's path, $at a problem-location message, $problem what
# is wrong.
problem-at-path-location = { $path } ({ $at }): { $problem }
problem-at-path = { $path }: { $problem }
problem-at-location = { $at }: { $problem }
problem-location = line { $line }, column { $column }
# After the listed problems, the number of those not listed.
problem-more = { $count ->
    [one] and 1 more problem
   *[other] and { $count } more problems
}

problem-level = must be between 0 and 1, not { $value }
problem-between = must be between { $min } and { $max }, not { $value }
problem-horizon = must be a whole number of months from 1 to { $max }, not { $value }
problem-month = must be a whole number from 1 to the horizon ({ $horizon }), not { $value }
problem-negative = must be 0 or more, in the metric's unit, not { $value }
problem-empty = must not be empty
problem-too-long = must be at most { $max } characters long
problem-no-says = must say the teaching point in a sentence
problem-no-says-dutch = must say the teaching point in a Dutch sentence
# $name: the name, in quotes; $first: the index of the partner that has it.
problem-duplicate-name = { $name } is already the name of partners[{ $first }]; names must be unique
# $last: the highest partner index, $count - 1.
problem-no-partner-index = there is no partner { $index }; there are { $count } partners, numbered 0 to { $last }
problem-no-partner-named = no partner is named { $name }
# A list that is too long: $limit a problem-limit-… message, $size a problem-size-… message.
problem-too-many = { $limit }; { $size }
problem-limit-partners = an alliance has 2 to { $max } partners
problem-limit-schedule = a schedule has at most { $max } entries
problem-limit-expectations = a scenario has at most { $max } expectations
problem-size-has = this one has { $count }
problem-size-lists = this one lists { $count }
problem-size-lists-more = this one lists more than { $count }
problem-newer-model = this scenario was made for model { $version }, newer than this Alliance Lab's model { $current }; open it with the newest Alliance Lab
# $what: an action's or a coordination style's name as written in scenario files.
problem-needs-partner = { $what } needs a partner name or index
problem-needs-style = set_style needs a style
problem-needs-value = { $action } needs a value between 0 and 1
problem-takes-no-partner = { $action } takes no partner; remove it
problem-only-style = only set_style takes a style, not { $action }
problem-only-division = only funding_round takes a division, not { $action }
problem-only-value = only set_control and set_turbulence take a value, not { $action }
problem-seed-overflow = { $runs } runs from seed { $seed } would pass the largest seed, { $largest }
problem-text-too-large = the text is { $mb } MB, more than the { $max } MB a scenario may have
problem-json-comment = JSON does not allow comments; remove it, or write the scenario as TOML, which allows # comments
# $kind: a problem-json-… message below.
problem-not-json-object = a scenario must be a JSON object ({"{"} "title": … {"}"}), not { $kind }
problem-json-array = an array
problem-json-string = a string
problem-json-boolean = a boolean
problem-json-null = null
problem-json-number = a number
problem-not-a-path = is not a field path; write it like governance.control or partners[1].size
problem-no-fields = { $name } has no fields
problem-not-a-list = { $name } is not a list
problem-unknown-field = unknown field { $name }; the fields here include { $fields }
problem-partner-index = there are { $count } partners, numbered 0 to { $last }
problem-schedule-empty = the schedule is empty
problem-entry-index = there are { $count } schedule entries, numbered 0 to { $last }

# Problems the parsers report, put into words. $valid: a valid-… message; $found: a found-…
# message; $name: a name in quotes; $fields, $choices: names separated by commas; $field: the
# field's own name (action, style).
problem-missing = is missing
problem-missing-valid = is missing; it must be { $valid }
problem-wrong-value = must be { $valid }, not { $found }
problem-not-a-field = unknown field { $name }
problem-not-a-field-listed = unknown field { $name }; the fields here are { $fields }
problem-unknown-choice = unknown { $field } { $name }; use one of { $choices }
# $detail: the TOML or JSON reader's own message, in English.
problem-syntax = { $detail }
valid-level = a number between 0 and 1
valid-month = a whole number from 1 to the horizon
valid-month-horizon = a whole number from 1 to the horizon ({ $horizon })
valid-horizon = a whole number of months from 1 to 600
valid-seed = a whole number from 0 to { $max }
valid-model-version = a whole number, the model version (this is model { $current })
valid-partner = a partner name or a partner index (from 0)
valid-text = text in quotes
valid-partners = a list of 2 to { $max } partners, each a table with named fields
valid-schedule = a list of at most { $max } entries, each a table with named fields
valid-one-of = one of { $names }
valid-says = text in quotes: the teaching point in a sentence
valid-runs = a whole number of paired seeds from 2 to 5000
valid-min-effect = a number, 0 or more, in the metric's unit
valid-set = a list of "PATH=VALUE" texts, like ["governance.control=0.8"]
valid-expectations = a list of at most { $max } expectations, each a table with named fields
valid-arm = a table of changes: set, without, schedule
valid-table = a table with named fields
# $words: what the reader expected, in its own (English) words.
valid-expected = { $words }
found-text = the text "{ $text }"
found-list = a list
found-table = a table
# A change to a planned action in the past: $action its name, $month its month, $from the
# first month that can still change.
problem-already-happened = { $action } in month { $month } has already happened: only actions planned for month { $from } or later can change
