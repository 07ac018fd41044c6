//! Replays the inputs that coverage-guided fuzzing kept (tests/data/fuzz/extract/, see
//! scripts/fuzz.sh) and the crashes it found (tests/data/fuzz/regressions/extract-*): on each,
//! the extractor does not panic, every quote is the verbatim slice of the text at its offsets,
//! the graph is valid, and a second run gives the same graph (on one input in eight, as the fuzz
//! target checks it).

use std::path::PathBuf;

use pmap_extract::{extract, Source};

#[test]
fn every_kept_fuzz_input_extracts_soundly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/fuzz/extract");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the kept fuzz inputs")
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 40, "{} inputs", inputs.len());
    // Crashes found by the fuzzer, kept whatever the corpus's minimisation keeps.
    let regressions = dir.join("../regressions");
    let mut crashes: Vec<PathBuf> = std::fs::read_dir(&regressions)
        .expect("the fuzzer's regressions")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("extract-"))
        })
        .collect();
    crashes.sort();
    assert!(!crashes.is_empty());
    inputs.extend(crashes);
    let mut texts = 0;
    for path in &inputs {
        let bytes = std::fs::read(path).unwrap();
        // libFuzzer's inputs are bytes; the target reads those that are UTF-8.
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        texts += 1;
        let source = || Source {
            id: "doc".into(),
            text: text.clone(),
            meta: None,
        };
        let graph = extract(&[source()]).graph;
        assert_eq!(pmap_graph::validate(&graph), vec![], "{}", path.display());
        for e in graph.relations.iter().flat_map(|r| &r.evidence) {
            let (s, t) = (e.start.unwrap(), e.end.unwrap());
            assert_eq!(text.get(s..t), Some(e.quote.as_str()), "{}", path.display());
        }
        // Determinism on one input in eight, as the fuzz target checks it.
        if text.len() % 8 == 0 {
            assert_eq!(extract(&[source()]).graph, graph, "{}", path.display());
        }
    }
    assert!(texts * 2 >= inputs.len(), "most kept inputs are text");
}
