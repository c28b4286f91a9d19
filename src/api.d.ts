/** A scenario for `compute()` and `mount()`: every key is optional and read like the
 * calculator's URL (docs/data.md's inputs table gives units and ranges); unknown keys are
 * ignored. */
export interface Config {
  mw?: number | string;
  power?: number | string;
  btc?: number | string;
  hashrate?: number | string;
  subsidy?: number | string;
  fees?: number | string;
  pool?: number | string;
  eff?: number | string;
  mpue?: number | string;
  uptime?: number | string;
  lease?: number | string;
  gpu?: number | string;
  gpukw?: number | string;
  util?: number | string;
  apue?: number | string;
  years?: number | string;
  rate?: number | string;
  airate?: number | string;
  halving?: number | string;
  btcg?: number | string;
  hashg?: number | string;
  powerg?: number | string;
  mopex?: number | string;
  asicrem?: number | string;
  neweff?: number | string;
  asic?: number | string;
  asiclife?: number | string;
  capex?: number | string;
  hallife?: number | string;
  asicsale?: number | string;
  tenant?: number | string;
  build?: number | string;
  esc?: number | string;
  term?: number | string;
  landlord?: number | string;
  haircut?: number | string;
  exitcap?: number | string;
  gpucost?: number | string;
  gpulife?: number | string;
  gpudecl?: number | string;
  resid?: number | string;
  gpuopex?: number | string;
  /** How AI earns money: "lease" (HPC lease) or "gpu" (GPU cloud). */
  ai?: "lease" | "gpu";
  /** Whether a lease's tenant pays for power. */
  passthru?: boolean | 0 | 1 | "0" | "1";
  /** Whether the site mines until its hall is ready. */
  minebuild?: boolean | 0 | 1 | "0" | "1";
  /** A path for the BTC price and the hashrate, read before `btcg` and `hashg`: "bear",
   * "base" or "bull" (docs/calculator.md's paths table). */
  path?: "bear" | "base" | "bull";
  /** Presets by id, one per side (see docs/data.md's presets table). */
  data?: string;
  miner?: string;
  deal?: string;
  /** A preset of older links, read onto its side. */
  preset?: string;
  /** The date of the data snapshot the defaults come from, YYYY-MM-DD. */
  asof?: string;
  /** The view `mount()` opens on. */
  view?: "today" | "years";
  /** The decision map's second axis, by its input's key (docs/calculator.md, "Where the answer flips"). */
  mapy?: string;
  /** A newsroom's title, shown instead of the widget's (`mount()` only; plain text, at
   * most 100 characters, cut with an ellipsis beyond). */
  title?: string;
  /** A newsroom's notes under the widget (`mount()` only; plain text, at most 300). */
  notes?: string;
  /** A newsroom's credit before the source line, "Chart: …" (`mount()` only; plain
   * text, at most 100). */
  credit?: string;
}

/** One bar of a tornado: an input at each end of its plausible range, the others held.
 * The gap is AI's margin minus mining's per MW a year (today) or convert's NPV minus keep
 * mining's per MW (over the years), in $. */
export interface TornadoBar {
  "input": string;
  "label": string;
  "low": number;
  "high": number;
  "gap-at-low": number;
  "gap-at-high": number;
  /** The input's value where the answer flips, the one nearest the scenario's; `null`
   * where it does not flip within the range. */
  "flip": number | null;
}

/** `npv-gain` on each path of the BTC price and the hashrate (docs/calculator.md, "Under three paths"). */
export interface PathGains {
  "bear": number;
  "base": number;
  "bull": number;
}

/** The tornado of each view. */
export interface Tornadoes {
  "today": TornadoBar[];
  "years": TornadoBar[];
}

/** The decision map over the years: the gap (convert's NPV minus keep mining's per MW) at
 * each BTC price (`btc`, columns) and value of the second input (`y`, rows), and each row's
 * break-even BTC price (`null` where the row has none). */
export interface DecisionMap {
  "input": string;
  "btc": number[];
  "y": number[];
  "gaps": number[][];
  "breakevens": (number | null)[];
}

/** One year of the decision, per MW of grid capacity (the page's yearly table). */
export interface YearRow {
  "year": number;
  "hashprice": number;
  "mining-revenue-per-mwh": number;
  "mining-on-site": number;
  "mining-replacements": number;
  "mining-cash": number;
  "mining-cash-so-far": number;
  "ai-revenue": number;
  "machines-sold": number;
  "gpus-bought": number;
  "gpus-resold": number;
  "hall-value": number;
  "ai-cash": number;
  "ai-cash-so-far": number;
  "difference": number;
  "cumulative-difference": number;
}

/** Every output, keyed like the page's `data-testid`s; `null` where the page shows no
 * number. */
export interface Outputs {
  "margin-gap-mw-year": number | null;
  "ai-to-mining-ratio": number | null;
  "breakeven-btc": number | null;
  "breakeven-btc-after-halving": number | null;
  "breakeven-hashprice": number | null;
  "hashprice": number | null;
  "hashrate-per-mw": number | null;
  "gpus-per-mw": number | null;
  "mining-breakeven-power": number | null;
  "ai-breakeven-power": number | null;
  "mining-revenue-per-mwh": number | null;
  "mining-power-cost-per-mwh": number | null;
  "mining-margin-per-mwh": number | null;
  "mining-margin-mw-year": number | null;
  "mining-margin-site-year": number | null;
  "ai-revenue-per-mwh": number | null;
  "ai-power-cost-per-mwh": number | null;
  "ai-margin-per-mwh": number | null;
  "ai-margin-mw-year": number | null;
  "ai-margin-site-year": number | null;
  "ai-revenue-per-it-mwh": number | null;
  "npv-mining": number | null;
  "npv-ai": number | null;
  "npv-gain": number | null;
  "npv-site-gain": number | null;
  "irr-ai": number | null;
  "irr-gain": number | null;
  "payback-ai": number | null;
  "payback-gain": number | null;
  "eam-mining": number | null;
  "eam-ai": number | null;
  "eam-gain": number | null;
  "breakeven-btc-npv": number | null;
  "breakeven-hashprice-npv": number | null;
  "capex-ai-per-mw": number | null;
  "gpu-fleet-per-mw": number | null;
  /** The decision's years, 1 to the horizon. */
  years: YearRow[];
  /** `npv-gain` with the BTC price and the hashrate on each path, the rest as given. */
  paths: PathGains;
  /** The tornado of each view, widest swing first (`compute()` only). */
  tornado: Tornadoes;
  /** The decision map over the years, against the config's `mapy` (`compute()` only). */
  map: DecisionMap;
}
