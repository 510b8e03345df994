//! The source files import one another without circles: a newcomer can read the crate
//! from the leaves up. A module may read its ancestors (the types a `mod.rs` declares or
//! re-exports for its children); every other import between two files must point one way.
//!
//! The graph is read from the source text: every `crate::`, `super::` and `self::` path,
//! with `use` groups (`use super::{a::x, b::{y, z}}`) expanded, resolved to the longest
//! module path that has a file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("read src").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// `src/domain/rules/mod.rs` -> ["domain", "rules"]; `src/lib.rs` -> [].
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// Expands `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else { return vec![tree.to_string()] };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).flat_map(expand).map(|p| format!("{prefix}{p}")).collect()
}

/// Every path the file names, as written: expanded `use` trees and inline paths.
fn paths_in(text: &str) -> Vec<String> {
    let code: String = text.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("use ") {
        let after = &rest[at + 4..];
        let end = after.find(';').unwrap_or(after.len());
        let statement = &after[..end];
        if statement.starts_with("crate::") || statement.starts_with("super::") || statement.starts_with("self::") {
            paths.extend(expand(&statement.split_whitespace().collect::<String>()));
        }
        rest = &after[end..];
    }
    let bytes = code.as_bytes();
    for prefix in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(prefix) {
            let start = from + at;
            let mut end = start;
            while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_' || bytes[end] == b':')
            {
                end += 1;
            }
            let before = if start == 0 { b' ' } else { bytes[start - 1] };
            if !(before.is_ascii_alphanumeric() || before == b'_' || before == b':') {
                paths.push(code[start..end].trim_end_matches(':').to_string());
            }
            from = end.max(start + 1);
        }
    }
    paths
}

/// The module a path names, relative to the module `from`: its longest prefix with a file.
fn resolve(path: &str, from: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut base: Vec<String> = Vec::new();
    match segments.peek().copied() {
        Some("crate") => {
            segments.next();
        }
        Some("super") | Some("self") => {
            // In `a/b.rs` (module a::b) `super` is `a`; in `a/mod.rs` (module a) it is the root.
            base = from.to_vec();
            while let Some(step) = segments.peek().copied() {
                match step {
                    "super" => {
                        base.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                segments.next();
            }
        }
        _ => return None,
    }
    let mut best = None;
    let mut current = base.clone();
    if modules.contains(&current) {
        best = Some(current.clone());
    }
    for segment in segments {
        current.push(segment.to_string());
        if modules.contains(&current) {
            best = Some(current.clone());
        } else {
            break;
        }
    }
    best
}

#[test]
fn source_files_import_one_another_without_circles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    // The binaries are crates of their own; the graph is the library's.
    files.retain(|f| !f.starts_with(src.join("bin")) && !f.ends_with("main.rs"));
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();

    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let from = module_of(&src, file);
        let text = std::fs::read_to_string(file).expect("read source");
        let targets = graph.entry(from.clone()).or_default();
        for path in paths_in(&text) {
            let Some(to) = resolve(&path, &from, &modules) else { continue };
            // Reading an ancestor (or itself) is how Rust modules share their parent's types.
            if from.starts_with(&to) {
                continue;
            }
            targets.insert(to);
        }
    }
    let mut circles = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            if reaches(&graph, to, from) {
                circles.push(format!("{} -> {}", from.join("::"), to.join("::")));
            }
        }
    }
    assert!(circles.is_empty(), "import circles (each edge lies on one):\n{}", circles.join("\n"));
    // The check can fail: it sees the rules' layering (companions reads availability).
    let companions = vec!["domain".to_string(), "rules".to_string(), "companions".to_string()];
    let availability = vec!["domain".to_string(), "rules".to_string(), "availability".to_string()];
    assert!(graph.get(&companions).is_some_and(|t| t.contains(&availability)), "the graph reader lost an import");
}

/// Whether `to` reaches `from` through imports (depth-first).
fn reaches(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>, start: &[String], goal: &[String]) -> bool {
    let mut seen: BTreeSet<Vec<String>> = BTreeSet::new();
    let mut stack = vec![start.to_vec()];
    while let Some(node) = stack.pop() {
        if node == goal {
            return true;
        }
        if !seen.insert(node.clone()) {
            continue;
        }
        for next in graph.get(&node).into_iter().flatten() {
            stack.push(next.clone());
        }
    }
    false
}

#[test]
fn use_groups_expand_to_every_path() {
    assert_eq!(expand("super::{a::x, b::{y, z}}"), vec!["super::a::x", "super::b::y", "super::b::z"]);
    assert_eq!(expand("crate::domain::quote::Quote"), vec!["crate::domain::quote::Quote"]);
}
