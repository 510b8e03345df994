//! The quotes kept in the browser: new, duplicate (add), rename, delete with undo.

use om_configurator::domain::library::{QuoteId, QuoteLibrary, RenameError};

const UNTITLED: &str = "Untitled quote";

fn names(library: &QuoteLibrary) -> Vec<&str> {
    library.quotes.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn a_new_library_holds_one_open_quote() {
    let library = QuoteLibrary::with_first(UNTITLED);
    assert_eq!(names(&library), [UNTITLED]);
    assert_eq!(library.current_entry().map(|e| e.name.as_str()), Some(UNTITLED));
}

#[test]
fn new_quotes_open_after_the_current_one_with_unique_names() {
    let mut library = QuoteLibrary::with_first("ACME");
    let second = library.add("ACME");
    assert_eq!(names(&library), ["ACME", "ACME (2)"]);
    assert_eq!(library.current, second);
    library.current = QuoteId("q1".into());
    library.add("ACME");
    assert_eq!(names(&library), ["ACME", "ACME (3)", "ACME (2)"]);
}

#[test]
fn rename_trims_and_refuses_empty_or_too_long_names() {
    let mut library = QuoteLibrary::with_first(UNTITLED);
    let id = library.current.clone();
    assert_eq!(library.rename(&id, "  Q4 renewal  "), Ok(()));
    assert_eq!(names(&library), ["Q4 renewal"]);
    assert_eq!(library.rename(&id, "   "), Err(RenameError::Empty));
    assert!(matches!(library.rename(&id, &"x".repeat(501)), Err(RenameError::TooLong(_))));
    assert_eq!(library.rename(&QuoteId("q99".into()), "x"), Err(RenameError::NoSuchQuote));
    assert_eq!(names(&library), ["Q4 renewal"], "a refused name leaves the old one");
}

#[test]
fn delete_opens_a_neighbour_and_undo_puts_it_back_where_it_was() {
    let mut library = QuoteLibrary::with_first("A");
    library.add("B");
    library.add("C");
    let b = library.quotes[1].id.clone();
    library.current = b.clone();
    let removed = library.remove(&b).expect("removed");
    assert_eq!(names(&library), ["A", "C"]);
    assert_eq!(library.current_entry().map(|e| e.name.as_str()), Some("C"));
    library.restore(removed.clone());
    assert_eq!(names(&library), ["A", "B", "C"]);
    assert_eq!(library.current, b);
    library.restore(removed);
    assert_eq!(names(&library), ["A", "B", "C"], "restoring twice changes nothing");
    // Ids are never reused.
    let d = library.add("D");
    assert_eq!(d, QuoteId("q4".into()));
}

#[test]
fn the_last_quote_cannot_be_deleted() {
    let mut library = QuoteLibrary::with_first(UNTITLED);
    let id = library.current.clone();
    assert!(library.remove(&id).is_none());
    assert_eq!(library.quotes.len(), 1);
}

#[test]
fn a_stored_index_round_trips_and_a_damaged_one_is_refused() {
    let mut library = QuoteLibrary::with_first("A");
    library.add("B");
    assert_eq!(QuoteLibrary::from_json(&library.to_json()), Ok(library));
    for bad in [
        "",
        "{}",
        r#"{"quotes":[],"current":"q1","next":2}"#,
        r#"{"quotes":[{"id":"q1","name":"A"}],"current":"q7","next":2}"#,
    ] {
        assert!(QuoteLibrary::from_json(bad).is_err(), "{bad}");
    }
}
