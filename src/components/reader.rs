//! The reader: an article with the quoted sentence marked and scrolled to, every entity named in
//! it a link into the map. A non-modal dialog; Escape or the close button return to the map.

use pmap_view::reader::{Article, Span};
use pmap_view::{ui, Action, Lang};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::dom;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Article,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let strings = ui(props.lang);
    let a = &props.article;
    let dialog = use_node_ref();
    {
        // Focus goes back where it was (the "read" button) when the reader closes.
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let opener = dialog.cast::<Element>().and_then(|d| dom::focused_in(&d));
            move || {
                if let Some(opener) = opener.filter(|o| o.is_connected()) {
                    dom::focus(&opener);
                }
            }
        });
    }
    {
        // Focus moves into the reader, to the marked sentence when there is one.
        let dialog = dialog.clone();
        use_effect_with(a.clone(), move |_| {
            if let Some(root) = dialog.cast::<Element>() {
                // Scrolls the reader (only: the host page stays where it is) to the sentence.
                if let Ok(Some(mark)) = root.query_selector("mark") {
                    if let Some(mark) = mark.dyn_ref::<web_sys::HtmlElement>() {
                        root.set_scroll_top(mark.offset_top() - root.client_height() / 3);
                    }
                }
                if let Ok(Some(close)) = root.query_selector("button.close") {
                    dom::focus(&close);
                }
            }
        });
    }
    let close = props.on_action.reform(|_: MouseEvent| Action::CloseReader);
    let span = |s: &Span| match &s.entity {
        Some(id) => {
            let id = id.clone();
            let onclick = props
                .on_action
                .reform(move |_: MouseEvent| Action::Go(id.clone()));
            html! { <button type="button" class="entity-ref" {onclick}>{ s.text.clone() }</button> }
        }
        None => html! { { s.text.clone() } },
    };
    let paragraphs = a.paragraphs.iter().map(|spans| {
        // Runs of marked spans make one <mark>: the quoted sentence.
        let runs = spans.chunk_by(|x, y| x.marked == y.marked).map(|run| {
            let inner = run.iter().map(span).collect::<Html>();
            if run[0].marked {
                html! { <mark>{ inner }</mark> }
            } else {
                inner
            }
        });
        html! { <p>{ for runs }</p> }
    });
    html! {
        <section class="reader" role="dialog" aria-label={format!("{}: {}", strings.article, a.title)} ref={dialog}>
            <header>
                <h2 lang={a.lang.clone()}>{ a.title.clone() }</h2>
                <button type="button" class="close" aria-label={strings.close_article} onclick={close}>{ "×" }</button>
            </header>
            <p class="meta">
                { a.date.clone().unwrap_or_default() }
                if let Some(url) = &a.url {
                    { " · " }<a href={url.clone()} target="_blank" rel="noopener noreferrer">{ strings.original }</a>
                }
            </p>
            <div class="article" lang={a.lang.clone()}>{ for paragraphs }</div>
        </section>
    }
}
