//! What the native tests share: the base scenario T0 of `docs/model.md` ("Golden cases"),
//! and the one generator of scenarios for property tests.
// Each test crate compiles this module and uses a part of it.
#![allow(dead_code)]

use mining_vs_ai::model::{AiMode, Input, Param, Scenario};
use mining_vs_ai::url_state::decode;
use proptest::prelude::*;

/// Base T0, the query string of `t0.query`, which the end-to-end tests and the
/// sentences' unit tests (`src/words/decision.rs`) read too: the site, and every key of Bitcoin's and the lease's
/// formulas set, so that their defaults do not matter (a GPU cloud's keys keep theirs: the
/// golden case D6 sets its own). Hashprice $45.00/PH/day, mining revenue $93.75/MWh at $50
/// of power; a $125 lease on a $10M hall with nothing else; ten years at 10% for both
/// paths; the machines on site worn out, and replacements of the same 20 J/TH free.
pub const T0: &str = include_str!("t0.query").trim_ascii_end();

/// T0 with `more` keys set over it (the first occurrence of a key counts, so `more` comes
/// first).
pub fn t0(more: &str) -> Scenario {
    decode(&format!("{more}&{T0}")).0
}

/// Scenarios with each numeric input of [`Input::ALL`] drawn from `value` (given its
/// [`Param`]: a test that needs values in range asks for them rather than rejecting
/// cases), and each of the three choices drawn too: the AI mode, the lease's pass-through
/// of power and mining during the build. Unsanitized, as a struct built by hand could be.
pub fn scenario_from(
    value: impl Fn(Param) -> BoxedStrategy<f64>,
) -> impl Strategy<Value = Scenario> {
    let values: Vec<BoxedStrategy<f64>> = Input::ALL
        .into_iter()
        .map(|input| value(*input.param()))
        .collect();
    let ai_mode = prop_oneof![Just(AiMode::HpcLease), Just(AiMode::GpuCloud)];
    (values, ai_mode, any::<bool>(), any::<bool>()).prop_map(
        |(values, ai_mode, lease_power_passthrough, mine_during_build)| {
            let mut scenario = Scenario {
                ai_mode,
                lease_power_passthrough,
                mine_during_build,
                ..Scenario::default()
            };
            for (input, value) in Input::ALL.into_iter().zip(values) {
                *input.value_mut(&mut scenario) = value;
            }
            scenario
        },
    )
}
