//! The one JavaScript boundary: finds or receives host elements, gives each a shadow root with
//! the widget's stylesheet, and mounts the Yew app there. Every failure becomes a message in the
//! widget or an `Err`, never a panic.

use std::rc::Rc;

use pmap_view::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::{bundle, style};

/// A mounted map; dropping it keeps the map, `destroy` removes it.
pub struct MapHandle {
    app: AppHandle<App>,
}

impl MapHandle {
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// How a map is mounted; the defaults suit a map embedded in someone else's page.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep the view in the page's URL fragment, under `namespace` (default `pm`).
    pub url_state: bool,
    pub namespace: Option<String>,
    /// An entity id to select and centre at start.
    pub focus: Option<String>,
}

impl Options {
    /// Options read from the host element's attributes: `focus`, `url-state`.
    fn from_attributes(host: &Element, standalone: bool) -> Options {
        let url_state = match host.get_attribute("url-state").as_deref() {
            Some("false") | Some("off") => false,
            Some(_) => true,
            None => standalone,
        };
        Options {
            url_state,
            namespace: host.get_attribute("id").map(|id| format!("pm-{id}")),
            focus: host.get_attribute("focus"),
        }
    }
}

/// Mounts the bundled map into `host` (inside a new open shadow root, or the existing one).
pub fn mount(host: &Element) -> Result<MapHandle, JsValue> {
    mount_with(
        host,
        bundle::bundled(),
        Options::from_attributes(host, false),
    )
}

/// Mounts a map of `json` (a graph in the project's data format) into `host`. Data that cannot be
/// read shows a message in the widget and one console error; problems that leave the rest usable
/// (e.g. a relation to a missing entity) are listed above the map.
pub fn mount_json(host: &Element, json: &str) -> Result<MapHandle, JsValue> {
    mount_with(
        host,
        bundle::from_json(json),
        Options::from_attributes(host, false),
    )
}

/// Mounts the bundled map (`json: None`) or the given data with explicit options.
pub fn mount_bundled_with(host: &Element, options: Options) -> Result<MapHandle, JsValue> {
    mount_with(host, bundle::bundled(), options)
}

fn mount_with(
    host: &Element,
    data: Result<bundle::MapData, String>,
    options: Options,
) -> Result<MapHandle, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            shadow.set_inner_html("");
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    style::adopt(&shadow)?;
    let document = gloo::utils::document();
    let root = document.create_element("div")?;
    root.set_class_name("pmap");
    shadow.append_child(&root)?;
    if let Err(message) = &data {
        gloo::console::error!(format!(
            "partnership-map: the map data could not be read: {message}"
        ));
    }
    let props = AppProps {
        data: Rc::new(data),
        lang: language_of(host),
        url_state: options.url_state,
        namespace: options.namespace.unwrap_or_else(|| "pm".into()).into(),
        focus: options.focus,
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(MapHandle { app })
}

/// Mounts a map into every `<partnership-map>` element of the page (the standalone page).
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all() {
    let hosts = match gloo::utils::document().query_selector_all("partnership-map") {
        Ok(hosts) => hosts,
        Err(_) => return,
    };
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let options = Options::from_attributes(&host, true);
        match mount_with(&host, bundle::bundled(), options) {
            // The page keeps its maps for its whole life.
            Ok(handle) => std::mem::forget(handle),
            Err(e) => gloo::console::error!("partnership-map: cannot mount:", e),
        }
    }
}

/// The element's own `lang`, else the nearest ancestor's (the page's), else English.
fn language_of(host: &Element) -> Lang {
    host.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .map_or(Lang::En, |l| Lang::from_tag(&l))
}
