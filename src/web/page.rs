//! Small page calls: today's date, the static shell, focus, print, the screen width, keys.

use crate::domain::calendar::Date;

use super::WebError;

/// Today's date in the browser's time zone (falls back to the default quote date).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(Date::DEFAULT_QUOTE_DATE)
}

/// The page's address without its fragment (any sub-path and query kept): the base of a
/// share link.
pub fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_string())
}

/// Removes the static first screen of `index.html` (the app draws its own).
pub fn remove_static_shell() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app-shell")) {
        shell.remove();
    }
}

/// Moves keyboard focus to an element by id (used by "Enter X" fixes); false if absent.
pub fn focus(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => {
            element.scroll_into_view();
            element.focus().is_ok()
        }
        None => false,
    }
}

/// Opens the browser's print dialog (the print stylesheet turns the page into a proposal).
pub fn print() -> Result<(), WebError> {
    let window = web_sys::window().ok_or(WebError::NoPage)?;
    window.print().map_err(|_| WebError::PrintRefused)
}

/// Resolves in a later task of the browser's (a zero-delay timer), so what follows it is
/// a task of its own: the page's start is then two shorter tasks instead of one long one
/// that keeps a phone from answering a tap. At once when the browser sets no timer.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let timer =
            web_sys::window().map(|window| window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0));
        if !matches!(timer, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the screen is phone-narrow (the style sheet's 40rem breakpoint): false when the
/// browser cannot say.
pub fn is_narrow_screen() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(max-width: 40rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Whether a key event comes from a text field, a select or a text area (whose keys are
/// the user's typing, not the page's shortcuts).
pub fn typing_in_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target).ok())
        .is_some_and(|element| matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
