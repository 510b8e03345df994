//! The cover: heading, the quote's facts, the DRAFT stamp with the open errors, and the
//! running footer.

use super::facts::{catalog_versions, prepared_by, quote_id, status_text, validity, versions_text};
use super::{Context, Cover, KeyValue};

/// The cover of the proposal.
pub(super) fn cover(context: &Context<'_>) -> Cover {
    let Context { catalog, session, evaluation, boq, texts, summary, .. } = context;
    let d = &texts.document;
    let [customer, quote, id_key, date_key, validity_key, versions_key, prepared_key, status_key, prices_key] =
        d.cover_keys;
    let or_none = |text: &str| if text.trim().is_empty() { texts.words.none.to_string() } else { text.to_string() };
    let quote_id = quote_id(session);
    let date = session.profile.quote_date.to_string();
    let mut facts = vec![
        KeyValue::new(customer, or_none(&session.profile.customer_name)),
        KeyValue::new(quote, or_none(&session.quote.title)),
        KeyValue::new(id_key, &quote_id),
        KeyValue::new(date_key, (texts.words.date)(session.profile.quote_date)),
        KeyValue::new(validity_key, validity(texts, session.profile.quote_date)),
        KeyValue::new(versions_key, versions_text(texts, &catalog_versions(catalog, boq))),
        KeyValue::new(prepared_key, prepared_by(texts, session.mode)),
        KeyValue::new(status_key, status_text(texts, session.quote.status, evaluation.can_issue())),
    ];
    facts.extend(super::revision::cover_fact(context));
    if boq.illustrative {
        facts.push(KeyValue::new(prices_key, texts.boq.illustrative_value));
    }
    let draft = summary.draft();
    let mut footer = vec![d.footer_quote.fill(&quote_id), (texts.words.date)(session.profile.quote_date)];
    if draft {
        footer.push(texts.summary.draft.to_string());
    }
    if boq.illustrative {
        footer.push(texts.boq.illustrative_prices.to_string());
    }
    Cover {
        heading: d.heading.to_string(),
        printed: d.printed.to_string(),
        quote_id,
        date,
        facts,
        draft,
        stamp: texts.summary.draft.to_string(),
        draft_lead: texts.summary.draft_lead.to_string(),
        open_errors: summary.open_errors.clone(),
        footer: footer.join(" \u{b7} "),
        page_of: d.page_of.map(str::to_string),
        illustrative: boq.illustrative,
    }
}
