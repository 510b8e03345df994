//! One line that always says what the user has, what waits, what is wrong and what it
//! costs; sticky at the top on a phone, where the quote column is below the questions.
//! Each part that waits is a link to where it is dealt with (the suggestions, the
//! findings, the bill of quantities), whose heading takes the focus.

use leptos::prelude::*;

use crate::state::{use_refused_inputs, use_store, use_texts};

/// The quote summary bar.
#[component]
pub fn QuoteSummary() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let lines = move || store.evaluation.with(|e| e.lines.len());
    let waiting = move || store.suggestions.with(Vec::len);
    let refused = use_refused_inputs();
    let errors = move || store.evaluation.with(|e| e.findings.iter().filter(|f| f.blocks()).count());
    // A memo, so the summary text changes only when the total does.
    let total = Memo::new(move |_| {
        let screen = &texts.screen;
        store.boq.with(|b| match (&b.totals, &b.refused) {
            (Some(t), _) => screen.bar_total.fill(texts.amount(&t.currency, t.grand_total)),
            (None, Some(_)) => screen.bar_refused.to_string(),
            (None, None) => screen.bar_unpriced.to_string(),
        })
    });
    view! {
        <div class="quote-summary" role="status" aria-live="polite">
            <span>{move || texts.words.line.count_of(lines())}</span>
            {move || match waiting() {
                0 => ().into_any(),
                n => view! { <a href="#suggestions-heading">{texts.words.suggestion.count_of(n)}</a> }.into_any(),
            }}
            {move || match refused.and_then(|r| r.first().map(|first| (first, r.count()))) {
                None => ().into_any(),
                Some((first, n)) => view! {
                    <a href=format!("#{first}")>{texts.screen.bar_refused_answers.fill(texts.screen.refused_answer.count_of(n))}</a>
                }
                .into_any(),
            }}
            {move || match errors() {
                0 if refused.is_some_and(|r| r.count() > 0) => ().into_any(),
                0 => view! { <span>{texts.screen.bar_no_errors}</span> }.into_any(),
                n => view! { <a href="#findings-heading">{texts.screen.bar_errors.fill(texts.words.error.count_of(n))}</a> }.into_any(),
            }}
            <a href="#boq-heading">{total}</a>
            <a href="#quote-heading">{texts.screen.bar_go_to_quote}</a>
        </div>
    }
}
