//! Rule-evaluation benchmarks: a quote holding every catalog item, and a synthetic
//! 10,000-line quote (the catalog's items cloned under new ids, rules unchanged).
//! Run with `cargo bench`; figures are in the README.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use om_configurator::domain::boq::Boq;
use om_configurator::domain::calendar::Date;
use om_configurator::domain::catalog::{Catalog, DateInput, NumericInput};
use om_configurator::domain::profile::CustomerProfile;
use om_configurator::domain::quote::Quote;
use om_configurator::domain::rules::evaluate;

fn sized_profile() -> CustomerProfile {
    let mut profile = CustomerProfile { region: Some("Singapore".into()), ..CustomerProfile::default() };
    for (input, value) in [
        (NumericInput::ItEmployees, 70),
        (NumericInput::BusinessDepartments, 12),
        (NumericInput::OmApplicationSystems, 60),
        (NumericInput::OmInstances, 130),
        (NumericInput::ApaasInstances, 300),
        (NumericInput::ApaasSupportInstances, 40),
        (NumericInput::OmReleaseApplications, 125),
        (NumericInput::ApaasReleaseApplications, 250),
        (NumericInput::DrillScenarios, 8),
        (NumericInput::AssuranceDays, 3),
        (NumericInput::PeakConcurrentRequests, 50_000),
    ] {
        profile.set_number(input, Some(value));
    }
    let event = Date::parse("2026-03-02").unwrap_or(profile.quote_date);
    profile.set_date(DateInput::KeyEventDate, Some(event));
    profile.set_date(DateInput::CocStartDate, Some(event));
    profile
}

/// The shipped catalog with its items cloned until it holds `target` items.
fn synthetic_catalog(target: usize) -> Catalog {
    let base = Catalog::embedded().expect("valid catalog");
    let mut documents = base.documents().to_vec();
    let originals: Vec<_> = documents[0].offerings[0].items.clone();
    let mut copy = 0;
    while documents.iter().flat_map(|d| &d.offerings).map(|o| o.items.len()).sum::<usize>() < target {
        for item in &originals {
            let mut clone = item.clone();
            clone.id = format!("{}-copy{copy}", item.id);
            clone.name = format!("{} (copy {copy})", item.name);
            documents[0].offerings[0].items.push(clone);
        }
        copy += 1;
    }
    let total: usize = documents.iter().flat_map(|d| &d.offerings).map(|o| o.items.len()).sum();
    let keep = documents[0].offerings[0].items.len() - (total - target);
    documents[0].offerings[0].items.truncate(keep);
    Catalog::from_parts(documents, base.rules().clone()).expect("synthetic catalog is valid")
}

fn quote_of_everything(catalog: &Catalog) -> Quote {
    let mut quote = Quote::default();
    for entry in catalog.items() {
        quote.add(entry.item.id.clone());
    }
    quote
}

fn bench(c: &mut Criterion) {
    let profile = sized_profile();
    let catalog = Catalog::embedded().expect("valid catalog");
    let full = quote_of_everything(&catalog);
    c.bench_function("evaluate: every catalog item (74 lines)", |b| {
        b.iter(|| evaluate(black_box(&catalog), black_box(&profile), black_box(&full)))
    });
    c.bench_function("evaluate + BOQ: every catalog item", |b| {
        b.iter(|| {
            let evaluation = evaluate(&catalog, &profile, &full);
            Boq::build(&catalog, &full, &evaluation.lines)
        })
    });
    let big_catalog = synthetic_catalog(10_000);
    let big = quote_of_everything(&big_catalog);
    assert_eq!(big.lines().len(), 10_000);
    let mut group = c.benchmark_group("synthetic");
    group.sample_size(20);
    group.bench_function("evaluate: 10,000-line quote", |b| {
        b.iter(|| evaluate(black_box(&big_catalog), black_box(&profile), black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
