//! The root component: owns the view state (a reducer) and the live positions, keeps the URL
//! fragment in step when asked to, derives the scene and the details, and lays out the toolbar,
//! filters, map or list, details panel and reader.

use std::rc::Rc;

use pmap_view::{details, reader, ui, url, Action, Lang, Scene, ViewState};
use yew::prelude::*;

use crate::bundle::MapData;
use crate::components::{DetailsPanel, FilterBar, ListView, MapView, Notices, Reader, Toolbar};
use crate::dom;
use crate::state::{Dragged, Model, Positions};

#[derive(Properties, Clone)]
pub struct AppProps {
    pub data: Rc<Result<MapData, String>>,
    pub lang: Lang,
    /// Keep the view in the page's URL fragment (and follow Back/Forward).
    #[prop_or_default]
    pub url_state: bool,
    /// The key of this map's part of the fragment.
    #[prop_or(AttrValue::Static("pm"))]
    pub namespace: AttrValue,
    /// An entity to select and centre at start.
    #[prop_or_default]
    pub focus: Option<String>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && self.lang == other.lang
            && self.url_state == other.url_state
            && self.namespace == other.namespace
            && self.focus == other.focus
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match props.data.as_ref() {
        Ok(_) => html! {
            <Map data={props.data.clone()} lang={props.lang} url_state={props.url_state}
                namespace={props.namespace.clone()} focus={props.focus.clone()} />
        },
        Err(message) => {
            let strings = ui(props.lang);
            html! {
                <div class="pmap-error" role="alert" lang={props.lang.code()}>
                    <strong>{ strings.data_error }</strong>{ ": " }{ message.clone() }
                </div>
            }
        }
    }
}

#[derive(Properties, Clone)]
struct MapProps {
    data: Rc<Result<MapData, String>>,
    lang: Lang,
    url_state: bool,
    namespace: AttrValue,
    focus: Option<String>,
}

impl PartialEq for MapProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && self.lang == other.lang
    }
}

#[component]
fn Map(props: &MapProps) -> Html {
    // App renders a map only for data that could be read.
    let Ok(data) = props.data.as_ref() else {
        return html! {};
    };
    let graph = data.graph.clone();
    // The first state: from the link (when the map keeps URL state), else the host's language
    // and focus. What a link or the focus names but the map lacks becomes a notice.
    let start = use_memo((), {
        let (graph, lang, ns, url_state, focus) = (
            graph.clone(),
            props.lang,
            props.namespace.clone(),
            props.url_state,
            props.focus.clone(),
        );
        move |_| {
            let (mut state, mut notices) = if url_state {
                url::restore(&dom::fragment(), &ns, &graph, lang)
            } else {
                (ViewState::new(lang), vec![])
            };
            if let Some(id) = focus.filter(|_| state.selected.is_none()) {
                if graph.entity(&id).is_some() {
                    state.selected = Some(id);
                    state.recentre = 1;
                } else {
                    notices.push(format!("focus: \"{id}\" {}", ui(lang).unknown_focus));
                }
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
    use_url_state(props, &graph, state, &dispatch);
    let on_drag = {
        let positions = positions.dispatcher();
        Callback::from(move |dragged: Dragged| positions.dispatch(dragged))
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
    let onkeydown = {
        let (dispatch, reading) = (dispatch.clone(), state.reading.is_some());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.emit(if reading {
                    Action::CloseReader
                } else {
                    Action::ClearSelection
                });
            }
        })
    };
    let announcement = match &selected {
        Some(d) => format!("{}: {}", strings.selected, d.name),
        None => format!("{} {}", scene.nodes.len(), strings.showing),
    };
    let mut notices: Vec<String> = data.notices.clone();
    notices.extend(start.1.iter().cloned());
    let view = if state.list {
        html! { <ListView graph={graph.clone()} scene={scene.clone()} lang={state.lang} on_action={dispatch.clone()} /> }
    } else {
        html! {
            <MapView scene={scene.clone()} lang={state.lang} selected={state.selected.clone()}
                recentre={state.recentre} data_key={Rc::as_ptr(&graph) as usize}
                on_action={dispatch.clone()} {on_drag} />
        }
    };
    html! {
        <div class="pmap-frame" lang={state.lang.code()} {onkeydown}>
            <Toolbar graph={graph.clone()} scene={scene.clone()} state={Rc::new(state.clone())} on_action={dispatch.clone()} />
            <Notices {notices} />
            <FilterBar graph={graph.clone()} timeline={data.timeline.clone()} filters={state.filters.clone()} lang={state.lang} on_action={dispatch.clone()} />
            <div class="pmap-body">
                { view }
                <DetailsPanel details={selected} graph={graph.clone()} scene={scene.clone()}
                    path={state.path.clone()} lang={state.lang} on_action={dispatch.clone()} />
            </div>
            if let Some(article) = article {
                <Reader {article} lang={state.lang} on_action={dispatch.clone()} />
            }
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </div>
    }
}

/// With `url_state`, writes the view into the page's fragment (a new history entry when the
/// selection changes, so Back returns to the previous one) and follows Back and Forward.
#[hook]
fn use_url_state(
    props: &MapProps,
    graph: &Rc<pmap_graph::Graph>,
    state: &ViewState,
    dispatch: &Callback<Action>,
) {
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
    let (on, ns, graph, dispatch, lang) = (
        props.url_state,
        props.namespace.clone(),
        graph.clone(),
        dispatch.clone(),
        state.lang,
    );
    use_effect_with(on, move |&on| {
        let listener = on.then(|| {
            gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let (mut restored, _) = url::restore(&dom::fragment(), &ns, &graph, lang);
                restored.recentre = restored.recentre.wrapping_add(1);
                dispatch.emit(Action::Restore(Box::new(restored)));
            })
        });
        move || drop(listener)
    });
}
