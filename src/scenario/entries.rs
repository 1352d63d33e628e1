//! Schedule entries written from model actions: how a run's user actions become lines of a
//! scenario file that [`Scenario::params`] turns back into the same actions.

use super::names::{ActionName, StyleName};
use super::{PartnerRef, Scenario, ScheduleEntry};
use crate::model::{Action, Shock};

impl ScheduleEntry {
    /// The entry for `action` taking effect in `month` (1..=horizon_months). Partners are
    /// named by their name in `scenario`, so that the file reads well; an index that does not
    /// exist stays an index, which validation then reports.
    pub fn from_action(month: u32, action: &Action, scenario: &Scenario) -> ScheduleEntry {
        let partner = action.partner().map(|i| {
            scenario.partners.get(i).map_or(PartnerRef::Index(i), |p| PartnerRef::Name(p.name.clone()))
        });
        let mut entry = ScheduleEntry {
            month,
            action: ActionName::of(action),
            partner,
            division: None,
            style: None,
            value: None,
        };
        match *action {
            Action::Shock(Shock::FundingRound { division }) => entry.division = Some(division),
            Action::SetStyle(style) => entry.style = Some(StyleName::of(style)),
            Action::SetControl(level) | Action::SetTurbulence(level) => entry.value = Some(level),
            Action::Intervention(_) | Action::Shock(_) => {}
        }
        entry
    }

    /// An entry of an action that concerns no partner and takes no division, style or value,
    /// such as `get_to_know`.
    pub fn plain(month: u32, action: ActionName) -> ScheduleEntry {
        ScheduleEntry { month, action, partner: None, division: None, style: None, value: None }
    }
}
