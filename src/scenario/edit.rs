//! Edits that keep a scenario consistent: removing a partner also updates every reference to
//! partners by index, so that no planned action silently moves to another partner.

use super::{PartnerRef, Scenario, StyleName};

impl Scenario {
    /// Removes the partner at `index` (nothing happens when there is none). Planned actions
    /// that name it are dropped; if it was the controlling coordinator, coordination becomes
    /// `none`; references to later partners by index shift down by one.
    pub fn remove_partner(&mut self, index: usize) {
        if index >= self.partners.len() {
            return;
        }
        let removed = self.partners.remove(index).name;
        // What a reference means after the removal: `None` when it named the removed partner.
        let shift = |r: &PartnerRef| -> Option<PartnerRef> {
            match r {
                PartnerRef::Index(i) if *i == index => None,
                PartnerRef::Index(i) if *i > index => Some(PartnerRef::Index(i - 1)),
                PartnerRef::Name(name) if *name == removed => None,
                other => Some(other.clone()),
            }
        };
        if let Some(coordinator) = &self.coordination.coordinator {
            match shift(coordinator) {
                Some(kept) => self.coordination.coordinator = Some(kept),
                None => {
                    self.coordination.coordinator = None;
                    self.coordination.style = StyleName::SelfSteering;
                }
            }
        }
        self.schedule.retain_mut(|entry| match entry.partner.as_ref().map(shift) {
            Some(None) => false,
            Some(kept) => {
                entry.partner = kept;
                true
            }
            None => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::scenario::{ActionName, PartnerRef, Scenario, StyleName};

    fn scenario() -> Scenario {
        Scenario::parse(
            r#"
            title = "t"
            [coordination]
            style = "controlling_coordinator"
            coordinator = 2
            [[partners]]
            name = "A"
            [[partners]]
            name = "B"
            [[partners]]
            name = "C"
            [[schedule]]
            month = 3
            action = "value_room"
            partner = 1
            [[schedule]]
            month = 4
            action = "turnover"
            partner = "B"
            [[schedule]]
            month = 5
            action = "knowledge_sharing"
            partner = 2
            [[schedule]]
            month = 6
            action = "get_to_know"
            "#,
        )
        .expect("a valid scenario")
    }

    #[test]
    fn removing_a_partner_drops_the_actions_that_name_it_and_shifts_later_indices() {
        let mut s = scenario();
        s.remove_partner(1);
        assert_eq!(s.partners.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["A", "C"]);
        let planned: Vec<_> = s.schedule.iter().map(|e| (e.action, e.partner.clone())).collect();
        assert_eq!(
            planned,
            [(ActionName::KnowledgeSharing, Some(PartnerRef::Index(1))), (ActionName::GetToKnow, None)]
        );
        assert_eq!(s.coordination.coordinator, Some(PartnerRef::Index(1)));
        assert!(s.validate().is_ok(), "{:?}", s.validate());
    }

    #[test]
    fn removing_the_coordinator_ends_controlling_coordination() {
        let mut s = scenario();
        s.remove_partner(2);
        assert_eq!(s.coordination.style, StyleName::SelfSteering);
        assert_eq!(s.coordination.coordinator, None);
        assert!(s.validate().is_ok(), "{:?}", s.validate());
    }
}
