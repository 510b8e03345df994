//! The product logic, pure Rust: catalog, customer profile, quote, rules, BOQ and money,
//! suggestions. Nothing here touches the browser, so all of it is tested natively.

pub mod boq;
pub mod bounds;
pub mod calendar;
pub mod catalog;
pub mod compare;
pub mod fasthash;
pub mod finding_key;
pub mod library;
pub mod lines;
pub mod link_codec;
pub mod money;
pub mod options;
pub mod order;
pub mod price_book;
pub mod profile;
pub mod quote;
pub mod revisions;
pub mod rules;
pub mod saved_package;
pub mod session;
pub mod share_link;
pub mod suggest;
