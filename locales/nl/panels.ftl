## The panels texts of the page (nl). Message ids are shared by both languages;
## tests/it/i18n.rs checks that both files have the same ids and variables.

