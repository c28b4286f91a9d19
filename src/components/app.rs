//! The calculator: the standalone page, the embed, or a widget mounted by a script.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{media_matches, page_query, site_url_with};
use crate::chart::chart_data;
use crate::components::ai_mode_choice::AiChoiceParts;
use crate::components::chart_downloads;
use crate::components::headline::{AnswerFold, ANSWER_UNFOLDED_MEDIA};
use crate::components::number_control::number_controls;
use crate::components::{
    advanced_inputs, ai_mode_choice, article_check, cite_and_data, comparison_chart, data_note,
    decision_chart, decision_details, decision_figures, decision_headline, decision_inputs,
    glossary, headline, headline_details, paths_view, source_line, source_text, use_card,
    view_switch, CopyButton, EmbedCode, ScenarioPickers, WhereItFlips,
};
use crate::format::number;
use crate::hooks::use_embed_messages::Hosted;
use crate::hooks::{use_embed_messages, use_unique_id, use_url_sync};
use crate::model::decision::{horizon_years, npvs};
use crate::model::sensitivity::{map_y_input, Basis};
use crate::model::{compute, decide, AiMode, Input, Output, Side, SweepAxis};
use crate::newsroom::NewsroomWords;
use crate::state::{Action, Calculator, View};
use crate::url_state::{self, FrontControls, MAIN_INPUTS};
use crate::words::decision::verdict_sentence;

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The scenario of a widget mounted by a script, which leaves the page's address alone.
    /// Without it the app is the page: it reads and writes the address bar, and `embed=1`
    /// there asks for the compact embed layout.
    #[prop_or_default]
    pub mounted: Option<Calculator>,
    /// The first screen's state, when the full calculator takes over from it
    /// ([`crate::api::take_over`]).
    #[prop_or_default]
    pub resumed: Option<Resumed>,
    /// A mounted widget's newsroom words (its config's); an embed reads its own from its
    /// address, and the page shows none.
    #[prop_or_default]
    pub newsroom: Rc<NewsroomWords>,
}

/// What the first screen hands the full calculator: where it is, what the reader has
/// chosen there, and what they asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resumed {
    /// The widget's page (the embed layout), or the standalone page.
    pub widget: bool,
    /// What the address opened on, which the widget's Reset returns to.
    pub opened: Calculator,
    /// The reader's scenario, view and map axis.
    pub current: Calculator,
    /// Today's chart's axis.
    pub axis: SweepAxis,
    /// Whether the widget's More opens.
    pub more_open: bool,
}

/// Where the app lives, which decides its layout and what it talks to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Host {
    /// The standalone page.
    Page,
    /// The page with `embed=1`, usually inside an iframe.
    Embed,
    /// Rendered into an element by `mount()`.
    Mounted,
}

/// The page's inputs' id, which the lede's link goes to: on a phone they are below the
/// results, and the link is the way there from the first screen.
pub const INPUTS_ID: &str = "inputs";

/// The embed's title and subtitle, as a chart in an article has them.
const EMBED_TITLE: &str = "What is a megawatt worth?";
const EMBED_SUBTITLE: &str = "Mining Bitcoin or serving AI on the same power";

/// The whole calculator: controls, the comparison, the cards and the chart.
#[component]
pub fn App(props: &AppProps) -> Html {
    let host = use_state(|| match (props.mounted, props.resumed) {
        (Some(_), _) => Host::Mounted,
        (None, Some(resumed)) if resumed.widget => Host::Embed,
        (None, _) if url_state::is_embed(&page_query()) => Host::Embed,
        (None, _) => Host::Page,
    });
    let host = *host;
    // What the app opened on, from one reading of the address: the scenario ("Reset"
    // returns an embed to it, the editor's) and the embed's options, which belong to the
    // embed, not to the scenario.
    let opened = use_memo((), |_| {
        let query = page_query();
        let resumed = props.resumed.map(|resumed| resumed.opened);
        let calculator = props.mounted.or(resumed).unwrap_or_else(|| {
            let (scenario, presets) = url_state::decode(&query);
            Calculator {
                view: url_state::view_of(&query),
                map_y: url_state::map_y_of(&query),
                ..Calculator::new(scenario, presets)
            }
        });
        (
            calculator,
            url_state::embed_options(&query),
            url_state::front_controls_of(&query),
            Rc::new(NewsroomWords::of_query(&query)),
        )
    });
    let (opened, embed_options, front, embed_words) = &*opened;
    // Whether the page's answer opens its fold: read once (see `AnswerFold`).
    let unfolded = use_memo((), |_| media_matches(ANSWER_UNFOLDED_MEDIA));
    let state = use_reducer_eq(|| props.resumed.map_or(*opened, |resumed| resumed.current));
    // Options come from the embed page's address; a mounted widget leaves its host's alone.
    let front = if host == Host::Embed {
        *front
    } else {
        FrontControls::default()
    };
    let words = match host {
        Host::Embed => embed_words.clone(),
        Host::Mounted => props.newsroom.clone(),
        Host::Page => Rc::default(),
    };
    let query = url_state::with_view(
        &url_state::encode(&state.scenario, state.presets),
        state.view,
        state.map_y,
    );
    // What links and embeds carry: every input and the data's date, so that a published
    // figure does not move when the data are refreshed.
    let pinned_query = url_state::pinned_query(&state);
    let address_query = url_state::address_query(&state);
    use_url_sync(match host {
        Host::Embed => Some(url_state::with_embed(&address_query, embed_options)),
        Host::Page => Some(address_query),
        Host::Mounted => None,
    });
    let outcome = use_memo(state.scenario, compute);
    let axis = use_state_eq(|| {
        props
            .resumed
            .map_or(SweepAxis::BtcPrice, |resumed| resumed.axis)
    });
    // Opened once, at the hand-over, if the reader asked for it on the first screen.
    let more_open = props.resumed.is_some_and(|resumed| resumed.more_open);
    let chart = use_memo((state.scenario, *axis), |(scenario, axis)| {
        chart_data(scenario, *axis)
    });
    // The decision over the years only where it is shown or an embed tells its host:
    // today's view on a page does not pay for it.
    let decision_wanted = state.view == View::Years || host == Host::Embed;
    let decision = use_memo((state.scenario, decision_wanted), |(scenario, wanted)| {
        wanted.then(|| decide(scenario))
    });
    // Today's headline leads with the answer that counts capital and time: one projection,
    // without the decision's break-even search, and only where today's view is shown (the
    // years view leads with the decision's own sentence).
    let verdict = use_memo(
        (state.scenario, state.view == View::Today),
        |(scenario, today)| today.then(|| verdict_sentence(scenario, &npvs(scenario))),
    );
    // A named deal, whose headline says what it assumes.
    let deal = state
        .presets
        .get(Side::Ai)
        .filter(|preset| preset.sets_site());
    // Where the answer flips, on the view's basis.
    let basis = match state.view {
        View::Today => Basis::Today,
        View::Years => Basis::Years,
    };
    let map_y = map_y_input(state.map_y, state.scenario.ai_mode, basis);
    // Callbacks that stay the same from one render to the next (the reducer's dispatcher
    // does), so that controls whose values did not move are not rendered again: measured,
    // re-rendering every control on each slider input took the 4x-throttled input-to-chart
    // latency past a frame (`make bench`).
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let on_input = {
        let dispatch = dispatch.clone();
        use_callback((), move |(input, value): (Input, f64), _| {
            dispatch.emit(Action::SetInput(input, value));
        })
    };
    let root = use_node_ref();
    let ids = use_unique_id();
    use_embed_messages(
        match (host, props.resumed) {
            (Host::Embed, Some(_)) => Hosted::Resumed,
            (Host::Embed, None) => Hosted::Yes,
            _ => Hosted::No,
        },
        root.clone(),
        *state,
        outcome.clone(),
        decision.clone(),
        dispatch.reform(|(scenario, presets)| Action::Load(Box::new(scenario), presets)),
    );

    let scenario = outcome.scenario;
    // One tree for every host, so that the page carries its markup once.
    let page = host == Host::Page;
    let ai_title = match scenario.ai_mode {
        AiMode::HpcLease => "AI: HPC lease",
        AiMode::GpuCloud => "AI: GPU cloud",
    };
    let compact = !page;
    let fold = if compact {
        AnswerFold::Widget
    } else {
        AnswerFold::Page { open: *unfolded }
    };
    let reset = if compact {
        let opened = *opened;
        // The editor's scenario; the view and the map's axis stay the reader's.
        let restore =
            dispatch.reform(move |_| Action::Load(Box::new(opened.scenario), opened.presets));
        html! {
            <button type="button" data-testid="reset" onclick={restore}>
                { "Reset" }
            </button>
        }
    } else {
        html! {
            <button type="button" data-testid="reset" onclick={dispatch.reform(|_| Action::Reset)}>
                { "Reset to defaults" }
            </button>
        }
    };
    let front_inputs = front.main_inputs(true);
    let other_inputs = front.main_inputs(false);
    let controls = html! {
        <section
            class="controls"
            id={(!compact).then_some(INPUTS_ID)}
            aria-label={if compact { "More inputs" } else { "Inputs" }}
        >
            <ScenarioPickers
                presets={state.presets}
                modified={Side::ALL.map(|side| state.is_modified(side))}
                ai_mode={scenario.ai_mode}
                passthrough={scenario.lease_power_passthrough}
                with_ai_mode={!(compact && front.ai_mode)}
                onchange={dispatch.clone()}
            />
            if !compact {
                { number_controls(&MAIN_INPUTS, &scenario, state.loads, true, &on_input) }
            } else {
                { number_controls(&other_inputs, &scenario, state.loads, false, &on_input) }
            }
            { advanced_inputs(scenario, state.loads, &on_input) }
            if state.view == View::Years {
                { decision_inputs(&ids, scenario, state.loads, &on_input, &dispatch) }
            }
            <div class="actions">
                if !compact {
                    { reset.clone() }
                }
                // A mounted widget leaves links to its host page.
                if host != Host::Mounted {
                    <CopyButton
                        text={site_url_with(&pinned_query)}
                        label="Copy link"
                        copied="Link copied."
                        testid="copy-link"
                    />
                }
                if page {
                    <EmbedCode query={query.clone()} pinned_query={pinned_query.clone()} />
                }
                if host != Host::Mounted {
                    { cite_and_data(
                        &outcome,
                        state.presets,
                        &chart,
                        state.data_as_of(),
                        site_url_with(&pinned_query),
                    ) }
                }
            </div>
        </section>
    };
    let cards = html! {
        <div class="cards">
            { use_card(
                "Bitcoin mining",
                "mining",
                &outcome,
                [
                    Output::MiningRevenuePerMwh,
                    Output::MiningPowerCostPerMwh,
                    Output::MiningMarginPerMwh,
                    Output::MiningMarginMwYear,
                    Output::MiningMarginSiteYear,
                ],
                Output::MiningBreakevenPower,
            ) }
            { use_card(
                ai_title,
                "ai",
                &outcome,
                [
                    Output::AiRevenuePerMwh,
                    Output::AiPowerCostPerMwh,
                    Output::AiMarginPerMwh,
                    Output::AiMarginMwYear,
                    Output::AiMarginSiteYear,
                ],
                Output::AiBreakevenPower,
            ) }
        </div>
    };
    let years = match (state.view, &*decision) {
        (View::Years, Some(decision)) => Some(decision),
        _ => None,
    };
    // The headline and the chart of the view shown; on the page, the figures too.
    let lead = match years {
        Some(decision) => html! {
            <>
                { decision_headline(decision, deal, fold) }
                { decision_chart(&ids, decision) }
                if !compact {
                    { decision_figures(decision) }
                    { paths_view(&ids, &scenario, &dispatch) }
                }
            </>
        },
        None => html! {
            <>
                { headline(&outcome, (*verdict).as_deref().unwrap_or_default(), deal, fold) }
                { comparison_chart(&ids, &chart, &axis) }
                // The check of one article's claims is the page's: an embed sits in
                // another article.
                if page {
                    { cards.clone() }
                    { article_check(&ids, &outcome) }
                }
            </>
        },
    };
    let flips = html! {
        <WhereItFlips inputs={(state.scenario, basis, map_y)} ondispatch={dispatch.clone()} />
    };
    let switch = view_switch(state.view, horizon_years(&scenario), &dispatch);
    // What each chart's downloads describe: the page's and the embed's charts offer them; a
    // widget that `mount()` renders leaves them to its host.
    if host != Host::Mounted {
        chart_downloads::show(*state, words.clone());
    }
    if compact {
        return html! {
            <main class="calculator compact" ref={root}>
                <header class="embed-head">
                    <div>
                        <h2 class="embed-title" data-testid="embed-title">
                            { if words.title.is_empty() { EMBED_TITLE } else { &words.title } }
                        </h2>
                        <p class="embed-subtitle">{ EMBED_SUBTITLE }</p>
                    </div>
                    { reset }
                </header>
                { switch }
                { lead }
                if !front_inputs.is_empty() || front.ai_mode {
                <section class="controls front" aria-label="Inputs">
                    { number_controls(&front_inputs, &scenario, state.loads, true, &on_input) }
                    if front.ai_mode {
                        { ai_mode_choice(
                            &ids,
                            scenario.ai_mode,
                            scenario.lease_power_passthrough,
                            AiChoiceParts::Mode,
                            &dispatch,
                        ) }
                    }
                </section>
                }
                <details class="more" data-testid="more" open={more_open}>
                    <summary>{ "More: inputs, figures, the map" }</summary>
                    if let Some(decision) = years {
                        { decision_details(decision) }
                        { decision_figures(decision) }
                    } else {
                        // The cards' labels name their bases, and the headline says that
                        // no capital is counted: the page's longer explanation stays there.
                        { headline_details(&outcome) }
                        { cards }
                    }
                    { flips }
                    { controls }
                </details>
                <footer class="compact-footer">
                    <p class="note newsroom-notes" data-testid="newsroom-notes" hidden={words.notes.is_empty()}>
                        { words.notes.clone() }
                    </p>
                    { source_line(&words.credited(&source_text(&state))) }
                    if host == Host::Embed {
                        <a
                            href={site_url_with(&pinned_query)}
                            target="_blank"
                            rel="noopener"
                            data-testid="open-full"
                        >
                            { "Open in full calculator" }
                        </a>
                    }
                </footer>
            </main>
        };
    }
    // Only the page says these at length; the embed has its source line.
    let explanation = html! {
        <p class="note">
            { "Mining's figures per MWh are per MWh of grid power the miners use; AI's are per MWh of grid capacity, since a lease is paid on contracted capacity and a GPU cloud draws power every hour. Per MW a year and per site: per MW of grid capacity; mining earns only while it runs (" }
            { number(scenario.uptime_pct, 0) }
            { "% uptime), AI every hour. Margin is revenue minus the power the operator pays for; no capital cost is counted." }
        </p>
    };
    let as_of = data_note(&state);
    html! {
        <main class="calculator standalone" ref={root}>
            <header>
                <h1>{ "What is a megawatt worth?" }</h1>
                <p class="lede">
                    { "Bitcoin mining or AI compute, on the same power. " }
                    <a href={format!("#{INPUTS_ID}")} data-testid="to-inputs">{ "Move the sliders" }</a>
                    { "; every figure updates." }
                </p>
            </header>
            <div class="layout">
                <div class="results">{ switch }{ lead }{ flips }</div>
                { controls }
            </div>
            <footer>
                if state.view == View::Today {
                    { explanation }
                }
                { as_of }
                { glossary() }
            </footer>
        </main>
    }
}
