//! Test helpers that find elements the way a person or a screen reader does: by role and
//! accessible name, inside the widget's shadow root. Also: mounting, dispatching DOM events to a
//! handler (untrusted: a `click` here is an activation without a pointer, as assistive technology
//! sends it; pointer gestures are only tested with trusted input, in tests/e2e), and waiting for
//! Yew to render.

#![allow(dead_code)]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, EventInit, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit, ShadowRoot,
};

/// A map mounted in a fresh host element; removed again on drop.
pub struct Mounted {
    pub host: Element,
    handle: Option<partnership_map::MapHandle>,
}

impl Mounted {
    pub async fn new(lang: Option<&str>) -> Mounted {
        Mounted::with(lang, partnership_map::mount).await
    }

    /// A map of the given data instead of the bundled graph.
    pub async fn with_json(json: &str) -> Mounted {
        Mounted::with(None, |host| partnership_map::mount_json(host, json)).await
    }

    /// A map of a data object given as the host gives it (`setData`).
    pub async fn with_value(value: JsValue) -> Mounted {
        let map = Mounted::new(None).await;
        map.handle.as_ref().expect("mounted").set_data(value);
        settle().await;
        map
    }

    /// The bundled map with explicit options (URL state, focus).
    pub async fn with_options(options: partnership_map::Options) -> Mounted {
        Mounted::with(None, move |host| {
            partnership_map::mount_bundled_with(host, options)
        })
        .await
    }

    async fn with(
        lang: Option<&str>,
        mount: impl FnOnce(&Element) -> Result<partnership_map::MapHandle, JsValue>,
    ) -> Mounted {
        let document = gloo::utils::document();
        let host = document.create_element("partnership-map").unwrap();
        if let Some(lang) = lang {
            host.set_attribute("lang", lang).unwrap();
        }
        document.body().unwrap().append_child(&host).unwrap();
        let handle = mount(&host).expect("mounts");
        settle().await;
        Mounted {
            host,
            handle: Some(handle),
        }
    }

    pub fn shadow(&self) -> ShadowRoot {
        self.host
            .shadow_root()
            .expect("the widget renders in a shadow root")
    }

    pub fn by_role(&self, role: &str, name: &str) -> Element {
        get_by_role(&self.shadow(), role, name)
    }

    pub fn all_by_role(&self, role: &str) -> Vec<Element> {
        all_by_role(&self.shadow(), role)
    }

    /// The section of the details panel under the heading `heading`.
    /// The section (or folding group) a heading names.
    pub fn section(&self, heading: &str) -> Element {
        self.by_role("heading", heading)
            .closest("details, section")
            .ok()
            .flatten()
            .expect("a heading inside its section")
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.host.remove();
    }
}

/// Lets Yew render: a few turns of the event loop.
pub async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            gloo::utils::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }
}

/// The element's ARIA role: explicit, or implied by its tag.
pub fn role_of(el: &Element) -> Option<String> {
    if let Some(role) = el.get_attribute("role") {
        return Some(role);
    }
    let tag = el.tag_name().to_ascii_lowercase();
    if tag == "input" {
        let kind = el.get_attribute("type").unwrap_or_default();
        return Some(
            match kind.as_str() {
                "checkbox" => "checkbox",
                "range" => "slider",
                "search" => "searchbox",
                _ => "textbox",
            }
            .to_string(),
        );
    }
    let implied = match tag.as_str() {
        "button" => "button",
        "select" => "combobox",
        "option" => "option",
        "mark" => "mark",
        "section" if el.has_attribute("aria-label") => "region",
        "a" if el.has_attribute("href") => "link",
        "aside" => "complementary",
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
        "ul" | "ol" => "list",
        "li" => "listitem",
        "blockquote" => "blockquote",
        "dialog" => "dialog",
        "summary" => "button",
        "figure" => "figure",
        "input" => "textbox",
        "nav" => "navigation",
        "main" => "main",
        _ => return None,
    };
    Some(implied.to_string())
}

/// The accessible name: aria-label, else the text content (whitespace collapsed).
pub fn accessible_name(el: &Element) -> String {
    if let Some(label) = el.get_attribute("aria-label") {
        return label;
    }
    el.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Elements below `root` (an element or a shadow root) with this role.
pub fn all_by_role(root: &web_sys::Node, role: &str) -> Vec<Element> {
    let all = match root.dyn_ref::<Element>() {
        Some(el) => el.query_selector_all("*").unwrap(),
        None => root
            .dyn_ref::<web_sys::DocumentFragment>()
            .expect("an element or a shadow root")
            .query_selector_all("*")
            .unwrap(),
    };
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
        .filter(|el| role_of(el).as_deref() == Some(role))
        .collect()
}

/// The one element with this role and accessible name; fails listing what there is.
pub fn get_by_role(root: &web_sys::Node, role: &str, name: &str) -> Element {
    let candidates = all_by_role(root, role);
    let matching: Vec<&Element> = candidates
        .iter()
        .filter(|el| accessible_name(el) == name)
        .collect();
    match matching.as_slice() {
        [one] => (*one).clone(),
        [] => {
            let names: Vec<String> = candidates.iter().map(accessible_name).take(40).collect();
            panic!("no {role} named {name:?}; the {role}s are: {names:?}")
        }
        _ => panic!("{} {role}s are named {name:?}", matching.len()),
    }
}

/// A real, bubbling, composed click.
pub fn click(el: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

/// A bubbling keydown of `key` on `el`.
pub fn press(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

pub fn focus(el: &Element) {
    let init = EventInit::new();
    init.set_bubbles(false);
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        html.focus().unwrap();
    } else {
        let f = js_sys::Reflect::get(el, &JsValue::from_str("focus")).unwrap();
        js_sys::Function::from(f).call0(el).unwrap();
    }
}

/// Types `text` into an input, as a person would (the value, then an `input` event).
pub fn type_into(input: &Element, text: &str) {
    let input = input
        .dyn_ref::<web_sys::HtmlInputElement>()
        .expect("an input");
    input.set_value(text);
    fire(input, "input");
}

/// Chooses `value` in a `<select>` (then a `change` event).
pub fn choose(select: &Element, value: &str) {
    let select = select
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .expect("a select");
    select.set_value(value);
    fire(select, "change");
}

/// Moves a range input to `value` (then an `input` event).
pub fn slide(input: &Element, value: &str) {
    let input = input
        .dyn_ref::<web_sys::HtmlInputElement>()
        .expect("an input");
    input.set_value(value);
    fire(input, "input");
}

/// A plain bubbling, composed event of type `kind`.
pub fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Waits (up to about two seconds) until `ready` holds.
pub async fn until(mut ready: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if ready() {
            return true;
        }
        sleep(20).await;
    }
    ready()
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}
