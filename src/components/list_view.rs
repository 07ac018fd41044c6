//! The list view: every shown entity with its shown relations in words, in step with the map's
//! filters and selection. Serves screen readers and anyone who prefers text.

use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::{list, ui, Action, Lang, Scene};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListViewProps {
    pub graph: Rc<Graph>,
    pub scene: Rc<Scene>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ListView(props: &ListViewProps) -> Html {
    let strings = ui(props.lang);
    let entries = list(&props.graph, &props.scene, props.lang).into_iter().map(|e| {
        let id = e.id.clone();
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::Select(id.clone()));
        let relations = e.relations.iter().map(|r| html! { <li>{ r.clone() }</li> });
        html! {
            <li class={classes!(e.selected.then_some("selected"))}>
                <button type="button" class="entity-link" aria-pressed={if e.selected { "true" } else { "false" }} {onclick}>{ e.name.clone() }</button>
                if !e.relations.is_empty() { <ul>{ for relations }</ul> }
            </li>
        }
    });
    html! {
        <section class="list-view" aria-label={strings.list_label}>
            <ul>{ for entries }</ul>
        </section>
    }
}
