//! Labelled form fields shared by the profile form: a number, a date, a checkbox.
//! Invalid text never changes the session: the field says what is wrong instead.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::domain::bounds::parse_count;
use crate::domain::calendar::Date;
use crate::present::refusals;

/// How long typing pauses before a number counts (the answer then counts as typed, not
/// only when the field is left).
pub const COUNT_AFTER_TYPING_MS: u32 = 400;

/// A whole-number field; empty means "not answered". A number counts once typing pauses
/// (or the field is left); a refused text keeps the previous answer and says why.
#[component]
pub fn NumberField(
    /// Element id (fixes focus it).
    id: String,
    /// Question or label.
    label: String,
    /// Hint under the label, if any.
    hint: Option<String>,
    /// Current value.
    value: Signal<Option<u64>>,
    /// Largest accepted answer (catalog-rules §8.13); above it the previous answer stays.
    max: u64,
    /// Called with the new value.
    on_change: Callback<Option<u64>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let error_span_id = error_id.clone();
    let texts = crate::state::use_texts();
    // The answer waiting for typing to pause (dropping a gloo `Timeout` cancels it).
    let pending = StoredValue::new_local(None::<Timeout>);
    // The quote summary bar counts refused answers with the errors.
    let register = crate::state::use_refused_inputs();
    let field = StoredValue::new(id.clone());
    // A field that goes away (another mode, another quote) no longer refuses anything.
    on_cleanup(move || {
        if let Some(register) = register {
            field.try_with_value(|field| register.set(field, false));
        }
    });
    let commit = move |text: String| {
        pending.set_value(None);
        let taken = parse_count(&text, max);
        if let Some(register) = register {
            field.with_value(|field| register.set(field, taken.is_err()));
        }
        match taken {
            Ok(answer) => {
                error.set(None);
                if answer != value.get_untracked() {
                    on_change.run(answer);
                }
            }
            Err(refused) => {
                error.set(Some(texts.profile.number_refused.fill(&text, refusals::count_input(texts, &refused))))
            }
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="hint" id=hint_id.clone()>{h}</span> })}
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby=move || {
                    // No attribute at all rather than an empty one (an empty id list is
                    // invalid HTML).
                    let mut ids = described.clone().unwrap_or_default();
                    if error.with(Option::is_some) {
                        ids = format!("{ids} {}", error_id.clone()).trim().to_string();
                    }
                    (!ids.is_empty()).then_some(ids)
                }
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    pending.set_value(Some(Timeout::new(COUNT_AFTER_TYPING_MS, move || commit(text))));
                }
                on:change=move |ev| commit(event_target_value(&ev))
            />
            {move || error.get().map(|e| view! { <span class="field-error" id=error_span_id.clone() role="alert">{e}</span> })}
        </div>
    }
}

/// A date field (native date picker, ISO value); empty means "not answered".
#[component]
pub fn DateField(
    /// Element id.
    id: String,
    /// Label.
    label: String,
    /// Current value.
    value: Signal<Option<Date>>,
    /// Called with the new value.
    on_change: Callback<Option<Date>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="date"
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    on_change.run(Date::parse(&text));
                }
            />
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    /// Element id.
    id: String,
    /// Label.
    label: String,
    /// Current value.
    checked: Signal<bool>,
    /// Called with the new value.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// One option of a radio group.
#[component]
pub fn RadioOption(
    /// Group name.
    name: &'static str,
    /// Element id.
    id: &'static str,
    /// Label.
    label: &'static str,
    /// Whether this option is the current value.
    checked: Signal<bool>,
    /// Called when the user picks it.
    on_select: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input type="radio" name=name id=id prop:checked=move || checked.get() on:change=move |_| on_select.run(()) />
            <label for=id>{label}</label>
        </div>
    }
}

/// The message under a field whose input was refused (announced as an alert).
#[component]
pub fn InputError(
    /// The message, when there is one.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    move || message.get().map(|text| view! { <span class="field-error" role="alert">{text}</span> })
}
