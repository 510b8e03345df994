//! The offline service worker, seen from the page: registered only when the build has one
//! (release builds name it in `<meta name="service-worker">`; `trunk serve` and debug
//! builds do not), and a new deployment reported once it has installed and waits.
//! Service workers are missing in insecure contexts and some private modes: then the app
//! simply runs online, and every failure here is reported as a `Result`, never a panic.

use super::WebError;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The browser's service-worker container, if this page may use one.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.serviceWorker` is undefined outside secure contexts: calling through an
    // undefined object would throw inside wasm.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// The service worker's URL named by the built page, if any.
fn worker_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector("meta[name=\"service-worker\"]").ok()??;
    meta.get_attribute("content").filter(|url| !url.is_empty())
}

/// Registers the service worker and calls `on_update` when a newer version has installed
/// and waits for this page to let it take over (now, or after a later update check).
/// `Ok(false)` when the build or the browser has no service worker.
pub async fn register(on_update: impl Fn() + Clone + 'static) -> Result<bool, WebError> {
    let (Some(container), Some(url)) = (container(), worker_url()) else { return Ok(false) };
    let registration: ServiceWorkerRegistration = JsFuture::from(container.register(&url))
        .await
        .map_err(|_| WebError::OfflineRefused)?
        .dyn_into()
        .map_err(|_| WebError::OfflineRefused)?;
    // A page that a worker already controls is an old version when another one waits. On
    // the first visit there is no controller: the worker that installs is the first one.
    let has_controller = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && has_controller() {
        on_update();
    }
    let watch_installing = {
        let registration = registration.clone();
        move || {
            let Some(installing) = registration.installing() else { return };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let has_controller = has_controller.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // The worker object lives as long as the page; so does its handler.
            on_state.forget();
        }
    };
    // An update may already be installing (the browser checks on every navigation, often
    // before the wasm has started); later ones are announced by `updatefound`.
    watch_installing();
    let on_found = Closure::<dyn Fn()>::new(watch_installing);
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
    Ok(true)
}

/// Lets the waiting version take over and reloads the page once it controls it. The
/// caller saves the work first.
pub async fn activate_update() -> Result<(), WebError> {
    let window = web_sys::window().ok_or(WebError::NoPage)?;
    let container = container().ok_or(WebError::OfflineMissing)?;
    let registration: ServiceWorkerRegistration = JsFuture::from(container.get_registration())
        .await
        .ok()
        .and_then(|value| value.dyn_into().ok())
        .ok_or(WebError::OfflineMissing)?;
    let Some(waiting) = registration.waiting() else {
        // Already taken over (another tab did it): the page only needs the new files.
        return window.location().reload().map_err(|_| WebError::ReloadRefused);
    };
    let reload = Closure::<dyn Fn()>::new(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    waiting.post_message(&JsValue::from_str("skip-waiting")).map_err(|_| WebError::UpdateRefused)
}
