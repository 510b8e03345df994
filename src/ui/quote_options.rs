//! The options of the quote (catalog-rules §10), at the top of "Your quote": one button
//! per option (the pressed one is being edited; the lines, term and exceptions below are
//! its own), "Copy this option" to start a variant, and, once there are several, the
//! edited option's name, its removal (undoable) and a link to the options side by side.

use leptos::prelude::*;

use crate::domain::bounds::MAX_TEXT_CHARS;
use crate::present::compare::option_name;
use crate::state::{use_store, use_texts};
use crate::web;

/// The options bar.
#[component]
pub fn QuoteOptionsBar() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let o = &texts.options;
    // Only a rename, a copy or a removal redraws the buttons: switching changes `edited`
    // alone, so the pressed button keeps the focus.
    let options =
        store.slice(|s| s.options.list().iter().map(|option| (option.letter, option.name.clone())).collect::<Vec<_>>());
    let edited = store.slice(|s| s.options.active());
    let several = Memo::new(move |_| options.with(|list| list.len() > 1));
    let can_copy = store.slice(|s| s.options.can_add());
    let edited_option = Memo::new(move |_| options.with(|list| list.get(edited.get()).cloned()));
    let copy = move |_| {
        store.copy_option();
        // The new option is the one edited: its name is what a user gives it next.
        request_animation_frame(|| {
            web::focus("option-name");
        });
    };
    let remove = move |_| {
        store.remove_option(edited.get_untracked());
        request_animation_frame(|| {
            web::focus("option-edited");
        });
    };
    let buttons = move || {
        let list = options.get();
        (list.len() > 1).then(|| {
            view! {
                <div class="option-buttons" role="group" aria-label=o.group>
                    {list
                        .into_iter()
                        .enumerate()
                        .map(|(n, (letter, name))| {
                            let pressed = move || edited.get() == n;
                            view! {
                                <button type="button" class="option-button"
                                    id=move || pressed().then_some("option-edited")
                                    aria-pressed=move || pressed().to_string()
                                    on:click=move |_| store.switch_option(n)>
                                    {option_name(texts, letter, &name)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    };
    let name_field = move || {
        several.get().then(|| {
            edited_option.get().map(|(letter, name)| {
                let shown = option_name(texts, letter, &name);
                view! {
                    <div class="field option-name">
                        <label for="option-name">{o.name_label.fill(letter)}</label>
                        <input id="option-name" type="text" maxlength=MAX_TEXT_CHARS
                            prop:value=name
                            on:change=move |ev| store.rename_option(edited.get_untracked(), &event_target_value(&ev)) />
                    </div>
                    <button type="button" class="link" on:click=remove>
                        {o.remove.fill(shown)}
                    </button>
                    <a class="compare-link" href="#compare-heading">{o.compare}</a>
                }
            })
        })
    };
    let copy_or_full = move || {
        if can_copy.get() {
            view! {
                <button type="button" aria-describedby="options-intro" on:click=copy>{o.copy}</button>
            }
            .into_any()
        } else {
            view! { <p class="muted">{o.full.fill(crate::domain::options::MAX_OPTIONS)}</p> }.into_any()
        }
    };
    view! {
        <div class="quote-options">
            {buttons}
            <div class="option-tools">
                {name_field}
                {copy_or_full}
            </div>
            // With one option the copy button is all a customer sees: what options are is
            // its description (read with it), shown once there are several.
            <p id="options-intro" class=move || if several.get() { "hint" } else { "visually-hidden" }>{o.intro}</p>
        </div>
    }
}
