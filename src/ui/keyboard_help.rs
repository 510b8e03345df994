//! The keyboard shortcuts, in the app: a disclosure at the end of the page (its content is
//! built when first opened, as every disclosure is).

use leptos::prelude::*;

use crate::ui::disclosure::Disclosure;

/// "Keyboard shortcuts": each key and what it does.
#[component]
pub fn KeyboardHelp() -> impl IntoView {
    let texts = crate::state::use_texts();
    view! {
        <footer class="app-footer">
            <Disclosure class="keyboard-help".to_string() summary=texts.app.shortcuts_heading.to_string() summary_hidden=String::new()>
                <dl class="shortcuts">
                    {texts.app.shortcuts.iter().map(|(keys, does)| view! { <dt><kbd>{*keys}</kbd></dt><dd>{*does}</dd> }).collect_view()}
                </dl>
            </Disclosure>
        </footer>
    }
}
