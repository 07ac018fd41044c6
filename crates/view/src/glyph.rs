//! The shape of each entity type: types differ by shape as well as colour (map, legend, export).

use pmap_graph::EntityType;

/// An SVG path for the type, centred on the origin, about 22 units across.
pub fn glyph_path(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Organization => "M-10,0a10,10 0 1,0 20,0a10,10 0 1,0 -20,0Z",
        EntityType::Person => "M0,-11L11,0L0,11L-11,0Z",
        EntityType::Event => "M0,-12L11,8L-11,8Z",
        EntityType::Agreement => "M-9,-9H9V9H-9Z",
        EntityType::Place => "M-10,0L-5,-9H5L10,0L5,9H-5Z",
        EntityType::Initiative => "M0,-11L10.5,-3.4L6.5,8.9H-6.5L-10.5,-3.4Z",
    }
}
