//! What a redraw of a large map costs in the view logic, against the number of entities (500,
//! 2,000, 10,000): the scene and the labels placed at the scale a fitted map draws them. The
//! graphs are preferential-attachment graphs with three links per entity, as in the peers
//! benchmark, laid out for 60 ticks (a map still settling, as its redraws see it).

use std::collections::BTreeMap;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use pmap_graph::Graph;
use pmap_view::{placed_labels, Lang, LiveLayout, Scene, ViewState};

/// A graph of `n` entities with names of one or two invented words.
fn graph(n: usize) -> Graph {
    let mut state: u64 = 11;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let syllables = [
        "an", "vo", "zu", "ra", "pel", "gri", "lo", "ten", "ka", "bi", "qua", "ne",
    ];
    let word = |next: &mut dyn FnMut() -> usize| {
        let s: String = (0..2 + next() % 3)
            .map(|_| syllables[next() % syllables.len()])
            .collect();
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let types = ["organization", "person", "place"];
    let entities: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let name = if next() % 2 == 0 {
                word(&mut next)
            } else {
                format!("{} {}", word(&mut next), word(&mut next))
            };
            serde_json::json!({"id": format!("n{i}"), "type": types[i % 3], "name": {"en": name}, "aliases": []})
        })
        .collect();
    let mut ends = vec![0usize, 1];
    let mut relations = vec![(0usize, 1usize)];
    for i in 2..n {
        for _ in 0..3 {
            let to = ends[next() % ends.len()];
            if to != i {
                relations.push((to, i));
                ends.extend([to, i]);
            }
        }
    }
    let text = "Generated for the benchmark.";
    let relations: Vec<serde_json::Value> = relations
        .iter()
        .map(|(a, b)| serde_json::json!({"source": format!("n{a}"), "target": format!("n{b}"), "type": "supports", "evidence": [{"doc": "bench", "quote": text}]}))
        .collect();
    let json = serde_json::json!({
        "version": 1,
        "documents": [{"id": "bench", "title": "Benchmark graph", "lang": "en", "date": "2025-01-01", "text": text}],
        "entities": entities,
        "relations": relations,
    });
    serde_json::from_value(json).expect("a graph of the data format")
}

fn laid_out(graph: &Graph) -> BTreeMap<String, [f64; 2]> {
    let mut layout = LiveLayout::new(graph).expect("no positions given");
    let mut ticks = 0;
    layout.step(|| {
        ticks += 1;
        ticks < 60
    });
    layout.positions()
}

fn redraw(c: &mut Criterion) {
    let mut group = c.benchmark_group("redraw");
    group.sample_size(10);
    for n in [500usize, 2_000, 10_000] {
        let graph = graph(n);
        let positions = laid_out(&graph);
        let state = ViewState::new(Lang::En);
        group.bench_with_input(BenchmarkId::new("scene", n), &n, |b, _| {
            b.iter(|| Scene::build(&graph, &positions, &state))
        });
        let scene = Scene::build(&graph, &positions, &state);
        // A fitted map of thousands draws its labels at the largest scale (3).
        group.bench_with_input(BenchmarkId::new("labels", n), &n, |b, _| {
            b.iter(|| placed_labels(&scene, 3.0))
        });
    }
    group.finish();
}

criterion_group!(benches, redraw);
criterion_main!(benches);
