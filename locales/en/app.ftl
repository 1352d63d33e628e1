## The app texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

language-label = Language
present = Present
present-leave = Leave presentation
present-hint = For a projector: the phase, the network and the main charts at large size (key P; Esc leaves, the arrow keys step through a lesson's chapters or the months)
open-model = How the model works · glossary
run-controls-label = Run controls
level-very-low = very low
level-low = low
level-moderate = moderate
level-high = high
level-very-high = very high
app-name = Alliance Lab
app-compare-start = Compare A and B
app-compare-end = End compare mode
# Where a scenario opened from a file came from, for "Opened { $from }: …".
app-from-file = the file { $name }
# $actions: the actions queued for the next month, separated by commas.
app-next-month = Next month: { $actions }

## The scenario picker.

scenario-heading = Scenario
scenario-preset-label = Preset
scenario-group-presets = Model presets
scenario-group-cases = Cases from the article
scenario-does-not-load = { $name } (does not load)
scenario-opened = { $title } (opened from a link or file)
scenario-goal-label = Learning goal:{" "}
scenario-point-label = Teaching point:{" "}
scenario-hint = Choosing a preset restarts it; Reset returns to month 0 of the scenario with your edits.

## The run controls.

run-reset = Reset
run-step = Step
run-run = Run
run-pause = Pause
run-month = Month { $month } of { $horizon }
run-dissolved = Dissolved
# $name: the phase's short name ("discovering and learning").
run-keys = Keys: Space run/pause, S step, P present
# Shown after run-keys in presentation mode only.
run-keys-presenting = ; ← → chapters or months, Esc leaves
run-speed-label = Speed
speed-slow = Slow (4 months a second)
speed-normal = Normal (12 months a second)
speed-fast = Fast (30 months a second)
speed-fastest = Fastest (about 240 months a second)
run-seed-label = Seed
run-new-seed = New seed and restart
run-seed-error = The seed must be a whole number from 0 to 18446744073709551615.
run-horizon-label = Horizon (months)
run-horizon-error = The horizon must be a whole number of months from 1 to 600.

## The list of guided lessons.

lessons-heading = Guided lessons
app-to-lessons = Guided lessons ↓
lessons-note = Short chapters: each sets up an alliance, asks a question and offers one thing to try.
lessons-does-not-load = { $name } (does not load)
lessons-finished = Finished
lessons-again = Again
lessons-at-chapter = At chapter { $chapter } of { $chapters }
lessons-continue = Continue
lessons-chapters = { $count ->
    [one] { $count } chapter
   *[other] { $count } chapters
}
lessons-start = Start
# The button's name for a screen reader: "Continue: Trust versus control".
lessons-open-label = { $action }: { $title }

## The chapter of a guided lesson.

lesson-name = Lesson: { $title } · chapter { $chapter } of { $chapters }
lesson-chapters-label = Chapters
lesson-question = Question:{" "}
lesson-try = Try:{" "}
lesson-show = Show me
lesson-notice = Notice:{" "}
lesson-waiting = What to notice appears here once you have done it.
lesson-previous = ← Previous
lesson-finish = Finish: explore on your own
lesson-next = Next chapter →
lesson-leave = Leave the lesson
# A link to a lesson that does not exist; $lessons lists the lessons' names.
lesson-link-no-lesson = The link names no lesson called "{ $stem }"; the lessons are { $lessons }.
lesson-link-no-chapter = The link names no chapter of the lesson "{ $stem }" that exists; it has chapters 1 to { $chapters }.

## A partner's card in the partner editor. The article's Dutch terms are given in brackets.

# The card's heading for a screen reader: "Partner 2: AidWorks".
partner-heading = Partner { $number }: { $name }
partner-name = Name
partner-remove = Remove
partner-remove-label = Remove partner { $name }
partner-size = Size (omvang)
partner-size-hint = Staff and budget: big partners bring more resources and weight.
partner-quality = Professionalism (kwaliteit)
partner-quality-hint = How well-run, innovative and agile it is.
partner-competitiveness = Competitiveness
partner-competitiveness-hint = How much its work overlaps and competes with the others' work.
partner-dependency = Dependency
partner-dependency-hint = 0: the alliance is an opportunity; 1: crucial for survival.
partner-long-term = Long-term commitment
partner-long-term-hint = Long-term commitment versus 'a temporary vehicle'.
partner-commitment = Commitment at the start
partner-values = Values (oriëntatie)
partner-value-sustainability = Sustainability
partner-value-gender-equality = Gender equality
partner-value-empowerment = Empowerment
partner-value-commercial = Commercial orientation
partner-expertise = Expertise strengths (deskundigheid)
partner-expertise-advocacy = Advocacy and lobbying
partner-expertise-youth-reach = Reaching young people
partner-expertise-knowledge-development = Knowledge development
partner-expertise-service-delivery = Service and aid delivery
partner-expertise-technology = Software and social media
partner-expertise-community-work = Community work
partner-expertise-business-operations = Business operations

## The partner editor.

partners-heading = Partners ({ $count })
# The name of a partner the user adds.
partners-new-name = Partner { $number }
partners-pending = You have edits: they apply at the next Reset.
partners-apply-at-reset = Changes to partners, seed and horizon apply at the next Reset.
# The sentence "What the sliders mean: size, values, …, dependency, and the own organisation's
# constituency." is built from these pieces, each term a button that explains it.
partners-terms-intro = What the sliders mean:{" "}
partners-term-size = size
partners-term-values = values
partners-term-expertise = expertise
partners-term-quality = professionalism
partners-term-competitiveness = competitiveness
partners-term-dependency = dependency
partners-terms-before-last = , and the own organisation's{" "}
partners-term-constituency = constituency
partners-terms-after-last = .
partners-add = Add partner
partners-revert = Undo edits (back to the preset)

## The banner shown when the app stops on an internal error; the error's details follow the title.

panic-title = Alliance Lab stopped because of an internal error.{" "}
panic-reset = Reset the app

## The help button beside a term of the glossary.

term-help-label = What is “{ $term }”?

## The notices of the page: what could not be done as asked, and where an opened scenario came from.

# $count: the number of problems; the scenario's own messages (in English) are listed with the partners.
state-invalid-draft = The edited scenario has { $count } problem(s), listed with the partners; Reset restarted the last valid scenario instead.
# $error: what is wrong, as the scenario reader says it.
state-chapter-error = This chapter does not open: { $error }
state-preset-error = This preset does not load: { $error }
state-plan-error = The plan was not changed: { $error }
state-horizon-reached = The run has reached its last month: Reset to start again, then act.
# A file made for an older model opened; $version: its model, $current: this model.
notice-older-model = This scenario was made for model { $version }; this is model { $current }, so its runs differ from the ones it was made with.
# $from: "a share link" or "the file NAME"; $shown: "start" when the run is at month 0,
# "horizon" when it is shown at its last month, else "link".
state-opened = Opened { $from }: { $title }. { $shown ->
        [start] Press Run to replay it.
        [horizon] It is shown at month { $month }, its horizon.
       *[link] It is shown at month { $month }, where the link was made; press Run to go on.
    }
