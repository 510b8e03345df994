//! Reads the human-editable catalog (`src/domain/catalog/data/*.toml`) into the typed
//! model, so a misspelt field or a wrong enum value fails the build with the file name and
//! line, and writes it into `OUT_DIR`: `catalog.bin` (postcard, without the seed texts
//! shown only on request) and `seed-details.bin` (those texts), which the app embeds
//! apart so the page can fetch the second when first needed (postcard: small and quick to
//! decode in wasm), and `catalog.json` (the whole bundle), which tests read to check how
//! the app rejects broken data. Consistency checks (references resolve,
//! names unique, citations well-formed) run in `Catalog::from_parts` and its tests.

use std::{env, fs, path::Path};

// The library's own catalog types (they only use serde), so build and app agree.
#[allow(dead_code)]
#[path = "src/domain/catalog/bundle.rs"]
mod bundle;
#[allow(dead_code)]
#[path = "src/domain/catalog/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/domain/catalog/rulebook.rs"]
mod rulebook;

use bundle::CatalogBundle;

fn main() {
    // The page's module keeps the linker's relocations: scripts/split-wasm needs them to cut
    // it at its split points. Only that binary: the export worker and the tests are not
    // split, and relocations would cost them size.
    if std::env::var("TARGET").is_ok_and(|target| target.starts_with("wasm32")) {
        println!("cargo:rustc-link-arg-bin=om-configurator=--emit-relocs");
    }
    let data_dir = Path::new("src/domain/catalog/data");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    for source in ["bundle.rs", "model.rs", "rulebook.rs"] {
        println!("cargo:rerun-if-changed=src/domain/catalog/{source}");
    }
    let mut paths: Vec<_> = fs::read_dir(data_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data_dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();

    let mut bundle = CatalogBundle::default();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        if path.file_name().is_some_and(|name| name == "rules.toml") {
            bundle.rules = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        } else {
            bundle.documents.push(toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let json = serde_json::to_string(&bundle).expect("the catalog serializes");
    fs::write(out.join("catalog.json"), json).expect("write catalog.json");
    let details = bundle.take_details();
    let binary = postcard::to_allocvec(&bundle).expect("the catalog serializes");
    fs::write(out.join("catalog.bin"), binary).expect("write catalog.bin");
    let binary = postcard::to_allocvec(&details).expect("the seed details serialize");
    fs::write(out.join("seed-details.bin"), binary).expect("write seed-details.bin");
}
