//! A Barnes–Hut quadtree for many-body repulsion in O(n log n): cells far enough from a node,
//! relative to their size, act on it as one body at their centre of mass.
//!
//! Built afresh each tick by inserting nodes in index order into a flat arena (no pointers, no
//! randomness), so the same positions always give the same tree and the same forces.

/// No child (cell 0 is the root, never anyone's child).
const NONE: u32 = 0;
/// Below this size a cell is not split further: nodes this close share a leaf.
const MIN_SIZE: f64 = 1e-6;

#[derive(Debug, Clone)]
struct Cell {
    /// The cell's square: top-left corner and side.
    x0: f64,
    y0: f64,
    size: f64,
    /// Number of nodes inside and the sum of their positions (centre of mass = sum / count).
    count: u32,
    sum_x: f64,
    sum_y: f64,
    /// Children by quadrant (NONE: empty); a leaf has none and lists its nodes.
    children: [u32; 4],
    /// A leaf's first node (`u32::MAX`: none); the rest follow through `QuadTree::next`.
    first: u32,
}

impl Cell {
    fn new(x0: f64, y0: f64, size: f64) -> Cell {
        Cell {
            x0,
            y0,
            size,
            count: 0,
            sum_x: 0.0,
            sum_y: 0.0,
            children: [NONE; 4],
            first: u32::MAX,
        }
    }

    fn is_leaf(&self) -> bool {
        // (Not `== [NONE; 4]`: at opt-level "z" that is a call to `memcmp`, measured as a fifth
        // of a tick in the browser.)
        let [a, b, c, d] = self.children;
        a | b | c | d == NONE
    }
}

/// The tree over one tick's positions (given again to [`QuadTree::force_on`]: they do not move
/// while the forces are summed, which may take several slices of time).
#[derive(Debug, Clone)]
pub(crate) struct QuadTree {
    cells: Vec<Cell>,
    /// For each node, the next node in the same leaf (`u32::MAX`: last).
    next: Vec<u32>,
}

impl QuadTree {
    pub(crate) fn new(positions: &[[f64; 2]]) -> QuadTree {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in positions {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let size = (x1 - x0).max(y1 - y0).max(1.0) * (1.0 + 1e-9);
        let mut tree = QuadTree {
            cells: Vec::with_capacity(positions.len() * 2 + 1),
            next: vec![u32::MAX; positions.len()],
        };
        tree.cells.push(Cell::new(x0, y0, size));
        for i in 0..positions.len() {
            if positions[i][0].is_finite() && positions[i][1].is_finite() {
                tree.insert(positions, i);
            }
        }
        tree
    }

    fn quadrant(cell: &Cell, p: [f64; 2]) -> (usize, f64, f64) {
        let half = cell.size / 2.0;
        let right = p[0] >= cell.x0 + half;
        let below = p[1] >= cell.y0 + half;
        let q = usize::from(right) + 2 * usize::from(below);
        let x0 = if right { cell.x0 + half } else { cell.x0 };
        let y0 = if below { cell.y0 + half } else { cell.y0 };
        (q, x0, y0)
    }

    fn insert(&mut self, positions: &[[f64; 2]], i: usize) {
        let p = positions[i];
        let mut at = 0usize;
        loop {
            let cell = &mut self.cells[at];
            cell.count += 1;
            cell.sum_x += p[0];
            cell.sum_y += p[1];
            if cell.is_leaf() {
                if cell.first == u32::MAX || cell.size < MIN_SIZE {
                    // Empty leaf, or too small to split: the node joins it.
                    self.next[i] = cell.first;
                    cell.first = i as u32;
                    return;
                }
                // Split: the leaf's nodes move one level down, then `i` goes on from here.
                let mut j = std::mem::replace(&mut cell.first, u32::MAX);
                while j != u32::MAX {
                    let after = self.next[j as usize];
                    self.push_down(at, j as usize, positions[j as usize]);
                    j = after;
                }
            }
            at = self.child(at, p);
        }
    }

    /// Puts node `j` (already counted in `at`) into the right child of `at`, as a leaf node.
    fn push_down(&mut self, at: usize, j: usize, p: [f64; 2]) {
        let c = self.child(at, p);
        let cell = &mut self.cells[c];
        cell.count += 1;
        cell.sum_x += p[0];
        cell.sum_y += p[1];
        self.next[j] = cell.first;
        cell.first = j as u32;
    }

    /// The child of `at` whose quadrant holds `p`, created if missing.
    fn child(&mut self, at: usize, p: [f64; 2]) -> usize {
        let (q, x0, y0) = Self::quadrant(&self.cells[at], p);
        let existing = self.cells[at].children[q];
        if existing != NONE {
            return existing as usize;
        }
        let size = self.cells[at].size / 2.0;
        self.cells.push(Cell::new(x0, y0, size));
        let id = (self.cells.len() - 1) as u32;
        self.cells[at].children[q] = id;
        id as usize
    }

    /// The repulsion on node `i` from every other node, as a velocity change: `strength` / d²
    /// along the line between them (d² at least 1), cells seen under an angle below `theta` taken
    /// as one body. `jiggle` separates coincident nodes.
    pub(crate) fn force_on(
        &self,
        positions: &[[f64; 2]],
        i: usize,
        strength: f64,
        theta: f64,
        jiggle: impl Fn(usize, usize) -> [f64; 2],
        stack: &mut Vec<u32>,
    ) -> [f64; 2] {
        let p = positions[i];
        let theta2 = theta * theta;
        let (mut fx, mut fy) = (0.0, 0.0);
        stack.clear();
        stack.push(0);
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c as usize];
            if cell.count == 0 {
                continue;
            }
            if cell.is_leaf() {
                let mut j = cell.first;
                while j != u32::MAX {
                    let ju = j as usize;
                    if ju != i {
                        let q = positions[ju];
                        let (mut dx, mut dy) = (q[0] - p[0], q[1] - p[1]);
                        if dx == 0.0 && dy == 0.0 {
                            [dx, dy] = jiggle(i, ju);
                        }
                        let push = strength / (dx * dx + dy * dy).max(1.0);
                        fx -= dx * push;
                        fy -= dy * push;
                    }
                    j = self.next[ju];
                }
                continue;
            }
            let count = cell.count as f64;
            let (dx, dy) = (cell.sum_x / count - p[0], cell.sum_y / count - p[1]);
            let d2 = dx * dx + dy * dy;
            let inside = p[0] >= cell.x0
                && p[0] < cell.x0 + cell.size
                && p[1] >= cell.y0
                && p[1] < cell.y0 + cell.size;
            if !inside && cell.size * cell.size < theta2 * d2 {
                let push = strength * count / d2.max(1.0);
                fx -= dx * push;
                fy -= dy * push;
            } else {
                // Children in reverse so that they are visited in quadrant order.
                for &child in cell.children.iter().rev() {
                    if child != NONE {
                        stack.push(child);
                    }
                }
            }
        }
        [fx, fy]
    }
}
