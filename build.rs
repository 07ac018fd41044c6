//! Build step of the widget: parses every `data/corpus/*.txt` (with optional `.meta.json`
//! sidecars) with pmap-extract, lays the graph out with pmap-view's deterministic layout, and
//! writes `bundle.json` into OUT_DIR, which the widget embeds. Adding an article and rebuilding
//! is all a maintainer does. An unreadable article is left out with a warning and a notice the
//! map shows; it never stops the build.

use std::fs;
use std::path::Path;

use pmap_extract::{extract, Meta, Source};
use pmap_graph::Layout;

fn main() {
    let corpus = Path::new("data/corpus");
    println!("cargo:rerun-if-changed=data/corpus");
    println!("cargo:rerun-if-changed=data/gazetteer.json");
    let mut notices = Vec::new();
    let mut sources = Vec::new();
    let mut paths: Vec<_> = fs::read_dir(corpus)
        .map(|dir| dir.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("article")
            .to_string();
        let text = match fs::read(path).map(String::from_utf8) {
            Ok(Ok(text)) if !text.trim().is_empty() => text,
            Ok(Ok(_)) => {
                notice(&mut notices, format!("{id}: the article is empty"));
                continue;
            }
            Ok(Err(_)) => {
                notice(&mut notices, format!("{id}: the article is not UTF-8 text"));
                continue;
            }
            Err(e) => {
                notice(&mut notices, format!("{id}: {e}"));
                continue;
            }
        };
        let meta_path = path.with_file_name(format!("{id}.meta.json"));
        let meta = match fs::read_to_string(&meta_path) {
            Ok(json) => match serde_json::from_str::<Meta>(&json) {
                Ok(meta) => Some(meta),
                Err(e) => {
                    notice(&mut notices, format!("{id}.meta.json is ignored: {e}"));
                    None
                }
            },
            Err(_) => None,
        };
        sources.push(Source { id, text, meta });
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
