//! The widget's components, one per file. They render `pmap-view` state and dispatch actions;
//! they hold no logic of their own.

mod details_panel;
mod entity_glyph;
mod legend;
mod map_view;
mod notices;
mod toolbar;

pub use details_panel::DetailsPanel;
pub use entity_glyph::EntityGlyph;
pub use legend::Legend;
pub use map_view::MapView;
pub use notices::Notices;
pub use toolbar::Toolbar;
