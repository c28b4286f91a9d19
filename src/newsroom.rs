//! A newsroom's own words on its embed, as the embeds newsrooms already use let them set:
//! a title over the calculator's, notes under it and a credit before the source line.
//! Given as the embed's options (`title=`, `notes=`, `credit=` in its address, or the
//! script embed's attributes), as `mount()`'s config keys, or in the embed code's fields;
//! a downloaded chart repeats them. Text only: the page sets them as text, never markup;
//! line breaks, tabs and other control characters become single spaces, and each is cut
//! at its length, at a space where one is near, with an ellipsis.

/// Key of the newsroom's title, shown instead of the calculator's.
pub const KEY_TITLE: &str = "title";
/// Key of the newsroom's notes, shown under the calculator.
pub const KEY_NOTES: &str = "notes";
/// Key of the newsroom's credit, shown before the source line ("Chart: …").
pub const KEY_CREDIT: &str = "credit";

/// Each text option's key and its longest length in characters: a headline's, a few
/// sentences', a byline's.
pub const TEXT_OPTIONS: [(&str, usize); 3] =
    [(KEY_TITLE, 100), (KEY_NOTES, 300), (KEY_CREDIT, 100)];

/// A newsroom's words; each is empty where none is given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewsroomWords {
    /// The embed's title.
    pub title: String,
    /// Notes under the calculator: the newsroom's caveats or sources.
    pub notes: String,
    /// Who made the chart, as the newsroom credits it.
    pub credit: String,
}

impl NewsroomWords {
    /// The words that `value` gives for each key, the first of each: `value(key)` is the
    /// raw text, if any.
    pub fn from_values(mut value: impl FnMut(&str) -> Option<String>) -> Self {
        let mut word = |(key, limit): (&str, usize)| {
            value(key)
                .map(|raw| cleaned(&raw, limit))
                .unwrap_or_default()
        };
        let [title, notes, credit] = TEXT_OPTIONS.map(&mut word);
        Self {
            title,
            notes,
            credit,
        }
    }

    /// The words a query string gives, the first pair of each key.
    pub fn of_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        Self::from_values(|wanted| {
            form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == wanted)
                .map(|(_, value)| value.into_owned())
        })
    }

    /// The word of `key`, one of [`TEXT_OPTIONS`]' (none for another).
    pub fn word(&self, key: &str) -> &str {
        match key {
            KEY_TITLE => &self.title,
            KEY_NOTES => &self.notes,
            KEY_CREDIT => &self.credit,
            _ => "",
        }
    }

    /// Sets the word of `key`, as [`NewsroomWords::word`] reads it; another key sets none.
    pub fn set_word(&mut self, key: &str, words: String) {
        match key {
            KEY_TITLE => self.title = words,
            KEY_NOTES => self.notes = words,
            KEY_CREDIT => self.credit = words,
            _ => {}
        }
    }

    /// Each word given, with its key, in [`TEXT_OPTIONS`]' order.
    pub fn pairs(&self) -> impl Iterator<Item = (&'static str, &str)> {
        TEXT_OPTIONS
            .into_iter()
            .map(|(key, _)| (key, self.word(key)))
            .filter(|(_, words)| !words.is_empty())
    }

    /// The words as a query string (`title=…&credit=…`), empty where none is given.
    pub fn query(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.pairs())
            .finish()
    }

    /// `source`, the calculator's source line, after the newsroom's credit where it gives
    /// one: "Chart: {credit}. {source}", or the credit as it is where it names its role.
    pub fn credited(&self, source: &str) -> String {
        if self.credit.is_empty() {
            source.to_owned()
        } else {
            let stop = if self.credit.ends_with(['.', '!', '?', '\u{2026}']) {
                ""
            } else {
                "."
            };
            // A credit that names its own role ("Graphic: Jane Doe") keeps it.
            let labelled = self
                .credit
                .split_once(": ")
                .is_some_and(|(role, _)| !role.is_empty() && role.chars().count() <= 20);
            let prefix = if labelled { "" } else { "Chart: " };
            format!("{prefix}{}{stop} {source}", self.credit)
        }
    }
}

/// `raw` as text a page can show: control characters and runs of spaces made one space,
/// trimmed, and cut to at most `limit` characters (with the ellipsis), at the last space in
/// its last third where there is one, so that a word is not cut in two.
pub fn cleaned(raw: &str, limit: usize) -> String {
    let mut text = String::new();
    for character in raw.chars() {
        if character.is_whitespace() || character.is_control() {
            if !text.is_empty() && !text.ends_with(' ') {
                text.push(' ');
            }
        } else {
            text.push(character);
        }
    }
    let text = text.trim_end();
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let kept: String = text.chars().take(limit.saturating_sub(1)).collect();
    let cut = match kept.rfind(' ') {
        Some(space) if kept[..space].chars().count() >= limit * 2 / 3 => &kept[..space],
        _ => kept.as_str(),
    };
    format!("{}\u{2026}", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_text_on_one_line_within_their_length() {
        assert_eq!(cleaned("  Our\n\ttitle\u{0} here ", 100), "Our title here");
        assert_eq!(
            cleaned("<b>bold</b> & co", 100),
            "<b>bold</b> & co",
            "kept as text"
        );
        // Ten characters at most: nine and the ellipsis, at the space in the last third.
        assert_eq!(cleaned("abcdefg hijklm", 10), "abcdefg\u{2026}");
        // No space there: cut where it must be.
        assert_eq!(cleaned("abc defghijklmnop", 10), "abc defgh\u{2026}");
        assert_eq!(cleaned("\u{e9}\u{e9}\u{e9}\u{e9}", 3).chars().count(), 3);
        assert_eq!(cleaned("", 10), "");
    }

    #[test]
    fn the_words_round_trip_through_a_query_string() {
        let words = NewsroomWords {
            title: "Bitcoin & AI: who wins?".to_owned(),
            notes: String::new(),
            credit: "The Daily Example".to_owned(),
        };
        let query = words.query();
        assert_eq!(
            query,
            "title=Bitcoin+%26+AI%3A+who+wins%3F&credit=The+Daily+Example"
        );
        assert_eq!(NewsroomWords::of_query(&format!("?mw=5&{query}")), words);
        assert_eq!(NewsroomWords::of_query("mw=5"), NewsroomWords::default());
        assert_eq!(NewsroomWords::default().query(), "");
    }

    #[test]
    fn the_credit_comes_before_the_source() {
        let source = "Source: Mining vs AI calculator; data of 1 March 2026.";
        assert_eq!(NewsroomWords::default().credited(source), source);
        let credited = |credit: &str| {
            NewsroomWords {
                credit: credit.to_owned(),
                ..NewsroomWords::default()
            }
            .credited(source)
        };
        assert_eq!(
            credited("The Daily Example"),
            format!("Chart: The Daily Example. {source}")
        );
        assert_eq!(
            credited("J. Doe, Inc."),
            format!("Chart: J. Doe, Inc. {source}")
        );
        assert_eq!(
            credited("Graphic: Jane Doe"),
            format!("Graphic: Jane Doe. {source}")
        );
    }
}
