//! The graph bundled at build time (build.rs writes it into OUT_DIR) and its parsing in the
//! browser: `JSON.parse` plus serde-wasm-bindgen, so no JSON parser is compiled into the wasm.
//!
//! Data from outside is read defensively: only its own data is copied (into objects without a
//! prototype, so a host page's patched `Object.prototype` cannot add fields), within stated
//! limits ([`MAX_TEXT_CHARS`], [`MAX_ENTITIES`], [`MAX_RELATIONS`], [`MAX_DEPTH`]), and names are
//! tidied before they are shown (`pmap_graph::tidy`).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::LiveLayout;
use wasm_bindgen::prelude::*;
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
    /// A large graph's layout, not started yet: `lay_out_first` starts it, in a task of its own
    /// (setting up a layout of thousands of entities is itself tens of milliseconds).
    pub unplaced: bool,
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
/// are drawn at once and settle in view. (Drawn with no layout at all, a large map's first
/// redraws cost more than these 30 ms save: its starting placement crowds every label.)
const FIRST_LAYOUT_MS: f64 = 30.0;

/// A map of more entities than this is read, laid out (the first slice) and drawn in three tasks
/// (`embed::Inner::show`), not one: at 2,000 entities ~100–200 ms each, not one of ~300–450 ms.
pub const LARGE: usize = 300;

/// The bundled graph, or a message saying why it cannot be read.
pub fn bundled() -> Result<MapData, String> {
    from_json(BUNDLE)
}

/// The largest data text read (UTF-16 units, about as many bytes for this format's JSON).
pub const MAX_TEXT_CHARS: u32 = 20_000_000;
/// The most entities and relations a map shows: beyond, the page would stall while drawing.
pub const MAX_ENTITIES: u32 = 10_000;
pub const MAX_RELATIONS: u32 = 50_000;
/// How deeply the data may nest (the format itself needs 5 levels).
pub const MAX_DEPTH: u32 = 64;

#[wasm_bindgen(inline_js = r#"
export function own_data(value, maxDepth, keep) {
  const copy = (v, depth) => {
    if (v === null || typeof v !== 'object') return typeof v === 'function' ? undefined : v;
    if (depth > maxDepth) throw new Error('it nests deeper than ' + maxDepth + ' levels');
    if (Array.isArray(v)) {
      const n = v.length, out = [];
      for (let i = 0; i < n; i++) out[i] = copy(v[i], depth + 1);
      return out;
    }
    const out = Object.create(null);
    for (const k of Object.keys(v)) out[k] = depth === 0 && k === keep ? v[k] : copy(v[k], depth + 1);
    return out;
  };
  return copy(value, 0);
}
"#)]
extern "C" {
    /// The own, enumerable data of `value` in plain arrays and objects without a prototype (its
    /// field `keep` as it is); an error when it nests deeper than `max_depth` or reading it
    /// throws (a getter, a proxy).
    #[wasm_bindgen(catch)]
    fn own_data(value: &JsValue, max_depth: u32, keep: &str) -> Result<JsValue, JsValue>;
}

/// The own data of `value` (see `own_data`; its field `keep` as it is, to be read later — `""`
/// for none: no field of the options or the data format has that name), or why it cannot be read.
pub(crate) fn own(value: &JsValue, keep: &str) -> Result<JsValue, String> {
    own_data(value, MAX_DEPTH, keep).map_err(|e| describe(&e))
}

/// Parses a graph in the project's data format, validating it.
pub fn from_json(json: &str) -> Result<MapData, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| format!("not JSON: {}", describe(&e)))?;
    from_value(value)
}

/// Reads a graph object (already parsed, e.g. given by the host page), validating it.
pub fn from_value(value: JsValue) -> Result<MapData, String> {
    Ok(Reader::new(value)?.into_data())
}

/// The own data of a graph object (see `own_data`), within the limits on its lists.
fn own_graph(value: JsValue) -> Result<JsValue, String> {
    if !value.is_object() {
        return Err("the data is not an object in the project's data format".into());
    }
    let value = own(&value, "").map_err(|e| format!("the data cannot be read: {e}"))?;
    for (key, most) in [("entities", MAX_ENTITIES), ("relations", MAX_RELATIONS)] {
        let list = js_sys::Reflect::get(&value, &JsValue::from_str(key)).unwrap_or_default();
        if js_sys::Array::is_array(&list) {
            let n = list.unchecked_ref::<js_sys::Array>().length();
            if n > most {
                return Err(format!(
                    "it has {n} {key}; a map shows at most {most} (leave some out)"
                ));
            }
        }
    }
    Ok(value)
}

/// A graph object being read: at once (a small graph, or one that cannot be read: why), or a
/// large one's entities and relations a slice at a time ([`Reader::step`]), so that reading
/// thousands of them is no long task.
pub enum Reading {
    Done(Result<MapData, String>),
    Slices(Reader),
}

impl Reading {
    pub fn start(value: JsValue) -> Reading {
        match Reader::new(value) {
            Ok(reader) if reader.entities.length() as usize > LARGE => Reading::Slices(reader),
            Ok(reader) => Reading::Done(Ok(reader.into_data())),
            Err(e) => Reading::Done(Err(e)),
        }
    }
}

/// A graph's own data, read item by item: an item that cannot be read is left out with a notice
/// naming it by its place in its list, and the rest is shown.
pub struct Reader {
    value: JsValue,
    entities: js_sys::Array,
    relations: js_sys::Array,
    /// Items read so far: the entities, then the relations.
    next: u32,
    graph: Graph,
    notices: Vec<String>,
}

impl Reader {
    /// A reader of `value`'s own data; an error when it is not a graph of the data format (no
    /// version number, or a list missing).
    fn new(value: JsValue) -> Result<Reader, String> {
        let value = own_graph(value)?;
        let field = |key: &str| js_sys::Reflect::get(&value, &JsValue::from_str(key)).ok();
        let list = |key: &str| {
            field(key)
                .filter(js_sys::Array::is_array)
                .map(|l| js_sys::Array::from(&l))
                .ok_or_else(|| format!("it has no list of {key} (the data format's `{key}`)"))
        };
        let version = field("version")
            .and_then(|v| v.as_f64())
            .filter(|v| v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(v))
            .ok_or("it has no version number (the data format's `version`: 1)")?;
        let (documents, entities, relations) =
            (list("documents")?, list("entities")?, list("relations")?);
        let mut notices = Vec::new();
        let mut graph = Graph::empty();
        // A version other than this format's is said by `validate`.
        graph.version = version as u32;
        graph.documents = read_each("documents", documents.iter().collect(), &mut notices, 0);
        graph.layout = field("layout").and_then(|l| serde_wasm_bindgen::from_value(l).ok());
        Ok(Reader {
            value,
            entities,
            relations,
            next: 0,
            graph,
            notices,
        })
    }

    /// Reads items while `more()` says there is time (a slice of them at least); once all are
    /// read, the next call makes the data of them (tidied, validated, its layout started).
    pub fn step(&mut self, mut more: impl FnMut() -> bool) -> Option<MapData> {
        const ITEMS: u32 = 64;
        let mut read_now = false;
        loop {
            let (entities, relations) = (self.entities.length(), self.relations.length());
            if self.next < entities + relations {
                let (list, from, key) = match self.next.checked_sub(entities) {
                    None => (&self.entities, self.next, "entities"),
                    Some(from) => (&self.relations, from, "relations"),
                };
                let end = (from + ITEMS).min(list.length());
                let items = (from..end).map(|i| list.get(i)).collect();
                if key == "entities" {
                    let read = read_each(key, items, &mut self.notices, from);
                    self.graph.entities.extend(read);
                } else {
                    let read = read_each(key, items, &mut self.notices, from);
                    self.graph.relations.extend(read);
                }
                self.next += end - from;
                read_now = true;
            } else if read_now {
                // Tidying and validating: a slice of its own.
                return None;
            } else {
                let graph = std::mem::replace(&mut self.graph, Graph::empty());
                let notices = std::mem::take(&mut self.notices);
                return Some(ready(&self.value, graph, notices));
            }
            if !more() {
                return None;
            }
        }
    }

    /// The data, read at once.
    fn into_data(mut self) -> MapData {
        loop {
            if let Some(data) = self.step(|| true) {
                return data;
            }
        }
    }
}

/// A graph read from data: quotes restored, tidied, validated, its layout started (a large
/// graph's first slice is a task of its own: `lay_out_first`).
fn ready(value: &JsValue, mut graph: Graph, mut notices: Vec<String>) -> MapData {
    graph.restore_quotes();
    let tidied = pmap_graph::tidy::tidy(&mut graph);
    notices.extend(
        js_sys::Reflect::get(value, &JsValue::from_str("notices"))
            .ok()
            .and_then(|n| serde_wasm_bindgen::from_value::<Vec<String>>(n).ok())
            .unwrap_or_default(),
    );
    notices.extend(pmap_graph::validate(&graph).iter().map(|p| p.to_string()));
    notices.extend(tidied.iter().map(|p| p.to_string()));
    let large = graph.entities.len() > LARGE;
    if large && LiveLayout::needed(&graph) {
        return MapData {
            timeline: Rc::new(pmap_view::timeline(&graph)),
            graph: Rc::new(graph),
            positions: BTreeMap::new(),
            notices,
            layout: None,
            unplaced: true,
        };
    }
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
            let settled = first_slice(&mut live, js_sys::Date::now());
            let positions = live.positions();
            (
                positions,
                (!settled).then(|| Pending(Rc::new(RefCell::new(live)))),
            )
        }
    };
    MapData {
        timeline: Rc::new(pmap_view::timeline(&graph)),
        graph: Rc::new(graph),
        positions,
        notices,
        layout,
        unplaced: false,
    }
}

/// The items of list `key` that can be read (the first is item `first` of the list); a notice
/// for each that cannot.
fn read_each<T: serde::de::DeserializeOwned>(
    key: &str,
    items: Vec<JsValue>,
    notices: &mut Vec<String>,
    first: u32,
) -> Vec<T> {
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| {
            serde_wasm_bindgen::from_value(item)
                .map_err(|e| notices.push(format!("{key}[{}] left out: {e}", first as usize + i)))
                .ok()
        })
        .collect()
}

/// The layout's first slice (up to [`FIRST_LAYOUT_MS`] from `start`); whether it settled.
fn first_slice(live: &mut LiveLayout, start: f64) -> bool {
    live.step(|| js_sys::Date::now() - start < FIRST_LAYOUT_MS)
}

/// `data` after the first slice of its layout, when that has not run yet (a large graph's:
/// `embed::Inner::show` runs it in a task between reading the data and drawing it).
pub fn lay_out_first(data: &MapData) -> Option<MapData> {
    let start = js_sys::Date::now();
    let pending = if data.unplaced {
        Pending(Rc::new(RefCell::new(LiveLayout::new(&data.graph)?)))
    } else {
        let pending = data.layout.clone()?;
        if pending.0.borrow().ticks() > 0 {
            return None;
        }
        pending
    };
    // The setting up counts in the slice's time.
    let settled = first_slice(&mut pending.0.borrow_mut(), start);
    let positions = pending.0.borrow().positions();
    // The data anew with the slice's positions (not a clone whose positions are thrown away).
    Some(MapData {
        graph: data.graph.clone(),
        positions,
        timeline: data.timeline.clone(),
        notices: data.notices.clone(),
        layout: (!settled).then_some(pending),
        unplaced: false,
    })
}

/// The message of a JavaScript error (or "unknown error").
pub(crate) fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
