//! The printed proposal's way back: its last part gives the share link of the quote and,
//! when the link fits a QR code a phone can read off paper, the code itself, so a reader
//! of the paper can reopen the exact quote (the Word file and the spreadsheet carry the
//! quote inside instead).

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

use super::{Block, ProposalDocument, Section};
use crate::present::text::Texts;

/// The largest QR version printed (137 modules, about 0.35 mm each at 50 mm): above it a
/// phone camera reads the paper badly, and the link alone is printed.
const MAX_QR_VERSION: u8 = 30;

impl ProposalDocument {
    /// The proposal with the part that reopens the quote from `link` (the page's address
    /// and the quote's share-link fragment).
    pub fn with_way_back(mut self, texts: &Texts, link: &str) -> ProposalDocument {
        let d = &texts.document;
        let mut section = Section::new("reopen", 1, d.reopen_title);
        section.blocks.push(Block::Paragraph(d.reopen_intro.to_string()));
        section.blocks.push(Block::Paragraph(link.to_string()));
        self.sections.push(section);
        self.qr_svg = qr_svg(link, d.reopen_qr_label);
        self
    }
}

/// The QR code of `text` as an SVG image labelled `label`, or `None` when it needs a
/// version above [`MAX_QR_VERSION`].
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(MAX_QR_VERSION),
        None,
        true,
    )
    .ok()?;
    let size = code.size();
    // A quiet zone of four modules on each side, as the standard asks.
    let side = size + 8;
    let mut path = String::with_capacity(usize::try_from(size * size).unwrap_or(0) * 4);
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                let _ = write!(path, "M{} {}h1v1h-1z", x + 4, y + 4);
            }
        }
    }
    let mut escaped_label = String::new();
    for c in label.chars() {
        match c {
            '&' => escaped_label.push_str("&amp;"),
            '<' => escaped_label.push_str("&lt;"),
            '"' => escaped_label.push_str("&quot;"),
            other => escaped_label.push(other),
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"print-qr\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{escaped_label}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}
