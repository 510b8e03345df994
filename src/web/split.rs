//! Split points: code the page does not need at start, cut into chunks of their own by the
//! build (`scripts/split-wasm`) and fetched the first time it is needed (README
//! "Performance"). [`split_point!`] writes one: with the `split` feature (Trunk's build) a
//! `wasm_split` function whose body, and all the code only it reaches, goes to the chunk
//! named; without it (native builds, the component tests) a plain `async fn` with the same
//! signature. Either way a chunk that cannot arrive is an `Err`, never a panic.

pub use leptos::wasm_split::SplitLoaderError;

/// Declares `async fn $name() -> Result<$type, SplitLoaderError>` returning `$value`,
/// whose code is the chunk `$chunk` in the split build.
#[macro_export]
macro_rules! split_point {
    ($(#[$doc:meta])* $vis:vis $name:ident in $chunk:ident -> $type:ty { $value:expr }) => {
        #[cfg(feature = "split")]
        $(#[$doc])*
        #[::leptos::wasm_split::wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        $vis fn $name() -> Result<$type, $crate::web::split::SplitLoaderError> {
            Ok($value)
        }

        #[cfg(not(feature = "split"))]
        $(#[$doc])*
        $vis async fn $name() -> Result<$type, $crate::web::split::SplitLoaderError> {
            Ok($value)
        }
    };
}
