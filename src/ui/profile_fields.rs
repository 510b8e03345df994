//! The profile's answer fields, bound to the session: numbers (with their hints from the
//! rule book), a number shared by both platforms, dates and checkboxes. Shared by the
//! profile form and the per-platform sizing, so neither imports the other.

use leptos::prelude::*;

use crate::domain::catalog::{DateInput, NumericInput};
use crate::present::hints::sizing_hint;
use crate::state::Store;
use crate::ui::fields::{CheckField, DateField, NumberField};

/// The hint under a numeric input: in sales-engineer mode, the items it sizes (from the
/// rule book), so each input sits beside what it sizes.
/// Sizing inputs name their platform: each offering is sized by its own input (§2); their
/// hint is worded from the rule book (`present::hints`), never typed here.
fn hint_for(store: Store, input: NumericInput, sales: bool) -> Option<String> {
    let texts = crate::state::use_texts();
    let hint = (texts.profile.question)(input).hint;
    let catalog = store.catalog();
    if !sales {
        return sizing_hint(texts, catalog.rules(), input).or_else(|| hint.map(String::from));
    }
    let sized: Vec<&str> =
        catalog.rules().items_sized_by(input).into_iter().map(|item| catalog.name_of(item)).collect();
    if sized.is_empty() {
        hint.map(String::from)
    } else {
        Some(texts.profile.sizes.fill(sized.join("; ")))
    }
}

/// One numeric answer (its id `input-<key>` is what "Enter X" fixes focus).
pub(crate) fn number_field(store: Store, input: NumericInput, sales: bool) -> impl IntoView {
    let question = (crate::state::use_texts().profile.question)(input);
    let value = Signal::from(store.slice(move |s| s.profile.number(input)));
    let on_change = Callback::new(move |v: Option<u64>| store.answer_number(input, v));
    let label = question.label.pick(sales);
    view! {
        <NumberField id=format!("input-{}", input.key()) label=label.to_string() hint=hint_for(store, input, sales) value=value max=input.max_value() on_change=on_change />
    }
}

/// One question that fills the same measure on both platforms (customer mode, when the
/// customer says the numbers are the same). Its id is `input-both-<O&M input key>`.
pub(crate) fn shared_number_field(store: Store, [om, apaas]: [NumericInput; 2], label: &str) -> impl IntoView {
    let texts = crate::state::use_texts();
    let sizing = sizing_hint(texts, store.catalog().rules(), om).map(|h| format!(" {h}")).unwrap_or_default();
    let hint = texts.profile.fills_both.fill(sizing);
    let value = Signal::from(store.slice(move |s| s.profile.number(om)));
    let on_change = Callback::new(move |v: Option<u64>| store.answer_numbers([om, apaas], v));
    view! {
        <NumberField id=format!("input-both-{}", om.key()) label=label.to_string() hint=Some(hint) value=value max=om.max_value().min(apaas.max_value()) on_change=on_change />
    }
}

/// One date answer (its id `input-<key>` is what "Enter X" fixes focus).
pub(crate) fn date_field(store: Store, input: DateInput, label: &str) -> impl IntoView {
    let value = Signal::from(store.slice(move |s| s.profile.date(input)));
    let on_change = Callback::new(move |v| store.answer_date(input, v));
    view! { <DateField id=format!("input-{}", input.key()) label=label.to_string() value=value on_change=on_change /> }
}

/// A checkbox bound to one boolean of the session.
pub(crate) fn check(
    store: Store,
    id: &str,
    label: &str,
    get: fn(&crate::domain::session::Session) -> bool,
    set: fn(&mut crate::domain::session::Session, bool),
) -> impl IntoView {
    let checked = Signal::from(store.slice(get));
    let on_change = Callback::new(move |v: bool| store.answer_flag(set, v));
    view! { <CheckField id=id.to_string() label=label.to_string() checked=checked on_change=on_change /> }
}
