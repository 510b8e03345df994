//! Sizing inputs per offering (catalog-rules §2): the O&M platform and aPaaS each have
//! their own instances and release-management answers, shown beside what they size. In
//! customer mode, a customer using both platforms may say the numbers are the same and
//! answer once for both; one number never sizes two offerings without that answer.

use leptos::prelude::*;

use crate::domain::catalog::NumericInput;
use crate::domain::profile::Platform;
use crate::state::use_store;
use crate::ui::fields::CheckField;
use crate::ui::profile_fields::{check, number_field, shared_number_field};

/// The per-platform sizing fieldsets.
#[component]
pub fn PlatformSizing(
    /// Sales-engineer wording (and never the shared question).
    sales: bool,
) -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let p = &texts.profile;
    let both_platforms = store.slice(|s| {
        s.profile.platforms.contains(&Platform::OmPlatform) && s.profile.platforms.contains(&Platform::Apaas)
    });
    let same = store.slice(|s| s.profile.same_numbers_on_both_platforms);
    // The single question applies only in customer mode, to a customer on both platforms
    // who said the numbers are the same.
    let shared = Memo::new(move |_| !sales && both_platforms.get() && same.get());
    let same_box = move || {
        (!sales && both_platforms.get()).then(|| {
            let on_change = Callback::new(move |on: bool| store.size_both_platforms_alike(on));
            view! {
                <CheckField id="input-same-numbers".to_string()
                    label=p.same_numbers.to_string()
                    checked=Signal::from(same) on_change=on_change />
            }
        })
    };
    let first_connection = check(
        store,
        "input-first-connection",
        p.first_connection.pick(sales),
        |s| s.profile.first_connection,
        |s, v| s.profile.first_connection = v,
    );
    let per_platform = move || {
        if shared.get() {
            view! {
                <fieldset>
                    <legend>{p.both_platforms}</legend>
                    {shared_number_field(store, [NumericInput::OmInstances, NumericInput::ApaasInstances],
                        p.both_instances)}
                    {shared_number_field(store, [NumericInput::OmReleaseApplications, NumericInput::ApaasReleaseApplications],
                        p.both_releases)}
                </fieldset>
            }
            .into_any()
        } else {
            view! {
                <fieldset>
                    <legend>{p.om_platform.pick(sales)}</legend>
                    {number_field(store, NumericInput::OmInstances, sales)}
                    {number_field(store, NumericInput::OmReleaseApplications, sales)}
                </fieldset>
                <fieldset>
                    <legend>{p.apaas.pick(sales)}</legend>
                    {number_field(store, NumericInput::ApaasInstances, sales)}
                    {number_field(store, NumericInput::ApaasReleaseApplications, sales)}
                </fieldset>
            }
            .into_any()
        }
    };
    view! {
        <fieldset class="platform-sizing">
            <legend>{p.sizing.pick(sales)}</legend>
            {same_box}
            {per_platform}
            {first_connection}
            {number_field(store, NumericInput::ApaasSupportInstances, sales)}
        </fieldset>
    }
}
