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
