//! The settings of a scenario that are choices rather than numbers, each declared once
//! with its key, how it is written and read, and how it is documented: the address's codec,
//! the presets and the CSV loop over [`CHOICES`].

use super::Scenario;

/// A setting of a scenario that is a choice rather than a number: its key in a URL, an
/// embed's attributes and a `compute()` config, how it is written and read there, and how
/// it is documented.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    /// The key.
    pub key: &'static str,
    /// Short name for people.
    pub label: &'static str,
    /// The values the key takes, for people.
    pub values: &'static str,
    /// Where the default comes from.
    pub source: &'static str,
    /// Whether the AI side's presets set it (the AI mode and a lease's terms do).
    pub ai_side: bool,
    /// Its value in `scenario`, as the address writes it.
    pub write: fn(&Scenario) -> &'static str,
    /// Sets it in `scenario` from a value as the address gives it; a value it does not know
    /// changes nothing.
    pub read: fn(&mut Scenario, &str),
}

impl Choice {
    /// Sets it in `to` as it is in `from`.
    pub fn copy(self, from: &Scenario, to: &mut Scenario) {
        (self.read)(to, (self.write)(from));
    }

    /// Whether it differs between `one` and `other`.
    pub fn differs(self, one: &Scenario, other: &Scenario) -> bool {
        (self.write)(one) != (self.write)(other)
    }
}

/// A flag as the address writes it.
fn flag(value: bool) -> &'static str {
    if value {
        "1"
    } else {
        "0"
    }
}

/// A flag as an address gives it: "1" or "true", "0" or "false"; anything else is none.
fn read_flag(text: &str) -> Option<bool> {
    match text {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// How the AI side earns money ([`Scenario::ai_mode`]); its values are [`AiMode::key`].
pub const AI_MODE: Choice = Choice {
    key: "ai",
    label: "AI mode",
    values: "`lease` (HPC lease) or `gpu` (GPU cloud)",
    source: "the large 2025 deals are leases",
    ai_side: true,
    write: |scenario| scenario.ai_mode.key(),
    read: |scenario, text| {
        if let Some(mode) = AiMode::from_key(text) {
            scenario.ai_mode = mode;
        }
    },
};

/// Whether a lease's tenant pays for power ([`Scenario::lease_power_passthrough`]).
pub const PASSTHROUGH: Choice = Choice {
    key: "passthru",
    label: "Tenant pays for power",
    values: "`1` or `0`",
    source: "the large 2025 leases are mostly triple-net or pass power through",
    ai_side: true,
    write: |scenario| flag(scenario.lease_power_passthrough),
    read: |scenario, text| {
        if let Some(passthrough) = read_flag(text) {
            scenario.lease_power_passthrough = passthrough;
        }
    },
};

/// Whether the site keeps mining while the data hall is built
/// ([`Scenario::mine_during_build`]).
pub const MINE_DURING_BUILD: Choice = Choice {
    key: "minebuild",
    label: "Mine during the build",
    values: "`1` or `0`",
    source: "the site can keep mining until the hall takes its power; off by default",
    ai_side: false,
    write: |scenario| flag(scenario.mine_during_build),
    read: |scenario, text| {
        if let Some(mine) = read_flag(text) {
            scenario.mine_during_build = mine;
        }
    },
};

/// The choices of a scenario, in the order docs/data.md lists them.
pub const CHOICES: [Choice; 3] = [AI_MODE, PASSTHROUGH, MINE_DURING_BUILD];

/// How the AI side earns money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AiMode {
    /// The operator leases power, space and cooling to an HPC tenant per kW of IT load.
    #[default]
    HpcLease,
    /// The operator sells GPU-hours itself.
    GpuCloud,
}

impl AiMode {
    /// Both modes.
    pub const ALL: [AiMode; 2] = [AiMode::HpcLease, AiMode::GpuCloud];

    /// The mode's value of the [`AI_MODE`] key.
    pub fn key(self) -> &'static str {
        match self {
            AiMode::HpcLease => "lease",
            AiMode::GpuCloud => "gpu",
        }
    }

    /// The mode whose key is `key`, if any.
    pub fn from_key(key: &str) -> Option<AiMode> {
        AiMode::ALL.into_iter().find(|mode| mode.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each choice reads back what it writes, in both of its states, and a value it does not
    /// know leaves it as it was; the AI side's presets set the AI mode and the pass-through.
    #[test]
    fn each_choice_reads_what_it_writes_and_ignores_the_rest() {
        let defaults = Scenario::default();
        let other = Scenario {
            ai_mode: AiMode::GpuCloud,
            lease_power_passthrough: !defaults.lease_power_passthrough,
            mine_during_build: !defaults.mine_during_build,
            ..defaults
        };
        for choice in CHOICES {
            assert!(choice.differs(&defaults, &other), "{}", choice.key);
            let mut copied = defaults;
            choice.copy(&other, &mut copied);
            assert_eq!(
                (choice.write)(&copied),
                (choice.write)(&other),
                "{}",
                choice.key
            );
            assert!(!choice.differs(&copied, &other), "{}", choice.key);
            let mut unknown = other;
            (choice.read)(&mut unknown, "maybe");
            assert_eq!(unknown, other, "{}", choice.key);
        }
        let mut read = defaults;
        (PASSTHROUGH.read)(&mut read, "false");
        assert!(!read.lease_power_passthrough);
        (MINE_DURING_BUILD.read)(&mut read, "true");
        assert!(read.mine_during_build);
        let ai_side: Vec<&str> = CHOICES
            .iter()
            .filter(|choice| choice.ai_side)
            .map(|choice| choice.key)
            .collect();
        assert_eq!(ai_side, ["ai", "passthru"]);
    }
}
