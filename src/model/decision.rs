//! The decision over time: keep mining, or convert to AI? Yearly cash flows per MW of grid
//! capacity for both paths, and what each is worth: NPV, IRR, payback, equivalent annual
//! margin, and the BTC price at which the two are worth the same.
//!
//! Conventions (the README's "The decision over time" gives every formula): years t = 1..N;
//! capital is spent at t = 0 and every other cash flow falls at the end of its year,
//! discounted by 1 / (1 + r)^t; pre-tax, unlevered, nominal dollars. Keep mining has no
//! capital (the fleet in place is sunk) and renews its machines out of each year's cash; a
//! year that cannot pay its way is idled. Converting builds a data hall for B years, then
//! earns a lease (with its escalator, term, landlord costs and credit haircut, and an exit
//! value at the horizon if a cap rate is given) or runs a GPU cloud (the operator buys the
//! GPUs; their price per hour may decline; they fetch a residual value when they retire).

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
    /// Mining revenue per grid MWh used in that year, $.
    pub mining_revenue_usd_per_mwh: f64,
    /// Keep mining's cash flow, $.
    pub keep_mining_usd: f64,
    /// The AI path's revenue: rent after the credit haircut, or GPU-hours sold, $.
    pub ai_revenue_usd: f64,
    /// Convert's cash flow, $.
    pub convert_usd: f64,
}

/// What one stream of cash flows is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    /// Net present value at the discount rate, $ per MW.
    pub npv_usd: f64,
    /// Internal rate of return, as a rate (0.08 is 8%); `None` unless the non-zero cash
    /// flows change sign exactly once.
    pub irr: Option<f64>,
    /// Years until the running sum of cash comes back to zero after it first falls below
    /// it (0 when it never does); `None` when that does not happen within the horizon.
    pub payback_years: Option<f64>,
    /// The NPV spread evenly over the horizon's years, $ per MW-year: the like-for-like
    /// successor of today's margin per MW-year.
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
    /// Capital spent at t = 0 to convert, $ per MW (positive).
    pub convert_capital_usd: f64,
    /// The leased hall's value at the horizon, included in the last year's convert cash, $
    /// per MW; 0 without an exit cap rate, or when the lease does not cover the last year.
    pub exit_value_usd: f64,
    /// Each year, 1..N.
    pub years: Vec<YearFlows>,
    /// Both paths' running sums of cash, t = 0..N.
    pub running_totals: Vec<RunningTotal>,
    /// Keep mining.
    pub keep_mining: Value,
    /// Convert.
    pub convert: Value,
    /// Convert minus keep mining, year by year.
    pub difference: Value,
    /// Today's BTC price at which both paths have the same NPV, the other inputs held, $;
    /// it may lie outside the BTC input's range. `None` when keep mining is worth at least
    /// as much at any price, or when no price up to $10M is enough.
    pub breakeven_btc_price_usd: Option<f64>,
    /// Year 1's hashprice before the pool fee at that price, $/PH/day.
    pub breakeven_hashprice_usd_per_ph_day: Option<f64>,
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

/// Year `year`'s hashprice before the pool fee, $/PH/day, with today's BTC price `btc_usd`.
fn hashprice_in(scenario: &Scenario, btc_usd: f64, year: u32) -> f64 {
    let grown = |rate_pct: f64| (1.0 + rate_pct / 100.0).powi(year as i32 - 1);
    let subsidy = average_subsidy_btc(scenario.block_subsidy_btc, scenario.years_to_halving, year);
    mining::hashprice_from(
        subsidy + scenario.fees_per_block_btc,
        btc_usd * grown(scenario.btc_growth_pct_per_year),
        scenario.network_hashrate_eh_per_s * grown(scenario.hashrate_growth_pct_per_year),
    )
}

/// Share of year `year` that lies inside `[from, to]` (years from now).
fn share_of_year(year: u32, from: f64, to: f64) -> f64 {
    let (start, end) = (f64::from(year) - 1.0, f64::from(year));
    (end.min(to) - start.max(from)).max(0.0)
}

/// What keeping the miners spends a year per MW to renew them: the TH/s one grid MW runs,
/// bought again at the ASIC price once per machine life, $ per MW-year.
pub fn renewal_usd_per_mw_year(scenario: &Scenario) -> f64 {
    scenario.asic_usd_per_th * mining::hashrate_ph_per_s_per_mw(scenario) * 1000.0
        / scenario.asic_life_years
}

/// Keep mining's margin over power in a year whose mining revenue is
/// `revenue_usd_per_mwh`, $ per MW: before the renewal and other costs each year must also
/// pay. Counts only the hours the site runs.
pub fn mining_margin_over_power_usd(scenario: &Scenario, revenue_usd_per_mwh: f64) -> f64 {
    (revenue_usd_per_mwh - scenario.power_price_usd_per_mwh)
        * HOURS_PER_YEAR
        * mining::running_share(scenario)
}

/// Both paths' yearly cash flows, convert's capital and the exit value added to the last
/// year (0 without one), with today's BTC price `btc_usd` (not clamped: the break-even
/// search goes beyond the input's range).
fn project(scenario: &Scenario, btc_usd: f64) -> (f64, Vec<YearFlows>, f64) {
    let s = scenario;
    let horizon = horizon_years(s);
    let renewal_usd = renewal_usd_per_mw_year(s);
    let build = s.build_years;
    let hall_usd = s.hall_capex_musd_per_it_mw * 1e6 / s.ai_pue;
    let gpus = ai::gpus_per_mw(s);
    let gpu_fleet_usd = gpus * s.gpu_cost_usd;
    let operator_pays_power = ai::operator_pays_power(s);
    let capital_usd = match s.ai_mode {
        AiMode::HpcLease => hall_usd * (1.0 - s.tenant_capex_share_pct / 100.0),
        AiMode::GpuCloud => hall_usd + gpu_fleet_usd,
    };
    let mut years: Vec<YearFlows> = (1..=horizon)
        .map(|year| {
            let hashprice = hashprice_in(s, btc_usd, year);
            let revenue_per_mwh = mining::revenue_at_hashprice_usd_per_mwh(s, hashprice);
            let keep_mining = (mining_margin_over_power_usd(s, revenue_per_mwh)
                - s.mining_opex_usd_per_mw_year
                - renewal_usd)
                .max(0.0);
            let before_hall = share_of_year(year, 0.0, build);
            let mined_during_build = if s.mine_during_build {
                before_hall * keep_mining
            } else {
                0.0
            };
            // Years of the AI path's own life (the lease's term, the GPUs') elapsed at the
            // start of this year, for escalators and declines.
            let aged = (f64::from(year) - 1.0 - build).max(0.0);
            let (ai_revenue, mut convert) = match s.ai_mode {
                AiMode::HpcLease => {
                    let on = share_of_year(year, build, build + s.lease_term_years);
                    let rent = s.lease_usd_per_kw_month * 12.0 * 1000.0 / s.ai_pue
                        * (1.0 + s.rent_escalator_pct_per_year / 100.0).powf(aged)
                        * on
                        * (1.0 - s.credit_haircut_pct / 100.0);
                    let power = if operator_pays_power {
                        s.power_price_usd_per_mwh * HOURS_PER_YEAR * on
                    } else {
                        0.0
                    };
                    (rent, rent * (1.0 - s.landlord_costs_pct / 100.0) - power)
                }
                AiMode::GpuCloud => {
                    let life_end = build + s.gpu_life_years;
                    let on = share_of_year(year, build, life_end);
                    let revenue = gpus
                        * s.gpu_price_usd_per_hour
                        * (1.0 - s.gpu_price_decline_pct_per_year / 100.0).powf(aged)
                        * HOURS_PER_YEAR
                        * s.gpu_utilization_pct
                        / 100.0
                        * on;
                    let retiring = f64::from(year) - 1.0 < life_end && life_end <= f64::from(year);
                    let residual = if retiring {
                        s.gpu_residual_pct / 100.0 * gpu_fleet_usd
                    } else {
                        0.0
                    };
                    let power = s.power_price_usd_per_mwh * HOURS_PER_YEAR * on;
                    (
                        revenue,
                        revenue * (1.0 - s.gpu_opex_pct / 100.0) - power + residual,
                    )
                }
            };
            convert += mined_during_build;
            YearFlows {
                year,
                hashprice_usd_per_ph_day: hashprice,
                mining_revenue_usd_per_mwh: revenue_per_mwh,
                keep_mining_usd: keep_mining,
                ai_revenue_usd: ai_revenue,
                convert_usd: convert,
            }
        })
        .collect();
    // A leased hall is worth its last year's cash over the exit cap rate, when the lease
    // covers the whole of that year and the cash is positive.
    let mut exit_usd = 0.0;
    if s.ai_mode == AiMode::HpcLease && s.exit_cap_rate_pct >= EXIT_CAP_RATE_MIN_PCT {
        if let Some(last) = years.last_mut() {
            let leased = share_of_year(last.year, build, build + s.lease_term_years);
            if leased >= 1.0 && last.convert_usd > 0.0 {
                exit_usd = last.convert_usd / (s.exit_cap_rate_pct / 100.0);
                last.convert_usd += exit_usd;
            }
        }
    }
    (capital_usd, years, exit_usd)
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
fn streams(capital_usd: f64, years: &[YearFlows]) -> (Vec<f64>, Vec<f64>) {
    let keep = std::iter::once(0.0)
        .chain(years.iter().map(|year| year.keep_mining_usd))
        .collect();
    let convert = std::iter::once(-capital_usd)
        .chain(years.iter().map(|year| year.convert_usd))
        .collect();
    (keep, convert)
}

/// Keep mining's NPV minus convert's, with today's BTC price `btc_usd`.
fn keep_minus_convert_npv(scenario: &Scenario, btc_usd: f64, rate: f64) -> f64 {
    let (capital, years, _) = project(scenario, btc_usd);
    let (keep, convert) = streams(capital, &years);
    npv(&keep, rate) - npv(&convert, rate)
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
    -keep_minus_convert_npv(
        scenario,
        scenario.btc_price_usd,
        scenario.discount_rate_pct / 100.0,
    )
}

/// Today's BTC price at which both paths of `scenario` (sanitized first) have the same
/// NPV, as in [`Decision::breakeven_btc_price_usd`].
pub fn breakeven_btc_price_usd(scenario: &Scenario) -> Option<f64> {
    breakeven_of_sanitized(&scenario.sanitized())
}

/// [`breakeven_btc_price_usd`] of a scenario already sanitized.
pub(crate) fn breakeven_of_sanitized(scenario: &Scenario) -> Option<f64> {
    // Keep mining's NPV never falls as the price rises, and convert's rises no faster (it
    // mines only before its hall is ready): bisect on the gap.
    let rate = scenario.discount_rate_pct / 100.0;
    let below = |btc: f64| keep_minus_convert_npv(scenario, btc, rate) < 0.0;
    let (low, high) = BREAKEVEN_SEARCH_USD;
    (below(low) && !below(high)).then(|| bisect(BREAKEVEN_SEARCH_USD, &below))
}

/// What each choice is worth for a scenario, without the IRRs, paybacks and break-even of
/// a [`Decision`]: for work that shows only these, several scenarios at a time (the paths).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Npvs {
    /// Keep mining's NPV, $ per MW.
    pub keep_mining_usd: f64,
    /// Convert's NPV, $ per MW.
    pub convert_usd: f64,
    /// Convert's minus keep mining's, $ per MW, summed as [`Decision::difference`] is, so
    /// that both give the same figure to the last digit.
    pub difference_usd: f64,
    /// Whether keeping the miners is idled every year: no year's margin over power pays
    /// for the machines and the other costs.
    pub always_idle: bool,
}

/// Convert's cash flows minus keep mining's, year by year: one function for the decision
/// and the paths, so that both sum the same flows.
fn difference_of(keep: &[f64], convert: &[f64]) -> Vec<f64> {
    convert.iter().zip(keep).map(|(c, k)| c - k).collect()
}

/// Whether keeping the miners is idled in every one of `years`.
fn idled_every_year(years: &[YearFlows]) -> bool {
    years.iter().all(|year| year.keep_mining_usd == 0.0)
}

impl Decision {
    /// Whether keeping the miners is idled every year: no year's margin over power pays for
    /// the machines and the other costs.
    pub fn always_idle(&self) -> bool {
        idled_every_year(&self.years)
    }
}

/// The [`Npvs`] of `scenario`, sanitized first: one projection.
pub fn npvs(scenario: &Scenario) -> Npvs {
    let scenario = scenario.sanitized();
    let rate = scenario.discount_rate_pct / 100.0;
    let (capital, years, _) = project(&scenario, scenario.btc_price_usd);
    let (keep, convert) = streams(capital, &years);
    let difference = difference_of(&keep, &convert);
    Npvs {
        keep_mining_usd: npv(&keep, rate),
        convert_usd: npv(&convert, rate),
        difference_usd: npv(&difference, rate),
        always_idle: idled_every_year(&years),
    }
}

/// The decision for `scenario`, sanitized first, so that any input gives finite figures.
pub fn decide(scenario: &Scenario) -> Decision {
    let scenario = scenario.sanitized();
    let rate = scenario.discount_rate_pct / 100.0;
    let (capital, years, exit_value_usd) = project(&scenario, scenario.btc_price_usd);
    let (keep, convert) = streams(capital, &years);
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
        exit_value_usd,
        running_totals,
        convert_capital_usd: capital,
        keep_mining: value(&keep, rate),
        convert: value(&convert, rate),
        difference: value(&difference, rate),
        breakeven_hashprice_usd_per_ph_day: breakeven_btc_price_usd
            .map(|price| hashprice_in(&scenario, price, 1)),
        breakeven_btc_price_usd,
        years,
        scenario,
    }
}
