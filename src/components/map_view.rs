//! The map: one SVG with a line per related pair (a count when it stands for several relations,
//! its relations named on hover) and a focusable, named button per entity. Pan by dragging the
//! background, zoom with the buttons, the keyboard (+ − 0), pinch, a double click, or the wheel
//! once the map has been clicked (or with Ctrl, so the host page still scrolls). Dragging an
//! entity moves it; pressing and releasing on an entity or a line selects it (`pmap_view::Gestures`).
//!
//! Layers, bottom to top: lines, labels, each entity's invisible hit disc (at least 24 px across
//! on screen), the marks. So the centre of every mark is that entity's own target, and a press
//! near a small mark still reaches it.

use std::rc::Rc;

use pmap_view::{
    label_top, placed_labels, step, ui, Action, Direction, Emphasis, Gestures, Lang, Outcome,
    PointerKind, Scene, SceneNode, Target, Viewport, ZOOM_STEP,
};
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent, WheelEvent};
use yew::prelude::*;

use super::EntityGlyph;
use crate::dom;
use crate::state::Dragged;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub scene: Rc<Scene>,
    pub lang: Lang,
    pub selected: Option<String>,
    /// Changes when the map should centre on the selection.
    pub recentre: u32,
    /// Changes when the graph does (the view is fitted anew).
    pub data_key: usize,
    /// Steps shown around the selection: a change fits the view to what is shown.
    pub depth: Option<u8>,
    pub on_action: Callback<Action>,
    pub on_drag: Callback<Dragged>,
    /// A line was clicked: its first relation (index in the graph).
    pub on_relation: Callback<usize>,
}

/// The pointers on the map, and what the mouse is over.
#[derive(Default)]
struct Gesture {
    gestures: Gestures,
    /// The wheel zooms once the map has been clicked (until the pointer leaves it).
    armed: bool,
    /// The entity last reported as hovered.
    hovered: Option<String>,
    /// The entity that last had keyboard focus: the map's one Tab stop (roving tabindex).
    roving: Option<String>,
}

/// What an event's target is part of: an entity (`data-entity` on its mark, hit disc and label)
/// or a line (`data-edge`, its index in the scene). One listener on the map reads it, instead of
/// listeners on every element.
fn under(e: &Event, scene: &Scene) -> (Option<String>, Option<usize>) {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("[data-entity],[data-edge]").ok().flatten())
    else {
        return (None, None);
    };
    let edge = el
        .get_attribute("data-edge")
        .and_then(|i| i.parse::<usize>().ok())
        .filter(|i| *i < scene.edges.len());
    (el.get_attribute("data-entity"), edge)
}

/// The radius, in CSS px on screen, of an entity's hit disc: 24 × 24 px targets (WCAG 2.2).
const HIT_RADIUS_PX: f64 = 12.0;

/// Labels grow up to this factor over their layout size when the map is zoomed out (they keep
/// their 11 px on screen down to a third of the layout's scale).
const MAX_LABEL_SCALE: f64 = 3.0;

fn emphasis_class(e: Emphasis) -> &'static str {
    match e {
        Emphasis::Normal => "normal",
        Emphasis::Focus => "focus",
        Emphasis::Neighbour => "neighbour",
        Emphasis::Faded => "faded",
    }
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let scene = props.scene.clone();
    let strings = ui(props.lang);
    let svg_ref = use_node_ref();
    let viewport = use_mut_ref(|| Viewport::fit(scene.view_box));
    let gesture = use_mut_ref(Gesture::default);
    let redraw = use_force_update();
    let hovered_edge = use_state(|| None::<usize>);
    // The drawing's size on screen, for labels that keep theirs (0 while hidden).
    let size = use_state(|| [0.0f64; 2]);
    {
        let (svg_ref, size) = (svg_ref.clone(), size.clone());
        use_effect_with((), move |_| {
            let watch = svg_ref
                .cast::<Element>()
                .and_then(|svg| dom::watch_size(&svg, Callback::from(move |s| size.set(s))));
            move || drop(watch)
        });
    }

    // New data: fit it.
    {
        let (viewport, redraw, base) = (viewport.clone(), redraw.clone(), scene.view_box);
        use_effect_with(props.data_key, move |_| {
            *viewport.borrow_mut() = Viewport::fit(base);
            redraw.force_update();
        });
    }
    // "1 step from the selection" and back: fit what is shown (not on the first draw).
    {
        let (viewport, redraw, shown) = (viewport.clone(), redraw.clone(), scene.shown_box);
        let first = use_mut_ref(|| true);
        use_effect_with(props.depth, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                *viewport.borrow_mut() = Viewport::fit(shown);
                redraw.force_update();
            }
        });
    }
    // Following a link or a search hit: centre on the selection.
    {
        let (viewport, redraw, scene) = (viewport.clone(), redraw.clone(), scene.clone());
        let selected = props.selected.clone();
        use_effect_with(props.recentre, move |&recentre| {
            if recentre > 0 {
                if let Some(n) = selected.as_deref().and_then(|id| scene.node(id)) {
                    let v = *viewport.borrow();
                    *viewport.borrow_mut() = v.centre_on([n.x, n.y]);
                    redraw.force_update();
                }
            }
        });
    }
    // The wheel: a listener of our own, not passive, so that it may keep the page from scrolling
    // when (and only when) it zooms the map.
    {
        let (viewport, gesture, redraw, svg_ref) = (
            viewport.clone(),
            gesture.clone(),
            redraw.clone(),
            svg_ref.clone(),
        );
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<Element>().map(|svg| {
                let target = svg.clone();
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&target, "wheel", options, move |e| {
                    let Some(e) = e.dyn_ref::<WheelEvent>() else {
                        return;
                    };
                    if !(gesture.borrow().armed || e.ctrl_key()) {
                        return;
                    }
                    e.prevent_default();
                    let rect = dom::rect(&svg);
                    let v = *viewport.borrow();
                    let at = v.to_layout(rect, [e.client_x() as f64, e.client_y() as f64]);
                    let factor = (-e.delta_y().clamp(-100.0, 100.0) * 0.005).exp();
                    *viewport.borrow_mut() = v.zoom_at(factor, at);
                    redraw.force_update();
                })
            });
            move || drop(listener)
        });
    }

    let zoom = |factor: Option<f64>| {
        let (viewport, redraw, base) = (viewport.clone(), redraw.clone(), scene.shown_box);
        Callback::from(move |_: MouseEvent| {
            let v = *viewport.borrow();
            *viewport.borrow_mut() = match factor {
                Some(f) => v.zoom_by(f),
                None => Viewport::fit(base),
            };
            redraw.force_update();
        })
    };
    let rect_of = |svg_ref: &NodeRef| svg_ref.cast::<Element>().map(|e| dom::rect(&e));

    let onpointerdown = {
        let (gesture, svg_ref, scene) = (gesture.clone(), svg_ref.clone(), scene.clone());
        Callback::from(move |e: PointerEvent| {
            // Only the main button (or a finger, or a pen's tip) moves and selects.
            if e.button() != 0 {
                return;
            }
            let target = match under(&e, &scene) {
                (Some(id), _) => Target::Entity(id),
                // Pressing a line reports (and selects the source of) its first relation.
                (None, Some(i)) => Target::Relation(scene.edges[i].relations[0]),
                _ => Target::Background,
            };
            let mut g = gesture.borrow_mut();
            g.armed = true;
            let kind = PointerKind::from_dom(&e.pointer_type());
            let at = [e.client_x() as f64, e.client_y() as f64];
            g.gestures.down(e.pointer_id(), kind, at, target);
            if let Some(svg) = svg_ref.cast::<Element>() {
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let onpointermove = {
        let (gesture, viewport, redraw, svg_ref, on_drag) = (
            gesture.clone(),
            viewport.clone(),
            redraw.clone(),
            svg_ref.clone(),
            props.on_drag.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let at = [e.client_x() as f64, e.client_y() as f64];
            let outcome = gesture.borrow_mut().gestures.moved(e.pointer_id(), at);
            let Some(rect) = rect_of(&svg_ref) else {
                return;
            };
            let v = *viewport.borrow();
            match outcome {
                Outcome::Pan([dx, dy]) => {
                    *viewport.borrow_mut() = v.pan_pixels(rect, dx, dy);
                    redraw.force_update();
                }
                Outcome::Drag(id, to) => on_drag.emit((id, v.to_layout(rect, to))),
                Outcome::Pinch { factor, at } => {
                    *viewport.borrow_mut() = v.zoom_at(factor, v.to_layout(rect, at));
                    redraw.force_update();
                }
                _ => {}
            }
        })
    };
    let onpointerup = {
        let (gesture, on_action, on_relation) = (
            gesture.clone(),
            props.on_action.clone(),
            props.on_relation.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let outcome = gesture.borrow_mut().gestures.up(e.pointer_id());
            match outcome {
                Outcome::Select(id) => on_action.emit(Action::Select(id)),
                Outcome::SelectRelation(r) => on_relation.emit(r),
                _ => {}
            }
        })
    };
    let onpointercancel = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| gesture.borrow_mut().gestures.cancel(e.pointer_id()))
    };
    // A double click (or double tap) zooms in around the pointer, as on a street map.
    let ondblclick = {
        let (viewport, redraw, svg_ref) = (viewport.clone(), redraw.clone(), svg_ref.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(rect) = rect_of(&svg_ref) else {
                return;
            };
            e.prevent_default();
            let v = *viewport.borrow();
            let at = v.to_layout(rect, [e.client_x() as f64, e.client_y() as f64]);
            *viewport.borrow_mut() = v.zoom_at(ZOOM_STEP, at);
            redraw.force_update();
        })
    };
    // Hovering (or focusing) any part of an entity lights up its neighbours; a line names its
    // relations.
    let hover = {
        let (gesture, scene, on_action, hovered_edge, redraw) = (
            gesture.clone(),
            scene.clone(),
            props.on_action.clone(),
            hovered_edge.clone(),
            redraw.clone(),
        );
        Callback::from(move |e: Event| {
            let (entity, edge) = under(&e, &scene);
            let mut g = gesture.borrow_mut();
            let moved_stop = e.type_() == "focusin" && entity.is_some() && g.roving != entity;
            if moved_stop {
                g.roving = entity.clone();
            }
            if g.hovered != entity {
                g.hovered = entity.clone();
                on_action.emit(Action::Hover(entity));
            } else if moved_stop {
                redraw.force_update();
            }
            if *hovered_edge != edge {
                hovered_edge.set(edge);
            }
        })
    };
    let onmouseover = hover.reform(|e: MouseEvent| e.into());
    let onfocusin = hover.reform(|e: FocusEvent| e.into());
    // Focus leaving the map ends the highlight; moving inside it is the next `focusin`'s to
    // handle (one render per arrow key, not two).
    let onfocusout = {
        let (gesture, on_action, svg_ref) =
            (gesture.clone(), props.on_action.clone(), svg_ref.clone());
        Callback::from(move |e: FocusEvent| {
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = svg_ref
                .cast::<Element>()
                .is_some_and(|svg| to.is_some_and(|to| svg.contains(Some(&to))));
            if !inside && gesture.borrow_mut().hovered.take().is_some() {
                on_action.emit(Action::Hover(None));
            }
        })
    };
    let onpointerleave = {
        let (gesture, on_action, hovered_edge) = (
            gesture.clone(),
            props.on_action.clone(),
            hovered_edge.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if !g.gestures.active() && e.pointer_type() == "mouse" {
                g.armed = false;
            }
            if g.hovered.take().is_some() {
                on_action.emit(Action::Hover(None));
            }
            hovered_edge.set(None);
        })
    };
    let onkeydown = {
        let (viewport, redraw, base) = (viewport.clone(), redraw.clone(), scene.shown_box);
        Callback::from(move |e: KeyboardEvent| {
            let v = *viewport.borrow();
            let next = match e.key().as_str() {
                "+" | "=" => v.zoom_by(ZOOM_STEP),
                "-" | "_" => v.zoom_by(1.0 / ZOOM_STEP),
                "0" => Viewport::fit(base),
                _ => return,
            };
            e.prevent_default();
            *viewport.borrow_mut() = next;
            redraw.force_update();
        })
    };

    let [x, y, w, h] = viewport.borrow().view_box();
    let view_box = format!("{} {} {} {}", tenths(x), tenths(y), tenths(w), tenths(h));
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
    let edge_label = hovered_edge.and_then(|i| scene.edges.get(i)).map(|e| {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let (mx, my) = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let lines = e.title.lines().enumerate().map(|(i, line)| {
            html! { <tspan x={tenths(mx)} dy={if i == 0 { "0" } else { "1.2em" }}>{ line.to_string() }</tspan> }
        });
        html! { <text class="edge-label" x={tenths(mx)} y={tenths(my - 8.0)}>{ for lines }</text> }
    });
    // Labels keep about their size on screen however far the map is zoomed out, and give way
    // where they would cover a more important one.
    let label_scale = match *size {
        [w, h] if w > 0.0 && h > 0.0 => {
            let ppu = viewport.borrow().pixels_per_unit([0.0, 0.0, w, h]);
            // Up to the next tenth (the scale is written with one decimal): 11 px is a floor.
            ((1.0 / ppu).clamp(1.0, MAX_LABEL_SCALE) * 10.0).ceil() / 10.0
        }
        _ => 1.0,
    };
    let placed = placed_labels(&scene, label_scale);
    let hit_radius = match *size {
        [w, h] if w > 0.0 && h > 0.0 => {
            let ppu = viewport.borrow().pixels_per_unit([0.0, 0.0, w, h]);
            (HIT_RADIUS_PX / ppu).max(MARK_RADIUS)
        }
        _ => 16.0,
    };
    let labels = scene
        .nodes
        .iter()
        .zip(&placed)
        .filter(|(_, labelled)| **labelled)
        .map(|(n, _)| label(n, label_scale))
        .collect::<Vec<Html>>();
    let hits = scene
        .nodes
        .iter()
        .map(|n| hit(n, hit_radius.max(MARK_RADIUS * n.size)))
        .collect::<Vec<Html>>();
    // One Tab stop for the whole map: the selection, else the entity focused last, else the most
    // connected one; the arrow keys move between entities from there.
    let shown = |id: &Option<String>| id.clone().filter(|id| scene.node(id).is_some());
    let entry = shown(&props.selected)
        .or_else(|| shown(&gesture.borrow().roving))
        .or_else(|| most_connected(&scene));
    let nodes = scene
        .nodes
        .iter()
        .map(|n| {
            let tab_stop = entry.as_deref() == Some(n.id.as_str());
            node(n, tab_stop, &scene, &props.on_action, &svg_ref)
        })
        .collect::<Vec<Html>>();
    html! {
        <div class="map-wrap">
            // Focusable by a click (not a Tab stop): keys such as Escape and + − 0 then reach the map.
            <svg class="map" ref={svg_ref} role="group" aria-label={strings.map_label} viewBox={view_box} tabindex="-1"
                preserveAspectRatio="xMidYMid meet"
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {ondblclick}
                {onpointerleave} {onkeydown} {onmouseover} {onfocusin} {onfocusout}>
                <g class="edges" aria-hidden="true">{ for edges }</g>
                <g class="labels" aria-hidden="true">{ for labels }</g>
                <g class="hits" aria-hidden="true">{ for hits }</g>
                <g class="nodes">{ for nodes }</g>
                <g class="overlay" aria-hidden="true">{ for edge_label }</g>
            </svg>
            <div class="zoom" role="group" aria-label={strings.zoom}>
                <button type="button" aria-label={strings.zoom_in} title={strings.zoom_in} onclick={zoom(Some(ZOOM_STEP))}>{ "+" }</button>
                <button type="button" aria-label={strings.zoom_out} title={strings.zoom_out} onclick={zoom(Some(1.0 / ZOOM_STEP))}>{ "−" }</button>
                <button type="button" aria-label={strings.fit} title={strings.fit} onclick={zoom(None)}>{ "⤢" }</button>
            </div>
        </div>
    }
}

/// Half the size of a mark, in layout units (`pmap_view::glyph_path`).
const MARK_RADIUS: f64 = 11.0;

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

/// An entity's label, under its mark; pressing it is pressing the entity.
fn label(n: &SceneNode, scale: f64) -> Html {
    let lines = n.label.iter().enumerate().map(|(i, line)| {
        html! { <tspan x="0" dy={if i == 0 { "0" } else { "1.15em" }}>{ line.clone() }</tspan> }
    });
    let transform = format!(
        "translate({} {}) scale({})",
        tenths(n.x),
        tenths(label_top(n)),
        tenths(scale)
    );
    let mut classes = node_classes(n, "node-label");
    classes.push(n.hub.then_some("hub"));
    html! {
        <g class={classes} {transform} data-entity={n.id.clone()}>
            <text class="label" y="9">{ for lines }</text>
        </g>
    }
}

/// The entity with the most relations shown (the first such, in scene order).
fn most_connected(scene: &Scene) -> Option<String> {
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
    scene: &Rc<Scene>,
    on_action: &Callback<Action>,
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
        let (id, dispatch, scene, svg_ref) = (
            n.id.clone(),
            on_action.clone(),
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
                let target = step(&scene, &id, direction)
                    .and_then(|to| scene.nodes.iter().position(|m| m.id == to));
                let element = target.and_then(|j| {
                    svg_ref
                        .cast::<Element>()?
                        .query_selector(".nodes")
                        .ok()??
                        .children()
                        .item(j as u32)
                });
                if let Some(el) = element {
                    dom::focus(&el);
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
            <circle class="select-ring" r="15" />
            <circle class="focus-ring" r="19" />
            <EntityGlyph kind={n.kind} />
        </g>
    }
}

/// A coordinate to one decimal, formatted through integers: the wasm needs no float formatting.
pub fn tenths(v: f64) -> String {
    pmap_view::export::n(v)
}
