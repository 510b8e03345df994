//! One line that always says what the user has, what is wrong and what it costs; sticky
//! at the top on a phone, where the quote column is below the questions.

use crate::present::plural::{count_of, ERROR, LINE};
use leptos::prelude::*;

use crate::domain::money::format_amount;
use crate::state::use_store;

/// The quote summary bar.
#[component]
pub fn QuoteSummary() -> impl IntoView {
    let store = use_store();
    let lines = move || store.evaluation.with(|e| e.lines.len());
    let errors = move || store.evaluation.with(|e| e.findings.iter().filter(|f| f.blocks()).count());
    // A memo, so the summary text changes only when the total does.
    let total = Memo::new(move |_| {
        store.boq.with(|b| match (&b.totals, &b.refused) {
            (Some(t), _) => format!("Total {}", format_amount(&t.currency, t.grand_total)),
            (None, Some(_)) => "Total refused: an amount is too large (see the BOQ)".to_string(),
            (None, None) => "Price on request".to_string(),
        })
    });
    view! {
        <div class="quote-summary" role="status" aria-live="polite">
            <span>{move || count_of(lines(), LINE)}</span>
            <span>{move || match errors() { 0 => "\u{2713} no open errors".to_string(), n => format!("\u{2715} {} to resolve", count_of(n, ERROR)) }}</span>
            <span>{total}</span>
            <a href="#quote-heading">"Go to your quote"</a>
        </div>
    }
}
