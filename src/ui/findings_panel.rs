//! Findings: errors, then warnings, then information; each with its message, the cited
//! seed sentence, at most two fixes, and (sales engineer) an override with a reason.

use leptos::prelude::*;

use crate::domain::rules::{Finding, Severity};
use crate::present::refusals;
use crate::state::{use_language, use_store, use_texts};
use crate::ui::fields::InputError;
use crate::ui::fix_button::{Citations, FixButton};

/// The findings panel.
#[component]
pub fn FindingsPanel() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let language = use_language();
    let counts = Memo::new(move |_| {
        let evaluation = store.evaluation.get();
        let w = &texts.words;
        let count = |s| evaluation.findings.iter().filter(|f| f.severity == s && f.exception.is_none()).count();
        let exceptions = evaluation.findings.iter().filter(|f| f.exception.is_some()).count();
        let mut counts = texts.screen.finding_counts.fill(
            w.error.count_of(count(Severity::Error)),
            w.warning.count_of(count(Severity::Warning)),
            w.note.count_of(count(Severity::Info)),
        );
        if exceptions > 0 {
            counts.push_str(w.comma);
            counts.push_str(&w.exception.count_of(exceptions));
        }
        counts
    });
    view! {
        <section class="panel findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading" tabindex="-1">{texts.screen.findings[0]}</h2>
            <p class="findings-count" aria-live="polite">{counts}</p>
            <ul class="finding-list" aria-label=texts.screen.findings[1]>
                <For
                    each=move || {
                        let evaluation = store.evaluation.get();
                        store.words(language.get_untracked(), |words| {
                            evaluation.findings.iter().map(|f| (words.finding(f), f.clone())).collect::<Vec<_>>()
                        })
                    }
                    key=|(message, f)| (message.clone(), f.key.clone(), f.exception.clone(), f.fixes.len())
                    children=move |(message, finding)| view! { <FindingRow finding=finding message=message /> }
                />
            </ul>
        </section>
    }
}

/// One finding.
#[component]
fn FindingRow(finding: Finding, message: String) -> impl IntoView {
    let store = use_store();
    let language = use_language().get_untracked();
    let t = language.texts();
    let class = match (finding.severity, finding.exception.is_some()) {
        (_, true) => "exception",
        (Severity::Error, _) => "error",
        (Severity::Warning, _) => "warning",
        (Severity::Info, _) => "info",
    };
    let class = format!("finding {class}");
    let severity = (t.words.severity)(finding.severity);
    let label = if finding.exception.is_some() { t.screen.excepted.fill(severity) } else { severity.to_string() };
    let fixes = finding.fixes.iter().cloned().map(|fix| view! { <FixButton fix=fix /> }).collect_view();
    let key = finding.key.clone();
    let overridable = finding.can_be_excepted();
    let exception = finding.exception.clone();
    view! {
        <li class=class>
            <span class="severity">{label}</span>
            <span class="finding-message">{message}</span>
            {exception.clone().map(|reason| view! { <span class="exception-reason">{t.screen.exception_recorded.fill(&reason)}</span> })}
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
    let t = use_language().get_untracked().texts();
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let id = format!("override-{}-{}", key.rule.key(), key.subject.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    if existing.is_some() {
        return view! {
            <button type="button" class="link" on:click=move |_| store.withdraw_exception(&key)>
                {t.screen.withdraw_exception}
            </button>
        }
        .into_any();
    }
    view! {
        <details class="override">
            <summary>{t.screen.override_summary}</summary>
            <label for=id.clone()>{t.screen.reason_label}</label>
            <textarea id=id rows="2" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
            <button type="button" on:click=move |_| {
                let text = reason.get_untracked();
                if crate::domain::bounds::is_blank(&text) {
                    problem.set(Some(t.screen.reason_first.into()));
                    return;
                }
                if let Err(too_long) = crate::domain::bounds::check_text(t.screen.the_reason, text.trim()) {
                    problem.set(Some(t.screen.reason_too_long.fill(refusals::bound(t, &too_long))));
                    return;
                }
                let key = key.clone();
                store.record_exception(key, &text);
                problem.set(None);
            }>{t.screen.record_exception}</button>
            <InputError message=problem />
        </details>
    }
    .into_any()
}
