//! A fix as a button, and a finding's citations as a disclosure: shared by the findings
//! panel and the catalog browser so a reason looks the same everywhere.

use leptos::prelude::*;

use crate::domain::rules::{Citation, Fix};
use crate::state::{use_language, use_store};
use crate::ui::disclosure::Disclosure;

/// One fix; its label says what it changes and any error it would raise.
#[component]
pub fn FixButton(
    /// The fix.
    fix: Fix,
    /// Out of the Tab order (a catalog item's second fix, reached with the arrow keys).
    #[prop(optional)]
    secondary: bool,
) -> impl IntoView {
    let store = use_store();
    let language = use_language().get_untracked();
    let action = fix.action.clone();
    let (label, warning) = store.words(language, |words| {
        let warning = (!fix.introduces.is_empty()).then(|| {
            let sentences: Vec<String> = fix.introduces.iter().map(|effect| words.side_effect(effect)).collect();
            words.texts.screen.then.fill(sentences.join(" "))
        });
        (words.fix(&fix.label), warning)
    });
    view! {
        <span class="fix">
            <button type="button" class="fix-button" tabindex=secondary.then_some("-1") on:click=move |_| store.fix(&action)>{label}</button>
            {warning.map(|w| view! { <span class="fix-note">{w}</span> })}
        </span>
    }
}

/// The sentences / decisions a finding rests on (built when first opened).
#[component]
pub fn Citations(
    /// The citations.
    citations: Vec<Citation>,
    /// Out of the Tab order (inside a catalog item, reached with the arrow keys).
    #[prop(optional)]
    secondary: bool,
) -> impl IntoView {
    if citations.is_empty() {
        return ().into_any();
    }
    let t = use_language().get_untracked().texts();
    let store = use_store();
    view! {
        <Disclosure class="citations" summary=t.screen.source secondary=secondary>
            <ul>{citation_items(store, &citations, t.screen.assumption_tag)}</ul>
        </Disclosure>
    }
    .into_any()
}

/// One list item per citation: the seed sentence, or the spec decision. Sales mode adds
/// the seed file and the spec's section; a customer reads the words alone.
fn citation_items(store: crate::state::Store, citations: &[Citation], assumption_tag: &'static str) -> impl IntoView {
    citations
        .iter()
        .map(|citation| match citation.clone() {
            Citation::Seed { file, sentence } => view! {
                <li><q class="seed-sentence">{sentence}</q>{move || store.is_sales().then(|| view! { " " <cite>{file.clone()}</cite> })}</li>
            }
            .into_any(),
            Citation::Assumption { section, text } => view! {
                <li><span class="assumption-tag">{assumption_tag}</span>" "{text}{move || store.is_sales().then(|| view! { " " <cite>{section.clone()}</cite> })}</li>
            }
            .into_any(),
        })
        .collect_view()
}
