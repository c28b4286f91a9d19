//! The page's address: reading it, building links from it, and rewriting its query string.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Location;

/// Whether the window matches the media query `query` now (false without a window).
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// The page's query string, with its `?`, or "" when it cannot be read.
pub fn page_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The address of this page with `query` as its query string.
pub fn page_url_with(query: &str) -> String {
    let location = web_sys::window().map(|window| window.location());
    let part = |read: fn(&Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|location| read(location).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}{}",
        part(Location::origin),
        part(Location::pathname),
        with_question_mark(query)
    )
}

/// The folder of the widget's page, beside the full site's page.
pub const WIDGET_FOLDER: &str = "embed/";

/// The address of the full calculator with `query` as its query string: this page, or from
/// the widget's page (in its folder [`WIDGET_FOLDER`]), the folder above it.
pub fn site_url_with(query: &str) -> String {
    let folder = page_directory_url();
    if !folder.ends_with(&format!("/{WIDGET_FOLDER}")) {
        return page_url_with(query);
    }
    let parent = folder
        .trim_end_matches('/')
        .rsplit_once('/')
        .map_or_else(|| folder.clone(), |(parent, _)| format!("{parent}/"));
    format!("{parent}{}", with_question_mark(query))
}

/// The address of the widget's page with `query` as its query string, from the full site's
/// page beside it.
pub fn widget_url_with(query: &str) -> String {
    format!(
        "{}{WIDGET_FOLDER}{}",
        page_directory_url(),
        with_question_mark(query)
    )
}

/// The address of the folder this page is in, ending in `/`, for files beside it.
pub fn page_directory_url() -> String {
    let page = page_url_with("");
    match page.rfind('/') {
        Some(slash) => page[..=slash].to_owned(),
        None => page,
    }
}

fn with_question_mark(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

/// Replaces the page's query string with `query` (without `?`), keeping its path, its
/// fragment and `history.state`, and adding no history entry. Does nothing when the query
/// string is `query` already.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = with_question_mark(query);
    if location.search().ok().as_deref() == Some(search.as_str()) {
        return;
    }
    let url = format!(
        "{}{search}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        // Whatever another script keeps in history.state stays there.
        let state = history.state().unwrap_or(JsValue::NULL);
        // A refused update leaves the old address, which still loads a valid scenario.
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}

/// Today's date in the reader's time zone, `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Offers `text` as a file called `file_name`, of type `mime`, made in the page (see
/// [`download_blob`]).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    download_blob(file_name, &blob)
}

/// Offers `blob` as a file called `file_name`: a blob URL on a link the page clicks, then
/// revoked. No request leaves the page, and the content security policy needs no
/// exception.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // After the click has handed the file to the browser.
    gloo_timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
