//! Share link: "Copy share link" puts the whole quote in a link (the part after `#`, which
//! browsers never send to a server) and copies it; opening such a link shows what it holds
//! and asks before replacing the current work (one undo step brings that work back).
//! Every browser call can fail (no clipboard, a refused permission): each failure is a
//! sentence on the page, never a panic.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::catalog::Catalog;
use crate::domain::catalog::ItemId;
use crate::domain::price_book::price_differences;
use crate::domain::session::Session;
use crate::domain::share_link::{link_fragment, looks_like_link, read_link, summarize, LinkSummary, CHAT_SAFE_CHARS};
use crate::present::prices::{difference_lines, PriceWordings};
use crate::present::refusals;
use crate::present::text::{Language, Texts};
use crate::state::{use_language, use_store, Store};
use crate::ui::lazy_part::{lazy_part, with_chunk, PartBuilder};
use crate::web;

/// A link read from the address, waiting for the user's answer.
struct PendingLink {
    session: Session,
    upgraded: Option<String>,
    /// What it holds, as (term, description) pairs.
    facts: Vec<(&'static str, String)>,
    changes: Vec<String>,
    /// When this browser keeps the quote (the same id): what is kept, and what the link
    /// changes against the kept revision (catalog-rules §11).
    since_kept: Option<(String, Vec<String>)>,
    /// The items its quote prices (its lines), to compare with the published book.
    quoted: Vec<ItemId>,
}

/// The page state of the panel. Signals of types the app already has (`bool`,
/// `Option<String>`) keep the wasm small: each new signal type costs generic code.
#[derive(Clone, Copy)]
struct Panel {
    /// The link last made.
    link: RwSignal<Option<String>>,
    /// Copying, copied, or why not.
    status: RwSignal<Option<String>>,
    /// Whether the copy failed (the status is then a problem).
    failed: RwSignal<bool>,
    /// Whether the confirmation for a link is shown; `pending` holds that link.
    asking: RwSignal<bool>,
    pending: StoredValue<Option<PendingLink>>,
    /// The screen's language.
    language: Signal<Language>,
}

/// The share-link panel, and the confirmation for a link the page was opened with.
#[component]
pub fn ShareLink() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let panel = Panel {
        language: use_language(),
        link: RwSignal::new(None),
        status: RwSignal::new(None),
        failed: RwSignal::new(false),
        asking: RwSignal::new(false),
        pending: StoredValue::new(None),
    };
    // The address this page was opened with, then any link pasted into the same tab.
    read_address(store, panel);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| read_address(store, panel));
    on_cleanup(move || handle.remove());

    let copy = move |_| {
        let Some(base) = crate::web::page_address() else {
            return store.tell_problem(texts.share.no_address);
        };
        // A link of a final quote issues it: the link carries that revision.
        store.issue(crate::domain::revisions::IssuedAs::Link);
        let catalog = store.catalog();
        leptos::task::spawn_local(async move {
            // The link's compressor is a chunk of its own, fetched on the first link.
            let Ok(make) = link_making().await else {
                return store.tell_problem(texts.app.part_unavailable);
            };
            let fragment = store.with_untracked(|s| make(&catalog, s));
            let url = format!("{base}{fragment}");
            panel.link.set(Some(url.clone()));
            panel.failed.set(false);
            panel.status.set(Some(texts.share.copying.to_string()));
            let result = copy_text(texts, &url).await;
            if panel.link.with_untracked(|link| link.as_deref() != Some(url.as_str())) {
                return; // a newer link was made meanwhile
            }
            match result {
                Ok(()) => panel.status.set(Some(texts.share.copied.fill(texts.number(url.len() as u64)))),
                Err(reason) => {
                    panel.failed.set(true);
                    panel.status.set(Some(texts.share.copy_failed.fill(reason)));
                    // After the field is on the page: select it for a manual copy.
                    request_animation_frame(select_link_field);
                }
            }
        });
    };

    // The confirmation's code is a chunk of its own, fetched only when a link waits for an
    // answer.
    provide_context(panel);
    let asking = Memo::new(move |_| panel.asking.get());
    let dialog = lazy_part(asking, link_dialog_chunk);

    let status = move || {
        panel.status.get().map(|text| {
            let problem = panel.failed.get();
            view! {
                <p class=if problem { "notice problem" } else { "notice" } role=if problem { "alert" } else { "status" }>{text}</p>
            }
        })
    };
    // The field reads the link only, so a change of copy status keeps it (and its
    // selection) in place.
    let field = move || {
        panel.link.get().map(|url| {
            let chars = url.len(); // a link is ASCII
            view! {
                <p class="share-length">{texts.share.length.fill(texts.number(chars as u64))}</p>
                {(chars > CHAT_SAFE_CHARS).then(|| view! {
                    <p class="notice problem share-warning">
                        {texts.share.too_long.fill(texts.number(CHAT_SAFE_CHARS as u64))}
                    </p>
                })}
                <div class="field">
                    <label for="share-link-url">{texts.share.field}</label>
                    <input id="share-link-url" type="text" readonly prop:value=url on:focus=|ev| select_target(&ev) />
                </div>
            }
        })
    };

    view! {
        <section class="panel export share-link" aria-labelledby="share-heading">
            <h2 id="share-heading">{texts.share.heading}</h2>
            {dialog}
            <p class="hint">
                {texts.share.hint}
            </p>
            <div class="export-actions">
                <button type="button" on:click=copy>{texts.share.copy}</button>
            </div>
            {status}
            {field}
        </section>
    }
}

crate::split_point! {
    /// The confirmation's builder, in the chunk `share_link_dialog`.
    link_dialog_chunk in share_link_dialog -> PartBuilder { || link_dialog().into_any() }
}

/// The confirmation for a link waiting for the user's answer (built from its chunk).
fn link_dialog() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let panel = use_context::<Panel>();
    // Reads `asking` itself: a second link while one waits sets it again, and the
    // confirmation is built again for the new link.
    move || {
        let panel = panel?;
        if !panel.asking.get() {
            return None;
        }
        // After the confirmation is on the page (its chunk may just have arrived): take the
        // user there.
        request_animation_frame(|| {
            web::focus("share-open-heading");
        });
        let (facts, upgraded, changes, since_kept) = panel.pending.with_value(|link| {
            link.as_ref()
                .map(|l| (l.facts.clone(), l.upgraded.clone(), l.changes.clone(), l.since_kept.clone()))
                .unwrap_or_default()
        });
        let prices = move || price_notes(store, panel, texts);
        let open = move |_| {
            panel.asking.set(false);
            let Some(link) = panel.pending.try_update_value(Option::take).flatten() else { return };
            if store.with_untracked(|s| *s == link.session) {
                store.tell(texts.share.same);
            } else {
                store.replace(link.session);
                let told = link.upgraded.map(|u| format!(" {u}")).unwrap_or_default();
                store.tell(texts.share.opened.fill(told));
            }
            web::focus("quote-heading");
        };
        let keep = move |_| {
            panel.asking.set(false);
            panel.pending.set_value(None);
            store.tell(texts.share.kept);
            web::focus("quote-heading");
        };
        Some(view! {
            <div class="share-open notice" role="alertdialog" aria-labelledby="share-open-heading" aria-describedby="share-open-what">
                <h3 id="share-open-heading" tabindex="-1">{texts.share.ask}</h3>
                <p id="share-open-what">
                    {texts.share.explain}
                </p>
                <dl class="share-open-facts">
                    {facts.into_iter().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
                {upgraded.map(|u| view! { <p>{u}</p> })}
                {since_kept.map(|(kept, sentences)| view! {
                    <p>{kept}</p>
                    <ul class="share-open-changes">
                        {sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                    </ul>
                })}
                {(!changes.is_empty()).then(|| view! {
                    <p>{texts.share.changed}</p>
                    <ul class="share-open-changes">
                        {changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                })}
                {prices}
                <div class="export-actions">
                    <button type="button" class="primary" on:click=open>{texts.share.answers[0]}</button>
                    <button type="button" on:click=keep>{texts.share.answers[1]}</button>
                </div>
            </div>
        })
    }
}

/// Reads a quote link from the address: a refused one becomes a problem notice, a valid
/// one waits for the user's answer. Either way the fragment leaves the address, so a
/// reload does not ask again. Other fragments (`#quote-heading`) are left alone.
fn read_address(store: Store, panel: Panel) {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return };
    let Ok(hash) = location.hash() else { return };
    if !looks_like_link(&hash) {
        return;
    }
    clear_fragment();
    // Reading a link (its inflater, the checks, the summary) is a chunk of its own,
    // fetched only when the page is opened with a link.
    let texts = panel.language.get_untracked().texts();
    with_chunk(store, texts, link_reading(), move |open| open(store, panel, hash));
}

crate::split_point! {
    /// Making a link, in the chunk `share_link_make`.
    link_making in share_link_make -> fn(&Catalog, &Session) -> String { link_fragment }
}

crate::split_point! {
    /// Reading a link, in the chunk `share_link_read`.
    link_reading in share_link_read -> fn(Store, Panel, String) { open_link }
}

/// Reads the link `hash`: a refused one becomes a problem notice, a valid one waits for
/// the user's answer.
fn open_link(store: Store, panel: Panel, hash: String) {
    let catalog = store.catalog();
    let texts = panel.language.get_untracked().texts();
    match read_link(&catalog, &hash) {
        Err(error) => {
            panel.asking.set(false);
            panel.pending.set_value(None);
            store.tell_problem(texts.share.refused.fill(refusals::share_link(texts, &error)));
        }
        Ok(opened) => {
            let LinkSummary { customer, title, services, boq_lines, grand_total } =
                summarize(&catalog, &opened.loaded.session);
            let or = |text: String, empty: &str| if text.trim().is_empty() { empty.to_string() } else { text };
            let facts = vec![
                (texts.share.fact_keys[0], or(customer, texts.share.unnamed[0])),
                (texts.share.fact_keys[1], or(title, texts.share.unnamed[1])),
                (texts.share.fact_keys[2], texts.share.lines.fill(texts.words.service.count_of(services), boq_lines)),
                (
                    texts.boq.total_labels[3],
                    grand_total.map_or_else(
                        || texts.share.not_priced.to_string(),
                        |total| {
                            let mark = if total.illustrative { texts.quote.illustrative_mark } else { "" };
                            format!("{}{mark}", texts.amount(&total.currency, total.amount))
                        },
                    ),
                ),
            ];
            let quoted =
                crate::domain::rules::evaluate(&catalog, &opened.loaded.session.profile, &opened.loaded.session.quote)
                    .lines
                    .into_iter()
                    .map(|line| line.item)
                    .collect();
            let since_kept = store.changes_since_kept(&opened.loaded.session, panel.language.get_untracked());
            panel.pending.set_value(Some(PendingLink {
                since_kept,
                quoted,
                session: opened.loaded.session,
                upgraded: opened.loaded.upgraded.and_then(|upgrade| refusals::upgrade_told(texts, &upgrade, false)),
                facts,
                changes: opened.catalog_changes,
            }));
            // Setting notifies even when already asking: a second link replaces the first.
            panel.asking.set(true);
        }
    }
}

/// The prices the waiting link carries that differ from the published book, one a line,
/// before anything is replaced (nothing without a published book, or when they agree).
fn price_notes(store: Store, panel: Panel, texts: &'static Texts) -> Option<impl IntoView> {
    let published = crate::ui::published_prices::use_published_book()?.0.get()?;
    let catalog = store.catalog();
    let lines = panel.pending.with_value(|link| {
        let link = link.as_ref()?;
        let differences = price_differences(&published, link.session.quote.price_book.as_ref(), &link.quoted);
        let wordings = PriceWordings { currency: &texts.share.price_currency, price: &texts.share.price_differs };
        let lines = difference_lines(texts, &catalog, &published, &differences, wordings);
        (!lines.is_empty()).then_some(lines)
    })?;
    let heading = texts.share.prices_differ.fill(crate::present::prices::dated_name(texts, &published));
    Some(view! {
        <p>{heading}</p>
        <ul class="share-open-prices">{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
    })
}

/// Removes the fragment from the address without reloading or adding a history entry.
fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let (Some(address), Ok(history)) = (crate::web::page_address(), window.history()) else { return };
    // If the browser refuses, the link stays in the address and a reload asks again:
    // nothing is lost, so there is nothing to tell.
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
}

/// Copies text with the asynchronous clipboard API, or says why it could not.
async fn copy_text(texts: &'static Texts, text: &str) -> Result<(), String> {
    let [no_window, no_clipboard, refused] = texts.share.clipboard;
    let window = web_sys::window().ok_or(no_window)?;
    let navigator = window.navigator();
    // `navigator.clipboard` is missing outside secure (https) pages and in old browsers.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or(no_clipboard)?;
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|error| {
        js_sys::Reflect::get(&error, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .filter(|m| !m.is_empty())
            .map(|m| texts.share.clipboard_refused.fill(m))
            .unwrap_or_else(|| refused.to_string())
    })
}

/// Focuses and selects the link field (after a failed copy, for a manual one).
fn select_link_field() {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("share-link-url"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        field.select();
    }
}

/// Selects the whole text of the focused field.
fn select_target(ev: &leptos::ev::FocusEvent) {
    if let Some(field) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        field.select();
    }
}
