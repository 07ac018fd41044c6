//! How entities connect: the neighbourhood of an entity within a number of steps, and the
//! shortest paths between two entities with the relations (and so the quotes) of each step.
//! Breadth-first search over the shown relations, treated as undirected; deterministic order.

use std::collections::{BTreeSet, VecDeque};

use pmap_graph::Graph;

use crate::filters::Visible;

/// Adjacency over shown relations: for each entity index, (neighbour, relation index), sorted.
fn adjacency(graph: &Graph, visible: &Visible) -> Vec<Vec<(usize, usize)>> {
    let index = graph.entity_index();
    let mut adj = vec![Vec::new(); graph.entities.len()];
    for (r, rel) in graph.relations.iter().enumerate() {
        if !visible.relations.get(r).copied().unwrap_or(false) {
            continue;
        }
        if let (Some(&a), Some(&b)) = (
            index.get(rel.source.as_str()),
            index.get(rel.target.as_str()),
        ) {
            if a != b {
                adj[a].push((b, r));
                adj[b].push((a, r));
            }
        }
    }
    for list in &mut adj {
        list.sort_unstable();
    }
    adj
}

fn distances(adj: &[Vec<(usize, usize)>], from: usize, limit: usize) -> Vec<Option<usize>> {
    let mut dist = vec![None; adj.len()];
    dist[from] = Some(0);
    let mut queue = VecDeque::from([from]);
    while let Some(n) = queue.pop_front() {
        let d = dist[n].unwrap_or(0);
        if d >= limit {
            continue;
        }
        for &(m, _) in &adj[n] {
            if dist[m].is_none() {
                dist[m] = Some(d + 1);
                queue.push_back(m);
            }
        }
    }
    dist
}

/// Ids of the entities at most `depth` steps from `from` (itself included); empty if unknown.
pub fn neighbourhood(
    graph: &Graph,
    visible: &Visible,
    from: &str,
    depth: usize,
) -> BTreeSet<String> {
    let Some(start) = graph.entities.iter().position(|e| e.id == from) else {
        return BTreeSet::new();
    };
    let dist = distances(&adjacency(graph, visible), start, depth);
    dist.iter()
        .enumerate()
        .filter(|(_, d)| d.is_some())
        .map(|(i, _)| graph.entities[i].id.clone())
        .collect()
}

/// One shortest path: its entities in order, and for each step the relations joining the pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub entities: Vec<String>,
    pub steps: Vec<Vec<usize>>,
}

/// Up to `limit` shortest paths from `from` to `to` over shown relations, in a stable order.
pub fn shortest_paths(
    graph: &Graph,
    visible: &Visible,
    from: &str,
    to: &str,
    limit: usize,
) -> Vec<Path> {
    let find = |id: &str| graph.entities.iter().position(|e| e.id == id);
    let (Some(a), Some(b)) = (find(from), find(to)) else {
        return vec![];
    };
    let adj = adjacency(graph, visible);
    let dist = distances(&adj, a, usize::MAX);
    let Some(total) = dist[b] else { return vec![] };
    // Walk back from b along edges that descend the distance, depth first, in sorted order.
    let mut paths = Vec::new();
    let mut stack = vec![vec![b]];
    while let Some(partial) = stack.pop() {
        if paths.len() >= limit {
            break;
        }
        let last = *partial.last().unwrap_or(&b);
        if last == a {
            let nodes: Vec<usize> = partial.iter().rev().copied().collect();
            let steps = nodes
                .windows(2)
                .map(|w| {
                    adj[w[0]]
                        .iter()
                        .filter(|(m, _)| *m == w[1])
                        .map(|&(_, r)| r)
                        .collect()
                })
                .collect();
            paths.push(Path {
                entities: nodes
                    .iter()
                    .map(|&n| graph.entities[n].id.clone())
                    .collect(),
                steps,
            });
            continue;
        }
        let here = dist[last].unwrap_or(0);
        let mut previous: Vec<usize> = adj[last]
            .iter()
            .map(|&(m, _)| m)
            .filter(|&m| dist[m] == Some(here.wrapping_sub(1)))
            .collect();
        previous.dedup();
        for &m in previous.iter().rev() {
            let mut next = partial.clone();
            next.push(m);
            stack.push(next);
        }
    }
    debug_assert!(paths.iter().all(|p| p.steps.len() == total));
    paths
}
