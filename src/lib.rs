//! Partnership Map: a Yew widget that draws who works with whom in UNIDO's AIM Global news, every
//! line backed by a quoted sentence. The graph is extracted from `data/corpus/` at build time
//! (see build.rs) and embedded; the widget renders it inside a shadow root.
//!
//! Only [`embed`] talks to JavaScript (the `<partnership-map>` element, `mount`, events);
//! components render the pure state of `pmap-view`; [`dom`] holds the few browser calls they need.

mod app;
mod bundle;
mod components;
mod dom;
mod embed;
mod live_layout;
mod state;
mod style;

pub use embed::{define, mount, mount_bundled_with, mount_js, mount_json, MapHandle, Options};
