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
