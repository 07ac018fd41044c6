//! The few browser calls components need beyond rendering: element geometry, moving focus,
//! downloads, and the page's history for URL state. Each swallows failures (a browser that says
//! no leaves the map as it was) and never panics.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

/// The element's box on screen: left, top, width, height.
pub fn rect(el: &Element) -> [f64; 4] {
    let r = el.get_bounding_client_rect();
    [r.left(), r.top(), r.width(), r.height()]
}

/// Moves keyboard focus to `el`.
pub fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}

/// The element that has focus in `el`'s document or shadow root, if any.
pub fn focused_in(el: &Element) -> Option<Element> {
    let root = el.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => gloo::utils::document().active_element(),
    }
}

/// Runs `f` once, `ms` milliseconds from now, with nothing left behind once it has run (unlike
/// a forgotten `gloo` timeout, whose closure stays for the page's life).
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
}

/// Saves `text` as a file named `name`.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
        download_url(name, &url);
        // Freed once the browser has surely started saving (revoking at once can cancel it).
        after(30_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
}

/// Saves what `url` points at as a file named `name` (a temporary link, clicked).
pub fn download_url(name: &str, url: &str) {
    let document = gloo::utils::document();
    let Ok(a) = document.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", url);
    let _ = a.set_attribute("download", name);
    if let Some(a) = a.dyn_ref::<HtmlElement>() {
        a.click();
    }
}

/// Renders an SVG document to PNG (twice its size, for sharpness) and saves it.
pub fn download_png(name: &str, svg: &str, width: f64, height: f64) {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let encoded = js_sys::encode_uri_component(svg);
    let name = name.to_string();
    let img = image.clone();
    // One handler for `load` and `error` (only one of them comes): freed once it has run.
    let done = wasm_bindgen::closure::Closure::once_into_js(move |event: web_sys::Event| {
        if event.type_() == "error" {
            // A host page whose policy forbids `data:` images cannot make the picture: say so.
            gloo::console::error!(
                "partnership-map: the PNG could not be made (does the page's Content-Security-Policy allow img-src data:?); SVG export works everywhere"
            );
            return;
        }
        let document = gloo::utils::document();
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width((width * 2.0) as u32);
        canvas.set_height((height * 2.0) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(2.0, 2.0);
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, width, height);
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            download_url(&name, &url);
        }
    });
    image.set_onload(Some(done.unchecked_ref()));
    image.set_onerror(Some(done.unchecked_ref()));
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(encoded)
    ));
}

/// The page's URL fragment (with its `#`).
pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Writes the page's URL fragment: a new history entry when `push`, else in place.
pub fn set_fragment(fragment: &str, push: bool) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let url = if fragment.is_empty() {
        let location = window.location();
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Watches an element's size (ResizeObserver); stops when dropped.
pub struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_size` with the element's width and height now and whenever they change (e.g. a
/// hidden tab shown, a sidebar narrowed). `None` where the browser has no ResizeObserver.
pub fn watch_size(el: &Element, on_size: yew::Callback<[f64; 2]>) -> Option<SizeWatch> {
    let target = el.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
        let r = rect(&target);
        on_size.emit([r[2], r[3]]);
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(SizeWatch {
        observer,
        _callback: callback,
    })
}

/// The open drop-down (a `<details class="popup">` menu) an event happened in, if any.
pub fn popup_of(e: &web_sys::Event) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("details.popup[open]")
        .ok()
        .flatten()
}

/// Closes the open drop-downs under `root` except the one `keep` is in; whether any closed.
pub fn close_popups(root: &Element, keep: Option<&Element>) -> bool {
    let Ok(open) = root.query_selector_all("details.popup[open]") else {
        return false;
    };
    let mut closed = false;
    for i in 0..open.length() {
        let Some(d) = open.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if keep.is_some_and(|k| d.contains(Some(k))) {
            continue;
        }
        let _ = d.remove_attribute("open");
        closed = true;
    }
    closed
}

/// If `had` (the element that had focus inside `root`) is gone or hidden (a followed link
/// re-rendered away, a closed panel or menu) and nothing else has focus, focus moves to the
/// first of `fallbacks` that exists: it is never left on the page's body. (A click on plain text
/// also leaves nothing focused, but `had` is still there: that is left alone.)
pub fn keep_focus(root: &Element, had: &Element, fallbacks: &[&str]) {
    let shown = |el: &Element| {
        let [_, _, w, h] = rect(el);
        el.is_connected() && (w > 0.0 || h > 0.0)
    };
    if shown(had) {
        return;
    }
    let active = match root.get_root_node().dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => gloo::utils::document()
            .active_element()
            .filter(|a| root.contains(Some(a))),
    };
    if active.is_some_and(|a| shown(&a)) {
        return;
    }
    for selector in fallbacks {
        if let Ok(Some(el)) = root.query_selector(selector) {
            focus(&el);
            return;
        }
    }
}

/// Sorts names as a reader of `lang` expects, by the browser's collation (Chinese by pinyin):
/// no collation tables in the wasm.
pub fn collate<T>(items: &mut [T], name: impl Fn(&T) -> &str, lang: &str) {
    let locales = js_sys::Array::of1(&JsValue::from_str(lang));
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    items.sort_by(|a, b| {
        let order = compare
            .call2(&JsValue::NULL, &name(a).into(), &name(b).into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        order.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    });
}
