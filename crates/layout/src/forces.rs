//! The forces, each a pass over the nodes in index order (so results are reproducible).
//! Many-body and collision are exact (every pair) up to [`EXACT_MAX`] nodes; past it many-body
//! uses a Barnes–Hut quadtree and collision a grid of cells, both O(n log n).

use crate::quadtree::QuadTree;
use crate::Simulation;

/// Up to this many nodes every pair is visited: exact, and as fast as a tree at this size.
pub const EXACT_MAX: usize = 300;

/// Barnes–Hut's accuracy: a cell acts as one body when its side is below `THETA` × its distance
/// (d3-force's default, 0.9).
const THETA: f64 = 0.9;

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

/// Barnes–Hut: far groups of nodes act as one body at their centre of mass.
#[cfg(test)]
pub(crate) fn many_body_approximate(sim: &mut Simulation, alpha: f64) {
    let tree = QuadTree::new(&sim.positions);
    many_body_on(sim, &tree, sim.config.charge * alpha, 0..sim.len());
}

/// Barnes–Hut's repulsion on the nodes of `range`, from the tree over this tick's positions.
pub(crate) fn many_body_on(
    sim: &mut Simulation,
    tree: &QuadTree,
    strength: f64,
    range: std::ops::Range<usize>,
) {
    let mut stack = Vec::new();
    for i in range {
        let f = tree.force_on(
            &sim.positions,
            i,
            strength,
            THETA,
            |a, b| [jiggle(a, b), jiggle(b, a)],
            &mut stack,
        );
        sim.velocities[i][0] += f[0];
        sim.velocities[i][1] += f[1];
    }
}

/// Every pair of nodes repels with a force falling off with distance: every pair, in index order.
pub(crate) fn many_body_exact(sim: &mut Simulation, alpha: f64) {
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

/// A weak pull towards the origin (`flatten` times harder vertically).
pub(crate) fn gravity(sim: &mut Simulation, alpha: f64) {
    let g = sim.config.gravity * alpha;
    let gy = g * sim.config.flatten;
    for i in 0..sim.len() {
        sim.velocities[i][0] -= sim.positions[i][0] * g;
        sim.velocities[i][1] -= sim.positions[i][1] * gy;
    }
}

/// Separates overlapping collision boxes along the axis where they overlap least: every pair.
pub(crate) fn collide_exact(sim: &mut Simulation) {
    for i in 0..sim.len() {
        for j in (i + 1)..sim.len() {
            separate(sim, i, j);
        }
    }
}

/// Every node's grid cell in the collision pass.
type CellKey = (i64, i64);

/// Collision through a grid of cells as large as the largest box: only nodes in the same or a
/// neighbouring cell (as placed at the start of the pass) can overlap. Pairs are visited in the
/// same order as the exact pass, (i, j) with j ascending; a pass may be done a range of nodes at
/// a time.
#[derive(Debug, Clone)]
pub(crate) struct Grid {
    cells: Vec<CellKey>,
    /// Nodes sorted by (cell, index): a cell's nodes are one run, found by binary search.
    order: Vec<(CellKey, usize)>,
    near: Vec<usize>,
}

impl Grid {
    /// The grid over the current positions (`None` when no node has a box).
    pub(crate) fn new(sim: &Simulation) -> Option<Grid> {
        let (mut cw, mut ch) = (0.0f64, 0.0f64);
        for b in &sim.boxes {
            cw = cw.max(2.0 * b[0]);
            ch = ch.max(2.0 * b[1]);
        }
        if cw == 0.0 || ch == 0.0 {
            return None;
        }
        let cell_of = |p: [f64; 2]| -> CellKey {
            let c = |v: f64, size: f64| (v / size).floor().clamp(-1e15, 1e15) as i64;
            (c(p[0], cw), c(p[1], ch))
        };
        let cells: Vec<CellKey> = sim.positions.iter().map(|&p| cell_of(p)).collect();
        let mut order: Vec<(CellKey, usize)> = (0..sim.len())
            .filter(|&i| sim.boxes[i] != [0.0, 0.0])
            .map(|i| (cells[i], i))
            .collect();
        order.sort_unstable();
        Some(Grid {
            cells,
            order,
            near: Vec::new(),
        })
    }

    /// Separates the nodes of `range` from the later nodes near them.
    pub(crate) fn separate(&mut self, sim: &mut Simulation, range: std::ops::Range<usize>) {
        for i in range {
            if sim.boxes[i] == [0.0, 0.0] {
                continue;
            }
            let (cx, cy) = self.cells[i];
            self.near.clear();
            // Sorted by (x, y): the three cells of a column are one run.
            for gx in cx - 1..=cx + 1 {
                let start = self.order.partition_point(|&(c, _)| c < (gx, cy - 1));
                self.near.extend(
                    self.order[start..]
                        .iter()
                        .take_while(|&&(c, _)| c <= (gx, cy + 1))
                        .map(|&(_, j)| j)
                        .filter(|&j| j > i),
                );
            }
            self.near.sort_unstable();
            for &j in &self.near {
                separate(sim, i, j);
            }
        }
    }
}

/// The grid's whole pass at once.
#[cfg(test)]
pub(crate) fn collide_grid(sim: &mut Simulation) {
    if let Some(mut grid) = Grid::new(sim) {
        grid.separate(sim, 0..sim.len());
    }
}

/// Moves the boxes of `i` and `j` apart if they overlap.
fn separate(sim: &mut Simulation, i: usize, j: usize) {
    let [wi, hi] = sim.boxes[i];
    let [wj, hj] = sim.boxes[j];
    if (wi == 0.0 && hi == 0.0) || (wj == 0.0 && hj == 0.0) {
        return;
    }
    let dx = sim.positions[j][0] - sim.positions[i][0];
    let dy = sim.positions[j][1] - sim.positions[i][1];
    let overlap_x = wi + wj - dx.abs();
    let overlap_y = hi + hj - dy.abs();
    if overlap_x <= 0.0 || overlap_y <= 0.0 {
        return;
    }
    // Move the free ends apart, half each (all of it if the other is pinned).
    let (share_i, share_j) = match (sim.is_pinned(i), sim.is_pinned(j)) {
        (true, true) => return,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    /// A scattered cloud of `n` nodes (deterministic), boxes of label size.
    fn cloud(n: usize) -> Simulation {
        let links: Vec<(usize, usize)> = (1..n).map(|i| (i, (i * 7) % i)).collect();
        let mut sim = Simulation::new(n, &links, Config::default());
        for i in 0..n {
            let t = i as f64;
            sim.set_position(
                i,
                [(t * 37.0) % 2400.0 - 1200.0, (t * 53.0) % 1700.0 - 850.0],
            );
            sim.set_box(i, 20.0 + (i % 5) as f64 * 8.0, 14.0);
        }
        sim
    }

    #[test]
    fn barnes_hut_is_close_to_the_exact_repulsion() {
        let mut exact = cloud(800);
        let mut approx = exact.clone();
        many_body_exact(&mut exact, 1.0);
        many_body_approximate(&mut approx, 1.0);
        let (mut err, mut norm) = (0.0, 0.0);
        for (a, b) in exact.velocities.iter().zip(&approx.velocities) {
            err += (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2);
            norm += a[0].powi(2) + a[1].powi(2);
        }
        let relative = (err / norm).sqrt();
        assert!(relative < 0.05, "relative error {relative}");
    }

    fn overlaps(sim: &Simulation) -> usize {
        let mut count = 0;
        for i in 0..sim.len() {
            for j in (i + 1)..sim.len() {
                let (p, q) = (sim.positions[i], sim.positions[j]);
                let (a, b) = (sim.boxes[i], sim.boxes[j]);
                if (p[0] - q[0]).abs() < a[0] + b[0] - 1e-9
                    && (p[1] - q[1]).abs() < a[1] + b[1] - 1e-9
                {
                    count += 1;
                }
            }
        }
        count
    }

    #[test]
    fn the_grid_resolves_overlaps_as_well_as_every_pair() {
        let before = cloud(400);
        let mut exact = before.clone();
        let mut grid = before.clone();
        for _ in 0..3 {
            for i in 0..exact.len() {
                for j in (i + 1)..exact.len() {
                    separate(&mut exact, i, j);
                }
            }
            collide_grid(&mut grid);
        }
        let (b, e, g) = (overlaps(&before), overlaps(&exact), overlaps(&grid));
        assert!(b > 100, "the cloud starts crowded: {b}");
        assert!(e < b && g < b, "grid left {g} of {b}, every pair {e}");
        assert!(g <= e + e / 5 + 5, "grid left {g}, every pair {e}");
    }

    #[test]
    fn coincident_nodes_are_pushed_apart_by_the_tree() {
        let mut sim = Simulation::new(EXACT_MAX + 10, &[], Config::default());
        for i in 0..sim.len() {
            sim.set_position(i, [5.0, 5.0]);
        }
        many_body_approximate(&mut sim, 1.0);
        assert!(sim
            .velocities
            .iter()
            .all(|v| v[0].is_finite() && v[1].is_finite()));
        assert!(sim.velocities.iter().any(|v| v[0] != 0.0 || v[1] != 0.0));
    }
}
