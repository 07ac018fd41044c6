//! Where entities stand: the graph's own layout, else a force layout computed at once
//! ([`positions`], used at build time) or a few ticks at a time between frames ([`LiveLayout`],
//! so that a large graph never freezes the page), and the gentle re-layout after a drag.

use std::collections::BTreeMap;

use pmap_graph::Graph;
use pmap_layout::{Config, Simulation};

use crate::labels::{label_lines, label_size, short_name};
use crate::Lang;

/// The most ticks a layout runs (d3's schedule settles in about 300).
const MAX_TICKS: usize = 600;

/// A force layout in progress over a graph's entities (in the graph's order).
#[derive(Debug, Clone)]
pub struct LiveLayout {
    sim: Simulation,
    ids: Vec<String>,
    ticks: usize,
}

impl LiveLayout {
    /// The layout to compute for `graph`, started: `None` when the graph's own layout places
    /// every entity. Entities the graph places stay there; the others start next to the placed
    /// entities they are related to (so new entities appear near their neighbours), else on a
    /// spiral.
    pub fn new(graph: &Graph) -> Option<LiveLayout> {
        if !LiveLayout::needed(graph) {
            return None;
        }
        let given = graph.layout.as_ref().map(|l| &l.positions);
        let mut sim = simulation(graph);
        if let Some(given) = given.filter(|g| !g.is_empty()) {
            let index = graph.entity_index();
            let mut near: Vec<([f64; 2], usize)> = vec![([0.0; 2], 0); graph.entities.len()];
            for r in &graph.relations {
                let (Some(&a), Some(&b)) =
                    (index.get(r.source.as_str()), index.get(r.target.as_str()))
                else {
                    continue;
                };
                for (from, to) in [(a, b), (b, a)] {
                    if let Some(p) = given.get(&graph.entities[from].id) {
                        near[to].0[0] += p[0];
                        near[to].0[1] += p[1];
                        near[to].1 += 1;
                    }
                }
            }
            for (i, e) in graph.entities.iter().enumerate() {
                if let Some(p) = given.get(&e.id) {
                    sim.set_position(i, *p);
                    sim.pin(i, Some(*p));
                } else if let ([x, y], count @ 1..) = near[i] {
                    // Around the neighbours' centre, a little apart from each other (golden angle).
                    let angle = i as f64 * 2.399_963_229_728_653;
                    let c = count as f64;
                    sim.set_position(i, [x / c + 30.0 * angle.cos(), y / c + 30.0 * angle.sin()]);
                }
            }
        }
        Some(LiveLayout {
            sim,
            ids: graph.entities.iter().map(|e| e.id.clone()).collect(),
            ticks: 0,
        })
    }

    /// Whether `graph` needs a layout: its own does not place every entity.
    pub fn needed(graph: &Graph) -> bool {
        let given = graph.layout.as_ref().map(|l| &l.positions);
        !given.is_some_and(|given| graph.entities.iter().all(|e| given.contains_key(&e.id)))
    }

    /// Works on the layout while `more()` says there is time (at least a part of a tick per call:
    /// a tick of thousands of entities stops half-way when time is up); true once settled.
    pub fn step(&mut self, mut more: impl FnMut() -> bool) -> bool {
        while !self.is_settled() {
            if !self.sim.advance(&mut more) {
                break;
            }
            self.ticks += 1;
            if !more() {
                break;
            }
        }
        self.is_settled()
    }

    /// Settled (cool enough to stop), or out of ticks.
    pub fn is_settled(&self) -> bool {
        self.sim.is_settled() || self.ticks >= MAX_TICKS
    }

    /// Ticks run so far.
    pub fn ticks(&self) -> usize {
        self.ticks
    }

    /// Where every entity stands now, by id.
    pub fn positions(&self) -> BTreeMap<String, [f64; 2]> {
        collect(&self.ids, &self.sim)
    }
}

/// Positions for every entity: the graph's own layout where it has one, the rest computed by a
/// deterministic force layout with label-sized collision boxes (both languages' labels).
pub fn positions(graph: &Graph) -> BTreeMap<String, [f64; 2]> {
    match LiveLayout::new(graph) {
        None => graph
            .layout
            .as_ref()
            .map(|l| l.positions.clone())
            .unwrap_or_default(),
        Some(mut layout) => {
            layout.step(|| true);
            layout.positions()
        }
    }
}

/// The layout after entity `id` is dragged to `to`: it stays there and the others make room
/// with a few gentle steps of the force layout (the rest of the map stays calm).
pub fn drag(
    graph: &Graph,
    positions: &BTreeMap<String, [f64; 2]>,
    id: &str,
    to: [f64; 2],
) -> BTreeMap<String, [f64; 2]> {
    let Some(dragged) = graph.entities.iter().position(|e| e.id == id) else {
        return positions.clone();
    };
    let mut sim = simulation(graph);
    for (i, e) in graph.entities.iter().enumerate() {
        if let Some(p) = positions.get(&e.id) {
            sim.set_position(i, *p);
        }
    }
    sim.pin(dragged, Some(to));
    sim.set_alpha(0.05);
    for _ in 0..8 {
        sim.tick();
    }
    let ids: Vec<String> = graph.entities.iter().map(|e| e.id.clone()).collect();
    collect(&ids, &sim)
}

/// A simulation of the graph's entities and related pairs, with label-sized boxes.
fn simulation(graph: &Graph) -> Simulation {
    let index = graph.entity_index();
    let mut links: Vec<(usize, usize)> = graph
        .relations
        .iter()
        .filter_map(|r| {
            Some((
                *index.get(r.source.as_str())?,
                *index.get(r.target.as_str())?,
            ))
        })
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    links.sort();
    links.dedup();
    // Drawn in a landscape frame: a layout about 4:3 (the bundled map at 1280 px: 52 of 89
    // labels at rest, every principal actor's, drawn 1.7 times their layout size; a round
    // layout drew them 2.2 times and had room for 46).
    let config = Config {
        flatten: 2.0,
        ..Config::default()
    };
    let mut sim = Simulation::new(graph.entities.len(), &links, config);
    for (i, e) in graph.entities.iter().enumerate() {
        let (en, zh) = (short_name(e, Lang::En), short_name(e, Lang::Zh));
        let (mut w, mut h) = label_size(&label_lines(&en));
        // A name given in one language only is the label in both: measured once.
        if zh != en {
            let (lw, lh) = label_size(&label_lines(&zh));
            w = w.max(lw);
            h = h.max(lh);
        }
        // The box covers the glyph above and the label below it; a featured entity's mark and
        // bold label are larger, and its label must have room at rest.
        let room = if e.featured { 1.4 } else { 1.0 };
        sim.set_box(i, room * (w / 2.0 + 4.0), room * ((h + 24.0) / 2.0 + 2.0));
    }
    sim
}

fn collect(ids: &[String], sim: &Simulation) -> BTreeMap<String, [f64; 2]> {
    ids.iter()
        .zip(sim.positions())
        .map(|(id, p)| (id.clone(), [round(p[0]), round(p[1])]))
        .collect()
}

/// Positions are kept to a tenth of a unit: stable JSON, no visible difference.
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
