//! The root component: owns the view state (a reducer), derives the scene and the details from
//! it, and lays out the toolbar, map, details panel and legend.

use std::rc::Rc;

use pmap_view::{details, ui, Action, Lang, Scene, ViewState};
use yew::prelude::*;

use crate::bundle::MapData;
use crate::components::{DetailsPanel, Legend, MapView, Notices, Toolbar};
use crate::state::Model;

#[derive(Properties, Clone)]
pub struct AppProps {
    pub data: Rc<Result<MapData, String>>,
    pub lang: Lang,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && self.lang == other.lang
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let model = use_reducer(move || Model(ViewState::new(lang)));
    let dispatch = {
        let model = model.clone();
        Callback::from(move |action: Action| model.dispatch(action))
    };
    let state = &model.0;
    let strings = ui(state.lang);
    let data = match props.data.as_ref() {
        Ok(data) => data,
        Err(message) => {
            return html! {
                <div class="pmap-error" role="alert" lang={state.lang.code()}>
                    <strong>{ strings.data_error }</strong>{ ": " }{ message.clone() }
                </div>
            };
        }
    };
    let scene = Rc::new(Scene::build(&data.graph, &data.positions, state));
    let selected = state
        .selected
        .as_deref()
        .and_then(|id| details(&data.graph, id, state.lang));
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.emit(Action::ClearSelection);
            }
        })
    };
    html! {
        <div class="pmap-frame" lang={state.lang.code()} {onkeydown}>
            <Toolbar lang={state.lang} on_action={dispatch.clone()} />
            <Notices notices={data.notices.clone()} />
            <div class="pmap-body">
                <MapView scene={scene} label={strings.map_label} on_action={dispatch.clone()} />
                <DetailsPanel details={selected} lang={state.lang} on_action={dispatch.clone()} />
            </div>
            <Legend lang={state.lang} />
        </div>
    }
}
