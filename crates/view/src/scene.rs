//! What the map draws, derived from (graph, view state): nodes at their positions with wrapped
//! labels, one line per pair of entities (with the number of relations it stands for), and the
//! emphasis of each (selected, neighbour, faded), like sigma's reducers.

use std::collections::BTreeMap;

use pmap_graph::{EntityType, Graph, RelationType};
use pmap_layout::{Config, Simulation};

use crate::labels::{label_lines, label_size, short_name};
use crate::strings::entity_type_name;
use crate::{Lang, ViewState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Normal,
    /// The selected or hovered entity.
    Focus,
    /// Directly related to the focus.
    Neighbour,
    /// Unrelated to the focus.
    Faded,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SceneNode {
    pub id: String,
    pub kind: EntityType,
    pub x: f64,
    pub y: f64,
    pub label: Vec<String>,
    /// Accessible name: display name and type ("UNIDO, organization").
    pub accessible_name: String,
    pub emphasis: Emphasis,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SceneEdge {
    pub from: usize,
    pub to: usize,
    /// How many relations this line stands for.
    pub count: usize,
    pub kinds: Vec<RelationType>,
    pub emphasis: Emphasis,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub nodes: Vec<SceneNode>,
    pub edges: Vec<SceneEdge>,
    /// min x, min y, width, height: the SVG viewBox that shows everything.
    pub view_box: [f64; 4],
}

impl Scene {
    pub fn build(
        graph: &Graph,
        positions: &BTreeMap<String, [f64; 2]>,
        state: &ViewState,
    ) -> Scene {
        let lang = state.lang;
        let index = graph.entity_index();
        let focus = state
            .hovered
            .as_deref()
            .or(state.selected.as_deref())
            .filter(|f| index.contains_key(f));
        let mut pairs: BTreeMap<(usize, usize), Vec<RelationType>> = BTreeMap::new();
        for r in &graph.relations {
            let (Some(&a), Some(&b)) = (index.get(r.source.as_str()), index.get(r.target.as_str()))
            else {
                continue;
            };
            if a != b {
                pairs.entry((a.min(b), a.max(b))).or_default().push(r.kind);
            }
        }
        let neighbours: Vec<bool> = (0..graph.entities.len())
            .map(|i| {
                focus.is_some_and(|f| {
                    let fi = index[f];
                    pairs.contains_key(&(i.min(fi), i.max(fi)))
                })
            })
            .collect();
        let nodes: Vec<SceneNode> = graph
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let [x, y] = positions.get(&e.id).copied().unwrap_or([0.0, 0.0]);
                let emphasis = match focus {
                    None => Emphasis::Normal,
                    Some(f) if f == e.id => Emphasis::Focus,
                    Some(_) if neighbours[i] => Emphasis::Neighbour,
                    Some(_) => Emphasis::Faded,
                };
                SceneNode {
                    id: e.id.clone(),
                    kind: e.kind,
                    x,
                    y,
                    label: label_lines(&short_name(e, lang)),
                    accessible_name: format!(
                        "{}, {}",
                        e.name.get(lang.code()),
                        entity_type_name(e.kind, lang)
                    ),
                    emphasis,
                    selected: state.selected.as_deref() == Some(e.id.as_str()),
                }
            })
            .collect();
        let edges = pairs
            .into_iter()
            .map(|((a, b), kinds)| {
                let touches = focus.is_some_and(|f| index[f] == a || index[f] == b);
                SceneEdge {
                    from: a,
                    to: b,
                    count: kinds.len(),
                    kinds,
                    emphasis: match (focus, touches) {
                        (None, _) => Emphasis::Normal,
                        (Some(_), true) => Emphasis::Focus,
                        (Some(_), false) => Emphasis::Faded,
                    },
                }
            })
            .collect();
        Scene {
            view_box: view_box(&nodes),
            nodes,
            edges,
        }
    }
}

fn view_box(nodes: &[SceneNode]) -> [f64; 4] {
    if nodes.is_empty() {
        return [-100.0, -100.0, 200.0, 200.0];
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for n in nodes {
        let (w, h) = label_size(&n.label);
        x0 = x0.min(n.x - w / 2.0);
        x1 = x1.max(n.x + w / 2.0);
        y0 = y0.min(n.y - 12.0);
        y1 = y1.max(n.y + 16.0 + h);
    }
    let margin = 16.0;
    [
        x0 - margin,
        y0 - margin,
        x1 - x0 + 2.0 * margin,
        y1 - y0 + 2.0 * margin,
    ]
}

/// Positions for every entity: the graph's own layout where it has one, the rest computed by a
/// deterministic force layout with label-sized collision boxes (both languages' labels).
pub fn positions(graph: &Graph) -> BTreeMap<String, [f64; 2]> {
    let given = graph.layout.as_ref().map(|l| &l.positions);
    if let Some(given) = given {
        if graph.entities.iter().all(|e| given.contains_key(&e.id)) {
            return given.clone();
        }
    }
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
    let mut sim = Simulation::new(graph.entities.len(), &links, Config::default());
    for (i, e) in graph.entities.iter().enumerate() {
        if let Some(p) = given.and_then(|g| g.get(&e.id)) {
            sim.set_position(i, *p);
            sim.pin(i, Some(*p));
        }
        let (mut w, mut h) = (0.0f64, 0.0f64);
        for lang in [Lang::En, Lang::Zh] {
            let (lw, lh) = label_size(&label_lines(&short_name(e, lang)));
            w = w.max(lw);
            h = h.max(lh);
        }
        // The box covers the glyph above and the label below it.
        sim.set_box(i, w / 2.0 + 4.0, (h + 24.0) / 2.0 + 2.0);
    }
    sim.run(600);
    graph
        .entities
        .iter()
        .zip(sim.positions())
        .map(|(e, p)| (e.id.clone(), [round(p[0]), round(p[1])]))
        .collect()
}

/// Positions are kept to a tenth of a unit: stable JSON, no visible difference.
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
