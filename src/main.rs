//! Entry point: installs the panic hook and mounts the app. Nothing else lives here.

// A panic in wasm kills the app: outside tests, nothing may unwrap, index out of bounds
// or panic (README "Security"); a site that truly cannot fail says why with an `allow`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The words of the language to start in arrive first (at once for English), so the
    // first screen is in that language; the static shell shows until then. (Leptos' own
    // executor starts with the mount, so the wait is spawned on wasm-bindgen's.)
    // Instantiating the module, reading the catalog and drawing the first screen are
    // separate tasks of a phone's main thread, not one long one (README "Performance").
    wasm_bindgen_futures::spawn_local(async {
        om_configurator::state::load_starting_language().await;
        om_configurator::web::next_task().await;
        let catalog = om_configurator::domain::catalog::Catalog::embedded_without_details();
        om_configurator::web::next_task().await;
        om_configurator::web::remove_static_shell();
        leptos::mount::mount_to_body(move || om_configurator::App(om_configurator::AppProps { catalog }));
    });
}

/// The configurator runs in a browser; natively only the library and its tests build.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("om-configurator is a web app: build it with `trunk build --release` (see README).");
}
