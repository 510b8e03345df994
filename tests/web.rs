//! Component tests in headless Chromium (wasm-bindgen-test): mount a component with an
//! in-memory store and check what a user would see and what a click changes.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use om_configurator::domain::catalog::{Catalog, NumericInput};
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::session::{Mode, Session};
use om_configurator::state::{provide_memory_store, Store};
use om_configurator::ui::boq_table::BoqTable;
use om_configurator::ui::catalog_browser::CatalogBrowser;
use om_configurator::ui::charts::Charts;
use om_configurator::ui::findings_panel::FindingsPanel;
use om_configurator::ui::history_controls::HistoryControls;
use om_configurator::ui::mode_switch::ModeSwitch;
use om_configurator::ui::profile_form::ProfileForm;
use om_configurator::ui::quote_lines::QuoteLines;
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

/// Mounts `component` with a store over `session`, over the catalog without its seed
/// details as the page starts (they are fetched when first asked for); returns the root
/// and the store.
fn mount<V: IntoView + 'static>(
    session: Session,
    component: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, Store) {
    let root = container();
    let slot: Rc<Cell<Option<Store>>> = Rc::new(Cell::new(None));
    let captured = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let store = provide_memory_store(Catalog::embedded_without_details().expect("valid catalog"), session);
        captured.set(Some(store));
        component()
    });
    handle.forget();
    (root, slot.get().expect("store created"))
}

/// Lets reactive effects run (they are scheduled, not synchronous).
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ =
                web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

fn text(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

/// Clicks the first button whose text or aria-label is `label`.
fn click(root: &web_sys::HtmlElement, label: &str) {
    let buttons = root.query_selector_all("button").expect("selector");
    for i in 0..buttons.length() {
        let Some(node) = buttons.item(i) else { continue };
        let element: web_sys::HtmlElement = node.dyn_into().expect("element");
        let name = element.get_attribute("aria-label").unwrap_or_else(|| element.text_content().unwrap_or_default());
        if name.trim() == label {
            element.click();
            return;
        }
    }
    panic!("no button `{label}` in: {}", text(root));
}

/// Types into the input with this id and fires `change`.
/// The input with this id.
fn input_by_id(root: &web_sys::HtmlElement, id: &str) -> web_sys::HtmlInputElement {
    root.query_selector(&format!("#{id}"))
        .expect("selector")
        .unwrap_or_else(|| panic!("no #{id}"))
        .dyn_into()
        .expect("an input")
}

fn type_into(root: &web_sys::HtmlElement, id: &str, value: &str) {
    let input = input_by_id(root, id);
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
}

/// Types into a field as a user does: an `input` event per keystroke, no `change`.
fn keystrokes_into(root: &web_sys::HtmlElement, id: &str, value: &str) {
    let input = input_by_id(root, id);
    for end in 1..=value.len() {
        input.set_value(&value[..end]);
        input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    }
}

/// Waits `ms` milliseconds of real time (a debounce to pass).
async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn session(numbers: &[(NumericInput, u64)], items: &[&str]) -> Session {
    let mut session = Session::new();
    session.profile.region = Some("Singapore".into());
    for (input, value) in numbers {
        session.profile.set_number(*input, Some(*value));
    }
    for item in items {
        session.quote.add(*item);
    }
    session
}

#[wasm_bindgen_test]
async fn catalog_browser_lists_the_offerings_and_offers_the_missing_base() {
    let (root, store) = mount(session(&[], &[]), || view! { <CatalogBrowser /> });
    // The offering groups are drawn in tasks of their own while the app starts.
    settle().await;
    assert_eq!(
        texts(&root, ".offering-name")
            .iter()
            .map(|t| t.split(" (").next().unwrap_or("").to_string())
            .collect::<Vec<_>>(),
        vec![
            "Deterministic O&M Management Service",
            "aPaaS Maintenance Service",
            "aPaaS Operation Service",
            "COC Implementation Support Service",
            "Key Event On-Duty Service",
        ]
    );
    assert_eq!(texts(&root, ".catalog-item").len(), 74);
    assert!(text(&root).contains("needs Chaos Engineering Drill Service Basic Edition in the same quote"));
    click(&root, "Add Chaos Engineering Drill Service Basic Edition");
    settle().await;
    assert!(store.with_untracked(|s| s.quote.contains("om-chaos-basic")));
    assert!(text(&root).contains("In your quote"));

    // An item's seed texts are built when its details are first opened (fetched then:
    // the page starts without them), and kept.
    let details: web_sys::HtmlDetailsElement =
        root.query_selector("details.item-detail").ok().flatten().expect("item details").dyn_into().expect("details");
    assert!(details.query_selector("h4").ok().flatten().is_none(), "built before being opened");
    details.set_open(true);
    settle().await;
    assert_eq!(details.query_selector("h4").ok().flatten().and_then(|h| h.text_content()).as_deref(), Some("Content"));
    details.set_open(false);
    settle().await;
    assert!(details.query_selector("h4").ok().flatten().is_some(), "kept once built");

    // The search finds a service by its description (the seed texts fetched above; the
    // e2e tests fetch them with a first search).
    let search: web_sys::HtmlInputElement =
        root.query_selector("#catalog-search").ok().flatten().expect("search").dyn_into().expect("an input");
    search.set_value("fault injection");
    search.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    settle().await;
    assert_eq!(texts(&root, ".catalog-item").len(), 3, "three services speak of fault injection");
    search.set_value("");
    search.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    settle().await;
    assert_eq!(texts(&root, ".catalog-item").len(), 74);
}

#[wasm_bindgen_test]
async fn quote_lines_show_the_derived_arithmetic() {
    let (root, _) =
        mount(session(&[(NumericInput::DrillScenarios, 8)], &["om-chaos-basic"]), || view! { <QuoteLines /> });
    settle().await;
    let lines = text(&root);
    assert!(lines.contains("Chaos Engineering Drill Service Incremental Package"), "{lines}");
    assert!(lines.contains("\u{d7} 3"), "{lines}");
    assert!(lines.contains("8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages"), "{lines}");
}

#[wasm_bindgen_test]
async fn findings_panel_switches_to_the_edition_that_fits() {
    let numbers = [(NumericInput::ItEmployees, 70), (NumericInput::BusinessDepartments, 12)];
    let (root, store) = mount(session(&numbers, &["apo-dap-medium"]), || view! { <FindingsPanel /> });
    settle().await;
    assert!(text(&root).contains("is for customers with 20 to 50 IT department employees; this customer has 70"));
    click(&root, "Switch to aPaaS Platform O&M Digital Assessment and Planning Service-Large");
    settle().await;
    assert!(store.with_untracked(|s| s.quote.contains("apo-dap-large") && !s.quote.contains("apo-dap-medium")));
    assert!(!text(&root).contains("this customer has 70"));
}

#[wasm_bindgen_test]
async fn overrides_need_a_reason_and_only_exist_for_sales_engineers() {
    let numbers = [(NumericInput::ItEmployees, 70), (NumericInput::BusinessDepartments, 12)];
    let (root, store) = mount(session(&numbers, &["apo-dap-medium"]), || view! { <FindingsPanel /> });
    settle().await;
    assert!(!text(&root).contains("Override with a reason"), "customer mode has no overrides");
    store.edit(|s| s.mode = Mode::SalesEngineer);
    settle().await;
    click(&root, "Record exception");
    settle().await;
    assert!(text(&root).contains("Write the reason first"));
    assert!(store.with_untracked(|s| s.quote.exceptions.is_empty()));
}

#[wasm_bindgen_test]
async fn boq_reads_price_on_request_then_exact_totals() {
    let mut priced = session(&[], &["om-prr"]);
    let (root, store) = mount(priced.clone(), || view! { <BoqTable /> });
    settle().await;
    assert!(text(&root).contains("price on request"));
    let catalog = Catalog::embedded().expect("catalog");
    let book =
        PriceBook::from_json(&catalog, r#"{"currency":"EUR","prices":{"om-prr":"1234.56"}}"#).expect("book").book;
    priced.quote.price_book = Some(book);
    store.replace(priced);
    settle().await;
    assert_eq!(texts(&root, "[data-testid=grand-total]"), vec!["EUR 1,234.56"]);
}

#[wasm_bindgen_test]
async fn a_bad_number_is_refused_and_the_answer_kept() {
    let (root, store) = mount(session(&[(NumericInput::DrillScenarios, 8)], &[]), || view! { <ProfileForm /> });
    settle().await;
    type_into(&root, "input-drill_scenarios", "eight");
    settle().await;
    assert!(text(&root).contains("is not a whole number"));
    assert_eq!(store.with_untracked(|s| s.profile.number(NumericInput::DrillScenarios)), Some(8));
    type_into(&root, "input-drill_scenarios", "12");
    settle().await;
    assert_eq!(store.with_untracked(|s| s.profile.number(NumericInput::DrillScenarios)), Some(12));
}

#[wasm_bindgen_test]
async fn a_number_counts_once_typing_pauses_without_leaving_the_field() {
    let (root, store) = mount(session(&[], &[]), || view! { <ProfileForm /> });
    settle().await;
    keystrokes_into(&root, "input-drill_scenarios", "45");
    settle().await;
    assert_eq!(store.with_untracked(|s| s.profile.number(NumericInput::DrillScenarios)), None, "not while typing");
    wait_ms(i32::try_from(om_configurator::ui::fields::COUNT_AFTER_TYPING_MS).unwrap_or(400) + 200).await;
    assert_eq!(store.with_untracked(|s| s.profile.number(NumericInput::DrillScenarios)), Some(45));
    // A refused text, typed, keeps the answer and says why.
    keystrokes_into(&root, "input-drill_scenarios", "4x");
    wait_ms(i32::try_from(om_configurator::ui::fields::COUNT_AFTER_TYPING_MS).unwrap_or(400) + 200).await;
    assert!(text(&root).contains("is not a whole number"));
    assert_eq!(store.with_untracked(|s| s.profile.number(NumericInput::DrillScenarios)), Some(45));
}

#[wasm_bindgen_test]
async fn mode_switch_and_undo_redo() {
    let (root, store) = mount(session(&[], &[]), || view! { <ModeSwitch /> <HistoryControls /> });
    settle().await;
    assert_eq!(store.mode(), Mode::Customer);
    click(&root, "Sales engineer");
    settle().await;
    assert_eq!(store.mode(), Mode::SalesEngineer);
    let pressed = root.query_selector("button[aria-pressed=true]").expect("selector").and_then(|b| b.text_content());
    assert_eq!(pressed.as_deref(), Some("Sales engineer"));
    store.edit(|s| s.quote.add("om-prr"));
    click(&root, "Undo");
    settle().await;
    assert!(!store.with_untracked(|s| s.quote.contains("om-prr")));
    click(&root, "Undo");
    settle().await;
    assert_eq!(store.mode(), Mode::Customer);
    click(&root, "Redo");
    click(&root, "Redo");
    settle().await;
    assert!(store.with_untracked(|s| s.quote.contains("om-prr")));
}

#[wasm_bindgen_test]
async fn charts_are_labelled_svg_once_prices_exist() {
    let mut priced = session(&[], &["om-prr", "apm-data-gov"]);
    let (root, store) = mount(priced.clone(), || view! { <Charts /> });
    settle().await;
    sleep_ms(200).await;
    assert!(text(&root).contains("Charts appear once the quote has prices"));
    let catalog = Catalog::embedded().expect("catalog");
    priced.quote.price_book = Some(
        PriceBook::from_json(&catalog, r#"{"currency":"USD","prices":{"om-prr":"100","apm-data-gov":"10"}}"#)
            .expect("book")
            .book,
    );
    store.replace(priced);
    settle().await;
    sleep_ms(200).await; // charts are drawn just after the BOQ
    let svgs = root.query_selector_all("svg[role=img]").expect("selector");
    assert_eq!(svgs.length(), 2);
    let label = root
        .query_selector("svg[role=img]")
        .ok()
        .flatten()
        .and_then(|s| s.get_attribute("aria-label"))
        .unwrap_or_default();
    assert!(label.contains("Deterministic O&M Management Service: USD 100.00"), "{label}");
}

/// Chooses an option of the select with this id and fires `change`, as a user does.
fn choose(root: &web_sys::HtmlElement, id: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = root
        .query_selector(&format!("#{id}"))
        .expect("selector")
        .unwrap_or_else(|| panic!("no #{id}"))
        .dyn_into()
        .expect("a select");
    select.set_value(value);
    select.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
}

/// The current value of the input, select or textarea with this id.
fn value_of(root: &web_sys::HtmlElement, id: &str) -> String {
    let element = root.query_selector(&format!("#{id}")).expect("selector").unwrap_or_else(|| panic!("no #{id}"));
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        return select.value();
    }
    element.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn existing_contracts_record_the_chosen_base_after_an_edit_elsewhere() {
    let (root, store) = mount(session(&[], &[]), || view! { <ProfileForm /> });
    settle().await;
    let options = root.query_selector_all("#contract-item option").expect("selector");
    assert!(options.length() >= 3, "at least three bases to choose from");
    let third: web_sys::HtmlOptionElement = options.item(2).expect("third").dyn_into().expect("option");
    let third_base = third.value();
    choose(&root, "contract-item", &third_base);
    settle().await;
    // Another answer changes while the choice is pending.
    type_into(&root, "input-it_employees", "30");
    settle().await;
    assert_eq!(value_of(&root, "contract-item"), third_base, "the select keeps the choice");
    click(&root, "Record contract");
    settle().await;
    let recorded: Vec<String> =
        store.with_untracked(|s| s.profile.existing_contracts.iter().map(|c| c.item.clone()).collect());
    assert_eq!(recorded, vec![third_base]);
}

#[wasm_bindgen_test]
async fn a_half_typed_override_reason_survives_an_edit_elsewhere() {
    let numbers = [(NumericInput::ItEmployees, 70), (NumericInput::BusinessDepartments, 12)];
    let mut sales = session(&numbers, &["apo-dap-medium"]);
    sales.mode = Mode::SalesEngineer;
    let (root, store) = mount(sales, || view! { <FindingsPanel /> <ProfileForm /> });
    settle().await;
    let reason: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea[id^=override-size-band]")
        .expect("selector")
        .expect("an override reason for the size finding")
        .dyn_into()
        .expect("a textarea");
    let id = reason.id();
    reason.set_value("Customer is consolidating IT te");
    reason.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    settle().await;
    // An unrelated answer changes; then the refused-input message of another field too.
    type_into(&root, "input-customer-name", "ACME");
    type_into(&root, "input-drill_scenarios", "lots");
    settle().await;
    type_into(&root, "input-om_instances", "12");
    settle().await;
    assert_eq!(store.with_untracked(|s| s.profile.customer_name.clone()), "ACME");
    assert_eq!(value_of(&root, &id), "Customer is consolidating IT te", "the typed reason is kept");
    assert!(text(&root).contains("\u{201c}lots\u{201d} is not a whole number"), "the refusal message is kept");
}

#[wasm_bindgen_test]
async fn customers_on_both_platforms_may_answer_once_for_both() {
    let mut both = session(&[], &[]);
    both.profile.platforms.extend([
        om_configurator::domain::profile::Platform::OmPlatform,
        om_configurator::domain::profile::Platform::Apaas,
    ]);
    let (root, store) = mount(both, || view! { <ProfileForm /> });
    settle().await;
    assert!(
        root.query_selector("#input-om_instances").expect("selector").is_some(),
        "one input per platform by default"
    );
    assert!(root.query_selector("#input-apaas_instances").expect("selector").is_some());
    let same: web_sys::HtmlInputElement = root
        .query_selector("#input-same-numbers")
        .expect("selector")
        .expect("the question")
        .dyn_into()
        .expect("checkbox");
    same.click();
    settle().await;
    assert!(root.query_selector("#input-om_instances").expect("selector").is_none());
    type_into(&root, "input-both-om_instances", "250");
    settle().await;
    let answers = store.with_untracked(|s| {
        (s.profile.number(NumericInput::OmInstances), s.profile.number(NumericInput::ApaasInstances))
    });
    assert_eq!(answers, (Some(250), Some(250)));
    // A refused value keeps both answers.
    type_into(&root, "input-both-om_instances", "100001");
    settle().await;
    assert!(text(&root).contains("above the limit of 100,000"));
    assert_eq!(store.with_untracked(|s| s.profile.number(NumericInput::ApaasInstances)), Some(250));
}

/// The amounts the tables write agree with the browser's own `Intl.NumberFormat` for each
/// language (an engine nobody here wrote): one formatter serves the screen, the documents
/// and the command line, and this checks it against the browser's.
#[wasm_bindgen_test]
fn amounts_are_written_as_the_browsers_intl_writes_them() {
    use om_configurator::domain::money::Minor;
    use om_configurator::present::text::Language;
    for (language, locale) in [(Language::En, "en-US"), (Language::ZhCn, "zh-CN"), (Language::Id, "id-ID")] {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"minimumFractionDigits".into(), &2.into()).expect("option");
        js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &2.into()).expect("option");
        let format = js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&locale.into()), &options);
        for minor in [5_i64, 123_456, 123_456_789, 10_000_000_000] {
            let major = minor as f64 / 100.0;
            let intl = format.format().call1(&format, &major.into()).expect("format").as_string().expect("text");
            assert_eq!(language.texts().amount("USD", Minor(minor)), format!("USD {intl}"), "{locale}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_boq_speaks_indonesian_with_its_marks() {
    use om_configurator::present::text::Language;
    let mut priced = session(&[], &["om-prr"]);
    let catalog = Catalog::embedded().expect("catalog");
    priced.quote.price_book =
        Some(PriceBook::from_json(&catalog, r#"{"currency":"EUR","prices":{"om-prr":"1234.56"}}"#).expect("book").book);
    let (root, _) = mount(priced, || {
        om_configurator::state::provide_language(Language::Id);
        view! { <BoqTable /> }
    });
    settle().await;
    assert_eq!(texts(&root, "[data-testid=grand-total]"), vec!["EUR 1.234,56"]);
    assert!(text(&root).contains("Daftar kuantitas (BOQ)"), "{}", text(&root));
}

/// An issue is not an undo step (catalog-rules §11): undo and redo keep the revisions of
/// the quote being edited, and never carry them into another quote that replaced it.
#[wasm_bindgen_test]
async fn an_issue_is_kept_through_undo_and_redo_and_stays_with_its_quote() {
    use om_configurator::domain::revisions::IssuedAs;
    let json = r#"{"version":3,"mode":"sales_engineer","profile":{"customer_name":"ACME","region":"Singapore",
        "platforms":["om_platform"],"attested_prerequisites":["om-platform","om-permissions","om-team","om-contract"],
        "quote_date":"2026-01-05"},"quote":{"title":"Revisions","status":"final","term_months":12,
        "lines":[{"item":"om-prr"},{"item":"om-dev-junior","quantity":2}]}}"#;
    let session = Session::from_json(json).expect("an issuable final quote").session;
    let (_root, store) = mount(session, || ());
    let revisions = move || store.with_untracked(|s| s.revisions.list.iter().map(|r| r.number).collect::<Vec<_>>());
    store.issue(IssuedAs::Proposal);
    assert_eq!(revisions(), [1]);
    assert!(!store.can_undo(), "issuing is not an undo step");
    store.set_line_quantity("om-dev-junior", 5);
    store.undo();
    assert_eq!(revisions(), [1], "undo keeps what was issued");
    store.redo();
    store.issue(IssuedAs::Spreadsheet);
    assert_eq!(revisions(), [1, 2]);
    store.undo();
    assert_eq!(revisions(), [1, 2], "the state before the change knows revision 2 too");
    store.redo();
    // Another quote replaces it: it has no revisions, and undo brings the issued one back.
    store.replace(Session::new());
    assert_eq!(revisions(), Vec::<u32>::new());
    store.undo();
    assert_eq!(revisions(), [1, 2]);
    store.redo();
    assert_eq!(revisions(), Vec::<u32>::new(), "the other quote never takes them");
    settle().await;
}

/// A row feed wakes a row only when that row's value changes: an edit of one row wakes no
/// other row, a row that leaves the values reads `None`, and a row asked for later starts
/// from the latest values.
#[wasm_bindgen_test]
async fn a_row_feed_wakes_only_the_rows_whose_values_changed() {
    use om_configurator::state::RowFeed;
    // Mounting starts the executor the feed's effect runs on.
    let _mounted = mount(Session::new(), || ());
    let owner = Owner::new();
    owner.set();
    let source = RwSignal::new(vec![("a".to_string(), 1_u32), ("b".to_string(), 2)]);
    let feed = RowFeed::new(move || source.get());
    let (a, b) = (feed.row("a"), feed.row("b"));
    assert_eq!((a.get(), b.get()), (Some(1), Some(2)), "rows start from the values");
    let runs = Rc::new(Cell::new(0));
    let counted = runs.clone();
    Effect::new(move |_| {
        a.with(|_| ());
        counted.set(counted.get() + 1);
    });
    settle().await;
    let after_first_run = runs.get();
    source.set(vec![("a".to_string(), 1), ("b".to_string(), 3)]);
    settle().await;
    assert_eq!(b.get(), Some(3), "the changed row is fed");
    assert_eq!(runs.get(), after_first_run, "a row whose value did not change is not woken");
    source.set(vec![("b".to_string(), 3), ("c".to_string(), 4)]);
    settle().await;
    assert_eq!(a.get(), None, "a row that left the values reads None");
    assert_eq!(runs.get(), after_first_run + 1, "and is woken once");
    assert_eq!(feed.row("c").get(), Some(4), "a row asked for later starts from the latest");
}

/// The compare view keeps the columns of the options an edit did not change and takes the
/// edited one from the screen's own evaluation: after an edit, a switch to another option
/// and a change of the answers it shows what a comparison made from scratch says.
#[wasm_bindgen_test]
async fn the_compare_view_agrees_with_a_comparison_made_from_scratch() {
    use om_configurator::present::compare::CompareView;
    use om_configurator::present::text::Language;
    use om_configurator::present::words::Reporter;
    use om_configurator::ui::compare_view::CompareOptions;
    let catalog = Catalog::embedded().expect("catalog");
    let mut priced = session(&[], &["om-prr", "om-dev-junior", "om-hosting-5x8"]);
    let prices =
        r#"{"currency":"USD","prices":{"om-prr":"8000.10","om-dev-junior":"1234.57","om-hosting-5x8":"2500"}}"#;
    priced.quote.price_book = Some(PriceBook::from_json(&catalog, prices).expect("book").book);
    let (root, store) = mount(priced, || view! { <CompareOptions /> });
    store.copy_option();
    store.copy_option();
    settle().await;
    // Each cell as the screen writes it (its mark, then its facts), and each total.
    let screen = |root: &web_sys::HtmlElement| (texts(root, "tbody tr:not(.errors-row) td"), texts(root, "tfoot td"));
    let scratch = move || {
        let view = store
            .with_untracked(|s| CompareView::of(&Reporter::new(&catalog, Language::En), s))
            .expect("three options are compared");
        let cells = view
            .rows
            .iter()
            .flat_map(|row| {
                row.cells.iter().map(|cell| format!("{}{}", cell.mark.clone().unwrap_or_default(), cell.facts.concat()))
            })
            .collect::<Vec<_>>();
        let totals = view.totals.iter().flat_map(|row| row.values.clone()).collect::<Vec<_>>();
        (cells, totals)
    };
    assert_eq!(screen(&root), scratch(), "three copies");
    store.set_line_quantity("om-dev-junior", 4);
    settle().await;
    assert_eq!(screen(&root), scratch(), "after an edit of option C");
    assert!(text(&root).contains("Differs: quantity"), "{}", text(&root));
    store.switch_option(0);
    store.set_line_term("om-hosting-5x8", 24);
    settle().await;
    assert_eq!(screen(&root), scratch(), "after a switch to option A and an edit of it");
    assert!(text(&root).contains("Differs: term"), "{}", text(&root));
    store.set_region(Some("Chinese mainland".into()));
    settle().await;
    assert_eq!(screen(&root), scratch(), "after a change of the answers every option shares");
    assert!(texts(&root, ".errors-row td").iter().all(|errors| errors != "None"), "{}", text(&root));
}
