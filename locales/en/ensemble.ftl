## The ensemble texts of the page (en). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

