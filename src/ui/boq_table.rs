//! The BOQ table: line no., item, unit, quantity, term, unit price, discount, amount;
//! subtotals per offering; one-off, recurring per month / year and the grand total.
//! Without a price book every price reads "price on request".

use crate::domain::document::TOTAL_LABELS;
use crate::present::plural::{count_of, UNPRICED_LINE};
use leptos::prelude::*;

use crate::domain::boq::BoqRow;
use crate::domain::catalog::Billing;
use crate::domain::money::{decimal_text, format_amount, parse_price_at, Minor};
use crate::state::use_store;
use crate::ui::fields::InputError;

/// The BOQ.
#[component]
pub fn BoqTable() -> impl IntoView {
    let store = use_store();
    let currency = Memo::new(move |_| store.boq.with(|b| b.currency.clone()));
    let illustrative = store.slice(|s| s.quote.price_book.as_ref().is_some_and(|b| b.illustrative));
    // Keyed entries: an edit re-renders the rows whose data changed, not the table.
    let entries = Memo::new(move |_| {
        store.boq.with(|boq| {
            let mut out = Vec::with_capacity(boq.rows.len() + 2 * boq.subtotals.len());
            for (i, row) in boq.rows.iter().enumerate() {
                let previous = i.checked_sub(1).and_then(|before| boq.rows.get(before));
                if previous.is_none_or(|before| before.offering_id != row.offering_id) {
                    out.push(Entry::Header(row.offering_id.clone(), row.offering.clone()));
                }
                out.push(Entry::Line(row.item.clone()));
                let last = boq.rows.get(i + 1).is_none_or(|next| next.offering_id != row.offering_id);
                if last && boq.totals.is_some() {
                    out.push(Entry::Subtotal(row.offering_id.clone()));
                }
            }
            out
        })
    });
    let rows = move || {
        view! {
            <For each=move || entries.get() key=|entry| entry.clone() let:entry>
                {match entry {
                    Entry::Header(_, name) => view! { <tr class="offering-row"><th colspan="8" scope="colgroup">{name}</th></tr> }.into_any(),
                    Entry::Line(item) => view! { <Row item=item /> }.into_any(),
                    Entry::Subtotal(offering) => view! { <SubtotalRow offering=offering /> }.into_any(),
                }}
            </For>
        }
    };
    let totals = move || {
        let boq = store.boq.get();
        // An amount too large to hold exactly: the line is named, no total is shown.
        if let Some(refused) = &boq.refused {
            return view! { <p class="field-error totals-refused" role="alert">{refused.to_string()}</p> }.into_any();
        }
        match &boq.totals {
            None => view! {
                <p class="totals-none">{if boq.rows.is_empty() { "No lines yet." } else { "Prices: price on request. Quantities, units and terms above are complete." }}</p>
            }.into_any(),
            Some(t) => {
                let c = t.currency.clone();
                view! {
                    <dl class="totals">
                        <div><dt>{TOTAL_LABELS[0]}</dt><dd>{format_amount(&c, t.one_off)}</dd></div>
                        <div><dt>{TOTAL_LABELS[1]}</dt><dd>{format_amount(&c, t.monthly)}</dd></div>
                        <div><dt>{TOTAL_LABELS[2]}</dt><dd>{format_amount(&c, t.yearly)}</dd></div>
                        <div class="grand"><dt>{TOTAL_LABELS[3]}</dt><dd data-testid="grand-total">{format_amount(&c, t.grand_total)}</dd></div>
                    </dl>
                    {(t.unpriced_lines > 0).then(|| view! { <p class="muted">{format!("{} (price on request) not in the totals.", count_of(t.unpriced_lines, UNPRICED_LINE))}</p> })}
                }.into_any()
            }
        }
    };
    view! {
        <section class="panel boq" aria-labelledby="boq-heading">
            <h2 id="boq-heading">"Bill of quantities"
                {move || currency.get().map(|c| view! { <span class="currency">{format!(" \u{b7} {c}")}</span> })}
                {move || illustrative.get().then(|| view! { <span class="illustrative">" \u{b7} Illustrative prices"</span> })}
            </h2>
            <div class="table-scroll" role="region" aria-labelledby="boq-heading" tabindex="0">
                <table aria-label="Bill of quantities">
                    <thead>
                        <tr>
                            <th scope="col">"No."</th>
                            <th scope="col">"Item"</th>
                            <th scope="col">"Unit"</th>
                            <th scope="col" class="num">"Quantity"</th>
                            <th scope="col">"Term"</th>
                            <th scope="col" class="num">"Unit price"</th>
                            <th scope="col" class="num">"Discount"</th>
                            <th scope="col" class="num">"Amount"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {totals}
        </section>
    }
}

/// One entry of the BOQ body.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Entry {
    /// An offering heading (id, name).
    Header(String, String),
    /// A line, by item id.
    Line(String),
    /// An offering subtotal, by offering id.
    Subtotal(String),
}

/// An offering subtotal row.
#[component]
fn SubtotalRow(offering: String) -> impl IntoView {
    let store = use_store();
    let data = Memo::new(move |_| {
        store.boq.with(|b| {
            let currency = b.totals.as_ref()?.currency.clone();
            let sub = b.subtotals.iter().find(|s| s.offering_id == offering)?;
            Some((sub.offering.clone(), format_amount(&currency, sub.total)))
        })
    });
    move || {
        data.get().map(|(name, total)| {
            view! {
                <tr class="subtotal">
                    <th colspan="7" scope="row">{format!("Subtotal {name}")}</th>
                    <td class="num">{total}</td>
                </tr>
            }
        })
    }
}

/// One BOQ row; the unit price is editable in sales-engineer mode when a book exists.
#[component]
fn Row(item: String) -> impl IntoView {
    let store = use_store();
    let id = item.clone();
    let data = Memo::new(move |_| {
        store.boq.with(|b| {
            let currency = b.currency.clone();
            b.rows.iter().find(|r| r.item == id).cloned().map(|row| (row, currency))
        })
    });
    move || {
        let Some((row, currency)) = data.get() else { return ().into_any() };
        let sales = store.is_sales();
        view! { <RowCells row=row currency=currency sales=sales item=item.clone() /> }.into_any()
    }
}

/// The cells of a BOQ row.
#[component]
fn RowCells(row: BoqRow, currency: Option<String>, sales: bool, item: String) -> impl IntoView {
    let store = use_store();
    let term = match (row.billing, row.term_months) {
        (Billing::Periodic, Some(t)) => format!("{t} months"),
        _ => "one-off".to_string(),
    };
    let money = |m: Option<Minor>| match (&currency, m) {
        (Some(c), Some(m)) => format_amount(c, m),
        _ => "price on request".to_string(),
    };
    let per = if row.billing == Billing::Periodic { " / month" } else { "" };
    let amount = money(row.amount);
    let discount =
        if row.discount.0 == 0 { "\u{2014}".to_string() } else { format!("{} %", row.discount.percent_text()) };
    let price_cell = match (sales, currency.clone()) {
        (true, Some(currency)) => {
            let value = row.unit_price.map(|p| decimal_text(&currency, p)).unwrap_or_default();
            let id = format!("price-{item}");
            let problem = RwSignal::new(None::<String>);
            let label = format!("Unit price of {} ({currency})", row.name);
            view! {
                <label class="visually-hidden" for=id.clone()>{label}</label>
                <input id=id class="price-input" type="text" inputmode="decimal" prop:value=value
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        let item = item.clone();
                        if text.trim().is_empty() {
                            problem.set(None);
                            store.edit(move |s| { if let Some(book) = s.quote.price_book.as_mut() { book.prices.remove(&item); } });
                            return;
                        }
                        match parse_price_at(&currency, "Unit price", &text) {
                            Ok(price) => {
                                problem.set(None);
                                store.edit(move |s| { if let Some(book) = s.quote.price_book.as_mut() { book.prices.insert(item, price); } });
                            }
                            Err(refused) => problem.set(Some(format!("{refused}: the price stays as it was."))),
                        }
                    } />
                <InputError message=problem />
            }
            .into_any()
        }
        _ => {
            view! { <span>{format!("{}{per}", money(row.unit_price).replace("price on request", "on request"))}</span> }
                .into_any()
        }
    };
    view! {
        <tr class=if row.derived { "derived" } else { "" }>
            <td>{row.no}</td>
            <th scope="row"><span class="item-label">{row.name.clone()}</span>{row.because.clone().map(|b| view! { <span class="because">{b}</span> })}</th>
            <td>{row.unit.clone()}</td>
            <td class="num qty">{row.quantity}</td>
            <td>{term}</td>
            <td class="num">{price_cell}</td>
            <td class="num">{discount}</td>
            <td class="num amount">{amount}</td>
        </tr>
    }
}
