//! The decision chart: both paths' cumulative cash per MW, year by year, with the build
//! shaded, the halvings and a GPU cloud's renewals marked, convert's payback and the year
//! it overtakes keep mining.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::draw::{plot, CALLOUT_PX, SERIES_PX, TEXT_PX};
use super::room::{Area, Taken};
use super::style::ChartStyle;
use crate::format::{count, number, usd_sum};
use crate::model::decision::{RunningTotal, YEARS_PER_HALVING};
use crate::model::{AiMode, Decision};

/// What the y axis shows.
pub const CASH_Y_AXIS_TITLE: &str = "Cash so far, $ per MW, not discounted";

/// How strongly a halving's rule, a renewal's rule and the build's shade are drawn: light,
/// so that the grid and the lines stay on top; the legend draws them alike.
pub(super) const HALVING_ALPHA: f64 = 0.45;
pub(super) const RENEWAL_ALPHA: f64 = 0.7;
pub(super) const BUILD_ALPHA: f64 = 0.12;

/// What the x axis shows.
pub const CASH_X_AXIS_TITLE: &str = "Years from now";

/// Everything the decision chart shows, per MW of grid capacity.
#[derive(Debug, Clone, PartialEq)]
pub struct CashData {
    /// Both paths' running sums of cash at t = 0..N, undiscounted.
    pub totals: Vec<RunningTotal>,
    /// The years the hall takes to build, from now; it may outlast the horizon.
    pub build_years: f64,
    /// When each halving inside the horizon falls, years from now.
    pub halvings: Vec<f64>,
    /// When a GPU cloud buys a new fleet to replace a retiring one, years from now.
    pub gpu_renewals: Vec<f64>,
    /// When convert's cash has paid back its capital, years from now; none if it has no
    /// capital to pay back or does not within the horizon.
    pub payback_years: Option<f64>,
    /// Where converting's running total first catches up with keep mining's after falling
    /// behind it: years from now and the cash there. None if it never falls behind, or
    /// never catches up. Keep mining may pull ahead again later.
    pub overtaking: Option<(f64, f64)>,
    /// The AI path's name in a sentence.
    pub ai_mode: AiMode,
}

/// The chart's data for a decision.
pub fn cash_data(decision: &Decision) -> CashData {
    let scenario = &decision.scenario;
    let horizon = f64::from(decision.horizon_years);
    let halvings = (0..)
        .map(|index| scenario.years_to_halving + f64::from(index) * YEARS_PER_HALVING)
        .take_while(|year| *year <= horizon)
        .collect();
    let totals = decision.running_totals.clone();
    let convert_at = |years: f64| {
        // Linear within the year, as payback reads the running sum.
        let before = (years.floor() as usize).min(totals.len() - 1);
        let after = (before + 1).min(totals.len() - 1);
        let share = years - before as f64;
        totals[before].convert_usd
            + (totals[after].convert_usd - totals[before].convert_usd) * share
    };
    CashData {
        build_years: scenario.build_years,
        halvings,
        gpu_renewals: decision
            .gpu_purchases_years
            .iter()
            .skip(1)
            .copied()
            .collect(),
        payback_years: decision.convert.payback_years.filter(|years| *years > 0.0),
        overtaking: decision
            .difference
            .payback_years
            .filter(|years| *years > 0.0)
            .map(|years| (years, convert_at(years))),
        ai_mode: scenario.ai_mode,
        totals,
    }
}

/// How many steps a callout takes from the right of its ring to its left, looking for room.
const SLIDES: i32 = 4;
/// How many half lines a callout may move away from its ring, looking for room: beyond
/// them it would not read as the ring's. With [`SLIDES`], it bounds the search: measured
/// natively, the default chart draws in 0.05 ms, against 0.5 ms searching the whole plot
/// in eight slides.
const CALLOUT_STEPS_MAX: i32 = 12;

/// The payback and the overtaking over `horizon` years, each a point with its label, and a
/// shorter label for a plot with no room for it; one where they are the same point: the payback's cash is zero, so that
/// happens only where keep mining has earned nothing so far.
fn marks(
    data: &CashData,
    horizon: f64,
    (y_min, y_max): (f64, f64),
) -> Vec<((f64, f64), [String; 2])> {
    let close = |first: f64, second: f64| (first - second).abs() < horizon / 40.0;
    let mut marks = Vec::new();
    let mut merged = false;
    if let Some((years, cash)) = data.overtaking {
        let payback = data
            .payback_years
            .filter(|payback| close(*payback, years) && cash.abs() < (y_max - y_min) / 40.0);
        merged = payback.is_some();
        let (year, payback_year) = (number(years, 1), payback.map(|payback| number(payback, 1)));
        let labels = match payback_year {
            // Both years where they differ as written: one label must not move the payback.
            Some(payback) if payback != year => [
                format!("Pays back, year {payback}; overtakes, {year}"),
                format!("Pays back yr {payback}; overtakes yr {year}"),
            ],
            Some(_) => [
                format!("Pays back and overtakes, year {year}"),
                format!("Pays back; overtakes yr {year}"),
            ],
            None => [
                format!("Overtakes mining, year {year}"),
                format!("Overtakes yr {year}"),
            ],
        };
        marks.push(((years, cash), labels));
    }
    if let (Some(years), false) = (data.payback_years, merged) {
        let year = number(years, 1);
        marks.push((
            (years, 0.0),
            [
                format!("Pays back, year {year}"),
                format!("Pays back yr {year}"),
            ],
        ));
    }
    marks
}

/// "year 6.7": a time from now as a reader counts it.
fn year_text(years: f64) -> String {
    format!("year {}", number(years, 1))
}

/// What the chart shows, in words, for readers who cannot see it.
pub fn describe_cash(data: &CashData) -> String {
    let Some(last) = data.totals.last() else {
        return String::new();
    };
    let horizon = (data.totals.len() - 1) as f64;
    let within = count(horizon, "year");
    let start = data.totals[0].convert_usd;
    let converting = match data.ai_mode {
        AiMode::HpcLease => "Converting to an HPC lease",
        AiMode::GpuCloud => "Converting to a GPU cloud",
    };
    let mut text = format!(
        "Cash so far per MW over {within}, undiscounted. Keep mining ends at {}. {converting} starts at {} and ends at {}.",
        usd_sum(last.keep_mining_usd),
        usd_sum(start),
        usd_sum(last.convert_usd),
    );
    // After its payback a GPU cloud's renewal can take its cash so far below zero again.
    let below_again = data.payback_years.and_then(|payback| {
        (0..data.totals.len())
            .find(|year| *year as f64 > payback && data.totals[*year].convert_usd < 0.0)
    });
    text += &match (data.payback_years, below_again) {
        (Some(years), Some(again)) => format!(
            " It pays back its capital in {}, then falls below zero again in year {again}.",
            year_text(years)
        ),
        (Some(years), None) => format!(" It pays back its capital in {}.", year_text(years)),
        (None, _) if start < 0.0 => format!(" It does not pay back its capital within {within}."),
        (None, _) => String::new(),
    };
    let ends_behind = last.convert_usd < last.keep_mining_usd;
    text += &match data.overtaking {
        Some((years, _)) if ends_behind => format!(
            " It overtakes keep mining in {}, then falls behind again: keep mining ends ahead.",
            year_text(years)
        ),
        Some((years, _)) => format!(" It overtakes keep mining in {}.", year_text(years)),
        None if ends_behind => format!(" It does not catch up with keep mining within {within}."),
        None => " It is ahead of keep mining throughout.".to_owned(),
    };
    if data.build_years >= horizon {
        text += &format!(
            " The hall is still being built at the horizon: it takes {}.",
            count(data.build_years, "year")
        );
    } else if data.build_years > 0.0 {
        text += &format!(
            " The hall is built in the first {}.",
            count(data.build_years, "year")
        );
    }
    let halvings: Vec<String> = data.halvings.iter().map(|year| number(*year, 1)).collect();
    text += &match halvings.as_slice() {
        [] => String::new(),
        [one] => format!(" A halving at year {one}."),
        _ => format!(" Halvings at years {}.", halvings.join(", ")),
    };
    let renewals: Vec<String> = data
        .gpu_renewals
        .iter()
        .map(|year| number(*year, 1))
        .collect();
    text += &match renewals.as_slice() {
        [] => String::new(),
        [one] => format!(" New GPUs replace the first fleet at year {one}."),
        _ => format!(
            " New GPUs replace the fleet at years {}.",
            renewals.join(", ")
        ),
    };
    text
}

/// Draws the decision chart on `backend`, filling it.
pub fn draw_cash<DB: DrawingBackend>(
    backend: &mut DB,
    data: &CashData,
    style: &ChartStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let horizon = (data.totals.len().max(2) - 1) as f64;
    let values: Vec<f64> = data
        .totals
        .iter()
        .flat_map(|total| [total.keep_mining_usd, total.convert_usd])
        .collect();
    // Whole years only: a tick at 2.5 years would name no year of the table.
    let frame = plot(
        backend,
        style,
        (0.0, horizon),
        &values,
        |x| (x.fract() == 0.0).then(|| number(x, 0)),
        (CASH_X_AXIS_TITLE, CASH_Y_AXIS_TITLE),
    )?;
    let at = |x: f64, y: f64| frame.at(x, y);
    let y_max = frame.y_range.1;
    // What is drawn first (the shade, the rules, the lines and the rings) and where; the
    // labels are then placed where they cover none of it, nor each other.
    let lines: Vec<Vec<(i32, i32)>> = [
        (|total: &RunningTotal| total.keep_mining_usd) as fn(&RunningTotal) -> f64,
        |total: &RunningTotal| total.convert_usd,
    ]
    .iter()
    .map(|value| {
        data.totals
            .iter()
            .enumerate()
            .map(|(year, total)| at(year as f64, value(total)))
            .collect()
    })
    .collect();
    let mut taken = Taken::default();
    // A label clears a data line's edge, and a rule, by a pixel.
    let (series_margin, rule_margin) = (style.px(SERIES_PX / 2.0 + 1.0), style.px(1.0));
    for line in &lines {
        taken.line(line, series_margin);
    }
    let rule_x = |year: f64| at(year, y_max).0;
    // The rules apart: where nothing else has room, a callout may cross one (it is thin,
    // and shows between the letters), never a rule's own label.
    let mut rules = Taken::default();
    for year in data.halvings.iter().chain(&data.gpu_renewals) {
        rules.line(
            &[(rule_x(*year), frame.top), (rule_x(*year), frame.bottom)],
            rule_margin,
        );
    }
    let marks = marks(data, horizon, frame.y_range);
    let ring_px = style.px(6.0);
    for ((x, y), _) in &marks {
        let (ring_x, ring_y) = at(*x, *y);
        taken.area((
            ring_x - ring_px,
            ring_y - ring_px,
            ring_x + ring_px,
            ring_y + ring_px,
        ));
    }
    let inside = |area: Area| {
        area.0 >= frame.left
            && area.2 <= frame.right
            && area.1 >= frame.top
            && area.3 <= frame.bottom
    };

    // The payback and the overtaking first, each a label near its ring where it covers no
    // line, ring or other label, and no rule where it can; a thin line leads to a label
    // set further off. Then the rules' names, where room is left.
    let callout_height = style.px(CALLOUT_PX);
    let gap = style.px(9.0);
    let mut callouts = Vec::new();
    for ((x, y), words) in &marks {
        let center = at(*x, *y);
        // On one line, or where that finds no room (or is wider than the plot), a line for
        // each year of a shared label; then the same in short.
        let [long, short] = words;
        let layouts =
            [long, short].map(|words| [vec![words.as_str()], words.split("; ").collect()]);
        let tries = [false, true].into_iter().flat_map(|across_rules| {
            layouts
                .iter()
                .flatten()
                .map(move |lines| (across_rules, lines))
        });
        let found = tries.into_iter().find_map(|(across_rules, lines)| {
            let height = callout_height * lines.len() as i32;
            let width = lines
                .iter()
                .map(|line| style.text_width(line, CALLOUT_PX))
                .max()
                .unwrap_or(0);
            // Nearest first: above or below the ring, from its right to its left, then
            // beside it.
            // Not further than a few lines off: a label further away is not the ring's.
            let places = (0..=CALLOUT_STEPS_MAX)
                .map(|step| gap + step * callout_height / 2)
                .flat_map(|distance| {
                    let (above, below) = (center.1 - distance - height, center.1 + distance);
                    let middle = center.1 - height / 2;
                    let lefts = (0..=SLIDES)
                        .map(move |slide| center.0 + gap - (width + 2 * gap) * slide / SLIDES);
                    lefts
                        .clone()
                        .map(move |left| (left, above))
                        .chain(lefts.map(move |left| (left, below)))
                        .chain([
                            (center.0 + distance, middle),
                            (center.0 - distance - width, middle),
                        ])
                });
            let mut areas = places
                .map(|(left, top)| (left, top, left + width, top + height))
                .filter(|area| inside(*area));
            areas
                .find(|area| taken.is_free(*area) && (across_rules || rules.is_free(*area)))
                .map(|area| (area, lines.clone()))
        });
        let Some((area, lines)) = found else {
            continue;
        };
        taken.area(area);
        let nearest = (
            center.0.clamp(area.0, area.2),
            center.1.clamp(area.1, area.3),
        );
        let (dx, dy) = (nearest.0 - center.0, nearest.1 - center.1);
        let leader = (dx * dx + dy * dy > (2 * gap) * (2 * gap)).then(|| {
            let length = f64::from(dx * dx + dy * dy).sqrt();
            let from = (
                center.0 + (f64::from(dx) * f64::from(ring_px) / length).round() as i32,
                center.1 + (f64::from(dy) * f64::from(ring_px) / length).round() as i32,
            );
            taken.line(&[from, nearest], rule_margin);
            (from, nearest)
        });
        callouts.push((area, lines, leader));
    }

    let text_height = style.px(TEXT_PX);
    let edge = style.px(3.0);
    // Labels at the top or the foot of a rule (or of the shade), on its right or its left
    // (set to end by it, however wide the letters turn out): the first of `places` that
    // is free, each the rule's x, whether at the top, and whether on the right.
    let mut label = |backend: &mut DB, words: &str, places: &[(i32, bool, bool)]| {
        let width = style.text_width(words, TEXT_PX);
        let free = places.iter().map(|&(x, at_top, on_right)| {
            let top = if at_top {
                frame.top + edge
            } else {
                frame.bottom - edge - text_height
            };
            let left = if on_right { x + edge } else { x - edge - width };
            ((left, top, left + width, top + text_height), on_right)
        });
        let place = free
            .clone()
            .find(|(area, _)| inside(*area) && taken.is_free(*area) && rules.is_free(*area));
        match place {
            Some((area, on_right)) => {
                taken.area(area);
                let (anchor, x) = if on_right {
                    (HPos::Left, area.0)
                } else {
                    (HPos::Right, area.2)
                };
                backend.draw_text(
                    words,
                    &style.font(TEXT_PX, style.text, anchor, VPos::Top),
                    (x, area.1),
                )
            }
            None => Ok(()),
        }
    };
    // A light shade: the grid shows through it, and the lines are drawn over it. Named
    // inside it, at its top or its foot, where the name fits; the description names it in
    // any case.
    if data.build_years > 0.0 {
        let (shade_left, shade_right) = (at(0.0, y_max).0, rule_x(data.build_years.min(horizon)));
        backend.draw_rect(
            (shade_left, frame.top),
            (shade_right, frame.bottom),
            &style.ai.alpha(BUILD_ALPHA),
            true,
        )?;
        if style.text_width("Build", TEXT_PX) + 2 * edge <= shade_right - shade_left {
            label(
                backend,
                "Build",
                &[(shade_left, true, true), (shade_left, false, true)],
            )?;
        }
    }
    // Each halving a rule, named at its top on its right, else on its left, else at its
    // foot; each GPU renewal a rule in the AI colour, named at its foot first.
    let rule_kinds = [
        (
            &data.halvings,
            style.stroke(style.text, HALVING_ALPHA, 1.0),
            "Halving",
            true,
        ),
        (
            &data.gpu_renewals,
            style.stroke(style.ai, RENEWAL_ALPHA, 1.0),
            "New GPUs",
            false,
        ),
    ];
    for (years, rule, words, top_first) in rule_kinds {
        for year in years {
            let x = rule_x(*year);
            backend.draw_line((x, frame.top), (x, frame.bottom), &rule)?;
            label(
                backend,
                words,
                &[
                    (x, top_first, true),
                    (x, top_first, false),
                    (x, !top_first, true),
                    (x, !top_first, false),
                ],
            )?;
        }
    }
    for (color, line) in [style.mining, style.ai].into_iter().zip(&lines) {
        backend.draw_path(line.iter().copied(), &style.stroke(color, 1.0, SERIES_PX))?;
    }
    let ring = style.stroke(style.text, 1.0, 2.0);
    for ((x, y), _) in &marks {
        backend.draw_circle(at(*x, *y), ring_px as u32, &ring, false)?;
    }
    let font = style.font(CALLOUT_PX, style.text, HPos::Left, VPos::Top);
    for (area, lines, leader) in callouts {
        if let Some((from, to)) = leader {
            backend.draw_line(from, to, &style.stroke(style.text, 0.6, 1.0))?;
        }
        for (number, line) in lines.iter().enumerate() {
            backend.draw_text(
                line,
                &font,
                (area.0, area.1 + callout_height * number as i32),
            )?;
        }
    }
    backend.present()
}
