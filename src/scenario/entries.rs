//! Schedule entries written from model actions: how a run's user actions become lines of a
//! scenario file that [`Scenario::params`] turns back into the same actions.

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
        let mut entry =
            ScheduleEntry { month, action: String::new(), partner, division: None, style: None, value: None };
        match *action {
            Action::Intervention(i) => entry.action = i.name().to_string(),
            Action::Shock(s) => {
                entry.action = s.name().to_string();
                if let Shock::FundingRound { division } = s {
                    entry.division = Some(division.name().to_string());
                }
            }
            Action::SetStyle(style) => {
                entry.action = "set_style".to_string();
                entry.style = Some(style.name().to_string());
            }
            Action::SetControl(level) => {
                entry.action = "set_control".to_string();
                entry.value = Some(level);
            }
            Action::SetTurbulence(level) => {
                entry.action = "set_turbulence".to_string();
                entry.value = Some(level);
            }
        }
        entry
    }
}
