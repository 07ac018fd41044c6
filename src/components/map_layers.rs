//! The map's drawing in layers, bottom to top: lines, labels, each entity's invisible hit disc,
//! the marks. Each layer is a component of its own whose properties do not include the view, so
//! panning and zooming (a new `viewBox` on the drawing) re-render none of them; labels and hit
//! discs change only when the zoom crosses a step of their size. Past [`BATCHED_EDGES`] lines and
//! [`BATCHED_MARKS`] entities, lines and marks are drawn as a few paths and found under the
//! pointer by geometry; the entities the keyboard, the selection or a path need keep an element.

use std::rc::Rc;

use pmap_view::{
    batch_marks, step, Action, Anchor, Direction, Emphasis, LabelSpot, Scene, SceneNode,
};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::entity_glyph::glyph;
use crate::dom;

/// A scene compared by identity: the same scene, the same drawing (a new one is built whenever
/// the state or the positions change).
#[derive(Clone)]
pub struct SceneRef(pub Rc<Scene>);

impl PartialEq for SceneRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

pub fn emphasis_class(e: Emphasis) -> &'static str {
    match e {
        Emphasis::Normal => "normal",
        Emphasis::Focus => "focus",
        Emphasis::Neighbour => "neighbour",
        Emphasis::Faded => "faded",
    }
}

/// One layer of the drawing and what it needs besides the scene.
#[derive(Clone, PartialEq)]
pub enum Layer {
    /// One line per related pair.
    Edges,
    /// The labels that fit, with where each goes (`pmap_view::placed_labels`), at their scale.
    Labels {
        placed: Rc<Vec<Option<LabelSpot>>>,
        scale: f64,
    },
    /// Every entity's invisible hit disc, of at least `radius` layout units.
    Hits { radius: f64 },
    /// The marks: a focusable, named button per entity; `entry` is the map's one Tab stop,
    /// `focused` the entity that last had keyboard focus (the two that can show a focus ring).
    /// An arrow key towards an entity without an element of its own (batched) asks `on_roam`
    /// to give it one and focus it.
    Nodes {
        entry: Option<String>,
        focused: Option<String>,
        on_action: Callback<Action>,
        on_roam: Callback<String>,
        svg_ref: NodeRef,
    },
}

#[derive(Properties, PartialEq)]
pub struct LayerProps {
    pub scene: SceneRef,
    pub layer: Layer,
}

/// A layer (one component for all four: each component type costs the wasm several kB).
#[component]
pub fn DrawingLayer(props: &LayerProps) -> Html {
    let scene = &props.scene.0;
    match &props.layer {
        Layer::Edges => edges(scene),
        Layer::Labels { placed, scale } => labels(scene, placed, *scale),
        Layer::Hits { radius } => hits(scene, *radius),
        Layer::Nodes {
            entry,
            focused,
            on_action,
            on_roam,
            svg_ref,
        } => nodes(
            scene,
            [entry.as_deref(), focused.as_deref()],
            (on_action, on_roam),
            svg_ref,
        ),
    }
}

/// Past this many lines, the lines are drawn as a few paths (one per look) instead of an element
/// each: tens of thousands of elements are what makes a large SVG slow to draw, pan and zoom.
/// Lines are then found under the pointer by geometry (`pmap_view::edge_at`).
pub const BATCHED_EDGES: usize = 600;

/// Whether the scene's lines are drawn batched.
pub fn batched(scene: &Scene) -> bool {
    scene.edges.len() > BATCHED_EDGES
}

/// Past this many entities, the marks are drawn as a few paths (one per type and look) and the
/// hit discs go: five elements an entity made the first drawing of 2,000 entities a task of most
/// of a second, and every redraw while the layout settled another. The entities the keyboard,
/// the selection or a path need are still drawn one by one, as focusable, named buttons; every
/// entity is a button in the list view.
pub const BATCHED_MARKS: usize = 500;

/// Whether the scene's marks are drawn batched.
pub fn marks_batched(scene: &Scene) -> bool {
    scene.nodes.len() > BATCHED_MARKS
}

/// One line per related pair; heavier when it stands for several relations.
fn edges(scene: &Scene) -> Html {
    if batched(scene) {
        return batched_edges(scene);
    }
    let edges = scene.edges.iter().enumerate().map(|(i, e)| {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let (x1, y1, x2, y2) = (tenths(a.x), tenths(a.y), tenths(b.x), tenths(b.y));
        html! {
            // A line that stands for several relations is drawn heavier; hovering it names them.
            <g class={classes!("edge", emphasis_class(e.emphasis), e.on_path.then_some("on-path"), (e.count > 1).then_some("multi"))}
                data-edge={i.to_string()}>
                <title>{ e.title.clone() }</title>
                <line x1={x1.clone()} y1={y1.clone()} x2={x2.clone()} y2={y2.clone()} />
                <line class="hit" {x1} {y1} {x2} {y2} />
            </g>
        }
    });
    html! { <g class="edges" aria-hidden="true">{ for edges }</g> }
}

/// The lines as one path per look (emphasis, on a path, several relations), drawn in the order
/// of the per-line layer: faded first, the path last.
fn batched_edges(scene: &Scene) -> Html {
    let look = |e: &pmap_view::SceneEdge| {
        let rank: usize = match e.emphasis {
            Emphasis::Faded => 0,
            Emphasis::Normal => 1,
            Emphasis::Neighbour => 2,
            Emphasis::Focus => 3,
        };
        (e.on_path, rank, e.count > 1)
    };
    // Sixteen looks at most, in drawing order: (on a path, emphasis rank, several relations).
    let mut groups: Vec<Option<(Emphasis, bool, bool, String)>> = vec![None; 16];
    for e in &scene.edges {
        let (on_path, rank, multi) = look(e);
        let slot = usize::from(on_path) * 8 + rank * 2 + usize::from(multi);
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let d = &mut groups[slot]
            .get_or_insert_with(|| (e.emphasis, on_path, multi, String::new()))
            .3;
        for (command, x, y) in [("M", a.x, a.y), ("L", b.x, b.y)] {
            d.push_str(command);
            pmap_view::export::push_tenths(d, x);
            d.push(' ');
            pmap_view::export::push_tenths(d, y);
        }
    }
    let paths = groups.into_iter().flatten().map(|(emphasis, on_path, multi, d)| {
        html! {
            <path class={classes!("edge-batch", emphasis_class(emphasis), on_path.then_some("on-path"), multi.then_some("multi"))} {d} />
        }
    });
    html! { <g class="edges" aria-hidden="true">{ for paths }</g> }
}

/// The labels that fit, at their scale.
fn labels(scene: &Scene, placed: &[Option<LabelSpot>], scale: f64) -> Html {
    let labels = scene
        .nodes
        .iter()
        .zip(placed)
        .filter_map(|(n, at)| at.map(|at| label(n, at, scale)));
    html! { <g class="labels" aria-hidden="true">{ for labels }</g> }
}

/// Every entity's invisible hit disc (none when the marks are batched: found by geometry).
fn hits(scene: &Scene, radius: f64) -> Html {
    if marks_batched(scene) {
        return Html::default();
    }
    let hits = scene
        .nodes
        .iter()
        .map(|n| hit(n, radius.max(MARK_RADIUS * n.size)));
    html! { <g class="hits" aria-hidden="true">{ for hits }</g> }
}

/// The marks: a focusable, named button per entity; past [`BATCHED_MARKS`], a path per look
/// and a button for each entity the keyboard, the selection or a path needs.
fn nodes(
    scene: &Rc<Scene>,
    [entry, focused]: [Option<&str>; 2],
    callbacks: (&Callback<Action>, &Callback<String>),
    svg_ref: &NodeRef,
) -> Html {
    let tab_stop = |n: &SceneNode| entry == Some(n.id.as_str());
    let ring = |n: &SceneNode| tab_stop(n) || focused == Some(n.id.as_str());
    let button = |n: &SceneNode| node(n, tab_stop(n), ring(n), scene, callbacks, svg_ref);
    if !marks_batched(scene) {
        return html! { <g class="nodes">{ for scene.nodes.iter().map(button) }</g> };
    }
    let own = |n: &SceneNode| n.selected || n.on_path || ring(n);
    let paths = batch_marks(scene, own).into_iter().map(|b| {
        let faded = if b.faded { " faded" } else { "" };
        let class = format!("mark-batch glyph type-{}{faded}", b.kind.as_str());
        html! { <path {class} d={b.d} /> }
    });
    // Keyed: an entity that gets a button gets a new element, so that focus moves to it.
    let buttons = scene.nodes.iter().filter(|n| own(n)).map(|n| {
        html! { <g key={n.id.clone()}>{ button(n) }</g> }
    });
    html! {
        <g class="nodes">
            <g class="mark-batches" aria-hidden="true">{ for paths }</g>
            <g class="own-marks">{ for buttons }</g>
        </g>
    }
}

/// Half the size of a mark, in layout units (`pmap_view::glyph_path`).
pub const MARK_RADIUS: f64 = 11.0;

fn node_classes(n: &SceneNode, kind: &'static str) -> Classes {
    classes!(
        kind,
        emphasis_class(n.emphasis),
        n.selected.then_some("selected"),
        n.on_path.then_some("on-path")
    )
}

/// An entity's invisible hit disc: a target of at least 24 × 24 px around its mark.
fn hit(n: &SceneNode, radius: f64) -> Html {
    html! {
        <circle class="hit" cx={tenths(n.x)} cy={tenths(n.y)} r={tenths(radius)} data-entity={n.id.clone()} />
    }
}

/// An entity's label where `placed_labels` put it (under, over or beside its mark); pressing it
/// is pressing the entity.
fn label(n: &SceneNode, at: LabelSpot, scale: f64) -> Html {
    let lines = n.label.iter().enumerate().map(|(i, line)| {
        html! { <tspan x="0" dy={if i == 0 { "0" } else { "1.15em" }}>{ line.clone() }</tspan> }
    });
    let transform = format!(
        "translate({} {}) scale({})",
        tenths(at.x),
        tenths(at.top),
        tenths(scale)
    );
    let mut classes = node_classes(n, "node-label");
    classes.push(n.hub.then_some("hub"));
    classes.push(match at.anchor {
        Anchor::Middle => None,
        Anchor::Start => Some("start"),
        Anchor::End => Some("end"),
    });
    html! {
        <g class={classes} {transform} data-entity={n.id.clone()}>
            <text class="label" y="9">{ for lines }</text>
        </g>
    }
}

/// The entity with the most relations shown (the first such, in scene order).
pub fn most_connected(scene: &Scene) -> Option<String> {
    let mut degree = vec![0usize; scene.nodes.len()];
    for e in &scene.edges {
        degree[e.from] += e.count;
        degree[e.to] += e.count;
    }
    let best = (0..degree.len()).max_by_key(|&i| (degree[i], std::cmp::Reverse(i)))?;
    Some(scene.nodes[best].id.clone())
}

fn node(
    n: &SceneNode,
    tab_stop: bool,
    focus_ring: bool,
    scene: &Rc<Scene>,
    (on_action, on_roam): (&Callback<Action>, &Callback<String>),
    svg_ref: &NodeRef,
) -> Html {
    // Pointers select at `pointerup` (see `Gestures`); a click with no pointer behind it
    // (`detail` 0: assistive technology activating the button) selects here.
    let onclick = {
        let (id, on_action) = (n.id.clone(), on_action.clone());
        Callback::from(move |e: MouseEvent| {
            if e.detail() == 0 {
                on_action.emit(Action::Select(id.clone()));
            }
        })
    };
    let onkeydown = {
        let (id, dispatch, on_roam, scene, svg_ref) = (
            n.id.clone(),
            on_action.clone(),
            on_roam.clone(),
            scene.clone(),
            svg_ref.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                e.prevent_default();
                dispatch.emit(Action::Select(id.clone()));
            } else if let Some(direction) = Direction::from_key(&key) {
                e.prevent_default();
                let Some(to) = step(&scene, &id, direction) else {
                    return;
                };
                match svg_ref
                    .cast::<Element>()
                    .and_then(|svg| button_of(&svg, &to))
                {
                    Some(el) => dom::focus(&el),
                    // A batched mark: it gets a button of its own, focused once drawn.
                    None => on_roam.emit(to),
                }
            }
        })
    };
    html! {
        <g class={node_classes(n, "node")}
            role="button" tabindex={if tab_stop { "0" } else { "-1" }} aria-label={n.accessible_name.clone()}
            aria-pressed={if n.selected { "true" } else { "false" }}
            transform={format!("translate({} {}) scale({})", tenths(n.x), tenths(n.y), tenths(n.size))}
            data-entity={n.id.clone()} {onclick} {onkeydown}>
            // Only where it shows (thousands of empty rings cost a large map its speed).
            if n.selected || n.on_path {
                <circle class="select-ring" r="15" />
            }
            // Only on the entities that can have focus: the Tab stop and the one focused last
            // (a ring on every entity costs a large map a tenth of its elements).
            if focus_ring {
                <circle class="focus-ring" r="19" />
            }
            { glyph(n.kind) }
        </g>
    }
}

/// The button of entity `id` on the map, if it has one.
pub fn button_of(svg: &Element, id: &str) -> Option<Element> {
    let buttons = svg.query_selector_all(".nodes [role=button]").ok()?;
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<Element>().ok())
        .find(|el| el.get_attribute("data-entity").as_deref() == Some(id))
}

/// A coordinate to one decimal, formatted through integers: the wasm needs no float formatting.
pub fn tenths(v: f64) -> String {
    pmap_view::export::n(v)
}
