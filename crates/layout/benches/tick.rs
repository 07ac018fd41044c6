//! Time per layout tick against the number of nodes (1k, 10k, 100k), on preferential-attachment
//! graphs with two links per node as in the peers benchmark: O(n log n) past the exact passes.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use pmap_layout::{Config, Simulation};

fn graph(n: usize) -> Vec<(usize, usize)> {
    let mut state: u64 = 7;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut ends = vec![0usize, 1];
    let mut links = vec![(0, 1)];
    for i in 2..n {
        for _ in 0..2 {
            let to = ends[next() % ends.len()];
            links.push((to, i));
            ends.extend([to, i]);
        }
    }
    links
}

fn ticks(c: &mut Criterion) {
    let mut group = c.benchmark_group("tick");
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let links = graph(n);
        let mut sim = Simulation::new(n, &links, Config::default());
        for i in 0..n {
            sim.set_box(i, 30.0, 16.0);
        }
        // Measure mid-layout, where nodes have spread from the start spiral.
        for _ in 0..20 {
            sim.tick();
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_batched_ref(
                || sim.clone(),
                |s| s.tick(),
                criterion::BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, ticks);
criterion_main!(benches);
