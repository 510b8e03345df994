//! The quote's revisions (catalog-rules §11), shown once it has been issued: the id it
//! keeps, each revision (number, day, how it was issued), and what changed between any two
//! of them, chosen in two lists (the one before the latest and the latest at first).

use leptos::prelude::*;

use crate::domain::revisions::Revision;
use crate::present::revisions::{change_sentences, revision_line};
use crate::present::words::Reporter;
use crate::state::{use_language, use_store, use_texts};
use crate::ui::lazy_part::{lazy_part, PartBuilder};

/// The revisions panel: its code is a chunk of its own, fetched once the quote has been
/// issued (`lazy_part`).
#[component]
pub fn Revisions() -> impl IntoView {
    let issued = use_store().slice(|s| s.revisions.latest().is_some());
    lazy_part(issued, revisions_chunk)
}

crate::split_point! {
    /// The revisions panel's builder, in the chunk `revisions`.
    revisions_chunk in revisions -> PartBuilder { || revisions_panel().into_any() }
}

/// The revisions panel, built from the chunk.
fn revisions_panel() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let language = use_language().get_untracked();
    let revisions = store.slice(|s| s.revisions.clone());
    // The chosen pair; `None` follows the latest two.
    let from = RwSignal::new(None::<u32>);
    let to = RwSignal::new(None::<u32>);
    let r = &texts.revisions;
    move || {
        let revisions = revisions.get();
        let latest = revisions.latest()?.number;
        let before_latest = revisions.list.iter().rev().nth(1).map_or(latest, |revision| revision.number);
        let lines =
            revisions.list.iter().map(|revision| view! { <li>{revision_line(texts, revision)}</li> }).collect_view();
        let numbers: Vec<u32> = revisions.list.iter().map(|revision| revision.number).collect();
        let choice = move |id: &'static str, label: &'static str, chosen: RwSignal<Option<u32>>, default: u32| {
            let options = numbers
                .iter()
                .map(|number| {
                    let number = *number;
                    view! { <option value=number.to_string() selected=move || chosen.get().unwrap_or(default) == number>{r.option.fill(number)}</option> }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>{options}</select>
                </div>
            }
        };
        let kept = revisions.clone();
        let catalog = store.catalog();
        let changes = move || {
            let pick = |chosen: RwSignal<Option<u32>>, default: u32| -> Option<&Revision> {
                kept.number(chosen.get().unwrap_or(default)).or(kept.latest())
            };
            let (earlier, later) = (pick(from, before_latest)?, pick(to, latest)?);
            let reporter = Reporter::new(&catalog, language);
            let sentences = change_sentences(&reporter, &earlier.content.boq(&catalog), &later.content.boq(&catalog));
            Some(if sentences.is_empty() {
                view! { <p>{r.between_none}</p> }.into_any()
            } else {
                view! { <ul class="revision-changes">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
            })
        };
        Some(view! {
            <section class="panel revisions" aria-labelledby="revisions-heading">
                <h2 id="revisions-heading" tabindex="-1">{r.heading}</h2>
                <p class="hint">{r.intro}</p>
                <p>{r.id_line.fill(&revisions.id)}</p>
                <ol class="revision-list">{lines}</ol>
                <div class="revision-pair">
                    {choice("revision-from", r.from_label, from, before_latest)}
                    {choice("revision-to", r.to_label, to, latest)}
                </div>
                <div role="status" aria-live="polite">{changes}</div>
            </section>
        })
    }
}
