//! "Your quote": the lines with quantity, term and (sales engineer) discount editors.
//! Derived lines show the arithmetic that sized them; a sales engineer may override a
//! derived quantity with a reason. Rows are keyed so editing one re-renders one.

use leptos::prelude::*;

use crate::domain::bounds::{check_text, parse_count, CountInputError, MAX_COUNT};
use crate::domain::catalog::Billing;
use crate::domain::money::DiscountBp;
use crate::domain::quote::{QuoteStatus, TERM_MONTHS};
use crate::domain::rules::BoqLine;
use crate::present::refusals;
use crate::state::{use_language, use_store, FedRow, RowFeed, Store};
use crate::ui::fields::{InputError, RadioOption};

/// A typed line quantity: a whole number from 0 to 100,000 (catalog-rules §8.13).
fn parse_quantity(text: &str) -> Result<u32, CountInputError> {
    match parse_count(text, MAX_COUNT)? {
        Some(quantity) => u32::try_from(quantity).map_err(|_| CountInputError::AboveLimit { max: MAX_COUNT }),
        None => Err(CountInputError::NotAWholeNumber),
    }
}

/// The quote panel header: title, default term, status.
#[component]
pub fn QuoteSettings() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let term_error = RwSignal::new(None::<String>);
    let title = store.slice(|s| s.quote.title.clone());
    let term = store.slice(|s| s.quote.term_months.to_string());
    view! {
        <div class="quote-settings">
            <div class="field">
                <label for="quote-title">{texts.quote.title}</label>
                <input id="quote-title" type="text" placeholder=texts.quote.title_placeholder
                    prop:value=title
                    on:change=move |ev| store.set_quote_title(&event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="quote-term">{texts.quote.term}</label>
                <input id="quote-term" type="text" inputmode="numeric"
                    prop:value=term
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        match text.trim().parse::<u32>() {
                            Ok(months) if TERM_MONTHS.contains(&months) => { term_error.set(None); store.set_quote_term(months) }
                            _ => term_error.set(Some(texts.quote.term_refused.fill(&text))),
                        }
                    } />
                <InputError message=term_error />
            </div>
            <fieldset class="status">
                <legend>{texts.quote.status[0]}</legend>
                {[(QuoteStatus::Draft, "status-draft", texts.quote.status[1]), (QuoteStatus::Final, "status-final", texts.quote.status[2])]
                    .into_iter()
                    .map(|(status, id, label)| {
                        let checked = Signal::from(store.slice(move |s| s.quote.status == status));
                        let on_select = Callback::new(move |()| store.set_quote_status(status));
                        view! { <RadioOption name="quote-status" id=id label=label checked=checked on_select=on_select /> }
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

/// A quote line as evaluated, and its amount as the BOQ has it once it is priced.
type ShownLine = (BoqLine, Option<String>);

/// The quote lines.
#[component]
pub fn QuoteLines() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let empty = move || store.evaluation.with(|e| e.lines.is_empty());
    // Each row reads its own line and amount: an edit wakes the rows it changed.
    let lines = RowFeed::new(move || {
        store.boq.with(|boq| {
            // The BOQ's rows follow the evaluation's lines in order (a line whose item the
            // catalog lacks has none): one walk pairs each line with its row.
            let mut rows = boq.rows.iter().peekable();
            let mut amount_of = |item: &str| {
                let row = rows.next_if(|row| row.item == item)?;
                Some(texts.amount(boq.currency.as_ref()?, row.amount?))
            };
            store
                .evaluation
                .with(|e| e.lines.iter().map(|l| (l.item.clone(), (l.clone(), amount_of(&l.item)))).collect())
        })
    });
    view! {
        <div class="quote-lines">
            <Show when=empty>
                <p class="muted empty-quote">{texts.quote.empty}</p>
            </Show>
            <ul class="lines" aria-label=texts.quote.lines>
                <For each=move || store.evaluation.with(|e| e.lines.iter().map(|l| l.item.clone()).collect::<Vec<_>>()) key=|id| id.clone() let:item>
                    <LineRow line=lines.row(&item) item=item />
                </For>
            </ul>
        </div>
    }
}

/// One quote line. Its parts read this line's signals only, so an edit elsewhere does not
/// re-render it, and an edit here keeps the inputs (and keyboard focus) in place.
#[component]
fn LineRow(
    /// The line's item.
    item: String,
    /// The line as evaluated (`None` once it leaves the quote), and its amount as the
    /// BOQ has it, once it is priced.
    line: FedRow<ShownLine>,
) -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let catalog = store.catalog();
    let Some(entry) = catalog.entry(&item) else { return ().into_any() };
    let name = entry.item.shown_name().to_string();
    let language = use_language();
    let unit = (language.get_untracked().texts().words.unit)(entry.item.unit);
    let periodic = entry.item.billing == Billing::Periodic;
    // A once-per-quote line (a key event's edition, onsite support) is x1: no override.
    let overridable = !catalog.index().once_per_quote_of.contains_key(&item);
    let id_base = format!("line-{item}");
    let derived = Memo::new(move |_| line.with(|l| l.is_some_and(|(l, _)| l.derived_quantity.is_some())));
    let selected = Memo::new(move |_| line.with(|l| l.is_some_and(|(l, _)| l.selected)));
    let quantity_view = {
        let item = item.clone();
        let id = format!("{id_base}-qty");
        let name_for_label = name.clone();
        move || {
            if derived.get() {
                let quantity = move || line.with(|l| l.map(|(l, _)| l.quantity).unwrap_or(0));
                let because = move || {
                    line.with(|l| {
                        let Some((l, _)) = l else { return String::new() };
                        let language = language.get_untracked();
                        let because =
                            l.because.as_ref().map(|b| store.words(language, |w| w.because(b))).unwrap_or_default();
                        match l.derived_quantity {
                            Some(d) if d != l.quantity => language.texts().screen.overridden.fill(d, &because),
                            _ => because,
                        }
                    })
                };
                view! {
                    <span class="qty-derived"><strong>{move || format!("\u{d7} {}", quantity())}</strong>{format!(" {unit}")}</span>
                    <span class="because">{because}</span>
                }
                .into_any()
            } else {
                let item = item.clone();
                let id = id.clone();
                let problem = RwSignal::new(None::<String>);
                // A line priced per engagement still says what it covers ("8 drill
                // scenarios in one engagement").
                let recorded = move || {
                    line.with(|l| {
                        let because = l?.0.because.as_ref()?;
                        Some(store.words(language.get_untracked(), |w| w.because(because)))
                    })
                    .map(|text| view! { <span class="because">{text}</span> })
                };
                view! {
                    <label for=id.clone()>{texts.quote.quantity_of_unit.fill(unit)}<span class="visually-hidden">{texts.quote.of_item.fill(&name_for_label)}</span></label>
                    <input id=id type="number" min="0" step="1" class="qty-input"
                        prop:value=move || line.with(|l| l.map(|(l, _)| l.quantity.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            match parse_quantity(&text) {
                                Ok(quantity) => {
                                    problem.set(None);
                                    store.set_line_quantity(&item, quantity);
                                }
                                Err(refused) => problem.set(Some(texts.quote.quantity_refused.fill(&text, refusals::count_input(texts, &refused)))),
                            }
                        } />
                    <InputError message=problem />
                    {recorded}
                }
                .into_any()
            }
        }
    };
    let term_view = periodic.then(|| {
        let item = item.clone();
        let id = format!("{id_base}-term");
        let term_name = name.clone();
        let problem = RwSignal::new(None::<String>);
        view! {
            <span class="term">
                <label for=id.clone()>{texts.quote.line_term}<span class="visually-hidden">{texts.quote.of_item.fill(&term_name)}</span></label>
                <input id=id type="number" min="1" max="36" step="1" class="term-input"
                    prop:value=move || line.with(|l| l.and_then(|(l, _)| l.term_months).map(|t| t.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        match text.trim().parse::<u32>() {
                            Ok(months) if TERM_MONTHS.contains(&months) => {
                                problem.set(None);
                                store.set_line_term(&item, months);
                            }
                            _ => problem.set(Some(texts.quote.line_term_refused.fill(&text))),
                        }
                    } />
                <InputError message=problem />
            </span>
        }
    });
    let sales_tools = {
        let item = item.clone();
        let id_base = id_base.clone();
        let tools_name = name.clone();
        move || {
            store.is_sales().then(|| view! { <SalesLineTools store=store item=item.clone() line=line name=tools_name.clone() id_base=id_base.clone() derived=derived.get() && overridable /> })
        }
    };
    let remove = {
        let item = item.clone();
        let label = texts.quote.remove_item.fill(&name);
        let removed = texts.quote.removed.fill(&name);
        move || {
            let item = item.clone();
            let removed = removed.clone();
            if selected.get() {
                view! { <button type="button" class="remove" aria-label=label.clone() on:click=move |_| {
                    store.remove_item(&item);
                    store.tell(removed.clone());
                    // The line and its button are gone: the keyboard continues at the quote.
                    request_animation_frame(|| { crate::web::focus("quote-heading"); });
                }>{texts.quote.remove}</button> }
                .into_any()
            } else {
                view! { <span class="muted">{texts.quote.with_base}</span> }.into_any()
            }
        }
    };
    // The line's amount as the BOQ has it (a phone reads the quote with its amounts
    // before the BOQ).
    view! {
        <li class="line">
            <div class="line-head"><span class="line-name">{name.clone()}</span>
                {move || line.with(|l| l.and_then(|(_, amount)| amount.clone())).map(|amount| view! { <span class="line-amount">{amount}</span> })}
                {remove}</div>
            <div class="line-edit">{quantity_view}{term_view}</div>
            {sales_tools}
        </li>
    }
    .into_any()
}

/// Discount and quantity override of a line (sales-engineer mode).
#[component]
fn SalesLineTools(
    /// The store the tools edit.
    store: Store,
    /// The line's item.
    item: String,
    /// The line as evaluated, and its amount.
    line: FedRow<ShownLine>,
    /// The item's name, which labels the tools for a screen reader.
    name: String,
    /// The start of the tools' element ids.
    id_base: String,
    /// Whether the quantity is derived (and may be overridden).
    derived: bool,
) -> impl IntoView {
    let texts = crate::state::use_texts();
    let discount_error = RwSignal::new(None::<String>);
    let discount_id = format!("{id_base}-discount");
    let discount_item = item.clone();
    let current_discount =
        Memo::new(move |_| line.with(|l| l.map(|(l, _)| l.discount.percent_text()).unwrap_or_default()));
    let override_name = name.clone();
    let override_view = derived.then(|| {
        let qty_id = format!("{id_base}-override-qty");
        let reason_id = format!("{id_base}-override-reason");
        let quantity = RwSignal::new(String::new());
        let reason = RwSignal::new(String::new());
        let problem = RwSignal::new(None::<String>);
        let item = item.clone();
        view! {
            <details class="override">
                <summary>{texts.quote.override_summary}<span class="visually-hidden">{texts.quote.of_item.fill(&override_name)}</span></summary>
                <label for=qty_id.clone()>{texts.quote.quantity}</label>
                <input id=qty_id type="number" min="0" prop:value=move || quantity.get() on:input=move |ev| quantity.set(event_target_value(&ev)) />
                <label for=reason_id.clone()>{texts.screen.reason_label}</label>
                <input id=reason_id type="text" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev)) />
                <button type="button" on:click=move |_| {
                    let typed = quantity.get_untracked();
                    let text = reason.get_untracked();
                    let q = match parse_quantity(&typed) {
                        Ok(q) => q,
                        Err(refused) => {
                            problem.set(Some(texts.quote.override_refused.fill(&typed, refusals::count_input(texts, &refused))));
                            return;
                        }
                    };
                    if let Err(too_long) = check_text(texts.screen.the_reason, text.trim()) {
                        problem.set(Some(texts.quote.ended.fill(refusals::bound(texts, &too_long))));
                        return;
                    }
                    if crate::domain::bounds::is_blank(&text) {
                        problem.set(Some(texts.quote.reason_first.into()));
                        return;
                    }
                    problem.set(None);
                    store.override_quantity(&item, q, &text);
                }>{texts.quote.apply_override}</button>
                <InputError message=problem />
            </details>
        }
    });
    view! {
        <div class="sales-tools">
            <label for=discount_id.clone()>{texts.quote.discount}<span class="visually-hidden">{texts.quote.for_item.fill(&name)}</span></label>
            <input id=discount_id type="text" inputmode="decimal" class="discount-input"
                prop:value=current_discount
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    match DiscountBp::parse_percent(&text) {
                        Ok(discount) => {
                            discount_error.set(None);
                            store.set_line_discount(&discount_item, discount);
                        }
                        Err(error) => discount_error.set(Some(texts.quote.discount_refused.fill(refusals::money(texts, &error)))),
                    }
                } />
            <InputError message=discount_error />
            {override_view}
        </div>
    }
}
