//! The calculator's state, a scenario and the presets it started from, and the actions
//! that change it.

use std::rc::Rc;

use yew::Reducible;

use crate::model::paths::Path;
use crate::model::{snapshot, AiMode, ChosenPresets, Input, Preset, Scenario, Side};

/// Which question the page answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// What a MW earns now, before capital: today's comparison.
    #[default]
    Today,
    /// Keep mining or convert, over the horizon's years: the decision.
    Years,
}

impl View {
    /// Its value in a URL's `view` key; the default, today's, is never written.
    pub fn key(self) -> &'static str {
        match self {
            View::Today => "today",
            View::Years => "years",
        }
    }

    /// The view a URL's `view` value names, if any.
    pub fn from_key(key: &str) -> Option<View> {
        [View::Today, View::Years]
            .into_iter()
            .find(|view| view.key() == key)
    }
}

/// What the reader has chosen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calculator {
    /// The scenario, always sanitized.
    pub scenario: Scenario,
    /// The preset last chosen on each side, if any; the scenario may have been changed
    /// since.
    pub presets: ChosenPresets,
    /// How many times a scenario was loaded as a whole (reset, a preset, a host page's
    /// `set`): the controls are keyed by it, so a loaded scenario starts them afresh, with
    /// no typed entry or message left over, even where a value did not change.
    pub loads: u32,
    /// The view shown; loading a scenario or resetting keeps it.
    pub view: View,
    /// The decision map's second axis as chosen, if it was; the map falls back to the AI
    /// price where the view or the AI mode does not offer it
    /// ([`map_y_input`](crate::model::sensitivity::map_y_input)). Kept like the view.
    pub map_y: Option<Input>,
}

impl Calculator {
    /// A calculator showing `scenario`, sanitized, chosen from `presets`.
    pub fn new(scenario: Scenario, presets: ChosenPresets) -> Self {
        Self {
            scenario: scenario.sanitized(),
            presets,
            loads: 0,
            view: View::Today,
            map_y: None,
        }
    }

    /// Whether one of `side`'s inputs has been moved since its preset was chosen, or,
    /// without one, away from the defaults.
    pub fn is_modified(&self, side: Side) -> bool {
        self.presets.is_modified(side, &self.scenario)
    }

    /// The date of the network data the scenario rests on: a pinned snapshot's, else the
    /// latest's.
    pub fn data_as_of(&self) -> &'static str {
        self.presets
            .pinned()
            .map_or(snapshot::AS_OF, |pinned| pinned.as_of)
    }
}

impl Default for Calculator {
    fn default() -> Self {
        Self::new(Scenario::default(), ChosenPresets::default())
    }
}

/// A change the reader makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Sets a numeric input; the value is clamped to its range, a non-finite one ignored.
    SetInput(Input, f64),
    /// Chooses how AI earns money.
    SetAiMode(AiMode),
    /// Sets whether an HPC tenant pays for power.
    SetPassthrough(bool),
    /// Sets whether the site mines until its hall is ready.
    SetMineDuringBuild(bool),
    /// Sets a side's inputs to a preset's values (again if it is the one chosen), or with
    /// none to the defaults, and leaves the other sides as they are.
    ApplyPreset(Side, Option<Preset>),
    /// Loads a scenario, sanitized, and the presets it started from. Boxed: a scenario is
    /// a few hundred bytes, and every other action a few.
    Load(Box<Scenario>, ChosenPresets),
    /// Back to the defaults, no presets.
    Reset,
    /// Shows a view.
    SetView(View),
    /// Sets the decision map's second axis.
    SetMapY(Input),
    /// Puts the BTC price and the hashrate on a path.
    SetPath(Path),
}

impl Calculator {
    /// The state after `action`.
    pub fn apply(self, action: Action) -> Self {
        let mut next = self;
        let loads_afresh = matches!(
            action,
            Action::ApplyPreset(..) | Action::Load(..) | Action::Reset | Action::SetPath(..)
        );
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
            Action::SetMineDuringBuild(mine) => next.scenario.mine_during_build = mine,
            Action::ApplyPreset(side, preset) => {
                let presets = self.presets.with_on(side, preset);
                // A preset of another side changes nothing.
                if presets.get(side) == preset {
                    side.apply(preset, &mut next.scenario);
                    next.presets = presets;
                }
            }
            Action::Load(scenario, preset) => {
                next = Self {
                    view: self.view,
                    map_y: self.map_y,
                    ..Self::new(*scenario, preset)
                }
            }
            Action::Reset => {
                next = Self {
                    view: self.view,
                    map_y: self.map_y,
                    ..Self::default()
                }
            }
            Action::SetView(view) => next.view = view,
            Action::SetMapY(input) => next.map_y = Some(input),
            Action::SetPath(path) => next.scenario = path.on(&next.scenario),
        }
        if loads_afresh {
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

    fn apply(preset: Preset) -> Action {
        Action::ApplyPreset(preset.side(), Some(preset))
    }

    #[test]
    fn the_map_s_axis_is_kept_through_loads_and_resets() {
        let chosen = Calculator::default().apply(Action::SetMapY(Input::HallCapex));
        assert_eq!(chosen.map_y, Some(Input::HallCapex));
        assert_eq!(chosen.apply(Action::Reset).map_y, Some(Input::HallCapex));
        let loaded = chosen.apply(Action::Load(Box::default(), ChosenPresets::default()));
        assert_eq!(loaded.map_y, Some(Input::HallCapex));
        assert_eq!(loaded.scenario, chosen.scenario);
    }

    #[test]
    fn a_path_sets_both_growth_rates_and_nothing_else() {
        let start = Calculator::default().apply(Action::SetInput(Input::BtcPrice, 90_000.0));
        let bear = start.apply(Action::SetPath(Path::Bear));
        assert_eq!(bear.scenario.btc_growth_pct_per_year, 2.0);
        assert_eq!(bear.scenario.hashrate_growth_pct_per_year, 14.0);
        assert_eq!(Path::of(&bear.scenario), Some(Path::Bear));
        let mut expected = start.scenario;
        expected.btc_growth_pct_per_year = 2.0;
        expected.hashrate_growth_pct_per_year = 14.0;
        assert_eq!(bear.scenario, expected);
        // Like a preset: the controls start afresh, with no typed entry or message left.
        assert_eq!(bear.loads, start.loads + 1);
        let off = bear.apply(Action::SetInput(Input::HashrateGrowth, 13.0));
        assert_eq!(Path::of(&off.scenario), None);
    }

    #[test]
    fn moving_one_of_its_inputs_marks_only_that_side_modified() {
        let chosen = Calculator::default().apply(apply(Preset::B200));
        assert_eq!(chosen.scenario, Preset::B200.scenario());
        assert!(Side::ALL.into_iter().all(|side| !chosen.is_modified(side)));
        let moved = chosen.apply(Action::SetInput(Input::GpuPrice, 4.0));
        assert!(moved.is_modified(Side::Ai));
        assert!(!moved.is_modified(Side::Mining));
        assert_eq!(moved.presets.get(Side::Ai), Some(Preset::B200));
        let back = moved.apply(Action::SetInput(Input::GpuPrice, 4.5));
        assert!(!back.is_modified(Side::Ai), "the preset's own values again");
        let btc = back.apply(Action::SetInput(Input::BtcPrice, 100_000.0));
        assert!(btc.is_modified(Side::Network));
        assert!(!btc.is_modified(Side::Ai), "the BTC price is not the GPU's");
    }

    #[test]
    fn a_miner_and_a_deal_combine_and_keep_the_readers_prices() {
        let reader = Calculator::default()
            .apply(Action::SetInput(Input::BtcPrice, 90_000.0))
            .apply(Action::SetInput(Input::PowerPrice, 30.0))
            .apply(Action::SetInput(Input::SiteMw, 50.0));
        let combined = reader
            .apply(apply(Preset::AntminerS21Xp))
            .apply(apply(Preset::B200Contract));
        assert_eq!(
            combined.scenario,
            Scenario {
                btc_price_usd: 90_000.0,
                power_price_usd_per_mwh: 30.0,
                site_mw: 50.0,
                fleet_efficiency_j_per_th: 13.5,
                ai_mode: AiMode::GpuCloud,
                gpu_price_usd_per_hour: 2.15,
                gpu_power_kw: 140.0 / 72.0,
                gpu_utilization_pct: 100.0,
                gpu_cost_usd: 56_000.0,
                gpu_price_decline_pct_per_year: 0.0,
                ai_discount_rate_pct: 12.0,
                ..Scenario::default()
            }
        );
        assert_eq!(
            combined.presets.get(Side::Mining),
            Some(Preset::AntminerS21Xp)
        );
        assert_eq!(combined.presets.get(Side::Ai), Some(Preset::B200Contract));
        assert!(
            combined.is_modified(Side::Network),
            "the reader's BTC price stays"
        );
        assert!(!combined.is_modified(Side::Mining));
        assert!(!combined.is_modified(Side::Ai));
        // A deal defines the site.
        let deal = combined.apply(apply(Preset::GalaxyHelios));
        assert_eq!(deal.scenario.site_mw, 631.2);
        assert_eq!(deal.scenario.fleet_efficiency_j_per_th, 13.5);
    }

    #[test]
    fn no_preset_on_a_side_returns_that_side_to_the_defaults() {
        let chosen = Calculator::default()
            .apply(apply(Preset::AntminerS23Hydro))
            .apply(apply(Preset::H100));
        let cleared = chosen.apply(Action::ApplyPreset(Side::Mining, None));
        assert_eq!(cleared.presets.get(Side::Mining), None);
        assert_eq!(cleared.presets.get(Side::Ai), Some(Preset::H100));
        assert_eq!(cleared.scenario, Preset::H100.scenario());
        // A preset of another side changes nothing.
        let ignored = cleared.apply(Action::ApplyPreset(Side::Mining, Some(Preset::B200)));
        assert_eq!(
            (ignored.scenario, ignored.presets),
            (cleared.scenario, cleared.presets)
        );
    }

    #[test]
    fn without_a_preset_a_moved_control_leaves_the_defaults() {
        let state = Calculator::default();
        assert!(
            Side::ALL.into_iter().all(|side| !state.is_modified(side)),
            "the page opens on the defaults"
        );
        let moved = state.apply(Action::SetInput(Input::BtcPrice, 50_000.0));
        assert!(moved.is_modified(Side::Network));
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
        let presets = ChosenPresets::default().with(Preset::AntminerS21);
        let loaded = Calculator::default().apply(Action::Load(Box::new(hostile), presets));
        assert_eq!(
            loaded.scenario.btc_price_usd,
            Scenario::default().btc_price_usd
        );
        assert_eq!(loaded.scenario.site_mw, 1.0);
        assert_eq!(loaded.presets, presets);
    }

    #[test]
    fn reset_returns_to_the_defaults() {
        let changed = Calculator::default()
            .apply(apply(Preset::IrenMicrosoft))
            .apply(Action::SetAiMode(AiMode::HpcLease))
            .apply(Action::SetPassthrough(false));
        let reset = changed.apply(Action::Reset);
        assert_eq!(
            (reset.scenario, reset.presets),
            (Scenario::default(), ChosenPresets::default())
        );
        assert_eq!(reset.loads, changed.loads + 1, "the controls start afresh");
    }

    #[test]
    fn a_modified_preset_can_be_applied_again() {
        let moved = Calculator::default()
            .apply(apply(Preset::Hut8Fluidstack))
            .apply(Action::SetInput(Input::SiteMw, 50.0));
        assert!(moved.is_modified(Side::Ai));
        let again = moved.apply(apply(Preset::Hut8Fluidstack));
        assert_eq!(again.scenario, Preset::Hut8Fluidstack.scenario());
        assert!(!again.is_modified(Side::Ai));
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
