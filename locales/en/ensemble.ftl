## The ensemble texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.


## The ensemble panel (src/ui/ensemble_panel.rs).

ensemble-title = Ensemble: the odds over many seeds
ensemble-hint = Runs the current scenario with seeds from the run's own seed upwards, including your actions.
ensemble-hint-compare = Runs A and B with seeds from the run's own seed upwards, including your actions.
ensemble-runs-label = Runs (seeds)
ensemble-runs-error = The number of runs must be a whole number from 1 to { $max }.
ensemble-workers-label = Processor cores to use
ensemble-run = Run ensemble
ensemble-cancel = Cancel
ensemble-progress-label = Ensemble progress
ensemble-progress = { $done } of { $total } runs
ensemble-running = Running beside the page; the page stays usable.
ensemble-cancelled = Cancelled. The results below, if any, are from the previous ensemble.
ensemble-checked = Teaching point { $number } checked: { $runs } runs each of A and B in { $ms } ms.
ensemble-elapsed = { $runs } runs in { $ms } ms with { $count ->
        [one] 1 worker
       *[other] { $count } workers
    }.
ensemble-elapsed-each = { $runs } runs each of A and B in { $ms } ms with { $count ->
        [one] 1 worker
       *[other] { $count } workers
    }.
ensemble-workers-stopped = The background calculations stopped.
ensemble-failed = The ensemble failed: { $message }
ensemble-check-failed = The check failed: { $message }
ensemble-cannot-check =
    The teaching point cannot be checked:
    { $problems }
ensemble-fan-added-value = Added value (meerwaarde) over seeds: value together minus value alone
ensemble-fan-trust = Trust over seeds
ensemble-fan-conflict = Conflict over seeds
ensemble-phases = Share of runs in each phase
ensemble-phases-a = A: share of runs in each phase
ensemble-phases-b = B: share of runs in each phase

## The ensemble's workers (src/ui/worker_pool.rs); $detail is the browser's or the reader's
## own message.

pool-not-started = A Web Worker could not be started: { $detail }
pool-crashed = A Web Worker failed: { $detail }
pool-unreadable-runs = A Web Worker sent runs that cannot be read: { $detail }
pool-unreadable-reply = A Web Worker sent a reply that cannot be read: { $detail }
pool-other-protocol = The Web Worker speaks protocol version { $worker }, the page { $page }; reload the page.
pool-module-not-loaded = The ensemble workers' WebAssembly could not be loaded: { $detail }
pool-wrong-run-count = A Web Worker sent { $sent } runs for a request of { $asked }.
pool-wrong-stats-reply = A Web Worker answered the statistics request wrongly.
pool-wrong-run-reply = A Web Worker answered a run request wrongly.

## The teaching points (src/ui/teaching_points.rs).

teaching-points-none = This scenario states no teaching points to check. A scenario file can state them in [[expect]] tables (see the README).
teaching-points-title = Teaching points of this scenario
teaching-points-hint = Each compares two versions of the scenario as it is planned now over the same seeds, so that both meet the same events. Check one to see whether the model bears it out.
teaching-points-arms = A: { $a }. B: { $b }.
teaching-points-arm-as-is = the scenario as it is
teaching-points-arm-changed = the scenario { $changes }
teaching-points-arm-without = without { $actions }
teaching-points-arm-set = with { $path } set to { $value }
teaching-points-arm-scheduled = with { $action } in month { $month }
teaching-points-check = Check this
teaching-points-checking = Checking…
teaching-points-claim-higher = Claim: B is higher than A in { $metric } by at least { $minimum }, over { $runs } pairs of runs (A and B with the same seed).
teaching-points-claim-lower = Claim: B is lower than A in { $metric } by at least { $minimum }, over { $runs } pairs of runs (A and B with the same seed).
teaching-points-percent = { $number } %
teaching-points-percentage-points = { $number } percentage points
teaching-points-months = { $number } months
teaching-points-value-units = { $number } value units
teaching-points-partners = { $number } partners
teaching-points-holds = Holds: A { $a }, B { $b }; B − A { $difference }.
teaching-points-holds-interval = Holds: A { $a }, B { $b }; B − A { $difference } (95 % interval { $low } to { $high }).
teaching-points-fails = Does not hold: A { $a }, B { $b }; B − A { $difference }.
teaching-points-fails-interval = Does not hold: A { $a }, B { $b }; B − A { $difference } (95 % interval { $low } to { $high }).

## What a teaching point compares, in the words of Metric::describe (which the CLI keeps).

metric-added-value = added value at the horizon (value units: together minus alone)
metric-phase2 = share of runs that reach phase 2
metric-phase3 = share of runs that reach phase 3
metric-months-to-phase2 = months to phase 2 (a run that never gets there counts as the month after its last)
metric-months-to-phase3 = months to phase 3 (a run that never gets there counts as the month after its last)
metric-broke-even = share of runs whose value together passes what the partners make alone
metric-final-trust = trust at the horizon (0 to 1)
metric-mean-conflict = conflict, the mean over the months (0 to 1)
metric-mean-commitment = commitment, the mean over the months (0 to 1)
metric-mean-delivery = delivery on promises, the mean over the months (0 to 1)
metric-mean-process-share = share of effort spent on the process, the mean over the months (0 to 1)
metric-regressed = share of runs that fall back a phase
metric-dissolved = share of runs in which the alliance dissolves
metric-exits = partners who leave, per run

## The ensemble's tables (src/ui/ensemble_tables.rs). The comparison's caption is written in
## pieces around its glossary terms; {" "} keeps a space at a piece's edge.

ensemble-tables-label = Ensemble probabilities
ensemble-tables-caption = Probability of reaching phase 3 (productivity) by month and of dissolving, and the added value (meerwaarde): value produced together minus what the partners would produce alone
ensemble-tables-run = Run
ensemble-tables-phase3-by = Phase 3 by month { $month }
ensemble-tables-dissolved = P(dissolved)
ensemble-tables-mean-added-value = Mean added value (together − alone)
ensemble-tables-with-added-value = Runs with added value at the end
ensemble-tables-break-even = Median month of break-even
ensemble-tables-no-break-even = none breaks even
ensemble-comparison-over = B compared with A over { $pairs }{" "}
ensemble-comparison-paired-seeds = paired seeds
ensemble-comparison-with = {" "}(B − A, with its{" "}
ensemble-comparison-interval = 95 % interval
ensemble-comparison-phase3 = ; differences in reaching phase 3 in{" "}
ensemble-comparison-pp = percentage points, pp
ensemble-comparison-quantity = Quantity
ensemble-comparison-added-value = Added value (meerwaarde): together − alone
ensemble-comparison-final-trust = Trust at the end
ensemble-comparison-mean-conflict = Mean conflict
ensemble-comparison-phase3-reached = Reaching phase 3
ensemble-comparison-points = { $value } pp
ensemble-comparison-range = { $low } to { $high }
ensemble-comparison-too-few-runs = not enough runs

## The printed debrief (src/ui/debrief.rs). On an English page each reflection question is
## followed by its Dutch message in brackets: the Dutch messages are the article's wording.

debrief-label = Debrief for print
debrief-title = Debrief: { $title }
debrief-goal = Learning goal:{" "}
debrief-point = Teaching point:{" "}
debrief-facts = Seed { $seed }; { $month } of { $horizon } months simulated; coordination at the start: { $style }; control at the start: { $control }.
debrief-partners = The partners
debrief-partner = Partner
debrief-size = Size
debrief-quality = Professionalism
debrief-competitiveness = Competitiveness
debrief-dependency = Dependency on the alliance
debrief-key-figures = Key figures
debrief-run = The run
debrief-run-a = Run A
debrief-run-b = Run B
debrief-phase-at-end = Phase at the end
debrief-added-value = Added value (meerwaarde)
debrief-broke-even = Broke even
debrief-partners-kept = Partners kept
debrief-trust-at-end = Trust at the end
debrief-conflict-at-end = Conflict at the end
debrief-phase-name-1 = start: design and alignment
debrief-phase-name-2 = discovering and learning
debrief-phase-name-3 = productivity and added value
debrief-dissolved-in = Dissolved in month { $month }
debrief-phase-from = Phase { $phase } ({ $name }) from month { $month }
debrief-added-value-figure = { $difference } value units ({ $together } together against { $alone } alone)
debrief-not-yet = not yet
debrief-in-month = in month { $month }
debrief-kept-of = { $kept } of { $start }
debrief-event = Month { $month }: { $text }
debrief-story-phases = The phases over time
debrief-story-phases-of = { $run }: the phases over time
debrief-story-turning-points = Turning points and their causes
debrief-story-turning-points-of = { $run }: turning points and their causes
debrief-story-actions = Actions taken and shocks
debrief-story-actions-of = { $run }: actions taken and shocks
debrief-no-turning-points = None: the alliance stayed in phase 1.
debrief-no-actions = None.
debrief-period-dissolved = dissolved
debrief-period-phase = phase { $phase } ({ $name })
debrief-period-month = Month { $month }: { $what }
debrief-period-months = Months { $from } to { $to }: { $what }
debrief-questions = Questions for reflection
debrief-question-why = Why are we doing this again?
debrief-question-who = Who is at the table, and what is each partner's interest in working together?
debrief-question-vehicle = Do the partners see the alliance as a temporary vehicle or as lasting co-operation?
debrief-question-lasting = Are we really working on lasting results?
debrief-question-added-value = Are we really getting all the added value out of working together?
debrief-question-efficient = Do we manage to work efficiently amid all the co-operation?

## Sharing, files and exports (src/ui/share_panel.rs). The share-error messages are the page's
## words for the damaged links of src/share.rs (ShareError); in English they are the same.

share-title = Share, save and export
share-copy = Copy share link
share-download = Download the scenario as a file
share-download-a = Download scenario A as a file
share-download-b = Download scenario B as a file
share-link-label = Share link (the scenario, seed and your actions)
share-link-placeholder = Press Copy share link
share-too-large = This run is too large for a link ({ $length } characters; at most { $max }). Download the scenario file instead.
share-open-label = Open a scenario file you downloaded or wrote (.toml or .json)
share-file-not-opened = The file was not opened:
share-file-more = and { $count } more
share-file-too-large = the file is larger than { $mb } MB, more than any scenario needs
share-file-not-text = the file could not be read as text
share-no-reader = the scenario reader, which reads TOML files, could not be loaded; check the connection and try again, or open the scenario as JSON
share-download-failed = The TOML file could not be written: the scenario reader could not be loaded. Check the connection and try again.
share-series = Series CSV
share-series-a = Series CSV of A
share-series-b = Series CSV of B
share-events = Event log CSV
share-print = Print a debrief
share-print-hint = The scenario, the key figures, the phases, turning points and actions, the charts and questions for reflection; choose Save as PDF in the print dialog for a file
# Completes "Opened …: <title>." (state-opened).
share-from-link = a share link
share-older-link = This link was made by an earlier version of Alliance Lab. Its scenario, seed and actions are restored, but the model has changed since, so the curves differ from the run that was shared.
share-link-failed = The share link could not be opened, so the default scenario is shown. { $reason }
share-link-b = Run B of the link: { $reason }
share-link-mismatch = Run B of the link has another seed or horizon than run A, so the two cannot be compared.
share-error-empty = This link does not contain a scenario.
share-error-too-long = This link is too long ({ $length } characters; at most { $max }). Share the scenario as a file instead.
share-error-no-version = This is not an Alliance Lab share link: it does not start with a version such as v{ $version }.
share-error-future-version = This link was made by a newer version of Alliance Lab (v{ $version }); this version reads links up to v{ $current }. Open it with the newest Alliance Lab.
share-error-incomplete = This link is incomplete; copy the whole link again.
share-error-not-base64 = This link is damaged: it contains characters a share link never has. Copy the whole link again.
share-error-not-deflate = This link is damaged or incomplete: its contents cannot be unpacked. Copy the whole link again.
share-error-too-large = This link unpacks to more than { $kib } KiB, more than any scenario needs; it was not opened.
share-error-not-json = This link is damaged: its contents are not a scenario ({ $detail }).
share-error-invalid = The scenario in this link is not valid: { $problems }
share-error-invalid-more = The scenario in this link is not valid: { $problems }; and { $count } more
debrief-lesson = Lesson: { $title }, chapter { $chapter } of { $chapters }: { $name }
debrief-lesson-question = Question:{" "}
debrief-lesson-notice = What to notice:{" "}
