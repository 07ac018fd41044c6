//! The toolbar: search, how much to show around the selection, map or list, export, language.

use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::{ui, Action, Lang, Scene};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{ExportMenu, SearchBox};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub graph: Rc<Graph>,
    pub scene: Rc<Scene>,
    pub lang: Lang,
    /// The list view is shown instead of the drawing.
    pub list: bool,
    /// Steps shown around the selection (`None`: all).
    pub depth: Option<u8>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let strings = ui(props.lang);
    let other = if props.lang == Lang::En {
        Lang::Zh
    } else {
        Lang::En
    };
    let switch = props
        .on_action
        .reform(move |_: MouseEvent| Action::SetLang(other));
    let list = props.list;
    let toggle_list = props
        .on_action
        .reform(move |_: MouseEvent| Action::ShowList(!list));
    let onchange = props.on_action.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Action::SetDepth(select.value().parse::<u8>().ok().filter(|d| *d > 0))
    });
    let depth = props.depth.unwrap_or(0);
    let option = |value: u8, label: &'static str| {
        html! { <option value={value.to_string()} selected={depth == value}>{ label }</option> }
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label={strings.map_label}>
            <SearchBox graph={props.graph.clone()} lang={props.lang} on_action={props.on_action.clone()} />
            <select aria-label={strings.show} {onchange}>
                { option(0, strings.show_all) }
                { option(1, strings.one_step) }
                { option(2, strings.two_steps) }
            </select>
            <button type="button" aria-pressed={if list { "true" } else { "false" }} onclick={toggle_list}>{ strings.list_view }</button>
            <ExportMenu graph={props.graph.clone()} scene={props.scene.clone()} lang={props.lang} />
            <button type="button" class="lang" lang={other.code()} aria-label={format!("{}: {}", strings.language, strings.other_language)} onclick={switch}>
                { strings.other_language }
            </button>
        </div>
    }
}
