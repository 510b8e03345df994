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
use std::fmt;

use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::boq::Boq;
use super::bounds::{check_text, grouped, MAX_FILE_BYTES};
use super::catalog::Catalog;
use super::money::format_amount;
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
    NotAPayload(String),
    /// The quote it holds is refused by the saved-quote loader.
    Quote(SessionError),
}

impl fmt::Display for ShareLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareLinkError::NotALink => write!(f, "this is not a quote link (it should start with {LINK_PREFIX})"),
            ShareLinkError::WrongVersion { found: Some(version) } => {
                write!(f, "this link is in format q{version}, and this configurator reads format q{LINK_VERSION} links")
            }
            ShareLinkError::WrongVersion { found: None } => {
                write!(f, "this link names no format version this configurator reads (q{LINK_VERSION})")
            }
            ShareLinkError::TooLong { chars } => write!(
                f,
                "the link is {} characters long, but a quote link is at most {} characters",
                grouped(*chars as u64),
                grouped(MAX_LINK_CHARS as u64)
            ),
            ShareLinkError::NotBase64 { character, position } => {
                write!(f, "the link is damaged: character {position} (")?;
                if character.is_ascii_graphic() {
                    write!(f, "{character}")?;
                } else {
                    write!(f, "U+{:04X}", u32::from(*character))?;
                }
                write!(f, ") cannot be part of a quote link")
            }
            ShareLinkError::Truncated => {
                write!(f, "the link is incomplete; it may have been cut off when it was sent")
            }
            ShareLinkError::NotDeflate => write!(f, "the link is damaged: its data cannot be unpacked"),
            ShareLinkError::TooLarge => write!(
                f,
                "the quote in the link unpacks to more than {} bytes (1 MB), the limit of a saved quote",
                grouped(MAX_FILE_BYTES as u64)
            ),
            ShareLinkError::NotAPayload(reason) => write!(f, "the link does not hold a quote ({reason})"),
            ShareLinkError::Quote(error) => write!(f, "the quote in the link was refused: {error}"),
        }
    }
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
    /// The grand total when the quote is priced (`USD 1,234.00`), with "(illustrative
    /// prices)" for the sample price book.
    pub grand_total: Option<String>,
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
    let packed = base64url_decode(payload)?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_FILE_BYTES).map_err(|error| {
            match error.status {
                TINFLStatus::HasMoreOutput => ShareLinkError::TooLarge,
                TINFLStatus::FailedCannotMakeProgress => ShareLinkError::Truncated,
                _ => ShareLinkError::NotDeflate,
            }
        })?;
    let json = String::from_utf8(json).map_err(|_| ShareLinkError::NotAPayload("it is not UTF-8 text".into()))?;
    if !json.trim_start().starts_with('{') {
        // serde would read the payload's fields from a JSON array too; a payload is an
        // object (found by tests/fuzz.rs).
        return Err(ShareLinkError::NotAPayload("it does not hold a JSON object".into()));
    }
    let raw: RawPayload = serde_json::from_str(&json).map_err(|e| ShareLinkError::NotAPayload(e.to_string()))?;
    for (seed, version) in &raw.catalog_versions {
        check_text("catalog_versions (a document name)", seed)
            .and_then(|()| check_text(format!("catalog_versions.\"{}\"", short(seed)), version))
            .map_err(|e| ShareLinkError::NotAPayload(e.to_string()))?;
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
    let grand_total = boq.totals.as_ref().map(|totals| {
        let amount = format_amount(&totals.currency, totals.grand_total);
        if totals.illustrative {
            format!("{amount} (illustrative prices)")
        } else {
            amount
        }
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

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends base64url (RFC 4648 §5) of `bytes`, without padding.
pub fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let byte = |k: usize| u32::from(chunk.get(k).copied().unwrap_or(0));
        let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for i in 0..=chunk.len() {
            // A six-bit value always names one of the 64 symbols.
            if let Some(&symbol) = ALPHABET.get(((n >> (18 - 6 * i)) & 63) as usize) {
                out.push(char::from(symbol));
            }
        }
    }
}

/// Decodes base64url without padding (a trailing `=` padding is accepted). A lone last
/// character (a length of 4n + 1, which no encoder writes) is dropped: that is a link cut
/// short, and the decompressor then says so.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareLinkError> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (n, c) in text.chars().enumerate() {
        let value = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' => 62,
            '_' => 63,
            _ => return Err(ShareLinkError::NotBase64 { character: c, position: n + 1 }),
        };
        acc = (acc << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// Raw DEFLATE (RFC 1951) of `data` in one block with its own Huffman codes: LZ77 matches
/// from hash chains with one step of lazy matching. Written here rather than taken from
/// `miniz_oxide` (which inflates links) because its compressor costs about 9 KB gzip of
/// wasm; this one compresses quotes to within a few percent of `miniz_oxide` level 9
/// (tested), and every link it makes is inflated by `miniz_oxide` in the tests.
///
/// The encoder indexes fixed tables (`clippy::indexing_slicing` is allowed on its
/// functions, each bound stated where it is not obvious): symbols come from `bucket` over
/// the 29 / 30 length and distance bases (so `257 + l < 286`, `d < 30`), code-length
/// symbols are below 19, Huffman lengths are limited to 15 bits (`count` and `next` have
/// 16 entries), hashes are below `1 << HASH_BITS` and chain slots are taken `% WINDOW`.
/// Positions are below `data.len()` by the loop conditions. The property tests and
/// `tests/fuzz.rs` run it over generated and arbitrary quotes.
#[allow(clippy::indexing_slicing)]
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let tokens = lz77(data);
    let mut lit_freq = [0u32; 286];
    let mut dist_freq = [0u32; 30];
    lit_freq[256] = 1;
    for &t in &tokens {
        if t < 256 {
            lit_freq[t as usize] += 1;
        } else {
            lit_freq[257 + bucket(&LEN_BASE, t >> 16)] += 1;
            dist_freq[bucket(&DIST_BASE, t & 0xFFFF)] += 1;
        }
    }
    let lit_len = code_lengths(&lit_freq, 15);
    let dist_len = code_lengths(&dist_freq, 15);
    let hlit = used(&lit_len).max(257);
    let hdist = used(&dist_len).max(1);
    let mut lengths = lit_len[..hlit].to_vec();
    lengths.extend_from_slice(&dist_len[..hdist]);
    let runs = run_lengths(&lengths);
    let mut cl_freq = [0u32; 19];
    for &(symbol, _) in &runs {
        cl_freq[symbol] += 1;
    }
    let cl_len = code_lengths(&cl_freq, 7);
    let hclen = CL_ORDER.iter().rposition(|&s| cl_len[s] != 0).map_or(0, |p| p + 1).max(4);

    let mut out = Bits::default();
    out.put(0b101, 3); // last block, dynamic Huffman codes
    out.put((hlit - 257) as u32, 5);
    out.put((hdist - 1) as u32, 5);
    out.put((hclen - 4) as u32, 4);
    for &s in &CL_ORDER[..hclen] {
        out.put(u32::from(cl_len[s]), 3);
    }
    let cl_code = canonical(&cl_len);
    for (symbol, extra) in runs {
        out.put(cl_code[symbol], u32::from(cl_len[symbol]));
        match symbol {
            16 => out.put(extra, 2),
            17 => out.put(extra, 3),
            18 => out.put(extra, 7),
            _ => {}
        }
    }
    let lit_code = canonical(&lit_len);
    let dist_code = canonical(&dist_len);
    for t in tokens {
        if t < 256 {
            out.put(lit_code[t as usize], u32::from(lit_len[t as usize]));
            continue;
        }
        let (length, distance) = (t >> 16, t & 0xFFFF);
        let l = bucket(&LEN_BASE, length);
        out.put(lit_code[257 + l], u32::from(lit_len[257 + l]));
        out.put(length - LEN_BASE[l], LEN_EXTRA[l]);
        let d = bucket(&DIST_BASE, distance);
        out.put(dist_code[d], u32::from(dist_len[d]));
        out.put(distance - DIST_BASE[d], DIST_EXTRA[d]);
    }
    out.put(lit_code[256], u32::from(lit_len[256]));
    out.finish()
}

const LEN_BASE: [u32; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA: [u32; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE: [u32; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u32; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/// The order code-length code lengths are written in.
const CL_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const WINDOW: usize = 32_768;
const MAX_MATCH: usize = 258;
const HASH_BITS: u32 = 15;
/// Candidates tried per position, and the match length that is good enough.
const MAX_CHAIN: usize = 256;
const GOOD_ENOUGH: usize = 64;

/// The code (index into `base`) whose range holds `value`.
fn bucket(base: &[u32], value: u32) -> usize {
    base.iter().rposition(|&b| b <= value).unwrap_or(0)
}

/// How many symbols up to the last one with a code.
fn used(lengths: &[u8]) -> usize {
    lengths.iter().rposition(|&l| l != 0).map_or(0, |p| p + 1)
}

/// Literals (`< 256`) and matches (`length << 16 | distance`).
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn lz77(data: &[u8]) -> Vec<u32> {
    let mut m = Matcher { data, head: vec![u32::MAX; 1 << HASH_BITS], prev: vec![u32::MAX; WINDOW] };
    let mut tokens = Vec::with_capacity(data.len() / 2);
    let mut i = 0;
    while i < data.len() {
        let (length, distance) = m.longest(i);
        m.insert(i);
        // Lazy matching: a longer match one byte on wins over this one.
        if (3..GOOD_ENOUGH).contains(&length) && m.longest(i + 1).0 > length {
            tokens.push(u32::from(data[i]));
            i += 1;
            continue;
        }
        if length >= 3 {
            tokens.push(((length as u32) << 16) | distance as u32);
            for j in i + 1..i + length {
                m.insert(j);
            }
            i += length;
        } else {
            tokens.push(u32::from(data[i]));
            i += 1;
        }
    }
    tokens
}

/// Hash chains over the last [`WINDOW`] positions.
struct Matcher<'a> {
    data: &'a [u8],
    head: Vec<u32>,
    prev: Vec<u32>,
}

#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
impl Matcher<'_> {
    fn hash(&self, i: usize) -> Option<usize> {
        let d = self.data.get(i..i + 3)?;
        let v = u32::from(d[0]) | (u32::from(d[1]) << 8) | (u32::from(d[2]) << 16);
        Some((v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize)
    }

    fn insert(&mut self, i: usize) {
        if let Some(h) = self.hash(i) {
            self.prev[i % WINDOW] = self.head[h];
            self.head[h] = i as u32;
        }
    }

    /// The longest earlier match at `i` within the window: (length, distance), or
    /// (0, 0) below 3 bytes.
    fn longest(&self, i: usize) -> (usize, usize) {
        let Some(h) = self.hash(i) else { return (0, 0) };
        let max = (self.data.len() - i).min(MAX_MATCH);
        let mut best = (0, 0);
        let mut candidate = self.head[h];
        for _ in 0..MAX_CHAIN {
            let c = candidate as usize;
            // Chains only go back; anything else (the end, or beyond the window, where a
            // slot may have been reused) ends the search.
            let Some(distance) = i.checked_sub(c).filter(|d| (1..=WINDOW).contains(d)) else { break };
            let length = self.data[c..].iter().zip(&self.data[i..i + max]).take_while(|(a, b)| a == b).count();
            if length > best.0 {
                best = (length, distance);
                if length == max {
                    break;
                }
            }
            candidate = self.prev[c % WINDOW];
        }
        if best.0 >= 3 {
            best
        } else {
            (0, 0)
        }
    }
}

/// Huffman code lengths of at most `limit` bits for these frequencies (0: no code). At
/// least two symbols get a code, so the code is complete as decoders expect. Where the
/// optimal code is too deep, frequencies are halved until it fits.
fn code_lengths(freq: &[u32], limit: u8) -> Vec<u8> {
    let mut freq = freq.to_vec();
    if freq.iter().filter(|&&f| f > 0).count() < 2 {
        for f in freq.iter_mut().take(2) {
            *f = (*f).max(1);
        }
    }
    loop {
        let lengths = huffman_lengths(&freq);
        if lengths.iter().all(|&l| l <= limit) {
            return lengths;
        }
        for f in freq.iter_mut().filter(|f| **f > 0) {
            *f = (*f >> 1) | 1;
        }
    }
}

/// Optimal (unlimited) Huffman code lengths: merge the two lightest nodes until one is
/// left; a symbol's length is its depth.
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn huffman_lengths(freq: &[u32]) -> Vec<u8> {
    let mut weight: Vec<u64> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut leaf = vec![usize::MAX; freq.len()];
    let mut active = Vec::new();
    for (symbol, &f) in freq.iter().enumerate().filter(|(_, f)| **f > 0) {
        leaf[symbol] = weight.len();
        active.push(weight.len());
        weight.push(u64::from(f));
        parent.push(usize::MAX);
    }
    let lightest = |active: &mut Vec<usize>, weight: &[u64]| {
        let mut best = 0;
        for k in 1..active.len() {
            if weight[active[k]] < weight[active[best]] {
                best = k;
            }
        }
        active.swap_remove(best)
    };
    while active.len() > 1 {
        let a = lightest(&mut active, &weight);
        let b = lightest(&mut active, &weight);
        let node = weight.len();
        weight.push(weight[a] + weight[b]);
        parent.push(usize::MAX);
        parent[a] = node;
        parent[b] = node;
        active.push(node);
    }
    leaf.iter()
        .map(|&node| {
            let (mut node, mut depth) = (node, 0u8);
            while node != usize::MAX && parent[node] != usize::MAX {
                node = parent[node];
                depth = depth.saturating_add(1);
            }
            depth
        })
        .collect()
}

/// Canonical codes for these lengths (RFC 1951 §3.2.2), bit-reversed: deflate writes
/// Huffman codes from their first bit, into a stream filled from the low bit.
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn canonical(lengths: &[u8]) -> Vec<u32> {
    let mut count = [0u32; 16];
    for &l in lengths.iter().filter(|&&l| l > 0) {
        count[usize::from(l)] += 1;
    }
    let mut next = [0u32; 16];
    let mut code = 0;
    for bits in 1..16 {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    lengths
        .iter()
        .map(|&l| {
            if l == 0 {
                return 0;
            }
            let code = next[usize::from(l)];
            next[usize::from(l)] += 1;
            code.reverse_bits() >> (32 - u32::from(l))
        })
        .collect()
}

/// Code lengths as code-length symbols: 0-15 as they are, 16 = repeat the previous 3-6
/// times, 17 = 3-10 zeros, 18 = 11-138 zeros; each with its extra-bits value.
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn run_lengths(lengths: &[u8]) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lengths.len() {
        let value = lengths[i];
        let run = lengths[i..].iter().take_while(|&&l| l == value).count();
        let mut left = run;
        if value == 0 {
            while left >= 11 {
                let r = left.min(138);
                out.push((18, (r - 11) as u32));
                left -= r;
            }
            if left >= 3 {
                out.push((17, (left - 3) as u32));
                left = 0;
            }
        } else {
            out.push((usize::from(value), 0));
            left -= 1;
            while left >= 3 {
                let r = left.min(6);
                out.push((16, (r - 3) as u32));
                left -= r;
            }
        }
        out.extend((0..left).map(|_| (usize::from(value), 0)));
        i += run;
    }
    out
}

/// A bit stream filled from the low bit of each byte.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    count: u32,
}

impl Bits {
    fn put(&mut self, value: u32, bits: u32) {
        self.acc |= u64::from(value) << self.count;
        self.count += bits;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}
