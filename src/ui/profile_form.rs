//! "About you": the customer profile as plain questions (customer mode) or dense labels
//! (sales-engineer mode). Every answer is optional; rules say when one is needed.

use leptos::prelude::*;

use crate::domain::catalog::{DateInput, NumericInput, ScopeArea};
use crate::domain::profile::{Coverage, Platform, REGIONS};
use crate::state::{use_store, Store};
use crate::ui::deferred::Deferred;
use crate::ui::fields::{CheckField, RadioOption};
use crate::ui::platform_sizing::PlatformSizing;
use crate::ui::profile_extras::{ExistingContracts, Prerequisites, QuoteDates};
use crate::ui::profile_fields::{check, date_field, number_field};

/// The profile form. It re-renders only when the mode switches: each field reads its
/// own slice of the session, so typing state and refusal messages survive other edits.
#[component]
pub fn ProfileForm() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let p = &texts.profile;
    move || {
        let sales = store.is_sales();
        view! {
            <section class="panel profile" aria-labelledby="profile-heading">
                <h2 id="profile-heading">{p.heading.pick(sales)}</h2>
                <CustomerBasics sales=sales />
                <fieldset>
                    <legend>{p.size.pick(sales)}</legend>
                    {number_field(store, NumericInput::ItEmployees, sales)}
                    {number_field(store, NumericInput::BusinessDepartments, sales)}
                    {number_field(store, NumericInput::OmApplicationSystems, sales)}
                </fieldset>
                <PlatformSizing sales=sales />
                <Deferred>
                <fieldset>
                    <legend>{p.improve.pick(sales)}</legend>
                    {number_field(store, NumericInput::DrillScenarios, sales)}
                    <PlatformQuestion sales=sales platform=Platform::Apaas input=NumericInput::ApaasDrillScenarios />
                    <PlatformQuestion sales=sales platform=Platform::Coc input=NumericInput::CocDrillScenarios />
                    {check(store, "input-maturity", p.maturity.pick(sales), |s| s.profile.wants_maturity_assessment, |s, v| s.profile.wants_maturity_assessment = v)}
                </fieldset>
                <fieldset>
                    <legend>{p.key_event.pick(sales)}</legend>
                    {date_field(store, DateInput::KeyEventDate, p.key_event_date.pick(sales))}
                    {number_field(store, NumericInput::AssuranceDays, sales)}
                    {check(store, "input-ke-security", p.security.pick(sales), |s| s.profile.key_event_checks.security, |s, v| s.profile.key_event_checks.security = v)}
                    {check(store, "input-ke-capacity", p.capacity.pick(sales), |s| s.profile.key_event_checks.capacity, |s, v| s.profile.key_event_checks.capacity = v)}
                    {check(store, "input-ke-performance", p.performance.pick(sales), |s| s.profile.key_event_checks.performance, |s, v| s.profile.key_event_checks.performance = v)}
                    {number_field(store, NumericInput::PeakConcurrentRequests, sales)}
                    {check(store, "input-ke-onsite", p.onsite.pick(sales), |s| s.profile.wants_onsite_support, |s, v| s.profile.wants_onsite_support = v)}
                </fieldset>
                <fieldset>
                    <legend>{p.coc}</legend>
                    {date_field(store, DateInput::CocStartDate, p.coc_start.pick(sales))}
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
    let on_change = Callback::new(move |on: bool| store.answer_member(set, value, on));
    view! { <CheckField id=id label=label.to_string() checked=checked on_change=on_change /> }
}

/// Name, region, platforms and coverage.
#[component]
fn CustomerBasics(sales: bool) -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let p = &texts.profile;
    let customer_name = store.slice(|s| s.profile.customer_name.clone());
    let chosen_region = store.slice(|s| s.profile.region.clone());
    let platform_boxes = Platform::ALL
        .into_iter()
        .map(|platform| {
            let id = format!("input-platform-{}", platform.key());
            membership_check(
                store,
                id,
                (texts.words.platform)(platform),
                platform,
                |s| &s.profile.platforms,
                |s| &mut s.profile.platforms,
            )
        })
        .collect_view();
    let coverage_options = [
        (Some(Coverage::AroundTheClock), p.coverage[0].pick(sales), "coverage-247"),
        (Some(Coverage::BusinessHours), p.coverage[1].pick(sales), "coverage-85"),
        (None, p.coverage[2].pick(sales), "coverage-none"),
    ]
    .into_iter()
    .map(|(value, label, id)| {
        let checked = Signal::from(store.slice(move |s| s.profile.coverage == value));
        let on_select = Callback::new(move |()| store.answer_coverage(value));
        view! { <RadioOption name="coverage" id=id label=label checked=checked on_select=on_select /> }
    })
    .collect_view();
    view! {
        <div class="field">
            <label for="input-customer-name">{p.customer_name.pick(sales)}</label>
            <input id="input-customer-name" type="text" autocomplete="organization"
                prop:value=customer_name
                on:change=move |ev| store.set_customer_name(&event_target_value(&ev)) />
        </div>
        <div class="field">
            <label for="input-region">{p.region.pick(sales)}</label>
            <select id="input-region"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    store.set_region((!value.is_empty()).then_some(value));
                }>
                <option value="" selected=move || chosen_region.with(Option::is_none)>{p.choose}</option>
                {REGIONS.iter().map(|region| {
                    let value = region.to_string();
                    let label = value.clone();
                    let r = value.clone();
                    view! { <option value=value selected=move || chosen_region.with(|chosen| chosen.as_deref() == Some(r.as_str()))>{label}</option> }
                }).collect_view()}
            </select>
        </div>
        <fieldset>
            <legend>{p.platforms.pick(sales)}</legend>
            {platform_boxes}
        </fieldset>
        <fieldset>
            <legend>{p.monitoring.pick(sales)}</legend>
            {coverage_options}
        </fieldset>
    }
}

/// Scope the customer wants covered although the services exclude it (warnings).
#[component]
fn ScopeDeclarations(sales: bool) -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let boxes = ScopeArea::ALL
        .into_iter()
        .map(|area| {
            let id = format!("input-scope-{}", area.key());
            membership_check(
                store,
                id,
                (texts.words.scope_area)(area),
                area,
                |s| &s.profile.declared_scope,
                |s| &mut s.profile.declared_scope,
            )
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{texts.profile.declared_scope.pick(sales)}</legend>
            {boxes}
        </fieldset>
    }
}

/// A question about one platform: a sales engineer always sees it; a customer once they
/// say they use the platform (the field keeps its own state while shown).
#[component]
fn PlatformQuestion(sales: bool, platform: Platform, input: NumericInput) -> impl IntoView {
    let store = use_store();
    let uses = store.slice(move |s| s.profile.platforms.contains(&platform));
    move || (sales || uses.get()).then(|| number_field(store, input, sales))
}
