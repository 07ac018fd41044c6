//! Labels that stay legible: drawn `scale` times their layout size (so that they keep their size
//! on screen when the whole map is fitted into a small box), and only where they do not cover a
//! label already placed — under its mark, else over or beside it. Placed in order of importance,
//! like sigma's label grid: the focus and the selection, entities on a drawn path, the focus's
//! neighbours, then the rest — within each, the hubs (the principal actors) first, then the most
//! related.

use crate::labels::label_size;
use crate::{Emphasis, Scene};

/// Per scene node: where its label is drawn at `scale` (1 = layout size, which never overlaps),
/// `None` where it gives way. A label hangs right under its mark; where that covers a label
/// already placed it sits right over its mark, else beside it (right, then left) — never where it
/// would read as another mark's (nearer another mark's centre than its own), nor outside the box
/// the map is fitted to. Where each label goes is decided at rest (hubs first, then the most
/// related), so that hovering and selecting never move a label: they only decide, in their order,
/// which labels show.
pub fn placed_labels(scene: &Scene, scale: f64) -> Vec<Option<LabelSpot>> {
    place_labels(scene, scale, true)
}

/// [`placed_labels`]; `once`: when nothing stands out, the places at rest are the answer (the
/// second pass is skipped: it would give the same).
fn place_labels(scene: &Scene, scale: f64, once: bool) -> Vec<Option<LabelSpot>> {
    let n = scene.nodes.len();
    let mut degree = vec![0usize; n];
    for e in &scene.edges {
        degree[e.from] += e.count;
        degree[e.to] += e.count;
    }
    let scale = if scale.is_finite() {
        scale.max(1.0)
    } else {
        1.0
    };
    let placer = Placer::new(scene, scale);
    let mut placed = Placed::new(scene.view_box, scale);
    // Sort keys: the tier, hubs first, the most related first, then the index.
    let key = |tier: u64, i: usize| {
        let degree = 0xF_FFFF - degree[i].min(0xF_FFFF) as u64;
        tier << 61 | u64::from(!scene.nodes[i].hub) << 60 | degree << 32 | i as u64
    };
    let tier = |i: usize| {
        let node = &scene.nodes[i];
        if node.selected || node.emphasis == Emphasis::Focus {
            0
        } else if node.on_path {
            1
        } else if node.emphasis == Emphasis::Neighbour {
            2
        } else if node.emphasis == Emphasis::Faded {
            4
        } else {
            3
        }
    };
    let mut order: Vec<usize> = (0..n).collect();
    let keys: Vec<u64> = (0..n).map(|i| key(0, i)).collect();
    sort_by_keys(&mut order, &keys);
    // At rest: every label's place.
    let rest: Vec<Option<Spot>> = {
        let mut rest = vec![None; n];
        for &i in &order {
            rest[i] = placer.place(i, None, &mut placed);
        }
        rest
    };
    // Nothing stands out (no focus, selection or path: a map at rest, or settling): the labels
    // that show are those placed at rest, where they are — placing them again in the same order
    // would give the same (a large map's redraws while it settles pay this once, not twice).
    if once && (0..n).all(|i| tier(i) == 3) {
        return (0..n)
            .map(|i| rest[i].map(|spot| placer.label_spot(i, spot)))
            .collect();
    }
    // In the order of emphasis: which labels show, each where it goes at rest (under its mark
    // when it has no place at rest).
    let keys: Vec<u64> = (0..n).map(|i| key(tier(i), i)).collect();
    sort_by_keys(&mut order, &keys);
    placed = Placed::new(scene.view_box, scale);
    let mut at = vec![None; n];
    for i in order {
        let spot = placer.place(i, Some(rest[i].unwrap_or(Spot::Below)), &mut placed);
        at[i] = spot.map(|spot| placer.label_spot(i, spot));
    }
    at
}

/// Sorts indices by their keys (one sort in the wasm for the three orders here).
fn sort_by_keys(indices: &mut [usize], keys: &[u64]) {
    indices.sort_unstable_by_key(|&i| keys[i]);
}

/// A label's place around its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spot {
    Below,
    Above,
    Right,
    Left,
}

/// What placing labels needs to know of a scene at a scale.
struct Placer<'a> {
    scene: &'a Scene,
    scale: f64,
    /// The marks' centres in a grid, to find those near a label.
    centres: Centres,
}

impl<'a> Placer<'a> {
    fn new(scene: &'a Scene, scale: f64) -> Placer<'a> {
        let centres = Centres::new(scene.nodes.iter().map(|node| [node.x, node.y]));
        Placer {
            scene,
            scale,
            centres,
        }
    }

    /// The label's size at this scale (a hub's is bold: wider).
    fn size(&self, i: usize) -> (f64, f64) {
        let node = &self.scene.nodes[i];
        let (w, h) = label_size(&node.label);
        let bold = if node.hub { 1.1 } else { 1.0 };
        (w * self.scale * bold, h * self.scale)
    }

    /// The box (min x, min y, max x, max y) of node `i`'s label at `spot`, as estimated.
    fn bounds(&self, i: usize, spot: Spot) -> [f64; 4] {
        let node = &self.scene.nodes[i];
        let (w, h) = self.size(i);
        let reach = MARK_REACH * node.size;
        let [x, top] = match spot {
            Spot::Below => [node.x, label_top(node)],
            Spot::Above => [node.x, node.y - reach - 2.0 - h],
            Spot::Right => [node.x + reach + 1.0 + w / 2.0, node.y - h / 2.0],
            Spot::Left => [node.x - reach - 1.0 - w / 2.0, node.y - h / 2.0],
        };
        [x - w / 2.0, top, x + w / 2.0, top + h]
    }

    /// Where node `i`'s label goes — `only` that spot, or the first good one —, given the labels
    /// `placed`; pushes its box there.
    fn place(&self, i: usize, only: Option<Spot>, placed: &mut Placed) -> Option<Spot> {
        let node = &self.scene.nodes[i];
        let spot = if self.scale <= 1.0 {
            Some(Spot::Below)
        } else {
            let all = [Spot::Below, Spot::Above, Spot::Right, Spot::Left];
            let one = only.map(|spot| [spot]);
            let spots: &[Spot] = match &one {
                Some(one) => one,
                None => &all,
            };
            // Where it covers no other mark; a hub's label, where it is only clear of labels
            // (the marks are drawn over the labels, so a covered mark stays in sight).
            let good = |spot: Spot, strict: bool| self.good(i, spot, strict, placed);
            spots
                .iter()
                .copied()
                .find(|&s| good(s, true))
                .or_else(|| {
                    node.hub
                        .then(|| spots.iter().copied().find(|&s| good(s, false)))
                        .flatten()
                })
                // The selection and the focus always keep their labels — when labels are shown
                // (`only`), never while where they go is decided at rest.
                .or(
                    (only.is_some() && (node.selected || node.emphasis == Emphasis::Focus))
                        .then_some(spots[0]),
                )
        };
        if let Some(spot) = spot {
            placed.push(self.bounds(i, spot));
        }
        spot
    }

    /// Whether node `i`'s label may go at `spot`: inside the fitted box, clear of the labels
    /// `placed`, read as its own mark's, and (`strict`) covering no other mark.
    fn good(&self, i: usize, spot: Spot, strict: bool, placed: &Placed) -> bool {
        let node = &self.scene.nodes[i];
        let b = self.bounds(i, spot);
        let [fx, fy, fw, fh] = self.scene.view_box;
        let inside = b[0] >= fx && b[1] >= fy && b[2] <= fx + fw && b[3] <= fy + fh;
        // Labels give way to labels only: a label crossing a glyph stays legible (it has a halo),
        // and treating glyphs as obstacles hid the labels of the best-connected. Lines may touch
        // by their leading (the space above and below the letters).
        let inset = LEADING * self.scale;
        let free = !placed.overlaps(b, inset);
        if !(inside && free) {
            return false;
        }
        // A label reads as the mark whose centre is nearest to the line next to it: never
        // another one's, by a clear margin (text is measured here by estimate).
        let line = 14.0 * self.scale;
        let near = match spot {
            Spot::Below => [b[0], b[1], b[2], b[1] + line],
            Spot::Above => [b[0], b[3] - line, b[2], b[3]],
            Spot::Right | Spot::Left => b,
        };
        // A hub's label (a principal actor's, which must show) need only read as its mark's where
        // the eye meets it: the words nearest the mark, two lines wide — its far ends may pass
        // other marks, as a long name does on any map.
        let near = if strict {
            near
        } else {
            let reach = 2.0 * line;
            match spot {
                Spot::Below | Spot::Above => [
                    near[0].max(node.x - reach),
                    near[1],
                    near[2].min(node.x + reach),
                    near[3],
                ],
                Spot::Right => [near[0], near[1], near[2].min(near[0] + reach), near[3]],
                Spot::Left => [near[0].max(near[2] - reach), near[1], near[2], near[3]],
            }
        };
        let own = distance(near, [node.x, node.y]) + MARGIN * self.scale;
        !(self.other_within(i, near, own) || strict && self.other_within(i, b, 0.0))
    }

    /// Whether a mark other than node `i`'s has its centre within `reach` of box `b`.
    fn other_within(&self, i: usize, b: [f64; 4], reach: f64) -> bool {
        let nodes = &self.scene.nodes;
        self.centres.any_near(b, reach, |j| {
            let [x, y] = [nodes[j].x, nodes[j].y];
            // Far on one axis is far (most marks looked at): no distance to compute.
            let near =
                x >= b[0] - reach && x <= b[2] + reach && y >= b[1] - reach && y <= b[3] + reach;
            j != i && near && distance(b, [x, y]) <= reach
        })
    }

    /// Where the label is drawn at `spot`: beside the mark the text starts (or ends) at the edge
    /// next to it, whatever its drawn width; over the mark its last line ends right above it (a
    /// drawn line is 1.15 em, an estimated one 14 units, taller).
    fn label_spot(&self, i: usize, spot: Spot) -> LabelSpot {
        let node = &self.scene.nodes[i];
        let b = self.bounds(i, spot);
        match spot {
            Spot::Below => LabelSpot {
                x: node.x,
                top: b[1],
                anchor: Anchor::Middle,
            },
            Spot::Above => {
                let lines = node.label.len().max(1) as f64;
                LabelSpot {
                    x: node.x,
                    top: b[3] - (11.5 + 12.65 * (lines - 1.0)) * self.scale,
                    anchor: Anchor::Middle,
                }
            }
            Spot::Right => LabelSpot {
                x: b[0],
                top: b[1],
                anchor: Anchor::Start,
            },
            Spot::Left => LabelSpot {
                x: b[2],
                top: b[1],
                anchor: Anchor::End,
            },
        }
    }
}

/// The marks' centres listed in a grid of cells over their extent (about one mark a cell), so that
/// the marks near a label are found among a few cells, not a strip as high as the map.
/// Centres that are not finite are left out (they are near nothing).
struct Centres {
    /// Mark indices, cell by cell (row-major); cell `c`'s are `items[start[c]..start[c + 1]]`.
    items: Vec<u32>,
    start: Vec<u32>,
    origin: [f64; 2],
    cell: f64,
    cols: usize,
    rows: usize,
}

impl Centres {
    fn new(points: impl Iterator<Item = [f64; 2]> + Clone) -> Centres {
        let finite = |p: &[f64; 2]| p[0].is_finite() && p[1].is_finite();
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        let mut n = 0usize;
        for [x, y] in points.clone().filter(finite) {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            n += 1;
        }
        if n == 0 {
            (x0, y0, x1, y1) = (0.0, 0.0, 0.0, 0.0);
        }
        let (w, h) = ((x1 - x0).min(1e300), (y1 - y0).min(1e300));
        let mut cell = (w * h / n.max(1) as f64).sqrt().max(16.0);
        let count = |cell: f64, len: f64| (len / cell).floor().min(1e9) as usize + 1;
        while count(cell, w).saturating_mul(count(cell, h)) > MOST_CELLS {
            cell *= 2.0;
        }
        let (cols, rows) = (count(cell, w), count(cell, h));
        let mut centres = Centres {
            items: Vec::new(),
            start: vec![0; cols * rows + 1],
            origin: [x0, y0],
            cell,
            cols,
            rows,
        };
        // Counted, then placed: one list for all the cells.
        let cells: Vec<Option<usize>> = points
            .map(|p| finite(&p).then(|| centres.cell_of(p)))
            .collect();
        for &c in cells.iter().flatten() {
            centres.start[c + 1] += 1;
        }
        for c in 0..cols * rows {
            centres.start[c + 1] += centres.start[c];
        }
        let mut next = centres.start.clone();
        centres.items = vec![0; n];
        for (i, c) in cells.iter().enumerate() {
            if let Some(c) = *c {
                centres.items[next[c] as usize] = i as u32;
                next[c] += 1;
            }
        }
        centres
    }

    /// The column or row of coordinate `v`, clamped to the grid.
    fn at(&self, v: f64, axis: usize, most: usize) -> usize {
        (((v - self.origin[axis]) / self.cell).floor().max(0.0) as usize).min(most - 1)
    }

    fn cell_of(&self, [x, y]: [f64; 2]) -> usize {
        self.at(y, 1, self.rows) * self.cols + self.at(x, 0, self.cols)
    }

    /// Whether `hit` holds for any mark in the cells within `reach` of box `b`.
    fn any_near(&self, b: [f64; 4], reach: f64, mut hit: impl FnMut(usize) -> bool) -> bool {
        let (c0, c1) = (
            self.at(b[0] - reach, 0, self.cols),
            self.at(b[2] + reach, 0, self.cols),
        );
        let (r0, r1) = (
            self.at(b[1] - reach, 1, self.rows),
            self.at(b[3] + reach, 1, self.rows),
        );
        if c0 > c1 {
            return false;
        }
        (r0..=r1).any(|row| {
            let (from, to) = (
                self.start[row * self.cols + c0],
                self.start[row * self.cols + c1 + 1],
            );
            self.items[from as usize..to as usize]
                .iter()
                .any(|&j| hit(j as usize))
        })
    }
}

/// The boxes of the labels placed so far, listed in a grid of cells over the map's box, so that a
/// new label is checked against its neighbours only (thousands of labels on a large map). A box
/// beyond the grid is listed in its edge cells (clamping keeps overlapping boxes in a shared cell).
struct Placed {
    boxes: Vec<[f64; 4]>,
    cells: Vec<Vec<u32>>,
    origin: [f64; 2],
    cell: f64,
    cols: usize,
    rows: usize,
}

/// The most cells of the grid (a coarser grid past it).
const MOST_CELLS: usize = 1 << 16;

impl Placed {
    /// A grid over `frame` (min x, min y, width, height) with cells a label high at `scale`.
    fn new(frame: [f64; 4], scale: f64) -> Placed {
        let [x, y, w, h] = frame;
        let finite = [x, y, w, h, scale].iter().all(|v| v.is_finite());
        let mut cell = 16.0 * scale.max(1.0);
        let count = |cell: f64, len: f64| {
            if finite {
                (len.max(0.0) / cell).ceil().min(1e9) as usize + 1
            } else {
                1
            }
        };
        while count(cell, w).saturating_mul(count(cell, h)) > MOST_CELLS {
            cell *= 2.0;
        }
        let (cols, rows) = (count(cell, w), count(cell, h));
        Placed {
            boxes: Vec::new(),
            cells: vec![Vec::new(); cols * rows],
            origin: if finite { [x, y] } else { [0.0, 0.0] },
            cell,
            cols,
            rows,
        }
    }

    /// The cells a box covers: its columns and rows, clamped to the grid.
    fn span(
        &self,
        [x0, y0, x1, y1]: [f64; 4],
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let at = |v: f64, origin: f64, most: usize| {
            (((v - origin) / self.cell).floor().max(0.0) as usize).min(most - 1)
        };
        let [ox, oy] = self.origin;
        (
            at(x0, ox, self.cols)..=at(x1, ox, self.cols),
            at(y0, oy, self.rows)..=at(y1, oy, self.rows),
        )
    }

    fn push(&mut self, b: [f64; 4]) {
        let at = self.boxes.len() as u32;
        self.boxes.push(b);
        let (cols, rows) = self.span(b);
        for row in rows {
            for col in cols.clone() {
                self.cells[row * self.cols + col].push(at);
            }
        }
    }

    /// Whether a placed label overlaps `b`, lines allowed to touch by `inset` above and below.
    fn overlaps(&self, b: [f64; 4], inset: f64) -> bool {
        let (cols, rows) = self.span([b[0], b[1] + inset, b[2], b[3] - inset]);
        rows.into_iter().any(|row| {
            cols.clone().any(|col| {
                self.cells[row * self.cols + col].iter().any(|&k| {
                    let p = self.boxes[k as usize];
                    b[0] < p[2] && p[0] < b[2] && b[1] + inset < p[3] && p[1] < b[3] - inset
                })
            })
        })
    }
}

/// Where a label goes: `x` is where its text is anchored, `top` its top edge (layout units).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpot {
    pub x: f64,
    pub top: f64,
    pub anchor: Anchor,
}

/// Which point of its lines a label's `x` is: the middle (under or over the mark), the start
/// (right of the mark) or the end (left of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Middle,
    Start,
    End,
}

/// How much nearer (layout units at scale 1) a label must be to its own mark than to any other.
const MARGIN: f64 = 1.0;

/// How far a point is from a box (0 inside it).
fn distance(b: [f64; 4], [x, y]: [f64; 2]) -> f64 {
    let dx = (b[0] - x).max(x - b[2]).max(0.0);
    let dy = (b[1] - y).max(y - b[3]).max(0.0);
    dx.hypot(dy)
}

/// The space above and below the letters of a label line (layout units at scale 1), of the 14 a
/// line takes (`label_size`).
const LEADING: f64 = 1.5;

/// How far (layout units, at mark size 1) a mark reaches from its centre.
const MARK_REACH: f64 = 11.0;

/// Where (layout units) the top of an entity's label is: just under its mark, whatever the
/// mark's size, so that a label is never read as its neighbour's.
pub fn label_top(node: &crate::SceneNode) -> f64 {
    node.y + MARK_REACH * node.size + 2.0
}

#[cfg(test)]
mod tests {
    use super::{distance, place_labels, Centres, Placed};
    use crate::{Emphasis, Scene, SceneNode};
    use pmap_graph::EntityType;

    #[test]
    fn the_grid_of_centres_finds_what_checking_every_mark_finds() {
        let mut state: u64 = 3;
        let mut next = move |most: f64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64 * most
        };
        for (n, spread) in [
            (0usize, 1.0),
            (1, 1.0),
            (40, 10.0),
            (3000, 5000.0),
            (500, 1e12),
        ] {
            let mut points: Vec<[f64; 2]> = (0..n)
                .map(|_| [next(spread) - spread / 3.0, next(spread / 2.0)])
                .collect();
            if n > 2 {
                points[1] = [f64::NAN, 0.0];
                points[2] = [0.0, f64::INFINITY];
            }
            let centres = Centres::new(points.iter().copied());
            for k in 0..400 {
                let (x, y) = (
                    next(1.4 * spread) - spread / 2.0,
                    next(spread) - spread / 4.0,
                );
                let b = [x, y, x + next(300.0), y + next(60.0)];
                let reach = if k % 3 == 0 { 0.0 } else { next(40.0) };
                let near = |j: usize| {
                    distance(b, points[j]) <= reach
                        && points[j][0].is_finite()
                        && points[j][1].is_finite()
                };
                let every = (0..n).any(near);
                assert_eq!(
                    centres.any_near(b, reach, near),
                    every,
                    "box {k} of {n} marks"
                );
            }
        }
    }

    #[test]
    fn a_map_where_nothing_stands_out_is_labelled_in_one_pass_as_in_two() {
        // Crowded marks with one- to three-line labels, some hubs, at the scales a map draws.
        let mut state: u64 = 5;
        let mut next = move |most: f64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64 * most
        };
        let nodes: Vec<SceneNode> = (0..700)
            .map(|i| {
                let words = [
                    "Anvo",
                    "Zurapel Institute",
                    "Ragrilo",
                    "Voanvo Anten",
                    "Qualo",
                ];
                let lines = 1 + i % 3;
                SceneNode {
                    id: format!("n{i}"),
                    kind: EntityType::Organization,
                    x: next(2400.0) - 1200.0,
                    y: next(1600.0) - 800.0,
                    label: (0..lines)
                        .map(|k| words[(i + k) % words.len()].to_string())
                        .collect(),
                    accessible_name: String::new(),
                    emphasis: Emphasis::Normal,
                    selected: false,
                    on_path: false,
                    size: 0.8 + next(1.0),
                    hub: i % 50 == 0,
                }
            })
            .collect();
        let scene = Scene {
            nodes,
            edges: vec![],
            view_box: [-1300.0, -900.0, 2600.0, 1800.0],
            shown_box: [-1300.0, -900.0, 2600.0, 1800.0],
            paths: vec![],
            passing: 700,
        };
        for scale in [1.0, 1.7, 3.0] {
            let once = place_labels(&scene, scale, true);
            let shown = once.iter().filter(|p| p.is_some()).count();
            // At layout size every label shows (under its mark); larger, some give way.
            assert!(
                shown > 50 && (scale == 1.0 || shown < 700),
                "{shown} labels at {scale}"
            );
            assert_eq!(once, place_labels(&scene, scale, false), "at {scale}");
        }
    }

    #[test]
    fn the_grid_of_placed_labels_finds_what_checking_every_one_finds() {
        // Boxes of label sizes scattered by a fixed sequence, some very wide, some far away.
        let mut state: u64 = 9;
        let mut next = move |most: f64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64 * most
        };
        for (scale, frame) in [
            (1.0, [-1500.0, -1000.0, 3000.0, 2000.0]),
            (2.5, [-1000.0, -500.0, 1500.0, 1200.0]),
            (1.0, [0.0, 0.0, 1e9, 1e9]),
            (1.0, [0.0, 0.0, 1e300, 5.0]),
            (1.0, [f64::NAN, 0.0, f64::INFINITY, 10.0]),
        ] {
            let mut placed = Placed::new(frame, scale);
            let mut all: Vec<[f64; 4]> = Vec::new();
            let mut found = 0;
            for k in 0..3000 {
                let (x, y) = (next(3000.0) - 1500.0, next(2000.0) - 1000.0);
                let w = if k % 97 == 0 {
                    9000.0
                } else {
                    20.0 + next(80.0)
                } * scale;
                let b = [x, y, x + w, y + (14.0 + next(28.0)) * scale];
                let inset = 1.5 * scale;
                let every = all.iter().any(|p| {
                    b[0] < p[2] && p[0] < b[2] && b[1] + inset < p[3] && p[1] < b[3] - inset
                });
                assert_eq!(placed.overlaps(b, inset), every, "box {k} in {frame:?}");
                if !every {
                    found += 1;
                    placed.push(b);
                    all.push(b);
                }
            }
            assert!(found > 100 && found < 3000, "{found} placed");
        }
    }
}
