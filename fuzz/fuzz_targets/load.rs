//! The data loader's native half on any JSON: a graph that parses is tidied, validated, laid out
//! and drawn into a scene (selected, filtered by time) and exported, without a panic. (In the
//! browser the same serde types read what `JSON.parse` gives; see src/bundle.rs.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use pmap_graph::Graph;
use pmap_view::{export, positions, Lang, Scene, ViewState};

fuzz_target!(|data: &[u8]| {
    let Ok(mut graph) = serde_json::from_slice::<Graph>(data) else {
        return;
    };
    if graph.entities.len() > 24 || graph.relations.len() > 60 {
        return;
    }
    graph.restore_quotes();
    pmap_graph::tidy::tidy(&mut graph);
    let _ = pmap_graph::validate(&graph);
    let at = positions(&graph);
    for lang in [Lang::En, Lang::Zh] {
        let mut state = ViewState::new(lang);
        state.selected = graph.entities.first().map(|e| e.id.clone());
        state.depth = Some(1);
        let scene = Scene::build(&graph, &at, &state);
        let _ = export::svg(&graph, &scene, lang);
        let _ = export::csv(&graph, lang);
        let _ = export::gexf(&graph, lang);
        let _ = pmap_view::timeline(&graph);
    }
});
