//! The article whose claims the page tests, and the claims on the basis they are made on.

/// Its title.
pub const TITLE: &str = "Bitcoin hashrate drops as miners switch to AI";

/// Where it was published.
pub const PUBLISHER: &str = "igcurrencynews.com";

/// Its address.
pub const URL: &str = "https://igcurrencynews.com/bitcoin-hashrate-drops-as-miners-switch-to-ai";

/// When it was published, as near as it can be dated.
pub const DATE_TEXT: &str = "about 23 March 2026";

/// The article's claim for mining, "$57 to $129 per megawatt": only sensible as revenue per
/// MWh of grid power the miners use (at the June 2026 hashprice, $56 at 21.2 J/TH and $126
/// at 9.5 J/TH), $.
pub const MINING_REVENUE_USD_PER_MWH: (f64, f64) = (57.0, 129.0);

/// The article's claim for AI, "$200 to $500 per megawatt": revenue per MWh of IT load, as
/// leases are quoted (the 2025-26 leases give $140-258 per IT MWh), $.
pub const AI_REVENUE_USD_PER_IT_MWH: (f64, f64) = (200.0, 500.0);
