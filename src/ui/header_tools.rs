//! The header's tools (language, mode, undo / redo, the list of quotes). On a wide screen they sit
//! in the header's line; on a phone one button shows or hides them, so the header takes
//! one line and the questions start near the top of the screen, and the tools are built
//! once the page is drawn (they are not on the way to a phone's first screen).

use leptos::prelude::*;

use crate::ui::history_controls::{history_shortcuts, HistoryControls};
use crate::ui::language_menu::LanguageMenu;
use crate::ui::mode_switch::ModeSwitch;
use crate::ui::quote_shelf::QuoteShelf;

/// The tools and, on a phone, the button that shows them.
#[component]
pub fn HeaderTools() -> impl IntoView {
    let texts = crate::state::use_texts();
    let shown = RwSignal::new(false);
    history_shortcuts();
    // Built at once on a wider screen; on a phone once the page is drawn, or when first
    // shown before that (a phone turned wide then shows them too: the style sheet shows
    // them there whatever `shown` says).
    let built = RwSignal::new(!crate::web::is_narrow_screen());
    if !built.get_untracked() {
        crate::ui::deferred::after_deferred_parts(move || {
            let _ = built.try_set(true);
        });
    }
    view! {
        <button type="button" class="tools-toggle" aria-controls="header-tools"
            aria-expanded=move || if shown.get() { "true" } else { "false" }
            on:click=move |_| {
                built.set(true);
                shown.update(|open| *open = !*open);
            }>{texts.app.tools}</button>
        // `data-shown` matters on a phone only: the style sheet shows the tools on wider
        // screens whatever it says.
        <div id="header-tools" class="header-tools" data-shown=move || if shown.get() { "true" } else { "false" }>
            {move || built.get().then(|| view! {
                <LanguageMenu />
                <ModeSwitch />
                <HistoryControls />
                <QuoteShelf />
            })}
        </div>
    }
}
