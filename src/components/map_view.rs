//! The map: one SVG with a line per related pair (a count when it stands for several relations,
//! its relations named on hover) and a focusable, named button per entity. Pan by dragging the
//! background, zoom with the buttons, the keyboard (+ − 0), pinch, or the wheel once the map has
//! been clicked (or with Ctrl, so the host page still scrolls). Dragging an entity moves it.

use std::cell::RefCell;
use std::rc::Rc;

use pmap_view::{
    placed_labels, step, ui, Action, Direction, Emphasis, Lang, Scene, SceneNode, Viewport,
    ZOOM_STEP,
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
    pub on_action: Callback<Action>,
    pub on_drag: Callback<Dragged>,
    /// A line was clicked: its first relation (index in the graph).
    pub on_relation: Callback<usize>,
}

/// A pointer gesture under way.
#[derive(Default)]
enum Mode {
    #[default]
    Idle,
    Pan,
    /// Pressing on an entity: a drag once it moves a few pixels, else a click.
    Node {
        id: String,
        start: [f64; 2],
        moved: bool,
    },
    Pinch {
        distance: f64,
    },
}

#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, [f64; 2])>,
    mode: Mode,
    /// The entity under the pointer that went down (set by the entity, read by the map).
    pressed: Option<String>,
    /// The click that ends a drag selects nothing.
    swallow_click: bool,
    /// The wheel zooms once the map has been clicked (until the pointer leaves it).
    armed: bool,
}

/// Labels grow up to this factor over their layout size when the map is zoomed out.
const MAX_LABEL_SCALE: f64 = 2.0;

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
        let (gesture, svg_ref) = (gesture.clone(), svg_ref.clone());
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.armed = true;
            let p = [e.client_x() as f64, e.client_y() as f64];
            g.pointers.retain(|(id, _)| *id != e.pointer_id());
            g.pointers.push((e.pointer_id(), p));
            if let Some(svg) = svg_ref.cast::<Element>() {
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
            let pressed = g.pressed.take();
            g.mode = match (g.pointers.as_slice(), pressed) {
                ([(_, a), (_, b)], _) => Mode::Pinch {
                    distance: distance(*a, *b),
                },
                (_, Some(id)) => Mode::Node {
                    id,
                    start: p,
                    moved: false,
                },
                _ => Mode::Pan,
            };
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
            let mut g = gesture.borrow_mut();
            let p = [e.client_x() as f64, e.client_y() as f64];
            let Some(slot) = g.pointers.iter().position(|(id, _)| *id == e.pointer_id()) else {
                return;
            };
            let before = g.pointers[slot].1;
            g.pointers[slot].1 = p;
            let Some(rect) = rect_of(&svg_ref) else {
                return;
            };
            let v = *viewport.borrow();
            let pinch = match g.pointers.as_slice() {
                [(_, a), (_, b)] => {
                    Some((distance(*a, *b), [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0]))
                }
                _ => None,
            };
            match &mut g.mode {
                Mode::Idle => {}
                Mode::Pan => {
                    *viewport.borrow_mut() = v.pan_pixels(rect, p[0] - before[0], p[1] - before[1]);
                    redraw.force_update();
                }
                Mode::Node { id, start, moved } => {
                    *moved |= distance(*start, p) > 4.0;
                    if *moved {
                        on_drag.emit((id.clone(), v.to_layout(rect, p)));
                    }
                }
                Mode::Pinch { distance: d0 } => {
                    if let Some((d1, middle)) = pinch {
                        if *d0 > 0.0 && d1 > 0.0 {
                            let at = v.to_layout(rect, middle);
                            *viewport.borrow_mut() = v.zoom_at(d1 / *d0, at);
                            *d0 = d1;
                            redraw.force_update();
                        }
                    }
                }
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|(id, _)| *id != e.pointer_id());
            if let Mode::Node { moved: true, .. } = g.mode {
                g.swallow_click = true;
            }
            g.mode = if g.pointers.len() == 1 {
                Mode::Pan
            } else {
                Mode::Idle
            };
        })
    };
    let onpointerleave = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() && e.pointer_type() == "mouse" {
                g.armed = false;
            }
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
        let (mx, my) = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let count = (e.count > 1).then(|| {
            html! { <text class="edge-count" x={tenths(mx)} y={tenths(my)}>{ e.count }</text> }
        });
        let enter = {
            let hovered_edge = hovered_edge.clone();
            Callback::from(move |_: MouseEvent| hovered_edge.set(Some(i)))
        };
        let leave = {
            let hovered_edge = hovered_edge.clone();
            Callback::from(move |_: MouseEvent| hovered_edge.set(None))
        };
        let (x1, y1, x2, y2) = (tenths(a.x), tenths(a.y), tenths(b.x), tenths(b.y));
        // Clicking a line reports (and selects the source of) its first relation.
        let onclick = props.on_relation.reform({
            let first = e.relations[0];
            move |_: MouseEvent| first
        });
        html! {
            <g class={classes!("edge", emphasis_class(e.emphasis), e.on_path.then_some("on-path"))}
                onmouseenter={enter} onmouseleave={leave} {onclick}>
                <title>{ e.title.clone() }</title>
                <line x1={x1.clone()} y1={y1.clone()} x2={x2.clone()} y2={y2.clone()} />
                <line class="hit" {x1} {y1} {x2} {y2} />
                { for count }
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
            (1.0 / ppu).clamp(1.0, MAX_LABEL_SCALE)
        }
        _ => 1.0,
    };
    let placed = placed_labels(&scene, label_scale);
    let nodes = scene
        .nodes
        .iter()
        .zip(placed)
        .map(|(n, labelled)| {
            let scale = labelled.then_some(label_scale);
            node(n, scale, &scene, &props.on_action, &gesture, &svg_ref)
        })
        .collect::<Vec<Html>>();
    html! {
        <div class="map-wrap">
            <svg class="map" ref={svg_ref} role="group" aria-label={strings.map_label} viewBox={view_box}
                preserveAspectRatio="xMidYMid meet"
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
                {onpointerleave} {onkeydown}>
                <g class="edges" aria-hidden="true">{ for edges }</g>
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

fn node(
    n: &SceneNode,
    label_scale: Option<f64>,
    scene: &Rc<Scene>,
    on_action: &Callback<Action>,
    gesture: &Rc<RefCell<Gesture>>,
    svg_ref: &NodeRef,
) -> Html {
    let onclick = {
        let (id, gesture, on_action) = (n.id.clone(), gesture.clone(), on_action.clone());
        Callback::from(move |_: MouseEvent| {
            if std::mem::take(&mut gesture.borrow_mut().swallow_click) {
                return;
            }
            on_action.emit(Action::Select(id.clone()));
        })
    };
    let onpointerdown = {
        let (id, gesture) = (n.id.clone(), gesture.clone());
        Callback::from(move |_: PointerEvent| gesture.borrow_mut().pressed = Some(id.clone()))
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
    let id = n.id.clone();
    let onmouseenter = on_action.reform(move |_: MouseEvent| Action::Hover(Some(id.clone())));
    let onmouseleave = on_action.reform(|_: MouseEvent| Action::Hover(None));
    let id = n.id.clone();
    let onfocus = on_action.reform(move |_: FocusEvent| Action::Hover(Some(id.clone())));
    let onblur = on_action.reform(|_: FocusEvent| Action::Hover(None));
    let lines = n.label.iter().enumerate().map(|(i, line)| {
        html! { <tspan x="0" dy={if i == 0 { "0" } else { "1.15em" }}>{ line.clone() }</tspan> }
    });
    html! {
        <g class={classes!("node", emphasis_class(n.emphasis), n.selected.then_some("selected"), n.on_path.then_some("on-path"))}
            role="button" tabindex="0" aria-label={n.accessible_name.clone()}
            aria-pressed={if n.selected { "true" } else { "false" }}
            transform={format!("translate({} {})", tenths(n.x), tenths(n.y))}
            {onclick} {onpointerdown} {onkeydown} {onmouseenter} {onmouseleave} {onfocus} {onblur}>
            <circle class="focus-ring" r="16" />
            <EntityGlyph kind={n.kind} />
            if let Some(k) = label_scale {
                <g transform={format!("scale({})", tenths(k))}>
                    <text class="label" y="26" aria-hidden="true">{ for lines }</text>
                </g>
            }
        </g>
    }
}

fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// A coordinate to one decimal, formatted through integers: the wasm needs no float formatting.
pub fn tenths(v: f64) -> String {
    pmap_view::export::n(v)
}
