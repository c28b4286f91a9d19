//! AI compute: what one MWh of grid power earns when it serves an HPC tenant or a GPU cloud.

use super::inputs::{AiMode, Scenario};

/// Hours in the month that leases are priced on (8760 / 12).
pub const HOURS_PER_MONTH: f64 = 730.0;

/// GPUs one MW of grid power runs: 1000 / (kW per GPU x AI PUE).
pub fn gpus_per_mw(scenario: &Scenario) -> f64 {
    1000.0 / (scenario.gpu_power_kw * scenario.ai_pue)
}

/// Lease revenue per grid MWh: $/kW-month x 1000 / 730 / AI PUE. The lease is priced on IT
/// load; dividing by PUE spreads it over the grid power the site draws.
pub fn lease_revenue_usd_per_mwh(scenario: &Scenario) -> f64 {
    scenario.lease_usd_per_kw_month * 1000.0 / HOURS_PER_MONTH / scenario.ai_pue
}

/// GPU cloud revenue per grid MWh: GPUs per MW x $/GPU-hour x utilization.
pub fn gpu_cloud_revenue_usd_per_mwh(scenario: &Scenario) -> f64 {
    gpus_per_mw(scenario) * scenario.gpu_price_usd_per_hour * scenario.gpu_utilization_pct / 100.0
}

/// Revenue per grid MWh in the scenario's AI mode.
pub fn revenue_usd_per_mwh(scenario: &Scenario) -> f64 {
    match scenario.ai_mode {
        AiMode::HpcLease => lease_revenue_usd_per_mwh(scenario),
        AiMode::GpuCloud => gpu_cloud_revenue_usd_per_mwh(scenario),
    }
}

/// Whether the operator pays for the power: not when a lease passes it through to the tenant.
pub fn operator_pays_power(scenario: &Scenario) -> bool {
    !(scenario.ai_mode == AiMode::HpcLease && scenario.lease_power_passthrough)
}

/// Power cost per grid MWh the operator bears: the full power price when it pays for power,
/// since an AI site draws power every hour whether or not its GPUs are sold; else nothing.
pub fn power_cost_usd_per_mwh(scenario: &Scenario) -> f64 {
    if operator_pays_power(scenario) {
        scenario.power_price_usd_per_mwh
    } else {
        0.0
    }
}
