//! Pure view logic of the partnership map: the view state and its reducer, and functions that
//! derive what to draw from (graph, state): the scene (positioned nodes, merged lines, emphasis),
//! the details of a selected entity with direction-aware wording, wrapped labels, UI strings in
//! English and Chinese; filters and the timeline, neighbourhoods and shortest paths, search, and
//! the view in a URL fragment. No browser types: the Yew components only render these.

mod details;
mod filters;
mod labels;
mod paths;
mod scene;
mod search;
mod state;
mod strings;
pub mod url;

pub use details::{details, Details, Group, Item, Quote};
pub use filters::{relation_date, timeline, visible, Filters, Indexed, TypeSet, Visible};
pub use labels::{label_lines, label_size, short_name};
pub use paths::{neighbourhood, shortest_paths, Path};
pub use scene::{positions, Emphasis, Scene, SceneEdge, SceneNode};
pub use search::{search, Hit};
pub use state::{Action, Lang, ViewState};
pub use strings::{entity_type_name, relation_phrase, ui, Ui};
