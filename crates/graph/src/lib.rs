//! The partnership map's data model: the v1 JSON format (the only serde types of the project),
//! the entity and relation vocabulary, and validation that names each problem by its JSON path.
//!
//! Also the text folding that name matching and search share ([`text`]), and the tidying of data
//! from outside before it is shown ([`tidy`]).
//!
//! Nothing here knows about articles, layout or the browser.

mod model;
pub mod text;
pub mod tidy;
mod validate;
mod vocabulary;

pub use model::{
    Document, Entity, EntityIndex, Evidence, Graph, IdHasher, Layout, Names, Relation,
    FORMAT_VERSION,
};
pub use validate::{validate, Problem};
pub use vocabulary::{EntityType, RelationType};
