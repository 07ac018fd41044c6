//! The legend: each entity type's shape, colour and name.

use pmap_graph::EntityType;
use pmap_view::{entity_type_name, ui, Lang};
use yew::prelude::*;

use super::EntityGlyph;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let items = EntityType::ALL.iter().map(|&kind| {
        html! {
            <li>
                <svg class="legend-glyph" viewBox="-12 -12 24 24" aria-hidden="true"><EntityGlyph {kind} /></svg>
                { entity_type_name(kind, props.lang) }
            </li>
        }
    });
    html! {
        <ul class="legend" aria-label={ui(props.lang).legend}>{ for items }</ul>
    }
}
