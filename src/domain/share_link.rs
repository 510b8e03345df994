//! Share links: the whole quote in the URL fragment, `#q2.` + base64url(deflate(JSON)).
//!
//! The part after `#` never leaves the browser (browsers do not send it to a server), so a
//! link carries the quote without a server. The JSON is a [`LinkPayload`]: the session and
//! the "Updated on" date of each seed document its lines come from. Reading a link goes
//! through the same loader as a saved file ([`Session::from_json`]: size, unknown fields,
//! the bounds of catalog-rules §8.13, version upgrade), after two bounds of its own: the
//! fragment's length ([`MAX_LINK_CHARS`]) and the decompressed size
//! ([`MAX_FILE_BYTES`], so a deflate bomb stops at 1 MB). Every refusal is a
//! [`ShareLinkError`] naming the problem; nothing here panics on input.

use std::collections::BTreeMap;

use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::boq::Boq;
use super::bounds::{check_text, BoundError, ShapeProblem, MAX_FILE_BYTES};
use super::catalog::Catalog;
use super::link_codec::{base64url_decode, base64url_encode, deflate, NotBase64};
use super::money::Minor;
use super::rules::evaluate;
use super::session::{LoadedSession, Session, SessionError};

/// Version of the link format: the fragment starts `#q2.`.
pub const LINK_VERSION: u32 = 2;

/// The start of a share link's fragment.
pub const LINK_PREFIX: &str = "#q2.";

/// Longest fragment read, in characters (2 MB of text); a longer one is refused before
/// decoding.
pub const MAX_LINK_CHARS: usize = 2_000_000;

/// Links longer than this (in characters) may be cut by chat tools and e-mail programs.
pub const CHAT_SAFE_CHARS: usize = 2_000;

/// What a link holds.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LinkPayload {
    /// Seed document (file name) -> its "Updated on" date, for each document the quote's
    /// lines come from, as the catalog had it when the link was made.
    pub catalog_versions: BTreeMap<String, String>,
    /// The session, as a saved-quote file holds it.
    pub session: Session,
}

/// The payload as read: the session stays JSON text until [`Session::from_json`] checks
/// it as it checks a file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPayload<'a> {
    catalog_versions: BTreeMap<String, String>,
    #[serde(borrow)]
    session: &'a RawValue,
}

/// Why a link was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareLinkError {
    /// The fragment is not a quote link (it does not start `#q<version>.`).
    NotALink,
    /// A quote link of another format version.
    WrongVersion {
        /// The version the link names (`None` when it is not a number).
        found: Option<u32>,
    },
    /// The fragment is longer than [`MAX_LINK_CHARS`].
    TooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// A character outside base64url.
    NotBase64 {
        /// The character.
        character: char,
        /// Its position in the payload (from 1).
        position: usize,
    },
    /// The payload ends in the middle of the compressed data (a link cut short).
    Truncated,
    /// The payload is not deflate data.
    NotDeflate,
    /// The decompressed quote, or the link this configurator would make for it, is
    /// larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The decompressed data is not a link payload (JSON of the wrong shape, an unknown
    /// field, a catalog version that is too long).
    NotAPayload(ShapeProblem),
    /// A catalog version in the link longer than the text bound.
    CatalogVersion(BoundError),
    /// The quote it holds is refused by the saved-quote loader.
    Quote(SessionError),
}

/// A link that was read: the session (as the loader returns it) and what changed in the
/// catalog for its items since the link was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedLink {
    /// The session, upgraded if it was made by an older version.
    pub loaded: LoadedSession,
    /// One sentence per quoted item whose seed document is dated differently now, or
    /// that is no longer in the catalog; empty when nothing changed.
    pub catalog_changes: Vec<String>,
    /// The catalog versions the link was made with.
    pub catalog_versions: BTreeMap<String, String>,
}

/// What a link holds, in the words the confirmation shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkSummary {
    /// The customer name ("" when none).
    pub customer: String,
    /// The quote title ("" when none).
    pub title: String,
    /// Selected services (the quote's lines).
    pub services: usize,
    /// Lines of the bill of quantities (with the derived increments).
    pub boq_lines: usize,
    /// The grand total when the quote is priced.
    pub grand_total: Option<LinkTotal>,
}

/// The grand total of a linked quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTotal {
    /// Its currency.
    pub currency: String,
    /// The amount, in minor units.
    pub amount: Minor,
    /// Whether its prices are the illustrative sample.
    pub illustrative: bool,
}

/// The seed documents of the quote's lines and their "Updated on" dates (items not in
/// the catalog are left out).
pub fn catalog_versions(catalog: &Catalog, session: &Session) -> BTreeMap<String, String> {
    let mut versions = BTreeMap::new();
    for entry in session.quote.lines().iter().filter_map(|line| catalog.entry(&line.item)) {
        versions.insert(entry.document.seed.clone(), entry.document.updated_on.clone());
    }
    versions
}

/// The fragment of a share link for a session: `#q2.` + base64url(deflate(JSON)).
pub fn link_fragment(catalog: &Catalog, session: &Session) -> String {
    let payload = LinkPayload { catalog_versions: catalog_versions(catalog, session), session: session.clone() };
    encode_payload(&payload)
}

/// The fragment for a payload (tests build links made under another catalog this way).
pub fn encode_payload(payload: &LinkPayload) -> String {
    // Serializing plain data with string keys cannot fail; an empty payload would be
    // refused on reading rather than silently accepted.
    encode_bytes(&serde_json::to_vec(payload).unwrap_or_default())
}

/// The fragment for any bytes, compressed ([`deflate`]) and encoded as a link would be
/// (tests use it to build links holding chosen JSON).
pub fn encode_bytes(bytes: &[u8]) -> String {
    let packed = deflate(bytes);
    let mut fragment = String::with_capacity(LINK_PREFIX.len() + packed.len().div_ceil(3) * 4);
    fragment.push_str(LINK_PREFIX);
    base64url_encode(&packed, &mut fragment);
    fragment
}

/// Whether a URL fragment is meant as a quote link (`#q` and a digit): the page reads
/// those, and leaves other fragments (`#quote-heading`, the skip link's target) alone.
pub fn looks_like_link(fragment: &str) -> bool {
    fragment.strip_prefix("#q").and_then(|rest| rest.bytes().next()).is_some_and(|b| b.is_ascii_digit())
}

/// Reads a link: a fragment (`#q2.…`, with or without the `#`) or a whole URL holding
/// one. Refuses it with the reason, or returns the session checked as a saved file is,
/// with the catalog changes for its items.
pub fn read_link(catalog: &Catalog, link: &str) -> Result<OpenedLink, ShareLinkError> {
    let fragment = link.split_once('#').map_or(link, |(_, fragment)| fragment).trim();
    if fragment.len() > MAX_LINK_CHARS {
        let chars = fragment.chars().count();
        if chars > MAX_LINK_CHARS {
            return Err(ShareLinkError::TooLong { chars });
        }
    }
    let payload = payload_of(fragment)?;
    let packed = base64url_decode(payload)
        .map_err(|NotBase64 { character, position }| ShareLinkError::NotBase64 { character, position })?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_FILE_BYTES).map_err(|error| {
            match error.status {
                TINFLStatus::HasMoreOutput => ShareLinkError::TooLarge,
                TINFLStatus::FailedCannotMakeProgress => ShareLinkError::Truncated,
                _ => ShareLinkError::NotDeflate,
            }
        })?;
    let json = String::from_utf8(json).map_err(|_| ShareLinkError::NotAPayload(ShapeProblem::NotText))?;
    if !json.trim_start().starts_with('{') {
        // serde would read the payload's fields from a JSON array too; a payload is an
        // object (found by tests/fuzz.rs).
        return Err(ShareLinkError::NotAPayload(ShapeProblem::NotAnObject));
    }
    let raw: RawPayload =
        serde_json::from_str(&json).map_err(|e| ShareLinkError::NotAPayload(ShapeProblem::Reader(e.to_string())))?;
    for (seed, version) in &raw.catalog_versions {
        check_text("catalog_versions (a document name)", seed)
            .and_then(|()| check_text(format!("catalog_versions.\"{}\"", short(seed)), version))
            .map_err(ShareLinkError::CatalogVersion)?;
    }
    let loaded = Session::from_json(raw.session.get()).map_err(ShareLinkError::Quote)?;
    // The link this configurator makes for the quote must open too: a link that leaves
    // out default values can unpack to less than the link shared again from it (found by
    // tests/fuzz.rs).
    let remade = LinkPayload { catalog_versions: catalog_versions(catalog, &loaded.session), session: loaded.session };
    if serde_json::to_vec(&remade).map_or(0, |json| json.len()) > MAX_FILE_BYTES {
        return Err(ShareLinkError::TooLarge);
    }
    let loaded = LoadedSession { session: remade.session, upgraded: loaded.upgraded };
    let catalog_changes = catalog_changes(catalog, &loaded.session, &raw.catalog_versions);
    Ok(OpenedLink { loaded, catalog_changes, catalog_versions: raw.catalog_versions })
}

/// The payload after `q2.`, or why the fragment is not a version-2 quote link.
fn payload_of(fragment: &str) -> Result<&str, ShareLinkError> {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = rest.strip_prefix('q').ok_or(ShareLinkError::NotALink)?;
    let (version, payload) = rest.split_once('.').unwrap_or((rest, ""));
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareLinkError::NotALink);
    }
    match version.parse::<u32>() {
        // `#q2` without the dot and data is the start of a link, cut short.
        Ok(LINK_VERSION) if !rest.contains('.') => Err(ShareLinkError::Truncated),
        Ok(LINK_VERSION) => Ok(payload),
        found => Err(ShareLinkError::WrongVersion { found: found.ok() }),
    }
}

/// One sentence per quoted item whose seed document is dated differently from the
/// link's version of it, or that is no longer in the catalog.
pub fn catalog_changes(catalog: &Catalog, session: &Session, versions: &BTreeMap<String, String>) -> Vec<String> {
    let mut changes = Vec::new();
    for line in session.quote.lines() {
        let Some(entry) = catalog.entry(&line.item) else {
            changes.push(format!("{}: no longer in the catalog.", short(&line.item)));
            continue;
        };
        let document = entry.document;
        let name = entry.item.shown_name();
        let offering = &entry.offering.name;
        match versions.get(&document.seed) {
            Some(then) if *then == document.updated_on => {}
            Some(then) => changes.push(format!(
                "{name}: the {offering} catalog was {then} when the link was made, now {}; check its terms.",
                document.updated_on
            )),
            None => changes.push(format!(
                "{name}: the link does not say which version of the {offering} catalog it was made with (now {}); check its terms.",
                document.updated_on
            )),
        }
    }
    changes
}

/// What a session holds, for the confirmation before opening a link.
pub fn summarize(catalog: &Catalog, session: &Session) -> LinkSummary {
    let evaluation = evaluate(catalog, &session.profile, &session.quote);
    let boq = Boq::build(catalog, &session.quote, &evaluation.lines);
    let grand_total = boq.totals.as_ref().map(|totals| LinkTotal {
        currency: totals.currency.clone(),
        amount: totals.grand_total,
        illustrative: totals.illustrative,
    });
    LinkSummary {
        customer: session.profile.customer_name.clone(),
        title: session.quote.title.clone(),
        services: session.quote.lines().len(),
        boq_lines: boq.rows.len(),
        grand_total,
    }
}

/// At most 60 characters of a text from a link, for a message.
fn short(text: &str) -> String {
    let mut out: String = text.chars().take(60).collect();
    if out.len() < text.len() {
        out.push('\u{2026}');
    }
    out
}
