//! `om-quote`: checks saved quotes from the command line with the app's own engine.
//!
//! ```text
//! om-quote evaluate [--pretty] [--strict] FILE...    (FILE may be `-` for stdin)
//! om-quote export --format csv|xlsx|docx [--lang en|zh-CN|id] [--out FILE] [--strict] FILE
//! ```
//!
//! A FILE is a saved quote (JSON) or a spreadsheet or Word file the app or `export`
//! wrote: those carry their quote.
//!
//! `evaluate` prints one JSON document per file (one per line; `--pretty` indents): the
//! BOQ lines, totals and findings, or `{"file": ..., "refused": "<reason>"}`. Exit status:
//! 0 when every file was read; 1 when a file was refused (not a saved quote, outside the
//! bounds, unknown fields, newer format); 2 on a usage error; with `--strict`, 3 when a
//! file was read but its quote cannot be issued as final (an error without an exception).
//!
//! `export` writes the same files as the app: the BOQ as CSV or as a spreadsheet with live
//! formulas, or the proposal as a Word document. The CSV goes to standard output unless
//! `--out` names a file; the spreadsheet and the Word document need `--out`. `--lang`
//! chooses the language of the headings and the proposal (default English); the numbers
//! of the CSV and the spreadsheet stay plain in every language. A refused
//! file is reported on standard error and nothing is written (exit 1); a file that cannot
//! be written also exits 1; usage errors exit 2; with `--strict`, the export is written
//! and the exit status is 3 when the quote cannot be issued as final.

// A panic in wasm kills the app: outside tests, nothing may unwrap, index out of bounds
// or panic (README "Security"); a site that truly cannot fail says why with an `allow`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

/// The command line is native only; the web app has its own entry point.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};

    use om_configurator::domain::bounds::MAX_FILE_BYTES;
    use om_configurator::domain::catalog::Catalog;
    use om_configurator::domain::rules::evaluate;
    use om_configurator::domain::session::{LoadedSession, Session};
    use om_configurator::export::{export_evaluated, Format};
    use om_configurator::present::report::QuoteReport;
    use om_configurator::present::text::Language;

    const USAGE: &str = "usage: om-quote evaluate [--pretty] [--strict] FILE...   (FILE may be - for stdin)\n       om-quote export --format csv|xlsx|docx [--lang en|zh-CN|id] [--out FILE] [--strict] FILE";

    /// Runs the command and returns the exit status.
    pub fn run(args: Vec<String>) -> i32 {
        let mut args = args.into_iter();
        match args.next().as_deref() {
            Some("evaluate") => run_evaluate(args),
            Some("export") => run_export(args),
            Some("-h" | "--help") => {
                println!("{USAGE}");
                0
            }
            _ => {
                eprintln!("{USAGE}");
                2
            }
        }
    }

    /// `om-quote export`: one file in, one export out.
    fn run_export(mut args: impl Iterator<Item = String>) -> i32 {
        let (mut format, mut out, mut strict, mut files) = (None, None, false, Vec::new());
        let mut language = Language::En;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--format" | "--out" | "--lang" => {
                    let Some(value) = args.next() else {
                        eprintln!("om-quote: {arg} needs a value\n{USAGE}");
                        return 2;
                    };
                    if arg == "--out" {
                        out = Some(value);
                    } else if arg == "--lang" {
                        match Language::from_tag(&value) {
                            Some(chosen) => language = chosen,
                            None => {
                                eprintln!("om-quote: unknown language {value} (en, zh-CN or id)\n{USAGE}");
                                return 2;
                            }
                        }
                    } else {
                        match Format::parse(&value) {
                            Some(f) => format = Some(f),
                            None => {
                                eprintln!("om-quote: unknown format {value} (csv, xlsx or docx)\n{USAGE}");
                                return 2;
                            }
                        }
                    }
                }
                "--strict" => strict = true,
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return 0;
                }
                flag if flag.starts_with("--") => {
                    eprintln!("om-quote: unknown option {flag}\n{USAGE}");
                    return 2;
                }
                _ => files.push(arg),
            }
        }
        let Some(format) = format else {
            eprintln!("om-quote: export needs --format csv, xlsx or docx\n{USAGE}");
            return 2;
        };
        let [file] = files.as_slice() else {
            eprintln!("om-quote: export takes one quote file\n{USAGE}");
            return 2;
        };
        if out.is_none() && format != Format::Csv {
            eprintln!("om-quote: --out FILE is needed for {} (a binary file)\n{USAGE}", format.extension());
            return 2;
        }
        let Some(catalog) = embedded_catalog() else { return 1 };
        let session = match load(file) {
            Ok(loaded) => loaded.session,
            Err(reason) => {
                eprintln!("om-quote: {file}: refused: {reason}");
                return 1;
            }
        };
        let evaluation = evaluate(&catalog, &session.profile, &session.quote);
        let bytes = match export_evaluated(&catalog, &session, &evaluation, format, language, None) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("om-quote: {file}: {error}");
                return 1;
            }
        };
        let written = match &out {
            Some(path) => std::fs::write(path, &bytes).map_err(|e| format!("could not write {path}: {e}")),
            None => std::io::stdout().lock().write_all(&bytes).map_err(|e| format!("could not write the CSV: {e}")),
        };
        if let Err(reason) = written {
            eprintln!("om-quote: {reason}");
            return 1;
        }
        if strict && !evaluation.can_issue() {
            3
        } else {
            0
        }
    }

    /// `om-quote evaluate`: a JSON report per file.
    fn run_evaluate(args: impl Iterator<Item = String>) -> i32 {
        let (mut pretty, mut strict, mut files) = (false, false, Vec::new());
        for arg in args {
            match arg.as_str() {
                "--pretty" => pretty = true,
                "--strict" => strict = true,
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return 0;
                }
                flag if flag.starts_with("--") => {
                    eprintln!("om-quote: unknown option {flag}\n{USAGE}");
                    return 2;
                }
                _ => files.push(arg),
            }
        }
        if files.is_empty() {
            eprintln!("{USAGE}");
            return 2;
        }
        let Some(catalog) = embedded_catalog() else { return 1 };
        let mut status = 0;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        for file in files {
            let document = match load(&file) {
                Ok(loaded) => {
                    let report = QuoteReport::of(&catalog, &loaded);
                    if strict && !report.can_issue && status == 0 {
                        status = 3;
                    }
                    serde_json::json!({ "file": file, "report": report })
                }
                Err(reason) => {
                    eprintln!("om-quote: {file}: refused: {reason}");
                    status = 1;
                    serde_json::json!({ "file": file, "refused": reason })
                }
            };
            let text = if pretty { serde_json::to_string_pretty(&document) } else { serde_json::to_string(&document) };
            let written = match text {
                Ok(text) => writeln!(out, "{text}"),
                Err(error) => {
                    writeln!(out, "{{\"file\":{:?},\"refused\":\"could not write the report: {error}\"}}", file)
                }
            };
            if written.is_err() {
                return 1; // stdout closed: nothing more can be reported
            }
        }
        status
    }

    /// The catalog built into the program (a broken build says so and gets exit 1).
    fn embedded_catalog() -> Option<Catalog> {
        Catalog::embedded().map_err(|error| eprintln!("om-quote: the embedded catalog is invalid: {error}")).ok()
    }

    /// Reads a saved quote through the app's loader (bounds, unknown fields, upgrade).
    fn load(file: &str) -> Result<LoadedSession, String> {
        read(file).and_then(|bytes| {
            Session::from_saved_file(&bytes).map_err(|e| {
                om_configurator::present::refusals::session(om_configurator::present::text::Language::En.texts(), &e)
            })
        })
    }

    /// Reads a file (or stdin for `-`), at most one byte beyond the bound so that an
    /// oversized file is refused by the same check as in the app without reading it all.
    fn read(file: &str) -> Result<Vec<u8>, String> {
        let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX).saturating_add(1);
        let mut bytes = Vec::new();
        let result = if file == "-" {
            std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
        } else {
            std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
        };
        result.map_err(|error| format!("could not read the file ({error})"))?;
        if bytes.len() > MAX_FILE_BYTES {
            return Err(format!("the file is larger than the limit of {MAX_FILE_BYTES} bytes (1 MB)"));
        }
        Ok(bytes)
    }
}
