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
