//! The map: one SVG with a line per related pair (a count when it stands for several relations)
//! and a focusable, named button per entity.

use std::rc::Rc;

use pmap_view::{Action, Emphasis, Scene, SceneNode};
use yew::prelude::*;

use super::EntityGlyph;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub scene: Rc<Scene>,
    pub label: &'static str,
    pub on_action: Callback<Action>,
}

fn emphasis_class(e: Emphasis) -> &'static str {
    match e {
        Emphasis::Normal => "normal",
        Emphasis::Focus => "focus",
        Emphasis::Neighbour => "neighbour",
        Emphasis::Faded => "faded",
    }
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let scene = &props.scene;
    let [x, y, w, h] = scene.view_box;
    let view_box = format!("{} {} {} {}", tenths(x), tenths(y), tenths(w), tenths(h));
    let edges = scene.edges.iter().map(|e| {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let count = (e.count > 1).then(|| {
            html! { <text class="edge-count" x={tenths((a.x + b.x) / 2.0)} y={tenths((a.y + b.y) / 2.0)}>{ e.count }</text> }
        });
        html! {
            <g class={classes!("edge", emphasis_class(e.emphasis))}>
                <line x1={tenths(a.x)} y1={tenths(a.y)} x2={tenths(b.x)} y2={tenths(b.y)} />
                { for count }
            </g>
        }
    });
    let nodes = scene.nodes.iter().map(|n| node(n, &props.on_action));
    html! {
        <svg class="map" role="group" aria-label={props.label} viewBox={view_box} preserveAspectRatio="xMidYMid meet">
            <g class="edges" aria-hidden="true">{ for edges }</g>
            <g class="nodes">{ for nodes }</g>
        </svg>
    }
}

fn node(n: &SceneNode, on_action: &Callback<Action>) -> Html {
    let id = n.id.clone();
    let onclick = on_action.reform(move |_: MouseEvent| Action::Select(id.clone()));
    let id = n.id.clone();
    let dispatch = on_action.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            dispatch.emit(Action::Select(id.clone()));
        }
    });
    let id = n.id.clone();
    let onmouseenter = on_action.reform(move |_: MouseEvent| Action::Hover(Some(id.clone())));
    let onmouseleave = on_action.reform(|_: MouseEvent| Action::Hover(None));
    let id = n.id.clone();
    let onfocus = on_action.reform(move |_: FocusEvent| Action::Hover(Some(id.clone())));
    let onblur = on_action.reform(|_: FocusEvent| Action::Hover(None));
    let lines = n.label.iter().enumerate().map(|(i, line)| {
        html! { <tspan x="0" dy={if i == 0 { "0" } else { "1.15em" }}>{ line.clone() }</tspan> }
    });
    html! {
        <g class={classes!("node", emphasis_class(n.emphasis), n.selected.then_some("selected"))}
            role="button" tabindex="0" aria-label={n.accessible_name.clone()}
            aria-pressed={if n.selected { "true" } else { "false" }}
            transform={format!("translate({} {})", tenths(n.x), tenths(n.y))}
            {onclick} {onkeydown} {onmouseenter} {onmouseleave} {onfocus} {onblur}>
            <circle class="focus-ring" r="16" />
            <EntityGlyph kind={n.kind} />
            <text class="label" y="26" aria-hidden="true">{ for lines }</text>
        </g>
    }
}

/// A coordinate to one decimal, formatted through integers: the wasm needs no float formatting.
fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}
