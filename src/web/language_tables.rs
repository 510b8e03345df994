//! Fetching the words of a language: in the page built with the `split` feature, the
//! Chinese and Indonesian tables are split out of the page's wasm into chunks of their own
//! (`scripts/split-wasm`), fetched the first time the language is chosen, or at start when
//! it is the language to start in, and kept for offline use by the service worker. The
//! cold load of a page in English holds neither table (README "Languages").

use crate::present::text::installed;
use crate::present::text::Language;

/// A language's chunk could not be fetched (the browser is offline and has not kept it);
/// nothing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableUnavailable;

/// Makes the table of `language` ready: at once when it is in the page already, else once
/// its chunk has arrived.
pub async fn load(language: Language) -> Result<(), TableUnavailable> {
    if language.is_ready() {
        return Ok(());
    }
    let table = match language {
        Language::En => return Ok(()),
        Language::ZhCn => chunks::chinese().await,
        Language::Id => chunks::indonesian().await,
    };
    let table = table.map_err(|_| TableUnavailable)?;
    installed::install(language, table);
    Ok(())
}

mod chunks {
    use crate::present::text::{id, zh, Texts};

    crate::split_point! {
        /// The Chinese table, in the chunk `chinese`.
        pub(super) chinese in chinese -> &'static Texts { &zh::ZH }
    }

    crate::split_point! {
        /// The Indonesian table, in the chunk `indonesian`.
        pub(super) indonesian in indonesian -> &'static Texts { &id::ID }
    }
}
