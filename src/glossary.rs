//! The glossary: every term the app shows, in plain words, with the article's Dutch term
//! beside it, because trainers and students look for the words of the article. The app shows
//! an entry as a help button next to the term and lists them all in "How the model works".
//!
//! The entries here hold the English text, for the native tests and anything outside the page;
//! the page shows an entry in its own language through [`Entry::term_in`] and
//! [`Entry::meaning_in`], which read the message catalogues (`locales/*/explain.ftl`, ids
//! `glossary-<key>-term` and `glossary-<key>-meaning`). The tests keep the English catalogue
//! equal to the text here.

use crate::i18n::{Lang, Texts};

/// One term of the glossary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable name, used in element ids (`glossary-trust`).
    pub key: &'static str,
    /// The term as the app shows it.
    pub term: &'static str,
    /// The article's Dutch term (or the usual Dutch word where the article has none).
    pub dutch: &'static str,
    /// What it means, in one or two plain sentences a student understands.
    pub meaning: &'static str,
}

impl Entry {
    /// The term in the language of `texts`, as the page shows it.
    pub fn term_in(&self, texts: &Texts) -> String {
        texts.get(&format!("glossary-{}-term", self.key))
    }

    /// What the term means, in the language of `texts`.
    pub fn meaning_in(&self, texts: &Texts) -> String {
        texts.get(&format!("glossary-{}-meaning", self.key))
    }

    /// The article's Dutch term to show in brackets beside the term on a page in `lang`: on an
    /// English page the trainer needs it to find the article's word; on a Dutch page the term
    /// already is the article's word, so nothing is shown beside it.
    pub fn dutch_beside(&self, lang: Lang) -> Option<&'static str> {
        match lang {
            Lang::En => Some(self.dutch),
            Lang::Nl => None,
        }
    }
}

/// Every entry, grouped as the app presents them: the alliance and its partners, the
/// relations between them, governance, phases and value, then the words of running the model.
pub const GLOSSARY: &[Entry] = &[
    Entry {
        key: "alliance",
        term: "Alliance",
        dutch: "alliantie",
        meaning: "Organisations that work together as one unit towards a goal none of them can reach alone, \
                  without a legal form of their own or a boss over them.",
    },
    Entry {
        key: "constituency",
        term: "Constituency",
        dutch: "achterban",
        meaning: "The people a partner answers to at home: members, staff, board, donors. A representative \
                  cannot promise more than the own organisation backs.",
    },
    Entry {
        key: "size",
        term: "Size",
        dutch: "omvang",
        meaning:
            "A partner's staff and budget. Larger partners bring more resources and carry more weight in \
                  the shared vision, in decisions and in rank.",
    },
    Entry {
        key: "orientation",
        term: "Values (ideological or commercial)",
        dutch: "oriëntatie",
        meaning: "Whether a partner works for a cause (ideological, 0) or for a market (commercial, 1). \
                  Partners far apart in values disagree more.",
    },
    Entry {
        key: "expertise",
        term: "Expertise",
        dutch: "deskundigheid",
        meaning:
            "What a partner is good at: lobbying, reaching people, research, media. Different expertise \
                  is where added value comes from.",
    },
    Entry {
        key: "quality",
        term: "Professionalism",
        dutch: "kwaliteit",
        meaning:
            "How well-run, innovative and agile a partner is (0 to 1). It sets how reliably the partner \
                  delivers what it promised.",
    },
    Entry {
        key: "competitiveness",
        term: "Competitiveness",
        dutch: "concurrentie",
        meaning: "How much a partner's work overlaps with the others' (0 to 1): the more overlap, the more \
                  they compete for money and profile.",
    },
    Entry {
        key: "dependency",
        term: "Dependency",
        dutch: "afhankelijkheid",
        meaning: "How much a partner needs the alliance (0 to 1): crucial for its survival, or one \
                  opportunity among many. Partners who need it little leave first.",
    },
    Entry {
        key: "capability",
        term: "Capability",
        dutch: "kunnen, vakmanschap",
        meaning: "What a partner can do now (0 to 1). It starts at its professionalism and grows as the \
                  partners learn from each other, most for the weaker ones; it sets how well it delivers.",
    },
    Entry {
        key: "rank",
        term: "Rank",
        dutch: "rangorde",
        meaning: "Who counts for more at the table, as the partners see it. It grows with a partner's size \
                  and with how well it delivers, as the partners get to know each other.",
    },
    Entry {
        key: "mutual-knowledge",
        term: "Mutual knowledge",
        dutch: "elkaar kennen, de waterlijn",
        meaning: "How well partners know each other's identity, values and interests: what lies below the \
                  waterline of the iceberg. Getting to know each other lowers the waterline.",
    },
    Entry {
        key: "trust",
        term: "Trust",
        dutch: "vertrouwen",
        meaning: "Partners' confidence that the others do what they say and will not take advantage. It is \
                  built slowly and lost about three times as fast.",
    },
    Entry {
        key: "shared-vision",
        term: "Shared vision",
        dutch: "gedeelde visie",
        meaning: "How far the partners agree on what they want to achieve together and how.",
    },
    Entry {
        key: "value-alignment",
        term: "Value alignment",
        dutch: "gedeelde waarden",
        meaning: "How close the partners' values have grown. A small partner's value is only shared once it \
                  gets room to explain it.",
    },
    Entry {
        key: "conflict",
        term: "Conflict",
        dutch: "conflict, strijd onder tafel",
        meaning:
            "Friction over money, norms and values, identity or personal dislike. Some is normal in the \
                  start; much of it drains commitment and output.",
    },
    Entry {
        key: "commitment",
        term: "Commitment",
        dutch: "commitment, betrokkenheid",
        meaning: "How much effort and loyalty the partners give the alliance.",
    },
    Entry {
        key: "delivery",
        term: "Delivery reliability",
        dutch: "afspraken nakomen",
        meaning:
            "The share of what partners promised that they actually deliver, on time. Missed deliveries \
                  cost trust.",
    },
    Entry {
        key: "control",
        term: "Trust versus control",
        dutch: "vertrouwen versus controle",
        meaning: "How the alliance is governed, from 0 (on trust: few rules, room to act) to 1 (on control: \
                  contracts, formats and checks). Which fits depends on the two uncertainties.",
    },
    Entry {
        key: "relational-uncertainty",
        term: "Relational uncertainty",
        dutch: "relationele onzekerheid",
        meaning: "Not knowing what to expect of the partners: their intentions, culture and reliability. It \
                  calls for more control.",
    },
    Entry {
        key: "field-uncertainty",
        term: "Field uncertainty",
        dutch: "onzekerheid in het veld",
        meaning:
            "Change outside the alliance: competition, new rules, innovation. It calls for more trust and \
                  room to adapt.",
    },
    Entry {
        key: "turbulence",
        term: "Turbulence",
        dutch: "turbulentie",
        meaning: "How often surprises hit: a representative leaves, funding must be divided, results \
                  disappoint, the field changes.",
    },
    Entry {
        key: "decision-clarity",
        term: "Decision clarity",
        dutch: "besluitvorming en escalatielijnen",
        meaning: "How clear it is who decides what, and where a dispute goes (0 to 1). Unclear lines let \
                  conflict linger and make every shock hit harder.",
    },
    Entry {
        key: "rules",
        term: "Rules",
        dutch: "spelregels, organisatiegraad",
        meaning:
            "How much the co-operation is organised (0 to 1). Too few rules breed misunderstanding; too \
                  many make co-operation a chore (proportionality).",
    },
    Entry {
        key: "lead-partner",
        term: "Lead partner",
        dutch: "penvoerder",
        meaning: "A partner with agreed powers for an agreed task: it divides the work and keeps decisions \
                  clear, and provokes no resistance.",
    },
    Entry {
        key: "controlling-coordinator",
        term: "Controlling coordinator",
        dutch: "controlerende coördinator",
        meaning:
            "A partner that coordinates by imposing formats and checklists. The others feel controlled: \
                  they miss deadlines and respond minimally.",
    },
    Entry {
        key: "independent-chair",
        term: "Independent chair",
        dutch: "onafhankelijke voorzitter, procesbegeleider",
        meaning:
            "Someone from outside the partners who leads the process, seeks no power, resolves conflict \
                  and builds trust.",
    },
    Entry {
        key: "reactance",
        term: "Reactance",
        dutch: "weerstand",
        meaning: "The resistance of partners who feel controlled: missed deadlines and minimal responses.",
    },
    Entry {
        key: "dissent",
        term: "Organised dissent",
        dutch: "tegenspraak organiseren",
        meaning:
            "Deliberately letting someone question the alliance's strategy. It sharpens the strategy when \
                  partners trust each other, and hurts when they do not.",
    },
    Entry {
        key: "phase-1",
        term: "Phase 1: start",
        dutch: "start: ontwerpen en afstemmen",
        meaning: "Designing and aligning: the ambition binds, content is discussed above the table and the \
                  struggle for each partner's interests goes on under it.",
    },
    Entry {
        key: "phase-2",
        term: "Phase 2: discovering and learning",
        dutch: "ontdekken en leren",
        meaning:
            "Working apart together: each partner delivers what it is good at, and the partners discover \
                  their differences and learn from them.",
    },
    Entry {
        key: "phase-3",
        term: "Phase 3: productivity and added value",
        dutch: "productiviteit en meerwaarde",
        meaning:
            "A common language and story; the partners act as one towards the outside, and the alliance \
                  produces more each month than the partners would alone.",
    },
    Entry {
        key: "dissolved",
        term: "Dissolved",
        dutch: "opgeheven",
        meaning: "Fewer than two partners are left: the alliance has ended.",
    },
    Entry {
        key: "value-units",
        term: "Value units",
        dutch: "waarde-eenheden",
        meaning:
            "The unit of every value in the app: what the partners together produce in one month at the \
                  start, before the alliance adds anything.",
    },
    Entry {
        key: "solo-value",
        term: "Value alone",
        dutch: "waarde zonder alliantie",
        meaning: "What the partners would have produced in the same months working alone, without the \
                  alliance. It is the yardstick for added value.",
    },
    Entry {
        key: "added-value",
        term: "Added value",
        dutch: "meerwaarde",
        meaning:
            "What the partners produced together minus what they would have produced alone, summed over \
                  the months so far. It is negative while the alliance costs more than it brings.",
    },
    Entry {
        key: "break-even",
        term: "Break-even",
        dutch: "omslagpunt",
        meaning:
            "The month from which the added value so far is above zero: co-operating has paid back what \
                  it cost.",
    },
    Entry {
        key: "process-share",
        term: "Process share",
        dutch: "aandacht voor het proces",
        meaning: "The part of the partners' effort that goes into co-operating itself (meetings, rules, \
                  coordination) rather than into the work. Above the alarm line co-operation has become a \
                  chore (corvee).",
    },
    Entry {
        key: "seed",
        term: "Seed",
        dutch: "toevalsgetal",
        meaning: "The number that fixes the chance events of a run. The same seed gives the same run again; \
                  another seed gives another run that could just as well have happened.",
    },
    Entry { key: "horizon", term: "Horizon", dutch: "looptijd", meaning: "How many months a run lasts." },
    Entry {
        key: "ensemble",
        term: "Ensemble",
        dutch: "veel runs",
        meaning: "Many runs of the same alliance, each with another seed, to see the spread of what can \
                  happen rather than one story.",
    },
    Entry {
        key: "paired-seeds",
        term: "Paired seeds",
        dutch: "dezelfde toevalsgetallen",
        meaning: "A and B are run with the same seeds, so the same chance events hit both: a difference \
                  between them comes from what you changed, not from luck.",
    },
    Entry {
        key: "interval",
        term: "95 % interval",
        dutch: "95%-betrouwbaarheidsinterval",
        meaning: "The range in which the true average lies, with 95 % certainty, given the runs made. More \
                  runs make it narrower.",
    },
    Entry {
        key: "percentage-points",
        term: "Percentage points",
        dutch: "procentpunten",
        meaning: "The difference between two percentages: from 40 % to 50 % is 10 percentage points.",
    },
];

/// The entry with this key.
pub fn entry(key: &str) -> Option<&'static Entry> {
    GLOSSARY.iter().find(|e| e.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_a_unique_key_a_dutch_term_and_a_plain_meaning() {
        for (i, e) in GLOSSARY.iter().enumerate() {
            assert!(GLOSSARY[..i].iter().all(|other| other.key != e.key), "{} twice", e.key);
            assert!(
                e.key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                e.key
            );
            assert!(!e.term.is_empty() && !e.dutch.is_empty(), "{}", e.key);
            assert!(e.meaning.ends_with('.'), "{}: a meaning is whole sentences", e.key);
            assert!(!e.meaning.contains("  "), "{}: a line break left a double space", e.key);
        }
    }

    #[test]
    fn the_english_catalogue_says_what_the_entries_say() {
        let english = Texts::new(Lang::En);
        for e in GLOSSARY {
            assert_eq!(e.term_in(&english), e.term, "{}", e.key);
            assert_eq!(e.meaning_in(&english), e.meaning, "{}", e.key);
        }
    }

    #[test]
    fn every_entry_is_in_dutch_with_the_articles_word() {
        let dutch = Texts::new(Lang::Nl);
        for e in GLOSSARY {
            let (term, meaning) = (e.term_in(&dutch), e.meaning_in(&dutch));
            // A missing message shows as its id.
            assert!(!term.starts_with("glossary-") && !meaning.starts_with("glossary-"), "{}", e.key);
            assert!(meaning.ends_with('.'), "{}: a meaning is whole sentences", e.key);
            assert_ne!(meaning, e.meaning, "{}: the Dutch meaning is translated", e.key);
            // The Dutch term uses the article's words, which is why a Dutch page shows nothing
            // beside it.
            let lower = term.to_lowercase();
            assert!(
                e.dutch.split(|c: char| !c.is_alphanumeric()).any(|w| w.len() > 3 && lower.contains(w)),
                "{}: the Dutch term {term:?} does not use the article's {:?}",
                e.key,
                e.dutch
            );
        }
        assert_eq!(entry("added-value").map(|e| e.term_in(&dutch)).as_deref(), Some("Meerwaarde"));
        assert_eq!(entry("trust").and_then(|e| e.dutch_beside(Lang::Nl)), None);
        assert_eq!(entry("trust").and_then(|e| e.dutch_beside(Lang::En)), Some("vertrouwen"));
    }

    #[test]
    fn entries_are_found_by_key() {
        assert_eq!(entry("added-value").map(|e| e.dutch), Some("meerwaarde"));
        assert_eq!(entry("no-such-term"), None);
    }
}
