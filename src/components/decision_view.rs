//! The decision over time on the page: the answer with its fold of conditions, and the
//! cards of what each path is worth; the words are [`crate::words::decision`]'s.

use yew::prelude::*;

use crate::components::headline::AnswerFold;
use crate::components::{defined_figure, meaning_of};
use crate::model::{AiMode, Decision, DecisionOutput, Preset};
use crate::words::decision::{
    assumed_sentence, breakeven_npv_sentence, conditions_sentence, decision_sentence, figure_text,
    irr_note, keep_mining_note, outlook_sentence, LEFT_OUT,
};

/// The cards of the decision view: colour class, title for a lease and for a GPU cloud,
/// and the figures each shows.
const CARDS: [(&str, &str, &str, &[DecisionOutput]); 3] = [
    (
        "mining",
        "Keep mining",
        "Keep mining",
        &[DecisionOutput::NpvMining, DecisionOutput::EamMining],
    ),
    (
        "ai",
        "Convert: HPC lease",
        "Convert: GPU cloud",
        &[
            DecisionOutput::CapexAiPerMw,
            DecisionOutput::GpuFleetPerMw,
            DecisionOutput::NpvAi,
            DecisionOutput::IrrAi,
            DecisionOutput::PaybackAi,
            DecisionOutput::EamAi,
        ],
    ),
    (
        "difference",
        "Convert minus keep mining",
        "Convert minus keep mining",
        &[
            DecisionOutput::NpvGain,
            DecisionOutput::NpvSiteGain,
            DecisionOutput::IrrGain,
            DecisionOutput::PaybackGain,
            DecisionOutput::EamGain,
            DecisionOutput::BreakevenBtcNpv,
            DecisionOutput::BreakevenHashpriceNpv,
        ],
    ),
];

/// The answer in words and, on the page, in a fold (`fold`), its conditions and the
/// break-even, which the compact embed shows under "More" ([`decision_details`]). Only the
/// answer is a live region: a screen reader hears it again as inputs move, not the whole
/// paragraph. A plain function: it holds no state.
pub fn decision_headline(decision: &Decision, deal: Option<Preset>, fold: AnswerFold) -> Html {
    html! {
        <section class="headline" aria-label="Decision">
            <p class="sentence" data-testid="decision-sentence">
                <strong aria-live="polite">{ decision_sentence(decision) }</strong>
                { assumed_sentence(deal) }
            </p>
            // Folded on a phone, as today's figures are (`headline`).
            if let AnswerFold::Page { open } = fold {
                <details class="answer-more" data-testid="answer-more" {open}>
                    <summary>{ "What it assumes; the break-even" }</summary>
                    <p class="sentence">{ decision_conditions(decision) }</p>
                </details>
            }
        </section>
    }
}

/// What the compact embed's decision headline leaves for "More": the conditions and the
/// break-even.
pub fn decision_details(decision: &Decision) -> Html {
    html! { <p class="sentence">{ decision_conditions(decision) }</p> }
}

fn decision_conditions(decision: &Decision) -> Html {
    html! {
        <>
            { conditions_sentence(&decision.scenario) }
            { " " }
            { outlook_sentence(&decision.scenario) }
            { " " }
            <span data-testid="breakeven-npv-sentence">{ breakeven_npv_sentence(decision) }</span>
        </>
    }
}

/// The glossary's term that explains `output`, whose words sit beside its label.
fn term_of(output: DecisionOutput) -> Option<&'static str> {
    use DecisionOutput::*;
    match output {
        NpvMining | NpvAi | NpvGain | NpvSiteGain => Some("NPV (net present value)"),
        IrrAi | IrrGain | PaybackAi | PaybackGain => Some("IRR and payback"),
        EamMining | EamAi | EamGain => Some("Equivalent annual margin"),
        _ => None,
    }
}

/// The IRR note of the card `class`: converting's own IRR, or the difference's.
fn card_irr_note(decision: &Decision, class: &str) -> Option<String> {
    let rate_pct = decision.scenario.ai_discount_rate_pct;
    match class {
        "ai" => irr_note(
            "Converting's",
            DecisionOutput::IrrAi.value(decision),
            rate_pct,
        ),
        // The difference's NPV discounts each path at its own rate: its IRR tells the
        // answer against one rate only where both paths share it.
        "difference" if decision.scenario.discount_rate_pct == rate_pct => irr_note(
            "The difference's",
            DecisionOutput::IrrGain.value(decision),
            rate_pct,
        ),
        _ => None,
    }
}

/// The decision view's figures: a card per path and one for the difference with the
/// break-even, and what the model leaves out. A plain function: it holds no state.
pub fn decision_figures(decision: &Decision) -> Html {
    let gpu = decision.scenario.ai_mode == AiMode::GpuCloud;
    html! {
        <>
            <div class="cards">
                { for CARDS.iter().map(|(class, lease_title, gpu_title, outputs)| {
                    let title = if gpu { *gpu_title } else { *lease_title };
                    html! {
                        <section class={classes!("card", *class)} aria-label={title}>
                            <h2>{ title }</h2>
                            <dl>
                                { for outputs.iter().filter(|output| gpu || **output != DecisionOutput::GpuFleetPerMw).map(|output| defined_figure(
                                    output.label(),
                                    term_of(*output).and_then(meaning_of),
                                    figure_text(decision, *output),
                                    output.value(decision),
                                    output.id(),
                                )) }
                            </dl>
                            if *class == "mining" {
                                <p class="card-note" data-testid="keep-mining-note">{ keep_mining_note(decision) }</p>
                            }
                            if let Some(note) = card_irr_note(decision, class) {
                                <p class="card-note" data-testid={format!("{class}-irr-note")}>{ note }</p>
                            }
                        </section>
                    }
                }) }
            </div>
            <p class="note" data-testid="left-out">{ LEFT_OUT }</p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::decision::t0;

    /// NPV, IRR, payback and the equivalent margin each have the glossary's words beside
    /// them, every term the cards name being in the glossary.
    #[test]
    fn the_cards_terms_are_defined_where_they_appear() {
        let defined: Vec<DecisionOutput> = DecisionOutput::ALL
            .into_iter()
            .filter(|output| term_of(*output).and_then(meaning_of).is_some())
            .collect();
        for output in DecisionOutput::ALL {
            if let Some(term) = term_of(output) {
                assert!(meaning_of(term).is_some(), "{term} is in the glossary");
            }
        }
        for output in [
            DecisionOutput::NpvAi,
            DecisionOutput::IrrGain,
            DecisionOutput::PaybackAi,
            DecisionOutput::EamMining,
        ] {
            assert!(defined.contains(&output), "{output:?}");
        }
    }

    /// T0 converts for $10M and earns $1.5M a year for ten years: its IRR r solves
    /// 10 = 1.5 x (1 - (1 + r)^-10) / r, an annuity factor of 6.667, between 8% (6.710)
    /// and 8.5% (6.561): r = 8.14%, below its 10% rate (at which its NPV is
    /// 1.5 x 6.1446 - 10 = -$0.78M); at 6% it is above.
    #[test]
    fn the_irr_is_said_against_the_rate() {
        let decision = t0("");
        assert_eq!(
            card_irr_note(&decision, "ai").as_deref(),
            Some("Converting's IRR is below the 10% a year converting is discounted at.")
        );
        let cheaper = card_irr_note(&t0("airate=6"), "ai").expect("an IRR");
        assert!(cheaper.contains("IRR is above the 6% a year"), "{cheaper}");
        assert_eq!(card_irr_note(&decision, "mining"), None);
        // Both paths at 10%: the difference's IRR against it; at two rates, no verdict.
        assert!(card_irr_note(&decision, "difference").is_some());
        assert_eq!(card_irr_note(&t0("airate=6"), "difference"), None);
        assert_eq!(irr_note("Its", None, 8.0), None);
        let equal = irr_note("Its", Some(8.04), 8.0).expect("a note");
        assert!(equal.contains("IRR is equal to the 8% a year"), "{equal}");
    }
}
