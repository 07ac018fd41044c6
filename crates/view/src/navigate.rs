//! Moving through the map by keyboard: from an entity, the arrow keys go to the related entity
//! that lies most nearly in that direction (else the nearest shown entity that way).

use crate::Scene;

/// An arrow key's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    /// `ArrowUp`, `ArrowDown`, … (a `KeyboardEvent.key`).
    pub fn from_key(key: &str) -> Option<Direction> {
        Some(match key {
            "ArrowUp" => Direction::Up,
            "ArrowDown" => Direction::Down,
            "ArrowLeft" => Direction::Left,
            "ArrowRight" => Direction::Right,
            _ => return None,
        })
    }

    fn vector(self) -> [f64; 2] {
        match self {
            Direction::Up => [0.0, -1.0],
            Direction::Down => [0.0, 1.0],
            Direction::Left => [-1.0, 0.0],
            Direction::Right => [1.0, 0.0],
        }
    }
}

/// The entity to move to from `from` towards `direction`, if any.
pub fn step(scene: &Scene, from: &str, direction: Direction) -> Option<String> {
    let i = scene.nodes.iter().position(|n| n.id == from)?;
    let here = &scene.nodes[i];
    let [dx, dy] = direction.vector();
    // Within 60° either side of the direction, preferring small angles and short distances.
    let cost = |j: usize| {
        let n = &scene.nodes[j];
        let (vx, vy) = (n.x - here.x, n.y - here.y);
        let d = (vx * vx + vy * vy).sqrt();
        if d == 0.0 {
            return None;
        }
        let cos = (vx * dx + vy * dy) / d;
        (cos > 0.5).then_some(d * (2.0 - cos))
    };
    let related = scene.edges.iter().filter_map(|e| {
        if e.from == i {
            Some(e.to)
        } else if e.to == i {
            Some(e.from)
        } else {
            None
        }
    });
    let best = |candidates: &mut dyn Iterator<Item = usize>| {
        candidates
            .filter_map(|j| Some((cost(j)?, j)))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, j)| scene.nodes[j].id.clone())
    };
    best(&mut related.into_iter()).or_else(|| best(&mut (0..scene.nodes.len())))
}
