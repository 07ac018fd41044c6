//! The extractor compiled to wasm, in the browser: a ~11 KB article (two corpus articles joined)
//! extracts to the same relations as natively, and the time it takes is logged for
//! BENCHMARKS.md (a measurement, not an assertion: timing belongs to benchmarks).

#![cfg(target_arch = "wasm32")]

use pmap_extract::{extract, Source};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_ten_kilobyte_article_extracts_in_the_browser() {
    let text = [
        include_str!("../data/corpus/001_48d6c160825b93f3.txt"),
        include_str!("../data/corpus/002_3349b75146b27dc2.txt"),
    ]
    .join("\n\n");
    assert!(text.len() >= 10_000, "{} bytes", text.len());
    let source = [Source {
        id: "joined".into(),
        text: text.clone(),
        meta: None,
    }];
    // Warm up once (builds the gazetteer automaton), then time extractions with a fresh extractor each.
    let graph = extract(&source).graph;
    assert!(graph
        .relations
        .iter()
        .any(|r| r.source == "cingai" && r.target == "aim-global"));
    assert!(graph
        .relations
        .iter()
        .any(|r| r.source == "unido" && r.target == "sairi"));
    let runs = 20;
    let start = js_sys::Date::now();
    for _ in 0..runs {
        let again = extract(&source).graph;
        assert_eq!(again.relations.len(), graph.relations.len());
    }
    let per_run = (js_sys::Date::now() - start) / runs as f64;
    gloo::console::log!(format!("extract_in_browser: {} bytes in {per_run:.2} ms per extraction (gazetteer built each time)", text.len()));
}
