//! Sizing inputs per offering (catalog-rules §2): the O&M platform and aPaaS each have
//! their own instances and release-management answers, shown beside what they size. In
//! customer mode, a customer using both platforms may say the numbers are the same and
//! answer once for both; one number never sizes two offerings without that answer.

use leptos::prelude::*;

use crate::domain::catalog::NumericInput;
use crate::domain::profile::Platform;
use crate::state::use_store;
use crate::ui::fields::CheckField;
use crate::ui::profile_form::{check, number_field, shared_number_field};

/// The per-platform sizing fieldsets.
#[component]
pub fn PlatformSizing(
    /// Sales-engineer wording (and never the shared question).
    sales: bool,
) -> impl IntoView {
    let store = use_store();
    let both_platforms = store.slice(|s| {
        s.profile.platforms.contains(&Platform::OmPlatform) && s.profile.platforms.contains(&Platform::Apaas)
    });
    let same = store.slice(|s| s.profile.same_numbers_on_both_platforms);
    // The single question applies only in customer mode, to a customer on both platforms
    // who said the numbers are the same.
    let shared = Memo::new(move |_| !sales && both_platforms.get() && same.get());
    let same_box = move || {
        (!sales && both_platforms.get()).then(|| {
            let on_change = Callback::new(move |on: bool| store.edit(|s| s.profile.set_same_numbers_on_both_platforms(on)));
            view! {
                <CheckField id="input-same-numbers".to_string()
                    label="The O&M platform and aPaaS have the same numbers of instances to connect and of applications under release management".to_string()
                    checked=Signal::from(same) on_change=on_change />
            }
        })
    };
    let first_connection = check(
        store,
        "input-first-connection",
        if sales {
            "First connection to the platform"
        } else {
            "These instances are being connected for the first time"
        },
        |s| s.profile.first_connection,
        |s, v| s.profile.first_connection = v,
    );
    let technical_support = check(
        store,
        "input-tech-support",
        if sales { "aPaaS technical support wanted" } else { "We need technical support for our aPaaS instances" },
        |s| s.profile.wants_technical_support,
        |s, v| s.profile.wants_technical_support = v,
    );
    let per_platform = move || {
        if shared.get() {
            view! {
                <fieldset>
                    <legend>"On both platforms"</legend>
                    {shared_number_field(store, [NumericInput::OmInstances, NumericInput::ApaasInstances],
                        "How many instances will you connect (on each platform)?")}
                    {shared_number_field(store, [NumericInput::OmReleaseApplications, NumericInput::ApaasReleaseApplications],
                        "How many applications go through release management (on each platform)?")}
                </fieldset>
            }
            .into_any()
        } else {
            view! {
                <fieldset>
                    <legend>{if sales { "Deterministic O&M (O&M platform)" } else { "On the O&M platform" }}</legend>
                    {number_field(store, NumericInput::OmInstances, sales)}
                    {number_field(store, NumericInput::OmReleaseApplications, sales)}
                </fieldset>
                <fieldset>
                    <legend>{if sales { "aPaaS Maintenance Service" } else { "On aPaaS" }}</legend>
                    {number_field(store, NumericInput::ApaasInstances, sales)}
                    {number_field(store, NumericInput::ApaasReleaseApplications, sales)}
                </fieldset>
            }
            .into_any()
        }
    };
    view! {
        <fieldset class="platform-sizing">
            <legend>{if sales { "Sizing per offering" } else { "Instances and applications" }}</legend>
            {same_box}
            {per_platform}
            {first_connection}
            {number_field(store, NumericInput::ApaasSupportInstances, sales)}
            {technical_support}
        </fieldset>
    }
}
