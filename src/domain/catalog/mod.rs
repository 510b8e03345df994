//! The catalog: seed documents, offerings and items (from `data/*.toml`, turned into JSON
//! by `build.rs`), the rule book (`data/rules.toml`), and indexes the rules engine uses.

mod bundle;
mod model;
mod rulebook;

use std::collections::HashSet;

use crate::domain::fasthash::IdMap;
use std::fmt;

pub use bundle::{CatalogBundle, DetailsMismatch, DocumentDetails, ItemDetails, OfferingDetails, SeedDetails};
pub use model::*;
pub use rulebook::*;

/// The catalog bundle produced by `build.rs` from the data files (postcard), without the
/// seed texts shown only on request.
const EMBEDDED_CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));

/// The seed texts shown only on request (postcard). Read only by
/// [`Catalog::with_embedded_details`]: in the page's split build that function and these
/// bytes are a chunk fetched when first needed.
const EMBEDDED_DETAILS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/seed-details.bin"));

/// Where an item sits in the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Position {
    document: usize,
    offering: usize,
    item: usize,
    /// Position in catalog order (documents, offerings, items as written).
    ordinal: usize,
}

/// Why the catalog could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// The bundle is not valid JSON of the expected shape.
    Malformed(String),
    /// The data is well-formed but inconsistent (each entry is one problem).
    Invalid(Vec<String>),
    /// The seed details are not this catalog's (another shape).
    DetailsMismatch,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Malformed(reason) => write!(f, "catalog data is malformed: {reason}"),
            CatalogError::Invalid(problems) => {
                write!(f, "catalog data is inconsistent: {}", problems.join("; "))
            }
            CatalogError::DetailsMismatch => write!(f, "the seed details do not fit the catalog"),
        }
    }
}

/// An item with the offering and document it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct ItemEntry<'a> {
    /// The item.
    pub item: &'a Item,
    /// Its offering.
    pub offering: &'a Offering,
    /// Its seed document.
    pub document: &'a SeedDocument,
    /// Position in catalog order.
    pub ordinal: usize,
}

/// Indexes from item / offering ids to the rules that concern them.
#[derive(Clone, Debug, Default)]
pub struct RuleIndex {
    /// Increment rule by increment item.
    pub increment_of: IdMap<ItemId, usize>,
    /// Increment rules by base item.
    pub increments_by_base: IdMap<ItemId, Vec<usize>>,
    /// Sized rule by item.
    pub sized_of: IdMap<ItemId, usize>,
    /// Requires rules by dependent item.
    pub requires_of: IdMap<ItemId, Vec<usize>>,
    /// Requires rules by the base items they accept.
    pub dependents_of: IdMap<ItemId, Vec<usize>>,
    /// Exclusion rules by member item.
    pub excludes_of: IdMap<ItemId, Vec<usize>>,
    /// Band rules by item.
    pub bands_of: IdMap<ItemId, Vec<usize>>,
    /// Whole-year rule by item.
    pub whole_years_of: IdMap<ItemId, usize>,
    /// Notices by item.
    pub notices_of: IdMap<ItemId, Vec<usize>>,
    /// Once-per-quote rule by item.
    pub once_per_quote_of: IdMap<ItemId, usize>,
    /// Decisions shaping a quoted line, by item ("8.1", "8.12").
    pub line_decisions_of: IdMap<ItemId, Vec<String>>,
    /// Lead-time rules by offering id.
    pub lead_times_of: IdMap<String, Vec<usize>>,
    /// Region rules by offering id.
    pub regions_of: IdMap<String, Vec<usize>>,
}

/// The whole catalog with its rule book.
#[derive(Clone, Debug)]
pub struct Catalog {
    documents: Vec<SeedDocument>,
    rules: RuleBook,
    positions: IdMap<ItemId, Position>,
    order: Vec<Position>,
    index: RuleIndex,
    /// Whether the seed texts shown on request are here ([`Catalog::has_details`]).
    details: bool,
}

impl Catalog {
    /// Loads the whole catalog compiled into the binary (the command line, the export
    /// worker, tests).
    pub fn embedded() -> Result<Catalog, CatalogError> {
        let mut bundle = embedded_bundle()?;
        bundle.put_details(embedded_details()?).map_err(|DetailsMismatch| CatalogError::DetailsMismatch)?;
        Catalog::from_parts(bundle.documents, bundle.rules)
    }

    /// Loads the catalog compiled into the binary without the seed texts shown only on
    /// request (an item's content, scenario, deliverables, acceptance report and
    /// included services; an offering's description, scope lists, acceptance criteria and
    /// R/S table; a document's overview, process and responsibilities): their fields are
    /// empty until [`Catalog::with_embedded_details`]. The rules, the quote, the BOQ and
    /// the first screen need none of them; the page starts with this.
    ///
    /// Its consistency is not checked again here: the data is this build's own, and
    /// [`Catalog::embedded`] checks the same bytes (the tests hold the two equal but for
    /// those texts), so the page's start does not carry the checks' code.
    pub fn embedded_without_details() -> Result<Catalog, CatalogError> {
        let bundle = embedded_bundle()?;
        let (catalog, _) = Catalog::indexed(bundle.documents, bundle.rules, false);
        Ok(catalog)
    }

    /// This catalog with the seed texts shown on request (the embedded ones).
    pub fn with_embedded_details(&self) -> Result<Catalog, CatalogError> {
        let mut bundle = CatalogBundle { documents: self.documents.clone(), rules: self.rules.clone() };
        bundle.put_details(embedded_details()?).map_err(|DetailsMismatch| CatalogError::DetailsMismatch)?;
        Catalog::from_parts(bundle.documents, bundle.rules)
    }

    /// Whether the seed texts shown on request are here (every catalog but
    /// [`Catalog::embedded_without_details`]'s).
    pub fn has_details(&self) -> bool {
        self.details
    }

    /// Parses a bundle in JSON (`{"documents": [...], "rules": {...}}`) and validates it.
    pub fn from_json(json: &str) -> Result<Catalog, CatalogError> {
        let bundle: CatalogBundle = serde_json::from_str(json).map_err(|e| CatalogError::Malformed(e.to_string()))?;
        Catalog::from_parts(bundle.documents, bundle.rules)
    }

    /// Builds and validates a catalog from its parts (tests and benchmarks build
    /// synthetic catalogs this way).
    pub fn from_parts(documents: Vec<SeedDocument>, rules: RuleBook) -> Result<Catalog, CatalogError> {
        Catalog::checked(documents, rules, true)
    }

    /// Builds and validates a catalog; `details` says whether its seed texts shown on
    /// request are there (an item without content is a problem only then).
    fn checked(documents: Vec<SeedDocument>, rules: RuleBook, details: bool) -> Result<Catalog, CatalogError> {
        let (catalog, mut problems) = Catalog::indexed(documents, rules, details);
        problems.extend(catalog.problems());
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(CatalogError::Invalid(problems))
        }
    }

    /// Builds a catalog and its indexes; the problems are the item ids used twice.
    fn indexed(documents: Vec<SeedDocument>, rules: RuleBook, details: bool) -> (Catalog, Vec<String>) {
        let mut positions = IdMap::default();
        let mut order = Vec::new();
        let mut problems = Vec::new();
        for (d, document) in documents.iter().enumerate() {
            for (o, offering) in document.offerings.iter().enumerate() {
                for (i, item) in offering.items.iter().enumerate() {
                    let position = Position { document: d, offering: o, item: i, ordinal: order.len() };
                    if positions.insert(item.id.clone(), position).is_some() {
                        problems.push(format!("item id `{}` is used twice", item.id));
                    }
                    order.push(position);
                }
            }
        }
        let index = build_index(&rules);
        (Catalog { documents, rules, positions, order, index, details }, problems)
    }

    /// The seed documents in order.
    pub fn documents(&self) -> &[SeedDocument] {
        &self.documents
    }

    /// The rule book.
    pub fn rules(&self) -> &RuleBook {
        &self.rules
    }

    /// Rule indexes by item and offering.
    pub fn index(&self) -> &RuleIndex {
        &self.index
    }

    /// Every offering with its document, in catalog order.
    pub fn offerings(&self) -> impl Iterator<Item = (&SeedDocument, &Offering)> {
        self.documents.iter().flat_map(|document| document.offerings.iter().map(move |offering| (document, offering)))
    }

    /// Every item in catalog order.
    pub fn items(&self) -> impl Iterator<Item = ItemEntry<'_>> {
        self.order.iter().filter_map(|position| self.entry_at(*position))
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the catalog has no items.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Looks an item up by id.
    pub fn entry(&self, id: &str) -> Option<ItemEntry<'_>> {
        self.positions.get(id).and_then(|position| self.entry_at(*position))
    }

    /// Looks an item up by id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.entry(id).map(|entry| entry.item)
    }

    /// Item name by id, or the id itself for an unknown item (messages never fail).
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.item(id).map(Item::shown_name).unwrap_or(id)
    }

    /// Catalog-order position of an item (unknown items sort last).
    pub fn ordinal(&self, id: &str) -> usize {
        self.positions.get(id).map(|p| p.ordinal).unwrap_or(usize::MAX)
    }

    /// Looks an offering up by id.
    pub fn offering(&self, id: &str) -> Option<(&SeedDocument, &Offering)> {
        self.offerings().find(|(_, offering)| offering.id == id)
    }

    /// The seed file whose name starts with `prefix` ("000" -> "000_917a605a6558793b.txt").
    pub fn seed_file(&self, prefix: &str) -> Option<&str> {
        self.documents.iter().map(|document| document.seed.as_str()).find(|seed| seed.split('_').next() == Some(prefix))
    }

    /// The catalog version: every document's "Updated on" date.
    pub fn version(&self) -> String {
        self.documents
            .iter()
            .map(|d| format!("{} {}", d.seed.split('_').next().unwrap_or(""), d.updated_on))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn entry_at(&self, position: Position) -> Option<ItemEntry<'_>> {
        let document = self.documents.get(position.document)?;
        let offering = document.offerings.get(position.offering)?;
        let item = offering.items.get(position.item)?;
        Some(ItemEntry { item, offering, document, ordinal: position.ordinal })
    }

    /// Every consistency problem of the data (empty when valid).
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut names = HashSet::new();
        let mut offering_ids = HashSet::new();
        for document in &self.documents {
            if document.updated_on.len() != 10 {
                problems.push(format!("{}: updated_on must be YYYY-MM-DD", document.seed));
            }
            for offering in &document.offerings {
                if !offering_ids.insert(offering.id.as_str()) {
                    problems.push(format!("offering id `{}` is used twice", offering.id));
                }
                if !names.insert(offering.name.as_str()) {
                    problems.push(format!("name `{}` is used twice", offering.name));
                }
                for item in &offering.items {
                    if !names.insert(item.name.as_str()) {
                        problems.push(format!("name `{}` is used twice", item.name));
                    }
                    if item.name.trim().is_empty() || (self.details && item.content.trim().is_empty()) {
                        problems.push(format!("item `{}` lacks its name or content", item.id));
                    }
                    match (item.billing, item.cadence) {
                        (Billing::Periodic, None) => {
                            problems.push(format!("periodic item `{}` has no cadence", item.id))
                        }
                        (Billing::OneOff, Some(_)) => {
                            problems.push(format!("one-off item `{}` has a cadence", item.id))
                        }
                        _ => {}
                    }
                }
            }
        }
        let known_item = |id: &str| self.positions.contains_key(id);
        let mut check = |what: &str, id: &str| {
            if !known_item(id) {
                problems.push(format!("{what} refers to unknown item `{id}`"));
            }
        };
        let rules = &self.rules;
        for rule in &rules.increments {
            check("increments", &rule.increment);
            rule.bases.iter().for_each(|id| check("increments", id));
        }
        for rule in &rules.per_engagement {
            check("per_engagement", &rule.item);
        }
        for rule in &rules.sized {
            check("sized", &rule.item);
        }
        for rule in &rules.requires {
            check("requires", &rule.item);
            rule.any_of.iter().for_each(|id| check("requires", id));
        }
        for rule in &rules.excludes {
            rule.items.iter().for_each(|id| check("excludes", id));
        }
        for rule in &rules.bands {
            check("bands", &rule.item);
        }
        for rule in &rules.whole_years {
            check("whole_years", &rule.item);
        }
        for rule in &rules.notices {
            check("notices", &rule.item);
        }
        for rule in &rules.companions {
            rule.when_any.iter().chain(&rule.suggest_any).for_each(|id| check("companions", id));
        }
        for rule in &rules.once_per_quote {
            check("once_per_quote", &rule.item);
        }
        for rule in &rules.on_request {
            check("on_request", &rule.item);
            rule.bases.iter().for_each(|id| check("on_request", id));
        }
        for rule in &rules.line_decisions {
            rule.items.iter().for_each(|id| check("line_decisions", id));
        }
        for rule in &rules.line_decisions {
            if !rules.decisions.contains_key(&rule.decision) {
                problems.push(format!("line_decisions names unknown decision `{}`", rule.decision));
            }
        }
        for rule in &rules.lead_times {
            match self.offering(&rule.offering) {
                None => problems.push(format!("lead_times refers to unknown offering `{}`", rule.offering)),
                Some((document, _)) => {
                    if !document.prerequisites.iter().any(|p| p.id == rule.prerequisite) {
                        problems.push(format!("lead_times refers to unknown prerequisite `{}`", rule.prerequisite));
                    }
                }
            }
        }
        for rule in &rules.regions {
            for offering in &rule.offerings {
                if self.offering(offering).is_none() {
                    problems.push(format!("regions refers to unknown offering `{offering}`"));
                }
            }
        }
        for cite in self.all_citations() {
            match cite.kind() {
                Cite::Invalid => problems.push(format!(
                    "a citation must give `seed` and `sentence`, or `decision` (seed {}, decision {})",
                    cite.seed.as_deref().unwrap_or("-"),
                    cite.decision.as_deref().unwrap_or("-")
                )),
                Cite::Seed { seed, sentence } => {
                    if self.seed_file(seed).is_none() {
                        problems.push(format!("a rule cites unknown seed `{seed}`"));
                    }
                    if sentence.trim().is_empty() {
                        problems.push(format!("a rule cites an empty sentence of `{seed}`"));
                    }
                }
                Cite::Decision { decision } => {
                    if !rules.decisions.contains_key(decision) {
                        problems.push(format!("a rule cites unknown decision `{decision}`"));
                    }
                }
            }
        }
        problems
    }

    /// Every citation of the rule book (for validation and the seed-sentence test).
    pub fn all_citations(&self) -> impl Iterator<Item = &CiteRef> {
        let r = &self.rules;
        r.increments
            .iter()
            .flat_map(|x| &x.cite)
            .chain(r.sized.iter().flat_map(|x| &x.cite))
            .chain(r.requires.iter().flat_map(|x| &x.cite))
            .chain(r.excludes.iter().flat_map(|x| &x.cite))
            .chain(r.bands.iter().flat_map(|x| &x.cite))
            .chain(r.whole_years.iter().flat_map(|x| &x.cite))
            .chain(r.lead_times.iter().flat_map(|x| &x.cite))
            .chain(r.regions.iter().flat_map(|x| &x.cite))
            .chain(r.notices.iter().flat_map(|x| &x.cite))
            .chain(r.companions.iter().flat_map(|x| &x.cite))
            .chain(r.once_per_quote.iter().flat_map(|x| &x.cite))
            .chain(r.on_request.iter().flat_map(|x| &x.cite))
    }
}

/// The embedded bundle without its seed details.
fn embedded_bundle() -> Result<CatalogBundle, CatalogError> {
    postcard::from_bytes(EMBEDDED_CATALOG).map_err(|e| CatalogError::Malformed(e.to_string()))
}

/// The embedded seed details.
fn embedded_details() -> Result<SeedDetails, CatalogError> {
    postcard::from_bytes(EMBEDDED_DETAILS).map_err(|e| CatalogError::Malformed(e.to_string()))
}

fn build_index(rules: &RuleBook) -> RuleIndex {
    let mut index = RuleIndex::default();
    for (n, rule) in rules.increments.iter().enumerate() {
        index.increment_of.insert(rule.increment.clone(), n);
        for base in &rule.bases {
            index.increments_by_base.entry(base.clone()).or_default().push(n);
        }
    }
    for (n, rule) in rules.sized.iter().enumerate() {
        index.sized_of.insert(rule.item.clone(), n);
    }
    for (n, rule) in rules.requires.iter().enumerate() {
        index.requires_of.entry(rule.item.clone()).or_default().push(n);
        for base in &rule.any_of {
            index.dependents_of.entry(base.clone()).or_default().push(n);
        }
    }
    for (n, rule) in rules.excludes.iter().enumerate() {
        for item in &rule.items {
            index.excludes_of.entry(item.clone()).or_default().push(n);
        }
    }
    for (n, rule) in rules.bands.iter().enumerate() {
        index.bands_of.entry(rule.item.clone()).or_default().push(n);
    }
    for (n, rule) in rules.whole_years.iter().enumerate() {
        index.whole_years_of.insert(rule.item.clone(), n);
    }
    for (n, rule) in rules.notices.iter().enumerate() {
        index.notices_of.entry(rule.item.clone()).or_default().push(n);
    }
    for (n, rule) in rules.once_per_quote.iter().enumerate() {
        index.once_per_quote_of.insert(rule.item.clone(), n);
    }
    for rule in &rules.line_decisions {
        for item in &rule.items {
            index.line_decisions_of.entry(item.clone()).or_default().push(rule.decision.clone());
        }
    }
    for (n, rule) in rules.lead_times.iter().enumerate() {
        index.lead_times_of.entry(rule.offering.clone()).or_default().push(n);
    }
    for (n, rule) in rules.regions.iter().enumerate() {
        for offering in &rule.offerings {
            index.regions_of.entry(offering.clone()).or_default().push(n);
        }
    }
    index
}
