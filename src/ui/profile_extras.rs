//! Profile sections that depend on the quote or are for sales engineers: prerequisite
//! attestations, existing contracts for base items, the quote date and holidays.

use leptos::prelude::*;

use crate::domain::calendar::Date;
use crate::domain::order::{catalog_rank, set_of, sort_by_rank};
use crate::state::use_store;
use crate::ui::fields::{CheckField, InputError};

/// Checkboxes for the prerequisites of the offerings in the quote (verbatim sentences).
#[component]
pub fn Prerequisites() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let catalog = store.catalog();
    // (id, sentence) of every prerequisite to ask; changes only when offerings come or go.
    let asked = Memo::new(move |_| {
        let automated: Vec<&str> = catalog.rules().lead_times.iter().map(|r| r.prerequisite.as_str()).collect();
        let mut seeds: Vec<&str> = Vec::new();
        let mut out: Vec<(String, String)> = Vec::new();
        store.evaluation.with(|evaluation| {
            for line in &evaluation.lines {
                let Some(entry) = catalog.entry(&line.item) else { continue };
                if seeds.contains(&entry.document.seed.as_str()) {
                    continue;
                }
                seeds.push(entry.document.seed.as_str());
                for prerequisite in &entry.document.prerequisites {
                    if !automated.contains(&prerequisite.id.as_str()) {
                        out.push((prerequisite.id.clone(), prerequisite.text.clone()));
                    }
                }
            }
        });
        out
    });
    view! {
        <fieldset class="prerequisites">
            <legend>{texts.profile.prerequisites}</legend>
            <Show when=move || asked.with(Vec::is_empty)>
                <p class="muted">{texts.profile.no_prerequisites}</p>
            </Show>
            <For each=move || asked.get() key=|(id, _)| id.clone() let:prerequisite>
                {
                    let (id, text) = prerequisite;
                    let key = id.clone();
                    let checked = Signal::from(store.slice(move |s| s.profile.attested_prerequisites.contains(&key)));
                    let attest = id.clone();
                    let on_change = Callback::new(move |on: bool| {
                        store.attest_prerequisite(attest.clone(), on)
                    });
                    view! { <CheckField id=format!("prereq-{id}") label=text checked=checked on_change=on_change /> }
                }
            </For>
        </fieldset>
    }
}

/// Contracts the customer already holds for base items (satisfy dependencies).
#[component]
pub fn ExistingContracts(
    /// Sales-engineer wording.
    sales: bool,
) -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let catalog = store.catalog();
    let mut bases: Vec<String> = catalog.rules().requires.iter().flat_map(|r| r.any_of.clone()).collect();
    sort_by_rank(&mut bases, |b| catalog_rank(&catalog, b));
    bases.dedup();
    let choice = RwSignal::new(bases.first().cloned().unwrap_or_default());
    let reference = RwSignal::new(String::new());
    let names = catalog.clone();
    let options = bases
        .iter()
        .map(|b| view! { <option value=b.clone()>{catalog.name_of(b).to_string()}</option> })
        .collect_view();
    let contracts = store.slice(|s| s.profile.existing_contracts.clone());
    let list = move || {
        contracts.with(|contracts| {
            contracts
                .iter()
                .map(|c| {
                    let item = c.item.clone();
                    let label = texts.profile.remove_contract.fill(names.name_of(&c.item));
                    view! {
                        <li>
                            {names.name_of(&c.item).to_string()}
                            {(!c.reference.is_empty()).then(|| texts.profile.contract_ref.fill(&c.reference))}
                            " "
                            <button type="button" class="link" aria-label=label
                                on:click=move |_| store.remove_contract(&item)>
                                {texts.profile.remove}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <fieldset>
            <legend>{texts.profile.contracts.pick(sales)}</legend>
            <ul class="plain">{list}</ul>
            <div class="field">
                <label for="contract-item">{texts.profile.base_item}</label>
                <select id="contract-item" prop:value=move || choice.get() on:change=move |ev| choice.set(event_target_value(&ev))>{options}</select>
            </div>
            <div class="field">
                <label for="contract-ref">{texts.profile.contract_reference.pick(sales)}</label>
                <input id="contract-ref" type="text" prop:value=move || reference.get() on:input=move |ev| reference.set(event_target_value(&ev)) />
            </div>
            <button type="button" on:click=move |_| {
                let item = choice.get_untracked();
                let reference_text = reference.get_untracked().trim().to_string();
                store.record_contract(item, reference_text);
                reference.set(String::new());
            }>{texts.profile.record_contract}</button>
        </fieldset>
    }
}

/// The quote (application) date and the holiday list for the lead-time rule.
#[component]
pub fn QuoteDates() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let holidays_error = RwSignal::new(None::<String>);
    let quote_date = store.slice(|s| s.profile.quote_date.to_string());
    let holidays = store.slice(|s| s.profile.holidays.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "));
    view! {
        <fieldset>
            <legend>{texts.profile.lead_time_dates}</legend>
            <div class="field">
                <label for="input-quote-date">{texts.profile.quote_date}</label>
                <input id="input-quote-date" type="date"
                    prop:value=quote_date
                    on:change=move |ev| {
                        if let Some(date) = Date::parse(&event_target_value(&ev)) {
                            store.set_quote_date(date);
                        }
                    } />
            </div>
            <div class="field">
                <label for="input-holidays">{texts.profile.holidays}</label>
                <input id="input-holidays" type="text"
                    aria-invalid=move || holidays_error.with(Option::is_some).to_string()
                    prop:value=holidays
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        let parts: Vec<&str> = text.split([',', ';', ' ']).map(str::trim).filter(|p| !p.is_empty()).collect();
                        let parsed: Vec<Option<Date>> = parts.iter().map(|p| Date::parse(p)).collect();
                        if let Some(not_a_date) = parts.iter().zip(&parsed).find_map(|(part, date)| date.is_none().then_some(part)) {
                            holidays_error.set(Some(texts.profile.holiday_refused.fill(not_a_date)));
                        } else {
                            holidays_error.set(None);
                            store.set_holidays(set_of(parsed.into_iter().flatten()));
                        }
                    } />
                <InputError message=holidays_error />
            </div>
        </fieldset>
    }
}
