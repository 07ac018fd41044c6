//! Export: the drawn view as SVG or PNG (with its sources listed), the shown data as JSON, CSV
//! (one row per relation with its quotes) or GEXF for Gephi.

use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::{export, ui, Lang, Scene};
use yew::prelude::*;

use crate::dom;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub graph: Rc<Graph>,
    pub scene: Rc<Scene>,
    pub lang: Lang,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Svg,
    Png,
    Json,
    Csv,
    Gexf,
}

const NAME: &str = "partnership-map";

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let strings = ui(props.lang);
    let menu = use_node_ref();
    let button = |format: Format, label: &'static str| {
        let (graph, scene, lang) = (props.graph.clone(), props.scene.clone(), props.lang);
        let menu = menu.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            save(&graph, &scene, lang, format);
            // The menu closes once a format is chosen, and focus goes back to its button.
            if let Some(details) = menu.cast::<web_sys::Element>() {
                let _ = details.remove_attribute("open");
                if let Ok(Some(summary)) = details.query_selector("summary") {
                    dom::focus(&summary);
                }
            }
        });
        html! { <li><button type="button" {onclick}>{ label }</button></li> }
    };
    html! {
        <details class="export popup" ref={menu.clone()}>
            <summary>{ strings.export }</summary>
            <ul role="list" aria-label={strings.export}>
                { button(Format::Svg, "SVG") }
                { button(Format::Png, "PNG") }
                { button(Format::Json, "JSON") }
                { button(Format::Csv, "CSV") }
                { button(Format::Gexf, "GEXF") }
            </ul>
        </details>
    }
}

fn save(graph: &Graph, scene: &Scene, lang: Lang, format: Format) {
    let shown = export::subgraph(graph, scene);
    match format {
        Format::Svg => dom::download_text(
            &format!("{NAME}.svg"),
            "image/svg+xml",
            &export::svg(graph, scene, lang).0,
        ),
        Format::Png => {
            let (svg, [w, h]) = export::svg(graph, scene, lang);
            dom::download_png(&format!("{NAME}.png"), &svg, w, h);
        }
        Format::Json => {
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let text = serde::Serialize::serialize(&shown, &serializer)
                .ok()
                .and_then(|v| {
                    js_sys::JSON::stringify_with_replacer_and_space(
                        &v,
                        &wasm_bindgen::JsValue::NULL,
                        &2.into(),
                    )
                    .ok()
                })
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            dom::download_text(&format!("{NAME}.json"), "application/json", &text);
        }
        Format::Csv => dom::download_text(
            &format!("{NAME}.csv"),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", export::csv(&shown, lang)),
        ),
        Format::Gexf => dom::download_text(
            &format!("{NAME}.gexf"),
            "application/gexf+xml",
            &export::gexf(&shown, lang),
        ),
    }
}
