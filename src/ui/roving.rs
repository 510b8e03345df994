//! One tab stop per catalog item. Within an item, Left / Right move between its controls
//! (add or fix, a second fix, Source, Details); Up / Down move to the previous / next
//! item's tab stop; Escape goes back to the search, and Down in the search to the first
//! item found. Each item marks its secondary controls `tabindex="-1"`, so Tab goes from
//! one item to the next instead of through every control.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// The item element and the controls of an item, in page order.
const ITEM: &str = ".catalog-item";
const CONTROLS: &str = "button,summary";
/// The catalog's search field.
const SEARCH: &str = "catalog-search";

/// Moves the focus for an arrow key pressed on a control inside a catalog item (other
/// keys and targets are left to the browser).
pub fn move_focus(event: &KeyboardEvent) {
    let step = match event.key().as_str() {
        "ArrowRight" => Step::NextControl,
        "ArrowLeft" => Step::PreviousControl,
        "ArrowDown" => Step::NextItem,
        "ArrowUp" => Step::PreviousItem,
        "Escape" => Step::Search,
        _ => return,
    };
    if event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key() {
        return;
    }
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(list) = event.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if target.id() == SEARCH {
        if step == Step::NextItem {
            if let Some(first) = elements(&list, ITEM).first().and_then(tab_stop) {
                event.prevent_default();
                // A failed focus leaves the focus in the search: nothing to report.
                let _ = first.focus();
            }
        }
        return;
    }
    let Ok(Some(item)) = target.closest(ITEM) else { return };
    let moved = match step {
        Step::NextControl | Step::PreviousControl => {
            let controls = elements(&item, CONTROLS);
            let Some(at) = controls.iter().position(|c| c.is_same_node(Some(&target))) else { return };
            let to = if step == Step::NextControl { at.checked_add(1) } else { at.checked_sub(1) };
            to.and_then(|i| controls.get(i)).cloned()
        }
        Step::Search => {
            list.query_selector(&format!("#{SEARCH}")).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok())
        }
        Step::NextItem | Step::PreviousItem => {
            let items = elements(&list, ITEM);
            let Some(at) = items.iter().position(|i| i.is_same_node(Some(&item))) else { return };
            let to = if step == Step::NextItem { at.checked_add(1) } else { at.checked_sub(1) };
            to.and_then(|i| items.get(i)).and_then(tab_stop)
        }
    };
    if let Some(control) = moved {
        event.prevent_default();
        // A failed focus leaves the focus where it was: nothing to report.
        let _ = control.focus();
    }
}

/// Which way an arrow key moves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    NextControl,
    PreviousControl,
    NextItem,
    PreviousItem,
    Search,
}

/// The item's tab stop: its first control that Tab reaches.
fn tab_stop(item: &HtmlElement) -> Option<HtmlElement> {
    let controls = elements(item, CONTROLS);
    controls.iter().find(|c| c.tab_index() >= 0).or_else(|| controls.first()).cloned()
}

/// The elements under `root` matching `selector`, in page order.
fn elements(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into::<HtmlElement>().ok()).collect()
}
