//! The inputs of one scenario: what the site is, what Bitcoin pays, what AI pays.
//!
//! Each numeric input is declared once, in the [`inputs!`] table below: its identity, its
//! field of [`Scenario`] (the unit is in the name), its URL key and its [`Param`] (label,
//! unit, range, default with its source, hint, slider step). [`Input`], [`Input::ALL`],
//! [`Input::param`], [`Input::key`], field access, [`Scenario`]'s numeric fields, its
//! `Default` and [`Scenario::sanitized`] all follow from that table. Values from outside (a
//! URL, a slider, a script) go through [`Scenario::sanitized`], which makes every field
//! finite and in range.
//!
//! Here: a parameter's shape ([`Param`], [`Plausible`]), the groups of controls, and the
//! macro; the table itself is `table.rs` (one declaration of some forty inputs, each with its
//! sources, and so long); the choices, which are not numbers, are `choices.rs`.

use super::snapshot;

/// The range, default and documentation of one numeric input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Param {
    /// Short name for people, without the unit.
    pub label: &'static str,
    /// The name where room is short (a bar of the tornado on a phone), at most
    /// [`SHORT_LABEL_CHARS`] characters: `label` where that is short enough.
    pub short_label: &'static str,
    /// Unit as shown next to the value.
    pub unit: &'static str,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Value used when none is given or the given one is not a finite number.
    pub default: f64,
    /// Where the default and the range come from.
    pub source: &'static str,
    /// What the input means, in one sentence for people.
    pub hint: &'static str,
    /// Smallest change a slider makes, in the unit. It divides the default's distance from
    /// `slider_min`, so that the slider can sit on the default.
    pub step: f64,
    /// Low end of the slider: the plausible part of the range. A typed or linked value
    /// below it is accepted and the slider is pinned at this end.
    pub slider_min: f64,
    /// High end of the slider; see [`Param::slider_min`].
    pub slider_max: f64,
    /// Where the range comes from, when it is wider than the default's source says; may be
    /// empty.
    pub range_source: &'static str,
}

/// The longest short label ([`Param::short_label`]), in characters: a tornado bar's name
/// on a 320 px phone.
pub const SHORT_LABEL_CHARS: usize = 18;

/// The range an input plausibly takes over a decision's life, with its source: the ends of
/// its bar in the tornado of what the decision depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plausible {
    /// The low end, in the input's unit.
    pub low: f64,
    /// The high end, in the input's unit.
    pub high: f64,
    /// Where the ends come from.
    pub source: &'static str,
}

impl Param {
    /// The slider's span, widened to take in `value` (sanitized) where it lies beyond: the
    /// span a chart's axis over this input shows.
    pub fn span_with(&self, value: f64) -> (f64, f64) {
        let value = self.sanitize(value);
        let low = if value < self.slider_min {
            value
        } else {
            self.slider_min
        };
        let high = if value > self.slider_max {
            value
        } else {
            self.slider_max
        };
        (low, high)
    }

    /// Brings any value into range: a non-finite value becomes the default, a finite one is
    /// clamped to `[min, max]`, and negative zero becomes zero so it never prints as "-0".
    pub fn sanitize(&self, value: f64) -> f64 {
        if value.is_finite() {
            // Not `f64::clamp`: its assertion message formats floats, which links Rust's
            // float printing into the WebAssembly module (about 9 KB gzip, measured). Plain
            // comparisons, not `f64::max`/`min`, whose NaN handling doubled the time of a
            // whole computation (criterion, `make bench`); `value` is finite here.
            let clamped = if value < self.min {
                self.min
            } else if value > self.max {
                self.max
            } else {
                value
            };
            clamped + 0.0
        } else {
            self.default
        }
    }

    /// Where a slider shows `value`: pinned at the nearer end of its span when the value
    /// lies outside it.
    pub fn slider_position(&self, value: f64) -> f64 {
        if value < self.slider_min {
            self.slider_min
        } else if value > self.slider_max {
            self.slider_max
        } else {
            value
        }
    }
}

/// The first expression, or the second when there is no first: the optional parts of an
/// input's declaration.
macro_rules! or_else {
    (, $fallback:expr) => {
        $fallback
    };
    ($value:expr, $fallback:expr) => {
        $value
    };
}

/// `Some` plausible range from `[low, high, source]`, or `None` without one.
macro_rules! plausible {
    () => {
        None
    };
    ([$low:expr, $high:expr, $source:literal]) => {
        Some(Plausible {
            low: $low,
            high: $high,
            source: $source,
        })
    };
}

/// Where an input's control lives on the page: each input has exactly one group, and each
/// group is shown by one place (`tests/declarations.rs` checks both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// The main controls, always in view: site size, power price, BTC price.
    Main,
    /// Advanced: the Bitcoin network and the fleet on site.
    Network,
    /// Advanced: what a lease is paid (lease only).
    Lease,
    /// Advanced: what a GPU cloud is paid and draws (GPU cloud only).
    Gpu,
    /// Advanced: the AI hall's inputs of both modes.
    Ai,
    /// Over the years: the horizon, the discount rates and the outlook.
    Outlook,
    /// Over the years: keeping the miners, the machines on site and their replacements.
    KeepMining,
    /// Over the years: converting, both modes (the hall, its build, the machines' sale).
    Convert,
    /// Over the years: a lease's terms (lease only).
    LeaseTerms,
    /// Over the years: a GPU cloud's terms (GPU cloud only).
    GpuTerms,
}

impl Group {
    /// Every group, in the order the page shows them.
    pub const ALL: [Group; 10] = [
        Group::Main,
        Group::Network,
        Group::Lease,
        Group::Gpu,
        Group::Ai,
        Group::Outlook,
        Group::KeepMining,
        Group::Convert,
        Group::LeaseTerms,
        Group::GpuTerms,
    ];

    /// The AI mode the group is shown in, or none when it is shown in both.
    pub fn mode(self) -> Option<AiMode> {
        match self {
            Group::Lease | Group::LeaseTerms => Some(AiMode::HpcLease),
            Group::Gpu | Group::GpuTerms => Some(AiMode::GpuCloud),
            _ => None,
        }
    }
}

/// The inputs of `groups` shown in `mode`, in the order of the inputs table: what one place
/// on the page offers.
pub fn inputs_of(groups: &[Group], mode: AiMode) -> Vec<Input> {
    Input::ALL
        .into_iter()
        .filter(|input| {
            let group = input.group();
            groups.contains(&group) && group.mode().is_none_or(|only| only == mode)
        })
        .collect()
}

/// Declares the numeric inputs: for each, its doc line, `Variant, field, "url-key" =>`
/// and its [`Param`], whose slider span is the whole range and whose range source is empty
/// unless given. Generates [`Input`] and [`Scenario`] with everything that follows.
macro_rules! inputs {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident, $field:ident, $key:literal => Param {
            label: $label:literal,
            $(short: $short:literal,)?
            unit: $unit:literal,
            min: $min:expr,
            max: $max:expr,
            default: $default:expr,
            source: $source:expr,
            hint: $hint:literal,
            step: $step:expr,
            group: $group:ident,
            $(slider_min: $slider_min:expr, slider_max: $slider_max:expr,)?
            $(range_source: $range_source:literal,)?
            $(plausible: [$low:expr, $high:expr, $plausible_source:literal],)?
        };
    )+) => {
        /// One numeric input of a scenario, to read, write and describe the inputs one at a
        /// time.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Input {
            $(
                $(#[doc = $doc])+
                $variant,
            )+
        }

        impl Input {
            /// Every numeric input, in the order of the table: site first, then Bitcoin,
            /// then AI.
            pub const ALL: [Input; [$(Input::$variant),+].len()] = [$(Input::$variant),+];

            /// Label, unit, range, default, source and hint of the input.
            pub fn param(self) -> &'static Param {
                match self {
                    $(Input::$variant => &Param {
                        label: $label,
                        short_label: or_else!($($short)?, $label),
                        unit: $unit,
                        min: $min,
                        max: $max,
                        default: $default,
                        source: $source,
                        hint: $hint,
                        step: $step,
                        slider_min: or_else!($($slider_min)?, $min),
                        slider_max: or_else!($($slider_max)?, $max),
                        range_source: concat!($($range_source)?),
                    },)+
                }
            }

            /// Where the input's control lives on the page.
            pub fn group(self) -> Group {
                match self {
                    $(Input::$variant => Group::$group,)+
                }
            }

            /// The range the input plausibly takes, for the tornado; `None` for inputs that
            /// are chosen or fixed rather than forecast, and for the exit cap rate, whose
            /// zero means none (which ones: `tests/sensitivity.rs`).
            pub fn plausible(self) -> Option<Plausible> {
                match self {
                    $(Input::$variant => plausible!($([$low, $high, $plausible_source])?),)+
                }
            }

            /// The input's key in a URL, an embed's attributes and a `compute()` config.
            pub fn key(self) -> &'static str {
                match self {
                    $(Input::$variant => $key,)+
                }
            }

            /// The input's field in `scenario`, to write a value as it is, unsanitized: for
            /// code that builds hostile scenarios on purpose, such as tests. Everything else
            /// uses [`Input::set`].
            pub fn value_mut(self, scenario: &mut Scenario) -> &mut f64 {
                match self {
                    $(Input::$variant => &mut scenario.$field,)+
                }
            }

            /// The input's value in `scenario`, as stored.
            pub fn get(self, scenario: &Scenario) -> f64 {
                match self {
                    $(Input::$variant => scenario.$field,)+
                }
            }
        }

        /// One complete scenario. Numeric fields carry their unit in their name; their
        /// ranges, defaults and sources are in [`Input::param`].
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Scenario {
            $(
                $(#[doc = $doc])+
                #[doc = concat!("Unit: ", $unit, ". Range, default and source: [`Input::", stringify!($variant), "`].")]
                pub $field: f64,
            )+
            /// How the AI side earns money ([`AI_MODE`]).
            pub ai_mode: AiMode,
            /// Whether the HPC tenant pays for power itself (triple-net), so the operator
            /// bears none ([`PASSTHROUGH`]).
            pub lease_power_passthrough: bool,
            /// Whether the site keeps mining while the data hall is built
            /// ([`MINE_DURING_BUILD`]).
            pub mine_during_build: bool,
        }

        impl Default for Scenario {
            /// The defaults: the network data snapshot ([`snapshot::AS_OF`]) for the BTC
            /// price, the network hashrate, the block subsidy and the fees, and each input's
            /// source for the rest.
            fn default() -> Self {
                Self {
                    $($field: $default,)+
                    ai_mode: AiMode::default(),
                    lease_power_passthrough: true,
                    mine_during_build: false,
                }
            }
        }

        impl Scenario {
            /// The same scenario with every numeric field finite and inside its range.
            pub fn sanitized(self) -> Self {
                Self {
                    $($field: Input::$variant.param().sanitize(self.$field),)+
                    ..self
                }
            }
        }
    };
}

mod choices;
mod table;
pub use choices::{AiMode, Choice, AI_MODE, CHOICES, MINE_DURING_BUILD, PASSTHROUGH};
pub use table::{Input, Scenario};

impl Scenario {
    /// The defaults as they were with the figures of `snapshot`: its BTC price, network
    /// hashrate, fees, subsidy and years to the next halving, sanitized into today's ranges.
    pub fn defaults_of(snapshot: &snapshot::Snapshot) -> Scenario {
        Scenario {
            btc_price_usd: snapshot.btc_price_usd,
            network_hashrate_eh_per_s: snapshot.network_hashrate_eh_per_s,
            fees_per_block_btc: snapshot.fees_per_block_btc,
            block_subsidy_btc: snapshot.block_subsidy_btc,
            years_to_halving: snapshot.years_to_next_halving,
            ..Scenario::default()
        }
        .sanitized()
    }
}

impl Input {
    /// Sets the input in `scenario` to `value`, sanitized.
    pub fn set(self, scenario: &mut Scenario, value: f64) {
        *self.value_mut(scenario) = self.param().sanitize(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_replaces_non_finite_with_default_and_clamps_the_rest() {
        assert_eq!(Input::PowerPrice.param().sanitize(f64::NAN), 40.0);
        assert_eq!(Input::PowerPrice.param().sanitize(f64::INFINITY), 40.0);
        assert_eq!(Input::PowerPrice.param().sanitize(-5.0), 0.0);
        assert_eq!(Input::PowerPrice.param().sanitize(1e308), 200.0);
        assert_eq!(Input::PowerPrice.param().sanitize(55.5), 55.5);
    }

    #[test]
    fn sanitize_turns_negative_zero_into_zero() {
        assert!(Input::PowerPrice.param().sanitize(-0.0).is_sign_positive());
    }

    #[test]
    fn set_sanitizes_and_get_reads_back() {
        let mut scenario = Scenario::default();
        for input in Input::ALL {
            let param = input.param();
            input.set(&mut scenario, f64::NAN);
            assert_eq!(input.get(&scenario), param.default, "{}", param.label);
            input.set(&mut scenario, param.max * 10.0 + 1.0);
            assert_eq!(input.get(&scenario), param.max, "{}", param.label);
            input.set(&mut scenario, param.min - 1.0);
            assert_eq!(input.get(&scenario), param.min, "{}", param.label);
        }
    }

    #[test]
    fn sanitized_clamps_every_input_to_its_own_range() {
        for input in Input::ALL {
            for (raw, expected) in [
                (f64::MAX, input.param().max),
                (f64::MIN, input.param().min),
                (f64::NAN, input.param().default),
            ] {
                let mut scenario = Scenario::default();
                *input.value_mut(&mut scenario) = raw;
                assert_eq!(input.get(&scenario.sanitized()), expected, "{input:?}");
            }
        }
    }

    #[test]
    fn the_defaults_are_those_of_the_latest_snapshot() {
        assert_eq!(
            Scenario::defaults_of(snapshot::latest()),
            Scenario::default()
        );
        assert_eq!(snapshot::latest().as_of, snapshot::AS_OF);
        assert_eq!(snapshot::known(snapshot::AS_OF), Some(snapshot::latest()));
        assert_eq!(snapshot::known("1999-01-01"), None);
    }

    #[test]
    fn every_slider_span_lies_in_its_range_and_steps_onto_the_default() {
        for param in Input::ALL.map(Input::param) {
            assert!(
                param.min <= param.slider_min
                    && param.slider_min <= param.default
                    && param.default <= param.slider_max
                    && param.slider_max <= param.max,
                "{}",
                param.label
            );
            // A whole number of steps from the slider's low end, up to float rounding.
            let steps = (param.default - param.slider_min) / param.step;
            assert!(
                (steps - steps.round()).abs() < 1e-6,
                "{}: {steps} steps",
                param.label
            );
        }
    }

    #[test]
    fn a_value_outside_the_slider_span_pins_the_slider() {
        // Efficiency: range 9-100 J/TH, slider 9-35.
        let param = Input::FleetEfficiency.param();
        assert_eq!(param.sanitize(98.0), 98.0, "an S9 is accepted");
        assert_eq!(param.slider_position(98.0), 35.0);
        assert_eq!(param.slider_position(20.0), 20.0);
        // BTC: range $1,000-1,000,000, slider $10,000-250,000.
        let btc = Input::BtcPrice.param();
        assert_eq!(btc.sanitize(5_000.0), 5_000.0);
        assert_eq!(btc.slider_position(5_000.0), 10_000.0);
    }

    #[test]
    fn every_default_lies_in_its_range() {
        for param in Input::ALL.map(Input::param) {
            assert!(
                param.min <= param.default && param.default <= param.max,
                "{}",
                param.label
            );
        }
        assert_eq!(Scenario::default().sanitized(), Scenario::default());
    }
}
