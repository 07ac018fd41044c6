//! Replays the graphs that coverage-guided fuzzing of the data loader kept
//! (tests/data/fuzz/load/, see scripts/fuzz.sh): each that parses is tidied, validated, laid out,
//! drawn into a scene in both languages with a selection, and exported, without a panic; and the
//! layout of the same graph is the same, bit for bit.

use std::path::PathBuf;

use pmap_graph::Graph;
use pmap_view::{export, positions, Lang, Scene, ViewState};

#[test]
fn every_kept_fuzz_graph_loads_draws_and_exports() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/fuzz/load");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the kept fuzz inputs")
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 6, "{} inputs", inputs.len());
    let mut graphs = 0;
    for path in &inputs {
        let Ok(mut graph) = serde_json::from_slice::<Graph>(&std::fs::read(path).unwrap()) else {
            continue;
        };
        if graph.entities.len() > 24 || graph.relations.len() > 60 {
            continue;
        }
        graphs += 1;
        graph.restore_quotes();
        pmap_graph::tidy::tidy(&mut graph);
        let _ = pmap_graph::validate(&graph);
        let at = positions(&graph);
        assert_eq!(positions(&graph), at, "{}", path.display());
        for lang in [Lang::En, Lang::Zh] {
            let mut state = ViewState::new(lang);
            state.selected = graph.entities.first().map(|e| e.id.clone());
            state.depth = Some(1);
            let scene = Scene::build(&graph, &at, &state);
            let (svg, _) = export::svg(&graph, &scene, lang);
            assert!(
                svg.starts_with("<svg") || svg.starts_with("<?xml"),
                "{}",
                path.display()
            );
            let _ = export::csv(&graph, lang);
            let _ = export::gexf(&graph, lang);
        }
    }
    assert!(graphs >= 3, "{graphs} of the kept inputs are graphs");
}
