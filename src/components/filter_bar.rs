//! Filters: the legend doubles as the entity-type filter (each type's shape, colour and name, a
//! toggle button); relation types and articles as checkboxes; the timeline.

use std::rc::Rc;

use pmap_graph::{EntityType, Graph, RelationType};
use pmap_view::{entity_type_name, relation_phrase, short_title, ui, Action, Filters, Lang};
use yew::prelude::*;

use super::{EntityGlyph, Timeline};

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub graph: Rc<Graph>,
    pub timeline: Rc<Vec<String>>,
    pub filters: Filters,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let strings = ui(props.lang);
    let f = &props.filters;
    let legend = EntityType::ALL.iter().map(|&kind| {
        let shown = !f.hidden_entity_types.contains(kind);
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::ToggleEntityType(kind));
        html! {
            <li>
                <button type="button" class="legend-item" aria-pressed={if shown { "true" } else { "false" }} {onclick}>
                    <svg class="legend-glyph" viewBox="-12 -12 24 24" aria-hidden="true"><EntityGlyph {kind} /></svg>
                    { entity_type_name(kind, props.lang) }
                </button>
            </li>
        }
    });
    let used: Vec<RelationType> = RelationType::ALL
        .iter()
        .copied()
        .filter(|t| props.graph.relations.iter().any(|r| r.kind == *t))
        .collect();
    let relation_boxes = used.iter().map(|&kind| {
        let onchange = props.on_action.reform(move |_: Event| Action::ToggleRelationType(kind));
        let label = relation_phrase(kind, true, props.lang);
        html! {
            <li><label><input type="checkbox" aria-label={label} checked={!f.hidden_relation_types.contains(kind)} {onchange} />{ label }</label></li>
        }
    });
    let article_boxes = props.graph.documents.iter().map(|d| {
        let id = d.id.clone();
        let onchange = props.on_action.reform(move |_: Event| Action::ToggleDocument(id.clone()));
        let checked = f.hidden_documents.binary_search(&d.id).is_err();
        let label = match &d.date {
            Some(date) => format!("{} ({date})", short_title(&d.title)),
            None => short_title(&d.title),
        };
        html! {
            <li lang={d.lang.clone()}><label><input type="checkbox" aria-label={label.clone()} {checked} {onchange} />{ label }</label></li>
        }
    });
    let narrowed = *f != Filters::default();
    let reset = props.on_action.reform(|_: MouseEvent| Action::ResetFilters);
    html! {
        <div class="filters" role="group" aria-label={strings.filters}>
            <ul class="legend" role="list" aria-label={strings.legend}>{ for legend }</ul>
            <details class="popup">
                <summary>{ strings.relation_types }</summary>
                <ul class="checks" role="list" aria-label={strings.relation_types}>{ for relation_boxes }</ul>
            </details>
            <details class="popup">
                <summary>{ strings.articles }</summary>
                <ul class="checks" role="list" aria-label={strings.articles}>{ for article_boxes }</ul>
            </details>
            <Timeline dates={props.timeline.clone()} until={f.until.clone()} lang={props.lang} on_action={props.on_action.clone()} />
            if narrowed {
                <button type="button" class="reset" onclick={reset}>{ strings.reset_filters }</button>
            }
        </div>
    }
}
