//! The catalog holds every seed item verbatim, once; its data is consistent; every rule
//! cites a sentence that really is in its seed, and every item text is in its seed.

mod common;

use std::collections::{HashMap, HashSet};

use om_configurator::domain::catalog::{Billing, Catalog, Cite, SeedDocument};

use common::catalog;

/// Seed text with whitespace collapsed, so a sentence wrapped differently still matches.
fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed_texts() -> HashMap<String, String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    std::fs::read_dir(dir)
        .expect("seed fixtures present")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, normalized(&std::fs::read_to_string(e.path()).expect("readable seed")))
        })
        .collect()
}

#[test]
fn every_seed_item_name_is_in_the_catalog_verbatim_once() {
    let catalog = catalog();
    let tsv = include_str!("fixtures/seed-items.tsv");
    let mut names: Vec<&str> = catalog.items().map(|e| e.item.name.as_str()).collect();
    names.extend(catalog.offerings().map(|(_, o)| o.name.as_str()));
    let mut checked = 0;
    for line in tsv.lines().filter(|l| !l.trim().is_empty()) {
        let (_, name) = line.split_once('\t').expect("seed-items.tsv has two columns");
        let count = names.iter().filter(|n| **n == name).count();
        assert_eq!(count, 1, "`{name}` appears {count} times in the catalog");
        checked += 1;
    }
    assert_eq!(checked, 72);
}

#[test]
fn offerings_have_the_item_counts_of_the_spec() {
    let catalog = catalog();
    let counts: Vec<(String, usize)> = catalog.offerings().map(|(_, o)| (o.name.clone(), o.items.len())).collect();
    assert_eq!(
        counts,
        vec![
            ("Deterministic O&M Management Service".to_string(), 20),
            ("aPaaS Maintenance Service".to_string(), 32),
            ("aPaaS Operation Service".to_string(), 17),
            ("COC Implementation Support Service".to_string(), 1),
            ("Key Event On-Duty Service".to_string(), 4),
        ]
    );
}

#[test]
fn billing_follows_the_acceptance_criteria() {
    let catalog = catalog();
    let periodic: Vec<&str> =
        catalog.items().filter(|e| e.item.billing == Billing::Periodic).map(|e| e.item.id.as_str()).collect();
    assert_eq!(
        periodic,
        vec![
            "om-hosting-7x24",
            "om-hosting-inc-7x24",
            "om-hosting-5x8",
            "om-hosting-inc-5x8",
            "apm-tech-support",
            "apm-agent-hosting",
            "apm-high-reliability",
            "apm-risk-gov",
            "apm-security-gov",
            "apm-data-gov",
            "apm-hosting-8x5",
            "apm-hosting-24x7",
            "apm-hosting-inc-8x5",
            "apm-hosting-inc-24x7",
            "apm-tool-gov",
            "apm-tool-gov-inc",
        ]
    );
}

#[test]
fn every_item_and_offering_carries_its_seed_texts() {
    let catalog = catalog();
    for (document, offering) in catalog.offerings() {
        assert!(!document.prerequisites.is_empty(), "{}: prerequisites", offering.name);
        assert!(!offering.covered.is_empty(), "{}: covered scope", offering.name);
        assert!(!offering.not_covered.is_empty(), "{}: not covered scope", offering.name);
        assert!(!offering.acceptance_criteria.is_empty(), "{}: acceptance criteria", offering.name);
        assert!(!document.process.is_empty(), "{}: service process", offering.name);
        assert!(!document.responsibilities.shared.is_empty(), "{}: responsibilities", offering.name);
        assert_eq!(document.updated_on.len(), 10, "{}: catalog version", offering.name);
    }
    for entry in catalog.items() {
        let item = entry.item;
        assert!(!item.content.trim().is_empty(), "{}: content", item.name);
        if entry.offering.id != "key-event" {
            assert!(!item.deliverables.is_empty(), "{}: deliverables", item.name);
            assert!(!item.acceptance_report.is_empty(), "{}: acceptance report", item.name);
        }
    }
}

#[test]
fn item_texts_are_verbatim_from_their_seed() {
    let catalog = catalog();
    let seeds = seed_texts();
    // The add-on names are decided (catalog-rules §8.10), not seed text.
    let decided = ["Additional remote assurance day", "Onsite support", "Acceptance Report"];
    for entry in catalog.items() {
        let seed = &seeds[&entry.document.seed];
        let item = entry.item;
        let mut texts: Vec<&str> = vec![&item.name, &item.scenario, &item.acceptance_report];
        texts.extend(item.content.split('\n'));
        texts.extend(item.deliverables.iter().map(String::as_str));
        for text in texts.into_iter().map(str::trim).filter(|t| !t.is_empty()) {
            if decided.contains(&text) {
                continue;
            }
            assert!(
                seed.contains(&normalized(text)),
                "{} ({}): not verbatim in {}: {text}",
                item.name,
                item.id,
                entry.document.seed
            );
        }
    }
    for (document, offering) in catalog.offerings() {
        let seed = &seeds[&document.seed];
        let texts = document
            .prerequisites
            .iter()
            .map(|p| p.text.as_str())
            .chain(offering.not_covered.iter().map(|n| n.text.as_str()))
            .chain(offering.covered.iter().map(String::as_str))
            .chain(offering.acceptance_criteria.iter().map(String::as_str))
            .chain(offering.notes.iter().map(String::as_str))
            .chain(offering.covered_intro.as_deref())
            .chain(offering.not_covered_intro.as_deref())
            .chain(offering.responsibility_intro.iter().map(String::as_str));
        for text in texts {
            assert!(seed.contains(&normalized(text)), "{}: not verbatim in {}: {text}", offering.name, document.seed);
        }
    }
}

#[test]
fn every_rule_citation_is_a_sentence_of_its_seed() {
    let catalog = catalog();
    let seeds = seed_texts();
    let mut checked = 0;
    for cite in catalog.all_citations() {
        if let Cite::Seed { seed, sentence } = cite.kind() {
            let file = catalog.seed_file(seed).expect("cited seed exists");
            assert!(seeds[file].contains(&normalized(sentence)), "not in {file}: {sentence}");
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} citations checked");
}

#[test]
fn a_rule_naming_an_unknown_item_is_rejected_with_the_reason() {
    let json = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));
    let broken = json.replacen("\"increment\":\"om-chaos-inc\"", "\"increment\":\"om-chaos-typo\"", 1);
    assert_ne!(json, broken, "the fixture replacement must hit");
    let error = Catalog::from_json(&broken).expect_err("unknown id is invalid");
    assert!(error.to_string().contains("unknown item `om-chaos-typo`"), "{error}");
}

#[test]
fn a_duplicate_item_name_is_rejected() {
    let json = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));
    let broken = json.replacen(
        "\"name\":\"Chaos Engineering Drill Service Incremental Package\"",
        "\"name\":\"Chaos Engineering Drill Service Basic Edition\"",
        1,
    );
    assert_ne!(json, broken);
    let error = Catalog::from_json(&broken).expect_err("duplicate names are invalid");
    assert!(error.to_string().contains("used twice"), "{error}");
}

/// The seed's lines, trimmed, as the HTML-to-text dump wrote them.
fn seed_lines(file: &str) -> Vec<String> {
    let path = format!("{}/tests/fixtures/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("readable seed").lines().map(|l| l.trim().to_string()).collect()
}

/// The lines of a seed's body: after its "Updated on" line (site navigation comes before it
/// in 002 and 004), up to the page footer (feedback form, cookie banner).
fn body_lines(file: &str) -> Vec<String> {
    let lines = seed_lines(file);
    let start = lines.iter().position(|l| l.starts_with("Updated on")).expect("an Updated on line") + 1;
    let footer = ["Feedback", "We use cookies", "Kami menggunakan"];
    lines[start..].iter().take_while(|l| !footer.iter().any(|f| l.starts_with(f))).cloned().collect()
}

/// Every text the catalog keeps for a seed document, each whitespace-normalized, joined with
/// a separator no seed uses, so that a seed line only matches inside one field.
fn document_corpus(document: &SeedDocument) -> String {
    let mut texts: Vec<&str> = vec![document.title.as_str(), document.overview.as_str()];
    texts.extend(document.service_regions.as_deref());
    texts.extend(document.prerequisites.iter().map(|p| p.text.as_str()));
    for table in &document.process {
        texts.push(&table.name);
        texts.extend(table.note.as_deref());
        for phase in &table.phases {
            texts.push(&phase.phase);
            texts.extend(phase.content.as_deref());
            texts.push(&phase.description);
        }
    }
    let r = &document.responsibilities;
    texts.extend(r.shared.iter().chain(&r.huawei).chain(&r.customer).map(String::as_str));
    for offering in &document.offerings {
        texts.extend([&offering.name, &offering.description].map(String::as_str));
        texts.extend(offering.notes.iter().map(String::as_str));
        texts.extend(offering.covered_intro.as_deref());
        texts.extend(offering.covered.iter().map(String::as_str));
        texts.extend(offering.not_covered_intro.as_deref());
        texts.extend(offering.not_covered.iter().map(|n| n.text.as_str()));
        texts.extend(offering.acceptance_criteria.iter().map(String::as_str));
        texts.extend(offering.responsibility_intro.iter().map(String::as_str));
        for row in &offering.responsibility_details {
            texts.extend(row.section.as_deref());
            texts.extend([&row.no, &row.process, &row.content, &row.huawei, &row.customer].map(String::as_str));
        }
        for item in &offering.items {
            texts.extend(
                [&item.name, &item.group, &item.content, &item.scenario, &item.acceptance_report].map(String::as_str),
            );
            texts.extend(item.deliverables.iter().map(String::as_str));
            for included in &item.includes {
                texts.extend([&included.phase, &included.item, &included.content].map(String::as_str));
            }
        }
    }
    texts.into_iter().map(normalized).collect::<Vec<_>>().join(" \u{1f} ")
}

/// Headings and table headers of the seeds: structure, not text the catalog keeps.
const SEED_HEADINGS: &[&str] = &[
    "Overview",
    "Service Overview",
    "Service Content",
    "Service Specifications",
    "Service",
    "Service Item",
    "Description",
    "Content",
    "Scenario",
    "Applicable Scenario",
    "Prerequisites",
    "Service Scope",
    "Items Covered",
    "Items Not Covered",
    "Covered Content",
    "Not Covered Content",
    "Service Items Covered",
    "Service Items covered",
    "Non-Covered Service Items",
    "Service Items not covered",
    "Service Regions",
    "Service Area",
    "Service Process",
    "Service Phase",
    "Stage",
    "Phase",
    "Content Description",
    "Service Deliverables",
    "Item",
    "Deliverable",
    "Acceptance Report",
    "Responsibility Matrix",
    "Responsibilities",
    "Shared Responsibilities",
    "Shared responsibilities",
    "Huawei Responsibilities",
    "Huawei responsibilities",
    "Huawei Cloud's Responsibilities",
    "Customer Responsibilities",
    "Customer responsibilities",
    "Customer's Responsibilities",
    "Responsibility Details",
    "No.",
    "Process",
    "Huawei",
    "Customer",
    "Acceptance Criteria",
    "Note:",
    // 001's labels saying which offering the acceptance paragraphs under them belong to.
    "aPaaS Maintenance Service:",
    "aPaaS Operation Service (one-off service):",
];

/// Seed row labels the catalog joins by meaning with another table's spelling of the same row.
const JOINED_BY_MEANING: &[&str] = &[
    // 000's deliverables table (catalog-rules, general reading rules).
    "O&M platform PRR Governance Service",
    "O&M Platform Release Management Optimization Implementation Services",
    // 004's Service Content table calls the During-assurance row of its Service
    // Specifications table ("On-duty team", catalog-rules §8.11) "Assurance team".
    "Assurance team",
];

/// Seed lines that hold several document titles: each title is its own deliverable
/// (catalog-rules §8.12 for 001 Observability; 004 lists its two with a comma).
const SEVERAL_TITLES: &[&[&str]] = &[
    &[
        "XXX (Customer Name) Observability As-Is Survey and Capability Building Solution Report",
        "XXX (Customer Name) Observability Pilot and Test Summary Report",
    ],
    &["Key Event Assurance Solution", "Key Event On-Duty Service Summary"],
];

/// Strips a list marker ("• ", "1. ") from a seed line.
fn without_list_marker(line: &str) -> &str {
    let line = line.strip_prefix('•').unwrap_or(line).trim_start();
    match line.split_once(". ") {
        Some((number, rest)) if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => line,
    }
}

#[test]
fn every_line_of_a_seed_body_is_in_its_catalog_file() {
    let catalog = catalog();
    let mut missing = Vec::new();
    for document in catalog.documents() {
        let corpus = document_corpus(document);
        let deliverables: HashSet<&str> = document
            .offerings
            .iter()
            .flat_map(|o| &o.items)
            .flat_map(|i| &i.deliverables)
            .map(String::as_str)
            .collect();
        let mut checked = 0;
        for line in body_lines(&document.seed) {
            let text = without_list_marker(&line);
            if text.is_empty() || SEED_HEADINGS.contains(&text) || JOINED_BY_MEANING.contains(&text) {
                continue;
            }
            checked += 1;
            let several = SEVERAL_TITLES.iter().find(|t| text == t.join(" ") || text == t.join(", "));
            match several {
                Some(titles) => {
                    if deliverables.contains(text) {
                        missing.push(format!("{}: two titles kept as one deliverable: {text}", document.seed));
                    }
                    for title in titles.iter().filter(|t| !deliverables.contains(*t)) {
                        missing.push(format!("{}: not a deliverable of its own: {title}", document.seed));
                    }
                }
                None if !corpus.contains(&normalized(text)) => {
                    missing.push(format!("{}: {text}", document.seed));
                }
                None => {}
            }
        }
        assert!(checked > 50, "{}: only {checked} seed lines checked", document.seed);
    }
    assert!(missing.is_empty(), "seed lines missing from the catalog:\n{}", missing.join("\n"));
}

/// Rows with a blank Scenario cell that inherit the scenario above (catalog-rules §8.12).
const INHERITS_SCENARIO: &[&str] = &[
    "om-dev-intermediate",
    "om-dev-senior",
    "om-dev-tam",
    "apo-dev-senior-consultant",
    "apo-dev-senior-managing-consultant",
    "apo-dev-senior-managing-principal",
    "apo-user-ops",
    "apo-data-ops",
    "apo-resource-ops",
    "apo-agent-ops",
];

/// Rows with a blank Scenario cell that state no scenario (catalog-rules §8.12).
const NO_SCENARIO: &[&str] = &[
    "om-release-onsite-std",
    "om-release-onsite-addon",
    "apm-risk-gov",
    "apm-security-gov",
    "apm-data-gov",
    "apm-release-onsite-basic",
    "apm-release-onsite-inc",
];

#[test]
fn each_scenario_is_its_seed_cell_or_inherited_only_where_8_12_says() {
    let catalog = catalog();
    let mut problems = Vec::new();
    let mut blank_cells = Vec::new();
    for document in catalog.documents() {
        let lines = body_lines(&document.seed);
        let start = lines.iter().position(|l| l == "Service Content").expect("a Service Content section");
        let end = start + lines[start..].iter().position(|l| l == "Prerequisites").expect("a Prerequisites section");
        let section = &lines[start + 1..end];
        let has_column = section.iter().any(|l| l == "Scenario" || l == "Applicable Scenario");
        let names: HashSet<&str> = document.offerings.iter().flat_map(|o| &o.items).map(|i| i.name.as_str()).collect();
        for offering in &document.offerings {
            let mut above: Option<&str> = None;
            for item in &offering.items {
                let id = item.id.as_str();
                let scenario = normalized(&item.scenario);
                if !has_column {
                    if !scenario.is_empty() {
                        problems.push(format!("{id}: its seed has no Scenario column"));
                    }
                    continue;
                }
                let row = section.iter().position(|l| *l == item.name).unwrap_or_else(|| panic!("{id}: no seed row"));
                // The row's cells run up to the next row (or the next offering's bullet).
                let cells: Vec<&str> = section[row + 1..]
                    .iter()
                    .take_while(|l| !names.contains(l.as_str()) && !l.starts_with('•'))
                    .map(String::as_str)
                    .collect();
                let cells = normalized(&cells.join(" "));
                let cell = cells
                    .strip_prefix(&normalized(&item.content))
                    .unwrap_or_else(|| panic!("{id}: its content is not the row's first cell"))
                    .trim();
                let inherits = INHERITS_SCENARIO.contains(&id);
                let states_none = NO_SCENARIO.contains(&id);
                if !cell.is_empty() {
                    if scenario != cell {
                        problems.push(format!("{id}: scenario `{scenario}` is not its seed cell `{cell}`"));
                    }
                    if inherits || states_none {
                        problems.push(format!("{id}: listed under §8.12 but its Scenario cell is not blank"));
                    }
                    above = Some(item.scenario.as_str());
                    continue;
                }
                blank_cells.push(id);
                if inherits && (scenario.is_empty() || Some(item.scenario.as_str()) != above) {
                    problems.push(format!("{id}: must inherit the scenario above (§8.12), has `{scenario}`"));
                } else if states_none && !scenario.is_empty() {
                    problems.push(format!("{id}: states no scenario (§8.12), has `{scenario}`"));
                } else if !inherits && !states_none {
                    problems.push(format!("{id}: blank Scenario cell that catalog-rules §8.12 does not decide"));
                }
                above = Some(item.scenario.as_str());
            }
        }
    }
    assert!(problems.is_empty(), "scenarios that do not follow their seed and §8.12:\n{}", problems.join("\n"));
    let mut decided: Vec<&str> = INHERITS_SCENARIO.iter().chain(NO_SCENARIO).copied().collect();
    decided.sort_unstable();
    blank_cells.sort_unstable();
    assert_eq!(blank_cells, decided, "§8.12 lists exactly the rows with a blank Scenario cell");
}

/// Words a document title ends with; a capitalized word after one starts another title.
const TITLE_ENDINGS: &[&str] =
    &["Report", "Solution", "Plan", "Guide", "Template", "Checklist", "Schema", "Roadmap", "Proposal", "Summary"];

#[test]
fn no_deliverable_runs_two_titles_together() {
    let catalog = catalog();
    let mut checked = 0;
    for entry in catalog.items() {
        let item = entry.item;
        for title in item.deliverables.iter().chain([&item.acceptance_report]) {
            let words: Vec<&str> = title.split_whitespace().collect();
            for pair in words.windows(2) {
                let starts_title = pair[1].starts_with(|c: char| c.is_uppercase()) && !TITLE_ENDINGS.contains(&pair[1]);
                assert!(
                    !(TITLE_ENDINGS.contains(&pair[0]) && starts_title),
                    "{}: `{title}` runs two titles together ({} {}); list them as two deliverables (§8.12)",
                    item.id,
                    pair[0],
                    pair[1]
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} titles checked");
}

/// The page starts with the catalog without its seed details and fetches them when first
/// asked for (README "Performance"): the first must hold none of those texts, the second
/// must make it the whole catalog again.
#[test]
fn the_catalog_without_details_holds_none_and_takes_them_back_whole() {
    let whole = catalog();
    let lean = Catalog::embedded_without_details().expect("the catalog without details is valid");
    assert!(whole.has_details());
    assert!(!lean.has_details());
    assert_eq!(lean.len(), whole.len());
    for entry in lean.items() {
        let item = entry.item;
        assert!(item.content.is_empty() && item.scenario.is_empty(), "{}", item.name);
        assert!(item.deliverables.is_empty() && item.acceptance_report.is_empty() && item.includes.is_empty());
        let full = whole.item(&item.id).expect("the same items");
        assert_eq!(
            (&item.name, item.shown_name(), item.billing, item.unit),
            (&full.name, full.shown_name(), full.billing, full.unit)
        );
    }
    for (document, offering) in lean.offerings() {
        assert!(offering.description.is_empty() && offering.covered.is_empty(), "{}", offering.name);
        assert!(offering.responsibility_details.is_empty() && offering.acceptance_criteria.is_empty());
        assert!(
            document.process.is_empty() && document.responsibilities.shared.is_empty() && document.overview.is_empty()
        );
        // What the first screen and the proposal summary read stays.
        assert!(!document.prerequisites.is_empty() && !offering.not_covered.is_empty(), "{}", offering.name);
    }
    assert_eq!(lean.rules(), whole.rules());
    // The page does not check its catalog again: it must be the checked one without its texts.
    let mut bundle = om_configurator::domain::catalog::CatalogBundle {
        documents: whole.documents().to_vec(),
        rules: whole.rules().clone(),
    };
    bundle.take_details();
    assert_eq!(lean.documents(), bundle.documents.as_slice());
    let detailed = lean.with_embedded_details().expect("the details fit");
    assert!(detailed.has_details());
    assert_eq!(detailed.documents(), whole.documents());
}

#[test]
fn details_of_another_shape_are_refused_and_change_nothing() {
    use om_configurator::domain::catalog::{CatalogBundle, DetailsMismatch};
    let whole = catalog();
    let mut bundle = CatalogBundle { documents: whole.documents().to_vec(), rules: whole.rules().clone() };
    let mut details = bundle.take_details();
    let lean = bundle.clone();
    details.documents[1].offerings[0].items.pop();
    assert_eq!(bundle.put_details(details), Err(DetailsMismatch));
    assert_eq!(bundle, lean);
}
