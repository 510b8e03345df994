//! The proposal front matter on screen: who, when, the catalog version, a DRAFT stamp
//! listing the errors while any is open, risks, prerequisites to confirm, the decisions
//! applied, recorded exceptions, and what the services do not cover. It renders the
//! [`ProposalSummary`] that the printed and Word proposal render too, and writes no words
//! of its own.

use leptos::prelude::*;

use crate::present::summary::ProposalSummary;
use crate::state::{use_language, use_store, use_texts};

/// The proposal summary.
#[component]
pub fn Proposal() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let language = use_language();
    let catalog = store.catalog();
    let version = catalog.version();
    let front = store.slice(|s| {
        (
            s.profile.customer_name.clone(),
            s.quote.title.clone(),
            s.profile.quote_date.to_string(),
            s.quote.price_book.as_ref().is_some_and(|b| b.illustrative),
        )
    });
    // The summary as one memo: an edit that changes no finding (a quantity, a price)
    // leaves its DOM alone.
    let summary = Memo::new(move |_| {
        let evaluation = store.evaluation.get();
        let language = language.get_untracked();
        store.words(language, |words| ProposalSummary::build(words.catalog, &evaluation, words))
    });
    let body = move || {
        let t = texts;
        let s = &t.summary;
        let (customer, title, date, illustrative) = front.get();
        let summary = summary.get();
        // Sales mode shows the catalog version and each decision's section; a customer
        // reads the decisions alone.
        let sales = store.is_sales();
        let list = |items: Vec<String>| items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view();
        let mut meta = vec![if title.is_empty() { s.untitled.to_string() } else { title }];
        if !customer.is_empty() {
            meta.push(s.for_customer.fill(&customer));
        }
        meta.push(date);
        if sales {
            meta.push(s.catalog.fill(&version));
        }
        if illustrative {
            meta.push(t.boq.illustrative_prices.to_string());
        }
        let status = if summary.draft() {
            view! {
                <div class="draft-stamp" role="note">
                    <p><strong>{s.draft}</strong>{format!(" \u{2014} {}", s.draft_lead)}</p>
                    <ul>{list(summary.open_errors.clone())}</ul>
                </div>
            }
            .into_any()
        } else if summary.to_confirm.is_empty() {
            view! { <p class="ready">{s.ready}</p> }.into_any()
        } else {
            let count = s.prerequisite.count_of(summary.to_confirm.len());
            view! { <p class="ready">{s.ready_to_confirm.fill(&count)}</p> }.into_any()
        };
        let risks: Vec<String> = summary.risks.iter().map(|r| r.text.clone()).collect();
        let decisions: Vec<String> = summary
            .decisions
            .iter()
            .map(|d| if sales { s.decision_entry.fill(&d.text, &d.section) } else { d.text.clone() })
            .collect();
        let exceptions: Vec<String> =
            summary.exceptions.iter().map(|e| s.exception_entry.fill(&e.finding, &e.reason)).collect();
        let not_covered: Vec<String> =
            summary.not_covered.iter().map(|n| s.not_covered_entry.fill(&n.offering, &n.text)).collect();
        let to_confirm = summary.to_confirm.clone();
        view! {
            <p class="proposal-meta">{meta.join(" \u{b7} ")}</p>
            {status}
            {(!risks.is_empty()).then(|| view! { <h3>{s.risks}</h3> <ul>{list(risks)}</ul> })}
            {(!to_confirm.is_empty()).then(|| view! { <h3>{s.to_confirm}</h3> <ul>{list(to_confirm)}</ul> })}
            {(!decisions.is_empty()).then(|| view! { <h3>{s.decisions}</h3> <ul>{list(decisions)}</ul> })}
            {(!exceptions.is_empty()).then(|| view! { <h3>{s.exceptions}</h3> <ul>{list(exceptions)}</ul> })}
            {(!not_covered.is_empty()).then(|| view! {
                <details class="not-covered" open=true>
                    <summary>{s.not_covered}</summary>
                    <ul>{list(not_covered)}</ul>
                </details>
            })}
        }
    };
    view! {
        <section class="panel proposal" aria-labelledby="proposal-heading">
            <h2 id="proposal-heading">{texts.summary.title}</h2>
            {body}
        </section>
    }
}
