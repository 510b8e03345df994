//! The proposal front matter, printed above the BOQ: who, when, the catalog version, a
//! DRAFT stamp listing the errors while any is open, assumptions and risks, recorded
//! exceptions, and what the services do not cover. On screen it is a summary panel.

use leptos::prelude::*;

use crate::domain::rules::{RuleKind, Severity};
use crate::state::use_store;

/// What the summary lists, derived from the evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ProposalLists {
    errors: Vec<String>,
    risks: Vec<String>,
    to_confirm: Vec<String>,
    assumptions: Vec<String>,
    exceptions: Vec<String>,
    not_covered: Vec<String>,
}

/// The proposal summary.
#[component]
pub fn Proposal() -> impl IntoView {
    let store = use_store();
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
    // The lists the summary shows, as one memo: an edit that changes no finding (a
    // quantity, a price) leaves the summary's DOM alone.
    let lists = Memo::new(move |_| {
        let evaluation = store.evaluation.get();
        let errors: Vec<String> =
            evaluation.findings.iter().filter(|f| f.blocks()).map(|f| f.message.clone()).collect();
        let risks: Vec<String> = evaluation
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning && f.exception.is_none())
            .map(|f| f.message.clone())
            .collect();
        let exceptions: Vec<String> = evaluation
            .findings
            .iter()
            .filter_map(|f| f.exception.as_ref().map(|r| format!("{} \u{2014} exception: {r}", f.message)))
            .collect();
        let to_confirm: Vec<String> = evaluation
            .findings
            .iter()
            .filter(|f| f.key.rule == RuleKind::Prerequisite && f.severity == Severity::Info)
            .map(|f| f.message.clone())
            .collect();
        let assumptions: Vec<String> = crate::domain::document::decisions_used(&evaluation)
            .into_iter()
            .map(|(section, text)| format!("{text} ({section})"))
            .collect();
        let mut not_covered: Vec<String> = Vec::new();
        let mut offerings: Vec<String> = Vec::new();
        for line in &evaluation.lines {
            if let Some(entry) = catalog.entry(&line.item) {
                if !offerings.contains(&entry.offering.id) {
                    offerings.push(entry.offering.id.clone());
                    for n in &entry.offering.not_covered {
                        not_covered.push(format!("{}: {}", entry.offering.name, n.text));
                    }
                }
            }
        }
        ProposalLists { errors, risks, to_confirm, assumptions, exceptions, not_covered }
    });
    let body = move || {
        let (customer, title, date, illustrative) = front.get();
        let ProposalLists { errors, risks, to_confirm, assumptions, exceptions, not_covered } = lists.get();
        let list = |items: Vec<String>| items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view();
        let draft = !errors.is_empty();
        view! {
            <p class="proposal-meta">
                {if title.is_empty() { "Quote".to_string() } else { title }}
                {if customer.is_empty() { String::new() } else { format!(" \u{b7} for {customer}") }}
                {format!(" \u{b7} {date} \u{b7} catalog {}", version.clone())}
                {illustrative.then_some(" \u{b7} ILLUSTRATIVE PRICES")}
            </p>
            {if draft {
                view! {
                    <div class="draft-stamp" role="note">
                        <p><strong>"DRAFT"</strong>" \u{2014} not valid for issue until these errors are resolved:"</p>
                        <ul>{list(errors)}</ul>
                    </div>
                }.into_any()
            } else {
                view! { <p class="ready">"No open errors: this quote can be issued."</p> }.into_any()
            }}
            {(!risks.is_empty()).then(|| view! { <h3>"Assumptions and risks"</h3> <ul>{list(risks)}</ul> })}
            {(!to_confirm.is_empty()).then(|| view! { <h3>"Prerequisites to confirm"</h3> <ul>{list(to_confirm)}</ul> })}
            {(!assumptions.is_empty()).then(|| view! { <h3>"Decisions applied where the service documents are silent"</h3> <ul>{list(assumptions)}</ul> })}
            {(!exceptions.is_empty()).then(|| view! { <h3>"Recorded exceptions"</h3> <ul>{list(exceptions)}</ul> })}
            {(!not_covered.is_empty()).then(|| view! {
                <details class="not-covered" open=true>
                    <summary>"Not covered by these services"</summary>
                    <ul>{list(not_covered)}</ul>
                </details>
            })}
        }
    };
    view! {
        <section class="panel proposal" aria-labelledby="proposal-heading">
            <h2 id="proposal-heading">"Proposal summary"</h2>
            {body}
        </section>
    }
}
