//! The calculator's state, a scenario and the preset it started from, and the actions
//! that change it.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{AiMode, Input, Preset, Scenario};

/// What the reader has chosen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calculator {
    /// The scenario, always sanitized.
    pub scenario: Scenario,
    /// The preset last chosen, if any; the scenario may have been changed since.
    pub preset: Option<Preset>,
    /// How many times a scenario was loaded as a whole (reset, a preset, a host page's
    /// `set`): the controls are keyed by it, so a loaded scenario starts them afresh, with
    /// no typed entry or message left over, even where a value did not change.
    pub loads: u32,
}

impl Calculator {
    /// A calculator showing `scenario`, sanitized, chosen from `preset`.
    pub fn new(scenario: Scenario, preset: Option<Preset>) -> Self {
        Self {
            scenario: scenario.sanitized(),
            preset,
            loads: 0,
        }
    }

    /// Whether a control has been moved since the preset was chosen, or, without a preset,
    /// away from the defaults (the latest network data).
    pub fn is_modified(&self) -> bool {
        self.scenario != Preset::base(self.preset)
    }
}

impl Default for Calculator {
    fn default() -> Self {
        Self::new(Scenario::default(), None)
    }
}

/// A change the reader makes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Sets a numeric input; the value is clamped to its range, a non-finite one ignored.
    SetInput(Input, f64),
    /// Chooses how AI earns money.
    SetAiMode(AiMode),
    /// Sets whether an HPC tenant pays for power.
    SetPassthrough(bool),
    /// Loads a preset's scenario, again if it is the one chosen.
    ApplyPreset(Preset),
    /// Loads a scenario, sanitized, and the preset it started from.
    Load(Scenario, Option<Preset>),
    /// Back to the defaults, no preset.
    Reset,
}

impl Calculator {
    /// The state after `action`.
    pub fn apply(self, action: Action) -> Self {
        let mut next = self;
        match action {
            Action::SetInput(input, value) => {
                if value.is_finite() {
                    input.set(&mut next.scenario, value);
                }
            }
            Action::SetAiMode(mode) => next.scenario.ai_mode = mode,
            Action::SetPassthrough(passthrough) => {
                next.scenario.lease_power_passthrough = passthrough;
            }
            Action::ApplyPreset(preset) => next = Self::new(preset.scenario(), Some(preset)),
            Action::Load(scenario, preset) => next = Self::new(scenario, preset),
            Action::Reset => next = Self::default(),
        }
        if matches!(
            action,
            Action::ApplyPreset(_) | Action::Load(..) | Action::Reset
        ) {
            next.loads = self.loads.wrapping_add(1);
        }
        next
    }
}

impl Reducible for Calculator {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).apply(action);
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_a_control_after_a_preset_marks_the_scenario_modified() {
        let chosen = Calculator::default().apply(Action::ApplyPreset(Preset::B200));
        assert_eq!(chosen.scenario, Preset::B200.scenario());
        assert!(!chosen.is_modified());
        let moved = chosen.apply(Action::SetInput(Input::BtcPrice, 100_000.0));
        assert!(moved.is_modified());
        assert_eq!(moved.preset, Some(Preset::B200));
        let back = moved.apply(Action::SetInput(
            Input::BtcPrice,
            chosen.scenario.btc_price_usd,
        ));
        assert!(!back.is_modified(), "the preset's own values again");
    }

    #[test]
    fn without_a_preset_a_moved_control_leaves_the_defaults() {
        let state = Calculator::default();
        assert!(!state.is_modified(), "the page opens on the defaults");
        assert!(state
            .apply(Action::SetInput(Input::SiteMw, 50.0))
            .is_modified());
    }

    #[test]
    fn set_input_clamps_and_ignores_non_finite_values() {
        let state = Calculator::default();
        let clamped = state.apply(Action::SetInput(Input::PowerPrice, 1e6));
        assert_eq!(clamped.scenario.power_price_usd_per_mwh, 200.0);
        let kept = clamped.apply(Action::SetInput(Input::PowerPrice, f64::NAN));
        assert_eq!(kept, clamped);
    }

    #[test]
    fn load_sanitizes_the_scenario() {
        let hostile = Scenario {
            btc_price_usd: f64::NAN,
            site_mw: -4.0,
            ..Scenario::default()
        };
        let loaded = Calculator::default().apply(Action::Load(hostile, Some(Preset::AntminerS21)));
        assert_eq!(
            loaded.scenario.btc_price_usd,
            Scenario::default().btc_price_usd
        );
        assert_eq!(loaded.scenario.site_mw, 1.0);
        assert_eq!(loaded.preset, Some(Preset::AntminerS21));
    }

    #[test]
    fn reset_returns_to_the_defaults() {
        let changed = Calculator::default()
            .apply(Action::ApplyPreset(Preset::IrenMicrosoft))
            .apply(Action::SetAiMode(AiMode::HpcLease))
            .apply(Action::SetPassthrough(false));
        let reset = changed.apply(Action::Reset);
        assert_eq!((reset.scenario, reset.preset), (Scenario::default(), None));
        assert_eq!(reset.loads, changed.loads + 1, "the controls start afresh");
    }

    #[test]
    fn a_modified_preset_can_be_applied_again() {
        let moved = Calculator::default()
            .apply(Action::ApplyPreset(Preset::Hut8Fluidstack))
            .apply(Action::SetInput(Input::SiteMw, 50.0));
        assert!(moved.is_modified());
        let again = moved.apply(Action::ApplyPreset(Preset::Hut8Fluidstack));
        assert_eq!(again.scenario, Preset::Hut8Fluidstack.scenario());
        assert!(!again.is_modified());
        assert_ne!(again.loads, moved.loads);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(Calculator::default());
        let same = state
            .clone()
            .reduce(Action::SetInput(Input::SiteMw, Scenario::default().site_mw));
        assert!(Rc::ptr_eq(&state, &same));
    }
}
