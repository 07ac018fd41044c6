//! The forces, each a pass over the nodes in index order (so results are reproducible).
//! Many-body and collision are O(n²) for now; a Barnes-Hut quadtree replaces them at scale.

use crate::Simulation;

/// A tiny deterministic offset for coincident nodes (d3 uses a random jiggle).
fn jiggle(i: usize, j: usize) -> f64 {
    (((i * 31 + j * 17) % 13) as f64 - 6.0) * 1e-6 + 1e-6
}

/// Springs pulling linked nodes towards `link_distance`, weaker on busy nodes (as d3-force).
pub(crate) fn links(sim: &mut Simulation, alpha: f64) {
    for k in 0..sim.links.len() {
        let (a, b) = sim.links[k];
        let strength = 1.0 / sim.degrees[a].min(sim.degrees[b]).max(1) as f64;
        let bias = sim.degrees[a] as f64 / (sim.degrees[a] + sim.degrees[b]) as f64;
        let mut dx =
            sim.positions[b][0] + sim.velocities[b][0] - sim.positions[a][0] - sim.velocities[a][0];
        let mut dy =
            sim.positions[b][1] + sim.velocities[b][1] - sim.positions[a][1] - sim.velocities[a][1];
        if dx == 0.0 && dy == 0.0 {
            dx = jiggle(a, b);
            dy = jiggle(b, a);
        }
        let len = (dx * dx + dy * dy).sqrt();
        let pull = (len - sim.config.link_distance) / len * alpha * strength;
        let (fx, fy) = (dx * pull, dy * pull);
        sim.velocities[b][0] -= fx * bias;
        sim.velocities[b][1] -= fy * bias;
        sim.velocities[a][0] += fx * (1.0 - bias);
        sim.velocities[a][1] += fy * (1.0 - bias);
    }
}

/// Every pair of nodes repels with a force falling off with distance.
pub(crate) fn many_body(sim: &mut Simulation, alpha: f64) {
    let n = sim.len();
    let charge = sim.config.charge;
    for i in 0..n {
        for j in (i + 1)..n {
            let mut dx = sim.positions[j][0] - sim.positions[i][0];
            let mut dy = sim.positions[j][1] - sim.positions[i][1];
            if dx == 0.0 && dy == 0.0 {
                dx = jiggle(i, j);
                dy = jiggle(j, i);
            }
            let d2 = (dx * dx + dy * dy).max(1.0);
            let push = charge * alpha / d2;
            sim.velocities[i][0] -= dx * push;
            sim.velocities[i][1] -= dy * push;
            sim.velocities[j][0] += dx * push;
            sim.velocities[j][1] += dy * push;
        }
    }
}

/// A weak pull towards the origin.
pub(crate) fn gravity(sim: &mut Simulation, alpha: f64) {
    let g = sim.config.gravity * alpha;
    for i in 0..sim.len() {
        sim.velocities[i][0] -= sim.positions[i][0] * g;
        sim.velocities[i][1] -= sim.positions[i][1] * g;
    }
}

/// Separates overlapping collision boxes along the axis where they overlap least.
pub(crate) fn collide(sim: &mut Simulation) {
    let n = sim.len();
    for i in 0..n {
        for j in (i + 1)..n {
            let [wi, hi] = sim.boxes[i];
            let [wj, hj] = sim.boxes[j];
            if (wi == 0.0 && hi == 0.0) || (wj == 0.0 && hj == 0.0) {
                continue;
            }
            let dx = sim.positions[j][0] - sim.positions[i][0];
            let dy = sim.positions[j][1] - sim.positions[i][1];
            let overlap_x = wi + wj - dx.abs();
            let overlap_y = hi + hj - dy.abs();
            if overlap_x <= 0.0 || overlap_y <= 0.0 {
                continue;
            }
            // Move the free ends apart, half each (all of it if the other is pinned).
            let (share_i, share_j) = match (sim.is_pinned(i), sim.is_pinned(j)) {
                (true, true) => continue,
                (true, false) => (0.0, 1.0),
                (false, true) => (1.0, 0.0),
                (false, false) => (0.5, 0.5),
            };
            if overlap_x < overlap_y {
                let s = if dx < 0.0 { -1.0 } else { 1.0 };
                sim.positions[i][0] -= s * overlap_x * share_i;
                sim.positions[j][0] += s * overlap_x * share_j;
            } else {
                let s = if dy < 0.0 { -1.0 } else { 1.0 };
                sim.positions[i][1] -= s * overlap_y * share_i;
                sim.positions[j][1] += s * overlap_y * share_j;
            }
        }
    }
}
