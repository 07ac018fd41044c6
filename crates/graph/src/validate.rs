//! Checks a graph's internal consistency and names every problem by its JSON path, so a host page
//! (or a maintainer) learns exactly what is wrong; the caller decides what to keep.

use std::collections::HashSet;
use std::fmt;

use crate::{Graph, FORMAT_VERSION};

/// One problem found in a graph, located by a JSON path such as `$.relations[3].target`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every consistency problem of `graph`, in document order. An empty list means it is sound:
/// unique ids, relations between known entities in directions the vocabulary allows, and
/// evidence that quotes a known document verbatim.
pub fn validate(graph: &Graph) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: String, message: String| problems.push(Problem { path, message });

    if graph.version != FORMAT_VERSION {
        report(
            "$.version".into(),
            format!(
                "version {} is not supported (expected {FORMAT_VERSION})",
                graph.version
            ),
        );
    }
    let mut doc_ids = HashSet::new();
    for (i, doc) in graph.documents.iter().enumerate() {
        if !doc_ids.insert(doc.id.as_str()) {
            report(
                format!("$.documents[{i}].id"),
                format!("duplicate document id \"{}\"", doc.id),
            );
        }
    }
    let mut entity_ids = HashSet::new();
    for (i, entity) in graph.entities.iter().enumerate() {
        if entity.id.is_empty() {
            report(format!("$.entities[{i}].id"), "empty entity id".into());
        }
        if !entity_ids.insert(entity.id.as_str()) {
            report(
                format!("$.entities[{i}].id"),
                format!("duplicate entity id \"{}\"", entity.id),
            );
        }
        if entity.name.en.is_none() && entity.name.zh.is_none() {
            report(
                format!("$.entities[{i}].name"),
                "needs an \"en\" or a \"zh\" name".into(),
            );
        }
    }
    // By id, not `graph.entity` per end: thousands of relations over thousands of entities.
    let index = graph.entity_index();
    for (i, rel) in graph.relations.iter().enumerate() {
        let ends = [("source", &rel.source), ("target", &rel.target)];
        let mut kinds = Vec::with_capacity(2);
        for (field, id) in ends {
            match index.get(id.as_str()) {
                Some(&e) => kinds.push(graph.entities[e].kind),
                None => report(
                    format!("$.relations[{i}].{field}"),
                    format!("no entity has id \"{id}\""),
                ),
            }
        }
        if let [source, target] = kinds[..] {
            if !rel.kind.allows(source, target) {
                report(
                    format!("$.relations[{i}].type"),
                    format!(
                        "{} does not go from {} to {}",
                        rel.kind.as_str(),
                        source.as_str(),
                        target.as_str()
                    ),
                );
            }
        }
        if rel.evidence.is_empty() {
            report(
                format!("$.relations[{i}].evidence"),
                "a relation needs at least one quote".into(),
            );
        }
        for (j, ev) in rel.evidence.iter().enumerate() {
            // Written only for a problem (thousands of quotes, nearly all fine).
            let path = || format!("$.relations[{i}].evidence[{j}]");
            let Some(doc) = graph.document(&ev.doc) else {
                report(
                    format!("{}.doc", path()),
                    format!("no document has id \"{}\"", ev.doc),
                );
                continue;
            };
            if ev.quote.trim().is_empty() {
                report(format!("{}.quote", path()), "empty quote".into());
            } else if let Some(text) = &doc.text {
                if !text.contains(&ev.quote) {
                    report(
                        format!("{}.quote", path()),
                        format!("not found verbatim in document \"{}\"", doc.id),
                    );
                } else if let (Some(start), Some(end)) = (ev.start, ev.end) {
                    if text.get(start..end) != Some(ev.quote.as_str()) {
                        report(
                            format!("{}.start", path()),
                            "offsets do not point at the quote".into(),
                        );
                    }
                }
            }
        }
    }
    problems
}
