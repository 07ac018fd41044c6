//! Which line is under a point, by geometry: for maps whose lines are drawn as a few batched
//! paths (too many for one element each), where the browser cannot say which line was hit.

use crate::Scene;

/// The line nearest `at` (layout units) within `tolerance`, if any; the first such in scene
/// order when several are as near.
pub fn edge_at(scene: &Scene, at: [f64; 2], tolerance: f64) -> Option<usize> {
    let mut best: Option<(f64, usize)> = None;
    let t2 = tolerance * tolerance;
    for (i, e) in scene.edges.iter().enumerate() {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let d2 = segment_distance2(at, [a.x, a.y], [b.x, b.y]);
        if d2 <= t2 && best.is_none_or(|(d, _)| d2 < d) {
            best = Some((d2, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The entity whose mark is nearest `at` (layout units) and within its reach: its mark's
/// radius (`mark_radius` × its size) or `reach`, whichever is larger. The later in scene order
/// (drawn on top) when two are as near.
pub fn node_at(scene: &Scene, at: [f64; 2], mark_radius: f64, reach: f64) -> Option<usize> {
    let mut best: Option<(f64, usize)> = None;
    for (i, n) in scene.nodes.iter().enumerate() {
        let r = reach.max(mark_radius * n.size);
        let (dx, dy) = (n.x - at[0], n.y - at[1]);
        let d2 = dx * dx + dy * dy;
        if d2 <= r * r && best.is_none_or(|(d, _)| d2 <= d) {
            best = Some((d2, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Squared distance from `p` to the segment `a`–`b`.
fn segment_distance2(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (x, y) = (a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
    x * x + y * y
}

#[cfg(test)]
mod tests {
    use super::segment_distance2;

    #[test]
    fn distance_to_a_segment_uses_its_ends_beyond_them() {
        assert_eq!(segment_distance2([5.0, 3.0], [0.0, 0.0], [10.0, 0.0]), 9.0);
        assert_eq!(
            segment_distance2([-3.0, 4.0], [0.0, 0.0], [10.0, 0.0]),
            25.0
        );
        assert_eq!(segment_distance2([1.0, 1.0], [2.0, 2.0], [2.0, 2.0]), 2.0);
    }
}
