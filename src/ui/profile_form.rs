//! "About you": the customer profile as plain questions (customer mode) or dense labels
//! (sales-engineer mode). Every answer is optional; rules say when one is needed.

use leptos::prelude::*;

use crate::domain::catalog::{DateInput, NumericInput, ScopeArea};
use crate::domain::profile::{Coverage, Platform, REGIONS};
use crate::present::hints::sizing_hint;
use crate::state::{use_store, Store};
use crate::ui::deferred::Deferred;
use crate::ui::fields::{CheckField, DateField, NumberField, RadioOption};
use crate::ui::platform_sizing::PlatformSizing;
use crate::ui::profile_extras::{ExistingContracts, Prerequisites, QuoteDates};

/// The question for a numeric input: (customer wording, sales-engineer wording, hint).
/// Sizing inputs name their platform: each offering is sized by its own input (§2); their
/// hint is worded from the rule book (`present::hints`), never typed here.
fn wording(input: NumericInput) -> (&'static str, &'static str, Option<&'static str>) {
    match input {
        NumericInput::ItEmployees => (
            "How many people work in your IT department?",
            "IT department employees",
            Some("Decides the Medium (20-50) or Large (more than 50) edition."),
        ),
        NumericInput::BusinessDepartments => {
            ("How many business departments work with IT?", "Related business departments", None)
        }
        NumericInput::OmApplicationSystems => {
            ("How many application systems does your O&M team run?", "O&M application systems", None)
        }
        NumericInput::OmInstances => {
            ("How many instances will you connect to the O&M platform?", "O&M platform instances to connect", None)
        }
        NumericInput::ApaasInstances => {
            ("How many instances will you connect to aPaaS hosting?", "aPaaS instances to connect", None)
        }
        NumericInput::ApaasSupportInstances => {
            ("How many aPaaS instances need technical support?", "aPaaS instances needing technical support", None)
        }
        NumericInput::OmReleaseApplications => (
            "How many applications go through release management on the O&M platform?",
            "O&M platform applications under release management",
            None,
        ),
        NumericInput::ApaasReleaseApplications => (
            "How many applications go through release management on aPaaS?",
            "aPaaS applications under release management",
            None,
        ),
        NumericInput::DrillScenarios => (
            "How many chaos drill scenarios do you want to run on the O&M platform?",
            "Drill scenarios (O&M platform)",
            None,
        ),
        NumericInput::AssuranceDays => {
            ("How many days should the key event be covered?", "Assurance days (calendar)", None)
        }
        NumericInput::PeakConcurrentRequests => {
            ("Expected peak concurrent requests (optional)", "Peak concurrent requests", None)
        }
    }
}

/// The hint under a numeric input: in sales-engineer mode, the items it sizes (from the
/// rule book), so each input sits beside what it sizes.
fn hint_for(store: Store, input: NumericInput, sales: bool) -> Option<String> {
    let (_, _, hint) = wording(input);
    let catalog = store.catalog();
    if !sales {
        return sizing_hint(catalog.rules(), input).or_else(|| hint.map(String::from));
    }
    let sized: Vec<&str> =
        catalog.rules().items_sized_by(input).into_iter().map(|item| catalog.name_of(item)).collect();
    if sized.is_empty() {
        hint.map(String::from)
    } else {
        Some(format!("Sizes: {}.", sized.join("; ")))
    }
}

/// One numeric answer (its id `input-<key>` is what "Enter X" fixes focus).
pub(crate) fn number_field(store: Store, input: NumericInput, sales: bool) -> impl IntoView {
    let (customer, engineer, _) = wording(input);
    let value = Signal::from(store.slice(move |s| s.profile.number(input)));
    let on_change = Callback::new(move |v: Option<u64>| store.edit(|s| s.profile.set_number(input, v)));
    let label = if sales { engineer } else { customer };
    view! {
        <NumberField id=format!("input-{}", input.key()) label=label.to_string() hint=hint_for(store, input, sales) value=value max=input.max_value() on_change=on_change />
    }
}

/// One question that fills the same measure on both platforms (customer mode, when the
/// customer says the numbers are the same). Its id is `input-both-<O&M input key>`.
pub(crate) fn shared_number_field(store: Store, [om, apaas]: [NumericInput; 2], label: &str) -> impl IntoView {
    let sizing = sizing_hint(store.catalog().rules(), om).map(|h| format!(" {h}")).unwrap_or_default();
    let hint = format!("Fills the O&M platform and the aPaaS answer.{sizing}");
    let value = Signal::from(store.slice(move |s| s.profile.number(om)));
    let on_change = Callback::new(move |v: Option<u64>| store.edit(|s| s.profile.set_numbers(&[om, apaas], v)));
    view! {
        <NumberField id=format!("input-both-{}", om.key()) label=label.to_string() hint=Some(hint) value=value max=om.max_value().min(apaas.max_value()) on_change=on_change />
    }
}

fn date_field(store: Store, input: DateInput, label: &str) -> impl IntoView {
    let value = Signal::from(store.slice(move |s| s.profile.date(input)));
    let on_change = Callback::new(move |v| store.edit(|s| s.profile.set_date(input, v)));
    view! { <DateField id=format!("input-{}", input.key()) label=label.to_string() value=value on_change=on_change /> }
}

/// A checkbox bound to one boolean of the session.
pub(crate) fn check(
    store: Store,
    id: &str,
    label: &str,
    get: fn(&crate::domain::session::Session) -> bool,
    set: fn(&mut crate::domain::session::Session, bool),
) -> impl IntoView {
    let checked = Signal::from(store.slice(get));
    let on_change = Callback::new(move |v: bool| store.edit(|s| set(s, v)));
    view! { <CheckField id=id.to_string() label=label.to_string() checked=checked on_change=on_change /> }
}

/// The profile form. It re-renders only when the mode switches: each field reads its
/// own slice of the session, so typing state and refusal messages survive other edits.
#[component]
pub fn ProfileForm() -> impl IntoView {
    let store = use_store();
    move || {
        let sales = store.is_sales();
        view! {
            <section class="panel profile" aria-labelledby="profile-heading">
                <h2 id="profile-heading">{if sales { "1 Customer profile" } else { "1 About you" }}</h2>
                <CustomerBasics sales=sales />
                <fieldset>
                    <legend>{if sales { "Customer size" } else { "Your size" }}</legend>
                    {number_field(store, NumericInput::ItEmployees, sales)}
                    {number_field(store, NumericInput::BusinessDepartments, sales)}
                    {number_field(store, NumericInput::OmApplicationSystems, sales)}
                </fieldset>
                <PlatformSizing sales=sales />
                <Deferred>
                <fieldset>
                    <legend>{if sales { "Drills, maturity" } else { "What you want to improve" }}</legend>
                    {number_field(store, NumericInput::DrillScenarios, sales)}
                    {check(store, "input-maturity", if sales { "O&M maturity assessment / plan" } else { "We want an assessment and plan of our O&M maturity" }, |s| s.profile.wants_maturity_assessment, |s, v| s.profile.wants_maturity_assessment = v)}
                </fieldset>
                <fieldset>
                    <legend>{if sales { "Key event" } else { "A key event (promotion, launch, holiday peak)" }}</legend>
                    {date_field(store, DateInput::KeyEventDate, if sales { "Key event date" } else { "When does the event start?" })}
                    {number_field(store, NumericInput::AssuranceDays, sales)}
                    {check(store, "input-ke-security", if sales { "Security evaluation" } else { "Check our security configuration before the event" }, |s| s.profile.key_event_checks.security, |s, v| s.profile.key_event_checks.security = v)}
                    {check(store, "input-ke-capacity", if sales { "Capacity evaluation" } else { "Check our capacity for the expected peak" }, |s| s.profile.key_event_checks.capacity, |s, v| s.profile.key_event_checks.capacity = v)}
                    {check(store, "input-ke-performance", if sales { "Performance test" } else { "Run a performance test" }, |s| s.profile.key_event_checks.performance, |s, v| s.profile.key_event_checks.performance = v)}
                    {number_field(store, NumericInput::PeakConcurrentRequests, sales)}
                    {check(store, "input-ke-onsite", if sales { "Onsite support" } else { "We want engineers on site during the event" }, |s| s.profile.wants_onsite_support, |s, v| s.profile.wants_onsite_support = v)}
                </fieldset>
                <fieldset>
                    <legend>"COC (Cloud Operations Center)"</legend>
                    {date_field(store, DateInput::CocStartDate, if sales { "COC service start date" } else { "When should the COC service start?" })}
                </fieldset>
                <ScopeDeclarations sales=sales />
                <Prerequisites />
                <ExistingContracts sales=sales />
                {sales.then(|| view! { <QuoteDates /> })}
                </Deferred>
            </section>
        }
    }
}

/// A checkbox for whether `value` is in one of the profile's sets.
fn membership_check<T: Ord + Copy + Send + Sync + 'static>(
    store: Store,
    id: String,
    label: &str,
    value: T,
    get: fn(&crate::domain::session::Session) -> &std::collections::BTreeSet<T>,
    set: fn(&mut crate::domain::session::Session) -> &mut std::collections::BTreeSet<T>,
) -> impl IntoView {
    let checked = Signal::from(store.slice(move |s| get(s).contains(&value)));
    let on_change = Callback::new(move |on: bool| {
        store.edit(|s| {
            if on {
                set(s).insert(value);
            } else {
                set(s).remove(&value);
            }
        })
    });
    view! { <CheckField id=id label=label.to_string() checked=checked on_change=on_change /> }
}

/// Name, region, platforms and coverage.
#[component]
fn CustomerBasics(sales: bool) -> impl IntoView {
    let store = use_store();
    let customer_name = store.slice(|s| s.profile.customer_name.clone());
    let chosen_region = store.slice(|s| s.profile.region.clone());
    let platform_boxes = Platform::ALL
        .into_iter()
        .map(|platform| {
            let id = format!("input-platform-{}", platform.key());
            membership_check(
                store,
                id,
                platform.label(),
                platform,
                |s| &s.profile.platforms,
                |s| &mut s.profile.platforms,
            )
        })
        .collect_view();
    let coverage_options = [
        (Some(Coverage::AroundTheClock), if sales { "24/7" } else { "Around the clock (24/7)" }, "coverage-247"),
        (
            Some(Coverage::BusinessHours),
            if sales { "Business hours (8/5)" } else { "Business hours only (8/5)" },
            "coverage-85",
        ),
        (None, if sales { "None" } else { "No monitoring needed" }, "coverage-none"),
    ]
    .into_iter()
    .map(|(value, label, id)| {
        let checked = Signal::from(store.slice(move |s| s.profile.coverage == value));
        let on_select = Callback::new(move |()| store.edit(|s| s.profile.coverage = value));
        view! { <RadioOption name="coverage" id=id label=label checked=checked on_select=on_select /> }
    })
    .collect_view();
    view! {
        <div class="field">
            <label for="input-customer-name">{if sales { "Customer" } else { "Your company" }}</label>
            <input id="input-customer-name" type="text" autocomplete="organization"
                prop:value=customer_name
                on:change=move |ev| { let name = event_target_value(&ev); store.edit(|s| s.profile.customer_name = name.trim().to_string()) } />
        </div>
        <div class="field">
            <label for="input-region">{if sales { "Country / region" } else { "Where is your business?" }}</label>
            <select id="input-region"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    store.edit(|s| s.profile.region = (!value.is_empty()).then_some(value));
                }>
                <option value="" selected=move || chosen_region.with(Option::is_none)>"Choose\u{2026}"</option>
                {REGIONS.iter().map(|region| {
                    let value = region.to_string();
                    let label = value.clone();
                    let r = value.clone();
                    view! { <option value=value selected=move || chosen_region.with(|chosen| chosen.as_deref() == Some(r.as_str()))>{label}</option> }
                }).collect_view()}
            </select>
        </div>
        <fieldset>
            <legend>{if sales { "Platforms" } else { "Which platforms do you use or plan to use?" }}</legend>
            {platform_boxes}
        </fieldset>
        <fieldset>
            <legend>{if sales { "Monitoring coverage" } else { "Do you need your applications monitored?" }}</legend>
            {coverage_options}
        </fieldset>
    }
}

/// Scope the customer wants covered although the services exclude it (warnings).
#[component]
fn ScopeDeclarations(sales: bool) -> impl IntoView {
    let store = use_store();
    let boxes = ScopeArea::ALL
        .into_iter()
        .map(|area| {
            let id = format!("input-scope-{}", area.key());
            membership_check(
                store,
                id,
                area.label(),
                area,
                |s| &s.profile.declared_scope,
                |s| &mut s.profile.declared_scope,
            )
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{if sales { "Declared in scope (not covered by the services)" } else { "Do you also expect help with any of these?" }}</legend>
            {boxes}
        </fieldset>
    }
}
