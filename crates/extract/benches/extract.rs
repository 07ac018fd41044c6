//! Extraction speed over the corpus (criterion): bytes of article text per second, native.
//! Numbers go in BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use pmap_extract::corpus::read_folder;
use pmap_extract::{Extractor, Gazetteer, Source};

fn corpus() -> Vec<Source> {
    let (sources, problems) = read_folder(&manifest_dir().join("../../data/corpus"));
    assert!(problems.is_empty(), "{problems:?}");
    sources
}

fn bench(c: &mut Criterion) {
    let sources = corpus();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let extractor = Extractor::new(Gazetteer::bundled());
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| extractor.extract(black_box(&sources)))
    });
    group.finish();
    c.bench_function("gazetteer_build", |b| b.iter(Gazetteer::bundled));
}

criterion_group!(benches, bench);
criterion_main!(benches);

/// This package's directory, as cargo gives it when running the test (not when compiling it: a
/// build cache shared between checkouts may run a binary compiled in another checkout).
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into())
}
