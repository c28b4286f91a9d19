//! The address's keys that say how to show a scenario, not what it is: the view and the
//! map's axis, and an embed's theme, background, front controls, Pym.js's id and a
//! newsroom's words, which the embed keeps in front of the scenario when it rewrites its
//! address.

use super::{query_pairs, KEY_EMBED, KEY_MAP_Y, KEY_VIEW, PAIRS_MAX};
use crate::model::sensitivity::map_axis_with_key;
use crate::model::Input;
use crate::newsroom::NewsroomWords;
use crate::state::View;

/// Key of the embed's colours: `light` (its default, so that a light article never gets a
/// dark block), `dark`, or `auto` (the reader's system setting). Read before the app starts
/// by the embed page's own script, which marks the page with it.
pub const KEY_THEME: &str = "theme";
/// The themes [`KEY_THEME`] accepts.
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];
/// Key of the embed's background: `transparent` lets the article's show through.
pub const KEY_BACKGROUND: &str = "bg";
/// Key of the controls the embed shows in front of its "More" control: keys of the three
/// main inputs and `ai` (the lease / GPU cloud switch), comma-separated, or `none`.
pub const KEY_CONTROLS: &str = "controls";
/// The word of [`KEY_CONTROLS`] for the lease / GPU cloud switch.
pub const CONTROL_AI_MODE: &str = "ai";
/// The inputs everyone uses: in front by default, behind "More" when `controls` leaves
/// them out.
pub const MAIN_INPUTS: [Input; 3] = [Input::SiteMw, Input::PowerPrice, Input::BtcPrice];

/// What the embed shows in front of its "More" control.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrontControls {
    /// Whether each of [`MAIN_INPUTS`] is shown in front.
    pub inputs: [bool; 3],
    /// Whether the lease / GPU cloud switch is.
    pub ai_mode: bool,
}

impl Default for FrontControls {
    /// All of them.
    fn default() -> Self {
        Self {
            inputs: [true; 3],
            ai_mode: true,
        }
    }
}

impl FrontControls {
    /// The main inputs shown in front (`front` true) or behind "More" (false).
    pub fn main_inputs(self, front: bool) -> Vec<Input> {
        MAIN_INPUTS
            .into_iter()
            .zip(self.inputs)
            .filter(|&(_, shown)| shown == front)
            .map(|(input, _)| input)
            .collect()
    }

    /// As `controls=` writes it.
    fn key_value(self) -> String {
        let mut words = self
            .main_inputs(true)
            .into_iter()
            .map(Input::key)
            .collect::<Vec<_>>();
        if self.ai_mode {
            words.push(CONTROL_AI_MODE);
        }
        if words.is_empty() {
            "none".to_owned()
        } else {
            words.join(",")
        }
    }
}

/// The front controls a query string asks for with `controls=`, in their usual order.
/// Unknown words are left out; without the key, or with no word it knows, all of them.
pub fn front_controls_of(query: &str) -> FrontControls {
    let Some((_, value)) = query_pairs(query).find(|(key, _)| key == KEY_CONTROLS) else {
        return FrontControls::default();
    };
    let mut front = FrontControls {
        inputs: [false; 3],
        ai_mode: false,
    };
    let mut known = false;
    for word in value.split(',').map(str::trim) {
        if word == CONTROL_AI_MODE {
            front.ai_mode = true;
        } else if let Some(index) = MAIN_INPUTS.iter().position(|input| input.key() == word) {
            front.inputs[index] = true;
        } else if word != "none" {
            continue;
        }
        known = true;
    }
    if known {
        front
    } else {
        FrontControls::default()
    }
}

/// The embed's valid options in `query` (theme, background, front controls, the id Pym.js
/// gave it, and a newsroom's words, cleaned), as a query string that the embed keeps in
/// front of the scenario when it rewrites its address: the full calculator, which takes
/// over from the first screen after a rewrite, reads them there too.
pub fn embed_options(query: &str) -> String {
    let first = |wanted: &str| {
        query_pairs(query)
            .take(PAIRS_MAX)
            .find(|(key, _)| key == wanted)
            .map(|(_, value)| value)
    };
    let mut pairs = Vec::new();
    if let Some(theme) = first(KEY_THEME).filter(|theme| THEMES.contains(&theme.as_str())) {
        pairs.push(format!("{KEY_THEME}={theme}"));
    }
    if first(KEY_BACKGROUND).is_some_and(|background| background == "transparent") {
        pairs.push(format!("{KEY_BACKGROUND}=transparent"));
    }
    if first(KEY_CONTROLS).is_some() {
        pairs.push(format!(
            "{KEY_CONTROLS}={}",
            front_controls_of(query).key_value()
        ));
    }
    if let Some(id) = pym_child_id(query) {
        pairs.push(format!("childId={id}"));
    }
    let words = NewsroomWords::of_query(query).query();
    if !words.is_empty() {
        pairs.push(words);
    }
    pairs.join("&")
}

/// The id Pym.js gives the embed in its address (`childId`), which its resize messages
/// must carry; `None` unless it is 1 to 64 letters, digits, `-` or `_`.
pub fn pym_child_id(query: &str) -> Option<String> {
    let (_, id) = query_pairs(query).find(|(key, _)| key == "childId")?;
    let valid = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
    valid.then_some(id)
}

/// Whether a query string asks for the compact embed layout (`embed=1`).
pub fn is_embed(query: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').any(|pair| pair == "embed=1")
}

/// `query` with `embed=1` and the embed's `options` ([`embed_options`]) in front, so the
/// embed's layout and options survive rewriting the address.
pub fn with_embed(query: &str, options: &str) -> String {
    [format!("{KEY_EMBED}=1").as_str(), options, query]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("&")
}

/// The view a query string asks for (`view=years`), today's without one.
pub fn view_of(query: &str) -> View {
    query_pairs(query)
        .find(|(key, _)| key == KEY_VIEW)
        .and_then(|(_, value)| View::from_key(value.trim()))
        .unwrap_or_default()
}

/// The decision map's second axis a query string asks for (`mapy=lease`), if it names one
/// the map offers in either AI mode.
pub fn map_y_of(query: &str) -> Option<Input> {
    let (_, value) = query_pairs(query).find(|(key, _)| key == KEY_MAP_Y)?;
    map_axis_with_key(value.trim())
}

/// `query` with `key=value` at the end.
fn appended(query: &str, key: &str, value: &str) -> String {
    if query.is_empty() {
        format!("{key}={value}")
    } else {
        format!("{query}&{key}={value}")
    }
}

/// `query` with the view's key at the end when it is not today's, the default, then the
/// map's second axis if one was chosen.
pub fn with_view(query: &str, view: View, map_y: Option<Input>) -> String {
    let query = match view {
        View::Today => query.to_owned(),
        View::Years => appended(query, KEY_VIEW, view.key()),
    };
    match map_y {
        Some(input) => appended(&query, KEY_MAP_Y, input.key()),
        None => query,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::decode;

    #[test]
    fn the_view_is_read_and_written_after_the_scenario() {
        assert_eq!(view_of("?btc=90000&view=years"), View::Years);
        assert_eq!(view_of("view=%20years%20"), View::Years);
        assert_eq!(view_of("view=today&view=years"), View::Today);
        assert_eq!(view_of("view=decade"), View::Today);
        assert_eq!(view_of(""), View::Today);
        assert_eq!(
            with_view("btc=90000", View::Years, None),
            "btc=90000&view=years"
        );
        assert_eq!(with_view("", View::Years, None), "view=years");
        assert_eq!(with_view("btc=90000", View::Today, None), "btc=90000");
        assert_eq!(
            with_view("btc=90000", View::Years, Some(Input::HallCapex)),
            "btc=90000&view=years&mapy=capex"
        );
        assert_eq!(
            with_view("", View::Today, Some(Input::GpuPrice)),
            "mapy=gpu"
        );
    }

    #[test]
    fn the_maps_axis_is_read_only_where_the_map_offers_it() {
        assert_eq!(map_y_of("view=years&mapy=%20capex"), Some(Input::HallCapex));
        assert_eq!(map_y_of("mapy=util"), Some(Input::GpuUtilization));
        assert_eq!(map_y_of("mapy=btc"), None, "the x axis");
        assert_eq!(
            map_y_of("mapy=nonsense&mapy=rate"),
            None,
            "the first counts"
        );
        assert_eq!(map_y_of(""), None);
    }

    #[test]
    fn the_embed_flag_is_read_and_kept() {
        assert!(is_embed("?btc=1&embed=1"));
        assert!(!is_embed("?embed=0&xembed=1"));
        assert_eq!(with_embed("", ""), "embed=1");
        assert_eq!(with_embed("btc=90000", ""), "embed=1&btc=90000");
        assert_eq!(
            with_embed("btc=90000", "theme=dark"),
            "embed=1&theme=dark&btc=90000"
        );
        assert_eq!(
            decode(&with_embed("btc=90000", "theme=dark"))
                .0
                .btc_price_usd,
            90_000.0
        );
    }

    #[test]
    fn the_embed_keeps_only_valid_options_once_each() {
        assert_eq!(
            embed_options("btc=1&theme=dark&bg=transparent"),
            "theme=dark&bg=transparent"
        );
        assert_eq!(embed_options("?theme=auto&theme=light"), "theme=auto");
        assert_eq!(embed_options("theme=purple&bg=red&embed=1"), "");
        assert_eq!(embed_options("controls=ai,btc,bogus"), "controls=btc,ai");
        assert_eq!(embed_options("controls=none"), "controls=none");
        // A list of nothing it knows shows every control, and says so.
        assert_eq!(
            embed_options("controls=%3Cscript%3E"),
            "controls=mw,power,btc,ai"
        );
    }

    #[test]
    fn pym_s_child_id_is_read_only_when_safe() {
        assert_eq!(
            pym_child_id("embed=1&childId=chart-1_a"),
            Some("chart-1_a".to_owned())
        );
        assert_eq!(pym_child_id("childId=a%22b"), None);
        assert_eq!(pym_child_id("childId="), None);
        assert_eq!(pym_child_id(&format!("childId={}", "a".repeat(65))), None);
        assert_eq!(pym_child_id("btc=1"), None);
    }
}
