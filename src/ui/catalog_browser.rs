//! "Services": the catalog by offering and group, with search and filters. Every item
//! says whether it can be added now; when not, why (the rule and its sentence) and the
//! action that makes it addable, one click away.

use leptos::prelude::*;

use crate::domain::catalog::{Billing, ItemId};
use crate::domain::profile::Platform;
use crate::domain::rules::{Availability, AvailabilityState};
use crate::present::words::Reporter;
use crate::state::{use_language, use_seed_details, use_store, use_texts, FedRow, RowFeed};
use crate::ui::deferred::Deferred;
use crate::ui::disclosure::Disclosure;
use crate::ui::fix_button::{Citations, FixButton};
use crate::ui::item_detail::ItemDetail;
use crate::ui::offering_detail::OfferingDetail;

/// Which billing the list shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BillingFilter {
    All,
    Periodic,
    OneOff,
}

/// Offerings a platform answer points to (customer mode narrows the list to them).
fn offering_platform(offering: &str) -> Option<Platform> {
    match offering {
        "om" => Some(Platform::OmPlatform),
        "apaas-maintenance" | "apaas-operation" => Some(Platform::Apaas),
        "coc" => Some(Platform::Coc),
        _ => None,
    }
}

/// The catalog browser.
#[component]
pub fn CatalogBrowser() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let catalog = store.catalog();
    let search = RwSignal::new(String::new());
    let billing = RwSignal::new(BillingFilter::All);
    let eligible_only = RwSignal::new(false);
    let offering_filter = RwSignal::new(String::new());

    let filter_catalog = catalog.clone();
    let platforms = store.slice(|s| s.profile.platforms.clone());
    // The search looks through the seed texts too once they are here (fetched on the first
    // keystroke); until then, and when they cannot arrive, through the names.
    let seed = use_seed_details();
    let visible = Memo::new(move |_| {
        let needle = search.get().trim().to_lowercase();
        let detailed = if needle.is_empty() { None } else { seed.get() };
        let billing = billing.get();
        let eligible_only = eligible_only.get();
        let offering_filter = offering_filter.get();
        let evaluation = store.evaluation.get();
        let sales = store.is_sales();
        let platforms = platforms.get();
        let mut groups: Vec<(String, Vec<ItemId>)> = Vec::new();
        for entry in filter_catalog.items() {
            let item = entry.item;
            if !offering_filter.is_empty() && entry.offering.id != offering_filter {
                continue;
            }
            if !sales && !platforms.is_empty() {
                if let Some(platform) = offering_platform(&entry.offering.id) {
                    if !platforms.contains(&platform) {
                        continue;
                    }
                }
            }
            match (billing, item.billing) {
                (BillingFilter::Periodic, Billing::OneOff) | (BillingFilter::OneOff, Billing::Periodic) => continue,
                _ => {}
            }
            if eligible_only && !evaluation.availability_of(&item.id).is_some_and(|a| a.is_addable()) {
                continue;
            }
            if !needle.is_empty() {
                // The shown name too (§8.14): "Key Event On-Duty Service Basic Edition" finds
                // the edition its add button and the quote call by that name.
                let texts = detailed.as_ref().and_then(|catalog| catalog.item(&item.id)).unwrap_or(item);
                let haystack = format!(
                    "{} {} {} {} {}",
                    item.name,
                    item.shown_name(),
                    texts.content,
                    texts.scenario,
                    texts.deliverables.join(" ")
                )
                .to_lowercase();
                if !haystack.contains(&needle) {
                    continue;
                }
            }
            match groups.last_mut() {
                Some((offering, items)) if *offering == entry.offering.id => items.push(item.id.clone()),
                _ => groups.push((entry.offering.id.clone(), vec![item.id.clone()])),
            }
        }
        groups
    });

    let offering_options =
        catalog.offerings().map(|(_, o)| view! { <option value=o.id.clone()>{o.name.clone()}</option> }).collect_view();
    // On a phone the catalog comes last, each offering collapsed to its heading (a search
    // opens the offerings it finds); a wider screen shows the items at once.
    let narrow = crate::web::is_narrow_screen();
    // "/" outside a text field goes to the search, as on many sites.
    let slash = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = crate::web::typing_in_field(&ev);
        if !in_field
            && ev.key() == "/"
            && !(ev.ctrl_key() || ev.meta_key() || ev.alt_key())
            && crate::web::focus("catalog-search")
        {
            ev.prevent_default();
        }
    });
    on_cleanup(move || slash.remove());
    // Each item reads its own availability: an edit wakes the items whose state changed.
    let availability = RowFeed::new(move || {
        store.evaluation.with(|e| e.availability.iter().map(|a| (a.item.clone(), a.clone())).collect())
    });
    let total_shown = move || visible.with(|g| g.iter().map(|(_, items)| items.len()).sum::<usize>());

    view! {
        <section class="panel catalog" aria-labelledby="catalog-heading"
            on:keydown=move |ev| crate::ui::roving::move_focus(&ev)>
            <h2 id="catalog-heading" tabindex="-1">{texts.catalog.heading}</h2>
            <crate::ui::seed_note::SeedTextsNote />
            <div class="filters" role="search">
                <div class="field">
                    <label for="catalog-search">{texts.catalog.search}</label>
                    <input id="catalog-search" type="search" placeholder=texts.catalog.search_placeholder
                        prop:value=move || search.get() on:input=move |ev| {
                            seed.request(store);
                            search.set(event_target_value(&ev));
                        } />
                    {move || seed.unavailable().then(|| view! { <p class="hint">{texts.catalog.search_names_only}</p> })}
                </div>
                <div class="field">
                    <label for="catalog-offering">{texts.catalog.offering}</label>
                    <select id="catalog-offering" on:change=move |ev| offering_filter.set(event_target_value(&ev))>
                        <option value="">{texts.catalog.all_offerings}</option>
                        {offering_options}
                    </select>
                </div>
                <div class="field">
                    <label for="catalog-billing">{texts.catalog.billing}</label>
                    <select id="catalog-billing" on:change=move |ev| billing.set(match event_target_value(&ev).as_str() {
                        "periodic" => BillingFilter::Periodic,
                        "one_off" => BillingFilter::OneOff,
                        _ => BillingFilter::All,
                    })>
                        <option value="all">{texts.catalog.billing_choices[0]}</option>
                        <option value="periodic">{texts.catalog.billing_choices[1]}</option>
                        <option value="one_off">{texts.catalog.billing_choices[2]}</option>
                    </select>
                </div>
                <div class="check">
                    <input id="catalog-eligible" type="checkbox" prop:checked=move || eligible_only.get() on:change=move |ev| eligible_only.set(event_target_checked(&ev)) />
                    <label for="catalog-eligible">{texts.catalog.eligible_only}</label>
                </div>
            </div>
            <p class="muted" aria-live="polite">{move || texts.catalog.shown.fill(texts.words.service.count_of(total_shown()))}</p>
            <For each=move || visible.get() key=|(offering, items)| (offering.clone(), items.clone()) let:group>
                <Deferred><OfferingGroup offering=group.0.clone() items=group.1.clone() availability=availability
                    open=!narrow || !search.get_untracked().trim().is_empty() /></Deferred>
            </For>
        </section>
    }
}

/// One offering with its items (in a disclosure, open at first when `open`).
#[component]
fn OfferingGroup(
    /// The offering.
    offering: String,
    /// Its items the filters show.
    items: Vec<ItemId>,
    /// Whether the items are shown at first.
    open: bool,
    /// Every item's availability.
    availability: RowFeed<Availability>,
) -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let catalog = store.catalog();
    let Some((document, found)) = catalog.offering(&offering).map(|(d, o)| (d.clone(), o.clone())) else {
        return ().into_any();
    };
    let heading_id = format!("offering-{offering}");
    let labelled_by = heading_id.clone();
    let count = found.items.len();
    let shown = items.len();
    // Items sit under the seed's sub-heading when it differs from the offering's name.
    let offering_name = found.name.clone();
    let rows = move || {
        let mut last_group = offering_name.clone();
        items
            .iter()
            .map(|item| {
                let group = catalog.entry(item).map(|e| e.item.group.clone()).unwrap_or_default();
                let heading = (group != last_group).then(|| {
                    last_group = group.clone();
                    view! { <li class="group-heading"><h4>{group}</h4></li> }
                });
                view! { {heading} <ItemRow availability=availability.row(item) item=item.clone() /> }
            })
            .collect_view()
    };
    view! {
        <section class="offering" aria-labelledby=labelled_by>
            <h3 id=heading_id class="offering-name">{found.name.clone()}" "<span class="offering-count">{move || format!("({})", texts.screen.item.count_of(count))}</span></h3>
            <p class="offering-source">{
                let (seed, updated_on) = (document.seed.clone(), document.updated_on.clone());
                // A customer reads the date, not the file name (sales mode shows both).
                move || {
                    if store.is_sales() {
                        texts.screen.offering_source.fill(&seed, &updated_on)
                    } else {
                        texts.screen.offering_updated.fill(&updated_on)
                    }
                }
            }</p>
            // Collapsed (on a phone), the items are built when first opened: most of the
            // catalog's elements, which a phone would otherwise lay out at start unseen.
            <Disclosure class="offering-items" summary=texts.catalog.offering_items.fill(texts.screen.item.count_of(shown)) open=open>
                <OfferingDetail offering=found.id.clone() name=found.name.clone() />
                <ul class="catalog-items">{rows()}</ul>
            </Disclosure>
        </section>
    }
    .into_any()
}

/// One catalog item: name, billing, availability and its way forward.
#[component]
fn ItemRow(
    /// The item.
    item: ItemId,
    /// Whether it can be added now, and if not why.
    availability: FedRow<Availability>,
) -> impl IntoView {
    let store = use_store();
    let language = use_language();
    let catalog = store.catalog();
    let Some(entry) = catalog.entry(&item) else { return ().into_any() };
    let unit = entry.item.unit;
    let periodic = entry.item.billing == Billing::Periodic;
    let billing = move || {
        let t = language.get_untracked().texts();
        let unit = (t.words.unit)(unit);
        if periodic {
            t.screen.billed_periodic.fill(unit)
        } else {
            t.screen.billed_one_off.fill(unit)
        }
    };
    let name = entry.item.name.clone();
    let name_for_detail = name.clone();
    let status_item = item.clone();
    let status = move || {
        let Some(availability) = availability.get() else { return ().into_any() };
        let add_item = status_item.clone();
        let t = language.get_untracked().texts();
        let add_label = t.fixes.add.fill(catalog.name_of(&status_item));
        let added = t.catalog.accepted.fill(catalog.name_of(&status_item));
        // The badge that replaces the add button takes the focus, so the keyboard stays on
        // this item (the button it was on is gone).
        let badge_id = format!("in-quote-{status_item}");
        match availability.state.clone() {
            AvailabilityState::Selected => {
                view! { <span class="badge in-quote" id=badge_id tabindex="-1">{t.screen.in_quote}</span> }.into_any()
            }
            AvailabilityState::Derived => view! { <span class="badge derived">{t.screen.included}</span> }.into_any(),
            AvailabilityState::Addable { needs } => {
                let note = (!needs.is_empty()).then(|| {
                    let words = Reporter { texts: t, catalog: &catalog };
                    needs.iter().map(|n| words.short(&n.fact)).collect::<Vec<_>>().join(" ")
                });
                view! {
                    <button type="button" class="add" aria-label=add_label
                        on:click=move |_| {
                            store.add_item(add_item.clone());
                            store.tell(added.clone());
                            let badge = format!("in-quote-{add_item}");
                            request_animation_frame(move || { crate::web::focus(&badge); });
                        }>{t.screen.add}</button>
                    {note.map(|n| view! { <span class="needs-note">{t.screen.then.fill(&n)}</span> })}
                }
                .into_any()
            }
            AvailabilityState::Blocked { reasons, .. } => {
                let first = reasons.into_iter().next();
                let Some(reason) = first else { return ().into_any() };
                // The first fix is the item's tab stop; the rest are reached with the arrows.
                let fixes = reason
                    .fixes
                    .iter()
                    .take(2)
                    .cloned()
                    .enumerate()
                    .map(|(i, fix)| view! { <FixButton fix=fix secondary={i > 0} /> })
                    .collect_view();
                view! {
                    <div class="blocked">
                        <span class="badge blocked-badge">{t.screen.not_available}</span>
                        <span class="blocked-reason">{Reporter { texts: t, catalog: &catalog }.finding(&reason)}</span>
                        <Citations citations=reason.citations.clone() secondary=true />
                        <div class="fixes">{fixes}</div>
                    </div>
                }
                .into_any()
            }
        }
    };
    // "Details" is the tab stop of an item that offers no add or fix button.
    let has_action = Memo::new(move |_| {
        availability.with(|a| {
            a.is_some_and(|a| match &a.state {
                AvailabilityState::Addable { .. } => true,
                AvailabilityState::Blocked { reasons, .. } => reasons.first().is_some_and(|r| !r.fixes.is_empty()),
                AvailabilityState::Selected | AvailabilityState::Derived => false,
            })
        })
    });
    view! {
        <li class="catalog-item">
            <div class="item-head">
                <span class="item-name">{name}</span>
                <span class="item-billing">{billing}</span>
            </div>
            <div class="item-status">{status}</div>
            <ItemDetail item=item name=name_for_detail secondary=has_action />
        </li>
    }
    .into_any()
}
