//! The monthly quantities a chart can plot, with their labels and colours.

use crate::i18n::Texts;
use crate::model::Snapshot;
use crate::palette;

/// One plottable alliance-level quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    /// Mean trust between partners still in.
    Trust,
    /// Mean mutual knowledge (the waterline).
    Knowledge,
    /// Shared vision and common language.
    SharedVision,
    /// Value alignment.
    ValueAlignment,
    /// Mean commitment.
    Commitment,
    /// Total conflict.
    Conflict,
    /// Mean delivery reliability.
    Delivery,
    /// Cumulative value the alliance produced.
    Value,
    /// Cumulative value the partners would have produced alone.
    SoloValue,
    /// Added value (meerwaarde): cumulative value minus cumulative solo value, negative while
    /// the partners would have done better alone.
    AddedValue,
    /// Value produced this month.
    MonthlyValue,
    /// What the partners still in would have produced alone this month.
    MonthlySoloValue,
    /// Share of effort going into the process of co-operation.
    ProcessShare,
}

impl Series {
    /// The label shown in legends and text alternatives, in the page's language.
    pub fn label(self, tr: &Texts) -> String {
        match self {
            Series::Trust => tr.get("series-trust"),
            Series::Knowledge => tr.get("series-knowledge"),
            Series::SharedVision => tr.get("series-shared-vision"),
            Series::ValueAlignment => tr.get("series-value-alignment"),
            Series::Commitment => tr.get("series-commitment"),
            Series::Conflict => tr.get("series-conflict"),
            Series::Delivery => tr.get("series-delivery"),
            Series::Value => tr.get("series-value"),
            Series::SoloValue => tr.get("series-solo-value"),
            Series::AddedValue => tr.get("series-added-value"),
            Series::MonthlyValue => tr.get("series-monthly-value"),
            Series::MonthlySoloValue => tr.get("series-monthly-solo-value"),
            Series::ProcessShare => tr.get("series-process-share"),
        }
    }

    /// The glossary entry that explains this quantity.
    pub fn term(self) -> &'static str {
        match self {
            Series::Trust => "trust",
            Series::Knowledge => "mutual-knowledge",
            Series::SharedVision => "shared-vision",
            Series::ValueAlignment => "value-alignment",
            Series::Commitment => "commitment",
            Series::Conflict => "conflict",
            Series::Delivery => "delivery",
            Series::Value | Series::MonthlyValue => "value-units",
            Series::SoloValue | Series::MonthlySoloValue => "solo-value",
            Series::AddedValue => "added-value",
            Series::ProcessShare => "process-share",
        }
    }

    /// The value of this quantity in a monthly snapshot.
    pub fn value(self, snapshot: &Snapshot) -> f64 {
        match self {
            Series::Trust => snapshot.trust,
            Series::Knowledge => snapshot.knowledge,
            Series::SharedVision => snapshot.shared_vision,
            Series::ValueAlignment => snapshot.value_alignment,
            Series::Commitment => snapshot.commitment,
            Series::Conflict => snapshot.conflict,
            Series::Delivery => snapshot.delivery,
            Series::Value => snapshot.value,
            Series::SoloValue => snapshot.solo_value,
            Series::AddedValue => snapshot.added_value,
            Series::MonthlyValue => snapshot.monthly_value,
            Series::MonthlySoloValue => snapshot.monthly_solo_value,
            Series::ProcessShare => snapshot.process_share,
        }
    }

    /// A colour from the Okabe-Ito palette, which stays distinguishable for colour-blind
    /// viewers. Series that share a chart never share a colour.
    pub fn rgb(self) -> palette::Rgb {
        match self {
            // Delivery shares its chart with conflict (vermillion), which orange is too close to.
            Series::Trust
            | Series::Value
            | Series::MonthlyValue
            | Series::ProcessShare
            | Series::Delivery => palette::BLUE,
            Series::Knowledge => palette::SKY_BLUE,
            Series::SharedVision => palette::REDDISH_PURPLE,
            Series::ValueAlignment | Series::Commitment | Series::AddedValue => palette::BLUISH_GREEN,
            Series::Conflict => palette::VERMILLION,
            Series::SoloValue | Series::MonthlySoloValue => palette::BLACK,
        }
    }

    /// The first month with a value: a month's flow (what was produced in it) has none in
    /// month 0, which is the state before anything happened.
    pub fn first_month(self) -> u32 {
        u32::from(matches!(self, Series::MonthlyValue | Series::MonthlySoloValue))
    }

    /// Whether the line is dashed, a second cue besides colour (used for baselines).
    pub fn dashed(self) -> bool {
        matches!(self, Series::SoloValue | Series::MonthlySoloValue)
    }
}
