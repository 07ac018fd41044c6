//! Text folding lives in pmap-graph (search in the widget uses the same rules); re-exported here.

pub use pmap_graph::text::{fold, Folded};
