//! The network data snapshot: the network's figures on one date, each with its source,
//! from `data/snapshot.json` (written by `scripts/refresh-snapshot.mjs`). The build turns
//! the file into these constants; the defaults of the BTC price, the network hashrate and
//! the fees per block come from them.

include!(concat!(env!("OUT_DIR"), "/snapshot.rs"));
