//! Component tests in headless Chromium (wasm-bindgen-test): mount a component into a
//! fresh element and check what a user would see.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use om_configurator::domain::catalog::Catalog;
use om_configurator::ui::catalog_overview::CatalogOverview;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container attached to the document body.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let element = document.create_element("div").expect("create div");
    document.body().expect("a body").append_child(&element).expect("append");
    element.dyn_into::<web_sys::HtmlElement>().expect("an HtmlElement")
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.text_content())
        .collect()
}

#[wasm_bindgen_test]
fn catalog_overview_lists_the_five_offerings_with_their_item_counts() {
    let root = container();
    let catalog = Catalog::embedded().expect("valid catalog");
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <CatalogOverview catalog=catalog /> });

    assert_eq!(
        texts(&root, ".offering-name"),
        vec![
            "Deterministic O&M Management Service",
            "aPaaS Maintenance Service",
            "aPaaS Operation Service",
            "COC Implementation Support Service",
            "Key Event On-Duty Service",
        ]
    );
    assert_eq!(texts(&root, ".offering-count"), vec!["20 items", "32 items", "17 items", "1 item", "4 items"]);
    assert_eq!(texts(&root, ".catalog-item").len(), 74);
    assert!(texts(&root, ".catalog-heading")[0].contains("74 items"));
}
