//! An entity type's glyph (shape and colour class), as drawn on the map and in the legend.

use pmap_graph::EntityType;
use pmap_view::glyph_path;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityGlyphProps {
    pub kind: EntityType,
}

#[component]
pub fn EntityGlyph(props: &EntityGlyphProps) -> Html {
    glyph(props.kind)
}

/// The glyph as plain markup (a map of thousands draws it without a component per mark).
pub fn glyph(kind: EntityType) -> Html {
    html! {
        <path class={classes!("glyph", format!("type-{}", kind.as_str()))} d={glyph_path(kind)} />
    }
}
