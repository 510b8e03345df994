//! The tables of the languages other than English, as the page has them.
//!
//! In the page built with the `split` feature (Trunk's build), the Chinese and Indonesian
//! tables are not in the page's wasm: each is its own chunk, fetched when the language is
//! first chosen (`web::language_tables`) and installed here; until then
//! [`Language::texts`](super::Language::texts) answers in English. Every other build
//! (native, the component tests) holds every table from the start.

#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
mod compiled {
    use super::super::{id, zh, Language, Texts};

    /// The table of `language` (every table is compiled in).
    pub fn table(language: Language) -> Option<&'static Texts> {
        match language {
            Language::En => None,
            Language::ZhCn => Some(&zh::ZH),
            Language::Id => Some(&id::ID),
        }
    }

    /// Nothing to install: every table is compiled in.
    pub fn install(_language: Language, _texts: &'static Texts) {}

    /// Nothing to install: every table is compiled in.
    pub fn install_all() {}
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod loaded {
    use std::sync::OnceLock;

    use super::super::{id, zh, Language, Texts};

    static CHINESE: OnceLock<&'static Texts> = OnceLock::new();
    static INDONESIAN: OnceLock<&'static Texts> = OnceLock::new();

    /// The table of `language`, once installed.
    pub fn table(language: Language) -> Option<&'static Texts> {
        match language {
            Language::En => None,
            Language::ZhCn => CHINESE.get().copied(),
            Language::Id => INDONESIAN.get().copied(),
        }
    }

    /// Installs the table of `language`, fetched with its chunk (a second install of the
    /// same language is the same table and changes nothing).
    pub fn install(language: Language, texts: &'static Texts) {
        let _ = match language {
            Language::En => Ok(()),
            Language::ZhCn => CHINESE.set(texts),
            Language::Id => INDONESIAN.set(texts),
        };
    }

    /// Installs every table from this module's own code: for the export worker, which is
    /// fetched on the first export only and writes documents in any language.
    pub fn install_all() {
        install(Language::ZhCn, &zh::ZH);
        install(Language::Id, &id::ID);
    }
}

#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
pub use compiled::*;
#[cfg(all(target_arch = "wasm32", feature = "split"))]
pub use loaded::*;
