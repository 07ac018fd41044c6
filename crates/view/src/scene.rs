//! What the map draws, derived from (graph, view state): nodes at their positions with wrapped
//! labels, one line per pair of entities (with the number of relations it stands for), and the
//! emphasis of each (selected, neighbour, faded), like sigma's reducers.

use std::collections::BTreeMap;

use pmap_graph::{EntityType, Graph, RelationType};

use crate::filters::visible_by;
use crate::labels::{label_lines, label_size, short_name};
use crate::strings::{entity_type_name, relation_phrase};
use crate::{neighbourhood, shortest_paths, Lang, Path, ViewState};

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
    /// On a drawn "how are they connected?" path.
    pub on_path: bool,
    /// How large the mark is drawn (1 = the glyph's own 22 units): grows with the square root of
    /// the entity's relations in the whole graph, so the hubs stand out and keep their size
    /// whatever the filters.
    pub size: f64,
    /// Among the five most connected entities of the graph: labelled in bold.
    pub hub: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SceneEdge {
    pub from: usize,
    pub to: usize,
    /// How many relations this line stands for.
    pub count: usize,
    pub kinds: Vec<RelationType>,
    /// The relations (indices into the graph) this line stands for.
    pub relations: Vec<usize>,
    /// What the line says, one relation a line: "UNIDO launched AIM Global Centre".
    pub title: String,
    pub emphasis: Emphasis,
    pub on_path: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The shown entities only (filters, neighbourhood); edges index into this list.
    pub nodes: Vec<SceneNode>,
    pub edges: Vec<SceneEdge>,
    /// min x, min y, width, height: the SVG viewBox that shows every entity of the graph, shown
    /// or not, so that filtering and the timeline never make the map jump.
    pub view_box: [f64; 4],
    /// The box around the shown entities only ("fit").
    pub shown_box: [f64; 4],
    /// The shortest paths drawn, when the view asks for one (ids, in order).
    pub paths: Vec<Path>,
    /// How many entities the filters let through, before the steps around the selection cut.
    pub passing: usize,
}

impl Scene {
    pub fn build(
        graph: &Graph,
        positions: &BTreeMap<String, [f64; 2]>,
        state: &ViewState,
    ) -> Scene {
        let lang = state.lang;
        let index = graph.entity_index();
        // Each relation's ends looked up once (thousands of relations, each read several times).
        let ends = graph.relation_ends(&index);
        let mut shown = visible_by(graph, &state.filters, &ends);
        let passing = shown.entities.iter().filter(|v| **v).count();
        if let (Some(depth), Some(sel)) = (state.depth, state.selected.as_deref()) {
            let near = neighbourhood(graph, &shown, sel, depth as usize);
            if !near.is_empty() {
                for (i, e) in graph.entities.iter().enumerate() {
                    shown.entities[i] &= near.contains(&e.id);
                }
                for (r, rel) in graph.relations.iter().enumerate() {
                    shown.relations[r] &= near.contains(&rel.source) && near.contains(&rel.target);
                }
            }
        }
        let paths = match &state.path {
            Some((a, b)) => shortest_paths(graph, &shown, a, b, 3),
            None => vec![],
        };
        let mut path_nodes = vec![false; graph.entities.len()];
        let mut path_relations = vec![false; graph.relations.len()];
        for p in &paths {
            for id in &p.entities {
                if let Some(&i) = index.get(id.as_str()) {
                    path_nodes[i] = true;
                }
            }
            for &r in p.steps.iter().flatten() {
                path_relations[r] = true;
            }
        }
        let focus = state
            .hovered
            .as_deref()
            .or(state.selected.as_deref())
            .and_then(|f| index.get(f).copied())
            .filter(|&f| shown.entities[f]);
        // Scene index of each shown entity.
        let mut slot = vec![usize::MAX; graph.entities.len()];
        let mut pairs: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for (r, end) in ends.iter().enumerate() {
            let Some([a, b]) = *end else {
                continue;
            };
            if a != b && shown.relations[r] && shown.entities[a] && shown.entities[b] {
                pairs.entry((a.min(b), a.max(b))).or_default().push(r);
            }
        }
        let is_neighbour =
            |i: usize| focus.is_some_and(|f| pairs.contains_key(&(i.min(f), i.max(f))));
        // Position and wrapped label of every entity, shown or not (the whole graph's box).
        let mut placed: Vec<([f64; 2], Vec<String>)> = graph
            .entities
            .iter()
            .map(|e| {
                let p = positions.get(&e.id).copied().unwrap_or([0.0, 0.0]);
                (p, label_lines(&short_name(e, lang)))
            })
            .collect();
        let whole_box = view_box(placed.iter().map(|(p, l)| (*p, l.as_slice())));
        let importance = importance(graph, &index, &ends);
        let mut nodes = Vec::new();
        for (i, e) in graph.entities.iter().enumerate() {
            if !shown.entities[i] {
                continue;
            }
            slot[i] = nodes.len();
            let [x, y] = placed[i].0;
            // A drawn path stays in view whatever the focus.
            let emphasis = match focus {
                None => Emphasis::Normal,
                Some(f) if f == i => Emphasis::Focus,
                Some(_) if is_neighbour(i) || path_nodes[i] => Emphasis::Neighbour,
                Some(_) => Emphasis::Faded,
            };
            nodes.push(SceneNode {
                id: e.id.clone(),
                kind: e.kind,
                x,
                y,
                label: std::mem::take(&mut placed[i].1),
                accessible_name: format!(
                    "{}, {}",
                    e.name.get(lang.code()),
                    entity_type_name(e.kind, lang)
                ),
                emphasis,
                selected: state.selected.as_deref() == Some(e.id.as_str()),
                on_path: path_nodes[i],
                size: importance[i].0,
                hub: importance[i].1,
            });
        }
        // Both ends of every paired relation are entities.
        let name = |e: usize| graph.entities[e].name.get(lang.code());
        let sep = if lang == Lang::Zh { "" } else { " " };
        let edges = pairs
            .into_iter()
            .map(|((a, b), relations)| {
                let on_path = relations.iter().any(|&r| path_relations[r]);
                let touches = on_path || focus.is_some_and(|f| f == a || f == b);
                // "A launched B", one relation a line (pushed, not formatted: thousands a redraw).
                let mut title = String::new();
                for (k, &r) in relations.iter().enumerate() {
                    let rel = &graph.relations[r];
                    let Some([source, target]) = ends[r] else {
                        continue;
                    };
                    if k > 0 {
                        title.push('\n');
                    }
                    for part in [
                        name(source),
                        sep,
                        relation_phrase(rel.kind, true, lang),
                        sep,
                        name(target),
                    ] {
                        title.push_str(part);
                    }
                }
                SceneEdge {
                    from: slot[a],
                    to: slot[b],
                    count: relations.len(),
                    kinds: relations.iter().map(|&r| graph.relations[r].kind).collect(),
                    on_path,
                    relations,
                    title,
                    emphasis: match (focus, touches) {
                        (None, _) => Emphasis::Normal,
                        (Some(_), true) => Emphasis::Focus,
                        (Some(_), false) => Emphasis::Faded,
                    },
                }
            })
            .collect();
        Scene {
            view_box: whole_box,
            shown_box: view_box(nodes.iter().map(|n| ([n.x, n.y], n.label.as_slice()))),
            nodes,
            edges,
            paths,
            passing,
        }
    }

    /// The scene node of entity `id`, if shown.
    pub fn node(&self, id: &str) -> Option<&SceneNode> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// The box around entities at `[x, y]` with their label lines.
/// Per entity: its mark's size (0.8 to 1.8 by the square root of its share of the most relations
/// any entity has; a hub at least 1.4) and whether it is a hub — one of the graph's featured
/// entities (its principal actors), or, in a graph that features none, one of the five most
/// connected.
fn importance(
    graph: &Graph,
    index: &pmap_graph::EntityIndex,
    ends: &[Option<[usize; 2]>],
) -> Vec<(f64, bool)> {
    let mut degree = vec![0usize; graph.entities.len()];
    for (r, end) in graph.relations.iter().zip(ends) {
        match end {
            Some([a, b]) => {
                degree[*a] += 1;
                degree[*b] += 1;
            }
            // One end no entity: the other still counts it.
            None => {
                for id in [&r.source, &r.target] {
                    if let Some(&i) = index.get(id.as_str()) {
                        degree[i] += 1;
                    }
                }
            }
        }
    }
    let most = degree.iter().copied().max().unwrap_or(0).max(1) as f64;
    let mut out: Vec<(f64, bool)> = graph
        .entities
        .iter()
        .zip(&degree)
        .map(|(e, &d)| (0.8 + (d as f64 / most).sqrt(), e.featured))
        .collect();
    if !graph.entities.iter().any(|e| e.featured) {
        // The five most connected (the first of equals), picked without a sort (smaller wasm).
        for _ in 0..5 {
            let next = (0..degree.len())
                .filter(|&i| !out[i].1 && degree[i] > 0)
                .max_by_key(|&i| (degree[i], std::cmp::Reverse(i)));
            match next {
                Some(i) => out[i].1 = true,
                None => break,
            }
        }
    }
    for (size, hub) in &mut out {
        if *hub {
            *size = size.max(1.4);
        }
    }
    out
}

fn view_box<'a>(nodes: impl Iterator<Item = ([f64; 2], &'a [String])>) -> [f64; 4] {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for ([x, y], label) in nodes {
        let (w, h) = label_size(label);
        x0 = x0.min(x - w / 2.0);
        x1 = x1.max(x + w / 2.0);
        // The largest mark reaches 20 units from its centre; its label hangs right below.
        y0 = y0.min(y - 20.0);
        y1 = y1.max(y + 22.0 + h);
    }
    if x0 > x1 {
        return [-100.0, -100.0, 200.0, 200.0];
    }
    let margin = 16.0;
    [
        x0 - margin,
        y0 - margin,
        x1 - x0 + 2.0 * margin,
        y1 - y0 + 2.0 * margin,
    ]
}
