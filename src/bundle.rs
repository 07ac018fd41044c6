//! The graph bundled at build time (build.rs writes it into OUT_DIR) and its parsing in the
//! browser: `JSON.parse` plus serde-wasm-bindgen, so no JSON parser is compiled into the wasm.

use std::collections::BTreeMap;
use std::rc::Rc;

use pmap_graph::Graph;
use wasm_bindgen::JsValue;

const BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/bundle.json"));

/// A graph ready to draw: positions for every entity, and notices for the visitor.
#[derive(Debug, Clone, PartialEq)]
pub struct MapData {
    pub graph: Rc<Graph>,
    pub positions: BTreeMap<String, [f64; 2]>,
    /// The stops of the time slider.
    pub timeline: Rc<Vec<String>>,
    /// Problems with the data that did not stop it from being shown.
    pub notices: Vec<String>,
}

/// The bundled graph, or a message saying why it cannot be read.
pub fn bundled() -> Result<MapData, String> {
    from_json(BUNDLE)
}

/// Parses a graph in the project's data format, validating it.
pub fn from_json(json: &str) -> Result<MapData, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| format!("not JSON: {}", describe(&e)))?;
    from_value(value)
}

/// Reads a graph object (already parsed, e.g. given by the host page), validating it.
pub fn from_value(value: JsValue) -> Result<MapData, String> {
    if !value.is_object() {
        return Err("the data is not an object in the project's data format".into());
    }
    let mut graph: Graph =
        serde_wasm_bindgen::from_value(value.clone()).map_err(|e| e.to_string())?;
    graph.restore_quotes();
    let mut notices: Vec<String> = js_sys::Reflect::get(&value, &JsValue::from_str("notices"))
        .ok()
        .and_then(|n| serde_wasm_bindgen::from_value(n).ok())
        .unwrap_or_default();
    notices.extend(pmap_graph::validate(&graph).iter().map(|p| p.to_string()));
    let positions = pmap_view::positions(&graph);
    Ok(MapData {
        timeline: Rc::new(pmap_view::timeline(&graph)),
        graph: Rc::new(graph),
        positions,
        notices,
    })
}

fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
