//! The proposal as a Word document: the same [`ProposalDocument`] the print view renders,
//! written as WordprocessingML in the order the Open XML schema gives each element (the
//! file passes `openxml-audit`, a port of the Open XML SDK validator, with 0 errors; see
//! the README). Real headings (styles Title, Heading1-3), real bullet lists, and tables
//! whose header row repeats on each page and whose rows never split across pages; A4
//! portrait, with the quote id, date, DRAFT and page "n of m" in the footer; East Asian
//! text falls back to a CJK font.
//!
//! Written by hand rather than with a Word library: docx-rs wrote elements out of schema
//! order (3,254 validator errors, which Word answers by offering to repair the file), and
//! the document model needs only paragraphs, runs, lists and tables, which this writer
//! emits in schema order by construction.
//!
//! Deterministic bytes: the core properties' created / modified dates are the quote date
//! and the archive's entries carry a fixed time (1980-01-01), so the same document gives
//! the same file.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use super::ExportError;
use crate::present::document::{Block, KeyValue, ProposalDocument, Table};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// Page margins (2 cm).
const MARGIN: u32 = 1134;
/// The width between the margins.
const TEXT_WIDTH: usize = 11_906 - 2 * 1134;
/// Shading of a table's header row.
const HEADER_FILL: &str = "E7E6E6";
/// The numbering instance of bullet lists.
const BULLETS: u32 = 1;

/// Latin text in Calibri; Chinese (and other East Asian) text in a CJK font, with the
/// fonts Word and LibreOffice find on Windows, macOS and Linux named in the font table.
const FONT_LATIN: &str = "Calibri";
const FONT_EAST_ASIAN: &str = "Microsoft YaHei";

/// Text without the characters XML 1.0 cannot hold (control characters other than line
/// breaks become spaces); carriage returns are dropped.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '\r')
        .map(|c| match c {
            '\n' => '\n',
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => ' ',
            c => c,
        })
        .collect()
}

/// XML text (element content or attribute value) with the five special characters escaped.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

/// How a paragraph is drawn: its `w:pPr`, written in schema order (pStyle, keepNext,
/// pageBreakBefore, numPr, jc).
#[derive(Clone, Copy, Default)]
struct Para<'a> {
    style: &'a str,
    keep_next: bool,
    page_break_before: bool,
    bullet: bool,
    right: bool,
    bold: bool,
}

/// The runs of `text`: one per line, with line breaks between them.
fn runs(out: &mut String, text: &str, bold: bool) {
    let cleaned = clean(text);
    for (n, line) in cleaned.split('\n').enumerate() {
        out.push_str("<w:r>");
        if bold {
            out.push_str("<w:rPr><w:b/><w:bCs/></w:rPr>");
        }
        if n > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        escape(line, out);
        out.push_str("</w:t></w:r>");
    }
}

fn paragraph(out: &mut String, look: Para<'_>, text: &str) {
    out.push_str("<w:p><w:pPr>");
    let _ = write!(out, "<w:pStyle w:val=\"{}\"/>", look.style);
    if look.keep_next {
        out.push_str("<w:keepNext/>");
    }
    if look.page_break_before {
        out.push_str("<w:pageBreakBefore/>");
    }
    if look.bullet {
        let _ = write!(out, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{BULLETS}\"/></w:numPr>");
    }
    if look.right {
        out.push_str("<w:jc w:val=\"right\"/>");
    }
    out.push_str("</w:pPr>");
    runs(out, text, look.bold);
    out.push_str("</w:p>");
}

fn styled(out: &mut String, style: &str, text: &str) {
    paragraph(out, Para { style, ..Para::default() }, text);
}

/// An empty paragraph (after a table, so two tables never merge).
fn spacer(out: &mut String) {
    out.push_str("<w:p/>");
}

/// How a table cell is drawn.
#[derive(Clone, Copy)]
struct CellLook {
    width: usize,
    bold: bool,
    right: bool,
    header: bool,
}

fn cell(out: &mut String, text: &str, look: CellLook) {
    // tcPr: tcW, then shd.
    let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", look.width);
    if look.header {
        let _ = write!(out, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{HEADER_FILL}\"/>");
    }
    out.push_str("</w:tcPr>");
    // A number or an amount ("USD 2,500.00") stays on one line.
    let text = if look.right && !look.header { text.replace(' ', "\u{a0}") } else { text.to_string() };
    paragraph(out, Para { style: "TableText", right: look.right, bold: look.bold, ..Para::default() }, &text);
    out.push_str("</w:tc>");
}

/// `w:tbl`: tblPr (tblW, tblBorders, tblLayout, tblCellMar), tblGrid, then the rows; a
/// header row repeats on each page (`tblHeader`) and no row splits (`cantSplit`).
fn table_start(out: &mut String, widths: &[usize]) {
    let _ = write!(out, "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let _ = write!(out, "<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>");
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
    for width in widths {
        let _ = write!(out, "<w:gridCol w:w=\"{width}\"/>");
    }
    out.push_str("</w:tblGrid>");
}

fn row_start(out: &mut String, header: bool) {
    out.push_str("<w:tr><w:trPr><w:cantSplit/>");
    if header {
        out.push_str("<w:tblHeader/>");
    }
    out.push_str("</w:trPr>");
}

/// Column widths (twips) from what the columns hold, so that names wrap as names: every
/// column gets at least its longest word (a word never breaks) and, as far as the page
/// allows, a text column its average length and a numeric column its longest value; the
/// room left is shared in proportion to what each column still wants.
fn column_widths(table: &Table) -> Vec<usize> {
    // About one 9 pt character, and a cell's left and right margins.
    const CHAR: usize = 88;
    const PADDING: usize = 216;
    let twips = |chars: usize| chars * CHAR + PADDING;
    let columns = table.header.len().max(1);
    let (minimum, preferred): (Vec<usize>, Vec<usize>) = (0..columns)
        .map(|col| {
            let cells = || table.rows.iter().filter_map(|row| row.get(col)).map(String::as_str);
            let header = table.header.get(col).map(String::as_str).unwrap_or("");
            // Header words are bold: a fifth wider.
            let header_word = header.split_whitespace().map(|word| word.chars().count() * 6 / 5 + 1).max();
            let longest_word = cells()
                .flat_map(str::split_whitespace)
                .map(|word| word.chars().count())
                .chain(header_word)
                .max()
                .unwrap_or(1)
                .clamp(4, 30);
            let longest = cells().map(|cell| cell.chars().count()).max().unwrap_or(0);
            let average = cells().map(|cell| cell.chars().count()).sum::<usize>() / table.rows.len().max(1);
            if table.numeric_columns.contains(&col) {
                let one_line = longest.max(longest_word).clamp(4, 20);
                return (twips(one_line), twips(one_line));
            }
            (twips(longest_word), twips(average.min(60).max(longest_word)))
        })
        .unzip();
    let (min_total, preferred_total) = (minimum.iter().sum::<usize>(), preferred.iter().sum::<usize>());
    if min_total >= TEXT_WIDTH {
        return minimum.iter().map(|w| w * TEXT_WIDTH / min_total.max(1)).collect();
    }
    if preferred_total <= TEXT_WIDTH {
        return preferred.iter().map(|w| w * TEXT_WIDTH / preferred_total.max(1)).collect();
    }
    let room = TEXT_WIDTH - min_total;
    let extra_total = (preferred_total - min_total).max(1);
    minimum.iter().zip(&preferred).map(|(min, pref)| min + (pref - min) * room / extra_total).collect()
}

fn table(out: &mut String, table: &Table) {
    let widths = column_widths(table);
    let look = |col: usize, header: bool| CellLook {
        width: widths.get(col).copied().unwrap_or(0),
        bold: header,
        right: table.numeric_columns.contains(&col),
        header,
    };
    table_start(out, &widths);
    row_start(out, true);
    for (n, heading) in table.header.iter().enumerate() {
        cell(out, heading, look(n, true));
    }
    out.push_str("</w:tr>");
    for row in &table.rows {
        row_start(out, false);
        for (n, text) in row.iter().enumerate() {
            cell(out, text, look(n, false));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

fn key_values(out: &mut String, pairs: &[KeyValue]) {
    let (key, value) = (TEXT_WIDTH * 3 / 10, TEXT_WIDTH - TEXT_WIDTH * 3 / 10);
    table_start(out, &[key, value]);
    for kv in pairs {
        row_start(out, false);
        cell(out, &kv.key, CellLook { width: key, bold: true, right: false, header: false });
        cell(out, &kv.value, CellLook { width: value, bold: false, right: false, header: false });
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

fn add_block(out: &mut String, block: &Block, heading: &str) {
    match block {
        Block::Heading(text) => paragraph(out, Para { style: heading, keep_next: true, ..Para::default() }, text),
        Block::Paragraph(text) => styled(out, "Body", text),
        Block::Bullets(items) => {
            for item in items {
                paragraph(out, Para { style: "ListParagraph", bullet: true, ..Para::default() }, item);
            }
        }
        Block::Table(t) => {
            paragraph(out, Para { style: "Caption", keep_next: true, ..Para::default() }, &t.caption);
            table(out, t);
            spacer(out);
        }
        Block::KeyValues(pairs) => {
            key_values(out, pairs);
            spacer(out);
        }
    }
}

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// `word/document.xml`: the cover, then every section; the section properties (A4,
/// margins, the footer) last, as the schema wants.
fn document_xml(document: &ProposalDocument) -> String {
    let cover = &document.cover;
    let mut out = String::with_capacity(256 * 1024);
    let _ = write!(out, "{XML_HEAD}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>");
    styled(&mut out, "Title", &cover.heading);
    if cover.draft {
        styled(&mut out, "Stamp", &cover.stamp);
    }
    key_values(&mut out, &cover.facts);
    spacer(&mut out);
    if cover.draft {
        styled(&mut out, "Body", &format!("{} \u{2014} {}", cover.stamp, cover.draft_lead));
        add_block(&mut out, &Block::Bullets(cover.open_errors.clone()), "Heading3");
    }
    out.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    for section in &document.sections {
        let (style, inner) = if section.level <= 1 { ("Heading1", "Heading2") } else { ("Heading2", "Heading3") };
        let page_break_before = section.level <= 1 && section.id != "summary";
        paragraph(&mut out, Para { style, keep_next: true, page_break_before, ..Para::default() }, &section.title);
        for block in &section.blocks {
            add_block(&mut out, block, inner);
        }
    }
    let _ = write!(
        out,
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"{}\" w:footer=\"{}\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
        A4.0,
        A4.1,
        MARGIN / 2,
        MARGIN / 2
    );
    out
}

/// `word/footer1.xml`: "Quote ... · date · DRAFT · page n of m".
fn footer_xml(document: &ProposalDocument) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{XML_HEAD}<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
    );
    let [page, of] = &document.cover.page_of;
    runs(&mut out, &format!("{}{page}", document.cover.footer), false);
    out.push_str("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    runs(&mut out, of, false);
    out.push_str("<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>");
    out
}

/// One paragraph style: name, basedOn, next, qFormat, pPr (keepNext, spacing, outlineLvl),
/// rPr (b, i, color, sz), in schema order.
struct StyleDef {
    id: &'static str,
    name: &'static str,
    bold: bool,
    italic: bool,
    color: Option<&'static str>,
    half_points: Option<u32>,
    before: u32,
    after: u32,
    outline: Option<u32>,
}

const STYLES: [StyleDef; 10] = [
    StyleDef {
        id: "Title",
        name: "Title",
        bold: true,
        italic: false,
        color: Some("1F3864"),
        half_points: Some(44),
        before: 0,
        after: 240,
        outline: None,
    },
    StyleDef {
        id: "Heading1",
        name: "heading 1",
        bold: true,
        italic: false,
        color: Some("1F3864"),
        half_points: Some(32),
        before: 240,
        after: 80,
        outline: Some(0),
    },
    StyleDef {
        id: "Heading2",
        name: "heading 2",
        bold: true,
        italic: false,
        color: Some("1F3864"),
        half_points: Some(26),
        before: 240,
        after: 80,
        outline: Some(1),
    },
    StyleDef {
        id: "Heading3",
        name: "heading 3",
        bold: true,
        italic: false,
        color: Some("1F3864"),
        half_points: Some(22),
        before: 240,
        after: 80,
        outline: Some(2),
    },
    StyleDef {
        id: "Body",
        name: "Body Text",
        bold: false,
        italic: false,
        color: None,
        half_points: None,
        before: 0,
        after: 120,
        outline: None,
    },
    StyleDef {
        id: "ListParagraph",
        name: "List Paragraph",
        bold: false,
        italic: false,
        color: None,
        half_points: None,
        before: 0,
        after: 40,
        outline: None,
    },
    StyleDef {
        id: "TableText",
        name: "Table Text",
        bold: false,
        italic: false,
        color: None,
        half_points: Some(18),
        before: 20,
        after: 20,
        outline: None,
    },
    StyleDef {
        id: "Caption",
        name: "caption",
        bold: false,
        italic: true,
        color: None,
        half_points: Some(18),
        before: 120,
        after: 60,
        outline: None,
    },
    StyleDef {
        id: "Footer",
        name: "footer",
        bold: false,
        italic: false,
        color: None,
        half_points: Some(16),
        before: 0,
        after: 0,
        outline: None,
    },
    StyleDef {
        id: "Stamp",
        name: "Draft stamp",
        bold: true,
        italic: false,
        color: Some("C00000"),
        half_points: Some(36),
        before: 0,
        after: 120,
        outline: None,
    },
];

/// `word/styles.xml`: document defaults (10 pt Calibri, a CJK font for East Asian text),
/// the Normal style, then the styles the document uses. `w:lang` names the proposal's
/// language, so Word checks its spelling in it and picks East Asian line breaking for
/// Chinese.
fn styles_xml(language: &str) -> String {
    let word_language = match language {
        "en" => "en-GB",
        "id" => "id-ID",
        other => other,
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "{XML_HEAD}<w:styles xmlns:w=\"{W_NS}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{FONT_LATIN}\" w:eastAsia=\"{FONT_EAST_ASIAN}\" w:hAnsi=\"{FONT_LATIN}\" w:cs=\"{FONT_LATIN}\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"{word_language}\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    );
    out.push_str("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
    for style in &STYLES {
        let _ = write!(
            out,
            "<w:style w:type=\"paragraph\" w:styleId=\"{}\"><w:name w:val=\"{}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>",
            style.id, style.name
        );
        if style.outline.is_some() {
            out.push_str("<w:keepNext/>");
        }
        let _ = write!(out, "<w:spacing w:before=\"{}\" w:after=\"{}\"/>", style.before, style.after);
        if let Some(level) = style.outline {
            let _ = write!(out, "<w:outlineLvl w:val=\"{level}\"/>");
        }
        out.push_str("</w:pPr><w:rPr>");
        if style.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if style.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if let Some(color) = style.color {
            let _ = write!(out, "<w:color w:val=\"{color}\"/>");
        }
        if let Some(size) = style.half_points {
            let _ = write!(out, "<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>");
        }
        out.push_str("</w:rPr></w:style>");
    }
    out.push_str("</w:styles>");
    out
}

/// `word/numbering.xml`: one bullet list ("•", hanging indent).
fn numbering_xml() -> String {
    format!(
        "{XML_HEAD}<w:numbering xmlns:w=\"{W_NS}\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"240\"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId=\"{BULLETS}\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    )
}

fn settings_xml() -> String {
    format!(
        "{XML_HEAD}<w:settings xmlns:w=\"{W_NS}\"><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"
    )
}

fn font_table_xml() -> String {
    let mut out = format!("{XML_HEAD}<w:fonts xmlns:w=\"{W_NS}\">");
    for (name, charset, alt) in [(FONT_LATIN, "00", None), (FONT_EAST_ASIAN, "86", Some("Noto Sans CJK SC"))] {
        let _ = write!(out, "<w:font w:name=\"{name}\">");
        if let Some(alt) = alt {
            let _ = write!(out, "<w:altName w:val=\"{alt}\"/>");
        }
        let _ = write!(
            out,
            "<w:charset w:val=\"{charset}\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
        );
    }
    out.push_str("</w:fonts>");
    out
}

/// `word/theme/theme1.xml`: the smallest complete theme (Word's "Office" colours and
/// fonts). The main document part must have one.
fn theme_xml() -> String {
    let mut out = format!("{XML_HEAD}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements><a:clrScheme name=\"Office\">");
    out.push_str("<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>");
    for (name, rgb) in [
        ("dk2", "44546A"),
        ("lt2", "E7E6E6"),
        ("accent1", "4472C4"),
        ("accent2", "ED7D31"),
        ("accent3", "A5A5A5"),
        ("accent4", "FFC000"),
        ("accent5", "5B9BD5"),
        ("accent6", "70AD47"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ] {
        let _ = write!(out, "<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>");
    }
    out.push_str("</a:clrScheme><a:fontScheme name=\"Office\">");
    for kind in ["majorFont", "minorFont"] {
        let _ = write!(
            out,
            "<a:{kind}><a:latin typeface=\"{FONT_LATIN}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:{kind}>"
        );
    }
    out.push_str("</a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst>");
    let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    for _ in 0..3 {
        out.push_str(solid);
    }
    out.push_str("</a:fillStyleLst><a:lnStyleLst>");
    for width in [6350, 12700, 19050] {
        let _ = write!(out, "<a:ln w=\"{width}\">{solid}</a:ln>");
    }
    out.push_str("</a:lnStyleLst><a:effectStyleLst>");
    for _ in 0..3 {
        out.push_str("<a:effectStyle><a:effectLst/></a:effectStyle>");
    }
    out.push_str("</a:effectStyleLst><a:bgFillStyleLst>");
    for _ in 0..3 {
        out.push_str(solid);
    }
    out.push_str("</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>");
    out
}

fn core_xml(document: &ProposalDocument) -> String {
    let cover = &document.cover;
    let date = format!("{}T00:00:00Z", cover.date);
    let mut title = String::new();
    escape(&clean(&cover.heading), &mut title);
    let mut language = String::new();
    escape(&document.language, &mut language);
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{title}</dc:title><dc:creator>O&amp;M Services Configurator</dc:creator><dc:language>{language}</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>"
    )
}

fn app_xml() -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>O&amp;M Services Configurator</Application></Properties>"
    )
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    "</Types>"
);

const PACKAGE_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>",
    "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>",
    "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>",
    "<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>",
    "</Relationships>"
);

/// The proposal as a `.docx` file (see the module documentation).
pub fn proposal_docx(document: &ProposalDocument) -> Result<Vec<u8>, ExportError> {
    let parts: [(&str, String); 12] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", PACKAGE_RELS.to_string()),
        ("docProps/core.xml", core_xml(document)),
        ("docProps/app.xml", app_xml()),
        ("word/document.xml", document_xml(document)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/styles.xml", styles_xml(&document.language)),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("word/footer1.xml", footer_xml(document)),
        ("word/theme/theme1.xml", theme_xml()),
    ];
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, xml) in &parts {
        writer.start_file(*name, options).map_err(document_error)?;
        writer.write_all(xml.as_bytes()).map_err(document_error)?;
    }
    Ok(writer.finish().map_err(document_error)?.into_inner())
}

fn document_error(error: impl std::fmt::Display) -> ExportError {
    ExportError::Document(error.to_string())
}
