//! The decision chart: both paths' cumulative cash per MW, year by year, with the build
//! shaded, the halvings and a GPU cloud's renewals marked, convert's payback and the year
//! it overtakes keep mining.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::draw::{plot, series, CALLOUT_PX, TEXT_PX};
use super::style::ChartStyle;
use crate::format::{count, number, usd_sum};
use crate::model::decision::{RunningTotal, YEARS_PER_HALVING};
use crate::model::{AiMode, Decision};

/// What the y axis shows.
pub const CASH_Y_AXIS_TITLE: &str = "Cash so far, $ per MW, not discounted";

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
    // Where the next label at the top of the plot may start.
    let mut free_from = frame.left;
    // A light shade: the grid shows through it, and the lines are drawn over it. Named at
    // its top where the name fits inside it; the description names it in any case.
    if data.build_years > 0.0 {
        let (shade_left, shade_right) =
            (at(0.0, y_max).0, at(data.build_years.min(horizon), y_max).0);
        backend.draw_rect(
            (shade_left, frame.top),
            (shade_right, frame.bottom),
            &style.ai.alpha(0.12),
            true,
        )?;
        let build_width = style.text_width("Build", TEXT_PX);
        if build_width + style.px(6.0) <= shade_right - shade_left {
            backend.draw_text(
                "Build",
                &style.font(TEXT_PX, style.text, HPos::Left, VPos::Top),
                (shade_left + style.px(3.0), frame.top + style.px(2.0)),
            )?;
            free_from = shade_left + build_width + style.px(9.0);
        }
    }
    // Each halving a rule; a label beside it where it does not run into the one before or
    // past the plot.
    let halving_rule = style.stroke(style.text, 0.45, 1.0);
    let label_width = style.text_width("Halving", TEXT_PX);
    for year in &data.halvings {
        let x = at(*year, y_max).0;
        backend.draw_line((x, frame.top), (x, frame.bottom), &halving_rule)?;
        let label_x = x + style.px(3.0);
        if label_x >= free_from && label_x + label_width <= frame.right {
            backend.draw_text(
                "Halving",
                &style.font(TEXT_PX, style.text, HPos::Left, VPos::Top),
                (label_x, frame.top + style.px(2.0)),
            )?;
            free_from = label_x + label_width + style.px(6.0);
        }
    }
    // Each GPU renewal a rule in the AI colour, labelled at the foot on its right, or on
    // its left near the plot's right edge, where the label fits.
    let renewal_rule = style.stroke(style.ai, 0.7, 1.0);
    let renewal_width = style.text_width("New GPUs", TEXT_PX);
    let mut foot_free_from = frame.left;
    for year in &data.gpu_renewals {
        let x = at(*year, y_max).0;
        backend.draw_line((x, frame.top), (x, frame.bottom), &renewal_rule)?;
        let right = x + style.px(3.0);
        let left = x - style.px(3.0) - renewal_width;
        let label_x = if right + renewal_width <= frame.right {
            right
        } else {
            left
        };
        if label_x >= foot_free_from {
            backend.draw_text(
                "New GPUs",
                &style.font(TEXT_PX, style.text, HPos::Left, VPos::Bottom),
                (label_x, frame.bottom - style.px(2.0)),
            )?;
            foot_free_from = label_x + renewal_width + style.px(6.0);
        }
    }
    for (color, value) in [
        (
            style.mining,
            (|total: &RunningTotal| total.keep_mining_usd) as fn(&RunningTotal) -> f64,
        ),
        (style.ai, |total: &RunningTotal| total.convert_usd),
    ] {
        let points: Vec<(f64, f64)> = data
            .totals
            .iter()
            .enumerate()
            .map(|(year, total)| (year as f64, value(total)))
            .collect();
        series(backend, &frame, style, color, &points)?;
    }

    // The payback and the overtaking, each a ring with its label; one where they are the
    // same point: the payback's cash is zero, so that happens only where keep mining has
    // earned nothing so far.
    let (y_min, y_max) = frame.y_range;
    let close = |first: f64, second: f64| (first - second).abs() < horizon / 40.0;
    let mut marks: Vec<((f64, f64), String)> = Vec::new();
    let mut merged = false;
    if let Some((years, cash)) = data.overtaking {
        let payback = data
            .payback_years
            .filter(|payback| close(*payback, years) && cash.abs() < (y_max - y_min) / 40.0);
        merged = payback.is_some();
        let label = match payback {
            // Both years where they differ as written: one label must not move the payback.
            Some(payback) if number(payback, 1) != number(years, 1) => format!(
                "Pays back, {}; overtakes, {}",
                year_text(payback),
                number(years, 1)
            ),
            Some(_) => format!("Pays back and overtakes, {}", year_text(years)),
            None => format!("Overtakes mining, {}", year_text(years)),
        };
        marks.push(((years, cash), label));
    }
    if let (Some(years), false) = (data.payback_years, merged) {
        marks.push(((years, 0.0), format!("Pays back, {}", year_text(years))));
    }
    let ring = style.stroke(style.text, 1.0, 2.0);
    let text_height = style.px(CALLOUT_PX);
    for (index, ((x, y), label)) in marks.iter().enumerate() {
        let center = at(*x, *y);
        backend.draw_circle(center, style.px(6.0) as u32, &ring, false)?;
        // Above the point for the first mark, below for the second, so two never meet;
        // right of the point where the label fits, else left of it, else as far left as
        // keeps it inside the plot; on the page's background, so that the lines and rules
        // it crosses do not run through its letters. A label wider than the plot (both
        // years, on a phone) takes a line for each.
        let lines: Vec<&str> = if style.text_width(label, CALLOUT_PX) > frame.right - frame.left {
            label.split("; ").collect()
        } else {
            vec![label.as_str()]
        };
        let height = text_height * lines.len() as i32;
        let gap = style.px(9.0);
        let top = if index == 0 {
            center.1 - gap - height
        } else {
            center.1 + gap
        };
        let width = lines
            .iter()
            .map(|line| style.text_width(line, CALLOUT_PX))
            .max()
            .unwrap_or(0);
        let left = if center.0 + gap + width <= frame.right {
            center.0 + gap
        } else if center.0 - gap - width >= frame.left {
            center.0 - gap - width
        } else {
            (frame.right - width).max(frame.left)
        };
        let pad = style.px(2.0);
        backend.draw_rect(
            (left - pad, top - pad),
            (left + width + pad, top + height + pad),
            &style.background.alpha(0.85),
            true,
        )?;
        let font = style.font(CALLOUT_PX, style.text, HPos::Left, VPos::Top);
        for (number, line) in lines.iter().enumerate() {
            backend.draw_text(line, &font, (left, top + text_height * number as i32))?;
        }
    }
    backend.present()
}
