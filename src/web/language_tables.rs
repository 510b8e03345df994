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

/// The split points: each function's body, and the table it names, go to a chunk of its
/// own. A chunk that cannot be fetched is an `Err`, never a panic (`fallible`).
#[cfg(feature = "split")]
mod chunks {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use crate::present::text::{id, zh, Texts};

    /// The Chinese table.
    #[wasm_split(chinese, fallible, wasm_split_path = ::leptos::wasm_split)]
    pub fn chinese() -> Result<&'static Texts, SplitLoaderError> {
        Ok(&zh::ZH)
    }

    /// The Indonesian table.
    #[wasm_split(indonesian, fallible, wasm_split_path = ::leptos::wasm_split)]
    pub fn indonesian() -> Result<&'static Texts, SplitLoaderError> {
        Ok(&id::ID)
    }
}

/// Without the `split` feature (the component tests) every table is in the module and
/// `load` never gets here; these answer the same way.
#[cfg(not(feature = "split"))]
mod chunks {
    use crate::present::text::{id, zh, Texts};

    /// The Chinese table.
    pub async fn chinese() -> Result<&'static Texts, ()> {
        Ok(&zh::ZH)
    }

    /// The Indonesian table.
    pub async fn indonesian() -> Result<&'static Texts, ()> {
        Ok(&id::ID)
    }
}
