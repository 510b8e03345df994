//! The proposal as it prints (the browser's "Save as PDF"): the cover, the summary, one
//! section per selected service in its seed words, each offering's terms, assumptions and
//! risks, the BOQ laid out for A4 and the totals, from the same document model as the Word
//! file (`present::document`), in the proposal's language. The export worker builds it
//! (the builder is not in the page's wasm) when the user presses the print button, which
//! then opens the browser's print dialog. Printing with the browser's own command prints
//! the document prepared last only if the quote has not changed since; otherwise the page
//! prints one line saying to use the print button, never an outdated proposal.

use leptos::prelude::*;

use crate::present::document::facts::content_id;
use crate::present::document::{Block, ProposalDocument, Section};
use crate::state::{use_store, use_texts};

/// A proposal the worker built, with the id of the quote it was built from.
#[derive(Clone, Debug)]
pub struct PreparedProposal {
    /// The quote's content id when it was built ([`content_id`]).
    pub content_id: String,
    /// The document.
    pub document: ProposalDocument,
    /// Its print view's builder ([`render_document`]), which came with the export tools'
    /// chunk: the page's own module does not hold it.
    pub render: fn(ProposalDocument) -> AnyView,
}

/// The print view's state, shared by the print button and the component.
#[derive(Clone, Copy)]
pub struct PrintRequest {
    /// The proposal prepared last.
    pub prepared: RwSignal<Option<PreparedProposal>>,
    /// Whether the quote changed since (checked when the browser prints).
    pub stale: RwSignal<bool>,
}

/// Provides the print state (call once, above the export buttons).
pub fn provide_print_request() -> PrintRequest {
    let request = PrintRequest { prepared: RwSignal::new(None), stale: RwSignal::new(false) };
    provide_context(request);
    request
}

/// The printed proposal (empty on screen until a proposal was prepared).
#[component]
pub fn PrintDocument() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let request = use_context::<PrintRequest>().unwrap_or_else(provide_print_request);
    // The browser's own print command: an outdated proposal is never printed.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        let current = store.with_untracked(content_id);
        let stale = request.prepared.with_untracked(|p| p.as_ref().is_none_or(|p| p.content_id != current));
        request.stale.set(stale);
    });
    move || match (request.prepared.get(), request.stale.get()) {
        (Some(prepared), false) => (prepared.render)(prepared.document),
        (Some(_), true) => view! {
            <article class="print-document" aria-label=texts.document.printed>
                <p class="print-paragraph">{texts.document.print_with_button}</p>
            </article>
        }
        .into_any(),
        (None, _) => ().into_any(),
    }
}

/// The print view of `document`.
pub fn render_document(document: ProposalDocument) -> AnyView {
    render(document).into_any()
}

fn render(document: ProposalDocument) -> impl IntoView {
    let cover = document.cover.clone();
    let facts =
        cover.facts.iter().cloned().map(|kv| view! { <div><dt>{kv.key}</dt><dd>{kv.value}</dd></div> }).collect_view();
    let errors = cover.open_errors.iter().cloned().map(|e| view! { <li>{e}</li> }).collect_view();
    let sections = document.sections.into_iter().map(section).collect_view();
    // Built by the export worker from the link alone (no user text in it).
    let qr = document.qr_svg.map(|svg| view! { <div class="print-qr-code" inner_html=svg></div> });
    view! {
        <article class="print-document" aria-label=cover.printed.clone() lang=document.language.clone() data-footer=cover.footer.clone()>
            <section class="print-cover">
                <h1>{cover.heading.clone()}</h1>
                {cover.draft.then(|| view! {
                    <div class="print-draft" role="note">
                        <p><strong>{cover.stamp.clone()}</strong>{format!(" \u{2014} {}", cover.draft_lead)}</p>
                        <ul>{errors}</ul>
                    </div>
                })}
                <dl class="print-facts">{facts}</dl>
            </section>
            {sections}
            {qr}
            <p class="print-footer">{cover.footer.clone()}</p>
        </article>
    }
}

fn section(section: Section) -> impl IntoView {
    let title = section.title.clone();
    let heading =
        if section.level <= 1 { view! { <h2>{title}</h2> }.into_any() } else { view! { <h3>{title}</h3> }.into_any() };
    let blocks = section.blocks.into_iter().map(block).collect_view();
    view! { <section class=format!("print-section level-{}", section.level) id=format!("print-{}", section.id)>{heading}{blocks}</section> }
}

fn block(block: Block) -> impl IntoView {
    match block {
        Block::Heading(text) => view! { <h4>{text}</h4> }.into_any(),
        Block::Paragraph(text) => view! { <p class="print-paragraph">{text}</p> }.into_any(),
        Block::Bullets(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
        Block::KeyValues(pairs) => view! {
            <dl class="print-facts">{pairs.into_iter().map(|kv| view! { <div><dt>{kv.key}</dt><dd>{kv.value}</dd></div> }).collect_view()}</dl>
        }
        .into_any(),
        Block::Table(table) => {
            let numeric = table.numeric_columns.clone();
            let head = table.header.iter().enumerate().map(|(i, h)| {
                let class = if numeric.contains(&i) { "num" } else { "" };
                view! { <th scope="col" class=class>{h.clone()}</th> }
            }).collect_view();
            let rows = table.rows.into_iter().map(|row| {
                let numeric = numeric.clone();
                view! {
                    <tr>{row.into_iter().enumerate().map(|(i, cell)| {
                        let class = if numeric.contains(&i) { "num" } else { "" };
                        view! { <td class=class>{cell}</td> }
                    }).collect_view()}</tr>
                }
            }).collect_view();
            view! {
                <table class="print-table">
                    <caption>{table.caption}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    }
}
