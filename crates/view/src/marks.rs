//! A large map's marks as a few paths, one per look (type, faded or not): thousands of elements
//! are what makes a large drawing slow to build and redraw. The entities that need an element of
//! their own (the keyboard's, the selection, a path's) are left out and drawn one by one.

use pmap_graph::EntityType;

use crate::{glyph_at, Emphasis, Scene, SceneNode};

/// The marks of one look, as one path's data.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkBatch {
    pub kind: EntityType,
    pub faded: bool,
    pub d: String,
}

/// The marks of every entity but those `own` keeps apart, grouped by look: faded ones first
/// (drawn below), then by type; within a group, in scene order.
pub fn batch_marks(scene: &Scene, own: impl Fn(&SceneNode) -> bool) -> Vec<MarkBatch> {
    // A slot per look, in drawing order: (not faded, type).
    let types = EntityType::ALL.len();
    let mut slots: Vec<Option<MarkBatch>> = vec![None; 2 * types];
    for n in scene.nodes.iter().filter(|n| !own(n)) {
        let faded = n.emphasis == Emphasis::Faded;
        let slot = usize::from(!faded) * types + n.kind.index();
        let batch = slots[slot].get_or_insert_with(|| MarkBatch {
            kind: n.kind,
            faded,
            d: String::new(),
        });
        glyph_at(n.kind, [n.x, n.y], n.size, &mut batch.d);
    }
    slots.into_iter().flatten().collect()
}
