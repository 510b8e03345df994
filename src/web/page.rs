//! Small page calls: today's date, the static shell, focus, print.

use crate::domain::calendar::Date;

use super::WebError;

/// Today's date in the browser's time zone (falls back to the default quote date).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(Date::DEFAULT_QUOTE_DATE)
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
