//! Findings: errors, then warnings, then information; each with its message, the cited
//! seed sentence, at most two fixes, and (sales engineer) an override with a reason.

use crate::domain::document::severity_label;
use crate::present::plural::{count_of, ERROR, EXCEPTION, NOTE, WARNING};
use leptos::prelude::*;

use crate::domain::rules::{Finding, Severity};
use crate::state::use_store;
use crate::ui::fields::InputError;
use crate::ui::fix_button::{Citations, FixButton};

/// The findings panel.
#[component]
pub fn FindingsPanel() -> impl IntoView {
    let store = use_store();
    let counts = Memo::new(move |_| {
        let evaluation = store.evaluation.get();
        let count = |s| evaluation.findings.iter().filter(|f| f.severity == s && f.exception.is_none()).count();
        let exceptions = evaluation.findings.iter().filter(|f| f.exception.is_some()).count();
        format!(
            "{}, {}, {}{}",
            count_of(count(Severity::Error), ERROR),
            count_of(count(Severity::Warning), WARNING),
            count_of(count(Severity::Info), NOTE),
            if exceptions > 0 { format!(", {}", count_of(exceptions, EXCEPTION)) } else { String::new() }
        )
    });
    view! {
        <section class="panel findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading">"Findings"</h2>
            <p class="findings-count" aria-live="polite">{counts}</p>
            <ul class="finding-list" aria-label="Findings list">
                <For
                    each=move || store.evaluation.get().findings.clone()
                    key=|f| (f.key.clone(), f.message.clone(), f.exception.clone(), f.fixes.len())
                    children=move |finding| view! { <FindingRow finding=finding /> }
                />
            </ul>
        </section>
    }
}

/// One finding.
#[component]
fn FindingRow(finding: Finding) -> impl IntoView {
    let store = use_store();
    let class = match (finding.severity, finding.exception.is_some()) {
        (_, true) => "finding exception",
        (Severity::Error, _) => "finding error",
        (Severity::Warning, _) => "finding warning",
        (Severity::Info, _) => "finding info",
    };
    let label = if finding.exception.is_some() {
        format!("{} (exception)", severity_label(finding.severity))
    } else {
        severity_label(finding.severity).to_string()
    };
    let fixes = finding.fixes.iter().cloned().map(|fix| view! { <FixButton fix=fix /> }).collect_view();
    let key = finding.key.clone();
    let overridable = finding.can_be_excepted();
    let exception = finding.exception.clone();
    view! {
        <li class=class>
            <span class="severity">{label}</span>
            <span class="finding-message">{finding.message.clone()}</span>
            {exception.clone().map(|reason| view! { <span class="exception-reason">{format!("Exception recorded: {reason}")}</span> })}
            <Citations citations=finding.citations.clone() />
            <div class="fixes">{fixes}</div>
            {move || (overridable && store.is_sales()).then(|| view! { <OverrideForm key=key.clone() existing=exception.clone() /> })}
        </li>
    }
}

/// Record or withdraw an exception (sales-engineer mode).
#[component]
fn OverrideForm(key: crate::domain::rules::FindingKey, existing: Option<String>) -> impl IntoView {
    let store = use_store();
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let id = format!("override-{}-{}", key.rule.key(), key.subject.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    if existing.is_some() {
        return view! {
            <button type="button" class="link" on:click=move |_| { let key = key.clone(); store.edit(move |s| s.quote.withdraw_exception(&key)) }>
                "Withdraw exception"
            </button>
        }
        .into_any();
    }
    view! {
        <details class="override">
            <summary>"Override with a reason"</summary>
            <label for=id.clone()>"Reason (printed in the proposal)"</label>
            <textarea id=id rows="2" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
            <button type="button" on:click=move |_| {
                let text = reason.get_untracked();
                if crate::domain::bounds::is_blank(&text) {
                    problem.set(Some("Write the reason first: an override is recorded with its reason.".into()));
                    return;
                }
                if let Err(too_long) = crate::domain::bounds::check_text("The reason", text.trim()) {
                    problem.set(Some(format!("{too_long}; shorten it and record again.")));
                    return;
                }
                let key = key.clone();
                store.edit(move |s| { s.quote.record_exception(key, &text); });
                problem.set(None);
            }>"Record exception"</button>
            <InputError message=problem />
        </details>
    }
    .into_any()
}
