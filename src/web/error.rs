//! What can go wrong in the browser, as data. Every adapter in `web` returns one of these;
//! the message catalog words them (`screen.web_error`, `screen.storage_error`), so a
//! reason reads the same wherever it shows. Compiled natively too, so the tables that word
//! them are checked by the native tests.

/// Why storage did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no storage here (private mode, disabled, sandboxed).
    Unavailable,
    /// The storage quota is full.
    Full,
}

/// Why a browser call did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WebError {
    /// No window or document (not a page).
    NoPage,
    /// The browser refused to make a file for download.
    DownloadRefused {
        /// The file's name.
        file: String,
    },
    /// A picked file is over the bound (catalog-rules §8.13).
    FileTooLarge {
        /// The file's name.
        file: String,
        /// The bound in bytes.
        max_bytes: u64,
    },
    /// A picked file could not be read as text.
    FileUnreadable {
        /// The file's name.
        file: String,
    },
    /// The browser refused to print.
    PrintRefused,
    /// The browser refused the offline service worker.
    OfflineRefused,
    /// The offline service worker is not registered (or the browser has none).
    OfflineMissing,
    /// The browser refused to reload.
    ReloadRefused,
    /// The new version could not be asked to take over.
    UpdateRefused,
    /// This build has no export worker (a debug build).
    NoExportWorker,
    /// The export worker could not be started or loaded.
    ExportToolsUnavailable,
    /// The export worker reported a problem (worded by the worker, in the request's
    /// language).
    Export(String),
    /// The clipboard refused the text.
    CopyRefused,
}
