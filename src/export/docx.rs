//! The proposal as a Word document (`docx-rs`): the same [`ProposalDocument`] the print
//! view renders, with real headings (styles Title, Heading1-3), real bullet lists and
//! real tables whose header row repeats on each page and whose rows never split across
//! pages; A4 portrait, with the quote id, date, DRAFT and page "n of m" in the footer.
//!
//! Deterministic bytes: the core properties' created / modified dates are the quote date,
//! the archive's entries carry a fixed time (1980-01-01) and paragraph ids are numbered
//! from 1 in every document, so the same document gives the same file. docx-rs writes its
//! archive uncompressed; it is re-packed with deflate (a tenth of the size).

use std::io::{Cursor, Read, Write};

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc, LevelText, LineSpacing,
    NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, Shading, Start, Style,
    StyleType, Table as DocxTable, TableCell, TableLayoutType, TableRow, WidthType,
};

use super::ExportError;
use crate::domain::document::{Block, KeyValue, ProposalDocument, Table};

/// The bullet list numbering's id (docx-rs defines a numbered list as 1).
const BULLETS: usize = 2;
/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// Page margins (2 cm).
const MARGIN: i32 = 1134;
/// The width between the margins.
const TEXT_WIDTH: usize = 11_906 - 2 * 1134;
/// Row height (twips, "at least") that marks a table's header row until the XML is
/// finished, where it becomes `<w:tblHeader/>` (docx-rs has no API for repeated header
/// rows). Seven twips never shows: every row is taller.
const HEADER_ROW_MARK: &str = r#"<w:trHeight w:val="7" w:hRule="atLeast" />"#;
/// Shading of a table's header row.
const HEADER_FILL: &str = "E7E6E6";

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

/// A run per line of `text`, with line breaks between them.
fn runs(mut paragraph: Paragraph, text: &str, bold: bool) -> Paragraph {
    let cleaned = clean(text);
    for (n, line) in cleaned.split('\n').enumerate() {
        let mut run = Run::new();
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
        if bold {
            run = run.bold();
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

fn paragraph(text: &str) -> Paragraph {
    runs(Paragraph::new().style("Body"), text, false)
}

fn styled(style: &str, text: &str) -> Paragraph {
    runs(Paragraph::new().style(style), text, false)
}

fn heading_style(id: &str, name: &str, size: usize, outline: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .bold()
        .size(size)
        .color("1F3864")
        .outline_lvl(outline)
        .line_spacing(LineSpacing::new().before(240).after(80))
}

/// How a table cell is drawn.
#[derive(Clone, Copy)]
struct CellLook {
    width: usize,
    bold: bool,
    right: bool,
    header: bool,
}

fn cell(text: &str, look: CellLook) -> TableCell {
    let mut p = if look.right && !look.header {
        // A number or an amount ("USD 2,500.00") stays on one line.
        runs(Paragraph::new().style("TableText"), &text.replace(' ', "\u{a0}"), look.bold)
    } else {
        runs(Paragraph::new().style("TableText"), text, look.bold)
    };
    if look.right {
        p = p.align(AlignmentType::Right);
    }
    let cell = TableCell::new().add_paragraph(p).width(look.width, WidthType::Dxa);
    if look.header {
        cell.shading(Shading::new().fill(HEADER_FILL))
    } else {
        cell
    }
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

fn table(table: &Table) -> DocxTable {
    let widths = column_widths(table);
    let look = |col: usize, header: bool| CellLook {
        width: widths.get(col).copied().unwrap_or(0),
        bold: header,
        right: table.numeric_columns.contains(&col),
        header,
    };
    let header = TableRow::new(table.header.iter().enumerate().map(|(n, h)| cell(h, look(n, true))).collect())
        .cant_split()
        .row_height(7.0);
    let mut rows = vec![header];
    for row in &table.rows {
        rows.push(
            TableRow::new(row.iter().enumerate().map(|(n, text)| cell(text, look(n, false))).collect()).cant_split(),
        );
    }
    DocxTable::new(rows).width(TEXT_WIDTH, WidthType::Dxa).layout(TableLayoutType::Fixed).set_grid(widths)
}

fn key_values(pairs: &[KeyValue]) -> DocxTable {
    let (key, value) = (TEXT_WIDTH * 3 / 10, TEXT_WIDTH - TEXT_WIDTH * 3 / 10);
    let look = |width: usize, bold: bool| CellLook { width, bold, right: false, header: false };
    let rows = pairs
        .iter()
        .map(|kv| TableRow::new(vec![cell(&kv.key, look(key, true)), cell(&kv.value, look(value, false))]).cant_split())
        .collect();
    DocxTable::new(rows).width(TEXT_WIDTH, WidthType::Dxa).layout(TableLayoutType::Fixed).set_grid(vec![key, value])
}

fn caption(text: &str) -> Paragraph {
    styled("Caption", text).keep_next(true)
}

fn add_block(mut docx: Docx, block: &Block, heading: &str) -> Docx {
    match block {
        Block::Heading(text) => docx.add_paragraph(styled(heading, text).keep_next(true)),
        Block::Paragraph(text) => docx.add_paragraph(paragraph(text)),
        Block::Bullets(items) => {
            for item in items {
                let bullet = styled("ListParagraph", item).numbering(NumberingId::new(BULLETS), IndentLevel::new(0));
                docx = docx.add_paragraph(bullet);
            }
            docx
        }
        Block::Table(t) => docx.add_paragraph(caption(&t.caption)).add_table(table(t)).add_paragraph(Paragraph::new()),
        Block::KeyValues(pairs) => docx.add_table(key_values(pairs)).add_paragraph(Paragraph::new()),
    }
}

/// The proposal as a `.docx` file (see the module documentation).
pub fn proposal_docx(document: &ProposalDocument) -> Result<Vec<u8>, ExportError> {
    // docx-rs numbers paragraphs from a per-thread counter that only its `build` resets:
    // building an empty document first makes every proposal start from 1.
    let _ = Docx::new().build();
    let cover = &document.cover;
    let date = format!("{}T00:00:00Z", cover.date);
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .style("Footer")
            .add_run(Run::new().add_text(format!("{} \u{b7} page ", clean(&cover.running_footer()))))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" of "))
            .add_num_pages(NumPages::new()),
    );
    let bullet = AbstractNumbering::new(BULLETS).add_level(
        Level::new(0, Start::new(1), NumberFormat::new("bullet"), LevelText::new("\u{2022}"), LevelJc::new("left"))
            .indent(Some(360), Some(docx_rs::SpecialIndentType::Hanging(240)), None, None),
    );
    let mut docx = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(MARGIN / 2)
                .footer(MARGIN / 2),
        )
        .default_size(20)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .bold()
                .size(44)
                .color("1F3864")
                .line_spacing(LineSpacing::new().after(240)),
        )
        .add_style(heading_style("Heading1", "heading 1", 32, 0))
        .add_style(heading_style("Heading2", "heading 2", 26, 1))
        .add_style(heading_style("Heading3", "heading 3", 22, 2))
        .add_style(
            Style::new("Body", StyleType::Paragraph)
                .name("Body Text")
                .based_on("Normal")
                .line_spacing(LineSpacing::new().after(120)),
        )
        .add_style(
            Style::new("ListParagraph", StyleType::Paragraph)
                .name("List Paragraph")
                .based_on("Normal")
                .line_spacing(LineSpacing::new().after(40)),
        )
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(18)
                .line_spacing(LineSpacing::new().before(20).after(20)),
        )
        .add_style(
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .italic()
                .size(18)
                .line_spacing(LineSpacing::new().before(120).after(60)),
        )
        .add_style(Style::new("Footer", StyleType::Paragraph).name("footer").based_on("Normal").size(16))
        .add_style(
            Style::new("Stamp", StyleType::Paragraph)
                .name("Draft stamp")
                .based_on("Normal")
                .bold()
                .size(36)
                .color("C00000"),
        )
        .add_abstract_numbering(bullet)
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .footer(footer)
        .created_at(&date)
        .updated_at(&date);

    // The cover.
    docx = docx.add_paragraph(styled("Title", &cover.heading));
    if cover.draft {
        docx = docx.add_paragraph(styled("Stamp", "DRAFT"));
    }
    docx = docx.add_table(key_values(&cover.key_values()));
    if cover.draft {
        docx = docx.add_paragraph(paragraph("Not valid for issue until these errors are resolved:"));
        docx = add_block(docx, &Block::Bullets(cover.open_errors.clone()), "Heading3");
    }
    docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));

    for section in &document.sections {
        let (style, inner) = if section.level <= 1 { ("Heading1", "Heading2") } else { ("Heading2", "Heading3") };
        let mut title = styled(style, &section.title).keep_next(true);
        if section.level <= 1 && section.id != "summary" {
            title = title.page_break_before(true);
        }
        docx = docx.add_paragraph(title);
        for block in &section.blocks {
            docx = add_block(docx, block, inner);
        }
    }

    let mut xml = docx.build();
    xml.document = mark_header_rows(&xml.document);
    let mut stored = Cursor::new(Vec::new());
    xml.pack(&mut stored).map_err(document_error)?;
    deflate(&stored.into_inner())
}

fn document_error(error: impl std::fmt::Display) -> ExportError {
    ExportError::Document(error.to_string())
}

/// Re-packs docx-rs' archive (stored, uncompressed) with deflate, in the same order,
/// without its directory entries, every entry dated 1980-01-01.
fn deflate(stored: &[u8]) -> Result<Vec<u8>, ExportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(stored)).map_err(document_error)?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(document_error)?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().map_err(document_error)?.into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(document_error)?;
        writer.start_file(name, options).map_err(document_error)?;
        writer.write_all(&bytes).map_err(document_error)?;
    }
    Ok(writer.finish().map_err(document_error)?.into_inner())
}

/// Turns the header-row marks into `<w:tblHeader />` (repeat the row on each page).
fn mark_header_rows(document: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    text.replace(HEADER_ROW_MARK, "<w:tblHeader />").into_bytes()
}
