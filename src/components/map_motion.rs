//! Panning and zooming without drawing anew: while a wheel, a pan or a pinch goes on, the map's
//! `<svg>` is moved as one (a CSS transform on its own composited layer, set through CSSOM, which
//! a strict Content-Security-Policy allows), and drawn anew for the new view once the gesture has
//! rested (`rest_ms`), or at once when the moved drawing would leave part of the map empty.
//! Any render draws the current view and takes the transform off. The map's frame (`.map-wrap`)
//! contains it strictly (style.css): without that, Chrome re-layers the whole page at every step
//! (measured: 60 ms a frame at 2,000 entities, against 1 ms).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use pmap_view::Viewport;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

/// How long a gesture rests before the map is drawn anew for its view: 150 ms, and longer for
/// larger maps, whose new drawing takes longer than that (else a slow frame would count as a rest
/// and draw anew, making the next frame slow in turn).
fn rest_ms(entities: usize) -> u32 {
    150 + u32::try_from(entities / 8)
        .unwrap_or(u32::MAX / 2)
        .min(2_000)
}
/// How much of the drawing may be bare at an edge while it is moved (a share of its size).
const SLACK: f64 = 0.04;

/// The drawn view and the means to move it; cloned into the gesture handlers.
#[derive(Clone)]
pub struct Motion {
    svg: NodeRef,
    /// The view being shown (what the visitor asked for).
    view: Rc<RefCell<Viewport>>,
    /// The view the drawing was made for (the last render).
    drawn: Rc<RefCell<Viewport>>,
    redraw: UseForceUpdateHandle,
    rest: Rc<RefCell<Option<Timeout>>>,
    /// How many entities the map shows (the last render's).
    entities: Rc<Cell<usize>>,
}

#[hook]
pub fn use_motion(svg: NodeRef, view: Rc<RefCell<Viewport>>, entities: usize) -> Motion {
    let drawn = use_mut_ref(|| *view.borrow());
    let shown = use_memo((), |_| Rc::new(Cell::new(entities)));
    shown.set(entities);
    let redraw = use_force_update();
    let rest = use_mut_ref(|| None::<Timeout>);
    // After every render the drawing shows `view`: no transform any more.
    {
        let (svg, view, drawn, rest) = (svg.clone(), view.clone(), drawn.clone(), rest.clone());
        use_effect(move || {
            *drawn.borrow_mut() = *view.borrow();
            rest.borrow_mut().take();
            if let Some(svg) = svg.cast::<SvgElement>() {
                clear(&svg);
            }
        });
    }
    Motion {
        svg,
        view,
        drawn,
        redraw,
        rest,
        entities: (*shown).clone(),
    }
}

impl Motion {
    /// The view changed by a continuous gesture: move the drawing there, draw anew at rest.
    pub fn moved(&self) {
        let Some(svg) = self.svg.cast::<SvgElement>() else {
            return self.redraw.force_update();
        };
        let size = [svg.client_width() as f64, svg.client_height() as f64];
        let (drawn, view) = (*self.drawn.borrow(), *self.view.borrow());
        if size[0] <= 0.0 || size[1] <= 0.0 || !drawn.still_covers(&view, size, SLACK) {
            return self.redraw.force_update();
        }
        let [k, tx, ty] = drawn.transform_to(&view, size);
        // The transform works on the border box; the views on the content, inside the border.
        let b = svg.client_left() as f64;
        let (tx, ty) = (tx + b - k * b, ty + b - k * b);
        let style = svg.style();
        if !svg.class_list().contains("moving") {
            let _ = svg.class_list().add_1("moving");
        }
        let _ = style.set_property(
            "transform",
            &format!("translate({}px, {}px) scale({})", num(tx), num(ty), num(k)),
        );
        let redraw = self.redraw.clone();
        *self.rest.borrow_mut() = Some(Timeout::new(rest_ms(self.entities.get()), move || {
            redraw.force_update()
        }));
    }
}

/// Takes the transform off (and the style attribute with it).
fn clear(svg: &SvgElement) {
    if svg.has_attribute("style") {
        let _ = svg.remove_attribute("style");
    }
    if svg.class_list().contains("moving") {
        let _ = svg.class_list().remove_1("moving");
    }
}

/// A number as JavaScript writes it (no float formatting compiled into the wasm).
fn num(v: f64) -> String {
    js_sys::Number::from(v)
        .to_string_with_radix(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "0".into())
}

/// The screen box of the drawing's content as laid out, whatever transform it has now: the
/// map's frame (`.map-wrap`, never moved; the drawing sits at its top-left) inside the drawing's
/// border.
pub fn drawing_rect(svg: &Element) -> [f64; 4] {
    let origin = svg
        .closest(".map-wrap")
        .ok()
        .flatten()
        .map(|p| p.get_bounding_client_rect())
        .map_or([0.0, 0.0], |r| [r.left(), r.top()]);
    [
        origin[0] + svg.client_left() as f64,
        origin[1] + svg.client_top() as f64,
        svg.client_width() as f64,
        svg.client_height() as f64,
    ]
}
