//! The widget's components, one per file. They render `pmap-view` state and dispatch actions;
//! they hold no logic of their own beyond pointer gestures.

mod details_panel;
mod entity_glyph;
mod export_menu;
mod filter_bar;
mod list_view;
mod map_layers;
mod map_motion;
mod map_view;
mod notices;
mod reader;
mod search_box;
mod timeline;
mod toolbar;

pub use details_panel::DetailsPanel;
pub use entity_glyph::EntityGlyph;
pub use export_menu::ExportMenu;
pub use filter_bar::FilterBar;
pub use list_view::ListView;
pub use map_view::MapView;
pub use notices::Notices;
pub use reader::Reader;
pub use search_box::SearchBox;
pub use timeline::Timeline;
pub use toolbar::Toolbar;
