//! A fix as a button, and a finding's citations as a disclosure: shared by the findings
//! panel and the catalog browser so a reason looks the same everywhere.

use leptos::prelude::*;

use crate::domain::rules::{Citation, Fix, SideEffect};
use crate::state::use_store;

/// One fix; its label says what it changes and any error it would raise.
#[component]
pub fn FixButton(
    /// The fix.
    fix: Fix,
) -> impl IntoView {
    let store = use_store();
    let action = fix.action.clone();
    let warning = (!fix.introduces.is_empty()).then(|| {
        let texts: Vec<String> = fix.introduces.iter().map(SideEffect::sentence).collect();
        format!("Then: {}", texts.join(" "))
    });
    view! {
        <span class="fix">
            <button type="button" class="fix-button" on:click=move |_| store.fix(&action)>{fix.label.clone()}</button>
            {warning.map(|w| view! { <span class="fix-note">{w}</span> })}
        </span>
    }
}

/// The sentences / decisions a finding rests on.
#[component]
pub fn Citations(
    /// The citations.
    citations: Vec<Citation>,
) -> impl IntoView {
    if citations.is_empty() {
        return ().into_any();
    }
    let items = citations
        .into_iter()
        .map(|citation| match citation {
            Citation::Seed { file, sentence } => view! {
                <li><q class="seed-sentence">{sentence}</q>" "<cite>{file}</cite></li>
            }
            .into_any(),
            Citation::Assumption { section, text } => view! {
                <li><span class="assumption-tag">"Assumption"</span>" "{text}" "<cite>{section}</cite></li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <details class="citations">
            <summary>"Source"</summary>
            <ul>{items}</ul>
        </details>
    }
    .into_any()
}
