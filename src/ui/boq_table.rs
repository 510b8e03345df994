//! The BOQ table: line no., item, unit, quantity, term, unit price, discount, amount;
//! subtotals per offering; one-off, recurring per month / year and the grand total.
//! Without a price book every price reads "price on request".

use leptos::prelude::*;

use crate::domain::boq::BoqRow;
use crate::domain::catalog::Billing;
use crate::domain::money::{decimal_text, format_amount, parse_price, Minor, PriceBook};
use crate::state::use_store;

/// The BOQ.
#[component]
pub fn BoqTable() -> impl IntoView {
    let store = use_store();
    let currency = move || store.boq.with(|b| b.totals.as_ref().map(|t| t.currency.clone()));
    let illustrative = move || store.with(|s| s.quote.price_book.as_ref().is_some_and(|b| b.illustrative));
    let rows = move || {
        let boq = store.boq.get();
        let currency = boq.totals.as_ref().map(|t| t.currency.clone());
        let mut out = Vec::new();
        let mut current_offering = String::new();
        for row in boq.rows.iter() {
            if row.offering_id != current_offering {
                current_offering = row.offering_id.clone();
                out.push(view! { <tr class="offering-row"><th colspan="8" scope="colgroup">{row.offering.clone()}</th></tr> }.into_any());
            }
            out.push(view! { <Row row=row.clone() currency=currency.clone() /> }.into_any());
            let last_of_offering = boq.rows.get(row.no).is_none_or(|next| next.offering_id != row.offering_id);
            if let (true, Some(currency)) = (last_of_offering, currency.as_ref()) {
                if let Some(sub) = boq.subtotals.iter().find(|s| s.offering_id == row.offering_id) {
                    out.push(view! {
                        <tr class="subtotal">
                            <th colspan="7" scope="row">{format!("Subtotal {}", sub.offering)}</th>
                            <td class="num">{format_amount(currency, sub.total)}</td>
                        </tr>
                    }.into_any());
                }
            }
        }
        out
    };
    let totals = move || {
        let boq = store.boq.get();
        match &boq.totals {
            None => view! {
                <p class="totals-none">{if boq.rows.is_empty() { "No lines yet." } else { "Prices: price on request. Quantities, units and terms above are complete." }}</p>
            }.into_any(),
            Some(t) => {
                let c = t.currency.clone();
                view! {
                    <dl class="totals">
                        <div><dt>"One-off total"</dt><dd>{format_amount(&c, t.one_off)}</dd></div>
                        <div><dt>"Recurring per month"</dt><dd>{format_amount(&c, t.monthly)}</dd></div>
                        <div><dt>"Recurring per year"</dt><dd>{format_amount(&c, t.yearly)}</dd></div>
                        <div class="grand"><dt>"Grand total for the term"</dt><dd data-testid="grand-total">{format_amount(&c, t.grand_total)}</dd></div>
                    </dl>
                    {(t.unpriced_lines > 0).then(|| view! { <p class="muted">{format!("{} line(s) without a price (price on request) are not in the totals.", t.unpriced_lines)}</p> })}
                }.into_any()
            }
        }
    };
    view! {
        <section class="panel boq" aria-labelledby="boq-heading">
            <h2 id="boq-heading">"Bill of quantities"
                {move || currency().map(|c| view! { <span class="currency">{format!(" \u{b7} {c}")}</span> })}
                {move || illustrative().then(|| view! { <span class="illustrative">" \u{b7} Illustrative prices"</span> })}
            </h2>
            <div class="table-scroll" role="region" aria-labelledby="boq-heading" tabindex="0">
                <table>
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

/// One BOQ row; the unit price is editable in sales-engineer mode when a book exists.
#[component]
fn Row(row: BoqRow, currency: Option<String>) -> impl IntoView {
    let store = use_store();
    let term = match (row.billing, row.term_months) {
        (Billing::Periodic, Some(t)) => format!("{t} months"),
        _ => "one-off".to_string(),
    };
    let money = |m: Option<Minor>| match (&currency, m) {
        (Some(c), Some(m)) => format_amount(c, m),
        _ => "price on request".to_string(),
    };
    let unit_price_text = money(row.unit_price).replace("price on request", "on request");
    let per = if row.billing == Billing::Periodic { " / month" } else { "" };
    let amount = money(row.amount);
    let discount = if row.discount.0 == 0 { "\u{2014}".to_string() } else { format!("{} %", row.discount.percent_text()) };
    let item = row.item.clone();
    let price_label_name = row.name.clone();
    let price_cell = move || {
        let editable = store.is_sales() && currency.is_some();
        if !editable {
            return view! { <span>{format!("{unit_price_text}{per}")}</span> }.into_any();
        }
        let currency = currency.clone().unwrap_or_default();
        let value = row.unit_price.map(|p| decimal_text(&currency, p)).unwrap_or_default();
        let id = format!("price-{item}");
        let item = item.clone();
        let problem = RwSignal::new(None::<String>);
        view! {
            <label class="visually-hidden" for=id.clone()>{format!("Unit price of {} ({currency})", price_label_name)}</label>
            <input id=id class="price-input" type="text" inputmode="decimal" prop:value=value
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    let item = item.clone();
                    if text.trim().is_empty() {
                        problem.set(None);
                        store.edit(move |s| { if let Some(book) = s.quote.price_book.as_mut() { book.prices.remove(&item); } });
                        return;
                    }
                    match parse_price(&currency, &text) {
                        Some(price) => {
                            problem.set(None);
                            store.edit(move |s| { if let Some(book) = s.quote.price_book.as_mut() { book.prices.insert(item, price); } });
                        }
                        None => problem.set(Some(format!("\u{201c}{text}\u{201d} is not a {currency} price: unchanged."))),
                    }
                } />
            {move || problem.get().map(|p| view! { <span class="field-error" role="alert">{p}</span> })}
        }
        .into_any()
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

/// A new empty price book in a currency (sales engineers type prices in the BOQ).
pub fn empty_book(currency: &str) -> PriceBook {
    PriceBook { name: "Typed prices".into(), currency: currency.to_string(), illustrative: false, prices: Default::default() }
}
