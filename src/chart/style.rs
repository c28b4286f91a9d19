//! The chart's colours, line widths and fonts.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, FontFamily, FontStyle,
};

/// A colour as red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour at `alpha` opacity, as backends take it.
    pub(super) fn alpha(self, alpha: f64) -> BackendColor {
        BackendColor {
            alpha,
            rgb: (self.0, self.1, self.2),
        }
    }
}

/// Colours and scale of the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartStyle {
    /// Page background behind the chart.
    pub background: Rgb,
    /// Labels and axes.
    pub text: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// The mining series.
    pub mining: Rgb,
    /// The AI series.
    pub ai: Rgb,
    /// Device pixels per CSS pixel: fonts and strokes are multiplied by it.
    pub scale: f64,
    /// Whether the chart paints its background: not where the page's own shows through
    /// (an embed with `bg=transparent`, whose stylesheet sets [`BACKGROUND_FILL`] to
    /// `none`).
    pub fill_background: bool,
}

/// The custom property that, set to `none`, leaves the chart's background unpainted.
pub const BACKGROUND_FILL: &str = "--mva-background-fill";

impl Rgb {
    /// The colour of a CSS hex colour, `#rrggbb` or `#rgb`, with spaces around it allowed
    /// (browsers give custom properties as written); `None` for anything else.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let digits = text.trim().strip_prefix('#')?;
        let value = |index: usize, width: usize| {
            let part = digits.get(index * width..(index + 1) * width)?;
            let value = u8::from_str_radix(part, 16).ok()?;
            Some(if width == 1 { value * 17 } else { value })
        };
        let width = match digits.len() {
            6 => 2,
            3 => 1,
            _ => return None,
        };
        Some(Rgb(value(0, width)?, value(1, width)?, value(2, width)?))
    }
}

/// The stylesheet's custom properties the chart takes its colours from, in the order of
/// [`ChartStyle::from_properties`]: background, text, grid, mining, AI.
pub const COLOR_PROPERTIES: [&str; 5] = [
    "--mva-background",
    "--mva-text",
    "--mva-border",
    "--mva-mining",
    "--mva-ai",
];

impl ChartStyle {
    /// The style whose colours `property` gives for each of [`COLOR_PROPERTIES`], as the
    /// page's computed style or [`stylesheet_property`] gives them: the stylesheet is the
    /// one source of the page's and the chart's colours. `None` when one is missing or not
    /// a hex colour.
    pub fn from_properties(property: impl Fn(&str) -> Option<String>, scale: f64) -> Option<Self> {
        let color = |name: &str| property(name).and_then(|value| Rgb::from_hex(&value));
        let [background, text, grid, mining, ai] = COLOR_PROPERTIES;
        Some(Self {
            background: color(background)?,
            text: color(text)?,
            grid: color(grid)?,
            mining: color(mining)?,
            ai: color(ai)?,
            scale,
            fill_background: property(BACKGROUND_FILL).is_none_or(|fill| fill.trim() != "none"),
        })
    }

    /// The style a stylesheet's text gives the chart, light or dark, for drawings made
    /// outside a browser (tests, build-time drawings). `None` when it lacks a colour.
    pub fn from_stylesheet(css: &str, dark: bool, scale: f64) -> Option<Self> {
        Self::from_properties(|name| stylesheet_property(css, name, dark), scale)
    }

    pub(super) fn px(&self, css_px: f64) -> i32 {
        (css_px * self.scale).round() as i32
    }

    pub(super) fn stroke(&self, color: Rgb, alpha: f64, css_px: f64) -> Stroke {
        Stroke {
            color: color.alpha(alpha),
            width: self.px(css_px).max(1) as u32,
        }
    }

    /// The width of `text` at `css_px`, in device pixels, as the backend lays it out.
    pub(super) fn text_width(&self, text: &str, css_px: f64) -> i32 {
        self.font(css_px, self.text, HPos::Left, VPos::Top)
            .layout_box(text)
            .map_or(0, |((left, _), (right, _))| right - left)
    }

    pub(super) fn font(&self, css_px: f64, color: Rgb, h_pos: HPos, v_pos: VPos) -> Font {
        Font {
            color: color.alpha(1.0),
            size: css_px * self.scale,
            anchor: Pos::new(h_pos, v_pos),
            bold: false,
        }
    }
}

/// A line's colour and width in device pixels.
pub(super) struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A label's look; the backend draws the glyphs (the canvas, or SVG text).
pub(super) struct Font {
    color: BackendColor,
    size: f64,
    anchor: Pos,
    bold: bool,
}

impl Font {
    /// The same font in bold, as a downloaded chart's title is set.
    pub(super) fn bold(self) -> Self {
        Self { bold: true, ..self }
    }
}

impl BackendTextStyle for Font {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    /// An estimate, for backends that ask: average glyphs are about 0.6 em wide.
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        let width = (text.chars().count() as f64 * self.size * 0.6) as i32;
        Ok(((0, 0), (width, self.size as i32)))
    }

    /// Backends that cannot draw text themselves get nothing: both of ours can.
    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}

/// The value a stylesheet's text gives the custom property `name` on `:root`: in the dark
/// theme's `@media (prefers-color-scheme: dark)` block first when `dark`, else (or when that
/// block does not set it) in the first plain `:root` block.
pub fn stylesheet_property(css: &str, name: &str, dark: bool) -> Option<String> {
    let dark_root = css
        .find("prefers-color-scheme: dark")
        .and_then(|media| root_block(&css[media..]));
    let light_root = root_block(css);
    let in_block = |block: &str| {
        let start = block.find(&format!("{name}:"))? + name.len() + 1;
        let value = &block[start..];
        Some(value[..value.find(';')?].trim().to_owned())
    };
    dark.then_some(dark_root)
        .flatten()
        .and_then(in_block)
        .or_else(|| light_root.and_then(in_block))
}

/// The declarations of the first `:root { ... }` block in `css`.
fn root_block(css: &str) -> Option<&str> {
    let start = css.find(":root")?;
    let open = start + css[start..].find('{')? + 1;
    let close = open + css[open..].find('}')?;
    Some(&css[open..close])
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = ":root {\n  --text: #111111;\n  --mining: #0062a3;\n}\n\
        @media (prefers-color-scheme: dark) {\n  :root {\n    --text: #eee;\n  }\n}\n";

    #[test]
    fn hex_colours_are_read_and_the_rest_refused() {
        assert_eq!(Rgb::from_hex(" #0062a3"), Some(Rgb(0x00, 0x62, 0xa3)));
        assert_eq!(Rgb::from_hex("#eee"), Some(Rgb(0xee, 0xee, 0xee)));
        for bad in [
            "",
            "#",
            "0062a3",
            "#0062a",
            "#00g2a3",
            "rgb(0, 0, 0)",
            "#0062a3ff",
        ] {
            assert_eq!(Rgb::from_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_dark_block_overrides_the_light_one_and_falls_back_to_it() {
        assert_eq!(
            stylesheet_property(CSS, "--text", false).as_deref(),
            Some("#111111")
        );
        assert_eq!(
            stylesheet_property(CSS, "--text", true).as_deref(),
            Some("#eee")
        );
        assert_eq!(
            stylesheet_property(CSS, "--mining", true).as_deref(),
            Some("#0062a3")
        );
        assert_eq!(stylesheet_property(CSS, "--ai", false), None);
    }
}
