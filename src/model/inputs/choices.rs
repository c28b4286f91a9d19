//! The settings of a scenario that are choices rather than numbers, each with its key and
//! how it is documented.

/// A setting of a scenario that is a choice rather than a number: its key in a URL, an
/// embed's attributes and a `compute()` config, and how it is documented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The key.
    pub key: &'static str,
    /// Short name for people.
    pub label: &'static str,
    /// The values the key takes, for people.
    pub values: &'static str,
    /// Where the default comes from.
    pub source: &'static str,
}

/// How the AI side earns money ([`Scenario::ai_mode`]); its values are [`AiMode::key`].
pub const AI_MODE: Choice = Choice {
    key: "ai",
    label: "AI mode",
    values: "`lease` (HPC lease) or `gpu` (GPU cloud)",
    source: "the large 2025 deals are leases",
};

/// Whether a lease's tenant pays for power ([`Scenario::lease_power_passthrough`]).
pub const PASSTHROUGH: Choice = Choice {
    key: "passthru",
    label: "Tenant pays for power",
    values: "`1` or `0`",
    source: "the large 2025 leases are mostly triple-net or pass power through",
};

/// Whether the site keeps mining while the data hall is built
/// ([`Scenario::mine_during_build`]).
pub const MINE_DURING_BUILD: Choice = Choice {
    key: "minebuild",
    label: "Mine during the build",
    values: "`1` or `0`",
    source: "the site can keep mining until the hall takes its power; off by default",
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
