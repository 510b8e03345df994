//! Every word the app writes itself comes from the message catalog (`src/present/text/`):
//! this scan reads the source text of the views, the store and the presentation layer
//! (outside the catalog's tables) and fails, naming file and line,
//! on a string literal that looks like English for a reader.
//!
//! A literal "looks like English" when, with its `{...}` placeholders taken out, it holds a
//! capitalised word ("Add") or two words of two or more letters in a row ("the item").
//! Not wording, and so not reported:
//! - literals after `#[cfg(test)]` (tests compare against the catalog's English);
//! - CSS classes: an all-lowercase literal on a line that sets a class (`class=`,
//!   `class:`), e.g. `class=move || if sales { "layout sales" } else { ... }`;
//! - [`ALLOWED`]: the few fixed names the browser defines, which are not ours to word.

use std::path::Path;

/// Names the browser or a file format defines (keyboard keys, MIME parameters), spelled
/// as they must be.
const ALLOWED: &[&str] = &["Enter", "Escape", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];

/// One string literal of a source text: its line (1-based), its text, and the text of
/// its line before it.
struct Literal {
    line: usize,
    text: String,
    before: String,
}

/// The string literals of `source` (plain, byte and raw strings), outside comments and
/// char literals, up to its `#[cfg(test)]` part.
fn literals(source: &str) -> Vec<Literal> {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut line = 1;
    let mut line_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('a', '\n', '"'); a lifetime ('static) is left as it is.
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if (next == Some('"') || next == Some('#'))
                && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start_line = line;
                let before: String = chars[line_start..i].iter().collect();
                j += 1;
                let mut text = String::new();
                while j < chars.len() {
                    if chars[j] == '"' && (1..=hashes).all(|h| chars.get(j + h) == Some(&'#')) {
                        break;
                    }
                    if chars[j] == '\n' {
                        line += 1;
                        line_start = j + 1;
                    }
                    text.push(chars[j]);
                    j += 1;
                }
                found.push(Literal { line: start_line, text, before });
                i = j + 1 + hashes;
            }
            '"' => {
                let start_line = line;
                let before: String = chars[line_start..i].iter().collect();
                let mut j = i + 1;
                let mut text = String::new();
                while j < chars.len() && chars[j] != '"' {
                    if chars[j] == '\\' {
                        j += 1;
                        // A line continuation (`\` then a newline) joins lines with a space.
                        if chars.get(j) == Some(&'\n') {
                            line += 1;
                            line_start = j + 1;
                            text.push(' ');
                            j += 1;
                            while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                                j += 1;
                            }
                            continue;
                        }
                        text.push(' ');
                    } else {
                        if chars[j] == '\n' {
                            line += 1;
                            line_start = j + 1;
                        }
                        text.push(chars[j]);
                    }
                    j += 1;
                }
                found.push(Literal { line: start_line, text, before });
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// The literal with its `{...}` placeholders taken out.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a literal reads as English: a capitalised word, or two words of two or more
/// letters separated by one space.
fn looks_like_words(text: &str) -> bool {
    let text = without_placeholders(text);
    let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).collect();
    let capitalised = words.iter().any(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    });
    let two_words = text.split(' ').collect::<Vec<_>>().windows(2).any(|pair| {
        pair.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| c.is_alphabetic() || ",.;:?!'".contains(c))
        })
    });
    capitalised || two_words
}

/// Whether a literal is a CSS class list on a line that sets a class.
fn is_class(literal: &Literal) -> bool {
    (literal.before.contains("class=") || literal.before.contains("class:"))
        && literal.text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == ' ')
}

/// Whether a literal is an attribute's argument (`#[serde(skip_serializing_if =
/// "Vec::is_empty")]`): code, not wording.
fn is_attribute(literal: &Literal) -> bool {
    literal.before.trim_start().starts_with("#[")
}

/// The literals of `source` that look like wording: (line, text).
fn wordings(source: &str) -> Vec<(usize, String)> {
    literals(source)
        .into_iter()
        .filter(|literal| looks_like_words(&literal.text))
        .filter(|literal| !is_class(literal))
        .filter(|literal| !is_attribute(literal))
        .filter(|literal| !ALLOWED.contains(&literal.text.as_str()))
        .map(|literal| (literal.line, literal.text))
        .collect()
}

/// The `.rs` files under `dir`, in order, leaving out the message catalog's own tables.
fn rust_files_under(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|entry| entry.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if !path.ends_with("present/text") {
                rust_files_under(&path, files);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// The Rust files the scan reads: the app root, the views, the store and the
/// presentation layer (all but the catalog's tables, `src/present/text/`).
fn scanned_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/app.rs")];
    for dir in ["src/ui", "src/state", "src/present"] {
        rust_files_under(&root.join(dir), &mut files);
    }
    files
}

#[test]
fn views_and_store_write_no_words_of_their_own() {
    let files = scanned_files();
    assert!(files.len() > 20, "the scan found too few files: {files:?}");
    assert!(files.iter().any(|f| f.ends_with("src/present/words.rs")), "the presentation layer is scanned");
    assert!(!files.iter().any(|f| f.ends_with("src/present/text/en.rs")), "the catalog's tables are not");
    let mut found = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(!source.is_empty(), "could not read {}", file.display());
        let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&file).display().to_string();
        for (line, text) in wordings(&source) {
            found.push(format!("{name}:{line}: {text:?}"));
        }
    }
    assert!(found.is_empty(), "wording outside the message catalog (src/present/text/):\n{}", found.join("\n"));
}

#[test]
fn the_scan_catches_a_sentence_and_a_label() {
    let source = r#"
        fn view() -> impl IntoView {
            view! { <button class="fix primary" type="button">"Add the item"</button> }
        }
        fn label() -> &'static str { "Add" }
        fn hint() -> String { format!("Covers {n} instances", n = 3) }
    "#;
    assert_eq!(
        wordings(source),
        vec![(3, "Add the item".to_string()), (5, "Add".to_string()), (6, "Covers {n} instances".to_string())]
    );
}

#[test]
fn the_scan_passes_classes_ids_keys_and_punctuation() {
    let source = r##"
        // "A comment is not wording"
        fn view(sales: bool) -> impl IntoView {
            let quote = '"';
            view! {
                <main id="main" class=move || if sales { "layout sales" } else { "layout customer" }>
                    <input id=format!("input-{}", key) type="number" data-testid="quote-lines" />
                    " · " "\u{2014}" {r"x"} {"Enter"}
                </main>
            }
        }
        #[cfg(test)]
        mod tests { const T: &str = "Tests compare the English"; }
    "##;
    assert_eq!(wordings(source), Vec::<(usize, String)>::new());
}
