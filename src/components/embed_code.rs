//! Ready-to-paste code that embeds the current scenario in another page.

use yew::prelude::*;

use web_sys::HtmlInputElement;

use crate::browser::{page_directory_url, widget_url_with};
use crate::chart::svg::escaped;
use crate::components::CopyButton;
use crate::hooks::use_unique_id;
use crate::newsroom::{NewsroomWords, KEY_NOTES, KEY_TITLE, TEXT_OPTIONS};

/// Props of [`EmbedCode`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedCodeProps {
    /// The scenario to embed as it differs from the latest data, as its query string
    /// without `?`: an embed of it follows each data refresh.
    pub query: AttrValue,
    /// The same scenario pinned: every input and the data's date, which an embed keeps.
    pub pinned_query: AttrValue,
}

/// The compact embed's height before it reports its own, in CSS pixels, as `embed.js`
/// reserves it (a test keeps the two equal): [`HEIGHT_WIDE_PX`] at [`WIDE_PX`] and wider,
/// [`HEIGHT_PER_NARROWER_PX`] more for each pixel narrower, where its words take more lines
/// (measured on the default scenario: 762-798 px from 480 to 720 px wide, 879 at 360).
pub const HEIGHT_WIDE_PX: u32 = 787;
/// See [`HEIGHT_WIDE_PX`].
pub const WIDE_PX: u32 = 480;
/// See [`HEIGHT_WIDE_PX`].
pub const HEIGHT_PER_NARROWER_PX: &str = "0.75";
/// The tallest height a message may give the frame, as in `embed.js`.
pub const HEIGHT_MAX_PX: u32 = 10000;
/// The lowest, as in `embed.js`.
pub const HEIGHT_MIN_PX: u32 = 200;

/// The frame's accessible name without a newsroom's title, as `embed.js` names its frames.
const FRAME_TITLE: &str = "Mining vs AI: what is a megawatt worth?";

/// The `<iframe>` snippet for the embed page at `src`, named `title` (a newsroom's, or
/// the calculator's where it is empty), and the few lines of script after it
/// that give the frame the height the embed reports (`mining-vs-ai:resize`, a finite number,
/// from the frame whose window sent it and from that frame's origin, clamped as `embed.js`
/// clamps it; the frame found by its window, as Datawrapper's snippets find theirs, so that
/// a page that wraps the snippet in its own tags does not lose it), so that it fits its
/// content and grows when More opens. Where a page strips the script, the frame keeps the
/// embed's measured height for the reader's screen width (its style), or, where styles are
/// stripped too, for wide screens; More then scrolls inside it. Each sandbox token is needed: scripts run the
/// calculator, same-origin lets it load its own module and wasm from its own server,
/// popups open "Open in full calculator" in a new tab outside the sandbox, and downloads
/// let the reader save the charts and the data.
pub fn iframe_snippet(src: &str, title: &str) -> String {
    let src = src.replace('&', "&amp;");
    let title = if title.is_empty() {
        FRAME_TITLE.to_owned()
    } else {
        escaped(title)
    };
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" \
         width=\"100%\" height=\"{HEIGHT_WIDE_PX}\" \
         style=\"border:0;max-width:720px;height:calc({HEIGHT_WIDE_PX}px + max(0px, ({WIDE_PX}px - 100vw) * {HEIGHT_PER_NARROWER_PX}))\" \
         loading=\"lazy\" referrerpolicy=\"no-referrer\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads\"></iframe>\n\
         <script>addEventListener(\"message\",function(e){{var d=e.data,h=d&&d.type===\"mining-vs-ai:resize\"&&d.height;\
         if(typeof h!==\"number\"||!isFinite(h)||h<=0)return;\
         [].forEach.call(document.querySelectorAll(\"iframe\"),function(f){{\
         if(f.contentWindow===e.source&&f.src.indexOf(e.origin+\"/\")===0)f.style.height=Math.min({HEIGHT_MAX_PX},Math.max({HEIGHT_MIN_PX},Math.ceil(h)))+\"px\"}})}})</script>"
    )
}

/// The script snippet: `embed.js` from `directory`, and a `<mining-vs-ai>` element whose
/// attributes are the keys and values of `query`, as [`url_state::encode`] writes it
/// (numbers and identifiers only, so nothing needs escaping), then a newsroom's `words`
/// (escaped).
///
/// [`url_state::encode`]: crate::url_state::encode
pub fn script_snippet(directory: &str, query: &str, words: &NewsroomWords) -> String {
    let attributes: String = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| format!(" {key}=\"{value}\""))
        .chain(
            words
                .pairs()
                .map(|(key, value)| format!(" {key}=\"{}\"", escaped(value))),
        )
        .collect();
    format!(
        "<script src=\"{directory}embed.js\" async></script>\n<mining-vs-ai{attributes}></mining-vs-ai>"
    )
}

/// An "Embed" button that unfolds both snippets for the scenario on screen, each with a
/// copy button, and a choice: keep today's figures (pinned, the default: an article quotes
/// the figures of its day) or follow the latest data.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let open = use_state_eq(|| false);
    let pinned = use_state_eq(|| true);
    // The fields as typed; the snippets carry them cleaned, as the embed cleans them.
    let typed = use_state_eq(NewsroomWords::default);
    let words = NewsroomWords::from_values(|key| Some(typed.word(key).to_owned()));
    let ids = use_unique_id();
    let panel_id = ids.id("embed-panel");
    let iframe_id = ids.id("embed-iframe");
    let script_id = ids.id("embed-script");
    let pin_id = ids.id("embed-pin");
    let query = if *pinned {
        &props.pinned_query
    } else {
        &props.query
    };
    let with_words = [query.as_str(), &words.query()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("&");
    let iframe = iframe_snippet(&widget_url_with(&with_words), &words.title);
    let script = script_snippet(&page_directory_url(), query, &words);
    // A field for each of the newsroom's words.
    let field = |(key, limit): (&'static str, usize)| {
        let label = match key {
            KEY_TITLE => "Title, instead of ours",
            KEY_NOTES => "Notes, under the calculator",
            _ => "Credit, before the source (\u{201c}Chart: \u{2026}\u{201d})",
        };
        let id = ids.id(&format!("embed-{key}"));
        let value = typed.word(key).to_owned();
        let oninput = {
            let typed = typed.clone();
            Callback::from(move |event: InputEvent| {
                let text = event.target_unchecked_into::<HtmlInputElement>().value();
                let mut changed = (*typed).clone();
                changed.set_word(key, text);
                typed.set(changed);
            })
        };
        html! {
            <>
                <label for={id.clone()}>{ label }</label>
                <input
                    type="text"
                    id={id}
                    maxlength={limit.to_string()}
                    data-testid={format!("embed-word-{key}")}
                    {value}
                    {oninput}
                />
            </>
        }
    };
    let on_pin = {
        let pinned = pinned.clone();
        Callback::from(move |_: Event| pinned.set(!*pinned))
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="embed-code">
            <button
                type="button"
                aria-expanded={open.to_string()}
                aria-controls={panel_id.clone()}
                data-testid="embed"
                onclick={on_toggle}
            >
                { "Embed" }
            </button>
            if *open {
                <div class="embed-panel" id={panel_id}>
                    <label class="choice" for={pin_id.clone()}>
                        <input
                            type="checkbox"
                            id={pin_id}
                            checked={*pinned}
                            data-testid="embed-pin"
                            onchange={on_pin}
                        />
                        { "Keep these figures when the data are refreshed" }
                    </label>
                    <p class="hint" data-testid="embed-pin-hint">
                        { if *pinned {
                            "The snippets pin every input and the date of the network data."
                        } else {
                            "The snippets follow the latest data: their figures change with each refresh."
                        } }
                    </p>
                    <fieldset class="embed-words">
                        <legend>{ "Your words (optional, plain text)" }</legend>
                        { for TEXT_OPTIONS.into_iter().map(field) }
                    </fieldset>
                    <label for={script_id.clone()}>{ "Script: resizes itself, several per page" }</label>
                    <textarea id={script_id} readonly=true rows="3" data-testid="embed-script" value={script.clone()} />
                    <CopyButton text={script} label="Copy script" copied="Script copied." testid="copy-script" />
                    <label for={iframe_id.clone()}>{ "Iframe: works where scripts are stripped" }</label>
                    <textarea id={iframe_id} readonly=true rows="4" data-testid="embed-iframe" value={iframe.clone()} />
                    <CopyButton text={iframe} label="Copy iframe" copied="Iframe copied." testid="copy-iframe" />
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo article shows the iframe snippet as the Embed button writes it, so that
    /// what the tests try on the demo is what a newsroom pastes.
    #[test]
    fn the_demo_article_pastes_the_iframe_snippet() {
        let demo = include_str!("../../static/embed-demo.html");
        let snippet = iframe_snippet("./embed/?deal=iren-microsoft", "");
        assert!(demo.contains(&snippet), "{snippet}");
    }

    #[test]
    fn snippets_carry_the_scenario() {
        let iframe = iframe_snippet("https://example.org/calc/?embed=1&btc=90000", "");
        assert!(iframe
            .starts_with("<iframe src=\"https://example.org/calc/?embed=1&amp;btc=90000\" title="));
        assert!(iframe.contains(
            "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads\""
        ));
        assert!(
            iframe.contains("</iframe>\n<script>"),
            "sized by its own script"
        );
        assert!(iframe.contains(&format!(" title=\"{FRAME_TITLE}\" ")));
        let named = iframe_snippet("https://example.org/calc/", "AI & \"mining\"");
        assert!(
            named.contains(" title=\"AI &amp; &quot;mining&quot;\" "),
            "{named}"
        );
        let script = script_snippet(
            "https://example.org/calc/",
            "preset=h100&btc=90000",
            &NewsroomWords::default(),
        );
        assert_eq!(
            script,
            "<script src=\"https://example.org/calc/embed.js\" async></script>\n\
             <mining-vs-ai preset=\"h100\" btc=\"90000\"></mining-vs-ai>"
        );
        let words = NewsroomWords {
            title: "\"AI\" <wins> & more".to_owned(),
            notes: String::new(),
            credit: "The Daily".to_owned(),
        };
        assert_eq!(
            script_snippet("https://example.org/calc/", "btc=90000", &words),
            "<script src=\"https://example.org/calc/embed.js\" async></script>\n\
             <mining-vs-ai btc=\"90000\" title=\"&quot;AI&quot; &lt;wins&gt; &amp; more\" credit=\"The Daily\"></mining-vs-ai>"
        );
    }

    /// The snippet reserves and clamps heights, and names its frame, as `embed.js` does.
    #[test]
    fn the_snippet_s_heights_are_embed_js_s() {
        let embed_js = include_str!("../../static/embed.js");
        assert!(embed_js.contains(&format!("'{FRAME_TITLE}'")));
        for (name, value) in [
            ("HEIGHT_WIDE_PX", HEIGHT_WIDE_PX.to_string()),
            ("WIDE_PX", WIDE_PX.to_string()),
            ("HEIGHT_PER_NARROWER_PX", HEIGHT_PER_NARROWER_PX.to_owned()),
            ("HEIGHT_MAX_PX", HEIGHT_MAX_PX.to_string()),
            ("HEIGHT_MIN_PX", HEIGHT_MIN_PX.to_string()),
        ] {
            assert!(
                embed_js.contains(&format!("const {name} = {value};")),
                "embed.js's {name} is {value}"
            );
        }
    }
}
