//! Today's answer on the page: the sentences, and the key figures behind them in a fold;
//! the words are [`crate::words::today`]'s.

use yew::prelude::*;

use crate::components::figure;
use crate::model::{Outcome, Preset};
use crate::words::decision::assumed_sentence;
use crate::words::today::{
    breakeven_sentence, comparison_sentence, key_figure_texts, margins_sentence,
};

/// The page's fold under its answer, as the static shell writes it too.
pub const ANSWER_MORE: &str = "Margins, break-even and figures";

/// Where the fold is open, as the stylesheet lays it out: wider than a phone. (Open, not
/// only shown by the stylesheet, so that a screen reader hears it expanded, and so that a
/// browser that cannot style a fold's content shows it.)
pub const ANSWER_UNFOLDED_MEDIA: &str = "(min-width: 30.0625rem)";

/// Where an answer's details go: under the widget's "More", or in the page's fold under the
/// answer, open or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerFold {
    /// The compact widget's: its "More" has them.
    Widget,
    /// The page's fold, open where the window matches [`ANSWER_UNFOLDED_MEDIA`] (read once
    /// by the page: a media query per render measured as a cost at 4x CPU throttle).
    Page { open: bool },
}

/// The headline: the answer that counts capital and time (`verdict`, the years view's), what
/// a named `deal` assumes, and today's gap as the second sentence; then, on the page, in a
/// fold (`fold`), the margins, the break-even sentence and the figures behind them; the
/// compact embed shows those under "More" ([`headline_details`]). A plain function: it
/// holds no state.
pub fn headline(outcome: &Outcome, verdict: &str, deal: Option<Preset>, fold: AnswerFold) -> Html {
    html! {
        <section class="headline" aria-label="Comparison">
            <p class="sentence" data-testid="headline" aria-live="polite">
                <strong data-testid="verdict">{ verdict.to_owned() }</strong>
                { assumed_sentence(deal) }
                { " " }
                <span data-testid="today-sentence">{ comparison_sentence(outcome) }</span>
            </p>
            // On a phone the margins, the break-even and the figures fold under the answer,
            // so that the chart is on the first screen; wider, the fold is open.
            if let AnswerFold::Page { open } = fold {
                <details class="answer-more" data-testid="answer-more" {open}>
                    <summary>{ ANSWER_MORE }</summary>
                    <p class="sentence">{ margins_text(outcome) }{ " " }{ breakeven_text(outcome) }</p>
                    { key_figures(outcome) }
                </details>
            }
        </section>
    }
}

/// What the compact embed's headline leaves for "More": the margins, the break-even and
/// the figures behind the comparison.
pub fn headline_details(outcome: &Outcome) -> Html {
    html! {
        <section class="headline" aria-label="Break-even">
            <p class="sentence">{ margins_text(outcome) }{ " " }{ breakeven_text(outcome) }</p>
            { key_figures(outcome) }
        </section>
    }
}

fn margins_text(outcome: &Outcome) -> Html {
    html! { <span data-testid="margins-sentence">{ margins_sentence(outcome) }</span> }
}

fn breakeven_text(outcome: &Outcome) -> Html {
    html! { <span data-testid="breakeven-sentence">{ breakeven_sentence(outcome) }</span> }
}

/// The figures behind the headline, each with its output's label and id.
fn key_figures(outcome: &Outcome) -> Html {
    html! {
        <dl>
            { for key_figure_texts(outcome).into_iter().map(|(output, display)| {
                figure(output.label(), display, output.value(outcome), output.id())
            }) }
        </dl>
    }
}
