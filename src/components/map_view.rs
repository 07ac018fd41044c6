//! The map: one SVG with a line per related pair (a count when it stands for several relations,
//! its relations named on hover) and a focusable, named button per entity. Pan by dragging the
//! background, zoom with the buttons, the keyboard (+ − 0), pinch, a double click, or the wheel
//! once the map has been clicked (or with Ctrl, so the host page still scrolls). Dragging an
//! entity moves it; pressing and releasing on an entity or a line selects it (`pmap_view::Gestures`).
//!
//! Layers (`map_layers`), bottom to top: lines, labels, each entity's invisible hit disc (at least 24 px across
//! on screen), the marks. So the centre of every mark is that entity's own target, and a press
//! near a small mark still reaches it. A large map's batched lines and marks are found under the
//! pointer by geometry, with the same reach.

use std::rc::Rc;

use pmap_view::{
    edge_at, node_at, placed_labels, ui, Action, Gestures, Lang, Outcome, PointerKind, Scene,
    Target, Viewport, ZOOM_STEP,
};
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent, WheelEvent};
use yew::prelude::*;

use super::map_layers::{
    batched, button_of, marks_batched, most_connected, tenths, DrawingLayer, Layer, SceneRef,
    MARK_RADIUS,
};
use super::map_motion::{drawing_rect, use_motion};
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
    /// The layout is still settling (`aria-busy`); the view follows it until the visitor moves it.
    #[prop_or_default]
    pub busy: bool,
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
    /// An entity given a button by an arrow key (a batched mark), to focus once drawn.
    focus_next: Option<String>,
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

/// How near, in CSS px on screen, a press or hover must be to a batched line to reach it.
const LINE_REACH_PX: f64 = 5.0;

/// The batched line under a point (layout units) on a drawing of `ppu` CSS pixels per layout
/// unit, found by geometry (`None` for per-line drawings, where the browser's hit testing finds
/// them).
fn line_at(scene: &Scene, at: [f64; 2], ppu: f64) -> Option<usize> {
    batched(scene)
        .then(|| edge_at(scene, at, LINE_REACH_PX / ppu))
        .flatten()
}

/// The batched mark under a point, found by geometry with a hit disc's reach (`None` when every
/// mark has its element, where the browser's hit testing finds them).
fn mark_at(scene: &Scene, at: [f64; 2], ppu: f64) -> Option<String> {
    marks_batched(scene)
        .then(|| node_at(scene, at, MARK_RADIUS, HIT_RADIUS_PX / ppu))
        .flatten()
        .map(|i| scene.nodes[i].id.clone())
}

/// What is under a pointer: an element's entity or line (its index in the scene), else a
/// batched mark, else a batched line (marks first: they are drawn over the lines).
fn pointed(
    e: &PointerEvent,
    scene: &Scene,
    svg: Option<Element>,
    viewport: &Viewport,
) -> (Option<String>, Option<usize>) {
    let found = under(e, scene);
    let Some(svg) = svg.filter(|_| found == (None, None)) else {
        return found;
    };
    let rect = drawing_rect(&svg);
    let at = viewport.to_layout(rect, [e.client_x() as f64, e.client_y() as f64]);
    let ppu = viewport.pixels_per_unit(rect);
    match mark_at(scene, at, ppu) {
        Some(id) => (Some(id), None),
        None => (None, line_at(scene, at, ppu)),
    }
}

/// 2^(1/4): the step of hit disc sizes.
const QUARTER_OCTAVE: f64 = 1.189_207_115_002_721;

/// Past this many labels shown, labels are hidden while the map moves.
const MANY_LABELS: usize = 200;

/// The radius, in CSS px on screen, of an entity's hit disc: 24 × 24 px targets (WCAG 2.2).
const HIT_RADIUS_PX: f64 = 12.0;

/// Labels grow up to this factor over their layout size when the map is zoomed out (they keep
/// their 11 px on screen down to a third of the layout's scale).
const MAX_LABEL_SCALE: f64 = 3.0;

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let scene = props.scene.clone();
    let strings = ui(props.lang);
    let svg_ref = use_node_ref();
    let viewport = use_mut_ref(|| Viewport::fit(scene.view_box));
    let gesture = use_mut_ref(Gesture::default);
    let redraw = use_force_update();
    let motion = use_motion(svg_ref.clone(), viewport.clone(), scene.nodes.len());
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
    // A layout settling in view: each stage fitted, as long as the visitor has not moved the
    // view (the view they left stays theirs).
    {
        let (viewport, redraw, base) = (viewport.clone(), redraw.clone(), scene.view_box);
        let auto = use_mut_ref(|| Some(*viewport.borrow()));
        let was_busy = use_mut_ref(|| props.busy);
        let key = (props.busy, base.map(f64::to_bits));
        use_effect_with(key, move |&(busy, _)| {
            // While it settles, and once more when it has.
            let following = std::mem::replace(&mut *was_busy.borrow_mut(), busy) || busy;
            let current = *viewport.borrow();
            let mut auto = auto.borrow_mut();
            if following && *auto == Some(current) {
                let fitted = Viewport::fit(base);
                *auto = Some(fitted);
                if fitted != current {
                    *viewport.borrow_mut() = fitted;
                    redraw.force_update();
                }
            } else {
                *auto = None;
            }
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
        let (viewport, gesture, motion, svg_ref) = (
            viewport.clone(),
            gesture.clone(),
            motion.clone(),
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
                    let rect = drawing_rect(&svg);
                    let v = *viewport.borrow();
                    let at = v.to_layout(rect, [e.client_x() as f64, e.client_y() as f64]);
                    let factor = (-e.delta_y().clamp(-100.0, 100.0) * 0.005).exp();
                    *viewport.borrow_mut() = v.zoom_at(factor, at);
                    motion.moved();
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
    let rect_of = |svg_ref: &NodeRef| svg_ref.cast::<Element>().map(|e| drawing_rect(&e));

    let onpointerdown = {
        let (gesture, svg_ref, scene, viewport) = (
            gesture.clone(),
            svg_ref.clone(),
            scene.clone(),
            viewport.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            // Only the main button (or a finger, or a pen's tip) moves and selects.
            if e.button() != 0 {
                return;
            }
            let target = match pointed(&e, &scene, svg_ref.cast::<Element>(), &viewport.borrow()) {
                (Some(id), _) => Target::Entity(id),
                // Pressing a line reports (and selects the source of) its first relation.
                (None, Some(i)) => Target::Relation(scene.edges[i].relations[0]),
                (None, None) => Target::Background,
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
        let (gesture, viewport, motion, svg_ref, on_drag, scene, hovered_edge, on_action) = (
            gesture.clone(),
            viewport.clone(),
            motion.clone(),
            svg_ref.clone(),
            props.on_drag.clone(),
            scene.clone(),
            hovered_edge.clone(),
            props.on_action.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let at = [e.client_x() as f64, e.client_y() as f64];
            // Batched marks and lines: what is under a pointer that is not busy lights up, as
            // on hover.
            let large = batched(&scene) || marks_batched(&scene);
            if large && !gesture.borrow().gestures.active() {
                let (entity, line) =
                    pointed(&e, &scene, svg_ref.cast::<Element>(), &viewport.borrow());
                if *hovered_edge != line && batched(&scene) {
                    hovered_edge.set(line);
                }
                let mut g = gesture.borrow_mut();
                if marks_batched(&scene) && g.hovered != entity {
                    g.hovered = entity.clone();
                    drop(g);
                    on_action.emit(Action::Hover(entity));
                }
            }
            let outcome = gesture.borrow_mut().gestures.moved(e.pointer_id(), at);
            let Some(rect) = rect_of(&svg_ref) else {
                return;
            };
            let v = *viewport.borrow();
            match outcome {
                Outcome::Pan([dx, dy]) => {
                    *viewport.borrow_mut() = v.pan_pixels(rect, dx, dy);
                    motion.moved();
                }
                Outcome::Drag(id, to) => on_drag.emit((id, v.to_layout(rect, to))),
                Outcome::Pinch { factor, at } => {
                    *viewport.borrow_mut() = v.zoom_at(factor, v.to_layout(rect, at));
                    motion.moved();
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
            // (Batched lines are found by `onpointermove`.)
            if *hovered_edge != edge && !batched(&scene) {
                hovered_edge.set(edge);
            }
            // A large map's marks are found under the mouse by `onpointermove` too.
            if marks_batched(&scene) && e.type_() == "mouseover" {
                return;
            }
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
    let edge_label = hovered_edge.and_then(|i| scene.edges.get(i)).map(|e| {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let (mx, my) = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let lines = e.title.lines().enumerate().map(|(i, line)| {
            html! { <tspan x={tenths(mx)} dy={if i == 0 { "0" } else { "1.2em" }}>{ line.to_string() }</tspan> }
        });
        // A batched line has no element of its own to light up: it is drawn again on top.
        let line = batched(&scene).then(|| html! {
            <line class="edge-hover" x1={tenths(a.x)} y1={tenths(a.y)} x2={tenths(b.x)} y2={tenths(b.y)} />
        });
        html! {
            <>
                { for line }
                <text class="edge-label" x={tenths(mx)} y={tenths(my - 8.0)}>{ for lines }</text>
            </>
        }
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
    // No labels before the drawing's size is known (a frame at most): at an unknown scale every
    // label would be placed, ten thousand of them on a large map, for the browser to lay out
    // and then remove.
    let known = matches!(*size, [w, h] if w > 0.0 && h > 0.0);
    let placed = use_memo(
        (SceneRef(scene.clone()), label_scale.to_bits(), known),
        |_| match known {
            true => placed_labels(&scene, label_scale),
            false => vec![None; scene.nodes.len()],
        },
    );
    let hit_radius = match *size {
        [w, h] if w > 0.0 && h > 0.0 => {
            let ppu = viewport.borrow().pixels_per_unit([0.0, 0.0, w, h]);
            // In steps of a quarter octave, so that zooming redraws the discs now and then.
            let wanted = (HIT_RADIUS_PX / ppu).max(MARK_RADIUS);
            let mut r = MARK_RADIUS;
            while r < wanted {
                r *= QUARTER_OCTAVE;
            }
            r
        }
        _ => 16.0,
    };
    // One Tab stop for the whole map: the selection, else the entity focused last, else the most
    // connected one; the arrow keys move between entities from there.
    let shown = |id: &Option<String>| id.clone().filter(|id| scene.node(id).is_some());
    let entry = shown(&props.selected)
        .or_else(|| shown(&gesture.borrow().roving))
        .or_else(|| most_connected(&scene));
    let focused = shown(&gesture.borrow().roving);
    // An arrow key moved to a batched mark: it becomes the Tab stop, drawn as a button. (One
    // callback for the map's life: a new one each render would re-render the marks' layer.)
    let on_roam = {
        let (gesture, redraw) = (gesture.clone(), redraw.clone());
        use_callback((), move |id: String, _| {
            let mut g = gesture.borrow_mut();
            g.roving = Some(id.clone());
            g.focus_next = Some(id);
            redraw.force_update();
        })
    };
    {
        let (gesture, svg_ref) = (gesture.clone(), svg_ref.clone());
        use_effect(move || {
            let next = gesture.borrow_mut().focus_next.take();
            let button = next.and_then(|id| button_of(&svg_ref.cast::<Element>()?, &id));
            if let Some(el) = button {
                dom::focus(&el);
            }
        });
    }
    let over_mark = marks_batched(&scene) && gesture.borrow().hovered.is_some();
    let layer = SceneRef(scene.clone());
    // Hundreds of labels are hidden while the map moves (`map_motion`): a moving drawing with
    // that much text costs the browser 50 ms and more a frame at 2,000 entities (measured).
    let many_labels = placed.iter().filter(|p| p.is_some()).count() > MANY_LABELS;
    let nodes_svg_ref = svg_ref.clone();
    html! {
        <div class="map-wrap">
            // Focusable by a click (not a Tab stop): keys such as Escape and + − 0 then reach the map.
            <svg class={classes!("map", many_labels.then_some("many-labels"), over_mark.then_some("over-mark"))} ref={svg_ref} role="group" aria-label={strings.map_label} viewBox={view_box} tabindex="-1"
                aria-busy={if props.busy { "true" } else { "false" }}
                preserveAspectRatio="xMidYMid meet"
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {ondblclick}
                {onpointerleave} {onkeydown} {onmouseover} {onfocusin} {onfocusout}>
                <DrawingLayer scene={layer.clone()} layer={Layer::Edges} />
                <DrawingLayer scene={layer.clone()} layer={Layer::Labels { placed, scale: label_scale }} />
                <DrawingLayer scene={layer.clone()} layer={Layer::Hits { radius: hit_radius }} />
                <DrawingLayer scene={layer} layer={Layer::Nodes { entry, focused, on_action: props.on_action.clone(), on_roam, svg_ref: nodes_svg_ref }} />
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
