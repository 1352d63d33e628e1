## The model texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

## Interventions: label and tooltip (src/model/interventions.rs keeps the English for the CLI).
intervention-get-to-know = Get to know each other
intervention-get-to-know-description = Lower the waterline: share identity, pride, values and interests.
intervention-vision-and-values = Vision and values
intervention-vision-and-values-description = Make a shared vision and shared values explicit.
intervention-value-room = Room for a core value
intervention-value-room-description = Give one partner real room to explain a core value; it can become shared.
intervention-working-agreements = Working agreements
intervention-working-agreements-description = Agree on rules that fit the situation: neither too many nor too few.
intervention-learning-agenda = Learning agenda
intervention-learning-agenda-description = Agree what to learn together this period; learning is allowed and takes time.
intervention-reflection-meeting = Reflection meeting
intervention-reflection-meeting-description = Meet with all partners and staff to reflect, share and celebrate progress.
intervention-external-profiling = External profiling
intervention-external-profiling-description = Present the alliance as one unit to donors, clients and competitors.
intervention-knowledge-sharing = Knowledge sharing
intervention-knowledge-sharing-description = An expert partner trains the others so they catch up.
intervention-harvest-results = Harvest and record results
intervention-harvest-results-description = Record what was achieved in facts, stories and images.
intervention-use-strengths = Use each other's strengths
intervention-use-strengths-description = Let each partner do what it is best at, in the same region, reinforcing each other.
intervention-organise-dissent = Organise dissent
intervention-organise-dissent-description = Invite critical questions; fruitful with trust, painful without it.
intervention-external-mediator = External mediator
intervention-external-mediator-description = A mediator brings conflicting partners back together.
intervention-steering-conversation = Steering conversation
intervention-steering-conversation-description = Talk with the partners about how the alliance is steered.
intervention-clarify-decisions = Clarify decisions and escalation
intervention-clarify-decisions-description = Agree who decides what, how, and where a dispute goes when partners disagree.

## Shocks: label and tooltip (src/model/shocks.rs).
shock-turnover = Turnover of a representative
shock-turnover-description = A new representative joins the table; what was known of that partner is largely lost.
shock-funding-equal = Funding round (equal division)
shock-funding-unequal = Funding round (unequal division)
shock-funding-exclusion = Funding round (one partner excluded)
shock-funding-round-description = Dividing new money brings back struggle, more so among competitors and when unequal.
shock-disappointing-results = Disappointing results
shock-disappointing-results-description = Results fall short; energy drops and partners look for someone to blame.
shock-field-change = Field change
shock-field-change-description = Competition, regulation or innovation makes the field more uncertain for a while.
shock-partner-exit = Partner exit
shock-partner-exit-description = A partner leaves the alliance.

## Coordination styles: label and tooltip (src/model/coordination.rs).
style-self-steering = Self-steering (no coordinator)
style-self-steering-description = Partners steer together without anyone in the chair.
style-independent-chair = Independent chair
style-independent-chair-description = A neutral chair resolves conflict and builds trust, seeks no power, and costs a little effort.
style-lead-partner = Lead partner (penvoerder)
style-lead-partner-description = One partner leads with agreed powers: it divides the work and keeps decisions clear, without seeking power.
style-controlling-coordinator = Controlling coordinator
style-controlling-coordinator-description = One partner imposes formats and checklists and gains power; the others feel controlled.

## The other actions (src/model/actions.rs), and the kinds of action a plan lists.
action-set-control = Set control level
action-set-turbulence = Set turbulence
action-set-style = Set coordination style
action-funding-round = Funding round

## The phases of Figure 1: the name in a few words, and the full name with the article's Dutch term.
phase-short-1 = start
phase-short-2 = discovering and learning
phase-short-3 = productivity and added value
phase-name-1 = Start: design and alignment (ontwerpen en afstemmen)
phase-name-2 = Discovering and learning (ontdekken en leren)
phase-name-3 = Productivity and added value (productiviteit en meerwaarde)
phase-long-1 = start: design and alignment
phase-long-2 = discovering and learning
phase-long-3 = productivity and added value
phase-titled = Phase { $phase }: { $name }
