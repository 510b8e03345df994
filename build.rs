//! Turns the human-editable catalog (`src/domain/catalog/data/*.toml`) into one JSON
//! document in `OUT_DIR`, so the wasm binary parses it with serde_json (already needed for
//! price books and storage) instead of carrying a TOML parser.
//! A syntax error in a data file fails the build with the file name; the typed validation
//! (references resolve, texts present, names unique) runs in `Catalog::load` and its tests.

use std::{env, fs, path::Path};

fn main() {
    let data_dir = Path::new("src/domain/catalog/data");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    let mut entries: Vec<_> = fs::read_dir(data_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data_dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    entries.sort();

    let mut documents = Vec::new();
    let mut rules = serde_json::Value::Null;
    for path in &entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        if path.file_name().is_some_and(|name| name == "rules.toml") {
            rules = value;
        } else {
            documents.push(value);
        }
    }
    let bundle = serde_json::json!({ "documents": documents, "rules": rules });
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.json");
    fs::write(&out, bundle.to_string())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
