//! The saved quote inside an exported spreadsheet or Word file, so that either one,
//! mailed back, reopens the exact quote ("Load a saved quote", `om-quote evaluate`).
//!
//! The quote travels as an Open XML *custom XML part* (`customXml/item1.xml`, with its
//! properties part), the package's own place for an application's data: Word and Excel
//! keep such parts when they save the file again, and the Open XML validator knows them.
//! The part holds one element, `<q:savedQuote>`, whose text is the saved-quote JSON.
//!
//! Reading takes the archive apart with no zip library: the end record, the central
//! directory and the one entry are read with every offset checked, a deflated entry is
//! inflated with the share link's bounded inflater, and the JSON then goes through the
//! same loader as a quote file ([`super::session::Session::from_json`]), with the same
//! bounds: a quote edited outside is read as it says or refused, never half-read.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

use super::bounds::MAX_FILE_BYTES;

/// The namespace of the part's element (it names the part as ours among other custom XML).
pub const QUOTE_NAMESPACE: &str = "urn:om-configurator:saved-quote:v1";
/// The custom XML part holding the quote.
pub const QUOTE_PART: &str = "customXml/item1.xml";
/// Its properties part (the data-store item id Word and Excel key custom XML by).
pub const QUOTE_PROPS_PART: &str = "customXml/itemProps1.xml";
/// The relationships of the quote part (to its properties).
pub const QUOTE_RELS_PART: &str = "customXml/_rels/item1.xml.rels";
/// The content type of the properties part.
pub const PROPS_CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
/// The relationship type from the main part (document or workbook) to a custom XML part.
pub const CUSTOM_XML_RELATIONSHIP: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
/// The data-store item id of the part (fixed: one quote per file).
const ITEM_ID: &str = "{6F4C3A52-8E1B-4C7D-9A0E-2B5D7C1E9F30}";

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The quote part: `quote_json` as the text of one element.
pub fn quote_part_xml(quote_json: &str) -> String {
    let mut out = String::with_capacity(quote_json.len() + 160);
    out.push_str(XML_HEAD);
    out.push_str("<q:savedQuote xmlns:q=\"");
    out.push_str(QUOTE_NAMESPACE);
    out.push_str("\">");
    for c in quote_json.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            other => out.push(other),
        }
    }
    out.push_str("</q:savedQuote>");
    out
}

/// The properties part of the quote part.
pub fn quote_props_xml() -> String {
    format!(
        "{XML_HEAD}<ds:datastoreItem ds:itemID=\"{ITEM_ID}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs><ds:schemaRef ds:uri=\"{QUOTE_NAMESPACE}\"/></ds:schemaRefs></ds:datastoreItem>"
    )
}

/// The relationships of the quote part.
pub fn quote_rels_xml() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" Target=\"itemProps1.xml\"/></Relationships>"
    )
}

/// Why an exported file did not give back a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackageError {
    /// The zip archive is damaged or cut short.
    Damaged,
    /// A sound spreadsheet or document, but no quote of this app inside (another program's
    /// file, or one whose custom parts were removed).
    NoQuote,
    /// The quote inside is larger than a saved quote may be.
    TooLarge,
    /// The quote part is not UTF-8 text, or not the one element it should be.
    Malformed,
}

/// Whether `bytes` are a zip archive (an Open XML file), not a JSON quote file.
pub fn is_package(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    let pair = bytes.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_le_bytes([*pair.first()?, *pair.get(1)?])))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let quad = bytes.get(at..at.checked_add(4)?)?;
    let value = u32::from_le_bytes([*quad.first()?, *quad.get(1)?, *quad.get(2)?, *quad.get(3)?]);
    usize::try_from(value).ok()
}

/// One entry of the central directory.
struct Entry<'a> {
    name: &'a [u8],
    method: usize,
    compressed: usize,
    uncompressed: usize,
    local_header: usize,
}

/// The entries of the archive's central directory.
fn entries(bytes: &[u8]) -> Option<Vec<Entry<'_>>> {
    // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let end = (search_from..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&at| bytes.get(at..at + 4) == Some(b"PK\x05\x06".as_slice()))?;
    let count = u16_at(bytes, end + 10)?;
    let mut at = u32_at(bytes, end + 16)?;
    let mut found = Vec::with_capacity(count);
    for _ in 0..count {
        if bytes.get(at..at + 4) != Some(b"PK\x01\x02".as_slice()) {
            return None;
        }
        let name_length = u16_at(bytes, at + 28)?;
        let extra_length = u16_at(bytes, at + 30)?;
        let comment_length = u16_at(bytes, at + 32)?;
        let name_start = at + 46;
        found.push(Entry {
            name: bytes.get(name_start..name_start.checked_add(name_length)?)?,
            method: u16_at(bytes, at + 10)?,
            compressed: u32_at(bytes, at + 20)?,
            uncompressed: u32_at(bytes, at + 24)?,
            local_header: u32_at(bytes, at + 42)?,
        });
        at = name_start.checked_add(name_length)?.checked_add(extra_length)?.checked_add(comment_length)?;
    }
    Some(found)
}

/// The content of an entry, inflated, at most [`MAX_FILE_BYTES`] of it.
fn content(bytes: &[u8], entry: &Entry<'_>) -> Result<Vec<u8>, PackageError> {
    let header = entry.local_header;
    if bytes.get(header..header + 4) != Some(b"PK\x03\x04".as_slice()) {
        return Err(PackageError::Damaged);
    }
    let name_length = u16_at(bytes, header + 26).ok_or(PackageError::Damaged)?;
    let extra_length = u16_at(bytes, header + 28).ok_or(PackageError::Damaged)?;
    let start = header + 30 + name_length + extra_length;
    let data = bytes.get(start..start.saturating_add(entry.compressed)).ok_or(PackageError::Damaged)?;
    if entry.uncompressed > MAX_FILE_BYTES {
        return Err(PackageError::TooLarge);
    }
    match entry.method {
        0 => Ok(data.to_vec()),
        8 => decompress_to_vec_with_limit(data, MAX_FILE_BYTES).map_err(|_| PackageError::TooLarge),
        _ => Err(PackageError::Damaged),
    }
}

/// The text of the `savedQuote` element of a custom XML part, whatever prefix a program
/// that saved the file again gave it; `None` when the part is not ours.
fn quote_text(xml: &str) -> Option<Result<String, PackageError>> {
    if !xml.contains(QUOTE_NAMESPACE) {
        return None;
    }
    let body = xml.trim_start_matches('\u{feff}').trim_start();
    let body = match body.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map(|(_, after)| after.trim_start())?,
        None => body,
    };
    let open_end = body.find('>')?;
    let open = body.get(1..open_end)?;
    let name = open.split_whitespace().next()?;
    if name.rsplit(':').next() != Some("savedQuote") {
        return Some(Err(PackageError::Malformed));
    }
    let close = format!("</{name}>");
    let inner = body.get(open_end + 1..)?.trim_end().strip_suffix(close.as_str());
    Some(inner.map_or(Err(PackageError::Malformed), unescape))
}

/// The XML character references and entities a program may write.
fn unescape(text: &str) -> Result<String, PackageError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).ok_or(PackageError::Malformed)?);
        let after = rest.get(at + 1..).ok_or(PackageError::Malformed)?;
        let (name, tail) = after.split_once(';').ok_or(PackageError::Malformed)?;
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => name.strip_prefix('#').and_then(|decimal| decimal.parse().ok()),
                };
                code.and_then(char::from_u32).ok_or(PackageError::Malformed)?
            }
        };
        out.push(c);
        rest = tail;
    }
    if rest.contains('<') {
        // Markup inside the element: not the text the app wrote.
        return Err(PackageError::Malformed);
    }
    out.push_str(rest);
    Ok(out)
}

/// The saved-quote JSON inside an exported spreadsheet or Word file.
pub fn quote_json_of_package(bytes: &[u8]) -> Result<String, PackageError> {
    let entries = entries(bytes).ok_or(PackageError::Damaged)?;
    let custom_parts = entries.iter().filter(|entry| {
        let name = String::from_utf8_lossy(entry.name);
        name.starts_with("customXml/")
            && name.ends_with(".xml")
            && !name.contains("itemProps")
            && !name.contains("_rels")
    });
    for entry in custom_parts {
        let text = String::from_utf8(content(bytes, entry)?).map_err(|_| PackageError::Malformed)?;
        if let Some(quote) = quote_text(&text) {
            return quote;
        }
    }
    Err(PackageError::NoQuote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_part_reads_back_its_json_whatever_the_escaping() {
        let json = r#"{"title":"A & B <draft>","n":1}"#;
        assert_eq!(quote_text(&quote_part_xml(json)), Some(Ok(json.to_string())));
        let resaved = format!(
            "<?xml version=\"1.0\"?><ns0:savedQuote xmlns:ns0=\"{QUOTE_NAMESPACE}\">{{&quot;a&quot;:&#x26;&#38;}}</ns0:savedQuote>"
        );
        assert_eq!(quote_text(&resaved), Some(Ok("{\"a\":&&}".to_string())));
        assert_eq!(quote_text("<other xmlns=\"urn:else\">x</other>"), None);
        let nested = format!("<q:savedQuote xmlns:q=\"{QUOTE_NAMESPACE}\"><b>1</b></q:savedQuote>");
        assert_eq!(quote_text(&nested), Some(Err(PackageError::Malformed)));
        let bad_entity = format!("<q:savedQuote xmlns:q=\"{QUOTE_NAMESPACE}\">&bogus;</q:savedQuote>");
        assert_eq!(quote_text(&bad_entity), Some(Err(PackageError::Malformed)));
    }

    #[test]
    fn a_damaged_or_foreign_archive_is_refused() {
        assert!(is_package(b"PK\x03\x04rest"));
        assert!(!is_package(b"{\"version\":2}"));
        assert_eq!(quote_json_of_package(b"PK\x03\x04 cut short"), Err(PackageError::Damaged));
        assert_eq!(quote_json_of_package(b""), Err(PackageError::Damaged));
    }
}
