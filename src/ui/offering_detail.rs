//! An offering's terms from its seed, verbatim: notes, prerequisites, scope (covered / not
//! covered, with their intro lines), service region, service process, responsibilities
//! (with the lines introducing the R/S table) and acceptance criteria. Built when first
//! opened, from the seed texts fetched then (`ui::seed_details`).

use leptos::prelude::*;

use crate::domain::catalog::{Offering, SeedDocument};
use crate::ui::disclosure::Disclosure;
use crate::ui::seed_details::from_seed_details;

/// The "About this offering" disclosure (built when first opened).
#[component]
pub fn OfferingDetail(
    /// The offering's id.
    offering: String,
    /// Its seed name (the disclosure's name for screen readers).
    name: String,
) -> impl IntoView {
    let summary_hidden = format!(": {name}");
    view! {
        <Disclosure class="offering-detail" summary=crate::state::use_texts().catalog.about_offering summary_hidden=summary_hidden>
            {
                let offering = offering.clone();
                from_seed_details(move |catalog| {
                    catalog.offering(&offering).map(|(document, offering)| offering_terms(document, offering)).into_any()
                })
            }
        </Disclosure>
    }
}

/// The offering's terms, as the disclosure shows them.
fn offering_terms(document: &SeedDocument, offering: &Offering) -> AnyView {
    let list = |items: Vec<String>| items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view();
    let prerequisites = list(document.prerequisites.iter().map(|p| p.text.clone()).collect());
    let covered = list(offering.covered.clone());
    let not_covered = list(offering.not_covered.iter().map(|n| n.text.clone()).collect());
    let acceptance = list(offering.acceptance_criteria.clone());
    let notes = (!offering.notes.is_empty()).then(|| list(offering.notes.clone()));
    let paragraph = |text: Option<String>| text.map(|t| view! { <p>{t}</p> });
    let covered_intro = paragraph(offering.covered_intro.clone());
    let not_covered_intro = paragraph(offering.not_covered_intro.clone());
    let responsibility_intro =
        offering.responsibility_intro.iter().map(|line| view! { <p>{line.clone()}</p> }).collect_view();
    let responsibilities = document.responsibilities.clone();
    let process = document
        .process
        .iter()
        .map(|table| {
            let rows = table
                .phases
                .iter()
                .map(|p| {
                    let content = p.content.clone().map(|c| format!("{c}: ")).unwrap_or_default();
                    view! { <li><strong>{p.phase.clone()}</strong>" \u{2014} "{content}{p.description.clone()}</li> }
                })
                .collect_view();
            view! {
                <h5>{table.name.clone()}</h5>
                {table.note.clone().map(|n| view! { <p>{n}</p> })}
                <ul>{rows}</ul>
            }
        })
        .collect_view();
    let details = offering
        .responsibility_details
        .iter()
        .map(|r| view! { <tr><td>{r.no.clone()}</td><td>{r.process.clone()}</td><td>{r.content.clone()}</td><td>{r.huawei.clone()}</td><td>{r.customer.clone()}</td></tr> })
        .collect_view();
    let has_details = !offering.responsibility_details.is_empty();
    let c = &crate::state::use_texts().catalog;
    let caption = c.details_caption.fill(&offering.name);
    view! {
            <p>{offering.description.clone()}</p>
            {notes.map(|n| view! { <h4>{c.offering_parts[0]}</h4> <ul>{n}</ul> })}
            <h4>{c.offering_parts[1]}</h4>
            <ul>{prerequisites}</ul>
            <h4>{c.offering_parts[2]}</h4>
            {covered_intro}
            <ul>{covered}</ul>
            <h4>{c.offering_parts[3]}</h4>
            {not_covered_intro}
            <ul>{not_covered}</ul>
            {document.service_regions.clone().map(|r| view! { <h4>{c.offering_parts[4]}</h4> <p>{r}</p> })}
            <h4>{c.offering_parts[5]}</h4>
            {process}
            <h4>{c.offering_parts[6]}</h4>
            <p><strong>{c.responsibilities[0]}</strong>{responsibilities.shared.join(" ")}</p>
            <p><strong>{c.responsibilities[1]}</strong>{responsibilities.huawei.join(" ")}</p>
            <p><strong>{c.responsibilities[2]}</strong>{responsibilities.customer.join(" ")}</p>
            {has_details.then(|| view! {
                {responsibility_intro}
                <div class="table-scroll" tabindex="0" role="region" aria-label=caption.clone()>
                    <table class="responsibility">
                        <caption>{caption.clone()}</caption>
                        <thead><tr>{c.detail_columns.map(|column| view! { <th scope="col">{column}</th> })}</tr></thead>
                        <tbody>{details}</tbody>
                    </table>
                </div>
            })}
            <h4>{c.offering_parts[7]}</h4>
            <ul>{acceptance}</ul>
    }
    .into_any()
}
