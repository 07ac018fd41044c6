//! The simulation: state, cooling schedule and the public d3-like API.

use crate::forces::{self, Grid, EXACT_MAX};
use crate::quadtree::QuadTree;

/// How many nodes a tick works through between two questions whether there is time for more
/// ([`Simulation::advance`]): at 10,000 nodes a whole tick takes longer than a frame.
const NODES_PER_STEP: usize = 256;

/// Where the current tick stands: between ticks, or part-way through one of its O(n log n)
/// passes (nodes before `next` done).
#[derive(Debug, Clone, Default)]
enum Stage {
    #[default]
    Between,
    Repel {
        tree: QuadTree,
        strength: f64,
        next: usize,
    },
    Collide {
        grid: Grid,
        next: usize,
    },
}

/// Tunable constants of the layout; `Config::default()` suits maps of tens to hundreds of nodes.
#[derive(Debug, Clone)]
pub struct Config {
    /// Preferred link length.
    pub link_distance: f64,
    /// Repulsion between every pair of nodes (positive pushes apart).
    pub charge: f64,
    /// Pull of every node towards the origin, keeping separate components together.
    pub gravity: f64,
    /// How many times harder gravity pulls vertically than horizontally: 1 gives a round
    /// drawing, 2 one about 4:3 (a landscape frame).
    pub flatten: f64,
    /// Fraction of velocity lost each tick.
    pub velocity_decay: f64,
    /// The simulation stops when alpha falls below this.
    pub alpha_min: f64,
    /// How fast alpha falls each tick.
    pub alpha_decay: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            link_distance: 60.0,
            charge: 450.0,
            gravity: 0.1,
            flatten: 1.0,
            velocity_decay: 0.4,
            alpha_min: 0.001,
            // d3's default: about 300 ticks from 1 to alpha_min.
            alpha_decay: 1.0 - 0.001f64.powf(1.0 / 300.0),
        }
    }
}

/// A running layout of `n` nodes. Node `i` has a position, a velocity, and a collision box
/// (its label) of half-width and half-height given by [`Simulation::set_box`].
#[derive(Debug, Clone)]
pub struct Simulation {
    pub(crate) config: Config,
    pub(crate) positions: Vec<[f64; 2]>,
    pub(crate) velocities: Vec<[f64; 2]>,
    pub(crate) boxes: Vec<[f64; 2]>,
    pub(crate) links: Vec<(usize, usize)>,
    pub(crate) degrees: Vec<usize>,
    pinned: Vec<Option<[f64; 2]>>,
    alpha: f64,
    stage: Stage,
}

impl Simulation {
    /// A simulation of `n` nodes joined by `links` (index pairs; out-of-range pairs and self-loops
    /// are ignored), starting from a phyllotaxis spiral.
    pub fn new(n: usize, links: &[(usize, usize)], config: Config) -> Simulation {
        let links: Vec<(usize, usize)> = links
            .iter()
            .copied()
            .filter(|&(a, b)| a < n && b < n && a != b)
            .collect();
        let mut degrees = vec![0; n];
        for &(a, b) in &links {
            degrees[a] += 1;
            degrees[b] += 1;
        }
        let positions = (0..n)
            .map(|i| {
                // d3's initial placement: radius grows with sqrt(i), angle by the golden angle.
                let radius = 10.0 * (0.5 + i as f64).sqrt();
                let angle = i as f64 * std::f64::consts::PI * (3.0 - 5f64.sqrt());
                [radius * angle.cos(), radius * angle.sin()]
            })
            .collect();
        Simulation {
            config,
            positions,
            velocities: vec![[0.0; 2]; n],
            boxes: vec![[0.0; 2]; n],
            links,
            degrees,
            pinned: vec![None; n],
            alpha: 1.0,
            stage: Stage::Between,
        }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// The current temperature: 1 at start, falling each tick; below `alpha_min` it has settled.
    pub fn alpha(&self) -> f64 {
        self.alpha
    }

    /// Raises the temperature again (e.g. while a node is dragged), up to 1.
    pub fn reheat(&mut self, alpha: f64) {
        self.alpha = self.alpha.max(alpha.min(1.0));
    }

    /// Sets the temperature (e.g. low, for a gentle live adjustment of a settled layout).
    pub fn set_alpha(&mut self, alpha: f64) {
        self.alpha = alpha.clamp(0.0, 1.0);
    }

    pub fn positions(&self) -> &[[f64; 2]] {
        &self.positions
    }

    /// Starts node `i` at `position` (before running), e.g. from a previous layout.
    pub fn set_position(&mut self, i: usize, position: [f64; 2]) {
        if let Some(p) = self.positions.get_mut(i) {
            *p = position;
        }
    }

    /// Gives node `i` a collision box of `half_width` × `half_height` around its position.
    pub fn set_box(&mut self, i: usize, half_width: f64, half_height: f64) {
        if let Some(b) = self.boxes.get_mut(i) {
            *b = [half_width.max(0.0), half_height.max(0.0)];
        }
    }

    /// Fixes node `i` at `position` (`None` releases it).
    pub fn pin(&mut self, i: usize, position: Option<[f64; 2]>) {
        if let Some(p) = self.pinned.get_mut(i) {
            *p = position;
        }
    }

    /// Cool enough to stop, with no tick left half done.
    pub fn is_settled(&self) -> bool {
        self.alpha < self.config.alpha_min && matches!(self.stage, Stage::Between)
    }

    /// One step: cool, apply every force, move.
    pub fn tick(&mut self) {
        while !self.advance(|| true) {}
    }

    /// Works on the current tick (starting the next if none is under way) while `more()` says
    /// there is time, asked every few hundred nodes; true when the tick is complete. Ticks done
    /// in parts give the same positions, bit for bit, as ticks done at once.
    pub fn advance(&mut self, mut more: impl FnMut() -> bool) -> bool {
        let n = self.len();
        loop {
            match std::mem::take(&mut self.stage) {
                Stage::Between => {
                    self.alpha += (0.0 - self.alpha) * self.config.alpha_decay;
                    forces::links(self, self.alpha);
                    if n <= EXACT_MAX {
                        forces::many_body_exact(self, self.alpha);
                        self.move_nodes();
                        forces::collide_exact(self);
                        return true;
                    }
                    self.stage = Stage::Repel {
                        tree: QuadTree::new(&self.positions),
                        strength: self.config.charge * self.alpha,
                        next: 0,
                    };
                }
                Stage::Repel {
                    tree,
                    strength,
                    next,
                } => {
                    let end = (next + NODES_PER_STEP).min(n);
                    forces::many_body_on(self, &tree, strength, next..end);
                    if end < n {
                        self.stage = Stage::Repel {
                            tree,
                            strength,
                            next: end,
                        };
                    } else {
                        self.move_nodes();
                        match Grid::new(self) {
                            Some(grid) => self.stage = Stage::Collide { grid, next: 0 },
                            None => return true,
                        }
                    }
                }
                Stage::Collide { mut grid, next } => {
                    let end = (next + NODES_PER_STEP).min(n);
                    grid.separate(self, next..end);
                    if end == n {
                        return true;
                    }
                    self.stage = Stage::Collide { grid, next: end };
                }
            }
            if !more() {
                return false;
            }
        }
    }

    /// Gravity, then every node moved by its (decayed) velocity; pinned nodes stay.
    fn move_nodes(&mut self) {
        forces::gravity(self, self.alpha);
        let keep = 1.0 - self.config.velocity_decay;
        for i in 0..self.len() {
            let v = &mut self.velocities[i];
            v[0] *= keep;
            v[1] *= keep;
            match self.pinned[i] {
                Some(p) => {
                    self.positions[i] = p;
                    self.velocities[i] = [0.0; 2];
                }
                None => {
                    self.positions[i][0] += v[0];
                    self.positions[i][1] += v[1];
                }
            }
        }
    }

    /// Ticks until settled, at most `max_ticks` times.
    pub fn run(&mut self, max_ticks: usize) {
        for _ in 0..max_ticks {
            if self.is_settled() {
                break;
            }
            self.tick();
        }
    }

    pub(crate) fn is_pinned(&self, i: usize) -> bool {
        self.pinned[i].is_some()
    }
}
