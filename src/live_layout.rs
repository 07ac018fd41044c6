//! The layout of data that came without positions, run in slices of at most [`SLICE_MS`] on the
//! main thread, each its own task (a `MessageChannel` posting to itself, so no timer clamping),
//! so input and frames go on between them. The map shows the layout as it goes, redrawn no more
//! often than the drawing can afford, and says it is busy (`aria-busy`) until it settles.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageChannel, MessagePort};

use yew::prelude::*;

use crate::bundle::Pending;

/// The longest a slice of layout work may keep the main thread.
const SLICE_MS: f64 = 8.0;
/// The shortest time between two redraws of a layout in progress.
const MIN_REDRAW_MS: f64 = 100.0;

fn now() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |p| p.now())
}

struct Runner {
    pending: Pending,
    publish: Callback<BTreeMap<String, [f64; 2]>>,
    done: Callback<()>,
    stop: Rc<Cell<bool>>,
    /// The channel's two ends: slices are posted to `outbox` and arrive at `inbox`.
    inbox: MessagePort,
    outbox: MessagePort,
    /// The inbox's handler (kept alive with the runner, removed when it goes).
    _handler: Closure<dyn FnMut(JsValue)>,
    /// Posts the next slice from an animation frame (after a redraw), and the frame asked for.
    after_frame: Closure<dyn FnMut(f64)>,
    frame: Option<i32>,
    /// When the last redraw was asked for, and when the next may be.
    published_at: Option<f64>,
    next_redraw: f64,
}

impl Drop for Runner {
    fn drop(&mut self) {
        if let Some(id) = self.frame.take() {
            let _ = gloo::utils::window().cancel_animation_frame(id);
        }
        self.inbox.set_onmessage(None);
        self.inbox.close();
        self.outbox.close();
    }
}

impl Runner {
    /// One slice: ticks for up to `SLICE_MS`, a redraw when due, the next slice posted.
    fn slice(&mut self) {
        self.frame = None;
        if self.stop.get() {
            self.done.emit(());
            return;
        }
        let start = now();
        // What the last redraw cost, the browser's rendering included (this slice waited for the
        // frame that showed it): redraws take at most a fifth of the time.
        if let Some(at) = self.published_at.take() {
            self.next_redraw = start + (4.0 * (start - at)).max(MIN_REDRAW_MS);
        }
        let settled = self
            .pending
            .0
            .borrow_mut()
            .step(|| now() - start < SLICE_MS);
        let end = now();
        if settled || end >= self.next_redraw {
            self.publish.emit(self.pending.0.borrow().positions());
            self.published_at = Some(end);
        }
        if settled {
            self.done.emit(());
        } else if self.published_at.is_some() {
            // Go on once the redraw is on screen.
            self.frame = gloo::utils::window()
                .request_animation_frame(self.after_frame.as_ref().unchecked_ref())
                .ok();
        } else {
            let _ = self.outbox.post_message(&JsValue::NULL);
        }
    }
}

/// Runs `pending` to its end in slices, sending positions to `publish` as it goes; `stop` ends
/// it early (the visitor moved an entity). True while it runs.
#[hook]
pub fn use_live_layout(
    pending: Option<Pending>,
    publish: Callback<BTreeMap<String, [f64; 2]>>,
    stop: Rc<Cell<bool>>,
) -> bool {
    let busy = use_state(|| pending.is_some());
    {
        let busy = busy.clone();
        use_effect_with(pending, move |pending| {
            let runner = pending.clone().and_then(|pending| {
                let channel = MessageChannel::new().ok()?;
                let done = Callback::from(move |_| busy.set(false));
                let outbox = channel.port2();
                let after_frame = Closure::<dyn FnMut(f64)>::new(move |_| {
                    let _ = outbox.post_message(&JsValue::NULL);
                });
                let runner = Rc::new_cyclic(|weak: &Weak<RefCell<Runner>>| {
                    let weak = weak.clone();
                    let handler = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                        if let Some(runner) = weak.upgrade() {
                            runner.borrow_mut().slice();
                        }
                    });
                    channel
                        .port1()
                        .set_onmessage(Some(handler.as_ref().unchecked_ref()));
                    RefCell::new(Runner {
                        pending,
                        publish,
                        done,
                        stop,
                        inbox: channel.port1(),
                        outbox: channel.port2(),
                        _handler: handler,
                        after_frame,
                        frame: None,
                        published_at: None,
                        next_redraw: now() + MIN_REDRAW_MS,
                    })
                });
                let _ = channel.port2().post_message(&JsValue::NULL);
                Some(runner)
            });
            move || drop(runner)
        });
    }
    *busy
}
