//! Pure view logic of the partnership map: the view state and its reducer, and functions that
//! derive what to draw from (graph, state): the scene (positioned nodes, merged lines, emphasis),
//! the details of a selected entity with direction-aware wording, wrapped labels, UI strings in
//! English and Chinese; filters and the timeline, neighbourhoods and shortest paths, search, and
//! the view in a URL fragment; pan and zoom, pointer gestures, keyboard steps, the
//! article reader, and exports (CSV, GEXF, SVG). No browser types: the Yew components only render these.

mod arrange;
pub mod config;
mod declutter;
mod details;
pub mod export;
mod filters;
mod gesture;
mod glyph;
mod hit;
mod labels;
mod list;
mod marks;
mod navigate;
mod paths;
pub mod reader;
mod scene;
mod search;
mod state;
mod strings;
pub mod url;
mod viewport;

pub use arrange::{drag, positions, LiveLayout};
pub use config::Theme;
pub use declutter::{label_top, placed_labels, Anchor, LabelSpot};
pub use details::{details, path_steps, Details, Group, Item, Quote, Step};
pub use filters::{
    relation_date, shown_counts, timeline, visible, Filters, Indexed, Shown, TypeSet, Visible,
};
pub use gesture::{Gestures, Outcome, PointerKind, Target};
pub use glyph::{glyph_at, glyph_path};
pub use hit::{edge_at, node_at};
pub use labels::{label_lines, label_size, short_name, short_title};
pub use list::{list, ListEntry};
pub use marks::{batch_marks, MarkBatch};
pub use navigate::{step, Direction};
pub use paths::{neighbourhood, shortest_paths, Path};
pub use scene::{Emphasis, Scene, SceneEdge, SceneNode};
pub use search::{search, Hit};
pub use state::{Action, Lang, ViewState};
pub use strings::{caption, entity_type_name, relation_phrase, shown_summary, ui, Ui};
pub use viewport::{Viewport, ZOOM_STEP};
