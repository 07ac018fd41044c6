//! The one JavaScript boundary: the `<partnership-map>` custom element, the `mount` API for
//! bundlers, and the handle both return. Each map gets an open shadow root with the widget's
//! stylesheet (and one small sheet of its own for `height`), settings read strictly (bad values
//! become visible notices and one console error each), data from the bundle, from `src` or from
//! the host (`data`), and `entityselect` / `relationselect` events on the host element. Every
//! failure becomes a message in the widget or an `Err`, never a panic.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use pmap_graph::Graph;
use pmap_view::{config, Lang, Theme};
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use crate::app::{App, AppProps, FocusOwner, MapEvent, Remote, RemoteSlot};
use crate::bundle::{self, describe, MapData};
use crate::style;

/// How a map is mounted from Rust; the defaults suit a map embedded in someone else's page.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep the view in the page's URL fragment, under `namespace` (default `pm`).
    pub url_state: bool,
    pub namespace: Option<String>,
    /// An entity id to select and centre at start.
    pub focus: Option<String>,
}

/// A mounted map. From JavaScript: `select(id)`, `clearSelection()`, `setData(graph)`,
/// `destroy()` (frees its DOM, listeners and timers).
#[wasm_bindgen]
pub struct MapHandle {
    inner: Rc<RefCell<Inner>>,
    queue: Queue,
}

/// The state behind a handle, shared with its pending `src` loads.
struct Inner {
    host: Element,
    shadow: ShadowRoot,
    app: Option<AppHandle<App>>,
    props: AppProps,
    remote: Remote,
    /// The instance's own sheet: `:host { height: … }`.
    sheet: CssStyleSheet,
    /// Which `src` load is current (a later one wins over an earlier, slower one).
    loads: u32,
    /// The current `src` load: aborted when another starts, when it takes longer than
    /// `src_timeout_ms`, and when the map goes.
    abort: Option<web_sys::AbortController>,
    src_timeout_ms: u32,
    /// With URL state: Back and Forward restore the view (dropped with the map).
    popstate: Option<gloo::events::EventListener>,
    /// On the host page: a press or focus outside the map closes its drop-downs and ends its
    /// hold on focus. Owned here (not by a component's effect) so that `destroy` removes them.
    page: Vec<gloo::events::EventListener>,
    me: Weak<RefCell<Inner>>,
    /// A large graph's data is being read in slices (`read_apart`): the host's calls wait in
    /// `queue` (the handle's) until it is shown.
    reading: bool,
    queue: Queue,
}

/// Mounts the bundled map into `host` (inside a new open shadow root, or the existing one).
pub fn mount(host: &Element) -> Result<MapHandle, JsValue> {
    mount_bundled_with(host, Options::default())
}

/// Mounts a map of `json` (a graph in the project's data format) into `host`. Data that cannot be
/// read shows a message in the widget and one console error; problems that leave the rest usable
/// (e.g. a relation to a missing entity) are listed above the map.
pub fn mount_json(host: &Element, json: &str) -> Result<MapHandle, JsValue> {
    let handle = MapHandle::new(host, Options::default())?;
    handle.with(|m| m.show(bundle::from_json(json)));
    Ok(handle)
}

/// Mounts the bundled map with explicit options.
pub fn mount_bundled_with(host: &Element, options: Options) -> Result<MapHandle, JsValue> {
    let handle = MapHandle::new(host, options)?;
    handle.with(|m| m.show(bundle::bundled()));
    Ok(handle)
}

/// The options of the JavaScript `mount(element, options)`. (Unknown fields are caught before:
/// serde-wasm-bindgen looks up only the fields it knows.)
#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    lang: Option<String>,
    focus: Option<String>,
    src: Option<String>,
    height: Option<String>,
    theme: Option<String>,
    filters: Option<String>,
    url_state: Option<bool>,
    namespace: Option<String>,
    /// Seconds, as a number or a string.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    src_timeout: JsValue,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    data: JsValue,
}

/// `mount(element, options)` for bundlers: the map in `element`, configured by a plain object
/// (`lang`, `focus`, `src`, `srcTimeout`, `data`, `height`, `theme`, `filters`, `urlState`,
/// `namespace`; all optional). An unknown or mistyped field is an error naming it.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, options: JsValue) -> Result<MapHandle, JsValue> {
    let o: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        // serde-wasm-bindgen reads only the fields it knows: name any other.
        // The settings' names in camelCase, and what only the API takes.
        let known: Vec<String> = config::SETTINGS
            .iter()
            .map(|s| config::option_name(s))
            .chain(["namespace".into(), "data".into()])
            .collect();
        if !options.is_object() {
            return Err(js_error("partnership-map: the options must be an object"));
        }
        let object: &js_sys::Object = options.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key) {
                return Err(js_error(&format!(
                    "partnership-map: bad option: unknown field `{key}`, expected one of {}",
                    known.join(", ")
                )));
            }
        }
        // Only the object's own fields: a page's patched `Object.prototype` adds none. (`data`
        // is copied once, when `bundle::from_value` reads it: at 10,000 entities a copy is ~80 ms.)
        let options = bundle::own(&options, "data")
            .map_err(|e| js_error(&format!("partnership-map: bad option: {e}")))?;
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| js_error(&format!("partnership-map: bad option: {e}")))?
    };
    let handle = MapHandle::new(
        &element,
        Options {
            url_state: o.url_state.unwrap_or(false),
            namespace: o.namespace,
            focus: None,
        },
    )?;
    handle.with(|m| {
        // A number is written as JavaScript writes it (no float formatting in the wasm).
        let src_timeout = if o.src_timeout.is_undefined() || o.src_timeout.is_null() {
            None
        } else if let Some(s) = o.src_timeout.as_string() {
            Some(s)
        } else {
            js_sys::JSON::stringify(&o.src_timeout)
                .ok()
                .and_then(|s| s.as_string())
        };
        let settings = [
            ("lang", o.lang),
            ("focus", o.focus),
            ("src-timeout", src_timeout),
            ("height", o.height),
            ("theme", o.theme),
            ("filters", o.filters),
        ];
        for (name, value) in settings {
            if let Some(value) = value {
                m.apply(name, Some(value));
            }
        }
        m.start(o.data, o.src);
    });
    Ok(handle)
}

#[wasm_bindgen]
impl MapHandle {
    /// Selects entity `id` and centres the map on it; false (and a console error) if the map has
    /// no such entity. Called while the map is busy (from inside its own work) it is queued and
    /// answers true; an unknown id is then reported when it runs.
    pub fn select(&self, id: &str) -> bool {
        let id = id.to_string();
        self.queued(move |m| m.select(&id)).unwrap_or(true)
    }

    #[wasm_bindgen(js_name = clearSelection)]
    pub fn clear_selection(&self) {
        self.queued(|m| m.dispatch(pmap_view::Action::ClearSelection));
    }

    /// Shows a graph object (the project's data format) instead of the current one.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&self, data: JsValue) {
        self.queued(move |m| m.read(data));
    }

    /// A setting changed (the element's observed attributes; `undefined` when removed).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        let name = name.to_string();
        self.queued(move |m| {
            m.apply(&name, value);
            m.rerender();
        });
    }

    /// Removes the map: its DOM, listeners and timers.
    pub fn destroy(self) {
        self.queued(Inner::teardown);
    }
}

/// Calls made while their map was busy, run in order as soon as it is free.
type Queue = Rc<RefCell<std::collections::VecDeque<Box<dyn FnOnce(&mut Inner)>>>>;

impl MapHandle {
    fn new(host: &Element, options: Options) -> Result<MapHandle, JsValue> {
        let inner = Inner::new(host, options)?;
        let queue: Queue = Rc::default();
        let inner = Rc::new_cyclic(|me| {
            let mut inner = inner;
            inner.me = me.clone();
            inner.queue = queue.clone();
            RefCell::new(inner)
        });
        Ok(MapHandle { inner, queue })
    }

    /// Runs `f` on the map (while setting it up: nothing can be busy then).
    fn with<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> Option<T> {
        self.inner.try_borrow_mut().ok().map(|mut m| f(&mut m))
    }

    /// Runs `f` on the map now and returns its answer; when the map is busy (a call from inside
    /// one of its own events) or earlier calls wait, `f` waits behind them (`None`).
    fn queued<T: 'static>(&self, f: impl FnOnce(&mut Inner) -> T + 'static) -> Option<T> {
        if self.queue.borrow().is_empty() {
            if let Ok(mut m) = self.inner.try_borrow_mut() {
                if !m.reading {
                    return Some(f(&mut m));
                }
            }
        }
        let first = self.queue.borrow().is_empty();
        self.queue.borrow_mut().push_back(Box::new(move |m| {
            f(m);
        }));
        if first {
            let (inner, queue) = (Rc::downgrade(&self.inner), self.queue.clone());
            wasm_bindgen_futures::spawn_local(drain(inner, queue));
        }
        None
    }
}

/// Lays out (the first slice) and draws the map of load `ticket`, each in a task of its own (see
/// `Inner::show`), unless a later load or a teardown came first.
fn draw_apart(me: Weak<RefCell<Inner>>, ticket: u32) {
    crate::dom::after(0, move || {
        let Some(inner) = me.upgrade() else { return };
        let Ok(mut m) = inner.try_borrow_mut() else {
            // Busy (cannot be, between tasks; but never lose the drawing): the next task.
            return draw_apart(me, ticket);
        };
        if m.loads != ticket {
            return;
        }
        let laid_out = match &*m.props.data {
            Ok(data) => bundle::lay_out_first(data),
            Err(_) => None,
        };
        match laid_out {
            Some(data) => {
                m.props.data = Rc::new(Ok(data));
                drop(m);
                draw_apart(me, ticket);
            }
            None => m.rerender(),
        }
    });
}

/// The longest a slice of reading a large graph's data may take.
const READ_SLICE_MS: f64 = 20.0;

/// Reads the data of load `ticket` a slice at a time, each in a task of its own, then shows it
/// and runs the calls that waited meanwhile (unless a teardown came first).
fn read_apart(me: Weak<RefCell<Inner>>, ticket: u32, mut reader: bundle::Reader) {
    crate::dom::after(0, move || {
        let Some(inner) = me.upgrade() else { return };
        let Ok(mut m) = inner.try_borrow_mut() else {
            return read_apart(me, ticket, reader);
        };
        if m.loads != ticket {
            m.reading = false;
        } else {
            let start = js_sys::Date::now();
            let Some(data) = reader.step(|| js_sys::Date::now() - start < READ_SLICE_MS) else {
                drop(m);
                return read_apart(me, ticket, reader);
            };
            m.reading = false;
            m.show(Ok(data));
        }
        if !m.queue.borrow().is_empty() {
            wasm_bindgen_futures::spawn_local(drain(me.clone(), m.queue.clone()));
        }
    });
}

/// Runs the waiting calls of a map, each as soon as the map is free (a microtask later).
async fn drain(inner: Weak<RefCell<Inner>>, queue: Queue) {
    loop {
        let Some(map) = inner.upgrade() else { return };
        let Ok(mut m) = map.try_borrow_mut() else {
            // Still busy: look again after the work in hand.
            let tick = js_sys::Promise::resolve(&JsValue::UNDEFINED);
            let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
            continue;
        };
        if m.reading {
            // Its data is being read: the calls run once it is shown (`read_apart`).
            return;
        }
        let Some(call) = queue.borrow_mut().pop_front() else {
            return;
        };
        call(&mut m);
    }
}

impl Inner {
    fn select(&self, id: &str) -> bool {
        let known = matches!(self.props.data.as_ref(), Ok(d) if d.graph.entity(id).is_some());
        if known {
            self.dispatch(pmap_view::Action::Go(id.to_string()));
        } else {
            gloo::console::error!(format!(
                "partnership-map: select: no entity \"{id}\" on this map"
            ));
        }
        known
    }

    fn new(host: &Element, options: Options) -> Result<Inner, JsValue> {
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        shadow.set_inner_html("");
        let sheet = style::new_sheet(host)?;
        style::adopt(&shadow, &sheet)?;
        let remote: Remote = Rc::default();
        let focus_owner: FocusOwner = Rc::new(RefCell::new(None));
        let page = page_listeners(&shadow, &focus_owner);
        let props = AppProps {
            data: Rc::new(Err(String::new())),
            loading: true,
            lang: language_of(host),
            url_state: options.url_state,
            namespace: options
                .namespace
                .or_else(|| host.get_attribute("id").map(|id| format!("pm-{id}")))
                .unwrap_or_else(|| "pm".into())
                .into(),
            focus: options.focus,
            theme: Theme::Auto,
            filters: None,
            sized: false,
            problems: Rc::new(Vec::new()),
            remote: remote.clone(),
            focus_owner,
            on_event: events_to(host),
        };
        let inner = Inner {
            host: host.clone(),
            shadow,
            app: None,
            props,
            remote,
            sheet,
            loads: 0,
            abort: None,
            src_timeout_ms: SRC_TIMEOUT_MS,
            popstate: None,
            page,
            me: Weak::new(),
            reading: false,
            queue: Rc::default(),
        };
        // Nothing is drawn yet: the first data (`start`, `show`, `load`) renders.
        Ok(inner)
    }

    fn render(&mut self) -> Result<(), JsValue> {
        self.follow_history();
        match &mut self.app {
            Some(app) => app.update(self.props.clone()),
            None => {
                let root = gloo::utils::document().create_element("div")?;
                root.set_class_name("pmap");
                self.shadow.append_child(&root)?;
                self.app = Some(
                    yew::Renderer::<App>::with_root_and_props(root, self.props.clone()).render(),
                );
            }
        }
        Ok(())
    }

    fn rerender(&mut self) {
        if let Err(e) = self.render() {
            gloo::console::error!("partnership-map: cannot render:", e);
        }
    }

    /// Shows data (or why it cannot be read).
    fn show(&mut self, data: Result<MapData, String>) {
        if let Err(message) = &data {
            gloo::console::error!(format!(
                "partnership-map: the map data could not be read: {message}"
            ));
        }
        self.loads += 1;
        if let Some(load) = self.abort.take() {
            load.abort();
        }
        self.props.data = Rc::new(data);
        self.props.loading = false;
        // What the host asks from now on is for the map of this data (mounted at the next render).
        *self.remote.borrow_mut() = RemoteSlot::default();
        self.check_focus();
        let large = matches!(&*self.props.data, Ok(d) if d.graph.entities.len() > bundle::LARGE);
        if large {
            // Reading the data, the layout's first slice and the drawing are three tasks, not
            // one long one: the page answers input in between. What the host asks meanwhile
            // waits in `remote` for the map of this data, as it does for any first render. A
            // later load or a teardown makes this drawing stale.
            draw_apart(self.me.clone(), self.loads);
        } else {
            self.rerender();
        }
    }

    /// Shows a graph object the host gave: read at once, or (a large one) in slices, each a task
    /// of its own, while the map says it is loading and the host's calls wait (`read_apart`).
    fn read(&mut self, data: JsValue) {
        match bundle::Reading::start(data) {
            bundle::Reading::Done(data) => self.show(data),
            bundle::Reading::Slices(reader) => {
                self.loads += 1;
                if let Some(load) = self.abort.take() {
                    load.abort();
                }
                self.reading = true;
                self.props.loading = true;
                self.rerender();
                read_apart(self.me.clone(), self.loads, reader);
            }
        }
    }

    /// Shows the first data: the host's `data` object, else the graph at `src`, else the bundle.
    /// (Settings are applied before, so the map renders once with all of them.)
    fn start(&mut self, data: JsValue, src: Option<String>) {
        if !data.is_undefined() && !data.is_null() {
            self.read(data);
        } else if let Some(src) = src.filter(|s| !s.trim().is_empty()) {
            self.load(src);
        } else {
            self.show(bundle::bundled());
        }
    }

    /// Loads the graph at `src` (an address the host gave; nothing else is ever fetched). The
    /// load before it is aborted; one that has not finished after `src_timeout_ms` is given up
    /// with a message.
    fn load(&mut self, src: String) {
        self.loads += 1;
        let ticket = self.loads;
        self.props.loading = true;
        self.rerender();
        if let Some(old) = self.abort.take() {
            old.abort();
        }
        let controller = web_sys::AbortController::new().ok();
        self.abort = controller.clone();
        let timed_out = Rc::new(std::cell::Cell::new(false));
        let timer = {
            let (controller, timed_out) = (controller.clone(), timed_out.clone());
            gloo::timers::callback::Timeout::new(self.src_timeout_ms, move || {
                timed_out.set(true);
                if let Some(c) = controller {
                    c.abort();
                }
            })
        };
        let seconds = self.src_timeout_ms.div_ceil(1000);
        let me = self.me.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let signal = controller.as_ref().map(|c| c.signal());
            let result = fetch_text(&src, signal.as_ref()).await;
            drop(timer);
            let result = match result {
                Err(_) if timed_out.get() => Err(format!("did not arrive within {seconds} s")),
                other => other,
            }
            .and_then(|text| bundle::from_json(&text));
            let result = result.map_err(|e| format!("src \"{src}\": {e}"));
            // Only the latest load of a map that still exists is shown.
            if let Some(inner) = me.upgrade() {
                if let Ok(mut m) = inner.try_borrow_mut() {
                    if m.loads == ticket {
                        m.show(result);
                    }
                }
            }
        });
    }

    fn check_focus(&mut self) {
        let Some(id) = &self.props.focus else { return };
        if let Ok(d) = self.props.data.as_ref() {
            if d.graph.entity(id).is_none() {
                self.problem(format!("focus: \"{id}\" is not an entity of this map"));
            }
        }
    }

    /// A setting that cannot be used: shown in the widget, and one console error.
    fn problem(&mut self, message: String) {
        gloo::console::error!(format!("partnership-map: {message}"));
        let mut problems = (*self.props.problems).clone();
        if !problems.contains(&message) {
            problems.push(message);
        }
        self.props.problems = Rc::new(problems);
    }

    /// Applies one setting by name (attribute names); the caller renders (a `src` loads).
    fn apply(&mut self, name: &str, value: Option<String>) {
        // A changed setting replaces what was said about its earlier value.
        let prefix = format!("{name}:");
        let kept: Vec<String> = self
            .props
            .problems
            .iter()
            .filter(|p| !p.starts_with(&prefix))
            .cloned()
            .collect();
        self.props.problems = Rc::new(kept);
        let v = value.clone().unwrap_or_default();
        match name {
            "lang" => match value {
                None => self.props.lang = language_of(&self.host),
                Some(_) => match config::lang(&v) {
                    Ok(lang) => self.props.lang = lang,
                    Err(e) => self.problem(e),
                },
            },
            "focus" => {
                self.props.focus = value.filter(|v| !v.trim().is_empty());
                self.check_focus();
            }
            "theme" => match config::theme(&v) {
                Ok(theme) => self.props.theme = theme,
                Err(e) => self.problem(e),
            },
            "height" => {
                let rule = match value.as_deref().map(config::height) {
                    None => Ok(String::new()),
                    Some(Ok(h)) => Ok(format!(":host {{ height: {h} !important; }}")),
                    Some(Err(e)) => Err(e),
                };
                match rule {
                    Ok(rule) => {
                        self.props.sized = !rule.is_empty();
                        if self.sheet.replace_sync(&rule).is_err() {
                            self.problem(format!("height: \"{v}\" could not be applied"));
                        }
                    }
                    Err(e) => self.problem(e),
                }
            }
            "filters" => {
                let (filters, problems) = config::filters(&v);
                for p in problems {
                    self.problem(p);
                }
                self.props.filters = Some(filters);
            }
            "url-state" => match config::switch("url-state", &v) {
                Ok(on) => self.props.url_state = value.is_some() && on,
                Err(e) => self.problem(e),
            },
            "src-timeout" => match value {
                None => self.src_timeout_ms = SRC_TIMEOUT_MS,
                Some(_) => match config::seconds("src-timeout", &v) {
                    Ok(ms) => self.src_timeout_ms = ms,
                    Err(e) => self.problem(e),
                },
            },
            "src" => match value.filter(|v| !v.trim().is_empty()) {
                Some(src) => self.load(src),
                None => self.show(bundle::bundled()),
            },
            _ => {}
        }
    }

    /// Listens to Back and Forward while the map keeps URL state.
    fn follow_history(&mut self) {
        if !self.props.url_state {
            self.popstate = None;
            return;
        }
        // Not before the handle exists (its first render), and only once.
        if self.popstate.is_some() || self.me.upgrade().is_none() {
            return;
        }
        let me = self.me.clone();
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let Some(inner) = me.upgrade() else { return };
                let Ok(m) = inner.try_borrow() else { return };
                let Ok(data) = m.props.data.as_ref() else {
                    return;
                };
                let (mut state, _) = pmap_view::url::restore(
                    &crate::dom::fragment(),
                    &m.props.namespace,
                    &data.graph,
                    m.props.lang,
                );
                state.recentre = state.recentre.wrapping_add(1);
                m.dispatch(pmap_view::Action::Restore(Box::new(state)));
            });
        self.popstate = Some(listener);
    }

    fn dispatch(&self, action: pmap_view::Action) {
        let dispatch = self.remote.borrow().dispatch.clone();
        match dispatch {
            Some(dispatch) => dispatch.emit(action),
            None => self.remote.borrow_mut().waiting.push(action),
        }
    }

    fn teardown(&mut self) {
        self.loads += 1;
        if let Some(load) = self.abort.take() {
            load.abort();
        }
        self.popstate = None;
        self.page.clear();
        *self.remote.borrow_mut() = RemoteSlot::default();
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.shadow.set_inner_html("");
        let _ = js_sys::Reflect::set(
            &self.shadow,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::new(),
        );
    }
}

/// How long a `src` may take, unless the host says otherwise (`src-timeout`).
const SRC_TIMEOUT_MS: u32 = 20_000;

#[wasm_bindgen]
extern "C" {
    /// The page's `fetch`, called so that a host's replacement that throws, or returns something
    /// other than a promise of a response, is an error here rather than an exception.
    #[wasm_bindgen(catch, js_name = fetch)]
    fn page_fetch(src: &str, init: &web_sys::RequestInit) -> Result<JsValue, JsValue>;
}

async fn fetch_text(src: &str, signal: Option<&web_sys::AbortSignal>) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_signal(signal);
    let failed = |e: JsValue| format!("cannot be loaded ({})", describe(&e));
    let promise = js_sys::Promise::resolve(&page_fetch(src, &init).map_err(failed)?);
    let response = JsFuture::from(promise).await.map_err(failed)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "cannot be loaded (no response)".to_string())?;
    if !response.ok() {
        return Err(format!(
            "cannot be loaded (HTTP {} {})",
            response.status(),
            response.status_text()
        ));
    }
    let kind = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    let text = response.text().map_err(|e| describe(&e))?;
    let text: js_sys::JsString = JsFuture::from(text)
        .await
        .map_err(|e| describe(&e))?
        .dyn_into()
        .map_err(|_| "is not text".to_string())?;
    // Measured before the text is copied into the map's memory (in tenths of a MB: no float
    // formatting in the wasm).
    if text.length() > bundle::MAX_TEXT_CHARS {
        let tenths = (text.length() + 50_000) / 100_000;
        return Err(format!(
            "is {}.{} MB; the map reads at most {} MB",
            tenths / 10,
            tenths % 10,
            bundle::MAX_TEXT_CHARS / 1_000_000
        ));
    }
    let text = String::from(text);
    // A login or error page where the data should be (JSON never starts with "<").
    if text.trim_start().starts_with('<') {
        let kind = if kind.is_empty() {
            "markup".into()
        } else {
            kind
        };
        return Err(format!("is a web page ({kind}), not the map's JSON data"));
    }
    Ok(text)
}

fn js_error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

/// Events for the host: `entityselect` and `relationselect`, bubbling and composed.
fn events_to(host: &Element) -> Callback<(Rc<Graph>, MapEvent)> {
    let host = host.clone();
    Callback::from(move |(graph, event): (Rc<Graph>, MapEvent)| {
        let (kind, detail) = match event {
            MapEvent::Entity(id) => {
                let Some(e) = graph.entity(&id) else { return };
                let names = object(&[
                    (
                        "en",
                        e.name
                            .en
                            .as_deref()
                            .map_or(JsValue::NULL, JsValue::from_str),
                    ),
                    (
                        "zh",
                        e.name
                            .zh
                            .as_deref()
                            .map_or(JsValue::NULL, JsValue::from_str),
                    ),
                ]);
                let detail = object(&[
                    ("id", JsValue::from_str(&e.id)),
                    ("type", JsValue::from_str(e.kind.as_str())),
                    ("names", names),
                ]);
                ("entityselect", detail)
            }
            MapEvent::Relation(r) => {
                let Some(r) = graph.relations.get(r) else {
                    return;
                };
                let evidence: js_sys::Array = r
                    .evidence
                    .iter()
                    .map(|e| {
                        let title = graph.document(&e.doc).map_or("", |d| d.title.as_str());
                        object(&[
                            ("doc", JsValue::from_str(&e.doc)),
                            ("title", JsValue::from_str(title)),
                            ("quote", JsValue::from_str(&e.quote)),
                        ])
                    })
                    .collect();
                let detail = object(&[
                    ("source", JsValue::from_str(&r.source)),
                    ("target", JsValue::from_str(&r.target)),
                    ("type", JsValue::from_str(r.kind.as_str())),
                    (
                        "date",
                        r.date.as_deref().map_or(JsValue::NULL, JsValue::from_str),
                    ),
                    ("evidence", evidence.into()),
                ]);
                ("relationselect", detail)
            }
        };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
            let _ = host.dispatch_event(&event);
        }
    })
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// The element's own `lang`, else the nearest ancestor's (the page's), else English.
fn language_of(host: &Element) -> Lang {
    host.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .map_or(Lang::En, |l| Lang::from_tag(&l))
}

#[wasm_bindgen(inline_js = r#"
export function define_element(connect, observed) {
  const defined = customElements.get('partnership-map');
  if (defined) {
    if (!defined.partnershipMap) console.warn('partnership-map: <partnership-map> is already defined by another script on this page; its elements are left to it (mount() still works)');
    return;
  }
  // Private fields: nothing on Object.prototype (or set by the page) can stand in for them.
  class PartnershipMap extends HTMLElement {
    #map = null;
    #data = undefined;
    static get partnershipMap() { return true; }
    static get observedAttributes() { return observed; }
    connectedCallback() {
      // A `data` set before the element was defined is an own property: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'data')) { const d = this.data; delete this.data; this.#data = d; }
      if (!this.#map) this.#map = connect(this, this.#data);
    }
    disconnectedCallback() {
      // Moving the element disconnects and reconnects it at once: only a real removal destroys.
      queueMicrotask(() => { if (!this.isConnected) this.#drop(); });
    }
    adoptedCallback() {
      // Into another document (an iframe's): the map is built anew there, with that document's
      // sheets (connectedCallback follows).
      this.#drop();
    }
    #drop() { if (this.#map) { const m = this.#map; this.#map = null; m.destroy(); } }
    attributeChangedCallback(name, old, value) {
      if (this.#map && old !== value) this.#map.attributeChanged(name, value === null ? undefined : value);
    }
    select(id) { return this.#map ? this.#map.select(String(id)) : false; }
    clearSelection() { if (this.#map) this.#map.clearSelection(); }
    get data() { return this.#data; }
    set data(value) { this.#data = value; if (this.#map) this.#map.setData(value); }
  }
  customElements.define('partnership-map', PartnershipMap);
}
"#)]
extern "C" {
    fn define_element(
        connect: &Closure<dyn FnMut(Element, JsValue) -> JsValue>,
        observed: js_sys::Array,
    );
}

/// Registers the `<partnership-map>` custom element (once; later calls do nothing). Each element
/// reads its attributes when it connects and follows their changes; removing it frees the map.
#[wasm_bindgen(js_name = defineElement)]
pub fn define() {
    let connect =
        Closure::<dyn FnMut(Element, JsValue) -> JsValue>::new(|host: Element, data: JsValue| {
            match connect_element(&host, data) {
                Ok(handle) => handle,
                Err(e) => {
                    gloo::console::error!("partnership-map: cannot mount:", e);
                    JsValue::NULL
                }
            }
        });
    let observed: js_sys::Array = config::SETTINGS
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect();
    define_element(&connect, observed);
    // The element class keeps calling it for the page's whole life.
    connect.forget();
}

/// A map for a connected `<partnership-map>`: its attributes, then its data (`data` property,
/// else `src`, else the bundled graph).
fn connect_element(host: &Element, data: JsValue) -> Result<JsValue, JsValue> {
    let handle = MapHandle::new(host, Options::default())?;
    handle.with(|m| {
        for name in config::SETTINGS {
            if *name != "src" {
                if let Some(value) = host.get_attribute(name) {
                    m.apply(name, Some(value));
                }
            }
        }
        m.start(data, host.get_attribute("src"));
    });
    Ok(handle.into())
}

/// The page-wide listeners of one map (see `Inner::page`).
fn page_listeners(
    shadow: &ShadowRoot,
    focus_owner: &FocusOwner,
) -> Vec<gloo::events::EventListener> {
    let document = gloo::utils::document();
    let outside = {
        let shadow = shadow.clone();
        move |e: &web_sys::Event| -> Option<Element> {
            let frame = shadow.first_element_child()?;
            (!e.composed_path().includes(&shadow.host(), 0)).then_some(frame)
        }
    };
    let press = {
        let (outside, owner) = (outside.clone(), focus_owner.clone());
        gloo::events::EventListener::new(&document, "pointerdown", move |e| {
            if let Some(frame) = outside(e) {
                crate::dom::close_popups(&frame, None);
                // A press on the page (even on plain text) takes focus away from the map.
                *owner.borrow_mut() = None;
            }
        })
    };
    let owner = focus_owner.clone();
    let focus = gloo::events::EventListener::new(&document, "focusin", move |e| {
        if outside(e).is_some() {
            *owner.borrow_mut() = None;
        }
    });
    vec![press, focus]
}
