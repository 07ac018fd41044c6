//! Pure view logic of the partnership map: the view state and its reducer, and functions that
//! derive what to draw from (graph, state): the scene (positioned nodes, merged lines, emphasis),
//! the details of a selected entity with direction-aware wording, wrapped labels, UI strings in
//! English and Chinese. No browser types: the Yew components only render these.

mod details;
mod labels;
mod scene;
mod state;
mod strings;

pub use details::{details, Details, Group, Item, Quote};
pub use labels::{label_lines, label_size, short_name};
pub use scene::{positions, Emphasis, Scene, SceneEdge, SceneNode};
pub use state::{Action, Lang, ViewState};
pub use strings::{entity_type_name, relation_phrase, ui, Ui};
