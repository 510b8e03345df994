//! The proposal as a document: one model, built from the catalog, the session, its
//! evaluation and its BOQ in one language, that every rendering walks (the print view in
//! the browser, the Word file of `export::docx`). Pure data, no I/O and no export crate, so
//! the main app can render the print view from it without loading the export bundle.
//!
//! A [`ProposalDocument`] is a [`Cover`] and a list of [`Section`]s, each a title and
//! generic [`Block`]s (headings, paragraphs, bullet lists, tables, key / value lists).
//! Every wording is already in the document's language (the renderers add none); every
//! catalog text is copied verbatim. Nothing reads the wall clock: the date is the
//! profile's quote date, so the same session always gives the same document.
//!
//! `mod.rs` holds the model; [`facts`] the facts shared with the spreadsheet and CSV; one
//! builder file per part (`cover`, `summary`, `options`, `services`, `terms`,
//! `assumptions`, `boq`, `acceptance`, `reopen`, `revision`).

mod acceptance;
mod assumptions;
mod boq;
mod cover;
pub mod facts;
mod options;
mod reopen;
mod revision;
pub use reopen::qr_svg;
mod services;
mod summary;
mod terms;

use serde::{Deserialize, Serialize};

use crate::domain::boq::Boq;
use crate::domain::catalog::Catalog;
use crate::domain::price_book::{price_differences, PriceBook};
use crate::domain::rules::Evaluation;
use crate::domain::session::Session;

use super::prices::{dated_name, difference_lines, PriceWordings};
use super::summary::ProposalSummary;
use super::text::{Language, Texts};
use super::words::Reporter;

/// The whole proposal: the cover, then the sections in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalDocument {
    /// The BCP 47 tag of its language.
    pub language: String,
    /// Who, what, when, and whether it can be issued.
    pub cover: Cover,
    /// Summary, the changes since the previous revision (from revision 2), the options
    /// compared (a quote of several options), one section per
    /// selected service of the option being edited, service terms per offering,
    /// assumptions and risks, the BOQ and the totals (then the acceptance block of a final
    /// quote, and the part that reopens it on the printed proposal).
    pub sections: Vec<Section>,
    /// The QR code of the link that reopens the quote, as SVG (printed proposal only).
    pub qr_svg: Option<String>,
}

/// The cover page, worded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cover {
    /// The document heading.
    pub heading: String,
    /// The printed proposal's name on the page.
    pub printed: String,
    /// A short id derived from the session's content ([`facts::quote_id`]).
    pub quote_id: String,
    /// The quote date, `YYYY-MM-DD`.
    pub date: String,
    /// The cover's facts in print order (customer, quote, id, date, validity, catalog
    /// versions, prepared by, status, and prices when illustrative).
    pub facts: Vec<KeyValue>,
    /// Stamped DRAFT: an error is open (without a recorded exception).
    pub draft: bool,
    /// The stamp's word.
    pub stamp: String,
    /// The sentence before the open errors.
    pub draft_lead: String,
    /// The open errors, while `draft`.
    pub open_errors: Vec<String>,
    /// The line at the foot of every page: quote id, date, DRAFT, illustrative.
    pub footer: String,
    /// The Word footer's words around the page number and the page count.
    pub page_of: [String; 2],
    /// The prices are a sample: every page says so.
    pub illustrative: bool,
}

impl Cover {
    /// The value of the cover fact with this key ("Customer"), if printed.
    pub fn fact(&self, key: &str) -> Option<&str> {
        self.facts.iter().find(|kv| kv.key == key).map(|kv| kv.value.as_str())
    }
}

/// A part of the proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// A stable anchor (`summary`, `service-om-chaos-basic`, `terms-om`, `boq`).
    pub id: String,
    /// 1 for a part of the proposal, 2 for a part within the one before (one service, one
    /// offering's terms).
    pub level: u8,
    /// The heading.
    pub title: String,
    /// The content.
    pub blocks: Vec<Block>,
}

impl Section {
    fn new(id: impl Into<String>, level: u8, title: impl Into<String>) -> Section {
        Section { id: id.into(), level, title: title.into(), blocks: Vec::new() }
    }
}

/// One piece of content. Text may hold single line breaks (`\n`, kept from the service
/// documents' numbered lists): render them as line breaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// A heading inside a section (one level below the section's).
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A bullet list.
    Bullets(Vec<String>),
    /// A table.
    Table(Table),
    /// Labelled facts ("Customer: ACME").
    KeyValues(Vec<KeyValue>),
}

/// A table: a caption, a header row (repeated on each page) and rows of text cells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// What the table shows.
    pub caption: String,
    /// Column headings.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// Columns holding numbers or amounts (right-aligned), by index.
    pub numeric_columns: Vec<usize>,
}

/// A label and its value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyValue {
    /// The label.
    pub key: String,
    /// The value.
    pub value: String,
}

impl KeyValue {
    /// A label and its value.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> KeyValue {
        KeyValue { key: key.into(), value: value.into() }
    }
}

/// What every builder reads: the inputs, the words and the summary worded once.
pub(crate) struct Context<'a> {
    catalog: &'a Catalog,
    session: &'a Session,
    evaluation: &'a Evaluation,
    boq: &'a Boq,
    words: Reporter<'a>,
    texts: &'static Texts,
    summary: ProposalSummary,
}

impl ProposalDocument {
    /// The proposal of an evaluated session in a language: everything is taken from the
    /// arguments (the date is the profile's quote date, never the clock), so equal inputs
    /// give equal documents.
    pub fn build(
        catalog: &Catalog,
        session: &Session,
        evaluation: &Evaluation,
        boq: &Boq,
        language: Language,
    ) -> ProposalDocument {
        let words = Reporter::new(catalog, language);
        let summary = ProposalSummary::build(catalog, evaluation, &words);
        let context = Context { catalog, session, evaluation, boq, words, texts: words.texts, summary };
        let cover = cover::cover(&context);
        let mut sections = vec![summary::section(&context, &cover)];
        sections.extend(revision::changes_section(&context));
        sections.extend(options::section(&context));
        sections.extend(services::sections(&context));
        sections.extend(terms::sections(&context));
        sections.push(assumptions::section(&context, &cover));
        sections.push(boq::boq_section(&context));
        sections.push(boq::totals_section(&context));
        sections.extend(acceptance::section(&context));
        ProposalDocument { language: language.tag().to_string(), cover, sections, qr_svg: None }
    }

    /// The proposal of a quote whose prices differ from the book published with the app
    /// (for the quoted items): its summary says so and names each difference, so a
    /// reader of the printed or Word proposal knows these are not the published prices.
    /// Unchanged when they agree.
    pub fn with_published_prices(mut self, catalog: &Catalog, session: &Session, published: &PriceBook) -> Self {
        let Some(language) = Language::from_tag(&self.language) else { return self };
        let texts = language.texts();
        let evaluation = crate::domain::rules::evaluate(catalog, &session.profile, &session.quote);
        let quoted: Vec<_> = evaluation.lines.iter().map(|line| &line.item).collect();
        let differences = price_differences(published, session.quote.price_book.as_ref(), quoted);
        let d = &texts.document;
        let wordings = PriceWordings { currency: &d.price_currency, price: &d.price_differs };
        let lines = difference_lines(texts, catalog, published, &differences, wordings);
        if lines.is_empty() {
            return self;
        }
        let note = d.prices_differ.fill(dated_name(texts, published), lines.join(texts.words.semicolon));
        if let Some(summary) = self.sections.iter_mut().find(|section| section.id == "summary") {
            // After the facts (status, lines, term, price book, totals).
            let at = summary.blocks.iter().position(|block| matches!(block, Block::KeyValues(_))).map_or(0, |n| n + 1);
            summary.blocks.insert(at, Block::Paragraph(note));
        }
        self
    }

    /// Every text of the document, one paragraph, list item, key / value pair or table
    /// row a line (for search, tests and plain-text previews).
    pub fn plain_text(&self) -> String {
        let mut out = Vec::new();
        out.push(self.cover.heading.clone());
        if self.cover.draft {
            out.push(self.cover.stamp.clone());
            out.extend(self.cover.open_errors.iter().cloned());
        }
        out.extend(self.cover.facts.iter().map(|kv| format!("{}: {}", kv.key, kv.value)));
        for section in &self.sections {
            out.push(section.title.clone());
            for block in &section.blocks {
                match block {
                    Block::Heading(text) | Block::Paragraph(text) => out.push(text.clone()),
                    Block::Bullets(items) => out.extend(items.iter().cloned()),
                    Block::KeyValues(pairs) => out.extend(pairs.iter().map(|kv| format!("{}: {}", kv.key, kv.value))),
                    Block::Table(table) => {
                        out.push(table.caption.clone());
                        out.push(table.header.join(" | "));
                        out.extend(table.rows.iter().map(|row| row.join(" | ")));
                    }
                }
            }
        }
        out.join("\n")
    }

    /// The section with this anchor.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }

    /// The document in postcard form: how the export worker sends it to the page's print
    /// view (its reader is far smaller in wasm than a JSON one).
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// Reads a document the worker sent.
    pub fn from_bytes(bytes: &[u8]) -> Option<ProposalDocument> {
        postcard::from_bytes(bytes).ok()
    }
}

/// Text split into paragraphs at blank lines (single line breaks stay inside).
fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(|p| Block::Paragraph(p.to_string())).collect()
}

/// A heading and a bullet list, or nothing for an empty list.
fn bullets_or_nothing(blocks: &mut Vec<Block>, heading: &str, items: &[String]) {
    if !items.is_empty() {
        blocks.push(Block::Heading(heading.into()));
        blocks.push(Block::Bullets(items.to_vec()));
    }
}
