//! Puts the saved quote into an exported spreadsheet or Word file as a custom XML part
//! (`domain::saved_package` says why and reads it back): the package is copied entry by
//! entry, the content types and the main part's relationships gain the part, and the
//! three parts of the quote are added. Entries keep a fixed time, so the same quote gives
//! the same bytes.

use std::io::{Cursor, Read, Write};

use crate::domain::saved_package::{
    quote_part_xml, quote_props_xml, quote_rels_xml, CUSTOM_XML_RELATIONSHIP, PROPS_CONTENT_TYPE, QUOTE_PART,
    QUOTE_PROPS_PART, QUOTE_RELS_PART,
};

/// `package` (an Open XML zip whose main part's relationships are `main_rels`, e.g.
/// `word/_rels/document.xml.rels`) with `quote_json` inside; `Err` with the zip
/// library's message.
pub fn with_saved_quote(package: &[u8], main_rels: &str, quote_json: &str) -> Result<Vec<u8>, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(package)).map_err(|e| e.to_string())?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(package.len() + quote_json.len())));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|e| e.to_string())?;
        let name = entry.name().map_err(|e| e.to_string())?.to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).map_err(|e| e.to_string())?;
        let content = if name == "[Content_Types].xml" {
            let override_part =
                format!("<Override PartName=\"/{QUOTE_PROPS_PART}\" ContentType=\"{PROPS_CONTENT_TYPE}\"/>");
            insert_before(&content, "</Types>", &override_part)?
        } else if name == main_rels {
            let relationship = format!(
                "<Relationship Id=\"rIdSavedQuote\" Type=\"{CUSTOM_XML_RELATIONSHIP}\" Target=\"../{QUOTE_PART}\"/>"
            );
            insert_before(&content, "</Relationships>", &relationship)?
        } else {
            content
        };
        writer.start_file(name, options).map_err(|e| e.to_string())?;
        writer.write_all(&content).map_err(|e| e.to_string())?;
    }
    for (name, xml) in [
        (QUOTE_PART, quote_part_xml(quote_json)),
        (QUOTE_PROPS_PART, quote_props_xml()),
        (QUOTE_RELS_PART, quote_rels_xml()),
    ] {
        writer.start_file(name, options).map_err(|e| e.to_string())?;
        writer.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(writer.finish().map_err(|e| e.to_string())?.into_inner())
}

/// `xml` with `addition` before the last `closing` tag.
fn insert_before(xml: &[u8], closing: &str, addition: &str) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(xml).map_err(|e| e.to_string())?;
    let at = text.rfind(closing).ok_or_else(|| format!("no {closing} in the package"))?;
    let (head, tail) = text.split_at(at);
    Ok(format!("{head}{addition}{tail}").into_bytes())
}
