//! The economics of one site's power, used for Bitcoin mining or for AI compute.
//!
//! Pure Rust with no web dependencies: it sanitizes every input and never panics or returns
//! a non-finite number. Formulas follow docs/model.md.

pub mod ai;
pub mod article;
pub mod compare;
pub mod decision;
pub mod inputs;
pub mod mining;
pub mod outputs;
pub mod paths;
pub mod presets;
pub mod sensitivity;
pub mod snapshot;
pub mod sweep;

pub use compare::{compute, Outcome, UseEconomics, HOURS_PER_YEAR};
pub use decision::{decide, Decision};
pub use inputs::{AiMode, Input, Param, Scenario, SHORT_LABEL_CHARS};
pub use outputs::{DecisionOutput, Output, YearColumn, YEAR_COLUMNS};
pub use presets::{ChosenPresets, Preset, Side};
pub use sweep::{sweep, sweep_full_range, SweepAxis, SweepPoint};
