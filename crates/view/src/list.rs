//! The list view: the shown entities, each with its shown relations in words, for screen
//! readers and for anyone who prefers text to a drawing. Kept in step with the map's filters and
//! selection (it is derived from the same [`Scene`]).

use pmap_graph::Graph;

use crate::strings::relation_phrase;
use crate::{Lang, Scene};

#[derive(Debug, Clone, PartialEq)]
pub struct ListEntry {
    pub id: String,
    /// "UNIDO, organization": the same accessible name as on the map.
    pub name: String,
    pub selected: bool,
    /// "launched AIM Global Centre of Excellence", one per shown relation.
    pub relations: Vec<String>,
}

pub fn list(graph: &Graph, scene: &Scene, lang: Lang) -> Vec<ListEntry> {
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or(id, |e| e.name.get(lang.code()))
            .to_string()
    };
    let mut entries: Vec<ListEntry> = scene
        .nodes
        .iter()
        .map(|n| ListEntry {
            id: n.id.clone(),
            name: n.accessible_name.clone(),
            selected: n.selected,
            relations: vec![],
        })
        .collect();
    let sep = if lang == Lang::Zh { "" } else { " " };
    for e in &scene.edges {
        for &r in &e.relations {
            let rel = &graph.relations[r];
            for slot in [e.from, e.to] {
                let entry = &mut entries[slot];
                let (outgoing, other) = if entry.id == rel.source {
                    (true, &rel.target)
                } else {
                    (rel.kind.is_symmetric(), &rel.source)
                };
                let phrase = relation_phrase(rel.kind, outgoing, lang);
                entry
                    .relations
                    .push(format!("{phrase}{sep}{}", name(other)));
            }
        }
    }
    for e in &mut entries {
        e.relations.sort();
        e.relations.dedup();
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    entries
}
