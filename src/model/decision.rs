//! The decision over time: keep mining, or convert to AI? Yearly cash flows per MW of grid
//! capacity for both paths, and what each is worth: NPV, IRR, payback, equivalent annual
//! margin, and the BTC price at which the two are worth the same.
//!
//! `docs/model.md` ("The decision over time") gives every formula and the golden cases'
//! hand computations. In short: years t = 1..N; the hall is paid for at t = 0, capital spent
//! later (GPU fleets) falls in the year containing its time, every other cash flow at the end
//! of its year; each path is discounted at its own rate; pre-tax, unlevered, nominal dollars.
//! Keep mining runs the machines on site (sunk) for their remaining life, then replacements
//! whose cost is spread over their life; a part that cannot pay its way is idled. Converting
//! sells the machines on site, builds a hall, then earns a lease (the hall keeping its book
//! value, or an exit value, at the end) or runs a GPU cloud (fleets bought when the hall is
//! ready and renewed every GPU life; the running fleet and the hall valued at the horizon).
//!
//! One file, as `docs/model.md` gives the model in one section: the yearly projection of
//! both paths and their valuation read each other's figures throughout.

use super::ai;
use super::compare::HOURS_PER_YEAR;
use super::inputs::{AiMode, Scenario};
use super::mining;

/// Years between halvings, near enough for a projection.
pub const YEARS_PER_HALVING: f64 = 4.0;

/// The range the break-even BTC price is searched in, $.
const BREAKEVEN_SEARCH_USD: (f64, f64) = (1.0, 10_000_000.0);

/// The range the IRR is searched in, as rates: -99% to 1000% a year.
const IRR_SEARCH: (f64, f64) = (-0.99, 10.0);

/// The lowest exit cap rate counted, %: below it a hall would be worth over a century of its
/// cash (and a cap rate near zero, an unbounded sum), so a smaller one counts as none.
const EXIT_CAP_RATE_MIN_PCT: f64 = 1.0;

/// Bisection steps: enough to shrink either search range below a double's precision of
/// the values found (the break-even's $10M range to 9e-12 dollars); more only repeat the
/// same evaluations, and the decision map runs a bisection for each of its rows.
const BISECTION_STEPS: u32 = 60;

/// One year of both paths, per MW of grid capacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearFlows {
    /// The year, 1..N.
    pub year: u32,
    /// Hashprice before the pool fee in that year, $/PH/day.
    pub hashprice_usd_per_ph_day: f64,
    /// Revenue per grid MWh of the machines on site in that year, $.
    pub mining_revenue_usd_per_mwh: f64,
    /// Share of the year keep mining runs on the machines on site (the rest on
    /// replacements), 0..1.
    pub on_site_share: f64,
    /// Keep mining's cash from the machines on site, $: their share of the year's margin
    /// over power and other costs, 0 when they are idled.
    pub on_site_usd: f64,
    /// Keep mining's cash from the replacements, $: their share of the year's margin over
    /// power, other costs and their own cost spread over their life, 0 when idled.
    pub replacements_usd: f64,
    /// Keep mining's cash flow, $: the two parts above.
    pub keep_mining_usd: f64,
    /// The AI path's revenue: rent after the credit haircut, or GPU-hours sold, $.
    pub ai_revenue_usd: f64,
    /// What converting gets for the machines on site in this year, $.
    pub machines_sold_usd: f64,
    /// GPU fleets bought in this year, $ (negative).
    pub gpus_bought_usd: f64,
    /// GPU fleets resold at retirement in this year, and in the horizon's year the running
    /// fleet's remaining value, $.
    pub gpus_resold_usd: f64,
    /// The hall in this year, $: its cost to the operator at the start (negative), its book
    /// value when a lease ends or at the horizon, or a leased hall's exit value.
    pub hall_value_usd: f64,
    /// Convert's cash flow, $, all of the above included.
    pub convert_usd: f64,
}

/// What one stream of cash flows is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    /// Net present value at the stream's discount rate, $ per MW.
    pub npv_usd: f64,
    /// Internal rate of return, as a rate (0.08 is 8%); `None` unless the non-zero cash
    /// flows change sign exactly once.
    pub irr: Option<f64>,
    /// Years until the running sum of cash comes back to zero after it first falls below
    /// it (0 when it never does); `None` when that does not happen within the horizon.
    pub payback_years: Option<f64>,
    /// The NPV spread evenly over the horizon's years at the stream's rate, $ per MW-year:
    /// the like-for-like successor of today's margin per MW-year.
    pub equivalent_annual_usd: f64,
}

/// The running sums of both paths' cash at the end of one year (t = 0 being the start), $
/// per MW, undiscounted: what the cumulative-cash chart draws and payback reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunningTotal {
    /// Keep mining's cash so far.
    pub keep_mining_usd: f64,
    /// Convert's cash so far, its capital included.
    pub convert_usd: f64,
}

/// Both paths over the horizon and the decision between them, per MW of grid capacity.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The scenario as projected, after sanitizing.
    pub scenario: Scenario,
    /// The horizon, whole years.
    pub horizon_years: u32,
    /// The hall's cost to the operator, spent at t = 0, $ per MW (positive).
    pub convert_capital_usd: f64,
    /// Year 0, the start: convert's cash then (minus the hall, plus the machines' sale when
    /// it stops mining at once, minus the first GPU fleet when the hall is ready at once) and
    /// its parts; no mining, so keep mining's figures are 0.
    pub start: YearFlows,
    /// The times, in years from now, at which GPU fleets are bought (none for a lease).
    pub gpu_purchases_years: Vec<f64>,
    /// Each year, 1..N.
    pub years: Vec<YearFlows>,
    /// Both paths' running sums of cash, t = 0..N.
    pub running_totals: Vec<RunningTotal>,
    /// Keep mining, at its own discount rate.
    pub keep_mining: Value,
    /// Convert, at its own discount rate.
    pub convert: Value,
    /// Convert minus keep mining: the NPVs' and equivalent margins' differences, and the IRR
    /// and payback of the yearly differences.
    pub difference: Value,
    /// Today's BTC price at which both paths have the same NPV, the other inputs held, $;
    /// it may lie outside the BTC input's range. `None` when keep mining is worth at least
    /// as much at any price, or when no price up to $10M is enough.
    pub breakeven_btc_price_usd: Option<f64>,
    /// Year 1's hashprice before the pool fee at that price, $/PH/day.
    pub breakeven_hashprice_usd_per_ph_day: Option<f64>,
    /// Convert's NPV at keep mining's rate minus keep mining's, $ per MW: the gap were both
    /// paths discounted alike, which the answer's words name where it has the other sign.
    pub difference_at_one_rate_usd: f64,
}

/// The horizon of `scenario` in whole years.
pub fn horizon_years(scenario: &Scenario) -> u32 {
    scenario.years.round().clamp(1.0, 30.0) as u32
}

/// The block subsidy averaged over year `year` (1-based), BTC: `subsidy_btc` now, halved at
/// `years_to_halving` and every four years after (a halving due at the start of the year
/// counts in it).
pub fn average_subsidy_btc(subsidy_btc: f64, years_to_halving: f64, year: u32) -> f64 {
    let (start, end) = (f64::from(year) - 1.0, f64::from(year));
    // Halvings at or before the year's start.
    let mut halvings = if years_to_halving <= start {
        ((start - years_to_halving) / YEARS_PER_HALVING).floor() as i32 + 1
    } else {
        0
    };
    let mut next = years_to_halving + f64::from(halvings) * YEARS_PER_HALVING;
    let mut from = start;
    let mut total = 0.0;
    while next < end {
        total += subsidy_btc * 0.5f64.powi(halvings) * (next - from);
        from = next;
        halvings += 1;
        next += YEARS_PER_HALVING;
    }
    total + subsidy_btc * 0.5f64.powi(halvings) * (end - from)
}

/// `rate_pct` % a year compounded over the years before year `year`: (1 + rate)^(year - 1).
pub(crate) fn grown(rate_pct: f64, year: u32) -> f64 {
    (1.0 + rate_pct / 100.0).powi(year as i32 - 1)
}

/// Year `year`'s hashprice before the pool fee, $/PH/day, with today's BTC price `btc_usd`.
fn hashprice_in(scenario: &Scenario, btc_usd: f64, year: u32) -> f64 {
    let subsidy = average_subsidy_btc(scenario.block_subsidy_btc, scenario.years_to_halving, year);
    mining::hashprice_from(
        subsidy + scenario.fees_per_block_btc,
        btc_usd * grown(scenario.btc_growth_pct_per_year, year),
        scenario.network_hashrate_eh_per_s * grown(scenario.hashrate_growth_pct_per_year, year),
    )
}

/// Year `year`'s hashprice before the pool fee at the scenario's own BTC price, $/PH/day.
pub fn hashprice_in_year(scenario: &Scenario, year: u32) -> f64 {
    hashprice_in(scenario, scenario.btc_price_usd, year)
}

/// Year `year`'s power price, $/MWh.
fn power_price_in(scenario: &Scenario, year: u32) -> f64 {
    scenario.power_price_usd_per_mwh * grown(scenario.power_growth_pct_per_year, year)
}

/// Share of year `year` that lies inside `[from, to]` (years from now).
fn share_of_year(year: u32, from: f64, to: f64) -> f64 {
    let (start, end) = (f64::from(year) - 1.0, f64::from(year));
    (end.min(to) - start.max(from)).max(0.0)
}

/// The year containing time `at` (years from now): ceil(at) for at > 0, 0 for at = 0.
fn year_containing(at: f64) -> usize {
    at.ceil().max(0.0) as usize
}

/// What keeping the miners spends a year per MW on replacements: the TH/s one grid MW runs
/// at the replacements' J/TH, bought at the ASIC price once per machine life, $ per MW-year.
pub fn renewal_usd_per_mw_year(scenario: &Scenario) -> f64 {
    scenario.asic_usd_per_th * 1e6
        / (scenario.replacement_efficiency_j_per_th * scenario.mining_pue)
        / scenario.asic_life_years
}

/// What converting gets for the machines on site when it stops mining, $ per MW: their TH/s
/// at the resale price.
fn machines_sale_usd(scenario: &Scenario) -> f64 {
    scenario.asic_resale_usd_per_th * mining::hashrate_ph_per_s_per_mw(scenario) * 1000.0
}

/// A mining margin over power in a year whose revenue per grid MWh is
/// `revenue_usd_per_mwh` and power price `power_usd_per_mwh`, $ per MW: before the other
/// costs (and a replacement's cost) each year must also pay. Counts only the hours the site
/// runs.
fn mining_margin_over_power_usd(
    scenario: &Scenario,
    revenue_usd_per_mwh: f64,
    power_usd_per_mwh: f64,
) -> f64 {
    (revenue_usd_per_mwh - power_usd_per_mwh) * HOURS_PER_YEAR * mining::running_share(scenario)
}

/// Keep mining's year `year` with today's BTC price `btc_usd`: the hashprice, the revenue
/// per MWh of the machines on site, their share of the year, and the cash of each part.
fn keep_mining_year(s: &Scenario, btc_usd: f64, year: u32, renewal_usd: f64) -> YearFlows {
    let hashprice = hashprice_in(s, btc_usd, year);
    let on_site_revenue = mining::revenue_at_hashprice_usd_per_mwh(s, hashprice);
    // Revenue per MWh is inversely proportional to J/TH.
    let replacement_revenue =
        on_site_revenue * s.fleet_efficiency_j_per_th / s.replacement_efficiency_j_per_th;
    let power = power_price_in(s, year);
    let on_site_share = (s.asic_life_left_years - (f64::from(year) - 1.0)).clamp(0.0, 1.0);
    let on_site = on_site_share
        * (mining_margin_over_power_usd(s, on_site_revenue, power) - s.mining_opex_usd_per_mw_year)
            .max(0.0);
    let replacements = (1.0 - on_site_share)
        * (mining_margin_over_power_usd(s, replacement_revenue, power)
            - s.mining_opex_usd_per_mw_year
            - renewal_usd)
            .max(0.0);
    YearFlows {
        hashprice_usd_per_ph_day: hashprice,
        mining_revenue_usd_per_mwh: on_site_revenue,
        on_site_share,
        on_site_usd: on_site,
        replacements_usd: replacements,
        keep_mining_usd: on_site + replacements,
        ..YearFlows::zero(year)
    }
}

impl YearFlows {
    /// Year `year` with every figure 0: what the projection adds to.
    fn zero(year: u32) -> Self {
        Self {
            year,
            hashprice_usd_per_ph_day: 0.0,
            mining_revenue_usd_per_mwh: 0.0,
            on_site_share: 0.0,
            on_site_usd: 0.0,
            replacements_usd: 0.0,
            keep_mining_usd: 0.0,
            ai_revenue_usd: 0.0,
            machines_sold_usd: 0.0,
            gpus_bought_usd: 0.0,
            gpus_resold_usd: 0.0,
            hall_value_usd: 0.0,
            convert_usd: 0.0,
        }
    }
}

/// Both paths projected: the start and the years, the hall's cost and the GPU purchases'
/// times.
struct Projection {
    start: YearFlows,
    years: Vec<YearFlows>,
    capital_usd: f64,
    gpu_purchases_years: Vec<f64>,
}

impl Projection {
    /// Adds `usd` to convert's cash of year `year` (0 being the start); beyond the horizon,
    /// nothing. `part` picks the year's column it also shows in, if any.
    fn add(&mut self, year: usize, usd: f64, part: fn(&mut YearFlows) -> &mut f64) {
        let flows = if year == 0 {
            Some(&mut self.start)
        } else {
            self.years.get_mut(year - 1)
        };
        if let Some(flows) = flows {
            *part(flows) += usd;
            flows.convert_usd += usd;
        }
    }
}

/// Both paths' cash flows with today's BTC price `btc_usd` (not clamped: the break-even
/// search goes beyond the input's range).
fn project(s: &Scenario, btc_usd: f64) -> Projection {
    let horizon = horizon_years(s);
    let end_of_horizon = f64::from(horizon);
    let renewal_usd = renewal_usd_per_mw_year(s);
    let build = s.build_years;
    let hall_usd = s.hall_capex_musd_per_it_mw * 1e6 / s.ai_pue;
    let capital_usd = match s.ai_mode {
        AiMode::HpcLease => hall_usd * (1.0 - s.tenant_capex_share_pct / 100.0),
        AiMode::GpuCloud => hall_usd,
    };
    // The hall's book value after `aged` years in service, $.
    let book_value = |aged: f64| {
        if s.hall_life_years > 0.0 {
            capital_usd * (1.0 - aged.max(0.0) / s.hall_life_years).max(0.0)
        } else {
            0.0
        }
    };
    let mut projection = Projection {
        start: YearFlows {
            hall_value_usd: -capital_usd,
            convert_usd: -capital_usd,
            ..YearFlows::zero(0)
        },
        years: (1..=horizon)
            .map(|year| keep_mining_year(s, btc_usd, year, renewal_usd))
            .collect(),
        capital_usd,
        gpu_purchases_years: Vec::new(),
    };
    // Converting stops mining at once, or when the hall is ready; it sells the machines on
    // site then, unless they are worn out by that time.
    let stops_mining = if s.mine_during_build { build } else { 0.0 };
    if s.asic_life_left_years > stops_mining {
        projection.add(year_containing(stops_mining), machines_sale_usd(s), |y| {
            &mut y.machines_sold_usd
        });
    }
    let operator_pays_power = ai::operator_pays_power(s);
    let gpus = ai::gpus_per_mw(s);
    let fleet_usd = gpus * s.gpu_cost_usd;
    for flows in &mut projection.years {
        let year = flows.year;
        let power = power_price_in(s, year) * HOURS_PER_YEAR;
        if s.mine_during_build {
            flows.convert_usd += share_of_year(year, 0.0, build) * flows.keep_mining_usd;
        }
        match s.ai_mode {
            AiMode::HpcLease => {
                let on = share_of_year(year, build, build + s.lease_term_years);
                let rent = s.lease_usd_per_kw_month * 12.0 * 1000.0 / s.ai_pue
                    * (1.0 + s.rent_escalator_pct_per_year / 100.0)
                        .powf((f64::from(year) - 1.0 - build).max(0.0))
                    * on
                    * (1.0 - s.credit_haircut_pct / 100.0);
                let paid_power = if operator_pays_power { power * on } else { 0.0 };
                flows.ai_revenue_usd = rent;
                flows.convert_usd += rent * (1.0 - s.landlord_costs_pct / 100.0) - paid_power;
            }
            AiMode::GpuCloud => {
                let on = share_of_year(year, build, end_of_horizon);
                // The running fleet's age at the start of the year: each fleet starts again
                // at today's price.
                let age = (f64::from(year) - 1.0 - build).max(0.0) % s.gpu_life_years;
                let revenue = gpus
                    * s.gpu_price_usd_per_hour
                    * (1.0 - s.gpu_price_decline_pct_per_year / 100.0).powf(age)
                    * HOURS_PER_YEAR
                    * s.gpu_utilization_pct
                    / 100.0
                    * on;
                flows.ai_revenue_usd = revenue;
                flows.convert_usd += revenue * (1.0 - s.gpu_opex_pct / 100.0) - power * on;
            }
        }
    }
    let last = horizon as usize;
    match s.ai_mode {
        AiMode::HpcLease => {
            let lease_end = build + s.lease_term_years;
            let leased_to_the_end = share_of_year(horizon, build, lease_end) >= 1.0;
            let last_cash = projection.years[last - 1].convert_usd;
            if s.exit_cap_rate_pct >= EXIT_CAP_RATE_MIN_PCT && leased_to_the_end && last_cash > 0.0
            {
                let exit_usd = last_cash / (s.exit_cap_rate_pct / 100.0);
                projection.add(last, exit_usd, |y| &mut y.hall_value_usd);
            } else {
                let end = lease_end.min(end_of_horizon);
                projection.add(year_containing(end), book_value(end - build), |y| {
                    &mut y.hall_value_usd
                });
            }
        }
        AiMode::GpuCloud => {
            let mut bought = build;
            while bought < end_of_horizon {
                projection.gpu_purchases_years.push(bought);
                projection.add(year_containing(bought), -fleet_usd, |y| {
                    &mut y.gpus_bought_usd
                });
                let retires = bought + s.gpu_life_years;
                let (resale_year, resold_usd) = if retires <= end_of_horizon {
                    (
                        year_containing(retires),
                        s.gpu_residual_pct / 100.0 * fleet_usd,
                    )
                } else {
                    // Still running at the horizon: worth its cost less a straight-line
                    // share of what it loses over its life.
                    let used = (end_of_horizon - bought) / s.gpu_life_years;
                    (
                        last,
                        fleet_usd * (1.0 - (1.0 - s.gpu_residual_pct / 100.0) * used),
                    )
                };
                projection.add(resale_year, resold_usd, |y| &mut y.gpus_resold_usd);
                bought = retires;
            }
            projection.add(last, book_value(end_of_horizon - build), |y| {
                &mut y.hall_value_usd
            });
        }
    }
    projection
}

/// Net present value at `rate` of cash flows `flows[t]`, t = 0..N.
pub fn npv(flows: &[f64], rate: f64) -> f64 {
    let mut discount = 1.0;
    let mut total = 0.0;
    for flow in flows {
        total += flow * discount;
        discount /= 1.0 + rate;
    }
    total
}

/// The rate at which `flows` have an NPV of zero, when the non-zero flows change sign
/// exactly once (so there is one such rate); by bisection on -99%..1000%.
pub fn irr(flows: &[f64]) -> Option<f64> {
    let signs: Vec<bool> = flows
        .iter()
        .filter(|flow| **flow != 0.0)
        .map(|flow| *flow > 0.0)
        .collect();
    let changes = signs.windows(2).filter(|pair| pair[0] != pair[1]).count();
    if changes != 1 {
        return None;
    }
    let at_low = npv(flows, IRR_SEARCH.0);
    if at_low.signum() == npv(flows, IRR_SEARCH.1).signum() {
        return None;
    }
    Some(bisect(IRR_SEARCH, &|rate| {
        npv(flows, rate).signum() == at_low.signum()
    }))
}

/// The point of `range` where `below` turns from true to false, by bisection; `below` is
/// true at the low end and false at the high end. One function behind a `dyn` for both
/// searches, so the page carries its code once.
pub(crate) fn bisect((mut low, mut high): (f64, f64), below: &dyn Fn(f64) -> bool) -> f64 {
    for _ in 0..BISECTION_STEPS {
        let middle = (low + high) / 2.0;
        if below(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    (low + high) / 2.0
}

/// Years until the running sum of `flows` (from t = 0) returns to zero after it first falls
/// below zero, linear within the year; 0 when it never falls below zero; `None` when it
/// does not return within the flows.
pub fn payback_years(flows: &[f64]) -> Option<f64> {
    let mut total = 0.0;
    let mut below = false;
    for (index, flow) in flows.iter().enumerate() {
        let before = total;
        total += flow;
        if below && total >= 0.0 {
            // `before` < 0 and `flow` > 0 here.
            return Some(index as f64 - 1.0 + -before / flow);
        }
        below = below || total < 0.0;
    }
    (!below).then_some(0.0)
}

/// The equivalent annual amount of `npv_usd` over `years` at `rate`.
fn equivalent_annual(npv_usd: f64, rate: f64, years: u32) -> f64 {
    let annuity = 1.0 - (1.0 + rate).powi(-(years as i32));
    // At a rate too small to move 1 + rate, the annuity is 0: spread the NPV evenly.
    if annuity > 0.0 {
        npv_usd * rate / annuity
    } else {
        npv_usd / f64::from(years)
    }
}

/// What `flows` (t = 0..N) are worth at `rate`.
fn value(flows: &[f64], rate: f64) -> Value {
    let npv_usd = npv(flows, rate);
    Value {
        npv_usd,
        irr: irr(flows),
        payback_years: payback_years(flows),
        equivalent_annual_usd: equivalent_annual(npv_usd, rate, (flows.len() - 1) as u32),
    }
}

/// The cash flows t = 0..N of keep mining and of convert.
fn streams(projection: &Projection) -> (Vec<f64>, Vec<f64>) {
    let keep = std::iter::once(0.0)
        .chain(projection.years.iter().map(|year| year.keep_mining_usd))
        .collect();
    let convert = std::iter::once(projection.start.convert_usd)
        .chain(projection.years.iter().map(|year| year.convert_usd))
        .collect();
    (keep, convert)
}

/// Keep mining's and converting's discount rates of `scenario`, as rates.
fn rates(scenario: &Scenario) -> (f64, f64) {
    (
        scenario.discount_rate_pct / 100.0,
        scenario.ai_discount_rate_pct / 100.0,
    )
}

/// Convert's NPV minus keep mining's, each at its own rate, with today's BTC price
/// `btc_usd`.
fn gain_at(scenario: &Scenario, btc_usd: f64) -> f64 {
    let (keep, convert) = streams(&project(scenario, btc_usd));
    let (keep_rate, convert_rate) = rates(scenario);
    npv(&convert, convert_rate) - npv(&keep, keep_rate)
}

/// Convert's NPV minus keep mining's for `scenario`, sanitized, $ per MW: one projection,
/// without the IRRs, paybacks and break-even of [`decide`], for work that asks it many
/// times (a tornado, a map).
pub fn npv_gain_usd(scenario: &Scenario) -> f64 {
    npv_gain_of_sanitized(&scenario.sanitized())
}

/// [`npv_gain_usd`] of a scenario already sanitized: for work that sanitizes once and asks
/// many times.
pub(crate) fn npv_gain_of_sanitized(scenario: &Scenario) -> f64 {
    gain_at(scenario, scenario.btc_price_usd)
}

/// Today's BTC price at which both paths of `scenario` (sanitized first) have the same
/// NPV, as in [`Decision::breakeven_btc_price_usd`].
pub fn breakeven_btc_price_usd(scenario: &Scenario) -> Option<f64> {
    breakeven_of_sanitized(&scenario.sanitized())
}

/// [`breakeven_btc_price_usd`] of a scenario already sanitized.
pub(crate) fn breakeven_of_sanitized(scenario: &Scenario) -> Option<f64> {
    // Keep mining's NPV never falls as the price rises; convert's gains from the price only
    // while it mines before its hall is ready: bisect on the gap, converting ahead below.
    let below = |btc: f64| gain_at(scenario, btc) > 0.0;
    let (low, high) = BREAKEVEN_SEARCH_USD;
    (below(low) && !below(high)).then(|| bisect(BREAKEVEN_SEARCH_USD, &below))
}

/// What each choice is worth for a scenario, without the IRRs, paybacks and break-even of
/// a [`Decision`]: for work that shows only these, several scenarios at a time (the paths).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Npvs {
    /// Keep mining's NPV at its rate, $ per MW.
    pub keep_mining_usd: f64,
    /// Convert's NPV at its rate, $ per MW.
    pub convert_usd: f64,
    /// Convert's minus keep mining's, $ per MW, as [`Decision::difference`] has it, so that
    /// both give the same figure to the last digit.
    pub difference_usd: f64,
    /// Whether keeping the miners is idled every year: neither the machines on site nor
    /// replacements pay their way in any year.
    pub always_idle: bool,
    /// As [`Decision::difference_at_one_rate_usd`].
    pub difference_at_one_rate_usd: f64,
}

/// Convert's cash flows minus keep mining's, year by year: the stream the difference's IRR
/// and payback read.
fn difference_of(keep: &[f64], convert: &[f64]) -> Vec<f64> {
    convert.iter().zip(keep).map(|(c, k)| c - k).collect()
}

/// Whether keeping the miners is idled in every one of `years`.
fn idled_every_year(years: &[YearFlows]) -> bool {
    years.iter().all(|year| year.keep_mining_usd == 0.0)
}

impl Decision {
    /// Whether keeping the miners is idled every year: neither the machines on site nor
    /// replacements pay their way in any year.
    pub fn always_idle(&self) -> bool {
        idled_every_year(&self.years)
    }
}

/// The [`Npvs`] of `scenario`, sanitized first: one projection.
pub fn npvs(scenario: &Scenario) -> Npvs {
    let scenario = scenario.sanitized();
    let (keep_rate, convert_rate) = rates(&scenario);
    let projection = project(&scenario, scenario.btc_price_usd);
    let (keep, convert) = streams(&projection);
    let keep_mining_usd = npv(&keep, keep_rate);
    let convert_usd = npv(&convert, convert_rate);
    Npvs {
        keep_mining_usd,
        convert_usd,
        difference_usd: convert_usd - keep_mining_usd,
        always_idle: idled_every_year(&projection.years),
        difference_at_one_rate_usd: npv(&convert, keep_rate) - keep_mining_usd,
    }
}

/// The decision for `scenario`, sanitized first, so that any input gives finite figures.
pub fn decide(scenario: &Scenario) -> Decision {
    let scenario = scenario.sanitized();
    let (keep_rate, convert_rate) = rates(&scenario);
    let projection = project(&scenario, scenario.btc_price_usd);
    let (keep, convert) = streams(&projection);
    let keep_mining = value(&keep, keep_rate);
    let convert_value = value(&convert, convert_rate);
    let difference = difference_of(&keep, &convert);
    let breakeven_btc_price_usd = breakeven_of_sanitized(&scenario);
    let running_totals = keep
        .iter()
        .zip(&convert)
        .scan(
            (0.0, 0.0),
            |(keep_total, convert_total), (keep, convert)| {
                *keep_total += keep;
                *convert_total += convert;
                Some(RunningTotal {
                    keep_mining_usd: *keep_total,
                    convert_usd: *convert_total,
                })
            },
        )
        .collect();
    Decision {
        horizon_years: horizon_years(&scenario),
        running_totals,
        convert_capital_usd: projection.capital_usd,
        start: projection.start,
        gpu_purchases_years: projection.gpu_purchases_years,
        difference: Value {
            npv_usd: convert_value.npv_usd - keep_mining.npv_usd,
            irr: irr(&difference),
            payback_years: payback_years(&difference),
            equivalent_annual_usd: convert_value.equivalent_annual_usd
                - keep_mining.equivalent_annual_usd,
        },
        keep_mining,
        convert: convert_value,
        breakeven_hashprice_usd_per_ph_day: breakeven_btc_price_usd
            .map(|price| hashprice_in(&scenario, price, 1)),
        breakeven_btc_price_usd,
        difference_at_one_rate_usd: npv(&convert, keep_rate) - keep_mining.npv_usd,
        years: projection.years,
        scenario,
    }
}
