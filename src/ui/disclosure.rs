//! A `<details>` disclosure whose content is built the first time it is opened (and kept
//! after). The catalog holds about a hundred of these; building their seed texts up front
//! was most of the first render (1,600 of 2,700 elements), which blocked a phone's main
//! thread before the page answered.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A disclosure built on first open. `summary` is its visible label and `summary_hidden`
/// extra words for screen readers (e.g. which item's details these are).
#[component]
pub fn Disclosure(
    /// The `<details>` element's class.
    #[prop(into)]
    class: String,
    /// The visible summary.
    #[prop(into)]
    summary: String,
    /// Words after the summary read only by screen readers (empty for none).
    #[prop(optional, into)]
    summary_hidden: String,
    /// Takes the summary out of the Tab order when true (a catalog item's secondary
    /// control, reached with the arrow keys).
    #[prop(optional, into)]
    secondary: Signal<bool>,
    /// Open from the start (its content built at once).
    #[prop(optional)]
    open: bool,
    /// The content, built when first opened.
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(open);
    let on_toggle = move |event: leptos::ev::Event| {
        let open = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|details| details.open());
        if open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details class=class open=open on:toggle=on_toggle>
            <summary tabindex=move || secondary.get().then_some("-1")>
                {summary}
                {(!summary_hidden.is_empty()).then(|| view! { <span class="visually-hidden">{summary_hidden}</span> })}
            </summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
