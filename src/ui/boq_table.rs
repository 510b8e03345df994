//! The BOQ table: line no., item, unit, quantity, term, unit price, discount, amount;
//! subtotals per offering; one-off, recurring per month / year and the grand total.
//! Without a price book every price reads "price on request".

use leptos::prelude::*;

use crate::domain::boq::BoqRow;
use crate::domain::catalog::Billing;
use crate::domain::money::{decimal_text, parse_price_at, Minor};
use crate::present::document::facts::term_text;
use crate::present::refusals;
use crate::present::words::Reporter;
use crate::state::{use_language, use_store, use_texts, FedRow, RowFeed};
use crate::ui::fields::InputError;

/// The BOQ.
#[component]
pub fn BoqTable() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let language = use_language();
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
    // Each row and subtotal reads its own values: an edit wakes the rows it changed.
    let lines = RowFeed::new(move || {
        store.boq.with(|b| b.rows.iter().map(|row| (row.item.clone(), (row.clone(), b.currency.clone()))).collect())
    });
    let subtotals = RowFeed::new(move || {
        store.boq.with(|b| {
            let Some(totals) = b.totals.as_ref() else { return Vec::new() };
            b.subtotals
                .iter()
                .map(|sub| (sub.offering_id.clone(), (sub.offering.clone(), texts.amount(&totals.currency, sub.total))))
                .collect()
        })
    });
    let rows = move || {
        view! {
            <For each=move || entries.get() key=|entry| entry.clone() let:entry>
                {match entry {
                    Entry::Header(_, name) => view! { <tr class="offering-row"><th colspan="8" scope="colgroup">{name}</th></tr> }.into_any(),
                    Entry::Line(item) => view! { <Row data=lines.row(&item) item=item /> }.into_any(),
                    Entry::Subtotal(offering) => view! { <SubtotalRow data=subtotals.row(&offering) /> }.into_any(),
                }}
            </For>
        }
    };
    let totals = move || {
        let boq = store.boq.get();
        let t = texts;
        // An amount too large to hold exactly: the line is named, no total is shown.
        if let Some(refused) = &boq.refused {
            let catalog = store.catalog();
            let sentence = Reporter::new(&catalog, language.get_untracked()).refused(refused);
            return view! { <p class="field-error totals-refused" role="alert">{sentence}</p> }.into_any();
        }
        match &boq.totals {
            None => view! {
                <p class="totals-none">{if boq.rows.is_empty() { t.screen.boq_empty } else { t.screen.boq_unpriced }}</p>
            }.into_any(),
            Some(totals) => {
                let c = totals.currency.clone();
                let [one_off, monthly, yearly, grand] = t.boq.total_labels;
                let unpriced = t.words.unpriced_line.count_of(totals.unpriced_lines);
                view! {
                    <dl class="totals">
                        <div><dt>{one_off}</dt><dd>{t.amount(&c, totals.one_off)}</dd></div>
                        <div><dt>{monthly}</dt><dd>{t.amount(&c, totals.monthly)}</dd></div>
                        <div><dt>{yearly}</dt><dd>{t.amount(&c, totals.yearly)}</dd></div>
                        <div class="grand"><dt>{grand}</dt><dd data-testid="grand-total">{t.amount(&c, totals.grand_total)}</dd></div>
                    </dl>
                    {(totals.unpriced_lines > 0).then(|| view! { <p class="muted">{t.screen.boq_unpriced_lines.fill(&unpriced)}</p> })}
                }.into_any()
            }
        }
    };
    let head = move || {
        let [no, item, unit, quantity, term, price, discount, amount] = texts.screen.boq_columns;
        view! {
            <tr>
                <th scope="col">{no}</th>
                <th scope="col">{item}</th>
                <th scope="col">{unit}</th>
                <th scope="col" class="num">{quantity}</th>
                <th scope="col">{term}</th>
                <th scope="col" class="num">{price}</th>
                <th scope="col" class="num">{discount}</th>
                <th scope="col" class="num">{amount}</th>
            </tr>
        }
    };
    view! {
        <section class="panel boq" aria-labelledby="boq-heading">
            <h2 id="boq-heading" tabindex="-1">{texts.boq.title}
                {move || currency.get().map(|c| view! { <span class="currency">{format!(" \u{b7} {c}")}</span> })}
                {move || illustrative.get().then(|| view! { <span class="illustrative">{format!(" \u{b7} {}", texts.boq.illustrative_prices)}</span> })}
            </h2>
            <div class="table-scroll" role="region" aria-labelledby="boq-heading" tabindex="0">
                <table aria-label=texts.boq.title>
                    <thead>{head}</thead>
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
fn SubtotalRow(
    /// The offering's name and its subtotal's words, once the BOQ is priced.
    data: FedRow<(String, String)>,
) -> impl IntoView {
    let texts = use_texts();
    move || {
        data.get().map(|(name, total)| {
            view! {
                <tr class="subtotal">
                    <th colspan="7" scope="row">{texts.screen.subtotal.fill(&name)}</th>
                    <td class="num">{total}</td>
                </tr>
            }
        })
    }
}

/// One BOQ row; the unit price is editable in sales-engineer mode when a book exists.
#[component]
fn Row(
    /// The row's item.
    item: String,
    /// The row and the BOQ's currency.
    data: FedRow<(BoqRow, Option<String>)>,
) -> impl IntoView {
    let store = use_store();
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
    let language = use_language();
    let t = language.get_untracked().texts();
    let term = term_text(t, &row);
    let money = |m: Option<Minor>| match (&currency, m) {
        (Some(c), Some(m)) => t.amount(c, m),
        _ => t.boq.price_on_request.to_string(),
    };
    let per = if row.billing == Billing::Periodic { t.screen.per_month_suffix } else { "" };
    let amount = money(row.amount);
    let discount =
        if row.discount.0 == 0 { t.words.none.to_string() } else { t.boq.discount.fill(t.percent(row.discount)) };
    let because = row.because.as_ref().map(|because| {
        let catalog = store.catalog();
        Reporter::new(&catalog, language.get_untracked()).because(because)
    });
    let price_cell = match (sales, currency.clone()) {
        (true, Some(currency)) => {
            let value = row.unit_price.map(|p| decimal_text(&currency, p)).unwrap_or_default();
            let id = format!("price-{item}");
            let problem = RwSignal::new(None::<String>);
            let label = t.screen.unit_price_of.fill(&row.name, &currency);
            view! {
                <label class="visually-hidden" for=id.clone()>{label}</label>
                <input id=id class="price-input" type="text" inputmode="decimal" prop:value=value
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        let item = item.clone();
                        if text.trim().is_empty() {
                            problem.set(None);
                            store.set_unit_price(&item, None);
                            return;
                        }
                        match parse_price_at(&currency, t.screen.unit_price, &text) {
                            Ok(price) => {
                                problem.set(None);
                                store.set_unit_price(&item, Some(price));
                            }
                            Err(refused) => problem.set(Some(t.screen.price_kept.fill(refusals::money(t, &refused)))),
                        }
                    } />
                <InputError message=problem />
            }
            .into_any()
        }
        _ => {
            let price = match (&currency, row.unit_price) {
                (Some(c), Some(p)) => t.amount(c, p),
                _ => t.screen.on_request.to_string(),
            };
            view! { <span>{format!("{price}{per}")}</span> }.into_any()
        }
    };
    // On a phone the row is a card: each cell says what it is (`data-label`, the column's
    // heading), as the table's header does on a wider screen.
    let [_, _, unit_heading, quantity_heading, term_heading, price_heading, discount_heading, amount_heading] =
        t.screen.boq_columns;
    view! {
        <tr class=if row.derived { "line-row derived" } else { "line-row" }>
            <td class="no">{row.no}</td>
            <th scope="row"><span class="item-label">{row.name.clone()}</span>{because.map(|b| view! { <span class="because">{b}</span> })}</th>
            <td class="unit" data-label=unit_heading>{(t.words.unit)(row.unit)}</td>
            <td class="num qty" data-label=quantity_heading>{row.quantity}</td>
            <td class="term-cell" data-label=term_heading>{term}</td>
            <td class="num price" data-label=price_heading>{price_cell}</td>
            <td class="num discount" data-label=discount_heading>{discount}</td>
            <td class="num amount" data-label=amount_heading>{amount}</td>
        </tr>
    }
}
