//! Support for the end-to-end tests: a static file server for a built bundle on 127.0.0.1, a
//! chromedriver started for the test, queries by role and accessible name that reach into
//! the widget's shadow root (run as scripts in the page, the way assistive technology sees it),
//! and trusted input (WebDriver Actions: mouse, touch, pen, wheel, keys).

mod browser;
mod input;
mod server;

pub use browser::{Browser, Found, Kind};
pub use input::{key, Device, Point};
pub use server::StaticServer;

use std::path::PathBuf;

/// The repository's root, from the directory cargo gives this package when running the test
/// (not when compiling it: a build cache shared between checkouts may run a binary compiled in
/// another checkout).
pub fn repository() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into())
        .join("../..")
}

/// The release build of the standalone page (`$PMAP_DIST`, else `dist/`).
pub fn dist() -> PathBuf {
    let dist = std::env::var("PMAP_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repository().join("dist"));
    assert!(
        dist.join("index.html").exists(),
        "{} has no release build: run `trunk build --release` first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// `www/` with the package built into it.
pub fn www() -> PathBuf {
    let www = repository().join("www");
    assert!(
        www.join("pkg/partnership-map.js").exists(),
        "{} has no package: run `scripts/package.sh www/pkg` first (scripts/test.sh does)",
        www.display()
    );
    www
}
