//! Where a label has room on a chart: what is already drawn (lines, rules, rings and other
//! labels) as boxes and segments in device pixels, so that a label is placed where it
//! covers none of them rather than painted over them.

use plotters_backend::BackendCoord;

/// A box in device pixels: left, top, right, bottom.
pub(super) type Area = (i32, i32, i32, i32);

/// What a label must not cover.
#[derive(Default)]
pub(super) struct Taken {
    areas: Vec<Area>,
    /// Each segment with the room it needs on either side, device pixels.
    segments: Vec<(BackendCoord, BackendCoord, i32)>,
}

impl Taken {
    /// Marks `area` as taken: a label or a ring.
    pub(super) fn area(&mut self, area: Area) {
        self.areas.push(area);
    }

    /// Marks the line through `points` as taken, and `margin` device pixels either side
    /// of it: a line is drawn wider than its centre.
    pub(super) fn line(&mut self, points: &[BackendCoord], margin: i32) {
        self.segments
            .extend(points.windows(2).map(|pair| (pair[0], pair[1], margin)));
    }

    /// Whether `area` covers nothing taken.
    pub(super) fn is_free(&self, area: Area) -> bool {
        !self.areas.iter().any(|taken| overlap(*taken, area))
            && !self.segments.iter().any(|(from, to, margin)| {
                let around = (
                    area.0 - margin,
                    area.1 - margin,
                    area.2 + margin,
                    area.3 + margin,
                );
                crosses(*from, *to, around)
            })
    }
}

fn overlap(first: Area, second: Area) -> bool {
    first.0 < second.2 && second.0 < first.2 && first.1 < second.3 && second.1 < first.3
}

/// Whether the segment from `from` to `to` passes through `area` (Liang-Barsky clipping,
/// after a cheaper look at the segment's bounding box, which rules most out).
fn crosses(from: BackendCoord, to: BackendCoord, area: Area) -> bool {
    if from.0.max(to.0) < area.0
        || from.0.min(to.0) > area.2
        || from.1.max(to.1) < area.1
        || from.1.min(to.1) > area.3
    {
        return false;
    }
    let (x0, y0) = (f64::from(from.0), f64::from(from.1));
    let (dx, dy) = (f64::from(to.0) - x0, f64::from(to.1) - y0);
    let (left, top, right, bottom) = (
        f64::from(area.0),
        f64::from(area.1),
        f64::from(area.2),
        f64::from(area.3),
    );
    let (mut enter, mut leave) = (0.0_f64, 1.0_f64);
    for (step, room) in [
        (-dx, x0 - left),
        (dx, right - x0),
        (-dy, y0 - top),
        (dy, bottom - y0),
    ] {
        if step == 0.0 {
            if room < 0.0 {
                return false;
            }
        } else {
            let at = room / step;
            if step < 0.0 {
                enter = enter.max(at);
            } else {
                leave = leave.min(at);
            }
        }
    }
    enter <= leave
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_crosses_a_box_it_enters_and_misses_one_it_passes() {
        let area = (10, 10, 20, 20);
        assert!(crosses((0, 15), (30, 15), area), "through");
        assert!(crosses((15, 15), (40, 40), area), "from inside");
        assert!(crosses((15, 0), (15, 30), area), "a rule through it");
        assert!(!crosses((0, 0), (30, 5), area), "above it");
        assert!(!crosses((25, 0), (25, 30), area), "a rule beside it");
        assert!(!crosses((0, 18), (18, 0), area), "past its corner");
        assert!(crosses((0, 20), (20, 0), area), "touching its corner");
    }

    #[test]
    fn a_box_is_free_of_what_it_does_not_cover() {
        let mut taken = Taken::default();
        taken.area((0, 0, 10, 10));
        taken.line(&[(0, 50), (100, 50)], 2);
        assert!(taken.is_free((20, 20, 40, 40)));
        assert!(!taken.is_free((5, 5, 15, 15)), "on a label");
        assert!(!taken.is_free((20, 40, 40, 60)), "on a line");
        assert!(taken.is_free((10, 10, 20, 20)), "edges touching");
        assert!(taken.is_free((20, 20, 40, 47)), "beside the line");
        assert!(!taken.is_free((20, 20, 40, 49)), "within its margin");
    }
}
