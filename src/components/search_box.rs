//! Search: a combobox with suggestions over names and aliases in both languages (WAI-ARIA
//! combobox pattern: arrow keys move through the suggestions, Enter goes, Escape closes).

use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::{search, ui, Action, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub graph: Rc<Graph>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

const SUGGESTIONS: usize = 8;

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let strings = ui(props.lang);
    let query = use_state(String::new);
    let active = use_state(|| 0usize);
    // The suggestions can be closed (Escape) while the typed text stays.
    let listed = use_state(|| true);
    let hits = search(&props.graph, &query, props.lang, SUGGESTIONS);
    let open = *listed && !query.trim().is_empty();
    let go = {
        let (query, on_action) = (query.clone(), props.on_action.clone());
        Callback::from(move |id: String| {
            query.set(String::new());
            on_action.emit(Action::Go(id));
        })
    };
    let oninput = {
        let (query, active, listed) = (query.clone(), active.clone(), listed.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            active.set(0);
            listed.set(true);
        })
    };
    let onkeydown = {
        let (query, active, go, listed) =
            (query.clone(), active.clone(), go.clone(), listed.clone());
        let ids: Vec<String> = hits.iter().map(|h| h.id.clone()).collect();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !*listed => {
                e.prevent_default();
                listed.set(true);
            }
            "ArrowDown" if !ids.is_empty() => {
                e.prevent_default();
                active.set((*active + 1) % ids.len());
            }
            "ArrowUp" if !ids.is_empty() => {
                e.prevent_default();
                active.set((*active + ids.len() - 1) % ids.len());
            }
            "Enter" if *listed => {
                if let Some(id) = ids.get(*active) {
                    e.prevent_default();
                    go.emit(id.clone());
                }
            }
            // The first Escape closes the suggestions, the second clears the text; the map
            // keeps its selection.
            // (A search field's own Escape would clear it at once: not that.)
            "Escape" if *listed && !query.is_empty() => {
                e.prevent_default();
                e.stop_propagation();
                listed.set(false);
            }
            "Escape" if !query.is_empty() => {
                e.prevent_default();
                e.stop_propagation();
                query.set(String::new());
                listed.set(true);
            }
            _ => {}
        })
    };
    let options = hits.iter().enumerate().map(|(i, hit)| {
        let id = hit.id.clone();
        let onclick = go.reform(move |_: MouseEvent| id.clone());
        // Keeps focus in the box while the option is clicked.
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        html! {
            <li role="option" id={format!("pm-option-{i}")} aria-selected={if i == *active { "true" } else { "false" }}
                {onclick} {onmousedown}>
                { hit.name.clone() }
                if let Some(m) = &hit.matched { <span class="matched">{ m.clone() }</span> }
            </li>
        }
    });
    let active_id = (open && !hits.is_empty()).then(|| format!("pm-option-{}", *active));
    html! {
        <div class="search">
            <input type="search" role="combobox" aria-label={strings.search} placeholder={strings.search_placeholder}
                aria-autocomplete="list" aria-controls="pm-suggestions"
                aria-expanded={if open { "true" } else { "false" }}
                aria-activedescendant={active_id}
                value={(*query).clone()} {oninput} {onkeydown} autocomplete="off" spellcheck="false" />
            if open {
                <ul id="pm-suggestions" role="listbox" aria-label={strings.search}>
                    { for options }
                    if hits.is_empty() { <li class="none" role="presentation">{ strings.no_results }</li> }
                </ul>
            }
        </div>
    }
}
