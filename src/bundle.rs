//! The graph bundled at build time (build.rs writes it into OUT_DIR) and its parsing in the
//! browser: `JSON.parse` plus serde-wasm-bindgen, so no JSON parser is compiled into the wasm.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::LiveLayout;
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
    /// The layout still to compute when it did not settle before the first drawing: the map
    /// goes on with it between frames (`crate::live_layout`).
    pub layout: Option<Pending>,
}

/// A layout in progress, shared by the data and the map that runs it.
#[derive(Clone)]
pub struct Pending(pub Rc<RefCell<LiveLayout>>);

impl PartialEq for Pending {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pending({} ticks)", self.0.borrow().ticks())
    }
}

/// Time the layout may take before the first drawing: small graphs are drawn settled, large ones
/// are drawn at once and settle in view.
const FIRST_LAYOUT_MS: f64 = 30.0;

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
    let (mut graph, mut notices) = match serde_wasm_bindgen::from_value::<Graph>(value.clone()) {
        Ok(graph) => (graph, Vec::new()),
        // Some items are bad: show the others, and say which were left out.
        Err(whole) => item_by_item(&value).ok_or_else(|| whole.to_string())?,
    };
    graph.restore_quotes();
    notices.extend(
        js_sys::Reflect::get(&value, &JsValue::from_str("notices"))
            .ok()
            .and_then(|n| serde_wasm_bindgen::from_value::<Vec<String>>(n).ok())
            .unwrap_or_default(),
    );
    notices.extend(pmap_graph::validate(&graph).iter().map(|p| p.to_string()));
    let (positions, layout) = match LiveLayout::new(&graph) {
        // The graph's own layout places every entity.
        None => (
            graph
                .layout
                .as_ref()
                .map(|l| l.positions.clone())
                .unwrap_or_default(),
            None,
        ),
        Some(mut live) => {
            let start = js_sys::Date::now();
            let settled = live.step(|| js_sys::Date::now() - start < FIRST_LAYOUT_MS);
            let positions = live.positions();
            (
                positions,
                (!settled).then(|| Pending(Rc::new(RefCell::new(live)))),
            )
        }
    };
    Ok(MapData {
        timeline: Rc::new(pmap_view::timeline(&graph)),
        graph: Rc::new(graph),
        positions,
        notices,
        layout,
    })
}

/// A graph read one document, entity and relation at a time, leaving out (with a notice naming
/// it by JSON path) each item that cannot be read. `None` when the data is not a graph of this
/// format at all (no version 1, or a list missing), which stays an error.
fn item_by_item(value: &JsValue) -> Option<(Graph, Vec<String>)> {
    let field = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).ok();
    if field("version")?.as_f64() != Some(f64::from(pmap_graph::FORMAT_VERSION)) {
        return None;
    }
    let mut notices = Vec::new();
    let list = |key: &str| -> Option<Vec<JsValue>> {
        let items = field(key)?;
        if !js_sys::Array::is_array(&items) {
            return None;
        }
        let items: Vec<JsValue> = js_sys::Array::from(&items).iter().collect();
        Some(items)
    };
    let (documents, entities, relations) =
        (list("documents")?, list("entities")?, list("relations")?);
    let mut graph = Graph::empty();
    graph.documents = read_each("documents", documents, &mut notices);
    graph.entities = read_each("entities", entities, &mut notices);
    graph.relations = read_each("relations", relations, &mut notices);
    graph.layout = field("layout").and_then(|l| serde_wasm_bindgen::from_value(l).ok());
    Some((graph, notices))
}

/// The items of list `key` that can be read; a notice for each that cannot.
fn read_each<T: serde::de::DeserializeOwned>(
    key: &str,
    items: Vec<JsValue>,
    notices: &mut Vec<String>,
) -> Vec<T> {
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| {
            serde_wasm_bindgen::from_value(item)
                .map_err(|e| notices.push(format!("{key}[{i}] left out: {e}")))
                .ok()
        })
        .collect()
}

/// The message of a JavaScript error (or "unknown error").
pub(crate) fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
