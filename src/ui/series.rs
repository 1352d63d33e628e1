//! The monthly quantities a chart can plot, with their labels and colours.

use crate::model::Snapshot;

/// One plottable alliance-level quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Trust,
    Knowledge,
    Commitment,
    Conflict,
}

impl Series {
    /// The label shown in legends and text alternatives.
    pub fn label(self) -> &'static str {
        match self {
            Series::Trust => "Trust",
            Series::Knowledge => "Mutual knowledge",
            Series::Commitment => "Commitment",
            Series::Conflict => "Conflict",
        }
    }

    /// The value of this quantity in a monthly snapshot.
    pub fn value(self, snapshot: &Snapshot) -> f64 {
        match self {
            Series::Trust => snapshot.trust,
            Series::Knowledge => snapshot.knowledge,
            Series::Commitment => snapshot.commitment,
            Series::Conflict => snapshot.conflict,
        }
    }

    /// A colour from the Okabe-Ito palette, which stays distinguishable for colour-blind viewers.
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            Series::Trust => (0, 114, 178),
            Series::Knowledge => (86, 180, 233),
            Series::Commitment => (0, 158, 115),
            Series::Conflict => (213, 94, 0),
        }
    }
}
