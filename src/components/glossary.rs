//! The words of the trade the page uses, in plain English.

use yew::prelude::*;

/// Each term and what it means here.
const TERMS: [(&str, &str); 14] = [
    (
        "MW and MWh",
        "A megawatt (MW) is a rate of power, a site's size; a megawatt-hour (MWh) is energy, one MW for one hour. A MW used all year is 8,760 MWh.",
    ),
    (
        "Grid power and IT load",
        "Grid power is what the site draws; IT load is what the servers or miners draw. The rest goes to cooling and conversion.",
    ),
    (
        "PUE",
        "Power usage effectiveness: grid power over IT load. 1.2 means 0.2 MW of cooling and losses for each MW of servers.",
    ),
    (
        "Hashrate: TH/s, PH/s, EH/s",
        "Mining speed: trillions (TH), thousands of trillions (PH) and millions of trillions (EH) of hashes a second. A miner earns its share of the whole network's hashrate.",
    ),
    (
        "J/TH",
        "Joules per terahash: the energy a miner spends per unit of work. Lower is better; new machines run at 9.5-17.5.",
    ),
    (
        "Hashprice",
        "What 1 PH/s of mining earns in a day, in $/PH/day: the BTC price, the block subsidy and fees, divided among the network's hashrate.",
    ),
    (
        "Block subsidy and halving",
        "The new bitcoin paid for each block, 3.125 BTC since April 2024. It halves every 210,000 blocks, about every four years; the next halving is expected in 2028.",
    ),
    (
        "Pool fee and FPPS",
        "Miners join pools that pay them steadily; an FPPS (full pay per share) pool pays for subsidy and fees and keeps a fee of 2-4%.",
    ),
    (
        "HPC lease and $/kW-month",
        "A tenant rents powered, cooled space for its own AI servers (high-performance computing) and pays per kW of IT load per month.",
    ),
    (
        "Triple-net and pass-through",
        "Under a triple-net lease the tenant also pays for power, taxes and upkeep; with power passed through, the operator bears no power cost.",
    ),
    (
        "NPV (net present value)",
        "What a stream of yearly cash is worth today: each year's cash divided by (1 + the discount rate) for each year it waits, added up, capital counted as a minus now.",
    ),
    (
        "IRR and payback",
        "The internal rate of return is the discount rate at which the NPV is zero: the yearly return on the capital. Payback is how long the cash takes to repay it, not discounted.",
    ),
    (
        "Equivalent annual margin",
        "The NPV spread evenly over the years at the discount rate: a yearly figure that counts capital and time, to set beside today's margin per MW a year.",
    ),
    (
        "GPU cloud",
        "The operator buys GPUs and sells their hours itself. It earns far more per MW than a lease, and spends tens of millions of dollars per MW on GPUs, which today's view does not count and the view over the years does.",
    ),
];

/// The glossary's words for `term`, to show where the term is used; none for a term it
/// does not have.
pub fn meaning_of(term: &str) -> Option<&'static str> {
    TERMS
        .iter()
        .find(|(name, _)| *name == term)
        .map(|(_, meaning)| *meaning)
}

/// A folded list of the terms. A plain function: it holds no state.
pub fn glossary() -> Html {
    html! {
        <details class="glossary" data-testid="glossary">
            <summary>{ "Words used here" }</summary>
            <dl>
                { for TERMS.into_iter().map(|(term, meaning)| html! {
                    <>
                        <dt>{ term }</dt>
                        <dd>{ meaning }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}
