//! "Service terms": for each offering of the quote, its prerequisites with their status,
//! scope, region, process, responsibilities and acceptance criteria, as its service
//! document states them.

use crate::domain::catalog::{Offering, SeedDocument};
use crate::domain::quote::QuoteStatus;

use super::{bullets_or_nothing, paragraphs, Block, Context, Section, Table};

/// The status of each prerequisite of a document: confirmed, to confirm, or (lead times)
/// checked against the date.
fn prerequisite_rows(context: &Context<'_>, document: &SeedDocument) -> Vec<Vec<String>> {
    let Context { catalog, session, texts, .. } = context;
    let d = &texts.document;
    let profile = &session.profile;
    document
        .prerequisites
        .iter()
        .map(|prerequisite| {
            let lead_time = catalog.rules().lead_times.iter().find(|rule| rule.prerequisite == prerequisite.id);
            let status = match lead_time {
                Some(rule) => {
                    let earliest = profile.calendar().nth_working_day_after(profile.quote_date, rule.working_days);
                    let label = (texts.words.date_input)(rule.input);
                    match profile.date(rule.input) {
                        None => d.not_checked.fill(label),
                        Some(date) => {
                            let [shown, earliest_shown, quote_date] =
                                [date, earliest, profile.quote_date].map(texts.words.date);
                            let wording = if date >= earliest { &d.met } else { &d.not_met };
                            wording.fill(label, shown, earliest_shown, rule.working_days, quote_date)
                        }
                    }
                }
                None if profile.attested_prerequisites.contains(&prerequisite.id) => d.confirmed.to_string(),
                None => match session.quote.status {
                    QuoteStatus::Draft => d.to_confirm.to_string(),
                    QuoteStatus::Final => d.not_confirmed.to_string(),
                },
            };
            vec![prerequisite.text.clone(), status]
        })
        .collect()
}

/// "Service terms" and one section per quoted offering.
pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let Context { catalog, boq, texts, .. } = context;
    let d = &texts.document;
    let mut used: Vec<&str> = Vec::new();
    for row in &boq.rows {
        if !used.contains(&row.offering_id.as_str()) {
            used.push(row.offering_id.as_str());
        }
    }
    if used.is_empty() {
        return Vec::new();
    }
    let mut intro = Section::new("terms", 1, d.part_titles[2]);
    intro.blocks.push(Block::Paragraph(texts.with_seed_note(d.terms_intro)));
    let mut sections = vec![intro];
    // Prerequisites, region, process and responsibilities belong to the service document:
    // printed with its first offering, referred to from the others.
    let mut documents_printed: Vec<(&str, &str)> = Vec::new();
    for offering_id in used {
        let Some((document, offering)) = catalog.offering(offering_id) else { continue };
        let mut section = Section::new(format!("terms-{}", offering.id), 2, offering.name.clone());
        section.blocks.extend(paragraphs(&offering.description));
        bullets_or_nothing(&mut section.blocks, d.notes, &offering.notes);
        let first_offering = documents_printed.iter().find(|(seed, _)| *seed == document.seed).map(|(_, name)| *name);
        match first_offering {
            Some(name) => section.blocks.push(Block::Paragraph(d.same_document.fill(name))),
            None => {
                documents_printed.push((document.seed.as_str(), offering.name.as_str()));
                document_terms(context, document, &mut section.blocks);
            }
        }
        scope_blocks(context, offering, &mut section.blocks);
        responsibility_details(context, offering, &mut section.blocks);
        if !offering.acceptance_criteria.is_empty() {
            section.blocks.push(Block::Heading(d.terms_parts[7].into()));
            for criterion in &offering.acceptance_criteria {
                section.blocks.extend(paragraphs(criterion));
            }
        }
        sections.push(section);
    }
    sections
}

/// The document-level terms: prerequisites with their status, region, process tables and
/// the responsibility matrix.
fn document_terms(context: &Context<'_>, document: &SeedDocument, blocks: &mut Vec<Block>) {
    let d = &context.texts.document;
    let [prerequisites, region_heading, process_heading, matrix_heading, ..] = d.terms_parts;
    if !document.prerequisites.is_empty() {
        let [caption, prerequisite, status] = d.prerequisites_table;
        blocks.push(Block::Heading(prerequisites.into()));
        blocks.push(Block::Table(Table {
            caption: caption.into(),
            header: vec![prerequisite.into(), status.into()],
            rows: prerequisite_rows(context, document),
            numeric_columns: Vec::new(),
        }));
    }
    if let Some(region) = &document.service_regions {
        blocks.push(Block::Heading(region_heading.into()));
        blocks.extend(paragraphs(region));
    }
    if !document.process.is_empty() {
        let [phase, content, description] = d.process_columns;
        blocks.push(Block::Heading(process_heading.into()));
        for table in &document.process {
            if let Some(note) = &table.note {
                blocks.extend(paragraphs(note));
            }
            let with_content = table.phases.iter().any(|phase| phase.content.is_some());
            let mut header = vec![phase.to_string()];
            if with_content {
                header.push(content.into());
            }
            header.push(description.into());
            let rows = table
                .phases
                .iter()
                .map(|phase| {
                    let mut row = vec![phase.phase.clone()];
                    if with_content {
                        row.push(phase.content.clone().unwrap_or_default());
                    }
                    row.push(phase.description.clone());
                    row
                })
                .collect();
            blocks.push(Block::Table(Table { caption: table.name.clone(), header, rows, numeric_columns: Vec::new() }));
        }
    }
    let responsibilities = &document.responsibilities;
    if !(responsibilities.shared.is_empty()
        && responsibilities.huawei.is_empty()
        && responsibilities.customer.is_empty())
    {
        blocks.push(Block::Heading(matrix_heading.into()));
        let [shared, huawei, customer] = d.matrix;
        for (label, items) in [
            (shared, &responsibilities.shared),
            (huawei, &responsibilities.huawei),
            (customer, &responsibilities.customer),
        ] {
            if !items.is_empty() {
                blocks.push(Block::Paragraph(d.label_colon.fill(label)));
                blocks.push(Block::Bullets(items.clone()));
            }
        }
    }
}

fn scope_blocks(context: &Context<'_>, offering: &Offering, blocks: &mut Vec<Block>) {
    let d = &context.texts.document;
    if !offering.covered.is_empty() || offering.covered_intro.is_some() {
        blocks.push(Block::Heading(d.terms_parts[4].into()));
        if let Some(intro) = &offering.covered_intro {
            blocks.extend(paragraphs(intro));
        }
        if !offering.covered.is_empty() {
            blocks.push(Block::Bullets(offering.covered.clone()));
        }
    }
    if !offering.not_covered.is_empty() || offering.not_covered_intro.is_some() {
        blocks.push(Block::Heading(d.terms_parts[5].into()));
        if let Some(intro) = &offering.not_covered_intro {
            blocks.extend(paragraphs(intro));
        }
        if !offering.not_covered.is_empty() {
            blocks.push(Block::Bullets(offering.not_covered.iter().map(|n| n.text.clone()).collect()));
        }
    }
}

fn responsibility_details(context: &Context<'_>, offering: &Offering, blocks: &mut Vec<Block>) {
    if offering.responsibility_details.is_empty() {
        return;
    }
    let d = &context.texts.document;
    let [no, area, process, content, huawei, customer] = d.detail_columns;
    blocks.push(Block::Heading(d.terms_parts[6].into()));
    for line in &offering.responsibility_intro {
        blocks.extend(paragraphs(line));
    }
    let with_section = offering.responsibility_details.iter().any(|row| row.section.is_some());
    let mut header = vec![no.to_string()];
    if with_section {
        header.push(area.into());
    }
    header.extend([process.into(), content.into(), huawei.into(), customer.into()]);
    let rows = offering
        .responsibility_details
        .iter()
        .map(|row| {
            let mut cells = vec![row.no.clone()];
            if with_section {
                cells.push(row.section.clone().unwrap_or_default());
            }
            cells.extend([row.process.clone(), row.content.clone(), row.huawei.clone(), row.customer.clone()]);
            cells
        })
        .collect();
    blocks.push(Block::Table(Table {
        caption: d.details_caption.fill(&offering.name),
        header,
        rows,
        numeric_columns: Vec::new(),
    }));
}
