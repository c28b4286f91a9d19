//! What the native tests share: the base scenario T0 of `docs/model.md` ("Golden cases").

use mining_vs_ai::model::Scenario;
use mining_vs_ai::url_state::decode;

/// Base T0: every key of the decision's formulas set, so that their defaults do not matter.
/// Hashprice $45.00/PH/day, mining revenue $93.75/MWh at $50 of power; a $125 lease on a
/// $10M hall with nothing else; ten years at 10% for both paths; the machines on site worn
/// out, and replacements of the same 20 J/TH free.
pub const T0: &str = "btc=100000&hashrate=1000&subsidy=3.125&fees=0&pool=0&eff=20&mpue=1\
    &uptime=100&power=50&ai=lease&lease=125&passthru=1&apue=1&years=10&rate=10&airate=10\
    &halving=4&btcg=0&hashg=0&powerg=0&mopex=0&asicrem=0&neweff=20&asic=0&asiclife=4\
    &asicsale=0&capex=10&hallife=0&tenant=0&build=0&minebuild=0&esc=0&term=30&landlord=0\
    &haircut=0&exitcap=0";

/// T0 with `more` keys set over it (the first occurrence of a key counts, so `more` comes
/// first).
pub fn t0(more: &str) -> Scenario {
    decode(&format!("{more}&{T0}")).0
}
