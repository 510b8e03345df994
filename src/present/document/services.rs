//! One part per BOQ line: the service in the words of its service document, how it is
//! billed, and how its quantity was sized.

use super::facts::{billing_text, quantity_text};
use super::{paragraphs, Block, Context, KeyValue, Section, Table};

/// "Selected services" and one section per BOQ row.
pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let Context { catalog, session, evaluation, boq, texts, words, .. } = context;
    let d = &texts.document;
    let [offering_key, quantity_key, billing_key, added_key] = d.service_keys;
    let [content, scenario, deliverables, acceptance, included, sizing_heading] = d.service_parts;
    let mut sections = Vec::with_capacity(boq.rows.len() + 1);
    let mut intro = Section::new("services", 1, d.part_titles[1]);
    intro.blocks.push(Block::Paragraph(texts.with_seed_note(d.services_intro)));
    sections.push(intro);
    for row in &boq.rows {
        let Some(entry) = catalog.entry(&row.item) else { continue };
        let item = entry.item;
        let mut section = Section::new(format!("service-{}", item.id), 2, item.shown_name().to_string());
        let mut facts = vec![
            KeyValue::new(offering_key, &entry.offering.name),
            KeyValue::new(quantity_key, quantity_text(texts, row)),
            KeyValue::new(billing_key, billing_text(texts, row)),
        ];
        if row.derived {
            let asked_for = catalog.rules().on_request.iter().any(|rule| rule.item == row.item);
            facts.push(KeyValue::new(added_key, if asked_for { d.added_on_request } else { d.added_increment }));
        }
        section.blocks.push(Block::KeyValues(facts));
        section.blocks.push(Block::Heading(content.into()));
        section.blocks.extend(paragraphs(&item.content));
        if !item.scenario.trim().is_empty() {
            section.blocks.push(Block::Heading(scenario.into()));
            section.blocks.extend(paragraphs(&item.scenario));
        }
        if !item.deliverables.is_empty() {
            section.blocks.push(Block::Heading(deliverables.into()));
            section.blocks.push(Block::Bullets(item.deliverables.clone()));
        }
        if !item.acceptance_report.trim().is_empty() {
            section.blocks.push(Block::Heading(acceptance.into()));
            section.blocks.extend(paragraphs(&item.acceptance_report));
        }
        if !item.includes.is_empty() {
            section.blocks.push(Block::Heading(included.into()));
            section.blocks.push(Block::Table(Table {
                caption: d.included_caption.fill(item.shown_name()),
                header: d.included_columns.map(String::from).to_vec(),
                rows: item.includes.iter().map(|i| vec![i.phase.clone(), i.item.clone(), i.content.clone()]).collect(),
                numeric_columns: Vec::new(),
            }));
        }
        let mut sizing = Vec::new();
        if let Some(because) = &row.because {
            sizing.push(Block::Paragraph((d.sentence)(&words.because(because))));
        }
        let derived_quantity = evaluation.line(&row.item).and_then(|line| line.derived_quantity);
        // An override is printed only where it applies: a derived quantity that is not
        // held to one per quote (elsewhere the rules ignore it and say so).
        let override_applies = derived_quantity.is_some() && !catalog.index().once_per_quote_of.contains_key(&row.item);
        let applied =
            session.quote.line(&row.item).and_then(|line| line.quantity_override.as_ref()).filter(|_| override_applies);
        if let Some(o) = applied {
            sizing.push(Block::Paragraph(match derived_quantity {
                Some(derived) => d.override_derived.fill(o.quantity, derived, &o.reason),
                None => d.override_plain.fill(o.quantity, &o.reason),
            }));
        }
        if !sizing.is_empty() {
            section.blocks.push(Block::Heading(sizing_heading.into()));
            section.blocks.extend(sizing);
        }
        sections.push(section);
    }
    sections
}
