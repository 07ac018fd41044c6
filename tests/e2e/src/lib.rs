//! Support for the end-to-end tests: a static file server for a built bundle on 127.0.0.1, a
//! chromedriver started for the test, and queries by role and accessible name that reach into
//! the widget's shadow root (run as scripts in the page, the way assistive technology sees it).

mod browser;
mod server;

pub use browser::{Browser, Found, Kind};
pub use server::StaticServer;
