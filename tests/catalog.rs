//! The catalog holds every seed item verbatim, once; its data is consistent; every rule
//! cites a sentence that really is in its seed, and every item text is in its seed.

use std::collections::HashMap;

use om_configurator::domain::catalog::{Billing, Catalog, Cite};

fn catalog() -> Catalog {
    Catalog::embedded().expect("embedded catalog is valid")
}

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
    let counts: Vec<(String, usize)> =
        catalog.offerings().map(|(_, o)| (o.name.clone(), o.items.len())).collect();
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
    let periodic: Vec<&str> = catalog
        .items()
        .filter(|e| e.item.billing == Billing::Periodic)
        .map(|e| e.item.id.as_str())
        .collect();
    assert_eq!(
        periodic,
        vec![
            "om-hosting-7x24", "om-hosting-inc-7x24", "om-hosting-5x8", "om-hosting-inc-5x8",
            "apm-tech-support", "apm-agent-hosting", "apm-high-reliability", "apm-risk-gov",
            "apm-security-gov", "apm-data-gov", "apm-hosting-8x5", "apm-hosting-24x7",
            "apm-hosting-inc-8x5", "apm-hosting-inc-24x7", "apm-tool-gov", "apm-tool-gov-inc",
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
            assert!(seed.contains(&normalized(text)), "{} ({}): not verbatim in {}: {text}", item.name, item.id, entry.document.seed);
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
            .chain(offering.acceptance_criteria.iter().map(String::as_str));
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
    let broken = json.replacen("\"name\":\"Chaos Engineering Drill Service Incremental Package\"", "\"name\":\"Chaos Engineering Drill Service Basic Edition\"", 1);
    assert_ne!(json, broken);
    let error = Catalog::from_json(&broken).expect_err("duplicate names are invalid");
    assert!(error.to_string().contains("used twice"), "{error}");
}
