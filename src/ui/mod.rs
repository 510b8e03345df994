//! Components, one per file, named for what the user sees.

pub mod boq_table;
pub mod catalog_browser;
pub mod charts;
pub mod export;
pub mod fields;
pub mod file_exports;
pub mod findings_panel;
pub mod fix_button;
pub mod history_controls;
pub mod item_detail;
pub mod mode_switch;
pub mod notice;
pub mod offering_detail;
pub mod platform_sizing;
pub mod price_book;
pub mod print_document;
pub mod profile_extras;
pub mod profile_form;
pub mod proposal;
pub mod quote_lines;
pub mod quote_shelf;
pub mod quote_summary;
pub mod share_link;
pub mod suggestions;
pub mod update_banner;
