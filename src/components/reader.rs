//! The reader: an article with the quoted sentence marked and scrolled to, every entity named in
//! it a link into the map. A modal `<dialog>` (top layer: it fits the viewport whatever the host
//! page's layout, and Tab stays inside it); Escape or the close button return to the map, and
//! focus to the quote that opened it.

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
            let modal = dialog.cast::<web_sys::HtmlDialogElement>();
            move || {
                // Out of the modal state first: until then the rest of the page is inert.
                if let Some(d) = modal {
                    d.close();
                }
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
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                // Modal where the browser can (connected, shown); else at least open.
                if !d.open() && d.show_modal().is_err() {
                    d.set_open(true);
                }
            }
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
    // Escape: the map's state closes the reader (the dialog is not closed behind its back).
    let oncancel = props.on_action.reform(|e: Event| {
        e.prevent_default();
        Action::CloseReader
    });
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
        <dialog class="reader" aria-label={format!("{}: {}", strings.article, a.title)} ref={dialog} {oncancel}>
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
        </dialog>
    }
}
