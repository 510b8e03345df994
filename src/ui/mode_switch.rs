//! The visible Customer | Sales engineer switch.

use leptos::prelude::*;

use crate::domain::session::Mode;
use crate::state::use_store;

/// Two toggle buttons; the pressed one is the current mode (also said in text).
#[component]
pub fn ModeSwitch() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let button = move |mode: Mode, label: &'static str| {
        view! {
            <button type="button" class="mode" aria-pressed=move || (store.mode() == mode).to_string()
                on:click=move |_| store.set_mode(mode)>
                {label}
            </button>
        }
    };
    view! {
        <div class="mode-switch" role="group" aria-label=texts.app.modes[0]>
            {button(Mode::Customer, texts.app.modes[1])}
            {button(Mode::SalesEngineer, texts.app.modes[2])}
        </div>
    }
}
