//! The root component: owns the view state (a reducer) and the live positions, keeps the URL
//! fragment in step when asked to, derives the scene and the details, and lays out the toolbar,
//! filters, map or list, details panel and reader.

use std::cell::RefCell;
use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::{
    caption, details, reader, shown_counts, shown_summary, ui, url, Action, Filters, Lang, Scene,
    Theme, ViewState,
};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::bundle::MapData;
use crate::components::{DetailsPanel, FilterBar, ListView, MapView, Notices, Reader, Toolbar};
use crate::dom;
use crate::live_layout::use_live_layout;
use crate::state::{Dragged, Model, Move, Positions};

/// What the map tells its host (the embedding turns these into DOM events).
#[derive(Debug, Clone, PartialEq)]
pub enum MapEvent {
    /// An entity was selected (by id).
    Entity(String),
    /// A line was clicked: one of its relations (index in the graph).
    Relation(usize),
}

/// Lets the host act on a running map (`select`, `clearSelection`): the map puts its dispatcher
/// here while it is mounted; what the host asks before the map of the current data is there
/// (right after `setData`, say) waits here and is carried out when it mounts.
pub type Remote = Rc<RefCell<RemoteSlot>>;

#[derive(Default)]
pub struct RemoteSlot {
    pub dispatch: Option<Callback<Action>>,
    pub waiting: Vec<Action>,
}

/// The element of the map that has keyboard focus, if any: set by the map's `focusin`, cleared
/// by the page-wide listeners the handle owns (`embed.rs`: focus or a press elsewhere).
pub type FocusOwner = Rc<RefCell<Option<Element>>>;

#[derive(Properties, Clone)]
pub struct AppProps {
    pub data: Rc<Result<MapData, String>>,
    /// Data is on its way (`src`).
    pub loading: bool,
    pub lang: Lang,
    /// Keep the view in the page's URL fragment (and follow Back/Forward).
    pub url_state: bool,
    /// The key of this map's part of the fragment.
    pub namespace: AttrValue,
    /// An entity to select and centre (at start, and whenever it changes).
    pub focus: Option<String>,
    pub theme: Theme,
    /// Filters set by the host (at start, and whenever they change).
    pub filters: Option<Filters>,
    /// The host gave the widget a height: the map fills it.
    pub sized: bool,
    /// Settings that could not be used.
    pub problems: Rc<Vec<String>>,
    pub remote: Remote,
    pub focus_owner: FocusOwner,
    pub on_event: Callback<(Rc<Graph>, MapEvent)>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && self.loading == other.loading
            && self.lang == other.lang
            && self.url_state == other.url_state
            && self.namespace == other.namespace
            && self.focus == other.focus
            && self.theme == other.theme
            && self.filters == other.filters
            && self.sized == other.sized
            && self.problems == other.problems
            && Rc::ptr_eq(&self.remote, &other.remote)
            && Rc::ptr_eq(&self.focus_owner, &other.focus_owner)
            && self.on_event == other.on_event
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let strings = ui(props.lang);
    let frame = frame_classes(props);
    if props.loading {
        return html! {
            <div class={frame} lang={props.lang.code()}>
                <p class="loading" role="status">{ strings.loading }</p>
            </div>
        };
    }
    match props.data.as_ref() {
        // A new graph is a new map: keyed by the data, so no state of the old one lingers.
        Ok(_) => html! { <Map key={Rc::as_ptr(&props.data) as usize} props={props.clone()} /> },
        Err(message) => html! {
            <div class={frame} lang={props.lang.code()}>
                <div class="pmap-error" role="alert">
                    <strong>{ strings.data_error }</strong>{ ": " }{ message.clone() }
                </div>
                <Notices notices={(*props.problems).clone()} />
            </div>
        },
    }
}

/// The frame's classes: its theme, and whether the host sized it.
fn frame_classes(props: &AppProps) -> Classes {
    classes!(
        "pmap-frame",
        props.theme.class(),
        props.sized.then_some("sized")
    )
}

#[derive(Properties, PartialEq)]
struct MapProps {
    props: AppProps,
}

#[component]
fn Map(MapProps { props }: &MapProps) -> Html {
    // App renders a map only for data that could be read.
    let Ok(data) = props.data.as_ref() else {
        return html! {};
    };
    let graph = data.graph.clone();
    // The first state: from the link (when the map keeps URL state), else the host's language
    // and focus. What a link or the focus names but the map lacks becomes a notice.
    let start = use_memo((), {
        let (graph, lang, ns, url_state, focus, filters) = (
            graph.clone(),
            props.lang,
            props.namespace.clone(),
            props.url_state,
            props.focus.clone(),
            props.filters.clone(),
        );
        move |_| {
            let (mut state, notices) = if url_state {
                url::restore(&dom::fragment(), &ns, &graph, lang)
            } else {
                (ViewState::new(lang), vec![])
            };
            if let Some(id) = focus.filter(|_| state.selected.is_none()) {
                if graph.entity(&id).is_some() {
                    state.selected = Some(id);
                    state.recentre = 1;
                }
            }
            if let Some(filters) = filters.filter(|_| state.filters == Filters::default()) {
                state.filters = filters;
            }
            (state, notices)
        }
    });
    let model = use_reducer({
        let start = start.clone();
        move || Model(start.0.clone())
    });
    let dispatch = {
        let model = model.dispatcher();
        Callback::from(move |action: Action| model.dispatch(action))
    };
    let positions = use_reducer({
        let (graph, at) = (graph.clone(), data.positions.clone());
        move || Positions { graph, at }
    });
    let state = &model.0;
    use_url_state(props, state);
    use_host(props, &graph, state, &dispatch);
    // Data without positions settles in view; the visitor moving an entity ends that.
    let stop_layout = use_memo((), |_| Rc::new(std::cell::Cell::new(false)));
    let laying_out = use_live_layout(
        data.layout.clone(),
        {
            let positions = positions.dispatcher();
            Callback::from(move |at| positions.dispatch(Move::Layout(at)))
        },
        (*stop_layout).clone(),
    );
    let on_drag = {
        let (positions, stop_layout) = (positions.dispatcher(), stop_layout.clone());
        Callback::from(move |dragged: Dragged| {
            stop_layout.set(true);
            positions.dispatch(Move::Drag(dragged))
        })
    };
    let strings = ui(state.lang);
    let scene = Rc::new(Scene::build(&graph, &positions.at, state));
    let selected = state
        .selected
        .as_deref()
        .and_then(|id| details(&graph, id, state.lang));
    let article = state
        .reading
        .as_ref()
        .and_then(|(doc, mark)| reader::article(&graph, doc, *mark, state.lang));
    // Escape closes what is innermost: an open drop-down (focus back on its button), then the
    // reader, then the selection.
    let onkeydown = {
        let (dispatch, reading) = (dispatch.clone(), state.reading.is_some());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            if let Some(popup) = dom::popup_of(&e) {
                let _ = popup.remove_attribute("open");
                if let Ok(Some(summary)) = popup.query_selector("summary") {
                    dom::focus(&summary);
                }
                return;
            }
            dispatch.emit(if reading {
                Action::CloseReader
            } else {
                Action::ClearSelection
            });
        })
    };
    // A press elsewhere in the map closes an open drop-down (on the host page: the handle's
    // listener, `embed.rs`).
    let frame = use_node_ref();
    let owns_focus = props.focus_owner.clone();
    let onfocusin = {
        let owns_focus = owns_focus.clone();
        Callback::from(move |e: FocusEvent| {
            *owns_focus.borrow_mut() = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        })
    };
    // After each render: focus that was in the map and lost its element goes somewhere sensible.
    {
        let (frame, owns_focus) = (frame.clone(), owns_focus.clone());
        use_effect(move || {
            if owns_focus.borrow().is_some() {
                // Once the event that caused the render is done: between a blur and the focus
                // that follows, nothing has focus, and that is not a loss.
                dom::after(0, move || {
                    let had = owns_focus.borrow().clone();
                    if let (Some(root), Some(had)) = (frame.cast::<Element>(), had) {
                        dom::keep_focus(
                            &root,
                            &had,
                            &[".details h2", ".nodes g[tabindex='0']", ".search input"],
                        );
                    }
                });
            }
        });
    }
    let onpointerdown = {
        let frame = frame.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(root) = frame.cast::<Element>() {
                let inside = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                dom::close_popups(&root, inside.as_ref());
            }
        })
    };
    // What the filters leave, and why the rest is not shown.
    let summary = shown_summary(&shown_counts(&graph, &state.filters, &scene), state.lang);
    let announcement = match &selected {
        Some(d) => format!("{}: {}", strings.selected, d.name),
        None => summary.clone(),
    };
    let mut notices: Vec<String> = data.notices.clone();
    notices.extend(start.1.iter().cloned());
    notices.extend(props.problems.iter().cloned());
    // A relation the visitor looks into: reported to the host.
    let report = {
        let (on_event, graph) = (props.on_event.clone(), graph.clone());
        Callback::from(move |r: usize| on_event.emit((graph.clone(), MapEvent::Relation(r))))
    };
    // A line clicked: reported, and its first relation's source selected.
    let on_relation = {
        let (report, graph, dispatch) = (report.clone(), graph.clone(), dispatch.clone());
        Callback::from(move |r: usize| {
            if let Some(rel) = graph.relations.get(r) {
                dispatch.emit(Action::Select(rel.source.clone()));
            }
            report.emit(r);
        })
    };
    let view = if state.list {
        html! { <ListView graph={graph.clone()} scene={scene.clone()} lang={state.lang} on_action={dispatch.clone()} /> }
    } else {
        html! {
            <MapView scene={scene.clone()} lang={state.lang} selected={state.selected.clone()}
                recentre={state.recentre} data_key={Rc::as_ptr(&graph) as usize} depth={state.depth}
                busy={laying_out}
                on_action={dispatch.clone()} {on_drag} {on_relation} />
        }
    };
    html! {
        <div class={frame_classes(props)} lang={state.lang.code()} ref={frame} {onkeydown} {onpointerdown} {onfocusin}>
            <Toolbar graph={graph.clone()} scene={scene.clone()} lang={state.lang} list={state.list}
                depth={state.depth} on_action={dispatch.clone()} />
            <Notices {notices} />
            <FilterBar graph={graph.clone()} timeline={data.timeline.clone()} filters={state.filters.clone()} lang={state.lang} on_action={dispatch.clone()} />
            <p class="caption">{ caption(&graph, state.lang) }</p>
            <p class="shown-summary">{ summary }</p>
            <div class="pmap-body">
                { view }
                // Keyed by the selection: another entity's details are a new panel (no button
                // patched in place under the focus with another entity's name).
                <DetailsPanel key={state.selected.clone().unwrap_or_default()} details={selected} graph={graph.clone()} scene={scene.clone()}
                    path={state.path.clone()} lang={state.lang} on_action={dispatch.clone()}
                    on_relation={report} />
            </div>
            if let Some(article) = article {
                <Reader {article} lang={state.lang} on_action={dispatch.clone()} />
            }
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </div>
    }
}

/// Follows the host: a changed `lang`, `focus` or `filters` setting changes the view; the
/// selection is reported (`entityselect`); the host may act through the remote.
#[hook]
fn use_host(props: &AppProps, graph: &Rc<Graph>, state: &ViewState, dispatch: &Callback<Action>) {
    {
        let remote = props.remote.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let waiting = {
                let mut slot = remote.borrow_mut();
                slot.dispatch = Some(dispatch.clone());
                std::mem::take(&mut slot.waiting)
            };
            for action in waiting {
                dispatch.emit(action);
            }
            move || {
                // Only this map's own dispatcher: a newer map may have put its own already.
                let mut slot = remote.borrow_mut();
                if slot.dispatch.as_ref() == Some(&dispatch) {
                    slot.dispatch = None;
                }
            }
        });
    }
    // Changes after the start (the start state already has them), each setting on its own: a new
    // `lang` must not pull the visitor back to `focus` or undo their filters.
    use_changed(props.lang, {
        let dispatch = dispatch.clone();
        move |lang| dispatch.emit(Action::SetLang(*lang))
    });
    use_changed(props.filters.clone(), {
        let dispatch = dispatch.clone();
        move |filters| {
            if let Some(f) = filters {
                dispatch.emit(Action::SetFilters(f.clone()));
            }
        }
    });
    use_changed(props.focus.clone(), {
        let dispatch = dispatch.clone();
        move |focus| {
            if let Some(id) = focus {
                dispatch.emit(Action::Go(id.clone()));
            }
        }
    });
    let (on_event, graph) = (props.on_event.clone(), graph.clone());
    use_effect_with(state.selected.clone(), move |selected| {
        if let Some(id) = selected {
            on_event.emit((graph, MapEvent::Entity(id.clone())));
        }
    });
}

/// Calls `f` when `value` changes, not on the first render.
#[hook]
fn use_changed<T, F>(value: T, f: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |value| {
        if !std::mem::take(&mut *first.borrow_mut()) {
            f(value);
        }
    });
}

/// With `url_state`, writes the view into the page's fragment (a new history entry when the
/// selection changes, so Back returns to the previous one). Following Back and Forward is the
/// embedding's (it owns the page-wide `popstate` listener and drops it with the map).
#[hook]
fn use_url_state(props: &AppProps, state: &ViewState) {
    let last_selected = use_mut_ref(|| state.selected.clone());
    {
        let (on, ns) = (props.url_state, props.namespace.clone());
        let encoded = url::encode(state, &ns);
        let selected = state.selected.clone();
        use_effect_with(encoded, move |encoded| {
            if on {
                let current = dom::fragment();
                let next = url::merge(&current, &ns, encoded);
                if next != current.trim_start_matches('#') {
                    let push = *last_selected.borrow() != selected;
                    dom::set_fragment(&next, push);
                }
                *last_selected.borrow_mut() = selected;
            }
        });
    }
}
