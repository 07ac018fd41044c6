//! Build step of the widget: parses every `data/corpus/*.txt` (with optional `.meta.json`
//! sidecars) with pmap-extract, lays the graph out with pmap-view's deterministic layout, and
//! writes `bundle.json` into OUT_DIR, which the widget embeds. Adding an article and rebuilding
//! is all a maintainer does. An unreadable article is left out with a warning and a notice the
//! map shows; it never stops the build.

use std::fs;
use std::path::Path;

use pmap_extract::corpus::read_folder;
use pmap_extract::extract;
use pmap_graph::Layout;

fn main() {
    let corpus = Path::new("data/corpus");
    println!("cargo:rerun-if-changed=data/corpus");
    println!("cargo:rerun-if-changed=data/gazetteer.json");
    println!("cargo:rerun-if-changed=data/places.json");
    let (sources, problems) = read_folder(corpus);
    let mut notices = Vec::new();
    for problem in problems {
        notice(&mut notices, problem);
    }
    let mut graph = extract(&sources).graph;
    for problem in pmap_graph::validate(&graph) {
        notice(&mut notices, format!("extracted graph: {problem}"));
    }
    graph.layout = Some(Layout {
        positions: pmap_view::positions(&graph),
    });
    // Quotes are substrings of the bundled articles: the widget restores them from offsets.
    graph.omit_recoverable_quotes();
    let mut bundle = serde_json::to_value(&graph).expect("graph serialises");
    bundle["notices"] = serde_json::Value::from(notices);
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundle.json");
    fs::write(
        &out,
        serde_json::to_string(&bundle).expect("bundle serialises"),
    )
    .expect("OUT_DIR is writable");
}

fn notice(notices: &mut Vec<String>, message: String) {
    println!("cargo:warning={message}");
    notices.push(message);
}
