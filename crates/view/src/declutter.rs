//! Labels that stay legible: drawn `scale` times their layout size (so that they keep their size
//! on screen when the whole map is fitted into a small box), and only where they do not cover a
//! label already placed. Placed in order of importance, like sigma's label grid: the focus and
//! the selection, entities on a drawn path, the focus's neighbours, then the most related.

use crate::labels::label_size;
use crate::{Emphasis, Scene};

/// Per scene node: whether its label is drawn at `scale` (1 = layout size, which never overlaps).
pub fn placed_labels(scene: &Scene, scale: f64) -> Vec<bool> {
    let n = scene.nodes.len();
    let mut degree = vec![0usize; n];
    for e in &scene.edges {
        degree[e.from] += e.count;
        degree[e.to] += e.count;
    }
    let rank = |i: usize| {
        let node = &scene.nodes[i];
        let tier = if node.selected || node.emphasis == Emphasis::Focus {
            0
        } else if node.on_path {
            1
        } else if node.emphasis == Emphasis::Neighbour {
            2
        } else if node.emphasis == Emphasis::Faded {
            4
        } else {
            3
        };
        (tier, std::cmp::Reverse(degree[i]), i)
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| rank(i));
    let scale = if scale.is_finite() {
        scale.max(1.0)
    } else {
        1.0
    };
    let mut placed: Vec<[f64; 4]> = Vec::new();
    let mut shown = vec![false; n];
    for i in order {
        let node = &scene.nodes[i];
        let (w, h) = label_size(&node.label);
        let (w, h) = (w * scale, h * scale);
        // The label hangs right below the mark (`label_top`), centred.
        let top = label_top(node);
        let b = [node.x - w / 2.0, top, node.x + w / 2.0, top + h];
        // Labels give way to labels only: a label crossing a glyph stays legible (it has a halo),
        // and treating glyphs as obstacles hid the labels of the best-connected entities.
        let overlaps = placed
            .iter()
            .any(|p| b[0] < p[2] && p[0] < b[2] && b[1] < p[3] && p[1] < b[3]);
        if !overlaps || scale <= 1.0 {
            placed.push(b);
            shown[i] = true;
        }
    }
    shown
}

/// Where (layout units) the top of an entity's label is: just under its mark, whatever the
/// mark's size, so that a label is never read as its neighbour's.
pub fn label_top(node: &crate::SceneNode) -> f64 {
    node.y + 11.0 * node.size + 2.0
}
